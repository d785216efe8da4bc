"""Select subject: the shipped U²-Netp model finds the subject; without the extra it says how."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from studio.core.imaging import subject

INSTALLED = subject.unavailable_reason() is None
# CI installs the extra (scripts/setup.sh --dev); a bare install tests only the missing path.
needs_model = pytest.mark.skipif(not INSTALLED, reason="the subject extra is not installed")


def _portrait() -> tuple[Image.Image, np.ndarray]:
    image = Image.new("RGB", (320, 240), (235, 235, 225))
    ImageDraw.Draw(image).ellipse((110, 50, 210, 190), fill=(200, 60, 40))
    return image, np.all(np.asarray(image) == (200, 60, 40), axis=2)


@needs_model
def test_the_shipped_model_selects_the_subject() -> None:
    image, subject_pixels = _portrait()
    mask = np.asarray(subject.SubjectModel().select(image)) > 0
    iou = (mask & subject_pixels).sum() / (mask | subject_pixels).sum()
    assert iou > 0.85
    assert mask.shape == subject_pixels.shape


@needs_model
def test_the_model_file_is_read_without_importing_the_clashing_package() -> None:
    path = subject.model_path()
    assert path is not None and path.name == "u2netp.onnx" and path.stat().st_size > 4_000_000
    subject.SubjectModel(path).probability(Image.new("RGB", (64, 48), "white"))
    assert "rembg" not in sys.modules


def test_without_the_extra_the_reason_says_how_to_install_it(monkeypatch) -> None:
    monkeypatch.setattr(subject, "DISTRIBUTION", "no-such-distribution-for-studio-tests")
    assert subject.model_path() is None
    reason = subject.unavailable_reason()
    assert reason is not None and 'pip install "image-studio[subject]"' in reason
    with pytest.raises(subject.SubjectUnavailable, match="image-studio\\[subject\\]"):
        subject.SubjectModel()


def test_without_onnxruntime_loading_says_so(monkeypatch, tmp_path: Path) -> None:
    model = tmp_path / "u2netp.onnx"
    model.write_bytes(b"not used")
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(subject, "model_path", lambda: model)
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "onnxruntime" else real_find_spec(name, *a),
    )
    assert "onnxruntime" in (subject.unavailable_reason() or "")
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # import fails as if missing
    with pytest.raises(subject.SubjectUnavailable, match="onnxruntime"):
        subject.SubjectModel(model).probability(Image.new("RGB", (8, 8)))
