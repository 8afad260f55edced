"""Writing output files safely: whole or not at all, and never through a link.

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> (folder / "target").write_text("keep")
4
>>> (folder / "out.json").symlink_to(folder / "target")
>>> atomic_write(folder / "out.json", b"{}")
>>> (folder / "target").read_text(), (folder / "out.json").is_symlink()
('keep', False)
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def atomic_write(out: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``out`` and rename it over ``out`` (a link
    at ``out`` is replaced, its target untouched; a reader never sees half a file)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(temp, 0o644 & ~_umask())
        os.replace(temp, out)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
