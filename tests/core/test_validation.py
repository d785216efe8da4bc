"""Request validation: every rule, each problem naming the parameter in a specific message."""

from __future__ import annotations

import io
import os

import pytest
from PIL import Image

from studio.core.catalog import Catalog
from studio.core.requests import ImageParams, ImageRequest, InputImage, parse_size
from studio.core.validation import InvalidRequestError, Problem, check, validate
from tests.core.conftest import jpeg_with_orientation, mask_with_hole, photo, png_bytes

PNG_512 = png_bytes(photo((512, 512)))
MASK_512 = png_bytes(mask_with_hole((512, 512), (100, 100, 200, 200)))


def problems(
    catalog: Catalog,
    prompt: str = "a lighthouse at dusk",
    images: tuple[InputImage, ...] = (),
    mask: bytes | None = None,
    markup: bytes | None = None,
    **params: object,
) -> list[Problem]:
    request = ImageRequest(prompt, ImageParams(**params), images, mask, markup)  # type: ignore[arg-type]
    return validate(request, catalog)


def one(found: list[Problem]) -> Problem:
    assert len(found) == 1, found
    return found[0]


def test_a_valid_request_has_no_problems(catalog: Catalog) -> None:
    assert problems(catalog, size="1536x1024", quality="high", n=4, partial_images=3) == []
    assert problems(catalog, model="gpt-image-2.5-flare", quality="max", size="3840x2160") == []


@pytest.mark.parametrize("n", [0, 11, -1])
def test_n_is_1_to_10(catalog: Catalog, n: int) -> None:
    assert one(problems(catalog, n=n)) == Problem("n", f"must be between 1 and 10 (got {n})")


@pytest.mark.parametrize("n", [1, 10])
def test_n_bounds_are_allowed(catalog: Catalog, n: int) -> None:
    assert problems(catalog, n=n) == []


@pytest.mark.parametrize("count", [-1, 4])
def test_partial_images_0_to_3(catalog: Catalog, count: int) -> None:
    assert one(problems(catalog, partial_images=count)) == Problem(
        "partial_images", f"must be 0 to 3 (got {count})"
    )


def test_compression_only_with_jpeg_or_webp(catalog: Catalog) -> None:
    assert one(problems(catalog, output_format="png", output_compression=80)) == Problem(
        "output_compression", "only applies to jpeg or webp output, not png"
    )
    assert problems(catalog, output_format="jpeg", output_compression=80) == []
    assert problems(catalog, output_format="webp", output_compression=0) == []
    assert one(problems(catalog, output_format="webp", output_compression=101)) == Problem(
        "output_compression", "must be 0 to 100 (got 101)"
    )


def test_transparent_needs_png_or_webp(catalog: Catalog) -> None:
    assert one(problems(catalog, background="transparent", output_format="jpeg")) == Problem(
        "background", "a transparent background needs png or webp output, not jpeg"
    )
    assert problems(catalog, background="transparent", output_format="png") == []
    assert problems(catalog, background="transparent", output_format="webp") == []


def test_quality_and_format_choices_name_the_model(catalog: Catalog) -> None:
    assert one(problems(catalog, quality="max")) == Problem(
        "quality", "'max' is not available on gpt-image-2; choose one of low, medium, high, auto"
    )
    assert one(problems(catalog, output_format="gif")) == Problem(
        "output_format", "GIF output needs GPT Image 2.6 and preview access"
    )
    assert one(problems(catalog, output_format="tiff")) == Problem(
        "output_format", "gpt-image-2 supports output formats png, jpeg, webp"
    )
    assert one(problems(catalog, moderation="off")).param == "moderation"
    assert one(problems(catalog, background="green")).param == "background"


def test_input_fidelity_rules(catalog: Catalog) -> None:
    assert one(problems(catalog, input_fidelity="high")) == Problem(
        "input_fidelity",
        "gpt-image-2 always uses high input fidelity; the API does not allow changing it; "
        "leave it unset",
    )
    assert problems(catalog, model="gpt-image-1.5", input_fidelity="high") == []
    mini = one(problems(catalog, model="gpt-image-1-mini", input_fidelity="high"))
    assert mini == Problem(
        "input_fidelity", "gpt-image-1-mini supports only low input fidelity; leave it unset"
    )


def test_complexity_on_every_living_model(catalog: Catalog) -> None:
    for model in ("gpt-image-2", "gpt-image-2.5-flare", "gpt-image-2.6-sunburst"):
        assert problems(catalog, model=model, complexity="low") == []
    assert one(problems(catalog, complexity="extreme")).param == "complexity"


@pytest.mark.parametrize(
    ("size", "messages"),
    [
        ("1000x1000", ["1000x1000: both edges must be multiples of 16"]),
        ("3856x1296", ["3856x1296: the longest edge may be at most 3840"]),
        ("3072x1008", ["3072x1008: the aspect ratio must be between 1:3 and 3:1"]),
        ("512x512", ["512x512 is 262,144 pixels; allowed is 655,360 to 8,294,400"]),
        ("3840x2176", ["3840x2176 is 8,355,840 pixels; allowed is 655,360 to 8,294,400"]),
        (
            "4096x1024",
            [
                "4096x1024: the longest edge may be at most 3840",
                "4096x1024: the aspect ratio must be between 1:3 and 3:1",
            ],
        ),
        ("big", ["size must be 'auto' or WIDTHxHEIGHT such as 1536x1024, not 'big'"]),
    ],
)
def test_custom_size_rules(catalog: Catalog, size: str, messages: list[str]) -> None:
    assert problems(catalog, size=size) == [Problem("size", m) for m in messages]


@pytest.mark.parametrize(
    "size", ["auto", "1024x640", "3072x1024", "3840x2160", "2160x3840", "1024x3072", "816x816"]
)
def test_custom_sizes_within_the_rules(catalog: Catalog, size: str) -> None:
    assert problems(catalog, size=size) == []


def test_fixed_sizes_on_legacy_models(catalog: Catalog) -> None:
    assert one(problems(catalog, model="gpt-image-1.5", size="2048x2048")) == Problem(
        "size", "gpt-image-1.5 supports only auto, 1024x1024, 1536x1024, 1024x1536"
    )
    assert problems(catalog, model="gpt-image-1.5", size="1024x1536") == []


def test_parse_size() -> None:
    assert parse_size("auto") is None
    assert parse_size("1536x1024") == (1536, 1024)
    with pytest.raises(ValueError, match="WIDTHxHEIGHT"):
        parse_size("1536*1024")


def test_prompt_empty_and_too_long(catalog: Catalog) -> None:
    assert one(problems(catalog, prompt="   ")) == Problem(
        "prompt", "describe the image you want: the prompt is empty"
    )
    assert problems(catalog, prompt="x" * 32_000) == []
    assert one(problems(catalog, prompt="x" * 32_001)) == Problem(
        "prompt", "32,001 characters; the limit is 32,000"
    )


def test_unknown_model_lists_the_known_ones(catalog: Catalog) -> None:
    found = one(problems(catalog, model="dall-e-3"))
    assert found.param == "model"
    assert found.message.startswith("unknown model 'dall-e-3'; known: gpt-image-2, ")


def test_a_retired_model_is_valid_to_estimate(catalog: Catalog) -> None:
    # Retirement is a rule about sending (studio.core.lifecycle), not about knowing a model.
    assert problems(catalog, model="gpt-image-1", size="1024x1024") == []
    assert problems(catalog, model="gpt-image-1-mini", size="1024x1024") == []


def test_check_raises_with_every_problem(catalog: Catalog) -> None:
    request = ImageRequest("", ImageParams(n=0, size="1000x1000", partial_images=5))
    with pytest.raises(InvalidRequestError) as caught:
        check(request, catalog)
    assert [p.param for p in caught.value.problems] == ["prompt", "n", "partial_images", "size"]
    assert str(caught.value).startswith("prompt: describe the image you want")
    assert check(ImageRequest("ok"), catalog).id == "gpt-image-2"


# --- input images ---------------------------------------------------------------------------


def test_up_to_16_input_images(catalog: Catalog) -> None:
    images = tuple(InputImage(PNG_512, f"{i}.png") for i in range(16))
    assert problems(catalog, images=images) == []
    seventeen = (*images, InputImage(PNG_512, "16.png"))
    assert one(problems(catalog, images=seventeen)) == Problem(
        "image", "17 images; the limit is 16"
    )


def test_input_formats_png_webp_jpeg(catalog: Catalog) -> None:
    picture = photo((64, 64))
    for fmt in ("PNG", "JPEG", "WEBP"):
        buffer = io.BytesIO()
        picture.save(buffer, fmt)
        assert problems(catalog, images=(InputImage(buffer.getvalue()),)) == []
    gif = io.BytesIO()
    picture.save(gif, "GIF")
    assert one(problems(catalog, images=(InputImage(gif.getvalue(), "cat.gif"),))) == Problem(
        "image", "image 1 (cat.gif) is GIF; use PNG, JPEG or WebP"
    )
    broken = one(problems(catalog, images=(InputImage(b"not an image", "x.png"),)))
    assert broken.param == "image"
    assert (
        broken.message == "image 1 (x.png) is not an image Studio can read (use PNG, JPEG or WebP)"
    )


def test_input_image_must_be_under_50_mb(catalog: Catalog) -> None:
    # Trailing bytes after IEND keep the PNG readable while making the file 50 MB.
    limit = 50 * 1024 * 1024
    huge = PNG_512 + b"\0" * (limit - len(PNG_512))
    assert one(problems(catalog, images=(InputImage(huge, "big.png"),))) == Problem(
        "image", "image 1 (big.png) is 52,428,800 bytes; limit 50 MB"
    )
    just_under = PNG_512 + b"\0" * (limit - 1 - len(PNG_512))
    assert problems(catalog, images=(InputImage(just_under, "ok.png"),)) == []


def test_mask_must_be_png_with_alpha(catalog: Catalog) -> None:
    image = (InputImage(PNG_512),)
    assert problems(catalog, images=image, mask=MASK_512) == []
    opaque = png_bytes(Image.new("RGB", (512, 512)))
    assert one(problems(catalog, images=image, mask=opaque)) == Problem(
        "mask", "the mask must be a PNG with an alpha channel"
    )
    webp = io.BytesIO()
    mask_with_hole((512, 512), (0, 0, 10, 10)).save(webp, "WEBP")
    assert one(problems(catalog, images=image, mask=webp.getvalue())) == Problem(
        "mask", "the mask must be a PNG with an alpha channel"
    )


def test_mask_must_match_the_first_image_exactly(catalog: Catalog) -> None:
    images = (InputImage(PNG_512), InputImage(png_bytes(photo((256, 256)))))
    small = png_bytes(mask_with_hole((256, 256), (0, 0, 10, 10)))
    assert one(problems(catalog, images=images, mask=small)) == Problem(
        "mask", "the mask is 256x256 but the first image is 512x512; they must match exactly"
    )
    assert problems(catalog, images=images, mask=MASK_512) == []


def test_mask_size_is_compared_after_exif_orientation(catalog: Catalog) -> None:
    # Stored 640x480, displayed 480x640 (orientation 6 = rotate 90).
    rotated = (InputImage(jpeg_with_orientation((640, 480), 6), "phone.jpg"),)
    upright = png_bytes(mask_with_hole((480, 640), (0, 0, 10, 10)))
    stored = png_bytes(mask_with_hole((640, 480), (0, 0, 10, 10)))
    assert problems(catalog, images=rotated, mask=upright) == []
    assert one(problems(catalog, images=rotated, mask=stored)) == Problem(
        "mask", "the mask is 640x480 but the first image is 480x640; they must match exactly"
    )


def test_mask_must_be_under_4_mb(catalog: Catalog) -> None:
    size = (1100, 1100)
    noise = Image.frombytes("RGBA", size, os.urandom(size[0] * size[1] * 4))
    buffer = io.BytesIO()
    noise.save(buffer, "PNG", compress_level=0)
    mask = buffer.getvalue()
    assert len(mask) >= 4 * 1024 * 1024
    images = (InputImage(png_bytes(Image.new("RGB", size))),)
    assert one(problems(catalog, images=images, mask=mask)) == Problem(
        "mask", f"the mask is {len(mask):,} bytes; limit 4 MB"
    )


def test_mask_needs_an_image(catalog: Catalog) -> None:
    assert one(problems(catalog, mask=MASK_512)) == Problem(
        "mask", "a mask or markup needs an input image to edit"
    )


def test_markup_not_combined_with_a_mask(catalog: Catalog) -> None:
    image = (InputImage(PNG_512),)
    flare = "gpt-image-2.5-flare"
    assert problems(catalog, model=flare, images=image, markup=MASK_512) == []
    both = problems(catalog, model=flare, images=image, mask=MASK_512, markup=MASK_512)
    assert both == [Problem("markup", "markup cannot be combined with a mask")]


def test_markup_needs_a_model_that_supports_it(catalog: Catalog) -> None:
    assert one(problems(catalog, images=(InputImage(PNG_512),), markup=MASK_512)) == Problem(
        "markup", "gpt-image-2 does not support markup-guided edits (GPT Image 2.5 and later do)"
    )


def test_an_input_image_is_inspected_once_however_often_it_is_validated(monkeypatch) -> None:
    """Validation runs at Generate and again at the budget check, on the UI thread."""
    import studio.core.imageinfo as imageinfo
    from studio.core.requests import InputImage

    calls: list[int] = []
    real = imageinfo.inspect

    def counted(data: bytes):
        calls.append(len(data))
        return real(data)

    monkeypatch.setattr(imageinfo, "inspect", counted)
    picture = InputImage(png_bytes(Image.new("RGB", (64, 48))))
    broken = InputImage(b"\x89PNG\r\n\x1a\n broken", "broken.png")
    assert (picture.info().width, picture.info().height) == (64, 48)
    assert picture.info() is picture.info()
    for _ in range(2):
        with pytest.raises(imageinfo.ImageInfoError):
            broken.info()
    assert len(calls) == 2


def test_an_input_image_is_checked_for_damage_once(monkeypatch) -> None:
    """The job checks its inputs decode before sending; the canvas's encode does it ahead."""
    import studio.core.imageinfo as imageinfo
    from studio.core.requests import InputImage

    calls: list[int] = []
    real = imageinfo.check_decodes

    def counted(data: bytes) -> None:
        calls.append(len(data))
        real(data)

    monkeypatch.setattr(imageinfo, "check_decodes", counted)
    good = png_bytes(Image.new("RGB", (64, 48)))
    picture, cut = InputImage(good), InputImage(good[: len(good) // 2], "cut.png")
    for _ in range(2):
        picture.check_decodes()
        with pytest.raises(imageinfo.ImageInfoError):
            cut.check_decodes()
    assert len(calls) == 2


def test_a_mask_is_read_once_however_often_its_request_is_validated(catalog: Catalog) -> None:
    """Generate, the budget gate and every estimate validate the same mask bytes."""
    from studio.core import validation

    validation._overlay_info.cache_clear()
    for _ in range(3):
        assert problems(catalog, images=(InputImage(PNG_512),), mask=MASK_512) == []
    info = validation._overlay_info.cache_info()
    assert (info.misses, info.hits) == (1, 2)
    broken = b"\x89PNG\r\n\x1a\n broken"
    for _ in range(2):  # a failure is not remembered: it is said each time
        assert one(problems(catalog, images=(InputImage(PNG_512),), mask=broken)).param == "mask"
