"""Output that cannot be turned against its reader (issue 11, low): control characters from
the graph never reach the terminal, CSV cells are not spreadsheet formulas, and extract
replaces a link at its output path instead of writing through it."""

from __future__ import annotations

import json
from pathlib import Path

from actorgraph.graph.falkor import FalkorStore
from tests.conftest import actorgraph

ESCAPES = "\x1b]0;owned\x07\x1b[2J\x9b31m"  # retitle, clear the screen, a C1 CSI


def test_control_characters_and_formulas_are_defused(falkor: FalkorStore) -> None:
    falkor.write("CREATE (:T {name: $name, n: -2})", {"name": f"=HYPERLINK(1){ESCAPES}Title"})
    args = ("--database", falkor.database, "cypher", "MATCH (t:T) RETURN t.name AS name, t.n AS n")
    table, csv, as_json = (actorgraph(falkor.home, *args, "--format", f) for f in
                           ("table", "csv", "json"))  # fmt: skip
    for done in (table, csv, as_json):
        assert done.returncode == 0, done.stderr
        assert not any(c in done.stdout for c in "\x1b\x07\x9b")
    assert csv.stdout.splitlines()[1] == "'=HYPERLINK(1)]0;owned[2J31mTitle,-2"
    assert json.loads(as_json.stdout)[0]["name"] == f"=HYPERLINK(1){ESCAPES}Title"


def test_extract_replaces_a_link_at_its_output(tmp_path: Path) -> None:
    report = tmp_path / "notes.txt"
    report.write_text("Notes\n\nOn 2 May 2024 Minister Nadia Brantis met Amir Kodravel in Oslo.\n")
    out, precious = tmp_path / "out", tmp_path / "precious.txt"
    out.mkdir()
    precious.write_text("keep me")
    (out / "notes.json").symlink_to(precious)
    done = actorgraph(tmp_path / "home", "extract", str(report), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert precious.read_text() == "keep me"
    assert not (out / "notes.json").is_symlink()
    assert json.loads((out / "notes.json").read_text())["entities"]
