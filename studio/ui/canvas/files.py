"""Pictures and masks in and out of the canvas: file dialogs, clipboard, messages to the user."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QSettings, Signal, Slot
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from studio.core.imageio import ImageLoadError, load_image_path
from studio.core.pil import Image
from studio.i18n.core_text import core_text
from studio.ui.canvas.view import CanvasView
from studio.ui.dialogs.export import ExportDialog

IMAGE_FILTER = QT_TRANSLATE_NOOP("CanvasFiles", "Images (*.png *.jpg *.jpeg *.webp);;All files (*)")
MASK_FILTER = QT_TRANSLATE_NOOP("CanvasFiles", "Masks (*.png *.jpg *.jpeg *.webp);;All files (*)")


class CanvasFiles(QObject):
    """Every load and save the canvas offers; problems become dialogs, successes messages."""

    opened = Signal(str)  # the name to show in the title
    message = Signal(str, int)  # status-bar text, timeout in ms

    def __init__(self, canvas: CanvasView, settings: QSettings, dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self._canvas = canvas
        self._settings = settings
        self._parent = dialog_parent
        self.export_dialog: ExportDialog | None = None
        self._export_source: Path | None = None
        self._mask_unsaved = False  # painted since the last export
        self._picture: Path | None = None  # the file the picture was opened from
        canvas.mask_changed.connect(self._on_canvas_mask_changed)
        canvas.load_failed.connect(self._on_canvas_load_failed)

    @Slot()
    def _on_canvas_mask_changed(self) -> None:
        self._mask_unsaved = self._canvas.has_mask()

    @Slot(str)
    def _on_canvas_load_failed(self, message: str) -> None:
        QMessageBox.warning(self._parent, self.tr("Cannot open image"), core_text(message))

    def may_replace_picture(self) -> bool:
        """Ask before a new picture drops a painted mask that was never exported."""
        if not (self._mask_unsaved and self._canvas.has_mask()):
            return True
        answer = QMessageBox.question(
            self._parent,
            self.tr("Drop the painted mask?"),
            self.tr(
                "Opening another picture drops the mask you painted on this one. "
                "Export the mask first (File ▸ Export Mask…) to keep it, or Discard it. "
                "Edit ▸ Undo brings it back too."
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def last_folder(self) -> str:
        value = self._settings.value("paths/last_folder", "")
        return value if isinstance(value, str) and Path(value).is_dir() else str(Path.home())

    def _remember_folder(self, path: Path) -> None:
        self._settings.setValue("paths/last_folder", str(path.resolve().parent))

    def open_image(self, path: str | Path) -> bool:
        path = Path(path)
        if not self.may_replace_picture():
            return False
        try:
            self._canvas.open_image(path)
        except ImageLoadError as error:
            QMessageBox.warning(self._parent, self.tr("Cannot open image"), core_text(str(error)))
            return False
        self._remember_folder(path)
        self._picture = path.resolve()
        self.opened.emit(path.name)
        self.message.emit(self.tr("Opened {name}").format(name=path.name), 4000)
        return True

    def open_qimage(self, image: QImage, name: str) -> None:
        if not image.isNull() and self.may_replace_picture():
            self._canvas.set_image(image)
            self._picture = None
            self.opened.emit(name)

    def paste(self) -> None:
        data = QGuiApplication.clipboard().mimeData()
        if data is not None and data.hasImage():
            self.open_qimage(QImage(data.imageData()), self.tr("Pasted image"))
        elif data is not None and data.hasUrls() and data.urls()[0].isLocalFile():
            self.open_image(data.urls()[0].toLocalFile())
        else:
            self.message.emit(self.tr("The clipboard holds no image."), 4000)

    def import_mask(self, path: str | Path) -> bool:
        """An alpha mask (transparent = edit) or a B/W image (white = edit) for the picture."""
        if not self._canvas.has_image():
            return False
        size = self._canvas.document.size().toTuple()
        try:
            coverage = self._fit_mask(load_image_path(path), size)
        except ImageLoadError as error:
            QMessageBox.warning(self._parent, self.tr("Cannot import mask"), core_text(str(error)))
            return False
        if coverage is None:
            return False
        self._canvas.document.replace_mask(coverage)
        self._remember_folder(Path(path))
        return True

    def _fit_mask(self, image: Image.Image, size: tuple[int, int]) -> Image.Image | None:
        # numpy, which mask_io pulls in, is not needed for the window's first frame.
        from studio.core.mask_io import MaskSizeError, import_mask

        try:
            return import_mask(image, size)
        except MaskSizeError as error:
            answer = QMessageBox.question(
                self._parent,
                self.tr("Mask size differs"),
                self.tr(
                    "{error}\n\nResize the mask to {width}×{height}, or cancel the import?"
                ).format(error=core_text(str(error)), width=size[0], height=size[1]),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.message.emit(
                    self.tr("Mask not imported: {error}").format(error=core_text(str(error))), 8000
                )
                return None
            return import_mask(image, size, resize=True)

    def export_mask(self, path: str | Path) -> bool:
        """The RGBA mask PNG: the picture's size, alpha 0 where it may change."""
        path = Path(path)
        try:
            path.write_bytes(self._canvas.mask_png())
        except OSError as error:
            QMessageBox.warning(
                self._parent, self.tr("Cannot export mask"), f"{path}: {error.strerror or error}"
            )
            return False
        self._remember_folder(path)
        self._mask_unsaved = False
        self.message.emit(self.tr("Mask saved to {name}").format(name=path.name), 4000)
        return True

    def export_target(self) -> tuple[str, str]:
        """Folder and file stem an export starts from: beside the opened picture, named after
        it (with "-edit", so the original is never overwritten by accident)."""
        if self._picture is not None and self._picture.parent.is_dir():
            return str(self._picture.parent), f"{self._picture.stem}-edit"
        return self.last_folder(), "image"

    def ask_export_image(self) -> None:
        """File ▸ Export Image…: the canvas picture as PNG, JPEG or WebP."""
        data = self._canvas.image_bytes() if self._canvas.has_image() else None
        if data is None:
            self.message.emit(self.tr("Nothing to export: open or generate a picture first."), 4000)
            return
        handle, source = tempfile.mkstemp(prefix="studio-export-")
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        folder, stem = self.export_target()
        dialog = ExportDialog(source, folder, stem, self._parent)
        dialog.setWindowTitle(self.tr("Export Image"))
        dialog.exported.connect(self._on_export_dialog_exported)
        dialog.failed.connect(self._on_export_dialog_failed)
        dialog.finished.connect(self._on_export_dialog_finished)
        dialog.open()
        self.export_dialog, self._export_source = dialog, Path(source)

    @Slot(int)
    def _on_export_dialog_finished(self, _result: int) -> None:
        if self._export_source is not None:
            self._export_source.unlink(missing_ok=True)  # the picture's bytes, written for it
            self._export_source = None

    @Slot(str)
    def _on_export_dialog_exported(self, path: str) -> None:
        self._remember_folder(Path(path))
        self.message.emit(self.tr("Saved {0}").format(Path(path).name), 4000)

    @Slot(str)
    def _on_export_dialog_failed(self, text: str) -> None:
        QMessageBox.warning(self._parent, self.tr("Cannot export"), text)

    def ask_open_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._parent, self.tr("Open Image"), self.last_folder(), self.tr(IMAGE_FILTER)
        )
        if path:
            self.open_image(path)

    def ask_import_mask(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._parent, self.tr("Import Mask"), self.last_folder(), self.tr(MASK_FILTER)
        )
        if path:
            self.import_mask(path)

    def ask_export_mask(self, stem: str) -> None:
        start = str(Path(self.last_folder()) / f"{stem or 'image'}-mask.png")
        path, _ = QFileDialog.getSaveFileName(
            self._parent, self.tr("Export Mask"), start, self.tr("PNG (*.png)")
        )
        if path:
            self.export_mask(path if path.lower().endswith(".png") else f"{path}.png")
