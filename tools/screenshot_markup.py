"""Screenshot of a markup-guided edit: marks drawn on the canvas, the guided result in preview.

Run under Xvfb: xvfb-run -s "-screen 0 1600x1000x24" python tools/screenshot_markup.py docs/x.png
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main(out: str) -> int:
    os.environ["STUDIO_DATA_DIR"] = tempfile.mkdtemp()
    os.environ["STUDIO_CONFIG_DIR"] = tempfile.mkdtemp()
    os.environ["STUDIO_SECRET_BACKEND"] = "memory"
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtGui import QAction, QColor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    from studio.app import build_main_window
    from studio.ui.canvas.markup import MarkupController
    from studio.ui.canvas.staging import StagingController
    from studio.ui.generation import GenerationController

    def spin(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def run(generation: GenerationController) -> None:
        waiting = QEventLoop()
        generation.jobs.job_finished.connect(waiting.quit)
        generation.generate()
        waiting.exec()
        generation.jobs.job_finished.disconnect(waiting.quit)

    window = build_main_window(demo=True)
    window.resize(1600, 1000)
    window.show()
    generation = window.findChild(GenerationController)
    markup = window.findChild(MarkupController)
    assert generation is not None and markup is not None
    state = generation.request_state
    state.update_params(model="gpt-image-2.6-flare", size="1024x1024", quality="low", n=1)
    state.update_params(partial_images=0)
    state.set_prompt("a quiet harbour at dawn, a moored sailing boat")
    run(generation)
    [path] = generation.jobs.job(generation.followed or "").image_paths
    staging = window.findChild(StagingController)
    if staging is not None:
        staging.discard()
    window.open_image(Path(path))
    spin(300)
    canvas = window.canvas
    widget = canvas.input_widget()

    def drag(tool: str, points: list[tuple[int, int]]) -> None:
        window.findChild(QAction, f"action.markup_{tool}").trigger()
        spots = [canvas.map_from_image(x, y) for x, y in points]
        left, plain = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        QTest.mousePress(widget, left, plain, spots[0])
        for spot in spots[1:]:
            QTest.mouseMove(widget, spot)
        QTest.mouseRelease(widget, left, plain, spots[-1])

    window.findChild(QAction, "action.markup_mode").trigger()
    markup.state.set_width(10)
    drag("ellipse", [(560, 280), (860, 560)])
    markup.state.set_color(QColor(40, 200, 255))
    drag("arrow", [(250, 760), (540, 560)])
    window.findChild(QLineEdit, "markup_text").setText("a red lighthouse here")
    drag("text", [(90, 800)])
    markup.state.set_color(QColor(255, 220, 40))
    drag("pen", [(120, 300), (200, 260), (280, 300), (360, 260)])
    state.set_prompt("follow the marks: a red lighthouse in the circle, gulls along the line")
    run(generation)
    if staging is not None:
        staging.discard()  # the canvas shows the marks again, the preview the guided result
    spin(500)
    window.grab().save(out)
    generation.jobs.shutdown()
    window.close()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    raise SystemExit(main(sys.argv[1]))
