"""The mask overlay: an Indexed8 copy of the coverage, a reduced tinted copy, the painted tiles.

Every mask change is copied in here by region, so the cost follows the region: the copy is a
Pillow paste straight into the QImage's bytes (``tobytes`` of a 3300² region took 16 ms), from
the undo patches when there are few (no second crop); the reduced copy, tinted in ARGB32, is
drawn instead when zoomed out (drawing an Indexed8 overlay scaled takes 8-10 ms at any size,
its ARGB32 copy 2 ms); and whether the mask is empty is read from the painted tiles (scanning
an 8192² coverage took 40 ms after every erase, undo and redo).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPainter, qAlpha

from studio.core.mask import TILE, Box, MaskModel, MaskPatch
from studio.core.pil import Image
from studio.ui.buffers import mapped_qimage

if TYPE_CHECKING:
    import numpy as np

REDUCED_FROM = 2048  # an overlay this large (long side) gets a reduced copy
REDUCED_EDGE = 1024  # at most this long, reduced by a power of two that divides TILE
# More undo patches than this (a long stroke's tiles) are copied as one crop of their box.
FEW_PATCHES = 16


class MaskOverlay:
    """Follows one MaskModel of the same size; ``update`` after every change of a region."""

    def __init__(self, image: QImage) -> None:
        """``image``: Indexed8, the mask's size, all zero (as a new mask is)."""
        self.image = image
        width, height = image.width(), image.height()
        self.factor = reduction(width, height)
        self._small: QImage | None = None  # the reduced coverage, Indexed8
        self.reduced: QImage | None = None  # the same, tinted: what is drawn
        if self.factor > 1:
            small = (-(-width // self.factor), -(-height // self.factor))
            self._small = mapped_qimage(*small, image.format())
        self._painted = _zeros(-(-height // TILE), -(-width // TILE))

    def set_colors(self, colors: list[int]) -> None:
        self.image.setColorTable(colors)
        if self._small is None:
            return
        self._small.setColorTable(colors)
        tinted = QImage.Format.Format_ARGB32_Premultiplied
        if self.is_empty() and qAlpha(colors[0]) == 0:
            # Every pixel is index 0, transparent: a fresh map is those zeros already. Converting
            # wrote each page of a new picture's overlay (4 MB) on the UI thread: 4-8 ms.
            self.reduced = mapped_qimage(self._small.width(), self._small.height(), tinted)
        else:
            self.reduced = self._small.convertToFormat(tinted)

    def is_empty(self) -> bool:
        return not self._painted.any()

    def update(self, mask: MaskModel, box: Box, patches: Sequence[MaskPatch] = ()) -> None:
        """Copy ``box`` from ``mask``, or from ``patches`` when given: copies of what is now
        in the mask (an undo record's), covering ``box``."""
        if 0 < len(patches) <= FEW_PATCHES:
            for patch in patches:
                self._copy(patch.image, patch.box)
            return
        clipped = box.clip(mask.width, mask.height)
        if clipped is not None:
            self._copy(mask.crop(clipped), clipped)

    def _copy(self, coverage: Image.Image, box: Box) -> None:
        """``coverage`` of ``box`` into the overlay; the reduced copy and the painted map of
        the tiles around it are then read from the overlay itself (no copy of the mask)."""
        _paste(self.image, coverage, box.left, box.top)
        tiles = box.whole_tiles(self.image.width(), self.image.height())
        assert tiles is not None
        if self._small is not None and self.reduced is not None:
            small = _view(self.image).reduce(self.factor, tiles.as_tuple())
            left, top = tiles.left // self.factor, tiles.top // self.factor
            _paste(self._small, small, left, top)
            rect = QRect(left, top, small.width, small.height)
            tinted = self._small.copy(rect).convertToFormat(self.reduced.format())
            painter = QPainter(self.reduced)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            painter.drawImage(rect.topLeft(), tinted)
            painter.end()
        view = _array(self.image)[tiles.top : tiles.bottom, tiles.left : tiles.right]
        top, left = tiles.top // TILE, tiles.left // TILE
        painted = _tiles_painted(view)
        self._painted[top : top + painted.shape[0], left : left + painted.shape[1]] = painted


def reduction(width: int, height: int) -> int:
    """The power of two (at most TILE) an overlay this large is reduced by; 1: none."""
    if max(width, height) < REDUCED_FROM:
        return 1
    factor = 2
    while factor < TILE and max(width, height) > REDUCED_EDGE * factor:
        factor *= 2
    return factor


def _view(image: QImage) -> Image.Image:
    """An "L" image sharing the Indexed8 QImage's bytes (read-only for Pillow's own methods)."""
    size, stride = (image.width(), image.height()), image.bytesPerLine()
    return Image.frombuffer("L", size, image.bits(), "raw", "L", stride, 1)


def _paste(target: QImage, source: Image.Image, left: int, top: int) -> None:
    """Write an "L" image's bytes into an Indexed8 QImage at (left, top)."""
    view = _view(target)
    # The core paste writes into the shared bytes; Image.paste would copy the read-only view.
    view.im.paste(source.im, (left, top, left + source.width, top + source.height))


def _zeros(rows: int, columns: int) -> np.ndarray:
    import numpy as np  # not needed for the window's first frame

    return np.zeros((rows, columns), bool)


def _array(image: QImage) -> np.ndarray:
    """The Indexed8 image's pixels as a (height, width) array sharing its bytes."""
    import numpy as np

    rows = np.frombuffer(image.bits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, : image.width()]


def _tiles_painted(region: np.ndarray) -> np.ndarray:
    """For a tile-aligned region (the image's edge may cut its last tiles): which have paint."""
    import numpy as np

    height, width = region.shape
    rows, columns = -(-height // TILE), -(-width // TILE)
    if height % TILE or width % TILE:
        padded = np.zeros((rows * TILE, columns * TILE), np.uint8)
        padded[:height, :width] = region
        region = padded
    # Eight pixels at a time (rows of whole tiles start at a multiple of 64 bytes), the tile's
    # rows first: six times faster than any() over both axes at once.
    words = region.view(np.uint64).reshape(rows, TILE, columns * TILE // 8)
    painted: np.ndarray = words.max(axis=1).reshape(rows, columns, TILE // 8).any(axis=2)
    return painted
