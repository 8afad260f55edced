"""Rows to text: an aligned table for people, JSON and CSV for scripts.

>>> print(render([{"a": 1, "b": "x"}, {"a": 22, "b": None}], "table"))
a   b
--  -
1   x
22
>>> render([{"a": [1, 2]}], "csv").splitlines()
['a', '"[1, 2]"']
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

FORMATS = ("table", "json", "csv")
CELL = 70


def render(rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[str] = ()) -> str:
    columns = list(columns) or list(dict.fromkeys(k for row in rows for k in row))
    if fmt == "json":
        return json.dumps(list(rows), indent=2, ensure_ascii=False, default=str)
    if fmt == "csv":
        return _csv(rows, columns)
    return _table(rows, columns)


def _text(value: Any, limit: int | None = None) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    text = " ".join(text.split())
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


def _csv(rows: Sequence[dict[str, Any]], columns: list[str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_text(row.get(c)) for c in columns])
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
