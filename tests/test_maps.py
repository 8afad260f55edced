"""Map pages: self-contained, counts as written, every relation drawn, text escaped, caps stated.

How data is told from resources (see ``actorgraph/maps/page.py``): tag attributes and CSS
must not reference anything outside the page; executable scripts may contain only the URL
strings known to be in vis-network's licence comment and code (namespaces, docs), our own
script none; URLs inside the ``application/json`` data block are evidence shown as text.
"""

from __future__ import annotations

import json
import math
import random
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from actorgraph.maps import (
    MapStats,
    assets,
    basemap,
    layout,
    render_network,
    render_places,
    render_timeline,
)
from actorgraph.maps.layout import spring_positions
from actorgraph.maps.page import external_references, json_script
from actorgraph.maps.places import RING, SPREAD
from actorgraph.schema import SCHEMA

HOSTILE = (
    'Abu "Fox" O\'Hara </script><script>alert(1)</script> `${x}` {{y}} }}{{ '
    "<!-- <img src=x onerror=alert(2)> &amp; \u2028 end"
)
# URL strings inside vis-network 9.1.2's minified JS: licence comment, SVG namespace,
# core-js/uuid docs in error text. None is fetched; a new vis build must be reviewed.
VIS_URL_STRINGS = {
    "http://almende.com",
    "http://opensource.org/licenses/MIT",
    "http://www.apache.org/licenses/LICENSE-2.0",
    "http://www.w3.org/2000/svg",
    "https://github.com/uuidjs/uuid#getrandomvalues-not-supported",
    "https://github.com/visjs",
    "https://github.com/zloirock/core-js",
    "https://github.com/zloirock/core-js/blob/v3.21.1/LICENSE",
    "https://visjs.github.io/vis-network/",
}
URL_IN_SCRIPT = re.compile(r"""https?://[^\s"'`<>)\\]+""")


# ---------------------------------------------------------------------------- fixtures
def source(sentence: str, title: str = "SOHR", **extra: Any) -> dict[str, Any]:
    base = {"sentence": sentence, "title": title, "date": "2024-05-02", "url": None}
    return {**base, "reliability": "B", "credibility": 2, **extra}


def seed_graph() -> nx.MultiDiGraph:
    """The seed report as the lead's query layer would hand it over."""
    g = nx.MultiDiGraph(title="Qaani in Syria")
    add = g.add_node
    add(
        "person:esmail-qaani",
        name="Esmail Qaani",
        type="Person",
        score=0.95,
        aliases=["Ismail Qaani", "Qa'ani"],
    )
    add(
        "organization:irgc-qf",
        name="IRGC Quds Force",
        type="Organization",
        score=0.8,
        aliases=["IRGC-QF"],
    )
    add("organization:hezbollah", name="Hezbollah", type="Organization", score=0.7)
    add(
        "organization:sohr",
        name="Syrian Observatory for Human Rights",
        type="Organization",
        aliases=["SOHR"],
    )
    add("person:syrian-official", name="Senior Syrian official", type="Person", score=0.3)
    add("place:damascus", name="Damascus", type="Place", lat=33.5138, lon=36.2765)
    add("place:homs", name="Homs", type="Place", lat=34.7324, lon=36.7137)
    add("place:syria", name="Syria", type="Place", lat=34.8021, lon=38.9968)
    add(
        "event:meeting-damascus",
        name="Meeting in Damascus",
        type="Event",
        kind="Meeting",
        date="2024-05-01",
    )
    add(
        "event:drill-homs",
        name="Joint drill in Homs",
        type="Event",
        kind="Exercise",
        date="2024-05",
    )
    qaani_leads = source(
        "The Commander of IRGC's Quds Force (IRGC-QF), Esmail Qaani, recently visited Syria.",
        url="https://www.sohr.example/a?b=1&c=2",
    )
    g.add_edge(
        "person:esmail-qaani",
        "organization:irgc-qf",
        type="LEADS",
        count=2,
        sources=[
            qaani_leads,
            source("Qaani commands the Quds Force.", "Tasnim", reliability="C", credibility=3),
        ],
    )
    g.add_edge(
        "organization:irgc-qf",
        "organization:hezbollah",
        type="SUPPORTS",
        sources=[source("Iranian-backed proxy Shiite militias.")],
    )
    g.add_edge(
        "organization:irgc-qf",
        "organization:hezbollah",
        type="ALLIED_WITH",
        sources=[source("Drills conducted by the IRGC and Hezbollah.")],
    )
    g.add_edge("organization:hezbollah", "organization:irgc-qf", type="REPORTED", sources=[])
    g.add_edge(
        "person:esmail-qaani",
        "person:syrian-official",
        type="MET_WITH",
        count=1,
        sources=[source("Qaani met with senior officials in Damascus.")],
    )
    g.add_edge(
        "person:esmail-qaani",
        "place:syria",
        type="VISITED",
        sources=[source("Qaani recently visited Syria.", reliability=None, credibility=None)],
    )
    g.add_edge(
        "organization:sohr",
        "person:esmail-qaani",
        type="REPORTED",
        sources=[source("SOHR highlighted Qaani's participation.")],
    )
    g.add_edge("place:damascus", "place:syria", type="LOCATED_IN", sources=[])
    g.add_edge("place:homs", "place:syria", type="LOCATED_IN", sources=[])
    for person in ("person:esmail-qaani", "person:syrian-official"):
        g.add_edge(person, "event:meeting-damascus", type="PARTICIPATED_IN")
    g.add_edge("person:esmail-qaani", "event:drill-homs", type="PARTICIPATED_IN")
    g.add_edge("organization:hezbollah", "event:drill-homs", type="PARTICIPATED_IN")
    g.add_edge("event:meeting-damascus", "place:damascus", type="AT")
    g.add_edge("event:drill-homs", "place:homs", type="AT")
    return g


def hostile_graph() -> nx.MultiDiGraph:
    g = seed_graph()
    g.graph["omitted"] = {"nodes": 3, "reason": HOSTILE}
    g.add_node(
        "person:hostile", name=HOSTILE, type="Person", score=0.5, aliases=[HOSTILE + " alias"]
    )
    g.add_node("place:hostile", name=HOSTILE, type="Place", lat=35.0, lon=37.0)
    g.add_edge(
        "person:hostile",
        "person:esmail-qaani",
        type="MET_WITH",
        sources=[source(HOSTILE, HOSTILE, url="https://x.example/" + HOSTILE)],
    )
    g.add_edge("person:hostile", "place:hostile", type=HOSTILE, sources=[source(HOSTILE)])
    return g


def scored_graph(n: int, *, with_scores: bool = True, seed: int = 3) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for i in range(n):
        attrs = {"name": f"Actor {i}", "type": ("Person", "Organization", "Place")[i % 3]}
        if with_scores:
            attrs["score"] = (i * 37 % n) / n
        g.add_node(f"x:{i:04d}", **attrs)
    rnd = __import__("random").Random(seed)
    for i in range(1, n):
        for _ in range(2):
            g.add_edge(f"x:{i:04d}", f"x:{rnd.randrange(i):04d}", type="SUPPORTS", sources=[])
    return g


def meetings_graph() -> nx.MultiDiGraph:
    """Meetings with their own places and dates (a week, a month, one undated, one placeless)."""
    g = nx.MultiDiGraph()
    for key, name in [("a", "Amir Test"), ("b", "Bashir Test"), ("c", "Cyrus Test")]:
        g.add_node(f"person:{key}", name=name, type="Person")
    g.add_node("organization:d", name="Dal Group", type="Organization")
    met = [
        ("a", "b", "Baghdad", "2024-02-11"),
        ("a", "c", "Damascus", "2024-05-01"),
        ("b", "c", "Baghdad", "2024-W31"),
        ("a", "d", "Tehran", None),
        ("c", "d", None, "2024-03"),
    ]
    for a, b, place, date in met:
        ends = [f"person:{k}" if k != "d" else "organization:d" for k in (a, b)]
        said = source(f"{a} met {b}.", date="2023-12-31")  # the report's date, not the meeting's
        g.add_edge(*ends, type="MET_WITH", place=place, date=date, sources=[said])
    return g


EVENTS = [
    {
        "date": "2024-05-01",
        "kind": "Meeting",
        "place": "Damascus",
        "participants": ["Esmail Qaani", "Senior Syrian official"],
        "sentence": "Qaani met with senior officials in Damascus.",
        "title": "SOHR",
    },
    {
        "date": "2024-05",
        "kind": "Exercise",
        "place": "Homs",
        "participants": ["Esmail Qaani", "Hezbollah"],
        "sentence": "Qaani joined drills in Homs province.",
        "title": "Tasnim",
    },
    {
        "date": None,
        "kind": "Statement",
        "place": None,
        "participants": "Esmail Qaani",
        "sentence": "Qaani reaffirmed support.",
        "title": None,
    },
    {
        "date": "2023-11-20",
        "kind": "Visit",
        "place": "Baghdad",
        "participants": [],
        "sentence": "Qaani visited Baghdad.",
        "title": "Report 3",
    },
]


def render(kind: str, g: nx.Graph, out: Path, title: str = "Map") -> MapStats:
    if kind == "network":
        return render_network(g, out, title=title)
    if kind == "network-precomputed":
        return render_network(g, out, title=title, physics=False)
    if kind == "places":
        return render_places(g, out, title=title)
    return render_timeline(EVENTS, out, title=title)


KINDS = ["network", "network-precomputed", "places", "timeline"]


# ---------------------------------------------------------------------------- parsing
class Page(HTMLParser):
    """What a browser's parser would see: scripts, styles, ids and their text."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.texts: dict[str, str] = {}
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self._stack: list[tuple[str, dict, list[str]]] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in ("meta", "input", "br", "img", "link", "hr"):
            self._stack.append((tag, dict(attrs), []))

    def handle_endtag(self, tag: str) -> None:
        while self._stack:
            open_tag, attrs, chunks = self._stack.pop()
            content = "".join(chunks)
            for _, _, outer in self._stack:
                outer.append(content)
            if open_tag == "script":
                self.scripts.append((attrs, content))
            if attrs.get("id"):
                self.texts[attrs["id"]] = content
            if open_tag == "title" and "<title>" not in self.texts:
                self.texts["<title>"] = content
            if open_tag == tag:
                return

    def handle_data(self, data: str) -> None:
        if self._stack:
            self._stack[-1][2].append(data)

    def data(self) -> dict[str, Any]:
        found = [text for attrs, text in self.scripts if attrs.get("id") == "ag-data"]
        assert len(found) == 1, "exactly one ag-data block"
        return json.loads(found[0])

    def executable_scripts(self) -> list[str]:
        return [text for attrs, text in self.scripts if attrs.get("type") is None]


def parse(path: Path) -> Page:
    return Page(path.read_text(encoding="utf-8"))


def check_offline(path: Path) -> None:
    html = path.read_text(encoding="utf-8")
    assert external_references(html) == []
    page = parse(path)
    for tag, attrs in page.tags:
        assert tag not in ("link", "iframe", "img", "base", "object", "embed"), tag
        assert "src" not in attrs or tag != "script", "every script is inline"
    for script in page.executable_scripts():
        assert set(URL_IN_SCRIPT.findall(script)) <= VIS_URL_STRINGS
    assert "http" not in assets.own("map.js")
    assert "node_modules" not in html


# ---------------------------------------------------------------------------- tests
@pytest.mark.parametrize("kind", KINDS)
def test_every_map_is_self_contained_and_parses(kind: str, tmp_path: Path) -> None:
    out = tmp_path / f"{kind}.html"
    stats = render(kind, seed_graph(), out, title="Qaani in Syria")
    assert stats.path == out and out.stat().st_size > 1000
    check_offline(out)
    page = parse(out)
    assert page.texts["<title>"] == "Qaani in Syria"
    assert page.data()["meta"]["title"] == "Qaani in Syria"
    if kind != "timeline":
        scripts = page.executable_scripts()
        assert scripts == [assets.vis_js(), assets.own("map.js")]
        assert "@license" in scripts[0][:2000] and "Apache" in scripts[0][:2000]
        assert "sourceMappingURL" not in scripts[0]


@pytest.mark.parametrize("kind", ["network", "network-precomputed", "places"])
def test_counts_in_page_equal_the_graph(kind: str, tmp_path: Path) -> None:
    g = seed_graph()
    stats = render(kind, g, tmp_path / "m.html")
    data = parse(tmp_path / "m.html").data()
    assert (stats.nodes, stats.edges, stats.omitted) == (len(g), g.number_of_edges(), 0)
    assert data["meta"]["nodes"] == len(data["nodes"]) == len(g)
    assert data["meta"]["edges"] == len(data["edges"]) == g.number_of_edges()
    assert {n["id"] for n in data["nodes"]} == set(g)
    assert len({e["id"] for e in data["edges"]}) == len(data["edges"])


def test_timeline_counts_and_order(tmp_path: Path) -> None:
    stats = render_timeline(EVENTS, tmp_path / "t.html", title="Qaani")
    html = (tmp_path / "t.html").read_text(encoding="utf-8")
    data = parse(tmp_path / "t.html").data()
    assert stats.nodes == data["meta"]["events"] == len(EVENTS) == html.count('class="ag-event"')
    assert [e["date"] for e in data["events"]] == ["2023-11-20", "2024-05", "2024-05-01", None]
    assert data["meta"]["dated"] == 3 == html.count("<circle")
    assert data["events"][3]["participants"] == ["Esmail Qaani"]
    assert "1 undated, listed last" in html


def test_two_relations_between_one_pair_are_both_drawn_apart(tmp_path: Path) -> None:
    render_network(seed_graph(), tmp_path / "m.html", title="t")
    edges = parse(tmp_path / "m.html").data()["edges"]
    pair = {"organization:irgc-qf", "organization:hezbollah"}
    between = [e for e in edges if {e["from"], e["to"]} == pair]
    assert sorted(e["type"] for e in between) == ["ALLIED_WITH", "REPORTED", "SUPPORTS"]
    assert len({e["id"] for e in between}) == 3
    curves = {(e["smooth"]["type"], e["smooth"]["roundness"], e["from"]) for e in between}
    assert all(e["smooth"]["enabled"] for e in between) and len(curves) == 3
    # same absolute side = same (type if forward, flipped if reverse) and same roundness
    sides = set()
    for e in between:
        cw = e["smooth"]["type"] == "curvedCW"
        forward = e["from"] == min(pair)
        sides.add((cw == forward, e["smooth"]["roundness"]))
    assert len(sides) == 3, "no two parallel edges drawn on the same curve"


def test_single_edges_are_straight_and_self_loops_separate(tmp_path: Path) -> None:
    g = nx.MultiDiGraph()
    g.add_node("person:a", name="A", type="Person")
    g.add_node("person:b", name="B", type="Person")
    g.add_edge("person:a", "person:b", type="MET_WITH")
    g.add_edge("person:a", "person:a", type="SUPPORTS")
    g.add_edge("person:a", "person:a", type="OPPOSES")
    render_network(g, tmp_path / "m.html", title="t")
    edges = parse(tmp_path / "m.html").data()["edges"]
    assert "smooth" not in edges[0]
    assert edges[1]["selfReference"]["angle"] != edges[2]["selfReference"]["angle"]


def test_styles_come_from_the_schema(tmp_path: Path) -> None:
    render_network(seed_graph(), tmp_path / "m.html", title="t")
    data = parse(tmp_path / "m.html").data()
    for node in data["nodes"]:
        spec = SCHEMA.node_types[node["type"]]
        assert (node["color"], node["shape"]) == (spec["colour"], spec["shape"])
    for edge in data["edges"]:
        if edge["type"] in SCHEMA.relations:
            rel = SCHEMA.relations[edge["type"]]
            colour = edge["color"]["color"] if edge.get("weak") else edge["color"]
            assert colour == rel.colour
            assert edge["arrows"] == ("" if rel.symmetric else "to")
    by_id = {n["id"]: n for n in data["nodes"]}
    assert by_id["person:esmail-qaani"]["size"] > by_id["person:syrian-official"]["size"]
    assert [e["arrows"] for e in data["edges"] if e["type"] == "MET_WITH"] == [""]


def test_legend_and_filters_list_only_types_present(tmp_path: Path) -> None:
    g = seed_graph()
    g.remove_nodes_from([n for n, t in g.nodes(data="type") if t == "Event"])
    render_network(g, tmp_path / "m.html", title="t")
    page = parse(tmp_path / "m.html")
    legend = page.texts["ag-legend"]
    for present in ("Person", "Organization", "Place", "LEADS", "MET_WITH", "ALLIED_WITH"):
        assert present in legend
    for absent in ("Event", "Report", "PART_OF", "PARTICIPATED_IN"):
        assert absent not in legend
    boxes = [a["data-type"] for t, a in page.tags if t == "input" and "data-type" in a]
    assert boxes == ["Person", "Organization", "Place"]


def test_edge_tooltip_lists_evidence_with_titles_dates_grades(tmp_path: Path) -> None:
    g = seed_graph()
    many = [source(f"Sentence number {i}.", f"Report {i}") for i in range(11)]
    g.add_edge("person:syrian-official", "place:damascus", type="VISITED", sources=many)
    render_network(g, tmp_path / "m.html", title="t")
    data = parse(tmp_path / "m.html").data()
    leads = next(e for e in data["edges"] if e["type"] == "LEADS")["title"]
    assert "Esmail Qaani \u2014LEADS\u2192 IRGC Quds Force" in leads
    assert "2 supporting reports" in leads
    assert "Esmail Qaani, recently visited Syria." in leads
    assert "SOHR \u00b7 2024-05-02 \u00b7 graded B2" in leads and "graded C3" in leads
    assert "https://www.sohr.example/a?b=1&c=2" in leads
    met = next(e for e in data["edges"] if e["type"] == "MET_WITH")["title"]
    assert "\u2014MET_WITH\u2014" in met
    visited = [e["title"] for e in data["edges"] if e["type"] == "VISITED"]
    assert "graded" not in visited[0]
    assert "and 3 more sources" in visited[1] and "Sentence number 7." in visited[1]
    qaani = next(n for n in data["nodes"] if n["id"] == "person:esmail-qaani")
    assert qaani["aliases"] == ["Ismail Qaani", "Qa'ani"] and "Ismail Qaani" in qaani["title"]


@pytest.mark.parametrize("kind", ["network", "network-precomputed", "places"])
def test_hostile_text_is_escaped_and_the_page_still_parses(kind: str, tmp_path: Path) -> None:
    out = tmp_path / "m.html"
    render(kind, hostile_graph(), out, title=HOSTILE)
    html = out.read_text(encoding="utf-8")
    check_offline(out)
    page = parse(out)
    assert page.executable_scripts() == [assets.vis_js(), assets.own("map.js")]
    assert page.texts["<title>"] == HOSTILE
    assert page.texts["ag-title"] == HOSTILE
    data = page.data()
    names = [n["name"] for n in data["nodes"]]
    assert names.count(HOSTILE) == 2
    assert any(HOSTILE in e["title"] for e in data["edges"])
    assert HOSTILE not in html, "raw text never reaches the page unescaped"
    assert "<img" not in html and "<script>alert" not in html
    assert HOSTILE in page.texts["ag-omitted-upstream"]
    assert HOSTILE in page.texts["ag-legend"]  # the unknown relation type, as text


def test_hostile_timeline(tmp_path: Path) -> None:
    events = [
        {
            **EVENTS[0],
            "place": HOSTILE,
            "sentence": HOSTILE,
            "participants": [HOSTILE],
            "title": HOSTILE,
            "kind": HOSTILE,
        }
    ]
    render_timeline(events, tmp_path / "t.html", title=HOSTILE)
    html = (tmp_path / "t.html").read_text(encoding="utf-8")
    check_offline(tmp_path / "t.html")
    page = parse(tmp_path / "t.html")
    assert page.executable_scripts() == []
    assert page.texts["ag-title"] == HOSTILE and page.data()["events"][0]["sentence"] == HOSTILE
    assert HOSTILE not in html and "<img" not in html


def test_size_cap_keeps_top_scored_nodes_and_says_so(tmp_path: Path) -> None:
    g = scored_graph(60)
    stats = render_network(g, tmp_path / "m.html", title="t", max_nodes=10)
    page = parse(tmp_path / "m.html")
    data = page.data()
    best = sorted(g, key=lambda n: -g.nodes[n]["score"])[:10]
    assert {n["id"] for n in data["nodes"]} == set(best)
    assert (stats.nodes, stats.omitted) == (10, 50) and data["meta"]["omitted"] == 50
    kept_edges = [(u, v) for u, v in g.edges() if u in best and v in best]
    assert stats.edges == len(data["edges"]) == len(kept_edges)
    assert stats.omitted_edges == g.number_of_edges() - len(kept_edges)
    notice = page.texts["ag-omitted"]
    assert "10 most influential of 60 nodes" in notice
    assert f"50 nodes and {stats.omitted_edges} edges are left out" in notice


def test_size_cap_uses_degree_without_scores(tmp_path: Path) -> None:
    g = scored_graph(40, with_scores=False)
    render_network(g, tmp_path / "m.html", title="t", max_nodes=5)
    kept = {n["id"] for n in parse(tmp_path / "m.html").data()["nodes"]}
    by_degree = sorted(g, key=lambda n: (-g.degree(n), n))[:5]
    assert kept == set(by_degree)


def test_upstream_omission_is_stated(tmp_path: Path) -> None:
    g = seed_graph()
    g.graph["omitted"] = {"nodes": 1234, "reason": "size cap 500 by influence"}
    render_network(g, tmp_path / "m.html", title="t")
    notice = parse(tmp_path / "m.html").texts["ag-omitted-upstream"]
    assert "1,234 nodes" in notice and "size cap 500 by influence" in notice


def test_large_graphs_get_a_python_layout_and_no_physics(tmp_path: Path) -> None:
    g = scored_graph(450)
    stats = render_network(g, tmp_path / "m.html", title="t")
    data = parse(tmp_path / "m.html").data()
    assert stats.layout == "precomputed" and data["meta"]["physics"] is False
    assert data["options"]["physics"] == {"enabled": False}
    points = {(n["x"], n["y"]) for n in data["nodes"]}
    assert len(points) == len(data["nodes"]) and all(map(math.isfinite, sum(points, ())))


def test_small_graphs_use_physics_that_the_page_stops(tmp_path: Path) -> None:
    stats = render_network(seed_graph(), tmp_path / "m.html", title="t")
    data = parse(tmp_path / "m.html").data()
    assert stats.layout == "physics" and data["meta"]["physics"] is True
    assert data["options"]["physics"]["stabilization"]["enabled"] is True
    assert "stabilizationIterationsDone" in assets.own("map.js")
    assert "physics: { enabled: false }" in assets.own("map.js")


def test_layout_is_deterministic_and_separates_nodes() -> None:
    g = nx.relaxed_caveman_graph(12, 8, 0.1, seed=2)
    g.add_nodes_from(["lonely-1", "lonely-2"])
    first = spring_positions(list(g), list(g.edges))
    assert first == spring_positions(list(g), list(g.edges))
    pts = list(first.values())
    closest = min(math.dist(a, b) for i, a in enumerate(pts) for b in pts[i + 1 :])
    assert closest > 0.05
    edge = sum(math.dist(first[a], first[b]) for a, b in g.edges) / g.number_of_edges()
    spread = sum(math.dist(first[a], first[b]) for a in list(g)[:20] for b in list(g)[-20:]) / 400
    assert spread > 2 * edge, "connected nodes end up closer than unrelated ones"


@pytest.mark.parametrize("seed", range(6))
def test_grid_repulsion_equals_every_pair_within_two(seed: int) -> None:
    rnd = random.Random(seed)
    n, side = rnd.randint(2, 250), rnd.choice([0.5, 3.0, 25.0])
    xs = [rnd.uniform(-side, side) for _ in range(n)]
    ys = [rnd.uniform(-side, side) for _ in range(n)]
    xs[1], ys[1] = xs[0], ys[0]  # coincident points are pushed apart in a seeded direction
    found = layout._repulse_grid(xs, ys, random.Random(1))
    push, fx, fy = random.Random(1), [0.0] * n, [0.0] * n
    for a in range(n):
        for b in range(a + 1, n):
            ddx, ddy = xs[a] - xs[b], ys[a] - ys[b]
            d2 = ddx * ddx + ddy * ddy
            if d2 >= 4.0:
                continue
            if d2 < 1e-12:
                ddx, ddy, d2 = layout._push(ddx, ddy, push)
            fx[a], fy[a], fx[b], fy[b] = (
                fx[a] + ddx / d2,
                fy[a] + ddy / d2,
                fx[b] - ddx / d2,
                fy[b] - ddy / d2,
            )
    assert found[0] == pytest.approx(fx, abs=1e-9) and found[1] == pytest.approx(fy, abs=1e-9)


def test_places_are_fixed_by_longitude_and_latitude(tmp_path: Path) -> None:
    g = seed_graph()
    g.add_node("place:nowhere", name="Unknown village", type="Place")
    stats = render_places(g, tmp_path / "p.html", title="Places")
    page = parse(tmp_path / "p.html")
    data = page.data()
    nodes = {n["id"]: n for n in data["nodes"]}
    dam, homs, syria = nodes["place:damascus"], nodes["place:homs"], nodes["place:syria"]
    assert stats.layout == "geo" and data["options"]["physics"] == {"enabled": False}
    assert homs["y"] < dam["y"] and homs["x"] > dam["x"] and syria["x"] > homs["x"]
    assert dam["fixed"] == {"x": True, "y": True} and "fixed" not in nodes["event:drill-homs"]
    meeting = nodes["event:meeting-damascus"]
    assert math.dist((meeting["x"], meeting["y"]), (dam["x"], dam["y"])) == pytest.approx(
        RING, abs=0.2
    )
    assert data["grid"]["step"] > 0 and data["grid"]["lonMin"] < 36.27 < 39 < data["grid"]["lonMax"]
    assert data["meta"]["unplaced"] == 1 and "rows under the map" in page.texts["ag-unplaced"]
    assert nodes["place:nowhere"]["y"] > max(
        n["y"] for k, n in nodes.items() if k != "place:nowhere"
    )


def test_empty_graph_still_writes_a_page(tmp_path: Path) -> None:
    for fn in (render_network, render_places):
        stats = fn(nx.MultiDiGraph(), tmp_path / f"{fn.__name__}.html", title="empty")
        assert (stats.nodes, stats.edges) == (0, 0)
        check_offline(stats.path)
    assert render_timeline([], tmp_path / "t.html", title="none").nodes == 0


# ---------------------------------------------------------------------------- the checker itself
@pytest.mark.parametrize(
    "html",
    [
        '<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap.min.css">',
        '<script src="../node_modules/vis/dist/vis-network.min.js"></script>',
        '<script src="//cdn.example/x.js"></script>',
        "<style>.a{background:url(https://x.example/a.png)}</style>",
        "<style>@import 'other.css';</style>",
        "<div style=\"background-image: url('img/a.png')\"></div>",
        '<img srcset="data:image/png;base64,AA 1x, https://x.example/b.png 2x">',
        '<iframe src="about:blank"></iframe>',
        '<meta http-equiv="refresh" content="0; url=https://x.example/">',
        '<svg><image xlink:href="https://x.example/c.svg"/></svg>',
    ],
)
def test_offline_checker_catches_resources(html: str) -> None:
    assert external_references(f"<html><head>{html}</head><body></body></html>")


def test_offline_checker_allows_data_and_fragments() -> None:
    ok = (
        '<style>.a{background:url("data:image/png;base64,AA==")}</style><a href="#ev-1">x</a>'
        '<script type="application/json" id="d">{"url":"https://news.example/a"}</script>'
    )
    assert external_references(ok) == []


def test_pyvis_in_line_output_is_not_offline(tmp_path: Path) -> None:
    """Why we write our own page: pyvis's cdn_resources="in_line" still links out."""
    from pyvis.network import Network

    net = Network(cdn_resources="in_line")
    net.add_node(1, label="a")
    problems = external_references(net.generate_html())
    assert any("bootstrap" in p for p in problems) or any("http" in p for p in problems)


def test_json_block_cannot_be_closed_from_inside() -> None:
    block = json_script({"a": "</script><!--", "b": "\u2028"}, "x")
    assert block.count("</script>") == 1 and "<!--" not in block
    inner = block.split(">", 1)[1].rsplit("<", 1)[0]
    assert json.loads(inner) == {"a": "</script><!--", "b": "\u2028"}


def test_meeting_edges_say_where_and_when(tmp_path: Path) -> None:
    render_network(meetings_graph(), tmp_path / "m.html", title="Meetings")
    page = parse(tmp_path / "m.html")
    data = page.data()
    by_ends = {(e["from"], e["to"]): e for e in data["edges"]}
    first = by_ends[("person:a", "person:b")]
    assert first["label"] == "Baghdad, 2024-02-11"
    assert first["title"].splitlines()[0] == "Baghdad, 2024-02-11"
    assert "2023-12-31" not in first["label"]  # the report's date stays in the sources
    week = by_ends[("person:b", "person:c")]
    assert week["label"] == "Baghdad, 2024-W31" and week["days"] == ["2024-07-29", "2024-08-04"]
    assert by_ends[("person:a", "organization:d")]["label"] == "Tehran"
    assert by_ends[("person:c", "organization:d")]["label"] == "2024-03"
    controls = {attrs.get("id") for _, attrs in page.tags}
    assert {"ag-since", "ag-until", "ag-place"} <= controls
    options = [a.get("value") for t, a in page.tags if t == "option"]
    assert options == ["", "Baghdad", "Damascus", "Tehran"]
    plain = parse(render_network(seed_graph(), tmp_path / "s.html", title="Seed").path)
    assert "ag-place" not in {attrs.get("id") for _, attrs in plain.tags}  # nothing to filter


def inside(point: tuple[float, float], rings: Any) -> bool:
    """Even-odd rule over all of a country's rings (holes included)."""
    x, y, hit = *point, False
    for ring in rings:
        for (x1, y1), (x2, y2) in zip(ring, [*ring[1:], ring[0]], strict=True):
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                hit = not hit
    return hit


def test_country_outlines_put_cities_in_their_countries() -> None:
    world = {c.name: c for c in basemap.countries()}
    assert len(world) >= 170
    cities = {"Syria": (36.28, 33.51), "Iraq": (44.37, 33.31), "France": (2.35, 48.86)}
    cities["Lebanon"] = (35.5, 33.89)
    for country, city in cities.items():
        assert inside(city, world[country].rings), country
        assert not inside(city, world["Iran"].rings)


def test_places_map_draws_the_countries_around_its_places(tmp_path: Path) -> None:
    render_places(seed_graph(), tmp_path / "p.html", title="Places")
    data = parse(tmp_path / "p.html").data()
    drawn = {c["name"] for c in data["basemap"]}
    assert {"Syria", "Lebanon", "Iraq", "Turkey"} <= drawn and not {"Brazil", "Japan"} & drawn
    grid, syria = data["grid"], next(c for c in data["basemap"] if c["name"] == "Syria")
    x, y = (36.2765 - grid["lon0"]) * grid["kx"], -(33.5138 - grid["lat0"]) * grid["ky"]
    rings = [list(zip(r[::2], r[1::2], strict=True)) for r in syria["rings"]]
    assert inside((x, y), rings)  # outlines and places share one projection
    dam = next(n for n in data["nodes"] if n["id"] == "place:damascus")
    assert (dam["x"], dam["y"]) == pytest.approx((x, y), abs=0.2)
    assert basemap_size(data) < 60_000


def basemap_size(data: dict[str, Any]) -> int:
    return len(json.dumps(data["basemap"]))


def colocated_graph() -> nx.MultiDiGraph:
    """Two towns 30 km apart with seven meetings each, and one far away."""
    g = nx.MultiDiGraph()
    towns = {"place:east": (35.9, 33.8), "place:west": (35.6, 33.9), "place:south": (44.2, 15.4)}
    for place, (lon, lat) in towns.items():
        g.add_node(place, name=place.split(":")[1].title(), type="Place", lat=lat, lon=lon)
    g.add_node("person:envoy", name="Test Envoy", type="Person")
    for i in range(15):
        event, place = f"event:m{i}", ("place:east", "place:west", "place:south")[i % 2 + (i == 14)]
        g.add_node(event, name=f"Meeting {i}", type="Event", kind="Meeting", date="2024-01-01")
        g.add_edge(event, place, type="AT")
        if i in (0, 3, 14):  # two meetings in the north, one in the south
            g.add_edge("person:envoy", event, type="PARTICIPATED_IN")
    return g


def test_colocated_events_spread_and_actors_stay_where_they_met(tmp_path: Path) -> None:
    render_places(colocated_graph(), tmp_path / "p.html", title="Crowded")
    nodes = {n["id"]: (n["x"], n["y"]) for n in parse(tmp_path / "p.html").data()["nodes"]}
    loose = [n for n in nodes if not n.startswith("place:")]
    closest = min(math.dist(nodes[a], nodes[b]) for a in loose for b in nodes if a != b)
    assert closest >= SPREAD * 0.9
    envoy, south = nodes["person:envoy"], nodes["place:south"]
    north = min(math.dist(envoy, nodes[p]) for p in ("place:east", "place:west"))
    midway = ((nodes["place:east"][0] + south[0]) / 2, (nodes["place:east"][1] + south[1]) / 2)
    assert north < math.dist(envoy, south) / 4 and north < math.dist(envoy, midway) / 2


def test_weak_edges_are_dashed_faded_and_explained(tmp_path: Path) -> None:
    g = nx.MultiDiGraph()
    for key in "abcdef":
        g.add_node(f"person:{key}", name=f"Person {key.upper()}", type="Person")
    graded = source("A met B.", "Wire", report="r1")
    unknown = source("A met C.", "Blog", report="r2", reliability="F", credibility=3)
    ungraded = source("A met D.", "Post", report="r3", reliability=None, credibility=None)
    doubtful = source("A met E.", "Wire", report="r4", credibility=5)
    second = source("A met F again.", "Daily", report="r6", reliability="F", credibility=2)
    edges = {
        "b": [graded],  # one source, graded B2: solid
        "c": [unknown],  # one source, reliability F: weak
        "d": [ungraded],  # one source, no grades at all: weak
        "e": [doubtful],  # graded publisher, credibility 5: weak
        "f": [unknown, second],  # two unknown publishers corroborate: solid
    }
    for key, sources in edges.items():
        g.add_edge("person:a", f"person:{key}", type="MET_WITH", sources=sources)
    render_network(g, tmp_path / "w.html", title="Weak")
    page = parse(tmp_path / "w.html")
    by_to = {e["to"]: e for e in page.data()["edges"]}
    weak = {k[-1] for k, e in by_to.items() if e.get("dashes")}
    assert weak == {"c", "d", "e"}
    for key, edge in by_to.items():
        faded = isinstance(edge["color"], dict) and edge["color"]["opacity"] < 1
        assert faded == (key[-1] in weak) == ("Weak:" in edge["title"]) == ("weak" in edge)
    assert "low credibility (5: improbable)" in by_to["person:e"]["weak"]
    unknown_source = "one source, of unknown reliability"
    assert by_to["person:c"]["weak"] == by_to["person:d"]["weak"] == unknown_source
    legend = page.texts["ag-legend"]
    assert "dashed, faded: low credibility (4-6), or one source of unknown reliability" in legend
    render_network(meetings_graph(), tmp_path / "s.html", title="Solid")  # all graded B2
    assert "dashed" not in parse(tmp_path / "s.html").texts["ag-legend"]
