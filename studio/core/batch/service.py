"""Batches from submit to collected: every call through the engine, every fact in the store.

A batch is recorded (its requests as running jobs, so budgets count its estimate as committed
spend) before its input file is uploaded; the API's batch id is added when it answers. Output
and error files are downloaded once each (written whole, then marked), then read line by line.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from studio.core import pricing
from studio.core.batch.backoff import BackOff
from studio.core.batch.ingest import BatchResult, Ingester
from studio.core.batch.lines import BatchError, batch_form, endpoint_for, jsonl
from studio.core.batch.records import ENDED_STATES, BatchItem, BatchRecord
from studio.core.engine import BatchCalls, CallFailed
from studio.core.files import write_atomic
from studio.core.requests import ImageRequest
from studio.core.runner import JobOptions, JobRunner, Prepared
from studio.core.store import Store, now_iso

BatchGuard = Callable[[float], str | None]  # the batch's estimate → a refusal, or None
STALE_PREPARING_S = 600.0  # a batch left "preparing" this long was never accepted


class BatchRefused(BatchError):
    """The budget guard refused the batch before anything was uploaded."""


@dataclass(frozen=True)
class Quote:
    """A batch's price before sending: the same requests sent directly, and as a batch."""

    count: int
    direct_usd: float
    batch_usd: float
    exact: bool


class BatchService:
    """Submit, poll, collect and cancel; thread-safe like the runner (the store is per thread)."""

    def __init__(self, runner: JobRunner, backoff: BackOff | None = None) -> None:
        self.runner = runner
        self.backoff = backoff or BackOff()

    @property
    def store(self) -> Store:
        return self.runner.store

    @property
    def calls(self) -> BatchCalls:
        return self.runner.engine.batches  # the engine in use now (demo mode may swap it)

    # --- before sending ------------------------------------------------------------------
    def prepare(self, requests: Sequence[ImageRequest]) -> list[tuple[ImageRequest, Prepared]]:
        """Each request as the batch sends it, validated and estimated like a direct one."""
        prepared = []
        for request in requests:
            form = batch_form(request)
            ready = self.runner.prepare(form, use_cache=False)  # InvalidRequestError
            if ready.sending_problem:
                raise BatchError(ready.sending_problem)
            prepared.append((form, ready))
        return prepared

    def quote(self, requests: Sequence[ImageRequest]) -> Quote:
        prepared = self.prepare(requests)
        direct = sum(ready.estimate.total_usd for _, ready in prepared)
        batch = sum(_discounted(ready) for _, ready in prepared)
        exact = all(ready.estimate.exact for _, ready in prepared)
        return Quote(len(prepared), direct, batch, exact)

    # --- submit --------------------------------------------------------------------------
    def submit(
        self,
        requests: Sequence[ImageRequest],
        *,
        label: str = "",
        guard: BatchGuard | None = None,
        options: JobOptions | None = None,
    ) -> BatchRecord:
        """Validate, check the budget, record, upload and create; the recorded batch."""
        endpoint = endpoint_for(requests)
        prepared = self.prepare(requests)
        estimate = sum(_discounted(ready) for _, ready in prepared)
        refusal = guard(estimate) if guard is not None else None
        if refusal:
            raise BatchRefused(refusal)
        batch_id = uuid.uuid4().hex
        ids = [f"req-{index + 1:05d}" for index in range(len(prepared))]
        data = jsonl(list(zip(ids, [form for form, _ in prepared], strict=True)), self._provider)
        items = self._record_jobs(batch_id, ids, prepared, options or JobOptions())
        model = prepared[0][0].params.model
        row: dict[str, Any] = {"id": batch_id, "label": label[:200], "endpoint": endpoint}
        row["model"] = model
        row.update(status="preparing", total=len(items), completed=0, failed=0)
        self.store.add_batch({**row, "estimate_usd": estimate}, items)
        try:
            uploaded = self.calls.upload(data, f"studio-{batch_id[:12]}.jsonl")
            self.store.update_batch(batch_id, {"input_file_id": uploaded["id"]})
            meta = {"studio_batch": batch_id, "label": label[:500]}
            created = self.calls.create(uploaded["id"], endpoint, meta)
        except CallFailed as exc:
            self._abandon(batch_id, exc.failed.message)
            raise
        self._apply(batch_id, created)
        return self.store.batch(batch_id)

    def _record_jobs(
        self,
        batch_id: str,
        ids: list[str],
        prepared: list[tuple[ImageRequest, Prepared]],
        options: JobOptions,
    ) -> list[BatchItem]:
        items = []
        for position, (custom_id, (form, ready)) in enumerate(zip(ids, prepared, strict=True)):
            feather = options.composite_feather_px if form.mask is not None else None
            parent_image = options.parent_image or (form.images[0].sha256 if form.images else None)
            job_id = self.store.begin_job(
                form,
                fingerprint=ready.fingerprint,
                estimate_usd=_discounted(ready),
                mode=options.mode,
                provider="batch",
                parent_job_id=options.parent_job_id,
                parent_image=parent_image,
                composite_feather_px=feather,
            )
            items.append(BatchItem(batch_id, custom_id, position, job_id, "pending"))
        return items

    @property
    def _provider(self) -> Any:
        return self.runner.engine.provider

    # --- polling -------------------------------------------------------------------------
    def refresh(self, ref: str) -> BatchRecord:
        """Ask the API where one batch is (CallFailed when it cannot be asked)."""
        record = self.store.batch(ref)
        if record.api_id is None or record.status in ENDED_STATES:
            return record
        self._apply(record.id, self.calls.retrieve(record.api_id))
        return self.store.batch(record.id)

    def due(self, now: datetime | None = None) -> list[BatchRecord]:
        """Open batches whose next poll time has come, and ended ones not yet collected."""
        moment = _iso(now or self.store.clock.utc_now())
        wanted = []
        for record in self.store.batches(limit=1000):
            if record.needs_collect or (
                record.is_open and (record.next_poll is None or record.next_poll <= moment)
            ):
                wanted.append(record)
        return wanted

    def poll(self, now: datetime | None = None) -> list[BatchRecord]:
        """Refresh every batch that is due; a failed call only postpones that batch."""
        self.resume()
        refreshed = []
        for record in self.due(now):
            if not record.is_open:
                refreshed.append(record)
                continue
            try:
                refreshed.append(self.refresh(record.id))
            except CallFailed as exc:
                self._postpone(record, exc.failed.message)
        return refreshed

    def refresh_open(self) -> None:
        """Ask about every open batch now, whatever the back-off says (the status command)."""
        self.resume()
        for record in self.store.batches(open_only=True):
            if record.api_id is not None:
                self.refresh(record.id)

    def resume(self) -> None:
        """Batches recorded but never acknowledged (Studio closed in between): find them by
        the id Studio put in their metadata, or mark them not sent once they are stale."""
        stale = [r for r in self.store.batches(open_only=True) if r.status == "preparing"]
        if not stale:
            return
        try:
            remote = {
                (item.get("metadata") or {}).get("studio_batch"): item
                for item in self.calls.list(limit=100)
            }
        except CallFailed:
            return
        now = self.store.clock.utc_now()
        for record in stale:
            if record.id in remote:
                self._apply(record.id, remote[record.id])
            elif (now - datetime.fromisoformat(record.created)).total_seconds() > STALE_PREPARING_S:
                self._abandon(record.id, "Studio closed before the batch was accepted.")

    def _apply(self, batch_id: str, api: dict[str, Any]) -> None:
        before = self.store.batch(batch_id)
        counts = api.get("request_counts") or {}
        status = str(api.get("status") or before.status)
        unchanged = status == before.status and counts.get("completed") == before.completed
        polls = before.polls + 1 if unchanged else 0
        now = self.store.clock.utc_now()
        fields: dict[str, Any] = {
            "api_id": api.get("id") or before.api_id,
            "status": status,
            "total": int(counts.get("total") or before.total),
            "completed": int(counts.get("completed") or 0),
            "failed": int(counts.get("failed") or 0),
            "input_file_id": api.get("input_file_id") or before.input_file_id,
            "output_file_id": api.get("output_file_id"),
            "error_file_id": api.get("error_file_id"),
            "polls": polls,
            "next_poll": _iso(self.backoff.next_poll(now, polls)),
            "finished": _ended_at(api),
            "message": _batch_errors(api) or before.message,
        }
        self.store.update_batch(batch_id, fields)

    def _postpone(self, record: BatchRecord, message: str) -> None:
        polls = record.polls + 1
        next_poll = self.backoff.next_poll(self.store.clock.utc_now(), polls)
        self.store.update_batch(
            record.id, {"polls": polls, "next_poll": _iso(next_poll), "message": message}
        )

    def _abandon(self, batch_id: str, message: str) -> None:
        """The batch never reached the API: nothing is committed, every request failed."""
        self.store.update_batch(
            batch_id,
            {"status": "failed", "message": message, "finished": now_iso(self.store.clock)},
        )
        ingester = Ingester(self.runner, self.runner.catalog)
        for item in self.store.batch_items(batch_id):
            if item.status == "pending":
                ingester.not_run(batch_id, item, "failed", f"Not sent: {message}")
        self.store.update_batch(batch_id, {"collected": 1, "cost_usd": 0.0})

    # --- collect -------------------------------------------------------------------------
    def collect(self, ref: str) -> Iterator[BatchResult]:
        """Download what is not on disk yet, then read every line not yet read; once the
        batch has ended and all is read, requests without a line are marked not run."""
        record = self.store.batch(ref)
        if record.is_open or record.collected:
            return
        ingester = Ingester(self.runner, self.runner.catalog)
        for kind in ("output", "error"):
            data = self._download(record, kind)
            if data is not None:
                yield from ingester.ingest(record.id, data, self.store.batch_items(record.id))
        reason = record.message or f"Not run: the batch {record.status.replace('_', ' ')}."
        for item in self.store.batch_items(record.id):
            if item.status == "pending":
                status = "cancelled" if record.status == "cancelled" else "failed"
                yield ingester.not_run(record.id, item, status, reason)
        self._close(record.id)

    def _download(self, record: BatchRecord, kind: str) -> bytes | None:
        record = self.store.batch(record.id)  # a resumed run may have saved it already
        file_id = record.output_file_id if kind == "output" else record.error_file_id
        saved = record.output_path if kind == "output" else record.error_path
        if saved is not None:
            return (self.store.root / saved).read_bytes()
        if file_id is None:
            return None
        data = self.calls.content(file_id)
        relative = f"batches/{record.id}/{kind}.jsonl"
        write_atomic(self.store.root / relative, data)
        self.store.update_batch(record.id, {f"{kind}_path": relative})
        return data

    def _close(self, batch_id: str) -> None:
        jobs = [self.store.job(item.job_id) for item in self.store.batch_items(batch_id)]
        cost = sum(job.cost_usd or 0.0 for job in jobs)
        self.store.update_batch(batch_id, {"collected": 1, "cost_usd": cost})

    # --- cancel --------------------------------------------------------------------------
    def cancel(self, ref: str) -> BatchRecord:
        """Ask the API to cancel; requests already run are kept and billed."""
        record = self.store.batch(ref)
        if record.status in ENDED_STATES or record.status == "cancelling":
            return record
        if record.api_id is None:
            self._abandon(record.id, "Cancelled before the batch was sent.")
        else:
            self._apply(record.id, self.calls.cancel(record.api_id))
        return self.store.batch(record.id)

    def results(self, ref: str) -> list[tuple[BatchItem, list[str]]]:
        """Each request with the paths of its stored outputs (empty until collected)."""
        record = self.store.batch(ref)
        out = []
        for item in self.store.batch_items(record.id):
            refs = self.store.job_images(item.job_id, "output")
            out.append((item, [str(self.store.image_path(r)) for r in refs]))
        return out


def _discounted(ready: Prepared) -> float:
    return pricing.batch_cost(ready.estimate.total_usd, ready.spec)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def _ended_at(api: dict[str, Any]) -> str | None:
    for name in ("completed_at", "failed_at", "expired_at", "cancelled_at"):
        value = api.get(name)
        if isinstance(value, int | float) and value > 0:
            return _iso(datetime.fromtimestamp(value, UTC))
    return None


def _batch_errors(api: dict[str, Any]) -> str | None:
    """The API's reasons a whole batch failed (validation), as one sentence."""
    errors = (api.get("errors") or {}).get("data") or []
    messages = [str(e.get("message")) for e in errors if isinstance(e, dict) and e.get("message")]
    if not messages:
        return None
    lines = [e.get("line") for e in errors if isinstance(e, dict) and e.get("line")]
    where = f" (line {lines[0]})" if lines else ""
    return f"The API refused the batch: {messages[0]}{where}"
