"""A source's claim about a meeting told before reports on that meeting's main actor
(sentences written for the test)."""

from __future__ import annotations

from actorgraph.extract.eval_json import to_eval
from actorgraph.extract.report import extract
from actorgraph.read.inputs import read_text


def _reported(body: str) -> set[tuple[str, str]]:
    extraction = extract(read_text("Diplomatic roundup\n" + body + "\n", "report.txt"))
    return {(r.subject, r.object) for r in extraction.relations if r.predicate == "REPORTED"}


def test_a_ministry_reports_what_the_meeting_did_about_its_own_minister() -> None:
    found = _reported(
        "Egyptian Foreign Minister Badr Abdelatty received Turkish Foreign Minister Hakan Fidan"
        " in Cairo on Sunday. The talks focused on shipping in the Red Sea, the Turkish"
        " Foreign Ministry said."
    )
    assert found == {("organization:turkish-ministry-of-foreign-affairs", "person:hakan-fidan")}


def test_a_claim_about_what_they_discussed_reports_on_the_host() -> None:
    found = _reported(
        "King Abdullah II received Iraqi Prime Minister Mohammed Shia al-Sudani in Amman. They"
        " discussed water sharing and trade, according to the Jordan News Agency (Petra)."
    )
    assert ("organization:petra-news-agency", "person:abdullah-ii") in found


def test_a_meeting_reference_far_from_any_meeting_reports_nothing() -> None:
    found = _reported(
        "King Abdullah II received Iraqi Prime Minister Mohammed Shia al-Sudani in Amman."
        " Trade rose last year. Prices fell. Exports grew. The talks in Vienna stalled,"
        " Reuters said."
    )
    assert not any(obj == "person:abdullah-ii" for _, obj in found)


def test_a_title_of_two_words_is_not_part_of_the_name_shown() -> None:
    extraction = extract(read_text(
        "Visit\nCrown Prince Mohammed bin Salman received the envoy in Riyadh.\n", "report.txt"
    ))  # fmt: skip
    names = {e["name"] for e in to_eval(extraction)["entities"]}
    assert "Mohammed bin Salman" in names and not any(n.startswith("Crown") for n in names)


def test_a_postponed_meeting_is_not_one_even_after_an_abbreviation() -> None:
    for sentence in (
        "The council regretted the postponement of the summit-level meeting between Abiy Ahmed "
        "and Isaias Afwerki, envisaged for April.",
        "The council regretted that a meeting between Mr. Abiy Ahmed and Isaias Afwerki, "
        "which had been planned for May in Nairobi, was postponed.",
    ):
        extraction = extract(read_text("Horn roundup\n" + sentence + "\n", "report.txt"))
        assert not [e for e in extraction.events if e.is_meeting], sentence
