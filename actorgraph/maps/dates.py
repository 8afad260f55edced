"""The days a date string covers, for filtering maps by a date range.

Event dates are ISO strings of any precision: a year, a month, a day, an ISO week
(``2024-W31``, Monday to Sunday) or an interval of two of those (``2024-08-01/2024-08-03``);
a time part is ignored. Anything else covers no known days (``None``).

>>> span("2024-W31")
('2024-07-29', '2024-08-04')
>>> span("2024-02"), span("2024-08-01/2024-08-03"), span("last spring")
(('2024-02-01', '2024-02-29'), ('2024-08-01', '2024-08-03'), None)
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

_DAY = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?$")
_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})(?:-?([1-7]))?$", re.IGNORECASE)

Span = tuple[str, str]


def span(value: object) -> Span | None:
    """``(first day, last day)`` as ISO dates, or ``None`` if ``value`` is not a date."""
    text = str(value or "").strip()
    if "/" in text:
        start, _, end = text.partition("/")
        a, b = span(start), span(end)
        return (a[0], b[1]) if a and b and a[0] <= b[1] else None
    try:
        days = _week(text) or _calendar(text)
    except ValueError:
        return None
    return (days[0].isoformat(), days[1].isoformat()) if days else None


def _week(text: str) -> tuple[dt.date, dt.date] | None:
    m = _WEEK.match(text)
    if not m:
        return None
    year, week, day = int(m.group(1)), int(m.group(2)), m.group(3)
    if day:
        one = dt.date.fromisocalendar(year, week, int(day))
        return one, one
    return dt.date.fromisocalendar(year, week, 1), dt.date.fromisocalendar(year, week, 7)


def _calendar(text: str) -> tuple[dt.date, dt.date] | None:
    m = _DAY.match(text)
    if not m:
        return None
    year, month, day = (int(p) if p else None for p in m.groups())
    if day:
        one = dt.date(year, month, day)
        return one, one
    if month:
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    return dt.date(year, 1, 1), dt.date(year, 12, 31)
