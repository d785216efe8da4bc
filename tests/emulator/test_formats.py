"""GIF, SVG, markup guidance and safety_identifier in the emulator, through the real SDK."""

from __future__ import annotations

import base64
import io
import xml.etree.ElementTree as ET
from typing import Any

import openai
import pytest
from PIL import Image, ImageDraw

from studio.emulator.server import EmulatorServer
from tests.emulator.helpers import mask_with_hole, png_bytes

SIX = "gpt-image-2.6-sunburst"


def decoded(result: Any) -> bytes:
    return base64.b64decode(result.data[0].b64_json)


def test_gif_has_the_requested_frames_and_delay(client: openai.OpenAI) -> None:
    result = client.images.generate(
        model=SIX, prompt="a comet", output_format="gif", frame_count=12, frame_duration_ms=84
    )
    with Image.open(io.BytesIO(decoded(result))) as gif:
        assert (gif.format, gif.n_frames, gif.size) == ("GIF", 12, (512, 512))
        assert gif.info["duration"] == 80  # rounded to 10 ms like the API
        first = gif.convert("RGB").tobytes()
        gif.seek(5)
        assert gif.convert("RGB").tobytes() != first  # the frames move
    assert result.output_format == "gif" and result.usage is not None


def test_gif_defaults_to_nine_frames_of_200_ms(client: openai.OpenAI) -> None:
    result = client.images.generate(model=SIX, prompt="a comet", output_format="gif")
    with Image.open(io.BytesIO(decoded(result))) as gif:
        assert (gif.n_frames, gif.info["duration"]) == (9, 200)


def test_svg_is_a_small_document_with_svg_usage(client: openai.OpenAI) -> None:
    result = client.images.generate(
        model=SIX, prompt="a <badge> & shield", output_format="svg", size="1024x1024",
        svg={"model": "gpt-5.6-sol", "reasoning": {"effort": "xhigh"}},
    )  # fmt: skip
    document = decoded(result)
    root = ET.fromstring(document)
    assert root.tag == "{http://www.w3.org/2000/svg}svg" and root.get("width") == "1024"
    assert len(document) < 4096
    usage = result.svg_usage
    assert usage is not None and usage.model == "gpt-5.6-sol"
    assert usage.reasoning_tokens == 8192
    assert usage.total_tokens == usage.input_tokens + usage.output_tokens + 8192
    assert result.usage is not None and result.usage.output_tokens > 0  # the reference image


def test_safety_identifier_is_echoed_and_user_is_its_fallback(client: openai.OpenAI) -> None:
    kwargs: dict[str, Any] = {"model": "gpt-image-2", "prompt": "x", "output_format": "jpeg"}
    assert client.images.generate(**kwargs, safety_identifier="h1").safety_identifier == "h1"
    assert client.images.generate(**kwargs, user="u1").safety_identifier == "u1"
    assert client.images.generate(**kwargs).safety_identifier is None


def _bad(call: Any) -> openai.BadRequestError:
    with pytest.raises(openai.BadRequestError) as caught:
        call()
    return caught.value


@pytest.mark.parametrize(
    ("kwargs", "param"),
    [
        ({"output_format": "gif", "stream": True}, "stream"),
        ({"output_format": "gif", "partial_images": 2}, "partial_images"),
        ({"output_format": "gif", "output_compression": 100}, "output_compression"),
        ({"output_format": "gif", "size": "1024x1024"}, "size"),
        ({"output_format": "gif", "frame_count": 16, "size": "768x768"}, "size"),
        ({"output_format": "svg", "n": 2}, "n"),
        ({"output_format": "svg", "stream": True}, "stream"),
        ({"output_format": "svg", "svg": {"model": "m", "reasoning": {"effort": "x"}}}, None),
        ({"frame_count": 4}, "frame_count"),
        ({"svg": {"model": "m"}}, "svg"),
        ({"model": "gpt-image-2.5-flare", "output_format": "gif"}, "output_format"),
        ({"model": "gpt-image-2", "output_format": "svg"}, "output_format"),
    ],
)
def test_broken_gif_and_svg_rules(
    client: openai.OpenAI, kwargs: dict[str, Any], param: str | None
) -> None:
    arguments: dict[str, Any] = {"model": SIX, "prompt": "x", **kwargs}
    error = _bad(lambda: client.images.generate(**arguments))
    assert error.code == "invalid_value"
    assert error.param == (param or "svg.reasoning.effort")


@pytest.mark.parametrize(("frames", "code"), [(1, "below_min"), (17, "above_max")])
def test_frame_count_is_2_to_16(client: openai.OpenAI, frames: int, code: str) -> None:
    error = _bad(
        lambda: client.images.generate(
            model=SIX, prompt="x", output_format="gif", frame_count=frames
        )
    )
    assert (error.param, error.code) == ("frame_count", f"integer_{code}_value")


def _picture() -> bytes:
    return png_bytes(Image.new("RGB", (512, 512), (30, 60, 90)))


def test_gif_edit_refuses_a_mask(client: openai.OpenAI) -> None:
    mask = png_bytes(mask_with_hole((512, 512), (0, 0, 100, 100)))
    error = _bad(
        lambda: client.images.edit(
            model=SIX,
            prompt="x",
            image=("p.png", _picture(), "image/png"),
            mask=("m.png", mask, "image/png"),
            output_format="gif",
        )
    )
    assert error.param == "mask"


def test_svg_author_arrives_as_multipart_fields(
    client: openai.OpenAI, emulator: EmulatorServer
) -> None:
    result = client.images.edit(
        model=SIX, prompt="x", image=("p.png", _picture(), "image/png"), output_format="svg",
        svg={"model": "gpt-5.6-sol", "reasoning": {"effort": "none"}},
    )  # fmt: skip
    assert result.svg_usage is not None and result.svg_usage.reasoning_tokens == 0
    [sent] = emulator.requests
    assert sent.fields["svg[model]"] == ["gpt-5.6-sol"]


def test_markup_steers_the_edit(client: openai.OpenAI) -> None:
    """Inside a closed mark the picture is repainted; the marks are drawn; outside is kept."""
    markup = Image.new("RGBA", (512, 512), (0, 0, 0, 0))
    ImageDraw.Draw(markup).rectangle((100, 100, 300, 300), outline=(255, 255, 0, 255), width=8)
    ImageDraw.Draw(markup).line((400, 50, 480, 450), fill=(0, 255, 0, 255), width=10)
    result = client.images.edit(
        model="gpt-image-2.5-flare", prompt="a window", size="1024x1024", quality="low",
        image=("p.png", _picture(), "image/png"), markup=("m.png", png_bytes(markup), "image/png"),
    )  # fmt: skip
    with Image.open(io.BytesIO(decoded(result))) as image:
        out = image.convert("RGB").resize((512, 512), Image.Resampling.NEAREST)
    assert out.getpixel((20, 300)) == (30, 60, 90)  # far from every mark
    assert out.getpixel((103, 200)) == (255, 255, 0)  # the rectangle's stroke
    inside = [out.getpixel((x, y)) for x in range(130, 280, 30) for y in range(130, 280, 30)]
    assert sum(pixel != (30, 60, 90) for pixel in inside) >= len(inside) * 3 // 4
    assert out.getpixel((440, 250)) == (0, 255, 0)  # the open stroke...
    assert out.getpixel((450, 250)) != (30, 60, 90)  # ...and the halo it steers
