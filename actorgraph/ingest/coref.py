"""Light coreference: pronouns ("He", "his") and definite role nouns ("the commander",
"the group") resolve to the most salient person or organization before them.

The salient person of a sentence is its first person; a pronoun takes the first person
earlier in its own sentence, else the salient person of the nearest sentence before.
"""

from __future__ import annotations

import re

from actorgraph.ingest.text import Sentence

PERSON_REF = re.compile(
    r"\b(?:he|she|him|the\s+(?:[A-Z]\w+\s+|top\s+|senior\s+|visiting\s+){0,2}(?:commander|minister|president|general|official|"
    r"spokesman|spokeswoman|envoy|leader|diplomat|cleric|ambassador|prime\s+minister|"
    r"secretary|chief|king|emir|crown\s+prince))\b(?!\s+of\b)",
    re.I,
)
IT = re.compile(
    r"^It\b(?!\s+(?:is|was|has\s+been|had\s+been|will|would|seems|remains)\s+(?:\w+\s+)?"
    r"(?:that|to|not|unclear|likely|possible|important|clear|said|reported|believed|expected|"
    r"known|time|true|hard|difficult|worth|a\b|an\b|the\b))"
)
ORG_REF = re.compile(
    r"\b(?:the\s+(?:group|organization|organisation|militia|movement|party|force|agency))\b"
    r"(?!\s+of\b)(?!'s\s+\w+\s+of\b)",
    re.I,
)

Ref = tuple[int, int, str]


def references(text: str, spans: list[Sentence], resolution: object) -> list[Ref]:
    """Resolved mentions plus pronoun/definite references, as ``(start, end, entity_id)``."""
    mentions = [(m.start, m.end, m.entity) for m in resolution.mentions if m.entity]  # type: ignore[attr-defined]
    kinds = {e.id: e.type for e in resolution.entities.values()}  # type: ignore[attr-defined]
    refs: list[Ref] = list(mentions)
    salient: dict[str, str | None] = {"Person": None, "Organization": None}
    for sentence in spans:
        inside = [m for m in mentions if sentence.start <= m[0] < sentence.end]
        refs += _resolve_in(text, sentence, inside, kinds, salient)
        for kind in salient:
            first = next((m[2] for m in inside if kinds.get(m[2]) == kind), None)
            salient[kind] = first or salient[kind]
    return refs


def _resolve_in(
    text: str,
    sentence: Sentence,
    inside: list[Ref],
    kinds: dict[str, str],
    salient: dict[str, str | None],
) -> list[Ref]:
    found: list[Ref] = []
    for pattern, kind in ((PERSON_REF, "Person"), (ORG_REF, "Organization"), (IT, "Organization")):
        for match in pattern.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if any(s <= start < e for s, e, _ in inside):
                continue
            before = [m[2] for m in inside if m[1] <= start and kinds.get(m[2]) == kind]
            target = before[0] if before else salient[kind]
            if target:
                found.append((start, end, target))
    return found
