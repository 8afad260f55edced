"""Names typed by their head-word, on lines written for the test: a firm of advisers or
analysts is an organization, and a heading's lone head-noun is no name."""

from __future__ import annotations

from actorgraph.extract.report import extract
from actorgraph.read.inputs import read_text


def _entities(body: str) -> dict[str, str]:
    extraction = extract(read_text("Weekly brief\n\n" + body + "\n", "brief.txt"))
    return {e.name: e.type for e in extraction.entities}


def test_an_advisory_firm_in_a_memo_header_is_an_organization() -> None:
    found = _entities("FROM: R. Salameh, Senior Analyst, Juniper Risk Consulting | DATE: 2 May")
    assert found.get("Juniper Risk Consulting") == "Organization"


def test_a_partnership_of_analysts_is_an_organization() -> None:
    found = _entities("Tomas Varga | Senior Analyst, Kestrel Strategy Partners")
    assert found.get("Kestrel Strategy Partners") == "Organization"


def test_a_heading_of_head_nouns_names_nothing() -> None:
    found = _entities("3. MOVEMENTS / ADVISORY\n\nConvoys moved north on Monday.")
    assert not {"MOVEMENTS", "ADVISORY"} & set(found)


def test_a_shouted_name_is_still_a_name() -> None:
    found = _entities("Envoys of the PKK and HAMAS were not in the room.")
    assert "Hamas" in found and "Kurdistan Workers' Party" in found


def _relations(body: str) -> set[tuple[str, str, str]]:
    extraction = extract(read_text("Weekly brief\n\n" + body + "\n", "brief.txt"))
    names = {e.id: e.name for e in extraction.entities}
    return {(names[r.subject], r.predicate, names[r.object]) for r in extraction.relations}


def test_a_memo_sender_s_role_and_firm_before_a_bar() -> None:
    found = _relations("FROM: R. Salameh, Senior Analyst, Juniper Risk Consulting | DATE: 2 May")
    assert ("R. Salameh", "MEMBER_OF", "Juniper Risk Consulting") in found


def test_a_witness_list_director_heads_the_centre() -> None:
    found = _relations(
        "Witnesses: Dr Lena Varga, Director, Tisza Policy Centre; Omar Nasser, Senior Fellow, "
        "Tisza Policy Centre."
    )
    assert ("Lena Varga", "LEADS", "Tisza Policy Centre") in found
    assert ("Omar Nasser", "MEMBER_OF", "Tisza Policy Centre") in found
    assert ("Omar Nasser", "LEADS", "Tisza Policy Centre") not in found


def test_a_fronted_source_named_with_its_kind_reports_the_subject() -> None:
    found = _relations(
        "According to Anadolu news agency, Hakan Fidan flew to Damascus on Sunday for talks."
    )
    assert ("Anadolu Agency", "REPORTED", "Hakan Fidan") in found


def test_a_bank_of_a_country_is_an_organization_and_its_governor_leads_it() -> None:
    found = _entities("Central Bank of Kenya Governor Kamau Thugge spoke in Nairobi.")
    assert found.get("Central Bank of Kenya") == "Organization"
    assert ("Kamau Thugge", "LEADS", "Central Bank of Kenya") in _relations(
        "Central Bank of Kenya Governor Kamau Thugge spoke in Nairobi."
    )


def test_a_bank_that_is_a_territory_stays_a_place() -> None:
    assert _entities("Settlers raided two villages in the West Bank.").get("West Bank") == "Place"


def test_pm_after_a_government_s_name_leads_it() -> None:
    found = _relations("Envoys met Kurdistan Regional Government PM Masrour Barzani in Erbil.")
    assert ("Masrour Barzani", "LEADS", "Kurdistan Regional Government") in found


def test_the_owner_and_general_manager_of_a_firm_leads_it() -> None:
    found = _relations("Rami Khoury is the owner and general manager of Cedar Crest Trading.")
    assert ("Rami Khoury", "LEADS", "Cedar Crest Trading") in found


def test_a_group_which_two_people_co_chair() -> None:
    found = _relations(
        "The Ramstein Contact Group, which Pete Hegseth co-chairs with Britain's John Healey, "
        "met on Friday."
    )
    assert ("Pete Hegseth", "LEADS", "Ramstein Contact Group") in found
    assert ("John Healey", "LEADS", "Ramstein Contact Group") in found


def test_membership_told_by_service_seat_and_rank() -> None:
    sentences = {
        "Ali Fayyad serves as Hezbollah's chief negotiator.": "Hezbollah",
        "Ali Fayyad, who sits in parliament for Hezbollah, spoke.": "Hezbollah",
        "Ali Fayyad, one of Hezbollah's most senior commanders, was killed.": "Hezbollah",
        "Ali Fayyad represents Hezbollah in the talks.": "Hezbollah",
        "Ali Fayyad of Hezbollah spoke on Monday.": "Hezbollah",
    }
    for sentence, org in sentences.items():
        assert ("Ali Fayyad", "MEMBER_OF", org) in _relations(sentence), sentence


def test_one_who_defected_is_no_member() -> None:
    found = _relations("Ali Fayyad, who defected from Hezbollah in 2010, spoke on Monday.")
    assert not any(p == "MEMBER_OF" for _, p, _ in found)


def test_leadership_told_by_succession_and_command() -> None:
    sentences = {
        "Ali Fayyad, who took over as Hezbollah's leader in 2024, spoke.": "Hezbollah",
        "Ali Fayyad assumed command of the Radwan Force in 2023.": "Radwan Force",
        "Hezbollah, now under the leadership of Ali Fayyad, responded.": "Hezbollah",
    }
    for sentence, org in sentences.items():
        assert ("Ali Fayyad", "LEADS", org) in _relations(sentence), sentence


def test_a_deputy_in_post_leads_nothing() -> None:
    found = _relations("Ali Fayyad serves as Hezbollah's deputy leader.")
    assert not any(p == "LEADS" for _, p, _ in found)
