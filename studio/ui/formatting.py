"""Numbers, money, percentages and durations in the user's locale (QLocale's default)."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def _locale() -> QLocale:
    """The default locale; the bare "C" locale (no LANG set) reads as US English."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale("en_US")
    return locale


def money(value: float) -> str:
    """US dollars as core.budget.usd rounds them ($1.23 from a dollar up, $0.0113 below), with
    the locale's separators and symbol placement ("1 234,50 $" in French)."""
    amount = abs(value)
    digits = 2 if round(amount, 4) >= 1 or amount == 0 else 4
    text = _locale().toCurrencyString(amount, "$", digits)
    return f"-{text}" if value < 0 else text


def count(value: int) -> str:
    """A whole number with the locale's grouping (12,345 / 12 345)."""
    return _locale().toString(int(value))


def percent(fraction: float) -> str:
    """A fraction as a whole percentage; French sets a space before the sign."""
    locale = _locale()
    number = locale.toString(round(fraction * 100))
    space = "\u202f" if locale.language() == QLocale.Language.French else ""
    return f"{number}{space}%"


def seconds(value: float, decimals: int = 1) -> str:
    """A duration in seconds: "3.2 s", "3,2 s"."""
    return f"{_locale().toString(float(value), 'f', decimals)} s"


def cap_money(value: float) -> str:
    """A budget cap as the user typed it: whole cents unless it has more digits."""
    if round(value, 2) == value:
        return _locale().toCurrencyString(value, "$", 2)
    return money(value)
