"""Screenshot of the real window in demo mode: a picture, a painted mask, drafts, a final.

Run under Xvfb at the screen size to show (the window fits its available area):
  xvfb-run -s "-screen 0 1366x768x24" python tools/screenshot.py docs/a.png [docs/a-staged.png]
In another language: STUDIO_LANG=fr (or zh_CN, ja) before the command.
"""

from __future__ import annotations

import os
import sys
import tempfile

from PIL import Image, ImageDraw


def scene(width: int = 1536, height: int = 1024) -> Image.Image:
    """A sunset over water with a sailing boat, drawn with Pillow."""
    top, bottom = (44, 42, 96), (250, 168, 110)
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    horizon = int(height * 0.62)
    for y in range(horizon):
        t = y / horizon
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)),
        )
    for y in range(horizon, height):
        t = (y - horizon) / (height - horizon)
        draw.line(
            [(0, y), (width, y)], fill=(int(70 - 30 * t), int(60 - 25 * t), int(110 - 40 * t))
        )
    draw.ellipse([width * 0.62, height * 0.28, width * 0.74, height * 0.46], fill=(255, 214, 150))
    hills = [
        (0, horizon),
        (width * 0.15, horizon - 120),
        (width * 0.32, horizon - 40),
        (width * 0.5, horizon - 150),
        (width * 0.7, horizon - 60),
        (width * 0.88, horizon - 130),
        (width, horizon - 50),
        (width, horizon),
    ]
    draw.polygon(hills, fill=(84, 64, 120))
    bx, by = width * 0.28, horizon + 110
    draw.polygon(
        [(bx, by), (bx + 150, by), (bx + 120, by + 40), (bx + 30, by + 40)], fill=(60, 30, 40)
    )
    draw.polygon([(bx + 75, by - 170), (bx + 75, by - 5), (bx + 150, by - 5)], fill=(245, 235, 220))
    return image


PROMPT = "a red sailing boat with a striped sail, golden hour"
PROMPTS = {
    "fr": "un voilier rouge à la voile rayée, lumière dorée du soir",
    "zh_CN": "一艘挂着条纹帆的红色帆船，黄金时刻的光线",
    "ja": "縞模様の帆を張った赤い帆船、夕暮れの黄金色の光",
}


def main(out: str, staged_out: str | None = None) -> int:
    os.environ["STUDIO_DATA_DIR"] = tempfile.mkdtemp()
    os.environ["STUDIO_CONFIG_DIR"] = tempfile.mkdtemp()
    os.environ["STUDIO_SECRET_BACKEND"] = "memory"
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    from studio.app import build_main_window, install_language
    from studio.ui.application import ensure_application
    from studio.ui.drafts import DraftsController
    from studio.ui.generation import GenerationController

    def spin(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    translation = install_language(ensure_application(), None)  # STUDIO_LANG, else the system's
    window = build_main_window(demo=True)  # sized to the screen's available area
    window.show()
    spin(300)
    path = os.path.join(tempfile.mkdtemp(), "sunset.png")
    scene().save(path)
    window.open_image(path)
    window.canvas.fit_to_view()
    window.findChild(QWidget, "brush_size").setValue(140)
    canvas = window.canvas
    target = canvas.input_widget()
    points = [canvas.map_from_image(x, 600) for x in range(380, 700, 16)]
    left, plain = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QTest.mousePress(target, left, plain, points[0])
    for point in points[1:]:
        QTest.mouseMove(target, point)
    QTest.mouseRelease(target, left, plain, points[-1])
    generation = window.findChild(GenerationController)
    drafts = window.findChild(DraftsController)
    generation.request_state.set_prompt(PROMPTS.get(os.environ.get("STUDIO_LANG", ""), PROMPT))
    generation.request_state.update_params(partial_images=2)
    spin(600)
    window.grab().save(out)
    if staged_out:
        drafts.start_drafts()
        waiting = QEventLoop()
        generation.jobs.busy_changed.connect(lambda busy: busy or waiting.quit())
        waiting.exec()
        spin(600)
        window.grab().save(staged_out)
    generation.jobs.shutdown()
    window.close()
    translation.uninstall(ensure_application())
    return 0


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    raise SystemExit(main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None))
