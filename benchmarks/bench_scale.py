"""Extraction as reports grow: time and peak memory per report size, long reports beside
short ones, one sentence naming hundreds of people, hard-wrapped text beside the same text
unwrapped. Each case runs in a fresh process so that its peak resident memory is its own.

    python benchmarks/bench_scale.py [--sizes 0.1,1,10] [--runs 1]

Work per report should grow linearly: the words/s column stays flat as sizes grow. Times are
the extracting process's CPU time, which other load on a shared machine does not inflate.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import Table, median  # noqa: E402

CASE = r"""
import json, sys, time
sys.path.insert(0, {root!r})
from actorgraph.resolve.dictionary import load
from actorgraph.extract.report import extract
from actorgraph.read.inputs import read_text
from benchmarks.bench_scale import make, peak_rss_mb
load()
for warm in make("short", 20):  # caches of word frequencies and names, as in a long run
    extract(read_text(warm, "warm.txt"))
texts = make({kind!r}, {size!r})
start = time.process_time()  # CPU time: steady on a shared, busy machine
found = [extract(read_text(t, f"case-{{i}}.txt")) for i, t in enumerate(texts)]
seconds = time.process_time() - start
peak = peak_rss_mb()
words = sum(len(t.split()) for t in texts)
events = sum(len(x.events) for x in found)
print(json.dumps({{"seconds": seconds, "peak_mb": peak, "words": words, "events": events}}))
"""

# One joint meeting of many people, extracted and written into a fresh embedded engine: the
# ingesting process's and the engine's peak memory, and the MET_WITH edges written.
INGEST = r"""
import json, sys, tempfile, time
from pathlib import Path
sys.path.insert(0, {root!r})
from actorgraph.graph.engine import Engine
from actorgraph.graph.falkor import FalkorStore
from actorgraph.ingest.pipeline import ingest
from benchmarks.bench_scale import joint_meeting, peak_rss_mb
with tempfile.TemporaryDirectory() as home:
    report = Path(home, "summit.txt")
    report.write_text(joint_meeting({size!r}))
    with FalkorStore(Path(home, "data")) as store:
        start = time.process_time()
        ingest(store, [report])
        seconds = time.process_time() - start
        pairs = store.read("MATCH ()-[m:MET_WITH]->() RETURN count(m) AS n")[0]["n"]
        events = store.read("MATCH (e:Event) RETURN count(e) AS n")[0]["n"]
        pid = int(Path(home, "data/engine/redis.pid").read_text().split()[0])
        engine = peak_rss_mb(pid)
    Engine(Path(home, "data")).stop()  # before its folder goes: it writes on shutdown
print(json.dumps({{"seconds": seconds, "peak_mb": peak_rss_mb(), "engine_mb": engine,
                  "pairs": pairs, "events": events}}))
"""


def peak_rss_mb(pid: int | str = "self") -> float:
    """This process's own peak resident memory, or process ``pid``'s (VmHWM: getrusage's
    ru_maxrss can carry the parent's high-water mark over fork and exec)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def stories(count: int, seed: int = 5) -> list[str]:
    import random

    from benchmarks.generate import START
    from benchmarks.stories import compose
    from benchmarks.world import load_world

    world, rnd = load_world(), random.Random(seed)
    return [compose(world, rnd, i, START).body for i in range(count)]


def report_of(megabytes: float, seed: int = 5) -> str:
    """One report of about ``megabytes`` MB of synthetic story paragraphs, none repeated."""
    body: list[str] = []
    size, batch = 0, 0
    while size < megabytes * 1_000_000:
        for story in stories(200, seed=seed * 1000 + batch):
            body.append(story)
            size += len(story) + 2
            if size >= megabytes * 1_000_000:
                break
        batch += 1
    return "A long synthetic report\n" + "\n\n".join(body) + "\n"


def one_sentence(names: int) -> str:
    people = ", ".join(f"Delegate Kavo{i:04d} Trelmaniak{i:04d}" for i in range(names))
    return f"Summit report\nThe summit in Geneva brought together {people} and the host.\n"


SYLLABLES = ["ka", "lo", "ve", "ri", "ta", "mu", "de", "so", "ni", "ba", "ge", "zu"]
GIVEN = ["Ahmed", "John", "Maria", "Omar", "Elena", "Karim", "Sofia", "David", "Layla", "Ivan"]


def joint_meeting(names: int) -> str:
    """One sentence: a joint meeting of ``names`` invented people (one meeting event)."""

    def person(i: int) -> str:
        a, b, c = (SYLLABLES[(i // 12**k) % 12] for k in range(3))
        return f"{GIVEN[i % 10]} {(a + b + c + 'vski').capitalize()}"

    people = ", ".join(person(i) for i in range(1, names))
    return (
        "Summit report\n\nOn 3 May 2024 President Amir Kodrani held a joint meeting with "
        f"{people} in Geneva.\n"
    )


def make(kind: str, size: float) -> list[str]:
    if kind == "report":
        return [report_of(size)]
    if kind == "long":  # ~5,000 words each
        return [report_of(0.035, seed=11 + i) for i in range(int(size))]
    if kind == "short":
        pool = stories(int(size), seed=7)
        return ["A short synthetic report\n" + s + "\n" for s in pool]
    if kind == "wrapped":
        return [_wrap(t) for t in make("short", size)]
    return [one_sentence(int(size))]


def _wrap(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        lines.extend(textwrap.wrap(line, 65, break_on_hyphens=False) or [""])
    return "\n".join(lines)


def measure(kind: str, size: float) -> dict[str, float]:
    root = str(Path(__file__).resolve().parents[1])
    code = CASE.format(root=root, kind=kind, size=size)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{kind} {size}: {done.stderr.strip().splitlines()[-1:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(sizes: tuple[float, ...] = (0.1, 1, 10), runs: int = 1) -> list[Table]:
    table = Table(
        f"Extraction as reports grow (one process per case, median of {runs} run(s))",
        ["case", "words", "CPU s", "words/s", "peak RSS MB", "events"],
    )
    cases = [("report", s, f"one report of {s:g} MB") for s in sizes]
    cases += [("short", 200, "200 short reports (~300 words)"),
              ("long", 10, "10 long reports (~5,000 words)"),
              ("wrapped", 200, "the 200 short reports hard-wrapped at 65"),
              ("sentence", 500, "one sentence naming 500 people")]  # fmt: skip
    for kind, size, label in cases:
        results = [measure(kind, size) for _ in range(runs)]
        seconds = median([r["seconds"] for r in results])
        words = results[0]["words"]
        table.add(label, words, seconds, words / seconds, median([r["peak_mb"] for r in results]),
                  results[0]["events"])  # fmt: skip
        table.figures[f"scale_{kind}_{size:g}_words_s"] = words / seconds
    table.notes.append("peak RSS includes the interpreter, the dictionary and the gazetteer")
    table.notes.append(
        "every report is made of stories composed for it (synthetic stories from seeds/); "
        "words/s must not fall as sizes grow"
    )
    return [table, _ingest_table()]


def measure_ingest(names: int) -> dict[str, float]:
    root = str(Path(__file__).resolve().parents[1])
    done = subprocess.run([sys.executable, "-c", INGEST.format(root=root, size=names)],
                          capture_output=True, text=True)  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"ingest {names}: {done.stderr.strip().splitlines()[-1:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _ingest_table() -> Table:
    table = Table(
        "One sentence naming many people (a joint meeting), ingested into a fresh engine",
        ["people", "CPU s", "ingest peak RSS MB", "engine peak RSS MB", "MET_WITH edges"],
    )
    for names in (20, 500):
        result = measure_ingest(names)
        table.add(names, result["seconds"], result["peak_mb"], result["engine_mb"],
                  result["pairs"])  # fmt: skip
        table.figures[f"scale_ingest_{names}_peak_mb"] = result["peak_mb"]
    table.notes.append(
        "a meeting keeps its participants on the event (PARTICIPATED_IN); pair edges only up "
        "to MET_WITH.pairs_up_to participants (schema.toml)"
    )
    return table


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0.1,1,10", help="report sizes in MB")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args(argv)
    sizes = tuple(float(s) for s in args.sizes.split(","))
    for table in run(sizes, args.runs):
        print(table.render())


if __name__ == "__main__":
    main()
