"""GIF and SVG rules, SVG documents, the cache key and the safety identifier (no network)."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest

from studio.core import svgdoc
from studio.core.cache import fingerprint
from studio.core.catalog import Catalog
from studio.core.imageinfo import ImageInfoError, check_output, inspect
from studio.core.pricing import estimate
from studio.core.requests import ImageParams, ImageRequest, InputImage, coerce_to_model
from studio.core.settings import Settings
from studio.core.store import Store
from studio.core.validation import Problem, validate
from tests.core.conftest import photo, png_bytes

SIX = "gpt-image-2.6-sunburst"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><rect/></svg>'


def problems(catalog: Catalog, mask: bytes | None = None, **params: object) -> list[Problem]:
    fields: dict[str, object] = {"model": SIX} | params
    images = (InputImage(png_bytes(photo((256, 256)))),) if mask else ()
    request = ImageRequest("a fox", ImageParams(**fields), images, mask)  # type: ignore[arg-type]
    return validate(request, catalog)


def params_of(found: list[Problem]) -> list[str]:
    return [p.param for p in found]


def test_a_gif_and_an_svg_that_follow_the_rules(catalog: Catalog) -> None:
    assert problems(catalog, output_format="gif", frame_count=16, size="720x720") == []
    assert problems(catalog, output_format="gif", frame_duration_ms=655_350, size="960x528") == []
    assert problems(catalog, output_format="svg", svg_model="gpt-5.6-sol", svg_effort="max") == []
    assert problems(catalog, output_format="svg", quality="xhigh", complexity="low") == []


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"output_format": "gif", "frame_count": 1}, ["frame_count"]),
        ({"output_format": "gif", "frame_count": 17}, ["frame_count"]),
        ({"output_format": "gif", "frame_duration_ms": 5}, ["frame_duration_ms"]),
        ({"output_format": "gif", "partial_images": 2}, ["partial_images"]),
        ({"output_format": "gif", "output_compression": 80}, ["output_compression"] * 2),
        ({"output_format": "gif", "size": "1024x1024"}, ["size"]),  # above 960 for 9 frames
        ({"output_format": "gif", "frame_count": 13, "size": "816x816"}, ["size"]),
        ({"output_format": "png", "frame_count": 4}, ["frame_count"]),
        ({"output_format": "svg", "n": 2}, ["n"]),
        ({"output_format": "svg", "partial_images": 1}, ["partial_images"]),
        ({"output_format": "svg", "svg_effort": "high"}, ["svg.reasoning.effort"]),
        (
            {"output_format": "svg", "svg_model": "m", "svg_effort": "huge"},
            ["svg.reasoning.effort"],
        ),
        ({"output_format": "png", "svg_model": "m"}, ["svg.model"]),
        ({"model": "gpt-image-2", "output_format": "gif"}, ["output_format"]),
        ({"model": "gpt-image-2", "quality": "xhigh"}, ["quality"]),
        ({"safety_identifier": ""}, ["safety_identifier"]),
    ],
)
def test_broken_rules_name_the_parameter(
    catalog: Catalog, params: dict[str, object], expected: list[str]
) -> None:
    assert params_of(problems(catalog, **params)) == expected


def test_gif_cannot_take_a_mask(catalog: Catalog) -> None:
    mask = png_bytes(photo((256, 256)).convert("RGBA"))
    found = problems(catalog, mask=mask, output_format="gif", size="512x512")
    assert found == [Problem("mask", "GIF output cannot use a mask; remove the mask")]


def test_format_fields_are_sent_only_with_their_format() -> None:
    gif = ImageParams(model=SIX, output_format="gif", frame_count=4, svg_model="x")
    assert gif.api_fields(edit=False)["frame_count"] == 4 and "svg" not in gif.api_fields(
        edit=False
    )
    svg = ImageParams(model=SIX, output_format="svg", svg_model="a", svg_effort="low")
    assert svg.api_fields(edit=True)["svg"] == {"model": "a", "reasoning": {"effort": "low"}}
    assert "svg" not in ImageParams(output_format="svg").api_fields(edit=False)


def test_moving_to_a_model_without_gif_drops_the_frames(catalog: Catalog) -> None:
    gif = ImageParams(model=SIX, output_format="gif", frame_count=4, frame_duration_ms=100)
    moved = coerce_to_model(gif, catalog.get("gpt-image-2"))
    assert (moved.output_format, moved.frame_count, moved.frame_duration_ms) == ("png", None, None)


def test_estimates_of_gif_and_svg_are_approximate(catalog: Catalog) -> None:
    spec = catalog.get(SIX)
    gif = estimate(ImageRequest("x", ImageParams(model=SIX, output_format="gif")), spec)
    assert not gif.exact and gif.partial_tokens == 0
    svg_request = ImageRequest(
        "x", ImageParams(model=SIX, output_format="svg", svg_model="m", svg_effort="low")
    )
    svg = estimate(svg_request, spec, catalog.size_rules, catalog.svg)
    assert svg.svg_tokens == 1500 + 4000
    assert svg.cost.svg_usd == pytest.approx((1500 * 1.25 + 4000 * 10) / 1e6)
    assert svg.cost.approximate and not svg.exact


def test_markup_frames_and_author_are_in_the_cache_key_but_not_who_asked() -> None:
    picture = InputImage(png_bytes(photo((64, 64))))
    base = ImageRequest("x", ImageParams(model=SIX, output_format="gif"), (picture,))
    assert fingerprint(dataclasses.replace(base, markup=b"m1")) != fingerprint(
        dataclasses.replace(base, markup=b"m2")
    )
    framed = dataclasses.replace(base, params=dataclasses.replace(base.params, frame_count=4))
    assert fingerprint(framed) != fingerprint(base)
    asked = dataclasses.replace(
        base, params=dataclasses.replace(base.params, safety_identifier="s")
    )
    assert fingerprint(asked) == fingerprint(base)


def test_svg_documents_are_checked_not_rendered() -> None:
    info = inspect(SVG)
    assert (info.format, info.width, info.height, info.mime) == ("SVG", 300, 200, "image/svg+xml")
    boxed = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 32"/>'
    assert inspect(boxed).width == 64
    for bad in (b"<svg><g></svg>", b"<!DOCTYPE svg><svg/>", b"<?xml version='1.0'?><html/>"):
        with pytest.raises(ImageInfoError):
            inspect(bad)
    with pytest.raises(ImageInfoError, match="limit"):
        inspect(b"<svg>" + b" " * svgdoc.MAX_SVG_BYTES + b"</svg>")


def test_a_gif_must_decode_frame_by_frame() -> None:
    frames = [photo((32, 32), seed=i) for i in range(3)]
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:], duration=100)
    gif = buffer.getvalue()
    assert check_output(gif, "gif").frames == 3
    with pytest.raises(ImageInfoError):
        check_output(gif[: len(gif) // 2], "gif")
    with pytest.raises(ImageInfoError, match="where gif was asked"):
        check_output(png_bytes(frames[0]), "gif")


def test_the_store_keeps_gif_and_svg_with_their_extension(tmp_path: Path) -> None:
    store = Store(tmp_path)
    buffer = io.BytesIO()
    photo((16, 16)).save(buffer, "GIF", save_all=True, append_images=[photo((16, 16), seed=2)])
    assert store.put_image(buffer.getvalue()).path.endswith(".gif")
    ref = store.put_image(SVG)
    assert ref.path.endswith(".svg") and (ref.width, ref.height, ref.format) == (300, 200, "svg")
    store.close()


def test_safety_identifier_is_off_by_default_and_stable() -> None:
    settings = Settings()
    assert settings.safety_identifier() is None
    on = dataclasses.replace(settings.with_install_id(), send_safety_identifier=True)
    assert on.with_install_id() is on
    first = on.safety_identifier()
    assert first is not None and first == on.safety_identifier()
    assert on.install_id not in first
    other = dataclasses.replace(Settings().with_install_id(), send_safety_identifier=True)
    assert other.safety_identifier() != first


def test_history_keeps_the_format_fields_and_the_markup(tmp_path: Path) -> None:
    params = ImageParams(
        model=SIX, output_format="svg", svg_model="gpt-5.6-sol", svg_effort="low", complexity="high"
    )
    picture = InputImage(png_bytes(photo((64, 64))))
    request = ImageRequest("x", params, (picture,), markup=png_bytes(photo((64, 64))))
    store = Store(tmp_path)
    job_id = store.begin_job(request, fingerprint="f", estimate_usd=0.0)
    record = store.job(job_id)
    assert ImageParams.from_fields(record.params | {"model": SIX}) == params
    [markup] = store.job_images(job_id, "markup")
    assert store.image_bytes(markup.sha256) == request.markup
    store.close()
