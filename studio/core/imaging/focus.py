"""Focused edits: the crop around a mask plus context, the size it is sent at, and the way back."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from studio.core.catalog import SizeRules
from studio.core.imaging.sizes import Size, send_size

Box = tuple[int, int, int, int]  # left, top, right (exclusive), bottom (exclusive)
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
) -> FocusPlan:
    """The crop: the mask's box plus ``context_px`` on each side, within the picture, widened to
    an allowed shape and then to the shape of the size it is sent at (so nothing is stretched)."""
    width, height = image_size
    left, top, right, bottom = mask_box
    margin = max(context_px, 0)
    box = _clip((left - margin, top - margin, right + margin, bottom + margin), image_size)
    box = _to_aspect(box, _allowed_aspect(box, rules.max_aspect), image_size)
    crop_w, crop_h = box[2] - box[0], box[3] - box[1]
    sent = send_size(crop_w, crop_h, rules, fixed)
    box = _to_aspect(box, sent[0] / sent[1], image_size)
    return FocusPlan((width, height), box, sent)


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


def _clip(box: Box, size: Size) -> Box:
    return max(box[0], 0), max(box[1], 0), min(box[2], size[0]), min(box[3], size[1])
