"""Typed access to request parameters from a JSON body or multipart text fields."""

from __future__ import annotations

from typing import Any

from studio.emulator import errors


class Params:
    """Parameter values; multipart values are strings and are coerced like the real API."""

    def __init__(self, values: dict[str, Any], *, form: bool) -> None:
        self.values = values
        self.form = form

    @classmethod
    def from_form(cls, fields: dict[str, list[str]]) -> Params:
        return cls({name: values[-1] for name, values in fields.items() if values}, form=True)

    def names(self) -> set[str]:
        return set(self.values)

    def given(self, name: str) -> bool:
        return self.values.get(name) is not None

    def text(self, name: str, default: str | None = None) -> str | None:
        value = self.values.get(name)
        if value is None:
            return default
        if not isinstance(value, str):
            raise errors.invalid_type(name, "a string", value)
        return value

    def choice(self, name: str, allowed: tuple[str, ...], default: str | None) -> str | None:
        value = self.text(name, default)
        if value is not None and value not in allowed:
            raise errors.bad_enum(name, value, allowed)
        return value

    def integer(self, name: str, default: int | None, low: int, high: int) -> int | None:
        value = self.values.get(name)
        if value is None:
            return default
        if self.form and isinstance(value, str):
            try:
                value = int(value.strip())
            except ValueError:
                raise errors.invalid_type(name, "an integer", value) from None
        if isinstance(value, bool) or not isinstance(value, int):
            raise errors.invalid_type(name, "an integer", value)
        if value < low:
            raise errors.below_min(name, low, value)
        if value > high:
            raise errors.above_max(name, high, value)
        return value

    def boolean(self, name: str) -> bool:
        value = self.values.get(name)
        if value is None:
            return False
        if self.form and isinstance(value, str) and value.lower() in ("true", "false"):
            return value.lower() == "true"
        if not isinstance(value, bool):
            raise errors.invalid_type(name, "a boolean", value)
        return value
