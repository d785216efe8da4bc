"""One batch input line run like the live endpoint: an output line or an error line."""

from __future__ import annotations

import json
import uuid
from datetime import date
from typing import Any

from studio.emulator import errors, results
from studio.emulator.drawing import seed_for
from studio.emulator.errors import ApiError
from studio.emulator.faults import ERROR_KINDS, fault_error, prompt_fault
from studio.emulator.params import Params
from studio.emulator.uploads import uploads_from_json
from studio.emulator.validation import validate

ENDPOINTS = ("/v1/images/generations", "/v1/images/edits")
MAX_LINES = 50_000


def check_lines(data: bytes, endpoint: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The input file's requests, and the problems that fail the whole batch (as the API
    reports them in ``errors.data``: code, message, line)."""
    lines: list[dict[str, Any]] = []
    problems: list[dict[str, Any]] = []
    seen: set[str] = set()
    for number, raw in enumerate(data.decode("utf-8", "replace").splitlines(), start=1):
        if not raw.strip():
            continue
        problem, line = _check_line(raw, endpoint, seen)
        if problem is not None:
            problems.append({"code": problem[0], "message": problem[1], "line": number})
        else:
            assert line is not None
            seen.add(line["custom_id"])
            lines.append(line)
    if not lines and not problems:
        problems.append({"code": "empty_file", "message": "The input file is empty.", "line": None})
    if len(lines) > MAX_LINES:
        message = f"A batch may have at most {MAX_LINES} requests."
        problems.append({"code": "too_many_requests", "message": message, "line": None})
    return lines, problems


def _check_line(
    raw: str, endpoint: str, seen: set[str]
) -> tuple[tuple[str, str] | None, dict[str, Any] | None]:
    try:
        line = json.loads(raw)
    except ValueError:
        return ("invalid_json_line", "This line is not valid JSON."), None
    if not isinstance(line, dict) or not isinstance(line.get("custom_id"), str):
        return ("missing_required_parameter", "Each line needs a string custom_id."), None
    if line["custom_id"] in seen:
        return ("duplicate_custom_id", f"custom_id {line['custom_id']!r} is repeated."), None
    if line.get("method") != "POST":
        return ("invalid_method", "Batch requests must use method POST."), None
    if line.get("url") != endpoint:
        message = f"The url {line.get('url')!r} does not match the batch's endpoint {endpoint}."
        return ("mismatched_url", message), None
    if not isinstance(line.get("body"), dict):
        return ("invalid_body", "Each line needs a JSON object body."), None
    return None, line


def run_line(line: dict[str, Any], today: date, counter: int) -> tuple[bool, dict[str, Any]]:
    """(ok, the output-file or error-file line) for one request of a batch."""
    request_id = f"req_{uuid.uuid4().hex}"
    try:
        body = _render(line, today, counter, request_id)
        status = 200
        ok = True
    except ApiError as err:
        body, status, ok = err.body(), err.status, False
    return ok, {
        "id": f"batch_req_{uuid.uuid4().hex[:24]}",
        "custom_id": line["custom_id"],
        "response": {"status_code": status, "request_id": request_id, "body": body},
        "error": None,
    }


def not_run_line(custom_id: str, code: str, message: str) -> dict[str, Any]:
    """The error-file line of a request the batch never ran (cancelled or expired)."""
    return {
        "id": f"batch_req_{uuid.uuid4().hex[:24]}",
        "custom_id": custom_id,
        "response": None,
        "error": {"code": code, "message": message},
    }


def _render(line: dict[str, Any], today: date, counter: int, request_id: str) -> dict[str, Any]:
    body: dict[str, Any] = line["body"]
    if body.get("stream"):
        raise errors.invalid_value("stream", "Streaming is not supported in the Batch API.")
    prompt = body.get("prompt") if isinstance(body.get("prompt"), str) else ""
    fault = prompt_fault(prompt or "")
    if fault is not None and fault.kind in ERROR_KINDS:
        raise fault_error(fault, str(body.get("model") or "gpt-image-2"), request_id)
    edit = line["url"].endswith("/edits")
    uploads = uploads_from_json(body) if edit else None
    req = validate(Params(body, form=False), uploads, today=today)
    seeds = [seed_for(req.prompt, "batch", counter, index) for index in range(req.n)]
    return results.json_response(req, seeds)
