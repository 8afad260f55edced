"""Your own actor and place lists, imported into the data folder and matched like the
built-in dictionary (names, aliases, transliteration skeletons).

Two formats:

* CSV with a header: ``name`` and ``type`` (Person, Organization or Place) required;
  ``aliases`` (separated by ``;``), ``country`` (ISO alpha-2), ``affiliations``
  (``PREDICATE:target;...``, the target an id or a known name), ``lat``/``lon`` (places),
  ``id`` optional (default ``<type>:<slug of the name>``).
* FollowTheMoney entities, one JSON object a line (OpenSanctions exports): ``Person``,
  ``Organization``, ``LegalEntity``, ``Company``, ``PublicBody``, with ``name``, ``alias``,
  ``weakAlias`` (kept when it has two words or more), ``country``, ``topics``; other
  schemata are skipped.

A list is stored as ``<data folder>/lists/<name>.jsonl`` in the seeds' record format, one
record per actor, sorted by id: importing the same file again changes nothing, importing a
new version replaces the list, removing the list removes its actors. A bad row is an error
naming ``file:line`` and the reason; the others are imported.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from actorgraph.errors import ActorgraphError, InputError
from actorgraph.ids import entity_id
from actorgraph.resolve.dictionary import lists_dir, load
from actorgraph.schema import SCHEMA

Record = dict[str, Any]
TYPES = {"person": "Person", "organization": "Organization", "organisation": "Organization",
         "org": "Organization", "place": "Place"}  # fmt: skip
FTM_TYPES = {"Person": "Person", "Organization": "Organization", "LegalEntity": "Organization",
             "Company": "Organization", "PublicBody": "Organization"}  # fmt: skip
LIST_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
COUNTRY = re.compile(r"^[A-Za-z]{2}$")


@dataclass
class ImportSummary:
    list: str
    actors: int = 0
    added: int = 0
    changed: int = 0
    removed: int = 0
    skipped: int = 0
    errors: list[InputError] = field(default_factory=list)


# ------------------------------------------------------------------ the data folder
def list_path(name: str) -> Path:
    if not LIST_NAME.match(name):
        raise ActorgraphError(f"bad list name {name!r} (letters, digits, '.', '_', '-')")
    return lists_dir() / f"{name}.jsonl"


def read_list(name: str) -> dict[str, Record]:
    path = list_path(name)
    if not path.exists():
        return {}
    lines = path.read_text(encoding="utf-8").splitlines()
    return {r["id"]: r for r in (json.loads(line) for line in lines if line.strip())}


def list_names() -> dict[str, int]:
    """Every imported list and how many records it holds."""
    folder = lists_dir()
    paths = sorted(folder.glob("*.jsonl")) if folder.is_dir() else []
    return {path.stem: len(read_list(path.stem)) for path in paths}


def list_of(entity_id: str) -> str | None:
    """The imported list that holds this id (the last one, as loaded), if any."""
    found = [name for name in list_names() if entity_id in read_list(name)]
    return found[-1] if found else None


def remove_list(name: str) -> int:
    """Delete a list; return how many records it held."""
    records = read_list(name)
    if not records:
        raise ActorgraphError(f"no imported list named {name!r}")
    list_path(name).unlink()
    load.cache_clear()
    return len(records)


# ------------------------------------------------------------------ import
def import_list(path: Path, name: str | None = None) -> ImportSummary:
    """Read ``path`` (CSV, or FtM JSON lines) and store it as the list ``name`` (default:
    the file's stem), replacing an earlier import of that list."""
    summary = ImportSummary(name or path.stem)
    target = list_path(summary.list)
    records: dict[str, Record] = {}
    for item in read_records(path, summary):
        if isinstance(item, InputError):
            summary.errors.append(item)
        else:
            records[item["id"]] = _merged(records.get(item["id"]), {**item, "list": summary.list})
    if not records:
        raise InputError(str(path), "no actors or places to import")
    _count_changes(summary, read_list(summary.list), records)
    _write(target, [records[key] for key in sorted(records)])
    load.cache_clear()
    return summary


def read_records(path: Path, summary: ImportSummary) -> Iterator[Record | InputError]:
    if not path.is_file():
        raise InputError(str(path), "no such file")
    if path.suffix.lower() == ".csv":
        yield from read_csv(path)
    elif path.suffix.lower() in {".json", ".jsonl", ".ndjson", ".ftm"}:
        yield from read_ftm(path, summary)
    else:
        raise InputError(str(path), f"unsupported list type {path.suffix or '(none)'}")


def _merged(old: Record | None, new: Record) -> Record:
    if old is None:
        return new
    aliases = [a for a in dict.fromkeys([*old["aliases"], new["name"], *new["aliases"]])]
    return {**old, "aliases": [a for a in aliases if a != old["name"]]}


def _count_changes(summary: ImportSummary, before: dict[str, Record], after: dict) -> None:
    summary.actors = len(after)
    summary.added = len(after.keys() - before.keys())
    summary.removed = len(before.keys() - after.keys())
    summary.changed = sum(1 for k in after.keys() & before.keys() if after[k] != before[k])


def _write(target: Path, records: list[Record]) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    if not target.exists() or target.read_text(encoding="utf-8") != text:
        temporary = target.with_suffix(".tmp")
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(target)


# ------------------------------------------------------------------ CSV
def read_csv(path: Path) -> Iterator[Record | InputError]:
    from actorgraph.read.decode import decode_bytes

    text = decode_bytes(path.read_bytes(), str(path))
    rows = csv.DictReader(text.splitlines())
    header = {(h or "").strip().lower() for h in rows.fieldnames or []}
    if not {"name", "type"} <= header:
        raise InputError(str(path), "a CSV list needs a header with 'name' and 'type' columns")
    for number, row in enumerate(rows, start=2):
        try:
            yield csv_record({(k or "").strip().lower(): (v or "").strip() for k, v in row.items()})
        except InputError as err:
            yield InputError(f"{path}:{number}", err.reason)


def csv_record(row: dict[str, str]) -> Record:
    """One CSV row as a seed record.

    >>> csv_record({"name": "Abu Test", "type": "person", "aliases": "A. Test; Abu T"})
    {'id': 'person:abu-test', 'type': 'Person', 'name': 'Abu Test', 'aliases': ['A. Test', 'Abu T']}
    """
    kind = TYPES.get(row.get("type", "").lower())
    if not row.get("name") or kind is None:
        raise InputError("", "needs a name and a type (Person, Organization or Place)")
    record: Record = {"id": row.get("id") or entity_id(kind, row["name"]), "type": kind,
                      "name": row["name"], "aliases": _split(row.get("aliases", ""))}  # fmt: skip
    _check_id(record)
    record.update(_country(row.get("country", "")))
    record.update(_coordinates(row) if kind == "Place" else {})
    if row.get("affiliations"):
        record["affiliations"] = [_affiliation(a) for a in _split(row["affiliations"])]
    return record


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


def _check_id(record: Record) -> None:
    prefix = SCHEMA.prefix(record["type"])
    if not re.match(rf"^{prefix}:[a-z0-9]+(?:-[a-z0-9]+)*$", record["id"]):
        raise InputError("", f"id {record['id']!r} must look like {prefix}:lower-case-slug")


def _country(code: str) -> Record:
    if not code:
        return {}
    if not COUNTRY.match(code):
        raise InputError("", f"country {code!r} is not an ISO 3166 alpha-2 code")
    return {"country": code.upper()}


def _coordinates(row: dict[str, str]) -> Record:
    try:
        lat, lon = (float(row[k]) if row.get(k) else None for k in ("lat", "lon"))
    except ValueError:
        raise InputError("", "lat and lon must be numbers") from None
    if lat is not None and not -90 <= lat <= 90 or lon is not None and not -180 <= lon <= 180:
        raise InputError("", "lat must be within ±90 and lon within ±180")
    return {k: v for k, v in (("lat", lat), ("lon", lon)) if v is not None}


def _affiliation(text: str) -> Record:
    predicate, _, target = text.partition(":")
    if predicate.strip().upper() not in SCHEMA.relations or not target.strip():
        raise InputError("", f"affiliation {text!r} must be PREDICATE:target (e.g. LEADS:...)")
    return {"predicate": predicate.strip().upper(), "object": _target(target.strip())}


def _target(target: str) -> str:
    if re.match(r"^(person|organization|place):[a-z0-9-]+$", target):
        return target
    found = load().lookup(target)
    if not found:
        raise InputError("", f"affiliation target {target!r} is not a known name or id")
    return found[0].id


# ------------------------------------------------------------------ FollowTheMoney
def read_ftm(path: Path, summary: ImportSummary) -> Iterator[Record | InputError]:
    with path.open(encoding="utf-8", errors="replace") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                record = ftm_record(line)
            except InputError as err:
                yield InputError(f"{path}:{number}", err.reason)
                continue
            if record is None:
                summary.skipped += 1
            else:
                yield record


def ftm_record(line: str) -> Record | None:
    """One FtM entity as a seed record (None for a schema that is not an actor).

    >>> ftm_record('{"id": "Q1", "schema": "Person", "properties": {"name": ["Abu Test"],'
    ...            ' "alias": ["A. Test"], "country": ["ir"], "topics": ["sanction"]}}')
    {'id': 'person:abu-test', 'type': 'Person', 'name': 'Abu Test', 'aliases': ['A. Test'], \
'country': 'IR', 'ftm_id': 'Q1', 'topics': ['sanction']}
    """
    try:
        entity = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError("", f"malformed JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(entity, dict) or not isinstance(entity.get("properties"), dict):
        raise InputError("", "an FtM entity needs 'schema' and 'properties'")
    kind = FTM_TYPES.get(str(entity.get("schema")))
    if kind is None:
        return None
    return _ftm_fields(kind, entity)


def _ftm_fields(kind: str, entity: Record) -> Record:
    props = {
        k: [str(v) for v in vs] for k, vs in entity["properties"].items() if isinstance(vs, list)
    }
    names = props.get("name", [])
    if not names:
        raise InputError("", "an FtM entity without a name")
    weak = [a for a in props.get("weakAlias", []) if len(a.split()) >= 2]
    aliases = [a for a in dict.fromkeys([*names[1:], *props.get("alias", []), *weak])]
    record: Record = {"id": entity_id(kind, names[0]), "type": kind, "name": names[0],
                      "aliases": [a for a in aliases if a != names[0]]}  # fmt: skip
    countries = [c for c in props.get("country", []) if COUNTRY.match(c)]
    record.update({"country": countries[0].upper()} if countries else {})
    record.update({"ftm_id": str(entity.get("id", "")), "topics": props.get("topics", [])})
    return record
