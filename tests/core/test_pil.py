"""Pillow through studio.core.pil: imported on first use, configured before any image opens."""

from __future__ import annotations

import ast
import subprocess
import sys
import threading
from pathlib import Path

from PIL import Image as RealImage

from studio.core import pil

REPO = Path(__file__).resolve().parents[2]


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_pillow_is_imported_when_first_used_and_configured_then() -> None:
    out = _run(
        "import sys\n"
        "from studio.core import imageinfo, mask\n"
        "from studio.core.pil import Image, MAX_INPUT_PIXELS\n"
        "print('PIL.Image' in sys.modules)\n"
        "picture = Image.new('RGB', (3, 2))\n"
        "import PIL.Image\n"
        "print('PIL.Image' in sys.modules, isinstance(picture, PIL.Image.Image))\n"
        "print(PIL.Image.MAX_IMAGE_PIXELS == MAX_INPUT_PIXELS)\n"
    )
    assert out.splitlines() == ["False", "True True", "True"]


def test_the_limit_is_set_even_when_another_module_imported_pillow_first() -> None:
    out = _run(
        "import PIL.Image, PIL.ImageChops\n"
        "from studio.core.pil import Image, ImageChops, MAX_INPUT_PIXELS\n"
        "ImageChops.invert  # another of Pillow's modules first: the limit comes with Image\n"
        "before = PIL.Image.MAX_IMAGE_PIXELS\n"
        "Image.open\n"
        "print(before < MAX_INPUT_PIXELS, PIL.Image.MAX_IMAGE_PIXELS == MAX_INPUT_PIXELS)\n"
    )
    assert out == "True True"


def test_the_stand_in_answers_from_the_real_module() -> None:
    assert pil.Image.Image is RealImage.Image
    assert pil.Image.open is RealImage.open
    assert "new" in dir(pil.Image)
    assert RealImage.MAX_IMAGE_PIXELS == pil.MAX_INPUT_PIXELS
    assert "PIL.Image" in repr(pil.Image)


def test_a_name_set_on_the_stand_in_is_set_on_the_module() -> None:
    stand_in = pil.LazyModule("PIL.Image")
    previous = RealImage.MAX_IMAGE_PIXELS
    try:
        stand_in.MAX_IMAGE_PIXELS = 1234
        assert RealImage.MAX_IMAGE_PIXELS == 1234
    finally:
        RealImage.MAX_IMAGE_PIXELS = previous


def test_threads_using_it_first_at_once_share_one_module() -> None:
    stand_in = pil.LazyModule("PIL.ImageOps")
    found: list[object] = []
    start = threading.Barrier(8)

    def use() -> None:
        start.wait()
        found.append(stand_in.loaded())

    threads = [threading.Thread(target=use) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(found) == 8 and all(module is sys.modules["PIL.ImageOps"] for module in found)


def test_studio_reaches_pillows_modules_only_through_studio_core_pil() -> None:
    """The emulator stands alone (it imports nothing from core) and keeps its own imports."""
    offenders = []
    for path in sorted((REPO / "studio").rglob("*.py")):
        relative = path.relative_to(REPO).as_posix()
        if relative == "studio/core/pil.py" or relative.startswith("studio/emulator/"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "PIL" and node.level == 0:
                modules = [a.name for a in node.names if a.name.startswith("Image")]
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PIL."):
                modules = [node.module or ""]
            elif isinstance(node, ast.Import):
                modules = [a.name for a in node.names if a.name.startswith("PIL.")]
            else:
                continue
            offenders.extend(f"{relative}: {name}" for name in modules)
    assert offenders == []
