"""Source grading, NATO Admiralty style: publisher reliability A-F from
``actorgraph/seeds/publishers.toml`` (F = cannot be judged when the publisher is unknown).

>>> g = Grades({"reuters": {"name": "Reuters", "aliases": [], "domains": ["reuters.com"],
...             "reliability": "B"}})
>>> g.reliability("Reuters"), g.reliability(None, "https://www.reuters.com/x"), g.reliability("X")
('B', 'B', 'F')
"""

from __future__ import annotations

import json
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from actorgraph.text import fold_key

UNKNOWN = "F"
RELIABILITY = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}
CREDIBILITY = {
    1: "confirmed by other sources",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "truth cannot be judged",
}


class Grades:
    """Publisher name or web domain -> reliability letter."""

    def __init__(self, publishers: dict[str, dict[str, Any]]) -> None:
        self.by_name: dict[str, str] = {}
        self.by_domain: dict[str, str] = {}
        for spec in publishers.values():
            grade = str(spec.get("reliability", UNKNOWN)).upper()
            for name in [spec.get("name", ""), *spec.get("aliases", [])]:
                self.by_name[fold_key(name)] = grade
            for domain in spec.get("domains", []):
                self.by_domain[domain.lower().removeprefix("www.")] = grade

    def reliability(self, publisher: str | None, url: str | None = None) -> str:
        if publisher and fold_key(publisher) in self.by_name:
            return self.by_name[fold_key(publisher)]
        host = (urlparse(url).hostname or "").removeprefix("www.") if url else ""
        while host:
            if host in self.by_domain:
                return self.by_domain[host]
            host = host.partition(".")[2] if "." in host else ""
        return UNKNOWN


@lru_cache(maxsize=4)
def load(path: Path | None = None) -> Grades:
    """The built-in grades, then the imported publisher lists of the data folder (which win
    for the names and domains they grade; ``load.cache_clear()`` after changing them)."""
    from actorgraph.resolve.dictionary import lists_dir, seeds_dir

    path = path or seeds_dir() / "publishers.toml"
    publishers: dict[str, dict[str, Any]] = {}
    if path.exists():
        with path.open("rb") as fh:
            publishers.update(tomllib.load(fh).get("publisher", {}))
    for imported in sorted((lists_dir() / "publishers").glob("*.json")):
        specs = json.loads(imported.read_text(encoding="utf-8"))
        publishers.update({f"{imported.stem}/{key}": spec for key, spec in specs.items()})
    return Grades(publishers)
