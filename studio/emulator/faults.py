"""Fault injection: the fault switches and the error responses they produce."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Any

from studio.emulator.errors import USER_ERROR, ApiError

ERROR_KINDS = ("rate_limit", "insufficient_quota", "server_error", "moderation", "auth")
STREAM_KINDS = ("stream_cut", "stream_error")
# A broken server's answer with status 200: the request goes through, one field is spoiled.
CORRUPT_KINDS = ("bad_base64", "bad_usage")
FAULT_KINDS = (*ERROR_KINDS, *STREAM_KINDS, *CORRUPT_KINDS, "slow", "mask_bleed")
BAD_BASE64 = "iVBORw0KGgo*not~base64*"
NEGATIVE_USAGE = {
    "input_tokens": -50,
    "output_tokens": -875_000_000,
    "total_tokens": -875_000_050,
    "input_tokens_details": {"text_tokens": -50, "image_tokens": 0},
}
IMAGE_PATH_MARKERS = ("/images/generations", "/images/edits")

_PROMPT_TRIGGER = re.compile(r"\[\[fault:([a-z_]+)\]\]")
# Defaults for faults triggered from a prompt (demo mode), where no parameters can be given.
PROMPT_DEFAULTS: dict[str, dict[str, Any]] = {
    "rate_limit": {"retry_after": 1.0},
    "slow": {"delay": 3.0},
}

STREAM_ERROR = {
    "type": USER_ERROR,
    "code": "moderation_blocked",
    "message": "Your request was rejected by the safety system.",
    "param": None,
}


@dataclass(frozen=True)
class Fault:
    """A failure to inject into the next `count` matching requests."""

    kind: str
    count: int = 1
    retry_after: float | None = None
    after_partials: int = 1
    delay: float = 0.0
    path_contains: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; expected one of {FAULT_KINDS}")
        if self.count < 1 or self.after_partials < 0 or self.delay < 0:
            raise ValueError("count must be >= 1, after_partials and delay >= 0")

    def applies_to(self, path: str, *, stream: bool, edit: bool) -> bool:
        """Whether a request on `path` can consume this fault."""
        if self.path_contains is not None:
            if self.path_contains not in path:
                return False
        elif not any(marker in path for marker in IMAGE_PATH_MARKERS):
            return False
        if self.kind in STREAM_KINDS:
            return stream
        return edit if self.kind == "mask_bleed" else True

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Fault:
        """Build from a `POST /_emulator/faults` body; raises ValueError when malformed."""
        known = {"kind", "count", "retry_after", "after_partials", "delay", "path_contains"}
        extra = set(data) - known
        if extra or not isinstance(data.get("kind"), str):
            raise ValueError(f"a fault needs a string 'kind' and only the fields {sorted(known)}")
        return cls(**data)


def prompt_fault(prompt: str) -> Fault | None:
    """The fault named by a `[[fault:KIND]]` marker in the prompt, if any."""
    match = _PROMPT_TRIGGER.search(prompt)
    if match is None or match.group(1) not in FAULT_KINDS:
        return None
    kind = match.group(1)
    return Fault(kind=kind, **PROMPT_DEFAULTS.get(kind, {}))


class FaultQueue:
    """Thread-safe FIFO of faults; each matching request consumes one unit."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: list[list[Any]] = []  # [fault, remaining]

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._entries.append([fault, fault.count])

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def pending(self) -> list[Fault]:
        with self._lock:
            return [entry[0] for entry in self._entries]

    def take(self, path: str, *, stream: bool, edit: bool) -> Fault | None:
        """Consume and return the first fault that applies to this request."""
        with self._lock:
            for entry in self._entries:
                fault: Fault = entry[0]
                if fault.applies_to(path, stream=stream, edit=edit):
                    entry[1] -= 1
                    if entry[1] <= 0:
                        self._entries.remove(entry)
                    return fault
        return None


def corrupt(fault: Fault, payload: dict[str, Any]) -> dict[str, Any]:
    """A stream event or JSON body spoiled the way a corrupting fault says."""
    spoiled = dict(payload)
    if fault.kind == "bad_base64" and "b64_json" in spoiled:
        spoiled["b64_json"] = BAD_BASE64
    elif fault.kind == "bad_base64" and spoiled.get("data"):
        spoiled["data"] = [{"b64_json": BAD_BASE64}, *spoiled["data"][1:]]
    elif fault.kind == "bad_usage" and "usage" in spoiled:
        spoiled["usage"] = NEGATIVE_USAGE
    return spoiled


def _seconds_text(seconds: float) -> str:
    if seconds < 1:
        return f"{round(seconds * 1000)}ms"
    return f"{seconds:g}s"


def rate_limit_error(model: str, retry_after: float | None) -> ApiError:
    wait = 1.0 if retry_after is None else retry_after
    message = (
        f"Rate limit reached for {model} in organization org-emulator on images per min (IPM):"
        f" Limit 5. Please try again in {_seconds_text(wait)}."
    )
    headers: dict[str, str] = {}
    if retry_after is not None:
        headers["retry-after"] = f"{max(retry_after, 0.0):g}"
        headers["retry-after-ms"] = str(round(retry_after * 1000))
    return ApiError(429, message, type="requests", code="rate_limit_exceeded", headers=headers)


def fault_error(fault: Fault, model: str, request_id: str) -> ApiError:
    """The error response of an error-kind fault."""
    if fault.kind == "rate_limit":
        return rate_limit_error(model, fault.retry_after)
    if fault.kind == "insufficient_quota":
        message = "You exceeded your current quota, please check your plan and billing details."
        return ApiError(429, message, type="insufficient_quota", code="insufficient_quota")
    if fault.kind == "server_error":
        message = "The server had an error while processing your request."
        return ApiError(500, message, type="server_error")
    if fault.kind == "moderation":
        message = (
            "Your request was rejected by the safety system. If you believe this is an error,"
            f" contact us at help.openai.com and include the request ID {request_id}."
        )
        details = {"moderation_details": {"moderation_stage": "input", "categories": ["other"]}}
        return ApiError(400, message, type=USER_ERROR, code="moderation_blocked", extra=details)
    message = (
        "Incorrect API key provided: sk-****. You can find your API key at"
        " https://platform.openai.com/account/api-keys."
    )
    return ApiError(401, message, code="invalid_api_key")
