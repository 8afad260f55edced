"""A run of text with no sentence end (a table, a dump, a feed line) is read in pieces, so
that the work on a report grows with its length (sentences written for the test)."""

from __future__ import annotations

from actorgraph.extract.report import extract
from actorgraph.read.inputs import read_text
from actorgraph.text import LONGEST_SENTENCE, sentences


def test_a_run_without_a_sentence_end_is_cut_into_pieces_that_cover_it() -> None:
    text = "they met in the hall on monday and said , - " * 2000
    spans = sentences(text)
    assert len(spans) > 1
    assert all(len(s.text) <= LONGEST_SENTENCE for s in spans)
    assert " ".join(s.text for s in spans).split() == text.split()
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_ordinary_sentences_are_not_cut() -> None:
    text = "Olaf Scholz met Emmanuel Macron in Rome on Monday. " * 3
    assert [s.text for s in sentences(text)] == [text.split(". ")[0] + "."] * 3


def test_a_meeting_told_after_a_long_run_is_still_found() -> None:
    filler = "the figures in the table were read out on the day , " * 400
    extraction = extract(
        read_text(f"Roundup\n{filler}\n\nOlaf Scholz met Emmanuel Macron in Rome.\n", "r.txt")
    )
    assert any(e.is_meeting and e.place == "place:rome" for e in extraction.events)


def test_a_day_and_abbreviated_month_end_a_sentence_before_a_word_not_a_year() -> None:
    text = "Talks opened on 10 Aug. Officials met again on 12 Aug. 2026 and on Aug. 14 in Riga."
    assert [s.text for s in sentences(text)] == [
        "Talks opened on 10 Aug.",
        "Officials met again on 12 Aug. 2026 and on Aug. 14 in Riga.",
    ]
