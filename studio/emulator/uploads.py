"""Edit inputs: collecting, decoding and checking the images, mask and markup."""

from __future__ import annotations

import base64
import binascii
import io
from dataclasses import dataclass
from typing import Any

from PIL import Image, ImageOps

from studio.emulator import errors
from studio.emulator.errors import USER_ERROR, ApiError
from studio.emulator.records import RecordedFile

MAX_IMAGES = 16
MAX_FILE_BYTES = 50 * 1024 * 1024
IMAGE_MIMES = ("image/jpeg", "image/png", "image/webp")
PIL_MIMES = {"PNG": "image/png", "JPEG": "image/jpeg", "WEBP": "image/webp"}


@dataclass(frozen=True)
class Upload:
    """Raw bytes of one input file and the content type it was sent with."""

    content_type: str | None
    data: bytes


@dataclass(frozen=True)
class EditInputs:
    """Decoded edit inputs; images are EXIF-transposed."""

    images: tuple[Image.Image, ...]
    mask: Image.Image | None
    markup: Image.Image | None


def uploads_from_files(files: tuple[RecordedFile, ...]) -> dict[str, list[Upload]]:
    """Group multipart files by parameter (`image[]` counts as `image`)."""
    grouped: dict[str, list[Upload]] = {}
    for file in files:
        name = file.field.removesuffix("[]")
        if name not in ("image", "mask", "markup"):
            raise errors.unknown_parameter(file.field)
        grouped.setdefault(name, []).append(Upload(file.content_type, file.data))
    return grouped


def _from_reference(param: str, ref: Any) -> Upload:
    url = ref.get("image_url") if isinstance(ref, dict) else None
    if not isinstance(url, str) or not url.startswith("data:") or "," not in url:
        message = f"Invalid '{param}': the emulator accepts only base64 data URLs in image_url."
        raise errors.invalid_value(param, message)
    header, payload = url[5:].split(",", 1)
    try:
        data = base64.b64decode(payload, validate=True)
    except binascii.Error:
        raise errors.invalid_value(param, f"Invalid '{param}': bad base64 data URL.") from None
    return Upload(header.split(";")[0] or None, data)


def uploads_from_json(values: dict[str, Any]) -> dict[str, list[Upload]]:
    """Inputs of a JSON edit body: `images: [{image_url}]`, `mask: {image_url}`."""
    grouped: dict[str, list[Upload]] = {}
    images = values.get("images")
    if images is not None:
        if not isinstance(images, list):
            raise errors.invalid_type("images", "an array", images)
        grouped["image"] = [_from_reference("images", ref) for ref in images]
    for name in ("mask", "markup"):
        if values.get(name) is not None:
            grouped[name] = [_from_reference(name, values[name])]
    return grouped


def _unsupported_mime(param: str, mime: str | None) -> ApiError:
    message = (
        f"Invalid file '{param}': unsupported mimetype ('{mime}'). Supported file formats are"
        " 'image/jpeg', 'image/png', and 'image/webp'."
    )
    return ApiError(400, message, param=param, code="unsupported_file_mimetype")


def decode(param: str, upload: Upload, *, transpose: bool = True) -> Image.Image:
    """Decode one png/jpeg/webp upload (checking its declared type first)."""
    mime = (upload.content_type or "").split(";")[0].strip().lower() or None
    if mime not in IMAGE_MIMES:
        raise _unsupported_mime(param, mime)
    if len(upload.data) > MAX_FILE_BYTES:
        raise errors.invalid_value(param, f"Invalid '{param}': each file must be under 50 MB.")
    try:
        image = Image.open(io.BytesIO(upload.data))
        image.load()
    except Exception:
        raise _bad_image(param) from None
    if image.format not in PIL_MIMES:
        raise _bad_image(param)
    return ImageOps.exif_transpose(image) if transpose else image


def _bad_image(param: str) -> ApiError:
    message = (
        f"Invalid image file for '{param}': the file could not be decoded as png, jpeg or webp."
    )
    return ApiError(400, message, type=USER_ERROR, param=param, code="invalid_image_format")


def has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in image.info


def _overlay(param: str, upload: Upload, size: tuple[int, int]) -> Image.Image:
    code = f"invalid_{param}_image_format"
    label = f"Invalid {param} image format"

    def fail(reason: str) -> ApiError:
        return ApiError(400, f"{label} - {reason}", type=USER_ERROR, param=param, code=code)

    image = decode(param, upload, transpose=False)
    if image.format != "PNG":
        raise fail(f"{param} must be a PNG image")
    if not has_alpha(image):
        raise fail(f"{param} image missing alpha channel")
    if image.size != size:
        raise fail(f"{param} size does not match image size")
    return image.convert("RGBA")


def _single(grouped: dict[str, list[Upload]], name: str) -> Upload | None:
    uploads = grouped.get(name, [])
    if len(uploads) > 1:
        raise errors.invalid_value(name, f"Invalid '{name}': expected a single file.")
    return uploads[0] if uploads else None


def edit_inputs(grouped: dict[str, list[Upload]], *, markup_allowed: bool) -> EditInputs:
    """Validate and decode the inputs of an edit."""
    uploads = grouped.get("image", [])
    if not uploads:
        raise errors.missing("image")
    if len(uploads) > MAX_IMAGES:
        message = (
            "Invalid 'image': array too long. Expected an array with maximum length"
            f" {MAX_IMAGES}, but got an array with length {len(uploads)} instead."
        )
        raise ApiError(400, message, param="image", code="array_above_max_length")
    images = tuple(decode("image", upload) for upload in uploads)
    mask_upload, markup_upload = _single(grouped, "mask"), _single(grouped, "markup")
    if markup_upload is not None and not markup_allowed:
        raise errors.invalid_value("markup", "Markup is not supported for this model.")
    if mask_upload is not None and markup_upload is not None:
        raise errors.invalid_value("markup", "'mask' and 'markup' cannot be used together.")
    mask = None if mask_upload is None else _overlay("mask", mask_upload, images[0].size)
    markup = None if markup_upload is None else _overlay("markup", markup_upload, images[0].size)
    if markup is not None and markup.getchannel("A").getextrema()[0] != 0:
        raise errors.invalid_value("markup", "The markup image must contain transparent pixels.")
    return EditInputs(images, mask, markup)
