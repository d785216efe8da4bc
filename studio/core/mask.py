"""The edit mask: a Qt-free coverage raster (255 = edit) with paint ops and undo snapshots."""

from __future__ import annotations

import array
import math
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass

from studio.core.imaging.bands import BAND_BYTES as COPY_BAND_BYTES
from studio.core.imaging.bands import banded, row_bands
from studio.core.pil import Image, ImageChops, ImageDraw, ImageMath

EDIT = 255
KEEP = 0
TILE = 64
# An op touching this many untouched tiles saves its region as one patch: copying 3000 tiles
# one by one cost 0.2 s for a selection over most of a 4096² picture.
BIG_EDIT_TILES = 64
# A big edit can be made a band of rows at a time (change_in_bands): about this many bytes each.
# The window spreads the bands over its event loop; a rectangle over most of a 4096² mask
# took 30-90 ms in one go, most of it copying freshly mapped memory.
BAND_BYTES = 1 << 18
GROUP_PATCHES = 16  # ...and small patches (a stroke's tiles) this many at a time
# Pixels whose centre lies exactly on the brush radius count as inside despite float32 rounding.
_RADIUS_SLACK = 1e-3

_HARD_EDGE = [0] * 128 + [255] * 128

Point = tuple[float, float]


@dataclass(frozen=True)
class Box:
    """A pixel rectangle: left/top inclusive, right/bottom exclusive."""

    left: int
    top: int
    right: int
    bottom: int

    @property
    def width(self) -> int:
        return self.right - self.left

    @property
    def height(self) -> int:
        return self.bottom - self.top

    def is_empty(self) -> bool:
        return self.right <= self.left or self.bottom <= self.top

    def union(self, other: Box | None) -> Box:
        if other is None:
            return self
        return Box(
            min(self.left, other.left),
            min(self.top, other.top),
            max(self.right, other.right),
            max(self.bottom, other.bottom),
        )

    def intersect(self, other: Box) -> Box | None:
        box = Box(
            max(self.left, other.left),
            max(self.top, other.top),
            min(self.right, other.right),
            min(self.bottom, other.bottom),
        )
        return None if box.is_empty() else box

    @property
    def area(self) -> int:
        return max(self.width, 0) * max(self.height, 0)

    def whole_tiles(self, width: int, height: int) -> Box | None:
        """The tiles this box touches, as one box clipped to a ``width`` x ``height`` mask."""
        return Box(
            self.left // TILE * TILE,
            self.top // TILE * TILE,
            -(-self.right // TILE) * TILE,
            -(-self.bottom // TILE) * TILE,
        ).clip(width, height)

    def clip(self, width: int, height: int) -> Box | None:
        box = Box(
            max(self.left, 0), max(self.top, 0), min(self.right, width), min(self.bottom, height)
        )
        return None if box.is_empty() else box

    def as_tuple(self) -> tuple[int, int, int, int]:
        return (self.left, self.top, self.right, self.bottom)


@dataclass(frozen=True)
class MaskPatch:
    """A copy of one region of the mask (never mutated after creation)."""

    box: Box
    image: Image.Image


@dataclass(frozen=True)
class Plan:
    """One edit of the mask, not yet made: the box it may change, and how.

    ``change(part)`` changes the mask's pixels within ``part`` (a part of ``box``) only, and
    reads nothing outside it: so the edit can be made at once or a band at a time.
    """

    box: Box
    change: Callable[[Box], None]


@dataclass(frozen=True)
class MaskEdit:
    """The before and after pixels of the tiles one edit touched: enough to undo and redo it."""

    before: tuple[MaskPatch, ...]
    after: tuple[MaskPatch, ...]
    box: Box

    @property
    def nbytes(self) -> int:
        return sum(p.box.width * p.box.height for p in self.before + self.after)

    def undo(self, mask: MaskModel) -> Box:
        mask.restore(self.before)
        return self.box

    def redo(self, mask: MaskModel) -> Box:
        mask.restore(self.after)
        return self.box


class MaskModel:
    """Coverage in image pixels, mode "L": 255 where the model may edit, 0 where it must keep.

    Coordinates are continuous image coordinates: pixel (i, j) spans [i, i+1) x [j, j+1).
    Every op returns the dirty Box (or None when nothing could change). Between
    ``begin_edit()`` and ``end_edit()`` the tiles an op is about to touch are copied first, so
    the resulting MaskEdit holds only the changed region.
    """

    def __init__(self, width: int, height: int, *, prefault: bool = False) -> None:
        """``prefault``: write every pixel now (on a pool thread) rather than on first use."""
        if width <= 0 or height <= 0:
            raise ValueError(f"mask size must be positive, got {width}x{height}")
        # KEEP is 0. Pillow calls an image made without a colour uninitialised; it is zeroed in
        # fact (calloc: the system hands over zeroed pages as they are first touched), so this
        # skips filling 64 MB at 8192² (40-50 ms on the UI thread). tests/core/test_mask.py
        # checks that it stays so. Filling (it lets the GIL go) touches every page instead.
        colour = KEEP if prefault else None
        self._image = Image.new("L", (width, height), colour)
        self._saved: dict[tuple[int, int], MaskPatch] | None = None

    @classmethod
    def from_image(cls, coverage: Image.Image) -> MaskModel:
        model = cls(*coverage.size)
        model._image = coverage.convert("L").copy()
        return model

    @property
    def size(self) -> tuple[int, int]:
        return self._image.size

    @property
    def width(self) -> int:
        return self._image.width

    @property
    def height(self) -> int:
        return self._image.height

    def dropped_image(self) -> Image.Image:
        """The coverage image itself, not a copy, for a caller about to drop this mask: no op
        may run on the mask after this (the image is then someone else's)."""
        return self._image

    def image(self) -> Image.Image:
        """A copy of the whole coverage image."""
        return self._image.copy()

    def snapshot(self, band_bytes: int = COPY_BAND_BYTES) -> Image.Image:
        """The same copy as image(), made a band of rows at a time: for pool threads reading the
        live mask, since Pillow holds the GIL while it copies (a whole 4096² copy stopped the
        UI thread for 10-25 ms)."""
        width, height = self.size
        copy = Image.new("L", self.size, None)  # not filled: every row is pasted
        for top, bottom in row_bands(width, height, 1, band_bytes):
            box = (0, top, width, bottom)
            copy.paste(self._image.crop(box), box)
        return copy

    def crop(self, box: Box) -> Image.Image:
        return self._image.crop(box.as_tuple())

    def is_empty(self) -> bool:
        return self._image.getbbox() is None

    def painted_box(self) -> Box | None:
        bbox = self._image.getbbox()
        return Box(*bbox) if bbox else None

    def full_box(self) -> Box:
        return Box(0, 0, self.width, self.height)

    # -- undo recording ------------------------------------------------------------------

    def begin_edit(self) -> None:
        self._saved = {}

    def end_edit(self) -> MaskEdit | None:
        steps = self.end_edit_in_steps()
        while True:
            try:
                next(steps)
            except StopIteration as done:
                edit: MaskEdit | None = done.value
                return edit

    def recorded(self) -> int:
        """How many patches the edit under way has saved (0: none under way)."""
        return len(self._saved) if self._saved else 0

    def end_edit_in_steps(self) -> Generator[None, None, MaskEdit | None]:
        """end_edit, copying what the touched tiles now hold GROUP_PATCHES at a time (a long
        stroke over an 8192² mask touches thousands of tiles); nothing may change the mask
        until this is exhausted. Returns the undo record."""
        saved, self._saved = self._saved, None
        if not saved:
            return None
        before = tuple({id(p): p for p in saved.values()}.values())  # big patches: many keys
        after: list[MaskPatch] = []
        for patch in before:
            after.append(MaskPatch(patch.box, self.crop(patch.box)))
            if len(after) % GROUP_PATCHES == 0:
                yield
        return MaskEdit(before, tuple(after), _around(before))

    def restore(self, patches: Sequence[MaskPatch]) -> None:
        for patch in patches:
            self._before_change(patch.box)
            self._image.paste(patch.image, patch.box.as_tuple())

    def apply(self, plan: Plan | None) -> Box | None:
        """Make a planned edit now (recorded for undo between begin_edit and end_edit)."""
        if plan is None:
            return None
        self._before_change(plan.box)
        plan.change(plan.box)
        return plan.box

    def bands(self, box: Box, band_bytes: int = BAND_BYTES) -> list[Box]:
        """Tile-aligned boxes (clipped to the mask), a few tile rows each, covering ``box``."""
        tiles = box.whole_tiles(self.width, self.height)
        if tiles is None:
            return []
        rows = max(1, band_bytes // (tiles.width * TILE)) * TILE
        return [
            Box(tiles.left, y, tiles.right, min(y + rows, tiles.bottom))
            for y in range(tiles.top, tiles.bottom, rows)
        ]

    def change_in_bands(self, plan: Plan) -> Generator[MaskPatch, None, MaskEdit]:
        """Make a planned edit a band at a time, each band's undo pixels copied with it.

        Yields each band's new pixels (a tile-aligned patch) once it is changed; returns the
        undo record, as begin_edit/apply/end_edit would make it. Between two bands the mask
        is part changed: nothing else may change it until this is exhausted.
        """
        if self._saved is not None:
            raise RuntimeError("change_in_bands records its own undo step")
        before: list[MaskPatch] = []
        after: list[MaskPatch] = []
        for band in self.bands(plan.box):
            before.append(MaskPatch(band, self.crop(band)))
            part = band.intersect(plan.box)
            if part is not None:
                plan.change(part)
            after.append(MaskPatch(band, self.crop(band)))
            yield after[-1]
        return MaskEdit(tuple(before), tuple(after), _around(before))

    def restore_in_bands(
        self, patches: Sequence[MaskPatch], band_bytes: int = BAND_BYTES
    ) -> Iterator[Box]:
        """Paste ``patches`` (an undo record's) a band at a time; yields each changed box.

        A big patch is pasted a band of rows at a time; small ones (a stroke's tiles) are
        pasted a group at a time: at most GROUP_PATCHES of them, their box a few bands.
        """
        group: Box | None = None
        pasted = count = 0
        for patch in patches:
            if patch.box.area > band_bytes:
                if group is not None:
                    yield group
                    group, pasted, count = None, 0, 0
                for band in self.bands(patch.box, band_bytes):
                    part = band.intersect(patch.box)
                    if part is not None:
                        self._paste_part(patch, part)
                        yield part
                continue
            if group is not None and group.union(patch.box).area > 4 * band_bytes:
                yield group
                group, pasted, count = None, 0, 0
            self._image.paste(patch.image, patch.box.as_tuple())
            group, pasted, count = patch.box.union(group), pasted + patch.box.area, count + 1
            if pasted >= band_bytes or count >= GROUP_PATCHES:
                yield group
                group, pasted, count = None, 0, 0
        if group is not None:
            yield group

    def _paste_part(self, patch: MaskPatch, part: Box) -> None:
        """The pixels of ``patch`` within ``part`` (a part of its box) into the mask."""
        box = patch.box
        if part == box:
            self._image.paste(patch.image, box.as_tuple())
            return
        inner = (part.left - box.left, part.top - box.top, part.right - box.left)
        piece = patch.image.crop((*inner, part.bottom - box.top))
        self._image.paste(piece, part.as_tuple())

    def _before_change(self, box: Box) -> None:
        if self._saved is None:
            return
        rows = range(box.top // TILE, (box.bottom - 1) // TILE + 1)
        cols = range(box.left // TILE, (box.right - 1) // TILE + 1)
        tiles = [(tx, ty) for ty in rows for tx in cols]
        if len(tiles) >= BIG_EDIT_TILES and not any(t in self._saved for t in tiles):
            span = Box(cols[0] * TILE, rows[0] * TILE, (cols[-1] + 1) * TILE, (rows[-1] + 1) * TILE)
            span = span.clip(self.width, self.height) or span
            patch = MaskPatch(span, self.crop(span))
            self._saved.update(dict.fromkeys(tiles, patch))
            return
        for tx, ty in tiles:
            if (tx, ty) not in self._saved:
                tile = Box(tx * TILE, ty * TILE, (tx + 1) * TILE, (ty + 1) * TILE)
                tile = tile.clip(self.width, self.height) or tile
                self._saved[tx, ty] = MaskPatch(tile, self.crop(tile))

    # -- paint ops -----------------------------------------------------------------------

    def stroke_segment(
        self, start: Point, end: Point, radius: float, hardness: float = 1.0, erase: bool = False
    ) -> Box | None:
        """A round-capped thick line from start to end; soft edge of width radius*(1-hardness)."""
        if radius <= 0:
            return None
        reach = radius + 1
        box = Box(
            math.floor(min(start[0], end[0]) - reach),
            math.floor(min(start[1], end[1]) - reach),
            math.ceil(max(start[0], end[0]) + reach),
            math.ceil(max(start[1], end[1]) + reach),
        ).clip(self.width, self.height)
        if box is None:
            return None
        cover = _capsule_coverage(box, start, end, radius, min(max(hardness, 0.0), 1.0))
        return self._combine(box, cover, erase)

    def rectangle(self, corner: Point, other: Point, erase: bool = False) -> Box | None:
        """Every pixel from the one under ``corner`` to the one under ``other``, both included."""
        return self.apply(self.plan_rectangle(corner, other, erase))

    def plan_rectangle(self, corner: Point, other: Point, erase: bool = False) -> Plan | None:
        box = Box(
            math.floor(min(corner[0], other[0])),
            math.floor(min(corner[1], other[1])),
            math.floor(max(corner[0], other[0])) + 1,
            math.floor(max(corner[1], other[1])) + 1,
        ).clip(self.width, self.height)
        if box is None:
            return None
        return self._plan_value(box, KEEP if erase else EDIT)

    def _plan_value(self, box: Box, value: int) -> Plan:
        return Plan(box, lambda part: self._image.paste(value, part.as_tuple()))

    def polygon(self, points: Sequence[Point], erase: bool = False) -> Box | None:
        """The closed polygon through the pixels under ``points``, outline included."""
        if len(points) < 3:
            return None
        pixels = [(math.floor(x), math.floor(y)) for x, y in points]
        xs, ys = [p[0] for p in pixels], [p[1] for p in pixels]
        box = Box(min(xs), min(ys), max(xs) + 1, max(ys) + 1).clip(self.width, self.height)
        if box is None:
            return None
        shape = Image.new("L", (box.width, box.height), 0)
        local = [(x - box.left, y - box.top) for x, y in pixels]
        ImageDraw.Draw(shape).polygon(local, fill=255, outline=255)
        return self._combine(box, shape, erase)

    def merge(self, box: Box, cover: Image.Image, erase: bool = False) -> Box | None:
        """Add a box-sized coverage image at ``box`` (a selection), or take it away."""
        return self.apply(self.plan_merge(box, cover, erase))

    def plan_merge(self, box: Box, cover: Image.Image, erase: bool = False) -> Plan | None:
        clipped = box.clip(self.width, self.height)
        if clipped is None:
            return None
        if clipped != box:
            offset = (clipped.left - box.left, clipped.top - box.top)
            cover = cover.crop((*offset, offset[0] + clipped.width, offset[1] + clipped.height))
        return self._plan_combine(clipped, cover.convert("L"), erase)

    def paste(self, patch: MaskPatch) -> Box | None:
        """New pixels for one box (computed elsewhere from this mask)."""
        return self.apply(self.plan_paste(patch))

    def plan_paste(self, patch: MaskPatch) -> Plan | None:
        box = patch.box.clip(self.width, self.height)
        if box != patch.box:
            return None  # computed for a mask of another size
        return Plan(box, lambda part: self._paste_part(patch, part))

    def fill(self) -> Box | None:
        return self.apply(self.plan_fill())

    def clear(self) -> Box | None:
        return self.apply(self.plan_clear())

    def plan_fill(self) -> Plan | None:
        """Every pixel edit: the box of those that are not yet (None: all are)."""
        differs = ImageChops.invert(self._image).getbbox()
        return None if differs is None else self._plan_value(Box(*differs), EDIT)

    def plan_clear(self) -> Plan | None:
        """Every pixel keep: the painted box (None: nothing is painted)."""
        painted = self.painted_box()
        return None if painted is None else self._plan_value(painted, KEEP)

    def invert(self) -> Box:
        """Swap edit and keep everywhere; its own inverse, so undo needs no snapshot."""
        box = self.full_box()
        self._before_change(box)
        self._image = ImageChops.invert(self._image)
        return box

    def invert_part(self, part: Box) -> None:
        """Invert within ``part`` only (inverting a large mask a band at a time)."""
        self._image.paste(ImageChops.invert(self.crop(part)), part.as_tuple())

    def replace(self, coverage: Image.Image) -> Box:
        """Take a whole new coverage image of the same size (import, feather)."""
        if coverage.size != self.size:
            raise ValueError(f"mask is {coverage.size}, expected {self.size}")
        changed = ImageChops.difference(self._image, coverage.convert("L")).getbbox()
        if changed is None:
            return self.full_box()
        box = Box(*changed)
        self._before_change(box)
        self._image.paste(coverage.convert("L").crop(changed), changed)
        return box

    def _combine(self, box: Box, cover: Image.Image, erase: bool) -> Box:
        self.apply(self._plan_combine(box, cover, erase))
        return box

    def _plan_combine(self, box: Box, cover: Image.Image, erase: bool) -> Plan:
        def change(part: Box) -> None:
            piece = cover
            if part != box:
                left, top = part.left - box.left, part.top - box.top
                piece = cover.crop((left, top, left + part.width, top + part.height))
            self._image.paste(combine(self.crop(part), piece, erase), part.as_tuple())

        return Plan(box, change)


def _around(patches: Sequence[MaskPatch]) -> Box:
    """The box around the patches' boxes."""
    box = patches[0].box
    for patch in patches[1:]:
        box = box.union(patch.box)
    return box


def combine(region: Image.Image, cover: Image.Image, erase: bool) -> Image.Image:
    """``region`` with ``cover`` (same size, mode "L") added, or taken away with ``erase``.

    A band of rows at a time: ImageChops holds the GIL, 33 ms for a selection over most of an
    8192² mask on the selection's pool thread."""
    return banded(_erased if erase else ImageChops.lighter, region, cover)


def _erased(region: Image.Image, cover: Image.Image) -> Image.Image:
    return ImageChops.darker(region, ImageChops.invert(cover))


def _coordinate_grids(width: int, height: int) -> tuple[Image.Image, Image.Image]:
    """Mode "F" images holding each pixel's column and row index."""
    row = array.array("f", range(width)).tobytes()
    column = array.array("f", range(height)).tobytes()
    nearest = Image.Resampling.NEAREST
    xs = Image.frombytes("F", (width, 1), row).resize((width, height), nearest)
    ys = Image.frombytes("F", (1, height), column).resize((width, height), nearest)
    return xs, ys


def _capsule_coverage(
    box: Box, start: Point, end: Point, radius: float, hardness: float
) -> Image.Image:
    """Coverage of the box by a capsule: 255 within radius*hardness, linear ramp to radius."""
    xs, ys = _coordinate_grids(box.width, box.height)
    ax, ay = start[0] - box.left - 0.5, start[1] - box.top - 0.5
    dx, dy = end[0] - start[0], end[1] - start[1]
    length2 = dx * dx + dy * dy
    outer = radius + _RADIUS_SLACK
    scale = 255.0 / max(outer - radius * hardness, _RADIUS_SLACK)

    def expression(a: dict[str, object]) -> object:
        px, py = a["X"] - ax, a["Y"] - ay  # type: ignore[operator]
        if length2 > 1e-12:
            along = (px * dx + py * dy) / length2
            t = a["min"](a["max"](along, 0.0), 1.0)  # type: ignore[operator]
            px, py = px - t * dx, py - t * dy
        distance = (px * px + py * py) ** 0.5
        value = (outer - distance) * scale + 0.5  # convert("L") truncates: round instead
        return a["convert"](a["min"](a["max"](value, 0.0), 255.0), "L")  # type: ignore[operator]

    result = ImageMath.lambda_eval(expression, X=xs, Y=ys)
    assert isinstance(result, Image.Image)
    # A hard brush has no ramp: the float32 rounding band around the radius goes one way or other.
    return result.point(_HARD_EDGE) if hardness >= 1.0 else result
