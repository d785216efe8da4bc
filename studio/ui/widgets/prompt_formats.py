"""Form rows that belong to one output format: GIF's frames and SVG's author, and their rules."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from studio.core.catalog import Catalog, ModelSpec
from studio.core.requests import WHOLE_FORMATS, ImageParams

ALL_FORMATS = ("png", "jpeg", "webp", "gif", "svg")
ALL_QUALITIES = ("low", "medium", "high", "xhigh", "max", "auto")


# The form's own context: these rows belong to ParamsForm in the catalogues.
translate = QCoreApplication.translate


class FormatRows:
    """The GIF and SVG controls of the parameter form (built on ``parent``, laid out by it)."""

    def __init__(self, catalog: Catalog, parent: QWidget) -> None:
        self._catalog = catalog
        self._parent = parent
        gif = catalog.gif
        self.frame_count = _spin(parent, "frame_count", gif.min_frames, gif.max_frames)
        self.frame_count.setToolTip(translate("ParamsForm", "Frames in the animation (2 to 16)"))
        self.frame_duration = _spin(parent, "frame_duration_ms", 10, gif.max_duration_ms)
        self.frame_duration.setSingleStep(10)
        self.frame_duration.setSuffix(translate("ParamsForm", " ms"))
        self.frame_duration.setToolTip(
            translate("ParamsForm", "How long each frame shows, rounded to 10 ms")
        )
        self.svg_model = QComboBox(parent, objectName="svg_model", editable=True)
        self.svg_model.addItem(translate("ParamsForm", "account default"), None)
        for author in catalog.svg.authors:
            self.svg_model.addItem(author, author)
        self.svg_model.setToolTip(
            QCoreApplication.translate(
                "ParamsForm", "The model that writes the SVG from the rendered image"
            )
        )
        self.svg_effort = QComboBox(parent, objectName="svg_effort")
        self.svg_effort.addItem(translate("ParamsForm", "default"), None)
        for effort in catalog.svg.efforts:
            self.svg_effort.addItem(effort, effort)
        self.effort_tip = QCoreApplication.translate(
            "ParamsForm", "How much the SVG author reasons; more costs more tokens"
        )
        for widget in (self.frame_count, self.frame_duration, self.svg_model, self.svg_effort):
            widget.setProperty("baseToolTip", widget.toolTip())

    def rows(self) -> list[tuple[str, QWidget]]:
        return [
            (translate("ParamsForm", "GIF frames"), self.frame_count),
            (translate("ParamsForm", "Frame duration"), self.frame_duration),
            (translate("ParamsForm", "SVG author"), self.svg_model),
            (translate("ParamsForm", "SVG effort"), self.svg_effort),
        ]

    def controls(self) -> list[QWidget]:
        return [self.frame_count, self.frame_duration, self.svg_model, self.svg_effort]

    def visible(self, params: ImageParams) -> dict[QWidget, bool]:
        gif, svg = params.output_format == "gif", params.output_format == "svg"
        return {
            self.frame_count: gif,
            self.frame_duration: gif,
            self.svg_model: svg,
            self.svg_effort: svg,
        }

    def show(self, params: ImageParams) -> None:
        gif = self._catalog.gif
        self.frame_count.setValue(params.frame_count or gif.default_frames)
        self.frame_duration.setValue(params.frame_duration_ms or gif.default_duration_ms)
        index = self.svg_model.findData(params.svg_model)
        if index < 0 and params.svg_model:
            self.svg_model.addItem(params.svg_model, params.svg_model)
            index = self.svg_model.count() - 1
        self.svg_model.setCurrentIndex(max(0, index))
        self.svg_effort.setCurrentIndex(max(0, self.svg_effort.findData(params.svg_effort)))
        no_author = QCoreApplication.translate(
            "ParamsForm", "Choose an SVG author model to set its effort"
        )
        self.svg_effort.setEnabled(bool(params.svg_model))
        self.svg_effort.setToolTip(self.effort_tip if params.svg_model else no_author)

    def values(self) -> dict[str, Any]:
        """The format fields as the controls show them (the caller keeps the format's own)."""
        author = self.svg_model.currentText().strip()
        if self.svg_model.currentIndex() == 0 and author == self.svg_model.itemText(0):
            author = ""
        return {
            "frame_count": self.frame_count.value(),
            "frame_duration_ms": self.frame_duration.value(),
            "svg_model": author or None,
            "svg_effort": self.svg_effort.currentData() if author else None,
        }


def for_format(fmt: str, values: dict[str, Any], params: ImageParams) -> dict[str, Any]:
    """The changes a format brings: its own fields kept, the others' cleared, and GIF's and
    SVG's rules applied (no partial images; one image per SVG request)."""
    changes: dict[str, Any] = {
        "frame_count": values["frame_count"] if fmt == "gif" else None,
        "frame_duration_ms": values["frame_duration_ms"] if fmt == "gif" else None,
        "svg_model": values["svg_model"] if fmt == "svg" else None,
        "svg_effort": values["svg_effort"] if fmt == "svg" else None,
    }
    if fmt in WHOLE_FORMATS:
        changes["partial_images"] = 0
    if fmt == "svg":
        changes["n"] = 1
    return changes


def format_reasons(spec: ModelSpec, params: ImageParams, tr: Any) -> dict[str, str | None]:
    """Why partial images and n are unavailable with the chosen format (None: available)."""
    fmt = params.output_format
    partial = spec.unsupported_reason("partial_images")
    if fmt in WHOLE_FORMATS:
        partial = QCoreApplication.translate(
            "ParamsForm", "%1 output arrives whole: no partial images"
        ).replace("%1", fmt.upper())
    n = translate("ParamsForm", "SVG output makes one image per request") if fmt == "svg" else None
    return {"partial_images": partial, "n": n}


def _spin(parent: QWidget, name: str, low: int, high: int) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setObjectName(name)
    spin.setRange(low, high)
    return spin
