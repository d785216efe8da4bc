"""Generations over real HTTP with the real openai client: images, response shape, usage."""

from __future__ import annotations

from typing import Any, cast

import openai
import pytest

from studio.emulator.server import EmulatorServer
from tests.emulator.helpers import decode_image


def test_generation_returns_a_decodable_png_and_the_real_response_shape(
    client: openai.OpenAI,
) -> None:
    result = client.images.generate(model="gpt-image-2", prompt="an otter", size="1536x1024")
    assert result.data is not None and len(result.data) == 1
    image = decode_image(result.data[0].b64_json)
    assert (image.format, image.size, image.mode) == ("PNG", (1536, 1024), "RGB")
    assert (result.size, result.quality, result.background) == ("1536x1024", "medium", "opaque")
    assert result.output_format == "png"
    assert result.created > 1_700_000_000


def test_auto_quality_and_size_resolve_to_medium_1024(client: openai.OpenAI) -> None:
    result = client.images.generate(model="gpt-image-2", prompt="an otter")
    assert (result.size, result.quality) == ("1024x1024", "medium")
    assert result.usage is not None and result.usage.output_tokens == 1756


@pytest.mark.parametrize(
    ("model", "quality", "size", "expected"),
    [
        ("gpt-image-2", "high", "1024x1024", 7024),
        ("gpt-image-2", "high", "1536x1024", 5488),
        ("gpt-image-2", "low", "1024x1024", 196),
        ("gpt-image-2.5-sunburst", "low", "1024x1024", 196),
        ("gpt-image-2.5-flare", "medium", "1024x1024", 439),
        ("gpt-image-2.5-sunburst", "high", "1024x1024", 1756),
        ("gpt-image-2.5-flare", "xhigh", "1024x1024", 3122),
        ("gpt-image-2.5-sunburst", "max", "1024x1024", 7024),
        ("gpt-image-1.5", "medium", "1024x1024", 1056),
        ("gpt-image-2.6-flare", "low", "1024x1024", 686),
    ],
)
def test_usage_matches_published_values(
    client: openai.OpenAI, model: str, quality: str, size: str, expected: int
) -> None:
    result = client.images.generate(
        model=model,
        prompt="an otter",
        quality=cast(Any, quality),
        size=size,
        output_format="jpeg",
    )
    usage = result.usage
    assert usage is not None and usage.output_tokens_details is not None
    assert usage.output_tokens == expected
    assert usage.output_tokens_details.image_tokens == expected
    assert usage.input_tokens_details.text_tokens == 8  # "an otter" = 2 + 6
    assert usage.input_tokens_details.image_tokens == 0
    assert usage.total_tokens == expected + 8


def test_n_multiplies_input_and_output_tokens(client: openai.OpenAI) -> None:
    result = client.images.generate(
        model="gpt-image-2", prompt="an otter", quality="low", n=3, output_format="jpeg"
    )
    assert result.data is not None and len(result.data) == 3
    assert len({item.b64_json for item in result.data}) == 3  # every image differs
    assert result.usage is not None
    assert result.usage.output_tokens == 3 * 196
    assert result.usage.input_tokens == 3 * 8


def test_formats_compression_and_transparency(client: openai.OpenAI) -> None:
    jpeg = client.images.generate(
        model="gpt-image-2", prompt="x", output_format="jpeg", output_compression=40
    )
    assert jpeg.data is not None and decode_image(jpeg.data[0].b64_json).format == "JPEG"
    webp = client.images.generate(
        model="gpt-image-2.5-flare", prompt="x", output_format="webp", background="transparent"
    )
    assert webp.data is not None and webp.background == "transparent"
    image = decode_image(webp.data[0].b64_json)
    assert image.format == "WEBP" and image.mode == "RGBA"
    assert image.getpixel((0, 0))[3] == 0  # type: ignore[index]


def test_largest_size_is_cheap_enough(client: openai.OpenAI) -> None:
    result = client.images.generate(
        model="gpt-image-2", prompt="big", size="3840x2160", output_format="jpeg"
    )
    assert result.data is not None
    assert decode_image(result.data[0].b64_json).size == (3840, 2160)
    assert result.usage is not None and result.usage.output_tokens == 3336


def test_models_list_has_shutdown_dates(client: openai.OpenAI) -> None:
    models = {model.id: model for model in client.models.list()}
    assert "gpt-image-2" in models and "gpt-image-2.6-sunburst" in models
    assert models["gpt-image-1.5"].shutdown_date == "2026-12-01"
    assert models["gpt-image-2"].shutdown_date is None
    assert "gpt-image-1" not in models and "dall-e-3" not in models
    assert client.models.retrieve("gpt-image-2.5-flare").owned_by == "system"
    with pytest.raises(openai.NotFoundError):
        client.models.retrieve("gpt-image-1")


def test_models_disappear_after_their_shutdown_date() -> None:
    from datetime import date

    with (
        EmulatorServer(today=date(2026, 12, 1)) as server,
        openai.OpenAI(base_url=server.base_url, api_key="k", max_retries=0) as sdk,
    ):
        ids = {model.id for model in sdk.models.list()}
    assert "gpt-image-1.5" not in ids and "chatgpt-image-latest" not in ids
    assert "gpt-image-2" in ids
