"""Focused crops, the focus box and the edge made on the pool thread: the same as made directly,
and a result for inputs that changed meanwhile is dropped."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from studio.core.regions import focused_edit, plan_focused
from studio.core.requests import ImageRequest
from studio.core.runner import JobOptions
from studio.ui.main_window import MainWindow
from studio.ui.region_work import FOCUS, OVERLAY, KeyedWork
from studio.ui.state.cost_state import CostState
from tests.ui.test_regions import open_picture, parts

SIZE = (2400, 1600)
Shaped = tuple[ImageRequest, JobOptions]


def masked_request(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> ImageRequest:
    """A picture with a small rectangle painted, focus on, its encodings landed."""
    regions, generation = parts(window)
    open_picture(window, tmp_path, SIZE)
    window.canvas.document.rectangle((1100, 700), (1299, 849))
    regions.state.set_focus(True)
    state = generation.request_state
    state.set_prompt("a red kite")
    qtbot.waitUntil(state.encodings_ready, timeout=20_000)
    return state.build_request()


def direct(window: MainWindow, request: ImageRequest, options: JobOptions) -> Shaped:
    """What the UI thread used to compute: decoded from the request's own bytes."""
    regions, _ = parts(window)
    plan = plan_focused(request, regions.catalog, regions.state.context_px)
    assert plan is not None and plan.worthwhile
    job = focused_edit(request, options, plan)
    return job.request, job.options


def test_generate_waits_for_the_crop_and_sends_the_direct_request(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    regions, _ = parts(window)
    request = masked_request(qtbot, window, tmp_path)
    options = JobOptions(composite_feather_px=4.0)
    delivered: list[tuple[Shaped | None, str]] = []
    regions._compare_key = None  # nobody else wants the crop: only the waiting Generate
    regions.work.wait()
    assert regions.shape_later(request, options, lambda s, p: delivered.append((s, p))) is None
    qtbot.waitUntil(lambda: bool(delivered), timeout=20_000)
    (shaped, problem), *_ = delivered
    assert problem == "" and shaped is not None
    assert shaped == direct(window, request, regions._blended(options))
    assert shaped == regions.shape(request, options)  # the direct path agrees
    # Another prompt reuses the crop at once and sends its own words.
    other = ImageRequest("a blue kite", request.params, request.images, request.mask)
    again = regions.shape_later(other, options, lambda s, p: delivered.append((s, p)))
    assert again is not None and again[0].prompt == "a blue kite"
    assert again == direct(window, other, regions._blended(options))
    assert len(delivered) == 1


def test_the_cost_panel_compares_once_the_crop_is_made(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    regions, generation = parts(window)
    request = masked_request(qtbot, window, tmp_path)
    cost = window.findChild(CostState)
    assert cost is not None
    answer = regions.compare(request)  # None until the crop is made; focus_ready says when
    if answer is None:
        with qtbot.waitSignal(regions.focus_ready, timeout=20_000):
            pass
    focused_request = direct(window, request, JobOptions())[0]
    assert regions.compare(request) == (focused_request, True)
    live = cost.recompute()
    runner = generation.jobs.runner
    assert live.focus_on and live.full_frame is not None
    assert live.focused == runner.prepare(focused_request, use_cache=False).estimate


def test_an_overlay_made_from_an_older_mask_is_dropped(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    regions, generation = parts(window)
    open_picture(window, tmp_path, SIZE)
    document = window.canvas.document
    regions.state.set_focus(True)
    document.rectangle((1100, 700), (1299, 849))
    regions._on_timer_timeout()  # the first mask's overlay is asked for...
    first = regions._overlay_key
    document.rectangle((300, 200), (399, 299))  # ...and the mask changes before it lands
    regions._on_timer_timeout()
    assert regions._overlay_key != first
    qtbot.waitUntil(lambda: not regions.work.busy(), timeout=20_000)
    assert regions.work.result(OVERLAY, first) == (False, None)
    plan = regions.focus_plan(generation.request_state.effective_params())
    assert plan is not None
    shown = plan.box if plan.worthwhile else None
    qtbot.waitUntil(lambda: regions.overlay.box == shown, timeout=5000)


def test_keyed_work_skips_and_drops_what_is_no_longer_wanted(qtbot: QtBot) -> None:
    wanted = {"a", "b", "c"}
    work = KeyedWork(lambda _kind, key: key in wanted)
    ran: list[str] = []

    def job(key: str) -> object:
        def compute() -> str:
            ran.append(key)
            return key.upper()

        return compute

    landed: list[object] = []
    work.landed.connect(lambda _kind, key: landed.append(key))
    work.request(FOCUS, "a", job("a"))  # starts at once
    work.request(FOCUS, "b", job("b"))  # queued behind it
    work.request(FOCUS, "c", job("c"))
    work.request(FOCUS, "c", job("c"))  # already queued: not twice
    wanted.discard("a")  # a stale result: computed, then dropped
    wanted.discard("b")  # stale before its turn: never computed
    qtbot.waitUntil(lambda: not work.busy(), timeout=5000)
    assert ran == ["a", "c"] and landed == ["c"]
    assert work.result(FOCUS, "a") == (False, None)
    assert work.result(FOCUS, "c") == (True, "C")
    work.wait()


@pytest.mark.parametrize("size", [(9, 7), (2050, 700)])  # a plain QImage, a mapped one
@pytest.mark.parametrize("feather_px", [0.0, 12.0])
def test_the_edge_is_drawn_exactly_where_its_band_is(size, feather_px) -> None:
    """Written into the QImage's own memory a band at a time: every pixel of the band in the
    edge colour, every other one clear."""
    from studio.core.imaging.masks import edge_band, shrink
    from studio.ui.region_work import EDGE_RGBA, edge_image

    width, height = size
    coverage = Image.new("L", size, 0)
    coverage.paste(255, (width // 4, height // 4, 3 * width // 4, 3 * height // 4))
    expected = np.asarray(edge_band(coverage, feather_px)) > 0
    if not expected.any():
        expected = (np.asarray(coverage) > 0) & ~(np.asarray(shrink(coverage, 1)) > 0)
    image = edge_image(coverage, feather_px)
    assert (image.width(), image.height()) == size
    stride = image.bytesPerLine()
    rows = np.frombuffer(bytes(image.constBits()), np.uint8).reshape(height, stride)
    pixels = rows[:, : width * 4].reshape(height, width, 4)
    assert expected.any()
    assert (pixels[expected] == EDGE_RGBA).all()
    assert not pixels[~expected].any()
