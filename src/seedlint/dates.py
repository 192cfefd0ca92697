"""Calendar arithmetic on day numbers, as ``datetime.date.toordinal()`` gives them
(0001-01-01 is day 1): the day of a date, the year of a day, the span of a month or of a
part of a year, and days of a month in no given year ("November 1").

Separate because it is plain arithmetic that no word of the other figure modules enters,
and it stands in for ``datetime``, which a one-file run does not import (~2 ms)."""

from __future__ import annotations

import math

# Day numbers as datetime.date.toordinal() gives them (0001-01-01 is day 1), by arithmetic:
# importing datetime costs ~2 ms of a one-file run, and this is all it was used for.
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _is_leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_before_year(y: int) -> int:
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _day(y: int, m: int = 1, d: int = 1) -> float:
    """The day number of y-m-d, or NaN if there is no such date (as date() would raise)."""
    if not (1 <= y <= 9999 and 1 <= m <= 12):
        return math.nan
    leap = m == 2 and _is_leap(y)
    if not 1 <= d <= _DAYS_IN_MONTH[m] + leap:
        return math.nan
    return float(_days_before_year(y) + _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y)) + d)


# The year in which a day of a month with no year is counted: a leap year, so that
# February 29 is one.
_ANY_YEAR = 2000


def month_day(month: int, day: int) -> float:
    """The day number of a month's day in no given year ("November 1"): compared only
    with other such days, and with the same day of any year (:func:`month_day_of`)."""
    return _day(_ANY_YEAR, month, day)


def month_day_of(day: float) -> float:
    """The :func:`month_day` of a day number: the day of its month in ``_ANY_YEAR``."""
    y = year_of(int(day))
    return float(
        _days_before_year(_ANY_YEAR)
        + int(day)
        - _days_before_year(y)
        + (not _is_leap(y) and int(day) - _days_before_year(y) > 59)
    )


def year_of(day: int) -> int:
    """The year of a day number (date.fromordinal(day).year)."""
    y = day * 400 // 146097 + 1  # 146097 days in 400 years: off by at most one
    while _days_before_year(y) >= day:
        y -= 1
    while _days_before_year(y + 1) < day:
        y += 1
    return y


def _month_span(y: int, m: int) -> tuple[float, float]:
    nxt = _day(y + 1, 1, 1) if m == 12 else _day(y, m + 1, 1)
    return _day(y, m, 1), nxt - 1


_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}


def _year_span(y: int, part: str | None) -> tuple[float, float]:
    if part:
        a, b = _PARTS[part.lower()]
        return _day(y, a, 1), _month_span(y, b)[1]
    return _day(y, 1, 1), _day(y, 12, 31)
