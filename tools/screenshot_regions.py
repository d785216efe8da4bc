"""Screenshots of Extend Canvas and a focused edit in the real window (demo mode).

Run under Xvfb: xvfb-run -s "-screen 0 1600x1000x24" python tools/screenshot_regions.py docs/
Writes screenshot-extend-dialog.png, screenshot-extend.png and screenshot-focus.png.
"""

from __future__ import annotations

import os
import sys
import tempfile


def main(out_dir: str) -> int:
    os.environ["STUDIO_DATA_DIR"] = tempfile.mkdtemp()
    os.environ["STUDIO_CONFIG_DIR"] = tempfile.mkdtemp()
    os.environ["STUDIO_SECRET_BACKEND"] = "memory"
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QCheckBox

    from studio.app import build_main_window
    from studio.ui.dialogs.extend import ExtendDialog
    from studio.ui.generation import GenerationController
    from studio.ui.regions import RegionController
    from tools.screenshot import scene

    def spin(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def run_job() -> None:
        waiting = QEventLoop()
        generation.jobs.job_finished.connect(lambda *_: waiting.quit())
        generation.generate()
        waiting.exec()
        spin(500)

    window = build_main_window(demo=True)
    window.resize(1600, 1000)
    window.show()
    generation = window.findChild(GenerationController)
    regions = window.findChild(RegionController)
    path = os.path.join(tempfile.mkdtemp(), "sunset.png")
    scene(1280, 1024).save(path)
    window.open_image(path)
    window.canvas.fit_to_view()
    dialog = ExtendDialog((1280, 1024), regions.plan_extension, window)
    dialog.preset.setCurrentIndex(0)
    dialog.show()
    spin(400)
    dialog.grab().save(os.path.join(out_dir, "screenshot-extend-dialog.png"))
    plan = dialog.plan
    dialog.close()
    regions.apply_extension(plan)
    window.canvas.fit_to_view()
    generation.request_state.update_params(quality="low", partial_images=0)
    spin(600)
    window.grab().save(os.path.join(out_dir, "screenshot-extend.png"))

    big = os.path.join(tempfile.mkdtemp(), "sunset-large.png")
    scene(3840, 2560).save(big)
    window.open_image(big)
    window.canvas.fit_to_view()
    window.canvas.document.rectangle((1050, 1560), (1550, 1960))  # the boat
    generation.request_state.set_prompt("a red sailing boat with a striped sail, golden hour")
    window.findChild(QCheckBox, "focus").setChecked(True)
    for key in ("gallery", "history"):  # room for the Cost panel's two ways
        dock = window.panel(key)
        if dock is not None:
            dock.hide()
    tools, cost = window.panel("tools"), window.panel("cost")
    if tools is not None and cost is not None:
        window.resizeDocks([tools, cost], [560, 380], Qt.Orientation.Vertical)
    spin(1500)
    window.grab().save(os.path.join(out_dir, "screenshot-focus.png"))
    generation.jobs.shutdown()
    window.close()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    raise SystemExit(main(sys.argv[1]))
