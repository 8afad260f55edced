"""Write a synthetic corpus of reports, with the ground truth used to write them.

    python benchmarks/generate.py --reports 1000 --out /tmp/corpus --seed 1 [--format txt]

Layout: ``OUT/reports/NNN/NNNNNN.txt`` (1,000 files a folder; ``--format jsonl`` writes
feeds of 1,000 lines instead, ``mixed`` alternates), and ``OUT/truth.jsonl`` with one line a
report: its id (as ``actorgraph`` computes it), path, date, publisher, the entity ids it
names, its events (kind, sorted participants, place, date) and relations. Ingest
``OUT/reports`` (the truth file is outside it, so it is never read as a feed).
The same ``--seed`` writes the same corpus.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from actorgraph.read.inputs import report_id  # noqa: E402
from actorgraph.schema import SCHEMA  # noqa: E402
from benchmarks.stories import Story, compose  # noqa: E402
from benchmarks.world import World, load_world  # noqa: E402

START = dt.date(2023, 1, 1)
PER_FOLDER = 1000


def stories(world: World, count: int, seed: int) -> Iterator[Story]:
    rnd = random.Random(seed)
    for index in range(count):
        yield compose(world, rnd, index, START)


def header(story: Story) -> str:
    return (
        f"Title: {story.title}\nDate: {story.date}\nPublisher: {story.publisher.name}\n"
        f"URL: {story.url}\n\n"
    )


def feed_line(story: Story) -> str:
    record = {
        "title": story.title,
        "date": story.date,
        "publisher": story.publisher.name,
        "url": story.url,
        "text": story.body,
    }
    return json.dumps(record, ensure_ascii=False)


def truth(story: Story, path: str) -> dict[str, Any]:
    """What the report states, by id (symmetric relations with their ends in id order)."""
    events, relations = [], []
    for fact, _, _ in story.facts:
        if fact.kind in SCHEMA.event_kinds:
            participants = sorted({*fact.subject, *(fact.object if fact.kind != "Visit" else ())})
            events.append(
                {
                    "kind": fact.kind,
                    "participants": participants,
                    "place": fact.place,
                    "date": fact.date,
                }
            )
            if fact.kind == "Visit":
                relations.append(_relation(fact.subject[0], "VISITED", fact.place or ""))
        else:
            relations.append(_relation(fact.subject[0], fact.kind, fact.object[0]))
    return {
        "report": report_id(story.body)[0],
        "path": path,
        "title": story.title,
        "date": story.date,
        "publisher": story.publisher.name,
        "words": len(story.body.split()),
        "entities": sorted(story.entity_ids()),
        "events": events,
        "relations": relations,
    }


def _relation(subject: str, predicate: str, obj: str) -> dict[str, str]:
    if SCHEMA.relations[predicate].symmetric and obj < subject:
        subject, obj = obj, subject
    return {"subject": subject, "predicate": predicate, "object": obj}


def write_corpus(out: Path, count: int, seed: int = 1, fmt: str = "txt") -> dict[str, Any]:
    """Write the corpus; return a summary (reports, words, files, actor source)."""
    world = load_world()
    reports = out / "reports"
    reports.mkdir(parents=True, exist_ok=True)
    words = 0
    feeds: dict[Path, list[str]] = {}
    with (out / "truth.jsonl").open("w", encoding="utf-8") as truth_file:
        for index, story in enumerate(stories(world, count, seed)):
            folder = reports / f"{index // PER_FOLDER:03d}"
            as_feed = fmt == "jsonl" or (fmt == "mixed" and index % 2)
            if as_feed:
                path = folder / f"feed-{index // PER_FOLDER:03d}.jsonl"
                feeds.setdefault(path, []).append(feed_line(story))
                where = f"{path.relative_to(out)}:{len(feeds[path])}"
            else:
                path = folder / f"{index:06d}.txt"
                folder.mkdir(exist_ok=True)
                path.write_text(header(story) + story.body + "\n", encoding="utf-8")
                where = str(path.relative_to(out))
            record = truth(story, where)
            words += record["words"]
            truth_file.write(json.dumps(record, ensure_ascii=False) + "\n")
    for path, lines in feeds.items():
        path.parent.mkdir(exist_ok=True)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"reports": count, "words": words, "actors": world.source, "folder": str(reports)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=1000, help="how many (100 to 100,000)")
    parser.add_argument("--out", type=Path, required=True, help="output folder")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--format", choices=["txt", "jsonl", "mixed"], default="txt")
    args = parser.parse_args(argv)
    summary = write_corpus(args.out, args.reports, args.seed, args.format)
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
