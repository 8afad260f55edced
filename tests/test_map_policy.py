"""Map pages (issue 11, low): the content policy names the page's own scripts by hash (no
'unsafe-inline' for scripts), forbids forms and <base>, and pages are written atomically,
replacing a link at the output path instead of writing through it."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

from actorgraph.maps import render_network
from actorgraph.maps.page import write_page
from tests.test_maps import seed_graph

POLICY = re.compile(r'http-equiv="Content-Security-Policy" content="([^"]*)"')


def sha256(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"


def test_scripts_are_pinned_by_hash(tmp_path: Path) -> None:
    page = render_network(seed_graph(), tmp_path / "map.html", title="map").path.read_text()
    policy = dict(part.strip().split(" ", 1) for part in POLICY.search(page).group(1).split(";"))
    assert "'unsafe-inline'" not in policy["script-src"]
    assert policy["form-action"] == "'none'" and policy["base-uri"] == "'none'"
    scripts = re.findall(r"<script(?![^>]*application/json)[^>]*>(.*?)</script>", page, re.S)
    assert scripts and {sha256(s) for s in scripts} == set(policy["script-src"].split())
    assert sha256("alert(1)") not in policy["script-src"]  # an injected script would not run


def test_a_link_at_the_output_is_replaced_not_followed(tmp_path: Path) -> None:
    target = tmp_path / "precious.txt"
    target.write_text("keep me")
    out = tmp_path / "map.html"
    out.symlink_to(target)
    write_page(out, "<html><body>map</body></html>")
    assert target.read_text() == "keep me"
    assert not out.is_symlink() and out.read_text() == "<html><body>map</body></html>"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
