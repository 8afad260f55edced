"""A sentence with its entity mentions replaced by placeholders ``⟦i⟧``, so that relation and
event rules are plain regular expressions over words and placeholders.

>>> t = Template.build("Qaani met Assad in Damascus.", 0, [(0, 5, "person:qaani"),
...     (10, 15, "person:assad"), (19, 27, "place:damascus")])
>>> t.text
'⟦0⟧ met ⟦1⟧ in ⟦2⟧.'
>>> t.ids("⟦1⟧ and ⟦0⟧")
['person:assad', 'person:qaani']
>>> Template.build("These groups fight.", 0, [(0, 12, "org:a" + JOIN + "org:b")]).text
'⟦0⟧ and ⟦1⟧ fight.'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SLOT = re.compile(r"⟦(\d+)⟧")
JOIN = "\x1f"  # a reference to several entities ("these groups") reads as their list


def _slots(ids: list[str], slots: list[str]) -> str:
    """Placeholders for one or several entities: '⟦0⟧', or '⟦0⟧, ⟦1⟧ and ⟦2⟧'."""
    marks = []
    for entity in ids:
        marks.append(f"⟦{len(slots)}⟧")
        slots.append(entity)
    return marks[0] if len(marks) == 1 else ", ".join(marks[:-1]) + " and " + marks[-1]


ACRONYM_SLOT = re.compile(r"⟦(\d+)⟧\s*\(⟦(\d+)⟧\)")


def _drop_acronyms(text: str, slots: list[str]) -> str:
    """'⟦0⟧ (⟦1⟧)' where both name one entity ('SOHR' after its full name) reads '⟦0⟧'."""

    def keep(match: re.Match[str]) -> str:
        same = slots[int(match.group(1))] == slots[int(match.group(2))]
        return f"⟦{match.group(1)}⟧" if same else match.group(0)

    return ACRONYM_SLOT.sub(keep, text)


@dataclass(frozen=True)
class Template:
    text: str
    slots: tuple[str, ...]  # entity id per placeholder
    sentence: str
    start: int  # offset of the sentence in the report
    spans: tuple[tuple[int, int, str], ...] = ()  # sentence-relative mentions (one entity)

    @classmethod
    def build(cls, sentence: str, start: int, spans: list[tuple[int, int, str]]) -> Template:
        """``spans`` are report offsets ``(start, end, entity_id)`` inside the sentence."""
        parts: list[str] = []
        slots: list[str] = []
        cursor = 0
        for s, e, entity in sorted(spans):
            s, e = s - start, e - start
            if s < cursor:
                continue
            parts.append(sentence[cursor:s])
            parts.append(_slots(entity.split(JOIN), slots))
            cursor = e
        parts.append(sentence[cursor:])
        text = re.sub(r"⟧['’]s\b", "⟧'s", "".join(parts))
        single = tuple((s - start, e - start, i) for s, e, i in sorted(spans) if JOIN not in i)
        return cls(_drop_acronyms(text, slots), tuple(slots), sentence, start, single)

    def ids(self, fragment: str | None) -> list[str]:
        """Entity ids of the placeholders in a matched fragment, in order, without repeats."""
        if not fragment:
            return []
        return list(dict.fromkeys(self.slots[int(i)] for i in SLOT.findall(fragment)))
