"""Imported actor lists (CSV and FollowTheMoney JSON lines) and publisher grades, in a
temporary data folder: their names resolve (their grades apply) in reports ingested into the
real embedded engine, importing again changes nothing, removing the list undoes it, bad rows
fail alone."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import actorgraph.commands  # noqa: F401 - registers the sub-commands
from actorgraph.cli import cli
from actorgraph.errors import InputError
from actorgraph.extract.report import extract
from actorgraph.graph.falkor import FalkorStore
from actorgraph.ingest.pipeline import ingest
from actorgraph.read.inputs import report_from_text
from actorgraph.resolve import grading
from actorgraph.resolve.dictionary import load
from actorgraph.resolve.lists import import_list, list_names, remove_list

CSV = """name,type,aliases,country,affiliations
Abu Zaynab al-Testawi,Person,Abu Zaynab;Zaynab al-Testawi,IQ,MEMBER_OF:Kata'ib Hezbollah
Brigade of the Test Banner,Organization,Test Banner Brigade,IQ,
,Person,,,
Wrong Country,Person,,IRQ,
Camp Testfield,Place,,IQ,
"""
FTM = [
    {"id": "os-1", "schema": "Person", "properties": {"name": ["Kazem Testpour"],
     "alias": ["Kazim Testpur"], "weakAlias": ["Kazem", "Hajj Kazem"], "country": ["ir"],
     "topics": ["sanction"]}},
    {"id": "os-2", "schema": "LegalEntity", "properties": {"name": ["Testpour Trading LLC"]}},
    {"id": "os-3", "schema": "Vessel", "properties": {"name": ["MV Test"]}},
]  # fmt: skip
REPORT = (
    "Abu Zaynab met Kazim Testpur in Baghdad on 3 May 2024, officials said. "
    "Hajj Kazem later told the Test Banner Brigade to prepare."
)
ZAYNAB, KAZEM = "person:abu-zaynab-al-testawi", "person:kazem-testpour"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("ACTORGRAPH_HOME", str(tmp_path / "home"))
    load.cache_clear()
    grading.load.cache_clear()
    yield tmp_path / "home"
    load.cache_clear()
    grading.load.cache_clear()


def write_lists(folder: Path) -> tuple[Path, Path]:
    csv_file, ftm_file = folder / "watch.csv", folder / "sanctions.ftm.json"
    csv_file.write_text(CSV, encoding="utf-8")
    lines = [json.dumps(e) for e in FTM] + ["{not json"]
    ftm_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return csv_file, ftm_file


def found() -> set[str]:
    return {e.id for e in extract(report_from_text(REPORT)).entities}


def test_imported_lists_resolve_in_reports(home: Path, tmp_path: Path) -> None:
    assert not {ZAYNAB, KAZEM} & found()
    csv_file, ftm_file = write_lists(tmp_path)
    watch = import_list(csv_file)
    assert (watch.list, watch.actors, watch.added) == ("watch", 3, 3)
    assert [e.path.rsplit(":", 1)[1] for e in watch.errors] == ["4", "5"]
    assert all(e.path.startswith(str(csv_file)) for e in watch.errors)
    sanctions = import_list(ftm_file, "sanctions")
    assert (sanctions.actors, sanctions.skipped, len(sanctions.errors)) == (2, 1, 1)
    assert list_names() == {"sanctions": 2, "watch": 3}
    ids = found()
    assert {ZAYNAB, KAZEM, "organization:brigade-of-the-test-banner"} <= ids
    entry = load().entries[KAZEM]
    assert "Hajj Kazem" in entry.aliases and "Kazem" not in entry.aliases  # weak, one word
    assert entry.country == "IR"


def test_importing_again_changes_nothing_and_removing_undoes(home: Path, tmp_path: Path) -> None:
    csv_file, _ = write_lists(tmp_path)
    import_list(csv_file)
    stored = (home / "lists" / "watch.jsonl").read_bytes()
    again = import_list(csv_file)
    assert (again.added, again.changed, again.removed) == (0, 0, 0)
    assert (home / "lists" / "watch.jsonl").read_bytes() == stored
    assert ZAYNAB in found()
    assert remove_list("watch") == 3
    assert ZAYNAB not in found() and list_names() == {}


def test_a_list_of_only_bad_rows_is_an_error(home: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,type\n,Person\n", encoding="utf-8")
    with pytest.raises(InputError, match="no actors or places to import"):
        import_list(bad)
    (tmp_path / "x.xlsx").write_bytes(b"PK")
    with pytest.raises(InputError, match="unsupported list type .xlsx"):
        import_list(tmp_path / "x.xlsx")


def test_ingest_resolves_imported_actors(home: Path, tmp_path: Path, falkor: FalkorStore) -> None:
    csv_file, ftm_file = write_lists(tmp_path)
    import_list(csv_file)
    import_list(ftm_file, "sanctions")
    report = tmp_path / "2024-05-03-baghdad.txt"
    report.write_text(REPORT, encoding="utf-8")
    assert ingest(falkor, [report]).reports == 1
    rows = falkor.read("MATCH (p:Person) RETURN p.id AS id, p.aliases AS aliases")
    by_id = {row["id"]: row["aliases"] for row in rows}
    assert {ZAYNAB, KAZEM} <= by_id.keys()
    met = falkor.read(
        "MATCH (a:Entity {id: $a})-[:MET_WITH]-(b:Entity {id: $b}) RETURN count(*) AS n",
        {"a": ZAYNAB, "b": KAZEM},
    )
    assert met[0]["n"] == 1


def test_actors_commands(home: Path, tmp_path: Path) -> None:
    csv_file, _ = write_lists(tmp_path)
    runner = CliRunner()
    result = runner.invoke(cli, ["actors", "import", str(csv_file)])
    assert result.exit_code == 0, result.output
    assert f"error: {csv_file}:4: needs a name and a type" in result.stderr
    listed = runner.invoke(cli, ["actors", "list", "--format", "json"])
    assert json.loads(listed.stdout) == [{"list": "watch", "actors": 3}]
    search = runner.invoke(cli, ["actors", "search", "Zaynab al-Testawi", "--format", "json"])
    assert [(r["id"], r["list"]) for r in json.loads(search.stdout)] == [(ZAYNAB, "watch")]
    assert runner.invoke(cli, ["actors", "remove", "watch"]).exit_code == 0
    gone = runner.invoke(cli, ["actors", "remove", "watch"])
    assert gone.exit_code == 1 and "error: no imported list named 'watch'" in gone.stderr
    missing = runner.invoke(cli, ["actors", "import", str(tmp_path / "none.csv")])
    assert missing.exit_code == 1 and f"error: {tmp_path / 'none.csv'}: no such file" in (
        missing.stderr
    )


PUBLISHERS_TOML = """
[publisher.reuters]
name = "Reuters"
domains = ["reuters.com"]
reliability = "A"
note = "Our desk's grade."

[publisher.broken]
name = "No Grade Daily"
reliability = "Z"
"""


def test_imported_publisher_grades_win(home: Path, tmp_path: Path, falkor: FalkorStore) -> None:
    from actorgraph.resolve import publishers

    assert grading.load().reliability("Reuters") == "B"  # built-in
    toml_file = tmp_path / "desk.toml"
    toml_file.write_text(PUBLISHERS_TOML, encoding="utf-8")
    summary = publishers.import_list(toml_file)
    assert (summary.actors, [e.path for e in summary.errors]) == (
        1,
        [f"{toml_file}: [publisher.broken]"],
    )
    csv_file = tmp_path / "extra.csv"
    csv_file.write_text("name,reliability,domains\nTest Monitor,e,testmonitor.example\n")
    publishers.import_list(csv_file)
    grades = grading.load()
    assert grades.reliability("Reuters") == "A"
    assert grades.reliability(None, "https://www.testmonitor.example/a") == "E"
    assert publishers.import_list(toml_file).changed == 0
    report = tmp_path / "wire.md"
    report.write_text(f"---\npublisher: Reuters\n---\n{REPORT}\n", encoding="utf-8")
    ingest(falkor, [report])
    assert falkor.read("MATCH (r:Report) RETURN r.reliability AS g")[0]["g"] == "A"
    assert publishers.remove_list("desk") == 1
    assert grading.load().reliability("Reuters") == "B"


def test_publishers_commands(home: Path, tmp_path: Path) -> None:
    toml_file = tmp_path / "desk.toml"
    toml_file.write_text(PUBLISHERS_TOML, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["publishers", "import", str(toml_file)])
    assert result.exit_code == 0, result.output
    assert f"error: {toml_file}: [publisher.broken]: needs a name and a reliability" in (
        result.stderr
    )
    listed = runner.invoke(cli, ["publishers", "list", "desk", "--format", "json"])
    assert [(r["name"], r["reliability"]) for r in json.loads(listed.stdout)] == [("Reuters", "A")]
    assert runner.invoke(cli, ["publishers", "remove", "desk"]).exit_code == 0
    assert json.loads(runner.invoke(cli, ["publishers", "list", "--format", "json"]).stdout) == []
