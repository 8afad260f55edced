"""An actor's events by date: plain HTML and CSS with an inline SVG overview, no script.

Each event is a dict with ``date`` (ISO, partial allowed: ``2024``, ``2024-03``,
``2024-03-05``, a time part is ignored), ``kind`` (an event kind of the schema),
``place`` (name), ``participants`` (list of names), ``sentence`` and ``title`` (the report).
Any of them may be missing. Dated events come first, oldest first; undated ones follow in
the order given.

>>> parse_date("2024-03"), parse_date("2024-02-30"), parse_date("March")
((2024, 3, None), None, None)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from actorgraph.maps import assets
from actorgraph.maps.network import MapStats
from actorgraph.maps.page import fill, json_script, text, write_page
from actorgraph.schema import SCHEMA

PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1")
PALETTE += ("#ff9da7", "#9c755f", "#bab0ac")
_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?\s*$")
SVG_W, SVG_H, PAD = 1000, 70, 24

Event = Mapping[str, Any]
DateParts = tuple[int, int | None, int | None]


def render_timeline(events: Sequence[Event], out: Path, *, title: str) -> MapStats:
    """Write the timeline page; ``MapStats.nodes`` is the number of events written."""
    ordered = sort_events(events)
    summary = {"kind": "timeline", "title": title, "events": len(ordered)}
    summary["dated"] = sum(parse_date(e.get("date")) is not None for e in ordered)
    page = fill(
        assets.own("timeline.html"),
        title=text(title),
        css=assets.own("timeline.css"),
        summary=text(summary_line(ordered)),
        overview=overview_svg(ordered),
        items="".join(event_html(i, e) for i, e in enumerate(ordered)),
        data=json_script({"meta": summary, "events": [plain(e) for e in ordered]}, "ag-data"),
    )
    write_page(out, page)
    return MapStats(len(ordered), 0, 0, out, 0, "none")


def parse_date(value: object) -> DateParts | None:
    """``(year, month, day)`` with ``None`` for missing parts, or ``None`` if not a date."""
    m = _DATE.match(str(value)) if value else None
    if not m:
        return None
    year, month, day = (int(p) if p else None for p in m.groups())
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        return None
    return year, month, day


def ordinal(parts: DateParts) -> int:
    year, month, day = parts
    return dt.date(year, month or 1, day or 1).toordinal()


def sort_events(events: Sequence[Event]) -> list[Event]:
    def key(item: tuple[int, Event]) -> tuple:
        i, event = item
        parts = parse_date(event.get("date"))
        return (0, parts[0], parts[1] or 0, parts[2] or 0, i) if parts else (1, i)

    return [e for _, e in sorted(enumerate(events), key=key)]


def kind_colour(kind: object) -> str:
    kinds = list(SCHEMA.event_kinds)
    return PALETTE[kinds.index(kind) % len(PALETTE)] if kind in kinds else "#888888"


def names(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def plain(event: Event) -> dict[str, Any]:
    keys = ("date", "kind", "place", "sentence", "title")
    out = {k: (None if event.get(k) is None else str(event.get(k))) for k in keys}
    return {**out, "participants": names(event.get("participants"))}


def summary_line(events: list[Event]) -> str:
    dates = [e.get("date") for e in events if parse_date(e.get("date"))]
    line = f"{len(events)} event{'s' if len(events) != 1 else ''}"
    if dates:
        line += f", {dates[0]} to {dates[-1]}"
    undated = len(events) - len(dates)
    return line + (f"; {undated} undated, listed last" if undated else "")


def event_html(i: int, event: Event, extra: str = "") -> str:
    """One entry of the list; ``extra`` is HTML (already escaped) added at its end."""
    kind = event.get("kind") or "Event"
    who = names(event.get("participants"))
    parts = [
        f'<li class="ag-event" id="ev-{i}" style="--c:{kind_colour(kind)}">',
        f'<div class="ag-when">{text(event.get("date") or "undated")}</div>',
        f'<div class="ag-what"><span class="ag-kind">{text(kind)}</span>',
    ]
    if event.get("place"):
        parts.append(f' <span class="ag-place">at {text(event["place"])}</span>')
    if who:
        parts.append(f'<p class="ag-participants">{text(", ".join(who))}</p>')
    if event.get("sentence"):
        parts.append(f"<blockquote>{text(event['sentence'])}</blockquote>")
    if event.get("title"):
        parts.append(f'<p class="ag-source">\u2014 {text(event["title"])}</p>')
    return "".join(parts) + extra + "</div></li>"


def overview_svg(events: list[Event]) -> str:
    """A date axis with one dot per dated event, linking to its entry."""
    dated = [(i, parse_date(e.get("date")), e) for i, e in enumerate(events)]
    dated = [(i, p, e) for i, p, e in dated if p]
    if not dated:
        return ""
    lo, hi = ordinal(dated[0][1]), ordinal(dated[-1][1])
    scale = (SVG_W - 2 * PAD) / max(hi - lo, 1)
    body = [f'<line x1="{PAD}" y1="40" x2="{SVG_W - PAD}" y2="40" class="ag-axis"/>']
    body += ticks(lo, hi, scale)
    stack: dict[int, int] = {}
    for i, parts, event in dated:
        x = round(PAD + (ordinal(parts) - lo) * scale)
        level = stack[x] = stack.get(x, -1) + 1
        label = text(
            " \u00b7 ".join(str(event.get(k)) for k in ("date", "kind", "place") if event.get(k))
        )
        body.append(
            f'<a href="#ev-{i}"><circle cx="{x}" cy="{40 - 9 * min(level, 3)}" r="5" '
            f'fill="{kind_colour(event.get("kind"))}"><title>{label}</title></circle></a>'
        )
    return (
        f'<svg id="ag-overview" viewBox="0 0 {SVG_W} {SVG_H}" role="img" '
        f'aria-label="Events on a date axis">{"".join(body)}</svg>'
    )


def ticks(lo: int, hi: int, scale: float) -> list[str]:
    """Year ticks, or month ticks when the span is under two years."""
    first, last = dt.date.fromordinal(lo), dt.date.fromordinal(hi)
    if last.year - first.year >= 2:
        marks = [dt.date(y, 1, 1) for y in range(first.year, last.year + 1)]
        fmt = "%Y"
    else:
        months = (last.year - first.year) * 12 + last.month - first.month
        every = max(1, months // 10 + 1)
        marks = [_add_months(first.replace(day=1), m) for m in range(0, months + 1, every)]
        fmt = "%Y-%m"
    out = []
    for mark in marks:
        x = round(PAD + max(mark.toordinal() - lo, 0) * scale)
        out.append(
            f'<line x1="{x}" y1="40" x2="{x}" y2="46" class="ag-axis"/>'
            f'<text x="{x}" y="60" class="ag-tick">{mark.strftime(fmt)}</text>'
        )
    return out


def _add_months(day: dt.date, months: int) -> dt.date:
    total = day.month - 1 + months
    return dt.date(day.year + total // 12, total % 12 + 1, 1)
