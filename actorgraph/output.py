"""Rows to text: an aligned table that fits the terminal for people, JSON, JSON lines, CSV,
TSV and Markdown for scripts and notes.

Text from reports never drives the terminal: control characters (ESC sequences that retitle
or clear it, bells, C1 controls) are dropped from tables, TSV and CSV and escaped in JSON; a
CSV or TSV cell that a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``, tab,
CR first) starts with ``'``.

>>> render([{"a": "=HYPERLINK(1)", "b": -3}], "csv").splitlines()[1]
"'=HYPERLINK(1),-3"
>>> safe("title" + chr(27) + "]0;owned" + chr(7) + " " + chr(0x9B) + "2J")
'title]0;owned 2J'
>>> print(render([{"a": chr(27) + "[2J" + chr(0x85)}], "json").splitlines()[2])
    "a": "\\u001b[2J\\u0085"

>>> print(render([{"a": 1, "b": "x"}, {"a": 22, "b": None}], "table"))
a   b
--  -
1   x
22
>>> render([{"a": [1, 2]}], "csv").splitlines()
['a', '"[1, 2]"']
>>> print(render([{"name": "a long name", "n": 1}], "table", width=9))
name    n
------  -
a lon…  1
>>> print(render([{"name": "a long name", "n": 1}], "table", width=9, wrap=True))
name    n
------  -
a long  1
name

A column is a row key, or ``label=key+key`` whose cells join the keys' values
(``grade=reliability+credibility`` gives ``B2``):

>>> grade = parse_columns(["grade=reliability+credibility"])
>>> select([{"reliability": "B", "credibility": 2}], grade)
[{'grade': 'B2'}]
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import zip_longest
from pathlib import Path
from typing import Any

from actorgraph.errors import ActorgraphError

FORMATS = ("table", "json", "jsonl", "csv", "tsv", "markdown")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # keeps tab and newline
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def safe(text: str) -> str:
    """``text`` without control characters (tab and newline kept), fit for a terminal."""
    return _CONTROL.sub("", text)


def _escaped(text: str) -> str:
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


HUMAN = ("table", "markdown")  # formats that show the chosen columns, not every column
MIN_CELL = 6


@dataclass(frozen=True)
class Column:
    """A shown column: its ``label`` and the row keys whose values it joins."""

    label: str
    keys: tuple[str, ...]

    def value(self, row: dict[str, Any]) -> Any:
        if len(self.keys) == 1:
            return row.get(self.keys[0])
        return "".join(_text(row.get(k)) for k in self.keys)


def parse_columns(specs: Sequence[str]) -> list[Column]:
    """``["met", "grade=reliability+credibility"]`` to columns."""
    columns = []
    for spec in specs:
        label, sep, keys = (s.strip() for s in spec.partition("="))
        parts = tuple(k.strip() for k in (keys if sep else label).split("+") if k.strip())
        if not label or not parts:
            raise ActorgraphError(f"bad column {spec!r} (expected NAME or NAME=KEY+KEY)")
        columns.append(Column(label, parts))
    return columns


def choose(wanted: str, known: Sequence[str], shown: Sequence[Column]) -> list[Column]:
    """The columns ``--columns a,b`` names: row keys, the labels of the shown columns
    (``grade``), or ``label=key+key``; an unknown name is an error listing the known ones."""
    by_label = {c.label: c for c in shown}
    chosen = []
    for column in parse_columns([s for s in wanted.split(",") if s.strip()]):
        if len(column.keys) == 1 and column.keys[0] in by_label and column.keys[0] not in known:
            column = by_label[column.keys[0]]
        missing = [k for k in column.keys if k not in known]
        if missing and known:
            names = ", ".join(dict.fromkeys([*known, *by_label]))
            raise ActorgraphError(f"--columns: no column {missing[0]!r} (columns: {names})")
        chosen.append(column)
    if not chosen:
        raise ActorgraphError("--columns: name at least one column")
    return chosen


def select(rows: Sequence[dict[str, Any]], columns: Sequence[Column]) -> list[dict[str, Any]]:
    """Rows with only ``columns``, in their order, under their labels."""
    return [{c.label: c.value(row) for c in columns} for row in rows]


def render(
    rows: Sequence[dict[str, Any]],
    fmt: str,
    columns: Sequence[str] = (),
    width: int | None = None,
    wrap: bool = False,
) -> str:
    """Rows as ``fmt``; a table is fitted to ``width`` characters when it is given, its long
    cells cut (or, with ``wrap``, continued on the next lines)."""
    names = list(columns) or list(dict.fromkeys(k for row in rows for k in row))
    if fmt == "json":
        return _escaped(json.dumps(list(rows), indent=2, ensure_ascii=False, default=str))
    if fmt == "jsonl":
        return "\n".join(_escaped(json.dumps(row, ensure_ascii=False, default=str)) for row in rows)
    if fmt == "csv":
        return _csv(rows, names)
    if fmt == "tsv":
        return _tsv(rows, names)
    if fmt == "markdown":
        return _markdown(rows, names)
    return _table(rows, names, width, wrap)


def terminal_width() -> int:
    """The terminal's width (``COLUMNS`` first), 120 when there is no terminal."""
    import shutil

    return shutil.get_terminal_size((120, 24)).columns


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder, so a reader
    never sees half a file and a failed write leaves the old file in place."""
    if not path.parent.is_dir():
        raise ActorgraphError(f"{path}: folder {path.parent} does not exist")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _text(value: Any, limit: int | None = None) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    text = " ".join(safe(text).split())
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


def _cell(value: Any) -> str:
    """A value for people: a list as its items joined by ``; ``."""
    if isinstance(value, list) and all(not isinstance(v, dict | list) for v in value):
        return "; ".join(_text(v) for v in value)
    return _text(value)


def _sheet_cell(value: Any) -> str:
    """A CSV or TSV cell; text a spreadsheet would take for a formula is quoted with ``'``."""
    text = _text(value)
    return "'" + text if isinstance(value, str) and text.startswith(_FORMULA) else text


def _csv(rows: Sequence[dict[str, Any]], columns: list[str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_sheet_cell(row.get(c)) for c in columns])
    return out.getvalue().rstrip("\n")


def _tsv(rows: Sequence[dict[str, Any]], columns: list[str]) -> str:
    """Tab-separated; tabs and line breaks inside a value become spaces."""
    lines = ["\t".join(columns)]
    lines += ["\t".join(_sheet_cell(row.get(c)) for c in columns) for row in rows]
    return "\n".join(lines)


def _markdown(rows: Sequence[dict[str, Any]], columns: list[str]) -> str:
    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"

    body = [line([_cell(row.get(c)) for c in columns]) for row in rows]
    return "\n".join([line(columns), line(["---"] * len(columns)), *body])


def _table(
    rows: Sequence[dict[str, Any]], columns: list[str], width: int | None, wrap: bool = False
) -> str:
    if not rows:
        return "(no rows)"
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    natural = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    widths = natural if width is None else fit(natural, [len(c) for c in columns], width)

    def line(values: Sequence[str]) -> str:
        parts = [_text(v, w).ljust(w) for v, w in zip(values, widths, strict=False)]
        return "  ".join(parts).rstrip()

    lines = [line(columns), "  ".join("-" * w for w in widths)]
    for row in cells:
        lines += _wrapped(row, widths, line) if wrap else [line(row)]
    return "\n".join(lines)


def _wrapped(row: list[str], widths: list[int], line: Any) -> list[str]:
    """One row as several lines, each cell's words continued in its column."""
    import textwrap

    parts = [textwrap.wrap(cell, w) or [""] for cell, w in zip(row, widths, strict=False)]
    return [line(values) for values in zip_longest(*parts, fillvalue="")]


def fit(natural: list[int], headers: list[int], width: int) -> list[int]:
    """Column widths within ``width`` (two spaces between columns): the widest columns are
    cut first, none below its header (up to 10) or :data:`MIN_CELL`; columns that still do not
    fit are left out from the right.

    >>> fit([10, 40, 30], [4, 4, 4], 60)
    [10, 23, 23]
    """
    floors = [min(n, max(MIN_CELL, min(h, 10))) for n, h in zip(natural, headers, strict=True)]
    while natural and sum(floors) + 2 * (len(floors) - 1) > width:
        natural, floors = natural[:-1], floors[:-1]
    budget = width - 2 * (len(natural) - 1)
    low, high = 0, max(natural, default=0)
    while low < high:  # the largest cap whose widths fit the budget
        cap = (low + high + 1) // 2
        if sum(max(f, min(n, cap)) for n, f in zip(natural, floors, strict=True)) <= budget:
            low = cap
        else:
            high = cap - 1
    return [max(f, min(n, low)) for n, f in zip(natural, floors, strict=True)]
