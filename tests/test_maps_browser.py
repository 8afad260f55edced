"""Maps in a real headless Chromium with the network cut off.

Each page is opened from ``file://`` in an offline context where every other request is
aborted and recorded; a test fails on any such request, console error, page error or
dialog. Skipped, with the reason printed, where Chromium or playwright is missing.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from actorgraph.maps import render_network, render_places, render_timeline

from .conftest import load_sibling

HERE = Path(__file__).parent
pytestmark = pytest.mark.browser


agb = load_sibling("browser")
fixtures = load_sibling("test_maps")
VIS_KINDS = ["network", "network-large", "network-hostile", "places", "meetings"]
ALL_KINDS = [*VIS_KINDS, "timeline", "timeline-hostile"]

CANVAS_INK = """() => {
  const c = document.querySelector('#ag-network canvas');
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let ink = 0;
  for (let i = 3; i < d.length; i += 16) if (d[i] > 0) ink++;
  return ink / (d.length / 16);
}"""


@pytest.fixture(scope="module")
def browser() -> Any:
    try:
        with agb.chromium() as started:
            yield started
    except agb.BrowserUnavailable as exc:
        print(f"browser tests skipped: {exc}")
        pytest.skip(str(exc))


@pytest.fixture(scope="module")
def maps(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Any]]:
    d = tmp_path_factory.mktemp("maps")
    hostile_events = [
        {**fixtures.EVENTS[0], "sentence": fixtures.HOSTILE, "place": fixtures.HOSTILE}
    ]
    made = {
        "network": render_network(fixtures.seed_graph(), d / "network.html", title="Qaani"),
        "network-large": render_network(fixtures.scored_graph(450), d / "large.html", title="450"),
        "network-hostile": render_network(
            fixtures.hostile_graph(), d / "hostile.html", title=fixtures.HOSTILE
        ),
        "places": render_places(fixtures.seed_graph(), d / "places.html", title="Places"),
        "meetings": render_network(fixtures.meetings_graph(), d / "meet.html", title="Met"),
        "timeline": render_timeline(fixtures.EVENTS, d / "timeline.html", title="Qaani"),
        "timeline-hostile": render_timeline(
            hostile_events, d / "t-hostile.html", title=fixtures.HOSTILE
        ),
    }
    return {kind: (stats.path, stats) for kind, stats in made.items()}


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_map_draws_offline_with_no_errors(
    kind: str, browser: Any, maps: dict, tmp_path: Path
) -> None:
    path, stats = maps[kind]
    is_vis = kind in VIS_KINDS
    with agb.visit(browser, path, wait_ready=is_vis) as seen:
        shot = tmp_path / f"{kind}.png"
        seen.page.screenshot(path=str(shot))
        meta = seen.page.evaluate("JSON.parse(document.getElementById('ag-data').textContent).meta")
        if is_vis:
            drawn = seen.page.evaluate("window.agDrawn()")
            written = seen.page.evaluate(
                "[agNetwork.body.data.nodes.length, agNetwork.body.data.edges.length]"
            )
            canvas_ink = seen.page.evaluate(CANVAS_INK)
        else:
            entries = seen.page.locator("li.ag-event").count()
            dots = seen.page.locator("#ag-overview circle").count()
        assert seen.problems() == []
        assert seen.page.evaluate("document.images.length") == 0
    summary = agb.png_summary(shot.read_bytes())
    assert summary["ink"] > 0.01 and summary["colours"] > 20, summary
    if is_vis:
        assert (
            drawn
            == {"nodes": stats.nodes, "edges": stats.edges}
            == {"nodes": meta["nodes"], "edges": meta["edges"]}
        )
        assert written == [stats.nodes, stats.edges]
        assert canvas_ink > 0.003
    else:
        assert entries == stats.nodes == meta["events"] and dots == meta["dated"]


def test_physics_stops_after_stabilising(browser: Any, maps: dict) -> None:
    with agb.visit(browser, maps["network"][0]) as seen:
        page = seen.page
        assert page.evaluate("agNetwork.physics.physicsEnabled") is False
        before = page.evaluate("agNetwork.getPositions()")
        page.wait_for_timeout(400)
        assert page.evaluate("agNetwork.getPositions()") == before
        assert seen.problems() == []


def test_search_by_alias_focuses_the_node(browser: Any, maps: dict) -> None:
    with agb.visit(browser, maps["network"][0]) as seen:
        page = seen.page
        page.fill("#ag-search", "ismail qaani")
        page.press("#ag-search", "Enter")
        assert page.evaluate("agNetwork.getSelectedNodes()") == ["person:esmail-qaani"]
        assert page.is_visible("#ag-details")
        assert "Esmail Qaani" in page.inner_text("#ag-details-body")
        page.fill("#ag-search", "no such actor")
        page.press("#ag-search", "Enter")
        assert page.inner_text("#ag-search-status") == "no match"
        assert seen.problems() == []


def test_type_filter_hides_and_shows_nodes(browser: Any, maps: dict) -> None:
    g = fixtures.seed_graph()
    people = [n for n, t in g.nodes(data="type") if t == "Person"]
    with agb.visit(browser, maps["network"][0]) as seen:
        page = seen.page
        page.uncheck('#ag-filters input[data-type="Person"]')
        hidden = page.evaluate("agDrawn()")
        page.check('#ag-filters input[data-type="Person"]')
        shown = page.evaluate("agDrawn()")
        assert hidden["nodes"] == len(g) - len(people)
        assert hidden["edges"] < shown["edges"] == g.number_of_edges()
        assert shown["nodes"] == len(g)
        assert seen.problems() == []


def test_hostile_text_shows_as_text_in_tooltips_and_details(browser: Any, maps: dict) -> None:
    with agb.visit(browser, maps["network-hostile"][0]) as seen:
        page = seen.page
        found = page.evaluate("q => agFind(q)", fixtures.HOSTILE + " alias")
        assert found == "person:hostile"
        details = page.inner_text("#ag-details-body")
        assert "alert(1)" in details and "<img src=x" in details
        assert page.evaluate("document.querySelectorAll('#ag-details-body *').length") == 0
        page.wait_for_timeout(400)  # the focus animation
        box = page.locator("#ag-network").bounding_box()
        dom = page.evaluate(
            "() => { const p = agNetwork.getPositions(['person:hostile'])['person:hostile'];"
            " return agNetwork.canvasToDOM(p); }"
        )
        page.mouse.move(box["x"] + dom["x"], box["y"] + dom["y"])
        page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
        tip = page.locator("div.vis-tooltip")
        assert "</script><script>alert(1)</script>" in tip.inner_text()
        assert (
            page.evaluate("document.querySelectorAll('div.vis-tooltip :not(br)').length") == 0
        )  # innerText adds br
        assert page.evaluate("document.images.length") == 0
        assert page.title() == fixtures.HOSTILE
        assert seen.problems() == []


def test_guard_sees_requests_a_page_makes(browser: Any, tmp_path: Path) -> None:
    """The request guard itself: a page with a CDN script and a relative file is caught."""
    page_file = tmp_path / "leaky.html"
    page_file.write_text(
        '<!DOCTYPE html><script src="https://cdn.example/vis.js"></script>'
        '<img src="../node_modules/vis/x.png"><script>window.agReady = true;</script>'
    )
    with agb.visit(browser, page_file) as seen:
        pass
    assert any("cdn.example" in url for url in seen.blocked)
    assert any("node_modules" in url for url in seen.blocked)


# What the test measures itself, from vis-network's drawn geometry (not the page's helpers):
# every node's shape and label box in page pixels, and the overlapping pairs of drawn labels.
NODE_BOXES = """() => {
  const net = agNetwork, out = [];
  for (const id of net.body.nodeIndices) {
    const n = net.body.nodes[id], b = n.shape.boundingBox, s = n.labelModule.size;
    const labelled = n.labelModule.elementOptions.label && s.width > 0;
    const lo = net.canvasToDOM({x: labelled ? Math.min(b.left, s.left) : b.left,
                                y: labelled ? Math.min(b.top, s.top) : b.top});
    const hi = net.canvasToDOM({x: labelled ? Math.max(b.right, s.left + s.width) : b.right,
                                y: labelled ? Math.max(b.bottom, s.top + s.height) : b.bottom});
    out.push({id, lo, hi});
  }
  const c = document.getElementById('ag-network');
  return {boxes: out, width: c.clientWidth, height: c.clientHeight};
}"""
LABEL_CLASHES = """() => {
  const boxes = [];
  for (const id of agNetwork.body.nodeIndices) {
    const n = agNetwork.body.nodes[id], s = n.labelModule.size;
    if (n.labelModule.elementOptions.label && s.width > 0)
      boxes.push([s.left, s.top, s.left + s.width, s.top + s.height]);
  }
  let clashes = 0;
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    if (a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]) clashes++;
  }
  return clashes;
}"""


@pytest.mark.parametrize("kind", VIS_KINDS)
def test_every_node_and_label_lies_inside_the_view(kind: str, browser: Any, maps: dict) -> None:
    with agb.visit(browser, maps[kind][0]) as seen:
        drawn = seen.page.evaluate(NODE_BOXES)
        assert seen.problems() == []
    cut = [
        b["id"]
        for b in drawn["boxes"]
        if b["lo"]["x"] < 0 or b["lo"]["y"] < 0
        or b["hi"]["x"] > drawn["width"] or b["hi"]["y"] > drawn["height"]
    ]  # fmt: skip
    assert len(drawn["boxes"]) == maps[kind][1].nodes and cut == []


@pytest.mark.parametrize("kind", ["network-large", "places"])
def test_labels_do_not_overlap_once_drawn(kind: str, browser: Any, maps: dict) -> None:
    """Both maps start with colliding labels (the page counted them before moving nodes)."""
    with agb.visit(browser, maps[kind][0]) as seen:
        before = seen.page.evaluate("window.agLabels.before")
        after = seen.page.evaluate(LABEL_CLASHES)
        unlabelled = seen.page.evaluate(
            "agNetwork.body.nodeIndices.filter(id => !agNetwork.body.nodes[id].labelModule"
            ".elementOptions.label)"
        )
        assert seen.problems() == []
    assert before > 0 and after == 0
    data = json.loads(re.search(r'id="ag-data">(.*?)</script>', maps[kind][0].read_text()).group(1))
    size = {n["id"]: n["size"] for n in data["nodes"]}
    kept = [size[n] for n in size if n not in set(unlabelled)]
    assert any(size[n] == max(size.values()) for n in size if n not in set(unlabelled))
    if unlabelled:  # where labels had to go, the less influential gave theirs up
        assert sum(size[n] for n in unlabelled) / len(unlabelled) < sum(kept) / len(kept)


def test_meetings_filter_by_date_range_and_place(browser: Any, maps: dict) -> None:
    with agb.visit(browser, maps["meetings"][0]) as seen:
        page = seen.page
        counts = {"all": page.evaluate("agDrawn()")}
        page.select_option("#ag-place", "Baghdad")
        counts["Baghdad"] = page.evaluate("agDrawn()")
        page.fill("#ag-since", "2024-07-30")  # inside the week 2024-W31 only
        counts["Baghdad, since 30 July"] = page.evaluate("agDrawn()")
        page.select_option("#ag-place", "")
        page.fill("#ag-since", "2024-03-01")
        page.fill("#ag-until", "2024-07-29")
        counts["March to 29 July"] = page.evaluate("agDrawn()")
        page.fill("#ag-since", "")
        page.fill("#ag-until", "")
        counts["cleared"] = page.evaluate("agDrawn()")
        shown = page.inner_text("#ag-count")
        assert seen.problems() == []
    assert counts == {
        "all": {"nodes": 4, "edges": 5},
        "Baghdad": {"nodes": 3, "edges": 2},
        "Baghdad, since 30 July": {"nodes": 2, "edges": 1},
        "March to 29 July": {"nodes": 4, "edges": 3},  # May, March, the week; not undated
        "cleared": {"nodes": 4, "edges": 5},
    }
    assert shown == "4 nodes, 5 edges shown"


BASEMAP_PIXELS = """(points) => {
  const data = JSON.parse(document.getElementById('ag-data').textContent), g = data.grid;
  agNetwork.body.data.nodes.update(data.nodes.map(n => ({id: n.id, hidden: true})));
  const at = (lon, lat) => ({x: (lon - g.lon0) * g.kx, y: -(lat - g.lat0) * g.ky});
  agNetwork.moveTo({position: at(38.8, 33), scale: 30 / g.ky, animation: false});  // 30 px/degree
  agNetwork.redraw();
  const canvas = document.querySelector('#ag-network canvas'), ctx = canvas.getContext('2d');
  const ratio = canvas.width / canvas.clientWidth;
  return points.map(([lon, lat]) => {
    const p = agNetwork.canvasToDOM(at(lon, lat));
    const d = ctx.getImageData(Math.round(p.x * ratio), Math.round(p.y * ratio), 1, 1).data;
    return '#' + [d[0], d[1], d[2]].map(v => v.toString(16).padStart(2, '0')).join('');
  });
}"""


def test_places_map_draws_country_outlines_offline(browser: Any, maps: dict) -> None:
    land = [(38.37, 34.12), (44.62, 31.37)]  # inside Syria and Iraq, off grid lines and names
    sea = [(33.12, 33.37), (34.12, 32.62)]  # the Mediterranean off Israel and Lebanon
    with agb.visit(browser, maps["places"][0]) as seen:
        colours = seen.page.evaluate(BASEMAP_PIXELS, [*land, *sea])
        style = seen.page.evaluate("window.agBasemap")
        assert seen.problems() == []
    assert colours == [style["land"]] * len(land) + [style["water"]] * len(sea)


def test_weak_edges_are_drawn_dashed_and_faded(browser: Any, maps: dict) -> None:
    """The seed's VISITED edge has one ungraded source; vis-network draws it as told."""
    with agb.visit(browser, maps["network"][0]) as seen:
        drawn = seen.page.evaluate(
            "Object.values(agNetwork.body.edges).map(e => [e.options.dashes,"
            " e.options.color.opacity, agNetwork.body.data.edges.get(e.id).type])"
        )
        legend = seen.page.inner_text("#ag-legend")
        assert seen.problems() == []
    weak = [(d, o) for d, o, t in drawn if t == "VISITED"]
    solid = [(d, o) for d, o, t in drawn if t != "VISITED"]
    assert weak == [(True, 0.4)] and set(solid) == {(False, 1)}
    assert "dashed, faded" in legend


def test_a_found_node_shows_the_label_it_gave_way(browser: Any, maps: dict) -> None:
    with agb.visit(browser, maps["network-large"][0]) as seen:
        page = seen.page
        hidden = page.evaluate(
            "agNetwork.body.nodeIndices.filter(id => !agNetwork.body.data.nodes.get(id).label)"
        )
        name = page.evaluate(f"agNetwork.body.data.nodes.get({json.dumps(hidden[0])}).name")
        assert page.evaluate("q => agFind(q)", name) == hidden[0]
        shown = page.evaluate(f"agNetwork.body.data.nodes.get({json.dumps(hidden[0])}).label")
        page.evaluate("() => { agNetwork.unselectAll(); agNetwork.emit('select', {nodes: []}); }")
        again = page.evaluate(f"agNetwork.body.data.nodes.get({json.dumps(hidden[0])}).label")
        assert seen.problems() == []
    assert shown == name and again == ""
