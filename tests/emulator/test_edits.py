"""Edits: multipart inputs, masks honoured pixel for pixel, input tokens, the request log."""

from __future__ import annotations

import base64
import hashlib
import io

import openai
from openai.types import ImageEditCompletedEvent
from PIL import Image, ImageChops

from studio.emulator.server import EmulatorServer
from tests.emulator.helpers import decode_image, mask_with_hole, photo, photo_png, png_bytes

HOLE = (256, 256, 768, 640)


def outside_and_inside(before: Image.Image, after: Image.Image) -> tuple[bool, int]:
    """(no pixel outside HOLE changed, number of changed pixels inside HOLE)."""
    diff = ImageChops.difference(before.convert("RGB"), after.convert("RGB")).convert("L")
    changed = diff.point(lambda value: 255 if value else 0)
    inside = changed.crop(HOLE)
    outside = changed.copy()
    outside.paste(0, HOLE)
    return outside.getbbox() is None, inside.histogram()[255]


def test_edit_with_several_images_and_a_mask(
    emulator: EmulatorServer, client: openai.OpenAI
) -> None:
    first, second = photo(), photo((1536, 1024)).rotate(90, expand=True)
    mask = png_bytes(mask_with_hole(first.size, HOLE))
    result = client.images.edit(
        model="gpt-image-2",
        prompt="put a hat on it",
        image=[
            ("first.png", png_bytes(first), "image/png"),
            ("second.png", png_bytes(second), "image/png"),
            ("third.png", photo_png((512, 512)), "image/png"),
        ],
        mask=("mask.png", mask, "image/png"),
    )
    assert result.data is not None
    edited = decode_image(result.data[0].b64_json)
    assert edited.size == first.size  # size auto = the first image's size
    untouched, changed = outside_and_inside(first, edited)
    assert untouched
    hole_area = (HOLE[2] - HOLE[0]) * (HOLE[3] - HOLE[1])
    assert changed > 0.9 * hole_area

    recorded = emulator.requests[-1]
    assert recorded.path == "/v1/images/edits"
    assert recorded.content_type is not None
    assert recorded.content_type.startswith("multipart/form-data")
    assert recorded.param("prompt") == "put a hat on it"
    assert recorded.param("model") == "gpt-image-2"
    assert [f.field for f in recorded.files] == ["image[]", "image[]", "image[]", "mask"]
    assert [f.filename for f in recorded.files_named("image")] == [
        "first.png",
        "second.png",
        "third.png",
    ]
    assert recorded.files_named("mask")[0].data == mask


def test_edit_usage_counts_input_images(client: openai.OpenAI) -> None:
    images = [
        ("a.png", photo_png(), "image/png"),
        ("b.png", photo_png(), "image/png"),
    ]
    result = client.images.edit(
        model="gpt-image-2", prompt="an otter", image=images, quality="low", output_format="jpeg"
    )
    assert result.usage is not None
    assert result.usage.input_tokens_details.text_tokens == 8 + 2 * 16
    assert result.usage.input_tokens_details.image_tokens == 2 * 1024
    assert result.usage.output_tokens == 196

    legacy = client.images.edit(
        model="gpt-image-1.5",
        prompt="an otter",
        image=("a.png", photo_png(), "image/png"),
        input_fidelity="high",
        quality="medium",
        n=2,
        output_format="jpeg",
    )
    assert legacy.usage is not None
    assert legacy.usage.input_tokens_details.image_tokens == 2 * (194 + 4160)
    assert legacy.usage.input_tokens_details.text_tokens == 2 * (8 + 16)
    assert legacy.usage.output_tokens == 2 * 1056


def test_edit_without_mask_repaints_everything(client: openai.OpenAI) -> None:
    source = photo()
    result = client.images.edit(
        model="gpt-image-2", prompt="paint", image=("a.png", png_bytes(source), "image/png")
    )
    assert result.data is not None
    diff = ImageChops.difference(source, decode_image(result.data[0].b64_json).convert("RGB"))
    assert diff.convert("L").point(lambda v: 255 if v else 0).histogram()[255] > 0.9 * 1024 * 1024


def test_single_image_is_sent_as_image_and_explicit_size_resizes(
    emulator: EmulatorServer, client: openai.OpenAI
) -> None:
    result = client.images.edit(
        model="gpt-image-2",
        prompt="wide",
        image=("a.jpg", _jpeg(photo((800, 600))), "image/jpeg"),
        size="1536x1024",
        output_format="webp",
    )
    assert result.data is not None
    image = decode_image(result.data[0].b64_json)
    assert (image.format, image.size) == ("WEBP", (1536, 1024))
    assert [f.field for f in emulator.requests[-1].files] == ["image"]


def test_small_first_image_with_auto_size_falls_back_to_1024(client: openai.OpenAI) -> None:
    result = client.images.edit(
        model="gpt-image-2", prompt="x", image=("a.png", photo_png((640, 480)), "image/png")
    )
    assert result.size == "1024x1024"


def test_exif_orientation_is_applied(client: openai.OpenAI) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 degrees clockwise when displayed
    buffer = io.BytesIO()
    photo((1536, 1024)).save(buffer, "JPEG", exif=exif)
    result = client.images.edit(
        model="gpt-image-1.5", prompt="x", image=("a.jpg", buffer.getvalue(), "image/jpeg")
    )
    assert result.size == "1024x1536"


def test_streaming_edit_uses_image_edit_events(client: openai.OpenAI) -> None:
    stream = client.images.edit(
        model="gpt-image-2",
        prompt="x",
        image=("a.png", photo_png(), "image/png"),
        stream=True,
        partial_images=1,
        quality="low",
    )
    events = list(stream)
    assert [e.type for e in events] == ["image_edit.partial_image", "image_edit.completed"]
    assert isinstance(events[-1], ImageEditCompletedEvent)
    assert events[-1].usage.output_tokens == 296
    assert events[-1].usage.input_tokens_details.image_tokens == 1024


def test_json_edit_with_data_urls(emulator: EmulatorServer, client: openai.OpenAI) -> None:
    source = photo_png()
    data_url = "data:image/png;base64," + base64.b64encode(source).decode()
    mask_url = (
        "data:image/png;base64,"
        + base64.b64encode(png_bytes(mask_with_hole((1024, 1024), HOLE))).decode()
    )
    body = {"model": "gpt-image-2", "prompt": "x", "images": [{"image_url": data_url}],
            "mask": {"image_url": mask_url}}  # fmt: skip
    result = client.post("/images/edits", cast_to=openai.types.ImagesResponse, body=body)
    assert result.data is not None
    untouched, changed = outside_and_inside(photo(), decode_image(result.data[0].b64_json))
    assert untouched and changed > 0
    assert emulator.requests[-1].json is not None


def test_request_log_summary_over_http_has_hashes_not_bytes(
    emulator: EmulatorServer, client: openai.OpenAI
) -> None:
    import json

    from tests.emulator.helpers import raw_request

    data = photo_png()
    client.images.edit(model="gpt-image-2", prompt="x", image=("a.png", data, "image/png"))
    status, _, payload = raw_request(emulator.port, "GET", "/_emulator/requests")
    assert status == 200
    (entry,) = json.loads(payload)
    assert entry["files"] == [
        {
            "field": "image",
            "filename": "a.png",
            "content_type": "image/png",
            "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
        }
    ]
    assert entry["auth"] == "bearer"
    assert raw_request(emulator.port, "DELETE", "/_emulator/requests")[0] == 200
    assert emulator.requests == []


def _jpeg(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG")
    return buffer.getvalue()
