"""The working session (canvas, mask, prompt, parameters, tool, gallery) as JSON, and lineage."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from studio.core.files import write_atomic
from studio.core.paths import data_dir
from studio.core.store import JobRecord, Store

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Origin:
    """Where the canvas image came from: a job's result (or nothing) and the image's sha256."""

    job_id: str | None
    image_sha: str | None


@dataclass(frozen=True)
class GalleryEntry:
    """One gallery tile: a job's output at ``position`` and the designer's marks on it."""

    job_id: str
    position: int = 0
    starred: bool = False
    rejected: bool = False


@dataclass(frozen=True)
class SessionState:
    """Everything needed to put the window back as it was."""

    schema_version: int = SCHEMA_VERSION
    canvas_sha: str | None = None
    mask_sha: str | None = None
    origin: Origin | None = None
    entries: tuple[GalleryEntry, ...] = ()
    selected: str | None = None  # job id of the lineage node last selected
    # The work in progress: what the designer typed and chose.
    prompt: str = ""
    params: dict[str, Any] | None = None  # ImageParams fields
    tool: str | None = None
    brush_size: int | None = None
    size_follows_canvas: bool = True  # the size field on "Match canvas"
    unfinished: tuple[str, ...] = ()  # failed and cancelled jobs History still lists

    def with_entries(self, entries: list[GalleryEntry]) -> SessionState:
        return replace(self, entries=tuple(entries))


def session_path(root: Path | None = None) -> Path:
    return (root or data_dir()) / "session.json"


def save_session(state: SessionState, path: Path | None = None) -> Path:
    """Write atomically (temp file, fsync, rename): a crash never leaves half a session."""
    path = path or session_path()
    write_atomic(path, json.dumps(asdict(state), indent=1, sort_keys=True).encode("utf-8"))
    return path


def load_session(path: Path | None = None) -> SessionState:
    """The saved session; an empty one when there is none or it cannot be read."""
    path = path or session_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return SessionState()
    if not isinstance(raw, dict) or raw.get("schema_version") != SCHEMA_VERSION:
        return SessionState()
    return _state_from_dict(raw)


def _state_from_dict(raw: dict[str, Any]) -> SessionState:
    origin = raw.get("origin")
    entries = [
        GalleryEntry(
            str(e["job_id"]),
            int(e.get("position", 0)),
            bool(e.get("starred")),
            bool(e.get("rejected")),
        )
        for e in raw.get("entries", [])
        if isinstance(e, dict) and e.get("job_id")
    ]
    return SessionState(
        canvas_sha=raw.get("canvas_sha"),
        mask_sha=raw.get("mask_sha"),
        origin=Origin(origin.get("job_id"), origin.get("image_sha")) if origin else None,
        entries=tuple(entries),
        selected=raw.get("selected"),
        prompt=str(raw.get("prompt") or ""),
        params=raw["params"] if isinstance(raw.get("params"), dict) else None,
        tool=raw.get("tool") if isinstance(raw.get("tool"), str) else None,
        brush_size=raw.get("brush_size") if isinstance(raw.get("brush_size"), int) else None,
        size_follows_canvas=raw.get("size_follows_canvas") is not False,
        unfinished=tuple(str(j) for j in raw.get("unfinished", []) if isinstance(j, str)),
    )


@dataclass
class LineageNode:
    """A job in the version tree: its record, its first output and the jobs made from it."""

    job: JobRecord
    output_sha: str | None
    children: list[LineageNode] = field(default_factory=list)


def lineage(store: Store, job_ids: list[str]) -> list[LineageNode]:
    """The forest of ``job_ids`` and all their ancestors, roots first, children oldest first."""
    nodes: dict[str, LineageNode] = {}
    pending = list(dict.fromkeys(job_ids))
    while pending:
        job_id = pending.pop()
        if job_id in nodes:
            continue
        try:
            record = store.job(job_id)
        except KeyError:
            continue
        outputs = store.job_images(job_id, "output")
        nodes[job_id] = LineageNode(record, outputs[0].sha256 if outputs else None)
        if record.parent_job_id and record.parent_job_id not in nodes:
            pending.append(record.parent_job_id)
    roots: list[LineageNode] = []
    for node in sorted(nodes.values(), key=lambda n: n.job.created):
        parent = nodes.get(node.job.parent_job_id or "")
        (parent.children if parent is not None else roots).append(node)
    return roots


def ancestry(store: Store, job_id: str) -> list[JobRecord]:
    """``job_id`` and its ancestors, newest first (stops at a missing or cyclic link)."""
    chain: list[JobRecord] = []
    seen: set[str] = set()
    current: str | None = job_id
    while current and current not in seen:
        seen.add(current)
        try:
            record = store.job(current)
        except KeyError:
            break
        chain.append(record)
        current = record.parent_job_id
    return chain
