"""Zero-width joiners and non-joiners are spelling (issue 11, low): kept verbatim in a
report's text and evidence, ignored by its identity."""

from __future__ import annotations

from actorgraph.extract.report import extract
from actorgraph.read.inputs import report_from_text

ZWNJ = "\u200c"
WORD = f"\u0645\u06cc{ZWNJ}\u062e\u0648\u0627\u0647\u0645"  # a Persian verb with its ZWNJ
TEXT = (
    f"Notes on talks\n\nOn 2 May 2024 Minister Nadia Brantis met President Amir Kodravel "
    f"in Oslo; the banner read {WORD}.\n"
)


def test_joiners_stay_in_the_text_and_the_evidence() -> None:
    report = report_from_text(TEXT, path="notes.txt")
    assert WORD in report.text and report.text == TEXT
    meetings = extract(report).events
    assert meetings and WORD in meetings[0].evidence.sentence


def test_joiners_do_not_change_a_report_id() -> None:
    bare = report_from_text(TEXT.replace(ZWNJ, ""), path="bare.txt")
    assert report_from_text(TEXT, path="notes.txt").id == bare.id
