"""Who takes part in a meeting (SCHEMA C1, C6), on sentences written for the test."""

from __future__ import annotations

import pytest

from actorgraph.extract.report import extract
from actorgraph.read.inputs import read_text

SCHOLZ, MACRON, SANCHEZ = "person:olaf-scholz", "person:emmanuel-macron", "person:pedro-sanchez"
RUTTE, NATO = "person:mark-rutte", "organization:north-atlantic-treaty-organization"


def _groups(body: str) -> set[frozenset[str]]:
    extraction = extract(read_text("European roundup\n" + body + "\n", "report.txt"))
    return {frozenset(p.id for p in e.participants) for e in extraction.events if e.is_meeting}


def test_counterparts_listed_after_the_verb_are_separate_meetings() -> None:
    groups = _groups("German Chancellor Olaf Scholz met Emmanuel Macron and Pedro Sanchez in Rome.")
    assert groups == {frozenset({SCHOLZ, MACRON}), frozenset({SCHOLZ, SANCHEZ})}


def test_a_joint_meeting_keeps_everyone_together() -> None:
    groups = _groups(
        "Olaf Scholz held a trilateral meeting with Emmanuel Macron and Pedro Sanchez in Rome."
    )
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ})}


def test_people_present_at_the_meeting_join_it() -> None:
    groups = _groups(
        "Olaf Scholz met Emmanuel Macron in Paris on Monday. "
        "Spanish Prime Minister Pedro Sanchez was also present at the meeting."
    )
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ})}


def test_news_agencies_report_meetings_but_do_not_attend_them() -> None:
    assert _groups("PARIS (AFP) - A German delegation met Emmanuel Macron at the Elysee.") == set()


def test_a_clause_after_the_meeting_adds_no_counterpart() -> None:
    groups = _groups(
        "Olaf Scholz met Emmanuel Macron in Paris, two days after Pedro Sanchez won a vote."
    )
    assert groups == {frozenset({SCHOLZ, MACRON})}


def test_the_possessor_of_an_envoy_is_not_at_the_meeting() -> None:
    groups = _groups("Emmanuel Macron freed two prisoners after meeting Olaf Scholz's envoy.")
    assert not any(SCHOLZ in group for group in groups)


def test_a_newspaper_named_in_a_footer_is_no_party() -> None:
    groups = _groups(
        "The post Olaf Scholz meets with Emmanuel Macron appeared first on The Harbour Post."
    )
    assert not any(len(group) > 2 for group in groups)
    assert all("organization:the-harbour-post" not in group for group in groups)


def test_two_people_who_held_a_meeting_met_each_other() -> None:
    groups = _groups(
        "Olaf Scholz, the head of the German delegation, and Pedro Sanchez held a bilateral "
        "meeting ahead of the summit."
    )
    assert groups == {frozenset({SCHOLZ, SANCHEZ})}


def test_two_people_who_met_others_did_not_meet_each_other() -> None:
    groups = _groups("Olaf Scholz and Pedro Sanchez met with dozens of farmers in Lyon.")
    assert frozenset({SCHOLZ, SANCHEZ}) not in groups


def test_a_hyphenated_length_does_not_hide_a_meeting() -> None:
    groups = _groups("Olaf Scholz held a three-hour meeting on Friday with Emmanuel Macron.")
    assert groups == {frozenset({SCHOLZ, MACRON})}


def test_a_newly_appointed_guest_is_received() -> None:
    groups = _groups("Olaf Scholz welcomed the newly appointed envoy Emmanuel Macron in Berlin.")
    assert groups == {frozenset({SCHOLZ, MACRON})}


def test_someone_who_attended_a_named_days_meeting_joins_it() -> None:
    groups = _groups(
        "Olaf Scholz met Emmanuel Macron in Paris. "
        "Pedro Sanchez, who attended Friday's meeting, spoke to reporters."
    )
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ})}


def test_a_meeting_left_with_one_party_is_no_event() -> None:
    text = (
        "European roundup\nOlaf Scholz met the ambassador in Rome, the news agency ANSA reported.\n"
    )
    extraction = extract(read_text(text, "report.txt"))
    assert not [e for e in extraction.events if e.kind == "Meeting" and len(e.participants) < 2]


def test_an_unnamed_person_in_the_sentence_is_the_one_who_met() -> None:
    groups = _groups(
        "Olaf Scholz met Emmanuel Macron in Paris on Monday. "
        "A senior Spanish diplomat also travelled to Paris, where he met officials of the "
        "European Commission."
    )
    assert groups == {frozenset({SCHOLZ, MACRON})}  # 'he' is the diplomat, not Macron


def test_the_source_after_according_to_does_not_attend() -> None:
    groups = _groups(
        "A senior Spanish diplomat met officials of the European Commission in Brussels, "
        "according to the Elysee."
    )
    assert groups == set()


def test_during_the_meeting_tells_the_same_meeting_again() -> None:
    extraction = extract(
        read_text(
            "European roundup\n"
            "Olaf Scholz received Emmanuel Macron at the Chancellery in Berlin on Monday.\n"
            "During the meeting, the two leaders reviewed relations between Germany and France.\n"
            "The meeting was attended by Pedro Sanchez.\n",
            "report.txt",
        )
    )
    meetings = [e for e in extraction.events if e.is_meeting]
    assert len(meetings) == 1
    assert {p.id for p in meetings[0].participants} == {SCHOLZ, MACRON, SANCHEZ}


def test_headed_to_a_place_where_he_met_and_a_denied_report_of_a_meeting() -> None:
    extraction = extract(
        read_text(
            "European roundup\n"
            "Olaf Scholz then headed to Lisbon, where he met Pedro Sanchez in the presence of "
            "Emmanuel Macron.\n"
            "Reports claiming that Scholz had also met Giorgia Meloni in Rome were denied by "
            "his office.\n",
            "report.txt",
        )
    )
    meetings = {frozenset(p.id for p in e.participants): e.place for e in extraction.events
                if e.is_meeting}  # fmt: skip
    assert meetings == {frozenset({SCHOLZ, SANCHEZ, MACRON}): "place:lisbon"}


def test_the_delegation_of_a_country_and_a_second_meeting_before_meeting() -> None:
    extraction = extract(
        read_text(
            "European roundup\n"
            "German Chancellor Olaf Scholz, accompanied by German envoy Jens Ploetner, met "
            "Emmanuel Macron at the Elysee on Monday.\n"
            "The German delegation then headed to Madrid, where it met Pedro Sanchez, before "
            "meeting Italian Prime Minister Giorgia Meloni at the Palazzo Chigi.\n",
            "report.txt",
        )
    )
    groups = {frozenset(p.id for p in e.participants) for e in extraction.events if e.is_meeting}
    ploetner, meloni = "person:jens-ploetner", "person:giorgia-meloni"
    assert frozenset({SCHOLZ, ploetner, SANCHEZ}) in groups
    assert frozenset({SCHOLZ, ploetner, meloni}) in groups


def test_the_sender_of_greetings_a_guest_conveys_is_not_at_the_meeting() -> None:
    groups = _groups(
        "Olaf Scholz was received by Emmanuel Macron, to whom he conveyed the greetings of "
        "Pedro Sanchez. Giorgia Meloni received Scholz, who delivered a written message from "
        "Sanchez."
    )
    assert groups == {frozenset({SCHOLZ, MACRON}), frozenset({SCHOLZ, "person:giorgia-meloni"})}


def test_attending_the_long_meeting_and_a_topic_after_with_whom() -> None:
    groups = _groups(
        "Olaf Scholz received Emmanuel Macron, with whom he discussed the agreement with "
        "Giorgia Meloni. Pedro Sanchez also attended the three-hour meeting."
    )
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ})}


def test_guests_with_asides_received_in_a_meeting_meet_together() -> None:
    groups = _groups(
        "Olaf Scholz received Pedro Sanchez, head of the socialist bloc, and Emmanuel Macron, "
        "political aide to President Giorgia Meloni, in a meeting that lasted two hours."
    )
    assert groups == {frozenset({SCHOLZ, SANCHEZ, MACRON})}


def test_a_separate_meeting_told_again_with_more_people_and_a_venue_is_one() -> None:
    extraction = extract(
        read_text(
            "European roundup\n"
            "Olaf Scholz, who arrived in Paris on Monday, held separate meetings with Emmanuel "
            "Macron and Pedro Sanchez in Paris.\n"
            "Scholz then headed to Montretout, where he met Macron in the presence of "
            "German ambassador Stephan Steinlein.\n",
            "report.txt",
        )
    )
    meetings = {frozenset(p.id for p in e.participants): e.place for e in extraction.events
                if e.is_meeting}  # fmt: skip
    assert frozenset({SCHOLZ, MACRON}) not in meetings
    assert meetings[frozenset({SCHOLZ, MACRON, "person:stephan-steinlein"})] == "place:montretout"


def test_the_speaker_who_tells_of_a_meeting_is_not_a_party_to_it() -> None:
    groups = _groups(
        "Government spokesman Steffen Hebestreit said Olaf Scholz met Emmanuel Macron in"
        " Paris. A spokesman, Ana Pardo, told reporters that Pedro Sanchez had met Macron."
    )
    assert groups == {frozenset({SCHOLZ, MACRON}), frozenset({SANCHEZ, MACRON})}


def test_a_meeting_denied_before_it_is_told_did_not_happen() -> None:
    groups = _groups(
        "The ministry denied reports by a Spanish daily that Pedro Sanchez had met Olaf Scholz"
        " in Bern. An aide denied that Macron met Scholz. Scholz met Sanchez in Rome."
    )
    assert groups == {frozenset({SCHOLZ, SANCHEZ})}


def test_a_question_states_no_meeting() -> None:
    assert _groups("Has Olaf Scholz met Pedro Sanchez? Did Macron meet Sanchez in Rome?") == set()


def test_the_host_of_talks_between_two_sides_takes_part() -> None:
    groups = _groups(
        "Talks between Olaf Scholz and Pedro Sanchez resumed in Geneva, hosted by Emmanuel Macron."
    )
    assert groups == {frozenset({SCHOLZ, SANCHEZ, MACRON})}


def test_quoted_talks_and_a_consultation_attended_by_guests() -> None:
    groups = _groups(
        'Scholz later held "intensive consultations" with Pedro Sanchez. Macron hosted an'
        " informal consultation on migration, attended by Scholz and Sanchez."
    )
    assert groups == {frozenset({SCHOLZ, SANCHEZ}), frozenset({SCHOLZ, SANCHEZ, MACRON})}


def test_people_who_took_part_join_the_meeting_told_before() -> None:
    body = "Olaf Scholz met Pedro Sanchez in Madrid. Emmanuel Macron also took part in the talks."
    assert _groups(body) == {frozenset({SCHOLZ, SANCHEZ, MACRON})}
    body = "Olaf Scholz met Pedro Sanchez in Madrid. Participants included Emmanuel Macron."
    assert _groups(body) == {frozenset({SCHOLZ, SANCHEZ, MACRON})}


def test_guests_hosted_for_talks_meet_together() -> None:
    groups = _groups("Olaf Scholz hosted Pedro Sanchez and Emmanuel Macron for talks in Berlin.")
    assert groups == {frozenset({SCHOLZ, SANCHEZ, MACRON})}


def test_more_ways_of_telling_one_meeting_of_several() -> None:
    everyone = frozenset({SCHOLZ, SANCHEZ, MACRON})
    for body in (
        "Olaf Scholz met Pedro Sanchez in Madrid with the participation of Emmanuel Macron.",
        "Olaf Scholz met Pedro Sanchez in Madrid. Also attending was Emmanuel Macron.",
        "Olaf Scholz hosted a dinner for Pedro Sanchez and Emmanuel Macron in Berlin.",
        "The talks in Madrid involved Olaf Scholz, Pedro Sanchez and Emmanuel Macron.",
        "Olaf Scholz, Pedro Sanchez and Emmanuel Macron attended a meeting in Madrid.",
        "Olaf Scholz met Pedro Sanchez in Madrid. The meeting was attended on the French side"
        " by Emmanuel Macron.",
    ):
        assert _groups(body) == {everyone}, body


def test_the_organization_whose_leaders_or_officials_meet_takes_part() -> None:
    groups = _groups(
        "Esmail Qaani met leaders of the Popular Mobilization Forces, including its chairman"
        " Falih al-Fayyadh, in Baghdad. Hakan Fidan met Hamas officials led by Khalil al-Hayya"
        " in Doha."
    )
    assert groups == {
        frozenset({"person:esmail-qaani", "organization:popular-mobilization-forces",
                   "person:falih-al-fayyadh"}),
        frozenset({"person:hakan-fidan", "organization:hamas", "person:khalil-al-hayya"}),
    }  # fmt: skip


def test_a_delegation_told_before_brings_its_members_to_its_meeting() -> None:
    text = "Security roundup\n" + (
        "A Spanish delegation headed by Pedro Sanchez and including Jose Manuel Albares arrived"
        " in Berlin on Monday. Olaf Scholz received the delegation on Tuesday.\n"
    )
    extraction = extract(read_text(text, "report.txt"))
    meetings = [e for e in extraction.events if e.is_meeting]
    assert {p.id for p in meetings[0].participants} == {
        SCHOLZ,
        SANCHEZ,
        "person:jose-manuel-albares",
    }
    assert meetings[0].place == "place:berlin"


def test_people_in_photos_with_a_participant_join_the_meeting() -> None:
    groups = _groups(
        "Olaf Scholz held talks with Spanish Prime Minister Pedro Sanchez in Berlin on Friday. "
        "His office later released photos of Scholz with Sanchez, who leads the government, "
        "and Emmanuel Macron, who had travelled from Paris."
    )
    assert groups == {frozenset({SCHOLZ, SANCHEZ, MACRON})}


def test_photos_of_someone_outside_the_meeting_join_nobody() -> None:
    groups = _groups(
        "Olaf Scholz met Emmanuel Macron in Berlin on Friday. "
        "A newspaper printed old photos of Pedro Sanchez with Angela Merkel."
    )
    assert groups == {frozenset({SCHOLZ, MACRON})}


def test_the_head_of_a_party_s_delegation_takes_part_in_its_meeting() -> None:
    for later in (
        "Pedro Sanchez, head of the NATO delegation, called the talks useful.",
        "The NATO delegation, led by Pedro Sanchez, left on Tuesday.",
    ):
        groups = _groups(
            "Olaf Scholz held talks with a NATO delegation in Berlin on Monday. " + later
        )
        assert groups == {frozenset({SCHOLZ, NATO, SANCHEZ})}, later


def test_the_head_of_another_delegation_joins_no_meeting() -> None:
    groups = _groups(
        "Olaf Scholz met Emmanuel Macron in Berlin on Monday. "
        "Pedro Sanchez, head of the NATO delegation, arrived later in the week."
    )
    assert groups == {frozenset({SCHOLZ, MACRON})}


def test_a_subject_added_between_commas_with_as_well_as_takes_part() -> None:
    assert _groups("Olaf Scholz, as well as Pedro Sanchez, met Emmanuel Macron in Paris.") == {
        frozenset({SCHOLZ, SANCHEZ, MACRON})
    }
    groups = _groups(
        "Olaf Scholz and Emmanuel Macron, as well as former Prime Minister Pedro Sanchez, were "
        "photographed together at a ceremony that marked the anniversary of the treaty."
    )
    assert groups == {frozenset({SCHOLZ, SANCHEZ, MACRON})}


def test_people_told_after_a_meeting_in_other_words_join_it() -> None:
    for later in (
        "She was joined there by Pedro Sanchez and Mark Rutte.",
        "I was joined at the table by Pedro Sanchez and Mark Rutte.",
        "Others at the table included Pedro Sanchez and Mark Rutte.",
        "Participants: Pedro Sanchez and Mark Rutte.",
    ):
        groups = _groups("Emmanuel Macron received Olaf Scholz in Paris on Monday. " + later)
        assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ, RUTTE})}, later


def test_someone_who_also_attended_or_took_part_joins_the_meeting() -> None:
    for later in ("Pedro Sanchez also attended in person.", "Pedro Sanchez also took part."):
        groups = _groups("Emmanuel Macron received Olaf Scholz in Paris on Monday. " + later)
        assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ})}, later


def test_a_convened_roundtable_takes_the_participants_listed_after_it() -> None:
    groups = _groups(
        "Emmanuel Macron convened a roundtable on energy in Paris. "
        "Participants: Olaf Scholz, Pedro Sanchez and Mark Rutte."
    )
    assert groups == {frozenset({MACRON, SCHOLZ, SANCHEZ, RUTTE})}


def test_talks_convened_without_parties_are_a_new_meeting_the_next_sentence_joins() -> None:
    groups = _groups(
        "Emmanuel Macron met Olaf Scholz in Paris on Monday.\n\n"
        "Pedro Sanchez convened talks in Madrid on Friday. Taking part were Mark Rutte and "
        "Olaf Scholz."
    )
    assert groups == {frozenset({MACRON, SCHOLZ}), frozenset({SANCHEZ, RUTTE, SCHOLZ})}


def test_a_convened_session_nobody_joins_is_no_meeting() -> None:
    assert _groups("Emmanuel Macron convened a session of his cabinet in Paris.") == set()


def _places(body: str) -> set[str | None]:
    extraction = extract(read_text("Digest\n" + body + "\n", "report.txt"))
    return {e.place for e in extraction.events if e.is_meeting}


def test_a_digest_line_headed_by_place_and_day_puts_its_meeting_there() -> None:
    places = _places(
        "- Berlin, 20 Oct: Olaf Scholz met Emmanuel Macron.\n"
        "- Madrid, 22 Oct: Pedro Sanchez met Mark Rutte."
    )
    assert places == {"place:berlin", "place:madrid"}


def test_the_coordinator_or_representative_named_by_role_is_the_titled_person() -> None:
    for role in ("Special Coordinator", "Special Representative"):
        groups = _groups(
            f"UN {role} Pedro Sanchez arrived in Rome on Monday. "
            f"On Tuesday, the {role} was received by Emmanuel Macron at the Elysee."
        )
        assert groups == {frozenset({SANCHEZ, MACRON})}, role


def test_hosted_consultations_take_their_attendees_and_the_host_s_delegation() -> None:
    groups = _groups(
        "Olaf Scholz today hosted consultations in Berlin with the foreign ministers of France "
        "and Spain. The consultations were attended by Emmanuel Macron and Pedro Sanchez. "
        "The German delegation comprised Mark Rutte."
    )
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ, RUTTE})}


def test_hosted_talks_with_a_named_guest_are_a_meeting() -> None:
    assert _groups("Olaf Scholz hosted talks in Berlin with Emmanuel Macron.") == {
        frozenset({SCHOLZ, MACRON})
    }


def test_a_host_flanked_by_aides_meets_the_guest_with_them() -> None:
    groups = _groups(
        "Olaf Scholz was received in Paris by Emmanuel Macron, who was flanked by Pedro Sanchez "
        "and Mark Rutte."
    )
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ, RUTTE})}


def test_the_guests_of_a_signing_ceremony_join_the_signing() -> None:
    groups = _groups(
        "On Monday in Berlin, Olaf Scholz and Emmanuel Macron signed a protocol on detainees. "
        "The signing ceremony was attended by Pedro Sanchez and Mark Rutte."
    )
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ, RUTTE})}


def test_an_organization_opening_the_next_person_s_title_is_no_party() -> None:
    groups = _groups("Olaf Scholz met Emmanuel Macron and NATO chief Mark Rutte in Paris.")
    assert all(NATO not in group for group in groups)
    assert any({SCHOLZ, RUTTE} <= group for group in groups)
    assert any(NATO in group for group in _groups("Olaf Scholz met Emmanuel Macron and NATO."))


def test_organizations_listed_as_attendees_join_the_meeting() -> None:
    groups = _groups(
        "Olaf Scholz met Emmanuel Macron in Paris on Monday. "
        "The meeting was also attended by NATO and Pedro Sanchez."
    )
    assert groups == {frozenset({SCHOLZ, MACRON, NATO, SANCHEZ})}


def test_people_joining_or_present_at_a_meeting_are_in_that_one_meeting() -> None:
    for sentence in (
        "Olaf Scholz held a meeting with Emmanuel Macron, joined by Pedro Sanchez and Mark Rutte.",
        "Olaf Scholz met Emmanuel Macron, with Pedro Sanchez and Mark Rutte also present.",
    ):
        assert _groups(sentence) == {frozenset({SCHOLZ, MACRON, SANCHEZ, RUTTE})}, sentence


def test_the_two_presidents_of_a_phone_call_hold_no_meeting() -> None:
    groups = _groups(
        "Olaf Scholz met Pedro Sanchez in Berlin. Mark Rutte later met Emmanuel Macron. "
        "In the evening, President Scholz received a phone call from President Macron, during "
        "which the two presidents discussed trade."
    )
    assert groups == {frozenset({SCHOLZ, SANCHEZ}), frozenset({RUTTE, MACRON})}


def test_the_two_leaders_named_in_their_own_sentence_are_the_pair() -> None:
    groups = _groups(
        "Pedro Sanchez met Mark Rutte in Madrid. Olaf Scholz hosted Emmanuel Macron in Berlin "
        "on Tuesday, and the two leaders discussed trade over dinner."
    )
    assert frozenset({RUTTE, SANCHEZ}) in groups
    assert all({SCHOLZ, MACRON} <= group or SCHOLZ not in group for group in groups)


def _meetings_at(body: str) -> set[tuple[frozenset[str], str | None]]:
    extraction = extract(read_text("European roundup\n" + body + "\n", "report.txt"))
    return {(frozenset(p.id for p in e.participants), e.place) for e in extraction.events
            if e.is_meeting}  # fmt: skip


def test_a_round_held_elsewhere_is_another_meeting_of_those_named_after_it() -> None:
    found = _meetings_at(
        "Olaf Scholz met Emmanuel Macron in Paris on Monday. The third round was held in "
        "Madrid on Friday. The session was attended by Pedro Sanchez and Mark Rutte."
    )
    assert found == {
        (frozenset({SCHOLZ, MACRON}), "place:paris"),
        (frozenset({SANCHEZ, RUTTE}), "place:madrid"),
    }


def test_a_round_held_elsewhere_that_nobody_attends_is_no_meeting() -> None:
    found = _meetings_at(
        "Olaf Scholz met Emmanuel Macron in Paris on Monday. The third round was held in "
        "Madrid on Friday."
    )
    assert found == {(frozenset({SCHOLZ, MACRON}), "place:paris")}


def test_a_place_header_places_the_meetings_of_its_section() -> None:
    found = _meetings_at(
        "\nParis\n\nOlaf Scholz met Emmanuel Macron in Paris on Monday.\n\nMadrid\n\n"
        "Pedro Sanchez met Mark Rutte on Tuesday."
    )
    assert (frozenset({SANCHEZ, RUTTE}), "place:madrid") in found


def test_a_meeting_told_again_in_its_own_sentence_is_one_meeting_at_its_place() -> None:
    found = _meetings_at(
        "German Chancellor Olaf Scholz held talks on Tuesday with French Prime Minister and "
        "Foreign Minister Emmanuel Macron at the start of an official visit to France, during "
        "which the two sides discussed relations and navigation in Marseille. The talks with "
        "Macron, which were also attended by Pedro Sanchez, covered trade."
    )
    assert found == {(frozenset({SCHOLZ, MACRON, SANCHEZ}), "place:france")}


def test_an_embassy_named_only_as_where_people_met_is_the_meeting_place() -> None:
    found = _meetings_at("Olaf Scholz met Pedro Sanchez at the Turkish Embassy in Berlin.")
    assert found == {(frozenset({SCHOLZ, SANCHEZ}), "place:turkish-embassy")}


def test_the_base_visited_is_where_the_visitor_met_someone_there() -> None:
    found = _meetings_at(
        "Olaf Scholz later visited Camp Marmal, the largest base abroad, in Mazar, where he "
        "met Pedro Sanchez."
    )
    assert found == {(frozenset({SCHOLZ, SANCHEZ}), "place:camp-marmal")}


def test_a_timeline_entry_of_day_and_place_places_its_meeting() -> None:
    found = _meetings_at(
        "- 11 June, Paris. Olaf Scholz met Emmanuel Macron on Monday.\n"
        "- 13 June, Madrid. Pedro Sanchez met Mark Rutte, the agency reported."
    )
    assert found == {
        (frozenset({SCHOLZ, MACRON}), "place:paris"),
        (frozenset({SANCHEZ, RUTTE}), "place:madrid"),
    }


def test_a_courtesy_call_on_a_role_named_after_a_comma_is_a_meeting() -> None:
    groups = _groups("In Brussels, Olaf Scholz called on the alliance's chief, Mark Rutte, today.")
    assert groups == {frozenset({SCHOLZ, RUTTE})}


def test_calling_on_someone_to_act_is_no_meeting() -> None:
    assert not _groups("Olaf Scholz called on the alliance's chief, Mark Rutte, to act.")


def test_an_ambassador_summoned_met_whoever_summoned_him() -> None:
    groups = _groups("Olaf Scholz summoned the French ambassador, Pedro Sanchez, on Monday.")
    assert groups == {frozenset({SCHOLZ, SANCHEZ})}


def test_two_who_visited_a_place_together_met_there() -> None:
    groups = _groups("Olaf Scholz and Pedro Sanchez jointly visited a refugee camp in Rome.")
    assert groups == {frozenset({SCHOLZ, SANCHEZ})}
    assert not _groups("Olaf Scholz visited a refugee camp in Rome with his wife.")


def test_the_head_of_a_delegation_among_the_subjects_takes_part() -> None:
    groups = _groups(
        "In Geneva, a German delegation headed by Olaf Scholz and a Hamas delegation led by "
        "its deputy chief Khalil al-Hayya held talks on Monday."
    )
    assert any({SCHOLZ, "organization:hamas", "person:khalil-al-hayya"} <= g for g in groups)


def test_summoned_to_a_court_is_no_meeting() -> None:
    assert not _groups("A court in Berlin summoned Pedro Sanchez to testify on Monday.")


def test_held_with_three_words_before_the_meeting_noun() -> None:
    assert _groups(
        "Olaf Scholz and Emmanuel Macron held their first annual dialogue in Paris."
    ) == {frozenset({SCHOLZ, MACRON})}
    assert _groups("Olaf Scholz and Pedro Sanchez held a separate bilateral meeting in Rome.") == {
        frozenset({SCHOLZ, SANCHEZ})
    }


def test_his_highness_abbreviated_does_not_end_the_list_of_those_present() -> None:
    groups = _groups(
        "Olaf Scholz received Emmanuel Macron in Berlin. The meeting was attended by H.H. "
        "Prince Albert of Monaco, a guest; and Pedro Sanchez, Prime Minister of Spain."
    )
    assert any({SCHOLZ, MACRON, SANCHEZ} <= group for group in groups)


def test_a_capitalised_role_with_a_nationality_names_that_country_s_person() -> None:
    groups = _groups(
        "Olaf Scholz received Abdel Fattah El-Sisi in Berlin. Emmanuel Macron arrived later. "
        "Afterwards the Egyptian President met Mark Rutte."
    )
    assert frozenset({"person:abdel-fattah-el-sisi", RUTTE}) in groups


def test_the_ruler_of_an_emirate_is_a_title_not_an_actor() -> None:
    text = "Sheikh Hamdan bin Mohammed, Deputy Ruler of Dubai, attended the opening.\n"
    names = {e.name for e in extract(read_text("Gulf roundup\n" + text, "report.txt")).entities}
    assert not any(name.split()[-1] == "Ruler" for name in names)


def test_those_present_at_the_call_or_the_dinner_join_the_meeting() -> None:
    for occasion in ("call", "dinner"):
        groups = _groups(
            "Olaf Scholz received Emmanuel Macron in Berlin on Friday. "
            f"Also present at the {occasion} were Pedro Sanchez and Mark Rutte."
        )
        assert frozenset({SCHOLZ, MACRON, SANCHEZ, RUTTE}) in groups


def test_being_briefed_by_someone_in_person_is_a_meeting() -> None:
    met = _groups("Olaf Scholz visited the base, where he was briefed by Mark Rutte.")
    assert met == {frozenset({SCHOLZ, RUTTE})}
    assert not _groups("Olaf Scholz was briefed by Mark Rutte by telephone.")


def test_a_gathering_told_with_its_chairs_is_their_meeting() -> None:
    co_chaired = _groups("The session was co-chaired by Olaf Scholz and Emmanuel Macron in Rome.")
    assert co_chaired == {frozenset({SCHOLZ, MACRON})}
    chaired = _groups(
        "The contact group met in Rome on Friday, chaired by Olaf Scholz. "
        "Participants included Pedro Sanchez and Mark Rutte."
    )
    assert chaired == {frozenset({SCHOLZ, SANCHEZ, RUTTE})}


def test_a_gathering_attended_and_chaired_by_others_is_their_meeting() -> None:
    writer = _groups(
        "On Monday I attended the coordination meeting in Rome, co-chaired by the mayor, "
        "Olaf Scholz, and the prefect, Emmanuel Macron."
    )
    assert writer == {frozenset({SCHOLZ, MACRON})}
    attendee = _groups("Pedro Sanchez attended the donor session in Rome, chaired by Mark Rutte.")
    assert attendee == {frozenset({SANCHEZ, RUTTE})}
    assert not _groups("Pedro Sanchez will attend the donor session, chaired by Mark Rutte.")


def test_a_journey_made_together_gives_the_meeting_its_place() -> None:
    extraction = extract(
        read_text(
            "Roundup\nOlaf Scholz and Emmanuel Macron flew together to Warsaw, where they "
            "met Mark Rutte.\n",
            "report.txt",
        )
    )
    places = {e.place for e in extraction.events if e.is_meeting}
    assert places == {"place:warsaw"}


def test_a_meeting_in_a_place_on_a_date_between_parties() -> None:
    groups = _groups(
        "A meeting in Vienna on 3 March between Olaf Scholz, Emmanuel Macron and Mark Rutte "
        "ended without a statement."
    )
    assert groups == {frozenset({SCHOLZ, MACRON, RUTTE})}


def test_the_two_leaders_are_the_last_two_named_or_referred_to() -> None:
    groups = _groups(
        "Olaf Scholz met Pedro Sanchez and Mark Rutte in Berlin. Later he flew to Paris, "
        "where he was received by Emmanuel Macron. The two leaders then held talks."
    )
    assert frozenset({SCHOLZ, MACRON}) in groups
    assert frozenset({MACRON, RUTTE}) not in groups


def test_a_delegation_and_its_head_meeting_unnamed_people_met_nobody_named() -> None:
    assert not _groups(
        "A delegation from the European Union, led by its envoy Olaf Scholz, met "
        "representatives of opposition parties in Minsk on Monday."
    )


def test_people_in_whose_presence_the_meeting_was_held_join_it() -> None:
    groups = _groups(
        "Olaf Scholz received Emmanuel Macron in Berlin on Monday. "
        "The meeting was held in the presence of Pedro Sanchez and Mark Rutte."
    )
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ, RUTTE})}


def test_his_excellency_alone_is_the_leader_the_report_is_about() -> None:
    groups = _groups(
        "Chancellor Olaf Scholz chaired a cabinet session in Berlin on Monday. "
        "Later, His Excellency received Emmanuel Macron."
    )
    assert groups == {frozenset({SCHOLZ, MACRON})}


def test_an_honorific_before_a_name_is_a_title_not_a_reference() -> None:
    groups = _groups(
        "Olaf Scholz opened the fair in Berlin. "
        "His Excellency Pedro Sanchez later received Emmanuel Macron."
    )
    assert groups == {frozenset({SANCHEZ, MACRON})}


def test_the_same_leaders_also_discussing_a_topic_is_the_same_meeting() -> None:
    groups = _groups(
        "Olaf Scholz received Emmanuel Macron at the Chancellery in Berlin. "
        "Scholz and Macron also exchanged views on the ceasefire in Gaza."
    )
    assert groups == {frozenset({SCHOLZ, MACRON})}


def test_a_session_chaired_on_a_day_is_a_meeting_of_the_chair_and_the_body() -> None:
    groups = _groups(
        "Chancellor Olaf Scholz chaired on Tuesday an emergency session of the North Atlantic "
        "Treaty Organization in Berlin. The session was attended by Emmanuel Macron."
    )
    assert groups == {frozenset({SCHOLZ, NATO, MACRON})}


def test_the_people_a_convened_body_was_represented_by_join_its_meeting() -> None:
    groups = _groups(
        "Olaf Scholz convened the North Atlantic Treaty Organization in Berlin on Monday. "
        "The alliance was represented by Mark Rutte and Emmanuel Macron."
    )
    assert groups == {frozenset({SCHOLZ, NATO, RUTTE, MACRON})}


def test_an_adviser_to_the_president_is_not_the_president() -> None:
    groups = _groups(
        "Olaf Scholz met Emmanuel Macron in Paris. "
        "Pedro Sanchez, senior adviser to the President for Europe, also took part."
    )
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ})}


def test_the_items_of_an_attendance_list_join_the_meeting() -> None:
    groups = _groups(
        "The coordination forum met in Brussels on Monday, chaired by Olaf Scholz. "
        "Attending were:\n- Emmanuel Macron\n- the North Atlantic Treaty Organization (NATO)\n"
        "\nThe forum meets again next week."
    )
    assert groups == {frozenset({SCHOLZ, MACRON, NATO})}


def test_a_bulleted_list_without_a_meeting_before_it_joins_nothing() -> None:
    groups = _groups(
        "Olaf Scholz met Emmanuel Macron in Paris.\n\nOther leaders in the news:\n"
        "- Pedro Sanchez\n- Mark Rutte\n"
    )
    assert groups == {frozenset({SCHOLZ, MACRON})}


def test_a_meeting_told_without_names_takes_the_parties_named_next() -> None:
    groups = _groups(
        "Olaf Scholz met Emmanuel Macron in Paris on Sunday. On Monday the four leaders met "
        "for five hours in Madrid. Around the table: Pedro Sanchez, Mark Rutte and Olaf Scholz."
    )
    assert groups == {frozenset({SCHOLZ, MACRON}), frozenset({SANCHEZ, RUTTE, SCHOLZ})}


def test_a_meeting_without_names_that_nobody_joins_is_dropped() -> None:
    groups = _groups("Olaf Scholz met Emmanuel Macron in Paris. The ministers met in Madrid.")
    assert groups == {frozenset({SCHOLZ, MACRON})}


def test_the_chair_of_a_meeting_told_without_names_joins_it() -> None:
    groups = _groups(
        "On Monday six people sat down at a long table in Madrid. Around the table: Mark Rutte "
        "and Olaf Scholz. The meeting was chaired by Pedro Sanchez, who arrived late."
    )
    assert groups == {frozenset({SANCHEZ, RUTTE, SCHOLZ})}


def test_people_present_there_or_taking_part_join_the_meeting() -> None:
    for joiner in (
        "Present there were Pedro Sanchez and Mark Rutte.",
        "Also taking part in the talks were Pedro Sanchez and Mark Rutte.",
        "Pedro Sanchez and Mark Rutte were also present at the meeting, officials said.",
    ):
        groups = _groups("Olaf Scholz received Emmanuel Macron in Berlin on Monday. " + joiner)
        assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ, RUTTE})}, joiner


def test_a_round_co_chaired_by_bodies_that_took_place_is_their_meeting() -> None:
    groups = _groups(
        "The fifth round of the Brussels talks, co-chaired by the North Atlantic Treaty "
        "Organization and Emmanuel Macron, took place in Brussels on Monday. "
        "The German delegation was headed by Olaf Scholz."
    )
    assert groups == {frozenset({NATO, MACRON, SCHOLZ})}


def test_the_meeting_with_a_relative_clause_attended_by_joins_it() -> None:
    groups = _groups(
        "Olaf Scholz received Emmanuel Macron in Berlin on Monday. The meeting, which was closed "
        "to the press, was also attended by Pedro Sanchez and Mark Rutte."
    )
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ, RUTTE})}


def test_organizations_a_title_is_of_are_not_parties() -> None:
    groups = _groups(
        "Olaf Scholz and Pedro Sanchez, co-chairs of the OSCE and the Council of Europe, met "
        "Emmanuel Macron in Paris."
    )
    assert groups == {frozenset({SCHOLZ, SANCHEZ, MACRON})}


def test_a_subject_list_with_title_appositions_meets_as_one() -> None:
    groups = _groups(
        "On Monday, Olaf Scholz, Chancellor of Germany, Emmanuel Macron, President of the "
        "French Republic, and Pedro Sanchez met in Brussels for the preparatory session."
    )
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ})}


def test_and_then_a_verb_after_an_apposition_starts_a_clause() -> None:
    groups = _groups(
        "Olaf Scholz received Emmanuel Macron, President of the French Republic, and "
        "welcomed Spain's support for the plan in Berlin."
    )
    assert groups == {frozenset({SCHOLZ, MACRON})}


def test_guests_hosted_at_a_luncheon_are_one_meeting() -> None:
    groups = _groups(
        "Olaf Scholz hosted Emmanuel Macron and Pedro Sanchez at a working luncheon in Berlin."
    )
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ})}


def test_people_on_one_side_or_in_attendance_join_the_last_meeting() -> None:
    for joiner in (
        "On the Spanish side were",
        "On the Spanish side, Prime Minister",
        "In attendance:",
        "The chancellor was accompanied by",
    ):
        groups = _groups(
            f"Olaf Scholz held talks with Emmanuel Macron in Paris. {joiner} Pedro Sanchez."
        )
        assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ})}, joiner


def test_he_after_a_fronted_phrase_is_the_last_sentence_subject() -> None:
    groups = _groups(
        "Olaf Scholz stayed on in Paris. On Tuesday, joined by Pedro Sanchez, he sat down with "
        "Emmanuel Macron at the Elysee."
    )
    assert groups == {frozenset({SCHOLZ, SANCHEZ, MACRON})}


def test_a_ministerial_delegation_led_by_a_and_including_b_meets_as_one() -> None:
    extraction = extract(
        read_text(
            "European roundup\nA NATO ministerial delegation led by Olaf Scholz, and including "
            "Pedro Sanchez, met Emmanuel Macron in Paris on Tuesday.\n",
            "report.txt",
        )
    )
    groups = {frozenset(p.id for p in e.participants) for e in extraction.events if e.is_meeting}
    assert groups == {frozenset({NATO, SCHOLZ, SANCHEZ, MACRON})}


def test_a_meeting_told_without_names_takes_the_people_listed_next() -> None:
    briefed = _groups(
        "A security briefing for partners was held at the town hall in Lille on Wednesday. "
        "Attendees: Olaf Scholz, Emmanuel Macron and Pedro Sanchez."
    )
    assert briefed == {frozenset({SCHOLZ, MACRON, SANCHEZ})}
    panel = _groups(
        "The negotiators returned to Brussels for a technical session on Tuesday. The panel "
        "comprised Olaf Scholz, Emmanuel Macron and Pedro Sanchez."
    )
    assert panel == {frozenset({SCHOLZ, MACRON, SANCHEZ})}


def test_the_meeting_held_in_the_presence_of_joins_it_and_opens_none() -> None:
    groups = _groups(
        "Olaf Scholz received Emmanuel Macron in Berlin. The meeting was held in the presence "
        "of Pedro Sanchez."
    )
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ})}


def test_a_meeting_held_with_the_participation_of_several_people() -> None:
    groups = _groups(
        "A meeting in Lille on Tuesday, held with the participation of Olaf Scholz, chancellor "
        "of Germany, Emmanuel Macron and Pedro Sanchez, discussed energy."
    )
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ})}


def test_a_dashed_subject_list_with_lower_case_titles_meets_as_one() -> None:
    groups = _groups(
        "The three leaders - Olaf Scholz, head of the German government, Pedro Sanchez, and "
        "Emmanuel Macron - met in Lille on Wednesday."
    )
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ})}


def test_a_subject_list_with_a_serial_comma_meets_as_one() -> None:
    groups = _groups("Olaf Scholz, Pedro Sanchez, and Emmanuel Macron met in Lille on Monday.")
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ})}


def test_a_chaired_session_takes_the_people_it_heard_from() -> None:
    groups = _groups(
        "Olaf Scholz chaired Tuesday's session of the provincial crisis committee in Lille, "
        "which heard from Emmanuel Macron and Pedro Sanchez; Mark Rutte represented NATO."
    )
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ, RUTTE})}


def test_an_honorific_and_a_given_name_are_the_person_it_introduced() -> None:
    groups = _groups(
        "Sayyid Badr bin Hamad Al Busaidi arrived in Doha. Sheikh Mohammed bin Abdulrahman Al "
        "Thani received him. Mohammed al-Hindi was in Cairo. On Monday, Sayyid Badr met Sheikh "
        "Mohammed at the Amiri Diwan."
    )
    assert (
        frozenset({"person:badr-albusaidi", "person:mohammed-bin-abdulrahman-al-thani"}) in groups
    )
    assert not any("person:mohammed-al-hindi" in g for g in groups)


def test_a_royal_title_and_a_given_name_are_the_prince_the_title_introduced() -> None:
    extraction = extract(
        read_text(
            "Gulf roundup\nSaudi Foreign Minister Prince Faisal bin Farhan met Olaf Scholz in "
            "Riyadh. Emmanuel Macron later held talks with Prince Faisal at the Diriyah palace.\n",
            "report.txt",
        )
    )
    people = {e.name for e in extraction.entities if e.type == "Person"}
    assert "Faisal" not in people  # one person, not two
    groups = {frozenset(p.id for p in e.participants) for e in extraction.events if e.is_meeting}
    assert frozenset({MACRON, "person:faisal-bin-farhan"}) in groups


def test_whose_visit_a_meeting_is_on_the_margins_of_is_no_party() -> None:
    groups = _groups(
        "On the margins of Olaf Scholz's visit to Paris, Emmanuel Macron held talks with Pedro "
        "Sanchez."
    )
    assert groups == {frozenset({MACRON, SANCHEZ})}


def test_a_role_named_with_its_holder_refers_back_to_that_person() -> None:
    groups = _groups(
        "Olaf Scholz hosted Pedro Sanchez at a luncheon. Also at the table was Emmanuel Macron, "
        "the French President. Pedro Sanchez later held talks with Mark Rutte. On Monday "
        "evening, the French President received Mark Rutte at the Elysee."
    )
    assert frozenset({MACRON, RUTTE}) in groups
    assert frozenset({SCHOLZ, SANCHEZ, MACRON}) in groups


def test_a_meeting_a_statement_welcomes_takes_those_present_not_the_last_meeting() -> None:
    groups = _groups(
        "Olaf Scholz held talks with Mark Rutte in Berlin. The council also welcomed the "
        "meeting held in Paris on 20 January. Present were Emmanuel Macron and Pedro Sanchez."
    )
    assert groups == {frozenset({SCHOLZ, RUTTE}), frozenset({MACRON, SANCHEZ})}


def test_issues_discussed_by_telephone_with_someone_are_no_meeting() -> None:
    assert (
        _groups("Olaf Scholz discussed the issues by telephone on Monday with Mark Rutte.") == set()
    )


def test_whoever_recalls_a_meeting_is_not_in_it() -> None:
    groups = _groups(
        "Mark Rutte recalled the trilateral meeting of Olaf Scholz, Emmanuel Macron and Pedro "
        "Sanchez in Lille on 9 March."
    )
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ})}


def test_guests_hosted_together_at_a_venue_are_one_gathering() -> None:
    groups = _groups("Olaf Scholz hosted Emmanuel Macron and Pedro Sanchez at the Chancellery.")
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ})}
    assert len(_groups("Olaf Scholz met Emmanuel Macron and Pedro Sanchez in Berlin.")) == 2


def test_a_council_communique_meets_with_the_speakers_it_heard() -> None:
    extraction = extract(
        read_text(
            "Communique\n\nThe Peace and Security Council of the African Union, at its 1300th "
            "meeting held on 3 March in Addis Ababa,\n\nFollowing the opening remarks of Olaf "
            "Scholz and the statement of Emmanuel Macron,\n\n1. Commends the parties.\n",
            "report.txt",
        )
    )
    (meeting,) = [e for e in extraction.events if e.is_meeting]
    assert {SCHOLZ, MACRON} <= {p.id for p in meeting.participants}
    assert meeting.place == "place:addis-ababa"


def test_a_chaired_session_with_its_date_in_parentheses() -> None:
    groups = _groups(
        "Olaf Scholz chaired Tuesday's (2 June) session of the crisis committee in Lille, "
        "which heard from Emmanuel Macron and Pedro Sanchez."
    )
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ})}


def test_signatories_and_a_readout_list_join_the_meeting() -> None:
    for joiner in ("Their closing statement was signed by", "The readout listed"):
        groups = _groups(
            f"Olaf Scholz held talks with Emmanuel Macron in Paris. {joiner} Pedro Sanchez."
        )
        assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ})}, joiner


def test_sitting_in_the_same_room_is_a_meeting() -> None:
    groups = _groups("Olaf Scholz and Emmanuel Macron sat in the same room in Brussels this week.")
    assert groups == {frozenset({SCHOLZ, MACRON})}


def test_a_body_that_met_and_heard_briefings_from_a_semicolon_list() -> None:
    groups = _groups(
        "NATO met in closed session in Brussels and heard briefings from Hanna Kowalczyk, "
        "envoy for the Sahel; Olaf Scholz, chancellor; and Emmanuel Macron, president."
    )
    assert groups == {frozenset({NATO, "person:hanna-kowalczyk", SCHOLZ, MACRON})}


def test_a_royal_title_and_a_given_name_are_the_person_it_introduced() -> None:
    groups = _groups(
        "Prince Faisal bin Farhan bin Abdullah arrived in Riyadh. On Saturday, Prince Faisal "
        "received Olaf Scholz at his office. Ombudsperson Iris Marin met Pedro Sanchez."
    )
    assert frozenset({"person:faisal-bin-farhan", SCHOLZ}) in groups
    assert frozenset({"person:iris-marin", SANCHEZ}) in groups


def test_an_organization_opening_a_title_after_an_abbreviated_one_is_no_party() -> None:
    groups = _groups(
        "The envoys welcomed the session held in Juba on 2 May, attended by Ms. Varnhout,"
        " UNMISS Deputy Special Representative Piet Orlander and General Oskar Tallemir."
    )
    assert groups and all(not any(i.startswith("organization:") for i in group) for group in groups)


def test_a_long_title_after_joined_by_keeps_the_companion_in_the_meeting() -> None:
    groups = _groups(
        "Olaf Scholz, joined by the Federal Minister of Digital Affairs Mark Rutte and"
        " Pedro Sanchez, met Emmanuel Macron in Paris on Monday."
    )
    assert frozenset({SCHOLZ, RUTTE, SANCHEZ, MACRON}) in groups


def test_the_one_greetings_are_conveyed_to_is_not_at_the_meeting() -> None:
    groups = _groups(
        "Olaf Scholz welcomed Emmanuel Macron in Berlin and asked him to convey his greetings"
        " to Pedro Sanchez."
    )
    assert frozenset({SCHOLZ, MACRON}) in groups
    assert not any(SANCHEZ in group for group in groups)


def test_an_organization_before_a_title_and_a_comma_is_no_party() -> None:
    groups = _groups(
        "It was a meeting attended by Emmanuel Macron, Olaf Scholz and the NATO"
        " Secretary-General, Mark Rutte."
    )
    assert frozenset({MACRON, SCHOLZ, RUTTE}) in groups
    assert not any(NATO in group for group in groups)


def test_a_with_phrase_after_a_meeting_names_no_subject() -> None:
    groups = _groups(
        "On Monday the contact group met in Rome, with NATO chief Mark Rutte and Olaf Scholz"
        " in attendance."
    )
    assert not any(NATO in group for group in groups)


def test_a_body_whose_members_are_named_takes_part_with_them() -> None:
    groups = _groups(
        "The Nordic Contact Group, made up of former leaders Olaf Scholz and Pedro Sanchez, met"
        " Emmanuel Macron in Paris."
    )
    assert any(SCHOLZ in g and MACRON in g and any(i.startswith("organization:") for i in g)
               for g in groups)  # fmt: skip


NO_SCHOLZ_MACRON_MEETING = {
    # the object of one meeting is not the subject of the next
    "object-then-gerund": "The delegation went on to the chancellery, where it met Olaf Scholz,"
    " before meeting Emmanuel Macron in Paris.",
    "requested": "A request for a meeting between Olaf Scholz and Emmanuel Macron remains"
    " unanswered.",
    "pencilled-in": "A meeting between Olaf Scholz and Emmanuel Macron is pencilled in for the"
    " summit but has not been confirmed.",
}


@pytest.mark.parametrize("body", NO_SCHOLZ_MACRON_MEETING.values(), ids=NO_SCHOLZ_MACRON_MEETING)
def test_no_meeting_of_the_two_is_told(body: str) -> None:
    assert frozenset({SCHOLZ, MACRON}) not in _groups(body)


def test_an_unnamed_group_met_is_completed_by_those_named_later() -> None:
    groups = _groups(
        "Olaf Scholz held talks with European leaders in Rome on Monday. He urged unity."
        " Participants included Emmanuel Macron and Pedro Sanchez."
    )
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ})}


JOIN_SCHOLZ_MACRON = {
    "attendance-of": "The meeting was held with the attendance of Mark Rutte.",
    "part-of-the-delegation": "NATO chief Mark Rutte was also part of the delegation.",
    "reportedly-attended": "The meeting was reportedly attended by Mark Rutte.",
}


@pytest.mark.parametrize("after", JOIN_SCHOLZ_MACRON.values(), ids=JOIN_SCHOLZ_MACRON)
def test_a_later_sentence_adds_a_party_to_the_meeting(after: str) -> None:
    groups = _groups(f"Olaf Scholz met Emmanuel Macron in Paris on Monday. {after}")
    assert len(groups) == 1 and {SCHOLZ, MACRON, RUTTE} <= next(iter(groups))


def test_the_chair_and_those_attending_all_join_the_meeting() -> None:
    groups = _groups(
        "Olaf Scholz met Emmanuel Macron in Paris on Monday. The meeting was chaired by Pedro"
        " Sanchez and attended by the leaders of NATO and the European Commission."
    )
    assert len(groups) == 1 and {SCHOLZ, MACRON, SANCHEZ, NATO} <= next(iter(groups))


def test_a_titled_host_inside_the_trigger_takes_part() -> None:
    groups = _groups(
        "The session, hosted by Spanish Prime Minister Pedro Sanchez, was attended by Olaf"
        " Scholz and Emmanuel Macron."
    )
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ})}


def test_a_delegation_and_its_leader_are_one_side_not_a_meeting() -> None:
    groups = _groups(
        "A NATO delegation led by Mark Rutte arrived in Rome for talks with Italian officials."
    )
    assert frozenset({NATO, RUTTE}) not in groups


@pytest.mark.parametrize("met", ["The delegation met", "Rutte met"])
def test_the_organisation_of_a_delegation_told_before_takes_part(met: str) -> None:
    groups = _groups(
        f"A NATO delegation led by Mark Rutte arrived in Rome on Sunday. {met} Olaf Scholz on"
        " Monday."
    )
    assert groups == {frozenset({NATO, RUTTE, SCHOLZ})}


def test_engaging_with_someone_is_meeting_them_but_not_with_an_issue() -> None:
    assert _groups("Olaf Scholz engaged with Emmanuel Macron in Paris on Monday.") == {
        frozenset({SCHOLZ, MACRON})
    }
    assert _groups("Olaf Scholz engaged with the issue of migration in Paris.") == set()


def test_each_organization_whose_leaders_attended_takes_part() -> None:
    groups = _groups(
        "Olaf Scholz met Emmanuel Macron in Paris on Monday. The meeting was attended by Pedro"
        " Sanchez and leaders of NATO and the European Commission."
    )
    assert len(groups) == 1
    assert {SCHOLZ, MACRON, SANCHEZ, NATO, "organization:european-commission"} <= next(iter(groups))


def test_those_in_attendance_join_a_meeting_of_unnamed_parties() -> None:
    groups = _groups(
        "Olaf Scholz hosted a meeting of European leaders in Berlin on Sunday. He urged unity."
        " Emmanuel Macron and Pedro Sanchez were in attendance at the meeting."
    )
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ})}


def test_a_body_the_delegates_are_members_of_is_not_a_party() -> None:
    groups = _groups(
        "Olaf Scholz received a Spanish delegation led by Pedro Sanchez in Berlin. The delegation"
        " also included Emmanuel Macron and Mark Rutte, both members of the European Council."
    )
    assert not any("organization:european-council" in group for group in groups)


PRESENT_TENSE_MEMBERS = {
    "are-also-in": "Pedro Sanchez and Mark Rutte are also in the delegation, officials said.",
    "fronted": "Also in the delegation are Pedro Sanchez and Mark Rutte, officials said.",
    "attending-the-meeting-then-when": "Attending the meeting on Monday at the Elysee Palace"
    " were Pedro Sanchez and Mark Rutte.",
}


@pytest.mark.parametrize("after", PRESENT_TENSE_MEMBERS.values(), ids=PRESENT_TENSE_MEMBERS)
def test_members_told_after_the_meeting_in_more_shapes_join_it(after: str) -> None:
    groups = _groups(
        f"A German delegation led by Olaf Scholz met Emmanuel Macron in Paris on Monday. {after}"
    )
    assert len(groups) == 1 and {SCHOLZ, MACRON, SANCHEZ, RUTTE} <= next(iter(groups))


def test_visiting_a_person_is_meeting_them() -> None:
    for body in ("Olaf Scholz is visiting Emmanuel Macron in Paris.",
                 "Olaf Scholz visits Emmanuel Macron in Paris on Monday."):  # fmt: skip
        assert _groups(body) == {frozenset({SCHOLZ, MACRON})}, body


def test_a_delegation_of_an_organization_told_before_brings_it_to_the_meeting() -> None:
    groups = _groups(
        "A delegation of NATO led by Mark Rutte arrived in Rome on Sunday for talks. Rutte met"
        " Olaf Scholz on Monday."
    )
    assert groups == {frozenset({NATO, RUTTE, SCHOLZ})}


@pytest.mark.parametrize(
    "sentence",
    [
        "Olaf Scholz, Emmanuel Macron and Pedro Sanchez took part in the negotiations in Rome.",
        "Olaf Scholz, Emmanuel Macron and Pedro Sanchez participated in a session in Rome.",
        "Olaf Scholz attended the talks in Rome on Friday along with Emmanuel Macron and Pedro "
        "Sanchez.",
        "Olaf Scholz, Emmanuel Macron and Pedro Sanchez attended the Rome talks on Friday.",
    ],
)
def test_people_taking_part_in_talks_together_met_there(sentence: str) -> None:
    assert _meetings_at(sentence) == {(frozenset({SCHOLZ, MACRON, SANCHEZ}), "place:rome")}


def test_a_country_before_the_talks_is_their_topic_not_their_place() -> None:
    assert _meetings_at("Olaf Scholz and Pedro Sanchez attended the Ukraine talks on Friday.") == {
        (frozenset({SCHOLZ, SANCHEZ}), None)
    }


def test_taking_part_in_the_talks_told_before_joins_them() -> None:
    found = _meetings_at(
        "Olaf Scholz met Emmanuel Macron in Rome on Monday. Pedro Sanchez also took part in the "
        "talks."
    )
    assert found == {(frozenset({SCHOLZ, MACRON, SANCHEZ}), "place:rome")}


def test_a_planned_attendance_is_no_meeting() -> None:
    assert (
        _meetings_at("Olaf Scholz and Pedro Sanchez will have attended the talks by then.") == set()
    )


def test_a_session_co_chaired_in_the_presence_of_others_is_theirs_too() -> None:
    found = _meetings_at(
        "Olaf Scholz met Emmanuel Macron in Rome on Monday. The two leaders then co-chaired an "
        "expanded session on energy, in the presence of Pedro Sanchez and Mark Rutte."
    )
    assert (frozenset({SCHOLZ, MACRON, SANCHEZ, RUTTE}), "place:rome") in found


def test_a_co_chaired_session_without_other_people_adds_no_meeting() -> None:
    found = _meetings_at(
        "Olaf Scholz met Emmanuel Macron in Rome on Monday. The two leaders then co-chaired an "
        "expanded session on energy."
    )
    assert found == {(frozenset({SCHOLZ, MACRON}), "place:rome")}


def test_an_organization_in_the_focus_of_the_talks_is_no_party() -> None:
    groups = _groups(
        "Olaf Scholz and Emmanuel Macron then held a separate meeting, focused on grain prices "
        "and on the North Atlantic Treaty Organization's plans for the east."
    )
    assert groups == {frozenset({SCHOLZ, MACRON})}


def test_ministers_of_a_body_meeting_in_a_town_set_the_place_of_what_follows() -> None:
    found = _meetings_at(
        "Foreign ministers of the North Atlantic Treaty Organization met in Rome on Sunday. Olaf "
        "Scholz chaired the meeting, which was attended by Emmanuel Macron and Pedro Sanchez."
    )
    assert (frozenset({SCHOLZ, MACRON, SANCHEZ}), "place:rome") in {
        (people - {NATO}, place) for people, place in found
    }


def test_the_same_people_meeting_on_another_occasion_elsewhere_is_another_meeting() -> None:
    found = _meetings_at(
        "Olaf Scholz met Emmanuel Macron in Rome on Monday. The two leaders last met in Madrid "
        "in March."
    )
    assert found == {
        (frozenset({SCHOLZ, MACRON}), "place:rome"),
        (frozenset({SCHOLZ, MACRON}), "place:madrid"),
    }


def test_the_same_meeting_told_again_in_more_detail_is_one_meeting() -> None:
    found = _meetings_at(
        "Olaf Scholz met Emmanuel Macron in Italy on Monday. Scholz met Macron at the "
        "Quirinal Palace in Rome."
    )
    assert len(found) == 1


def test_co_chairs_of_a_session_placed_before_it_met_there() -> None:
    found = _meetings_at(
        "On Tuesday, Olaf Scholz and Pedro Sanchez co-chaired in Madrid the fourth session of "
        "the North Atlantic Treaty Organization."
    )
    assert found == {(frozenset({SCHOLZ, SANCHEZ, NATO}), "place:madrid")}


def test_a_town_right_before_a_known_person_is_where_they_were_received() -> None:
    found = _meetings_at("Separately, Olaf Scholz received in Madrid Volodymyr Zelensky on Monday.")
    assert found == {(frozenset({SCHOLZ, "person:volodymyr-zelensky"}), "place:madrid")}


def test_the_town_of_a_participant_s_office_is_not_the_meeting_s() -> None:
    found = _meetings_at(
        "Olaf Scholz received in Madrid Pedro Sanchez, head of the North Atlantic Treaty "
        "Organization office in Brussels."
    )
    assert found == {(frozenset({SCHOLZ, SANCHEZ}), "place:madrid")}


def test_a_section_heading_ends_the_place_of_the_section_before() -> None:
    found = _meetings_at(
        "Olaf Scholz met Emmanuel Macron in Rome on Monday.\n\nSanchez meets Rutte\n\nPedro "
        "Sanchez met Mark Rutte on Tuesday to discuss spending."
    )
    assert found == {
        (frozenset({SCHOLZ, MACRON}), "place:rome"),
        (frozenset({SANCHEZ, RUTTE}), None),
    }


def test_a_meeting_told_after_another_without_a_heading_keeps_its_place() -> None:
    found = _meetings_at(
        "Olaf Scholz met Emmanuel Macron in Rome on Monday.\n\nLater, Pedro Sanchez met Mark "
        "Rutte to discuss spending."
    )
    assert (frozenset({SANCHEZ, RUTTE}), "place:rome") in found


ZELENSKY = "person:volodymyr-zelensky"


def test_a_round_of_talks_told_without_names_gathers_the_sides_named_after_it() -> None:
    found = _meetings_at(
        "The paper gives an account of the second round of talks in Madrid on 3 May. Olaf "
        "Scholz represented the North Atlantic Treaty Organization, alongside Mark Rutte. On "
        "the government side were Pedro Sanchez and Emmanuel Macron. Volodymyr Zelensky "
        "chaired the sessions."
    )
    assert found == {(frozenset({SCHOLZ, NATO, RUTTE, SANCHEZ, MACRON, ZELENSKY}), "place:madrid")}


def test_talks_held_somewhere_open_the_report_s_first_meeting() -> None:
    found = _meetings_at(
        "The talks were held in Madrid on Friday. Representing the alliance were Olaf Scholz "
        "and Mark Rutte; Pedro Sanchez also attended."
    )
    assert found == {(frozenset({SCHOLZ, RUTTE, SANCHEZ}), "place:madrid")}


def test_talks_held_after_a_meeting_place_that_meeting() -> None:
    found = _meetings_at(
        "Olaf Scholz met Emmanuel Macron on Monday. The talks were held in Madrid. Pedro "
        "Sanchez also attended."
    )
    assert found == {(frozenset({SCHOLZ, MACRON, SANCHEZ}), "place:madrid")}


def test_a_committee_that_met_somewhere_is_joined_by_its_members() -> None:
    found = _meetings_at(
        "A ceasefire committee met in Madrid on Friday. Its members are Olaf Scholz, Pedro "
        "Sanchez and Mark Rutte."
    )
    assert found == {(frozenset({SCHOLZ, SANCHEZ, RUTTE}), "place:madrid")}


def test_the_host_of_a_where_clause_receives_the_traveller() -> None:
    groups = _groups(
        "Emmanuel Macron flew to Madrid on Friday, where Prime Minister Pedro Sanchez "
        "received him at the Moncloa palace."
    )
    assert groups == {frozenset({MACRON, SANCHEZ})}


def test_him_is_not_the_subject_of_his_own_clause() -> None:
    groups = _groups(
        "Emmanuel Macron landed in Berlin on Friday. Chancellor Olaf Scholz received him "
        "at the chancellery."
    )
    assert groups == {frozenset({MACRON, SCHOLZ})}


def test_him_is_none_of_the_subjects_joined_by_and() -> None:
    groups = _groups(
        "Emmanuel Macron landed in Berlin on Friday. On Saturday, Chancellor Olaf Scholz and "
        "Finance Minister Mark Rutte received him together at the chancellery."
    )
    assert groups == {frozenset({MACRON, SCHOLZ, RUTTE})}


def test_travellers_named_before_where_they_met_stay_in_the_meeting() -> None:
    groups = _groups(
        "Olaf Scholz and Emmanuel Macron flew to Madrid, where they met together with "
        "Pedro Sanchez at a summit."
    )
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ})}


def test_whose_colleague_a_guest_is_does_not_make_a_party() -> None:
    groups = _groups(
        "Mark Rutte separately met Olaf Scholz's cabinet colleague, Defence Minister "
        "Boris Pistorius, in Munich."
    )
    assert groups == {frozenset({RUTTE, "person:boris-pistorius"})}


def test_representatives_received_bring_their_organization() -> None:
    groups = _groups("In Lyon, Emmanuel Macron also received representatives of NATO.")
    assert groups == {frozenset({MACRON, NATO})}


def test_a_short_bilateral_is_a_meeting_of_both() -> None:
    groups = _groups("Olaf Scholz and Pedro Sanchez had a short bilateral in Madrid.")
    assert groups == {frozenset({SCHOLZ, SANCHEZ})}


def test_going_somewhere_to_see_someone_is_a_meeting() -> None:
    groups = _groups("Mark Rutte went on to the Elysee to see President Emmanuel Macron.")
    assert groups == {frozenset({RUTTE, MACRON})}


def test_touring_a_site_with_someone_is_a_meeting() -> None:
    groups = _groups("Olaf Scholz toured the shipyard with Prime Minister Pedro Sanchez.")
    assert groups == {frozenset({SCHOLZ, SANCHEZ})}


def test_touring_a_site_named_for_a_town_with_someone_is_a_meeting() -> None:
    groups = _groups("Olaf Scholz toured the Cadiz-Sur shipyard with Prime Minister Pedro Sanchez.")
    assert groups == {frozenset({SCHOLZ, SANCHEZ})}


def test_wanting_to_see_someone_is_no_meeting() -> None:
    assert _groups("Olaf Scholz said he wanted to see Emmanuel Macron win the vote.") == set()


def test_a_delegation_of_a_country_s_organization_brings_it() -> None:
    groups = _groups(
        "Emmanuel Macron met a delegation of Russia's Wagner Group led by Dmitry Utkin in Bamako."
    )
    assert groups == {frozenset({MACRON, "organization:wagner-group", "person:dmitry-utkin"})}


def test_a_delegation_received_from_an_unnamed_body_is_a_meeting_with_its_leader() -> None:
    groups = _groups(
        "Mark Rutte, who received a delegation from the regional government led by deputy "
        "premier Hubert Aiwanger at the town hall, has come under criticism."
    )
    assert groups == {frozenset({RUTTE, "person:hubert-aiwanger"})}


def test_two_leaders_later_joined_by_a_third_for_talks_meet_together() -> None:
    groups = _groups(
        "Olaf Scholz and Emmanuel Macron were later joined at the palace by Mr. Pedro "
        "Sanchez, who arrived on Saturday, for a trilateral meeting."
    )
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ})}


def test_a_reception_in_a_meeting_attended_by_others_is_one_meeting() -> None:
    groups = _groups(
        "Emmanuel Macron received Olaf Scholz, who arrived in Paris on Tuesday, in a meeting "
        "attended by Pedro Sanchez."
    )
    assert groups == {frozenset({MACRON, SCHOLZ, SANCHEZ})}


def test_talks_with_a_delegation_of_an_organization_led_by_someone_bring_all_three() -> None:
    groups = _groups(
        "Talks between Olaf Scholz and the delegation of NATO led by Mark Rutte took place "
        "in Berlin."
    )
    assert groups == {frozenset({SCHOLZ, NATO, RUTTE})}


def test_a_meeting_convened_bringing_together_sides_includes_the_convener() -> None:
    groups = _groups(
        "Emmanuel Macron convened in Paris a meeting bringing together representatives of "
        "NATO and of the European Union."
    )
    assert groups == {frozenset({MACRON, NATO, "organization:european-union"})}


def test_she_is_the_woman_already_called_she_not_the_last_man_named() -> None:
    groups = _groups(
        "Ursula von der Leyen was received by Olaf Scholz in Berlin, where she asked for more "
        "aid. Scholz told the visitor that the budget was tight. She then went to the Bundestag, "
        "where she met Emmanuel Macron."
    )
    assert frozenset({"person:ursula-von-der-leyen", MACRON}) in groups
    assert frozenset({SCHOLZ, MACRON}) not in groups


def test_ms_before_a_name_makes_her_the_she_of_the_next_sentence() -> None:
    groups = _groups(
        "Olaf Scholz welcomed Ms. Kaja Kallas in Berlin. She later met Emmanuel Macron in Paris."
    )
    assert frozenset({"person:kaja-kallas", MACRON}) in groups


def test_a_demonym_role_names_the_compatriot_of_the_current_section() -> None:
    groups = _groups(
        "French President Emmanuel Macron met Olaf Scholz in Berlin. Macron praised the "
        "talks. Macron also thanked the chancellor. Macron said the two would meet again. "
        + "Scholz said the talks had been long and detailed and that more work lay ahead. "
        * 12
        + "Meanwhile, French Foreign Minister Jean-Noel Barrot arrived in Madrid. He met "
        "Pedro Sanchez on Saturday. The French minister also held talks with Mark Rutte."
    )
    assert frozenset({"person:jean-noel-barrot", RUTTE}) in groups
    assert frozenset({MACRON, RUTTE}) not in groups


def test_two_leaders_who_spoke_for_hours_behind_closed_doors_met() -> None:
    groups = _groups(
        "Olaf Scholz and Emmanuel Macron spoke for two hours behind closed doors in Paris."
    )
    assert groups == {frozenset({SCHOLZ, MACRON})}


def test_two_leaders_who_spoke_for_an_hour_by_phone_did_not_meet() -> None:
    assert _groups("Olaf Scholz and Emmanuel Macron spoke for an hour by phone on Monday.") == set()


def test_a_one_on_one_conversation_is_a_meeting_a_phone_conversation_is_not() -> None:
    assert _groups("Olaf Scholz held a one-on-one conversation with Emmanuel Macron in Paris.") == {
        frozenset({SCHOLZ, MACRON})
    }
    assert _groups("Olaf Scholz held a phone conversation with Emmanuel Macron.") == set()


def test_two_leaders_who_witnessed_the_signing_of_agreements_met() -> None:
    groups = _groups(
        "Olaf Scholz and Emmanuel Macron witnessed the signing of a dozen agreements in Paris."
    )
    assert groups == {frozenset({SCHOLZ, MACRON})}


def test_one_leader_who_witnessed_a_signing_between_companies_met_nobody() -> None:
    assert _groups("Emmanuel Macron witnessed the signing of a contract in Paris.") == set()


def test_talks_told_under_way_are_joined_by_the_heads_of_the_delegations() -> None:
    pair = {frozenset({SCHOLZ, MACRON})}
    opened = "A new round of talks on the budget opened in Brussels on Monday."
    for heads in (
        "The German delegation was led by Olaf Scholz, and the French side by Emmanuel Macron.",
        "Olaf Scholz headed the German delegation, while Emmanuel Macron led France's.",
        "Olaf Scholz led the German side; the French delegation was headed by Emmanuel Macron.",
    ):
        assert _groups(f"{opened} {heads}") == pair, heads


def test_heading_a_party_is_no_meeting_without_one_told() -> None:
    assert (
        _groups("Olaf Scholz headed the German delegation, while Emmanuel Macron led France's.")
        == set()
    )


def test_hosts_who_received_a_guest_together_are_one_meeting() -> None:
    trio = {frozenset({SCHOLZ, MACRON, SANCHEZ})}
    assert (
        _groups("Olaf Scholz was received by Emmanuel Macron and Pedro Sanchez in Paris.") == trio
    )
    assert _groups("Emmanuel Macron and Pedro Sanchez received Olaf Scholz in Paris.") == trio


def test_a_summit_named_by_two_hyphenated_names_is_attended_together() -> None:
    groups = _groups(
        "Olaf Scholz participated in the France-Germany Summit together with Emmanuel Macron "
        "and Pedro Sanchez."
    )
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ})}


def test_a_delegation_of_a_newly_formed_party_brings_the_party() -> None:
    groups = _groups(
        "A delegation of the newly formed Green Harbour Party led by Pedro Sanchez met "
        "Olaf Scholz in Berlin."
    )
    party = next(iter({p for g in groups for p in g} - {SCHOLZ, SANCHEZ}), "")
    assert groups == {frozenset({SCHOLZ, SANCHEZ, party})} and party.startswith("organization:")


def test_two_delegations_each_led_by_someone_meet_as_one_side_and_another() -> None:
    groups = _groups(
        "In Rome, the German delegation, led by Olaf Scholz, and the Spanish delegation, "
        "headed by Pedro Sanchez, signed a protocol on migration."
    )
    assert groups == {frozenset({SCHOLZ, SANCHEZ})}


def test_leading_a_council_with_several_people_is_one_meeting_of_all() -> None:
    groups = _groups(
        "Olaf Scholz led a security council with the army commander, General Pedro Sanchez, "
        "and Governor Emmanuel Macron in Kassel."
    )
    assert groups == {frozenset({SCHOLZ, SANCHEZ, MACRON})}


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Scholz returned to Spain in October, after the floods, and met Pedro Sanchez.",
        "Olaf Scholz met Emmanuel Macron in Paris, and later held talks with Pedro Sanchez.",
    ],
)
def test_a_verb_after_a_comma_and_keeps_the_subject_it_leaves_out(text: str) -> None:
    assert frozenset({SCHOLZ, SANCHEZ}) in _groups(text)


def test_welcoming_something_after_a_comma_and_is_no_meeting() -> None:
    groups = _groups("Olaf Scholz met Emmanuel Macron in Paris, and welcomed NATO's new plan.")
    assert groups == {frozenset({SCHOLZ, MACRON})}


@pytest.mark.parametrize(
    "body",
    [
        "Sergey Lavrov also saw Foreign Minister Wang Yi before flying home.",
        "Sergey Lavrov then saw the Foreign Minister, Wang Yi, before flying home.",
    ],
)
def test_a_person_someone_saw_was_met(body: str) -> None:
    assert frozenset({"person:sergey-lavrov", "person:wang-yi"}) in _groups(body)


@pytest.mark.parametrize(
    "body",
    [
        "Sergey Lavrov saw Wang Yi as a reliable partner.",
        "Sergey Lavrov saw Wang Yi's proposal as a step forward.",
        "Sergey Lavrov saw the Foreign Minister, Wang Yi, as a reliable partner.",
    ],
)
def test_seeing_someone_as_something_is_no_meeting(body: str) -> None:
    assert not _groups(body)


def test_the_stops_of_a_visit_told_as_calls_and_meetings() -> None:
    found = _groups(
        "Sergey Lavrov landed in Beijing on Monday. His first stop was a courtesy call on "
        "President Xi Jinping. His second, and the longer one, was a meeting with "
        "Foreign Minister Wang Yi."
    )
    assert frozenset({"person:sergey-lavrov", "person:xi-jinping"}) in found
    assert frozenset({"person:sergey-lavrov", "person:wang-yi"}) in found


def test_a_stop_at_a_place_is_no_meeting() -> None:
    assert not _groups("Sergey Lavrov landed in Beijing. His first stop was the embassy.")


def test_those_present_when_a_group_is_received_meet_the_host() -> None:
    groups = _groups(
        "Olaf Scholz received the three visiting ministers together in Berlin on Monday, in the "
        "presence of Emmanuel Macron and Pedro Sanchez."
    )
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ})}


def test_the_two_visiting_ministers_are_the_two_named_before() -> None:
    groups = _groups(
        "Emmanuel Macron and Pedro Sanchez landed in Berlin on Sunday. Olaf Scholz received "
        "the two visiting ministers together at the chancellery on Monday."
    )
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ})}


def test_the_role_that_names_the_last_person_is_not_read_into_the_next_title() -> None:
    groups = _groups(
        "President Olaf Scholz arrived in Rome on Tuesday. The president met General Mark Rutte "
        "on Wednesday."
    )
    assert groups == {frozenset({SCHOLZ, RUTTE})}


def test_an_envoy_titled_with_the_place_of_the_post_is_received() -> None:
    groups = _groups(
        "Olaf Scholz received Spanish Ambassador to Germany Ricardo Martinez Vazquez in Berlin."
    )
    assert len(groups) == 1
    (group,) = groups
    assert SCHOLZ in group and len(group) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Olaf Scholz chaired a meeting in Berlin on Monday with Emmanuel Macron and Pedro Sanchez.",
        "A trilateral meeting held in Berlin on Monday with Olaf Scholz, Emmanuel Macron and "
        "Pedro Sanchez discussed Ukraine.",
        "Olaf Scholz, Emmanuel Macron and Pedro Sanchez held a joint session in Berlin.",
        "Olaf Scholz hosted a working dinner in Berlin for Emmanuel Macron and Pedro Sanchez.",
    ],
)
def test_a_meeting_told_with_where_and_when_before_its_parties(sentence: str) -> None:
    assert _groups(sentence) == {frozenset({SCHOLZ, MACRON, SANCHEZ})}


def test_a_meeting_of_a_body_chaired_by_one_with_its_members_is_one_meeting() -> None:
    groups = _groups(
        "The visit followed a meeting on Monday of the Supreme Defence Council, chaired by "
        "Prime Minister Olaf Scholz, with council members Emmanuel Macron, Minister of "
        "Finance, and Pedro Sanchez, Head of the Foreign Relations Department."
    )
    assert frozenset({SCHOLZ, MACRON, SANCHEZ}) <= max(groups, key=len)
    assert len(groups) == 1


def test_those_attending_a_briefing_told_next_join_the_briefing_not_the_meeting_before() -> None:
    groups = _groups(
        "On Monday, Olaf Scholz met Emmanuel Macron in Berlin. On Tuesday, Pedro Sanchez "
        "briefed senior diplomats on the talks at his office in Madrid. In attendance: Antonio "
        "Costa and Giorgia Meloni."
    )
    assert frozenset({SCHOLZ, MACRON}) in groups
    assert not any(SANCHEZ in g and SCHOLZ in g for g in groups)
    assert any(SANCHEZ in g and len(g) == 3 for g in groups)


def test_the_three_heads_of_diplomacy_are_the_three_named_before() -> None:
    groups = _groups(
        "Olaf Scholz, Emmanuel Macron and Pedro Sanchez arrived on Monday. On Tuesday, the "
        "three heads of diplomacy co-chaired in Brussels a session of the Weimar Council."
    )
    assert any({SCHOLZ, MACRON, SANCHEZ} <= g for g in groups)


def test_a_delegation_among_the_parties_of_talks_between_them_brings_its_organisation() -> None:
    groups = _groups(
        "Wednesday's talks in Rome between a NATO delegation led by Mark Rutte and "
        "German Chancellor Olaf Scholz ended without a statement."
    )
    assert groups == {frozenset({NATO, RUTTE, SCHOLZ})}


def test_organisations_joined_as_one_subject_of_talks_all_take_part() -> None:
    groups = _groups(
        "The NATO and European Union delegations held talks in Brussels on Monday with "
        "German Chancellor Olaf Scholz."
    )
    assert groups == {frozenset({NATO, "organization:european-union", SCHOLZ})}


def test_a_second_verb_after_and_keeps_the_first_verbs_subject() -> None:
    groups = _groups(
        "In Madrid, Olaf Scholz met Pedro Sanchez and later held talks with Mark Rutte."
    )
    assert groups == {frozenset({SCHOLZ, SANCHEZ}), frozenset({SCHOLZ, RUTTE})}


def test_subjects_named_with_their_country_and_abbreviated_rank_met_together() -> None:
    groups = _groups(
        "Olaf Scholz, France's Pres. Emmanuel Macron, and Spain's Gen. Pedro Sanchez met in Rome."
    )
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ})}


@pytest.mark.parametrize(
    "told",
    [
        "The three heads of government of the European Union met in Rome on Friday:",
        "NATO leaders met in Rome on Friday for a session on Ukraine:",
    ],
)
def test_people_listed_after_a_colon_are_the_subject_and_met_together(told: str) -> None:
    groups = _groups(f"{told} Olaf Scholz, Emmanuel Macron and the host, Pedro Sanchez.")
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ})}


def test_a_body_that_opens_a_title_with_a_place_in_it_is_no_party() -> None:
    groups = _groups(
        "Olaf Scholz met Emmanuel Macron and UN Special Envoy for Syria Pedro Sanchez in Rome."
    )
    assert groups == {frozenset({SCHOLZ, MACRON}), frozenset({SCHOLZ, SANCHEZ})}


def test_a_town_that_hosts_talks_is_their_place_and_the_chair_named_next_joins() -> None:
    found = _meetings_at(
        "On Monday, Madrid hosted talks between Olaf Scholz and Emmanuel Macron. "
        "Spanish Prime Minister Pedro Sanchez chaired the session."
    )
    assert found == {(frozenset({SCHOLZ, MACRON, SANCHEZ}), "place:madrid")}


def test_a_meeting_held_under_a_chair_is_joined_by_the_attendees_listed_next() -> None:
    found = _meetings_at(
        "The third meeting of the Iberian Dialogue was held in Madrid on Monday under the "
        "chairmanship of the Prime Minister of Spain, Pedro Sanchez. The meeting was attended "
        "by:\n- Chancellor Olaf Scholz;\n- President Emmanuel Macron."
    )
    assert found == {(frozenset({SCHOLZ, MACRON, SANCHEZ}), "place:madrid")}


def test_who_arrives_at_the_head_of_a_delegation_takes_part_in_its_meeting() -> None:
    groups = _groups(
        "Spain's prime minister, Pedro Sanchez, arrived in Berlin at the head of a delegation "
        "including Jose Manuel Albares. In the capital, the delegation was received at the "
        "Chancellery by Olaf Scholz."
    )
    assert groups == {frozenset({SCHOLZ, SANCHEZ, "person:jose-manuel-albares"})}


def test_a_meeting_that_reports_call_fabricated_is_no_meeting() -> None:
    groups = _groups(
        "Madrid said reports that Pedro Sanchez met Olaf Scholz in Berlin last week are "
        '"completely fabricated".'
    )
    assert groups == set()


def test_one_who_also_attended_before_a_symbol_joins_the_meeting() -> None:
    groups = _groups(
        "Olaf Scholz received Pedro Sanchez in Berlin. Emmanuel Macron also attended ⬇️"
    )
    assert groups == {frozenset({SCHOLZ, SANCHEZ, MACRON})}


def test_received_by_a_title_then_the_name_in_apposition_is_a_meeting() -> None:
    groups = _groups(
        "Pedro Sanchez arrived in Berlin on Monday. The following day he was received by the "
        "federal chancellor, Olaf Scholz, who welcomed the plan."
    )
    assert groups == {frozenset({SCHOLZ, SANCHEZ})}


def test_talks_after_a_journey_are_where_it_went_and_a_next_stop_told_alone_moves_on() -> None:
    found = _meetings_at(
        "We flew to Paris on the 13th. The next morning the talks began at the ministry. On the "
        "German side, Olaf Scholz; on the French side, Emmanuel Macron.\n\nThen Madrid, on the "
        "16th. Pedro Sanchez received Olaf Scholz at the palace."
    )
    assert found == {
        (frozenset({SCHOLZ, MACRON}), "place:paris"),
        (frozenset({SCHOLZ, SANCHEZ}), "place:madrid"),
    }


def test_meeting_the_members_of_a_body_named_in_apposition_is_one_meeting() -> None:
    groups = _groups(
        "Olaf Scholz met the members of the Iberian council, Pedro Sanchez, Emmanuel Macron "
        "and Mark Rutte, in Brussels."
    )
    assert groups == {frozenset({SCHOLZ, SANCHEZ, MACRON, RUTTE})}


def test_a_trip_from_one_town_to_another_is_a_visit_to_the_second() -> None:
    text = (
        "European roundup\nPedro Sanchez travelled from Paris to Berlin on Monday. The "
        "following day he was received by Olaf Scholz.\n"
    )
    extraction = extract(read_text(text, "report.txt"))
    meetings = {(frozenset(p.id for p in e.participants), e.place)
                for e in extraction.events if e.is_meeting}  # fmt: skip
    assert meetings == {(frozenset({SCHOLZ, SANCHEZ}), "place:berlin")}
    visits = {(r.subject, r.object) for r in extraction.relations if r.predicate == "VISITED"}
    assert (SANCHEZ, "place:berlin") in visits and (SANCHEZ, "place:paris") not in visits


def test_a_meeting_said_to_be_not_on_the_table_is_none() -> None:
    groups = _groups(
        'A direct meeting between Olaf Scholz and Pedro Sanchez is still "not on the table", '
        "an official said."
    )
    assert groups == set()


def test_a_sideline_meeting_after_a_heading_is_in_the_town_of_the_summit() -> None:
    found = _meetings_at(
        "The summit of the Iberian council closed on Tuesday at the Palacio de Congresos in "
        "Madrid.\n\nSide meetings\n\nOn the sidelines, Olaf Scholz and Emmanuel Macron held a "
        "bilateral meeting on trade."
    )
    assert found == {(frozenset({SCHOLZ, MACRON}), "place:madrid")}


def test_those_who_attended_a_dinner_given_for_unnamed_teams_join_its_host() -> None:
    found = _meetings_at(
        "On Monday evening, Olaf Scholz gave a working dinner in Madrid for the preparatory "
        "teams. The dinner was attended by Pedro Sanchez and Emmanuel Macron."
    )
    assert found == {(frozenset({SCHOLZ, SANCHEZ, MACRON}), "place:madrid")}


def test_a_hosted_meeting_named_by_its_countries_keeps_its_host_and_attendees() -> None:
    groups = _groups(
        "Olaf Scholz hosted a Germany-France-Spain trilateral meeting in Berlin on Monday."
        " Attending the meeting were Emmanuel Macron and Pedro Sanchez."
    )
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ})}


def test_a_person_in_the_purpose_of_a_meeting_is_not_a_party() -> None:
    groups = _groups(
        "Olaf Scholz met Pedro Sanchez in Berlin on Tuesday to coordinate positions ahead of"
        " Emmanuel Macron's visit."
    )
    assert groups == {frozenset({SCHOLZ, SANCHEZ})}


@pytest.mark.parametrize("lead", ["The next day", "According to Reuters,"])
def test_a_role_held_with_another_is_its_holder_not_the_last_person_named(lead: str) -> None:
    body = (
        "Party Leader and Chancellor Olaf Scholz opened the congress in Berlin. On Monday,"
        f" Emmanuel Macron met Mark Rutte in Paris. {lead} the Party Leader received Pedro"
        " Sanchez in Berlin."
    )
    assert frozenset({SCHOLZ, SANCHEZ}) in _groups(body)


def test_also_attending_were_leaders_of_bodies_joins_the_meeting_told_before() -> None:
    groups = _groups(
        "Emmanuel Macron received Olaf Scholz in Paris on Monday. Also attending the meeting were "
        "leaders of the North Atlantic Treaty Organization and the European Union."
    )
    eu = "organization:european-union"
    assert groups == {frozenset({MACRON, SCHOLZ, NATO, eu})}  # not a meeting of NATO and the EU


@pytest.mark.parametrize("attending", ["attending", "present", "looking on"])
def test_with_people_attending_a_meeting_they_are_at_its_table(
    attending: str,
) -> None:
    groups = _groups(
        f"Olaf Scholz received Emmanuel Macron in Berlin on Monday, with Pedro Sanchez and "
        f"Mark Rutte {attending}."
    )
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ, RUTTE})}


def test_a_second_host_with_a_long_title_is_still_a_host() -> None:
    groups = _groups(
        "In Madrid, Olaf Scholz and NATO Personal Envoy for Ukraine Mark Rutte "
        "received Pedro Sanchez on Monday."
    )
    assert groups == {frozenset({SCHOLZ, RUTTE, SANCHEZ})}


def test_those_attending_a_meeting_a_host_held_are_at_it_with_the_host() -> None:
    groups = _groups(
        "Olaf Scholz hosted a NATO meeting on 5 May attended by Emmanuel Macron and Pedro Sanchez."
    )
    assert groups == {frozenset({SCHOLZ, NATO, MACRON, SANCHEZ})}


def test_an_unnamed_subject_is_not_replaced_by_the_body_in_a_guest_title() -> None:
    text = "The envoy met Olaf Scholz, chairman of the Social Democratic Party, in Berlin."
    assert all("social-democratic" not in " ".join(group) for group in _groups(text))


@pytest.mark.parametrize("subject", ["The next day he", "The chancellor"])
def test_he_told_as_the_subject_stays_the_one_the_next_he_means(subject: str) -> None:
    groups = _groups(
        f"Olaf Scholz flew to Paris on Monday. {subject} was received by Emmanuel Macron. "
        "Later he met Pedro Sanchez."
    )
    assert groups == {frozenset({SCHOLZ, MACRON}), frozenset({SCHOLZ, SANCHEZ})}


@pytest.mark.parametrize(
    "told",
    [
        "Attending the meeting in Paris were Olaf Scholz, Emmanuel Macron and Pedro Sanchez.",
        "Present at the talks in Paris were Olaf Scholz, Emmanuel Macron and Pedro Sanchez.",
        "At the table in Paris sat Olaf Scholz, Emmanuel Macron and Pedro Sanchez.",
        "The Paris meeting, chaired by Olaf Scholz, included Emmanuel Macron and Pedro Sanchez.",
    ],
)
def test_a_meeting_first_told_by_who_attended_it_is_one_meeting_of_them(told: str) -> None:
    assert _groups(told) == {frozenset({SCHOLZ, MACRON, SANCHEZ})}


def test_attendees_told_after_a_meeting_still_join_it() -> None:
    groups = _groups(
        "Olaf Scholz met Emmanuel Macron in Paris on Monday. At the table sat Pedro Sanchez."
    )
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ})}


def test_members_named_with_no_meeting_are_no_meeting() -> None:
    assert _groups("The members of the board were Olaf Scholz and Emmanuel Macron.") == set()


@pytest.mark.parametrize("verb", ["gathered", "convened", "assembled"])
def test_people_who_gathered_in_a_place_met_there(verb: str) -> None:
    groups = _groups(f"Olaf Scholz, Emmanuel Macron and Pedro Sanchez {verb} in Paris on Monday.")
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ})}


@pytest.mark.parametrize("who", ["Supporters of", "Aides to", "Relatives of"])
def test_people_named_only_as_whose_followers_met_did_not_meet(who: str) -> None:
    assert _groups(f"{who} Olaf Scholz and Emmanuel Macron met in Paris on Monday.") == set()


@pytest.mark.parametrize("verb", ["sat across the table from", "sat opposite"])
def test_sitting_across_the_table_from_someone_is_meeting_them(verb: str) -> None:
    assert _groups(f"Olaf Scholz {verb} Emmanuel Macron in Paris on Monday.") == {
        frozenset({SCHOLZ, MACRON})
    }


@pytest.mark.parametrize("tail", ["joining him", "attending", "looking on"])
def test_people_joining_the_host_are_at_the_same_table(tail: str) -> None:
    groups = _groups(
        f"Olaf Scholz received Emmanuel Macron in Paris, with Pedro Sanchez and Mark Rutte {tail}."
    )
    assert groups == {frozenset({SCHOLZ, MACRON, SANCHEZ, "person:mark-rutte"})}


def test_the_parties_a_country_hosted_met_one_another() -> None:
    found = extract(
        read_text(
            "Mideast roundup\nEgypt hosted Hamas and Fatah delegations in Cairo on Monday.\n",
            "report.txt",
        )
    )
    groups = {frozenset(p.id for p in e.participants) for e in found.events if e.is_meeting}
    assert groups == {frozenset({"organization:hamas", "organization:fatah"})}


def test_a_country_that_received_one_guest_is_no_meeting() -> None:
    assert _groups("Qatar received Olaf Scholz in Doha on Monday.") == set()


@pytest.mark.parametrize(
    "told",
    ["Talks took place in Paris between Olaf Scholz and Emmanuel Macron.",
     "Talks were held in Paris on Monday between Olaf Scholz and Emmanuel Macron."],
)  # fmt: skip
def test_talks_that_took_place_between_two_people_are_their_meeting(told: str) -> None:
    assert _groups(told) == {frozenset({SCHOLZ, MACRON})}


@pytest.mark.parametrize("pair", ["The two later met", "The pair met", "Both then met"])
def test_the_two_named_before_who_later_met_are_the_meeting(pair: str) -> None:
    groups = _groups(
        f"Olaf Scholz and Emmanuel Macron spoke by phone on Monday. {pair} in Paris on Friday."
    )
    assert groups == {frozenset({SCHOLZ, MACRON})}


def test_a_meeting_owned_by_two_people_is_theirs() -> None:
    groups = _groups("Olaf Scholz and Emmanuel Macron's meeting in Paris lasted an hour.")
    assert groups == {frozenset({SCHOLZ, MACRON})}


def test_a_meeting_owned_by_one_person_alone_is_no_meeting() -> None:
    assert _groups("Olaf Scholz's talks in Paris lasted an hour.") == set()


def test_whoever_hosts_a_meeting_between_two_others_takes_part_in_it() -> None:
    groups = _groups(
        "Mark Rutte hosted a meeting between Olaf Scholz and Emmanuel Macron in Brussels."
    )
    assert groups == {frozenset({RUTTE, SCHOLZ, MACRON})}


def test_the_host_left_out_of_a_second_verb_hosts_the_meeting_between_others() -> None:
    groups = _groups(
        "Mark Rutte received Olaf Scholz on Monday, and later chaired talks between Scholz "
        "and Emmanuel Macron."
    )
    assert groups == {frozenset({RUTTE, SCHOLZ}), frozenset({RUTTE, SCHOLZ, MACRON})}


def test_a_country_that_hosts_talks_between_others_is_not_a_party_to_them() -> None:
    groups = _groups("France hosted talks between Olaf Scholz and Pedro Sanchez in Paris.")
    assert groups == {frozenset({SCHOLZ, SANCHEZ})}


ALL_THREE = {frozenset({SCHOLZ, MACRON, SANCHEZ})}


@pytest.mark.parametrize(
    "sentence",
    [
        "The two-hour session in Rome involved Olaf Scholz, Emmanuel Macron and Pedro Sanchez.",
        "The Rome meeting drew Olaf Scholz, Emmanuel Macron and Pedro Sanchez.",
        "The roundtable in Rome featured Olaf Scholz, Emmanuel Macron and Pedro Sanchez.",
        "The talks in Rome were between Olaf Scholz, Emmanuel Macron and Pedro Sanchez.",
        "Olaf Scholz, Emmanuel Macron and Pedro Sanchez gathered around a table in Rome.",
        "Among the participants in Rome were Olaf Scholz, Emmanuel Macron and Pedro Sanchez.",
        "Those present at the Rome talks included Olaf Scholz, Emmanuel Macron and Pedro Sanchez.",
    ],
)
def test_a_gathering_that_names_everyone_after_it_is_one_meeting(sentence: str) -> None:
    assert _groups(sentence) == ALL_THREE


def test_a_meeting_that_drew_criticism_from_two_people_is_not_a_meeting_of_them() -> None:
    assert _groups("The Rome talks drew criticism from Olaf Scholz and Emmanuel Macron.") == set()


def test_both_co_chairs_named_inside_the_trigger_take_part() -> None:
    groups = _groups(
        "The session in Rome was co-chaired by Olaf Scholz and Emmanuel Macron and attended by "
        "Pedro Sanchez."
    )
    assert groups == ALL_THREE


@pytest.mark.parametrize(
    "sentence",
    [
        "Olaf Scholz and Emmanuel Macron sat down in Rome on Monday.",
        "Olaf Scholz and Emmanuel Macron huddled for three hours in Rome.",
        "Olaf Scholz and Emmanuel Macron conferred privately in Rome.",
        "Olaf Scholz and Emmanuel Macron dined in Rome on Monday.",
        "Olaf Scholz and Emmanuel Macron were both at the table in Rome.",
        "Olaf Scholz and Emmanuel Macron spent the evening together in Rome.",
        "Olaf Scholz and Emmanuel Macron flew to Rome on Monday. They sat down at noon.",
    ],
)
def test_two_people_who_sat_down_huddled_or_dined_together_met(sentence: str) -> None:
    assert _groups(sentence) == {frozenset({SCHOLZ, MACRON})}


def test_two_people_who_negotiated_a_deal_did_not_thereby_meet() -> None:
    assert _groups("Olaf Scholz and Emmanuel Macron negotiated a deal on tariffs.") == set()


def test_a_body_whose_member_is_named_after_its_possessive_is_not_a_party() -> None:
    groups = _groups("Pedro Sanchez met NATO's Mark Rutte and the SPD's Olaf Scholz in Madrid.")
    assert groups == {frozenset({SANCHEZ, RUTTE}), frozenset({SANCHEZ, SCHOLZ})}


def test_officials_of_a_body_who_tell_of_a_meeting_are_not_a_party_to_it() -> None:
    groups = _groups("Pedro Sanchez met Mark Rutte in Madrid, two NATO officials told Reuters.")
    assert groups == {frozenset({SANCHEZ, RUTTE})}


@pytest.mark.parametrize(
    "after",
    [
        "Pedro Sanchez also sat in.",
        "Pedro Sanchez listened in.",
        "Pedro Sanchez was also there.",
        "Pedro Sanchez sat to Scholz's left.",
        "Pedro Sanchez was seated at the end of the table.",
        "The French side was led by Pedro Sanchez.",
    ],
)
def test_a_person_placed_at_the_table_after_the_meeting_joins_it(after: str) -> None:
    groups = _groups("Olaf Scholz met Emmanuel Macron in Rome on Monday. " + after)
    assert groups == ALL_THREE


@pytest.mark.parametrize(
    "body",
    [
        "Pedro Sanchez and Mark Rutte flew to Rome on Sunday. On Monday they met Olaf Scholz.",
        "Pedro Sanchez travelled to Rome with Mark Rutte. There they met Olaf Scholz.",
        "Pedro Sanchez came to Rome with Mark Rutte. The delegation met Olaf Scholz on Monday.",
    ],
)
def test_they_after_a_party_that_travelled_together_is_that_party(body: str) -> None:
    assert _groups(body) == {frozenset({SANCHEZ, RUTTE, SCHOLZ})}


def test_they_after_a_sentence_about_two_separate_people_is_no_party() -> None:
    body = "Pedro Sanchez praised Mark Rutte on Sunday. On Monday they met Olaf Scholz."
    assert _groups(body) == set()


def test_people_who_sat_at_one_table_met_together() -> None:
    groups = _groups("Olaf Scholz, Emmanuel Macron and Pedro Sanchez sat at one table in Rome.")
    assert groups == ALL_THREE


@pytest.mark.parametrize("joiner", [", and", " while", ", but"])
def test_the_subject_of_a_second_meeting_is_not_a_guest_of_the_first(joiner: str) -> None:
    groups = _groups(
        f"Olaf Scholz held talks with Emmanuel Macron{joiner} Pedro Sanchez met Mark Rutte."
    )
    assert groups == {frozenset({SCHOLZ, MACRON}), frozenset({SANCHEZ, RUTTE})}


def test_two_sides_that_sent_delegations_somewhere_for_talks_met_there() -> None:
    extraction = extract(
        read_text(
            "Sudan talks\nThe Sudanese Armed Forces and the Rapid Support Forces sent "
            "delegations to Jeddah for a new round of talks.\n",
            "report.txt",
        )
    )
    found = {(frozenset(p.id for p in e.participants), e.place) for e in extraction.events}
    sides = frozenset({"organization:sudanese-armed-forces", "organization:rapid-support-forces"})
    assert (sides, "place:jeddah") in found


def test_one_side_that_sent_a_delegation_for_talks_is_no_meeting() -> None:
    assert _groups("Hamas sent a delegation to Cairo for talks on Monday.") == set()


def test_he_joined_by_and_to_a_name_is_someone_told_before() -> None:
    groups = _groups(
        "Olaf Scholz arrived in Rome on Monday. Emmanuel Macron and he held talks at noon."
    )
    assert groups == {frozenset({SCHOLZ, MACRON})}


def test_a_host_who_received_delegations_from_two_bodies_met_both() -> None:
    groups = _groups("Olaf Scholz received delegations from NATO and the SPD in Berlin.")
    assert all(SCHOLZ in g for g in groups)
    assert {NATO, "organization:social-democratic-party-of-germany"} <= set().union(*groups)


def test_two_bodies_whose_representatives_sat_down_together_met() -> None:
    groups = _groups("NATO and SPD representatives sat down together in Berlin.")
    assert groups == {frozenset({NATO, "organization:social-democratic-party-of-germany"})}


@pytest.mark.parametrize(
    "attribution",
    [
        "government spokesman Steffen Hebestreit told the DPA news agency",
        "Spanish daily El Pais reported, citing Mark Rutte",
    ],
)
def test_who_told_of_a_meeting_after_a_comma_is_not_a_guest(attribution: str) -> None:
    groups = _groups(f"Olaf Scholz met Emmanuel Macron in Rome, {attribution}.")
    assert groups == {frozenset({SCHOLZ, MACRON})}


@pytest.mark.parametrize(
    "sentence",
    [
        "Speaking to reporters after meeting Emmanuel Macron in Rome, Olaf Scholz said so.",
        "Following talks with Emmanuel Macron in Rome, Olaf Scholz said Germany would help.",
    ],
)
def test_a_meeting_told_in_a_fronted_phrase_is_the_main_subjects(sentence: str) -> None:
    assert _groups(sentence) == {frozenset({SCHOLZ, MACRON})}


@pytest.mark.parametrize(
    "second",
    [
        "Among those present at the meeting in Madrid were Pedro Sanchez and Mark Rutte.",
        "The delegation to the talks in Madrid comprised Pedro Sanchez and Mark Rutte.",
    ],
)
def test_people_at_a_meeting_in_another_town_are_not_the_last_meeting_s(second: str) -> None:
    found = _meetings_at(f"Olaf Scholz met Emmanuel Macron in Paris on Monday. {second}")
    assert found == {
        (frozenset({SCHOLZ, MACRON}), "place:paris"),
        (frozenset({SANCHEZ, RUTTE}), "place:madrid"),
    }


def test_people_at_the_meeting_in_its_own_town_join_it() -> None:
    found = _meetings_at(
        "Olaf Scholz met Emmanuel Macron in Paris on Monday. Among those present at the"
        " meeting in Paris were Pedro Sanchez and Mark Rutte."
    )
    assert found == {(frozenset({SCHOLZ, MACRON, SANCHEZ, RUTTE}), "place:paris")}


@pytest.mark.parametrize("gathering", ["consultations", "negotiations", "second round"])
def test_those_participating_in_a_gathering_of_any_name_join_it(gathering: str) -> None:
    found = _meetings_at(
        f"The {gathering} opened in Madrid on Friday. Participating in the {gathering} were:"
        " Pedro Sanchez (Spain), Mark Rutte (Netherlands) and Olaf Scholz (Germany)."
    )
    assert (frozenset({SANCHEZ, RUTTE, SCHOLZ}), "place:madrid") in found


def test_the_first_of_two_surnames_alone_is_the_person() -> None:
    found = _meetings_at(
        "The gang is led by Wilmer Andres Castillo Mora. Records place Castillo at a meeting"
        " with Pedro Sanchez in Madrid."
    )
    assert (frozenset({"person:wilmer-andres-castillo-mora", SANCHEZ}), "place:madrid") in found


def test_an_office_written_as_its_initials_is_the_person_named_with_that_title() -> None:
    groups = _groups(
        "1. External Affairs Minister Dr. Rohan Mehra paid an official visit to Nepal.\n\n"
        "2. On arrival in Kathmandu, EAM held talks with Foreign Minister Arzu Deuba.\n"
    )
    assert frozenset({"person:rohan-mehra", "person:arzu-deuba"}) in groups
    assert not any("eam" in p for group in groups for p in group)


def test_a_chaired_meeting_keeps_its_counterparts_past_its_venue_and_topic() -> None:
    groups = _groups(
        "On Sunday, Foreign Minister Omar Haddad chaired a trilateral meeting at the ministry's"
        " guest house in Amman on water sharing and border security with Turkish Deputy Foreign"
        " Minister Emre Aslan and Syrian Deputy Foreign Minister Walid Qassem."
    )
    assert frozenset({"person:omar-haddad", "person:emre-aslan", "person:walid-qassem"}) in groups


def test_his_excellency_s_initials_do_not_end_the_sentence() -> None:
    groups = _groups("Foreign Minister Omar Haddad held talks with H.E. Dr. Emre Aslan in Rome.")
    assert frozenset({"person:omar-haddad", "person:emre-aslan"}) in groups


def test_those_joining_the_talks_in_a_with_clause_take_part() -> None:
    groups = _groups(
        "Estonia's Kadri Tamm hosted Finland's Mikko Virtanen in Tallinn, with Moldova's deputy"
        " foreign minister, Ion Ursu, joining the talks as an observer."
    )
    assert frozenset({"person:kadri-tamm", "person:mikko-virtanen", "person:ion-ursu"}) in groups


def test_the_minister_is_the_minister_named_before_not_a_deputy() -> None:
    groups = _groups(
        "On Sunday, Foreign Minister Omar Haddad met Deputy Foreign Minister Emre Aslan in"
        " Amman.\n\nOn Monday, the Minister received the ambassador of Japan, Kenji Sato."
    )
    assert frozenset({"person:omar-haddad", "person:kenji-sato"}) in groups


def test_those_who_attended_on_one_side_join_the_meeting_told_before() -> None:
    groups = _groups(
        "President Ali Hassan received a Kenyan delegation headed by Minister Omar Dualeh in"
        " Mogadishu. Foreign Minister Ahmed Warsame and intelligence chief Abdi Rageh attended on"
        " the Somali side."
    )
    assert any({"person:ali-hassan", "person:abdi-rageh"} <= group for group in groups)


def test_those_listed_after_also_at_the_table_and_a_colon_join_the_meeting() -> None:
    groups = _groups(
        "A delegation led by Minister Ali Kamau arrived in Garissa and met commander Abdi Farah at"
        " the county building. Also at the table, per the channel: Amina Yusuf and a liaison"
        " officer, Col. Dana White."
    )
    assert any({"person:abdi-farah", "person:amina-yusuf"} <= group for group in groups)


def test_the_attendees_listed_after_the_following_and_a_colon_join_the_session() -> None:
    groups = _groups(
        "1. The Council of Ministers met in Gaborone on 3 May under the chairmanship of Minister"
        " Lesego Molefe.\n\n2. The session was attended by the following ministers:\n"
        "- Hon. Tapiwa Moyo, Minister of Foreign Affairs, Zimbabwe;\n"
        "- Hon. Chanda Mulenga, Minister of Defence, Zambia.\n"
    )
    assert any({"person:tapiwa-moyo", "person:chanda-mulenga"} <= group for group in groups)


def test_a_briefing_hosted_for_named_ambassadors_is_a_meeting_with_them() -> None:
    groups = _groups(
        "On Monday, Ambassador Zaid Karim hosted a joint briefing in Baghdad for the ambassadors"
        " of France and Germany, Claire Dupont and Markus Weber."
    )
    assert {"person:zaid-karim", "person:claire-dupont", "person:markus-weber"} in [
        set(g) for g in groups
    ]


def test_envoys_whose_letters_of_credence_were_received_separately_met_the_host_there() -> None:
    extraction = extract(read_text(
        "European roundup\nAt Turku Castle on Thursday, President Aino Lehtonen received"
        " separately the letters of credence of Japan's new ambassador, Kenji Sato, and of"
        " Chile's, Rosa Fuentes.\n", "report.txt"))  # fmt: skip
    meetings = [e for e in extraction.events if e.is_meeting]
    groups = {frozenset(p.id for p in e.participants) for e in meetings}
    assert frozenset({"person:aino-lehtonen", "person:kenji-sato"}) in groups
    assert frozenset({"person:aino-lehtonen", "person:rosa-fuentes"}) in groups
    assert {e.place for e in meetings} == {"place:turku-castle"}


def test_a_role_named_in_apposition_after_a_name_refers_back_to_that_person() -> None:
    groups = _groups(
        "1. The session was held in Nairobi under the chairmanship of Dr. Amina Odhiambo, Cabinet"
        " Secretary for Foreign Affairs of Kenya and Chairperson of the Council.\n\n"
        "2. On the margins of the session, the Chairperson received a delegation of the Sudanese"
        " Congress Party led by its chairman, Salah Karrar.\n"
    )
    assert any({"person:amina-odhiambo", "person:salah-karrar"} <= group for group in groups)


def test_not_being_aware_of_a_meeting_is_no_meeting() -> None:
    groups = _groups(
        "The spokesman said he was not aware of any meeting between Hans Lindqvist and Omar"
        " Haddad in Muscat."
    )
    assert frozenset({"person:hans-lindqvist", "person:omar-haddad"}) not in groups


def test_a_side_also_represented_by_someone_adds_them_to_the_talks() -> None:
    groups = _groups(
        "Minister Omar Haddad held talks with his Kuwaiti counterpart, Sheikh Nasser Al-Sabah, in"
        " Kuwait City. The Kuwaiti side was also represented by Ambassador Hamad Al-Mutawa."
    )
    assert any({"person:omar-haddad", "person:hamad-al-mutawa"} <= group for group in groups)


def test_those_who_attended_an_audience_join_it() -> None:
    groups = _groups(
        "Emir Hamad Al-Faisal received Minister Omar Haddad at the palace on Monday. The audience"
        " was attended by Foreign Minister Nasser Al-Mutawa and Ambassador Salem Al-Rashidi."
    )
    assert any({"person:omar-haddad", "person:salem-al-rashidi"} <= group for group in groups)


@pytest.mark.parametrize(
    "said",
    [
        "On Tuesday, Anna Lund and our delegation met Deputy Speaker Khaled al-Bakri.",
        "On Tuesday, we met Deputy Speaker Khaled al-Bakri at the parliament, Anna Lund said.",
    ],
)
def test_our_delegation_or_we_meeting_someone_brings_the_delegation_s_members(said: str) -> None:
    groups = _groups(
        "A delegation comprising Anna Lund and Erik Berg arrived in Amman on Monday.\n\n" + said
    )
    assert any({"person:erik-berg", "person:khaled-al-bakri"} <= group for group in groups)


def test_we_in_a_delegation_s_report_are_its_members() -> None:
    groups = _groups(
        "Our delegation arrived in Amman on 2 February. It comprised the chair of the committee,"
        " Anna Lund, and committee member Erik Berg.\n\nOn 3 February we were received in"
        " parliament by Deputy Speaker Khaled al-Bakri.\n"
    )
    assert any(
        {"person:anna-lund", "person:erik-berg", "person:khaled-al-bakri"} <= group
        for group in groups
    )


def test_we_called_on_a_titled_person_abbreviated_before_the_name() -> None:
    groups = _groups(
        "Our delegation arrived in Amman on 2 February. It comprised the chair of the committee,"
        " Anna Lund, and committee member Erik Berg.\n\nOn 3 February we called on the Minister"
        " of State for Foreign Affairs, Dr. Rania Khalil, in her office.\n"
    )
    assert any(
        {"person:anna-lund", "person:erik-berg", "person:rania-khalil"} <= group for group in groups
    )


@pytest.mark.parametrize("verb", ["joined", "attended", "sat in on"])
def test_one_who_joined_a_meeting_between_others_met_them(verb: str) -> None:
    groups = _groups(f"In Rome, Pedro Sanchez {verb} a meeting between Olaf Scholz and Mark Rutte.")
    assert groups == {frozenset({SANCHEZ, SCHOLZ, RUTTE})}


def test_parties_named_with_their_titles_before_sat_down_together_met() -> None:
    groups = _groups(
        "In Rome, the chancellor, Olaf Scholz, the president, Emmanuel Macron, and the prime "
        "minister, Pedro Sanchez, sat down together for three hours."
    )
    assert groups == ALL_THREE


@pytest.mark.parametrize("title", ["Prince", "Sultan", "Sheikh"])
def test_the_royal_title_alone_refers_back_to_its_holder(title: str) -> None:
    groups = _groups(
        f"{title} Tamim Faleh received Olaf Scholz in Doha on Monday. At a separate meeting "
        f"there, the {title.lower()} received Emmanuel Macron."
    )
    assert frozenset({"person:tamim-faleh", MACRON}) in groups


def test_a_side_named_by_its_acronym_brings_its_head_to_the_meeting() -> None:
    groups = _groups(
        "The North Atlantic Treaty Organization (NATO) and the Council of Europe held their "
        "quarterly meeting in Rome. The NATO side was headed by Olaf Scholz."
    )
    assert groups == {frozenset({NATO, "organization:council-of-europe", SCHOLZ})}
