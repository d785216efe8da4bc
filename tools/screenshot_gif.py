"""Screenshot of animated GIFs playing in the gallery and the preview (demo mode, GPT Image 2.6).

Run under Xvfb: xvfb-run -s "-screen 0 1600x1000x24" python tools/screenshot_gif.py docs/x.png
"""

from __future__ import annotations

import os
import sys
import tempfile

PROMPTS = (
    "a paper boat bobbing on a pond, loop",
    "a lighthouse beam sweeping at night, loop",
    "a hummingbird hovering by a flower, loop",
)


def main(out: str) -> int:
    os.environ["STUDIO_DATA_DIR"] = tempfile.mkdtemp()
    os.environ["STUDIO_CONFIG_DIR"] = tempfile.mkdtemp()
    os.environ["STUDIO_SECRET_BACKEND"] = "memory"
    from PySide6.QtCore import QEventLoop, QTimer

    from studio.app import build_main_window
    from studio.ui.generation import GenerationController

    def spin(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    window = build_main_window(demo=True)
    window.resize(1600, 1000)
    window.show()
    generation = window.findChild(GenerationController)
    assert generation is not None
    state = generation.request_state
    state.update_params(
        model="gpt-image-2.6-flare", size="512x512", quality="low", output_format="gif",
        frame_count=8, frame_duration_ms=120, partial_images=0, n=1,
    )  # fmt: skip
    for prompt in PROMPTS:
        state.set_prompt(prompt)
        waiting = QEventLoop()
        generation.jobs.job_finished.connect(waiting.quit)
        generation.generate()
        waiting.exec()
        generation.jobs.job_finished.disconnect(waiting.quit)
    spin(700)  # the gallery's GIFs and the preview are a few frames in
    window.grab().save(out)
    generation.jobs.shutdown()
    window.close()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    raise SystemExit(main(sys.argv[1]))
