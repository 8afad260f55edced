"""Files inlined into every map: vis-network (from pyvis's package) and our own JS/CSS.

vis-network 9.1.2 is dual licensed Apache-2.0 / MIT (its licence comment, kept verbatim at
the top of the inlined script, says so); pyvis (BSD-3-Clause) ships the minified build under
``pyvis/templates/lib/vis-<version>/``. We read it from there rather than vendoring a copy,
and drop only its trailing ``//# sourceMappingURL=...`` line (it names a ``.map`` file that
does not exist next to a map, and DevTools would try to fetch it).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from pathlib import Path

from actorgraph.errors import ActorgraphError

VIS_VERSION = "9.1.2"
_SOURCE_MAP = re.compile(r"^\s*//# sourceMappingURL=.*$", re.MULTILINE)
_CSS_SOURCE_MAP = re.compile(r"/\*# sourceMappingURL=.*?\*/")


class MapAssetError(ActorgraphError):
    """An asset a map must inline cannot be found."""


def vis_dir() -> Path:
    """Folder holding pyvis's copy of vis-network."""
    import pyvis

    folder = Path(pyvis.__file__).parent / "templates" / "lib" / f"vis-{VIS_VERSION}"
    if not (folder / "vis-network.min.js").is_file():
        raise MapAssetError(f"vis-network {VIS_VERSION} not found in pyvis at {folder}")
    return folder


@cache
def vis_js() -> str:
    """vis-network's minified JS with its licence comment, minus the source-map line."""
    text = (vis_dir() / "vis-network.min.js").read_text(encoding="utf-8")
    if "@license" not in text[:2000]:
        raise MapAssetError("vis-network.min.js has lost its licence comment")
    return _SOURCE_MAP.sub("", text)


@cache
def vis_css() -> str:
    return _CSS_SOURCE_MAP.sub("", (vis_dir() / "vis-network.css").read_text(encoding="utf-8"))


@cache
def own(name: str) -> str:
    """One of our files in ``actorgraph/maps/assets/`` (map.js, map.css, ...)."""
    return resources.files("actorgraph.maps").joinpath("assets", name).read_text(encoding="utf-8")
