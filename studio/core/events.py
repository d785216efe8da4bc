"""What a job reports as it runs: the engine's and the job runner's event types."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class ErrorKind(StrEnum):
    """Why a request failed, classified by error code (never by the error ``type``)."""

    MODERATION = "moderation"
    RATE_LIMIT = "rate_limit"
    QUOTA = "quota"
    INVALID_REQUEST = "invalid_request"
    AUTH = "auth"
    PERMISSION = "permission"
    NOT_FOUND = "not_found"
    CONNECTION = "connection"
    TIMEOUT = "timeout"
    SERVER = "server"
    STREAM_INCOMPLETE = "stream_incomplete"
    BAD_RESPONSE = "bad_response"  # the server answered with something that is not usable
    CANCELLED = "cancelled"
    NO_KEY = "no_key"
    INSECURE = "insecure"
    BUDGET = "budget"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class SvgUsage:
    """The SVG author's tokens, reported apart from the image's (``svg_usage``)."""

    model: str = ""
    input_tokens: int = 0
    output_tokens: int = 0
    reasoning_tokens: int = 0

    @property
    def billed_output_tokens(self) -> int:
        """Output plus reasoning, billed alike (the response counts them apart)."""
        return self.output_tokens + self.reasoning_tokens

    def __add__(self, other: SvgUsage) -> SvgUsage:
        return SvgUsage(
            self.model or other.model,
            self.input_tokens + other.input_tokens,
            self.output_tokens + other.output_tokens,
            self.reasoning_tokens + other.reasoning_tokens,
        )

    @classmethod
    def from_api(cls, raw: Any) -> SvgUsage:
        data = raw.model_dump() if hasattr(raw, "model_dump") else dict(raw)
        return cls(
            model=str(data.get("model") or ""),
            input_tokens=int(data.get("input_tokens") or 0),
            output_tokens=int(data.get("output_tokens") or 0),
            reasoning_tokens=int(data.get("reasoning_tokens") or 0),
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "input_tokens": self.input_tokens,
            "output_tokens": self.output_tokens,
            "reasoning_tokens": self.reasoning_tokens,
        }


@dataclass(frozen=True)
class Usage:
    """Billed tokens, as the response's ``usage`` reports them (and ``svg_usage``, if any)."""

    input_text_tokens: int = 0
    input_image_tokens: int = 0
    output_image_tokens: int = 0
    output_text_tokens: int = 0
    svg: SvgUsage | None = None

    @property
    def input_tokens(self) -> int:
        return self.input_text_tokens + self.input_image_tokens

    @property
    def output_tokens(self) -> int:
        return self.output_image_tokens + self.output_text_tokens

    @property
    def total_tokens(self) -> int:
        return self.input_tokens + self.output_tokens

    def __add__(self, other: Usage) -> Usage:
        svg = self.svg + other.svg if self.svg and other.svg else self.svg or other.svg
        return Usage(
            self.input_text_tokens + other.input_text_tokens,
            self.input_image_tokens + other.input_image_tokens,
            self.output_image_tokens + other.output_image_tokens,
            self.output_text_tokens + other.output_text_tokens,
            svg,
        )

    @classmethod
    def from_api(cls, raw: Any) -> Usage:
        """From the API's usage object (an SDK model or a plain dict)."""
        data = raw.model_dump() if hasattr(raw, "model_dump") else dict(raw)
        inputs = data.get("input_tokens_details") or {}
        outputs = data.get("output_tokens_details") or {}
        total_out = int(data.get("output_tokens") or 0)
        out_text = int(outputs.get("text_tokens") or 0)
        out_image = outputs.get("image_tokens")
        return cls(
            input_text_tokens=int(inputs.get("text_tokens") or 0),
            input_image_tokens=int(inputs.get("image_tokens") or 0),
            output_image_tokens=int(out_image) if out_image is not None else total_out - out_text,
            output_text_tokens=out_text,
        )

    def as_dict(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "input_tokens": self.input_tokens,
            "input_text_tokens": self.input_text_tokens,
            "input_image_tokens": self.input_image_tokens,
            "output_tokens": self.output_tokens,
            "output_image_tokens": self.output_image_tokens,
            "output_text_tokens": self.output_text_tokens,
            "total_tokens": self.total_tokens,
        }
        if self.svg is not None:
            body["svg_usage"] = self.svg.as_dict()
        return body


@dataclass(frozen=True)
class Retrying:
    """The engine will try again after ``delay_s`` (a 429 or a connection failure)."""

    attempt: int
    delay_s: float
    kind: ErrorKind
    reason: str


@dataclass(frozen=True)
class PartialImage:
    """A partial image of output ``image_index``; ``path`` is set once it is on disk."""

    image_index: int
    partial_index: int
    data: bytes
    output_format: str
    path: str | None = None

    def __repr__(self) -> str:
        return f"PartialImage({self.image_index}.{self.partial_index}, {len(self.data)} bytes)"


@dataclass(frozen=True)
class ImageReady:
    """A final output image; ``usage`` is this image's share when the API reports it per image."""

    image_index: int
    data: bytes
    output_format: str
    usage: Usage | None = None
    path: str | None = None

    def __repr__(self) -> str:
        return f"ImageReady({self.image_index}, {len(self.data)} bytes, {self.path})"


@dataclass(frozen=True)
class Completed:
    """Every output arrived. ``cost_usd`` and ``job_id`` are filled by the job runner."""

    images: tuple[bytes, ...]
    usage: Usage | None
    output_format: str
    size: str | None
    quality: str | None
    elapsed_s: float
    paths: tuple[str, ...] = ()
    cost_usd: float | None = None
    cached: bool = False
    job_id: str | None = None
    notes: tuple[str, ...] = ()  # what went wrong without spoiling the result, one line each

    def __repr__(self) -> str:
        return f"Completed({len(self.images)} images, {self.usage}, ${self.cost_usd}, {self.paths})"


@dataclass(frozen=True)
class Failed:
    """The request failed; ``usage`` holds what was billed before the failure, if known.

    ``maybe_billed``: the server had the whole request, so it may have been billed; it is
    never retried automatically, only when the user asks.
    """

    kind: ErrorKind
    message: str
    code: str | None = None
    param: str | None = None
    status: int | None = None
    usage: Usage | None = None
    job_id: str | None = None
    cost_usd: float | None = None
    maybe_billed: bool = False


@dataclass(frozen=True)
class JobStarted:
    """The runner accepted a job: its id, the estimate shown before sending, and cache status."""

    job_id: str
    estimate_usd: float
    cached: bool


EngineEvent = Retrying | PartialImage | ImageReady | Completed | Failed
JobEvent = JobStarted | EngineEvent
