"""Map rendering benchmark: render time, HTML size and browser time-to-interactive.

Builds synthetic actor graphs of 500, 2,000 and 5,000 nodes (mixed node types, about 2.5
edges per node with preferential attachment, 1-3 evidence sentences per edge), renders
each with ``render_network`` (``max_nodes`` raised so every node is drawn), opens it in
headless Chromium offline and reports medians of 3 runs:

* render: wall time of ``render_network`` in Python (layout included);
* size: the HTML file;
* interactive: ``performance.now()`` when the page sets ``window.agReady`` (navigation
  start until the network is drawn, physics stopped and idle).

Also one row with in-browser physics at 300 nodes (the auto threshold), for comparison.

Then the maps the CLI draws from a real graph (``--graph-sizes``, relationships; built as
``bench_queries.py`` builds it, kept in ``--keep`` to measure again without rebuilding):
``map influence --param max_nodes=2000`` (issue 14: < 3 s at 100k), ``map ego`` (busiest
actor, depth 2, max_nodes=2000) and ``map meetings`` (busiest actor), each with the influence
scores of the network computed (cold: the cache folder emptied first) and read back (warm),
interleaved, ``--runs`` times; p50 / p95 in ms.

Not a test: it prints. Usage: ``python benchmarks/bench_maps.py [--runs 3] [--sizes ...]
[--graph-sizes 100000 ...] [--keep DIR]``
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import os
import platform
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from actorgraph.maps import render_network  # noqa: E402
from actorgraph.schema import SCHEMA  # noqa: E402

GRAPH_SIZES = (100_000,)
MAP_NODES = 2000  # issue 14: a 2,000-node influence map from the 100k graph in < 3 s
TYPES = (("Person", 0.45), ("Organization", 0.30), ("Place", 0.15), ("Event", 0.10))
WORDS = ("commander", "met", "officials", "in", "the", "capital", "and", "discussed", "support")
WORDS += ("for", "allied", "forces", "near", "the", "border", "during", "joint", "drills")


def load_browser_helper():
    spec = importlib.util.spec_from_file_location("ag_browser", ROOT / "tests" / "browser.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["ag_browser"] = module
    spec.loader.exec_module(module)
    return module


def synthetic_graph(n: int, seed: int = 1) -> nx.MultiDiGraph:
    """``n`` nodes, ~2.5 edges each, hubs by preferential attachment, schema-valid types."""
    rnd = random.Random(seed)
    g = nx.MultiDiGraph(title=f"synthetic {n}")
    kinds, weights = zip(*TYPES, strict=True)
    for i in range(n):
        ntype = rnd.choices(kinds, weights)[0]
        g.add_node(f"{SCHEMA.prefix(ntype).lower()}:n{i}", **node_attrs(rnd, ntype, i))
    ids, targets = list(g), []
    for i, node in enumerate(ids[1:], start=1):
        for _ in range(2 if rnd.random() < 0.5 else 3):
            other = rnd.choice(targets) if targets and rnd.random() < 0.7 else ids[rnd.randrange(i)]
            add_relation(g, rnd, node, other)
            targets += [node, other]
    return g


def node_attrs(rnd: random.Random, ntype: str, i: int) -> dict:
    attrs = {"name": f"{ntype} {i}", "type": ntype, "score": round(rnd.random() ** 3, 3)}
    if ntype == "Place":
        attrs.update(lat=round(rnd.uniform(29, 38), 3), lon=round(rnd.uniform(34, 48), 3))
    if ntype == "Event":
        attrs.update(
            kind=rnd.choice(list(SCHEMA.event_kinds)), date=f"2024-{rnd.randint(1, 12):02d}"
        )
    if rnd.random() < 0.3:
        attrs["aliases"] = [f"{ntype[:3]}-{i}"]
    return attrs


def add_relation(g: nx.MultiDiGraph, rnd: random.Random, u: str, v: str) -> None:
    tu, tv = g.nodes[u]["type"], g.nodes[v]["type"]
    allowed = [r for r in SCHEMA.relations if SCHEMA.allowed(r, tu, tv)] or ["SUPPORTS"]
    sources = [source(rnd) for _ in range(rnd.randint(1, 3))]
    g.add_edge(u, v, type=rnd.choice(allowed), count=len(sources), sources=sources)


def source(rnd: random.Random) -> dict:
    return {
        "sentence": " ".join(rnd.choices(WORDS, k=22)).capitalize() + ".",
        "title": f"Report {rnd.randint(1, 999)}",
        "date": f"2024-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
        "url": f"https://news.example/{rnd.randint(1, 10**6)}",
        "reliability": rnd.choice("ABCDEF"),
        "credibility": rnd.randint(1, 6),
    }


def machine() -> str:
    model = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        found = [
            ln.split(":", 1)[1].strip()
            for ln in cpuinfo.read_text().splitlines()
            if ln.startswith("model name")
        ]
        model = found[0] if found else model
    mem = ""
    if hasattr(os, "sysconf") and "SC_PHYS_PAGES" in os.sysconf_names:
        mem = f", {os.sysconf('SC_PHYS_PAGES') * os.sysconf('SC_PAGE_SIZE') / 2**30:.0f} GiB RAM"
    system = f"{platform.system()} {platform.release()}, Python {platform.python_version()}"
    return f"{os.cpu_count()} cores, {model}{mem}, {system}"


def measure(browser_mod, browser, g: nx.MultiDiGraph, out: Path, physics: bool | None) -> dict:
    t0 = time.perf_counter()
    stats = render_network(g, out, title=g.graph["title"], max_nodes=len(g), physics=physics)
    render_s = time.perf_counter() - t0
    with browser_mod.visit(browser, out, timeout_ms=300_000) as seen:
        tti_ms = seen.page.evaluate("window.agReadyAt")
        drawn = seen.page.evaluate("window.agDrawn()")
        problems = seen.problems()
    if drawn != {"nodes": stats.nodes, "edges": stats.edges} or problems:
        raise SystemExit(f"{out}: drawn {drawn} vs written {stats}; problems {problems}")
    return {"render": render_s, "size": out.stat().st_size, "tti": tti_ms / 1000, "stats": stats}


def graph_maps(store, out: Path) -> dict[str, Callable[[], object]]:
    """The maps of the CLI at the busiest actor, as ``actorgraph map`` draws them."""
    from actorgraph.maps import views
    from benchmarks.bench_queries import busiest, pools

    hub = busiest(pools(store))[0]
    return {
        f"map influence (max_nodes={MAP_NODES})": lambda: views.influence(
            store, out / "influence.html", max_nodes=MAP_NODES
        ),
        f"map ego (busiest actor, depth 2, max_nodes={MAP_NODES})": lambda: views.ego(
            store, out / "ego.html", hub, 2, max_nodes=MAP_NODES
        ),
        "map meetings (busiest actor)": lambda: views.meetings(store, out / "meetings.html", hub),
    }


def time_map(make: Callable[[], object], cache: Path | None, runs: int) -> dict[str, list]:
    """Cold (scores computed: the cache folder emptied) and warm (read back) times in ms,
    interleaved; the first call warms the engine's plan cache and is not counted."""
    times: dict[str, list] = {"cold": [], "warm": [], "nodes": []}
    make()
    for _ in range(runs):
        if cache is not None:
            shutil.rmtree(cache, ignore_errors=True)
        for mode in ("cold", "warm"):
            t0 = time.perf_counter()
            stats = make()
            times[mode].append((time.perf_counter() - t0) * 1000)
        times["nodes"].append(stats.nodes)
    return times


def graph_rows(sizes: list[int], runs: int, keep: Path | None) -> None:
    """Map generation from a real graph at each size, cold and warm score cache."""
    from actorgraph.graph import scores
    from actorgraph.graph.falkor import FalkorStore
    from benchmarks import bench_queries
    from benchmarks.common import engine_home, median, p95
    from benchmarks.world import load_world

    world = load_world()
    world.grow(len(world.actors) + max(sizes) // bench_queries.EDGES_PER_REPORT // 4)
    print(f"\nmaps from a real graph (bench_queries' builder), ms p50 / p95 of {runs} runs")
    print(f"{'map':<52} {'relationships':>13} {'cold':>17} {'warm':>17} {'nodes':>6}")
    with contextlib.ExitStack() as stack:
        home = keep or stack.enter_context(engine_home("ag-maps-"))
        store = stack.enter_context(FalkorStore(home, database="scale"))
        store.ensure_schema()
        growth = bench_queries.Growth(store, world)
        growth.written = report_count(store)  # a kept graph grows on from where it stopped
        for size in sizes:
            edges = growth.grow_to(size)
            for name, make in graph_maps(store, home / "maps").items():
                t = time_map(make, scores.folder_of(store), runs)
                cold, warm = (f"{median(t[m]):,.0f} / {p95(t[m]):,.0f}" for m in ("cold", "warm"))
                print(f"{name:<52} {edges:>13,} {cold:>17} {warm:>17} {t['nodes'][0]:>6,}")
        if keep is None:
            store.drop()


def report_count(store) -> int:
    return int(store.read("MATCH (r:Report) RETURN count(r) AS n")[0]["n"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", type=int, nargs="*", default=[500, 2000, 5000])
    parser.add_argument("--graph-sizes", type=int, nargs="*", default=list(GRAPH_SIZES))
    parser.add_argument("--keep", type=Path, help="build the real graph here and keep it")
    args = parser.parse_args()
    browser_mod = load_browser_helper()
    cases = [(300, True)] + [(n, None) for n in args.sizes]
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory() as tmp, browser_mod.chromium() as browser:
        print(f"browser: headless Chromium {browser.version} ({browser_mod.CHROMIUM}), offline")
        print(
            f"{'nodes':>6} {'edges':>6} {'layout':>11} {'render s':>9} {'HTML MB':>8} "
            f"{'interactive s':>14}"
        )
        for n, physics in cases:
            g = synthetic_graph(n)
            runs = [
                measure(browser_mod, browser, g, Path(tmp) / f"m{n}.html", physics)
                for _ in range(args.runs)
            ]
            s = runs[0]["stats"]
            med = {k: statistics.median(r[k] for r in runs) for k in ("render", "size", "tti")}
            print(
                f"{s.nodes:>6} {s.edges:>6} {s.layout:>11} {med['render']:>9.2f} "
                f"{med['size'] / 1e6:>8.2f} {med['tti']:>14.2f}"
            )
    print(
        f"median of {args.runs} runs each; "
        "interactive = navigation start to drawn, physics off, idle"
    )
    if args.graph_sizes:
        graph_rows(sorted(args.graph_sizes), args.runs, args.keep)


if __name__ == "__main__":
    main()
