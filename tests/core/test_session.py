"""Session persistence (atomic JSON, tolerant load) and lineage queries over the store."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from studio.core.requests import ImageParams, ImageRequest, InputImage
from studio.core.session import (
    GalleryEntry,
    Origin,
    SessionState,
    ancestry,
    lineage,
    load_session,
    save_session,
    session_path,
)
from studio.core.store import Store


def _png(color: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), color).save(out, "PNG")
    return out.getvalue()


def _job(store: Store, prompt: str, parent: str | None = None, image: bytes | None = None) -> str:
    images = (InputImage(image),) if image else ()
    request = ImageRequest(prompt, ImageParams(quality="low"), images)
    parent_sha = InputImage(image).sha256 if image else None
    job_id = store.begin_job(
        request,
        fingerprint=prompt,
        estimate_usd=0.01,
        parent_job_id=parent,
        parent_image=parent_sha,
    )
    store.add_image(job_id, "output", _png((len(prompt) * 20 % 255, 10, 10)))
    store.finish_job(job_id, status="completed", cost_usd=0.01)
    return job_id


def test_session_round_trips_through_json(tmp_path: Path) -> None:
    state = SessionState(
        canvas_sha="c" * 64,
        mask_sha="m" * 64,
        origin=Origin("job-1", "s" * 64),
        entries=(GalleryEntry("job-1", 0, starred=True), GalleryEntry("job-2", 1, rejected=True)),
        selected="job-2",
    )
    path = save_session(state, tmp_path / "session.json")
    assert load_session(path) == state
    assert not list(tmp_path.glob(".session-*")), "the temp file was left behind"


def test_missing_or_corrupt_session_loads_empty(tmp_path: Path) -> None:
    assert load_session(tmp_path / "none.json") == SessionState()
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert load_session(bad) == SessionState()
    bad.write_text('{"schema_version": 99}', encoding="utf-8")
    assert load_session(bad) == SessionState()


def test_default_path_is_in_the_data_dir(tmp_path: Path) -> None:
    assert session_path() == tmp_path / "data" / "session.json"


def test_lineage_builds_a_tree_with_branches() -> None:
    store = Store()
    root = _job(store, "root")
    root_out = store.job_images(root, "output")[0]
    first = _job(store, "first edit", root, store.image_bytes(root_out.sha256))
    second = _job(store, "second edit", root, store.image_bytes(root_out.sha256))
    grandchild = _job(store, "grandchild", first)
    forest = lineage(store, [grandchild, second])
    assert [n.job.id for n in forest] == [root]
    assert [c.job.id for c in forest[0].children] == [first, second]
    assert [c.job.id for c in forest[0].children[0].children] == [grandchild]
    assert forest[0].output_sha == root_out.sha256
    assert store.job(first).parent_image == root_out.sha256
    assert [r.id for r in ancestry(store, grandchild)] == [grandchild, first, root]


def test_lineage_skips_unknown_jobs() -> None:
    store = Store()
    assert lineage(store, ["missing"]) == []
    assert ancestry(store, "missing") == []
