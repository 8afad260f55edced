"""Start-up: the command line loads only what a command uses.

``actorgraph --help`` loads no sub-command, no graph driver and no map library; a named query
on the embedded engine does not load the Neo4j driver, networkx or pyvis. Each check runs in
a fresh interpreter and reads its ``sys.modules``. The CLI is a tree: the sub-commands import
:mod:`actorgraph.commands.common`, never :mod:`actorgraph.cli`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from actorgraph.cli import COMMANDS, cli, load_command
from actorgraph.graph.falkor import FalkorStore

from .test_queries_graph import write_fixture

HEAVY = ("neo4j", "networkx", "pyvis")
_COMMON = "actorgraph.commands.common"
# Run the console script's code in this interpreter, then print the modules it loaded.
RUN = """
import json, sys
from actorgraph.cli import main
sys.argv = ['actorgraph', *json.loads(sys.argv[1])]
code = 0
try:
    main()
except SystemExit as exc:
    code = exc.code
print('\\nMODULES ' + json.dumps({'code': code, 'modules': sorted(sys.modules)}))
"""


def loaded(args: list[str], home: Path | None = None) -> tuple[int, set[str], str]:
    """Exit code, modules loaded and output of ``actorgraph ARGS`` in a fresh process."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    if home is not None:
        env["ACTORGRAPH_HOME"] = str(home)
    done = subprocess.run([sys.executable, "-c", RUN, json.dumps(args)], capture_output=True,
                          text=True, env=env, timeout=120)  # fmt: skip
    output, _, tail = done.stdout.rpartition("\nMODULES ")
    assert tail, done.stderr
    report = json.loads(tail)
    return report["code"], set(report["modules"]), output + done.stderr


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A data folder with the fixture graph; the open store keeps the engine running."""
    folder = tmp_path_factory.mktemp("startup")
    store = FalkorStore(folder, database="actorgraph")
    write_fixture(store)
    yield folder
    store.close()


def test_help_loads_no_sub_command_driver_or_map_library() -> None:
    code, modules, output = loaded(["--help"])
    assert code == 0, output
    assert "Commands:" in output and "unmerge" in output
    assert not modules & set(HEAVY), modules & set(HEAVY)
    assert not [m for m in modules if m.startswith("actorgraph.commands.") and m != _COMMON]
    assert "falkordb" not in modules and "actorgraph.extract.report" not in modules


def test_who_met_on_the_embedded_engine_loads_neither_neo4j_nor_networkx(home: Path) -> None:
    args = ["query", "who-met", "--param", "actor=Ismail Qaani", "--format", "json"]
    code, modules, output = loaded(args, home)
    assert code == 0, output
    rows = json.loads(output)
    assert rows and {r["actor"] for r in rows} == {"Esmail Qaani"}
    assert "falkordb" in modules and "actorgraph.commands.query" in modules
    assert not modules & set(HEAVY), modules & set(HEAVY)
    assert "actorgraph.commands.maps" not in modules and "actorgraph.commands.ingest" not in modules


def test_a_map_still_loads_what_it_needs(home: Path, tmp_path: Path) -> None:
    out = tmp_path / "influence.html"
    code, modules, output = loaded(["map", "influence", "--out", str(out)], home)
    assert code == 0, output
    assert out.exists() and "networkx" in modules


def test_help_lists_every_command_as_click_would_after_loading_them() -> None:
    """The short help kept in COMMANDS is the first sentence of each command's docstring."""
    eager = click.Group(name=cli.name, params=cli.params, help=cli.help,
                        context_settings=cli.context_settings)  # fmt: skip
    for name in COMMANDS:
        eager.add_command(load_command(name), name)
    for width in (80, 120):
        lazy = CliRunner().invoke(cli, ["--help"], terminal_width=width, prog_name="actorgraph")
        full = CliRunner().invoke(eager, ["--help"], terminal_width=width, prog_name="actorgraph")
        assert lazy.exit_code == 0
        assert lazy.output == full.output


def test_every_command_runs_through_the_lazy_group() -> None:
    for name in COMMANDS:
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0, (name, result.output)
        assert f" {name} [OPTIONS]" in result.output
    unknown = CliRunner().invoke(cli, ["no-such-command"])
    assert unknown.exit_code == 2 and "No such command" in unknown.output


def test_the_cli_is_a_tree_commands_never_import_it() -> None:
    modules = sorted({spec.partition(":")[0] for spec, _ in COMMANDS.values()})
    code = f"import sys; import {', '.join(modules)}; print('actorgraph.cli' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_plain_converts_neo4j_values_once_the_driver_is_loaded() -> None:
    """values.py imports no driver; the Neo4j converters apply once the driver is loaded
    (the Neo4j store loads it), here with the driver's own value types, no server."""
    import neo4j.graph
    import neo4j.time

    from actorgraph.graph.values import plain

    graph = neo4j.graph.Graph()
    node = neo4j.graph.Node(graph, "n1", 1, ["Person", "Actor"], {"name": "Esmail Qaani"})
    value = {"n": node, "on": [neo4j.time.Date(2024, 2, 1)]}
    assert plain(value) == {
        "n": {"_labels": ["Actor", "Person"], "name": "Esmail Qaani"},
        "on": ["2024-02-01"],
    }
