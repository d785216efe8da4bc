"""Extending the canvas (outpainting): the new border per side, the canvas and its two masks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from studio.core.catalog import SizeRules
from studio.core.imaging.sizes import Size, allowed, send_size
from studio.core.pil import Image, ImageChops

# The model repaints this far into the original along each extended side, so its new content
# continues the picture; the composite still puts every original pixel back.
DEFAULT_OVERLAP_PX = 32


@dataclass(frozen=True)
class ExtendPlan:
    """The border added on each side of a picture and the size the extended canvas is sent at."""

    image_size: Size
    left: int
    top: int
    right: int
    bottom: int
    sent: Size
    overlap: int = DEFAULT_OVERLAP_PX

    @property
    def canvas_size(self) -> Size:
        return (
            self.image_size[0] + self.left + self.right,
            self.image_size[1] + self.top + self.bottom,
        )

    @property
    def original_box(self) -> tuple[int, int, int, int]:
        """Where the original sits on the extended canvas."""
        width, height = self.image_size
        return self.left, self.top, self.left + width, self.top + height


def plan_sides(
    image_size: Size,
    sides: tuple[int, int, int, int],
    rules: SizeRules,
    fixed: Sequence[Size] | None = None,
    overlap: int = DEFAULT_OVERLAP_PX,
) -> ExtendPlan:
    """``sides`` = (left, top, right, bottom) pixels to add, grown as little as the rules need:
    an allowed shape, then exactly the shape of the size it is sent at."""
    if min(sides) < 0:
        raise ValueError("a canvas can only be extended by zero or more pixels per side")
    left, top, right, bottom = sides
    width, height = image_size
    canvas = (width + left + right, height + top + bottom)
    aspect = min(max(canvas[0] / canvas[1], 1 / rules.max_aspect), rules.max_aspect)
    border = _grow_to(image_size, sides, aspect)
    canvas = (width + border[0] + border[2], height + border[1] + border[3])
    step = rules.multiple_of
    on_grid = (-(-canvas[0] // step) * step, -(-canvas[1] // step) * step)
    if not fixed and allowed(on_grid, rules):
        # Sent at exactly the canvas's size: the border takes the few pixels up to the grid.
        left, right = _share(border[0], border[2], on_grid[0] - canvas[0])
        top, bottom = _share(border[1], border[3], on_grid[1] - canvas[1])
        return ExtendPlan(image_size, left, top, right, bottom, on_grid, overlap)
    sent = send_size(*canvas, rules, fixed)
    border = _grow_to(image_size, border, sent[0] / sent[1])
    return ExtendPlan(image_size, *border, sent=sent, overlap=overlap)


def plan_aspect(
    image_size: Size,
    aspect: float,
    rules: SizeRules,
    fixed: Sequence[Size] | None = None,
    overlap: int = DEFAULT_OVERLAP_PX,
) -> ExtendPlan:
    """The smallest border, split evenly, that gives the canvas ``aspect`` (width / height)."""
    if aspect <= 0:
        raise ValueError("an aspect ratio must be positive")
    aspect = min(max(aspect, 1 / rules.max_aspect), rules.max_aspect)
    border = _grow_to(image_size, (0, 0, 0, 0), aspect)
    return plan_sides(image_size, border, rules, fixed, overlap)


def parse_aspect(text: str) -> float:
    """``16:9`` (or ``16x9``, ``1.5``) as width / height; ValueError when it is not one."""
    parts = text.replace("x", ":").replace("/", ":").split(":")
    try:
        numbers = [float(p) for p in parts]
    except ValueError:
        raise ValueError(f"an aspect ratio looks like 16:9, not {text!r}") from None
    if len(numbers) == 1:
        numbers.append(1.0)
    if len(numbers) != 2 or min(numbers) <= 0:
        raise ValueError(f"an aspect ratio looks like 16:9, not {text!r}")
    return numbers[0] / numbers[1]


def extended_canvas(image: Image.Image, plan: ExtendPlan) -> Image.Image:
    """The picture on the larger canvas (RGBA), the new border fully transparent."""
    canvas = Image.new("RGBA", plan.canvas_size, (0, 0, 0, 0))
    canvas.paste(image.convert("RGBA"), plan.original_box[:2])
    return canvas


def border_mask(plan: ExtendPlan) -> Image.Image:
    """Coverage of the new border alone: what the composite takes from the result."""
    mask = Image.new("L", plan.canvas_size, 255)
    mask.paste(0, plan.original_box)
    return mask


def request_mask(plan: ExtendPlan) -> Image.Image:
    """Coverage sent to the model: the border plus ``overlap`` pixels into each extended side."""
    left, top, right, bottom = plan.original_box
    band = plan.overlap
    keep = (
        left + (band if plan.left else 0),
        top + (band if plan.top else 0),
        right - (band if plan.right else 0),
        bottom - (band if plan.bottom else 0),
    )
    mask = Image.new("L", plan.canvas_size, 255)
    if keep[2] > keep[0] and keep[3] > keep[1]:
        mask.paste(0, keep)
    return mask


def without_overlap(coverage: Image.Image, plan: ExtendPlan) -> Image.Image:
    """``coverage`` with the overlap band cleared: what a composite of the extension takes
    (the border and anything painted inside the picture, never the band the model blends in)."""
    band = ImageChops.subtract(request_mask(plan), border_mask(plan))
    return ImageChops.subtract(coverage.convert("L"), band)


def _grow_to(image_size: Size, border: Sequence[int], aspect: float) -> tuple[int, int, int, int]:
    """``border`` with pixels added on one axis until the canvas has ``aspect``.

    New pixels go to the sides already being extended on that axis (half each), else half
    to each side of it.
    """
    left, top, right, bottom = border
    width = image_size[0] + left + right
    height = image_size[1] + top + bottom
    if width / height < aspect:
        left, right = _share(left, right, round(height * aspect) - width)
    else:
        top, bottom = _share(top, bottom, round(width / aspect) - height)
    return left, top, right, bottom


def _share(first: int, second: int, extra: int) -> tuple[int, int]:
    if extra <= 0:
        return first, second
    if first and not second:
        return first + extra, second
    if second and not first:
        return first, second + extra
    return first + extra // 2, second + extra - extra // 2
