"""The gallery's list model: one row per result image, streaming in from the session's jobs."""

from __future__ import annotations

import html
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QImage

from studio.core.events import Completed, ErrorKind, Failed, ImageReady, PartialImage
from studio.core.session import GalleryEntry
from studio.core.store import JobRecord
from studio.i18n.core_text import core_text
from studio.ui.formatting import money, seconds
from studio.ui.state.jobs_state import JobsState
from studio.ui.thumbnails import ThumbnailCache
from studio.ui.vocabulary import value_label

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class ItemStatus(StrEnum):
    QUEUED = "queued"
    STREAMING = "streaming"
    DONE = "done"
    FAILED = "failed"


@dataclass
class GalleryItem:
    """One result: where it came from, what it cost, where its image is, and its marks."""

    key: str
    position: int = 0
    ticket: str | None = None
    job_id: str | None = None
    prompt: str = ""
    mode: str = ""
    model: str = ""
    quality: str = ""
    size: str = ""
    status: ItemStatus = ItemStatus.QUEUED
    image_path: str | None = None
    image_sha: str | None = None
    partial_path: str | None = None
    estimate_usd: float = 0.0
    cost_usd: float | None = None
    duration_s: float | None = None
    error: str | None = None
    starred: bool = False
    rejected: bool = False
    parent_job_id: str | None = None
    parent_image: str | None = None

    @property
    def thumbnail_path(self) -> str | None:
        return self.image_path or self.partial_path

    def summary(self) -> str:
        cost = self.cost_usd if self.cost_usd is not None else self.estimate_usd
        return f"{value_label(self.quality)} · {self.size} · {money(cost)}"

    def tooltip(self) -> str:
        cost = money(self.cost_usd) if self.cost_usd is not None else f"~{money(self.estimate_usd)}"
        time = seconds(self.duration_s) if self.duration_s is not None else "…"
        mode, status = value_label(self.mode or "result"), value_label(self.status.value)
        translate = QCoreApplication.translate
        lines = [
            f"<b>{html.escape(mode)}</b> — {html.escape(status)}",
            html.escape(self.prompt[:200]),
            translate("GalleryItem", "{model} · quality {quality} · {size}").format(
                model=html.escape(self.model), quality=value_label(self.quality), size=self.size
            ),
            translate("GalleryItem", "Cost {cost} · time {time}").format(cost=cost, time=time),
        ]
        if self.error:
            lines.append(f"<i>{html.escape(core_text(self.error))}</i>")
        return "<br>".join(lines)


def item_from_record(record: JobRecord, entry: GalleryEntry, path: Path, sha: str) -> GalleryItem:
    """A finished result restored from the store (after a restart)."""
    return GalleryItem(
        key=f"{record.id}:{entry.position}",
        position=entry.position,
        job_id=record.id,
        prompt=record.prompt,
        mode=record.mode,
        model=record.model,
        quality=record.quality,
        size=record.size,
        status=ItemStatus.DONE,
        image_path=str(path),
        image_sha=sha,
        estimate_usd=record.estimate_usd,
        cost_usd=record.cost_usd,
        duration_s=record.duration_s,
        starred=entry.starred,
        rejected=entry.rejected,
        parent_job_id=record.parent_job_id,
        parent_image=record.parent_image,
    )


class GalleryModel(QAbstractListModel):
    """Rows in arrival order; thumbnails come from ``thumbnails`` (loaded off the UI thread)."""

    marks_changed = Signal()  # a star, a reject or a removal: worth saving the session

    def __init__(self, thumbnails: ThumbnailCache, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails
        self._items: list[GalleryItem] = []
        self._rows: dict[str, int] = {}
        self._jobs: JobsState | None = None
        thumbnails.thumbnail_ready.connect(self._on_thumbnails_thumbnail_ready)

    # --- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return item.summary()
        if role == Qt.ItemDataRole.DecorationRole:
            path = item.thumbnail_path
            return self.thumbnails.get(path, persist=item.image_path is not None) if path else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.tooltip()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- reading --------------------------------------------------------------------------
    def item(self, row: int) -> GalleryItem:
        return self._items[row]

    def items(self) -> list[GalleryItem]:
        return list(self._items)

    def row_of(self, key: str) -> int:
        return self._rows.get(key, -1)

    def rows_for_job(self, job_id: str) -> list[int]:
        return [row for row, item in enumerate(self._items) if item.job_id == job_id]

    def entries(self) -> list[GalleryEntry]:
        """What the session file keeps: finished results with their marks."""
        return [
            GalleryEntry(item.job_id, item.position, item.starred, item.rejected)
            for item in self._items
            if item.job_id and item.status is ItemStatus.DONE and item.image_path
        ]

    # --- writing --------------------------------------------------------------------------
    def add_items(self, items: list[GalleryItem]) -> None:
        items = [item for item in items if item.key not in self._rows]
        if not items:
            return
        first = len(self._items)
        self.beginInsertRows(QModelIndex(), first, first + len(items) - 1)
        for item in items:
            self._rows[item.key] = len(self._items)
            self._items.append(item)
        self.endInsertRows()

    def remove_rows(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._items):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._items[row]
                self.endRemoveRows()
        self._rows = {item.key: row for row, item in enumerate(self._items)}
        self.marks_changed.emit()

    def set_starred(self, row: int, starred: bool) -> None:
        self._items[row].starred = starred
        self._changed(row)
        self.marks_changed.emit()

    def set_rejected(self, row: int, rejected: bool) -> None:
        self._items[row].rejected = rejected
        self._changed(row)
        self.marks_changed.emit()

    def _changed(self, row: int) -> None:
        index = self.index(row)
        self.dataChanged.emit(index, index)

    # --- the session's jobs ---------------------------------------------------------------
    def track(self, jobs: JobsState) -> None:
        """Add a row per image of every job submitted from now on, and follow its progress."""
        self._jobs = jobs
        jobs.job_added.connect(self._on_jobs_job_added)
        jobs.job_changed.connect(self._on_jobs_job_changed)
        jobs.partial_arrived.connect(self._on_jobs_partial_arrived)
        jobs.image_arrived.connect(self._on_jobs_image_arrived)
        jobs.job_finished.connect(self._on_jobs_job_finished)

    def _job_rows(self, ticket: str) -> list[int]:
        return [row for row, item in enumerate(self._items) if item.ticket == ticket]

    @Slot(str)
    def _on_jobs_job_added(self, ticket: str) -> None:
        assert self._jobs is not None
        info = self._jobs.job(ticket)
        request, options = info.request, info.options
        p = request.params
        self.add_items(
            [
                GalleryItem(
                    key=f"{ticket}:{position}",
                    position=position,
                    ticket=ticket,
                    prompt=request.prompt,
                    mode=options.mode or request.mode,
                    model=p.model,
                    quality=p.quality,
                    size=p.size,
                    parent_job_id=options.parent_job_id,
                    parent_image=options.parent_image,
                )
                for position in range(max(1, p.n))
            ]
        )

    @Slot(str)
    def _on_jobs_job_changed(self, ticket: str) -> None:
        assert self._jobs is not None
        info = self._jobs.job(ticket)
        for row in self._job_rows(ticket):
            item = self._items[row]
            if item.job_id != info.job_id or item.estimate_usd != info.estimate_usd / max(
                1, info.request.params.n
            ):
                item.job_id = info.job_id
                item.estimate_usd = info.estimate_usd / max(1, info.request.params.n)
                self._changed(row)

    @Slot(str, object, QImage)
    def _on_jobs_partial_arrived(self, ticket: str, event: PartialImage, _image: QImage) -> None:
        row = self.row_of(f"{ticket}:{event.image_index}")
        if row >= 0 and event.path:
            item = self._items[row]
            item.partial_path, item.status = event.path, ItemStatus.STREAMING
            self._changed(row)

    @Slot(str, object, QImage)
    def _on_jobs_image_arrived(self, ticket: str, event: ImageReady, _image: QImage) -> None:
        row = self.row_of(f"{ticket}:{event.image_index}")
        if row >= 0 and event.path:
            item = self._items[row]
            item.image_path = event.path
            item.image_sha = Path(event.path).stem  # the store names files by their sha256
            item.status = ItemStatus.STREAMING
            self._changed(row)

    @Slot(str, object)
    def _on_jobs_job_finished(self, ticket: str, event: Completed | Failed) -> None:
        assert self._jobs is not None
        info = self._jobs.job(ticket)
        rows = self._job_rows(ticket)
        share = max(1, len(rows))
        for row in rows:
            item = self._items[row]
            item.job_id = info.job_id
            item.duration_s = info.elapsed_s()
            item.cost_usd = (event.cost_usd or 0.0) / share
            if isinstance(event, Completed) and item.image_path:
                item.status = ItemStatus.DONE
            else:
                item.status = ItemStatus.FAILED
                item.error = _failure_text(event)
            self._changed(row)

    @Slot(str)
    def _on_thumbnails_thumbnail_ready(self, path: str) -> None:
        for row, item in enumerate(self._items):
            if item.thumbnail_path == path:
                self._changed(row)


def _failure_text(event: Completed | Failed) -> str:
    if isinstance(event, Failed):
        return (
            QCoreApplication.translate("GalleryModel", "Cancelled")
            if event.kind is ErrorKind.CANCELLED
            else event.message
        )
    return QCoreApplication.translate("GalleryModel", "no image returned")
