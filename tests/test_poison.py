"""Poison pills in a batch: every failure of one report (reading, extracting, writing) is
that report's failure, named with its file and a one-line reason; the rest goes in and the
exit code says that some failed. Run through the real command line on the real engine."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
from pathlib import Path

import pytest

from actorgraph.extract.report import extract
from actorgraph.graph.falkor import FalkorStore
from actorgraph.ingest.pipeline import IngestSummary, _write
from actorgraph.read.inputs import report_from_text
from actorgraph.resolve import grading
from actorgraph.resolve.resolver import Resolver

from .conftest import actorgraph

GOOD = {
    "good-1.txt": "Hassan Nasrallah met Ali Larijani in Beirut on Monday to discuss the border.",
    "good-2.txt": "Esmail Qaani travelled to Damascus and met Bashar al-Assad on 3 May 2024.",
}
FEED = [  # lines 2 and 3 are poison: a lone surrogate, a 5,000-digit number
    json.dumps({"title": "Wire one", "text": "Mohammad Javad Zarif met Sergey Lavrov in Moscow."}),
    '{"title": "bad \\ud800 title", "text": "Abbas Araghchi met Fuad Hussein in Baghdad."}',
    '{"date": %s, "text": "Hossein Salami met Mohammed al-Sudani in Baghdad."}' % ("7" * 5000),
    json.dumps({"text": "Ali Khamenei received Ismail Haniyeh in Tehran on Wednesday."}),
]
HTML = "<html><body><p>Qasem Soleimani met Hadi al-Amiri in Baghdad on Sunday.</p></body></html>"
NO_TRAFILATURA = "import sys; sys.modules['trafilatura'] = None  # a missing dependency"


def without_privileges() -> tuple[str, ...]:
    """root reads a chmod 000 file anyway: run as root without capabilities (setpriv)."""
    if os.geteuid() != 0:
        return ()
    if not shutil.which("setpriv"):
        pytest.skip("running as root and setpriv is missing: chmod 000 cannot deny a read")
    return ("setpriv", "--bounding-set=-all", "--inh-caps=-all", "--")


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """Good reports with five poison pills among them."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in GOOD.items():
        (folder / name).write_text(text)
    (folder / "feed.jsonl").write_text("\n".join(FEED) + "\n")
    (folder / "locked.txt").write_text("Qasem Soleimani met Nouri al-Maliki in Baghdad.")
    (folder / "locked.txt").chmod(0)
    (folder / "page.html").write_text(HTML)
    (folder / "sealed").mkdir()
    (folder / "sealed" / "inside.txt").write_text(
        "Ali Shamkhani met Mohammed bin Salman in Riyadh."
    )
    (folder / "sealed").chmod(0)
    return folder


def test_poison_pills_fail_alone_and_the_rest_goes_in(tmp_path: Path, batch: Path) -> None:
    home = tmp_path / "home"
    ran = actorgraph(
        home, "ingest", str(batch), "--format", "json",
        prelude=NO_TRAFILATURA, prefix=without_privileges(),
    )  # fmt: skip
    assert ran.returncode == 1, ran.stderr
    summary = json.loads(ran.stdout)
    failed = {Path(f["path"]).name: f["reason"] for f in summary["failures"]}
    assert set(failed) == {"feed.jsonl:2", "feed.jsonl:3", "locked.txt", "page.html", "sealed"}
    assert "surrogate" in failed["feed.jsonl:2"] and "digits" in failed["feed.jsonl:3"]
    assert "Permission denied" in failed["locked.txt"] and "trafilatura" in failed["page.html"]
    assert "cannot list folder: Permission denied" in failed["sealed"]
    assert all("\n" not in reason for reason in failed.values())
    assert summary["reports"] == 4
    with FalkorStore(home) as store:
        paths = {r["p"] for r in store.read("MATCH (r:Report) RETURN r.path AS p")}
    assert {Path(p).name for p in paths} == {
        "good-1.txt",
        "good-2.txt",
        "feed.jsonl:1",
        "feed.jsonl:4",
    }
    assert ran.stderr.strip().splitlines()[-1].startswith("error: ")


def test_a_report_the_engine_cannot_take_fails_alone(falkor: FalkorStore) -> None:
    """Any exception in one report's write (here: text no encoding holds) is its failure."""
    good = report_from_text("Hassan Nasrallah met Ali Larijani in Beirut on Monday.", path="a.txt")
    bad = report_from_text("Abbas Araghchi met Fuad Hussein in Baghdad.", path="b.txt")
    bad = dataclasses.replace(bad, title="half a character: \ud800")
    falkor.ensure_schema()
    summary = IngestSummary()
    _write(falkor, Resolver(falkor), [extract(bad), extract(good)], grading.load(), summary)
    assert summary.reports == 1
    assert [(p, r.split(":")[0]) for p, r in summary.failures] == [("b.txt", "write failed")]
    ids = {r["id"] for r in falkor.read("MATCH (r:Report) RETURN r.id AS id")}
    assert ids == {good.id}
