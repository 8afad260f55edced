"""PDF and Word reports, made here (reportlab, python-docx), ingested into the real embedded
engine: metadata on the Report node, evidence that cites its page, clear errors for scans and
broken files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from actorgraph.errors import InputError
from actorgraph.graph.falkor import FalkorStore
from actorgraph.ingest.pipeline import ingest
from actorgraph.model import Report
from actorgraph.queries import run_query
from actorgraph.read.inputs import iter_reports

PAGE_ONE = [
    "Regional security bulletin",
    "The bulletin covers the movements of senior commanders in the region during the",
    "first week of March. Officials in Baghdad described the situation as calm, and no",
    "incidents were reported along the border crossings during the period under review.",
]
PAGE_TWO = [
    "Esmail Qaani met Hassan Nasrallah in Beirut on 12 March 2024, according to Al-Manar.",
    "The two men discussed coordination between their forces, the channel said.",
]


def write_pdf(path: Path, pages: list[list[str]]) -> Path:
    """A PDF with one text block a page, title and author set (invariant: dated 2000-01-01)."""
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), invariant=1)
    pdf.setTitle("Commanders in the region")
    pdf.setAuthor("Analyst One")
    for lines in pages:
        text = pdf.beginText(60, 780)
        text.setFont("Helvetica", 10)
        for line in lines:
            text.textLine(line)
        pdf.drawText(text)
        pdf.showPage()
    pdf.save()
    return path


def write_scan(path: Path) -> Path:
    """A page with a picture and no text layer, as a scanner makes it."""
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    pdf.rect(50, 50, 400, 600, fill=1)
    pdf.showPage()
    pdf.save()
    return path


def write_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading("Talks in Beirut", level=1)
    document.add_paragraph(PAGE_TWO[0])
    document.add_paragraph(PAGE_TWO[1])
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Source", "Al-Manar"
    props = document.core_properties
    props.title, props.author = "Talks in Beirut", "Analyst Two"
    props.created = dt.datetime(2024, 3, 13, 9, 30)
    document.save(str(path))
    return path


def read_one(path: Path) -> Report | InputError:
    (item,) = list(iter_reports([path]))
    return item


def test_pdf_report_keeps_pages_and_metadata(tmp_path: Path) -> None:
    report = read_one(write_pdf(tmp_path / "bulletin.pdf", [PAGE_ONE, PAGE_TWO]))
    assert (report.title, report.author, report.date) == (
        "Commanders in the region",
        "Analyst One",
        "2000-01-01",
    )
    assert len(report.pages) == 2
    start = report.text.index("Esmail Qaani met")
    assert report.page(start) == 2 and report.page(report.text.index("Baghdad")) == 1
    assert "during the first week of March" in report.text  # wrapped lines joined again


def test_pdf_evidence_cites_its_page(falkor: FalkorStore, tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "bulletin.pdf", [PAGE_ONE, PAGE_TWO])
    summary = ingest(falkor, [pdf])
    assert summary.reports == 1 and not summary.failures
    (stored,) = falkor.read("MATCH (r:Report) RETURN r.pages AS pages, r.author AS author")
    assert len(stored["pages"]) == 2 and stored["author"] == "Analyst One"
    rows = run_query(falkor, "sources", actor="Esmail Qaani", other="Hassan Nasrallah")
    assert rows and {row["page"] for row in rows} == {2}
    assert all("Beirut" in row["sentence"] for row in rows)


def test_docx_report_with_core_properties(falkor: FalkorStore, tmp_path: Path) -> None:
    path = write_docx(tmp_path / "talks.docx")
    report = read_one(path)
    assert (report.title, report.author, report.date) == (
        "Talks in Beirut",
        "Analyst Two",
        "2024-03-13",
    )
    assert "Source | Al-Manar" in report.text and report.page(0) is None
    assert ingest(falkor, [path]).reports == 1
    rows = run_query(falkor, "sources", actor="Esmail Qaani", other="Hassan Nasrallah")
    assert rows and all(row["page"] is None for row in rows)


@pytest.mark.parametrize(
    ("name", "make", "reason"),
    [
        ("scan.pdf", write_scan, "no text layer"),
        ("notes.pdf", lambda p: p.write_bytes(b"plain notes") and p, "not a readable PDF"),
        ("notes.docx", lambda p: p.write_bytes(b"plain notes") and p, "not a readable Word"),
    ],
)
def test_bad_documents_fail_alone_with_one_line(
    falkor: FalkorStore, tmp_path: Path, name: str, make: Callable[[Path], Path], reason: str
) -> None:
    bad = make(tmp_path / name)
    good = write_docx(tmp_path / "talks.docx")
    summary = ingest(falkor, [bad, good])
    assert summary.reports == 1
    ((where, why),) = summary.failures
    assert where == str(bad) and why.startswith(reason) and "\n" not in why
