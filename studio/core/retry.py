"""Our retry policy. The SDK's own retries can bill an image twice, so they are switched off."""

from __future__ import annotations

import email.utils
import math
import re
import ssl
import time
from dataclasses import dataclass

import httpx2
import openai

_TRY_AGAIN = re.compile(r"try again in ((?:\d+(?:\.\d+)?(?:ms|s|m|h))+)", re.IGNORECASE)
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)(ms|s|m|h)")
_UNIT_SECONDS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}


@dataclass(frozen=True)
class RetryPolicy:
    """Retry a 429 rate_limit_exceeded, or a request that provably never reached the server.

    There is no idempotency key, so anything the server may have received (a read timeout, a
    connection closed after the request was sent, a stream that had started) may have been
    billed and is never retried automatically; neither is insufficient_quota, a moderation
    block or a server error.
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
        elif never_sent(exc):
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


# Raised while connecting (DNS, TCP, TLS handshake) or waiting for a pooled connection:
# not one byte of the request was written, so nothing can have been billed.
_BEFORE_SENDING = (
    httpx2.ConnectError,
    httpx2.ConnectTimeout,
    httpx2.PoolTimeout,
    ssl.SSLCertVerificationError,
)


def never_sent(exc: BaseException) -> bool:
    """True when the request provably never reached the server."""
    cause = exc.__cause__ if isinstance(exc, openai.APIConnectionError) else exc
    return isinstance(cause, _BEFORE_SENDING)


def retry_after(exc: BaseException) -> float | None:
    """Seconds the server asked us to wait: retry-after-ms, retry-after, or 'try again in'.

    Never negative: a date in the past or a negative number means "now".
    """
    asked = _asked_wait(exc)
    return None if asked is None else max(0.0, asked)


def _asked_wait(exc: BaseException) -> float | None:
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
        value = float(raw) if raw is not None else None
    except ValueError:
        return None
    return value if value is not None and math.isfinite(value) else None
