"""vis-network node and edge records built from a graph's attributes and the schema.

Every record is plain JSON. Tooltips (``title``) are plain text: vis-network 9 shows a
string title with ``innerText``, so nothing in a name or a sentence is ever parsed as HTML.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from typing import Any

import networkx as nx

from actorgraph.maps.dates import span
from actorgraph.schema import SCHEMA

UNKNOWN_COLOUR = "#888888"
STRUCTURAL_COLOUR = "#b0b0b0"
LABEL_MAX = 60
LABEL_MIN, LABEL_MAX_SIZE = 16, 40  # font px: influential names stay readable zoomed out
SENTENCE_MAX = 600
TOOLTIP_SOURCES = 8
MIN_SIZE, MAX_SIZE = 8.0, 40.0
LOW_CREDIBILITY = 4  # Admiralty 4 doubtful, 5 improbable, 6 cannot be judged
CREDIBILITY = {1: "confirmed", 2: "probably true", 3: "possibly true", 4: "doubtful"}
CREDIBILITY |= {5: "improbable", 6: "truth cannot be judged"}
WEAK_OPACITY = 0.4
WHERE_WHEN_FONT = 15

Record = dict[str, Any]


def node_type(node: Hashable, attrs: Mapping[str, Any]) -> str:
    """The node's ``type`` attribute, else the type its id prefix names, else ``Unknown``."""
    if attrs.get("type"):
        return str(attrs["type"])
    prefix = str(node).split(":", 1)[0]
    found = [name for name, spec in SCHEMA.node_types.items() if spec["prefix"] == prefix]
    return found[0] if found else "Unknown"


def node_style(ntype: str) -> tuple[str, str]:
    """``(colour, vis shape)`` of a node type."""
    spec = SCHEMA.node_types.get(ntype, {})
    return spec.get("colour", UNKNOWN_COLOUR), spec.get("shape", "dot")


def relation_style(rtype: str) -> tuple[str, bool]:
    """``(colour, symmetric)`` of a relation type; structural edges (AT, ...) are grey."""
    spec = SCHEMA.relations.get(rtype)
    if spec is not None:
        return spec.colour, spec.symmetric
    return (STRUCTURAL_COLOUR if rtype in SCHEMA.structural else UNKNOWN_COLOUR), False


def influence(g: nx.Graph) -> dict[Hashable, float]:
    """``score`` (clamped to 0..1) where given, else degree relative to the highest degree."""
    top_degree = max((d for _, d in g.degree()), default=0) or 1
    out = {}
    for node, attrs in g.nodes(data=True):
        score = attrs.get("score")
        if isinstance(score, int | float) and math.isfinite(score):
            out[node] = min(max(float(score), 0.0), 1.0)
        else:
            out[node] = g.degree(node) / top_degree
    return out


def clip(value: object, limit: int) -> str:
    s = " ".join(str(value).split())
    return s if len(s) <= limit else s[: limit - 1] + "\u2026"


def display_name(node: Hashable, attrs: Mapping[str, Any]) -> str:
    return str(attrs.get("name") or node)


def node_record(node: Hashable, attrs: Mapping[str, Any], score: float) -> Record:
    ntype = node_type(node, attrs)
    colour, shape = node_style(ntype)
    name = display_name(node, attrs)
    return {
        "id": str(node),
        "label": clip(name, LABEL_MAX),
        "name": name,
        "aliases": [str(a) for a in attrs.get("aliases") or []],
        "type": ntype,
        "color": colour,
        "shape": shape,
        "size": round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * score, 1),
        "font": {"size": round(LABEL_MIN + (LABEL_MAX_SIZE - LABEL_MIN) * score**0.5)},
        "title": node_tooltip(node, attrs, ntype, score),
    }


def node_tooltip(node: Hashable, attrs: Mapping[str, Any], ntype: str, score: float) -> str:
    lines = [display_name(node, attrs), f"{ntype} \u00b7 influence {score:.2f}"]
    if attrs.get("aliases"):
        lines.append("Also known as: " + ", ".join(str(a) for a in attrs["aliases"]))
    for key in ("kind", "date"):
        if attrs.get(key):
            lines.append(f"{key.capitalize()}: {attrs[key]}")
    if attrs.get("lat") is not None and attrs.get("lon") is not None:
        lines.append(f"Lat/lon: {attrs['lat']}, {attrs['lon']}")
    lines.append(f"id: {node}")
    return "\n".join(lines)


def grade(source: Mapping[str, Any]) -> str:
    """Admiralty grade such as ``B2`` (``?`` for a missing half), or ``""`` if none."""
    rel, cred = source.get("reliability"), source.get("credibility")
    if rel is None and cred is None:
        return ""
    return f"{rel if rel is not None else '?'}{cred if cred is not None else '?'}"


def source_lines(source: Mapping[str, Any]) -> list[str]:
    sentence = clip(source.get("sentence") or "(no sentence)", SENTENCE_MAX)
    about = [str(source[k]) for k in ("title", "date") if source.get(k)]
    if grade(source):
        about.append(f"graded {grade(source)}")
    lines = [f"\u201c{sentence}\u201d"]
    if about:
        lines.append("   \u2014 " + " \u00b7 ".join(about))
    if source.get("url"):
        lines.append(f"   {source['url']}")
    return lines


def where_when(attrs: Mapping[str, Any]) -> str:
    """``"Baghdad, 2024-02-11"``: the edge's own ``place`` and ``date`` (an event's), or ``""``."""
    return ", ".join(str(attrs[k]) for k in ("place", "date") if attrs.get(k))


def edge_tooltip(names: tuple[str, str], rtype: str, attrs: Mapping[str, Any]) -> str:
    symmetric = relation_style(rtype)[1]
    arrow = f" \u2014{rtype}\u2014 " if symmetric else f" \u2014{rtype}\u2192 "
    sources = list(attrs.get("sources") or [])
    count = attrs.get("count") or len(sources)
    lines = [where_when(attrs)] if where_when(attrs) else []
    lines.append(names[0] + arrow + names[1])
    if count:
        lines.append(f"{count} supporting report{'s' if count != 1 else ''}")
    if weakness(attrs):
        lines.append(f"Weak: {weakness(attrs)} (drawn dashed and faded)")
    for source in sources[:TOOLTIP_SOURCES]:
        lines += ["", *source_lines(source)]
    if len(sources) > TOOLTIP_SOURCES:
        lines += ["", f"\u2026 and {len(sources) - TOOLTIP_SOURCES} more sources"]
    return "\n".join(lines)


def weakness(attrs: Mapping[str, Any]) -> str:
    """Why an edge is weakly supported (``""`` if it is not): low credibility, or one source
    whose publisher's reliability is unknown (``F`` or none). Edges without sources (the
    graph's own structure) are never weak."""
    sources = list(attrs.get("sources") or [])
    if not sources:
        return ""
    grades = [s.get("credibility") for s in sources if isinstance(s.get("credibility"), int)]
    credibility = attrs.get("credibility") if isinstance(attrs.get("credibility"), int) else None
    best = min(grades, default=credibility)
    if best is not None and best >= LOW_CREDIBILITY:
        return f"low credibility ({best}: {CREDIBILITY.get(best, 'unknown')})"
    reports = {s.get("report") or s.get("title") or i for i, s in enumerate(sources)}
    unknown = all(s.get("reliability") in (None, "F") for s in sources)
    if len(reports) == 1 and int(attrs.get("count") or 1) <= 1 and unknown:
        return "one source, of unknown reliability"
    return ""


def edge_records(g: nx.Graph, kept: set[Hashable]) -> list[Record]:
    """One record per edge between kept nodes, each with its own id; parallels curve apart."""
    records = []
    for u, v, attrs in g.edges(data=True):
        if u in kept and v in kept:
            records.append(edge_record(len(records), g, (u, v), attrs))
    separate_parallels(records)
    return records


def edge_record(i: int, g: nx.Graph, ends: tuple[Hashable, Hashable], attrs: Mapping) -> Record:
    u, v = ends
    rtype = str(attrs.get("type") or "RELATED")
    colour, symmetric = relation_style(rtype)
    names = (display_name(u, g.nodes[u]), display_name(v, g.nodes[v]))
    count = attrs.get("count") or len(attrs.get("sources") or []) or 1
    weak = weakness(attrs)
    record = {
        "id": f"e{i}",
        "from": str(u),
        "to": str(v),
        "type": rtype,
        "label": clip(where_when(attrs), LABEL_MAX) or rtype,
        "color": colour,
        "arrows": "" if symmetric else "to",
        "width": round(1 + min(math.log2(max(int(count), 1)), 4), 2),
        "title": edge_tooltip(names, rtype, attrs),
    }
    return record | when_where_fields(attrs) | weak_style(weak, colour)


def when_where_fields(attrs: Mapping[str, Any]) -> Record:
    """``place``, ``date`` and the ``days`` the date covers, for the page's filters."""
    out: Record = {k: str(attrs[k]) for k in ("place", "date") if attrs.get(k)}
    if span(attrs.get("date")):
        out["days"] = span(attrs.get("date"))
    if out:  # the answer to "where and when" is read level, not along the edge
        out["font"] = {"size": WHERE_WHEN_FONT, "align": "horizontal"}
    return out


def weak_style(weak: str, colour: str) -> Record:
    if not weak:
        return {}
    return {"weak": weak, "dashes": True, "color": {"color": colour, "opacity": WEAK_OPACITY}}


def separate_parallels(records: list[Record]) -> None:
    """Give edges sharing a pair of nodes curves on alternate sides, self-loops own angles."""
    groups: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for rec in records:
        groups[tuple(sorted((rec["from"], rec["to"])))].append(rec)
    for (a, b), group in groups.items():
        if a == b:
            for k, rec in enumerate(group):
                rec["selfReference"] = {"size": 18 + 4 * k, "angle": round(0.9 * k, 3)}
        elif len(group) > 1:
            for k, rec in enumerate(group):
                clockwise = (k % 2 == 0) == (rec["from"] == a)
                rec["smooth"] = {
                    "enabled": True,
                    "type": "curvedCW" if clockwise else "curvedCCW",
                    "roundness": round(0.18 * (k // 2 + 1), 3),
                }


def legend(nodes: Iterable[Record], edges: Iterable[Record]) -> tuple[list, list]:
    """Node types and relation types present, in schema order, unknown ones last."""
    ntypes = {n["type"] for n in nodes}
    rtypes = {e["type"] for e in edges}
    order = [*SCHEMA.node_types, *sorted(ntypes - set(SCHEMA.node_types))]
    rorder = [*SCHEMA.relations, *SCHEMA.structural]
    rorder += sorted(rtypes - set(rorder))
    node_items = [(t, *node_style(t)) for t in order if t in ntypes]
    edge_items = [(t, *relation_style(t)) for t in rorder if t in rtypes]
    return node_items, edge_items
