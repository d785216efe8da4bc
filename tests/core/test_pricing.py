"""The estimate before sending and the cost from usage after (rates per 1M tokens)."""

from __future__ import annotations

import pytest

from studio.core import pricing
from studio.core.catalog import Catalog
from studio.core.events import Usage
from studio.core.requests import ImageParams, ImageRequest, InputImage
from tests.core.conftest import photo, png_bytes

M = 1_000_000


def estimate(catalog: Catalog, prompt: str = "a red fox", **kw: object) -> pricing.Estimate:
    images = kw.pop("images", ())
    stream = kw.pop("stream", True)
    request = ImageRequest(prompt, ImageParams(**kw), images, stream=stream)  # type: ignore[arg-type]
    return pricing.estimate(request, catalog.get(request.params.model))


def test_generation_text_and_output_tokens(catalog: Catalog) -> None:
    result = estimate(catalog, size="1024x1024", quality="high")
    # "a red fox" is 3 tokens, plus the 6 billed for every generation.
    assert (result.text_tokens, result.image_in_tokens) == (9, 0)
    assert (result.image_out_tokens, result.partial_tokens) == (7024, 0)
    assert (result.input_tokens, result.output_tokens) == (9, 7024)
    assert result.total_usd == pytest.approx(9 * 5 / M + 7024 * 30 / M)
    assert result.exact
    assert result.notes == ()


def test_each_partial_image_adds_100_output_tokens(catalog: Catalog) -> None:
    for count in range(4):
        result = estimate(catalog, size="1536x1024", quality="low", partial_images=count)
        assert result.image_out_tokens == 158
        assert result.partial_tokens == 100 * count
        assert result.output_tokens == 158 + 100 * count
        assert result.cost.partial_usd == pytest.approx(100 * count * 30 / M)


def test_partials_cost_nothing_without_streaming(catalog: Catalog) -> None:
    result = estimate(catalog, size="1024x1024", quality="low", partial_images=3, stream=False)
    assert result.partial_tokens == 0


def test_n_multiplies_input_and_output(catalog: Catalog) -> None:
    one = estimate(catalog, size="1024x1024", quality="high", partial_images=2)
    three = estimate(catalog, size="1024x1024", quality="high", partial_images=2, n=3)
    assert three.text_tokens == 3 * one.text_tokens == 27
    assert three.image_out_tokens == 3 * 7024
    assert three.partial_tokens == 3 * 200
    assert three.total_usd == pytest.approx(3 * one.total_usd)
    assert three.total_usd == pytest.approx(27 * 5 / M + (21072 + 600) * 30 / M)


def test_custom_sizes_are_scaled_by_the_formula(catalog: Catalog) -> None:
    assert estimate(catalog, size="3072x1024", quality="high").image_out_tokens == 3952
    assert estimate(catalog, size="3840x2160", quality="high").image_out_tokens == 13342
    flare = estimate(catalog, model="gpt-image-2.5-flare", size="1024x1024", quality="xhigh")
    assert flare.image_out_tokens == 3122


def test_legacy_model_rates_and_table(catalog: Catalog) -> None:
    result = estimate(catalog, model="gpt-image-1.5", size="1536x1024", quality="medium")
    assert result.image_out_tokens == 1568
    assert result.total_usd == pytest.approx(9 * 5 / M + 1568 * 32 / M)
    mini = estimate(catalog, model="gpt-image-1-mini", size="1024x1024", quality="low")
    assert mini.total_usd == pytest.approx(9 * 2 / M + 272 * 8 / M)


def test_edit_input_image_tokens_by_size_and_fidelity(catalog: Catalog) -> None:
    images = (
        InputImage(png_bytes(photo((1024, 1024))), "square.png"),
        InputImage(png_bytes(photo((1536, 1024))), "wide.png"),
    )
    low = estimate(
        catalog,
        model="gpt-image-1.5",
        images=images,
        size="1024x1024",
        quality="medium",
        input_fidelity="low",
    )
    # 16 hidden text tokens per input image on the 1.x models.
    assert low.text_tokens == 9 + 2 * 16
    assert low.image_in_tokens == 194 + 323
    high = estimate(
        catalog,
        model="gpt-image-1.5",
        images=images,
        size="1024x1024",
        quality="medium",
        input_fidelity="high",
    )
    assert high.image_in_tokens == (194 + 4160) + (323 + 6240)
    assert high.total_usd == pytest.approx(41 * 5 / M + 10917 * 8 / M + 1056 * 32 / M)


def test_edit_input_tokens_on_gpt_image_2_and_n(catalog: Catalog) -> None:
    images = (InputImage(png_bytes(photo((512, 512)))),)
    one = estimate(catalog, images=images, size="1024x1024", quality="low")
    assert (one.text_tokens, one.image_in_tokens) == (9 + 16, 1024)
    two = estimate(catalog, images=images, size="1024x1024", quality="low", n=2)
    assert (two.text_tokens, two.image_in_tokens) == (2 * 25, 2 * 1024)
    assert two.cost.image_in_usd == pytest.approx(2048 * 8 / M)


def test_auto_quality_is_budgeted_at_the_top_level(catalog: Catalog) -> None:
    result = estimate(catalog, size="1024x1024", quality="auto")
    assert (result.quality, result.image_out_tokens) == ("high", 7024)
    assert result.notes == ("quality auto is budgeted as high; the bill follows usage",)
    sunburst = estimate(catalog, model="gpt-image-2.5-sunburst", size="1024x1024")
    assert (sunburst.quality, sunburst.image_out_tokens) == ("max", 7024)


def test_auto_size(catalog: Catalog) -> None:
    generated = estimate(catalog, quality="low")
    assert (generated.width, generated.height) == (1024, 1024)
    assert "size auto is estimated at 1024x1024" in generated.notes
    images = (InputImage(png_bytes(photo((1536, 1024)))),)
    edited = estimate(catalog, images=images, quality="low")
    assert (edited.width, edited.height) == (1536, 1024)
    assert "size auto is estimated at the first image's size" in edited.notes


def test_2_6_estimate_is_marked_approximate(catalog: Catalog) -> None:
    result = estimate(catalog, model="gpt-image-2.6-flare", size="1024x1024", quality="low")
    assert not result.exact
    assert result.image_out_tokens == 4 * 196
    assert result.notes == (
        "gpt-image-2.6-flare has no published token formula: approximate until reconciled",
    )


def test_as_dict_for_the_cli(catalog: Catalog) -> None:
    data = estimate(catalog, size="1024x1024", quality="high", partial_images=1).as_dict()
    assert data["input_tokens"] == 9
    assert data["output_tokens"] == 7124
    assert data["cost_usd"] == round(9 * 5 / M + 7124 * 30 / M, 6)
    assert data["size"] == "1024x1024"
    assert data["rates_per_million"] == {"text_in": 5.0, "image_in": 8.0, "image_out": 30.0}


def test_cost_from_usage(catalog: Catalog) -> None:
    usage = Usage(input_text_tokens=9, input_image_tokens=1024, output_image_tokens=7224)
    cost = pricing.cost_from_usage(usage, catalog.get("gpt-image-2"))
    assert cost.total_usd == pytest.approx(9 * 5 / M + 1024 * 8 / M + 7224 * 30 / M)
    reasoning = Usage(9, 0, 4160, output_text_tokens=100)
    legacy = pricing.cost_from_usage(reasoning, catalog.get("gpt-image-1.5"))
    assert legacy.text_out_usd == pytest.approx(100 * 10 / M)
    assert legacy.total_usd == pytest.approx(9 * 5 / M + 4160 * 32 / M + 100 * 10 / M)


def test_usage_from_the_api_with_and_without_output_details() -> None:
    detailed = {
        "input_tokens": 50,
        "input_tokens_details": {"image_tokens": 40, "text_tokens": 10},
        "output_tokens": 300,
        "output_tokens_details": {"image_tokens": 280, "text_tokens": 20},
        "total_tokens": 350,
    }
    assert Usage.from_api(detailed) == Usage(10, 40, 280, 20)
    streamed = {k: v for k, v in detailed.items() if k != "output_tokens_details"}
    usage = Usage.from_api(streamed)
    assert usage == Usage(10, 40, 300, 0)
    assert (usage.input_tokens, usage.output_tokens, usage.total_tokens) == (50, 300, 350)
    assert usage + usage == Usage(20, 80, 600, 0)


def test_auto_size_edit_of_an_input_the_model_cannot_output_is_estimated_at_1024() -> None:
    catalog = Catalog.load()
    small = png_bytes(photo((512, 512)))
    request = ImageRequest("x", ImageParams(quality="high"), (InputImage(small),))
    result = pricing.estimate(request, catalog.get("gpt-image-2"), catalog.size_rules)
    assert (result.width, result.height, result.image_out_tokens) == (1024, 1024, 7024)
