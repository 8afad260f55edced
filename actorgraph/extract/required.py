"""What text a regular expression cannot match without: the words a sentence must hold
before a rule is worth trying on it.

A pattern's parse (the standard library's own) is walked for the pieces every match
consumes: a run of literal characters ("between"), or an alternation whose every branch
consumes one ("war|conflict|clashes"). Optional parts, look-arounds and character classes
require nothing. The most telling piece is kept, as lower-case strings one of which a
matching text holds (the rules are case-blind, so the test is on the lowered sentence).
``Gated`` puts that test before a pattern's search; ``FirstOf`` tries the branches of an
alternation one by one, each gated, and returns what the alternation would.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]
from typing import Any

SHORTEST = 3  # a shorter piece ('of', 'in') is in nearly every sentence: it tells nothing
Options = frozenset[str]
REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}


class Gated:
    """A pattern tried only on a text that holds one of the strings it requires: most
    sentences are let go after a substring test instead of a regular-expression search."""

    __slots__ = ("pattern", "needs")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.needs = required(pattern)

    def search(self, text: str, *span: int) -> re.Match[str] | None:
        return self.search_lowered(text, text.lower(), *span)

    def search_lowered(self, text: str, lowered: str, *span: int) -> re.Match[str] | None:
        """``search`` with the text already lowered (several patterns, one text)."""
        if self.needs and not any(need in lowered for need in self.needs):
            return None
        return self.pattern.search(text, *span)


class FirstOf:
    """Patterns tried one by one, each gated, as if they were one alternation: the match
    that starts first, the earlier pattern's on a tie (what ``a|b|c`` would find)."""

    __slots__ = ("parts",)

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self.parts = [Gated(pattern) for pattern in patterns]

    def search(self, text: str, *span: int) -> re.Match[str] | None:
        best, lowered = None, text.lower()
        for part in self.parts:
            found = part.search_lowered(text, lowered, *span)
            if found is not None and (best is None or found.start() < best.start()):
                best = found
        return best


def required(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Strings one of which every text that ``pattern`` matches holds (lower case), or ()."""
    best = _best(_pieces(list(parser.parse(pattern.pattern, pattern.flags))))
    return tuple(sorted(best)) if best else ()


def _pieces(items: list[tuple[Any, Any]]) -> list[Options]:
    """The required pieces of a sequence, each a set of alternatives."""
    pieces: list[Options] = []
    run = ""
    for op, arg in items:
        if op is sre.LITERAL:
            run += chr(arg).lower()
            continue
        pieces += [frozenset([run])] if run else []
        run = ""
        pieces += _inner(op, arg)
    return pieces + ([frozenset([run])] if run else [])


def _inner(op: Any, arg: Any) -> list[Options]:
    """The pieces a group, a repeat or an alternation requires."""
    if op is sre.SUBPATTERN:
        return _pieces(list(arg[-1]))
    if op in REPEATS and arg[0] >= 1:
        return _pieces(list(arg[2]))
    if op is sre.BRANCH:
        branches = [_best(_pieces(list(branch))) for branch in arg[1]]
        if all(branches):
            return [frozenset().union(*branches)]  # type: ignore[arg-type]
    return []


def _best(pieces: list[Options]) -> Options | None:
    """The most telling piece: its shortest alternative longest, then the fewest."""
    usable = [p for p in pieces if p and min(map(len, p)) >= SHORTEST]
    return max(usable, key=lambda p: (min(map(len, p)), -len(p)), default=None)
