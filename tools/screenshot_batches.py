"""Screenshot of the Batches panel: real batches through the emulator in four end states.

Run: QT_QPA_PLATFORM=offscreen python tools/screenshot_batches.py docs/screenshot-batches.png
(or under xvfb-run for the platform's own fonts and style).
"""

from __future__ import annotations

import os
import sys
import tempfile


def make_batches(service: object, emulator: object) -> None:
    """A completed batch with one refused request, one in progress, a cancelled, an expired."""
    from studio.core.requests import ImageParams, ImageRequest

    params = ImageParams(size="1024x1024", quality="low")

    def submit(label: str, prompts: list[str]) -> str:
        requests = [ImageRequest(p, params) for p in prompts]
        return str(service.submit(requests, label=label).api_id)  # type: ignore[attr-defined]

    expired = submit("Moodboard, forest cabins", ["a cabin in the woods"] * 2)
    emulator.step_batches(expired)  # type: ignore[attr-defined]
    emulator.expire_batch(expired)  # type: ignore[attr-defined]
    cancelled = submit("Poster variations (cancelled)", ["a jazz poster"] * 4)
    emulator.step_batches(cancelled)  # type: ignore[attr-defined]
    emulator.process_batch(cancelled, 1)  # type: ignore[attr-defined]
    service.cancel(cancelled)  # type: ignore[attr-defined]
    emulator.step_batches(cancelled)  # type: ignore[attr-defined]
    done = ["a ceramic mug on white, product shot"] * 5
    done.append("a mug with a logo [[fault:moderation]]")
    completed = submit("Catalogue: mugs, 6 shots", done)
    for _ in range(3):
        emulator.step_batches(completed)  # type: ignore[attr-defined]
    running = submit("Every banner size: spring sale", ["a spring sale banner"] * 8)
    emulator.step_batches(running)  # type: ignore[attr-defined]
    emulator.process_batch(running, 3)  # type: ignore[attr-defined]
    service.refresh_open()  # type: ignore[attr-defined]
    for record in service.store.batches():  # type: ignore[attr-defined]
        list(service.collect(record.id))  # type: ignore[attr-defined]


def main(out: str) -> int:
    os.environ["STUDIO_DATA_DIR"] = tempfile.mkdtemp()
    os.environ["STUDIO_CONFIG_DIR"] = tempfile.mkdtemp()
    os.environ["STUDIO_SECRET_BACKEND"] = "memory"
    from studio.core.batch.backoff import BackOff
    from studio.core.batch.service import BatchService
    from studio.core.providers import Provider, ProviderKind
    from studio.core.services import build_services
    from studio.emulator.server import EmulatorServer
    from studio.ui.application import ensure_application
    from studio.ui.state.batches_state import BatchesState
    from studio.ui.widgets.batch_panel import BatchPanel

    ensure_application()
    with EmulatorServer(port=0) as emulator:
        provider = Provider(ProviderKind.EMULATOR, base_url=emulator.base_url)
        services = build_services(provider=provider, api_key="sk-demo")
        service = BatchService(services.runner, BackOff(0.0, 0.0))
        make_batches(service, emulator)
        state = BatchesState(service)
        panel = BatchPanel(state)
        panel.resize(980, 330)
        panel.show()
        panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
        panel.grab().save(out)
        state.stop()
        services.close()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    raise SystemExit(main(sys.argv[1]))
