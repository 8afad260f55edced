"""Where a meeting happened, from report-level context (sentences written for the test):
the title's venue, 'the city of X' phrases, and a dateline that is only a dateline."""

from __future__ import annotations

import pytest

from actorgraph.extract.report import extract
from actorgraph.read.inputs import read_text


def _meetings(text: str) -> dict[frozenset[str], str | None]:
    extraction = extract(read_text(text, "report.txt"))
    return {frozenset(p.id for p in e.participants): e.place for e in extraction.events
            if e.is_meeting}  # fmt: skip


def _visited(text: str) -> set[tuple[str, str]]:
    extraction = extract(read_text(text, "report.txt"))
    return {(r.subject, r.object) for r in extraction.relations if r.predicate == "VISITED"}


PAIR = frozenset({"person:sergey-lavrov", "person:wang-yi"})


def test_the_title_venue_places_a_meeting_the_body_leaves_unplaced() -> None:
    text = (
        "Lavrov and Wang Yi hold talks in Beijing\n"
        "Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi on "
        "Tuesday, the ministry said.\n"
    )
    assert _meetings(text)[PAIR] == "place:beijing"


def test_a_settlement_phrase_names_the_place() -> None:
    text = (
        "Diplomacy roundup\n"
        "Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in the "
        "port city of Vladivostok on Tuesday.\n"
    )
    assert _meetings(text)[PAIR] == "place:vladivostok"


def test_a_dateline_alone_is_not_the_meeting_place() -> None:
    text = (
        "Diplomacy roundup\n"
        "MOSCOW (Wire) - Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister "
        "Wang Yi on Tuesday to discuss trade.\n"
    )
    assert _meetings(text)[PAIR] is None


def test_a_visit_scopes_the_meetings_of_the_visitor() -> None:
    text = (
        "Diplomacy roundup\n"
        "Chinese Foreign Minister Wang Yi arrived in Vientiane on Monday. "
        "Wang Yi later met Russian Foreign Minister Sergey Lavrov on the sidelines.\n"
    )
    assert _meetings(text)[PAIR] == "place:vientiane"


def test_the_venue_of_the_meeting_being_told_places_the_next_meeting() -> None:
    text = (
        "Diplomacy roundup\n"
        "At Friday's meeting in the Laotian capital, Vientiane, delegates spoke of trade. "
        "Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi, "
        "officials said.\n"
    )
    assert _meetings(text)[PAIR] == "place:vientiane"


def test_an_earlier_meeting_does_not_take_the_place_being_told() -> None:
    text = (
        "Diplomacy roundup\n"
        "Chinese Foreign Minister Wang Yi arrived in Vientiane on Monday. "
        "Earlier, Wang Yi held talks with Russian Foreign Minister Sergey Lavrov.\n"
    )
    assert _meetings(text)[PAIR] is None


def test_a_role_with_a_nationality_names_the_last_person_of_that_country() -> None:
    text = (
        "Diplomacy roundup\n"
        "Chinese Foreign Minister Wang Yi arrived in Vientiane on Monday. "
        "Russian Foreign Minister Sergey Lavrov hosted the Chinese foreign minister on Tuesday.\n"
    )
    assert _meetings(text)[PAIR] == "place:vientiane"


def test_the_place_a_title_holder_serves_in_is_not_the_meeting_place() -> None:
    text = (
        "Diplomacy roundup\n"
        "Russia's ambassador in Kazan, Sergey Lavrov, met the Chinese envoy, Wang Yi, in "
        "Vladivostok on Tuesday to discuss trade.\n"
    )
    assert _meetings(text)[PAIR] == "place:vladivostok"


def test_a_title_before_the_place_of_a_headline_meeting_keeps_that_place() -> None:
    text = (
        "Chinese envoy meets Russian foreign minister in Vladivostok\n"
        "Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergey Lavrov on "
        "Tuesday, the ministry said.\n"
    )
    assert _meetings(text)[PAIR] == "place:vladivostok"


def test_a_town_the_dictionary_lacks_is_the_place_of_a_journey_and_its_meeting() -> None:
    text = (
        "Diplomacy roundup\n"
        "Wang Yi flew to Zhuqiaotown on Tuesday, where he met Russian Foreign Minister "
        "Sergey Lavrov.\n"
    )
    assert _meetings(text)[PAIR] == "place:zhuqiaotown"


def test_a_capital_named_after_its_country_is_the_city() -> None:
    text = (
        "Diplomacy roundup\n"
        "Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in "
        "Djibouti City on Tuesday.\n"
    )
    assert _meetings(text)[PAIR] == "place:djibouti-city"


def test_a_later_detail_names_the_venue_of_a_meeting_told_in_a_country() -> None:
    text = (
        "Diplomacy roundup\n"
        "Russian Foreign Minister Sergey Lavrov arrived in China on Monday and held talks with "
        "Chinese Foreign Minister Wang Yi.\n"
        "Lavrov, who met Wang Yi at the Qingshan Guest House, later toured a port.\n"
    )
    assert _meetings(text)[PAIR] == "place:qingshan-guest-house"


def test_a_later_place_of_another_country_does_not_move_the_meeting() -> None:
    text = (
        "Diplomacy roundup\n"
        "Russian Foreign Minister Sergey Lavrov held talks with Chinese Foreign Minister Wang "
        "Yi in China on Monday.\n"
        "Lavrov, who met Wang in Moscow in May, praised the ties.\n"
    )
    assert _meetings(text)[PAIR] == "place:china"


def test_the_talks_were_held_at_a_venue_refines_the_city() -> None:
    text = (
        "Diplomacy roundup\n"
        "Russian Foreign Minister Sergey Lavrov held talks with Chinese Foreign Minister Wang "
        "Yi in Beijing on Monday.\n"
        "The talks were first held at the Qingshan Guest House and then over lunch.\n"
    )
    assert _meetings(text)[PAIR] == "place:qingshan-guest-house"


def test_a_sentence_of_two_meetings_does_not_move_an_earlier_one() -> None:
    text = (
        "Diplomacy roundup\n"
        "Russian Foreign Minister Sergey Lavrov held talks with Chinese Foreign Minister Wang "
        "Yi in Beijing on Monday.\n"
        "The talks between Lavrov and Wang came as a meeting between Xi Jinping and Vladimir "
        "Putin was held at the Qingshan Guest House.\n"
    )
    assert _meetings(text)[PAIR] == "place:beijing"


def test_a_venue_is_not_a_second_visit_when_the_visit_to_its_country_is_told() -> None:
    text = (
        "Diplomacy roundup\n"
        "Sergey Lavrov arrived in Iraq on Monday.\n"
        "Lavrov met Iraqi Foreign Minister Fuad Hussein at Baghdad International Airport.\n"
    )
    extraction = extract(read_text(text, "report.txt"))
    visited = {r.object for r in extraction.relations if r.predicate == "VISITED"}
    pair = frozenset({"person:sergey-lavrov", "person:fuad-hussein"})
    assert _meetings(text)[pair] == "place:baghdad-international-airport"
    assert visited == {"place:iraq"}


def test_a_later_meeting_takes_the_town_of_the_venue_not_a_topics_place() -> None:
    text = (
        "Diplomacy roundup\n"
        "Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergey Lavrov at the "
        "Qingshan Guest House in Beijing on Monday.\n"
        "Lavrov thanked the Chinese side for hosting talks in Kunming.\n"
        "Afterwards, Wang Yi received Iranian Foreign Minister Abbas Araghchi.\n"
    )
    pair = frozenset({"person:wang-yi", "person:abbas-araghchi"})
    assert _meetings(text)[pair] == "place:beijing"


def test_speaking_from_a_place_after_a_meeting_places_it() -> None:
    text = (
        "Diplomacy roundup\n"
        "Speaking from Vladivostok after a meeting with Chinese Foreign Minister Wang Yi, "
        "Russian Foreign Minister Sergey Lavrov said ties were strong.\n"
    )
    assert _meetings(text)[PAIR] == "place:vladivostok"


def test_a_foreign_delegation_at_a_meeting_visited_its_place() -> None:
    text = (
        "Diplomacy roundup\n"
        "Russian Foreign Minister Sergey Lavrov received a Hamas delegation in Moscow on "
        "Monday.\n"
        "Lavrov also met Hezbollah officials in Moscow.\n"
    )
    visited = _visited(text)
    assert ("organization:hamas", "place:moscow") in visited
    assert ("organization:hezbollah", "place:moscow") not in visited  # not said to travel


def test_only_the_organization_named_as_the_delegation_travels() -> None:
    text = (
        "Diplomacy roundup\n"
        "A Russian delegation headed by Deputy Foreign Minister Mikhail Bogdanov met Hamas "
        "officials in Cairo on Sunday.\n"
        "A delegation of the armed Houthi movement held consultations in Muscat with Omani "
        "Foreign Minister Badr Albusaidi.\n"
    )
    visited = _visited(text)
    assert ("organization:hamas", "place:cairo") not in visited  # the Russians travelled
    assert ("person:mikhail-bogdanov", "place:cairo") in visited
    assert any(s.startswith("organization:houthi") and o == "place:muscat" for s, o in visited)


def test_attended_the_meeting_at_a_venue_places_it_there() -> None:
    text = (
        "Diplomacy roundup\n"
        "Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Moscow "
        "on Monday. Lavrov was accompanied by his deputy Andrei Rudenko, who also attended "
        "the meeting at Villa Ognyovo.\n"
    )
    assert _meetings(text)[PAIR | {"person:andrei-rudenko"}] == "place:villa-ognyovo"


def test_names_of_places_that_begin_with_camp_villa_lake() -> None:
    extraction = extract(
        read_text(
            "Sahel roundup\nFrench troops left Camp Simba and patrolled around Lake Chad.\n",
            "report.txt",
        )
    )
    names = {e.name: e.type for e in extraction.entities}
    assert names.get("Camp Simba") == "Place" and names.get("Lake Chad") == "Place"
    assert "Chad" not in names


def test_a_meeting_in_a_country_is_in_the_city_the_visitor_arrived_in() -> None:
    text = (
        "Diplomacy roundup\n"
        "Russian Foreign Minister Sergey Lavrov held talks with Chinese Foreign Minister Wang "
        "Yi at the start of an official visit to China.\n"
        "Lavrov, who arrived in Beijing on Monday evening, was received at the airport by "
        "Chinese Vice Foreign Minister Sun Weidong.\n"
        "The talks with Wang, which were also attended by Russian envoy Igor Morgulov, covered "
        "trade.\n"
    )
    meetings = _meetings(text)
    assert meetings[PAIR | {"person:igor-morgulov"}] == "place:beijing"


def test_a_tour_of_a_country_keeps_the_city_of_its_last_talks() -> None:
    text = (
        "Fidan in Iraq\n"
        "Turkish Foreign Minister Hakan Fidan held talks with Iraqi Prime Minister Mohammed"
        " Shia al-Sudani in Baghdad on Tuesday, opening a tour of Iraq.\n\n"
        "Fidan later met Iraqi President Abdul Latif Rashid.\n"
    )
    pair = frozenset({"person:hakan-fidan", "person:abdul-latif-rashid"})
    assert _meetings(text)[pair] == "place:baghdad"


def test_an_office_named_after_its_building_is_where_they_met() -> None:
    text = (
        "Talks in Paris\n"
        "Nawaf Salam flew to Paris on Friday and met President Emmanuel Macron at the"
        " Elysee Palace.\n"
    )
    extraction = extract(read_text(text, "report.txt"))
    palace = next(e for e in extraction.entities if e.id == "place:elysee-palace")
    assert palace.type == "Place"
    assert _meetings(text)[frozenset({"person:nawaf-salam", "person:emmanuel-macron"})] == (
        "place:elysee-palace"
    )


def test_an_office_that_acts_where_people_meet_is_that_place() -> None:
    text = "Statement\nThe Elysee Palace said Emmanuel Macron met Nawaf Salam at the Elysee.\n"
    ids = {e.id: e.type for e in extract(read_text(text, "report.txt")).entities}
    assert ids.get("place:elysee-palace") == "Place"
    assert "organization:elysee-palace" not in ids


def test_a_body_named_after_its_building_is_a_place_once_someone_is_there() -> None:
    text = (
        "London notes\nChatham House said on Monday that Emmanuel Macron would speak."
        " Emmanuel Macron met Nawaf Salam at Chatham House on Tuesday.\n"
    )
    kinds = {e.name: e.type for e in extract(read_text(text, "report.txt")).entities}
    assert kinds.get("Chatham House") == "Place"


def test_the_round_was_held_in_a_city_places_the_talks_told_before() -> None:
    text = (
        "Talks resume\n"
        "Sergey Lavrov held talks with Wang Yi on Monday. The second round was held in"
        " Kazan on 3 and 4 May.\n"
    )
    assert _meetings(text)[PAIR] == "place:kazan"


def test_a_place_told_after_what_the_visitor_urged_is_not_the_meeting_place() -> None:
    text = (
        "Talks\n"
        "Sergey Lavrov met Wang Yi on the margins of the summit and pressed for joint action"
        " against militants active in Kashgar.\n"
    )
    assert _meetings(text)[PAIR] is None


def test_a_hall_named_after_a_person_is_a_venue_not_a_party() -> None:
    text = (
        "Talks in Doha\n"
        "Sergey Lavrov met Wang Yi at Sheikh Hamad Bin Khalifa Majlis in Doha on Tuesday.\n"
        "The Majlis of Iran approved the budget.\n"
    )
    extraction = extract(read_text(text, "report.txt"))
    venue = next(e for e in extraction.entities if e.name.endswith("Khalifa Majlis"))
    assert venue.type == "Place"
    assert _meetings(text)[PAIR] == venue.id
    assert any(e.id == "organization:islamic-consultative-assembly" for e in extraction.entities)


def test_a_venue_is_not_carried_to_the_meetings_told_after_it() -> None:
    text = (
        "Roundup\nOlaf Scholz received Emmanuel Macron at the Elysee Palace on Monday. "
        "Later, Mark Rutte met Pedro Sanchez.\n"
    )
    extraction = extract(read_text(text, "report.txt"))
    later = [
        e
        for e in extraction.events
        if e.is_meeting and "person:mark-rutte" in {p.id for p in e.participants}
    ]
    assert later and later[0].place is None


def test_a_dateline_on_a_line_of_its_own_places_an_unnamed_capital() -> None:
    text = (
        "Talks in the capital\n\nTIRANA\n\nOmar Haddad of Albania on Wednesday hosted his "
        "counterpart Lena Petrova for talks in the Albanian capital.\n"
    )
    events = extract(read_text(text, "report.txt")).events
    assert [e.place for e in events if e.is_meeting] == ["place:tirana"]


def test_hosting_counterparts_named_after_a_comma_is_a_meeting() -> None:
    text = (
        "Talks\n\nOmar Haddad on Wednesday hosted his Greek and Turkish counterparts, Lena "
        "Petrova and Yusuf Demir, for trilateral talks in Tirana.\n"
    )
    events = [e for e in extract(read_text(text, "report.txt")).events if e.is_meeting]
    assert [sorted(p.id for p in e.participants) for e in events] == [
        ["person:lena-petrova", "person:omar-haddad", "person:yusuf-demir"]
    ]


def test_a_french_elided_particle_keeps_a_venue_name_and_an_unnamed_office_is_not_it() -> None:
    body = (
        "Olaf Scholz met Emmanuel Macron in the Villa d'Accueil in Lille on Monday. "
        "On Tuesday Pedro Sanchez met Mark Rutte at the prime minister's office."
    )
    extraction = extract(read_text("Roundup\n" + body + "\n", "report.txt"))
    places = {
        frozenset(p.id for p in e.participants): e.place for e in extraction.events if e.is_meeting
    }
    assert (
        places[frozenset({"person:olaf-scholz", "person:emmanuel-macron"})]
        == "place:villa-daccueil"
    )
    assert places[frozenset({"person:pedro-sanchez", "person:mark-rutte"})] == "place:lille"


def _placed(body: str) -> dict[frozenset[str], str | None]:
    extraction = extract(read_text("Roundup\n" + body + "\n", "report.txt"))
    return {
        frozenset(p.id for p in e.participants): e.place for e in extraction.events if e.is_meeting
    }


def test_a_meeting_whose_place_the_report_withholds_has_none() -> None:
    places = _placed(
        "Pedro Sanchez arrived in Paris on Monday. Pedro Sanchez met Mark Rutte on Tuesday, the "
        "daily reported, without saying where the meeting took place."
    )
    assert places[frozenset({"person:pedro-sanchez", "person:mark-rutte"})] is None


def test_arrived_here_puts_the_meeting_in_the_dateline_city() -> None:
    places = _placed(
        "LILLE, May 4 (AFP) - Olaf Scholz held talks today with Pedro Sanchez, who arrived here "
        "this morning for a working visit."
    )
    assert places[frozenset({"person:olaf-scholz", "person:pedro-sanchez"})] == "place:lille"


def test_a_second_clause_after_while_has_its_own_place() -> None:
    places = _placed(
        "Olaf Scholz met Emmanuel Macron in Lille, while his deputy, Pedro Sanchez, held talks "
        "with Mark Rutte in Brussels."
    )
    assert places[frozenset({"person:olaf-scholz", "person:emmanuel-macron"})] == "place:lille"
    assert places[frozenset({"person:pedro-sanchez", "person:mark-rutte"})] == "place:brussels"


def test_received_here_in_separate_meetings_in_the_dateline_city() -> None:
    places = _placed(
        "LILLE, May 4 (AFP) - Earlier on Monday, Olaf Scholz received here, in separate "
        "meetings, Pedro Sanchez and Mark Rutte."
    )
    assert places == {
        frozenset({"person:olaf-scholz", "person:pedro-sanchez"}): "place:lille",
        frozenset({"person:olaf-scholz", "person:mark-rutte"}): "place:lille",
    }


def test_a_place_in_the_meeting_s_purpose_is_not_where_it_was() -> None:
    text = (
        "Energy roundup\nRussian Foreign Minister Sergey Lavrov and Chinese Foreign Minister"
        " Wang Yi met in Beijing on Monday to confirm the restart of work at the gas site"
        " at Zorvanka.\n"
    )
    assert _meetings(text)[PAIR] == "place:beijing"


def test_the_unnamed_capital_is_the_capital_the_report_names_elsewhere() -> None:
    text = (
        "Asia roundup\nRussian Foreign Minister Sergey Lavrov met Chinese Foreign Minister"
        " Wang Yi in the Chinese capital on Monday.\nLavrov later flew from Beijing to Hanoi;"
        " China and Vietnam share a border.\n"
    )
    assert _meetings(text)[PAIR] == "place:beijing"


def test_a_session_chaired_in_a_city_places_the_talks_on_its_sidelines() -> None:
    text = (
        "Diplomacy roundup\nOn Monday the ministers co-chaired in Vienna the annual session of"
        " the council.\nOn the sidelines of the session, Russian Foreign Minister Sergey Lavrov"
        " held talks with Chinese Foreign Minister Wang Yi.\n"
    )
    assert _meetings(text)[PAIR] == "place:vienna"


def test_an_institution_named_after_its_building_is_the_place_someone_meets_in() -> None:
    text = (
        "Europe roundup\nThe Elysee said on Sunday that the visit had been planned for weeks.\n"
        "Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi at the"
        " Elysee on Monday.\n"
    )
    extraction = extract(read_text(text, "report.txt"))
    assert _meetings(text)[PAIR] == "place:elysee-palace"
    assert {e.id for e in extraction.entities} >= {"place:elysee-palace"}
    assert "organization:elysee-palace" not in {e.id for e in extraction.entities}


def test_an_institution_nobody_is_put_in_stays_an_organization() -> None:
    text = "Europe roundup\nThe Kremlin said on Sunday that Sergey Lavrov would travel.\n"
    ids = {e.id for e in extract(read_text(text, "report.txt")).entities}
    assert "organization:kremlin" in ids and "place:kremlin" not in ids


def test_an_unnamed_gathering_hosted_at_a_venue_places_the_meeting_told_next() -> None:
    text = (
        "Diplomacy roundup\nThe chancellor hosted the contact group of foreign ministers at"
        " Schloss Meseberg on Friday.\nIt was a meeting attended by Russian Foreign Minister"
        " Sergey Lavrov and Chinese Foreign Minister Wang Yi.\n"
    )
    assert _meetings(text)[PAIR] == "place:schloss-meseberg"


def test_talks_told_as_under_way_somewhere_place_the_meeting_that_follows() -> None:
    for lead in ("Talks resumed in Astana on Tuesday.", "The ministers arrived in Astana for"
                 " the talks.", "The meeting was held in Astana on Tuesday."):  # fmt: skip
        text = (
            "Diplomacy roundup\n"
            f"{lead} Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang"
            " Yi.\n"
        )
        assert _meetings(text)[PAIR] == "place:astana", lead


def test_meeting_unnamed_officials_abroad_is_a_visit_there() -> None:
    visits = _visited(
        "Diplomacy roundup\nRussian Foreign Minister Sergey Lavrov met with senior officials"
        " in Havana on Monday.\n"
    )
    assert ("person:sergey-lavrov", "place:havana") in visits


def test_meeting_unnamed_visitors_at_home_or_a_denied_meeting_is_no_visit() -> None:
    home = "Chinese Foreign Minister Wang Yi met with Russian officials in Beijing on Monday."
    denied = "A statement came out denying reports that Sergey Lavrov had met officials in Havana."
    for body in (home, denied):
        assert not _visited(f"Diplomacy roundup\n{body}\n"), body


def test_a_sentence_adding_people_to_a_meeting_names_its_building() -> None:
    text = (
        "Diplomacy roundup\n"
        "Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Beijing"
        " this week. Around the table in the Diaoyutai building in Beijing on Monday"
        " sat Lavrov, Wang Yi and their deputies.\n"
    )
    meetings = _meetings(text)
    assert meetings[PAIR] is not None and meetings[PAIR] != "place:beijing"


def test_a_topic_place_in_a_sentence_adding_people_does_not_move_the_meeting() -> None:
    text = (
        "Diplomacy roundup\n"
        "Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Beijing"
        " on Monday. The meeting, also attended by Kazakh Foreign Minister Murat Nurtleu,"
        " focused on shipping in the Tumen River.\n"
    )
    assert _meetings(text) and all(p == "place:beijing" for p in _meetings(text).values())


def test_a_known_town_in_parentheses_after_a_place_is_where_it_lies_not_its_name() -> None:
    text = (
        "Weekly notes\n\nClashes broke out in Oldmarket (Tripoli) on Monday.\n\nWang Yi met Sergey "
        "Lavrov in Tripoli on Tuesday.\n"
    )
    assert _meetings(text) == {PAIR: "place:tripoli"}
    extraction = extract(read_text(text, "report.txt"))
    places = {e.id for e in extraction.entities if e.type == "Place"}
    assert {"place:tripoli", "place:oldmarket"} <= places


def test_another_name_of_a_place_in_parentheses_is_still_its_alias() -> None:
    extraction = extract(read_text("Notes\n\nWang Yi arrived in Kyiv (Kiev) on Monday.\n", "r.txt"))
    assert [e.id for e in extraction.entities if e.type == "Place"] == ["place:kyiv"]


def test_a_guest_said_to_be_in_a_town_was_received_there() -> None:
    text = (
        "Notes\n\nWang Yi met officials at the ministry on Monday.\n\nLater, Wang Yi received "
        "Sergey Lavrov, who has been in Geneva since Sunday for talks.\n"
    )
    assert _meetings(text)[PAIR] == "place:geneva"


def test_a_town_naming_the_gathering_on_whose_margins_they_met_is_the_place() -> None:
    text = (
        "Notes\n\nWang Yi met Sergey Lavrov on the margins of the Geneva Security Conference "
        "on Monday.\n"
    )
    assert _meetings(text) == {PAIR: "place:geneva"}


def test_a_town_naming_the_talks_is_where_they_were_held() -> None:
    text = (
        "Notes\n\nThe Vienna talks between Sergey Lavrov and Wang Yi ended on Friday "
        "without a statement.\n"
    )
    assert _meetings(text) == {PAIR: "place:vienna"}


def test_a_town_being_visited_is_where_the_visitor_met() -> None:
    text = (
        "Notes\n\nSergey Lavrov spoke in Minsk on Monday.\n\n"
        "While visiting Hanoi, Sergey Lavrov met Wang Yi.\n"
    )
    assert _meetings(text)[PAIR] == "place:hanoi"


def test_a_country_naming_the_gathering_is_its_topic_not_its_place() -> None:
    text = "Notes\n\nWang Yi met Sergey Lavrov on the sidelines of the Ukraine Recovery Forum.\n"
    assert _meetings(text) == {PAIR: None}


def test_a_stop_told_before_the_journey_is_not_where_they_met() -> None:
    text = (
        "Diplomacy roundup\n"
        "After talks in Tehran, Sergey Lavrov flew to Beijing, where he met Wang Yi.\n"
    )
    assert _meetings(text)[PAIR] == "place:beijing"


def test_where_a_participant_served_is_not_where_they_met() -> None:
    text = (
        "Diplomacy roundup\n"
        "Sergey Lavrov, the former ambassador in Tehran, met Wang Yi in Beijing.\n"
    )
    assert _meetings(text)[PAIR] == "place:beijing"


def test_a_counterpart_met_apart_with_a_place_of_its_own_was_met_there() -> None:
    text = (
        "Diplomacy roundup\n"
        "Sergey Lavrov met Wang Yi in Beijing and then Abbas Araghchi in Tehran.\n"
    )
    found = _meetings(text)
    assert found[PAIR] == "place:beijing"
    assert found[frozenset({"person:sergey-lavrov", "person:abbas-araghchi"})] == "place:tehran"


def test_a_city_that_hosted_a_summit_places_the_meetings_on_its_sidelines() -> None:
    text = (
        "Diplomacy roundup\n"
        "Beijing hosted a regional security summit on Monday. Sergey Lavrov met Wang Yi on "
        "the sidelines.\n"
    )
    assert _meetings(text)[PAIR] == "place:beijing"


def test_talks_said_to_be_held_somewhere_in_an_aside_were_there() -> None:
    text = (
        "Diplomacy roundup\n"
        "Sergey Lavrov met Wang Yi on Monday. The talks, held in Beijing, focused on trade.\n"
    )
    assert _meetings(text)[PAIR] == "place:beijing"


def test_the_chancellor_is_the_chancellor_who_just_landed() -> None:
    text = (
        "Diplomacy roundup\n"
        "Olaf Scholz landed in Beijing on Sunday evening. The chancellor met Wang Yi on Monday.\n"
    )
    assert _meetings(text)[frozenset({"person:olaf-scholz", "person:wang-yi"})] == "place:beijing"


def test_how_long_they_talked_is_no_topic_that_hides_the_place() -> None:
    text = "Diplomacy roundup\nSergey Lavrov met Wang Yi for about 45 minutes in Beijing.\n"
    assert _meetings(text)[PAIR] == "place:beijing"


def test_the_city_where_a_tour_began_places_the_next_meeting() -> None:
    text = (
        "Diplomacy roundup\n"
        "Sergey Lavrov began a regional tour in Beijing on Monday. He met Wang Yi on Tuesday.\n"
    )
    assert _meetings(text)[PAIR] == "place:beijing"


def test_there_is_where_the_sentence_before_went() -> None:
    text = (
        "Diplomacy roundup\n"
        "The two delegations flew on to Vladivostok on Monday. There, Sergey Lavrov met Wang Yi "
        "for the first time since the spring.\n"
    )
    assert _meetings(text)[PAIR] == "place:vladivostok"


def test_a_named_body_convened_in_a_city_places_the_talks_after_it() -> None:
    text = (
        "Diplomacy roundup\n"
        "Sergey Lavrov convened the Contact Group on Syria in Vladivostok on Monday. "
        "The delegates adopted a statement. Lavrov and Wang Yi then held a separate meeting.\n"
    )
    assert _meetings(text)[PAIR] == "place:vladivostok"


def test_a_gathering_of_people_not_named_places_the_meetings_told_next() -> None:
    for opening in (
        "Foreign ministers from eight countries arrived in Vladivostok on Monday.",
        "The Vladivostok meeting of the eight ministers lasted six hours on Monday.",
        "A regional conference on energy took place in Vladivostok on Monday.",
    ):
        text = f"Diplomacy roundup\n{opening} Sergey Lavrov met Wang Yi on the sidelines.\n"
        assert _meetings(text)[PAIR] == "place:vladivostok", opening


def test_a_gathering_planned_or_called_off_places_nothing() -> None:
    text = (
        "Diplomacy roundup\n"
        "A planned meeting of the eight ministers in Vladivostok was postponed. "
        "Sergey Lavrov met Wang Yi on Monday.\n"
    )
    assert _meetings(text)[PAIR] is None


def test_a_journey_made_to_meet_someone_places_the_meeting_at_its_end() -> None:
    for sentence in (
        "Sergey Lavrov travelled to Vladivostok to meet Chinese Foreign Minister Wang Yi.",
        "Sergey Lavrov flew to Vladivostok on Monday to meet with Wang Yi.",
        "Sergey Lavrov went on to Vladivostok, where he met Wang Yi on Monday.",
    ):
        assert _meetings(f"Diplomacy roundup\n{sentence}\n")[PAIR] == "place:vladivostok", sentence


def test_a_journey_still_to_come_is_no_meeting() -> None:
    text = "Diplomacy roundup\nSergey Lavrov will travel to Vladivostok to meet Wang Yi.\n"
    assert PAIR not in _meetings(text)


def test_the_town_someone_was_leaving_is_where_they_met_before_leaving() -> None:
    text = "Diplomacy roundup\nBefore leaving Vladivostok, Sergey Lavrov met Wang Yi.\n"
    assert _meetings(text)[PAIR] == "place:vladivostok"


def test_a_meeting_told_after_before_has_the_place_told_with_it() -> None:
    text = (
        "Diplomacy roundup\n"
        "Sergey Lavrov went to Moscow, where he met Dmitry Medvedev, before meeting "
        "Wang Yi in Vladivostok.\n"
    )
    assert _meetings(text)[PAIR] == "place:vladivostok"


def test_talks_a_journey_was_made_for_took_place_where_it_went() -> None:
    text = "Diplomacy roundup\nSergey Lavrov visited Vladivostok to hold talks with Wang Yi.\n"
    assert _meetings(text)[PAIR] == "place:vladivostok"
    text = (
        "Diplomacy roundup\nSergey Lavrov plans to visit Vladivostok to hold talks with Wang Yi.\n"
    )
    assert PAIR not in _meetings(text)


def test_a_journey_between_two_meetings_of_a_sentence_places_the_second() -> None:
    text = (
        "Lavrov on tour\n"
        "Sergey Lavrov met Wang Yi in Beijing on Monday and then flew to Shanghai for talks "
        "with Subrahmanyam Jaishankar.\n"
    )
    meetings = _meetings(text)
    assert meetings[PAIR] == "place:beijing"
    assert meetings[frozenset({"person:sergey-lavrov", "person:subrahmanyam-jaishankar"})] == (
        "place:shanghai"
    )


@pytest.mark.parametrize(
    "after",
    [
        "Their talks at the Hotel Metropol lasted three hours.",
        "The encounter at the Hotel Metropol was closed to the press.",
        "It was held at the Hotel Metropol.",
        "The session, at the Hotel Metropol, ended without a statement.",
    ],
)
def test_the_sentence_after_a_meeting_may_name_its_venue(after: str) -> None:
    text = f"Lavrov in Beijing\nSergey Lavrov met Wang Yi in Beijing on Monday. {after}\n"
    extraction = extract(read_text(text, "report.txt"))
    names = {e.id: e.name for e in extraction.entities}
    meetings = {frozenset(p.id for p in e.participants): names.get(e.place or "")
                for e in extraction.events if e.is_meeting}  # fmt: skip
    assert meetings == {PAIR: "Hotel Metropol"}


def test_a_journey_told_in_the_perfect_places_the_meeting_it_was_for() -> None:
    text = (
        "Lavrov in China\n"
        "Sergey Lavrov, who had flown to Shanghai on Sunday, held talks with Wang Yi there.\n"
    )
    assert _meetings(text)[PAIR] == "place:shanghai"


def test_calling_on_the_head_of_a_body_is_no_topic_and_keeps_the_town() -> None:
    text = (
        "Envoy tours the south\n"
        "Sergey Lavrov later called on the head of the Kassala Municipality, Wang Yi, at the "
        "town hall in Kassala.\n"
    )
    assert _meetings(text) == {PAIR: "place:kassala"}


def _places_of(text: str, pair: set[str]) -> set[str | None]:
    """Where the meetings that include both of ``pair`` were."""
    return {place for group, place in _meetings(text).items() if pair <= group}


@pytest.mark.parametrize("journey", ["travelled on Thursday to", "flew on 12 May to"])
def test_a_journey_told_with_its_day_places_the_meeting_where_it_ended(journey: str) -> None:
    text = f"Envoys on the move\nSergey Lavrov {journey} Kassala, where he met Wang Yi.\n"
    assert _meetings(text) == {PAIR: "place:kassala"}
    assert ("person:sergey-lavrov", "place:kassala") in _visited(text)


def test_a_later_sentence_in_the_capital_after_an_aggregators_tag_places_the_meeting() -> None:
    text = (
        "Envoys and markets\n\n"
        "(NEWSWIRE- Asia Desk) BEIJING, Dec 21 (XINHUA) - A Russian delegation met with "
        "Wang Yi yesterday.\n"
        "The delegation was led by Sergey Lavrov, the foreign minister.\n"
        "The rare engagement with Wang in the Chinese capital came as China opened its "
        "markets.\n"
    )
    assert _meetings(text) == {PAIR: "place:beijing"}


def test_flying_into_a_city_is_a_visit_there() -> None:
    text = (
        "Notes\n\nSergey Lavrov flew into Hanoi on Monday for a two-day visit. He met "
        "Wang Yi at the airport.\n"
    )
    assert ("person:sergey-lavrov", "place:hanoi") in _visited(text)


def test_a_town_no_gazetteer_knows_that_names_a_site_places_the_meeting() -> None:
    text = (
        "Gulf diplomacy\nSergey Lavrov arrived in Riyadh on Monday. Lavrov met Wang Yi at the "
        "Qarrawiyah guest palace on Tuesday.\n"
    )
    assert _meetings(text)[PAIR] == "place:qarrawiyah"


def test_people_who_join_a_meeting_told_first_without_a_place_bring_its_place() -> None:
    text = (
        "Brief\n\nKey points\n- The Contact Group met at ministerial level for the first time "
        "this year.\n\nWhat happened\n\nOn 2 June, Sergey Lavrov convened the Contact Group in "
        "Geneva. The group was represented by Lavrov and Wang Yi.\n"
    )
    assert _meetings(text) == {PAIR: "place:geneva"}


def test_a_place_in_an_aside_on_a_party_is_not_where_the_meeting_was() -> None:
    text = (
        "Envoys meet\n"
        "During his visit to Djibouti, Sergey Lavrov met Wang Yi of the Chinese Foreign "
        "Ministry, whose headquarters is in Beijing.\n"
    )
    assert _meetings(text) == {PAIR: "place:djibouti"}


def test_going_on_alone_to_a_venue_to_see_someone_meets_there() -> None:
    text = "Talks\nSergey Lavrov went on alone to the Villa Madama to see Wang Yi.\n"
    assert _meetings(text) == {PAIR: "place:villa-madama"}


@pytest.mark.parametrize(("seat", "place"), [("Downing Street", "place:downing-street"),
                                              ("the Pentagon", "place:pentagon")])  # fmt: skip
def test_a_seat_of_government_someone_is_at_is_the_meeting_place(seat: str, place: str) -> None:
    text = f"Bulletin\n{seat} said little. Sergey Lavrov met Wang Yi at {seat} on Monday.\n"
    assert _meetings(text) == {PAIR: place}


def test_headquarters_someone_is_at_is_the_meeting_place_in_its_town() -> None:
    text = "Bulletin\nSergey Lavrov met Wang Yi at the Naval Headquarters (NHQ) in Moscow.\n"
    assert _meetings(text) == {PAIR: "place:naval-headquarters"}


def test_a_delegation_that_meets_abroad_visits_through_its_head() -> None:
    text = (
        "Bulletin\nGerman Chancellor Olaf Scholz and German Foreign Minister Annalena Baerbock"
        " met French President Emmanuel Macron in Paris on Monday.\n\nA Hamas delegation led by"
        " Khalil al-Hayya met Hassan Rashad in Cairo on Tuesday.\n"
    )
    assert _visited(text) == {
        ("person:olaf-scholz", "place:paris"),
        ("person:khalil-al-hayya", "place:cairo"),
    }


def test_a_visit_to_the_capital_of_a_country_is_to_the_capital_the_report_names() -> None:
    text = (
        "Bulletin\nOman hosted talks in Muscat on Friday. Wang Yi arrived in the Omani capital"
        " on Thursday.\n"
    )
    assert ("person:wang-yi", "place:muscat") in _visited(text)
    assert ("person:wang-yi", "place:oman") not in _visited(text)


def test_a_meeting_without_a_place_is_where_its_people_last_met_in_a_town() -> None:
    text = (
        "Summit notes\n"
        "Sergey Lavrov met Wang Yi in Beijing on Monday.\n\n"
        "Side meetings\n\n"
        "Later that day, Lavrov received Murat Nurtleu.\n\n"
        "Separately, Pedro Sanchez received Olaf Scholz.\n"
    )
    lavrov, nurtleu = "person:sergey-lavrov", "person:murat-nurtleu"
    sanchez, scholz = "person:pedro-sanchez", "person:olaf-scholz"
    places = _meetings(text)
    assert places[frozenset({lavrov, nurtleu})] == "place:beijing"
    assert places[frozenset({sanchez, scholz})] is None  # nobody of it was placed before


def test_a_meeting_after_a_heading_in_a_summit_report_is_held_in_the_summit_town() -> None:
    found = _meetings(
        "The annual Arab League summit opened in Algiers on Tuesday.\n\nBilateral meetings\n\n"
        "Ahmed Aboul Gheit received Mahmoud Abbas on Tuesday evening."
    )
    assert found == {
        frozenset({"person:ahmed-aboul-gheit", "person:mahmoud-abbas"}): "place:algiers"
    }


def test_a_venue_named_again_by_its_kind_is_the_meeting_place() -> None:
    text = (
        "Beijing talks\nChinese Foreign Minister Wang Yi received Sergey Lavrov at the "
        "Diaoyutai Palace in Beijing on Monday. Later, Wang Yi and Sergey Lavrov met Kazakh "
        "President Kassym-Jomart Tokayev at the palace after he arrived in Beijing.\n"
    )
    trio = PAIR | {"person:kassym-jomart-tokayev"}
    assert _meetings(text).get(trio) == "place:diaoyutai-palace"


@pytest.mark.parametrize(
    ("where", "place"),
    [
        ("in Vienna's Hofburg Palace", "Hofburg Palace"),
        ("on the outskirts of Vienna", "Vienna"),
    ],
)
def test_a_site_a_town_possesses_or_the_town_s_outskirts_are_the_meeting_place(
    where: str, place: str
) -> None:
    extraction = extract(
        read_text(f"Talks\nEmil Lukas met Piet Janssen {where} on Monday.\n", "r.txt")
    )
    names = {e.id: e.name for e in extraction.entities}
    assert [names.get(e.place or "") for e in extraction.events if e.is_meeting] == [place]


def test_a_delegation_led_to_a_town_for_talks_met_there() -> None:
    text = "Talks\nEmil Lukas led an Austrian delegation to Cairo for talks with Piet Janssen.\n"
    extraction = extract(read_text(text, "r.txt"))
    names = {e.id: e.name for e in extraction.entities}
    assert [names.get(e.place or "") for e in extraction.events if e.is_meeting] == ["Cairo"]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Amid the fighting in Khartoum, Emil Lukas met Piet Janssen in Omdurman.", "Omdurman"),
        ("Despite the unrest in Kassala, Emil Lukas met Karl Bauer.", None),
    ],
)
def test_a_fronted_circumstance_names_no_meeting_place(sentence: str, place: str | None) -> None:
    extraction = extract(read_text(f"Talks\n{sentence}\n", "r.txt"))
    names = {e.id: e.name for e in extraction.entities}
    assert [names.get(e.place or "") for e in extraction.events if e.is_meeting] == [place]


def test_where_a_mission_is_that_a_participant_heads_is_no_meeting_place() -> None:
    text = "Talks\nEmil Lukas met the head of the UN mission in Libya, Piet Janssen, on Monday.\n"
    extraction = extract(read_text(text, "r.txt"))
    assert [e.place for e in extraction.events if e.is_meeting] == [None]


@pytest.mark.parametrize("kind", ["suburb", "neighbourhood", "quarter"])
def test_a_place_named_as_part_of_a_town_is_where_they_met(kind: str) -> None:
    found = _meetings(f"Report\nOlaf Scholz met Emmanuel Macron in the Paris {kind} of Neuilly.\n")
    assert list(found.values()) == ["place:neuilly"]


@pytest.mark.parametrize("stay", ["is in Vienna this week", "was in Vienna for talks"])
def test_someone_said_to_be_in_a_town_for_a_while_met_there(stay: str) -> None:
    found = _meetings(f"Report\nOlaf Scholz {stay}. On Tuesday he met Emmanuel Macron.\n")
    assert list(found.values()) == ["place:vienna"]


def test_someone_who_was_in_a_town_once_is_not_visiting_it() -> None:
    assert _visited("Report\nOlaf Scholz was in Vienna in 2019.\n") == set()


@pytest.mark.parametrize(
    "told",
    ["Olaf Scholz stopped in Vienna on his way to Rome.",
     "Olaf Scholz ended his tour with a stop in Vienna.",
     "The delegation of Olaf Scholz reached Vienna on Monday."],
)  # fmt: skip
def test_a_stop_on_a_journey_is_a_visit(told: str) -> None:
    assert ("person:olaf-scholz", "place:vienna") in _visited(f"Report\n{told}\n")


def test_reaching_an_agreement_visits_nothing() -> None:
    assert _visited("Report\nOlaf Scholz reached an agreement in principle.\n") == set()


@pytest.mark.parametrize(
    "body",
    [
        "Sergey Lavrov met Wang Yi here on Tuesday.",
        "A new round of talks opened here on Monday. Sergey Lavrov met Wang Yi before the plenary.",
    ],
)
def test_here_puts_a_meeting_in_the_dateline_town(body: str) -> None:
    text = "Talks resume\nGENEVA, 5 May (Reuters) - " + body + "\n"
    assert _meetings(text) == {PAIR: "place:geneva"}


def test_negotiators_who_reconvened_in_a_town_place_the_meetings_told_next() -> None:
    text = (
        "Talks resume\nThe negotiators reconvened in Geneva on Monday. "
        "Sergey Lavrov met Wang Yi separately.\n"
    )
    assert _meetings(text) == {PAIR: "place:geneva"}


def test_a_meeting_after_someone_is_said_to_be_in_a_town_for_the_talks_is_there() -> None:
    text = "Talks report\nSergey Lavrov is in Tirana for the talks. He met Wang Yi on Tuesday.\n"
    assert _meetings(text) == {PAIR: "place:tirana"}


def test_a_place_fronted_before_the_talks_it_opens_places_the_next_meeting() -> None:
    text = (
        "Talks report\nAlbania hosted envoys.\nIn Tirana, the second round began on Monday. "
        "Lena Petrova and Omar Haddad sat across from each other.\n"
    )
    pair = frozenset({"person:lena-petrova", "person:omar-haddad"})
    assert _meetings(text) == {pair: "place:tirana"}


@pytest.mark.parametrize("journey", ["travelled by road to", "went on to", "flew by helicopter to"])
def test_a_journey_told_with_its_means_moves_the_visitor(journey: str) -> None:
    text = (
        "Envoy's tour\n\nSergey Lavrov arrived in Beirut on Monday and met Joseph Aoun.\n\n"
        f"On Wednesday Lavrov {journey} Damascus. There he met Ahmed al-Sharaa.\n"
    )
    met = _meetings(text)
    assert met[frozenset({"person:sergey-lavrov", "person:ahmed-al-sharaa"})] == "place:damascus"
    assert ("person:sergey-lavrov", "place:damascus") in _visited(text)


def test_a_town_unknown_to_the_gazetteer_after_drove_across_to_is_a_place() -> None:
    text = (
        "Field trip\n\nOn Tuesday Sergey Lavrov drove across to Kalbarro, where he met Wang Yi.\n"
    )
    assert _meetings(text)[PAIR] == "place:kalbarro"


@pytest.mark.parametrize("fronted", ["At the palace,", "Later, at the same palace,"])
def test_a_fronted_venue_named_again_by_its_kind_places_the_meeting(fronted: str) -> None:
    text = (
        "Talks\n\nPresident Joseph Aoun received Wang Yi at Baabda Palace in Beirut on Sunday.\n\n"
        f"{fronted} the President received Sergey Lavrov.\n"
    )
    met = _meetings(text)
    assert met[frozenset({"person:joseph-aoun", "person:sergey-lavrov"})] == "place:baabda-palace"


def test_a_lodge_named_again_places_the_meeting() -> None:
    text = (
        "Talks\n\nSergey Lavrov hosted Joseph Aoun at the Sagana State Lodge near Nyeri.\n\n"
        "On Friday Lavrov and Wang Yi also met at the lodge.\n"
    )
    assert _meetings(text)[PAIR] == "place:sagana-state-lodge"


def test_the_capital_naming_no_country_is_the_dateline_capital() -> None:
    text = "Talks\n\nBEIJING - Wang Yi received Sergey Lavrov in the capital on Friday.\n"
    assert _meetings(text)[PAIR] == "place:beijing"


def test_the_capital_is_no_dateline_town_that_is_not_a_capital() -> None:
    text = "Talks\n\nSHANGHAI - Wang Yi received Sergey Lavrov in the capital on Friday.\n"
    assert _meetings(text)[PAIR] != "place:shanghai"


def test_people_who_arrive_together_both_visit() -> None:
    text = "Visit\n\nSergey Lavrov and Wang Yi arrived in Nairobi on Sunday for talks.\n"
    visited = _visited(text)
    assert {
        ("person:sergey-lavrov", "place:nairobi"),
        ("person:wang-yi", "place:nairobi"),
    } <= visited


@pytest.mark.parametrize(
    "sentence",
    [
        "Sergey Lavrov arrived in Ankara on Wednesday, accompanied by Wang Yi.",
        "Sergey Lavrov, accompanied by Wang Yi, flew to Ankara on Wednesday.",
    ],
)
def test_whoever_accompanies_an_arrival_visits_too(sentence: str) -> None:
    assert ("person:wang-yi", "place:ankara") in _visited(f"Visit\n\n{sentence}\n")


def test_a_local_who_accompanies_a_tour_does_not_visit() -> None:
    text = "Visit\n\nSergey Lavrov toured Ankara on Wednesday, accompanied by Wang Yi.\n"
    assert ("person:wang-yi", "place:ankara") not in _visited(text)


def test_the_summit_venue_is_the_last_venue_named_when_a_town_came_after_it() -> None:
    text = (
        "Summit\n\nLeaders met at the Jeddah Conference Center on Sunday. Sergey Lavrov met "
        "Joseph Aoun in Riyadh on Monday.\n\nLavrov met Wang Yi separately at the summit venue.\n"
    )
    assert _meetings(text)[PAIR] == "place:jeddah-conference-center"


def test_one_who_returned_to_a_town_meets_there_not_where_the_report_was() -> None:
    text = (
        "Week\n\nSergey Lavrov met Joseph Aoun in Beirut on Monday.\n\n"
        "On Tuesday Wang Yi returned to Beijing. He later met Ahmed al-Sharaa at his office.\n"
    )
    met = _meetings(text)
    assert met[frozenset({"person:wang-yi", "person:ahmed-al-sharaa"})] == "place:beijing"
    assert ("person:wang-yi", "place:beijing") not in _visited(text)


def test_the_capital_of_a_nationality_is_the_capital_the_report_names() -> None:
    text = (
        "Week\n\nWang Yi spent the week in Beijing and Moscow.\n\n"
        "Sergey Lavrov met Joseph Aoun in Beirut on Monday.\n\n"
        "On Friday Lavrov met Wang Yi at his office in the Chinese capital.\n"
    )
    assert _meetings(text)[PAIR] == "place:beijing"


def test_a_second_meeting_told_after_then_has_its_own_place() -> None:
    met = _meetings(
        "Envoy's day in Lebanon\nEnvoy Tom Barrack met President Joseph Aoun at Baabda, then met"
        " Prime Minister Nawaf Salam in Beirut.\n"
    )
    assert met.get(frozenset({"person:tom-barrack", "person:joseph-aoun"})) == "place:baabda"
    assert met.get(frozenset({"person:tom-barrack", "person:nawaf-salam"})) == "place:beirut"


def test_a_sentence_opening_on_an_unknown_town_places_its_meeting_there() -> None:
    met = _meetings(
        "Regional roundup\nIn Kabridahar, regional minister Ahmed Hirsi on Sunday met a "
        "delegation of elders led by Abdi Warsame at the presidential palace.\n"
    )
    assert met.get(frozenset({"person:ahmed-hirsi", "person:abdi-warsame"})) == "place:kabridahar"


def test_a_region_before_an_office_is_not_where_the_town_lies() -> None:
    extraction = extract(
        read_text(
            "Roundup\nIn Kabridahar, Somali Region Interior Minister Ahmed Hirsi spoke.\n", "r.txt"
        )
    )
    assert not [r for r in extraction.relations if r.predicate == "LOCATED_IN"]


def test_here_is_the_dateline_town_inside_the_country_visited() -> None:
    found = _meetings(
        "MOSCOW (TASS) - Chinese Foreign Minister Wang Yi, on a visit to Russia, held talks"
        " with Russian Foreign Minister Sergey Lavrov here on Monday.\n"
    )
    assert found[PAIR] == "place:moscow"


def test_a_dateline_in_capitals_before_a_colon_is_a_dateline() -> None:
    found = _meetings(
        "MOSCOW: Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergey Lavrov"
        " here on Monday.\n"
    )
    assert found[PAIR] == "place:moscow"


def test_a_place_before_a_colon_in_a_tracker_is_no_dateline() -> None:
    found = _meetings(
        "Moscow: Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergey Lavrov"
        " on Monday.\n"
    )
    assert found[PAIR] is None


def test_a_visit_to_the_capital_of_a_nationality_is_to_that_capital() -> None:
    found = _meetings(
        "Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergey Lavrov during"
        " his visit to the Russian capital on Monday. Moscow hopes for more trade.\n"
    )
    assert found[PAIR] == "place:moscow"


@pytest.mark.parametrize(
    "body",
    [
        "Visiting Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergey Lavrov"
        " on Monday.",
        "Russian Foreign Minister Sergey Lavrov received Wang Yi, who is on a three-day"
        " official visit to the country, on Monday.",
    ],
)
def test_a_visitor_in_a_report_filed_from_a_town_is_there(body: str) -> None:
    assert _meetings(f"MOSCOW, May 5 (TASS) - {body}\n")[PAIR] == "place:moscow"


def test_a_visitor_named_in_a_report_filed_elsewhere_is_not_placed_there() -> None:
    found = _meetings(
        "MOSCOW, May 5 (TASS) - Sergey Lavrov met Wang Yi on Monday, the ministry said.\n"
    )
    assert found[PAIR] is None


@pytest.mark.parametrize("noun", ["a meeting", "talks", "a bilateral session"])
def test_a_meeting_on_the_sidelines_of_a_summit_is_where_the_summit_is(noun: str) -> None:
    found = _meetings(
        f"Wang Yi and Sergey Lavrov held {noun} on the sidelines of the summit in Kazan.\n"
    )
    assert found[PAIR] == "place:kazan"


def test_a_meeting_on_a_topic_in_a_town_is_not_held_there() -> None:
    found = _meetings("Wang Yi and Sergey Lavrov held talks on the fighting in Kazan.\n")
    assert found[PAIR] is None


def test_a_capitalised_title_in_a_country_names_where_its_holder_serves_not_the_meeting() -> None:
    extraction = extract(read_text(
        "European roundup\nOn Monday, the delegation arrived in Amman. The same afternoon,"
        " Senator Anna Lund met the UNHCR Representative in Jordan, Maria Holt.\n",
        "report.txt"))  # fmt: skip
    places = {e.place for e in extraction.events if e.is_meeting}
    assert places == {"place:amman"}


def test_a_journey_up_to_a_town_puts_the_meeting_there() -> None:
    extraction = extract(read_text(
        "European roundup\nOn Tuesday Joana Sitoe drove up to Montepuez, where she met the"
        " district administrator, Celso Mabote.\n", "report.txt"))  # fmt: skip
    places = {e.place for e in extraction.events if e.is_meeting}
    assert places == {"place:montepuez"}
    assert any(r.predicate == "VISITED" for r in extraction.relations)


def test_a_gathering_chaired_at_a_venue_places_the_session_told_next() -> None:
    text = (
        "Summit readout\nThe host, President Olaf Scholz, chaired on Monday, as chair of the "
        "bloc, the ninth Summit of Heads of State at the Miramar Palace in San Sebastian.\n\n"
        "The opening session brought together Presidents Emmanuel Macron and Pedro Sanchez.\n"
    )
    found = _meetings(text)
    pair = frozenset({"person:emmanuel-macron", "person:pedro-sanchez"})
    assert found[pair] == "place:miramar-palace"
    planned = text.replace("chaired on Monday", "will chair on Monday")
    assert _meetings(planned)[pair] is None


@pytest.mark.parametrize("journey", ["travelled to Shanghai", "travelled from Beijing to Shanghai"])
def test_there_opening_a_sentence_is_the_place_just_travelled_to(journey: str) -> None:
    text = (
        "Mission notes\nSergey Lavrov called on Wang Yi in Beijing on Monday. On Tuesday our "
        f"team {journey}. There we held a joint meeting with Olaf Scholz and Pedro "
        "Sanchez at a hotel on the Bund.\n"
    )
    places = _places_of(text, {"person:olaf-scholz", "person:pedro-sanchez"})
    assert places == {"place:shanghai"}


def test_there_after_a_journey_to_the_capital_is_the_dateline_capital() -> None:
    text = (
        "Oil envoy in Iraq\nBAGHDAD, May 4 (Wire) - Sergey Lavrov met Wang Yi in Erbil on "
        "Monday. He flew to the capital in the afternoon. There he joined a meeting between "
        "Olaf Scholz and Pedro Sanchez.\n"
    )
    places = _places_of(text, {"person:olaf-scholz", "person:pedro-sanchez"})
    assert places == {"place:baghdad"}


def test_a_topic_told_after_the_guest_is_not_where_they_met() -> None:
    text = (
        "Water diplomacy\nSergey Lavrov arrived in Tashkent on Monday. Within hours he held "
        "talks with Wang Yi on water sharing in the Fergana Valley.\n"
    )
    assert _meetings(text)[PAIR] == "place:tashkent"
    arrival = "Water diplomacy\nSergey Lavrov met Wang Yi on arrival in Tashkent on Monday.\n"
    assert _meetings(arrival)[PAIR] == "place:tashkent"


def test_a_log_line_opening_with_its_journey_places_the_meeting_told_after_where() -> None:
    text = (
        "Field log\nFlew on to Shanghai, where Sergey Lavrov spent two hours with Wang Yi on "
        "the waterfront.\n"
    )
    assert _meetings(text)[PAIR] == "place:shanghai"


def test_a_camp_named_by_its_number_is_where_they_met() -> None:
    text = "Camp notes\nSergey Lavrov met Wang Yi at the site office in Camp 14 on Monday.\n"
    assert _meetings(text)[PAIR] == "place:camp-14"
