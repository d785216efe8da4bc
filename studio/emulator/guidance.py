"""Markup-guided edits: the marks steer the result where they lie and in what they enclose."""

from __future__ import annotations

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from studio.emulator.drawing import render_scene

_WORK_EDGE = 256  # the enclosed region is found on a small copy (Pillow's flood fill is Python)
_HALO = 9  # MaxFilter size on the small copy: how far a stroke's influence reaches


def _strokes(markup: Image.Image, size: tuple[int, int]) -> Image.Image:
    """Where the markup has paint (alpha > 0), at ``size``, as an L mask."""
    alpha = markup.getchannel("A")
    if alpha.size != size:
        alpha = alpha.resize(size, Image.Resampling.NEAREST)
    return alpha.point(lambda a: 255 if a > 0 else 0)


def guided_region(strokes: Image.Image) -> Image.Image:
    """What the strokes close in (not reachable from the border without crossing one), plus a
    halo around every stroke, so an open line or arrow steers the result too."""
    width, height = strokes.size
    scale = min(1.0, _WORK_EDGE / max(width, height))
    small_size = (max(1, round(width * scale)), max(1, round(height * scale)))
    # BOX keeps thin strokes: any painted pixel in a block makes the block non-zero.
    small = strokes.resize(small_size, Image.Resampling.BOX).point(lambda v: 255 if v else 0)
    padded = Image.new("L", (small_size[0] + 2, small_size[1] + 2), 0)
    padded.paste(small, (1, 1))
    ImageDraw.floodfill(padded, (0, 0), 128, thresh=0)
    inside = padded.crop((1, 1, small_size[0] + 1, small_size[1] + 1))
    region = inside.point(lambda v: 255 if v == 0 else 0)
    region = ImageChops.lighter(region, small.filter(ImageFilter.MaxFilter(_HALO)))
    return region.resize(strokes.size, Image.Resampling.NEAREST)


def render_markup_edit(
    base: Image.Image, markup: Image.Image, prompt: str, seed: int
) -> Image.Image:
    """Fill what the marks enclose and a halo around them, then draw the marks in."""
    region = guided_region(_strokes(markup, base.size))
    fill = render_scene(prompt, seed, base.size).convert(base.mode)
    edited = Image.composite(fill, base, region)
    marks = markup.convert("RGBA")
    if marks.size != base.size:
        marks = marks.resize(base.size, Image.Resampling.NEAREST)
    painted = edited.convert("RGBA")
    painted.alpha_composite(marks)
    return painted.convert(base.mode)
