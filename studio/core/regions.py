"""Requests for part of a picture: a focused edit (a crop around the mask) and an extension."""

from __future__ import annotations

from dataclasses import dataclass, replace

from studio.core import tokens
from studio.core.catalog import Catalog, ModelSpec
from studio.core.imageio import load_image_bytes, png_bytes
from studio.core.imaging import png
from studio.core.imaging.extend import ExtendPlan, border_mask, extended_canvas, request_mask
from studio.core.imaging.focus import DEFAULT_CONTEXT_PX, Box, FocusPlan, plan_focus
from studio.core.imaging.masks import bbox, coverage_from_image
from studio.core.imaging.sizes import Size
from studio.core.mask_io import export_png
from studio.core.pil import Image
from studio.core.requests import ImageParams, ImageRequest, InputImage, parse_size
from studio.core.runner import JobOptions

EXTEND_MODE = "extend"
EXTEND_PROMPT = (
    "Extend the picture into the transparent border: continue the scene, its light and its "
    "perspective seamlessly, with no frame or visible edge."
)


@dataclass(frozen=True)
class FocusedEdit:
    """The crop request a focused edit sends, how its result lands, and the plan behind it."""

    request: ImageRequest
    options: JobOptions
    plan: FocusPlan


@dataclass(frozen=True)
class FocusCrop:
    """What a focused edit sends instead of the picture and mask: the crop and its mask."""

    plan: FocusPlan
    image: InputImage
    mask: bytes


@dataclass(frozen=True)
class Extension:
    """The request an extension sends (the larger canvas, its border masked) and its options."""

    request: ImageRequest
    options: JobOptions
    plan: ExtendPlan
    canvas: Image.Image  # the extended picture, border transparent


def fixed_dims(spec: ModelSpec) -> list[Size] | None:
    """The model's only sizes as (width, height); None when it takes any size under the rules."""
    if spec.fixed_sizes is None:
        return None
    return [dims for s in spec.fixed_sizes if (dims := parse_size(s)) is not None]


def plan_focused(
    request: ImageRequest,
    catalog: Catalog,
    context_px: int = DEFAULT_CONTEXT_PX,
    coverage: Image.Image | None = None,
) -> FocusPlan | None:
    """Where a masked edit would be cropped; None without a mask or a painted pixel."""
    if request.mask is None or not request.images:
        return None
    if coverage is None:
        coverage = coverage_from_image(load_image_bytes(request.mask))
    return plan_for(request.params, coverage, catalog, context_px)


def plan_for(
    params: ImageParams, coverage: Image.Image, catalog: Catalog, context_px: int
) -> FocusPlan | None:
    """The focus crop of ``coverage``'s painted area for a request with ``params``."""
    return plan_from_box(params, coverage.size, bbox(coverage), catalog, context_px)


def plan_from_box(
    params: ImageParams, size: Size, box: Box | None, catalog: Catalog, context_px: int
) -> FocusPlan | None:
    """plan_for() when the painted box (None: nothing painted) is already known."""
    if box is None:
        return None
    spec = catalog.get(params.model)
    quality = spec.auto_quality_as if params.quality == "auto" else params.quality

    def cost(width: int, height: int) -> float:
        return tokens.output_tokens(spec.output_rule, quality, width, height)

    rules = catalog.size_rules
    return plan_focus(size, box, context_px, rules, fixed_dims(spec), cost)


def focused_edit(
    request: ImageRequest,
    options: JobOptions,
    plan: FocusPlan,
    picture: Image.Image | None = None,
    coverage: Image.Image | None = None,
) -> FocusedEdit:
    """``request`` cut down to ``plan``'s crop, sent at its size, landing back in the picture.

    ``picture`` and ``coverage``: the request's picture and mask already decoded (the window
    has them), so nothing large is decoded again.
    """
    return apply_focus(request, options, focus_crop(request, plan, picture, coverage))


def focus_crop(
    request: ImageRequest,
    plan: FocusPlan,
    picture: Image.Image | None = None,
    coverage: Image.Image | None = None,
) -> FocusCrop:
    """The slow part of a focused edit (cropping and encoding): the same for any prompt,
    reference images and options, so it can be made once, ahead, on another thread."""
    assert request.mask is not None
    if picture is None:
        picture = load_image_bytes(request.images[0].data)
    if coverage is None:
        coverage = coverage_from_image(load_image_bytes(request.mask))
    # Written a band at a time from the picture and mask: neither is cropped whole.
    crop = InputImage(_crop_png(picture, request.images[0], plan), "focus.png")
    return FocusCrop(plan, crop, export_png(coverage, box=plan.box))


def apply_focus(request: ImageRequest, options: JobOptions, crop: FocusCrop) -> FocusedEdit:
    """``request`` and ``options`` sending ``crop`` instead of the whole picture and mask."""
    plan = crop.plan
    params = replace(request.params, size=f"{plan.sent[0]}x{plan.sent[1]}")
    cropped = replace(
        request, params=params, images=(crop.image, *request.images[1:]), mask=crop.mask
    )
    base = options.composite_base or request.images[0].data
    landed = replace(options, composite_base=base, focus_box=plan.box)
    return FocusedEdit(cropped, landed, plan)


def _crop_png(picture: Image.Image, whole: InputImage, plan: FocusPlan) -> bytes:
    """The picture's crop as PNG, naming the picture and box it came from: the cache key then
    differs when the rest of the picture does (a cached result is the whole composited
    picture)."""
    named = {"studio-focus": f"{whole.sha256} {' '.join(map(str, plan.box))}"}
    return png.encode(picture, box=plan.box, text=named)


def extension(
    picture: Image.Image,
    plan: ExtendPlan,
    params: ImageParams,
    prompt: str = "",
    *,
    blend: bool = True,
) -> Extension:
    """The extended canvas sent at ``plan.sent``: its border and overlap band masked; the result
    is composited through the border alone, so the picture's own pixels come back exactly."""
    canvas = extended_canvas(picture, plan)
    sized = replace(params, size=f"{plan.sent[0]}x{plan.sent[1]}")
    request = ImageRequest(
        prompt.strip() or EXTEND_PROMPT,
        sized,
        (InputImage(png_bytes(canvas), "extend.png"),),
        export_png(request_mask(plan)),
    )
    options = JobOptions(
        mode=EXTEND_MODE,
        composite_feather_px=0.0,  # the border meets the picture edge: nothing to feather into
        composite_mask=export_png(border_mask(plan)),
        blend=blend,
    )
    return Extension(request, options, plan, canvas)
