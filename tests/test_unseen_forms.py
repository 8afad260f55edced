"""Constructions seen in reports from other publishers and theaters (issue 10), on sentences
written for the test: meeting triggers, clause subjects of verb frames, name spans."""

from __future__ import annotations

import pytest

from actorgraph.extract.report import extract
from actorgraph.model import Extraction
from actorgraph.read.inputs import read_text


def _extract(body: str) -> Extraction:
    return extract(read_text("Diplomatic roundup\n" + body + "\n", "report.txt"))


def _meetings(body: str) -> set[tuple[frozenset[str], str | None]]:
    return {
        (frozenset(p.id.split(":")[1] for p in e.participants), e.place)
        for e in _extract(body).events
        if e.is_meeting
    }


def _relations(body: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in _extract(body).relations}


def test_talks_attended_by_several_people_are_one_meeting() -> None:
    found = _meetings(
        "The summit in Lusaka was attended by Zambian President Hakainde Hichilema and "
        "Malawian President Lazarus Chakwera."
    )
    assert found == {(frozenset({"hakainde-hichilema", "lazarus-chakwera"}), "place:lusaka")}


def test_their_meeting_pairs_a_coordinated_subject() -> None:
    found = _meetings(
        "Narendra Modi and Vladimir Putin reviewed energy trade at their meeting in Moscow."
    )
    assert found == {(frozenset({"narendra-modi", "vladimir-putin"}), "place:moscow")}


def test_a_courtesy_call_on_a_named_host_is_a_meeting() -> None:
    found = _meetings("Penny Wong paid a courtesy call on Joko Widodo in Jakarta on Monday.")
    assert found == {(frozenset({"penny-wong", "joko-widodo"}), "place:jakarta")}


def test_speaking_with_someone_in_person_is_a_meeting_but_a_phone_call_is_not() -> None:
    met = _meetings("Bola Tinubu spoke with Nana Akufo-Addo on the sidelines of a summit in Accra.")
    assert met == {(frozenset({"bola-tinubu", "nana-akufo-addo"}), "place:accra")}
    assert _meetings("Bola Tinubu spoke with Nana Akufo-Addo by telephone on Sunday.") == set()


def test_a_joint_press_conference_and_a_signing_bring_the_subjects_together() -> None:
    conference = _meetings(
        "Olaf Scholz and Emmanuel Macron held a joint press conference in Paris."
    )
    assert conference == {(frozenset({"olaf-scholz", "emmanuel-macron"}), "place:paris")}
    signing = _meetings("Fumio Kishida and Anthony Albanese signed a security agreement in Perth.")
    assert signing == {(frozenset({"fumio-kishida", "anthony-albanese"}), "place:perth")}


def test_an_apposition_before_the_verb_is_not_its_subject() -> None:
    found = _relations(
        "Al-Shabaab, a militant group run by Ahmed Diriye, attacked African Union troops."
    )
    assert ("person:ahmed-diriye", "LEADS", "organization:al-shabaab") in found
    assert ("organization:al-shabaab", "OPPOSES", "organization:african-union") in found
    assert not any(s == "person:ahmed-diriye" and p == "OPPOSES" for s, p, _ in found)


def test_the_speaker_is_not_the_subject_of_the_reported_clause() -> None:
    found = _relations("Sergei Lavrov told reporters that Iran supports the Houthis.")
    assert ("place:iran", "SUPPORTS", "organization:houthis") in found
    assert not any(s == "person:sergei-lavrov" for s, _, _ in found)


def test_a_place_name_after_two_name_words_is_a_surname() -> None:
    names = {e.name: e.type for e in _extract("Samia Suluhu Hassan opened the port.").entities}
    assert names == {"Samia Suluhu Hassan": "Person"}


def test_portuguese_particles_stay_inside_a_name() -> None:
    names = {e.name for e in _extract("Luiz Inacio Lula da Silva spoke in Brasilia.").entities}
    assert "Luiz Inacio Lula da Silva" in names


def test_a_role_with_a_country_name_refers_to_that_countrys_person() -> None:
    found = _meetings(
        "Chilean Foreign Minister Alberto van Klaveren arrived in Lima on Monday. "
        "Peruvian President Dina Boluarte received the Chile foreign minister at the palace."
    )
    assert (frozenset({"alberto-van-klaveren", "dina-boluarte"}), "place:lima") in found


def test_welcomed_to_a_place_puts_the_meeting_there() -> None:
    found = _meetings("Gabriel Boric welcomed Luis Arce to Santiago for a state visit.")
    assert found == {(frozenset({"gabriel-boric", "luis-arce"}), "place:santiago")}


def test_respectively_pairs_counterparts_with_places_in_order() -> None:
    after = _meetings(
        "Paul Kagame met William Ruto and Samia Suluhu Hassan in Nairobi and Dodoma respectively."
    )
    before = _meetings(
        "His tour took Paul Kagame to Nairobi and Dodoma, where he met William Ruto and "
        "Samia Suluhu Hassan respectively."
    )
    expected = {
        (frozenset({"paul-kagame", "william-ruto"}), "place:nairobi"),
        (frozenset({"paul-kagame", "samia-suluhu-hassan"}), "place:dodoma"),
    }
    assert after == expected
    assert before == expected


def test_premier_and_chancellor_are_titles_before_a_name() -> None:
    names = {
        e.name: e.type
        for e in _extract("Premier Li Qiang and Chancellor Karl Nehammer spoke.").entities
    }
    assert names.get("Li Qiang") == "Person" and names.get("Karl Nehammer") == "Person"


def test_a_person_in_an_aside_is_no_participant() -> None:
    found = _meetings("Cyril Ramaphosa met Emmerson Mnangagwa (a former ally of Robert Mugabe).")
    assert found == {(frozenset({"cyril-ramaphosa", "emmerson-mnangagwa"}), None)}


def test_someone_elses_visit_does_not_place_a_later_meeting() -> None:
    found = _meetings(
        "Mark Rutte visited Vilnius on Monday. Later, Donald Tusk met Petr Fiala to discuss "
        "the summit."
    )
    assert found == {(frozenset({"donald-tusk", "petr-fiala"}), None)}


def test_the_agent_of_an_earlier_passive_is_not_the_next_ones_object() -> None:
    found = _relations("The militia was armed by Iran and trained by Hezbollah.")
    assert ("organization:hezbollah", "SUPPORTS", "place:iran") not in found


def test_backed_groups_in_a_country_do_not_make_the_country_backed() -> None:
    found = _relations("Russia-backed fighters in Mali and Niger attacked a convoy.")
    assert not any(p == "SUPPORTS" for _, p, _ in found)


def test_an_attribution_after_a_comma_is_not_the_object() -> None:
    found = _relations("Al-Shabaab attacked Kenyan troops, the African Union said.")
    assert not any(o == "organization:african-union" for _, _, o in found)


def test_launched_at_is_an_attack_and_the_city_of_names_a_place() -> None:
    assert ("organization:houthis", "OPPOSES", "place:israel") in _relations(
        "The Houthis launched missiles at Israel."
    )
    names = {e.name: e.type for e in _extract("Rebels took the town of Kabo Wendi.").entities}
    assert names.get("Kabo Wendi") == "Place"


def test_a_lower_case_title_before_a_name_makes_a_person() -> None:
    names = {e.name: e.type for e in _extract("Rebel leader Min Ko Naing spoke.").entities}
    assert names.get("Min Ko Naing") == "Person"


def test_peoples_inside_an_organizations_name_does_not_split_it() -> None:
    names = {e.name for e in _extract("The Naga People's Front won the vote.").entities}
    assert "Naga People's Front" in names


def test_an_organization_of_a_country_keeps_its_name_and_its_own_acronym() -> None:
    extraction = _extract(
        "The Armed Forces of the Philippines (AFP) said the AFP would patrol the shoal."
    )
    names = {e.name: e.type for e in extraction.entities}
    assert names == {"Armed Forces of the Philippines": "Organization"}


def test_a_fronted_place_phrase_is_the_meeting_place() -> None:
    found = _meetings("In Astana, Kassym-Jomart Tokayev met Shavkat Mirziyoyev.")
    assert found == {(frozenset({"kassym-jomart-tokayev", "shavkat-mirziyoyev"}), "place:astana")}


def test_meetings_on_the_sidelines_of_a_summit_stay_separate() -> None:
    found = _meetings(
        "On the sidelines of the summit in Kazan, Narendra Modi met Xi Jinping and Masoud "
        "Pezeshkian."
    )
    assert found == {
        (frozenset({"narendra-modi", "xi-jinping"}), "place:kazan"),
        (frozenset({"narendra-modi", "masoud-pezeshkian"}), "place:kazan"),
    }


def test_a_royal_title_after_bin_is_a_fathers_name_inside_a_place() -> None:
    names = {e.name: e.type for e in _extract(
        "The admiral received the envoy at Faisal Bin Sultan Air Base on Monday."
    ).entities}  # fmt: skip
    assert names.get("Faisal Bin Sultan Air Base") == "Place"


def test_a_company_whose_representatives_are_met_is_a_party() -> None:
    found = _meetings("In Mombasa, the port director Otieno Kamau met representatives of Zarvex.")
    assert found == {(frozenset({"otieno-kamau", "zarvex"}), "place:mombasa")}


def test_the_body_after_representatives_of_is_not_the_first_word_of_a_longer_name() -> None:
    names = {e.name for e in _extract(
        "Otieno Kamau met representatives of the Office of the Harbour Master in Mombasa."
    ).entities}  # fmt: skip
    assert "Office" not in names


def test_a_role_then_its_holder_then_and_goes_on_listing_the_subjects() -> None:
    found = _meetings(
        "The Malawian envoy, Tiyamike Chirwa, and the Zambian envoy, Mwila Tembo, met Joaquim "
        "Sitoe in Beira."
    )
    assert found == {
        (frozenset({"tiyamike-chirwa", "mwila-tembo", "joaquim-sitoe"}), "place:beira")
    }


def test_and_before_a_titled_name_is_one_more_subject_not_a_verb() -> None:
    found = _meetings(
        "On 5 May our team lead, Tiyamike Chirwa, and protection officer Mwila Tembo met "
        "Joaquim Sitoe in Beira."
    )
    assert found == {
        (frozenset({"tiyamike-chirwa", "mwila-tembo", "joaquim-sitoe"}), "place:beira")
    }


def test_a_subject_with_a_relative_clause_then_and_is_one_of_the_subjects() -> None:
    found = _meetings(
        "Mwila Tembo, who had flown in from Lusaka, and Tiyamike Chirwa met Joaquim Sitoe in "
        "Beira on Monday."
    )
    assert found == {
        (frozenset({"mwila-tembo", "tiyamike-chirwa", "joaquim-sitoe"}), "place:beira")
    }


def test_where_someone_flew_in_from_is_not_where_they_met() -> None:
    found = _meetings("Having flown in from Lusaka, Mwila Tembo met Joaquim Sitoe in Beira.")
    assert found == {(frozenset({"mwila-tembo", "joaquim-sitoe"}), "place:beira")}


def test_a_modal_in_a_fronted_aside_does_not_make_the_meeting_unreal() -> None:
    found = _meetings(
        "In a move that would have been unthinkable a year ago, Mwila Tembo received Joaquim "
        "Sitoe in Beira."
    )
    assert found == {(frozenset({"mwila-tembo", "joaquim-sitoe"}), "place:beira")}


def test_a_town_near_which_they_met_is_more_precise_than_its_region() -> None:
    found = _meetings(
        "Mwila Tembo received Joaquim Sitoe near Nhamatanda, in Sofala province, on Monday."
    )
    assert found == {(frozenset({"mwila-tembo", "joaquim-sitoe"}), "place:nhamatanda")}


def test_the_two_prime_ministers_are_the_two_named_with_that_role() -> None:
    found = _meetings(
        "Prime Minister Mwila Tembo received Prime Minister Joaquim Sitoe in Beira on Monday. "
        "Trade Minister Tiyamike Chirwa travelled with him. Later the two prime ministers "
        "held talks with Ahmed Salim."
    )
    assert (frozenset({"mwila-tembo", "joaquim-sitoe", "ahmed-salim"}), "place:beira") in found


def test_the_two_prime_ministers_are_the_two_named_lately_not_one_named_long_before() -> None:
    found = _meetings(
        "Prime Minister Mwila Tembo flew to Beira. Prime Minister Ahmed Salim stayed in Nacala. "
        "On Monday, Prime Minister Joaquim Sitoe received Tembo in Beira. Later the two prime "
        "ministers held talks with Tiyamike Chirwa."
    )
    assert (frozenset({"mwila-tembo", "joaquim-sitoe", "tiyamike-chirwa"}), "place:beira") in found


def test_a_plural_title_before_two_surnames_names_both() -> None:
    found = _meetings(
        "Trade Minister Tiyamike Chirwa and Energy Minister Mwila Tembo flew to Beira. Ministers "
        "Chirwa and Tembo met Joaquim Sitoe there on Monday."
    )
    parties = {p for pair, _ in found for p in pair}
    assert {"tiyamike-chirwa", "mwila-tembo", "joaquim-sitoe"} <= parties


def test_the_holder_after_a_title_for_a_policy_portfolio_is_a_person() -> None:
    names = {e.name: e.type for e in _extract(
        "The delegation was led by Undersecretary for Policy Mwila K. Tembo on Monday."
    ).entities}  # fmt: skip
    assert names.get("Mwila K. Tembo") == "Person"


def test_a_meeting_whose_parties_are_set_off_by_dashes_is_one_of_all() -> None:
    found = _meetings(
        "The meeting at the port authority - Mwila Tembo (trade minister), Joaquim Sitoe "
        "(transport minister) and Tiyamike Chirwa (harbour master) - ended without a deal."
    )
    assert found == {(frozenset({"mwila-tembo", "joaquim-sitoe", "tiyamike-chirwa"}), None)}


def test_a_given_name_a_particle_and_a_surname_is_a_person_whatever_the_surname() -> None:
    names = {e.name: e.type for e in _extract(
        "The team leader, Lt Col Pieter van Dam, met the mayor of Beira on Monday."
    ).entities}  # fmt: skip
    assert names.get("Pieter van Dam") == "Person"


def test_a_town_whose_name_is_another_town_s_with_an_s_is_still_a_town() -> None:
    found = _meetings("Mwila Tembo met Joaquim Sitoe in Goris on Monday.")
    assert found == {(frozenset({"mwila-tembo", "joaquim-sitoe"}), "place:goris")}


def test_hom_in_a_cable_is_the_head_of_mission_it_names_first() -> None:
    found = _meetings(
        "1. SUMMARY: Officials told the Head of Mission (HOM), Ingrid Solberg, that the plan "
        "is on track.\n\n2. HOM called on Governor Mwila Tembo in Beira on 13 April.\n"
    )
    assert (frozenset({"ingrid-solberg", "mwila-tembo"}), "place:beira") in found


def test_there_after_flew_up_to_a_town_is_that_town() -> None:
    found = _meetings("Mwila Tembo flew up to Beira on Tuesday. There he met Joaquim Sitoe.")
    assert found == {(frozenset({"mwila-tembo", "joaquim-sitoe"}), "place:beira")}


def test_talks_named_after_two_countries_are_held_talks() -> None:
    found = _meetings(
        "In Beira, Mwila Tembo and Joaquim Sitoe held the annual Zambia-Mozambique Leaders' "
        "Dialogue on Monday."
    )
    assert found == {(frozenset({"mwila-tembo", "joaquim-sitoe"}), "place:beira")}


def test_one_who_attended_the_opening_after_the_chair_joins_the_talks() -> None:
    found = _meetings(
        "Beira hosted talks between Mwila Tembo and Joaquim Sitoe on Monday. Tiyamike Chirwa "
        "chaired the session, and Ahmed Salim attended the opening."
    )
    parties = {p for pair, _ in found for p in pair}
    assert {"tiyamike-chirwa", "ahmed-salim"} <= parties
    assert any("ahmed-salim" in pair and "mwila-tembo" in pair for pair, _ in found)


def test_one_who_represented_a_body_at_the_session_told_before_brings_the_body() -> None:
    found = _meetings(
        "Governor Mwila Tembo chaired a session of the Beira Port Council on Monday. Joaquim "
        "Sitoe represented the Harbour Workers Union."
    )
    parties = {p for pair, _ in found for p in pair}
    assert {"mwila-tembo", "joaquim-sitoe", "harbour-workers-union"} <= parties


def test_one_who_sat_in_as_facilitator_joins_the_meeting_told_before() -> None:
    found = _meetings(
        "Mwila Tembo met Joaquim Sitoe in Beira on Monday. Tiyamike Chirwa sat in as facilitator."
    )
    assert found == {
        (frozenset({"mwila-tembo", "joaquim-sitoe", "tiyamike-chirwa"}), "place:beira")
    }


def test_a_place_name_after_a_title_is_a_given_name() -> None:
    names = {e.name: e.type for e in _extract("President Hassan Sheikh Mohamud spoke.").entities}
    assert names == {"Hassan Sheikh Mohamud": "Person"}


def test_a_coordinated_subject_with_its_own_country_and_title_meets() -> None:
    found = _meetings("NATO chief Mark Rutte and US envoy Keith Kellogg met in Kyiv on Friday.")
    assert found == {(frozenset({"mark-rutte", "keith-kellogg"}), "place:kyiv")}


def test_a_director_general_leads_and_an_armed_wing_is_part() -> None:
    found = _relations(
        "Rafael Grossi, director-general of the International Atomic Energy Agency, spoke. "
        "The Karen National Liberation Army is the armed wing of the Karen National Union."
    )
    assert any(s == "person:rafael-grossi" and p == "LEADS" for s, p, _ in found)
    assert any(p == "PART_OF" and "liberation-army" in s for s, p, _ in found)


def test_killing_an_organizations_commander_opposes_the_commander() -> None:
    found = _relations("Ukraine killed Wagner commander Dmitry Utkin in a strike.")
    assert ("place:ukraine", "OPPOSES", "person:dmitry-utkin") in found


def test_common_country_names_and_conflict_regions_are_known_places() -> None:
    extraction = _extract(
        "Fighting in North Kivu spread from DR Congo; refugees reached Tigray and Darfur."
    )
    ids = {e.id for e in extraction.entities}
    assert {
        "place:north-kivu",
        "place:democratic-republic-of-the-congo",
        "place:tigray",
        "place:darfur",
    } <= ids


def test_people_present_or_joining_later_join_the_meeting() -> None:
    for later in ("Also present were Jake Sullivan and Wang Yi.", "They were joined by "
                  "Jake Sullivan and Wang Yi."):  # fmt: skip
        found = _meetings(f"Antony Blinken met Xi Jinping in Beijing on Friday. {later}")
        people = {"antony-blinken", "xi-jinping", "jake-sullivan", "wang-yi"}
        assert found == {(frozenset(people), "place:beijing")}


def test_a_coordinated_subject_that_met_is_one_joint_meeting() -> None:
    found = _meetings("Hakan Fidan, Ayman Safadi and Badr Albusaidi met in Muscat on Sunday.")
    assert found == {(frozenset({"hakan-fidan", "ayman-safadi", "badr-albusaidi"}), "place:muscat")}


def test_an_unnamed_delegation_is_joined_by_its_members_named_later() -> None:
    found = _meetings(
        "A Qatari delegation met Ahmed al-Sharaa in Damascus. The delegation was headed by "
        "Mohammed bin Abdulrahman Al Thani and included Mohammed Al-Khulaifi."
    )
    people = {"ahmed-al-sharaa", "mohammed-bin-abdulrahman-al-thani", "mohammed-al-khulaifi"}
    assert found == {(frozenset(people), "place:damascus")}


def test_an_unnamed_delegation_nobody_joins_is_no_meeting() -> None:
    assert _meetings("A Qatari delegation met Ahmed al-Sharaa in Damascus.") == set()


def test_a_dinner_hosted_for_a_guest_is_a_meeting() -> None:
    found = _meetings("Emmanuel Macron hosted a state dinner for Narendra Modi in Paris.")
    assert found == {(frozenset({"emmanuel-macron", "narendra-modi"}), "place:paris")}


def test_a_capital_sanctioned_stands_for_its_country_but_a_bombed_one_does_not() -> None:
    sanctioned = _relations(
        "Iran rejected the charge. The European Union sanctioned Tehran over drone sales."
    )
    assert ("organization:european-union", "OPPOSES", "place:iran") in sanctioned
    bombed = _relations("Syria protested. Israel bombed Damascus overnight.")
    assert not any(o == "place:syria" for _, _, o in bombed)


def test_places_named_with_their_country() -> None:
    found = _relations(
        "Troops patrolled near Kabo Wendi, Niger. Fighting spread in Myanmar's northern Kachin "
        "State and in the Thai border town of Mae Sot."
    )
    assert ("place:kabo-wendi", "LOCATED_IN", "place:niger") in found
    assert ("place:kachin-state", "LOCATED_IN", "place:myanmar") in found


def test_the_demonym_city_of_x_is_in_that_country() -> None:
    found = _relations("Mali protested. Drones struck the Malian town of Kidal.")
    assert ("place:kidal", "LOCATED_IN", "place:mali") in found
    assert ("place:mali", "LOCATED_IN", "place:kidal") not in found


def test_a_meeting_the_title_states_counts_when_the_body_tells_it_with_roles() -> None:
    extraction = extract(
        read_text(
            "Hakan Fidan meets Asaad al-Shaibani in Ankara\n"
            "The Turkish foreign minister received his Syrian counterpart on Monday.\n",
            "report.txt",
        )
    )
    found = {
        (frozenset(p.id for p in e.participants), e.place)
        for e in extraction.events
        if e.is_meeting
    }
    assert (frozenset({"person:hakan-fidan", "person:asaad-al-shaibani"}), "place:ankara") in found


def test_whoever_asked_for_the_meeting_did_not_attend_it() -> None:
    found = _meetings(
        "Andrei Belousov and Kim Jong Un met in Pyongyang at the request of Vladimir Putin."
    )
    assert found == {(frozenset({"andrei-belousov", "kim-jong-un"}), "place:pyongyang")}


def test_seyed_is_an_honorific_before_a_name() -> None:
    names = {e.name for e in _extract("Seyed Hassan Khomeini met Nabih Berri.").entities}
    assert "Hassan Khomeini" in names


def test_an_apposition_says_who_backs_or_aligns_with_a_group() -> None:
    found = _relations(
        "The M23, a Rwanda-backed militia, took Goma. RIA Novosti, a Kremlin-aligned outlet, "
        "reported it."
    )
    assert ("place:rwanda", "SUPPORTS", "organization:march-23-movement") in found
    assert any(p == "ALLIED_WITH" and "ria" in s + o for s, p, o in found)


def test_chained_arabic_given_names_are_one_person() -> None:
    names = {e.name for e in _extract("Abdul Rahman Mohammed Ali spoke in Dubai.").entities}
    assert "Abdul Rahman Mohammed Ali" in names


def test_a_place_name_after_a_given_name_is_a_surname() -> None:
    names = {e.name: e.type for e in _extract("Ahmed Hassan wrote the statement.").entities}
    assert names == {"Ahmed Hassan": "Person"}


def test_a_caption_handshake_is_a_meeting_and_position_letters_name_nobody() -> None:
    extraction = _extract(
        "Hakan Fidan (R) shakes hands with Asaad al-Shaibani (L) in Ankara on Monday."
    )
    assert {e.name for e in extraction.entities} == {"Hakan Fidan", "Asaad al-Shaibani", "Ankara"}
    meetings = {frozenset(p.id for p in e.participants) for e in extraction.events if e.is_meeting}
    assert meetings == {frozenset({"person:hakan-fidan", "person:asaad-al-shaibani"})}


def test_the_organisation_of_a_delegation_led_by_someone_takes_part() -> None:
    found = _meetings(
        "A Fatah delegation led by Jibril Rajoub met Algerian Foreign Minister Ahmed Attaf "
        "in Algiers on Sunday."
    )
    assert {p for parties, _ in found for p in parties} >= {"fatah", "jibril-rajoub", "ahmed-attaf"}
    alone = _meetings("Jibril Rajoub met Ahmed Attaf in Algiers on Sunday.")
    assert alone == {(frozenset({"jibril-rajoub", "ahmed-attaf"}), "place:algiers")}


def test_calling_on_someone_is_a_visit_but_calling_on_them_to_act_is_not() -> None:
    met = _meetings("Army chief Asim Munir called on Emir Tamim bin Hamad Al Thani in Doha.")
    assert met == {(frozenset({"asim-munir", "tamim-bin-hamad-al-thani"}), "place:doha")}
    assert _meetings("Ban Ki-moon called on Bashar al-Assad to stop the shelling.") == set()
    assert _meetings("Josep Borrell called on Benjamin Netanyahu for restraint.") == set()


def test_a_common_given_name_opens_a_name_at_the_start_of_a_sentence() -> None:
    people = {e.id for e in _extract("Tony Abbott was in Jakarta last week.").entities}
    assert "person:tony-abbott" in people


def test_a_statement_from_a_source_reports_on_the_sentence_subject() -> None:
    found = _relations(
        "Moussa Faki Mahamat received Mia Mottley in Addis Ababa, according to a statement "
        "from the African Union on Friday."
    )
    assert ("organization:african-union", "REPORTED", "person:moussa-faki-mahamat") in found


def test_the_organisation_of_a_summit_or_a_venue_is_not_a_party() -> None:
    found = _meetings("Retno Marsudi and Penny Wong met on the sidelines of the ASEAN summit.")
    assert found == {(frozenset({"retno-marsudi", "penny-wong"}), None)}
    at = _meetings("Ibrahim Traore and Vladimir Putin met at the Kremlin on Friday.")
    assert at == {(frozenset({"ibrahim-traore", "vladimir-putin"}), "place:kremlin")}


def test_the_authors_of_a_byline_are_people_of_the_report_but_no_actors() -> None:
    """A byline names its authors (people, as a wire's 'Reporting by' does), in capitals when
    it opens with a given name; not a byline of a desk. They take no part in the events."""
    for byline, named in (("By MARIA LOPEZ and\nPETER NOVAK", True),
                          ("By Maria Lopez and\nPeter Novak", True),
                          ("By STAFF WRITERS", False)):  # fmt: skip
        report = read_text(
            f"Prisoners freed after talks in Bogota\n{byline}\nSix prisoners were freed by "
            "the government of\nPresident Gustavo Petro after he met Pablo Beltran.\n",
            "report.txt",
        )
        extraction = extract(report)
        ids = {e.id for e in extraction.entities}
        assert "person:gustavo-petro" in ids
        authors = {i for i in ids if "lopez" in i or "novak" in i}
        assert authors == ({"person:maria-lopez", "person:peter-novak"} if named else set())
        linked = {r.subject for r in extraction.relations} | {
            r.object for r in extraction.relations
        }
        linked |= {p.id for e in extraction.events for p in e.participants}
        assert not authors & linked


def test_straight_quotes_read_like_typographic_ones() -> None:
    body = 'The Mahdi Army is part of the "Sadrist Movement", its spokesman said.'
    curly = body.replace(' "', " \u201c").replace('",', "\u201d,")
    assert _relations(body) == _relations(curly)
    assert ("organization:mahdi-army", "PART_OF", "organization:sadrist-movement") in _relations(
        body
    )


def test_an_aside_between_typed_double_hyphens_is_skipped_like_one_between_dashes() -> None:
    typed = "The Mahdi Army--or Jaish al-Mahdi--is part of the Sadrist Movement."
    dashed = typed.replace("--", "\u2014")
    assert _relations(typed) == _relations(dashed)
    assert ("organization:mahdi-army", "PART_OF", "organization:sadrist-movement") in _relations(
        typed
    )


def test_letters_in_parentheses_before_a_spelled_out_acronym_do_not_break_the_report() -> None:
    found = _extract(
        "The report on Iraq (U) and Syria (U) and Lebanon (U) and Jordan (U) was issued. "
        "Kataib Hezbollah attacked the base, said the Syrian Observatory for Human Rights (SOHR)."
    )
    ids = {e.id for e in found.entities}
    assert {"organization:syrian-observatory-for-human-rights", "place:jordan"} <= ids


def test_classification_markings_are_not_part_of_the_text() -> None:
    marked = (
        "SECRET//NOFORN\n(U) Talks in Ankara\n\n1. (S//REL TO USA, FVEY) Hakan Fidan met Abbas "
        "Araghchi in Ankara on Monday, according to IRNA.\n\n2. (U) The two men discussed "
        "trade.\nSECRET//NOFORN\n"
    )
    plain = "Talks in Ankara\n\nHakan Fidan met Abbas Araghchi in Ankara on Monday, according "
    plain += "to IRNA.\n\nThe two men discussed trade.\n"

    def facts(text: str) -> tuple[set, set, set]:
        got = extract(read_text(text, "report.txt"))
        meetings = {frozenset(p.id for p in e.participants) for e in got.events if e.is_meeting}
        relations = {(r.subject, r.predicate, r.object) for r in got.relations}
        return {e.id for e in got.entities}, meetings, relations

    assert facts(marked) == facts(plain)
    assert frozenset({"person:hakan-fidan", "person:abbas-araghchi"}) in facts(marked)[1]


def test_the_agency_of_a_dateline_is_not_the_city_s_acronym() -> None:
    found = extract(
        read_text(
            "Envoy due in Baghdad\nBAGHDAD (LQNA) – Hakan Fidan met Fuad Hussein in Baghdad.\n",
            "report.txt",
        )
    )
    baghdad = next(e for e in found.entities if e.id == "place:baghdad")
    assert "LQNA" not in baghdad.aliases
    assert any(e.name == "LQNA" and e.type == "Organization" for e in found.entities)


def test_a_visitor_meets_each_official_of_one_country_separately() -> None:
    visitor = _meetings("Wang Yi met Vladimir Putin and Sergey Lavrov in Moscow on Monday.")
    assert visitor == {
        (frozenset({"wang-yi", "vladimir-putin"}), "place:moscow"),
        (frozenset({"wang-yi", "sergey-lavrov"}), "place:moscow"),
    }
    delegation = _meetings("Xi Jinping received Vladimir Putin and Sergey Lavrov in Beijing.")
    assert delegation == {
        (frozenset({"xi-jinping", "vladimir-putin", "sergey-lavrov"}), "place:beijing")
    }
    apart = _meetings("Xi Jinping met separately with Vladimir Putin and Sergey Lavrov.")
    assert len(apart) == 2


def test_a_guest_received_behind_lower_case_role_words_is_met() -> None:
    found = _meetings(
        "Shavkat Mirziyoyev received a delegation led by Chinese special envoy Wang Yi in "
        "Tashkent on Monday."
    )
    assert found == {(frozenset({"shavkat-mirziyoyev", "wang-yi"}), "place:tashkent")}


def test_after_meeting_someone_the_main_subject_met_them() -> None:
    found = _meetings(
        "After meeting Kenyan President William Ruto in Nairobi, Olaf Scholz flew to Lagos."
    )
    assert found == {(frozenset({"olaf-scholz", "william-ruto"}), "place:nairobi")}


def test_the_town_after_a_venue_that_is_an_organisation_places_the_meeting() -> None:
    found = _meetings(
        "Paul Kagame hosted Yoweri Museveni at the State Department, Washington, on Monday."
    )
    assert found == {(frozenset({"paul-kagame", "yoweri-museveni"}), "place:washington")}


def test_pacts_offshoots_shelter_and_fighting_alongside_state_relations() -> None:
    found = _relations(
        "Belarus and Russia signed a mutual defence treaty in Minsk. "
        "The Islamic State Sahel Province, an offshoot of the Islamic State, attacked a convoy. "
        "The Haqqani Network, which is sheltered by the Taliban, claimed the attack. "
        "Wagner Group fighters fought alongside local militias against Islamic State."
    )
    assert ("place:belarus", "ALLIED_WITH", "place:russia") in found
    sahel = "organization:islamic-state-sahel-province"
    assert (sahel, "PART_OF", "organization:islamic-state") in found
    assert ("organization:taliban", "SUPPORTS", "organization:haqqani-network") in found
    assert ("organization:wagner-group", "OPPOSES", "organization:islamic-state") in found


def test_a_known_person_s_short_name_with_an_article_surname_is_one_name() -> None:
    found = _relations(
        "Abu Fadak al-Mohammadawi, a senior commander in the Popular Mobilization Forces, spoke."
    )
    assert any(p == "MEMBER_OF" and o == "organization:popular-mobilization-forces"
               for _, p, o in found)  # fmt: skip


def test_the_leader_named_in_an_aside_is_not_the_group_designated() -> None:
    found = _relations(
        "The Sinaloa Cartel, led by Ismael Zambada, is designated a terrorist organization by "
        "the United States."
    )
    assert ("person:ismael-zambada", "LEADS", "organization:sinaloa-cartel") in found
    assert not any(o == "person:ismael-zambada" and p == "OPPOSES" for _, p, o in found)


def test_someone_who_is_visiting_a_city_meets_there() -> None:
    found = _meetings("Olaf Scholz, who is visiting Nairobi, met William Ruto on Monday.")
    assert found == {(frozenset({"olaf-scholz", "william-ruto"}), "place:nairobi")}
    assert ("person:olaf-scholz", "VISITED", "place:nairobi") in _relations(
        "Olaf Scholz, who is visiting Nairobi, met William Ruto on Monday."
    )


def test_front_line_towns_of_other_theaters_are_places() -> None:
    found = _extract(
        "Russian forces shelled Kherson and Pokrovsk, while the RSF attacked El Geneina and "
        "fighters entered Myawaddy."
    )
    places = {e.id for e in found.entities if e.type == "Place"}
    assert {"place:kherson", "place:pokrovsk", "place:al-junaynah", "place:myawaddy"} <= places


def test_a_common_given_name_between_rare_names_is_part_of_one_name() -> None:
    people = {e.id for e in _extract("Dairo Antonio Usuga was extradited on Friday.").entities}
    assert "person:dairo-antonio-usuga" in people


def test_talks_held_between_two_parties_in_the_passive() -> None:
    found = _meetings(
        "Talks were held in Dushanbe between Tajik Foreign Minister Sirojiddin Muhriddin and "
        "his Kyrgyz counterpart, Jeenbek Kulubaev."
    )
    pair = frozenset({"sirojiddin-muhriddin", "jeenbek-kulubaev"})
    assert found == {(pair, "place:dushanbe")}


def test_a_possessive_country_before_each_of_two_subjects() -> None:
    found = _meetings("Kenya's William Ruto and Uganda's Yoweri Museveni held talks in Kampala.")
    assert found == {(frozenset({"william-ruto", "yoweri-museveni"}), "place:kampala")}


def test_a_host_receives_a_guest_behind_a_lower_case_role() -> None:
    found = _meetings(
        "Nigerian President Bola Tinubu hosted Chadian transitional leader Mahamat Idriss Deby "
        "for talks in Abuja. Bola Tinubu received his training in London."
    )
    assert found == {(frozenset({"bola-tinubu", "mahamat-idriss-deby"}), "place:abuja")}


def test_a_trip_before_or_after_the_meeting_is_not_its_place() -> None:
    found = _meetings(
        "Ahead of his trip to Nairobi, Abiy Ahmed met Hassan Sheikh Mohamud on Monday."
    )
    assert found == {(frozenset({"abiy-ahmed", "hassan-sheikh-mohamud"}), None)}


def test_a_rare_word_after_in_is_a_place() -> None:
    found = _meetings("Deng Xijun met Kachin commander N'Ban La in Myitkyina on Monday.")
    assert {place for _, place in found} == {"place:myitkyina"}
    assert _meetings("Deng Xijun met N'Ban La. He praised Xijun in Mandarin.") == {
        (frozenset({"deng-xijun", "nban-la"}), None)
    }


def test_the_killing_of_a_titled_person_by_an_actor() -> None:
    found = _relations(
        "The killing of Wagner Group founder Yevgeny Prigozhin by Russia shocked many."
    )
    assert ("place:russia", "OPPOSES", "person:yevgeny-prigozhin") in found


def test_a_role_in_an_aside_in_parentheses() -> None:
    found = _relations("Husam Badran (a senior Hamas official) spoke to reporters in Doha.")
    assert ("person:husam-badran", "MEMBER_OF", "organization:hamas") in found


def test_an_affiliate_named_by_possessive_after_an_acronym() -> None:
    found = _relations(
        "Islamic State West Africa Province (ISWAP), the Islamic State's affiliate in Nigeria, "
        "raided Monguno."
    )
    assert any(s.endswith("iswap") or "west-africa" in s for s, p, o in found if p == "PART_OF")


def test_fighting_and_arresting_an_actor_oppose_it() -> None:
    found = _relations(
        "The Sudanese Armed Forces have been fighting the Rapid Support Forces since 2023. "
        "The Taliban arrested six members of Islamic State Khorasan Province last week."
    )
    assert (
        "organization:sudanese-armed-forces",
        "OPPOSES",
        "organization:rapid-support-forces",
    ) in found
    assert any(s == "organization:taliban" and p == "OPPOSES" for s, p, o in found)


def test_the_source_before_a_comma_is_not_the_subject_of_the_claim() -> None:
    found = _relations(
        "According to Human Rights Watch, Rwandan drones struck positions of the Armed Forces "
        "of the Democratic Republic of the Congo near Goma."
    )
    assert not [t for t in found if t[1] == "OPPOSES"]


def test_a_meeting_noun_whose_own_verb_says_it_did_not_happen() -> None:
    for body in (
        "A meeting between Gustavo Petro and Nicolas Maduro in Caracas was denied by officials.",
        "A meeting between Gustavo Petro and Nicolas Maduro is planned for May in Caracas.",
        "A meeting between Gustavo Petro and Nicolas Maduro would be the next step.",
        "A proposed meeting between Gustavo Petro and Nicolas Maduro has yet to be scheduled.",
    ):
        assert _meetings(body) == set(), body


def test_the_actors_before_a_meeting_between_others_are_no_party() -> None:
    found = _meetings(
        "The talks between Luis Abinader and Ariel Henry took place on the day of a meeting "
        "between Gustavo Petro and Nicolas Maduro."
    )
    assert frozenset({"gustavo-petro", "nicolas-maduro"}) in {p for p, _ in found}
    assert not [p for p, _ in found if "luis-abinader" in p and "gustavo-petro" in p]


def test_a_verb_coordinated_after_the_guests_ends_them() -> None:
    found = _meetings(
        "Separately, William Ruto met Salva Kiir, and urged him to meet Riek Machar soon."
    )
    assert found == {(frozenset({"william-ruto", "salva-kiir"}), None)}


def test_the_developments_in_a_country_are_a_topic_not_the_place() -> None:
    found = _meetings("William Ruto met Salva Kiir on the latest developments in Sudan.")
    assert found == {(frozenset({"william-ruto", "salva-kiir"}), None)}


def _names(body: str) -> dict[str, str]:
    return {e.name: e.type for e in _extract(body).entities}


def test_titles_of_state_ministers_and_coordinators_are_not_names() -> None:
    names = _names(
        "Saudi Minister of State Adel al-Jubeir met the Humanitarian Coordinator, Dr. Amara "
        "Kanneh, and the head of the Kigali Municipality, Pudence Rubingisa."
    )
    assert names.get("Adel al-Jubeir") == "Person"
    assert names.get("Amara Kanneh") == "Person"
    assert names.get("Kigali Municipality") == "Organization"
    assert not [n for n in names if n.startswith(("State ", "Humanitarian"))]


def test_a_place_name_after_accented_given_names_is_a_surname() -> None:
    names = _names("Ambassador Zeynep Özlem Kaya presented her credentials in Tbilisi.")
    assert names.get("Zeynep Özlem Kaya") == "Person"
    assert "Kaya" not in names


def test_a_quotation_after_a_bullet_speaks_for_its_speaker() -> None:
    found = _meetings('- "I met with Salva Kiir last week," William Ruto said in Nairobi.')
    assert frozenset({"william-ruto", "salva-kiir"}) in {p for p, _ in found}


def test_the_meeting_attended_by_others_is_the_meeting_told_before() -> None:
    found = _meetings(
        "William Ruto received Salva Kiir in Nairobi on Monday. The meeting, attended by "
        "Musalia Mudavadi and Riek Machar, reviewed the peace process."
    )
    assert len(found) == 1
    ((people, place),) = found
    assert people == {"william-ruto", "salva-kiir", "musalia-mudavadi", "riek-machar"}


def test_the_singular_of_a_known_group_names_the_group() -> None:
    body = (
        "Abdul-Malik al-Houthi spoke on television. Omani envoy Badr Albusaidi met the chief "
        "Houthi negotiator, Mohammed Abdulsalam, in Muscat."
    )
    found = _meetings(body)
    assert not [p for p, _ in found if "abdul-malik-al-houthi" in p]
    assert frozenset({"badr-albusaidi", "mohammed-abdulsalam"}) in {p for p, _ in found}


def test_a_guest_left_out_of_a_second_passive_verb_is_the_sentence_subject() -> None:
    found = _meetings(
        "Salva Kiir arrived in Nairobi on Monday for a two-day visit, and was welcomed at the "
        "airport by William Ruto."
    )
    assert frozenset({"salva-kiir", "william-ruto"}) in {p for p, _ in found}


def test_people_in_the_presence_of_whom_a_guest_is_received_join_one_meeting() -> None:
    found = _meetings(
        "Salva Kiir was received in Nairobi by William Ruto, in the presence of Musalia Mudavadi."
    )
    assert {p for p, _ in found} == {frozenset({"salva-kiir", "william-ruto", "musalia-mudavadi"})}


def test_an_ambassador_named_with_a_possessive_country_is_posted_not_visiting() -> None:
    found = _relations(
        "Ali Larijani was welcomed at Beirut airport by Mojtaba Amani, Iran's ambassador to "
        "Lebanon."
    )
    visitors = {s for s, p, o in found if p == "VISITED"}
    assert "person:ali-larijani" in visitors
    assert not [v for v in visitors if "amani" in v]


def test_a_host_receives_a_guest_named_after_a_long_role() -> None:
    found = _meetings(
        "Army chief Muhoozi Kainerugaba received on Tuesday the head of mission and force "
        "commander of the African Union Transition Mission in Somalia, Lieutenant General Sam "
        "Okiding, at his office in Kampala."
    )
    assert frozenset({"muhoozi-kainerugaba", "sam-okiding"}) in {p for p, _ in found}
    assert _meetings("Muhoozi Kainerugaba received the support of Yoweri Museveni.") == set()


def test_attacks_named_by_nouns_and_their_authors() -> None:
    found = _relations(
        "Russia denied it. The killing of Wagner Group commander Dmitry Utkin in a Russian "
        "strike was reported. Yevgeny Prigozhin, who survived a Russian air strike in May, "
        "spoke. The sanctions imposed by the European Union on Viktor Bout were renewed. "
        "Viktor Orban condemned the attacks carried out by Ukraine and Poland against Belarus. "
        "Belarus's confrontation with Lithuania deepened."
    )
    assert ("place:russia", "OPPOSES", "person:dmitry-utkin") in found
    assert ("place:russia", "OPPOSES", "person:yevgeny-prigozhin") in found
    assert ("organization:european-union", "OPPOSES", "person:viktor-bout") in found
    assert ("place:ukraine", "OPPOSES", "place:belarus") in found
    assert ("place:poland", "OPPOSES", "place:belarus") in found
    assert ("place:belarus", "OPPOSES", "place:lithuania") in found


def test_a_country_named_by_its_adjective_before_operations_or_troops() -> None:
    found = _relations(
        "Turkey says the PKK threatens it. Turkish military operations against the PKK "
        "continued, and the United States has carried out more than 800 strikes on the Houthis."
    )
    assert ("place:turkey", "OPPOSES", "organization:kurdistan-workers-party") in found
    assert ("place:united-states", "OPPOSES", "organization:houthis") in found


def test_memberships_and_parts_named_in_titles_and_appositions() -> None:
    found = _relations(
        "Secretary of the Security Council of Russia Sergei Shoigu spoke. UNHCR "
        "Commissioner-General Filippo Grandi and SPLM Vice-Chairman Riek Machar met. Turkey "
        "regards the SDF's main component, the People's Protection Units, as hostile. A "
        "fighter of Hezbollah's elite Radwan Force died. Kataib Hezbollah, an Iran-backed "
        "faction within the Popular Mobilization Forces, left."
    )
    assert ("person:filippo-grandi", "LEADS", "organization:unhcr") in found
    assert any(s == "person:riek-machar" and p == "MEMBER_OF" for s, p, o in found)
    assert not any(s == "person:riek-machar" and p == "LEADS" for s, p, o in found)
    part_of = {(s, o) for s, p, o in found if p == "PART_OF"}
    assert (
        "organization:peoples-protection-units",
        "organization:syrian-democratic-forces",
    ) in part_of
    assert any(o == "organization:hezbollah" and "radwan" in s for s, o in part_of)
    kataib = "organization:kataib-hezbollah"
    assert (kataib, "organization:popular-mobilization-forces") in part_of
    assert any(s == "person:sergei-shoigu" and p == "MEMBER_OF" for s, p, o in found)


def test_support_and_bases_in_relative_clauses() -> None:
    found = _relations(
        "Turkey-backed factions of the Syrian National Army attacked Manbij. Officials say the "
        "Syrian National Army, which Turkey funds and equips, will join the army. The PKK, which "
        "is based in the Qandil Mountains, disbanded. Red Crescent teams, which are based in "
        "Aleppo and Idlib, worked."
    )
    assert ("place:turkey", "SUPPORTS", "organization:syrian-national-army") in found
    located = {(s, o) for s, p, o in found if p == "LOCATED_IN"}
    assert any(s == "organization:kurdistan-workers-party" and "qandil" in o for s, o in located)


def test_names_with_two_particles_or_del() -> None:
    names = _names(
        "EU envoy María de la Fuente met Colombian negotiator Juan del Castillo and Dutch "
        "diplomat Pieter van der Berg in Brussels."
    )
    assert names.get("María de la Fuente") == "Person"
    assert names.get("Juan del Castillo") == "Person"
    assert "María" not in names


def test_arabic_place_names_by_their_first_word_and_outskirts() -> None:
    names = _names(
        "A drone struck a car on the outskirts of Kfar Kila. Shelling hit Deir Mimas and "
        "Wadi Saluki."
    )
    assert names.get("Kfar Kila") == "Place"
    assert names.get("Deir Mimas") == "Place"
    assert names.get("Wadi Saluki") == "Place"


def test_an_organization_that_opens_a_persons_title_is_no_party() -> None:
    found = _meetings(
        "A meeting between Red Cross officials and European Union Special Representative "
        "Annalisa Giannella was held in Geneva. Ruto met Salva Kiir and the African Union in "
        "Nairobi."
    )
    people = {p for p, _ in found}
    assert not [p for p in people if "annalisa-giannella" in p and "european-union" in p]
    assert any("african-union" in p for p in people)  # joined by 'and', no title after it


def test_signatories_are_the_parties_of_what_they_signed() -> None:
    found = _meetings(
        "Abiy Ahmed and Isaias Afwerki signed an agreement in Asmara to integrate the Tigray "
        "People's Liberation Front into the army."
    )
    assert found == {(frozenset({"abiy-ahmed", "isaias-afwerki"}), "place:asmara")}


def test_the_leader_of_a_delegation_is_a_member_of_its_organization() -> None:
    found = _relations("Qatar hosted a Hamas delegation led by Zaher Jabarin in Doha.")
    assert ("person:zaher-jabarin", "MEMBER_OF", "organization:hamas") in found
    assert ("person:zaher-jabarin", "LEADS", "organization:hamas") not in found
    led = _relations("Hamas, led by Zaher Jabarin, rejected the offer.")
    assert ("person:zaher-jabarin", "LEADS", "organization:hamas") in led


def test_toppling_clashing_and_closest_allies() -> None:
    found = _relations(
        "Paul Kagame, who led the offensive that toppled Juvenal Habyarimana's successors, "
        "spoke. The M23 have clashed for months with the Armed Forces of the Democratic "
        "Republic of the Congo. Rwanda backs M23, and Uganda, Rwanda's closest ally, stayed silent."
    )
    assert any(p == "OPPOSES" and o == "organization:fardc" for s, p, o in found)
    assert ("place:uganda", "ALLIED_WITH", "place:rwanda") in found or (
        "place:rwanda",
        "ALLIED_WITH",
        "place:uganda",
    ) in found


def test_countries_by_their_everyday_names() -> None:
    names = _names(
        "Envoys from the Netherlands, Holland's neighbours, Cape Verde, East Timor and "
        "Scotland met in Lisbon."
    )
    assert {"place"} == {t.lower() for n, t in names.items() if n != "Lisbon"}
    assert sum(1 for n in names if n.lower().endswith("netherlands")) == 1
    ids = {
        e.id
        for e in _extract(
            "Envoys from the Netherlands, Cape Verde, East Timor and Scotland met in Lisbon."
        ).entities
    }
    assert {
        "place:the-netherlands",
        "place:cabo-verde",
        "place:timor-leste",
        "place:scotland",
    } <= ids


def test_missions_gangs_and_lenders_known_by_name() -> None:
    names = _names(
        "MS-13 and Barrio 18 clashed in San Salvador. ATMIS and the IMF issued statements; "
        "the Haitian National Police fought Viv Ansanm."
    )
    for name in (
        "Mara Salvatrucha",
        "Barrio 18",
        "African Union Transition Mission in Somalia",
        "International Monetary Fund",
        "Haitian National Police",
        "Viv Ansanm",
    ):
        assert names.get(name) == "Organization", name


def test_titles_and_venues_between_a_host_and_a_guest() -> None:
    found = _meetings(
        "Chief Adviser Professor Ali Riaz received at the ministry headquarters in Dhaka the "
        "Nepali Minister of Foreign Affairs, Arzu Rana Deuba. Col-Gen Saymumin Yatimov met "
        "Ameer Dr Shafiqur Rahman."
    )
    people = {p for p, _ in found}
    assert frozenset({"ali-riaz", "arzu-rana-deuba"}) in people
    assert frozenset({"saymumin-yatimov", "shafiqur-rahman"}) in people


def test_meetings_called_for_unconfirmed_or_denied_did_not_happen() -> None:
    for body in (
        "Cheng Li-wun, who has called for a meeting with Xi Jinping, spoke.",
        "A summit between Kim Jong Un and Vladimir Putin in Moscow remains unconfirmed.",
        "Ruto reportedly met Salva Kiir in Juba, but both sides deny this.",
    ):
        assert _meetings(body) == set(), body


def test_the_minister_of_someone_else_is_met_not_his_principal() -> None:
    found = _meetings("In Budapest, Dodik met Viktor Orban's foreign minister Peter Szijjarto.")
    assert not [p for p, _ in found if "viktor-orban" in p]


def test_targets_named_by_adjective_sent_troops_factions_and_partners() -> None:
    found = _relations(
        "Russia launched 300 drones at Ukrainian cities overnight, officials in Ukraine said. "
        "North Korea has sent 3,000 troops and shells to Russia. Jama'at Ansar, the Boko Haram "
        "faction, regrouped. Tajikistan and Uzbekistan are strategic partners. The Head of the "
        "OSCE Mission to Moldova, Ambassador Kelly Keiderling, spoke."
    )
    assert ("place:russia", "OPPOSES", "place:ukraine") in found
    assert ("place:north-korea", "SUPPORTS", "place:russia") in found
    assert any(p == "PART_OF" and o == "organization:boko-haram" for s, p, o in found)
    allied = {(s, o) for s, p, o in found if p == "ALLIED_WITH"}
    assert {
        ("place:tajikistan", "place:uzbekistan"),
        ("place:uzbekistan", "place:tajikistan"),
    } & allied


def test_the_two_ministers_are_the_last_two_people_named() -> None:
    found = _meetings(
        "Radoslaw Sikorski and Kestutis Budrys arrived in Kyiv on Monday. Volodymyr Zelensky "
        "later received the two ministers together at the Mariinsky Palace."
    )
    trio = frozenset({"radoslaw-sikorski", "kestutis-budrys", "volodymyr-zelensky"})
    assert trio in {p for p, _ in found}


def test_a_clause_after_at_which_names_no_party() -> None:
    found = _meetings(
        "Saymumin Yatimov and Abdusalom Azizov held a separate meeting, at which the threat "
        "from the Taliban was discussed."
    )
    assert {p for p, _ in found} == {frozenset({"saymumin-yatimov", "abdusalom-azizov"})}


def test_dateline_city_is_the_place_when_the_body_puts_the_visitor_there() -> None:
    found = _meetings(
        "AMMAN (Reuters) - King Abdullah II received Egyptian President Abdel Fattah el-Sisi "
        "on Monday. Sisi arrived in Amman on Sunday for a two-day visit."
    )
    assert found == {(frozenset({"abdullah-ii", "abdel-fattah-el-sisi"}), "place:amman")}


def test_dateline_city_alone_is_not_the_meeting_place() -> None:
    found = _meetings(
        "AMMAN (Reuters) - King Abdullah II received Egyptian President Abdel Fattah el-Sisi "
        "on Monday. The two leaders discussed border trade."
    )
    assert found == {(frozenset({"abdullah-ii", "abdel-fattah-el-sisi"}), None)}


def test_the_meeting_took_place_in_places_the_meeting_told_before() -> None:
    found = _meetings(
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni on Friday. "
        "The meeting took place in Entebbe."
    )
    assert found == {(frozenset({"william-ruto", "yoweri-museveni"}), "place:entebbe")}


def test_a_place_the_dictionary_does_not_know_is_more_specific_than_its_city() -> None:
    found = _meetings(
        "Ethiopian Prime Minister Abiy Ahmed, who arrived in Nairobi on Monday, called on "
        "President William Ruto at his official residence in Kileleshwa on Tuesday."
    )
    assert found == {(frozenset({"abiy-ahmed", "william-ruto"}), "place:kileleshwa")}


def test_what_the_person_met_did_elsewhere_is_not_the_meeting_place() -> None:
    found = _meetings(
        "In Mali, Senegalese President Bassirou Diomaye Faye met General Assimi Goita, "
        "who took power in Bamako in 2021."
    )
    assert found == {(frozenset({"bassirou-diomaye-faye", "assimi-goita"}), "place:mali")}


def test_every_organization_listed_after_between_is_a_party() -> None:
    found = _meetings(
        "A meeting between the African Union, the Red Cross and UN envoy Martin Griffiths "
        "was held in Addis Ababa on Tuesday."
    )
    parties = frozenset(
        {"african-union", "international-committee-of-the-red-cross", "martin-griffiths"}
    )
    assert {p for p, _ in found} == {parties}


def test_a_building_named_like_an_institution_is_the_venue_of_a_meeting_there() -> None:
    found = _meetings(
        "Kenyan President William Ruto received Ethiopian Prime Minister Abiy Ahmed at "
        "Government House in Mombasa on Monday."
    )
    assert found == {(frozenset({"william-ruto", "abiy-ahmed"}), "place:government-house")}


def test_a_visitor_received_at_the_airport_meets_later_in_the_town() -> None:
    found = _meetings(
        "NAIROBI (Reuters) - Ethiopian Prime Minister Abiy Ahmed arrived at Jomo Kenyatta "
        "International Airport on Monday and was received by Foreign Minister Musalia "
        "Mudavadi. Abiy later held talks with President William Ruto."
    )
    assert (frozenset({"abiy-ahmed", "william-ruto"}), "place:nairobi") in found


def test_a_place_in_the_topic_after_on_a_plan_for_is_not_the_venue() -> None:
    found = _meetings(
        "Finnish Foreign Minister Elina Valtonen arrived in Kyiv on Monday. During the visit, "
        "Valtonen held talks with Andrii Sybiha on a plan for returning children held in Russia."
    )
    assert found == {(frozenset({"elina-valtonen", "andrii-sybiha"}), "place:kyiv")}


def test_the_town_a_visitor_flew_back_to_is_where_he_met_there() -> None:
    found = _meetings(
        "President Hakainde Hichilema then flew back to Livingstone, the tourist capital, "
        "where on Friday he met Governor Cornelius Mweetwa."
    )
    assert found == {(frozenset({"hakainde-hichilema", "cornelius-mweetwa"}), "place:livingstone")}


def test_a_call_on_someone_to_quote_meet_is_no_meeting() -> None:
    found = _meetings(
        'President William Ruto, in a post on X, called on Abiy Ahmed to "meet the '
        'delegation in any country he chooses".'
    )
    assert found == set()


def test_a_meeting_the_text_says_a_party_denied_is_no_meeting() -> None:
    found = _meetings(
        "Analysts noted a reported meeting between Wang Yi and Min Aung Hlaing in Kunming "
        "earlier this month, which the Myanmar junta denied on its Telegram channel."
    )
    assert found == set()


def test_also_present_at_the_meeting_with_x_joins_the_last_meeting() -> None:
    found = _meetings(
        "In Nairobi, Martin Griffiths met Kenyan President William Ruto. Also present at the "
        "meeting with Ruto was Foreign Minister Musalia Mudavadi, who heads the ANC party."
    )
    parties = frozenset({"martin-griffiths", "william-ruto", "musalia-mudavadi"})
    assert found == {(parties, "place:nairobi")}


def test_the_unnamed_capital_of_the_dateline_country_is_the_dateline_city() -> None:
    found = _meetings(
        "NAIROBI, Kenya (AP) - The U.N. envoy Martin Griffiths met Kenyan President William "
        "Ruto in the Kenyan capital on Sunday."
    )
    assert found == {(frozenset({"martin-griffiths", "william-ruto"}), "place:nairobi")}


def test_a_meeting_in_a_town_between_two_parties() -> None:
    found = _meetings(
        "A meeting in Lusaka between Zambian President Hakainde Hichilema and Malawian "
        "President Lazarus Chakwera was held on Monday."
    )
    assert found == {(frozenset({"hakainde-hichilema", "lazarus-chakwera"}), "place:lusaka")}


def test_he_is_the_minister_not_the_leader_whose_minister_he_is() -> None:
    found = _meetings(
        "Kenyan President William Ruto hosted Ugandan President Yoweri Museveni in Nairobi on "
        "Monday. The following week, Ruto's defence minister, Gen. Aden Duale, travelled to "
        "Moscow, where he met Defence Minister Andrei Belousov."
    )
    assert (frozenset({"aden-duale", "andrei-belousov"}), "place:moscow") in found
    assert not any("andrei-belousov" in group and "william-ruto" in group for group, _ in found)


def test_a_clause_after_comma_as_names_no_guest() -> None:
    found = _meetings(
        "Somali President Hassan Sheikh Mohamud met a delegation of the African Union on "
        "Monday, as al-Shabaab fighters pressed attacks near the border."
    )
    assert found == {(frozenset({"hassan-sheikh-mohamud", "african-union"}), None)}


def test_a_timeline_entry_places_its_meeting_and_the_next_entry_does_not_inherit() -> None:
    found = _meetings(
        "• 4 Mar, Lusaka: Zambian President Hakainde Hichilema met Malawian President Lazarus "
        "Chakwera.\n• 5 Mar: Hichilema separately received Kenyan President William Ruto."
    )
    assert (frozenset({"hakainde-hichilema", "lazarus-chakwera"}), "place:lusaka") in found
    assert (frozenset({"hakainde-hichilema", "william-ruto"}), None) in found


def test_the_three_leaders_are_the_last_three_people_named() -> None:
    found = _meetings(
        "Zambian President Hakainde Hichilema hosted Malawian President Lazarus Chakwera and "
        "Kenyan President William Ruto in Lusaka. UN envoy Martin Griffiths was then received "
        "by the three leaders together."
    )
    people = {p for group, _ in found for p in group}
    assert {"martin-griffiths", "lazarus-chakwera", "william-ruto"} <= people
    assert any({"martin-griffiths", "william-ruto"} <= group for group, _ in found)


def test_a_person_naming_an_administration_is_no_party() -> None:
    found = _meetings(
        "Venezuelan President Nicolas Maduro met on Friday with a Joe Biden administration "
        "official, envoy Roger Carstens, in Caracas."
    )
    assert not any("joe-biden" in group for group, _ in found)
    assert any({"nicolas-maduro", "roger-carstens"} <= group for group, _ in found)


def test_a_meeting_prior_to_the_visit_takes_no_place_from_it() -> None:
    found = _meetings(
        "Kenyan President William Ruto met Yoweri Museveni in Kampala on Monday. Prior to his "
        "trip, a meeting was held between Martin Griffiths and Musalia Mudavadi."
    )
    assert (frozenset({"martin-griffiths", "musalia-mudavadi"}), None) in found


def test_dateline_city_is_the_place_when_the_body_puts_a_participant_in_it() -> None:
    found = _meetings(
        "Mombasa, Sept 4, 2025 - Kenyan President William Ruto on Wednesday welcomed UN envoy "
        "Martin Griffiths. Griffiths later briefed reporters in Mombasa on the talks."
    )
    assert found == {(frozenset({"william-ruto", "martin-griffiths"}), "place:mombasa")}


def test_two_named_parties_later_joined_by_a_third() -> None:
    found = _meetings(
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala. "
        "Ruto and Museveni were later joined by Rwandan President Paul Kagame."
    )
    assert any({"william-ruto", "paul-kagame"} <= group for group, _ in found)


def test_a_capitalised_role_names_the_person_who_holds_that_title() -> None:
    found = _meetings(
        "Prime Minister Ali Karimov received Foreign Minister Lena Petrova in Baku on Monday. "
        "Petrova also met Defence Minister Omar Haddad. "
        "Separately, the Prime Minister met army chief Yusuf Demir."
    )
    people = {pair for pair, _ in found}
    assert frozenset({"ali-karimov", "yusuf-demir"}) in people
    assert frozenset({"lena-petrova", "yusuf-demir"}) not in people


def test_a_role_inside_an_office_name_is_not_a_reference() -> None:
    found = _meetings(
        "President Ilir Dervishi spoke at a rally in Tirana on Monday. "
        "Foreign Minister Lena Petrova held talks with Arben Kola, head of the Office of the "
        "President, on Tuesday."
    )
    assert {pair for pair, _ in found} == {frozenset({"lena-petrova", "arben-kola"})}


def test_a_role_two_people_hold_names_the_one_the_report_is_about() -> None:
    found = _meetings(
        "Prime Minister Ali Karimov began a regional tour on Monday. Karimov first met "
        "Prime Minister Jonas Ekberg in Stockholm. "
        "On Tuesday, the Prime Minister travelled to Oslo, where he met King Harald V."
    )
    people = {pair for pair, _ in found}
    assert frozenset({"ali-karimov", "harald-v"}) in people
    assert frozenset({"jonas-ekberg", "harald-v"}) not in people


def test_a_family_name_written_first_is_the_short_form_of_that_person() -> None:
    found = _meetings(
        "Chinese Foreign Minister Zhao Lianhe arrived in Munich on Friday. "
        "Zhao separately met German Foreign Minister Petra Lindqvist."
    )
    assert frozenset({"zhao-lianhe", "petra-lindqvist"}) in {pair for pair, _ in found}


def test_a_first_word_two_people_share_is_nobodys_short_form() -> None:
    found = _meetings(
        "Chinese Foreign Minister Zhao Lianhe met Chinese envoy Zhao Minghui in Munich. "
        "Zhao later met German Foreign Minister Petra Lindqvist."
    )
    people = {pair for pair, _ in found}
    assert frozenset({"zhao-lianhe", "petra-lindqvist"}) not in people
    assert frozenset({"zhao-minghui", "petra-lindqvist"}) not in people


def test_two_organizations_that_resume_talks_meet_each_other() -> None:
    found = _meetings(
        "The National Liberation Army, a guerrilla group, and the Government of Colombia "
        "opened a sixth round of negotiations in Havana on Monday."
    )
    pair = frozenset({"government-of-colombia", "national-liberation-army"})
    assert (pair, "place:havana") in found


def test_views_exchanged_and_matters_discussed_with_a_named_person_are_meetings() -> None:
    exchanged = _meetings("Lena Petrova exchanged views with Omar Haddad in Tirana on Monday.")
    discussed = _meetings("Lena Petrova discussed border trade with Omar Haddad in Tirana.")
    pair = frozenset({"lena-petrova", "omar-haddad"})
    assert exchanged == discussed == {(pair, "place:tirana")}


def test_matters_discussed_with_someone_by_phone_are_no_meeting() -> None:
    assert _meetings("Lena Petrova discussed border trade with Omar Haddad by phone.") == set()


def test_a_name_ending_like_a_news_outlet_reports_the_meeting_and_is_no_party() -> None:
    extraction = _extract(
        "(Caspian Digest) - Foreign Minister Lena Petrova met Defence Minister Omar Haddad in "
        "Baku on Monday."
    )
    types = {e.name: e.type for e in extraction.entities}
    parties = {frozenset(p.id.split(":")[1] for p in e.participants) for e in extraction.events}
    assert types["Caspian Digest"] == "Organization"
    assert parties == {frozenset({"lena-petrova", "omar-haddad"})}


def test_gulf_honorifics_are_titles_not_names() -> None:
    extraction = _extract(
        "HH the Amir Sheikh Mishal Al-Ahmad Al-Jaber received Lena Petrova at Bayan Palace on "
        "Monday. His Highness Sheikh Rashid bin Khalifa Al Mansoori later hosted Omar Haddad "
        "in Abu Dhabi."
    )
    names = {e.name for e in extraction.entities}
    assert not any("Highness" in n or n.split()[0] in ("Amir", "HH") for n in names)
    people = {e.id: e.name for e in extraction.entities if e.type == "Person"}
    parties = [{people.get(p.id, "") for p in e.participants} for e in extraction.events]
    assert any("Lena Petrova" in p and any(n.startswith("Mishal") for n in p) for p in parties)


def test_a_director_general_of_an_organization_leads_it() -> None:
    found = _relations(
        "Lena Petrova met the Director-General of the Caspian Fisheries Authority (CFA), "
        "Omar Haddad, in Baku."
    )
    assert ("person:omar-haddad", "LEADS", "organization:caspian-fisheries-authority") in found


def test_a_role_with_a_nationality_names_the_countrys_person_the_report_is_about() -> None:
    found = _meetings(
        "Iranian Foreign Minister Abbas Araghchi arrived in Muscat on Monday. Araghchi carried "
        "a letter from President Masoud Pezeshkian. The Iranian diplomat held talks with Omani "
        "Foreign Minister Badr Albusaidi."
    )
    people = {pair for pair, _ in found}
    assert frozenset({"abbas-araghchi", "badr-albusaidi"}) in people
    assert frozenset({"masoud-pezeshkian", "badr-albusaidi"}) not in people


def test_the_name_after_bin_is_a_short_form_of_that_person() -> None:
    found = _relations(
        "Omani Foreign Minister Badr bin Hamad Albusaidi met Iranian officials on Monday. "
        "In June, Khalid bin Rashed visited Tehran. Rashed then flew to Baghdad."
    )
    assert ("person:khalid-bin-rashed", "VISITED", "place:baghdad") in found


def test_one_meeting_of_everyone_a_delegation_or_a_chair_brings_together() -> None:
    everyone = frozenset({"lena-petrova", "omar-haddad", "arben-kola", "yusuf-demir"})
    for body in (
        "Lena Petrova received a delegation including Omar Haddad, Arben Kola and Yusuf Demir "
        "in Tirana.",
        "Lena Petrova chaired a meeting in Tirana with Omar Haddad, Arben Kola and Yusuf Demir.",
        "Talks in Tirana brought together Lena Petrova, Omar Haddad, Arben Kola and Yusuf Demir.",
        "Lena Petrova met Omar Haddad in Tirana. She was accompanied by Arben Kola and Yusuf "
        "Demir.",
    ):
        assert _meetings(body) == {(everyone, "place:tirana")}, body


def test_people_who_attended_the_meeting_told_before_join_it() -> None:
    everyone = frozenset({"lena-petrova", "omar-haddad", "arben-kola", "yusuf-demir"})
    for second in (
        "On the Albanian side, the meeting was attended by Arben Kola and Yusuf Demir.",
        "During the meeting, attended by Arben Kola and Yusuf Demir, they discussed trade.",
    ):
        body = "Lena Petrova met Omar Haddad in Tirana. " + second
        assert _meetings(body) == {(everyone, "place:tirana")}, second


def test_receiving_an_envoys_credentials_is_meeting_him() -> None:
    found = _meetings("Lena Petrova received the credentials of Omar Haddad in Tirana on Monday.")
    assert found == {(frozenset({"lena-petrova", "omar-haddad"}), "place:tirana")}


def test_subjects_who_discussed_or_exchanged_views_together_met() -> None:
    pair = frozenset({"lena-petrova", "omar-haddad"})
    for verb in ("discussed bilateral ties", "exchanged their views on the region"):
        body = f"Lena Petrova and Omar Haddad {verb} in Tirana on Monday."
        assert _meetings(body) == {(pair, "place:tirana")}, verb
    assert _meetings("Lena Petrova discussed Omar Haddad's proposal in Tirana.") == set()
    assert _meetings("Lena Petrova and Omar Haddad discussed trade in a phone call.") == set()


def test_a_visit_paid_to_a_person_or_a_meeting_both_attend_is_a_meeting() -> None:
    pair = frozenset({"lena-petrova", "omar-haddad"})
    for body in (
        "Lena Petrova paid a visit to Defence Minister Omar Haddad in Tirana on Monday.",
        "Lena Petrova visited Omar Haddad at his home in Tirana on Monday.",
        "Lena Petrova told Omar Haddad in a meeting in Tirana on Monday that ties were strong.",
    ):
        assert _meetings(body) == {(pair, "place:tirana")}, body


def test_greeting_joining_for_talks_and_co_chairing_are_meetings() -> None:
    pair = frozenset({"lena-petrova", "omar-haddad"})
    for body in (
        "Lena Petrova greeted Defence Minister Omar Haddad upon his arrival in Tirana.",
        "Upon arrival in Tirana, Lena Petrova was greeted by Defence Minister Omar Haddad.",
        "Lena Petrova joined Omar Haddad for talks in Tirana on Monday.",
        "Lena Petrova and Omar Haddad co-chaired talks in Tirana on Monday.",
    ):
        assert _meetings(body) == {(pair, "place:tirana")}, body
    assert _meetings("Lena Petrova greeted the decision in Tirana.") == set()


def test_a_groups_cell_hosted_or_a_source_cited_is_no_party_to_a_meeting() -> None:
    found = _meetings(
        "The Caspian Joint Headquarters has since 2025 also hosted a NATO forward planning "
        "cell for Finland, according to the Norwegian Armed Forces."
    )
    assert found == set()


def test_a_meeting_whose_reports_are_denied_did_not_happen() -> None:
    found = _meetings(
        "A spokesman, Omar Haddad, denied on Tuesday that Lena Petrova would travel to Baku, "
        "calling reports of a meeting with Arben Kola fabricated."
    )
    assert found == set()


def test_a_pronoun_after_a_role_with_a_nationality_is_that_person() -> None:
    found = _meetings(
        "Iranian Foreign Minister Abbas Araghchi arrived in Muscat on Monday. Ali Bagheri "
        "accompanied Araghchi. The Iranian minister also visited Sohar, where he met Governor "
        "Omar Haddad."
    )
    assert (frozenset({"abbas-araghchi", "omar-haddad"}), "place:sohar") in found


def test_a_surname_that_is_also_a_town_is_the_person_named_before() -> None:
    found = _relations(
        "US Army General Michael Langley met Kenyan President William Ruto in Nairobi. "
        "Langley later flew to Mombasa. Langley's deputy stayed in Langley."
    )
    names = {e.name for e in _extract("General Michael Langley spoke. Langley left.").entities}
    assert names == {"Michael Langley"}
    assert ("person:michael-langley", "VISITED", "place:mombasa") in found


def test_a_meeting_on_a_subject_in_a_place_was_not_held_there() -> None:
    found = _meetings("Pedro Sanchez held talks on migration in Libya with Giorgia Meloni.")
    assert found == {(frozenset({"pedro-sanchez", "giorgia-meloni"}), None)}


def test_a_person_in_a_fronted_phrase_is_not_the_subject() -> None:
    found = _meetings(
        "Following his call with Olaf Scholz, the Spanish minister spoke with Emmanuel Macron "
        "about trade."
    )
    assert not any("olaf-scholz" in parties for parties, _ in found)


def test_a_longer_group_name_around_known_names_is_its_own_group() -> None:
    names = _names(
        "The National Resistance Front attacked Taliban posts in Panjshir. Ahmad Massoud "
        "leads the National Resistance Front."
    )
    assert names.get("National Resistance Front of Afghanistan") == "Organization"  # its seed
    assert "The National" not in names and "Resistance Front" not in names


def test_an_honorific_before_a_known_name_does_not_end_a_palace_name() -> None:
    names = _names(
        "The Amir received at Qasr Al Wajba Sheikh Mohammed bin Abdulrahman Al Thani, "
        "Prime Minister of Qatar."
    )
    assert "Qasr Al Wajba" in names
    assert not any(n.endswith("Sheikh") for n in names)


def test_the_agency_in_a_dateline_is_the_news_agency_of_that_acronym() -> None:
    names = _names("NAIROBI (AA) - Turkish Defence Minister Yasar Guler met William Ruto.")
    assert names.get("Anadolu Agency") == "Organization"
    assert "Arakan Army" not in names


def test_a_body_whose_name_begins_with_a_title_word() -> None:
    names = _names(
        "Hassan Rashad, Head of the General Intelligence Service, met envoys. The General "
        "Directorate of Security said nothing."
    )
    assert names.get("General Intelligence Service") == "Organization"
    assert "Intelligence Service" not in names


def test_an_abd_compound_given_name_before_a_town_name_makes_a_person() -> None:
    names = _names("The Radaa force is led by Abdulraouf Kara, who met Emad Trabelsi.")
    assert names.get("Abdulraouf Kara") == "Person"
    assert "Kara" not in names


def test_a_rare_word_after_at_is_a_place() -> None:
    found = _meetings("Emad Trabelsi met Abdulraouf Kara at Mitiga to negotiate a truce.")
    assert found == {(frozenset({"emad-trabelsi", "abdulraouf-kara"}), "place:mitiga")}


def test_meals_audiences_and_huddles_with_a_named_person_are_meetings() -> None:
    pair = frozenset({"lena-petrova", "omar-haddad"})
    for form in (
        "Omar Haddad held a working lunch with Lena Petrova in Tirana.",
        "Omar Haddad huddled with Lena Petrova in Tirana on Monday.",
        "Omar Haddad had an audience with Lena Petrova in Tirana.",
        "Lena Petrova gave an audience to Omar Haddad in Tirana.",
        "Omar Haddad negotiated with Lena Petrova in Tirana.",
        "Omar Haddad and Lena Petrova came face to face in Tirana on Monday.",
        "Omar Haddad and Lena Petrova dined together in Tirana.",
        "Omar Haddad was joined by Lena Petrova in Tirana for talks.",
    ):
        assert _meetings(form) == {(pair, "place:tirana")}, form


def test_a_huddle_by_phone_is_no_meeting() -> None:
    assert _meetings("Omar Haddad negotiated with Lena Petrova by phone on Monday.") == set()


def test_one_meeting_of_everyone_a_host_convened_joined_or_was_joined_by() -> None:
    everyone = frozenset({"omar-haddad", "lena-petrova", "yusuf-demir", "arben-kola"})
    for form in (
        "Omar Haddad convened Lena Petrova, Yusuf Demir and Arben Kola in Tirana.",
        "Omar Haddad gathered Lena Petrova, Yusuf Demir and Arben Kola in Tirana on Monday.",
        "In Tirana, Omar Haddad joined Lena Petrova, Yusuf Demir and Arben Kola for a meeting.",
        "Omar Haddad was joined in Tirana by Lena Petrova, Yusuf Demir and Arben Kola for the "
        "talks.",
        "The meeting in Tirana was chaired by Omar Haddad and attended by Lena Petrova, "
        "Yusuf Demir and Arben Kola.",
    ):
        assert _meetings(form) == {(everyone, "place:tirana")}, form


def test_a_host_alongside_colleagues_meets_the_guest_with_them() -> None:
    found = _meetings(
        "Omar Haddad met Arben Kola in Tirana alongside Lena Petrova and Yusuf Demir."
    )
    everyone = frozenset({"omar-haddad", "lena-petrova", "yusuf-demir", "arben-kola"})
    assert found == {(everyone, "place:tirana")}


def test_the_person_a_who_clause_follows_is_who_met() -> None:
    found = _meetings(
        "Arben Kola briefed Lena Petrova on his contacts with Omar Haddad, who met Yusuf Demir "
        "in Tirana last month."
    )
    assert found == {(frozenset({"omar-haddad", "yusuf-demir"}), "place:tirana")}


def test_a_session_of_expanded_talks_is_a_meeting() -> None:
    found = _meetings("Lena Petrova and Omar Haddad held a session of expanded talks in Tirana.")
    assert found == {(frozenset({"lena-petrova", "omar-haddad"}), "place:tirana")}


def test_receiving_in_audience_a_delegation_is_a_meeting() -> None:
    found = _meetings(
        "Omar Haddad received in audience on Wednesday in Tirana a delegation led by the "
        "foreign minister, Mr Yusuf Demir."
    )
    assert found == {(frozenset({"omar-haddad", "yusuf-demir"}), "place:tirana")}


def test_a_meeting_a_delegation_is_expected_to_travel_to_did_not_happen() -> None:
    found = _meetings(
        "The delegation, led by Omar Haddad, is expected to travel to Tirana next week for a "
        "trilateral meeting with Lena Petrova."
    )
    assert found == set()


def test_a_meeting_ruled_out_did_not_happen() -> None:
    found = _meetings("Arben Kola again ruled out a meeting between Omar Haddad and Lena Petrova.")
    assert found == set()


def test_a_second_clause_after_as_has_its_own_subject() -> None:
    found = _meetings(
        "Omar Haddad met Lena Petrova in Tirana as Yusuf Demir held talks with Arben Kola."
    )
    pairs = {people for people, _ in found}
    assert pairs == {
        frozenset({"omar-haddad", "lena-petrova"}),
        frozenset({"yusuf-demir", "arben-kola"}),
    }


def test_visiting_a_person_is_a_meeting_but_visiting_a_place_is_not() -> None:
    met = _meetings("Cyril Ramaphosa visited President Hakainde Hichilema in Lusaka on Friday.")
    assert met == {(frozenset({"cyril-ramaphosa", "hakainde-hichilema"}), "place:lusaka")}
    assert _meetings("Cyril Ramaphosa visited Lusaka and Ndola on Friday.") == set()


def test_a_letter_handed_over_in_person_meets_its_addressee_not_its_sender() -> None:
    met = _meetings(
        "Sameh Shoukry handed a letter from Abdel Fattah al-Sisi to Isaias Afwerki in Asmara."
    )
    assert met == {(frozenset({"sameh-shoukry", "isaias-afwerki"}), "place:asmara")}


def test_consulting_with_and_shaking_hands_bring_people_together() -> None:
    consulted = _meetings("Bola Tinubu consulted with Nana Akufo-Addo in Abuja on Friday.")
    assert consulted == {(frozenset({"bola-tinubu", "nana-akufo-addo"}), "place:abuja")}
    assert _meetings("Bola Tinubu consulted with Nana Akufo-Addo by phone on Friday.") == set()
    hands = _meetings("Paul Kagame and Felix Tshisekedi shook hands in Doha on Saturday.")
    assert hands == {(frozenset({"paul-kagame", "felix-tshisekedi"}), "place:doha")}


def test_a_participle_meeting_after_the_subject_is_a_meeting() -> None:
    met = _meetings(
        "Cyril Ramaphosa, meeting Hakainde Hichilema in Lusaka on Monday, said trade would grow."
    )
    assert met == {(frozenset({"cyril-ramaphosa", "hakainde-hichilema"}), "place:lusaka")}


def test_seeing_off_sitting_with_and_jointly_chairing_bring_people_together() -> None:
    pair = frozenset({"bola-tinubu", "nana-akufo-addo"})
    for sentence in (
        "Bola Tinubu saw off Nana Akufo-Addo at the airport in Abuja on Friday.",
        "Bola Tinubu sat with Nana Akufo-Addo for two hours in Abuja on Friday.",
        "Bola Tinubu spent an hour with Nana Akufo-Addo in Abuja on Friday.",
        "Bola Tinubu and Nana Akufo-Addo jointly chaired the session in Abuja on Friday.",
    ):
        assert _meetings(sentence) == {(pair, "place:abuja")}, sentence


def test_went_on_to_meet_is_a_meeting_told_in_the_past() -> None:
    met = _meetings(
        "Bola Tinubu arrived in Accra on Sunday. He went on to meet Nana Akufo-Addo that evening."
    )
    assert (frozenset({"bola-tinubu", "nana-akufo-addo"}), "place:accra") in met


def test_a_ministry_named_with_its_portfolio_and_country_is_one_body() -> None:
    names = _names("The Ministry of Foreign Affairs of Kenya summoned the envoy on Monday.")
    assert names.get("Ministry of Foreign Affairs of Kenya") == "Organization"
    names = _names("The Foreign Ministry said Kenya would reply.")
    assert names.get("Kenya") == "Place"


def test_received_after_a_plural_title_meets_each_person_named() -> None:
    found = _meetings(
        "President Jan Horvat received the visiting ministers Emil Lukas and Piet Janssen in "
        "Vienna on Monday."
    )
    pairs = {frozenset(parties) for parties, _ in found}
    assert pairs == {
        frozenset({"jan-horvat", "emil-lukas"}),
        frozenset({"jan-horvat", "piet-janssen"}),
    }


def test_joining_several_people_for_talks_is_one_meeting_of_all() -> None:
    found = _meetings(
        "Jan Horvat joined Emil Lukas, Piet Janssen and Karl Bauer for talks in Vienna."
    )
    everyone = frozenset({"jan-horvat", "emil-lukas", "piet-janssen", "karl-bauer"})
    assert {parties for parties, _ in found} == {everyone}


def test_a_delegation_headed_by_a_person_after_a_comma_meets_as_that_person() -> None:
    found = _meetings(
        "The Austrian delegation, headed by Emil Lukas, arrived in Cairo on Sunday. The "
        "delegation later met Piet Janssen."
    )
    assert {parties for parties, _ in found} == {frozenset({"emil-lukas", "piet-janssen"})}


@pytest.mark.parametrize(
    "remote",
    [
        "Emil Lukas met Piet Janssen by video link on Tuesday.",
        "Emil Lukas met Piet Janssen virtually on Tuesday.",
        "Emil Lukas and Piet Janssen held a virtual summit on Tuesday.",
        "Emil Lukas held talks with Piet Janssen via videoconference on Tuesday.",
    ],
)
def test_a_meeting_held_from_afar_is_no_meeting(remote: str) -> None:
    assert _meetings(remote) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "A follow-up meeting between Emil Lukas and Piet Janssen, planned for March in Vienna, "
        "did not take place.",
        "The meeting between Emil Lukas and Piet Janssen in Vienna never took place.",
    ],
)
def test_a_meeting_that_did_not_take_place_is_no_meeting(sentence: str) -> None:
    assert _meetings(sentence) == set()


def test_a_meeting_is_kept_when_another_one_did_not_take_place() -> None:
    found = _meetings(
        "Emil Lukas, who met Piet Janssen in Vienna in May, said a second meeting never happened."
    )
    assert {parties for parties, _ in found} == {frozenset({"emil-lukas", "piet-janssen"})}


@pytest.mark.parametrize(
    "sentence",
    [
        "It is unclear whether Emil Lukas met Piet Janssen in Vienna.",
        "If Emil Lukas meets Piet Janssen in Vienna, a deal could follow.",
        "Emil Lukas boycotted the talks with Piet Janssen in Vienna.",
        "Emil Lukas rejected talks with Piet Janssen.",
        "Emil Lukas skipped the meeting with Piet Janssen in Vienna.",
    ],
)
def test_a_meeting_refused_asked_about_or_supposed_is_no_meeting(sentence: str) -> None:
    assert _meetings(sentence) == set()


def test_walking_out_of_talks_still_took_part_in_them() -> None:
    found = _meetings("Emil Lukas walked out of talks with Piet Janssen in Vienna.")
    assert {parties for parties, _ in found} == {frozenset({"emil-lukas", "piet-janssen"})}


def test_a_body_that_opens_a_title_with_abbreviated_ranks_is_no_party() -> None:
    found = _meetings(
        "Jan Horvat met Defence Minister Emil Lukas and NATO Commander Brig. Gen. Piet Janssen "
        "in Vienna."
    )
    assert {parties for parties, _ in found} == {
        frozenset({"jan-horvat", "emil-lukas"}),
        frozenset({"jan-horvat", "piet-janssen"}),
    }


def test_the_body_that_issued_a_press_release_is_no_place() -> None:
    found = extract(
        read_text(
            "Ministers meet\nMINISTRY OF ENERGY, Tallinn (7 March 2026) – Jaan Rebane met "
            "Tomasz Wolny on Friday.\n",
            "report.txt",
        )
    )
    types = {e.name: e.type for e in found.entities}
    assert types["MINISTRY OF ENERGY"] == "Organization"
    assert types["Tallinn"] == "Place"


def test_a_last_line_that_ends_with_an_abbreviated_month_is_body_text() -> None:
    found = _meetings(
        "Jaan Rebane met Tomasz Wolny in Riga on Monday.\n"
        "Emil Lukas met Piet Janssen in Vienna on 10 Aug."
    )
    assert (frozenset({"emil-lukas", "piet-janssen"}), "place:vienna") in found


def test_chairs_named_together_with_the_first_chair_meet_with_it() -> None:
    trio = frozenset({"lena-petrova", "omar-haddad", "rui-sabe"})
    for body in (
        "Lena Petrova co-chaired, together with Omar Haddad and Finance Minister Rui Sabe, "
        "the fourth round of the trilateral economic dialogue in Tirana.",
        "Lena Petrova chaired, along with Omar Haddad and Rui Sabe, the session of the joint "
        "commission in Tirana.",
    ):
        assert _meetings(body) == {(trio, "place:tirana")}, body


def test_people_seated_at_the_table_are_one_meeting() -> None:
    trio = frozenset({"lena-petrova", "omar-haddad", "rui-sabe"})
    body = "Seated around the long table in Tirana were Lena Petrova, Omar Haddad and Rui Sabe."
    assert _meetings(body) == {(trio, "place:tirana")}


@pytest.mark.parametrize(
    "joining",
    [
        "Also at the meeting was Rui Sabe.",
        "Others present included Rui Sabe.",
        "Present as well was Rui Sabe.",
        "On Haddad's side sat Rui Sabe.",
        "Rui Sabe, the deputy foreign minister, took part as well.",
        "Rui Sabe accompanied Haddad.",
        "Rui Sabe was there too.",
    ],
)
def test_a_later_sentence_adds_a_person_to_the_meeting(joining: str) -> None:
    trio = frozenset({"lena-petrova", "omar-haddad", "rui-sabe"})
    body = "Lena Petrova met Omar Haddad in Tirana on Monday. " + joining
    assert _meetings(body) == {(trio, "place:tirana")}


def test_a_topic_naming_a_place_does_not_hide_a_discussion_with_someone() -> None:
    pair = frozenset({"lena-petrova", "omar-haddad"})
    body = "Lena Petrova discussed the situation in Kosovo with Omar Haddad in Tirana."
    assert _meetings(body) == {(pair, "place:tirana")}


@pytest.mark.parametrize(
    "body",
    [
        "Omar Haddad arrived in Tirana on Monday. Lena Petrova welcomed Haddad's visit as overdue.",
        "Lena Petrova welcomed the decision of Omar Haddad to resign.",
    ],
)
def test_welcoming_a_visit_or_a_move_is_no_reception(body: str) -> None:
    assert _meetings(body) == set()


def test_welcoming_a_person_is_still_a_reception() -> None:
    pair = frozenset({"lena-petrova", "omar-haddad"})
    assert _meetings("Lena Petrova welcomed Omar Haddad in Tirana.") == {(pair, "place:tirana")}


def test_an_organization_that_only_modifies_a_name_is_no_party() -> None:
    found = _meetings(
        "Lena Petrova met the commander of the NATO-led Kosovo Force in Tirana on Monday."
    )
    assert found == {(frozenset({"lena-petrova", "kosovo-force"}), "place:tirana")}


def test_neither_nor_met_is_no_meeting() -> None:
    found = _meetings(
        "Neither Lena Moraes nor her deputy, Omar Haddad, met Ahmed al-Sharaa in Damascus."
    )
    assert not found


def test_the_examples_of_a_meeting_s_topic_are_not_its_parties() -> None:
    events = _extract(
        "Andrii Sybiha, Hakan Fidan and Oana Toiu then held a trilateral meeting on maritime "
        "security, including the work of NATO."
    ).events
    parties = [p.id for e in events if e.is_meeting for p in e.participants]
    assert parties and not any(p.startswith("organization:") for p in parties)


def test_the_dateline_s_agency_is_not_the_group_the_report_is_about() -> None:
    body = (
        "GULF NEWS AGENCY (GNA) | Politics\n\n"
        "Muscat, 18 May (GNA) -- Badr Albusaidi received a delegation of Hamas. "
        "The delegation was headed by Khalil al-Hayya, the movement's chief negotiator.\n\n"
        "Doha, 19 May (GNA) -- Talks went on.\n\nCairo, 20 May (GNA) -- Talks ended."
    )
    found = _relations(body)
    assert not any(o.endswith("gulf-news-agency") for _, _, o in found)


def test_one_who_brought_two_together_met_them_both() -> None:
    found = _meetings("Omar Haddad brought Lena Moraes and Ana Silva together at his office.")
    assert any({"omar-haddad", "lena-moraes", "ana-silva"} <= parties for parties, _ in found)


def test_he_in_capitals_before_a_title_is_his_excellency_not_a_pronoun() -> None:
    found = _meetings(
        "The spokesperson, Lena Moraes, said that HE the Minister of State Dr. Omar Haddad met "
        "Ana Silva in Doha."
    )
    assert any(parties == {"omar-haddad", "ana-silva"} for parties, _ in found)


@pytest.mark.parametrize(
    "after",
    [
        "will not take place before the summer",
        'remains "on the table", officials said',
        "was floated by the mediators for May",
    ],
)
def test_a_meeting_noun_whose_verb_says_it_did_not_happen_is_no_meeting(after: str) -> None:
    found = _meetings(f"A meeting between Lena Moraes and Omar Haddad {after}.")
    assert not found


def test_the_two_after_a_pronoun_and_a_name_are_those_two() -> None:
    found = _meetings(
        "Ana Silva spoke in Rome. Omar Haddad returned to Aden on Monday. He later met Lena "
        "Moraes at the central bank, and the two men agreed on a plan to pay salaries."
    )
    assert not any("ana-silva" in parties for parties, _ in found)


def test_an_airfield_visited_is_a_place_not_a_person() -> None:
    extraction = _extract("The general visited Kismaro Airfield in the south on Monday.")
    types = {e.name: e.type for e in extraction.entities}
    assert types.get("Kismaro Airfield") == "Place"


def test_a_town_named_like_a_hyphenated_given_name_stays_a_town() -> None:
    extraction = _extract(
        "Police chief Jean-Marc Toussaint met the mayor on Monday. A convoy left for "
        "Saint-Marc on Tuesday."
    )
    types = {e.name: e.type for e in extraction.entities}
    assert types.get("Saint-Marc") == "Place"
    assert types.get("Jean-Marc Toussaint") == "Person"


def test_a_trip_put_off_or_only_planned_is_no_visit() -> None:
    put_off = _relations("A trip by envoy Lena Moraes to Goma scheduled for Friday was postponed.")
    planned = _relations("Lena Moraes's planned visit to Goma was called off.")
    made = _relations("A visit by envoy Lena Moraes to Goma on Friday drew crowds.")
    assert not any(p == "VISITED" for _, p, _ in put_off | planned)
    assert any(p == "VISITED" for _, p, _ in made)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Datuk Seri Amran Yusof met Tan Sri Halim Razak in Kuching on Monday.",
            {"Amran Yusof", "Halim Razak"},
        ),
        (
            "Pak Budi Santoso met Engr. Chinedu Okafor in Abuja on Monday.",
            {"Budi Santoso", "Chinedu Okafor"},
        ),
        (
            "Cde Tendai Moyo met Suldan Abdi Warsame in Harare on Monday.",
            {"Tendai Moyo", "Abdi Warsame"},
        ),
    ],
)
def test_honorifics_of_the_local_press_are_no_part_of_a_name(text: str, people: set[str]) -> None:
    extraction = _extract(text)
    names = {e.name for e in extraction.entities if e.type == "Person"}
    met = [{p.id for p in e.participants} for e in extraction.events if e.is_meeting]
    assert names == people
    assert len(met) == 1 and len(met[0]) == 2


def test_a_division_unknown_to_the_dictionary_is_also_named_without_its_level() -> None:
    extraction = _extract("Gunmen attacked a checkpoint in Tirah Valley district on Monday.")
    places = {e.name: e.aliases for e in extraction.entities if e.type == "Place"}
    assert "Tirah Valley" in places.get("Tirah Valley district", [])


def test_a_state_of_malaysia_is_a_place_but_not_inside_a_family_name() -> None:
    found = _extract(
        "Troops were sent to Sabah on Monday. Sheikh Khaled Al-Hamad Al-Sabah, the Kuwaiti "
        "minister, met Datuk Amran Yusof in Kota Kinabalu."
    )
    names = {e.name: e.type for e in found.entities}
    assert names.get("Sabah") == "Place"
    assert names.get("Khaled Al-Hamad Al-Sabah") == "Person"


def test_an_indian_state_is_a_place() -> None:
    names = {
        e.name: e.type for e in _extract("Floods hit Kerala and Karnataka on Monday.").entities
    }
    assert names.get("Kerala") == names.get("Karnataka") == "Place"


@pytest.mark.parametrize(
    "text",
    [
        "Ali Karimi on Tuesday took part in a virtual meeting with envoy Omar Saleh.",
        "Ali Karimi and Omar Saleh took part in a virtual meeting on Tuesday.",
        "Ali Karimi spoke by telephone with Omar Saleh and took part in a video meeting.",
    ],
)
def test_a_virtual_meeting_is_no_meeting(text: str) -> None:
    assert not [e for e in _extract(text).events if e.is_meeting]


def test_a_tehsil_is_a_place_named_also_without_its_level() -> None:
    extraction = _extract("Troops killed nine militants in North Waziristan's Shewa Kalay tehsil.")
    places = {e.name: e.aliases for e in extraction.entities if e.type == "Place"}
    assert "Shewa Kalay" in places.get("Shewa Kalay tehsil", [])


def test_a_press_statement_signed_by_an_aide_adds_no_one_to_the_meeting() -> None:
    found = _extract(
        "The Senate President, Ali Karimi, on Tuesday received Governor Musa Bello in Abuja. "
        "In a statement signed by his media adviser, Omar Saleh, Karimi pledged support."
    )
    met = [{p.id for p in e.participants} for e in found.events if e.is_meeting]
    assert met == [{"person:ali-karimi", "person:musa-bello"}]


def test_a_venue_named_twice_is_one_place_and_its_meeting_is_joined() -> None:
    found = _extract(
        "President Samuel Mensah on Saturday hosted elders at Jubilee House, Accra, in a meeting "
        "attended by Governor Ali Khalif. Separately, the minister Musa Bello on Thursday met "
        "Ambassador Omar Warsame at his office in Accra. The delegation at Jubilee House also "
        "included Speaker Amina Bashir."
    )
    house = [e for e in found.entities if e.name == "Jubilee House"]
    met = [{p.id for p in e.participants} for e in found.events if e.is_meeting]
    assert [e.type for e in house] == ["Place"]
    assert any({"person:samuel-mensah", "person:amina-bashir"} <= m for m in met)


def test_seas_named_after_places_and_a_local_government_area_are_places() -> None:
    found = _extract(
        "Navies patrol the Sulu Sea and the South China Sea. Gunmen attacked Kala Balge Local "
        "Government Area on Monday."
    )
    places = {e.name: e for e in found.entities if e.type == "Place"}
    assert {"Sulu Sea", "South China Sea", "Kala Balge Local Government Area"} <= set(places)
    assert "Kala Balge" in places["Kala Balge Local Government Area"].aliases


def test_a_demonym_after_in_is_no_place_and_a_cabinet_secretary_is_a_title() -> None:
    found = _extract(
        "Indian trawlers keep fishing in Sri Lankan waters. Interior Cabinet Secretary Daniel "
        "Otieno met Prime Cabinet Secretary Musa Wanjiru in Nairobi on Monday."
    )
    names = {e.name for e in found.entities}
    assert "Sri Lankan" not in names
    assert {"Daniel Otieno", "Musa Wanjiru"} <= names
    assert not any("Cabinet" in n for n in names)


def test_a_bhavan_is_a_place_and_smt_ends_no_sentence() -> None:
    found = _extract(
        "President Ali Karimi was welcomed in the forecourt of Raj Bhavan, and later called on "
        "Governor Smt. Anandiben Patel at Raj Bhavan."
    )
    met = [{p.id for p in e.participants} for e in found.events if e.is_meeting]
    assert [e.type for e in found.entities if e.name == "Raj Bhavan"] == ["Place"]
    assert {"person:ali-karimi", "person:anandiben-patel"} in met


def test_a_complex_of_government_buildings_is_a_place() -> None:
    found = _extract("Governor Musa Bello met Senator Ali Karimi at the National Assembly Complex.")
    met = [e for e in found.events if e.is_meeting]
    assert [e.type for e in found.entities if e.name == "National Assembly Complex"] == ["Place"]
    assert met and met[0].place == "place:national-assembly-complex"


def test_a_title_s_talks_in_a_town_place_the_meetings_the_body_does_not_place() -> None:
    body = (
        "Ceasefire talks resume in Nairobi as envoys shuttle between the parties\n\n"
        "Kenyan Foreign Minister Musalia Mudavadi hosted Nicholas Haysom and a delegation "
        "led by Tut Gatluak for a meeting at the foreign ministry, officials said.\n"
    )
    got = extract(read_text(body, "talks.txt"))
    assert [e.place for e in got.events if e.is_meeting] == ["place:nairobi"]


def test_a_hosted_visit_told_again_as_a_meeting_is_one_meeting_at_the_finer_place() -> None:
    found = _meetings(
        "Ghanaian President John Mahama hosted Ivorian President Alassane Ouattara in Accra on "
        "Monday for talks on border security. The two leaders met behind closed doors at "
        "Jubilee House, the presidential seat in Accra."
    )
    assert len(found) == 1
    assert next(iter(found))[1] == "place:jubilee-house"


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Elmi Hassan and Defence Minister Ali Warsame met separately with "
        "Lena Petrova in Mogadishu.",
        "Elmi Hassan and Ali Warsame separately met Lena Petrova in Mogadishu.",
        "Elmi Hassan and Ali Warsame held separate meetings with Lena Petrova in Mogadishu.",
    ],
)
def test_two_hosts_who_met_a_guest_separately_are_two_meetings(sentence: str) -> None:
    pairs = {people for people, _ in _meetings(sentence)}
    assert pairs == {
        frozenset({"elmi-hassan", "lena-petrova"}),
        frozenset({"ali-warsame", "lena-petrova"}),
    }


def test_two_hosts_who_met_a_guest_are_one_meeting() -> None:
    pairs = {people for people, _ in _meetings("Elmi Hassan and Ali Warsame met Lena Petrova.")}
    assert pairs == {frozenset({"elmi-hassan", "ali-warsame", "lena-petrova"})}


@pytest.mark.parametrize(
    "sentence",
    [
        "Elmi Hassan has rejected proposals for a face-to-face meeting with Ali Warsame.",
        "Elmi Hassan ignored calls for a new meeting with Ali Warsame.",
        "Elmi Hassan turned down an offer to hold a meeting with Ali Warsame.",
    ],
)
def test_a_meeting_only_proposed_is_no_meeting(sentence: str) -> None:
    assert _meetings(sentence) == set()


def test_the_two_officials_of_a_country_are_the_last_two_people_named() -> None:
    found = _meetings(
        "Kenyan Foreign Minister Musalia Mudavadi and intelligence chief Noordin Haji arrived "
        "in Addis Ababa on Monday. The two Kenyan officials met Gedion Timothewos at the ministry."
    )
    assert {people for people, _ in found} == {
        frozenset({"musalia-mudavadi", "noordin-haji", "gedion-timothewos"})
    }


def test_a_meeting_told_again_with_a_body_is_one_meeting_with_the_body() -> None:
    found = _meetings(
        "Kenyan President William Ruto hosted Ugandan President Yoweri Museveni in Nairobi on "
        "Saturday for talks on trade. The two leaders met East African Community officials "
        "behind closed doors at State House."
    )
    assert len(found) == 1
    people, place = next(iter(found))
    assert {"william-ruto", "yoweri-museveni", "east-african-community"} <= people
    assert place is not None and place != "place:nairobi"


def test_a_summit_a_host_brought_guests_to_is_the_same_meeting_without_its_body() -> None:
    found = _meetings(
        "Kenya's President William Ruto hosted Uganda's President Yoweri Museveni and Tanzania's "
        "President Samia Suluhu Hassan in Nairobi on Saturday for a summit of the East African "
        "Community (EAC)."
    )
    assert {people for people, _ in found} == {
        frozenset({"william-ruto", "yoweri-museveni", "samia-suluhu-hassan"})
    }


def test_talks_a_host_brought_a_guest_to_with_a_third_person_are_one_meeting() -> None:
    found = _meetings(
        "Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani hosted Rwandan Foreign Minister "
        "Olivier Nduhungirehe in Doha on Monday for talks with Congolese Foreign Minister "
        "Therese Kayikwamba Wagner."
    )
    assert {people for people, _ in found} == {
        frozenset(
            {
                "mohammed-bin-abdulrahman-al-thani",
                "olivier-nduhungirehe",
                "therese-kayikwamba-wagner",
            }
        )
    }


def test_talks_after_a_journey_are_a_meeting_of_their_own() -> None:
    found = _meetings(
        "Olivier Nduhungirehe met Therese Kayikwamba Wagner in Doha on Monday, then flew to "
        "Abu Dhabi for talks with Abdullah bin Zayed Al Nahyan."
    )
    assert {people for people, _ in found} == {
        frozenset({"olivier-nduhungirehe", "therese-kayikwamba-wagner"}),
        frozenset({"olivier-nduhungirehe", "abdullah-bin-zayed"}),
    }


def test_the_group_is_the_body_the_sentence_before_opened_with() -> None:
    found = _relations(
        "Al-Shabaab claimed an attack on Monday. The Kenya Defence Forces (KDF) and KDF units "
        "patrol the border. Al-Shabaab has stepped up attacks near Mandera in recent weeks. "
        "The group, led by Ahmed Diriye, killed four soldiers."
    )
    assert ("person:ahmed-diriye", "LEADS", "organization:al-shabaab") in found
    assert not any(
        s == "person:ahmed-diriye" and o != "organization:al-shabaab" for s, _, o in found
    )


def test_a_meeting_at_the_same_venue_takes_the_venue_of_the_meeting_before() -> None:
    found = _meetings(
        "President William Ruto met Hassan Sheikh Mohamud at State House in Nairobi on Monday. "
        "Earlier in the day, Ruto also met Tanzanian envoy John Kijazi at the same venue."
    )
    assert {place for _, place in found} == {"place:state-house"}


@pytest.mark.parametrize(
    "second",
    [
        "The Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, received the visiting minister at "
        "the Amiri Diwan.",
        "Sheikh Tamim bin Hamad Al Thani welcomed his guest at the Amiri Diwan.",
    ],
)
def test_the_visiting_minister_and_his_guest_are_the_one_who_arrived(second: str) -> None:
    found = _meetings(
        "Kenyan Foreign Minister Musalia Mudavadi arrived in Doha on Monday. " + second
    )
    assert {people for people, _ in found} == {
        frozenset({"tamim-bin-hamad-al-thani", "musalia-mudavadi"})
    }


def test_a_delegation_led_to_a_venue_meets_there_not_where_its_topic_happened() -> None:
    found = _meetings(
        "The Senate President, Musa Karimi, on Tuesday received the Governor of Kano State, "
        "Abba Yusuf, who led a delegation of the Kano Elders Forum to the Unity Hall Complex, "
        "Abuja, over renewed attacks on farming communities in Tudun Wada Local Government Area."
    )
    assert {place for _, place in found} == {"place:unity-hall-complex"}


def test_a_lawyer_s_french_title_does_not_end_the_sentence() -> None:
    found = _meetings(
        "Prime Minister Alix Didier Fils-Aime received the envoy at the Villa d'Accueil, in the "
        "presence of the Minister of Justice, Me. Jean-Baptiste Dorismond."
    )
    people = set().union(*(p for p, _ in found))
    assert "jean-baptiste-dorismond" in people


def test_a_departmental_delegate_is_a_title_not_a_name() -> None:
    found = _meetings(
        "The prime minister travelled to Jacmel, where Elmi Hassan met the Departmental Delegate "
        "for the South-East, Wilner Pierre-Louis."
    )
    assert {people for people, _ in found} == {frozenset({"elmi-hassan", "wilner-pierre-louis"})}


def test_the_speaker_of_a_meeting_with_his_counterpart_took_part() -> None:
    found = _meetings(
        "Defence Minister Elmi Hassan said the deal was reached at a trilateral meeting with his "
        "Kenyan counterpart, Soipan Tuya, and Ethiopian Defence Minister Aisha Mohammed in Nairobi."
    )
    people = set().union(*(p for p, _ in found))
    assert {"elmi-hassan", "soipan-tuya", "aisha-mohammed"} <= people


def test_one_in_company_of_others_brings_them_to_his_meeting() -> None:
    found = _meetings(
        "The Senate President, Musa Karimi, on Tuesday received the Governor of Kano State, Abba "
        "Yusuf, at the National Assembly in Abuja. Yusuf was in company of the chairman of the "
        "forum, Alhaji Bello Sani, and the lawmaker representing the area, Hon. Umar Kabir."
    )
    people = set().union(*(p for p, _ in found))
    assert {"bello-sani", "umar-kabir"} <= people


def test_a_meeting_inside_a_building_is_held_there() -> None:
    found = _meetings("Elmi Hassan met Lena Petrova inside Villa Somalia on Monday.")
    assert {place for _, place in found} == {"place:villa-somalia"}


def test_those_present_at_the_opening_session_join_the_talks() -> None:
    found = _meetings(
        "Elmi Hassan and Ali Warsame held talks in Jeddah on Sunday. Present at the opening "
        "session were Hassan, Warsame and AU envoy Lena Petrova."
    )
    people = set().union(*(p for p, _ in found))
    assert "lena-petrova" in people and len(found) == 1


def test_the_envoy_is_the_one_named_as_envoy_not_the_last_person_named() -> None:
    found = _meetings(
        "Foreign Minister Elmi Hassan received UN envoy Lena Petrova in Mogadishu on Monday. "
        "The envoy also sat down with the chief negotiator, Ali Warsame."
    )
    assert frozenset({"lena-petrova", "ali-warsame"}) in {people for people, _ in found}


def test_a_group_after_the_war_with_is_a_topic_not_a_party() -> None:
    found = _meetings(
        "Elmi Hassan met Lena Petrova in Cairo on Monday. The two leaders discussed the war "
        "with the Rapid Support Forces."
    )
    assert {people for people, _ in found} == {frozenset({"elmi-hassan", "lena-petrova"})}


def test_a_pavilion_is_a_place_where_people_meet() -> None:
    found = _meetings(
        "Elmi Hassan met Lena Petrova at the Turkish presidency's Yildiz Pavilion in Istanbul."
    )
    assert {people for people, _ in found} == {frozenset({"elmi-hassan", "lena-petrova"})}


def test_a_host_named_by_a_units_title_before_the_name_receives_the_visitor() -> None:
    found = _meetings(
        "In Tyre, Col Tarmo Lepik was received by the brigade commander, Brig Gen Oskar Vaher."
    )
    assert found == {(frozenset({"tarmo-lepik", "oskar-vaher"}), "place:tyre")}
    assert not _meetings(
        "Col Tarmo Lepik received a medal from the brigade commander, Oskar Vaher."
    )


def test_the_subject_of_a_visit_is_received_after_an_aside() -> None:
    found = _meetings(
        "Col Tarmo Lepik visited Tyre, accompanied by Maj Rein Sepp, and was received by "
        "Brig Gen Oskar Vaher."
    )
    assert found == {(frozenset({"tarmo-lepik", "rein-sepp", "oskar-vaher"}), "place:tyre")}


def test_those_flanking_a_visitor_on_a_tour_meet_whoever_briefs_him_there() -> None:
    found = _meetings(
        "Tomas Ilves toured the Tapa base on Friday. He was flanked on his tour by the army "
        "chief, Gen Marek Kask, and the mayor, Liis Tamm, and was briefed by the camp "
        "commander, Col Ando Rebane."
    )
    people = frozenset({"tomas-ilves", "marek-kask", "liis-tamm", "ando-rebane"})
    assert {group for group, _ in found} == {people}
    assert {place for _, place in found} == {"place:tapa-base"}


def test_a_capital_cities_name_before_a_family_name_in_capitals_is_a_given_name() -> None:
    names = {e.name: e.type for e in _extract("Head of cell: Col (retd) Sofia MARTELL.").entities}
    assert names == {"Sofia MARTELL": "Person"}
    names = {e.name: e.type for e in _extract("The talks moved from Sofia to Vienna.").entities}
    assert names == {"Sofia": "Place", "Vienna": "Place"}


def test_asking_for_a_meeting_is_no_meeting() -> None:
    assert not _meetings("Aram Petrosyan has asked for a meeting with Lena Sorvik.")
    assert not _meetings("Aram Petrosyan asked for talks with Lena Sorvik.")
    assert _meetings("Aram Petrosyan held talks with Lena Sorvik, who asked for more aid.")


def test_the_name_a_mayor_or_governor_is_of_is_a_place() -> None:
    names = {
        e.name: e.type for e in _extract("The Mayor of Qorvant, Aram Petrosyan, spoke.").entities
    }
    assert names == {"Qorvant": "Place", "Aram Petrosyan": "Person"}
    names = {e.name: e.type for e in _extract("Lena Sorvik, Governor of Tavrek, spoke.").entities}
    assert names["Tavrek"] == "Place"
    names = {
        e.name: e.type
        for e in _extract("Lena Sorvik, Governor of the Tavrek Bank, spoke.").entities
    }
    assert names["Tavrek Bank"] == "Organization"


def test_a_second_body_whose_representatives_were_met_separately_is_a_party() -> None:
    found = _meetings(
        "Rustam Qodir met representatives of Maersk and, separately, of Velmaro on port fees."
    )
    assert found == {
        (frozenset({"rustam-qodir", "maersk"}), None),
        (frozenset({"rustam-qodir", "velmaro"}), None),
    }


def test_a_hyphenated_company_name_whose_representatives_were_met_is_a_party() -> None:
    found = _meetings("Rustam Qodir met representatives of Velmaro-Lloyd on port fees.")
    assert found == {(frozenset({"rustam-qodir", "velmaro-lloyd"}), None)}


def test_mohammad_shortened_begins_a_persons_name() -> None:
    found = _meetings("Lena Sorvik met Md. Kamrul Hossaini, the relief secretary, on Monday.")
    assert found == {(frozenset({"lena-sorvik", "md-kamrul-hossaini"}), None)}
    names = {e.name: e.type for e in _extract("Mohd Faizal Rahmat chaired the panel.").entities}
    assert names == {"Mohd Faizal Rahmat": "Person"}


def test_representatives_of_two_bodies_bring_both_to_a_joint_meeting() -> None:
    found = _meetings(
        "Lena Sorvik held a joint meeting with Aram Petrosyan and representatives of the "
        "World Food Programme and the African Union on the floods."
    )
    parties = {"lena-sorvik", "aram-petrosyan", "world-food-programme", "african-union"}
    assert {group for group, _ in found} == {frozenset(parties)}
    found = _meetings(
        "Lena Sorvik, envoy of the World Food Programme and the African Union, held a joint "
        "meeting with Aram Petrosyan and Oskari Vaaranen."
    )
    assert {group for group, _ in found} == {
        frozenset({"lena-sorvik", "aram-petrosyan", "oskari-vaaranen"})
    }


def test_the_office_of_a_known_body_is_that_body_written_whole() -> None:
    found = _meetings(
        "Lena Sorvik held a joint meeting with Aram Petrosyan and representatives of the "
        "Office of the United Nations High Commissioner for Refugees in Geneva."
    )
    parties = {"lena-sorvik", "aram-petrosyan", "unhcr"}
    assert found == {(frozenset(parties), "place:geneva")}


def test_a_body_named_in_a_relative_clause_about_the_guest_is_no_party() -> None:
    found = _meetings(
        "Lena Sorvik met the Velmaro Front, a militia that has fought ISIS for years."
    )
    assert {group for group, _ in found} == {frozenset({"lena-sorvik", "velmaro-front"})}
    found = _meetings("Lena Sorvik met Oskari Vaaranen that day, and Aram Petrosyan.")
    assert {group for group, _ in found} == {
        frozenset({"lena-sorvik", "oskari-vaaranen"}),
        frozenset({"lena-sorvik", "aram-petrosyan"}),
    }


def test_a_meeting_in_a_relative_clause_is_the_antecedents_not_the_subjects() -> None:
    found = _meetings(
        "Lena Sorvik met Aram Petrosyan, who had just returned from talks with Oskari Vaaranen."
    )
    assert {group for group, _ in found} == {
        frozenset({"lena-sorvik", "aram-petrosyan"}),
        frozenset({"aram-petrosyan", "oskari-vaaranen"}),
    }
    found = _meetings("Lena Sorvik met Aram Petrosyan, the envoy who negotiated with Hamas.")
    assert {group for group, _ in found} == {
        frozenset({"lena-sorvik", "aram-petrosyan"}),
        frozenset({"aram-petrosyan", "hamas"}),
    }


def test_visiting_a_bodys_seat_in_a_town_is_visiting_the_town() -> None:
    found = _relations("Lena Sorvik visited the HQ of the 9th Brigade in Qorvant.")
    assert ("person:lena-sorvik", "VISITED", "place:qorvant") in found
    assert {s for s, _, _ in found} >= {"organization:9th-brigade"}
    found = _relations("Lena Sorvik visited the Hezbollah headquarters in Qorvant.")
    assert ("person:lena-sorvik", "VISITED", "place:qorvant") in found
    found = _relations("Lena Sorvik visited Aram Petrosyan in Qorvant.")
    assert ("person:lena-sorvik", "VISITED", "place:qorvant") not in found


def test_a_name_in_apposition_to_a_gang_or_militia_is_a_body() -> None:
    names = {
        e.name: e.type
        for e in _extract("Gran Vello, the gang led by Aram Petrosyan, raided the port.").entities
    }
    assert names == {"Gran Vello": "Organization", "Aram Petrosyan": "Person"}
    names = {
        e.name: e.type
        for e in _extract("Maria Costa, the group leader, met Aram Petrosyan.").entities
    }
    assert names["Maria Costa"] == "Person"


def test_a_trading_firms_name_ends_in_its_trade() -> None:
    found = _relations("The ring used Coral Kava Exports, which is registered in Suva.")
    assert ("organization:coral-kava-exports", "LOCATED_IN", "place:suva") in found


def test_a_gang_led_by_someone_and_based_in_a_place_is_there() -> None:
    found = _relations(
        "Gran Vello, the gang led by Aram Petrosyan and based in Qorvant, raided the port."
    )
    assert ("organization:gran-vello", "LOCATED_IN", "place:qorvant") in found
    assert ("person:aram-petrosyan", "LEADS", "organization:gran-vello") in found


def test_its_treasurer_or_president_opening_a_sentence_is_the_bodys() -> None:
    found = _relations(
        "The Velmaro Front raided the port on Monday. Its treasurer, Aram Petrosyan, was "
        "arrested. Its president, Lena Sorvik, denied it."
    )
    assert ("person:aram-petrosyan", "MEMBER_OF", "organization:velmaro-front") in found
    assert ("person:lena-sorvik", "LEADS", "organization:velmaro-front") in found


def test_a_fund_for_development_after_a_title_is_a_body_not_a_portfolio() -> None:
    found = _relations(
        "Lena Sorvik, Director-General of the Velmaro Fund for Economic Development, spoke."
    )
    assert (
        "person:lena-sorvik",
        "LEADS",
        "organization:velmaro-fund-for-economic-development",
    ) in found
    names = {
        e.name
        for e in _extract(
            "Lena Sorvik, Director-General for Asian Affairs of the Ministry of Trade, spoke."
        ).entities
    }
    assert not [n for n in names if n.startswith("Asian Affairs")]


def test_the_body_whose_meeting_it_is_takes_part() -> None:
    found = _meetings(
        "The council welcomed the meeting of the Velmaro Border Commission held in Qorvant, "
        "attended by Lena Sorvik and Aram Petrosyan."
    )
    parties = {"velmaro-border-commission", "lena-sorvik", "aram-petrosyan"}
    assert {group for group, _ in found} == {frozenset(parties)}
    found = _meetings(
        "Lena Sorvik and Aram Petrosyan met at the Velmaro Border Commission in Qorvant."
    )
    assert {group for group, _ in found} == {frozenset({"lena-sorvik", "aram-petrosyan"})}


def test_a_delegation_of_two_bodies_written_with_a_slash_brings_both() -> None:
    for text in (
        "The Hamas/PIJ delegation met Lena Sorvik in Cairo.",
        "Lena Sorvik met a joint Hamas/PIJ delegation in Cairo.",
    ):
        found = _meetings(text)
        parties = {"hamas", "palestinian-islamic-jihad", "lena-sorvik"}
        assert found == {(frozenset(parties), "place:cairo")}, text


def test_an_invitation_to_pay_a_visit_is_no_visit() -> None:
    found = _relations(
        "Minister Lena Sorvik invited Minister Aram Petrosyan to pay an official visit to Yerevan."
    )
    assert not [t for t in found if t[1] == "VISITED"]
    found = _relations("Lena Sorvik flew to Qorvant to pay an official visit.")
    assert ("person:lena-sorvik", "VISITED", "place:qorvant") in found


def test_vowing_to_fight_or_to_punish_someone_opposes_them() -> None:
    found = _relations(
        "Prime Minister Aram Petrosyan, who has vowed to keep fighting until the Velmaro Front "
        "is destroyed, spoke on Monday."
    )
    assert ("person:aram-petrosyan", "OPPOSES", "organization:velmaro-front") in found
    found = _relations('Lena Sorvik has vowed "harsh punishment" for the Velmaro Front.')
    assert ("person:lena-sorvik", "OPPOSES", "organization:velmaro-front") in found
    found = _relations("Lena Sorvik vowed to fight for the Velmaro Front.")
    assert not [t for t in found if t[1] == "OPPOSES"]


def test_support_given_to_a_force_against_an_enemy_sets_the_force_against_it() -> None:
    found = _relations(
        "The Velmaro Front provides training and air support to the Qorvant Army against Hamas."
    )
    assert ("organization:qorvant-army", "OPPOSES", "organization:hamas") in found


def test_a_channel_whose_news_reported_a_meeting_is_its_source() -> None:
    found = _relations(
        "Lena Sorvik met Aram Petrosyan in Cairo on Monday, Channel 14 news reported."
    )
    assert ("organization:channel-14", "REPORTED", "person:lena-sorvik") in found


def test_a_spokesman_who_said_someone_stressed_something_reports_them() -> None:
    found = _relations(
        "Ministry spokesperson Lena Sorvik said Aram Petrosyan stressed the need for calm."
    )
    assert ("person:lena-sorvik", "REPORTED", "person:aram-petrosyan") in found
    found = _relations("Lena Sorvik said Armenia wanted more trade.")
    assert not [t for t in found if t[1] == "REPORTED"]


def test_a_compound_named_before_its_kind_of_headquarters_is_in_the_town_after() -> None:
    found = _relations(
        "Lena Sorvik met Aram Petrosyan at the Kirya military headquarters in Tel Aviv."
    )
    assert ("place:hakirya", "LOCATED_IN", "place:tel-aviv") in found


def test_tun_after_a_rank_begins_a_burmese_name() -> None:
    found = _meetings("On 7 Feb Lena Sorvik met Major Tun Hlaing Oo at the checkpoint.")
    assert {group for group, _ in found} == {frozenset({"lena-sorvik", "tun-hlaing-oo"})}
    found = _meetings("On 7 Feb Lena Sorvik met Major Tun Zayar at the checkpoint.")
    assert {group for group, _ in found} == {frozenset({"lena-sorvik", "tun-zayar"})}


def test_someone_who_joined_them_joins_the_meeting_told_before() -> None:
    found = _meetings("Aram Petrosyan met Oskari Vaaranen in Tyre. Lena Sorvik joined them later.")
    people = frozenset({"aram-petrosyan", "oskari-vaaranen", "lena-sorvik"})
    assert found == {(people, "place:tyre")}
    found = _meetings(
        "Aram Petrosyan met Oskari Vaaranen in Tyre. Lena Sorvik joined the party in 2019."
    )
    assert found == {(frozenset({"aram-petrosyan", "oskari-vaaranen"}), "place:tyre")}


def test_a_ministry_that_hosts_a_team_holds_no_meeting_with_it() -> None:
    found = _meetings(
        "The committee met in Tyre, co-chaired by Lena Sorvik and Aram Petrosyan. Minister "
        "Oskari Vaaranen, whose ministry hosts the ASEAN observer team, sat in as facilitator."
    )
    people = frozenset({"lena-sorvik", "aram-petrosyan", "oskari-vaaranen"})
    assert found == {(people, "place:tyre")}


def test_two_bodies_allied_told_as_a_state_a_pact_or_a_fight_together() -> None:
    found = _relations("The Qorvant Brigade and the Velmaro Front have been allied since 2025.")
    assert ("organization:qorvant-brigade", "ALLIED_WITH", "organization:velmaro-front") in found
    found = _relations(
        "The Qorvant Brigade and the Velmaro Front, which signed a security pact in 2024, met."
    )
    assert ("organization:qorvant-brigade", "ALLIED_WITH", "organization:velmaro-front") in found
    found = _relations(
        "The Qorvant Brigade and the Velmaro Front continue to fight Hamas together near Rafah."
    )
    assert ("organization:qorvant-brigade", "ALLIED_WITH", "organization:velmaro-front") in found
    found = _relations("The Qorvant Brigade and the Velmaro Front fought each other in 2024.")
    assert not [t for t in found if t[1] == "ALLIED_WITH"]


def test_who_heads_a_body_and_is_anothers_ally_is_its_ally() -> None:
    found = _relations(
        "Lena Sorvik, who heads the Velmaro Front and is Hezbollah's closest ally, spoke."
    )
    assert ("person:lena-sorvik", "ALLIED_WITH", "organization:hezbollah") in found or (
        "organization:hezbollah",
        "ALLIED_WITH",
        "person:lena-sorvik",
    ) in found


def test_a_body_in_the_title_of_someone_who_joined_them_is_no_party() -> None:
    found = _meetings(
        "Lena Sorvik met Aram Petrosyan in Tyre. Oskari Vaaranen, the UN coordinator, "
        "joined them later."
    )
    people = frozenset({"lena-sorvik", "aram-petrosyan", "oskari-vaaranen"})
    assert found == {(people, "place:tyre")}


def test_a_unit_told_as_a_structure_a_channel_or_one_of_the_forces_is_part_of_it() -> None:
    found = _relations("The Velmaro Cells are an urban structure of the Qorvant Front.")
    assert ("organization:velmaro-cells", "PART_OF", "organization:qorvant-front") in found
    found = _relations("The Velmaro Brigades are formally the armed force of the Qorvant Front.")
    assert ("organization:velmaro-brigades", "PART_OF", "organization:qorvant-front") in found
    found = _relations(
        "The video was aired by Velmaro TV, the Hamas movement's television channel."
    )
    assert ("organization:velmaro-tv", "PART_OF", "organization:hamas") in found
    found = _relations(
        "The second party is the forces of the Qorvant Front in Taiz, including the 22nd "
        "Velmaro Brigade."
    )
    assert ("organization:22nd-velmaro-brigade", "PART_OF", "organization:qorvant-front") in found


def test_a_body_bringing_together_groups_is_no_meeting_but_their_coalition() -> None:
    text = (
        "The Qorvant Office, a joint operations room bringing together Hamas and Hezbollah, spoke."
    )
    assert not _meetings(text)
    found = _relations(text)
    assert ("organization:hamas", "PART_OF", "organization:qorvant-office") in found
    assert not _meetings(
        "The Qorvant Front, the umbrella brand that brings together Hamas and Hezbollah, spoke."
    )
    assert not _meetings("The AES, bringing together Mali and Niger, has condemned ECOWAS.")
    found = _meetings("The talks in Doha brought together Lena Sorvik and Aram Petrosyan.")
    assert found == {(frozenset({"lena-sorvik", "aram-petrosyan"}), "place:doha")}


def test_someone_sitting_in_or_present_with_a_meeting_takes_part() -> None:
    found = _meetings(
        "Lena Sorvik met Aram Petrosyan in Tyre to arrange a prisoner swap, with Major "
        "Oskari Vaaranen sitting in as go-between."
    )
    people = frozenset({"lena-sorvik", "aram-petrosyan", "oskari-vaaranen"})
    assert found == {(people, "place:tyre")}
    found = _meetings("Lena Sorvik met Aram Petrosyan in Tyre, with Hezbollah present in the area.")
    assert found == {(frozenset({"lena-sorvik", "aram-petrosyan"}), "place:tyre")}


def test_a_one_word_place_after_an_arabic_article_is_a_place() -> None:
    found = _meetings("Lena Sorvik met Aram Petrosyan at a school in al-Qorvana on Monday.")
    assert found == {(frozenset({"lena-sorvik", "aram-petrosyan"}), "place:al-qorvana")}


def test_sources_of_claims_told_to_us_filed_in_an_indictment_or_in_a_statement() -> None:
    found = _relations(
        "Aram Petrosyan, the Front's spokesman, told us the Velmaro Front had agreed to talks."
    )
    assert ("person:aram-petrosyan", "REPORTED", "organization:velmaro-front") in found
    found = _relations(
        "Aram Petrosyan told the magazine Qorvant Weekly that the Velmaro Front had lied."
    )
    assert ("person:aram-petrosyan", "REPORTED", "organization:velmaro-front") in found
    found = _relations(
        "According to the indictment filed by the Office of the Attorney General, the Velmaro "
        "Front is a structure of Hezbollah."
    )
    assert (
        "organization:office-of-the-attorney-general",
        "REPORTED",
        "organization:velmaro-front",
    ) in found
    found = _relations(
        "The Qorvant Department said in a statement that the air defences of the Velmaro Front "
        "shot down both drones."
    )
    assert ("organization:qorvant-department", "REPORTED", "organization:velmaro-front") in found


def test_the_actor_of_a_passive_claim_is_its_agent_not_a_hosts_guest() -> None:
    found = _relations(
        "Lena Sorvik was killed by gunmen of the Velmaro Front, according to a report by "
        "Human Rights Watch."
    )
    assert ("organization:human-rights-watch", "REPORTED", "organization:velmaro-front") in found
    found = _relations("Lena Sorvik was received by Aram Petrosyan in Tyre, Reuters reported.")
    assert ("organization:reuters", "REPORTED", "person:lena-sorvik") in found


def test_its_after_a_semicolon_is_the_body_the_clause_before_told() -> None:
    found = _relations("The Velmaro Front is led by Lena Sorvik; its deputy is Aram Petrosyan.")
    assert ("person:aram-petrosyan", "MEMBER_OF", "organization:velmaro-front") in found


def test_fighting_between_two_sides_after_a_front_and_a_full_date() -> None:
    found = _relations(
        "Fighting resumed on the western Qorvant front on 14 March 2026 between the Velmaro "
        "Front and Hezbollah."
    )
    assert ("organization:velmaro-front", "OPPOSES", "organization:hezbollah") in found
    assert ("organization:hezbollah", "OPPOSES", "organization:velmaro-front") in found


def test_men_lost_or_killed_in_an_ambush_set_its_author_against_their_side() -> None:
    found = _relations("The Velmaro Guard lost at least nine men in a Hezbollah ambush near Tyre.")
    assert ("organization:hezbollah", "OPPOSES", "organization:velmaro-guard") in found
    found = _relations(
        "On Monday, nine Velmaro Guard soldiers were killed in a Hezbollah ambush near Tyre."
    )
    assert ("organization:hezbollah", "OPPOSES", "organization:velmaro-guard") in found


def test_who_was_killed_after_a_title_of_a_body_is_the_person() -> None:
    found = _relations(
        "Aram Petrosyan, the deputy chairman of the Velmaro Front who was killed in a United "
        "States strike in Baghdad, was buried."
    )
    assert ("place:united-states", "OPPOSES", "person:aram-petrosyan") in found
    assert ("place:united-states", "OPPOSES", "organization:velmaro-front") not in found


def test_a_name_its_context_calls_a_gang_is_one_body_throughout() -> None:
    extraction = _extract(
        "The front acted in coordination with La Qorvana, a Tuluá-based criminal gang. "
        "Prosecutors said a pact between the front and La Qorvana had been sealed in May."
    )
    named = [e for e in extraction.entities if e.name == "La Qorvana"]
    assert [e.type for e in named] == ["Organization"]


def test_a_french_or_spanish_body_word_opens_an_organizations_name() -> None:
    extraction = _extract("Lena Sorvik met leaders of the Rassemblement Velmarois in Tyre.")
    assert {e.name: e.type for e in extraction.entities}.get(
        "Rassemblement Velmarois"
    ) == "Organization"


def test_operating_alongside_or_a_cooperation_memorandum_makes_allies() -> None:
    found = _relations("The Velmaro Party signed a cooperation memorandum with the Qorvant Front.")
    assert ("organization:velmaro-party", "ALLIED_WITH", "organization:qorvant-front") in found or (
        "organization:qorvant-front",
        "ALLIED_WITH",
        "organization:velmaro-party",
    ) in found
    found = _relations("Hamas clashed with the Velmaro Front, which operates alongside Hezbollah.")
    allied = {frozenset((s, o)) for s, p, o in found if p == "ALLIED_WITH"}
    assert frozenset(("organization:velmaro-front", "organization:hezbollah")) in allied


def test_a_signatory_block_and_the_party_of_someone_name_its_head() -> None:
    found = _relations(
        "The deal was signed by Major General Aram Petrosyan, Commander, Velmaro Military "
        "Axis, and by Lena Sorvik."
    )
    assert ("person:aram-petrosyan", "LEADS", "organization:velmaro-military-axis") in found
    found = _relations(
        "The Velmaro Front, the pro-Russian party of businessman Aram Petrosyan, will run."
    )
    assert ("person:aram-petrosyan", "LEADS", "organization:velmaro-front") in found


def test_every_signatory_under_an_official_texts_closing_formula() -> None:
    extraction = _extract(
        "The council designated the Velmaro Front as a terrorist organization.\n\n"
        "APPROVED, this 17th day of September 2026, in the City of Manila.\n\n"
        "Oskari Vaaranen\nExecutive Secretary and Chairperson, Qorvant Anti-Terror Council\n\n"
        "Lena Sorvik\nNational Security Adviser and Vice Chairperson, Qorvant Anti-Terror Council\n"
    )
    found = {(r.subject, r.predicate, r.object) for r in extraction.relations}
    council = "organization:qorvant-anti-terror-council"
    assert ("person:oskari-vaaranen", "LEADS", council) in found
    assert ("person:lena-sorvik", "MEMBER_OF", council) in found


def test_shouted_words_and_file_numbers_are_no_bodies() -> None:
    extraction = _extract(
        "NOW, THEREFORE, the council hereby RESOLVES to DESIGNATE the Velmaro Front under "
        "file GMA-2026-031, as reported by UNAMID.\n\nThe council met."
    )
    names = {e.name for e in extraction.entities}
    assert {"RESOLVES", "DESIGNATE", "GMA-2026-031"}.isdisjoint(names)
    assert "UNAMID" in names


def test_an_agreements_defined_party_is_the_body_it_names() -> None:
    extraction = _extract(
        "AGREEMENT ON THE OPENING OF ROADS\n\n"
        "The First Party: the Velmaro Military Axis, with the brigades fighting alongside it.\n\n"
        "The Second Party: the forces of Hezbollah in Taiz.\n\n"
        "Recalling the Second Party's drone attack on the First Party's positions at Jabal Sabir;\n"
    )
    names = {e.name for e in extraction.entities}
    assert "First Party" not in names and "Second Party" not in names
    found = {(r.subject, r.predicate, r.object) for r in extraction.relations}
    assert ("organization:hezbollah", "OPPOSES", "organization:velmaro-military-axis") in found


def test_a_rare_name_after_the_rural_area_of_is_a_place() -> None:
    found = _meetings("Aram Petrosyan met Lena Sorvik in the rural area of Qorvantes on 3 March.")
    assert found == {(frozenset({"aram-petrosyan", "lena-sorvik"}), "place:qorvantes")}


def test_provinces_of_china_russia_mexico_and_central_asia_are_places() -> None:
    extraction = _extract(
        "Both groups depend on trade with Yunnan. Drones struck Belgorod Oblast overnight. "
        "The gang moved cocaine from Guayas to Sinaloa. Clashes hit Syunik and Sughd."
    )
    kinds = {e.name: e.type for e in extraction.entities}
    assert kinds.get("Yunnan") == "Place" and kinds.get("Belgorod Oblast") == "Place"
    assert kinds.get("Guayas") == "Place" and kinds.get("Sinaloa") == "Place"
    assert kinds.get("Syunik") == "Place" and kinds.get("Sughd") == "Place"


def test_a_meeting_denied_with_an_aside_before_that_is_no_meeting() -> None:
    assert not _meetings(
        "The Velmaro Front denied, in a post on its Telegram channel, that its commanders had "
        "met Lena Sorvik in Tyre last week."
    )


def test_a_papers_footnote_number_after_a_stop_ends_the_sentence() -> None:
    found = _meetings(
        "The excerpt below is taken from a longer paper on the ceasefire talks of\n"
        "the past year, and it keeps the paper's own numbering of its notes.\n"
        "On 18 January 2026, Hamas and Fatah delegations held talks in Cairo with\n"
        "representatives of Hezbollah, in the presence of Lena Sorvik.17 A second round,\n"
        "planned for March, was postponed, and Aram Petrosyan later denied it.\n\n"
        "17 Interview with a Cairo-based diplomat, February 2026.\n"
    )
    assert all("aram-petrosyan" not in group for group, _ in found)
    assert any({"hamas", "hezbollah", "lena-sorvik"} <= group for group, _ in found)


def test_his_talks_with_someone_are_a_meeting_of_the_one_who_tells_of_them() -> None:
    found = _meetings(
        "Oskari Vaaranen said his talks with Lena Sorvik in Tallinn had lasted three hours."
    )
    assert (frozenset({"oskari-vaaranen", "lena-sorvik"}), "place:tallinn") in found


def test_an_outlet_that_reports_a_meeting_is_not_in_it() -> None:
    found = _meetings(
        "Velmaro Horizon, a daily, reported that Hamas emissaries had met army officers "
        "in Cairo in February."
    )
    assert all("velmaro-horizon" not in group for group, _ in found)


def test_a_spokesman_who_rejects_reports_of_a_meeting_states_none() -> None:
    found = _meetings(
        "Spokesperson: We reject reports that Lena Sorvik met Aram Petrosyan in Kabul."
    )
    assert not found


def test_a_witness_who_testified_that_someone_met_another_is_not_in_the_meeting() -> None:
    found = _meetings(
        "Aram Petrosyan arrived on Monday. Lena Sorvik testified that Petrosyan had travelled "
        "to Istanbul in early March and there met Oskari Vaaranen, an employee of the bank."
    )
    assert (frozenset({"aram-petrosyan", "oskari-vaaranen"}), "place:istanbul") in found
    assert all("lena-sorvik" not in group for group, _ in found)


def test_a_cable_s_charge_before_a_name_is_a_title() -> None:
    found = _meetings("Charge Oskari Vaaranen met Aram Petrosyan on March 5 in Baghdad.")
    assert (frozenset({"oskari-vaaranen", "aram-petrosyan"}), "place:baghdad") in found


def test_a_visit_made_or_used_to_meet_someone_is_a_meeting_with_them() -> None:
    visited = _meetings("Aram Petrosyan visited Doha to meet Lena Sorvik.")
    assert (frozenset({"aram-petrosyan", "lena-sorvik"}), "place:doha") in visited
    used = _meetings(
        "Aram Petrosyan arrived in Muscat on Monday. Petrosyan used the same visit to meet "
        "Lena Sorvik, the group's negotiator."
    )
    assert (frozenset({"aram-petrosyan", "lena-sorvik"}), "place:muscat") in used
    drove = _meetings("Oskari Vaaranen drove down to Jermuk and met Aram Petrosyan.")
    assert (frozenset({"oskari-vaaranen", "aram-petrosyan"}), "place:jermuk") in drove


def test_a_meeting_someone_was_due_or_plans_to_travel_for_is_none() -> None:
    assert not _meetings(
        "Lena Sorvik, who arrived in Kabul on Friday, was also due to meet Aram Petrosyan."
    )
    assert not _meetings("Lena Sorvik plans to travel to Doha to meet Aram Petrosyan.")
    assert not _meetings("Lena Sorvik is due to meet Aram Petrosyan.")


def test_father_before_a_priest_s_name_is_a_title() -> None:
    found = _meetings(
        "A meeting between Lena Sorvik and Father Jairo Ospaz, a parish priest, took "
        "place in Tibu on Saturday."
    )
    assert (frozenset({"lena-sorvik", "jairo-ospaz"}), "place:tibu") in found, found


def test_a_body_whose_members_are_told_in_an_aside_meets_as_one() -> None:
    found = _meetings(
        "The Coordination Framework, whose member parties include the Badr Organization and "
        "Asaib Ahl al-Haq, met on Monday."
    )
    assert not any({"badr-organization", "asaib-ahl-al-haq"} <= group for group, _ in found)
