"""Bytes to text: UTF-8 (with or without BOM) first, then a detected encoding; binary and
undecodable input is refused with a clear reason.

>>> decode_bytes("Qaani in Homs".encode("utf-16"), "a.txt")
'Qaani in Homs'
>>> decode_bytes("Zarif returned to Téhéran.".encode("cp1252"), "b.txt")
'Zarif returned to Téhéran.'
>>> decode_bytes(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00", "c.txt")
Traceback (most recent call last):
...
actorgraph.errors.InputError: c.txt: binary file (not text)
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from actorgraph.errors import InputError

BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
BINARY_SIGNATURES = (b"\x89PNG", b"%PDF", b"PK\x03\x04", b"\x7fELF", b"GIF8", b"\xff\xd8\xff")


def decode_bytes(data: bytes, path: str) -> str:
    """Decode ``data`` read from ``path`` or raise an :class:`InputError`."""
    if not data.strip():
        raise InputError(path, "empty file")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _strict(data, encoding, path)
    if data.startswith(BINARY_SIGNATURES) or b"\x00" in data[:8192]:
        raise InputError(path, "binary file (not text)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _western(data) or _detect(data, path)


def _western(data: bytes) -> str | None:
    """cp1252 when every non-ASCII character it yields is a Latin letter or typographic mark
    (the usual case for English reports saved on Windows); detection is unreliable there."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    extra = [ch for ch in text if ord(ch) > 127]
    latin = all("\u00a0" <= ch <= "\u024f" or "\u2010" <= ch <= "\u20ac" for ch in extra)
    letters = sum(ch.isalpha() for ch in text) or 1
    return text if latin and len(extra) / letters < 0.2 else None


def _strict(data: bytes, encoding: str, path: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not valid {encoding} ({exc.reason})") from None


def _detect(data: bytes, path: str) -> str:
    best = from_bytes(data[: 1024 * 1024]).best()
    if best is None or best.chaos > 0.3:
        raise InputError(path, "unknown text encoding (not UTF-8 and none detected)")
    return data.decode(best.encoding, errors="replace")
