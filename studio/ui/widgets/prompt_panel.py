"""The prompt panel: prompt, recent prompts, parameters, reference images and mask compositing."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.core.requests import InputImage
from studio.ui.state.request_state import MAX_REFERENCES, RequestState
from studio.ui.widgets.prompt_params import ParamsForm

PROBLEM_STYLE = "border: 2px solid #d04040;"
IMAGE_FILTER = QT_TRANSLATE_NOOP("PromptPanel", "Images (*.png *.jpg *.jpeg *.webp)")
RecentPrompts = Callable[[], list[str]]
PROMPT_LINES = 4


class PromptPanel(QWidget):
    """Edits the RequestState; the generation controller reads it and runs the job."""

    def __init__(
        self,
        request_state: RequestState,
        recent_prompts: RecentPrompts,
        *,
        composite_default: bool = True,
        feather_default: int = 4,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("prompt_panel")
        self._state = request_state
        self._recent_prompts = recent_prompts
        self._flagged: QWidget | None = None
        self._build_ui(composite_default, feather_default)
        self._connect_signals()
        self._on_state_changed()

    # -- construction --------------------------------------------------------------------------

    def _build_ui(self, composite: bool, feather: int) -> None:
        self.prompt = QPlainTextEdit(self, objectName="prompt")
        self.prompt.setPlaceholderText(self.tr("Describe the image, or the change to make…"))
        self.prompt.setPlainText(self._state.prompt)
        self.prompt.setTabChangesFocus(True)
        lines = self.prompt.fontMetrics().lineSpacing()
        self.prompt.setFixedHeight(lines * PROMPT_LINES + 12)
        self.recent_menu = QMenu(self)
        self.recent = QToolButton(self, objectName="recent_prompts", text=self.tr("Recent"))
        self.recent.setToolTip(self.tr("Reuse a prompt from an earlier job"))
        self.recent.setMenu(self.recent_menu)
        self.recent.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.mode_label = QLabel(self, objectName="mode_label", wordWrap=True)
        # Always two lines high: a hint that grows would move every control below it.
        self.mode_label.setFixedHeight(self.mode_label.fontMetrics().lineSpacing() * 2 + 2)
        self.mode_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.params = ParamsForm(self._state, parent=self)
        self.references = QListWidget(self, objectName="references")
        self.references.setMaximumHeight(90)
        self.reference_add = QPushButton(
            self.tr("Add reference…"), self, objectName="reference_add"
        )
        self.reference_remove = QPushButton(self.tr("Remove"), self, objectName="reference_remove")
        self.keep_unmasked = QCheckBox(
            self.tr("Keep unmasked pixels"), self, objectName="keep_unmasked"
        )
        self.keep_unmasked.setChecked(composite)
        self.keep_unmasked.setToolTip(
            self.tr(
                "The API may repaint outside the mask; this puts the original back outside it "
                "(the raw result is kept too)"
            )
        )
        self.feather_px = float(feather)  # set from Tools ▸ Mask edge
        self.problem_label = QLabel(self, objectName="problem_label", wordWrap=True)
        self.problem_label.setStyleSheet("color: #d04040;")
        self.problem_label.hide()
        self._run_row = QHBoxLayout()
        self._build_more()
        self._lay_out()

    def _lay_out(self) -> None:
        """Prompt, the everyday parameters and Generate first; the rest folds away below."""
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Prompt")))
        top.addStretch(1)
        top.addWidget(self.recent)
        layout.addLayout(top)
        layout.addWidget(self.prompt)
        layout.addWidget(self.mode_label)
        layout.addWidget(self.params)
        layout.addWidget(self.problem_label)
        layout.addLayout(self._run_row)
        layout.addWidget(self.more_toggle)
        layout.addWidget(self.more)
        layout.addStretch(1)

    def _build_more(self) -> None:
        """The folded section: advanced parameters, compositing and reference images."""
        self.more_toggle = QToolButton(
            self, objectName="more_options", text=self.tr("More options")
        )
        self.more_toggle.setCheckable(True)
        self.more_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.more_toggle.setAutoRaise(True)
        self.more_toggle.setToolTip(
            self.tr("Background, format, moderation, partial previews, mask edges, references")
        )
        self.more = QWidget(self, objectName="more_section")
        layout = QVBoxLayout(self.more)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.params.advanced)
        layout.addWidget(self.keep_unmasked)
        layout.addWidget(QLabel(self.tr("Reference images")))
        layout.addWidget(self.references)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reference_add)
        buttons.addWidget(self.reference_remove)
        layout.addLayout(buttons)
        self.more.hide()

    def set_more_shown(self, shown: bool) -> None:
        self.more_toggle.setChecked(shown)

    @Slot(bool)
    def _on_more_toggle_toggled(self, shown: bool) -> None:
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.more_toggle.setArrowType(arrow)
        self.more.setVisible(shown)

    def _connect_signals(self) -> None:
        self.prompt.textChanged.connect(self._on_prompt_text_changed)
        self._state.prompt_changed.connect(self._on_state_prompt_changed)
        self._state.changed.connect(self._on_state_changed)
        self._state.references_changed.connect(self._on_state_references_changed)
        self.recent_menu.aboutToShow.connect(self._on_recent_menu_about_to_show)
        self.recent_menu.triggered.connect(self._on_recent_menu_triggered)
        self.reference_add.clicked.connect(self._on_reference_add_clicked)
        self.reference_remove.clicked.connect(self._on_reference_remove_clicked)
        self.more_toggle.toggled.connect(self._on_more_toggle_toggled)

    def set_run_actions(self, *actions: QAction) -> None:
        """Buttons for the generate and cancel actions at the bottom of the panel."""
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            self._run_row.addWidget(button)

    # -- what the controller reads -------------------------------------------------------------

    def composite_feather_px(self) -> float | None:
        """The feather for compositing a masked edit back; None when the raw output is wanted."""
        return self.feather_px if self.keep_unmasked.isChecked() else None

    def add_reference_files(self, paths: list[str]) -> str | None:
        """Add images as references; returns why some could not be added, if any."""
        for path in paths:
            if len(self._state.references) >= MAX_REFERENCES:
                return self.tr("At most {count} images in all (the canvas counts as one).").format(
                    count=MAX_REFERENCES + 1
                )
            try:
                data = Path(path).read_bytes()
            except OSError as exc:
                return self.tr("Could not read {name}: {reason}").format(
                    name=Path(path).name, reason=exc.strerror or exc
                )
            self._state.add_reference(InputImage(data, Path(path).name))
        return None

    # -- pointing at a problem -----------------------------------------------------------------

    def control_for(self, param: str | None) -> QWidget | None:
        """The control that sets the API parameter ``param`` (e.g. 'size', 'image[2]')."""
        if not param:
            return None
        base = re.split(r"[\[.]", param, maxsplit=1)[0]
        if base == "prompt":
            return self.prompt
        if base in ("image", "images"):
            return self.references
        if base == "mask":
            return self.keep_unmasked
        return self.findChild(QWidget, base)

    def show_problem(self, param: str | None, message: str) -> QWidget | None:
        """Highlight and focus the offending control and say what is wrong."""
        self.clear_problem()
        self.problem_label.setText(message)
        self.problem_label.show()
        control = self.control_for(param)
        if control is not None:
            control.setStyleSheet(f"#{control.objectName()} {{ {PROBLEM_STYLE} }}")
            control.setToolTip(message)
            control.setFocus(Qt.FocusReason.OtherFocusReason)
            self._flagged = control
        return control

    def clear_problem(self) -> None:
        self.problem_label.hide()
        if self._flagged is not None:
            self._flagged.setStyleSheet("")
            self._flagged.setToolTip(str(self._flagged.property("baseToolTip") or ""))
            self._flagged = None

    # -- slots ---------------------------------------------------------------------------------

    @Slot()
    def _on_prompt_text_changed(self) -> None:
        self._state.set_prompt(self.prompt.toPlainText())
        if self._flagged is self.prompt:
            self.clear_problem()

    @Slot(str)
    def _on_state_prompt_changed(self, text: str) -> None:
        if text != self.prompt.toPlainText():
            self.prompt.setPlainText(text)

    @Slot()
    def _on_state_changed(self) -> None:
        if self._state.mode == "generate":
            text = self.tr("Generate: no picture on the canvas, so a new one is made.")
        elif self._state.sends_markup():
            text = self.tr("Edit: the canvas picture, guided by your markup (no mask is sent).")
        elif self._state.has_mask():
            text = self.tr("Edit: the canvas picture, changing the painted mask.")
        else:
            text = self.tr("Edit: the whole canvas picture (paint a mask to limit it).")
        count = len(self._state.references)
        if count:
            more = self.tr("Plus 1 reference image.") if count == 1 else None
            text += " " + (more or self.tr("Plus {0} reference images.").format(count))
        self.mode_label.setText(text)

    @Slot()
    def _on_state_references_changed(self) -> None:
        self.references.clear()
        for image in self._state.references:
            self.references.addItem(image.name)
        self.reference_add.setEnabled(len(self._state.references) < MAX_REFERENCES)

    @Slot()
    def _on_recent_menu_about_to_show(self) -> None:
        self.recent_menu.clear()
        prompts = self._recent_prompts()
        if not prompts:
            self.recent_menu.addAction(self.tr("No earlier prompts")).setEnabled(False)
        for text in prompts:
            label = text if len(text) <= 70 else text[:67] + "…"
            action = self.recent_menu.addAction(label.replace("\n", " "))
            action.setData(text)

    @Slot(QAction)
    def _on_recent_menu_triggered(self, action: QAction) -> None:
        text = action.data()
        if isinstance(text, str):
            self._state.set_prompt(text)
            self.prompt.setFocus()

    @Slot()
    def _on_reference_add_clicked(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add reference images"), "", self.tr(IMAGE_FILTER)
        )
        problem = self.add_reference_files(paths)
        if problem:
            self.show_problem("image", problem)

    @Slot()
    def _on_reference_remove_clicked(self) -> None:
        row = self.references.currentRow()
        if row < 0 and self.references.count():
            row = self.references.count() - 1
        if row >= 0:
            self._state.remove_reference(row)
