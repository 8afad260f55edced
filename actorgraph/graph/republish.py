"""The same text from another publisher: the report is in the graph once (its id is the hash of
its text), and the other publisher becomes one more independent source of every claim and
event of that report, with their credibility recomputed; a copy of unknown origin adds none.

The publisher is also kept in the report's stored extraction (``republishers``), so a merge
judgement that writes the report again keeps it (the extraction is packed again, whatever
form it was in: :mod:`actorgraph.graph.stored`).
"""

from __future__ import annotations

import json

from actorgraph.graph import stored, writer
from actorgraph.graph.store import GraphStore
from actorgraph.model import Report

# x's sources and credibility with $source added (FalkorDB's SET reads the values before it)
ADD_SOURCE = """WITH x, coalesce(x.sources, []) + [$source] AS sources
SET x.sources = sources, x.credibility = CASE WHEN size(sources) >= 3 THEN 1
  WHEN size(sources) = 2 THEN 2 WHEN x.confidence >= 0.7 THEN 3 ELSE 4 END"""

ADD = f"""
MATCH (rep:Report {{id: $rid}})
SET rep.sources = $sources, rep.extraction = $extraction, rep.named = $named
WITH rep
OPTIONAL MATCH (rep)-[:MENTIONS]->(:Entity)-[x]-(:Entity)
WHERE x.evidenceReports IS NOT NULL AND $rid IN x.reports
  AND NOT $source IN coalesce(x.sources, [])
WITH DISTINCT x WHERE x IS NOT NULL
{ADD_SOURCE}
WITH count(*) AS _
MATCH (rep:Report {{id: $rid}})<-[:REPORTED_IN]-(x:Event)
WHERE NOT $source IN coalesce(x.sources, [])
{ADD_SOURCE}
RETURN count(*) AS events
"""
STORED = """MATCH (rep:Report {id: $rid})
RETURN rep.sources AS sources, rep.publisher AS publisher, rep.extraction AS x"""


def add_publisher(store: GraphStore, copy: Report) -> str | None:
    """Count the publisher of ``copy`` (a text already in the graph) as a source of what that
    report states; the publisher added, or None (unknown origin, or already a source)."""
    source = next(iter(writer.sources_of(copy)), None)
    found = store.read(STORED, {"rid": copy.id})
    if source is None or not found:
        return None
    row = found[0]
    sources = row["sources"] if row["sources"] is not None else [row["publisher"]]
    if source in sources:
        return None
    text = _with(stored.unpack(row["x"]), source)
    params = {"rid": copy.id, "source": source, "sources": [s for s in sources if s] + [source],
              "extraction": text and stored.pack(text),
              "named": text and stored.named(text)}  # fmt: skip
    with writer.exclusive(store):
        store.write(ADD, params)
    return source


def _with(extraction: str | None, source: str) -> str | None:
    """The stored extraction JSON with ``source`` among the report's republishers."""
    if not extraction:
        return extraction
    data = json.loads(extraction)
    data["report"]["republishers"] = [*data["report"].get("republishers", []), source]
    return json.dumps(data, separators=(",", ":"))
