"""The parameter form: model, preset and a control per API parameter, bound to RequestState."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSpinBox, QWidget

from studio.core.catalog import Catalog, ModelSpec
from studio.core.requests import BACKGROUNDS, MODERATIONS, ImageParams, coerce_to_model
from studio.i18n.core_text import core_text
from studio.ui.state.request_state import RequestState
from studio.ui.vocabulary import value_label
from studio.ui.widgets.prompt_formats import (
    ALL_FORMATS,
    ALL_QUALITIES,
    FormatRows,
    for_format,
    format_reasons,
)
from studio.ui.widgets.prompt_size import MATCH, SizeField

DEFAULT = QT_TRANSLATE_NOOP("ParamsForm", "default")
NO_PRESET = QT_TRANSLATE_NOOP("ParamsForm", "Preset…")
# The descriptions of resources/models.toml (shown as the model tooltips).
MODEL_DESCRIPTIONS = (
    QT_TRANSLATE_NOOP(
        "ParamsForm",
        "The default: any size, fast and dependable; quality up to high.",
    ),
    QT_TRANSLATE_NOOP(
        "ParamsForm",
        "2.5 line: adds xhigh and max quality and markup edits. OpenAI has not published "
        "how Sunburst and Flare differ: same sizes and prices, so compare both with "
        "Drafts.",
    ),
    QT_TRANSLATE_NOOP(
        "ParamsForm",
        "2.5 line, sibling of Sunburst: xhigh and max quality, markup edits. OpenAI has "
        "not published how Flare and Sunburst differ: same sizes and prices, so compare "
        "both with Drafts.",
    ),
    QT_TRANSLATE_NOOP(
        "ParamsForm",
        "Latest line; OpenAI's image tool default. Token use at low and medium quality is"
        " reported 3-4x the 2.5 figures, so estimates are approximate until the first "
        "result.",
    ),
    QT_TRANSLATE_NOOP(
        "ParamsForm",
        "Latest line, sibling of 2.6 Sunburst; differences unpublished. Estimates are "
        "approximate until the first result.",
    ),
)
# The labels of resources/presets.toml, so that lupdate offers them to translators.
PRESET_LABELS = (
    QT_TRANSLATE_NOOP("ParamsForm", "Thumbnail"),
    QT_TRANSLATE_NOOP("ParamsForm", "Avatar"),
    QT_TRANSLATE_NOOP("ParamsForm", "Social post (4:5)"),
    QT_TRANSLATE_NOOP("ParamsForm", "Blog header (16:9)"),
    QT_TRANSLATE_NOOP("ParamsForm", "Hero banner (2.35:1)"),
    QT_TRANSLATE_NOOP("ParamsForm", "Print A4 (portrait)"),
    QT_TRANSLATE_NOOP("ParamsForm", "Portfolio (4:3)"),
)


class ParamsForm(QWidget):
    """Shows the request's parameters; every edit goes straight to the RequestState."""

    def __init__(self, request_state: RequestState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = request_state
        self._catalog: Catalog = request_state.catalog
        self._build_ui()
        self._connect_signals()
        self._on_state_params_changed(request_state.params)

    # -- construction --------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.model = self._combo("model", self.tr("Which GPT Image model renders the image"))
        self._fill_models()
        self.preset = self._combo("preset", self.tr("Sets size and quality for a common use"))
        self.preset.addItem(self.tr(NO_PRESET), None)
        for key, preset in self._catalog.presets.items():
            self.preset.addItem(self.tr(preset.label), key)
        self.size = SizeField(self._catalog, self)
        self.size_problem = QLabel(objectName="size_problem", wordWrap=True)
        self.size_problem.setStyleSheet("color: #d04040;")
        self.size_problem.hide()
        self.quality = self._combo("quality", self.tr("Higher quality costs more output tokens"))
        self.n = self._spin("n", 1, 10, self.tr("How many images one request makes"))
        self.background = self._combo("background", self.tr("Transparent needs PNG or WebP output"))
        self.output_format = self._combo(
            "output_format", self.tr("The file format the API returns")
        )
        self.output_compression = self._spin(
            "output_compression", -1, 100, self.tr("JPEG/WebP only")
        )
        self.output_compression.setSpecialValueText(self.tr(DEFAULT))
        self.moderation = self._combo("moderation", self.tr("How strict the safety filter is"))
        for value in MODERATIONS:
            self.moderation.addItem(value_label(value), value)
        self.input_fidelity = self._combo(
            "input_fidelity", self.tr("How closely edits keep the input")
        )
        self.complexity = self._combo("complexity", self.tr("Scene complexity (newer models)"))
        self.partial_images = self._spin(
            "partial_images", 0, 3, self.tr("Previews streamed while it renders")
        )
        self.complexity.setToolTip(self.tr("Effort spent planning the image, apart from quality"))
        self.complexity.setProperty("baseToolTip", self.complexity.toolTip())
        self.formats = FormatRows(self._catalog, self)  # GIF frames, SVG author: own rows
        self._lay_out()

    def _fill_models(self) -> None:
        """Every model of the table; those the provider no longer serves are shown disabled,
        with the reason, so the list never loses its current model."""
        lifecycle = self._state.lifecycle
        items = self.model.model()
        for spec in self._catalog.models.values():
            problem = lifecycle.sending_problem(spec)
            self.model.addItem(spec.label, spec.id)
            if spec.description:  # what it is for: the item's tooltip (the reason if disabled)
                self.model.setItemData(
                    self.model.count() - 1, self.tr(spec.description), Qt.ItemDataRole.ToolTipRole
                )
            if problem and isinstance(items, QStandardItemModel):
                item = items.item(self.model.count() - 1)
                item.setEnabled(False)
                item.setToolTip(core_text(problem))

    def _lay_out(self) -> None:
        """The everyday parameters here; the rest in ``advanced``, which the panel folds away."""
        basic = [
            (self.tr("Model"), self.model),
            (self.tr("Preset"), self.preset),
            (self.tr("Size"), self.size),
            ("", self.size_problem),
            (self.tr("Quality"), self.quality),
            (self.tr("Images"), self.n),
        ]
        advanced = [
            (self.tr("Background"), self.background),
            (self.tr("Format"), self.output_format),
            (self.tr("Compression"), self.output_compression),
            (self.tr("Moderation"), self.moderation),
            (self.tr("Input fidelity"), self.input_fidelity),
            (self.tr("Complexity"), self.complexity),
            (self.tr("Partial images"), self.partial_images),
            *self.formats.rows(),  # GIF frames, SVG author: shown with their format
        ]
        self.advanced = QWidget(self, objectName="advanced_params")
        for widget, rows in ((self, basic), (self.advanced, advanced)):
            form = QFormLayout(widget)
            form.setContentsMargins(0, 0, 0, 0)
            for label, control in rows:
                form.addRow(label, control)
        self._form = form  # the advanced form, which holds the format rows

    def _combo(self, name: str, tip: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setToolTip(tip)
        combo.setProperty("baseToolTip", tip)
        return combo

    def _spin(self, name: str, low: int, high: int, tip: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setToolTip(tip)
        spin.setProperty("baseToolTip", tip)
        return spin

    def _connect_signals(self) -> None:
        self._state.params_changed.connect(self._on_state_params_changed)
        self._state.changed.connect(self._on_state_changed)
        self.size.match_selected.connect(self._on_size_match_selected)
        self.model.activated.connect(self._on_model_activated)
        self.preset.activated.connect(self._on_preset_activated)
        self.size.size_committed.connect(self._on_size_size_committed)
        self.size.problem_changed.connect(self._on_size_problem_changed)
        for combo in (self.quality, self.background, self.output_format, self.moderation):
            combo.activated.connect(self._on_choice_activated)
        for combo in (self.input_fidelity, self.complexity):
            combo.activated.connect(self._on_choice_activated)
        for spin in (self.n, self.output_compression, self.partial_images):
            spin.valueChanged.connect(self._on_number_value_changed)
        rows = self.formats
        rows.frame_count.valueChanged.connect(self._on_format_value_changed)
        rows.frame_duration.valueChanged.connect(self._on_format_value_changed)
        rows.svg_model.activated.connect(self._on_format_value_changed)
        rows.svg_effort.activated.connect(self._on_format_value_changed)
        line = rows.svg_model.lineEdit()
        if line is not None:
            line.editingFinished.connect(self._on_svg_model_editing_finished)

    # -- showing the state ---------------------------------------------------------------------

    @Slot(object)
    def _on_state_params_changed(self, params: ImageParams) -> None:
        spec = self._catalog.get(params.model)
        for widget in self._controls():
            widget.blockSignals(True)
        self._select_data(self.model, spec.id)
        tip = self.tr(spec.description) if spec.description else ""
        tip = tip or str(self.model.property("baseToolTip"))
        self.model.setToolTip(tip)
        self.size.set_spec(spec, MATCH if self._state.size_follows_canvas else params.size)
        self._show_match_size()
        self._fill_limited(self.quality, ALL_QUALITIES, spec, "quality", params.quality)
        self.n.setValue(params.n)
        self._fill_backgrounds(spec, params.background)
        self._fill_limited(
            self.output_format, ALL_FORMATS, spec, "output_format", params.output_format
        )
        self.output_compression.setValue(
            -1 if params.output_compression is None else params.output_compression
        )
        self._select_data(self.moderation, params.moderation)
        self._fill_optional(self.input_fidelity, spec.input_fidelity, params.input_fidelity)
        self._fill_optional(self.complexity, spec.complexity, params.complexity)
        self.partial_images.setValue(params.partial_images)
        self.formats.show(params)
        for widget, shown in self.formats.visible(params).items():
            self._form.setRowVisible(widget, shown)
        self._show_availability(spec, params)
        self._sync_preset(spec, params)
        for widget in self._controls():
            widget.blockSignals(False)

    def _controls(self) -> list[QWidget]:
        return [
            self.model, self.preset, self.quality, self.n, self.background, self.output_format,
            self.output_compression, self.moderation, self.input_fidelity, self.complexity,
            self.partial_images, *self.formats.controls(),
        ]  # fmt: skip

    def _fill(self, combo: QComboBox, values: tuple[str, ...], current: str) -> None:
        combo.clear()
        for value in values:
            combo.addItem(value_label(value), value)
        self._select_data(combo, current)

    def _fill_limited(
        self, combo: QComboBox, values: tuple[str, ...], spec: ModelSpec, param: str, current: str
    ) -> None:
        """Every value, those the model does not take disabled with the reason as tooltip."""
        self._fill(combo, values, current)
        model = combo.model()
        for row, value in enumerate(values):
            reason = spec.unsupported_reason(param, value)
            if reason and isinstance(model, QStandardItemModel):
                model.item(row).setEnabled(False)
                model.item(row).setToolTip(core_text(reason))

    def _fill_optional(
        self, combo: QComboBox, values: tuple[str, ...], current: str | None
    ) -> None:
        combo.clear()
        combo.addItem(self.tr(DEFAULT), None)
        for value in values:
            combo.addItem(value_label(value), value)
        self._select_data(combo, current)

    def _fill_backgrounds(self, spec: ModelSpec, current: str) -> None:
        self.background.clear()
        for value in BACKGROUNDS:
            self.background.addItem(value_label(value), value)
        reason = spec.unsupported_reason("background", "transparent")
        model = self.background.model()
        if reason and isinstance(model, QStandardItemModel):
            item = model.item(BACKGROUNDS.index("transparent"))
            item.setEnabled(False)
            item.setToolTip(core_text(reason))
        self._select_data(self.background, current)

    @staticmethod
    def _select_data(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _show_availability(self, spec: ModelSpec, params: ImageParams) -> None:
        """Disable what the model does not support, with the reason as the tooltip."""
        compress = None
        if params.output_format not in ("jpeg", "webp"):
            compress = self.tr("Compression applies to JPEG or WebP output, not {format}.").format(
                format=params.output_format
            )
        self._set_available(self.output_compression, compress)
        self._set_available(self.input_fidelity, spec.unsupported_reason("input_fidelity"))
        self._set_available(self.complexity, spec.unsupported_reason("complexity"))
        reasons = format_reasons(spec, params, self.tr)
        self._set_available(self.partial_images, reasons["partial_images"])
        self._set_available(self.n, reasons["n"])

    @staticmethod
    def _set_available(widget: QWidget, reason: str | None) -> None:
        widget.setEnabled(reason is None)
        widget.setToolTip(
            core_text(reason) if reason else str(widget.property("baseToolTip") or "")
        )

    def _sync_preset(self, spec: ModelSpec, params: ImageParams) -> None:
        key = self.preset.currentData()
        preset = self._catalog.presets.get(key) if key else None
        if preset is None or (
            preset.size_for(spec) != params.size or preset.quality_for(spec) != params.quality
        ):
            self.preset.setCurrentIndex(0)

    # -- editing -------------------------------------------------------------------------------

    @Slot(int)
    def _on_model_activated(self, _index: int) -> None:
        spec = self._catalog.get(str(self.model.currentData()))
        self._state.set_params(coerce_to_model(self._state.params, spec))

    @Slot(int)
    def _on_preset_activated(self, _index: int) -> None:
        key = self.preset.currentData()
        preset = self._catalog.presets.get(key) if key else None
        if preset is None:
            return
        spec = self._state.spec
        self._state.update_params(size=preset.size_for(spec), quality=preset.quality_for(spec))
        self._select_data(self.preset, key)

    @Slot(str)
    def _on_size_size_committed(self, size: str) -> None:
        self._state.update_params(size=size)

    @Slot()
    def _on_size_match_selected(self) -> None:
        self._state.set_size_follows_canvas(True)

    @Slot()
    def _on_state_changed(self) -> None:
        self._show_match_size()

    def _show_match_size(self) -> None:
        has_picture = self._state.canvas_size() is not None
        self.size.set_match_text(self._state.effective_params().size if has_picture else None)

    @Slot(str)
    def _on_size_problem_changed(self, message: str) -> None:
        self.size_problem.setText(message)
        self.size_problem.setVisible(bool(message))

    @Slot(int)
    def _on_choice_activated(self, _index: int) -> None:
        fmt = str(self.output_format.currentData())
        params = self._state.params
        compression = params.output_compression
        self._state.update_params(
            quality=str(self.quality.currentData()),
            background=str(self.background.currentData()),
            output_format=fmt,
            output_compression=compression if fmt in ("jpeg", "webp") else None,
            moderation=str(self.moderation.currentData()),
            input_fidelity=self.input_fidelity.currentData(),
            complexity=self.complexity.currentData(),
            **for_format(fmt, self.formats.values(), params),
        )

    @Slot(int)
    def _on_format_value_changed(self, _value: int = 0) -> None:
        params = self._state.params
        fmt = params.output_format
        self._state.update_params(**for_format(fmt, self.formats.values(), params))

    @Slot()
    def _on_svg_model_editing_finished(self) -> None:
        self._on_format_value_changed()

    @Slot(int)
    def _on_number_value_changed(self, _value: int) -> None:
        compression = self.output_compression.value()
        self._state.update_params(
            n=self.n.value(),
            partial_images=self.partial_images.value(),
            output_compression=None if compression < 0 else compression,
        )
