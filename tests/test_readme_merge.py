"""The README's merge examples run on the demo graph (``actorgraph ingest seeds/reports``), in
order, with the outcome their comments state; two organisations the dictionary knows apart
merge only with ``--force``, and the refusal says why."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from click.testing import CliRunner

from actorgraph.cli import cli
from actorgraph.graph.falkor import FalkorStore
from actorgraph.ingest.pipeline import ingest

from .conftest import ROOT

JUDGING = re.compile(r"^actorgraph (merge|unmerge|judgements)\b")


def readme_examples() -> list[tuple[list[str], str]]:
    """The merge, judgements and unmerge lines of the README, with their comments."""
    examples = []
    for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines():
        if JUDGING.match(line):
            command, _, comment = line.partition("  #")
            examples.append((shlex.split(command)[1:], comment.strip()))
    return examples


def test_the_readme_merge_examples_run_on_the_demo_graph(tmp_path: Path) -> None:
    examples = readme_examples()
    assert [args[0] for args, _ in examples].count("merge") >= 2
    env = {"ACTORGRAPH_HOME": str(tmp_path), "NEO4J_URI": None}
    with FalkorStore(tmp_path) as store:
        assert ingest(store, [ROOT / "seeds" / "reports"]).reports > 0
        for args, comment in examples:
            result = CliRunner().invoke(cli, args, env=env)
            expected = 1 if comment.startswith("refused") else 0
            assert result.exit_code == expected, (args, result.output)
            if expected:
                assert "--force" in result.stderr and "dictionary" in result.stderr
        assert _merged(store) == []  # the last example undid the forced merge


def _merged(store: FalkorStore) -> list[str]:
    rows = store.read(
        "MATCH (j:Judgement {kind: 'merge'}) WHERE j.active RETURN j.source AS source"
    )
    return [r["source"] for r in rows]


def test_a_forced_merge_is_a_judgement_and_an_alias_merge_says_one_already(
    tmp_path: Path,
) -> None:
    env = {"ACTORGRAPH_HOME": str(tmp_path), "NEO4J_URI": None}
    with FalkorStore(tmp_path) as store:
        ingest(store, [ROOT / "seeds" / "reports"])
        same = CliRunner().invoke(
            cli, ["merge", "Abdul Aziz al-Muhammadawi", "Abu Fadak", "--reason", "kunya"], env=env
        )
        assert same.exit_code == 0 and "one actor already" in same.stdout
        forced = CliRunner().invoke(
            cli, ["merge", "Hezbollah", "Kata'ib Hezbollah", "--reason", "x", "--force"], env=env
        )
        assert forced.exit_code == 0, forced.output
        assert _merged(store) == ["organization:kataib-hezbollah"]
        gone = "MATCH (n:Entity {id: 'organization:kataib-hezbollah'}) RETURN n.id AS id"
        assert store.read(gone) == []
