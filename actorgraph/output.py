"""Rows to text: an aligned table for people, JSON and CSV for scripts.

Text from reports never drives the terminal: control characters (ESC sequences that retitle
or clear it, bells, C1 controls) are dropped from tables and CSV and escaped in JSON; a CSV
cell that a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``, tab, CR first)
starts with ``'``.

>>> print(render([{"a": 1, "b": "x"}, {"a": 22, "b": None}], "table"))
a   b
--  -
1   x
22
>>> render([{"a": [1, 2]}], "csv").splitlines()
['a', '"[1, 2]"']
>>> render([{"a": "=HYPERLINK(1)", "b": -3}], "csv").splitlines()[1]
"'=HYPERLINK(1),-3"
>>> safe("title" + chr(27) + "]0;owned" + chr(7) + " " + chr(0x9B) + "2J")
'title]0;owned 2J'
>>> print(render([{"a": chr(27) + "[2J" + chr(0x85)}], "json").splitlines()[2])
    "a": "\\u001b[2J\\u0085"
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from typing import Any

FORMATS = ("table", "json", "csv")
CELL = 70
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # keeps tab and newline
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def safe(text: str) -> str:
    """``text`` without control characters (tab and newline kept), fit for a terminal."""
    return _CONTROL.sub("", text)


def render(rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[str] = ()) -> str:
    columns = list(columns) or list(dict.fromkeys(k for row in rows for k in row))
    if fmt == "json":
        text = json.dumps(list(rows), indent=2, ensure_ascii=False, default=str)
        return _CONTROL.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)
    if fmt == "csv":
        return _csv(rows, columns)
    return _table(rows, columns)


def _text(value: Any, limit: int | None = None) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    text = " ".join(safe(text).split())
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


def _cell(value: Any) -> str:
    """A CSV cell; text a spreadsheet would take for a formula is quoted with ``'``."""
    text = _text(value)
    return "'" + text if isinstance(value, str) and text.startswith(_FORMULA) else text


def _csv(rows: Sequence[dict[str, Any]], columns: list[str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return out.getvalue().rstrip("\n")


def _table(rows: Sequence[dict[str, Any]], columns: list[str]) -> str:
    if not rows:
        return "(no rows)"
    cells = [[_text(row.get(c), CELL) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    return "\n".join(lines)
