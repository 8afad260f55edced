"""Relations a letter's or an e-mail's signature block states: its writer's name on a line
of its own in the last lines, then their role and their organization on the next lines
('Jane Doe / Field Coordinator, North / Relief Partnership (RP)'): the writer is a member of
the organization, or its head when the role is the head's alone ('Executive Director')."""

from __future__ import annotations

import re

from actorgraph.extract.speakers import alone_on_line
from actorgraph.model import Entity, Evidence, Relation
from actorgraph.text import last_lines

BLOCK = 3  # the role and organization lines under the name
HEAD_ROLE = re.compile(  # the head's role, alone or the last of several ('Secretary and Chair')
    r"(?:^|\band\s+)\s*(?:executive\s+|managing\s+)?(?:director|president|chair(?:man|woman|person)?|"
    r"head|chief\s+executive(?:\s+officer)?|secretary[-\s]general|founder)\s*(?:,|$)",
    re.I,
)


def signature_relations(
    report_id: str, layout: str, mentions: list, entities: dict[str, Entity]
) -> list[Relation]:
    """MEMBER_OF (or LEADS) from the signature's name to the organization under it."""
    lines = last_lines(layout)
    near = sorted((m for m in mentions if m.start >= lines[0][0]), key=lambda m: m.start)
    found = []
    for i, (start, end) in enumerate(lines):  # every signatory ('A / Chair, X', 'B / Member, X')
        writer = _alone(layout, start, end, near, entities)
        if writer is None:
            continue
        block = _block(layout, lines[i + 1 : i + 1 + BLOCK])
        body = _body(block, near, entities)
        if body is not None:
            role = layout[block[0][0] : block[0][1]] if block else ""
            predicate = "LEADS" if HEAD_ROLE.search(role) else "MEMBER_OF"
            ev = Evidence(report_id, layout[start : block[-1][1]], start, block[-1][1],
                          "rules:signature", 0.65)  # fmt: skip
            # a Person to an Organization (found so): the schema allows both predicates
            found.append(Relation(writer, predicate, body, ev))
    return found


def _alone(layout: str, start: int, end: int, mentions: list, entities: dict) -> str | None:
    """The person named alone on the line ('Jane Doe', '-- Jane Doe')."""
    for m in mentions:
        person = entities.get(m.entity)
        if person is None or person.type != "Person" or not start <= m.start < m.end <= end:
            continue
        if alone_on_line(layout, (m.start, m.end, m.entity)):
            return m.entity
    return None


def _block(layout: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines under the name, up to a blank one."""
    block = []
    for start, end in lines:
        if not layout[start:end].strip():
            break
        block.append((start, end))
    return block


def _body(block: list[tuple[int, int]], mentions: list, entities: dict) -> str | None:
    """The first organization named on the block's lines (``mentions`` in text order)."""
    for start, end in block:
        for m in mentions:
            inside = start <= m.start and m.end <= end and m.entity in entities
            if inside and entities[m.entity].type == "Organization":
                return m.entity
    return None
