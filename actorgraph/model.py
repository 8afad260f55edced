"""Plain, serialisable values that flow from reading to writing.

An :class:`Extraction` is everything one report yields. It needs no database, can be written
as JSON (``to_dict``), read back (``from_dict``), scored against gold files (``to_eval``) and
cached. Entity ids are stable (``person:esmail-qaani``); events and relations refer to
entities by id.

>>> ev = Evidence("r1", sentence="A met B.", start=0, end=8, extractor="rules", confidence=0.8)
>>> rel = Relation(subject="person:a", predicate="LEADS", object="organization:b", evidence=ev)
>>> Relation.from_dict(rel.to_dict()) == rel
True
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Report:
    """A source document as read from disk or a feed."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    publisher: str | None = None
    path: str | None = None
    sha256: str = ""
    author: str | None = None
    pages: tuple[int, ...] = ()  # paged sources (PDF): the offset in ``text`` of each page
    republishers: tuple[str, ...] = ()  # other publishers of the same text, met later

    def __post_init__(self) -> None:
        object.__setattr__(self, "pages", tuple(self.pages))  # a list after JSON
        object.__setattr__(self, "republishers", tuple(self.republishers))

    def page(self, offset: int) -> int | None:
        """The page (from 1) of a character offset, or None when the source has no pages.

        >>> Report("r", "one two", pages=(0, 4)).page(5)
        2
        """
        return bisect_right(self.pages, offset) if self.pages else None

    def meta(self) -> dict[str, Any]:
        """Everything but the text."""
        data = asdict(self)
        data.pop("text")
        return data


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: report id, the sentence, its character offsets in the report."""

    report: str
    sentence: str
    start: int
    end: int
    extractor: str
    confidence: float


@dataclass
class Entity:
    """A resolved actor or place within one report."""

    id: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    source: str = "dictionary"
    confidence: float = 1.0
    lat: float | None = None
    lon: float | None = None
    countryCode: str | None = None  # noqa: N815 - graph property name

    def surfaces(self) -> list[str]:
        """Name first, then aliases, without repeats."""
        return list(dict.fromkeys([self.name, *self.aliases]))


@dataclass(frozen=True)
class Participant:
    id: str
    role: str = "participant"


@dataclass
class Event:
    """A meeting, visit, exercise ... that the report states happened."""

    id: str
    kind: str
    code: str
    participants: list[Participant]
    evidence: Evidence
    place: str | None = None
    date: str | None = None
    datePrecision: str | None = None  # noqa: N815 - graph property name
    key: str = ""

    @property
    def is_meeting(self) -> bool:
        from actorgraph.schema import SCHEMA

        return SCHEMA.event_is_meeting(self.kind) and len(self.participants) >= 2


@dataclass(frozen=True)
class Relation:
    subject: str
    predicate: str
    object: str
    evidence: Evidence

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Relation:
        return cls(**{**data, "evidence": Evidence(**data["evidence"])})


@dataclass(frozen=True)
class Merge:
    """A resolution decision: ``surface`` (or entity ``source``) was merged into ``into``."""

    into: str
    surface: str
    reason: str


@dataclass
class Extraction:
    """Everything one report yields."""

    report: Report
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    merges: list[Merge] = field(default_factory=list)
    extractor: str = ""
    within: list[dict[str, Any]] = field(default_factory=list)  # gazetteer: place -> parent

    def entity(self, entity_id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def to_dict(self, with_text: bool = True) -> dict[str, Any]:
        data = asdict(self)
        if not with_text:
            data["report"].pop("text")
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extraction:
        report = Report(**{"text": "", **data["report"]})
        entities = [
            Entity(**{**e, "mentions": [tuple(m) for m in e.get("mentions", [])]})
            for e in data.get("entities", [])
        ]
        events = [
            Event(
                **{
                    **e,
                    "participants": [Participant(**p) for p in e["participants"]],
                    "evidence": Evidence(**e["evidence"]),
                }
            )
            for e in data.get("events", [])
        ]
        relations = [Relation.from_dict(r) for r in data.get("relations", [])]
        merges = [Merge(**m) for m in data.get("merges", [])]
        within = list(data.get("within", []))
        return cls(report, entities, events, relations, merges, data.get("extractor", ""), within)
