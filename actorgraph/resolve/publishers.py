"""Your own publisher grades (NATO Admiralty reliability A-F), imported into the data folder
and read after the built-in ``actorgraph/seeds/publishers.toml``: a name or domain you grade
takes your grade.

Two formats: TOML like the built-in table (``[publisher.<slug>]`` with ``name``,
``aliases``, ``domains``, ``reliability``, ``note``), or CSV with a header (``name`` and
``reliability`` required; ``domains`` and ``aliases`` separated by ``;``; ``note``). A list is
stored as ``<data folder>/lists/publishers/<name>.json``; importing the same file again
changes nothing, removing the list restores the built-in grades.
"""

from __future__ import annotations

import csv
import json
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from actorgraph.errors import ActorgraphError, InputError
from actorgraph.ids import slug
from actorgraph.resolve import grading
from actorgraph.resolve.dictionary import lists_dir
from actorgraph.resolve.lists import LIST_NAME, ImportSummary

Spec = dict[str, Any]


def publishers_dir() -> Path:
    return lists_dir() / "publishers"


def list_path(name: str) -> Path:
    if not LIST_NAME.match(name):
        raise ActorgraphError(f"bad list name {name!r} (letters, digits, '.', '_', '-')")
    return publishers_dir() / f"{name}.json"


def read_list(name: str) -> dict[str, Spec]:
    path = list_path(name)
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def list_names() -> dict[str, int]:
    folder = publishers_dir()
    paths = sorted(folder.glob("*.json")) if folder.is_dir() else []
    return {path.stem: len(read_list(path.stem)) for path in paths}


def remove_list(name: str) -> int:
    specs = read_list(name)
    if not specs:
        raise ActorgraphError(f"no imported publisher list named {name!r}")
    list_path(name).unlink()
    grading.load.cache_clear()
    return len(specs)


def import_list(path: Path, name: str | None = None) -> ImportSummary:
    """Read ``path`` (TOML or CSV) and store it as the publisher list ``name``."""
    summary = ImportSummary(name or path.stem)
    target = list_path(summary.list)
    specs: dict[str, Spec] = {}
    for item in read_specs(path):
        if isinstance(item, InputError):
            summary.errors.append(item)
        else:
            specs[slug(item["name"])] = item
    if not specs:
        raise InputError(str(path), "no publishers to import")
    before = read_list(summary.list)
    summary.actors, summary.added = len(specs), len(specs.keys() - before.keys())
    summary.removed = len(before.keys() - specs.keys())
    summary.changed = sum(1 for k in specs.keys() & before.keys() if specs[k] != before[k])
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(specs, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    grading.load.cache_clear()
    return summary


def read_specs(path: Path) -> Iterator[Spec | InputError]:
    if not path.is_file():
        raise InputError(str(path), "no such file")
    if path.suffix.lower() == ".toml":
        yield from _toml_specs(path)
    elif path.suffix.lower() == ".csv":
        yield from _csv_specs(path)
    else:
        raise InputError(str(path), f"unsupported publisher list type {path.suffix or '(none)'}")


def _toml_specs(path: Path) -> Iterator[Spec | InputError]:
    try:
        tables = tomllib.loads(path.read_text(encoding="utf-8")).get("publisher", {})
    except tomllib.TOMLDecodeError as exc:
        raise InputError(str(path), f"malformed TOML ({exc})") from None
    for key, table in tables.items():
        try:
            yield spec(table if isinstance(table, dict) else {})
        except InputError as err:
            yield InputError(f"{path}: [publisher.{key}]", err.reason)


def _csv_specs(path: Path) -> Iterator[Spec | InputError]:
    rows = csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines())
    for number, row in enumerate(rows, start=2):
        fields = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
        for key in ("domains", "aliases"):
            fields[key] = [x.strip() for x in fields.get(key, "").split(";") if x.strip()]
        try:
            yield spec(fields)
        except InputError as err:
            yield InputError(f"{path}:{number}", err.reason)


def spec(fields: dict[str, Any]) -> Spec:
    """A checked publisher entry.

    >>> spec({"name": "Example Wire", "reliability": "b", "domains": ["example.org"]})
    {'name': 'Example Wire', 'aliases': [], 'domains': ['example.org'], 'reliability': 'B'}
    """
    grade = str(fields.get("reliability", "")).strip().upper()
    if not fields.get("name") or grade not in grading.RELIABILITY:
        raise InputError("", "needs a name and a reliability grade A-F")
    entry: Spec = {"name": str(fields["name"]), "aliases": list(fields.get("aliases") or []),
                   "domains": [d.lower() for d in fields.get("domains") or []],
                   "reliability": grade}  # fmt: skip
    if fields.get("note"):
        entry["note"] = str(fields["note"])
    return entry
