"""Focused edits: the crop around a mask plus context, the size it is sent at, and the way back."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from studio.core.catalog import SizeRules
from studio.core.imaging.sizes import Size, allowed, send_size

Box = tuple[int, int, int, int]  # left, top, right (exclusive), bottom (exclusive)
Cost = Callable[[int, int], float]  # what sending a WxH size costs (e.g. its output tokens)
DEFAULT_CONTEXT_PX = 128
# Focusing pays only when the crop is clearly smaller than the picture.
MAX_FOCUS_SHARE = 0.5


@dataclass(frozen=True)
class FocusPlan:
    """The crop of the picture that is sent (``box``) and the size it is sent at."""

    image_size: Size
    box: Box
    sent: Size

    @property
    def crop_size(self) -> Size:
        return self.box[2] - self.box[0], self.box[3] - self.box[1]

    @property
    def scale(self) -> float:
        """Output pixels per source pixel along an edge in the edited region."""
        return self.sent[0] / self.crop_size[0]

    @property
    def worthwhile(self) -> bool:
        """The crop is a small enough part of the picture for focusing to save anything."""
        width, height = self.crop_size
        return width * height <= MAX_FOCUS_SHARE * self.image_size[0] * self.image_size[1]


def plan_focus(
    image_size: Size,
    mask_box: Box,
    context_px: int,
    rules: SizeRules,
    fixed: Sequence[Size] | None = None,
    cost: Cost | None = None,
) -> FocusPlan:
    """The crop: the mask's box plus at least ``context_px`` on each side, within the picture.

    With ``cost`` (what a sent size costs, e.g. its output tokens) and custom sizes, the crop
    is sent pixel for pixel at the cheapest allowed size that holds it: more context where
    that is cheaper (the token formula favours elongated sizes). Otherwise, or when no such
    size fits the picture, the crop is widened to an allowed shape and scaled to the fewest
    allowed pixels (or the most standard ones), widened to that size's shape.
    """
    width, height = image_size
    left, top, right, bottom = mask_box
    margin = max(context_px, 0)
    box = _clip((left - margin, top - margin, right + margin, bottom + margin), image_size)
    if cost is not None and not fixed:
        window = cheapest_window((box[2] - box[0], box[3] - box[1]), image_size, rules, cost)
        if window is not None:
            return FocusPlan((width, height), _fit_box(box, window, image_size), window)
    box = _to_aspect(box, _allowed_aspect(box, rules.max_aspect), image_size)
    crop_w, crop_h = box[2] - box[0], box[3] - box[1]
    sent = send_size(crop_w, crop_h, rules, fixed)
    box = _to_aspect(box, sent[0] / sent[1], image_size)
    return FocusPlan((width, height), box, sent)


def cheapest_window(needed: Size, image_size: Size, rules: SizeRules, cost: Cost) -> Size | None:
    """The allowed size of lowest ``cost`` (then fewest pixels) at least ``needed`` and within
    the picture and the standard pixel count; None when none is."""
    step = rules.multiple_of
    limit_w = min(image_size[0], rules.max_edge) // step * step
    limit_h = min(image_size[1], rules.max_edge) // step * step
    floor = max(rules.min_pixels, needed[0] * needed[1])
    most = min(2 * floor, rules.experimental_pixels)
    best: tuple[float, int, Size] | None = None
    for w in range(-(-needed[0] // step) * step, limit_w + 1, step):
        # Only heights within ``most`` pixels: walking all of them (65,000 sizes on a 4096²
        # picture) held a pool thread in Python for 35 ms, and the UI thread waited its turns
        # for the GIL.
        for h in range(-(-needed[1] // step) * step, min(limit_h, most // w) + 1, step):
            if not allowed((w, h), rules):
                continue
            key = (cost(w, h), w * h, (w, h))
            if best is None or key < best:
                best = key
    return best[2] if best else None


def moved(plan: FocusPlan, dx: int, dy: int, mask_box: Box) -> FocusPlan:
    """``plan`` with its crop moved by (dx, dy), kept within the picture and around the mask."""
    left, top, right, bottom = plan.box
    width, height = plan.image_size
    dx = min(max(dx, -left, mask_box[2] - right), width - right, mask_box[0] - left)
    dy = min(max(dy, -top, mask_box[3] - bottom), height - bottom, mask_box[1] - top)
    return FocusPlan(plan.image_size, (left + dx, top + dy, right + dx, bottom + dy), plan.sent)


def region_scale(image_size: Size, sent: Size) -> float:
    """Output pixels per source pixel along an edge when the whole picture is sent at ``sent``."""
    return min(sent[0] / image_size[0], sent[1] / image_size[1])


def _allowed_aspect(box: Box, max_aspect: float) -> float:
    aspect = (box[2] - box[0]) / (box[3] - box[1])
    return min(max(aspect, 1 / max_aspect), max_aspect)


def _to_aspect(box: Box, aspect: float, image_size: Size) -> Box:
    """``box`` widened (never narrowed) on one axis to ``aspect``, as far as the picture allows."""
    left, top, right, bottom = box
    width, height = right - left, bottom - top
    if width / height < aspect:
        grown = min(round(height * aspect), image_size[0])
        left, right = _widen(left, right, grown, image_size[0])
    else:
        grown = min(round(width / aspect), image_size[1])
        top, bottom = _widen(top, bottom, grown, image_size[1])
    return left, top, right, bottom


def _widen(start: int, end: int, length: int, limit: int) -> tuple[int, int]:
    """[start, end) grown to ``length`` around its centre, shifted to stay within [0, limit)."""
    extra = max(length - (end - start), 0)
    start -= extra // 2
    end += extra - extra // 2
    if start < 0:
        end, start = end - start, 0
    if end > limit:
        start, end = max(start - (end - limit), 0), limit
    return start, end


def _fit_box(box: Box, size: Size, image_size: Size) -> Box:
    """A ``size`` box centred on ``box``, shifted to lie within the picture."""
    left, right = _widen((box[0] + box[2]) // 2, (box[0] + box[2]) // 2, size[0], image_size[0])
    top, bottom = _widen((box[1] + box[3]) // 2, (box[1] + box[3]) // 2, size[1], image_size[1])
    return left, top, right, bottom


def _clip(box: Box, size: Size) -> Box:
    return max(box[0], 0), max(box[1], 0), min(box[2], size[0]), min(box[3], size[1])
