"""Tokens with offsets, and runs of capitalised tokens that may be names.

>>> [t.text for t in tokenize("Lt. Gen. Qais al-Abbasi met U.S. envoys (CENTCOM).")]
['Lt.', 'Gen.', 'Qais', 'al-Abbasi', 'met', 'U.S.', 'envoys', '(', 'CENTCOM', ')', '.']
>>> [" ".join(t.text for t in run) for run in capital_runs(tokenize(
...     "Kurilla met Prime Minister al-Sudani and the Syrian Observatory for Human Rights."))]
['Kurilla', 'Prime Minister al-Sudani', 'Syrian Observatory for Human Rights']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from actorgraph.ingest.cues import NAME_PARTICLES
from actorgraph.ingest.text import ABBREVIATIONS

TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S.  U.N.
    r"|\w+(?:['’`\-]\w+)*\.?"  # words, al-Muhandis, Kata'ib, Gen.
    r"|[^\w\s]"
)
OPEN_QUOTES = {"“", '"', "‘"}
CLOSE_QUOTES = {"”", '"', "’"}
CONNECTORS = {"of", "for", "of the", "and"}


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def bare(self) -> str:
        return self.text.rstrip(".")

    @property
    def capital(self) -> bool:
        """Starts with a capital, or is a particle name part such as ``al-Sudani``."""
        first = self.text[0]
        if first.isupper() or first.isdigit() and any(c.isupper() for c in self.text):
            return first.isupper() or self.text[:1].isdigit()
        head, _, tail = self.text.partition("-")
        return head.lower() in NAME_PARTICLES and tail[:1].isupper()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of ``text``; a trailing dot stays only on abbreviations and initials."""
    tokens: list[Token] = []
    for m in TOKEN.finditer(text):
        word, start = m.group(), m.start() + offset
        if word.endswith(".") and len(word) > 1 and not _keeps_dot(word):
            tokens.append(Token(start, start + len(word) - 1, word[:-1]))
            tokens.append(Token(start + len(word) - 1, start + len(word), "."))
        else:
            tokens.append(Token(start, start + len(word), word))
    return tokens


def _keeps_dot(word: str) -> bool:
    bare = word[:-1]
    return bare.lower() in ABBREVIATIONS or bool(re.fullmatch(r"([A-Za-z]\.)+[A-Za-z]?", word))


def capital_runs(tokens: list[Token]) -> list[list[Token]]:
    """Maximal runs of capitalised tokens, joined by particles and name connectors."""
    runs: list[list[Token]] = []
    run: list[Token] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.capital or run and _joins(tokens, i):
            run.append(tok)
        elif run and tok.text in OPEN_QUOTES | CLOSE_QUOTES and _nickname(tokens, i):
            pass  # General Michael “Erik” Kurilla
        else:
            _close(runs, run)
            run = []
        i += 1
    _close(runs, run)
    return runs


def _joins(tokens: list[Token], i: int) -> bool:
    """``of``/``for``/``and``/``al`` between two capitalised tokens of one name."""
    word = tokens[i].text.lower()
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if word == "the" and tokens[i - 1].text.lower() == "of":
        return bool(nxt and nxt.capital)
    if word not in CONNECTORS and word not in NAME_PARTICLES:
        return False
    return bool(nxt and (nxt.capital or nxt.text.lower() == "the")) and word != "and"


def _nickname(tokens: list[Token], i: int) -> bool:
    window = [t.text for t in tokens[i : i + 3]]
    if tokens[i].text in OPEN_QUOTES:
        return len(window) == 3 and tokens[i + 1].capital and window[2] in CLOSE_QUOTES
    return tokens[i - 1].capital and i + 1 < len(tokens) and tokens[i + 1].capital


def _close(runs: list[list[Token]], run: list[Token]) -> None:
    while run and not run[-1].capital:
        run.pop()
    if run:
        runs.append(run)
