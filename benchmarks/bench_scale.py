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
from actorgraph.ingest.dictionary import load
from actorgraph.ingest.extract import extract
from actorgraph.ingest.read import read_text
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


def peak_rss_mb() -> float:
    """This process's own peak resident memory (VmHWM: getrusage's ru_maxrss can carry the
    parent's high-water mark over fork and exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
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
    return [table]


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
