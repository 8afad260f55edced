"""Extraction capabilities on small texts of our own (not the eval set): identity, aliases,
coreference, places, dates, events, relations, provenance."""

from __future__ import annotations

from actorgraph.ingest.extract import extract
from actorgraph.ingest.read import report_from_text
from actorgraph.model import Extraction


def run(text: str, **meta: str) -> Extraction:
    return extract(report_from_text(text, path="t.txt", **meta))


def ids(x: Extraction) -> set[str]:
    return {e.id for e in x.entities}


def triples(x: Extraction) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in x.relations}


def meetings(x: Extraction) -> list[tuple[frozenset[str], str | None, str | None]]:
    return [
        (frozenset(p.id for p in e.participants), e.place, e.date)
        for e in x.events
        if e.kind != "Visit"
    ]


def test_transliterations_and_short_forms_are_one_actor() -> None:
    x = run(
        "Ismail Qa'ani arrived in Damascus on Monday. Ghaani met officials there. "
        "Later, Esmail Qaani flew home and Qaani said nothing."
    )
    people = [e for e in x.entities if e.type == "Person"]
    assert [p.id for p in people] == ["person:esmail-qaani"]
    assert {"Ismail Qa'ani", "Ghaani", "Qaani"} <= set(people[0].surfaces())


def test_acronyms_and_possessive_forms_of_an_organization_are_one_actor() -> None:
    x = run(
        "The IRGC-QF trained the group. The Quds Force denied it. IRGC's Quds Force "
        "commander spoke. The Syrian Observatory for Human Rights (SOHR) reported it."
    )
    assert "organization:irgc-quds-force" in ids(x)
    assert sum(e.id == "organization:irgc-quds-force" for e in x.entities) == 1
    sohr = next(e for e in x.entities if "SOHR" in e.surfaces())
    assert sohr.name == "Syrian Observatory for Human Rights"


def test_unknown_names_spelled_two_ways_in_one_report_are_one_person() -> None:
    x = run(
        "Negotiator Mohammed Abdelkarim Tahiri met envoys. Later Mohamad Abdelkarim Tahiri "
        "left Muscat."
    )
    people = [e for e in x.entities if e.type == "Person"]
    assert len(people) == 1 and len(people[0].surfaces()) == 2


def test_a_person_and_a_place_of_the_same_name_never_merge() -> None:
    x = run("Homs Kassab, a local official, met residents in Homs on Tuesday.")
    kinds = {e.type for e in x.entities if "Homs" in e.name}
    assert kinds == {"Person", "Place"}


def test_province_is_the_same_place_and_places_carry_coordinates() -> None:
    x = run("Troops deployed in Homs province. Later they left Homs.")
    homs = [e for e in x.entities if e.type == "Place"]
    assert [e.id for e in homs] == ["place:homs"]
    assert homs[0].countryCode == "SY" and 34 < homs[0].lat < 35 and 36 < homs[0].lon < 37


def test_meeting_with_place_date_and_evidence_offsets() -> None:
    text = (
        "Title: talks\nDate: 2024-03-14\n\n"
        "Hezbollah Secretary-General Hassan Nasrallah received Iranian Foreign Minister "
        "Hossein Amir-Abdollahian in Beirut on Tuesday."
    )
    report = report_from_text(text.split("\n\n", 1)[1], path="m.txt", date="2024-03-14")
    x = extract(report)
    (event,) = [e for e in x.events if e.kind != "Visit"]
    assert {p.id for p in event.participants} == {
        "person:hassan-nasrallah",
        "person:hossein-amir-abdollahian",
    }
    assert event.place == "place:beirut"
    assert (event.date, event.datePrecision) == ("2024-03-12", "day")  # the Tuesday before
    ev = event.evidence
    assert report.text[ev.start : ev.end] == ev.sentence and "received" in ev.sentence
    assert ("person:hassan-nasrallah", "LEADS", "organization:hezbollah") in triples(x)


def test_planned_denied_and_phone_meetings_are_not_events() -> None:
    for sentence in (
        "Hassan Nasrallah will meet Ali Larijani in Beirut next week.",
        "Hassan Nasrallah refused to meet Ali Larijani in Beirut.",
        "Ali Larijani is expected to meet Nabih Berri on Monday.",
    ):
        assert meetings(run(sentence)) == [], sentence


def test_pronouns_resolve_to_the_salient_person() -> None:
    x = run("Abbas Araghchi arrived in Beirut on Friday. He met Nabih Berri at his office.")
    assert meetings(x)[0][0] == {"person:abbas-araghchi", "person:nabih-berri"}
    assert ("person:abbas-araghchi", "VISITED", "place:beirut") in triples(x)


def test_relative_and_partial_dates() -> None:
    x = run("Esmail Qaani recently met Hassan Nasrallah in Beirut.", date="2023-05-04")
    assert meetings(x)[0][2] == "2023-05"
    y = run("On 4 May 2021, Esmail Qaani met Hassan Nasrallah in Beirut.")
    assert meetings(y)[0][2] == "2021-05-04"


def test_joint_exercise_with_named_partners() -> None:
    x = run("The IRGC and Hezbollah held joint military exercises in the Syrian Desert.")
    ((group, place, _),) = meetings(x)
    assert group == {"organization:irgc", "organization:hezbollah"}
    assert place == "place:syrian-desert"


def test_typed_relations_from_apposition_hyphen_and_verbs() -> None:
    x = run(
        "Kata'ib Hezbollah, an Iran-backed militia, attacked U.S. forces. "
        "IRGC-affiliated Tasnim reported the strike. "
        "Abu Fadak al-Mohammedawi, the commander of Kata'ib Hezbollah, denied it."
    )
    found = triples(x)
    assert ("place:iran", "SUPPORTS", "organization:kataib-hezbollah") in found
    assert ("organization:tasnim-news-agency", "PART_OF", "organization:irgc") in found
    leads = {(s, o) for s, p, o in found if p == "LEADS"}
    assert any(o == "organization:kataib-hezbollah" for _, o in leads)


def test_every_relation_and_event_keeps_its_source() -> None:
    x = run("Esmail Qaani, the commander of the Quds Force, met Hassan Nasrallah in Beirut.")
    for item in [*x.relations, *x.events]:
        ev = item.evidence
        assert ev.report == x.report.id and ev.extractor.startswith("rules:")
        assert x.report.text[ev.start : ev.end] == ev.sentence and 0 < ev.confidence <= 1


def test_members_listed_with_such_as_are_part_of_the_group_the_definite_noun_names() -> None:
    x = run(
        "The Popular Mobilization Forces were formed in 2014. The armed organization is "
        "made up of militias such as Kata'ib Hezbollah, the Badr Organization (Badr Corps) "
        "and Asa'ib Ahl al-Haq. All of these groups oppose the Islamic State."
    )
    members = {"organization:kataib-hezbollah", "organization:badr-organization",
               "organization:asaib-ahl-al-haq"}  # fmt: skip
    pmf = next(e.id for e in x.entities if e.name == "Popular Mobilization Forces")
    found = triples(x)
    assert {(m, "PART_OF", pmf) for m in members} <= found
    isis = next(e.id for e in x.entities if "Islamic State" in e.surfaces())
    assert {(m, "OPPOSES", isis) for m in members} <= found
    assert (pmf, "OPPOSES", isis) not in found  # the plural names the list, not the whole


def test_a_relative_clause_does_not_take_the_subject_of_the_main_clause() -> None:
    x = run(
        "Oman, which borders Yemen and Saudi Arabia, works in coordination with the United "
        "Nations. Ali Rahimi, an officer in the Badr Organization who was sanctioned by the "
        "United States in 2019, spoke."
    )
    found = triples(x)
    assert not {t for t in found if t[1] == "ALLIED_WITH" and "place:yemen" in t}
    us = next(e.id for e in x.entities if e.name == "United States")
    rahimi = next(e.id for e in x.entities if e.name == "Ali Rahimi")
    assert (us, "OPPOSES", rahimi) in found
    assert (us, "OPPOSES", "organization:badr-organization") not in found


def test_asides_citations_and_quoted_names_do_not_hide_a_relation() -> None:
    x = run(
        "Kata'ib Hezbollah (Arabic: كتائب حزب الله)[35]—or the Hezbollah Battalions—is a "
        "radical paramilitary group which is part of the Popular Mobilization Forces[36] "
        "backed by Iran.[37] Yemen's Houthis, along with the Palestinian Hamas group in Gaza "
        "and Hezbollah, make part of Iran's “axis of resistance”."
    )
    found = triples(x)
    pmf = next(e.id for e in x.entities if e.name == "Popular Mobilization Forces")
    assert ("organization:kataib-hezbollah", "PART_OF", pmf) in found
    assert ("place:iran", "SUPPORTS", pmf) in found
    assert (pmf, "SUPPORTS", "place:iran") not in found
    axis = next(e.id for e in x.entities if "axis of resistance" in e.surfaces())
    parts = {s for s, p, o in found if p == "PART_OF" and o == axis}
    assert {"organization:houthis", "organization:hamas", "organization:hezbollah"} <= parts


def test_roles_in_apposition_name_the_person_before_them() -> None:
    x = run(
        "The reward is for Fu’ad Shukr. A senior Hezbollah military operative, Shukr planned "
        "attacks. Later he was replaced by Ahmad Karimi, as the new leader of the Badr "
        "Organization. Araghchi met Ali Mansour, the spokesman of the Houthis, and "
        "Samir Haddad, a prominent leader in the Hezbollah."
    )
    found = triples(x)
    ids = {surface: e.id for e in x.entities for surface in e.surfaces()}
    assert (ids["Fu’ad Shukr"], "MEMBER_OF", "organization:hezbollah") in found
    assert (ids["Ahmad Karimi"], "LEADS", "organization:badr-organization") in found
    assert (ids["Ali Mansour"], "MEMBER_OF", "organization:houthis") in found
    assert (ids["Samir Haddad"], "MEMBER_OF", "organization:hezbollah") in found
    assert not [t for t in found if t[0] == ids["Araghchi"] and t[1] == "MEMBER_OF"]


def test_diplomats_posted_to_a_country_and_organizations_do_not_visit_it() -> None:
    x = run(
        "During the visit to Baghdad, Kenneth McKenzie met with U.S. Ambassador to Iraq "
        "Matthew Tueller and the Combined Joint Task Force-Operation Inherent Resolve "
        "leadership. Hezbollah Secretary General Hassan Nasrallah received on Monday the "
        "Iranian top diplomat Mohammad Javad Zarif and the Iranian ambassador to Lebanon Ali "
        "Rezaei as talks reviewed the latest developments in Lebanon."
    )
    names = {e.id: e.name for e in x.entities}
    visitors = {names[s] for s, p, o in triples(x) if p == "VISITED"}
    assert visitors == {"Kenneth McKenzie", "Mohammad Javad Zarif"}
    rezaei = next(e.id for e in x.entities if e.name == "Ali Rezaei")
    host = {"person:hassan-nasrallah", "person:mohammad-javad-zarif", rezaei}
    assert any(host <= people for people, _, _ in meetings(x))  # the titles are no references


def test_places_act_only_as_countries_and_hyphen_modifiers_are_not_objects() -> None:
    x = run(
        "Hassan Nasrallah was killed in an Israeli air strike on south Beirut. Hezbollah is "
        "an Iran-backed Lebanese militia and U.S.-designated terrorist group. Harakat Nujaba "
        "was listed by the United States. Hezbollah said “Israel attacks us,” Nathan Sales "
        "said. Tim Lenderking worked with the United Nations, Saudi Arabia and Oman."
    )
    found = triples(x)
    assert not [t for t in found if "place:beirut" in t]  # a city is not an enemy
    assert ("place:iran", "SUPPORTS", "organization:hezbollah") in found
    assert ("place:iran", "SUPPORTS", "place:united-states") not in found
    assert ("place:united-states", "OPPOSES", "organization:hezbollah") in found
    nujaba = next(e for e in x.entities if e.id == "organization:harakat-hezbollah-al-nujaba")
    assert "Harakat Nujaba" in nujaba.surfaces()
    assert not [t for t in found if t[1] == "OPPOSES" and t[2] == "person:nathan-sales"]
    assert not [t for t in found if t[1] == "LOCATED_IN"]


def test_designations_by_several_governments_and_address_lines() -> None:
    x = run(
        "Report\n\nHe led the Kata'ib Hezbollah militia group,[1] which is designated a terror "
        "organisation by the governments of Japan, the United Arab Emirates and the United "
        "States.\nMezzeh, Damascus, Syria[4]\nIran, Iraq, Syria\n"
    )
    found = triples(x)
    kh = "organization:kataib-hezbollah"
    opponents = {s for s, p, o in found if p == "OPPOSES" and o == kh}
    assert opponents == {"place:japan", "place:united-arab-emirates", "place:united-states"}
    located = {(s, o) for s, p, o in found if p == "LOCATED_IN"}
    assert ("place:damascus", "place:syria") in located
    assert not {("place:iran", "place:iraq"), ("place:iraq", "place:syria")} & located


def test_a_source_quoted_or_cited_after_the_claim_reported_it() -> None:
    x = run(
        "“Hezbollah wants chaos in the region,” U.S. envoy Brian Hook told reporters. "
        "Agencies thwarted Hezbollah attacks on every continent, according to Ambassador "
        "Nathan Sales. Hezbollah said nothing."
    )
    reported = {(s, o) for s, p, o in triples(x) if p == "REPORTED"}
    hook = next(e.id for e in x.entities if e.name == "Brian Hook")
    sales = next(e.id for e in x.entities if e.name == "Nathan Sales")
    assert reported == {(hook, "organization:hezbollah"), (sales, "organization:hezbollah")}


def test_only_titles_stand_between_a_role_and_the_name_it_belongs_to() -> None:
    x = run(
        "Esmail Qaani, the commander of the Quds Force, met Nasrallah in Beirut. The head of "
        "Hezbollah's Executive Council, Sheikh Hashem Safieddine, attended."
    )
    found = triples(x)
    assert ("person:hassan-nasrallah", "LEADS", "organization:irgc-quds-force") not in found
    assert ("person:esmail-qaani", "LEADS", "organization:irgc-quds-force") in found
    safieddine = next(e.id for e in x.entities if "Safieddine" in e.name)
    assert any(s == safieddine and p == "LEADS" for s, p, o in found)
