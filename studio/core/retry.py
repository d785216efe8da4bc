"""Our retry policy. The SDK's own retries can bill an image twice, so they are switched off."""

from __future__ import annotations

import email.utils
import re
import time
from dataclasses import dataclass

import httpx2
import openai

_TRY_AGAIN = re.compile(r"try again in ((?:\d+(?:\.\d+)?(?:ms|s|m|h))+)", re.IGNORECASE)
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)(ms|s|m|h)")
_UNIT_SECONDS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}


@dataclass(frozen=True)
class RetryPolicy:
    """Retry a 429 rate_limit_exceeded or a connection failure, only before any event arrived.

    Never insufficient_quota, a moderation block, a server error or a stream that had started.
    """

    max_attempts: int = 3
    max_delay_s: float = 60.0
    base_delay_s: float = 1.0

    def delay_for(self, exc: BaseException, attempt: int) -> float | None:
        """Seconds to wait before attempt ``attempt + 1``, or None when not to retry."""
        if attempt >= self.max_attempts:
            return None
        if is_rate_limited(exc):
            delay = retry_after(exc)
        elif is_connection_failure(exc):
            delay = None
        else:
            return None
        if delay is None:
            delay = min(self.base_delay_s * 2 ** (attempt - 1), 8.0)
        return delay if delay <= self.max_delay_s else None


def is_rate_limited(exc: BaseException) -> bool:
    return (
        isinstance(exc, openai.APIStatusError)
        and exc.status_code == 429
        and (exc.code == "rate_limit_exceeded")
    )


def is_connection_failure(exc: BaseException) -> bool:
    return isinstance(exc, openai.APIConnectionError | httpx2.TransportError)


def retry_after(exc: BaseException) -> float | None:
    """Seconds the server asked us to wait: retry-after-ms, retry-after, or 'try again in'."""
    if isinstance(exc, openai.APIStatusError):
        headers = exc.response.headers
        if (ms := _number(headers.get("retry-after-ms"))) is not None:
            return ms / 1000
        raw = headers.get("retry-after")
        if (seconds := _number(raw)) is not None:
            return seconds
        if raw:
            try:
                when = email.utils.parsedate_to_datetime(raw)
            except (TypeError, ValueError):
                when = None
            if when is not None:
                return max(0.0, when.timestamp() - time.time())
    match = _TRY_AGAIN.search(str(exc))
    if match:
        return sum(float(v) * _UNIT_SECONDS[u] for v, u in _DURATION_PART.findall(match.group(1)))
    return None


def _number(raw: str | None) -> float | None:
    try:
        return float(raw) if raw is not None else None
    except ValueError:
        return None
