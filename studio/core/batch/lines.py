"""Batch input lines (JSONL) from the same validated requests the direct path sends.

Edits go in as JSON, never multipart: a batch line carries a JSON ``body`` only. The SDK
(3.57, types/batch_create_params.py) lists /v1/images/edits as a batch endpoint, and its JSON
edit body takes ``images: [{"image_url"} | {"file_id"}]`` and ``mask: {...}`` (added to the
Images API on 2026-02-09; /work/shared/docs/openai-images-api.md §6.2 quotes the changelog and
real batch lines). Studio sends base64 ``data:`` URLs: the batch stays one upload, with no
vision files to create and delete, and a data URL is capped at 20,971,520 characters.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from studio.core.imageinfo import ImageInfoError, inspect
from studio.core.providers import Provider
from studio.core.requests import ImageRequest

GENERATIONS = "/v1/images/generations"
EDITS = "/v1/images/edits"
MAX_REQUESTS = 50_000
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_DATA_URL = 20_971_520


class BatchError(ValueError):
    """A batch that cannot be built or sent; the message says what to change."""


def batch_form(request: ImageRequest) -> ImageRequest:
    """The request as a batch runs it: not streamed, so no partial images (none are billed)."""
    return replace(request, stream=False, params=replace(request.params, partial_images=0))


def endpoint_for(requests: Sequence[ImageRequest]) -> str:
    """One endpoint per batch (the API's rule): all generations or all edits."""
    if not requests:
        raise BatchError("There is nothing to send in this batch.")
    if len(requests) > MAX_REQUESTS:
        raise BatchError(f"A batch holds at most {MAX_REQUESTS:,} requests: split it.")
    kinds = {request.is_edit for request in requests}
    if len(kinds) > 1:
        raise BatchError("A batch is all new images or all edits: send them as two batches.")
    return EDITS if kinds == {True} else GENERATIONS


def body(request: ImageRequest, provider: Provider) -> dict[str, Any]:
    """The JSON body of one request, with the provider's deployment name as the model."""
    fields = batch_form(request).params.api_fields(edit=request.is_edit)
    fields["model"] = provider.deployment_for(fields["model"])
    out: dict[str, Any] = {"prompt": request.prompt, **fields}
    if request.is_edit:
        out["images"] = [{"image_url": data_url(img.data, img.name)} for img in request.images]
        if request.mask is not None:
            out["mask"] = {"image_url": data_url(request.mask, "mask")}
        if request.markup is not None:
            out["markup"] = {"image_url": data_url(request.markup, "markup")}
    return out


def line(custom_id: str, request: ImageRequest, provider: Provider) -> str:
    url = EDITS if request.is_edit else GENERATIONS
    entry = {"custom_id": custom_id, "method": "POST", "url": url}
    return json.dumps({**entry, "body": body(request, provider)}, separators=(",", ":"))


def jsonl(items: Sequence[tuple[str, ImageRequest]], provider: Provider) -> bytes:
    """The input file: one line per (custom_id, request)."""
    data = "".join(line(cid, request, provider) + "\n" for cid, request in items).encode()
    if len(data) > MAX_FILE_BYTES:
        raise BatchError(
            "This batch is over the 200 MB input limit (the pictures travel inside it): "
            "send fewer or smaller pictures per batch."
        )
    return data


def data_url(data: bytes, name: str) -> str:
    try:
        mime = inspect(data).mime
    except ImageInfoError:
        mime = "image/png"
    url = f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
    if len(url) > MAX_DATA_URL:
        raise BatchError(
            f"The picture {name} is too large for a batch (about 15 MB at most): "
            "reduce it or send it as a direct job."
        )
    return url
