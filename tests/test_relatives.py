"""Relatives who share a family name are different people (sentences written for the test),
unless the text lists a person's other names."""

from __future__ import annotations

from actorgraph.extract.report import extract
from actorgraph.read.inputs import read_text


def _people(body: str) -> set[str]:
    extraction = extract(read_text("Libya notes\n" + body + "\n", "report.txt"))
    return {e.name for e in extraction.entities if e.type == "Person"}


def test_a_relative_named_with_another_given_name_is_someone_else() -> None:
    people = _people(
        "Prime Minister Abdul Hamid Dbeibah met envoys on Monday. Ibrahim Dbeibah, his "
        "nephew, flew to Rome."
    )
    assert {"Abdul Hamid Dbeibah", "Ibrahim Dbeibah"} <= people


def test_a_brother_sharing_two_family_names_is_someone_else() -> None:
    people = _people(
        "Mohamed Hamdan Dagalo spoke in Nairobi. His brother Abdel Rahim Hamdan Dagalo stayed "
        "in Darfur."
    )
    assert {"Mohamed Hamdan Dagalo", "Abdel Rahim Hamdan Dagalo"} <= people


def test_a_short_form_with_a_title_is_still_the_same_person() -> None:
    people = _people("Abdul Hamid Dbeibah met envoys. Prime Minister Dbeibah then left.")
    assert not any(p != "Abdul Hamid Dbeibah" and "Dbeibah" in p for p in people)


def test_names_listed_as_other_names_stay_one_person() -> None:
    people = _people(
        "Esmail Qaani commands the Quds Force. Other names: Hossein Qaani, Esmail Akbar Nejad."
    )
    assert "Hossein Qaani" not in people
