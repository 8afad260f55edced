"""The built wheel installs whole: a fresh virtual environment outside the source tree, with
only the wheel installed (dependencies reached through a ``.pth`` to this environment's
site-packages, so no network is needed), ingests the sample reports with the same counts as
this (editable) install. Catches package data that lives only in the source tree."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def run(args: list[str], cwd: Path) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ACTORGRAPH_", "NEO4J_"))}
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def build_wheel(out: Path) -> Path:
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", str(ROOT), "-w", str(out)], out)
    (wheel,) = out.glob("actorgraph-*.whl")
    return wheel


def fresh_venv(where: Path, wheel: Path) -> Path:
    """A venv with the wheel installed and this environment's packages (not its editable
    actorgraph: the ``.pth`` files of a path added by a ``.pth`` are not run) behind it."""
    run([sys.executable, "-m", "venv", "--without-pip", str(where)], where.parent)
    python = where / "bin" / "python"
    pip = [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q"]
    run([*pip, str(wheel)], where.parent)
    site = run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], where)
    (Path(site.strip()) / "deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    return where / "bin"


def ingest_counts(actorgraph: Path, home: Path) -> dict[str, int]:
    args = [str(actorgraph), "--data-dir", str(home), "ingest", "--format", "json"]
    try:
        summary = json.loads(run([*args, str(ROOT / "seeds" / "reports")], home.parent))
    finally:  # the engine the ingest started is stopped with its test
        run([str(actorgraph), "--data-dir", str(home), "db", "stop"], home.parent)
    assert not summary["failures"]
    return {k: summary[k] for k in ("reports", "entities", "events", "relations")}


def test_wheel_installs_whole(tmp_path: Path) -> None:
    wheel = build_wheel(tmp_path)
    bin_dir = fresh_venv(tmp_path / "venv", wheel)
    where = run([str(bin_dir / "python"), "-c", "import actorgraph; print(actorgraph.__file__)"],
                tmp_path)  # fmt: skip
    assert where.startswith(str(tmp_path / "venv")), where
    probe = "from actorgraph.resolve import dictionary as d, grading as g; print(d.load().entries"
    probe += "['person:abdul-aziz-al-muhammadawi'].name, len(g.load().by_domain) > 0)"
    seeds = run([str(bin_dir / "python"), "-c", probe], tmp_path)
    assert seeds.split() == ["Abdul", "Aziz", "al-Muhammadawi", "True"]  # actors, publishers
    outlines = "from actorgraph.maps import basemap; print(len(basemap.countries()))"
    assert int(run([str(bin_dir / "python"), "-c", outlines], tmp_path)) >= 170  # map data
    installed = ingest_counts(bin_dir / "actorgraph", tmp_path / "home-wheel")
    editable = ingest_counts(Path(sys.executable).parent / "actorgraph", tmp_path / "home-edit")
    assert installed == editable  # the same dictionary, gazetteer and rules as the editable one
