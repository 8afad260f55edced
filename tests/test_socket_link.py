"""The socket link of a data folder with a long path (issue 11, item 7): it lives in a private
0700 folder of the user's, and a folder or link planted by someone else is refused."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from actorgraph.errors import EngineError
from actorgraph.graph.engine import SOCKET_MAX, Engine
from actorgraph.graph.falkor import FalkorStore


@pytest.fixture
def short_tmp(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """This test's own temporary folder (TMPDIR; a short path, as /tmp is), where the private
    folder goes when XDG_RUNTIME_DIR is unset."""
    folder = Path(tempfile.mkdtemp(prefix="ags-", dir="/tmp"))
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(tempfile, "tempdir", None)  # read TMPDIR again
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def long_home(tmp_path: Path, short_tmp: Path) -> Path:
    """A data folder whose socket path is too long for a unix socket."""
    home = tmp_path / ("a-long-folder-name-" * 6)
    assert len(str(home / "engine" / "falkordb.sock")) > SOCKET_MAX
    return home


def private(short_tmp: Path) -> Path:
    return short_tmp / f"actorgraph-{os.getuid()}"


def test_the_link_is_in_a_private_folder_and_works(
    long_home: Path, tmp_path: Path, short_tmp: Path
) -> None:
    with FalkorStore(long_home) as store:
        assert store.read("RETURN 1 AS one") == [{"one": 1}]
        link = store.server.socket.parent
        assert link.parent == private(short_tmp) and link.is_symlink()
        assert stat.S_IMODE(os.lstat(private(short_tmp)).st_mode) == 0o700


def test_a_planted_folder_is_refused(long_home: Path, tmp_path: Path, short_tmp: Path) -> None:
    elsewhere = tmp_path / "attacker"
    elsewhere.mkdir(mode=0o777)
    private(short_tmp).symlink_to(elsewhere)  # a link where the private folder should be
    with pytest.raises(EngineError, match="not a private folder of this user"):
        Engine(long_home).acquire()
    assert not list(elsewhere.iterdir())


def test_an_open_folder_is_refused(long_home: Path, tmp_path: Path, short_tmp: Path) -> None:
    private(short_tmp).mkdir()
    private(short_tmp).chmod(0o777)  # anyone could replace the link in it
    with pytest.raises(EngineError, match="not a private folder of this user"):
        Engine(long_home).acquire()


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a link to another user needs root")
def test_a_link_owned_by_another_user_is_refused(
    long_home: Path, tmp_path: Path, short_tmp: Path
) -> None:
    engine = Engine(long_home)
    folder = private(short_tmp)
    folder.mkdir(mode=0o700)
    link = folder / f"engine-{hashlib.sha1(str(engine.dir).encode()).hexdigest()[:12]}"
    link.symlink_to(tmp_path)
    os.lchown(link, 12345, 12345)
    with pytest.raises(EngineError, match="not a link of this user's"):
        engine.acquire()
