"""Arguments that make no sense are refused with a usage error; an empty ACTORGRAPH_HOME is
unset (the default folder), not the current folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import actorgraph.commands  # noqa: F401 - registers the sub-commands
from actorgraph.cli import cli

from .conftest import FIXTURES, actorgraph


@pytest.mark.parametrize(
    ("option", "value"),
    [("--batch", "0"), ("--batch", "-1"), ("--workers", "0"), ("--workers", "-3")],
)
def test_batch_and_workers_below_one_are_usage_errors(
    tmp_path: Path, option: str, value: str
) -> None:
    args = ["--data-dir", str(tmp_path), "ingest", str(FIXTURES / "meeting.txt"), option, value]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2, result.output
    assert f"Invalid value for '{option}'" in result.output
    assert "x>=1" in result.output
    assert not (tmp_path / "engine").exists(), "a refused command started the engine"


def test_an_empty_actorgraph_home_is_the_default_folder(tmp_path: Path) -> None:
    ran = actorgraph("", "cypher", "RETURN 1 AS one", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    assert (tmp_path / ".actorgraph" / "engine").is_dir()
    assert not (tmp_path / "engine").exists()


def test_extract_exits_non_zero_when_a_report_failed_and_writes_the_rest(tmp_path: Path) -> None:
    out = tmp_path / "pred"
    good = FIXTURES / "meeting.txt"
    result = CliRunner().invoke(
        cli, ["extract", str(good), str(tmp_path / "missing"), "--out", str(out)]
    )
    assert result.exit_code == 1, result.output
    assert [p.name for p in out.glob("*.json")] == ["meeting.json"]
    clean = CliRunner().invoke(cli, ["extract", str(good), "--out", str(out)])
    assert clean.exit_code == 0, clean.output
