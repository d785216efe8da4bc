"""Turn SDK exceptions into Failed events in a designer's words, branching on the error code."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

import httpx2
import openai

from studio.core.events import ErrorKind, Failed, Usage
from studio.core.received import BadData
from studio.core.retry import never_sent

_KEY_LIKE = re.compile(r"\b(sk-[A-Za-z0-9_\-]{6})[A-Za-z0-9_\-*]+")
_CODE_KINDS = {
    "moderation_blocked": ErrorKind.MODERATION,
    "content_policy_violation": ErrorKind.MODERATION,
    "contentFilter": ErrorKind.MODERATION,
    "content_filter": ErrorKind.MODERATION,
    "rate_limit_exceeded": ErrorKind.RATE_LIMIT,
    "insufficient_quota": ErrorKind.QUOTA,
    "invalid_api_key": ErrorKind.AUTH,
    "organization_must_be_verified": ErrorKind.PERMISSION,
}
_STATUS_KINDS = {
    401: ErrorKind.AUTH,
    403: ErrorKind.PERMISSION,
    404: ErrorKind.NOT_FOUND,
    408: ErrorKind.TIMEOUT,
    429: ErrorKind.RATE_LIMIT,
}


def redact(text: str, secret: str | None = None) -> str:
    """Remove an API key (the given one, and anything shaped like one) from a message."""
    if secret:
        text = text.replace(secret, "[redacted key]")
    return _KEY_LIKE.sub(r"\1…[redacted]", text)


MAYBE_BILLED = (
    "The request may have been billed, so it was not retried automatically: "
    "check your usage before you try again."
)


def classify(
    exc: BaseException,
    *,
    secret: str | None = None,
    started: bool = False,
    usage: Usage | None = None,
    kept: str = "",
) -> Failed:
    """A Failed event for an exception.

    ``started``: images had already arrived; ``kept`` says which (a sentence, or "").
    """
    if never_sent(exc):
        reason = redact(str(exc.__cause__ or exc), secret)
        return Failed(
            ErrorKind.CONNECTION,
            f"Could not reach the server ({reason}). Nothing was sent, so nothing was billed.",
        )
    if isinstance(exc, BadData):
        return after_sending(ErrorKind.BAD_RESPONSE, f"{exc}.", kept, usage)
    if isinstance(exc, openai.APITimeoutError | httpx2.TimeoutException):
        return after_sending(
            ErrorKind.TIMEOUT, "The server stopped answering in time.", kept, usage
        )
    if isinstance(exc, openai.APIConnectionError | httpx2.TransportError):
        if started:
            return after_sending(
                ErrorKind.STREAM_INCOMPLETE,
                "The connection dropped during the stream.",
                kept,
                usage,
            )
        return after_sending(
            ErrorKind.CONNECTION,
            "The server closed the connection after receiving the request.",
            kept,
            usage,
        )
    if isinstance(exc, openai.APIStatusError) and 300 <= exc.status_code < 400:
        return _redirect(exc)
    if isinstance(exc, openai.APIError):
        return _api_failure(exc, secret, usage)
    return Failed(ErrorKind.UNKNOWN, redact(f"{type(exc).__name__}: {exc}", secret), usage=usage)


def after_sending(kind: ErrorKind, what: str, kept: str, usage: Usage | None) -> Failed:
    """A failure once the server had the whole request: say it may be billed, and what is kept."""
    message = " ".join(part for part in (what, kept, MAYBE_BILLED) if part)
    return Failed(kind, message, usage=usage, maybe_billed=True)


def _redirect(exc: openai.APIStatusError) -> Failed:
    location = exc.response.headers.get("location")
    where = "another address"
    if location:
        parts = urlsplit(str(exc.response.request.url.join(location)))
        where = f"{parts.scheme}://{parts.netloc}{parts.path}"
    return Failed(
        ErrorKind.CONNECTION,
        f"The server sent the request on to {where}. Redirects are not followed, so your API "
        "key stays with the address you configured: check the provider URL in Settings. "
        "Nothing was billed.",
        status=exc.status_code,
    )


def _api_failure(exc: openai.APIError, secret: str | None, usage: Usage | None) -> Failed:
    status = exc.status_code if isinstance(exc, openai.APIStatusError) else None
    code = exc.code if isinstance(exc.code, str) else None
    kind = _CODE_KINDS.get(code or "") or _STATUS_KINDS.get(status or 0)
    if kind is None:
        kind = ErrorKind.SERVER if (status or 0) >= 500 else ErrorKind.INVALID_REQUEST
        if status is None and code is None:
            kind = ErrorKind.UNKNOWN
    api_message = redact(_message_of(exc), secret)
    return Failed(
        kind,
        _designer_message(kind, api_message, exc.body),
        code=code,
        param=exc.param if isinstance(exc.param, str) else None,
        status=status,
        usage=usage,
    )


def _message_of(exc: openai.APIError) -> str:
    body = exc.body
    if isinstance(body, dict) and isinstance(body.get("message"), str):
        return str(body["message"])
    return exc.message


def _designer_message(kind: ErrorKind, api_message: str, body: Any) -> str:
    if kind is ErrorKind.MODERATION:
        stage = ""
        if isinstance(body, dict) and isinstance(body.get("moderation_details"), dict):
            stage = f" at the {body['moderation_details'].get('moderation_stage', '')} check"
        return (
            f"The request was refused by the safety system{stage}. Your prompt is kept: "
            f"rephrase it or change the image. ({api_message})"
        )
    prefix = {
        ErrorKind.RATE_LIMIT: "Rate limited by the API.",
        ErrorKind.QUOTA: "Your account is out of credit or over its quota; add credit in the "
        "OpenAI billing settings.",
        ErrorKind.AUTH: "The API key was rejected; check it in Settings.",
        ErrorKind.PERMISSION: "Your organization is not allowed to use this model yet.",
        ErrorKind.NOT_FOUND: "The model or endpoint was not found.",
        ErrorKind.SERVER: "The image service had an internal error; nothing is retried "
        "automatically because a retry could be billed twice.",
    }.get(kind, "The request was rejected.")
    return f"{prefix} ({api_message})"
