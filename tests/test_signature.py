"""A letter's or an e-mail's signature block (mails written for the test): the writer named
alone on a line is a member of the organization on the lines under the name, or its head."""

from __future__ import annotations

from actorgraph.extract.report import extract
from actorgraph.read.inputs import read_text

BODY = (
    "From: Field office\nSubject: weekly update\n\nDear colleagues,\n\n"
    "On 4 May our coordinator met the district commissioner in Sittwe to\n"
    "discuss access for mobile clinics.\n\nBest regards,\n\n"
)


def _relations(text: str) -> set[tuple[str, str, str]]:
    found = extract(read_text(text, "mail.txt"))
    names = {e.id: e.name for e in found.entities}
    return {(names[r.subject], r.predicate, names[r.object]) for r in found.relations}


def test_the_signed_writer_is_a_member_of_the_organization_under_the_name() -> None:
    mail = BODY + "Maria Lindqvist\nProgramme Manager, Rakhine\nNordic Health Alliance (NHA)\n"
    relations = _relations(mail)
    assert ("Maria Lindqvist", "MEMBER_OF", "Nordic Health Alliance") in relations
    evidence = [
        r.evidence.sentence for r in extract(read_text(mail, "mail.txt")).relations
        if r.predicate == "MEMBER_OF"
    ]  # fmt: skip
    assert evidence and evidence[0].startswith("Maria Lindqvist\n")


def test_a_signed_executive_director_heads_the_organization() -> None:
    mail = BODY + "-- \nMaria Lindqvist\nExecutive Director\nNordic Health Alliance\n"
    assert ("Maria Lindqvist", "LEADS", "Nordic Health Alliance") in _relations(mail)


def test_a_name_inside_a_paragraph_signs_nothing() -> None:
    mail = BODY + "Maria Lindqvist thanked the Nordic Health Alliance for the supplies.\n"
    assert not any(p in ("MEMBER_OF", "LEADS") for _, p, _ in _relations(mail))


def test_a_security_cell_is_an_organization() -> None:
    found = extract(
        read_text("The Goma Security Cell advised the NGOs to stay indoors.\n", "c.txt")
    )
    assert [e.type for e in found.entities if e.name == "Goma Security Cell"] == ["Organization"]
