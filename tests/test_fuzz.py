"""Fuzzed inputs (property-based): random bytes, NUL bytes, mixed encodings, huge lines,
deeply nested or broken HTML, malformed JSONL. Each file gets a clear error (its path and a
reason) or is read; the batch it is in never crashes, the good report beside it goes in,
and nothing already stored is lost. Names with quotes, backticks, braces and Cypher
keywords are stored and found verbatim."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from actorgraph.graph import writer
from actorgraph.graph.falkor import FalkorStore
from actorgraph.ids import digest, entity_id
from actorgraph.ingest import pipeline
from actorgraph.ingest.pipeline import ingest
from actorgraph.model import Entity, Event, Evidence, Extraction, Participant, Report
from actorgraph.queries import run_query
from actorgraph.queries.lookup import find_entities

from .conftest import FIXTURES

FUZZ = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
GOOD = FIXTURES / "meeting.txt"
WORDS = ["Qaani", "met", "Nasrallah", "in", "Beirut", "the", "IRGC", "on", "Monday", "said", ","]
ENCODINGS = ["utf-8", "cp1252", "latin-1", "utf-16", "utf-16-le", "shift_jis", "koi8-r", "gb2312"]
TAGS = ["div", "p", "span", "b", "i", "table", "td", "script", "style", "a", "article"]


# ---------------------------------------------------------------- what must hold
def facts(store: FalkorStore) -> set[tuple[Any, ...]]:
    """Node ids, edges and each (edge, report) pair of provenance: what must never be lost."""
    found: set[tuple[Any, ...]] = {
        ("node", r["id"]) for r in store.read("MATCH (n) RETURN n.id AS id")
    }
    for row in store.read(
        "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, r.reports AS reports"
    ):
        edge = (row["a"], row["t"], row["b"])
        found.add(("edge", *edge))
        found.update(("source", *edge, report) for report in row["reports"] or [])
    return found


def check_batch(store: FalkorStore, name: str, data: bytes) -> None:
    """Ingest the fuzzed file beside a good report; assert the properties of the module."""
    before = facts(store)
    folder = Path(tempfile.mkdtemp(dir=store.home))
    (folder / name).write_bytes(data)
    (folder / "zz-good.txt").write_text(GOOD.read_text() + f"\n\nNote {folder.name}.\n")
    summary = ingest(store, [folder], batch=5)  # must not raise
    for where, reason in summary.failures:
        assert name in where and reason.strip(), (where, reason)
    assert summary.reports + summary.skipped >= 1  # the good report (new or known)
    assert before <= facts(store), "something stored was lost"


@pytest.fixture
def store(falkor: FalkorStore) -> FalkorStore:
    ingest(falkor, [FIXTURES])  # something stored before the fuzzing starts
    return falkor


# ---------------------------------------------------------------- inputs
suffixes = st.sampled_from([".txt", ".md", ".html", ".jsonl"])
texts = st.lists(st.sampled_from(WORDS) | st.text(max_size=12), max_size=60).map(" ".join)


@st.composite
def mixed_encodings(draw: st.DrawFn) -> bytes:
    parts = draw(st.lists(st.tuples(texts, st.sampled_from(ENCODINGS)), min_size=1, max_size=5))
    return b"".join(text.encode(enc, errors="ignore") for text, enc in parts)


@st.composite
def with_nuls(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(texts).encode())
    for _ in range(draw(st.integers(1, 5))):
        data.insert(draw(st.integers(0, len(data))), 0)
    return bytes(data)


@st.composite
def huge_line(draw: st.DrawFn) -> bytes:
    """One line of 10-200 kB. Lower-case only: a long sentence full of names takes the
    extractor quadratic time (reported: 4,000 names in one sentence ~2 s, 60,000 ~7 min),
    which would make this test's time unbounded, not fail it."""
    words = st.sampled_from(["met", "in", "the", "on", "said", ",", "-"]) | st.text(max_size=8)
    unit = " ".join(w.lower() for w in draw(st.lists(words, min_size=1, max_size=8)))
    size = draw(st.integers(10_000, 200_000))
    line = (unit + " ") * (size // (len(unit) + 1) + 1)
    return line[:size].encode("utf-8", errors="replace")


@st.composite
def html(draw: st.DrawFn) -> bytes:
    depth = draw(st.integers(0, 3000))
    tag = draw(st.sampled_from(TAGS))
    body = draw(texts)
    page = f"<html><body>{f'<{tag}>' * depth}<p>{body}</p>{f'</{tag}>' * depth}</body></html>"
    cut = draw(st.integers(0, len(page)))
    noise = draw(st.sampled_from(["", "<", "</div></div>", "<!--", "<![CDATA[", '<a href="x>']))
    return (page[:cut] + noise + page[cut:] if draw(st.booleans()) else page[:cut]).encode()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=10,
)


@st.composite
def jsonl(draw: st.DrawFn) -> bytes:
    lines = []
    for _ in range(draw(st.integers(1, 6))):
        record = {
            draw(st.sampled_from(["text", "body", "title", "date", "url", "publisher", "x"])): draw(
                json_values
            )
            for _ in range(draw(st.integers(0, 5)))
        }
        line = json.dumps(record)
        shape = draw(st.sampled_from(["ok", "cut", "deep", "array", "garbage"]))
        if shape == "cut":
            line = line[: draw(st.integers(0, len(line)))]
        elif shape == "deep":
            line = "[" * draw(st.integers(1, 100_000))
        elif shape == "array":
            line = json.dumps([record])
        elif shape == "garbage":
            line = draw(st.text(max_size=50))
        lines.append(line)
    return "\n".join(lines).encode("utf-8", errors="replace")


# ---------------------------------------------------------------- tests
@FUZZ
@given(data=st.binary(max_size=3000), suffix=suffixes)
def test_random_bytes(store: FalkorStore, data: bytes, suffix: str) -> None:
    check_batch(store, f"fuzz{suffix}", data)


@FUZZ
@given(data=with_nuls(), suffix=suffixes)
def test_nul_bytes(store: FalkorStore, data: bytes, suffix: str) -> None:
    check_batch(store, f"fuzz{suffix}", data)


@FUZZ
@given(data=mixed_encodings(), suffix=suffixes)
def test_mixed_encodings(store: FalkorStore, data: bytes, suffix: str) -> None:
    check_batch(store, f"fuzz{suffix}", data)


@pytest.mark.slow
@settings(FUZZ, max_examples=3)
@given(data=huge_line(), suffix=st.sampled_from([".txt", ".md"]))
def test_huge_lines(store: FalkorStore, data: bytes, suffix: str) -> None:
    check_batch(store, f"fuzz{suffix}", data)


@FUZZ
@given(data=html())
def test_nested_and_broken_html(store: FalkorStore, data: bytes) -> None:
    check_batch(store, "fuzz.html", data)


@FUZZ
@given(data=jsonl())
def test_malformed_jsonl(store: FalkorStore, data: bytes) -> None:
    check_batch(store, "fuzz.jsonl", data)


def test_an_extractor_crash_fails_one_report_not_the_batch(
    falkor: FalkorStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline.extract

    def flaky(report: Report) -> Extraction:
        if "boom" in report.text:
            raise IndexError("list index out of range")
        return real(report)

    monkeypatch.setattr(pipeline, "extract", flaky)
    (tmp_path / "a.txt").write_text("boom: Esmail Qaani met Hassan Nasrallah in Beirut.\n")
    (tmp_path / "b.txt").write_text(GOOD.read_text())
    summary = ingest(falkor, [tmp_path])
    assert summary.reports == 1
    assert [(Path(p).name, r.split(":")[0]) for p, r in summary.failures] == [
        ("a.txt", "extraction failed")
    ]


# ---------------------------------------------------------------- names
SPECIAL_NAMES = [
    "O'Brien",
    'Abu "The Engineer" Mahdi',
    "`backtick` Brigade",
    "{braces} and [brackets]",
    "MATCH (n) DETACH DELETE n",
    "x'}) RETURN 1 //",
    "$actor",
    "back\\slash \\' \\\"",
    "CREATE INDEX FOR (n:Entity) ON (n.id)",
    "Ḥizb Allāh ﺣﺰﺏ ﺍﻟﻠﻪ",
]
# Lookup by name folds runs of white space to one space (the stored name is kept as is), so
# generated names use single spaces; a name with a no-break space: see the xfail below.
names = st.sampled_from(SPECIAL_NAMES) | st.text(
    st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30
).filter(lambda s: s and s == " ".join(s.split(" ")).strip() and s.split() == s.split(" "))


def meeting(host: str, guest: str, report_id: str) -> Extraction:
    people = [Entity(entity_id("Person", n), "Person", n, source="fuzz") for n in (host, guest)]
    ids = sorted(p.id for p in people)
    sentence = f"{host} met {guest}."
    ev = Evidence(report_id, sentence, 0, len(sentence), "fuzz", 0.9)
    key = digest("Meeting", *ids, None)
    event = Event(
        f"event:{digest(key, '2024-01-02')}", "Meeting", "040",
        [Participant(p.id) for p in people], ev, None, "2024-01-02", "day", key,
    )  # fmt: skip
    report = Report(report_id, sentence, title=host, date="2024-01-02", path="names.txt")
    return Extraction(report, people, [event], [], [], "fuzz")


@settings(FUZZ, max_examples=30)
@given(host=names, guest=names)
def test_names_are_stored_and_found_verbatim(falkor: FalkorStore, host: str, guest: str) -> None:
    if entity_id("Person", host) == entity_id("Person", guest) or host.lower() == guest.lower():
        return  # names that make one id are one entity by design
    for name in (host, guest):  # lookup folds case in Python, the stored name in the engine
        folded = falkor.read("RETURN toLower($n) AS low", {"n": name})[0]["low"]
        assume(folded == name.lower())  # where they differ: see the xfail below
    falkor.write("MATCH (n) DETACH DELETE n")  # a fresh graph: ids of earlier names may clash
    report_id = f"report:{digest(host, guest)}"
    writer.write(falkor, [meeting(host, guest, report_id)], {})
    for name in (host, guest):
        stored = falkor.read(
            "MATCH (n:Entity {id: $id}) RETURN n.name AS name", {"id": entity_id("Person", name)}
        )
        assert stored == [{"name": name}]
        assert entity_id("Person", name) in {m["id"] for m in find_entities(falkor, name)}
    rows = run_query(falkor, "who-met", actor=entity_id("Person", host))
    assert guest in {r["met"] for r in rows}
    title = falkor.read("MATCH (r:Report {id: $id}) RETURN r.title AS t", {"id": report_id})
    assert title == [{"t": host}]


def test_a_name_with_a_no_break_space_is_found(falkor: FalkorStore) -> None:
    host, guest = "Esmail\u00a0Qaani", "Hassan Nasrallah"
    writer.write(falkor, [meeting(host, guest, "report:nbsp")], {})
    assert falkor.read("MATCH (n:Person {name: $n}) RETURN count(n) AS c", {"n": host}) == [
        {"c": 1}
    ]
    assert find_entities(falkor, host)


def test_a_turkish_name_is_found(falkor: FalkorStore) -> None:
    host, guest = "İbrahim Kalın", "Hakan Fidan"
    writer.write(falkor, [meeting(host, guest, "report:tr")], {})
    assert find_entities(falkor, host)
