"""Building self-contained pages safely: escaping, embedded JSON, and the offline check.

Text from reports (names, sentences, titles) reaches a page only in two ways:

* HTML text and attribute values, through :func:`text` (``html.escape``, quotes too);
* one ``<script type="application/json">`` block, through :func:`json_script`: JSON with
  ``<``, ``>``, ``&``, U+2028 and U+2029 written as ``\\uXXXX``, so no ``</script>`` or
  ``<!--`` can end or alter the block. The page's JS reads it with ``JSON.parse`` and puts
  strings into the DOM only through ``textContent``/``innerText`` or canvas labels.

**Data versus resources.** A map must load nothing: every ``src``/``href``-like attribute
is empty, a ``#fragment`` or a ``data:`` URL, CSS has no ``@import`` and no ``url()`` other
than ``data:``, there is no ``<link>``/``<base>``/refresh ``<meta>``, and every script is
inline. URLs inside the JSON data block are evidence (a report's address shown as text in
a tooltip), never loaded, so they are not resources. :func:`external_references` checks the
attribute and CSS rules; executable script text is checked by the tests against the list
of URL strings known to be in vis-network (licence and namespace strings), and the browser
test aborts and fails on any request other than the page itself.

>>> print(json_script({"n": "</script>&"}, "d"))
<script type="application/json" id="d">{"n":"\\u003c/script\\u003e\\u0026"}</script>
>>> external_references('<link rel="stylesheet" href="https://cdn.example/x.css"><p>ok</p>')
['<link href=https://cdn.example/x.css>', '<link> element']
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from actorgraph.errors import ActorgraphError
from actorgraph.files import atomic_write

URL_ATTRIBUTES = frozenset(
    {
        *("src", "href", "srcset", "action", "formaction", "data", "poster", "background"),
        *("xlink:href", "ping", "manifest", "codebase", "archive", "longdesc", "cite", "icon"),
        *("lowsrc", "dynsrc", "usemap"),
    }
)
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028"}
_JSON_ESCAPES["\u2029"] = "\\u2029"
_JSON_UNSAFE = re.compile("[<>&\u2028\u2029]")
_CSS_URL = re.compile(r"url\(\s*(['\"]?)(.*?)\1\s*\)", re.IGNORECASE | re.DOTALL)
_CSS_IMPORT = re.compile(r"@import", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"@@([A-Z_]+)@@")
_CSP = re.compile(r'(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")')
# executable inline scripts (not the JSON data blocks, which are never run)
_SCRIPT = re.compile(r"<script(?![^>]*application/json)[^>]*>(.*?)</script>", re.DOTALL)


class OfflineError(ActorgraphError):
    """A page about to be written references something outside itself."""


def text(value: object) -> str:
    """Escape for HTML text or a quoted attribute value."""
    return html.escape(str(value), quote=True)


def json_script(data: Any, element_id: str) -> str:
    """A non-executed JSON block that no string inside it can break out of."""
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    body = _JSON_UNSAFE.sub(lambda m: _JSON_ESCAPES[m.group(0)], body)
    return f'<script type="application/json" id="{text(element_id)}">{body}</script>'


def fill(template: str, **parts: str) -> str:
    """Replace every ``@@NAME@@`` in one pass (inserted text is never scanned again)."""
    return _PLACEHOLDER.sub(lambda m: parts[m.group(1).lower()], template)


def write_page(out: Path, page: str) -> Path:
    """Check the page loads nothing from outside, pin its scripts in its content policy,
    then write it as UTF-8, atomically (a temporary file renamed over ``out``; a link at
    ``out`` is replaced, never followed)."""
    problems = external_references(page)
    if problems:
        raise OfflineError(f"{out}: page would load external resources: {problems[:5]}")
    data = pin_scripts(page).encode("utf-8", errors="replace")  # lone surrogates become "?"
    atomic_write(out, data)
    return out


def pin_scripts(page: str) -> str:
    """The page's content policy with ``script-src`` the hashes of its own inline scripts
    instead of ``'unsafe-inline'`` (an injected script or ``onerror`` handler would not
    run), and ``form-action 'none'; base-uri 'none'`` added.

    >>> csp = "default-src 'none'; script-src 'unsafe-inline'"
    >>> page = f'<meta http-equiv="Content-Security-Policy" content="{csp}"><script>go()</script>'
    >>> for part in pin_scripts(page).split('"')[3].split("; "):
    ...     print(part)
    default-src 'none'
    script-src 'sha256-5KYv+PUboo5h+0+YAtGRPbwv5d/QxzHslP4YGnUaxRw='
    form-action 'none'
    base-uri 'none'
    """
    match = _CSP.search(page)
    if match is None:
        return page
    hashes = sorted({_sha256(body) for body in _SCRIPT.findall(page)})
    policy = match.group(2).replace("script-src 'unsafe-inline'", "script-src " + " ".join(hashes))
    policy = "; ".join([policy.rstrip("; "), "form-action 'none'", "base-uri 'none'"])
    return page[: match.start(2)] + policy + page[match.end(2) :]


def _sha256(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8", errors="replace")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def is_local(url: str) -> bool:
    """An attribute or CSS URL that loads nothing: empty, ``#fragment`` or ``data:``."""
    url = url.strip()
    return url == "" or url.startswith("#") or url.lower().startswith("data:")


def external_references(page: str) -> list[str]:
    """Everything in ``page`` that could make a browser fetch something (empty = offline)."""
    finder = _ResourceFinder()
    finder.feed(page)
    finder.close()
    return finder.problems


def css_references(css: str) -> list[str]:
    found = [f"url({m.group(2)})" for m in _CSS_URL.finditer(css) if not is_local(m.group(2))]
    return found + ["@import"] * len(_CSS_IMPORT.findall(css))


class _ResourceFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            self._check_attribute(tag, name, value or "")
        if tag in ("link", "base", "object", "embed", "applet", "frame", "iframe"):
            self.problems.append(f"<{tag}> element")
        if tag == "meta" and any(
            n == "http-equiv" and (v or "").lower() == "refresh" for n, v in attrs
        ):
            self.problems.append("<meta http-equiv=refresh>")
        self._in_style = tag == "style"

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.problems.extend(css_references(data))

    def _check_attribute(self, tag: str, name: str, value: str) -> None:
        if name == "style":
            self.problems.extend(css_references(value))
        elif name == "srcset":
            urls = [part.strip().split(" ")[0] for part in value.split(",")]
            self.problems.extend(f"<{tag} srcset={u}>" for u in urls if not is_local(u))
        elif name in URL_ATTRIBUTES and not is_local(value):
            self.problems.append(f"<{tag} {name}={value}>")
