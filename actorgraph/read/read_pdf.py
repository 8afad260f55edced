"""PDF reports: the text layer page by page (pypdf), with title, author and date from the
document's metadata.

Pages are joined with a blank line and :attr:`~actorgraph.model.Report.pages` keeps the offset
where each page starts, so evidence can cite its page. Lines a paragraph was wrapped into are
joined again (a word hyphenated at a line end is rejoined). No OCR: a PDF without a text
layer (a scan) is an error naming the file.

>>> reflow("The commander met senior officials\\nin Damascus on Monday and left for Bei-\\nrut."
...        "\\nNew paragraph.")
'The commander met senior officials in Damascus on Monday and left for Beirut.\\n\\nNew paragraph.'
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

from actorgraph.errors import InputError
from actorgraph.model import Report
from actorgraph.read.inputs import (
    MIN_CHARS,
    clean_text,
    date_from_name,
    normalize,
    report_from_text,
)

PAGE_BREAK = "\n\n"
PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")
SLACK = 0.9  # proportional fonts: a line of n characters may be full at 0.9 n


def read_pdf(path: Path) -> Report:
    """One report from a PDF file."""
    reader = _open(path)
    texts = [reflow(clean_text(_page_text(page, path))) for page in reader.pages]
    if len(normalize(" ".join(texts))) < MIN_CHARS:
        raise InputError(str(path), "no text layer (a scanned PDF?): OCR it first, e.g. ocrmypdf")
    text, offsets = join_pages(texts)
    meta = metadata(reader)
    meta["date"] = meta["date"] or date_from_name(str(path))
    report = report_from_text(text, path=str(path), **meta)
    return dataclasses.replace(report, pages=offsets)


def _open(path: Path) -> Any:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(str(path), "encrypted PDF (a password is needed)")
        return reader
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise InputError(str(path), f"not a readable PDF ({exc})") from None


def _page_text(page: Any, path: Path) -> str:
    try:
        return page.extract_text() or ""
    except Exception as exc:  # pypdf raises many kinds on broken content streams
        raise InputError(str(path), f"unreadable page ({type(exc).__name__}: {exc})") from None


def join_pages(texts: list[str]) -> tuple[str, tuple[int, ...]]:
    """The pages' texts as one, and the offset where each page starts.

    >>> join_pages(["one", "", "three"])
    ('one\\n\\n\\n\\nthree', (0, 5, 7))
    """
    offsets, at = [], 0
    for text in texts:
        offsets.append(at)
        at += len(text) + len(PAGE_BREAK)
    return PAGE_BREAK.join(texts), tuple(offsets)


def reflow(text: str) -> str:
    """Wrapped lines joined into paragraphs. A line is wrapped when the next line's first
    word would not have fitted on it (measured against the page's longest line); otherwise,
    or at a blank line, the paragraph (or heading) ends there."""
    lines = [line.strip() for line in text.split("\n")]
    width = max((len(line) for line in lines), default=0)
    paragraphs: list[str] = []
    current = ""
    for line, after in zip(lines, [*lines[1:], ""], strict=True):
        current = _join(current, line) if line else current
        if current and (not line or not _wrapped(line, after, width)):
            paragraphs.append(current)
            current = ""
    return "\n\n".join(paragraphs)


def _wrapped(line: str, after: str, width: int) -> bool:
    word = after.split(" ", 1)[0]
    return bool(word) and len(line) + 1 + len(word) > SLACK * width


def _join(current: str, line: str) -> str:
    if not current:
        return line
    if re.search(r"[a-z]-$", current) and line[:1].islower():
        return current[:-1] + line  # Damas- / cus
    if current.endswith("-") and current[-2:-1].isalpha():
        return current + line  # al- / Mohammedawi
    return f"{current} {line}"


def metadata(reader: Any) -> dict[str, str | None]:
    """Title, author and date (``YYYY[-MM[-DD]]``) from the document information."""
    info = reader.metadata or {}
    fields = {key: _text(info.get(f"/{key.title()}")) for key in ("title", "author")}
    raw = _text(info.get("/CreationDate")) or ""
    match = PDF_DATE.match(raw)
    fields["date"] = "-".join(g for g in match.groups() if g) if match else None
    return fields


def _text(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text if text and text != "(unspecified)" else None
