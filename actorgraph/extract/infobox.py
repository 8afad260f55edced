"""Relations an encyclopedia infobox states when a page is pasted as text: the lines before
the first paragraph of prose that open with a field's label ('LeadersAbu X', 'Part of Y',
'- Unit: Quds Force') relate the page's subject (the entity its title line names) to the
entities the field lists (infobox.toml holds the fields as data)."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from actorgraph.extract.relations import actors
from actorgraph.model import Entity, Evidence, Relation
from actorgraph.schema import SCHEMA

PROSE_WORDS = 20  # a line this long opens the article's prose: the infobox is above it
WRAPPED = 50  # three lines in a row this long (characters) are a hard-wrapped paragraph
ZONE_CHARS = 4000
CONTINUATION_WORDS = 6  # a following line this short may list more of a field's values


@dataclass(frozen=True)
class Field:
    predicate: str
    source: str  # "article" or "value": which side is the relation's subject
    lines: int


@lru_cache(maxsize=1)
def _fields() -> dict[str, Field]:
    """Label (as infoboxes capitalise it) -> its field."""
    data = tomllib.loads(Path(__file__).with_name("infobox.toml").read_text(encoding="utf-8"))
    return {
        label: Field(f["predicate"], f["from"], f["lines"])
        for f in data["field"] for label in f["labels"]
    }  # fmt: skip


@lru_cache(maxsize=1)
def _label() -> re.Pattern[str]:
    """A label at a line's start, followed by a colon, a space or its value glued on."""
    labels = sorted(_fields(), key=len, reverse=True)
    alternatives = "|".join(re.escape(label) for label in labels)
    return re.compile(
        rf"[ \t]*(?:[-•*][ \t]*)?(?P<label>{alternatives})(?::[ \t]*|[ \t]+|(?=[A-Z(]))"
    )


def _lines(text: str, layout: str) -> list[tuple[int, int]]:
    """(start, end) of the lines from the first with words on it to the first line of prose
    (a long line, or the first of three long lines in a row: a paragraph wrapped at a fixed
    width); ``layout`` gives the lines, ``text`` (the same length, headers and quote marks
    blanked) what is on them."""
    found, start = [], 0
    for line in layout[:ZONE_CHARS].split("\n"):
        span, start = (start, start + len(line)), start + len(line) + 1
        words = text[span[0] : span[1]].split()
        if not found and not words:
            continue  # mail headers, quote marks: nothing of the report yet
        if len(words) >= PROSE_WORDS:
            break
        found.append(span)
        if len(found) >= 3 and all(_long(text, s) for s in found[-3:]):
            return found[:-3]
    return found


def _long(text: str, span: tuple[int, int]) -> bool:
    return len(text[span[0] : span[1]].strip()) >= WRAPPED


def _labelled(text: str, lines: list[tuple[int, int]]) -> Iterator[tuple[int, re.Match[str]]]:
    """(index, label match) of the lines below the title that open with a field's label; a
    line right after a long one goes on with prose wrapped at a fixed width."""
    for i, (start, end) in enumerate(lines[1:], start=1):
        match = None if _long(text, lines[i - 1]) else _label().match(text, start, end)
        if match is not None and not _sentence(text, match, end):
            yield i, match


def _sentence(text: str, label: re.Match[str], end: int) -> bool:
    """'Commander A heads the X.': a line of prose that opens with a title, not a field (a
    field's value follows a colon or is glued to its label, or ends without a full stop)."""
    separator = text[label.end("label") : label.end()]
    return separator.isspace() and text[label.end() : end].rstrip().endswith((".", "!", "?"))


def glued_labels(text: str, layout: str) -> list[tuple[int, int]]:
    """Labels glued to a value that opens with a capital ('SpokespersonJafar X'): a name
    that takes the label in is cut after it."""
    found, lines = [], _lines(text, layout)
    for i, match in _labelled(text, lines):
        if match.end() < lines[i][1] and text[match.end() - 1].isalpha():
            found.append((match.start("label"), match.end()))
    return found


def unglued(text: str, layout: str) -> str:
    """``text`` with the labels glued to a value blanked out (the same length), so that the
    value reads as a name of its own ('Active regionsMogadishu': 'Mogadishu'); ``layout`` is
    the text as written, whose lines show the infobox."""
    for start, end in glued_labels(text, layout):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def infobox_relations(
    report_id: str, text: str, layout: str, mentions: list, entities: dict[str, Entity]
) -> list[Relation]:
    """One relation per field value, between the page's subject and the value."""
    lines = _lines(text, layout)
    article = _article(lines, mentions, entities)
    if article is None:
        return []
    found = []
    for i, match in _labelled(text, lines):
        field = _fields()[match.group("label")]
        spans = [
            (match.end(), lines[i][1]),
            *_continued(text, lines[i + 1 :], field.lines, mentions),
        ]
        for value in _values(spans, mentions, article):
            found += _relation(report_id, text, field, entities[article], entities[value],
                               (lines[i][0], spans[-1][1]))  # fmt: skip
    return found


def _article(
    lines: list[tuple[int, int]], mentions: list, entities: dict[str, Entity]
) -> str | None:
    """The organization or person the title line names."""
    if not lines:
        return None
    start, end = lines[0]
    named = [m.entity for m in mentions if start <= m.start < end and m.entity in entities]
    kinds = [i for i in named if entities[i].type in ("Organization", "Person")]
    return kinds[0] if kinds else None


def _continued(
    text: str, lines: list[tuple[int, int]], most: int, mentions: list
) -> list[tuple[int, int]]:
    """The short lines after a field's own that still list its values: no label, and a name."""
    found = []
    for start, end in lines[:most]:
        short = 0 < len(text[start:end].split()) <= CONTINUATION_WORDS
        named = any(start <= m.start < end and m.entity for m in mentions)
        if _label().match(text, start, end) or not (short and named):
            break
        found.append((start, end))
    return found


def _values(spans: list[tuple[int, int]], mentions: list, article: str) -> list[str]:
    ids = [m.entity for m in mentions for s, e in spans if s <= m.start < e and m.entity]
    return [i for i in dict.fromkeys(ids) if i != article]


def _relation(
    report_id: str, text: str, field: Field, article: Entity, value: Entity, span: tuple[int, int]
) -> list[Relation]:
    subject, obj = (article, value) if field.source == "article" else (value, article)
    legal = SCHEMA.allowed(field.predicate, subject.type, obj.type)
    if not legal or not actors(field.predicate, subject, obj):
        return []
    if SCHEMA.relations[field.predicate].symmetric and obj.id < subject.id:
        subject, obj = obj, subject
    ev = Evidence(report_id, text[span[0] : span[1]], span[0], span[1], "rules:infobox-field", 0.7)
    return [Relation(subject.id, field.predicate, obj.id, ev)]
