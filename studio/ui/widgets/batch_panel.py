"""The Batches panel: each batch's state, counts, cost and times; failed requests beneath it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.core.batch.records import BatchRecord
from studio.ui.formatting import money
from studio.ui.state.batches_state import BatchesState

ERROR_COLOUR = "#c62828"
REF_ROLE = Qt.ItemDataRole.UserRole + 1


class BatchPanel(QWidget):
    """Shows a BatchesState; Cancel and Check now act on it."""

    cancel_requested = Signal(str)  # the batch's id

    def __init__(self, state: BatchesState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batches")
        self._state = state
        self._build_ui()
        self._connect_signals()
        self._on_state_batches_changed()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("batches.tree")
        self.tree.setHeaderLabels(
            [
                self.tr("Batch"),
                self.tr("State"),
                self.tr("Done"),
                self.tr("Cost"),
                self.tr("Submitted"),
                self.tr("Finished"),
            ]
        )
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(
            self.tr(
                "No batches yet. Send as batch (Image menu) renders many images at half "
                "price within 24 hours; they arrive here and in the gallery."
            ),
            self,
        )
        self.empty.setObjectName("batches.empty")
        self.empty.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel batch"), self)
        self.cancel_button.setObjectName("batches.cancel")
        self.check_button = QPushButton(self.tr("Check now"), self)
        self.check_button.setObjectName("batches.check")
        self.status = QLabel(self)
        self.status.setObjectName("batches.status")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self._state.batches_changed.connect(self._on_state_batches_changed)
        self._state.problem.connect(self._on_state_problem)
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.check_button.clicked.connect(self._on_check_clicked)

    def selected_ref(self) -> str | None:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        return None if item is None else str(item.data(0, REF_ROLE))

    def row_texts(self) -> list[list[str]]:
        """Every top-level row's texts (for tests and the screenshot check)."""
        rows = []
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            rows.append([item.text(column) for column in range(self.tree.columnCount())])
        return rows

    def _batch_item(self, record: BatchRecord) -> QTreeWidgetItem:
        item = QTreeWidgetItem(
            [
                record.label or record.ref,
                self._state_text(record),
                self._done_text(record),
                self._cost_text(record),
                _time(record.created),
                _time(record.finished),
            ]
        )
        item.setData(0, REF_ROLE, record.ref)
        item.setToolTip(
            0,
            self.tr("{ref}\n{endpoint}, {model}").format(
                ref=record.ref, endpoint=record.endpoint, model=record.model
            ),
        )
        if record.message:
            item.setToolTip(1, record.message)
        item.addChildren(self._failure_items(record))
        return item

    def _failure_items(self, record: BatchRecord) -> list[QTreeWidgetItem]:
        """One row per distinct error, beside the request(s) it happened to."""
        by_error: dict[str, list[str]] = {}
        for request in self._state.items(record.id):
            if request.status == "failed" and request.error:
                by_error.setdefault(request.error, []).append(request.custom_id)
        rows = []
        for error, ids in by_error.items():
            who = ids[0] if len(ids) == 1 else self.tr("{count} requests").format(count=len(ids))
            child = QTreeWidgetItem([self.tr("{who}: {error}").format(who=who, error=error)])
            child.setToolTip(0, ", ".join(ids) + "\n" + error)
            child.setForeground(0, QBrush(QColor(ERROR_COLOUR)))
            rows.append(child)
        return rows

    def _state_text(self, record: BatchRecord) -> str:
        names = {
            "preparing": self.tr("sending"),
            "validating": self.tr("validating"),
            "in_progress": self.tr("in progress"),
            "finalizing": self.tr("finalizing"),
            "completed": self.tr("completed"),
            "failed": self.tr("failed"),
            "expired": self.tr("expired"),
            "cancelling": self.tr("cancelling"),
            "cancelled": self.tr("cancelled"),
        }
        return names.get(record.status, record.status)

    def _done_text(self, record: BatchRecord) -> str:
        text = self.tr("{done}/{total}").format(done=record.completed, total=record.total)
        if record.failed:
            text += self.tr(", {failed} failed").format(failed=record.failed)
        return text

    def _cost_text(self, record: BatchRecord) -> str:
        if record.cost_usd is not None:
            return money(record.cost_usd)
        return self.tr("~{estimate}").format(estimate=money(record.estimate_usd))

    @Slot()
    def _on_state_batches_changed(self) -> None:
        selected = self.selected_ref()
        self.tree.clear()
        for record in self._state.records:
            item = self._batch_item(record)
            self.tree.addTopLevelItem(item)
            for index in range(item.childCount()):  # spans apply once the item is in the tree
                item.child(index).setFirstColumnSpanned(True)
            item.setExpanded(item.childCount() <= 5)
            if record.ref == selected:
                self.tree.setCurrentItem(item)
        has_any = bool(self._state.records)
        self.empty.setVisible(not has_any)
        self.tree.setVisible(has_any)
        self._update_buttons()

    @Slot(str)
    def _on_state_problem(self, message: str) -> None:
        self.status.setText(message)

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_tree_current_item_changed(self, _current: object, _previous: object) -> None:
        self._update_buttons()

    @Slot()
    def _on_cancel_clicked(self) -> None:
        ref = self.selected_ref()
        if ref is not None:
            self.cancel_requested.emit(ref)

    @Slot()
    def _on_check_clicked(self) -> None:
        self.status.setText(self.tr("Checking with the API…"))
        self._state.poll_now(force=True)

    def _update_buttons(self) -> None:
        ref = self.selected_ref()
        record = next((r for r in self._state.records if r.ref == ref), None)
        self.cancel_button.setEnabled(record is not None and record.is_open)


def _time(iso: str | None) -> str:
    """A stored UTC time as the designer's local time."""
    if not iso:
        return ""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso[:16]
