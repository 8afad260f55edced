"""Dates in text, with their precision, and relative dates resolved against the report date.

>>> find_dates("On 4 May 2023 and in June 2021, then on Sept. 9th, 2021.")
[('2023-05-04', 'day'), ('2021-06', 'month'), ('2021-09-09', 'day')]
>>> relative_date("He met Aoun on Tuesday.", "2025-08-14")
('2025-08-12', 'day')
>>> relative_date("Qaani recently visited Syria.", "2023-05-04")
('2023-05', 'month')

A week is a range, ``start/end`` in ISO 8601 (the report of Saturday 2024-08-03):

>>> relative_date("They met earlier in the week.", "2024-08-03")
('2024-07-29/2024-08-02', 'week')
>>> relative_date("They met last week.", "2024-08-03")
('2024-07-22/2024-07-28', 'week')

An event's date is the text's, not the dateline's (where and when the report was filed):

>>> event_date("BEIRUT, Aug. 3 (Wire) - Kani met Berri on Friday.", "2024-08-03")
('2024-08-02', 'day')
>>> event_date("She met Berri, who has led the talks since November 2024, on Monday.", "2025-08-14")
('2025-08-11', 'day')
>>> normalize_date("Thu, 04 May 2023 10:00:00 GMT"), normalize_date("2023/5/4")
('2023-05-04', '2023-05-04')
>>> normalize_date("n.d.") is None
True
"""

from __future__ import annotations

import datetime as dt
import re

MONTH_FORMS = [
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
]
MONTHS = {m: i for i, names in enumerate(MONTH_FORMS, start=1) for m in names}
MONTH_NAMES = [names[0] for names in MONTH_FORMS]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:19|20)\d\d)"
PATTERNS = [
    re.compile(rf"\b{YEAR}-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    re.compile(rf"\b{MONTH}\s+{DAY},?\s+{YEAR}\b", re.I),
    re.compile(rf"\b{DAY}\s+{MONTH},?\s+{YEAR}\b", re.I),
    re.compile(rf"\b{MONTH},?\s+{YEAR}\b", re.I),
]
RELATIVE = {"today": 0, "yesterday": -1, "tonight": 0, "this morning": 0, "last night": -1}
VAGUE = re.compile(r"\b(recently|earlier this (?:week|month)|this week|last week)\b", re.I)
# A phrase naming a week: its first day in days from the Monday of the report's week, its
# last day in days from the Monday before the first day (last week) or from the report date
# (the report's own week: "earlier" ends the day before the report).
WEEKS = [
    (re.compile(r"\bearlier (?:in|this) (?:the )?week\b", re.I), 0, -1),
    (re.compile(r"\b(?:last|past|previous) week\b", re.I), -7, -1),
    (re.compile(r"\bthis week\b", re.I), 0, 0),
]
DATELINE = re.compile(
    r"^\s*[A-Z][^\n,()]{0,40},\s*(?:[A-Za-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-z]{3,9}\.?)"
    r"(?:,?\s+(?:19|20)\d\d)?\s*(?:\([^()]{0,60}\))?\s*[-–—]+\s*"
)


# a time something has lasted since or until is not when the sentence's event happened
SPAN_START = re.compile(
    r"\b(?:since|until|till)\s+(?:(?:early|mid|late)[-\s])?(?:\d{1,2}\s+)?(?:[A-Za-z]{3,9}\.?\s+)?"
    r"(?:\d{1,2},?\s+)?(?:19|20)\d\d\b",
    re.I,
)


def event_date(sentence: str, report_date: str | None) -> tuple[str | None, str | None]:
    """The date a sentence gives its event: an explicit date (not the dateline's), else one
    relative to the report's date, else ``(None, None)``."""
    dateline = DATELINE.match(sentence)
    text = sentence[dateline.end() :] if dateline else sentence
    text = SPAN_START.sub(lambda m: " " * len(m.group()), text)
    year = int(report_date[:4]) if report_date and report_date[:4].isdigit() else None
    found = find_dates(text, year)
    if found:
        return found[0]
    return relative_date(text, report_date) or (None, None)


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    try:
        if day:
            return dt.date(year, month or 1, day).isoformat()
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}" if month else f"{year:04d}"


NO_YEAR = [
    re.compile(rf"\b{MONTH}\s+{DAY}\b(?!,?\s+(?:19|20)\d\d)", re.I),
    re.compile(rf"\b{DAY}\s+{MONTH}\b(?!,?\s+(?:19|20)\d\d)", re.I),
]


def find_dates(text: str, year: int | None = None) -> list[tuple[str, str]]:
    """Explicit dates in order of appearance: ``(iso, precision)``; with ``year``, also
    dates that omit it ("Feb. 7")."""
    found: list[tuple[int, int, str, str]] = []
    for pattern in PATTERNS + (NO_YEAR if year else []):
        for m in pattern.finditer(text):
            if any(s <= m.start() < e for s, e, _, _ in found):
                continue
            parts = m.groupdict()
            month = int(parts["m"]) if parts.get("m") else MONTHS[parts["month"].lower()]
            day = parts.get("d") or parts.get("day")
            iso = _iso(int(parts.get("year") or year or 0), month, int(day) if day else None)
            if iso:
                found.append((m.start(), m.end(), iso, "day" if day else "month"))
    return [(iso, precision) for _, _, iso, precision in sorted(found)]


def relative_date(sentence: str, report_date: str | None) -> tuple[str, str] | None:
    """A weekday, 'yesterday', 'recently' ... resolved against the report's date."""
    base = parse_iso(report_date)
    if base is None or len(report_date or "") < 10:
        return (report_date[:7], "month") if base and VAGUE.search(sentence) else None
    lower = sentence.lower()
    for word, offset in RELATIVE.items():
        if re.search(rf"\b{word}\b", lower):
            return (base + dt.timedelta(days=offset)).isoformat(), "day"
    for index, name in enumerate(WEEKDAYS):
        said = re.search(rf"\b(on|last|this)?\s*{name}\b", lower)
        if said:
            back = (base.weekday() - index) % 7 or (7 if said.group(1) == "last" else 0)
            return (base - dt.timedelta(days=back)).isoformat(), "day"
    week = _week(sentence, base)
    if week:
        return week, "week"
    if VAGUE.search(sentence):
        return base.isoformat()[:7], "month"
    return None


def _week(sentence: str, base: dt.date) -> str | None:
    """``start/end`` of the week a phrase names ("earlier in the week", "last week")."""
    monday = base - dt.timedelta(days=base.weekday())
    for pattern, first, last in WEEKS:
        if pattern.search(sentence):
            start = monday + dt.timedelta(days=first)
            end = (monday if first < 0 else base) + dt.timedelta(days=last)
            return f"{start.isoformat()}/{max(start, end).isoformat()}"
    return None


def parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    parts = value.split("-")
    try:
        return dt.date(
            int(parts[0]),
            int(parts[1]) if len(parts) > 1 else 1,
            int(parts[2][:2]) if len(parts) > 2 else 1,
        )
    except (ValueError, IndexError):
        return None


def normalize_date(value: str | None) -> str | None:
    """A metadata date in any common form -> ISO (partial allowed), or None."""
    if not value:
        return None
    value = value.strip()
    m = re.match(r"^((?:19|20)\d\d)(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?", value)
    if m:
        year, month, day = (int(g) if g else None for g in m.groups())
        return _iso(year or 0, month, day) if (month or 1) <= 12 else None
    dates = find_dates(value)
    return dates[0][0] if dates else None


def overlaps(a: str | None, b: str | None) -> bool:
    """Two dates overlap when the days they may be share one (or either is unknown): a
    partial date is every day of its month or year, ``start/end`` every day between.

    >>> overlaps("2023-05", "2023-05-04"), overlaps("2023-05-04", "2023-05-05")
    (True, False)
    >>> week = "2024-07-29/2024-08-02"
    >>> overlaps(week, "2024-08-01"), overlaps(week, "2024-08-03"), overlaps(week, "2024-07")
    (True, False, True)
    """
    if not a or not b:
        return True
    first, second = days(a), days(b)
    if first is None or second is None:
        return a.startswith(b) or b.startswith(a)
    return first[0] <= second[1] and second[0] <= first[1]


def days(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day a date may be: ``2024-02`` is 2024-02-01 to 2024-02-29."""
    if "/" in value:
        start, _, end = value.partition("/")
        low, high = days(start), days(end)
        return (low[0], high[1]) if low and high else None
    first = parse_iso(value)
    if first is None:
        return None
    if len(value) >= 10:
        return first, first
    if len(value) >= 7:
        after = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return first, after - dt.timedelta(days=1)
    return first, dt.date(first.year, 12, 31)
