"""A meeting told before its parties are named, and lists that go on past a semicolon (SCHEMA
C1, C6), on sentences written for the test."""

from __future__ import annotations

import pytest

from actorgraph.extract.report import extract
from actorgraph.read.inputs import read_text

SCHOLZ, MACRON, SANCHEZ = "person:olaf-scholz", "person:emmanuel-macron", "person:pedro-sanchez"
RUTTE = "person:mark-rutte"
FOUR = frozenset({SCHOLZ, MACRON, SANCHEZ, RUTTE})


def _meetings(body: str) -> dict[frozenset[str], str | None]:
    """Each meeting's parties -> the name of its place."""
    extraction = extract(read_text("European roundup\n" + body + "\n", "report.txt"))
    names = {e.id: e.name for e in extraction.entities}
    return {
        frozenset(p.id for p in e.participants): names.get(e.place or "")
        for e in extraction.events if e.is_meeting
    }  # fmt: skip


@pytest.mark.parametrize(
    "opening",
    [
        "Defence ministers of the coalition met at Lancaster House in London on Tuesday.",
        "A working dinner was held at Lancaster House in London on Tuesday.",
        "The emergency session opened at Lancaster House in London on Tuesday.",
    ],
)
def test_a_gathering_told_without_its_parties_is_the_meeting_of_those_named_next(
    opening: str,
) -> None:
    meetings = _meetings(
        f"{opening} Around the table sat Olaf Scholz, Emmanuel Macron, Pedro Sanchez and "
        "Mark Rutte."
    )
    assert meetings == {FOUR: "Lancaster House"}


def test_a_gathering_whose_parties_are_never_named_is_no_meeting() -> None:
    meetings = _meetings(
        "Defence ministers of the coalition met at Lancaster House in London on Tuesday. "
        "They agreed to send more air defence systems."
    )
    assert meetings == {}


def test_a_gathering_only_planned_takes_no_one() -> None:
    meetings = _meetings(
        "Defence ministers of the coalition were expected to meet at Lancaster House on "
        "Friday. Olaf Scholz, Emmanuel Macron, Pedro Sanchez and Mark Rutte attended."
    )
    assert meetings == {}


def test_the_place_of_a_meeting_told_before_opens_no_new_one() -> None:
    meetings = _meetings(
        "Olaf Scholz met Emmanuel Macron on Monday. The meeting took place in Paris. "
        "Pedro Sanchez also attended."
    )
    assert meetings == {frozenset({SCHOLZ, MACRON, SANCHEZ}): "Paris"}


@pytest.mark.parametrize(
    "joining",
    [
        "Joining them were Pedro Sanchez and Mark Rutte.",
        "Seated alongside them were Pedro Sanchez and Mark Rutte.",
        "Pedro Sanchez and Mark Rutte attended.",
        "Pedro Sanchez and Mark Rutte were also in the room.",
        "Present at the meeting: Pedro Sanchez (Spain), Mark Rutte (NATO).",
        "The guests were Pedro Sanchez and Mark Rutte.",
        "In attendance were Pedro Sanchez and Mark Rutte.",
    ],
)
def test_people_named_after_a_meeting_join_it(joining: str) -> None:
    meetings = _meetings(f"Olaf Scholz met Emmanuel Macron in Paris on Monday. {joining}")
    assert set(meetings) == {FOUR}


def test_whoever_chaired_it_with_others_in_attendance_joins_it() -> None:
    meetings = _meetings(
        "The emergency session opened in Brussels on Monday. Mark Rutte chaired it, with "
        "Olaf Scholz, Emmanuel Macron and Pedro Sanchez in attendance."
    )
    assert meetings == {FOUR: "Brussels"}


def test_a_list_of_delegations_with_their_heads_goes_on_past_semicolons() -> None:
    meetings = _meetings(
        "The talks in Geneva brought together a German delegation led by Olaf Scholz; the "
        "French team, headed by Emmanuel Macron; and NATO Secretary General Mark Rutte."
    )
    people = {frozenset(p for p in group if p.startswith("person:")) for group in meetings}
    assert people == {frozenset({SCHOLZ, MACRON, RUTTE})}


@pytest.mark.parametrize("guests", ["the three visiting ministers", "both guests"])
def test_counted_guests_named_in_the_next_sentence_join_the_host(guests: str) -> None:
    found = _meetings(
        f"Olaf Scholz received {guests} in Berlin on Monday. The meeting was also attended by "
        "Emmanuel Macron and Pedro Sanchez."
    )
    assert found == {frozenset({SCHOLZ, MACRON, SANCHEZ}): "Berlin"}


def test_a_session_chaired_during_a_visit_is_held_where_the_chair_is_visiting() -> None:
    found = _meetings(
        "Olaf Scholz arrived in Kassala on Monday for a two-day visit.\n"
        "On Tuesday Scholz chaired a session of the Regional Security Committee.\n"
        "The session was attended by Emmanuel Macron and Pedro Sanchez."
    )
    assert list(found.values()) == ["Kassala"]
    assert {SCHOLZ, MACRON, SANCHEZ} <= next(iter(found))


@pytest.mark.parametrize(
    "chair", ["It was", "Olaf Scholz chaired it; it was", "Olaf Scholz chaired it, and it was"]
)
def test_it_attended_by_names_the_parties_of_the_gathering_told_before(chair: str) -> None:
    found = _meetings(
        "Before the dinner, a closed session on Ukraine was held at Lancaster House in London. "
        f"{chair} attended by Emmanuel Macron, Pedro Sanchez and Mark Rutte."
    )
    parties = FOUR if "Scholz" in chair else FOUR - {SCHOLZ}
    assert found == {parties: "Lancaster House"}


def test_a_gathering_named_again_by_its_kind_is_held_at_the_venue_told_before() -> None:
    found = _meetings(
        "Olaf Scholz arrived at the Kenyatta International Convention Centre in Nairobi. "
        "A closed session was held in the conference centre on Monday. It was attended by "
        "Emmanuel Macron and Pedro Sanchez."
    )
    assert found == {frozenset({MACRON, SANCHEZ}): "Kenyatta International Convention Centre"}


@pytest.mark.parametrize("group", ["Four defence ministers", "A quartet of leaders"])
def test_a_group_that_met_names_its_members_after_a_colon_in_one_meeting(group: str) -> None:
    found = _meetings(
        f"{group} met at Lancaster House on Tuesday: Olaf Scholz, Emmanuel Macron, Pedro "
        "Sanchez and Mark Rutte."
    )
    assert found == {FOUR: "Lancaster House"}


def test_countries_that_held_a_meeting_meet_through_the_people_named_next() -> None:
    meetings = _meetings(
        "France and Spain held the fifth meeting of their border commission in Perpignan on "
        "Monday. The French delegation was led by Emmanuel Macron. The Spanish delegation was "
        "led by Pedro Sanchez."
    )
    assert meetings.get(frozenset({MACRON, SANCHEZ})) == "Perpignan"


def test_countries_that_held_talks_meet_through_each_side_s_members() -> None:
    meetings = _meetings(
        "France and Spain held talks in Perpignan on Monday. The French delegation was led by "
        "Emmanuel Macron, while the Spanish delegation was led by Pedro Sanchez. The French side "
        "included Olaf Scholz, and the Spanish side included Mark Rutte."
    )
    assert meetings.get(FOUR) == "Perpignan"


def test_a_group_of_lawmakers_met_are_the_people_the_next_sentence_names() -> None:
    meetings = _meetings(
        "Olaf Scholz on Monday met a group of Bavarian lawmakers at the Chancellery in Berlin. "
        "The meeting was attended by Emmanuel Macron and Pedro Sanchez."
    )
    assert meetings.get(frozenset({SCHOLZ, MACRON, SANCHEZ})) == "Chancellery"
