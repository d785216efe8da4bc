"""The gallery: an icon-mode list of results with marks, full view, compare, copy and reveal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QUrl, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from studio.ui.media import MoviePlayers, load_image
from studio.ui.state.gallery_model import ITEM_ROLE, GalleryItem, GalleryModel, ItemStatus
from studio.ui.vocabulary import value_label
from studio.ui.widgets.compare_view import CompareDialog, CompareMode, ImageDialog

TILE = QSize(176, 196)
THUMB = 160
Index = QModelIndex | QPersistentModelIndex


class GalleryDelegate(QStyledItemDelegate):
    """Thumbnail (an animated GIF plays), marks, streaming/failed badge and a one-line summary."""

    def __init__(self, players: MoviePlayers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._players = players

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return TILE

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item: GalleryItem = index.data(ITEM_ROLE)
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        frame = self._players.animated_frame(item.image_path)
        if frame is not None and not frame.isNull():
            pixmap = QPixmap.fromImage(frame)
        rect = option.rect.adjusted(3, 3, -3, -3)
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, option.palette.highlight())
        thumb = QRect(rect.x() + (rect.width() - THUMB) // 2, rect.y() + 4, THUMB, THUMB)
        painter.setOpacity(0.35 if item.rejected else 1.0)
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            size = pixmap.size().scaled(thumb.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, size.width(), size.height())
            target.moveCenter(thumb.center())
            painter.drawPixmap(target, pixmap)
        else:
            painter.fillRect(thumb, QColor(60, 60, 66))
        painter.setOpacity(1.0)
        self._paint_badges(painter, thumb, item)
        if frame is not None:
            band = QRect(thumb.right() - 34, thumb.top() + 4, 30, 16)
            painter.fillRect(band, QColor(0, 0, 0, 160))
            painter.setPen(QColor(255, 255, 255))
            painter.drawText(band, Qt.AlignmentFlag.AlignCenter, "GIF")
        text = rect.adjusted(4, THUMB + 6, -4, 0)
        painter.setPen(option.palette.text().color())
        elided = option.fontMetrics.elidedText(
            item.summary(), Qt.TextElideMode.ElideRight, text.width()
        )
        painter.drawText(text, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, elided)
        painter.restore()

    def _paint_badges(self, painter: QPainter, thumb: QRect, item: GalleryItem) -> None:
        if item.starred:
            painter.setPen(QColor(255, 200, 0))
            painter.drawText(thumb.adjusted(4, 2, 0, 0), Qt.AlignmentFlag.AlignLeft, "★")
        if item.rejected:
            painter.setPen(QColor(230, 60, 60))
            painter.drawText(thumb.adjusted(0, 2, -4, 0), Qt.AlignmentFlag.AlignRight, "✕")
        label = {
            ItemStatus.QUEUED: self.tr("queued"),
            ItemStatus.STREAMING: self.tr("streaming…"),
        }.get(item.status)
        if item.status is ItemStatus.FAILED:
            label = item.error or "failed"
        if label:
            band = QRect(thumb.left(), thumb.bottom() - 18, thumb.width(), 18)
            painter.fillRect(band, QColor(0, 0, 0, 150))
            painter.setPen(QColor(255, 255, 255))
            painter.drawText(band, Qt.AlignmentFlag.AlignCenter, label[:28])


class GalleryView(QListView):
    """Results in a wrapping grid. Finalize, use-as-canvas, before/after and export are
    actions handled by the drafts controller; the rest is done here."""

    full_view_opened = Signal(QWidget)

    def __init__(self, model: GalleryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setObjectName("gallery")
        self.setModel(self._model)
        self.setViewMode(QListView.ViewMode.IconMode)
        # Columns that wrap sideways: in a short dock the gallery is one filmstrip row that
        # scrolls horizontally (never a row of captions with the pictures scrolled off); a tall
        # dock fills columns of several tiles.
        self.setFlow(QListView.Flow.TopToBottom)
        self.setWrapping(True)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setGridSize(TILE)
        self.setSpacing(2)
        self.setWordWrap(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.players = MoviePlayers(scaled_to=THUMB, parent=self)
        self.setItemDelegate(GalleryDelegate(self.players, self))
        self.setMouseTracking(True)
        self._build_actions()

    def _action(self, name: str, text: str, keys: str | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"gallery.{name}")
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.action_full_view = self._action("full_view", self.tr("Open Full View"), "Return")
        self.action_star = self._action("star", self.tr("Star"), "S")
        self.action_reject = self._action("reject", self.tr("Reject"), "X")
        self.action_delete = self._action("delete", self.tr("Remove from Gallery"), "Ctrl+Delete")
        self.action_compare = self._action("compare", self.tr("Compare Two Side by Side"), "C")
        self.action_before_after = self._action(
            "before_after", self.tr("Before/After with Canvas"), "A"
        )
        self.action_finalize = self._action("finalize", self.tr("Finalize…"), "F")
        self.action_use_as_canvas = self._action("use_as_canvas", self.tr("Use as Canvas"), "U")
        self.action_export = self._action("export", self.tr("Export…"), "Ctrl+Shift+S")
        self.action_copy = self._action("copy", self.tr("Copy Image"), "Ctrl+C")
        self.action_reveal = self._action("reveal", self.tr("Reveal in Folder"))

    def _connect_signals(self) -> None:
        self.doubleClicked.connect(self._on_self_double_clicked)
        self.action_full_view.triggered.connect(self._on_full_view_triggered)
        self.action_star.triggered.connect(self._on_star_triggered)
        self.action_reject.triggered.connect(self._on_reject_triggered)
        self.action_delete.triggered.connect(self._on_delete_triggered)
        self.action_compare.triggered.connect(self._on_compare_triggered)
        self.action_copy.triggered.connect(self._on_copy_triggered)
        self.action_reveal.triggered.connect(self._on_reveal_triggered)
        self._model.rowsInserted.connect(self._on_model_rows_inserted)
        self.players.frame_changed.connect(self._on_players_frame_changed)

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Arrows walk the results in order (the tiles flow in columns, so Qt's own Right
        would jump a whole column)."""
        step = {
            QAbstractItemView.CursorAction.MoveRight: QAbstractItemView.CursorAction.MoveNext,
            QAbstractItemView.CursorAction.MoveDown: QAbstractItemView.CursorAction.MoveNext,
            QAbstractItemView.CursorAction.MoveLeft: QAbstractItemView.CursorAction.MovePrevious,
            QAbstractItemView.CursorAction.MoveUp: QAbstractItemView.CursorAction.MovePrevious,
        }.get(action, action)
        return super().moveCursor(step, modifiers)

    # --- selection ------------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.selectionModel().selectedIndexes())

    def current_item(self) -> GalleryItem | None:
        index = self.currentIndex()
        return self._model.item(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        index = self._model.index(row)
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        for action in self.actions():
            menu.addAction(action)
            if action is self.action_delete or action is self.action_use_as_canvas:
                menu.addSeparator()
        menu.exec(event.globalPos())

    # --- slots ----------------------------------------------------------------------------
    @Slot(QModelIndex, int, int)
    def _on_model_rows_inserted(self, _parent: QModelIndex, _first: int, last: int) -> None:
        self.scrollTo(self._model.index(last))

    @Slot(str)
    def _on_players_frame_changed(self, path: str) -> None:
        for row, item in enumerate(self._model.items()):
            if item.image_path == path:
                self.viewport().update(self.visualRect(self._model.index(row)))

    @Slot(QModelIndex)
    def _on_self_double_clicked(self, index: QModelIndex) -> None:
        self.setCurrentIndex(index)
        self._on_full_view_triggered()

    @Slot()
    def _on_full_view_triggered(self) -> None:
        item = self.current_item()
        if item is None or not item.image_path:
            return
        dialog = ImageDialog(
            load_image(item.image_path), f"{value_label(item.mode)}: {item.prompt[:60]}", self
        )
        dialog.show()
        self.full_view_opened.emit(dialog)

    @Slot()
    def _on_star_triggered(self) -> None:
        rows = self.selected_rows()
        starred = not all(self._model.item(row).starred for row in rows)
        for row in rows:
            self._model.set_starred(row, starred)

    @Slot()
    def _on_reject_triggered(self) -> None:
        rows = self.selected_rows()
        rejected = not all(self._model.item(row).rejected for row in rows)
        for row in rows:
            self._model.set_rejected(row, rejected)

    @Slot()
    def _on_delete_triggered(self) -> None:
        """Removes from the gallery only: the store keeps every image and its cost record."""
        self._model.remove_rows(self.selected_rows())

    @Slot()
    def _on_compare_triggered(self) -> None:
        items = [self._model.item(row) for row in self.selected_rows()]
        items = [item for item in items if item.image_path]
        if len(items) < 2:
            return
        left, right = items[0], items[1]
        before, after = load_image(left.image_path or ""), load_image(right.image_path or "")
        dialog = CompareDialog(
            before, after, CompareMode.SIDE_BY_SIDE, self.tr("Compare results"), self
        )
        dialog.show()
        self.full_view_opened.emit(dialog)

    @Slot()
    def _on_copy_triggered(self) -> None:
        item = self.current_item()
        if item is not None and item.image_path:
            QGuiApplication.clipboard().setImage(load_image(item.image_path))

    @Slot()
    def _on_reveal_triggered(self) -> None:
        item = self.current_item()
        if item is not None and item.image_path:
            folder = Path(item.image_path).parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
