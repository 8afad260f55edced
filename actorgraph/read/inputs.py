"""Read report files into :class:`~actorgraph.model.Report` values.

Supported: ``.txt``, ``.md``, ``.html``/``.htm`` (main text via trafilatura), ``.jsonl``/
``.ndjson`` feeds (one report a line), ``.pdf`` (:mod:`~actorgraph.read.read_pdf`), ``.docx``
(:mod:`~actorgraph.read.read_docx`), and folders (recursive). A file (or feed line) that
cannot be read, for any reason (bad bytes, a permission, a missing reader dependency, a bug),
yields an :class:`~actorgraph.errors.InputError` naming it and the reason in one line, and
reading goes on with the next one.

>>> report = report_from_text("Title line\\n\\nQaani met Nasrallah in Beirut.", path="a.txt")
>>> report.title, report.id == report_from_text("Title line  Qaani met Nasrallah in Beirut.").id
('Title line', True)
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from actorgraph.errors import InputError, reason
from actorgraph.model import Report
from actorgraph.read import decode

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".jsonl", ".ndjson"}
DOCUMENT_SUFFIXES = {".pdf", ".docx"}  # binary formats, each with its own reader module
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | DOCUMENT_SUFFIXES
MAX_BYTES = 20 * 1024 * 1024
MIN_CHARS = 20
SURROGATE = re.compile(r"[\ud800-\udfff]")
FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
META_LINE = re.compile(r"^(title|date|published|url|source|publisher)\s*:\s*(.+)$", re.I | re.M)
FEED_KEYS = {
    "text": ("text", "body", "content", "article"),
    "title": ("title", "headline"),
    "date": ("date", "published", "published_at", "publishedAt", "pubDate"),
    "url": ("url", "link", "source_url"),
    "publisher": ("publisher", "source", "site", "sitename"),
}

Item = Report | InputError


JOINERS = "\u200c\u200d"  # zero-width non-joiner and joiner: part of Persian, Urdu,
# Indic and emoji spelling, kept in the text; ignored by a report's identity


def normalize(text: str) -> str:
    """The form a report's id is computed from: NFKC, one space between words, no zero-width
    (non-)joiners (so the ids of reports read before they were kept do not change)."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_NO_JOINERS).split())


_NO_JOINERS = str.maketrans("", "", JOINERS)


def report_id(text: str) -> tuple[str, str]:
    """``("report:<16 hex>", full sha256)`` of the normalized text."""
    digest = hashlib.sha256(normalize(text).encode()).hexdigest()
    return f"report:{digest[:16]}", digest


def report_from_text(text: str, **meta: Any) -> Report:
    """A report from clean text; the title defaults to the first non-empty line."""
    text = clean_text(text)
    if len(normalize(text)) < MIN_CHARS:
        raise InputError(meta.get("path") or "<text>", "empty: no readable text")
    rid, digest = report_id(text)
    title = meta.pop("title", None) or first_line(text)
    fields = {k: (str(v).strip() or None) if v is not None else None for k, v in meta.items()}
    return Report(id=rid, text=text, title=title, sha256=digest, **fields)


def clean_text(text: str) -> str:
    """Unix newlines, no control or format characters but newline, tab and the zero-width
    (non-)joiners, which are spelling (inside Persian words) and are kept verbatim."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    keep = "\n\t" + JOINERS
    return "".join(ch for ch in text if ch in keep or unicodedata.category(ch)[0] != "C")


def first_line(text: str) -> str | None:
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), None)
    return line.lstrip("#").strip()[:300] if line else None


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Files under ``paths``, sorted; in folders (recursive) only supported, visible files.
    A file named explicitly is always read, so an unsupported one is an error."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _folder(path)
        elif path.is_file():
            yield path
        else:
            yield InputError(str(path), "no such file or folder")


def _folder(path: Path) -> Iterator[Path | InputError]:
    """Supported, visible files under ``path``, sorted; a sub-folder that cannot be listed
    is an error (not silently skipped)."""
    errors: list[OSError] = []
    found = sorted(
        Path(d) / name for d, _, names in os.walk(path, onerror=errors.append) for name in names
    )
    for error in errors:
        if not _hidden(Path(error.filename).relative_to(path)):
            yield InputError(str(error.filename), f"cannot list folder: {reason(error)}")
    yield from (
        p
        for p in found
        if p.is_file() and not _hidden(p.relative_to(path)) and p.suffix.lower() in SUPPORTED
    )


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def iter_reports(paths: Iterable[str | Path]) -> Iterator[Item]:
    """Every report under ``paths``, or an error naming the file (or ``file:line``)."""
    for path in iter_paths(paths):
        if isinstance(path, InputError):
            yield path
            continue
        try:
            yield from read_file(path)
        except InputError as err:
            yield err
        except Exception as exc:  # noqa: BLE001 - one unreadable file must not stop the rest
            yield InputError(str(path), reason(exc))


def read_file(path: Path) -> Iterator[Item]:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise InputError(str(path), f"unsupported file type {suffix or '(none)'}")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputError(str(path), f"too large ({size / 2**20:.1f} MB > {MAX_BYTES >> 20} MB)")
    if suffix in DOCUMENT_SUFFIXES:
        yield read_document(path, suffix)
        return
    text = decode.decode_bytes(path.read_bytes(), str(path))
    if suffix in FEED_SUFFIXES:
        yield from read_feed(text, str(path))
    elif suffix in HTML_SUFFIXES:
        yield read_html(text, str(path))
    else:
        yield read_text(text, str(path))


def read_document(path: Path, suffix: str) -> Report:
    """PDF and Word: their readers import their libraries only when such a file comes."""
    if suffix == ".pdf":
        from actorgraph.read.read_pdf import read_pdf

        return read_pdf(path)
    from actorgraph.read.read_docx import read_docx

    return read_docx(path)


def read_text(text: str, path: str) -> Report:
    """Plain text or markdown, with optional front matter or ``Key: value`` header lines."""
    meta: dict[str, Any] = {}
    match = FRONT_MATTER.match(text)
    if match:
        meta = header_fields(match.group(1))
        text = text[match.end() :]
    else:
        meta, text = header_block(text)
    meta.setdefault("date", date_from_name(path))
    return report_from_text(text, path=path, **meta)


def header_block(text: str) -> tuple[dict[str, Any], str]:
    """``Title: ...`` / ``Date: ...`` lines at the top (two or more) are metadata, not text."""
    lines = text.split("\n")
    count = 0
    while count < len(lines) and META_LINE.match(lines[count].strip()):
        count += 1
    if count < 2:
        return {}, text
    return header_fields("\n".join(lines[:count])), "\n".join(lines[count:]).lstrip("\n")


def header_fields(block: str) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for key, value in META_LINE.findall(block):
        name = {"published": "date", "source": "publisher"}.get(key.lower(), key.lower())
        fields.setdefault(name, value.strip().strip("\"'"))
    return fields


def date_from_name(path: str) -> str | None:
    match = re.search(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)", Path(path).name)
    return "-".join(match.groups()) if match else None


def read_html(html: str, path: str) -> Report:
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, favor_recall=True)
    if doc is None or not (doc.text or "").strip():
        raise InputError(path, "no main text found in the HTML")
    publisher = doc.sitename or doc.hostname
    return report_from_text(
        doc.text,
        path=path,
        title=doc.title,
        date=doc.date or date_from_name(path),
        url=doc.url,
        publisher=publisher,
    )


def read_feed(text: str, path: str) -> Iterator[Item]:
    """One report per JSON line; a bad line is an error naming ``path:line``."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            yield feed_report(line, where)
        except InputError as err:
            yield err
        except Exception as exc:  # noqa: BLE001 - one bad line must not stop the rest
            yield InputError(where, reason(exc))


def feed_report(line: str, where: str) -> Report:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"malformed JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise InputError(where, "malformed JSON (nested too deeply)") from None
    except ValueError:  # Python refuses to read integers of more than 4300 digits
        raise InputError(where, "malformed JSON (a number of more than 4300 digits)") from None
    if not isinstance(record, dict):
        raise InputError(where, "a feed line must be a JSON object")
    fields = {name: pick(record, keys) for name, keys in FEED_KEYS.items()}
    _refuse_surrogates(fields, where)
    text = fields.pop("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(where, "no text (expected a 'text' field)")
    if "<" in text and re.search(r"</(p|div|body|html)>", text, re.I):
        report = read_html(text, where)
        found = {k: getattr(report, k) for k in ("title", "date", "url", "publisher")}
        return report_from_text(report.text, path=where, **{**found, **_set(fields)})
    return report_from_text(text, path=where, **fields)


def _refuse_surrogates(fields: dict[str, Any], where: str) -> None:
    """JSON's ``\\ud800`` escapes can spell half a character, which no text encoding holds."""
    for name, value in fields.items():
        if isinstance(value, str) and SURROGATE.search(value):
            raise InputError(where, f"invalid text in {name!r}: a lone UTF-16 surrogate")


def pick(record: dict[str, Any], keys: tuple[str, ...]) -> Any:
    value = next((record[k] for k in keys if record.get(k) not in (None, "")), None)
    return value.get("name") if isinstance(value, dict) else value


def _set(fields: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in fields.items() if v is not None}
