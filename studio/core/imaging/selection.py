"""Selections made from pixels: polygon rasterisation, magic wand, GrabCut objects, smoothing."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from studio.core.mask import Box, Point
from studio.core.pil import Image, ImageFilter

# A pixel centre this close to a polygon edge counts as on it (float rounding of clicks).
_ON_EDGE = 1e-6
# GrabCut works on the box scaled down to this many pixels on its longer side: seconds at
# 4096² become a fraction of one, and the outline is refined back at full size.
GRABCUT_SIDE = 400
GRABCUT_ITERATIONS = 5


@dataclass(frozen=True)
class Selection:
    """Selected pixels (uint8, 255 = selected) within ``box`` of the picture."""

    box: Box
    cover: np.ndarray

    def image(self) -> Image.Image:
        return Image.fromarray(self.cover, "L")


@dataclass(frozen=True)
class Hint:
    """A refining click for an object selection: this spot is (not) part of the object."""

    x: float
    y: float
    inside: bool


def polygon(points: Sequence[Point], width: int, height: int) -> Selection | None:
    """Every pixel whose centre lies inside or on the closed polygon (non-zero winding).

    Pixel (i, j) spans [i, i+1) x [j, j+1), so its centre is (i + 0.5, j + 0.5): four clicks
    on four pixel centres select exactly the quadrilateral through them, corners included.
    """
    if len(points) < 3:
        return None
    pts = np.asarray(points, dtype=np.float64)
    left = max(math.ceil(pts[:, 0].min() - 0.5), 0)
    top = max(math.ceil(pts[:, 1].min() - 0.5), 0)
    right = min(math.floor(pts[:, 0].max() - 0.5) + 1, width)
    bottom = min(math.floor(pts[:, 1].max() - 0.5) + 1, height)
    if right <= left or bottom <= top:
        return None
    box = Box(left, top, right, bottom)
    local = pts - (left, top)
    cover = np.zeros((box.height, box.width + 1), dtype=np.int32)
    _fill_spans(cover, local)
    inside = np.cumsum(cover, axis=1)[:, : box.width] > 0
    _mark_edges(inside, local)
    if not inside.any():
        return None
    return Selection(box, inside.astype(np.uint8) * 255)


def _fill_spans(diff: np.ndarray, pts: np.ndarray) -> None:
    """Scanline fill at pixel-centre rows; +1/-1 marks into ``diff`` (rows x width+1)."""
    height, width = diff.shape[0], diff.shape[1] - 1
    start, end = pts, np.roll(pts, -1, axis=0)
    going_down = end[:, 1] > start[:, 1]
    low = np.where(going_down[:, None], start, end)
    high = np.where(going_down[:, None], end, start)
    # Rows whose centre r + 0.5 lies in [low.y, high.y): each crossing counted once.
    first = np.ceil(low[:, 1] - 0.5).astype(np.int64)
    last = np.ceil(high[:, 1] - 0.5).astype(np.int64)
    first, last = np.clip(first, 0, height), np.clip(last, 0, height)
    counts = np.maximum(last - first, 0)
    if counts.sum() == 0:
        return
    edge = np.repeat(np.arange(len(pts)), counts)
    rows = np.repeat(first, counts) + _ramp(counts)
    centre = rows + 0.5
    t = (centre - low[edge, 1]) / (high[edge, 1] - low[edge, 1])
    xs = low[edge, 0] + t * (high[edge, 0] - low[edge, 0])
    winding = np.where(going_down[edge], 1, -1)
    order = np.lexsort((xs, rows))
    rows, xs, winding = rows[order], xs[order], winding[order]
    # Every row's crossings sum to zero winding, so one running sum serves all rows.
    inside = np.cumsum(winding)[:-1] != 0
    same_row = rows[:-1] == rows[1:]
    spans = np.flatnonzero(inside & same_row)
    a = np.clip(np.ceil(xs[spans] - 0.5 - _ON_EDGE), 0, width).astype(np.int64)
    b = np.clip(np.floor(xs[spans + 1] - 0.5 + _ON_EDGE) + 1, 0, width).astype(np.int64)
    keep = b > a
    np.add.at(diff, (rows[spans][keep], a[keep]), 1)
    np.add.at(diff, (rows[spans][keep], b[keep]), -1)


def _mark_edges(inside: np.ndarray, pts: np.ndarray) -> None:
    """Pixels whose centre lies exactly on an edge (the scanline's half-open rule misses some)."""
    height, width = inside.shape
    start, end = pts, np.roll(pts, -1, axis=0)
    for axis in (0, 1):
        delta = end - start
        major = np.abs(delta[:, axis]) >= np.abs(delta[:, 1 - axis])
        lo = np.minimum(start[:, axis], end[:, axis])[major]
        hi = np.maximum(start[:, axis], end[:, axis])[major]
        first = np.ceil(lo - 0.5 - _ON_EDGE).astype(np.int64)
        counts = np.maximum(np.floor(hi - 0.5 + _ON_EDGE).astype(np.int64) - first + 1, 0)
        edge = np.repeat(np.flatnonzero(major), counts)
        along = np.repeat(first, counts) + _ramp(counts) + 0.5
        span = delta[edge, axis]
        t = np.where(span != 0, (along - start[edge, axis]) / np.where(span != 0, span, 1), 0)
        across = start[edge, 1 - axis] + t * delta[edge, 1 - axis] - 0.5
        hit = np.abs(across - np.round(across)) <= _ON_EDGE
        cols = np.round(along[hit] - 0.5) if axis == 0 else np.round(across[hit])
        rows = np.round(across[hit]) if axis == 0 else np.round(along[hit] - 0.5)
        cols, rows = cols.astype(np.int64), rows.astype(np.int64)
        ok = (cols >= 0) & (cols < width) & (rows >= 0) & (rows < height)
        inside[rows[ok], cols[ok]] = True


def _ramp(counts: np.ndarray) -> np.ndarray:
    """0..n-1 for each n in counts, concatenated."""
    total = int(counts.sum())
    offsets = np.repeat(np.cumsum(counts) - counts, counts)
    ramp: np.ndarray = np.arange(total, dtype=np.int64) - offsets
    return ramp


def magic_wand(
    picture: np.ndarray, seed: tuple[int, int], tolerance: int, contiguous: bool = True
) -> Selection | None:
    """Pixels whose every channel is within ``tolerance`` of the clicked pixel's.

    ``contiguous``: only those connected (side by side) to the clicked pixel, else all of them.
    """
    height, width = picture.shape[:2]
    x, y = seed
    if not (0 <= x < width and 0 <= y < height):
        return None
    colour = picture[y, x].astype(np.int32)
    tolerance = max(0, min(255, int(tolerance)))
    low = np.clip(colour - tolerance, 0, 255).astype(np.float64)
    high = np.clip(colour + tolerance, 0, 255).astype(np.float64)
    similar = cv2.inRange(picture, low, high)
    if contiguous:
        similar = _component(similar, x, y)
    return _cropped(similar)


def _component(binary: np.ndarray, x: int, y: int) -> np.ndarray:
    """The 4-connected region of 255s in ``binary`` holding (x, y)."""
    height, width = binary.shape
    region = np.zeros((height + 2, width + 2), dtype=np.uint8)
    flags = 4 | cv2.FLOODFILL_MASK_ONLY | cv2.FLOODFILL_FIXED_RANGE | (255 << 8)
    cv2.floodFill(binary, region, (x, y), 255, 0, 0, flags)
    component: np.ndarray = region[1:-1, 1:-1]
    return component


def _cropped(full: np.ndarray) -> Selection | None:
    """The selection cut down to the box around its pixels."""
    found = cv2.boundingRect(full)
    x, y, w, h = (int(v) for v in found)
    if w == 0 or h == 0:
        return None
    box = Box(x, y, x + w, y + h)
    return Selection(box, np.ascontiguousarray(full[y : y + h, x : x + w]))


def grabcut(picture: np.ndarray, box: Box, hints: Sequence[Hint] = ()) -> Selection | None:
    """The object inside ``box`` (OpenCV's GrabCut), refined by clicks in or out of it."""
    height, width = picture.shape[:2]
    box = box.clip(width, height)  # type: ignore[assignment]
    if box is None or box.width < 2 or box.height < 2:
        return None
    margin = max(box.width, box.height) // 10 + 2
    region = Box(box.left - margin, box.top - margin, box.right + margin, box.bottom + margin)
    region = region.clip(width, height) or region
    scale = min(1.0, GRABCUT_SIDE / max(region.width, region.height))
    small = _scaled_rgb(picture, region, scale)
    labels = _grabcut_labels(small.shape[:2], region, box, hints, scale)
    cv2.setRNGSeed(16)  # GrabCut seeds its colour models at random: the same click, same mask
    background = np.zeros((1, 65), np.float64)
    foreground = np.zeros((1, 65), np.float64)
    no_rect = (0, 0, 0, 0)  # the labels say where the box is
    mode = cv2.GC_INIT_WITH_MASK
    cv2.grabCut(small, labels, no_rect, background, foreground, GRABCUT_ITERATIONS, mode)
    chosen = ((labels == cv2.GC_FGD) | (labels == cv2.GC_PR_FGD)).astype(np.uint8) * 255
    full = np.zeros((height, width), np.uint8)
    size = (region.width, region.height)
    grown = cv2.resize(chosen, size, interpolation=cv2.INTER_LINEAR)
    full[region.top : region.bottom, region.left : region.right] = np.where(grown >= 128, 255, 0)
    reach = math.ceil(_hint_radius(labels.shape) / scale) + 2
    for hint in hints:
        if not hint.inside:
            _drop_part(full, hint, reach)
    return _cropped(full)


def _drop_part(full: np.ndarray, hint: Hint, reach: int) -> None:
    """A click "not this" takes out the whole selected part under it, not just a spot.

    GrabCut separates by colour: a second object of the object's colour would otherwise stay
    (with a hole where the click was; the hole is bridged to find the part around it).
    """
    x, y = math.floor(hint.x), math.floor(hint.y)
    height, width = full.shape
    if not (0 <= x < width and 0 <= y < height):
        return
    bridged = full.copy()
    cv2.circle(bridged, (x, y), reach, 255, -1)
    full[_component(bridged, x, y) > 0] = 0


def _hint_radius(shape: tuple[int, ...]) -> int:
    """A refining click marks a disc this wide (pixels of the scaled-down picture)."""
    return max(3, round(max(shape[0], shape[1]) / 40))


def _scaled_rgb(picture: np.ndarray, region: Box, scale: float) -> np.ndarray:
    crop = picture[region.top : region.bottom, region.left : region.right]
    if crop.ndim == 2:
        crop = np.repeat(crop[:, :, None], 3, axis=2)
    crop = np.ascontiguousarray(crop[:, :, :3])
    if scale >= 1.0:
        return crop
    size = (max(2, round(region.width * scale)), max(2, round(region.height * scale)))
    return cv2.resize(crop, size, interpolation=cv2.INTER_AREA)


def _grabcut_labels(
    shape: tuple[int, ...], region: Box, box: Box, hints: Sequence[Hint], scale: float
) -> np.ndarray:
    """Definitely background outside the box, probably object inside, hints as certain."""
    rows, cols = shape[0], shape[1]
    labels = np.full((rows, cols), cv2.GC_BGD, np.uint8)
    x0, y0 = round((box.left - region.left) * scale), round((box.top - region.top) * scale)
    x1, y1 = round((box.right - region.left) * scale), round((box.bottom - region.top) * scale)
    labels[y0:y1, x0:x1] = cv2.GC_PR_FGD
    if not (labels != cv2.GC_PR_FGD).any():
        # A box over the whole picture leaves no background sample: its frame is probably one.
        labels[[0, -1], :] = cv2.GC_PR_BGD
        labels[:, [0, -1]] = cv2.GC_PR_BGD
    radius = _hint_radius(shape)
    for hint in hints:
        centre = (round((hint.x - region.left) * scale), round((hint.y - region.top) * scale))
        value = cv2.GC_FGD if hint.inside else cv2.GC_BGD
        cv2.circle(labels, centre, radius, int(value), -1)
    return labels


def smooth(coverage: Image.Image, radius: int) -> Image.Image:
    """Rounds jagged outlines and drops specks and pinholes narrower than about ``radius``."""
    if radius <= 0:
        return coverage.convert("L").copy()
    blurred = coverage.convert("L").filter(ImageFilter.BoxBlur(radius))
    return blurred.point([0] * 128 + [255] * 128)
