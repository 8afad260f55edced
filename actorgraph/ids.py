"""Stable ids: ``<prefix>:<slug>``.

>>> slug("Kata'ib Hezbollah"), slug("Sana'a"), slug("Téhéran (city)")
('kataib-hezbollah', 'sanaa', 'teheran-city')
>>> entity_id("Person", "Esmail Qaani")
'person:esmail-qaani'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from actorgraph.schema import SCHEMA


def slug(name: str) -> str:
    """Lower-case ASCII words joined by hyphens; apostrophes vanish."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    ascii_name = re.sub(r"['’`]", "", ascii_name.lower())
    return re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-") or digest(name, size=8)


def entity_id(node_type: str, name: str) -> str:
    return f"{SCHEMA.prefix(node_type)}:{slug(name)}"


def digest(*parts: object, size: int = 16) -> str:
    """A short hex digest of the parts (for event and judgement ids)."""
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode()).hexdigest()[:size]
