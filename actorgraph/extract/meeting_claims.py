"""Claims about a meeting told before: "The talks covered trade, the ministry said."

A source that reports what a meeting did reports on that meeting's main actor (SCHEMA:
``REPORTED`` points at the main actor of the claim). The sentence names no actor of its own;
it refers back ("the meeting", "the two sides", "they"). Its reference is read as the main
participant of the last meeting, and the claim rules of :mod:`actorgraph.extract.patterns`
then read the source. The main participant is the one from the source's own country (a
ministry reports on its minister), else the first (the host).
"""

from __future__ import annotations

import dataclasses
import re

from actorgraph.extract.patterns import CLAIM_RULES
from actorgraph.extract.relations import find_relations
from actorgraph.extract.template import Template
from actorgraph.model import Entity, Event, Relation

REACH = 3  # sentences after the meeting's own within which a reference still points to it
REFERENCE = re.compile(
    r"\b(?:(?:the|this|that)\s+(?:[\w\-]+\s+)?(?:meeting|talks|discussions|session|consultations)|"
    r"the\s+two\s+(?:sides|leaders|ministers|officials|men|delegations)|both\s+sides)\b"
    r"(?!\s+(?:with|between)\b)|^\W*they\b(?=\s+(?:discussed|addressed|reviewed|exchanged|agreed))",
    re.I,
)
SAYS = re.compile(r"\b(?:said|says|reported|announced|stated|according\s+to|added|noted)\b", re.I)
CLAIMS = {rule.name for rule in CLAIM_RULES if rule.predicate == "REPORTED"}
CLAIMS |= {"source-reported"}


def meeting_claims(
    templates: list[Template], events: list[Event], entities: dict[str, Entity], report_id: str
) -> list[Relation]:
    """``REPORTED`` from the source of each claim about the last meeting told (one pass
    over sentences and meetings, both in text order)."""
    meetings = sorted((e for e in events if e.is_meeting), key=lambda e: e.evidence.start)
    found: list[Relation] = []
    told, upto = None, 0
    for index, template in enumerate(templates):
        while upto < len(meetings) and meetings[upto].evidence.start < template.start:
            told, upto = meetings[upto], upto + 1
        reach = templates[max(0, index - REACH)].start
        if told is None or told.evidence.start < reach or not SAYS.search(template.text):
            continue
        found += _claims(template, told, entities, report_id)
    return found


def _claims(
    template: Template, told: Event, entities: dict[str, Entity], report_id: str
) -> list[Relation]:
    reference = REFERENCE.search(template.text)
    if reference is None:
        return []
    actor = told.participants[0].id
    slot = f"⟦{len(template.slots)}⟧"
    text = template.text[: reference.start()] + slot + template.text[reference.end() :]
    read = dataclasses.replace(template, text=text, slots=(*template.slots, actor))
    relations = find_relations([read], entities, report_id, CLAIMS)
    return [_about(r, told, entities) for r in relations if r.object == actor]


def _about(relation: Relation, told: Event, entities: dict[str, Entity]) -> Relation:
    """The claim is about the participant from the source's country, if one is."""
    source = entities.get(relation.subject)
    code = source.countryCode if source else None
    ours = [p.id for p in told.participants if code and entities[p.id].countryCode == code]
    ours = [p for p in ours if p != relation.subject]
    return dataclasses.replace(relation, object=ours[0]) if ours else relation
