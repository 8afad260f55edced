"""Meetings read on sentences written for the test: a role only its holder bears names the person
titled so before it ('the speaker', 'the Secretary-General', 'the head of state'), and a
joint meeting told with a time after its verb ('met the next morning')."""

from __future__ import annotations

from actorgraph.extract.report import extract
from actorgraph.read.inputs import read_text

from .test_relation_forms import _slugs


def _meetings(body: str) -> set[frozenset[str]]:
    extraction = extract(read_text("Diplomatic diary\n" + body + "\n", "diary.txt"))
    names = {e.id: e.name for e in extraction.entities}
    return {
        frozenset(names[p.id] for p in e.participants) for e in extraction.events if e.is_meeting
    }


def test_the_speaker_in_lower_case_is_the_speaker_named_before() -> None:
    found = _meetings(
        "Speaker Mustafa Kurtulmus opened the session on Monday. Later the speaker received "
        "the visiting envoy, Kaja Kallas, in Ankara."
    )
    assert frozenset({"Mustafa Kurtulmus", "Kaja Kallas"}) in found


def test_the_secretary_general_hyphenated_is_the_one_named_before() -> None:
    found = _meetings(
        "Secretary-General Mark Rutte arrived in Brussels on Sunday. On Monday the "
        "Secretary-General met with the Foreign Minister of Estonia, Margus Tsahkna."
    )
    assert frozenset({"Mark Rutte", "Margus Tsahkna"}) in found


def test_the_head_of_state_is_the_president_named_before() -> None:
    found = _meetings(
        "President William Ruto flew to Mombasa on Tuesday. There the head of state met "
        "the army commander, Gen. Charles Kahariri."
    )
    assert frozenset({"William Ruto", "Charles Kahariri"}) in found


def test_the_speaker_with_no_speaker_named_is_nobody() -> None:
    found = _meetings(
        "President William Ruto flew to Mombasa on Tuesday. There the speaker met the army "
        "commander, Gen. Charles Kahariri."
    )
    assert frozenset({"William Ruto", "Charles Kahariri"}) not in found


def test_a_joint_meeting_the_next_morning_is_still_a_meeting() -> None:
    found = _meetings("Kaja Kallas and Margus Tsahkna met the following morning in Tallinn.")
    assert frozenset({"Kaja Kallas", "Margus Tsahkna"}) in found


def test_a_joint_session_held_the_next_day() -> None:
    found = _meetings(
        "Kaja Kallas, Margus Tsahkna and Baiba Braze held a joint session the next day."
    )
    assert frozenset({"Kaja Kallas", "Margus Tsahkna", "Baiba Braze"}) in found


def test_parties_that_sent_delegations_to_the_talks_met_there() -> None:
    found = _meetings(
        "Hamas, Fatah and Islamic Jihad sent delegations to the reconciliation talks in Algiers."
    )
    assert frozenset({"Hamas", "Fatah", "Palestinian Islamic Jihad"}) in found


def test_a_meeting_over_dinner_is_a_meeting() -> None:
    found = _meetings("Kaja Kallas and Margus Tsahkna met over a working dinner in Tallinn.")
    assert frozenset({"Kaja Kallas", "Margus Tsahkna"}) in found


def test_two_people_who_sat_across_a_table() -> None:
    found = _meetings("Kaja Kallas and Margus Tsahkna sat across a narrow table in Tallinn.")
    assert frozenset({"Kaja Kallas", "Margus Tsahkna"}) in found


def test_lunch_with_someone_is_a_meeting() -> None:
    found = _meetings("Kaja Kallas had a working lunch with Margus Tsahkna in Tallinn.")
    assert frozenset({"Kaja Kallas", "Margus Tsahkna"}) in found


def test_two_who_broke_bread_met() -> None:
    found = _meetings("Kaja Kallas and Margus Tsahkna broke bread in Tallinn on Friday.")
    assert frozenset({"Kaja Kallas", "Margus Tsahkna"}) in found


def test_lunch_over_the_phone_is_no_meeting() -> None:
    found = _meetings("Kaja Kallas had lunch while she phoned Margus Tsahkna from Tallinn.")
    assert frozenset({"Kaja Kallas", "Margus Tsahkna"}) not in found


def test_one_joining_by_video_leaves_the_meeting_of_the_others() -> None:
    found = _meetings(
        "Kaja Kallas, Margus Tsahkna and Baiba Braze met in Riga, with Gabrielius Landsbergis "
        "joining by video link."
    )
    assert frozenset({"Kaja Kallas", "Margus Tsahkna", "Baiba Braze"}) in found
    assert not any("Gabrielius Landsbergis" in group for group in found)


def test_a_meeting_held_by_video_is_still_no_meeting() -> None:
    assert not _meetings("Kaja Kallas met Margus Tsahkna by video link on Monday.")


def test_talks_in_a_town_between_two() -> None:
    found = _meetings("The talks in Riga, between Kaja Kallas and Baiba Braze, lasted two hours.")
    assert frozenset({"Kaja Kallas", "Baiba Braze"}) in found


def test_aides_who_flank_assist_or_accompany_join_the_meeting() -> None:
    opening = "Kaja Kallas met Margus Tsahkna in Tallinn on Monday. "
    for joining in (
        "Tsahkna was flanked by Kristi Raik and Jonatan Vseviov.",
        "Kallas was assisted by her deputy, Kristi Raik, and Jonatan Vseviov.",
        "Accompanying Kallas were Kristi Raik and Jonatan Vseviov.",
        "Kallas brought along Kristi Raik and Jonatan Vseviov.",
    ):
        found = _meetings(opening + joining)
        assert any({"Kristi Raik", "Jonatan Vseviov"} <= group for group in found), joining


def test_speakers_and_those_a_meeting_heard_from_join_it() -> None:
    opening = "Kaja Kallas met Margus Tsahkna in Tallinn on Monday. "
    for joining in (
        "Speakers included Kristi Raik and Jonatan Vseviov.",
        "The meeting heard from Kristi Raik and Jonatan Vseviov.",
    ):
        found = _meetings(opening + joining)
        assert any({"Kristi Raik", "Jonatan Vseviov", "Kaja Kallas"} <= g for g in found), joining


def test_one_who_represented_a_body_at_the_talks_joins_them() -> None:
    found = _meetings(
        "Kaja Kallas met Margus Tsahkna in Tallinn on Monday. Kristi Raik represented the "
        "European Union at the talks."
    )
    assert any({"Kristi Raik", "Kaja Kallas"} <= group for group in found)


def test_those_at_the_summit_met() -> None:
    found = _meetings("At the summit in Riga were Kaja Kallas, Margus Tsahkna and Baiba Braze.")
    assert frozenset({"Kaja Kallas", "Margus Tsahkna", "Baiba Braze"}) in found


def test_one_who_joined_two_at_the_table_met_them() -> None:
    found = _meetings("Kaja Kallas joined Margus Tsahkna and Baiba Braze at the table in Riga.")
    assert frozenset({"Kaja Kallas", "Margus Tsahkna", "Baiba Braze"}) in found


def test_a_second_role_in_an_apposition_makes_a_member_of_its_organization() -> None:
    found = _slugs(
        "Rui Sabe, a member of the Supreme Political Council and a prominent leader in "
        "Hamas, spoke to reporters."
    )
    assert ("rui-sabe", "MEMBER_OF", "hamas") in found


def test_a_body_s_envoy_for_a_cause_named_after_a_comma_is_its_member() -> None:
    found = _slugs(
        "Officials received the African Union's special envoy for the peace process, Rui Sabe, "
        "in Kigali."
    )
    assert ("rui-sabe", "MEMBER_OF", "african-union") in found
