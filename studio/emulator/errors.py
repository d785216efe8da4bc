"""API error bodies shaped like the real OpenAI Images API errors."""

from __future__ import annotations

from typing import Any

USER_ERROR = "image_generation_user_error"
REQUEST_ERROR = "invalid_request_error"

MISSING_KEY_MESSAGE = (
    "You didn't provide an API key. You need to provide your API key in an Authorization header"
    " using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with"
    " blank username) if you're accessing the API from your browser and are prompted for a"
    " username. You can obtain an API key from https://platform.openai.com/account/api-keys."
)


class ApiError(Exception):
    """An error response: HTTP status, the `error` object and extra response headers."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str = REQUEST_ERROR,
        param: str | None = None,
        code: str | None = None,
        extra: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.param = param
        self.code = code
        self.extra = dict(extra or {})
        self.headers = dict(headers or {})

    def body(self) -> dict[str, Any]:
        """Return the JSON body `{"error": {...}}`."""
        error: dict[str, Any] = {
            "message": self.message,
            "type": self.type,
            "param": self.param,
            "code": self.code,
        }
        error.update(self.extra)
        return {"error": error}


def invalid_value(param: str, message: str, *, user_error: bool = False) -> ApiError:
    """400 `invalid_value` naming `param`."""
    kind = USER_ERROR if user_error else REQUEST_ERROR
    return ApiError(400, message, type=kind, param=param, code="invalid_value")


def bad_enum(param: str, value: object, allowed: tuple[str, ...]) -> ApiError:
    """400 for a value outside an enumeration, worded like the real API."""
    quoted = [f"'{v}'" for v in allowed]
    listing = ", ".join(quoted[:-1]) + f", and {quoted[-1]}" if len(quoted) > 1 else quoted[0]
    return invalid_value(param, f"Invalid value: '{value}'. Supported values are: {listing}.")


def missing(param: str) -> ApiError:
    """400 for a missing required parameter."""
    return ApiError(
        400,
        f"Missing required parameter: '{param}'.",
        param=param,
        code="missing_required_parameter",
    )


def unknown_parameter(param: str) -> ApiError:
    """400 for a parameter the endpoint does not accept."""
    return ApiError(400, f"Unknown parameter: '{param}'.", param=param, code="unknown_parameter")


def below_min(param: str, minimum: int, got: int) -> ApiError:
    """400 for an integer under its minimum."""
    message = (
        f"Invalid '{param}': integer below minimum value. "
        f"Expected a value >= {minimum}, but got {got} instead."
    )
    return ApiError(400, message, param=param, code="integer_below_min_value")


def above_max(param: str, maximum: int, got: int) -> ApiError:
    """400 for an integer over its maximum."""
    message = (
        f"Invalid '{param}': integer above maximum value. "
        f"Expected a value <= {maximum}, but got {got} instead."
    )
    return ApiError(400, message, param=param, code="integer_above_max_value")


def invalid_type(param: str, expected: str, got: object) -> ApiError:
    """400 for a value of the wrong JSON type."""
    got_name = {str: "a string", bool: "a boolean", float: "a number", int: "an integer"}.get(
        type(got), "an object"
    )
    message = f"Invalid type for '{param}': expected {expected}, but got {got_name} instead."
    return ApiError(400, message, param=param, code="invalid_type")


def not_found(method: str, path: str) -> ApiError:
    """404 for an unknown route."""
    return ApiError(404, f"Invalid URL ({method} {path})")


def missing_key() -> ApiError:
    """401 for a request without credentials."""
    return ApiError(401, MISSING_KEY_MESSAGE)
