"""A report's extraction as its Report node keeps it: the JSON the writer makes (for a merge
judgement to re-project the report), packed (zlib, then base64, behind ``z:``), and beside
it ``named``, the entity ids that JSON names, for a judgement to find the reports that name
an entity.

The JSON is two thirds of what an engine loads at start, and it is only read by judgements
and republishing: packed, it is a third of the size (223 MB of 1M relationships' snapshot
became 75 MB, and its start 1.9 s of CPU became 1.1 s). A graph written before keeps plain
JSON and no ``named``: :func:`unpack` reads both forms, and judgements search the plain JSON.

>>> text = '{"entities":[{"id":"person:a-b","name":"A"}],"relations":[{"object":"place:c"}]}'
>>> packed = pack(text)
>>> packed.startswith(PACKED), unpack(packed) == text, unpack(text) == text, unpack(None)
(True, True, True, None)
>>> named(text).split(FIELD_SEP)
['', 'person:a-b', 'place:c', '']
>>> named_key("person:a-b") in named(text), named_key("person:a") in named(text)
(True, False)
"""

from __future__ import annotations

import base64
import re
import zlib

from actorgraph.graph.store import FIELD_SEP
from actorgraph.schema import SCHEMA

PACKED = "z:"  # before a packed extraction; the plain JSON of older graphs starts with "{"
LEVEL = 6  # zlib's default: 3x smaller in all (base64 included)
ENTITY_ID = re.compile(
    '"((?:' + "|".join(re.escape(s["prefix"]) for s in SCHEMA.entity_types.values()) + ':)[^"]+)"'
)


def pack(text: str) -> str:
    """The extraction JSON as the Report node keeps it."""
    return PACKED + base64.b64encode(zlib.compress(text.encode("utf-8"), LEVEL)).decode("ascii")


def unpack(value: str | None) -> str | None:
    """The extraction JSON of a Report node's ``extraction`` (packed, or plain JSON)."""
    if value is None or not value.startswith(PACKED):
        return value
    return zlib.decompress(base64.b64decode(value[len(PACKED) :])).decode("utf-8")


def named(text: str) -> str:
    """Every entity id the JSON names (as a whole string), sorted, each between separators."""
    ids = sorted(set(ENTITY_ID.findall(text)))
    return FIELD_SEP + FIELD_SEP.join(ids) + FIELD_SEP if ids else ""


def named_key(entity_id: str) -> str:
    """What ``named`` contains when the JSON names ``entity_id``."""
    return FIELD_SEP + entity_id + FIELD_SEP
