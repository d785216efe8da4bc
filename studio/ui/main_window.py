"""The main window: canvas in the centre, panels as docks, menus, toolbar and status bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QPoint, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QIcon, QImage, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QToolBar,
    QWidget,
)

from studio.ui.canvas.actions import CanvasActions
from studio.ui.canvas.files import CanvasFiles
from studio.ui.canvas.view import CanvasView
from studio.ui.dialogs.new_canvas import NewCanvasDialog
from studio.ui.formatting import percent
from studio.ui.shortcuts_sheet import ShortcutsDialog

APP_TITLE = "Image Studio"
DEFAULT_SIZE = (1440, 900)
FRAME_ALLOWANCE = 32
LAYOUT_VERSION = 1
MENUS = (
    ("file", QT_TRANSLATE_NOOP("MainWindow", "&File")),
    ("edit", QT_TRANSLATE_NOOP("MainWindow", "&Edit")),
    ("view", QT_TRANSLATE_NOOP("MainWindow", "&View")),
    ("image", QT_TRANSLATE_NOOP("MainWindow", "&Image")),
    ("mask", QT_TRANSLATE_NOOP("MainWindow", "&Mask")),
    ("help", QT_TRANSLATE_NOOP("MainWindow", "&Help")),
)
# Where the panels other parts of the app add go by default (add_panel with area=None).
PANEL_SLOTS: dict[str, Qt.DockWidgetArea] = {
    "tools": Qt.DockWidgetArea.LeftDockWidgetArea,
    "prompt": Qt.DockWidgetArea.RightDockWidgetArea,
    "preview": Qt.DockWidgetArea.RightDockWidgetArea,
    "cost": Qt.DockWidgetArea.LeftDockWidgetArea,
    "gallery": Qt.DockWidgetArea.BottomDockWidgetArea,
    "history": Qt.DockWidgetArea.BottomDockWidgetArea,
}


NOTICE_MS = 30_000


class MainWindow(QMainWindow):
    """Owns menus, docks and file dialogs; the canvas and its actions are handed in."""

    closed = Signal()

    def __init__(
        self,
        canvas: CanvasView,
        canvas_actions: CanvasActions,
        settings: QSettings,
        icon: Callable[[str], QIcon],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.canvas_actions = canvas_actions
        self._settings = settings
        self._icon = icon
        self._menus: dict[str, QMenu] = {}
        self._docks: dict[str, QDockWidget] = {}
        self._default_state = QByteArray()
        self._current_name = ""
        self._demo = False
        self.last_notice = ""
        self._close_hooks: list[Callable[[], object]] = []
        self.connection: object | None = None  # set by app.py: where API calls go (tests read it)
        self.files = CanvasFiles(canvas, settings, self)
        self._build_ui()
        self._connect_signals()
        self._on_canvas_image_changed()

    # -- construction --------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setObjectName("MainWindow")
        self.fit_to_screen()
        self.setCentralWidget(self.canvas)
        # The side panels run the full height; the gallery sits between them, under the canvas.
        for corner, area in (
            (Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea),
            (Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea),
        ):
            self.setCorner(corner, area)
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks
            | QMainWindow.DockOption.AllowNestedDocks
            | QMainWindow.DockOption.AllowTabbedDocks
        )
        self._build_file_actions()
        for key, title in MENUS:
            self._menus[key] = self.menuBar().addMenu(self.tr(title))
        self._panels_menu = QMenu(self.tr("&Panels"), self)
        self._fill_menus()
        self.toolbar = self._build_toolbar()
        self._build_status_bar()

    def fit_to_screen(self) -> None:
        """The first window: nine tenths of the screen's available area (at least DEFAULT_SIZE),
        never more than the area itself, so a laptop gets all of it and a large screen room
        around it."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(*DEFAULT_SIZE)
            return
        area = screen.availableGeometry()
        frame = FRAME_ALLOWANCE  # title bar and borders drawn by the window manager
        width = min(max(DEFAULT_SIZE[0], area.width() * 9 // 10), area.width())
        height = min(max(DEFAULT_SIZE[1], area.height() * 9 // 10), area.height() - frame)
        self.resize(width, height)
        self.move(area.left() + (area.width() - width) // 2, area.top())

    def _new_action(
        self, name: str, text: str, keys: str | None, icon: str | None = None
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        if icon:
            action.setIcon(self._icon(icon))
        return action

    def _build_file_actions(self) -> None:
        self.action_new = self._new_action("action.new", self.tr("&New Canvas…"), "Ctrl+N", "new")
        self.action_open = self._new_action(
            "action.open", self.tr("&Open Image…"), "Ctrl+O", "open"
        )
        self.action_paste = self._new_action(
            "action.paste", self.tr("&Paste Image"), "Ctrl+V", "paste"
        )
        self.action_import_mask = self._new_action(
            "action.import_mask", self.tr("&Import Mask…"), "Ctrl+Shift+I", "import_mask"
        )
        self.action_export_mask = self._new_action(
            "action.export_mask", self.tr("&Export Mask…"), "Ctrl+Shift+E", "export_mask"
        )
        self.action_export = self._new_action(
            "action.export", self.tr("E&xport Image…"), "Ctrl+Shift+S"
        )
        self.action_export.setToolTip(self.tr("Save the canvas picture as PNG, JPEG or WebP"))
        self.action_quit = self._new_action("action.quit", self.tr("&Quit"), "Ctrl+Q")
        self.action_reset_layout = self._new_action(
            "action.reset_layout", self.tr("&Reset Layout"), None
        )
        self.action_shortcuts = self._new_action(
            "action.shortcuts", self.tr("&Keyboard Shortcuts"), "F1"
        )
        self.action_about = self._new_action(
            "action.about", self.tr("&About Image Studio"), None, "help"
        )

    def _fill_menus(self) -> None:
        acts = self.canvas_actions
        file_menu = self._menus["file"]
        file_menu.addActions([self.action_new, self.action_open, self.action_export])
        file_menu.addSeparator()
        file_menu.addActions([self.action_import_mask, self.action_export_mask])
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)
        edit = self._menus["edit"]
        edit.addActions([acts.undo, acts.redo])
        edit.addSeparator()
        edit.addAction(self.action_paste)
        view = self._menus["view"]
        view.addActions(acts.zoom_actions())
        view.addSeparator()
        view.addAction(acts.toggle_overlay)
        view.addSeparator()
        view.addMenu(self._panels_menu)
        view.addAction(self.action_reset_layout)
        image = self._menus["image"]
        image.addActions(acts.tool_actions())
        image.addActions([acts.brush_smaller, acts.brush_larger])
        image.addSeparator()
        image.addActions([acts.fill_mask, acts.clear_mask, acts.invert_mask])
        self._fill_mask_menu()
        self._menus["help"].addActions([self.action_shortcuts, self.action_about])

    def _fill_mask_menu(self) -> None:
        mask = self._menus["mask"]
        mask.setToolTipsVisible(True)  # Select Subject's tooltip says how to enable it
        for action in self.canvas_actions.selection.menu_actions():
            if action is None:
                mask.addSeparator()
            else:
                mask.addAction(action)
        mask.addSeparator()
        mask.addAction(self.canvas_actions.invert_mask)

    def _build_toolbar(self) -> QToolBar:
        toolbar = QToolBar(self.tr("Main Toolbar"), self)
        toolbar.setObjectName("toolbar.main")
        toolbar.setMovable(True)
        acts = self.canvas_actions
        groups = [
            [self.action_new, self.action_open],
            [acts.undo, acts.redo],
            acts.tool_actions(),
            [acts.fill_mask, acts.clear_mask, acts.invert_mask, acts.toggle_overlay],
            [acts.zoom_out, acts.zoom_in, acts.fit, acts.actual_size],
            [self.action_import_mask, self.action_export_mask],
        ]
        for index, group in enumerate(groups):
            if index:
                toolbar.addSeparator()
            toolbar.addActions(group)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self._panels_menu.addAction(toolbar.toggleViewAction())
        return toolbar

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self._cursor_label = QLabel()
        self._size_label = QLabel()
        self._zoom_label = QLabel()
        self._connection_label = QLabel()
        self._connection_label.setObjectName("connection_label")
        self._demo_badge = QLabel(self.tr("DEMO"))
        self._demo_badge.setObjectName("demo_badge")
        self._demo_badge.setToolTip(
            self.tr("Demo mode: a built-in emulator answers; nothing is billed")
        )
        self._demo_badge.hide()
        for label in (self._cursor_label, self._size_label, self._zoom_label):
            bar.addPermanentWidget(label)
        bar.addPermanentWidget(self._connection_label)
        bar.addPermanentWidget(self._demo_badge)

    def _connect_signals(self) -> None:
        self.canvas.image_changed.connect(self._on_canvas_image_changed)
        self.canvas.document.selection.failed.connect(self.show_notice)
        self.canvas.mask_changed.connect(self._on_canvas_mask_changed)
        self.canvas.zoom_changed.connect(self._on_canvas_zoom_changed)
        self.canvas.cursor_moved.connect(self._on_canvas_cursor_moved)
        self.canvas.files_dropped.connect(self._on_canvas_files_dropped)
        self.canvas.image_dropped.connect(self._on_canvas_image_dropped)
        self.action_new.triggered.connect(self._on_new_triggered)
        self.files.opened.connect(self._on_files_opened)
        self.files.message.connect(self._on_files_message)
        self.action_open.triggered.connect(self.files.ask_open_image)
        self.action_paste.triggered.connect(self.files.paste)
        self.action_import_mask.triggered.connect(self.files.ask_import_mask)
        self.action_export_mask.triggered.connect(self._on_export_mask_triggered)
        self.action_export.triggered.connect(self.files.ask_export_image)
        self.action_quit.triggered.connect(self.close)
        self.action_reset_layout.triggered.connect(self.reset_layout)
        self.action_shortcuts.triggered.connect(self._on_shortcuts_triggered)

    # -- public API ----------------------------------------------------------------------------

    def menu(self, name: str) -> QMenu:
        """One of "file", "edit", "view", "image", "help"."""
        return self._menus[name]

    def add_panel(
        self, key: str, title: str, widget: QWidget, area: Qt.DockWidgetArea | None = None
    ) -> QDockWidget:
        """Dock ``widget`` as "dock.<key>", listed under View ▸ Panels, saved with the layout."""
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock.{key}")
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        if area is None:
            area = PANEL_SLOTS.get(key, Qt.DockWidgetArea.RightDockWidgetArea)
        self.addDockWidget(area, dock)
        self._docks[key] = dock
        self._panels_menu.addAction(dock.toggleViewAction())
        return dock

    def panel(self, key: str) -> QDockWidget | None:
        return self._docks.get(key)

    def open_image(self, path: str | Path) -> bool:
        """Open a picture for editing; shows a message and returns False if it cannot."""
        return self.files.open_image(path)

    def import_mask(self, path: str | Path) -> bool:
        """Load a mask file (alpha, or B/W with white = edit) onto the open picture."""
        return self.files.import_mask(path)

    def export_mask(self, path: str | Path) -> bool:
        """Write the RGBA mask PNG (image size; alpha 0 = edit)."""
        return self.files.export_mask(path)

    def set_connection(self, description: str, *, demo: bool) -> None:
        """Status-bar text for the API endpoint; demo mode shows a badge and retitles."""
        self._connection_label.setText(description)
        self._demo = demo
        self._demo_badge.setVisible(demo)
        self._update_title()

    def is_demo(self) -> bool:
        return self._demo

    @Slot(str)
    def show_notice(self, text: str) -> None:
        """Something to tell the user once (e.g. a retired model was replaced)."""
        self.last_notice = text
        self.statusBar().showMessage(text, NOTICE_MS)

    def add_close_hook(self, hook: Callable[[], object]) -> None:
        """Run ``hook`` once when the window closes (stop servers, close stores)."""
        self._close_hooks.append(hook)

    # -- layout persistence --------------------------------------------------------------------

    def restore_layout(self) -> None:
        """Call once every panel has been added: remembers the default, then applies the saved."""
        self._arrange_default_layout()
        self._default_state = self.saveState(LAYOUT_VERSION)
        self.restore_geometry()
        state = self._settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state, LAYOUT_VERSION)

    def restore_geometry(self) -> None:
        """The saved size and place, before the first frame (the panels follow later)."""
        geometry = self._settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)

    def _arrange_default_layout(self) -> None:
        """Tools over Cost on the left, Prompt over Preview on the right, Gallery beside History."""
        docks = self._docks
        pairs = ((("tools", "cost"), (330, 490)), (("prompt", "preview"), (560, 380)))
        for keys, sizes in pairs:
            found = [docks[k] for k in keys if k in docks]
            if len(found) == 2:
                self.resizeDocks(found, list(sizes), Qt.Orientation.Vertical)
        wanted = {"tools": 290, "prompt": 400}  # at least; a panel that needs more gets it
        widths = [
            (docks[k], max(w, docks[k].widget().sizeHint().width()))
            for k, w in wanted.items()
            if k in docks
        ]
        if widths:
            self.resizeDocks(
                [d for d, _ in widths], [w for _, w in widths], Qt.Orientation.Horizontal
            )
        gallery, history = docks.get("gallery"), docks.get("history")
        if gallery is not None and history is not None:
            self.splitDockWidget(gallery, history, Qt.Orientation.Horizontal)
            self.resizeDocks([gallery, history], [1100, 420], Qt.Orientation.Horizontal)
        if gallery is not None:
            self.resizeDocks([gallery], [250], Qt.Orientation.Vertical)
        batches = docks.get("batches")
        if history is not None and batches is not None:  # a tab beside History
            self.tabifyDockWidget(history, batches)
            history.raise_()

    def save_layout(self) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState(LAYOUT_VERSION))
        self._settings.sync()

    @Slot()
    def reset_layout(self) -> None:
        if not self._default_state.isEmpty():
            self.restoreState(self._default_state, LAYOUT_VERSION)
        for dock in self._docks.values():
            dock.show()
        self.toolbar.show()

    def last_folder(self) -> str:
        return self.files.last_folder()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        super().closeEvent(event)
        hooks, self._close_hooks = self._close_hooks, []
        for hook in hooks:
            hook()
        self.closed.emit()

    # -- slots ---------------------------------------------------------------------------------

    def _update_title(self) -> None:
        parts = [self._current_name] if self._current_name else []
        parts.append(APP_TITLE)
        if self._demo:
            parts.append(self.tr("Demo"))
        self.setWindowTitle(" — ".join(parts))

    @Slot()
    def _on_canvas_image_changed(self) -> None:
        document = self.canvas.document
        has_image = document.has_image()
        self.canvas_actions.set_editing_enabled(has_image)
        self.action_import_mask.setEnabled(has_image)
        self.action_export.setEnabled(has_image)
        self.action_export_mask.setEnabled(has_image)
        size = document.size()
        self._size_label.setText(f"{size.width()} × {size.height()}" if document.is_open() else "")
        if not has_image:
            self._current_name = self.tr("Untitled") if document.is_open() else ""
            self._update_title()

    @Slot()
    def _on_canvas_mask_changed(self) -> None:
        self.statusBar().clearMessage()

    @Slot(float)
    def _on_canvas_zoom_changed(self, scale: float) -> None:
        self._zoom_label.setText(percent(scale))

    @Slot(QPoint)
    def _on_canvas_cursor_moved(self, point: QPoint) -> None:
        self._cursor_label.setText("" if point.x() < 0 else f"{point.x()}, {point.y()}")

    @Slot(list)
    def _on_canvas_files_dropped(self, paths: list[str]) -> None:
        self.files.open_image(paths[0])

    @Slot(QImage)
    def _on_canvas_image_dropped(self, image: QImage) -> None:
        self.files.open_qimage(image, self.tr("Dropped image"))

    @Slot(str)
    def _on_files_opened(self, name: str) -> None:
        self._current_name = name
        self._update_title()

    @Slot(str, int)
    def _on_files_message(self, text: str, timeout: int) -> None:
        self.statusBar().showMessage(text, timeout)

    @Slot()
    def _on_new_triggered(self) -> None:
        size = NewCanvasDialog.ask(self)
        if size is not None:
            self.canvas.new_blank(*size)
            self._on_files_opened(self.tr("Untitled"))

    @Slot()
    def _on_export_mask_triggered(self) -> None:
        self.files.ask_export_mask(Path(self._current_name).stem)

    @Slot()
    def _on_shortcuts_triggered(self) -> None:
        ShortcutsDialog(self).open()
