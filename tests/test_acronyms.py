"""Long forms spelled out by an acronym in parentheses (sentences written for the test)."""

from __future__ import annotations

from actorgraph.extract import acronyms
from actorgraph.extract.report import extract
from actorgraph.read.inputs import read_text


def _entities(body: str) -> dict[str, str]:
    extraction = extract(read_text("Regional roundup\n" + body + "\n", "report.txt"))
    return {e.name: e.type for e in extraction.entities}


def test_a_mission_named_with_its_country_is_one_organization() -> None:
    found = _entities(
        "The United Nations Verification Mission in Guatemala (UNVMG) opened an office."
    )
    assert found.get("United Nations Verification Mission in Guatemala") == "Organization"
    assert "Guatemala" not in found


def test_small_words_and_a_region_inside_the_long_form() -> None:
    text = "The Council for Dialogue and Reconciliation in the Great Lakes (CDRGL) met."
    start = text.index("Council")
    assert acronyms.long_forms(text) == [(start, text.index(" (CDRGL)"))]


def test_letters_that_do_not_spell_the_acronym_make_no_long_form() -> None:
    assert acronyms.long_forms("The Forces Armees du Nord (ZXQ) advanced on Monday.") == []


def test_an_instrument_or_a_designation_is_no_actor() -> None:
    text = (
        "Both signed the Joint Maritime Security Plan (JMSP) under the Foreign Terrorist"
        " List (FTL)."
    )
    assert acronyms.long_forms(text) == []


def test_a_name_in_lower_case_words_is_spelled_by_its_initials() -> None:
    text = "He heads the Comite national pour la defense de la patrie (CNDP) in the north."
    start, end = acronyms.long_forms(text)[0]
    assert text[start:end] == "Comite national pour la defense de la patrie"


def test_a_spanish_name_joined_by_y() -> None:
    text = "The Frente de Liberacion y Resistencia (FLR) attacked the post."
    start, end = acronyms.long_forms(text)[0]
    assert text[start:end] == "Frente de Liberacion y Resistencia"


def test_an_elided_article_is_no_word_of_the_long_form() -> None:
    text = "The Mouvement de Liberation de l'Adrar (MLA) attacked a convoy."
    start, end = acronyms.long_forms(text)[0]
    assert text[start:end] == "Mouvement de Liberation de l'Adrar"
