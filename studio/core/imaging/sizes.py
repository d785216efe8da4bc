"""The size a region is sent at: the cheapest the model allows that keeps the region's detail."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from studio.core.catalog import SizeRules

Size = tuple[int, int]
# Fixed sizes within this log-aspect distance of the closest count as the same shape.
FIXED_ASPECT_SLACK = 0.02
# A region sent smaller is resized back onto itself: its shape must match to a pixel or two.
SHAPE_SLACK = 0.002
SHAPE_TRIES = 8


def send_size(width: int, height: int, rules: SizeRules, fixed: Sequence[Size] | None) -> Size:
    """Where ``width``×``height`` pixels are sent: their own size on the step grid when the rules
    allow it, else scaled up to the fewest allowed pixels or down to the largest standard size.

    ``fixed``: the model's only sizes (older models); the closest shape, then the smallest
    that is not smaller than the region (or the largest).
    """
    if fixed:
        return _fixed(width, height, fixed)
    area = width * height
    scale = 1.0
    if area < rules.min_pixels:
        scale = math.sqrt(rules.min_pixels / area)
    elif area > rules.experimental_pixels:
        scale = math.sqrt(rules.experimental_pixels / area)
    scale = min(scale, rules.max_edge / max(width, height))
    if scale < 1:
        return _largest_in_shape(width / height, width * height * scale * scale, rules)
    # Up to the fewest pixels: round up, so the region never loses detail.
    snap = math.ceil if scale > 1 else round
    return _on_grid(width * scale, height * scale, rules, snap)


def allowed(size: Size, rules: SizeRules) -> bool:
    """``size`` follows the custom-size rules."""
    width, height = size
    step = rules.multiple_of
    return (
        width % step == 0
        and height % step == 0
        and max(width, height) <= rules.max_edge
        and max(width, height) <= rules.max_aspect * min(width, height)
        and rules.min_pixels <= width * height <= rules.max_pixels
    )


def _largest_in_shape(aspect: float, limit: float, rules: SizeRules) -> Size:
    """The most pixels up to ``limit`` on the grid with the shape within SHAPE_SLACK of ``aspect``
    (the closest shape among the largest few when none is that close)."""
    step = rules.multiple_of
    found: list[Size] = []
    limit += 1.0  # the float product of a scaled size can land a hair under the exact limit
    start = math.ceil(math.sqrt(limit * aspect) / step) * step
    for w in range(start, step - 1, -step):
        h = max(step, round(w / aspect / step) * step)
        if w * h > limit or not allowed((w, h), rules):
            continue
        found.append((w, h))
        if abs(math.log(w / h / aspect)) <= SHAPE_SLACK or len(found) >= SHAPE_TRIES:
            break
    if not found:
        return _on_grid(math.sqrt(limit * aspect), math.sqrt(limit / aspect), rules, math.floor)
    return min(found, key=lambda s: (abs(math.log(s[0] / s[1] / aspect)) > SHAPE_SLACK, -s[0]))


def _on_grid(width: float, height: float, rules: SizeRules, snap: Callable[[float], int]) -> Size:
    """The step-grid size nearest width×height in shape that satisfies the pixel bounds."""
    step = rules.multiple_of
    aspect = width / height
    w = max(step, snap(width / step) * step)
    h = max(step, snap(height / step) * step)
    for _ in range(4 * rules.max_edge // step):
        if allowed((w, h), rules):
            return w, h
        w, h = _nudge(w, h, aspect, rules)
    raise ValueError(f"no allowed size near {width:.0f}x{height:.0f}")


def _nudge(w: int, h: int, aspect: float, rules: SizeRules) -> Size:
    """One step toward the rules, on whichever edge keeps the shape closest to ``aspect``."""
    step = rules.multiple_of
    if w * h < rules.min_pixels:
        options = [(w + step, h), (w, h + step)]
    elif w * h > rules.max_pixels or max(w, h) > rules.max_edge:
        options = [(w - step, h), (w, h - step)]
    elif w > rules.max_aspect * h:
        options = [(w, h + step)]
    else:
        options = [(w + step, h)]
    options = [o for o in options if min(o) >= step and max(o) <= rules.max_edge] or options
    return min(options, key=lambda o: abs(math.log(o[0] / o[1] / aspect)))


def _fixed(width: int, height: int, fixed: Sequence[Size]) -> Size:
    aspect = math.log(width / height)
    best = min(abs(math.log(w / h) - aspect) for w, h in fixed)
    shaped = [s for s in fixed if abs(math.log(s[0] / s[1]) - aspect) <= best + FIXED_ASPECT_SLACK]
    enough = [s for s in shaped if s[0] * s[1] >= width * height]
    if enough:
        return min(enough, key=lambda s: s[0] * s[1])
    return max(shaped, key=lambda s: s[0] * s[1])
