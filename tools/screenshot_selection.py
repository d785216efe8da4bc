"""Screenshots of the selection tools: wand on the sun, object selection on the boat, a polygon
lasso under way; and the Mask menu (saved beside it as <name>-menu.png).

Run under Xvfb (the window fits the screen's available area):
  xvfb-run -s "-screen 0 1600x1000x24" python tools/screenshot_selection.py \
      docs/screenshot-selection.png
"""

from __future__ import annotations

import os
import sys
import tempfile


def main(out: str) -> int:
    os.environ["STUDIO_DATA_DIR"] = tempfile.mkdtemp()
    os.environ["STUDIO_CONFIG_DIR"] = tempfile.mkdtemp()
    os.environ["STUDIO_SECRET_BACKEND"] = "memory"
    from PySide6.QtCore import QEventLoop, QPoint, Qt, QTimer
    from PySide6.QtGui import QAction
    from PySide6.QtTest import QTest

    from studio.app import build_main_window
    from studio.ui.generation import GenerationController
    from tools.screenshot import scene

    def spin(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def settle() -> None:
        while window.canvas.document.selection.busy():
            spin(50)

    window = build_main_window(demo=True)
    window.show()
    spin(300)
    path = os.path.join(tempfile.mkdtemp(), "sunset.png")
    scene().save(path)
    window.open_image(path)
    canvas = window.canvas
    canvas.fit_to_view()
    target = canvas.input_widget()
    left, plain = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier

    def use(name: str) -> None:
        found = window.findChild(QAction, name)
        assert found is not None
        found.trigger()

    use("action.magic_wand")
    QTest.mouseClick(target, left, plain, canvas.map_from_image(1040, 360))  # the sun
    settle()
    use("action.object_select")
    box = [canvas.map_from_image(410, 440), canvas.map_from_image(620, 800)]  # the boat
    QTest.mousePress(target, left, plain, box[0])
    QTest.mouseMove(target, box[1])
    QTest.mouseRelease(target, left, plain, box[1])
    settle()
    use("action.polygon_lasso")
    for x, y in [(60, 520), (230, 515), (330, 600), (180, 640)]:
        QTest.mouseClick(target, left, plain, canvas.map_from_image(x, y))
    QTest.mouseMove(target, canvas.map_from_image(90, 610))
    generation = window.findChild(GenerationController)
    generation.request_state.set_prompt("a red sailing boat with a striped sail, golden hour")
    spin(400)
    window.grab().save(out)
    menu = window.menu("mask")
    bar = window.menuBar()
    anchor = bar.mapToGlobal(bar.actionGeometry(menu.menuAction()).bottomLeft())
    menu.popup(anchor + QPoint(0, 1))
    spin(500)
    menu.grab().save(out.removesuffix(".png") + "-menu.png")
    menu.close()
    generation.jobs.shutdown()
    window.close()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    raise SystemExit(main(sys.argv[1]))
