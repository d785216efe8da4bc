"""Finalize a draft as the window and the CLI both do: what the draft kept, the final keeps.

A masked draft is finalized by re-rendering only its masked region at the final quality: the
draft's composited image is the input, the draft's mask is the mask, and the result is
composited back onto the ORIGINAL picture, so every unmasked pixel of the final is the
original's. The size follows the picture (sizing.matching_size) and the final is the picture's
size. Everything comes from the store, so a final can be planned long after the drafts ran.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path

from studio.core.catalog import Catalog
from studio.core.imageinfo import ImageInfoError, inspect
from studio.core.imageio import load_image_bytes, png_bytes
from studio.core.lifecycle import Lifecycle
from studio.core.requests import (
    ImageParams,
    ImageRequest,
    InputImage,
    coerce_to_model,
    parse_size,
)
from studio.core.runner import JobOptions
from studio.core.sizing import matching_size
from studio.core.store import Store

FINALIZE_MODE = "finalize"


class DraftNotFoundError(LookupError):
    """The draft to finalize is not in the store (or has no finished image)."""


@dataclass(frozen=True)
class DraftRecord:
    """A finished draft as the store holds it: its result and everything it was made from."""

    job_id: str
    position: int
    prompt: str
    params: ImageParams
    output: InputImage  # the draft's result (composited onto the picture when it was masked)
    inputs: tuple[InputImage, ...]  # what the draft sent: the picture, then references
    mask: bytes | None
    feather_px: float | None  # the seam the draft was composited with; None if unknown

    @property
    def original(self) -> InputImage | None:
        return self.inputs[0] if self.inputs else None


@dataclass(frozen=True)
class FinalPlan:
    """The request a final sends, how it lands (composite or fit), and the picture's size."""

    request: ImageRequest
    options: JobOptions
    canvas_size: tuple[int, int] | None  # the size of the final's picture; None for a generation
    notice: str | None = None  # e.g. the draft's model was retired and its successor is used


def find_draft(store: Store, ref: str) -> tuple[str, int]:
    """A job id, or a file the store produced (found by its bytes): (job id, image position)."""
    path = Path(ref)
    if path.is_file():
        owner = store.output_owner(hashlib.sha256(path.read_bytes()).hexdigest())
        if owner is None:
            raise DraftNotFoundError(f"{path.name} is not an image Studio made")
        return owner
    try:
        store.job(ref)
    except KeyError:
        raise DraftNotFoundError(f"no job or file {ref!r} in the history") from None
    return ref, 0


def load_draft(store: Store, job_id: str, position: int = 0) -> DraftRecord:
    """The draft ``job_id``'s image ``position`` and its inputs, mask and parameters."""
    record = store.job(job_id)
    outputs = store.job_images(job_id, "output")
    if position >= len(outputs):
        raise DraftNotFoundError("that job has no finished image to finalize")
    out = outputs[position]
    inputs = tuple(
        InputImage(store.image_bytes(ref.sha256), f"image{i}.{ref.format}")
        for i, ref in enumerate(store.job_images(job_id, "input"))
    )
    masks = store.job_images(job_id, "mask")
    feather = record.params.get("composite_feather_px")
    return DraftRecord(
        job_id=job_id,
        position=position,
        prompt=record.prompt,
        params=ImageParams.from_fields(record.params),
        output=InputImage(store.image_bytes(out.sha256), f"draft.{out.format}"),
        inputs=inputs,
        mask=store.image_bytes(masks[0].sha256) if masks and inputs else None,
        feather_px=float(feather) if feather is not None else None,
    )


def plan_final(
    draft: DraftRecord,
    catalog: Catalog,
    quality: str,
    size: str | None = None,
    *,
    regenerate: bool = False,
    feather_px: float = 4.0,
    lifecycle: Lifecycle | None = None,
) -> FinalPlan:
    """The final of ``draft`` at ``quality``; ``size`` None matches the picture.

    From the draft (default): an edit of the draft's result, masked like the draft and
    composited onto the original. ``regenerate``: the draft's own request again at the final
    quality (a new composition). ``feather_px`` is used when the draft did not record its own.
    A draft made on a model the provider has since retired is finalized on its successor
    (``notice`` says so).
    """
    spec = catalog.get(draft.params.model)
    draft_params, notice = draft.params, None
    if lifecycle is not None and not lifecycle.sendable(spec):
        spec = catalog.get(lifecycle.replacement(spec.id))
        notice = f"{draft.params.model} has been retired; the final uses {spec.id}."
        draft_params = coerce_to_model(draft.params, spec)
        quality = quality if quality in spec.qualities else draft_params.quality
    canvas = _canvas_size(draft)
    if size is None:
        size = matching_size(catalog, spec, *canvas) if canvas else draft_params.size
    params = replace(draft_params, quality=quality, size=size, n=1)
    feather = draft.feather_px if draft.feather_px is not None else feather_px
    options = JobOptions(
        mode=FINALIZE_MODE,
        parent_job_id=draft.job_id,
        parent_image=draft.output.sha256,
        composite_feather_px=feather,
    )
    if regenerate:
        request = ImageRequest(draft.prompt, params, draft.inputs, draft.mask)
        return FinalPlan(request, options, canvas, notice)
    picture = _draft_picture(draft, canvas)
    request = ImageRequest(draft.prompt, params, (picture, *draft.inputs[1:]), draft.mask)
    original = draft.original
    if draft.mask is not None and original is not None:
        options = replace(options, composite_base=original.data)
    elif draft.inputs:
        options = replace(options, fit_size=canvas)
    return FinalPlan(request, options, canvas, notice)


def _canvas_size(draft: DraftRecord) -> tuple[int, int] | None:
    """The picture the draft edited; for a generation, the draft's own image."""
    source = draft.original or draft.output
    try:
        info = inspect(source.data)
    except ImageInfoError:
        return parse_size(draft.params.size)
    return info.width, info.height


def _draft_picture(draft: DraftRecord, canvas: tuple[int, int] | None) -> InputImage:
    """The draft's result as the final's input, at the picture's size so the mask fits it.

    A draft sent without compositing is the API's own size; it is resized to the picture.
    """
    if draft.mask is None or canvas is None:
        return draft.output
    try:
        info = inspect(draft.output.data)
    except ImageInfoError:
        return draft.output
    if (info.width, info.height) == canvas:
        return draft.output
    image = load_image_bytes(draft.output.data).resize(canvas)
    return InputImage(png_bytes(image), "draft.png")
