"""An organization named after the one it belongs to: 'IRGC Aerospace Force', 'AU Commission',
'Hamas Shura Council' state that the force, commission or council is PART_OF the IRGC, the
AU, Hamas, when the report names that organization too (any of its surface forms) and the name
ends in a unit noun. Plural militia names ('Hezbollah Brigades') are other groups."""

from __future__ import annotations

from bisect import bisect_right

from actorgraph.model import Entity, Evidence, Relation
from actorgraph.text import Sentence

UNIT_HEADS = {
    "force", "forces", "command", "commission", "division", "corps",
    "bureau", "office", "wing", "department", "directorate", "unit", "branch", "navy",
    "secretariat", "battalion", "regiment", "brigade", "cell", "section", "center", "centre",
    "province", "mission",
}  # fmt: skip


def name_parts(
    report_id: str, spans: list[Sentence], mentions: list, entities: dict[str, Entity]
) -> list[Relation]:
    """PART_OF from each organization whose name opens with another organization's name."""
    owners = _surfaces(mentions, entities)
    found = {}
    for mention in mentions:
        entity = entities.get(mention.entity or "")
        if entity is None or entity.type != "Organization":
            continue
        owner = _owner(mention.surface.split(), owners, entity.id)
        sentence = _sentence(spans, mention.start)
        if owner and sentence and (entity.id, owner) not in found:
            ev = Evidence(report_id, sentence.text, sentence.start, sentence.end,
                          "rules:name-part", 0.7)  # fmt: skip
            found[(entity.id, owner)] = Relation(entity.id, "PART_OF", owner, ev)
    return list(found.values())


def _surfaces(mentions: list, entities: dict[str, Entity]) -> dict[str, str]:
    """Lower-cased surface forms of the report's organizations -> entity id."""
    found = {}
    for entity in entities.values():
        if entity.type == "Organization":
            for surface in entity.surfaces():
                found.setdefault(surface.lower(), entity.id)
    for mention in mentions:
        entity = entities.get(mention.entity or "")
        if entity is not None and entity.type == "Organization":
            found.setdefault(mention.surface.lower(), entity.id)
    return found


def _owner(words: list[str], owners: dict[str, str], own: str) -> str | None:
    """The organization named by the first words (an acronym or a name: 'IRGC', 'Hamas',
    'Islamic State') when the rest ends in a unit noun ('... West Africa Province', '...
    Mission in Armenia')."""
    head = words.index("in", 2) - 1 if "in" in words[2:] else len(words) - 1
    if len(words) < 2 or words[head].lower() not in UNIT_HEADS:
        return None
    for size in range(min(head, 3), 0, -1):
        owner = owners.get(" ".join(words[:size]).lower())
        if owner is not None and owner != own:
            return owner
    return None


def _sentence(spans: list[Sentence], offset: int) -> Sentence | None:
    i = bisect_right(spans, offset, key=lambda s: s.start) - 1
    return spans[i] if i >= 0 and offset < spans[i].end else None
