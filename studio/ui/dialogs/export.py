"""Export a result as PNG, JPEG or WebP (with quality), or a GIF or SVG exactly as received."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from studio.core.pil import Image
from studio.i18n.core_text import core_text

FORMATS: dict[str, tuple[str, str | None]] = {
    "PNG": ("png", "PNG"),
    "JPEG": ("jpg", "JPEG"),
    "WebP": ("webp", "WEBP"),
    "GIF": ("gif", None),  # None: the file as received (every frame, every delay)
    "SVG": ("svg", None),
}
RASTER = ("PNG", "JPEG", "WebP")


def formats_for(source: str) -> list[str]:
    """What a result can be exported as: an SVG only as itself; a GIF first as itself."""
    suffix = Path(source).suffix.lower()
    if suffix == ".svg":
        return ["SVG"]
    if suffix == ".gif":
        return ["GIF", *RASTER]
    return list(RASTER)


def export_image(source: str | Path, target: str | Path, fmt: str, quality: int = 90) -> Path:
    """Write ``source`` to ``target`` as ``fmt`` (a FORMATS key); JPEG flattens transparency.

    GIF and SVG are copied byte for byte, so an animation and a document stay as received.
    """
    _ext, pil_format = FORMATS[fmt]
    target = Path(target)
    if pil_format is None:
        if Path(source).suffix.lower() != f".{_ext}":
            raise ValueError(f"only a {fmt} result can be exported as {fmt}")
        shutil.copyfile(source, target)
        return target
    with Image.open(source) as image:
        image.load()
        if pil_format == "JPEG" and image.mode not in ("RGB", "L"):
            background = Image.new("RGB", image.size, (255, 255, 255))
            background.paste(image, mask=image.convert("RGBA").getchannel("A"))
            image = background
        options: dict[str, object] = {}
        if pil_format in ("JPEG", "WEBP"):
            options["quality"] = quality
        image.save(target, pil_format, **options)
    return target


class ExportDialog(QDialog):
    """Format, quality and file; ``exported`` carries the written path."""

    exported = Signal(str)
    failed = Signal(str)

    def __init__(self, source: str, folder: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._folder = folder
        self._build_ui(name)
        self._connect_signals()

    def _build_ui(self, name: str) -> None:
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export Result"))
        self.format = QComboBox(objectName="export_format")
        self.format.addItems(formats_for(self._source))
        self.quality = QSpinBox(objectName="export_quality")
        self.quality.setRange(1, 100)
        self.quality.setValue(90)
        self.quality.setEnabled(False)
        first_ext = FORMATS[self.format.currentText()][0]
        self.path = QLineEdit(
            str(Path(self._folder) / f"{name}.{first_ext}"), objectName="export_path"
        )
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout(self)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Quality"), self.quality)
        form.addRow(self.tr("File"), row)
        form.addRow(self.buttons)

    def _connect_signals(self) -> None:
        self.format.currentTextChanged.connect(self._on_format_changed)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    @Slot(str)
    def _on_format_changed(self, fmt: str) -> None:
        ext, _pil = FORMATS[fmt]
        self.quality.setEnabled(fmt in ("JPEG", "WebP"))
        self.path.setText(str(Path(self.path.text()).with_suffix(f".{ext}")))

    @Slot()
    def _on_browse_clicked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export Result"), self.path.text()
        )
        if path:
            self.path.setText(path)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        try:
            written = export_image(
                self._source, self.path.text(), self.format.currentText(), self.quality.value()
            )
        except (OSError, ValueError) as error:
            self.failed.emit(self.tr("Cannot export: {error}").format(error=core_text(str(error))))
            return
        self.exported.emit(str(written))
        self.accept()
