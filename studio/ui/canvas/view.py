"""The canvas: shows the picture and its mask overlay, zooms, pans and routes pointer input."""

from __future__ import annotations

import math
from functools import partial
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt, Signal, Slot
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QEnterEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QUndoStack,
    QWheelEvent,
)
from PySide6.QtWidgets import QWidget

from studio.core.imageio import SUPPORTED_SUFFIXES, read_image_file
from studio.core.pil import Image
from studio.core.requests import InputImage
from studio.ui.canvas.document import NO_ORIGIN, CanvasDocument, Origin
from studio.ui.canvas.loader import (
    decode_bytes,
    decode_file,
    decode_qimage,
    is_large_bytes,
    is_large_file,
    is_large_qimage,
)
from studio.ui.canvas.painting import CanvasPainter
from studio.ui.canvas.space_keys import SpaceKeys
from studio.ui.canvas.state import CanvasToolState, Tool
from studio.ui.canvas.tools import CanvasTool, make_tool

ZOOM_LEVELS = (0.05, 0.0625, 0.0833, 0.125, 0.1667, 0.25, 0.3333, 0.5, 0.6667, 1.0, 1.5, 2.0)
ZOOM_LEVELS += (3.0, 4.0, 6.0, 8.0, 12.0, 16.0, 24.0, 32.0)
MIN_ZOOM, MAX_ZOOM = 0.02, 64.0
FIT_MARGIN = 24


class CanvasView(QWidget):
    """A QWidget that draws only what is exposed; image pixel (x, y) spans [x, x+1) x [y, y+1)."""

    image_changed = Signal()
    mask_changed = Signal()
    encoded = Signal()  # the picture's or mask's request bytes are ready
    zoom_changed = Signal(float)
    cursor_moved = Signal(QPoint)  # image pixel under the pointer, (-1, -1) when outside
    files_dropped = Signal(list)
    image_dropped = Signal(QImage)
    load_failed = Signal(str)  # a large picture loading in the background could not be opened

    def __init__(
        self,
        document: CanvasDocument,
        state: CanvasToolState,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._state = state
        self._scale = 1.0
        self._offset = QPointF(0, 0)
        self._auto_fit = True
        self._tool: CanvasTool = make_tool(state.tool, document, state)
        self._dragging = False
        self._pan_from: QPointF | None = None
        self._space_held = False
        self._space_keys = SpaceKeys(self)  # Space pans while the pointer is over the canvas
        self._hover: QPointF | None = None
        self._painter = CanvasPainter(document, state)
        self.brush_cursor_shown = True  # off while another layer (markup) takes the pointer
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setObjectName("canvas")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAcceptDrops(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(240, 180)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def _connect_signals(self) -> None:
        self._document.image_changed.connect(self._on_document_image_changed)
        self._document.image_changed.connect(self.image_changed)
        self._document.mask_changed.connect(self.mask_changed)
        self._document.encoded.connect(self.encoded)
        self._document.loading_changed.connect(self._on_document_loading_changed)
        self._document.load_failed.connect(self.load_failed)
        self._document.region_changed.connect(self._on_document_region_changed)
        self._state.tool_changed.connect(self._on_state_tool_changed)
        self._document.selection.busy_changed.connect(self._on_selection_busy_changed)
        self._state.brush_size_changed.connect(self._on_state_brush_size_changed)
        self._state.overlay_color_changed.connect(self._on_state_overlay_style_changed)
        self._state.overlay_opacity_changed.connect(self._on_state_overlay_style_changed)
        self._state.overlay_visible_changed.connect(self._on_state_overlay_visible_changed)
        self._on_state_overlay_style_changed()

    # -- public API --------------------------------------------------------------------------

    @property
    def document(self) -> CanvasDocument:
        return self._document

    @property
    def tool_state(self) -> CanvasToolState:
        return self._state

    @property
    def undo_stack(self) -> QUndoStack:
        return self._document.undo_stack

    def input_widget(self) -> QWidget:
        """The widget receiving the canvas's mouse events: the canvas itself."""
        return self

    def map_from_image(self, x: float, y: float) -> QPoint:
        """The input_widget() pixel whose centre lies in image pixel (x, y) at the current view.

        A pointer event at widget pixel p is taken at that pixel's centre (p + 0.5), so the
        mapping back with map_to_image() lands on (x, y) at any zoom of 100 % or more.
        """
        return QPoint(
            math.floor((x + 0.5) * self._scale + self._offset.x()),
            math.floor((y + 0.5) * self._scale + self._offset.y()),
        )

    def pans_on_press(self) -> bool:
        """A press now pans (Space held, or a pan under way) rather than using a tool."""
        return self._space_held or self._pan_from is not None

    def map_to_image(self, pos: QPointF) -> QPointF:
        """Image coordinates of the centre of the widget pixel at ``pos``."""
        return (QPointF(pos) + QPointF(0.5, 0.5) - self._offset) / self._scale

    def set_image(self, image: Image.Image | QImage, text: str = "") -> None:
        """A picture without file bytes (pasted, dropped): its PNG is encoded in the background.

        A large QImage is converted on a pool thread (see set_image_bytes).
        """
        text = text or self.tr("Paste Image")
        if isinstance(image, QImage):
            decode = partial(decode_qimage, image)
            self._document.load(decode, large=is_large_qimage(image), text=text)
        else:
            self._document.set_image(image, text=text)

    def set_image_bytes(
        self,
        data: bytes,
        name: str = "image",
        *,
        origin: Origin = NO_ORIGIN,
        text: str = "",
    ) -> None:
        """Show encoded bytes (EXIF orientation applied) as one undo step; raises ImageLoadError.

        The bytes themselves are sent with the next edit when they show exactly this picture.
        A large picture is decoded on a pool thread: a reduced preview shows first, the picture
        replaces it a moment later (``image_changed``), and a failure is ``load_failed``.
        """
        text = text or self.tr("Open Image")
        decode = partial(decode_bytes, data, name)
        self._document.load(decode, large=is_large_bytes(data), origin=origin, text=text)

    def open_image(self, path: str | Path, *, origin: Origin = NO_ORIGIN, text: str = "") -> None:
        """Load a PNG, JPEG or WebP (EXIF orientation applied); raises ImageLoadError.

        A large file is read and decoded on a pool thread (failures: ``load_failed``)."""
        path = Path(path)
        if is_large_file(path):
            text = text or self.tr("Open Image")
            self._document.load(partial(decode_file, path), large=True, origin=origin, text=text)
            return
        self.set_image_bytes(read_image_file(path), path.name, origin=origin, text=text)

    def new_blank(self, width: int, height: int) -> None:
        self._document.new_blank(width, height)

    def set_staged(self, image: QImage | None) -> None:
        """A result shown over the picture until it is accepted or discarded (None: none)."""
        self._painter.staged = image
        self.update()

    def staged(self) -> QImage | None:
        return self._painter.staged

    def has_image(self) -> bool:
        return self._document.has_image()

    def picture_size(self) -> tuple[int, int] | None:
        """The picture's width and height (a blank canvas too); None when nothing is open."""
        size = self._document.size()
        if not self.has_image() or size.isEmpty():
            return None
        return size.width(), size.height()

    def source_image(self) -> Image.Image | None:
        return self._document.source_image()

    def image_bytes(self) -> bytes | None:
        return self._document.image_bytes()

    def image_input(self) -> InputImage | None:
        """The picture as a request input; None while its encoding is under way."""
        return self._document.image_input()

    def prepare_encodings(self, *, mask: bool = True) -> bool:
        """Start missing encodes; True when ready, else ``encoded`` fires as they land."""
        return self._document.prepare_encodings(mask=mask)

    def has_mask(self) -> bool:
        return self._document.has_mask()

    def mask_image(self) -> QImage:
        return self._document.mask_image()

    def mask_png(self) -> bytes:
        return self._document.mask_png()

    def mask_png_cached(self) -> bytes | None:
        """The mask export if already encoded; None when asking for it would encode now."""
        return self._document.mask_png_cached()

    def zoom(self) -> float:
        return self._scale

    def set_zoom(self, scale: float, anchor: QPointF | None = None) -> None:
        """Zoom keeping the image point under ``anchor`` (default: view centre) in place."""
        scale = max(MIN_ZOOM, min(MAX_ZOOM, scale))
        anchor = QPointF(anchor) if anchor is not None else QPointF(self.rect().center())
        fixed = (anchor - self._offset) / self._scale
        self._scale = scale
        self._set_offset(anchor - fixed * scale)
        self._auto_fit = False
        self.zoom_changed.emit(scale)

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_LEVELS if z > self._scale * 1.001), MAX_ZOOM))

    def zoom_out(self) -> None:
        lower = [z for z in ZOOM_LEVELS if z < self._scale / 1.001]
        self.set_zoom(lower[-1] if lower else MIN_ZOOM)

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def fit_to_view(self) -> None:
        preview = self._document.loading_preview()
        size = preview[1] if preview is not None else self._document.size()
        if size.isEmpty():
            return
        room_w = max(self.width() - 2 * FIT_MARGIN, 16)
        room_h = max(self.height() - 2 * FIT_MARGIN, 16)
        self._scale = max(MIN_ZOOM, min(room_w / size.width(), room_h / size.height(), 1.0))
        centre = QPointF(size.width(), size.height()) * (self._scale / 2)
        self._set_offset(QPointF(self.rect().center()) - centre)
        self._auto_fit = True
        self.zoom_changed.emit(self._scale)

    def _set_offset(self, offset: QPointF) -> None:
        # Whole-pixel offsets keep map_from_image exact at 100 % and above.
        self._offset = QPointF(round(offset.x()), round(offset.y()))
        self.update()

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self._painter.paint(painter, event.rect(), self.rect(), self._image_to_widget)
        self._paint_tool_feedback(painter)
        painter.end()

    def _paint_tool_feedback(self, painter: QPainter) -> None:
        preview = self._tool.preview()
        if preview is not None:
            painter.save()
            painter.translate(self._offset)
            painter.scale(self._scale, self._scale)
            self._painter.paint_outline(painter, preview)
            painter.restore()
        if (
            self._hover is not None
            and self._state.tool.paints
            and self._pan_from is None
            and self.brush_cursor_shown
        ):
            self._painter.paint_brush_cursor(painter, self._hover, self._brush_radius_on_screen())

    def _brush_radius_on_screen(self) -> float:
        return self._state.brush_size / 2 * self._scale

    def _image_to_widget(self, rect: QRectF) -> QRectF:
        return QRectF(
            rect.x() * self._scale + self._offset.x(),
            rect.y() * self._scale + self._offset.y(),
            rect.width() * self._scale,
            rect.height() * self._scale,
        )

    def _update_image_rect(self, rect: QRectF) -> None:
        self.update(self._image_to_widget(rect).toAlignedRect().adjusted(-2, -2, 2, 2))

    def _update_cursor_outline(self, pos: QPointF | None) -> None:
        if pos is None or not self._state.tool.paints:
            return
        reach = self._brush_radius_on_screen() + 3
        self.update(QRectF(pos.x() - reach, pos.y() - reach, 2 * reach, 2 * reach).toAlignedRect())

    def _update_preview(self) -> None:
        preview = self._tool.preview()
        if preview is not None:
            self._update_image_rect(preview.boundingRect().adjusted(-1, -1, 1, 1))

    # -- pointer -----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        button = event.button()
        if button == Qt.MouseButton.MiddleButton or (
            button == Qt.MouseButton.LeftButton and self._space_held
        ):
            self._start_pan(event.position())
        elif button in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            self._start_tool(event)
        event.accept()

    def _start_tool(self, event: QMouseEvent) -> None:
        if not self._document.has_image() or self._dragging:
            return
        subtract = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        erase = event.button() == Qt.MouseButton.RightButton or bool(event.modifiers() & subtract)
        self._dragging = True
        self._tool.modifiers = event.modifiers()
        self._tool.press(self.map_to_image(event.position()), erase)
        self._update_preview()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._pan_from is not None:
            self._set_offset(self._offset + pos - self._pan_from)
            self._pan_from = pos
            self._auto_fit = False
            return
        if self._dragging and self._space_held and self._hover is not None:
            # Space in the middle of a shape pans; the shape stays where it is on the picture.
            self._set_offset(self._offset + pos - self._hover)
            self._hover, self._auto_fit = pos, False
            return
        self._update_cursor_outline(self._hover)
        self._hover = pos
        self._update_cursor_outline(pos)
        self._emit_cursor(pos)
        self._tool.modifiers = event.modifiers()
        self._update_preview()
        if self._dragging:
            self._tool.move(self.map_to_image(pos))
        else:
            self._tool.hover(self.map_to_image(pos))
        self._update_preview()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._tool.modifiers = event.modifiers()
        self._update_preview()
        if event.button() == Qt.MouseButton.LeftButton and self._tool.double_click(
            self.map_to_image(event.position())
        ):
            event.accept()
            return
        self.mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self._set_pan_cursor()
        elif self._dragging:
            self._update_preview()
            self._dragging = False
            self._tool.release(self.map_to_image(event.position()))
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y() or event.angleDelta().x()
        if delta:
            self.set_zoom(self._scale * math.pow(1.2, delta / 120), event.position())
        event.accept()

    def enterEvent(self, event: QEnterEvent) -> None:
        self._hover = event.position()
        self._space_keys.set_active(True)
        super().enterEvent(event)

    def leaveEvent(self, event: object) -> None:
        self._update_cursor_outline(self._hover)
        self._hover = None
        self._space_keys.set_active(False)
        self.cursor_moved.emit(QPoint(-1, -1))

    def _start_pan(self, pos: QPointF) -> None:
        self._pan_from = QPointF(pos)
        self._update_cursor_outline(self._hover)
        self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def _set_pan_cursor(self) -> None:
        shape = Qt.CursorShape.OpenHandCursor if self._space_held else Qt.CursorShape.CrossCursor
        self.setCursor(shape)

    def _emit_cursor(self, pos: QPointF) -> None:
        image_pos = self.map_to_image(pos)
        x, y = math.floor(image_pos.x()), math.floor(image_pos.y())
        size = self._document.size()
        inside = 0 <= x < size.width() and 0 <= y < size.height()
        self.cursor_moved.emit(QPoint(x, y) if inside else QPoint(-1, -1))

    # -- keyboard ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space:
            if not event.isAutoRepeat():
                self._space_held = True
                if self._pan_from is None:
                    self._set_pan_cursor()
            return
        if event.key() == Qt.Key.Key_Escape and (self._dragging or self._tool.active()):
            self._update_preview()
            self._dragging = False
            self._tool.cancel()
            return
        if self._tool.active():
            self._update_preview()
            if self._tool.key(Qt.Key(event.key())):
                self._update_preview()
                return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = False
            if self._pan_from is None:
                self._set_pan_cursor()
            return
        super().keyReleaseEvent(event)

    # -- drag and drop -----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_paths(event) or event.mimeData().hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _dropped_paths(event)
        if paths:
            self.files_dropped.emit(paths)
        elif event.mimeData().hasImage():
            self.image_dropped.emit(QImage(event.mimeData().imageData()))
        event.acceptProposedAction()

    # -- slots -------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        if self._auto_fit:
            self.fit_to_view()
        super().resizeEvent(event)

    @Slot()
    def _on_document_image_changed(self) -> None:
        self._tool.cancel()
        self._dragging = False
        self.fit_to_view()

    @Slot()
    def _on_document_loading_changed(self) -> None:
        if self._document.loading_preview() is not None:
            self.fit_to_view()  # the picture will come at the preview's place
        self.update()

    @Slot(QRect)
    def _on_document_region_changed(self, rect: QRect) -> None:
        self._update_image_rect(QRectF(rect))

    @Slot(object)
    def _on_state_tool_changed(self, tool: Tool) -> None:
        if self._dragging or self._tool.active():
            self._tool.cancel()
            self._dragging = False
        self._tool = make_tool(tool, self._document, self._state)
        self.update()

    @Slot(bool)
    def _on_selection_busy_changed(self, busy: bool) -> None:
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self._set_pan_cursor()

    @Slot(int)
    def _on_state_brush_size_changed(self, _size: int) -> None:
        self.update()

    @Slot()
    def _on_state_overlay_style_changed(self) -> None:
        self._document.set_overlay_style(self._state.overlay_color, self._state.overlay_opacity)

    @Slot(bool)
    def _on_state_overlay_visible_changed(self, _visible: bool) -> None:
        self.update()


def _dropped_paths(event: QDropEvent | QDragEnterEvent) -> list[str]:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    paths = [url.toLocalFile() for url in urls if url.isLocalFile()]
    return [p for p in paths if Path(p).suffix.lower() in SUPPORTED_SUFFIXES]
