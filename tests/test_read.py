"""Reading reports: formats, metadata, encodings, and bad input with clear reasons."""

from __future__ import annotations

from pathlib import Path

import pytest

from actorgraph.errors import InputError
from actorgraph.model import Report
from actorgraph.read.inputs import iter_reports, report_from_text

from .conftest import FIXTURES


def read_all(*paths: Path) -> tuple[list[Report], list[InputError]]:
    items = list(iter_reports(paths))
    return (
        [i for i in items if isinstance(i, Report)],
        [i for i in items if isinstance(i, InputError)],
    )


def test_text_with_header_metadata() -> None:
    (report,), errors = read_all(FIXTURES / "meeting.txt")
    assert not errors
    assert report.title == "Hezbollah chief receives Iranian envoy"
    assert report.date == "2024-03-12" and report.publisher == "Example Wire"
    assert report.text.startswith("BEIRUT") and report.id.startswith("report:")


def test_html_main_text_without_boilerplate() -> None:
    (report,), _ = read_all(FIXTURES / "page.html")
    assert "Esmail Qaani" in report.text
    for boilerplate in ("Subscribe", "Cookie settings", "About us"):
        assert boilerplate not in report.text
    assert report.title == "Quds Force commander in Baghdad"
    assert report.date == "2023-01-15"
    assert report.url == "https://monitor.example.org/quds-baghdad"


def test_feed_lines_and_malformed_lines() -> None:
    reports, errors = read_all(FIXTURES / "feed.jsonl")
    assert [r.title for r in reports] == ["Envoy meets minister", "Drill"]
    assert reports[1].date == "2022-11-20" and reports[0].url == "https://example.org/a"
    where = {e.path.rsplit(":", 1)[1]: e.reason for e in errors}
    assert set(where) == {"2", "3", "4"}
    assert (
        "malformed JSON" in where["2"] and "JSON object" in where["3"] and "no text" in where["4"]
    )


def test_detected_encoding() -> None:
    (report,), _ = read_all(FIXTURES / "cp1252.txt")
    assert "Zarif à Téhéran" in report.text


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("image.txt", "binary"),
        ("empty.txt", "empty"),
        ("notes.rtf", "unsupported file type .rtf"),
        ("missing.txt", "no such file"),
    ],
)
def test_bad_files_name_the_file_and_the_reason(name: str, reason: str) -> None:
    reports, (error,) = read_all(FIXTURES / name)
    assert not reports
    assert error.path.endswith(name) and reason in error.reason
    assert str(error).startswith(str(FIXTURES / name))


def test_huge_file_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * (5 * 1024 * 1024))
    _, (error,) = read_all(big)
    assert "too large" in error.reason


def test_folder_reads_supported_files_and_goes_on_after_errors() -> None:
    reports, errors = read_all(FIXTURES)
    assert {Path(r.path.split(":")[0]).name for r in reports} >= {
        "meeting.txt",
        "page.html",
        "cp1252.txt",
        "feed.jsonl",
    }
    assert {Path(e.path.split(":")[0]).name for e in errors} >= {"image.txt", "empty.txt"}
    assert not any(
        e.path.endswith(".rtf") for e in errors
    )  # unsupported files in folders are skipped


def test_same_text_is_the_same_report() -> None:
    a = report_from_text("Qaani  met\n Assad in   Damascus on Monday.", path="a.txt")
    b = report_from_text("Qaani met Assad in Damascus on Monday.", path="b.md")
    assert a.id == b.id and a.path != b.path
