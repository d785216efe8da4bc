"""Reading a finished batch: each output or error line becomes a stored result or a failure.

Lines are ingested one by one; a request is marked done only after its images and cost are
in the store, so a run killed half way resumes at the first request not yet marked.
"""

from __future__ import annotations

import binascii
import dataclasses
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from studio.core import pricing
from studio.core.batch.records import BatchItem
from studio.core.catalog import Catalog
from studio.core.events import ErrorKind, ImageReady, SvgUsage, Usage
from studio.core.imageinfo import ImageInfoError, inspect
from studio.core.received import decode_b64
from studio.core.requests import ImageParams, ImageRequest, InputImage
from studio.core.runner import JobOptions, JobRunner
from studio.core.store import JobRecord

UNREADABLE = "The result could not be read as an image; nothing was stored for it."


@dataclass(frozen=True)
class BatchResult:
    """One request's outcome as its line is read: the stored images, or the error."""

    batch_id: str
    custom_id: str
    job_id: str
    paths: tuple[str, ...] = ()
    error: str | None = None
    cost_usd: float = 0.0


def parse_lines(data: bytes) -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSONL file (lines that are not JSON objects are skipped)."""
    for raw in data.splitlines():
        try:
            line = json.loads(raw)
        except ValueError:
            continue
        if isinstance(line, dict) and isinstance(line.get("custom_id"), str):
            yield line


class Ingester:
    """Turns lines into stored results for one batch's pending requests."""

    def __init__(self, runner: JobRunner, catalog: Catalog) -> None:
        self.runner = runner
        self.store = runner.store
        self.catalog = catalog

    def ingest(self, batch_id: str, data: bytes, items: list[BatchItem]) -> Iterator[BatchResult]:
        pending = {item.custom_id: item for item in items if item.status == "pending"}
        for line in parse_lines(data):
            item = pending.pop(line["custom_id"], None)
            if item is None:
                continue  # already ingested (a resumed collect) or not ours
            yield self._line(batch_id, item, line)

    def not_run(self, batch_id: str, item: BatchItem, status: str, reason: str) -> BatchResult:
        """A request the batch ended without running (no line in either file)."""
        return self._fail(batch_id, item, reason, ErrorKind.CANCELLED, status)

    def _line(self, batch_id: str, item: BatchItem, line: dict[str, Any]) -> BatchResult:
        response = line.get("response") or {}
        body = response.get("body") if isinstance(response, dict) else None
        if isinstance(body, dict) and response.get("status_code") == 200 and body.get("data"):
            return self._success(batch_id, item, body)
        message, kind, status = _failure(line)
        return self._fail(batch_id, item, message, kind, status)

    def _success(self, batch_id: str, item: BatchItem, body: dict[str, Any]) -> BatchResult:
        images = [_decode(entry) for entry in body.get("data") or []]
        if not images or any(image is None for image in images):
            return self._fail(batch_id, item, UNREADABLE, ErrorKind.SERVER, "failed")
        job = self.store.job(item.job_id)
        request = self._request(job)
        options = JobOptions(composite_feather_px=job.params.get("composite_feather_px"))
        fmt = str(body.get("output_format") or request.params.output_format)
        paths = []
        for index, data in enumerate(images):
            assert data is not None
            ready = ImageReady(index, data, fmt)
            stored = self.runner.store_output(item.job_id, request, ready, options)
            paths.append(stored.path or "")
        usage = _usage(body.get("usage"))
        if usage is not None and isinstance(body.get("svg_usage"), dict):
            usage = dataclasses.replace(usage, svg=SvgUsage.from_api(body["svg_usage"]))
        cost = self._cost(job, usage)
        self.store.finish_job(item.job_id, status="completed", usage=usage, cost_usd=cost)
        self.store.finish_batch_item(batch_id, item.custom_id, "done")
        return BatchResult(batch_id, item.custom_id, item.job_id, tuple(paths), cost_usd=cost)

    def _fail(
        self, batch_id: str, item: BatchItem, message: str, kind: ErrorKind, status: str
    ) -> BatchResult:
        self.store.finish_job(
            item.job_id, status=status, cost_usd=0.0, error_kind=kind, error_message=message
        )
        self.store.finish_batch_item(batch_id, item.custom_id, "failed", message)
        return BatchResult(batch_id, item.custom_id, item.job_id, error=message)

    def _cost(self, job: JobRecord, usage: Usage | None) -> float:
        """Billed at the batch discount, from the result's own usage (the estimate without)."""
        if usage is None:
            return job.estimate_usd
        spec = self.catalog.get(job.model)
        direct = pricing.cost_from_usage(usage, spec, self.catalog.svg).total_usd
        return pricing.batch_cost(direct, spec)

    def _request(self, job: JobRecord) -> ImageRequest:
        """The request back from the store: the composite needs the picture and the mask."""
        inputs = self.store.job_images(job.id, "input")
        masks = self.store.job_images(job.id, "mask")
        images = tuple(InputImage(self.store.image_bytes(ref.sha256)) for ref in inputs)
        mask = self.store.image_bytes(masks[0].sha256) if masks else None
        params = ImageParams.from_fields(job.params)
        return ImageRequest(job.prompt, params, images, mask, stream=False)


def _decode(entry: Any) -> bytes | None:
    b64 = entry.get("b64_json") if isinstance(entry, dict) else None
    if not isinstance(b64, str):
        return None
    try:
        data = decode_b64(b64)
        inspect(data)
    except (binascii.Error, ValueError, ImageInfoError):
        return None
    return data


def _usage(raw: Any) -> Usage | None:
    if not isinstance(raw, dict):
        return None
    try:
        usage = Usage.from_api(raw)
    except (TypeError, ValueError):
        return None
    counts = (usage.input_text_tokens, usage.input_image_tokens, usage.output_image_tokens)
    return usage if min(counts) >= 0 else None  # implausible usage: bill the estimate


def _failure(line: dict[str, Any]) -> tuple[str, ErrorKind, str]:
    """(message, kind, job status) of an error line."""
    response = _dict(line.get("response"))
    body = _dict(response.get("body"))
    error = _dict(body.get("error") or line.get("error"))
    code = str(error.get("code") or "")
    message = str(error.get("message") or "The request failed without a message.")
    if code == "batch_cancelled":
        return "Not run: the batch was cancelled.", ErrorKind.CANCELLED, "cancelled"
    if code == "batch_expired":
        return "Not run: the batch expired before this request.", ErrorKind.TIMEOUT, "failed"
    if code == "moderation_blocked":
        return message, ErrorKind.MODERATION, "failed"
    status = int(response.get("status_code") or 0)
    kind = ErrorKind.SERVER if status >= 500 else ErrorKind.INVALID_REQUEST
    return message, kind, "failed"


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}
