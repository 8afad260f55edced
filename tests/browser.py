"""Headless Chromium for map tests and the map benchmark, with the network cut off.

Uses Debian's ``chromium`` (``apt-get install -y chromium``; override with ``AG_CHROMIUM``)
driven by the ``playwright`` pip package, never ``playwright install``. Every request other
than the page's own ``file://`` URL is aborted and recorded, and the context is offline.
"""

from __future__ import annotations

import os
import struct
import time
import zlib
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHROMIUM = os.environ.get("AG_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 1000, "height": 700}


class BrowserUnavailable(RuntimeError):
    """Chromium or playwright is missing or cannot start; the message says why."""


@contextmanager
def chromium() -> Iterator[Any]:
    """A started headless Chromium (playwright ``Browser``), or ``BrowserUnavailable``."""
    if not Path(CHROMIUM).exists():
        raise BrowserUnavailable(f"{CHROMIUM} not found (apt-get install -y chromium)")
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError as exc:
        raise BrowserUnavailable(f"playwright not installed ({exc})") from exc
    with sync_playwright() as pw:
        try:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, timeout=60_000)
        except Error as exc:
            raise BrowserUnavailable(f"chromium did not start: {exc}".splitlines()[0]) from exc
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class Visit:
    """One page load: what it tried to fetch, what it logged, and the page itself."""

    page: Any
    url: str
    blocked: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return [
            *(f"request {u}" for u in self.blocked),
            *(f"console error {m}" for m in self.console_errors),
            *(f"page error {m}" for m in self.page_errors),
            *(f"dialog {m}" for m in self.dialogs),
        ]


@contextmanager
def visit(browser: Any, path: Path, *, wait_ready: bool = True, timeout_ms: int = 120_000):
    """Open ``path`` offline; yield a :class:`Visit` once ``window.agReady`` (vis pages)."""
    context = browser.new_context(viewport=VIEWPORT)
    context.set_offline(True)
    url = path.resolve().as_uri()
    page = context.new_page()
    seen = Visit(page, url)

    def route(r: Any) -> None:
        if r.request.url == url:
            r.continue_()
        else:
            seen.blocked.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page.on("console", lambda m: m.type == "error" and seen.console_errors.append(m.text))
    page.on("pageerror", lambda e: seen.page_errors.append(str(e)))
    page.on("dialog", lambda d: (seen.dialogs.append(d.message), d.dismiss()))
    try:
        page.goto(url, wait_until="load", timeout=timeout_ms)
        if wait_ready:
            wait_for_ready(page, timeout_ms / 1000)
        yield seen
    finally:
        context.close()


def wait_for_ready(page: Any, timeout_s: float) -> None:
    """Poll ``window.agReady`` from outside the page.

    ``page.wait_for_function`` polls with ``eval`` inside the page, which the maps'
    Content-Security-Policy (no ``unsafe-eval``) rightly refuses; ``page.evaluate`` runs
    through the DevTools protocol and is not subject to it.
    """
    deadline = time.monotonic() + timeout_s
    while not page.evaluate("window.agReady === true"):
        if time.monotonic() > deadline:
            raise TimeoutError(f"page not ready after {timeout_s:.0f} s")
        page.wait_for_timeout(50)


def png_summary(png: bytes) -> dict[str, Any]:
    """Width, height, share of pixels unlike the most common colour, distinct colours."""
    if png[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    width, height, depth, ctype, idat = _png_chunks(png)
    if depth != 8 or ctype not in (2, 6):
        raise ValueError(f"unsupported PNG depth {depth} colour type {ctype}")
    bpp = 3 if ctype == 2 else 4
    rows = _unfilter(zlib.decompress(idat), width * bpp, bpp, height)
    pixels = Counter(row[i : i + 3] for row in rows[::4] for i in range(0, len(row), bpp * 4))
    total = sum(pixels.values())
    _, background = pixels.most_common(1)[0]
    return {
        "width": width,
        "height": height,
        "ink": 1 - background / total,
        "colours": len(pixels),
    }


def _png_chunks(png: bytes) -> tuple[int, int, int, int, bytes]:
    pos, idat, header = 8, [], None
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        kind, body = png[pos + 4 : pos + 8], png[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + length
    if header is None:
        raise ValueError("PNG without IHDR")
    return (*header, b"".join(idat))


def _unfilter(raw: bytes, stride: int, bpp: int, height: int) -> list[bytes]:
    rows, prev = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        row = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            a = row[i - bpp] if i >= bpp else 0
            b = prev[i]
            if kind == 1:
                row[i] = (row[i] + a) & 0xFF
            elif kind == 2:
                row[i] = (row[i] + b) & 0xFF
            elif kind == 3:
                row[i] = (row[i] + ((a + b) >> 1)) & 0xFF
            elif kind == 4:
                c = prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                row[i] = (row[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(row))
        prev = row
    return rows
