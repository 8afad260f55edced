"""Verb frames: a relation stated by a verb (or a verbal noun) with its subject before it in
the clause and its objects after it, as for meetings.

The subject is the clause's first actor whose type the schema allows (a person first when
persons are allowed); the objects are the first group of entities after the trigger that
are joined by 'and', 'or' or commas, before a preposition of place or the clause's end.

>>> from actorgraph.ingest.template import Template
>>> t = Template.build("A, a commander, attacked B and C in D.", 0, [(0, 1, "person:a"),
...     (25, 26, "organization:b"), (31, 32, "organization:c"), (36, 37, "place:d")])
>>> kinds = {"person:a": "Person", "organization:b": "Organization",
...          "organization:c": "Organization", "place:d": "Place"}
>>> [(p, s, o) for p, s, o, _ in find(t, kinds)]
[('OPPOSES', 'person:a', 'organization:b'), ('OPPOSES', 'person:a', 'organization:c')]
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

from actorgraph.ingest.meetings import CLAUSE_START, _negated
from actorgraph.ingest.patterns import MODAL
from actorgraph.ingest.template import SLOT, Template
from actorgraph.schema import SCHEMA


def _load() -> list[tuple[str, str, re.Pattern[str]]]:
    data = tomllib.loads(Path(__file__).with_name("frames.toml").read_text(encoding="utf-8"))
    return [
        (f["predicate"], f["name"], re.compile(rf"\b(?:{f['trigger']})\b", re.I))
        for f in data["frame"]
    ]


FRAMES = _load()
DATELINE = re.compile(r"^\s*(?:⟦\d+⟧[\s,.()\w]{0,30}?)?(?:–|--|-)\s")  # "ERBIL (Kurdistan 24) –"
GAP_WORDS = 3  # words allowed between a trigger and its first object
NOT_IN_GAP = re.compile(
    r"\b(?:as|that|which|who|comes?|came|said|says|is|was|were|are|will|would|has|have|had)\b",
    re.I,
)
OBJECT_STOP = re.compile(
    r"\s(?:in|at|near|on|during|after|before|since|from|through|across|over|with\s+the\s+aim)\s|"
    r"[;:]|,\s+(?:which|who|where|while|and\s+(?!⟦))|\.$",
    re.I,
)
LIST_JOIN = re.compile(r"^(?:\s*(?:,|and|or|as\s+well\s+as|,\s*and)\s+(?:the\s+)?)$", re.I)
PASSIVE_BY = re.compile(r"^\s*by\s", re.I)
Found = tuple[str, str, str, str]  # predicate, subject, object, frame name


def find(template: Template, kinds: dict[str, str]) -> Iterator[Found]:
    """Relations stated by verb frames in one sentence (schema-checked by the caller)."""
    for predicate, name, trigger in FRAMES:
        for match in trigger.finditer(template.text):
            if MODAL.search(template.text[: match.start()]) or _negated(
                template.text, match.start()
            ):
                continue
            if "⟦" in match.group(0) or template.text[max(0, match.start() - 1)] == "-":
                continue  # "Iran-backed X" is the hyphen rule's
            yield from _frame(template, kinds, predicate, name, match)


def _frame(
    template: Template, kinds: dict[str, str], predicate: str, name: str, match: re.Match[str]
) -> Iterator[Found]:
    after = template.text[match.end() :]
    if PASSIVE_BY.match(after):  # "was commanded by X": X is the subject
        objects = _subjects(template, template.text[: match.start()], kinds, predicate)
        subjects = _group(template, after[3:], kinds, predicate, "subject")
    else:
        subjects = _subjects(template, template.text[: match.start()], kinds, predicate)
        objects = _group(template, after, kinds, predicate, "object")
    for subject in subjects:
        for obj in objects:
            if subject != obj:
                yield predicate, subject, obj, name


def _subjects(template: Template, before: str, kinds: dict[str, str], predicate: str) -> list[str]:
    allowed = SCHEMA.relations[predicate].sources
    owner = re.search(r"(⟦\d+⟧)'s\s+(?:[\w\-]+\s+){0,3}$", before)  # "Iran's support for"
    if owner:
        ids = [i for i in template.ids(owner.group(1)) if kinds.get(i) in allowed]
        return ids
    starts = list(CLAUSE_START.finditer(before))
    clause = before[starts[-1].end() :] if starts else before
    clause = DATELINE.sub("", clause)
    ids = [i for i in template.ids(clause) if kinds.get(i) in allowed]
    people = [i for i in ids if kinds[i] == "Person"]
    if people and "Person" in allowed:
        return people[:1]
    return ids[:1]


def _group(
    template: Template, text: str, kinds: dict[str, str], predicate: str, role: str
) -> list[str]:
    """The first entities after the trigger joined by list words, up to a stop."""
    stop = OBJECT_STOP.search(text)
    span = text[: stop.start()] if stop else text
    allowed = (
        SCHEMA.relations[predicate].targets
        if role == "object"
        else SCHEMA.relations[predicate].sources
    )
    found: list[str] = []
    last_end = None
    for slot in SLOT.finditer(span):
        gap = span[last_end or 0 : slot.start()]
        if last_end is not None and not LIST_JOIN.match(gap):
            break
        words = len(re.findall(r"\w+", gap))
        if last_end is None and (words > GAP_WORDS or NOT_IN_GAP.search(gap)):
            break
        entity = template.slots[int(slot.group(1))]
        if kinds.get(entity) in allowed:
            found.append(entity)
        last_end = slot.end()
    return found
