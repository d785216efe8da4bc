"""The `/_emulator/*` control endpoints: faults, request log and timing over HTTP."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from studio.emulator.faults import Fault
from studio.emulator.state import EmulatorState


def _json_body(body: bytes) -> Any:
    try:
        return json.loads(body.decode("utf-8") or "null")
    except (UnicodeDecodeError, ValueError):
        raise ValueError("the body is not valid JSON") from None


def _add_faults(state: EmulatorState, body: bytes) -> tuple[int, Any]:
    data = _json_body(body)
    items = data if isinstance(data, list) else [data]
    faults = []
    for item in items:
        if not isinstance(item, dict):
            raise ValueError("send a fault object or a list of fault objects")
        faults.append(Fault.from_json(item))
    for fault in faults:
        state.faults.add(fault)
    return 200, {"pending": [asdict(f) for f in state.faults.pending()]}


def _set_config(state: EmulatorState, body: bytes) -> tuple[int, Any]:
    data = _json_body(body)
    if not isinstance(data, dict) or set(data) - {"partial_delay", "first_byte_delay"}:
        raise ValueError("config accepts partial_delay and first_byte_delay (seconds)")
    for name, value in data.items():
        if not isinstance(value, int | float) or value < 0:
            raise ValueError(f"{name} must be a number >= 0")
        setattr(state, name, float(value))
    return _config(state)


def _config(state: EmulatorState) -> tuple[int, Any]:
    return 200, {"partial_delay": state.partial_delay, "first_byte_delay": state.first_byte_delay}


def _batch_control(state: EmulatorState, path: str, body: bytes) -> tuple[int, Any]:
    """POST /_emulator/batches/step|clock or /_emulator/batches/{id}/step|process|expire|fail."""
    data = _json_body(body) or {}
    if not isinstance(data, dict):
        raise ValueError("send a JSON object")
    book = state.batches
    parts = path.removeprefix("/_emulator/batches").strip("/").split("/")
    if parts == ["step"]:
        book.step()
    elif parts == ["clock"]:
        book.advance_clock(float(data.get("advance", 0)))
    elif len(parts) == 2 and parts[0] and book.get(parts[0]) is not None:
        batch_id, action = parts
        actions = {
            "step": lambda: book.step(batch_id),
            "process": lambda: book.process(batch_id, int(data.get("count", 1))),
            "expire": lambda: book.expire(batch_id),
            "fail": lambda: book.fail(batch_id, str(data.get("message", "failed"))),
        }
        if action not in actions:
            raise ValueError(f"unknown batch action {action!r}; use {sorted(actions)}")
        actions[action]()
    else:
        raise ValueError(f"no such batch control path {path}")
    return 200, [batch.to_api() for batch in book.all()]


def handle(state: EmulatorState, method: str, path: str, body: bytes) -> tuple[int, Any]:
    """Answer one control request with (status, JSON body)."""
    target = (method, path.rstrip("/"))
    try:
        if target == ("POST", "/_emulator/faults"):
            return _add_faults(state, body)
        if target == ("GET", "/_emulator/faults"):
            return 200, {"pending": [asdict(f) for f in state.faults.pending()]}
        if target == ("DELETE", "/_emulator/faults"):
            state.faults.clear()
            return 200, {"pending": []}
        if target == ("GET", "/_emulator/requests"):
            return 200, [request.summary() for request in state.requests()]
        if target == ("DELETE", "/_emulator/requests"):
            state.clear_requests()
            return 200, []
        if target == ("GET", "/_emulator/config"):
            return _config(state)
        if target == ("POST", "/_emulator/config"):
            return _set_config(state, body)
        if method == "POST" and target[1].startswith("/_emulator/batches/"):
            return _batch_control(state, target[1], body)
    except (TypeError, ValueError) as exc:
        return 400, {"error": {"message": str(exc), "type": "invalid_request_error"}}
    return 404, {
        "error": {"message": f"Invalid URL ({method} {path})", "type": "invalid_request_error"}
    }
