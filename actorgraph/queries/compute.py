"""Python steps of named queries (``// compute: NAME`` in a query's header).

A step gets ``fetch``, which runs the query's Cypher with the bound parameters (and any
declared ``input`` values the step passes), and the bound parameters; it returns the result
rows with the query's declared columns. The Cypher stays plain, so both engines fetch the
same rows and the step computes the same answer from them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from itertools import combinations
from typing import TYPE_CHECKING, Any

from actorgraph.errors import QueryError
from actorgraph.graph.store import FIELD_SEP as SEP
from actorgraph.graph.store import Row
from actorgraph.queries.lookup import rank
from actorgraph.schema import SCHEMA

if TYPE_CHECKING:  # networkx is imported by the steps that use it, not by every query
    import networkx as nx

    from actorgraph.queries.shortest import Path

Fetch = Callable[..., list[Row]]
Step = Callable[[Fetch, dict[str, Any]], list[Row]]
DIGITS = 6
MEASURES = ("score", "pagerank", "betweenness", "degree")


def influence(fetch: Fetch, params: dict[str, Any]) -> list[Row]:
    """Rank the entities of the fetched links by the combined score of PageRank, betweenness
    and degree (:func:`actorgraph.graph.subgraph.influence`)."""
    import networkx as nx

    from actorgraph.graph.subgraph import influence as centralities

    graph = link_graph(fetch())
    measures = centralities(graph)
    links = nx.Graph(graph)
    ordered = sorted(measures, key=lambda n: (-measures[n]["score"], graph.nodes[n]["name"], n))
    return [
        {
            "rank": position,
            "name": graph.nodes[node]["name"],
            "id": node,
            "type": graph.nodes[node]["type"],
            **{k: round(measures[node][k], DIGITS) for k in MEASURES},
            "links": links.degree(node),
        }
        for position, node in enumerate(ordered[: params["limit"]], start=1)
    ]


def link_graph(rows: list[Row]) -> nx.MultiDiGraph:
    """One edge per fetched link; a symmetric relation (stored once, endpoints in id order)
    becomes an edge each way, so the arbitrary stored direction does not sway PageRank."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    for row in sorted(rows, key=lambda r: (r["a_id"], r["type"], r["b_id"])):
        for side in ("a", "b"):
            graph.add_node(row[f"{side}_id"], name=row[f"{side}_name"], type=row[f"{side}_type"])
        ends = [(row["a_id"], row["b_id"])]
        if SCHEMA.relations[row["type"]].symmetric:
            ends.append((row["b_id"], row["a_id"]))
        for a, b in ends:
            graph.add_edge(a, b, key=row["type"], type=row["type"], count=row["count"] or 1)
    return graph


def fuzzy(fetch: Fetch, params: dict[str, Any]) -> list[Row]:
    """Entities whose name or an alias is close to ``text``, best first."""
    ranked = rank(params["text"], fetch(), params["min_score"])
    return [
        {
            "id": row["id"],
            "name": row["name"],
            "type": row["type"],
            "matched": row["matched"],
            "score": row["score"],
            "reports": row["reports"],
            "aliases": row["aliases"] or [],
        }
        for row in ranked[: params["limit"]]
    ]


Link = tuple[str, str, str]  # (source id, type, target id)


Pair = tuple[tuple[str, ...], tuple[str, ...]]


class Expansions:
    """The links of entities (``fetch(frontier=ids)``), each entity fetched once: ids, names
    and types only, the search's needs; :meth:`whole` reads the links of the answer whole.
    The links between two frontiers (:meth:`between`) are read with the next fetch after
    :meth:`cue` (or alone), so a search learns that its ends meet without a round trip."""

    def __init__(self, fetch: Fetch) -> None:
        self.fetch = fetch
        self.links: dict[str, list[Row]] = {}
        self.cued: Pair = ((), ())
        self.crossed: dict[Pair, list[Row]] = {}

    def cue(self, near: list[str], far: list[str]) -> None:
        """Read the links between ``near`` and ``far`` with the next fetch."""
        self.cued = (tuple(near), tuple(far))

    def checked(self, near: list[str], far: list[str]) -> bool:
        return (tuple(near), tuple(far)) in self.crossed

    def cached(self, ids: list[str]) -> bool:
        return all(i in self.links for i in ids)

    def between(self, near: list[str], far: list[str]) -> list[Row]:
        """The links between ``near`` and ``far`` (one row per link, from ``near``'s side)."""
        if not self.checked(near, far):
            self.cue(near, far)
            self._read([], 1)
        return self.crossed[(tuple(near), tuple(far))]

    def __call__(self, ids: list[str]) -> list[Row]:
        missing = [i for i in ids if i not in self.links]
        if missing:
            self._fetch(missing, ALL)
        return [row for i in ids for row in self.links[i]]

    def count(self, ids: list[str], cap: int) -> int:
        """How many links these entities have, up to ``cap``: their links are fetched with
        room for ``cap``, and kept when they all came (the search then expands them free)."""
        missing = [i for i in ids if i not in self.links]
        known = sum(len(self.links[i]) for i in ids if i in self.links)
        return min(cap, known + (self._fetch(missing, cap - known) if missing else 0))

    def _fetch(self, ids: list[str], room: int) -> int:
        """Fetch the links of ``ids``, at most ``room``; keep them when fewer came."""
        if room <= 0:
            return 0
        found = {i: [] for i in ids}
        for row in self._read(ids, room):
            found[row["from_id"]] += _links(row)
        fetched = sum(len(links) for links in found.values())
        if fetched < room:
            self.links.update(found)
        return fetched

    def _read(self, ids: list[str], room: int) -> list[Row]:
        """The links of ``ids`` (at most ``room``); the cued links between frontiers kept."""
        (near, far), self.cued = self.cued, ((), ())
        rows = self.fetch(frontier=ids, room=room, **_described([], list(near), list(far)))
        if near:
            met = [row for row in rows if row["part"] == "met"]
            self.crossed[(near, far)] = [link for row in met for link in _links(row)]
        return [row for row in rows if row["part"] == "links"]

    def whole(self, links: Iterable[Row]) -> dict[Link, Row]:
        """These links with their provenance (count, evidence, reports, grades), by key."""
        keys = list(dict.fromkeys(link_key(link) for link in links))
        rows = self.fetch(frontier=[], room=1, **_described(keys)) if keys else []
        return {link_key(link): row["whole"] for row in rows for link in _links(row)}


ALL = 2**31 - 1  # room for every link (FalkorDB reads a LIMIT as 32 bits)
DIRECTION = re.compile("[<>]")


def _link(text: str) -> tuple[str, str | None, str, bool]:
    """``TYPE>id<SEP>name`` (or ``<`` for an incoming link; no name part when it is null)
    as (other id, name, type, outgoing). Types hold no ``<`` or ``>``.

    >>> _link("LEADS>person:a" + SEP + "A <b>"), _link("MET_WITH<person:b")
    (('person:a', 'A <b>', 'LEADS', True), ('person:b', None, 'MET_WITH', False))
    """
    head, named, name = text.partition(SEP)
    arrow = DIRECTION.search(head)
    if arrow is None:
        raise QueryError(f"unreadable link from the engine: {text[:80]!r}")
    cut = arrow.start()
    return head[cut + 1 :], name if named else None, head[:cut], head[cut] == ">"


def _links(row: Row) -> list[Row]:
    """One fetched row (an entity and each of its links as one string, :func:`_link`) as
    one row per link, as the search reads them."""
    found = []
    for other, name, rel_type, outgoing in map(_link, row["links"]):
        ends = (row["from_id"], other) if outgoing else (other, row["from_id"])
        found.append({"from_id": row["from_id"], "from_name": row["from_name"], "to_id": other,
                      "to_name": name, "source_id": ends[0], "type": rel_type,
                      "target_id": ends[1]})  # fmt: skip
    return found


def link_key(link: Row) -> Link:
    return (link["source_id"], link["type"], link["target_id"])


def _described(
    keys: list[Link], near: list[str] | None = None, far: list[str] | None = None
) -> dict[str, Any]:
    """The step inputs naming the links to read whole (and the frontiers to check)."""
    return {
        "sources": [k[0] for k in keys],
        "link_types": [k[1] for k in keys],
        "targets": [k[2] for k in keys],
        "sep": SEP,
        "near": near or [],
        "far": far or [],
    }


def paths(fetch: Fetch, params: dict[str, Any]) -> list[Row]:
    """The shortest paths between ``actor`` and ``other`` (all of them, or the first)."""
    from actorgraph.queries.shortest import shortest_paths

    expand = Expansions(fetch)
    ends = params["actor"], params["other"]
    found = shortest_paths(expand, *ends, params["max_hops"], expand.count, expand)
    chosen = found if params["all"] else found[:1]
    details = expand.whole(link for path in chosen for link in path.links)
    return [_path_row(n, p, details) for n, p in enumerate(chosen, 1)]


def _path_row(number: int, path: Path, details: dict[Link, Row]) -> Row:
    links = [details[link_key(link)] for link in path.links]
    return {
        "path": number,
        "hops": len(links),
        "names": list(path.names),
        "ids": list(path.ids),
        "types": path.types,
        "evidence": [link["evidence"] for link in links],
        "reports": [link["reports"] for link in links],
        "reliability": [link["reliability"] for link in links],
        "credibility": [link["credibility"] for link in links],
    }


def connecting(fetch: Fetch, params: dict[str, Any]) -> list[Row]:
    """Every link on a shortest path between two of ``actors``."""
    from actorgraph.queries.shortest import shortest_paths

    expand, links = Expansions(fetch), {}
    for a, b in combinations(sorted(params["actors"]), 2):
        for path in shortest_paths(expand, a, b, params["max_hops"], expand.count, expand):
            links.update({link_key(x): x for x in path.links})
    details = expand.whole(links.values())
    rows = [_link_row({**link, **details[key]}) for key, link in links.items()]
    rows.sort(key=lambda r: (r["source"], r["type"], r["target"], r["source_id"], r["target_id"]))
    return rows[: params["limit"]]


def _link_row(link: Row) -> Row:
    names = {link["from_id"]: link["from_name"], link["to_id"]: link["to_name"]}
    return {
        "source": names[link["source_id"]],
        "type": link["type"],
        "target": names[link["target_id"]],
        "source_id": link["source_id"],
        "target_id": link["target_id"],
        **{k: link[k] for k in ("count", "evidence", "reports", "reliability", "credibility")},
    }


OVER = 2  # who-met's first part reads this many meetings per row of the page


def who_met(fetch: Fetch, params: dict[str, Any]) -> list[Row]:
    """The page from the first ``OVER`` x ``limit`` meetings by date, their kinds and
    partners checked after; when fewer than ``limit`` of those pass (the query then answers
    one row without an ``event_id``), every filter first. A place or a narrower choice of
    kinds than every meeting kind drops most meetings: every filter first at once."""
    limit, place = params["limit"], params["place"]
    meetings = {k for k in SCHEMA.event_kinds if SCHEMA.event_is_meeting(k)}
    if place is None and meetings <= set(params["kinds"]):
        rows = fetch(over=min(ALL, OVER * limit), prefilter=False)
        if not rows or rows[0]["event_id"] is not None:
            return rows
    return fetch(over=limit if place is None else ALL, prefilter=True)


STEPS: dict[str, Step] = {
    "who-met": who_met,
    "influence": influence,
    "fuzzy": fuzzy,
    "paths": paths,
    "connecting": connecting,
}


def apply(name: str, fetch: Fetch, params: dict[str, Any]) -> list[Row]:
    try:
        step = STEPS[name]
    except KeyError:
        raise QueryError(f"no compute step named {name!r} (known: {', '.join(STEPS)})") from None
    return step(fetch, params)
