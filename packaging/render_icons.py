"""Render resources/icons/app.svg to resources/icons/studio-<size>.png at the standard sizes.

Run from the repository root: QT_QPA_PLATFORM=offscreen python packaging/render_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 32, 48, 64, 128, 256, 512)
ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


def render(source: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {source}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    source = ICONS / "app.svg"
    for size in SIZES:
        target = ICONS / f"studio-{size}.png"
        if not render(source, size).save(str(target), "PNG"):
            raise SystemExit(f"cannot write {target}")
        print(f"{target.relative_to(ICONS.parents[1])}  {size}x{size}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
