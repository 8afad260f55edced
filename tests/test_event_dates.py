"""Events are dated as the text states them: a weekday before the report's date, a week as a
week-precision range, never the dateline's date; the same meeting dated by a day inside that
week is one event. Sentences written for these tests."""

from __future__ import annotations

import pytest

from actorgraph import dates
from actorgraph.extract.report import extract
from actorgraph.graph.falkor import FalkorStore
from actorgraph.ingest.pipeline import ingest
from actorgraph.read.inputs import report_from_text

SATURDAY = "2024-08-03"


def meeting(sentence: str, date: str = SATURDAY) -> tuple[str | None, str | None]:
    x = extract(report_from_text(sentence, path="t.txt", date=date))
    met = [e for e in x.events if e.kind == "Meeting"]
    assert len(met) == 1, x.events
    return met[0].date, met[0].datePrecision


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ali Larijani met Nabih Berri in Beirut on Friday.", ("2024-08-02", "day")),
        ("Ali Larijani met Nabih Berri in Beirut on Saturday.", ("2024-08-03", "day")),
        ("Ali Larijani met Nabih Berri in Beirut last Saturday.", ("2024-07-27", "day")),
        ("Ali Larijani met Nabih Berri in Beirut on Monday.", ("2024-07-29", "day")),
        ("Ali Larijani met Nabih Berri in Beirut yesterday.", ("2024-08-02", "day")),
        (
            "Ali Larijani met Nabih Berri in Beirut earlier in the week.",
            ("2024-07-29/2024-08-02", "week"),
        ),
        (
            "Ali Larijani met Nabih Berri in Beirut earlier this week.",
            ("2024-07-29/2024-08-02", "week"),
        ),
        ("Ali Larijani met Nabih Berri in Beirut last week.", ("2024-07-22/2024-07-28", "week")),
        ("Ali Larijani met Nabih Berri in Beirut recently.", ("2024-08", "month")),
        ("Ali Larijani met Nabih Berri in Beirut on 12 June 2024.", ("2024-06-12", "day")),
    ],
)
def test_meeting_dates_as_the_text_states_them(sentence: str, expected: tuple[str, str]) -> None:
    assert meeting(sentence) == expected


def test_the_start_of_a_span_in_an_aside_is_not_the_meeting_date() -> None:
    text = "Ali Larijani met Nabih Berri, who has led the talks since May 2023, on Thursday."
    assert meeting(text) == ("2024-08-01", "day")


def test_the_dateline_date_is_not_the_meeting_date() -> None:
    text = "BEIRUT, Aug. 3 (Test Wire) - Ali Larijani met Nabih Berri in Beirut on Thursday."
    assert meeting(text) == ("2024-08-01", "day")
    dated = "BEIRUT, Aug. 3 (Test Wire) - Ali Larijani met Nabih Berri in Beirut on July 30."
    assert meeting(dated) == ("2024-07-30", "day")


def test_week_ranges_overlap_the_days_inside_them() -> None:
    week = "2024-07-29/2024-08-02"
    assert dates.overlaps(week, "2024-07-31") and dates.overlaps("2024-08", week)
    assert not dates.overlaps(week, "2024-08-03") and not dates.overlaps(week, "2024-07-28")
    assert dates.days("2024-02") == (dates.parse_iso("2024-02-01"), dates.parse_iso("2024-02-29"))


def test_a_meeting_dated_by_its_week_and_by_a_day_in_it_is_one_event(
    falkor: FalkorStore, tmp_path
) -> None:
    week = tmp_path / "week.txt"
    week.write_text(
        f"Date: {SATURDAY}\n\nAli Larijani met Nabih Berri in Beirut earlier in the week.\n"
    )
    day = tmp_path / "day.txt"
    day.write_text("Date: 2024-08-01\n\nAli Larijani held talks with Nabih Berri in Beirut today.")
    assert ingest(falkor, [week, day]).reports == 2
    rows = falkor.read("MATCH (e:Meeting) RETURN e.date AS date, e.datePrecision AS precision")
    assert len(rows) == 1, rows


def test_an_undated_meeting_takes_the_report_date_and_says_so(
    falkor: FalkorStore, tmp_path
) -> None:
    text = tmp_path / "undated.txt"
    text.write_text(f"Date: {SATURDAY}\n\nAli Larijani met Nabih Berri in Beirut.\n")
    ingest(falkor, [text])
    rows = falkor.read("MATCH (e:Meeting) RETURN e.date AS date, e.datePrecision AS precision")
    assert rows == [{"date": SATURDAY, "precision": "report"}]
