"""Extraction capabilities on small texts of our own (not the eval set): identity, aliases,
coreference, places, dates, events, relations, provenance."""

from __future__ import annotations

from actorgraph.extract.report import extract
from actorgraph.model import Extraction
from actorgraph.read.inputs import report_from_text


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


def test_a_coalition_written_with_a_slash_is_its_own_actor() -> None:
    x = run(
        "Fighters of the AFC/M23 entered Uvira on Sunday. The M23 had been founded in 2012; "
        "the Alliance Fleuve Congo joined it in 2023."
    )
    assert {"organization:afc-m23", "organization:march-23-movement"} <= ids(x)
    assert "organization:congo-river-alliance" in ids(x)


def test_unknown_names_spelled_two_ways_in_one_report_are_one_person() -> None:
    x = run(
        "Mediator Yousef Hamdani Qureishi briefed the tribal elders. Afterwards Yusuf Hamdani "
        "Qoreishi flew back to Amman."
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
        "Hamas leader Yahya Sinwar received Palestinian Islamic Jihad commander Akram al-Ajouri "
        "in Khan Younis on Tuesday."
    )
    report = report_from_text(text.split("\n\n", 1)[1], path="m.txt", date="2024-03-14")
    x = extract(report)
    (event,) = [e for e in x.events if e.kind != "Visit"]
    assert {p.id for p in event.participants} == {
        "person:yahya-sinwar",
        "person:akram-al-ajouri",
    }
    assert event.place == "place:khan-yunis"
    assert (event.date, event.datePrecision) == ("2024-03-12", "day")  # the Tuesday before
    ev = event.evidence
    assert report.text[ev.start : ev.end] == ev.sentence and "received" in ev.sentence
    assert ("person:yahya-sinwar", "LEADS", "organization:hamas") in triples(x)


def test_planned_denied_and_phone_meetings_are_not_events() -> None:
    for sentence in (
        "Devlet Bahceli will meet Ekrem Imamoglu in Istanbul next week.",
        "Devlet Bahceli refused to meet Ekrem Imamoglu in Istanbul.",
        "Ekrem Imamoglu is expected to meet Omer Celik on Sunday.",
    ):
        assert meetings(run(sentence)) == [], sentence


def test_pronouns_resolve_to_the_salient_person() -> None:
    x = run("Ayman Safadi arrived in Baghdad on Friday. He met Mohamed al-Halbousi at his office.")
    assert meetings(x)[0][0] == {"person:ayman-safadi", "person:mohamed-al-halbousi"}
    assert ("person:ayman-safadi", "VISITED", "place:baghdad") in triples(x)


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
        "Kataib Sayyid al-Shuhada, an Iran-backed militia, shelled Turkish troops. "
        "IRGC-affiliated Fars News Agency reported the shelling. "
        "Abu Alaa al-Walai, the commander of Kataib Sayyid al-Shuhada, praised it."
    )
    found = triples(x)
    kss = "organization:kataib-sayyid-al-shuhada"
    assert ("place:iran", "SUPPORTS", kss) in found
    assert ("organization:fars-news-agency", "PART_OF", "organization:irgc") in found
    assert ("person:abu-alaa-al-walai", "LEADS", kss) in found


def test_every_relation_and_event_keeps_its_source() -> None:
    x = run("Esmail Qaani, the commander of the Quds Force, met Hassan Nasrallah in Beirut.")
    for item in [*x.relations, *x.events]:
        ev = item.evidence
        assert ev.report == x.report.id and ev.extractor.startswith("rules:")
        assert x.report.text[ev.start : ev.end] == ev.sentence and 0 < ev.confidence <= 1


def test_members_listed_with_such_as_are_part_of_the_group_the_definite_noun_names() -> None:
    x = run(
        "The National Front for Liberation was founded in 2018. The rebel group is made up of "
        "factions such as Jaysh al-Izza, the Sham Legion (Faylaq al-Sham) and Ahrar al-Sham. "
        "All of these groups oppose the Syrian Arab Army."
    )
    members = {"organization:jaysh-al-izza", "organization:faylaq-al-sham",
               "organization:ahrar-al-sham"}  # fmt: skip
    nfl = next(e.id for e in x.entities if e.name == "National Front for Liberation")
    found = triples(x)
    assert {(m, "PART_OF", nfl) for m in members} <= found
    regime = next(e.id for e in x.entities if "Syrian Arab Army" in e.surfaces())
    assert {(m, "OPPOSES", regime) for m in members} <= found
    assert (nfl, "OPPOSES", regime) not in found  # the plural names the list, not the whole


def test_a_relative_clause_does_not_take_the_subject_of_the_main_clause() -> None:
    x = run(
        "Kuwait, which borders Iraq and Saudi Arabia, acts in coordination with the Arab "
        "League. Reza Farahani, an officer in the Fatemiyoun Division who was sanctioned by the "
        "European Union in 2021, spoke."
    )
    found = triples(x)
    assert not {t for t in found if t[1] == "ALLIED_WITH" and "place:iraq" in t}
    eu = next(e.id for e in x.entities if e.name == "European Union")
    farahani = next(e.id for e in x.entities if e.name == "Reza Farahani")
    assert (eu, "OPPOSES", farahani) in found
    assert (eu, "OPPOSES", "organization:liwa-fatemiyoun") not in found


def test_asides_citations_and_quoted_names_do_not_hide_a_relation() -> None:
    x = run(
        "Saraya al-Quds (Arabic: سرايا القدس)[4]—or the al-Quds Brigades—is an armed faction "
        "which forms part of Palestinian Islamic Jihad[5] backed by Iran.[6] Pakistan's "
        "Zainabiyoun Brigade, along with the Afghan Liwa Fatemiyoun group in Syria and Hamas, "
        "form part of Iran's “resistance front”."
    )
    found = triples(x)
    pij = next(e.id for e in x.entities if e.name == "Palestinian Islamic Jihad")
    assert ("organization:al-quds-brigades", "PART_OF", pij) in found
    assert ("place:iran", "SUPPORTS", pij) in found
    assert (pij, "SUPPORTS", "place:iran") not in found
    axis = next(e.id for e in x.entities if "resistance front" in e.surfaces())
    parts = {s for s, p, o in found if p == "PART_OF" and o == axis}
    assert {"organization:liwa-zainabiyoun", "organization:liwa-fatemiyoun",
            "organization:hamas"} <= parts  # fmt: skip


def test_roles_in_apposition_name_the_person_before_them() -> None:
    x = run(
        "Investigators named Ra’ed Saad. A veteran Hamas military operative, Saad planned the "
        "raids. In 2019 he was succeeded by Hamid Sharifi, as the new commander of Liwa "
        "Fatemiyoun. Safadi met Tariq Bazzi, the spokesman of the Amal Movement, and Walid "
        "Sharaf, a senior leader in the Islamic Action Front."
    )
    found = triples(x)
    ids = {surface: e.id for e in x.entities for surface in e.surfaces()}
    assert (ids["Ra’ed Saad"], "MEMBER_OF", "organization:hamas") in found
    assert (ids["Hamid Sharifi"], "LEADS", "organization:liwa-fatemiyoun") in found
    assert (ids["Tariq Bazzi"], "MEMBER_OF", "organization:amal-movement") in found
    assert (ids["Walid Sharaf"], "MEMBER_OF", "organization:islamic-action-front") in found
    assert not [t for t in found if t[0] == ids["Safadi"] and t[1] == "MEMBER_OF"]


def test_diplomats_posted_to_a_country_and_organizations_do_not_visit_it() -> None:
    x = run(
        "On his trip to Manama, Joseph Votel met U.S. Ambassador to Bahrain Justin "
        "Siberell and the Combined Maritime Forces staff. Jordan's King Abdullah II hosted in "
        "Amman on Sunday the Iraqi top diplomat Fuad Hussein and the Iraqi ambassador to Jordan "
        "Haidar al-Adhari while the talks covered recent events in the region."
    )
    names = {e.id: e.name for e in x.entities}
    visitors = {names[s] for s, p, o in triples(x) if p == "VISITED"}
    assert visitors == {"Joseph Votel", "Fuad Hussein"}
    adhari = next(e.id for e in x.entities if e.name == "Haidar al-Adhari")
    host = {"person:abdullah-ii", "person:fuad-hussein", adhari}
    assert any(host <= people for people, _, _ in meetings(x))  # the titles are no references


def test_places_act_only_as_countries_and_hyphen_modifiers_are_not_objects() -> None:
    x = run(
        "Mohammed Deif was killed in an Israeli air strike on western Khan Younis. Asa'ib Ahl "
        "al-Haq is an Iran-backed Iraqi militia and U.S.-designated terrorist group. Jabhat "
        "Nusra was sanctioned by the United States. Hamas claims “Israel attacks us,” Morgan "
        "Ortagus said. Geir Pedersen worked with the Arab League, Jordan and Turkey."
    )
    found = triples(x)
    assert not [t for t in found if "place:khan-yunis" in t]  # a city is not an enemy
    aah = "organization:asaib-ahl-al-haq"
    assert ("place:iran", "SUPPORTS", aah) in found
    assert ("place:iran", "SUPPORTS", "place:united-states") not in found
    assert ("place:united-states", "OPPOSES", aah) in found
    nusra = next(e for e in x.entities if e.id == "organization:jabhat-al-nusra")
    assert "Jabhat Nusra" in nusra.surfaces()
    assert not [t for t in found if t[1] == "OPPOSES" and t[2] == "person:morgan-ortagus"]
    assert not [t for t in found if t[1] == "LOCATED_IN"]


def test_designations_by_several_governments_and_address_lines() -> None:
    x = run(
        "Profile\n\nShe co-founded the PKK armed movement,[2] which is listed as a terrorist "
        "organization by the governments of Turkey, the United Kingdom and the United States."
        "\nKadikoy, Istanbul, Turkey[7]\nIraq, Iran, Turkey\n"
    )
    found = triples(x)
    pkk = "organization:kurdistan-workers-party"
    opponents = {s for s, p, o in found if p == "OPPOSES" and o == pkk}
    assert opponents == {"place:turkey", "place:united-kingdom", "place:united-states"}
    located = {(s, o) for s, p, o in found if p == "LOCATED_IN"}
    assert ("place:istanbul", "place:turkey") in located
    assert not {("place:iraq", "place:iran"), ("place:iran", "place:turkey")} & located


def test_a_source_quoted_or_cited_after_the_claim_reported_it() -> None:
    x = run(
        "“Hamas is rebuilding its tunnels,” U.S. envoy Amos Hochstein told journalists. "
        "Smugglers moved Hamas cash through three countries, according to Ambassador Mike "
        "Huckabee. Hamas said little."
    )
    reported = {(s, o) for s, p, o in triples(x) if p == "REPORTED"}
    hochstein = next(e.id for e in x.entities if e.name == "Amos Hochstein")
    huckabee = next(e.id for e in x.entities if e.name == "Mike Huckabee")
    assert reported == {(hochstein, "organization:hamas"), (huckabee, "organization:hamas")}


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


def test_a_name_two_bodies_share_goes_to_the_one_whose_country_the_report_names() -> None:
    sudan = run("The Quad met in Washington to press both sides of the war in Sudan to a truce.")
    pacific = run("The Quad met in Tokyo; India and Australia pledged to patrol the sea lanes.")
    assert "organization:quad-for-sudan" in ids(sudan)
    assert "organization:quadrilateral-security-dialogue" not in ids(sudan)
    assert "organization:quadrilateral-security-dialogue" in ids(pacific)
    assert "organization:quad-for-sudan" not in ids(pacific)


def test_a_country_s_formal_name_is_the_country() -> None:
    x = run("The Republic of Kenya and the Republic of Ghana signed the accord in Accra.")
    assert {"place:kenya", "place:ghana"} <= ids(x)
    kenya = next(e for e in x.entities if e.id == "place:kenya")
    assert "Republic of Kenya" in kenya.surfaces()
