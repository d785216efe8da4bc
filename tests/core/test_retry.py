"""The retry rule's pieces: what counts as never sent, and how long a 429 asks us to wait."""

from __future__ import annotations

import httpx2
import openai
import pytest

from studio.core.retry import RetryPolicy, never_sent, retry_after

REQUEST = httpx2.Request("POST", "https://api.example.test/v1/images/generations")


def _rate_limited(**headers: str) -> openai.RateLimitError:
    response = httpx2.Response(429, headers=headers, request=REQUEST)
    body = {"message": "Rate limit reached.", "code": "rate_limit_exceeded"}
    return openai.RateLimitError("Rate limit reached.", response=response, body=body)


def _wrapped(cause: Exception) -> openai.APIConnectionError:
    try:
        raise openai.APIConnectionError(request=REQUEST) from cause
    except openai.APIConnectionError as exc:
        return exc


@pytest.mark.parametrize(
    ("cause", "sent"),
    [
        (httpx2.ConnectError("[Errno 111] Connection refused"), False),
        (httpx2.ConnectTimeout("handshake timed out"), False),
        (httpx2.PoolTimeout("no free connection"), False),
        (httpx2.RemoteProtocolError("Server disconnected without sending a response."), True),
        (httpx2.ReadError("connection reset"), True),
        (httpx2.ReadTimeout("timed out"), True),
        (httpx2.WriteError("broken pipe"), True),
    ],
)
def test_only_connect_phase_failures_count_as_never_sent(cause: Exception, sent: bool) -> None:
    assert never_sent(_wrapped(cause)) is not sent
    delay = RetryPolicy().delay_for(_wrapped(cause), 1)
    assert (delay is None) is sent


@pytest.mark.parametrize(
    ("headers", "wait"),
    [
        ({"retry-after": "-5"}, 0.0),
        ({"retry-after-ms": "-250"}, 0.0),
        ({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}, 0.0),  # a date in the past
        ({"retry-after": "nan"}, None),
        ({"retry-after": "inf"}, None),
        ({"retry-after": "2.5"}, 2.5),
    ],
)
def test_retry_after_is_never_negative_nor_nonsense(
    headers: dict[str, str], wait: float | None
) -> None:
    assert retry_after(_rate_limited(**headers)) == wait


def test_a_429_with_nonsense_retry_after_falls_back_to_backoff() -> None:
    nonsense = _rate_limited(**{"retry-after": "nan"})
    assert RetryPolicy(base_delay_s=0.5).delay_for(nonsense, 1) == 0.5
