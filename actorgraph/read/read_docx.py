"""Word reports (``.docx``, python-docx): paragraphs and table rows in document order, with
title, author and date from the document's core properties."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from actorgraph.errors import InputError
from actorgraph.model import Report
from actorgraph.read.inputs import date_from_name, report_from_text


def read_docx(path: Path) -> Report:
    """One report from a Word file."""
    document = _open(path)
    blocks = [_block_text(block) for block in document.iter_inner_content()]
    text = "\n\n".join(block for block in blocks if block)
    return report_from_text(text, path=str(path), **metadata(document, path))


def _open(path: Path) -> Any:
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(str(path), f"not a readable Word document ({exc})") from None


def _block_text(block: Any) -> str:
    """A paragraph's text, or a table's rows (cells joined by `` | ``) one a line."""
    if hasattr(block, "rows"):
        rows = (" | ".join(dict.fromkeys(c.text.strip() for c in row.cells)) for row in block.rows)
        return "\n".join(row for row in rows if row.strip(" |"))
    return block.text.strip()


def metadata(document: Any, path: Path) -> dict[str, str | None]:
    """Title, author and date (``YYYY-MM-DD``: created, else the file name's date)."""
    props = document.core_properties
    created = props.created.date().isoformat() if props.created else None
    return {
        "title": props.title or None,
        "author": props.author or None,
        "date": created or date_from_name(str(path)),
    }
