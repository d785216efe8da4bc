"""Our estimate against the usage the emulator bills, through the engine over real HTTP."""

from __future__ import annotations

import pytest

from studio.core import pricing
from studio.core.catalog import Catalog
from studio.core.engine import Engine
from studio.core.events import Completed, Usage
from studio.core.requests import ImageParams, ImageRequest, InputImage
from tests.core.conftest import kinds, photo, png_bytes

SHORT = "a red fox"
LONG = (
    "A watercolour painting of a lighthouse on a rocky headland at dusk, gulls wheeling over "
    "the foam, warm light in the lantern room, soft fog rolling in from the sea, 35mm film look."
)


def text_close(ours: int, billed: int) -> bool:
    """Our offline tokenizer is an approximation: within 3 tokens or 15%."""
    return abs(ours - billed) <= max(3, 0.15 * billed)


def billed(engine: Engine, request: ImageRequest) -> Usage:
    events = list(engine.stream(request))
    assert isinstance(events[-1], Completed), kinds(events)
    assert events[-1].usage is not None
    return events[-1].usage


@pytest.mark.parametrize(
    ("model", "size", "quality", "partials", "n", "stream", "prompt"),
    [
        ("gpt-image-2", "1024x640", "low", 0, 1, True, SHORT),
        ("gpt-image-2", "1024x640", "high", 2, 2, True, LONG),
        ("gpt-image-2-2026-04-21", "976x704", "low", 3, 1, True, SHORT),
        ("gpt-image-2", "704x976", "medium", 0, 1, False, LONG),
        ("gpt-image-2.5-sunburst", "1024x640", "max", 1, 1, True, LONG),
        ("gpt-image-2.5-flare", "816x816", "xhigh", 0, 2, False, SHORT),
        ("gpt-image-2.6-sunburst", "1024x640", "high", 1, 1, True, SHORT),
        ("gpt-image-1.5", "1536x1024", "medium", 1, 1, True, LONG),
        ("gpt-image-1-mini", "1024x1024", "low", 0, 1, False, SHORT),
        ("chatgpt-image-latest", "1024x1536", "high", 0, 1, False, SHORT),
    ],
)
def test_generation_output_tokens_match_the_bill(
    engine: Engine,
    catalog: Catalog,
    model: str,
    size: str,
    quality: str,
    partials: int,
    n: int,
    stream: bool,
    prompt: str,
) -> None:
    params = ImageParams(model=model, size=size, quality=quality, n=n, partial_images=partials)
    request = ImageRequest(prompt, params, stream=stream)
    estimate = pricing.estimate(request, catalog.get(model))
    usage = billed(engine, request)
    assert estimate.output_tokens == usage.output_tokens
    assert estimate.image_in_tokens == usage.input_image_tokens == 0
    assert text_close(estimate.text_tokens, usage.input_text_tokens)
    cost = pricing.cost_from_usage(usage, catalog.get(model)).total_usd
    assert estimate.total_usd == pytest.approx(cost, rel=0.01)


def test_edit_on_gpt_image_2_matches_the_bill(engine: Engine, catalog: Catalog) -> None:
    images = (
        InputImage(png_bytes(photo((512, 512)))),
        InputImage(png_bytes(photo((640, 480), seed=1))),
    )
    params = ImageParams(size="1024x640", quality="medium", partial_images=2)
    request = ImageRequest(LONG, params, images)
    estimate = pricing.estimate(request, catalog.get("gpt-image-2"))
    usage = billed(engine, request)
    assert estimate.output_tokens == usage.output_tokens == 956 + 200
    assert estimate.image_in_tokens == usage.input_image_tokens == 1024 + 768
    assert text_close(estimate.text_tokens, usage.input_text_tokens)


@pytest.mark.parametrize("fidelity", ["low", "high"])
def test_edit_on_gpt_image_1_5_matches_the_bill(
    engine: Engine, catalog: Catalog, fidelity: str
) -> None:
    images = (
        InputImage(png_bytes(photo((1024, 1024)))),
        InputImage(png_bytes(photo((768, 512), seed=1))),
    )
    params = ImageParams(
        model="gpt-image-1.5", size="1024x1024", quality="low", input_fidelity=fidelity
    )
    request = ImageRequest(SHORT, params, images, stream=False)
    estimate = pricing.estimate(request, catalog.get("gpt-image-1.5"))
    usage = billed(engine, request)
    assert estimate.output_tokens == usage.output_tokens == 272
    assert estimate.image_in_tokens == usage.input_image_tokens
    assert text_close(estimate.text_tokens, usage.input_text_tokens)


def test_auto_quality_is_never_underestimated(engine: Engine, catalog: Catalog) -> None:
    for model in ("gpt-image-2", "gpt-image-2.5-sunburst"):
        request = ImageRequest(SHORT, ImageParams(model=model, size="1024x640"), stream=False)
        estimate = pricing.estimate(request, catalog.get(model))
        assert estimate.output_tokens >= billed(engine, request).output_tokens
