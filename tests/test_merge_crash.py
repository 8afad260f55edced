"""kill -9 of ``merge`` and ``unmerge`` part-way through re-projection, on the real engine:
just after the judgement and its markers are written, after the first report is retracted
and after the last one is (those reports are then missing from the graph). The next writer
(here an ingest of an empty folder) completes the work: the graph is then the graph of an
uninterrupted merge (or unmerge). And merge then unmerge gives back the graph as it was."""

from __future__ import annotations

import json
import signal
from pathlib import Path

import pytest

from actorgraph.graph.falkor import FalkorStore
from actorgraph.graph.store import GraphStore
from actorgraph.ingest.pipeline import ingest
from actorgraph.resolve import judgements

from .conftest import FIXTURES, actorgraph
from .test_failures import Dump, assert_same_graph, canonical
from .test_judgements import KEEP, OTHER

REPORTS = [FIXTURES / "meeting.txt", FIXTURES / "page.html", FIXTURES / "feed.jsonl"]
CRASH = """
import os, signal
from actorgraph.graph import retract
real, calls = retract.retract, []
def killed(store, report_id):
    calls.append(report_id)
    if len(calls) == {at} and {before}:
        os.kill(os.getpid(), signal.SIGKILL)
    real(store, report_id)
    if len(calls) == {at}:
        os.kill(os.getpid(), signal.SIGKILL)
retract.retract = killed
"""
POINTS = {"before-the-first-retraction": (1, True), "after-the-first-retraction": (1, False),
          "after-the-last-retraction": (-1, False)}  # fmt: skip


def graph(store: GraphStore) -> tuple[Dump, list[tuple[str, str, bool]]]:
    """The canonical graph without judgement nodes, and the judgements' states apart (their
    ids and times differ from run to run)."""
    nodes, edges = canonical(store)
    kept = [n for n in nodes if "Judgement" not in json.loads(n)[0]]
    rows = judgements.judgements(store)
    states = sorted((r["source"], r["target"], r["active"]) for r in rows)
    return (kept, [e for e in edges if json.loads(e)[1] != "ABOUT"]), states


def count(store: GraphStore, label: str) -> int:
    return int(store.read(f"MATCH (n:{label}) RETURN count(n) AS n")[0]["n"])


@pytest.fixture(scope="module")
def expected(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Dump, list]]:
    """The graphs of an uninterrupted merge, and of a merge then unmerge."""
    with FalkorStore(tmp_path_factory.mktemp("clean-merge")) as store:
        ingest(store, REPORTS)
        judgements.merge(store, KEEP, OTHER, "same actor")
        merged = graph(store)
        judgements.unmerge(store, KEEP, OTHER)
        return {"merge": merged, "unmerge": graph(store)}


@pytest.mark.parametrize("command", ["merge", "unmerge"])
@pytest.mark.parametrize("point", list(POINTS))
def test_a_killed_merge_is_completed_by_the_next_writer(
    tmp_path: Path, expected: dict[str, tuple[Dump, list]], command: str, point: str
) -> None:
    with FalkorStore(tmp_path) as store:
        ingest(store, REPORTS)
        if command == "unmerge":
            judgements.merge(store, KEEP, OTHER, "same actor")
        marked = judgements.naming(store, OTHER)  # the reports written again
        if command == "unmerge":
            marked = judgements.sharing(store, marked)
        at, before = POINTS[point]
        at = len(marked) if at == -1 else at
        merging = [KEEP, OTHER, "--reason", "same actor", "--force"]  # two people of the dictionary
        args = merging if command == "merge" else [KEEP, OTHER]
        reports = count(store, "Report")
        crash = CRASH.format(at=at, before=before)
        killed = actorgraph(tmp_path, command, *args, prelude=crash)
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        assert count(store, "Pending") == len(marked)
        assert count(store, "Report") == reports - (0 if before else at)  # retracted, not back
        (tmp_path / "nothing-new").mkdir()
        again = actorgraph(tmp_path, "ingest", str(tmp_path / "nothing-new"))
        assert again.returncode == 0, again.stderr
        assert count(store, "Pending") == 0 and count(store, "Report") == reports
        (got, states), (want, want_states) = graph(store), expected[command]
        assert states == want_states
        assert_same_graph(got, want)


SEEDS = Path(__file__).resolve().parents[1] / "seeds" / "reports"
SOURCE, TARGET = "person:esmail-qaani", "person:abdul-aziz-al-muhammadawi"  # both in report 2


def edges(store: GraphStore, entity: str) -> int:
    rows = store.read("MATCH (n:Entity {id: $id})-[r]-() RETURN count(r) AS n", {"id": entity})
    return int(rows[0]["n"])


def test_a_merge_between_two_batches_of_an_ingest_holds_for_the_rest(tmp_path: Path) -> None:
    """A merge run by another process while an ingest is between two batches (here after
    the second of six reports; four more name the merged actor): the batches written after
    it follow the merge, as if the merge had come after the whole ingest."""
    merged: list[int] = []

    def merge_once(_: int) -> None:
        if not merged and count_of(SOURCE) and count_of(TARGET):
            ran = actorgraph(tmp_path, "merge", TARGET, SOURCE, "--reason", "test", "--force")
            merged.append(ran.returncode)

    with FalkorStore(tmp_path) as store:
        count_of = lambda entity: edges(store, entity)  # noqa: E731
        summary = ingest(store, [SEEDS], batch=1, progress=merge_once)
        assert merged == [0] and summary.reports > 2
        assert edges(store, SOURCE) == 0, "reports written after the merge ignored it"
        during = graph(store)
    with FalkorStore(tmp_path / "after") as store:
        ingest(store, [SEEDS])
        judgements.merge(store, TARGET, SOURCE, "test")
        assert_same_graph(during[0], graph(store)[0])


# pairs whose merge then unmerge left traces before (events, lastSeen, aliases of shared edges)
PAIRS = [
    ("person:abdul-aziz-al-muhammadawi", "person:abdul-malik-al-houthi"),
    ("person:abdul-malik-al-houthi", "person:abdul-aziz-al-muhammadawi"),
    ("person:abdul-aziz-al-muhammadawi", "person:mohammed-shia-al-sudani"),
    ("person:mohammed-shia-al-sudani", "person:esmail-qaani"),
    ("person:ali-bagheri-kani", "person:hossein-amir-abdollahian"),
    (KEEP, OTHER),
]


def test_merge_then_unmerge_gives_back_the_graph_exactly(falkor: FalkorStore) -> None:
    """Every node and edge with every property (but the time of writing) as before."""
    ingest(falkor, [SEEDS, FIXTURES])
    before = graph(falkor)[0]
    for target, source in PAIRS:
        judgements.merge(falkor, target, source, "test")
        judgements.unmerge(falkor, target, source)
        assert_same_graph(graph(falkor)[0], before)
