"""The session's jobs with their state, a retry countdown, and a cancel button per job."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QToolButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from studio.core.events import ErrorKind
from studio.i18n.core_text import core_text
from studio.ui.formatting import money, seconds
from studio.ui.state.jobs_state import JobInfo, JobPhase, JobsState
from studio.ui.vocabulary import value_label
from studio.ui.widgets.preview import failure_title

TICK_MS = 250
TICKET_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = (
    QT_TRANSLATE_NOOP("JobList", "Job"),
    QT_TRANSLATE_NOOP("JobList", "State"),
    QT_TRANSLATE_NOOP("JobList", "Time"),
    "",
)


def describe(info: JobInfo, now: float | None = None) -> str:
    """A job's state in a few words, with the retry countdown while it waits."""
    if info.phase is JobPhase.RETRYING and info.retry_at is not None:
        remaining = max(0, math.ceil(info.retry_at - (now or time.monotonic())))
        reason = (
            QCoreApplication.translate("JobList", "rate limited")
            if info.retry and info.retry.kind == "rate_limit"
            else QCoreApplication.translate("JobList", "retrying")
        )
        return QCoreApplication.translate("JobList", "{reason}: retry in {seconds} s").format(
            reason=reason, seconds=remaining
        )
    if info.phase is JobPhase.RUNNING and info.partials_expected:
        return QCoreApplication.translate("JobList", "running · partial {index} of {count}").format(
            index=info.partials, count=info.partials_expected
        )
    if info.phase is JobPhase.COMPLETED:
        cost = info.result.cost_usd if info.result else None
        cached = QCoreApplication.translate("JobList", " (cached)") if info.cached else ""
        done = QCoreApplication.translate("JobList", "done") + cached
        return done + (f" · {money(cost)}" if cost is not None else "")
    if info.phase is JobPhase.FAILED and info.error is not None:
        return QCoreApplication.translate("JobList", "failed: {reason}").format(
            reason=failure_title(info.error.kind)
        )
    return value_label(info.phase.value)


def status_text(info: JobInfo, now: float | None = None) -> str:
    """The preview's status line: progress, the retry countdown, or the outcome and its cost,
    followed by any note the job raised (a damaged cache file set aside, a full data folder)."""
    return " ".join([_phase_text(info, now), *(core_text(note) for note in info.notes)])


def _phase_text(info: JobInfo, now: float | None = None) -> str:
    now = now or time.monotonic()
    elapsed = seconds(info.elapsed_s())
    if info.phase is JobPhase.QUEUED:
        return QCoreApplication.translate("JobList", "Queued: waiting for a free slot…")
    if info.phase is JobPhase.RETRYING and info.retry_at is not None:
        remaining = max(0, math.ceil(info.retry_at - now))
        attempt = info.retry.attempt + 1 if info.retry else 2
        waiting = (
            QCoreApplication.translate("JobList", "Rate limited")
            if _rate_limited(info)
            else QCoreApplication.translate("JobList", "Could not reach the server")
        )
        return QCoreApplication.translate(
            "JobList", "{waiting}: retrying in {seconds} s (attempt {attempt}). Esc cancels."
        ).format(waiting=waiting, seconds=remaining, attempt=attempt)
    if info.phase is JobPhase.RUNNING:
        done = QCoreApplication.translate("JobList", " · partial {index} of {count}").format(
            index=info.partials, count=info.partials_expected
        )
        return QCoreApplication.translate("JobList", "Rendering… {elapsed}").format(
            elapsed=elapsed
        ) + (done if info.partials_expected else "")
    if info.phase is JobPhase.COMPLETED:
        cost = info.result.cost_usd if info.result and info.result.cost_usd is not None else 0.0
        if info.cached:
            return QCoreApplication.translate(
                "JobList", "Served from the cache in {elapsed} · {cost}"
            ).format(elapsed=elapsed, cost=money(0.0))
        notes = " ".join(core_text(note) for note in info.result.notes) if info.result else ""
        text = QCoreApplication.translate("JobList", "Done in {elapsed} · {cost}").format(
            elapsed=elapsed, cost=money(cost)
        )
        return text + (f" · {notes}" if notes else "")
    cost = info.error.cost_usd if info.error and info.error.cost_usd is not None else 0.0
    if info.phase is JobPhase.CANCELLED:
        return QCoreApplication.translate("JobList", "Cancelled after {elapsed} · {cost}").format(
            elapsed=elapsed, cost=money(cost)
        )
    return QCoreApplication.translate("JobList", "Failed after {elapsed} · {cost}").format(
        elapsed=elapsed, cost=money(cost)
    )


def _rate_limited(info: JobInfo) -> bool:
    return info.retry is None or info.retry.kind is not ErrorKind.CONNECTION


class JobList(QWidget):
    """Lists every job of the session; selecting one asks for it to be previewed."""

    job_selected = Signal(str)

    def __init__(self, jobs: JobsState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("job_list")
        self._jobs = jobs
        self._items: dict[str, QTreeWidgetItem] = {}
        self._buttons: dict[str, QToolButton] = {}
        self._new: list[str] = []  # added, their rows made on a later turn (jobs.turns)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.tree = QTreeWidget(self, objectName="job_tree")
        self.tree.setHeaderLabels([self.tr(title) if title else "" for title in COLUMNS])
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnWidth(0, 170)
        self.tree.setColumnWidth(1, 190)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)

    def _connect_signals(self) -> None:
        self._jobs.job_added.connect(self._on_jobs_job_added)
        self._jobs.job_changed.connect(self._on_jobs_job_changed)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)

    def item(self, ticket: str) -> QTreeWidgetItem:
        self._jobs.turns.now(self._add_rows)
        return self._items[ticket]

    def state_text(self, ticket: str) -> str:
        return self.item(ticket).text(1)

    def cancel_button(self, ticket: str) -> QToolButton:
        self._jobs.turns.now(self._add_rows)
        return self._buttons[ticket]

    @Slot(str)
    def _on_jobs_job_added(self, ticket: str) -> None:
        """The row (with its cancel button: a widget of its own, 3-5 ms) comes a turn after
        Generate, which has the request's checks and submission to do in its own."""
        self._new.append(ticket)
        self._jobs.turns.later(self._add_rows)

    def _add_rows(self) -> None:
        new, self._new = self._new, []
        for ticket in new:
            self._add_row(ticket)

    def _add_row(self, ticket: str) -> None:
        info = self._jobs.job(ticket)
        item = QTreeWidgetItem([info.label or info.request.mode, "", "", ""])
        item.setData(0, TICKET_ROLE, ticket)
        item.setToolTip(0, info.request.prompt)
        self.tree.insertTopLevelItem(0, item)
        button = QToolButton(self.tree, text="✕", objectName=f"cancel_{ticket}")
        button.setToolTip(self.tr("Cancel this job"))
        button.setProperty("ticket", ticket)
        button.clicked.connect(self._on_cancel_button_clicked)
        self.tree.setItemWidget(item, 3, button)
        self._items[ticket] = item
        self._buttons[ticket] = button
        self._refresh(ticket)
        self._timer.start()

    @Slot(str)
    def _on_jobs_job_changed(self, ticket: str) -> None:
        if ticket in self._items:
            self._refresh(ticket)

    def _refresh(self, ticket: str) -> None:
        info = self._jobs.job(ticket)
        item = self._items[ticket]
        item.setText(1, describe(info))
        item.setText(2, seconds(info.elapsed_s()))
        if info.error is not None:
            item.setToolTip(1, core_text(info.error.message))
        self._buttons[ticket].setEnabled(not info.phase.done)

    @Slot()
    def _on_timer_timeout(self) -> None:
        active = [info.ticket for info in self._jobs.active()]
        for ticket in active:
            if ticket in self._items:
                self._refresh(ticket)
        if not active:
            self._timer.stop()

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        sender = self.sender()
        ticket = sender.property("ticket") if sender is not None else None
        if isinstance(ticket, str):
            self._jobs.cancel(ticket)

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_tree_current_item_changed(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        if current is not None:
            self.job_selected.emit(str(current.data(0, TICKET_ROLE)))
