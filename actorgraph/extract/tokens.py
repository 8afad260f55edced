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

from actorgraph.extract.cues import (
    FIELD_WORDS,
    HOLDER_OFFICES,
    INNER_POSSESSIVES,
    JOINING_PARTICLES,
    NAME_PARTICLES,
    OFFICE_HOLDERS,
)
from actorgraph.text import ABBREVIATIONS

TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S.  U.N.
    r"|\w+s['’](?!\w)"  # plural possessive inside names: Officers' Academy
    r"|\w+(?:['’`\-]\w+)*\.?"  # words, al-Muhandis, Kata'ib, Gen.
    r"|[^\w\s]"
)
OPEN_QUOTES = {"“", '"', "‘"}
CLOSE_QUOTES = {"”", '"', "’"}
CONNECTORS = {"of", "for", "of the", "and"}
AND_HEADS = {
    "council", "committee", "commission", "ministry", "authority", "agency", "front",
    "movement", "party", "forces", "organization", "organisation", "association", "center",
    "centre", "mission", "institute",
}  # fmt: skip
ON_HEADS = {"council", "committee", "commission", "conference", "center", "centre", "institute"}
# a body named for what it works against: 'Unit for Investigation against Organized Crime',
# 'Global Coalition against Daesh', 'Committee against Torture'
AGAINST_HEADS = ON_HEADS | {"unit", "coalition", "alliance", "office", "directorate", "campaign",
                            "task", "force", "front", "movement", "league"}  # fmt: skip
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


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
        """Starts with a capital, is an ordinal (``41st``), or is a particle name part such as
        ``al-Sudani``."""
        first = self.text[0]
        if first.isupper() or ORDINAL.fullmatch(self.text):
            return True
        if self.text[:2].lower() in ("d'", "d’", "l'", "l’") and self.text[2:3].isupper():
            return True  # 'Villa d'Accueil', 'Côte d'Ivoire': a French elided particle
        head, _, tail = self.text.partition("-")
        return head.lower() in NAME_PARTICLES and tail[:1].isupper()

    @property
    def possessive(self) -> bool:
        return len(self.text) > 2 and self.text[-2:] in ("'s", "’s")


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


def _inner_possessive(tokens: list[Token], i: int) -> bool:
    """A possessive inside a name does not end it: 'People's' ('Tigray People's Liberation
    Front'), an office holder's office ('the Prime Minister's Office')."""
    owner = re.sub(r"['’]s?$", "", tokens[i].text).lower()
    after = tokens[i + 1].text if i + 1 < len(tokens) else ""
    return owner in INNER_POSSESSIVES or (owner in OFFICE_HOLDERS and after in HOLDER_OFFICES)


def capital_runs(tokens: list[Token]) -> list[list[Token]]:
    """Maximal runs of capitalised tokens, joined by particles and name connectors."""
    runs: list[list[Token]] = []
    run: list[Token] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.capital and tok.possessive and not _inner_possessive(tokens, i):  # "Sadr’s Peace"
            run.append(tok)
            _close(runs, run)
            run = []
        elif _name_part(tokens, i) or (run and _joins(tokens, i, run)):
            run.append(tok)
        elif run and tok.text in OPEN_QUOTES | CLOSE_QUOTES and _nickname(tokens, i):
            pass  # General Michael “Erik” Kurilla
        else:
            _close(runs, run)
            run = []
        i += 1
    _close(runs, run)
    return runs


UNIT_WORDS = {
    "brigade", "brigades", "battalion", "division", "regiment", "squadron", "corps", "unit",
}  # fmt: skip
# names a number follows ('Unit 29155', 'Channel 12', 'Sector 3', 'Frente 10')
NUMBERED = {"Unit", "Channel", "Canal", "Sector", "Frente", "Front", "Brigade", "Battalion"}


def _name_part(tokens: list[Token], i: int) -> bool:
    """A capitalised token; an ordinal only before a capitalised one ('41st Tharallah'); a
    number before a unit's noun ('444 Brigade') or after 'Unit' ('Unit 29155')."""
    tok = tokens[i]
    if tok.text.isdigit():
        return _unit_number(tokens, i)
    return tok.capital and (ORDINAL.fullmatch(tok.text) is None or _next_capital(tokens, i))


def _unit_number(tokens: list[Token], i: int) -> bool:
    after = tokens[i + 1].text if i + 1 < len(tokens) else ""
    before = tokens[i - 1].text if i >= 1 else ""
    return after.lower() in UNIT_WORDS and after[:1].isupper() or before in NUMBERED


def _next_capital(tokens: list[Token], i: int) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper()


def _joins(tokens: list[Token], i: int, run: list[Token]) -> bool:
    """``of``/``for``/``al`` between two capitalised tokens of one name; ``on`` only inside an
    organization's name (``Council on Foreign Relations``)."""
    word = tokens[i].text.lower()
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if word == "on":
        return bool(nxt and nxt.capital) and any(t.text.lower() in ON_HEADS for t in run)
    if word == "against":
        return bool(nxt and nxt.capital) and any(t.text.lower() in AGAINST_HEADS for t in run)
    if word == "in":
        return _field_of_work(tokens, i, run)
    if word == "for" and _secretary_of(run):
        return False  # 'Secretary of the Treasury for X': X is the portfolio, not the body's
    if word == "the" and tokens[i - 1].text.lower() == "of":
        return bool(nxt and nxt.capital)
    if _double_particle(tokens, i):
        return True
    if word == "and":
        return _and_in_name(tokens, i) or _and_in_topic(tokens, i, run)
    if word not in CONNECTORS and word not in JOINING_PARTICLES:
        return False
    return bool(nxt and (nxt.capital or nxt.text.lower() == "the"))


def _secretary_of(run: list[Token]) -> bool:
    """The run reads '(Under) Secretary of (the) X': a title and the department it serves."""
    words = [t.text.lower() for t in run]
    at = words.index("secretary") if "secretary" in words else -1
    return at >= 0 and words[at + 1 : at + 2] == ["of"]


def _field_of_work(tokens: list[Token], i: int, run: list[Token]) -> bool:
    """'Centre for Research in Public Policy': 'in' inside a body's name 'X for Y', before a
    field of work in ordinary words (not a place: 'Office for Refugees in Jordan')."""
    if not any(t.text.lower() == "for" for t in run[1:]):
        return False
    field = []
    for tok in tokens[i + 1 : i + 4]:
        if not (tok.capital or tok.text.lower() == "and"):
            break
        field.append(tok)
    words = [t.text.lower() for t in field if t.capital]
    return bool(words) and all(w in FIELD_WORDS for w in words)


def _and_in_name(tokens: list[Token], i: int) -> bool:
    """'State Peace and Development Council': 'and' inside an organization's name, when the
    next capitalised words hold the name's head-word and none before it is one."""
    before = [t.text.lower() for t in tokens[max(0, i - 3) : i]]
    after = []
    for tok in tokens[i + 1 : i + 4]:
        if not tok.capital:
            break
        after.append(tok.text.lower())
    return bool(AND_HEADS & set(after)) and not AND_HEADS & set(before)


def _and_in_topic(tokens: list[Token], i: int, run: list[Token]) -> bool:
    """'Front for Democracy and Justice', 'Centre for Analysis and Research': 'and' inside the
    topic a body's name gives after its head-word and 'for', 'of' or 'on' (not before another
    body, a title or a person: 'the Ministry of Defence and Foreign Minister X')."""
    words = [t.text.lower() for t in run]
    link = max((k for k, w in enumerate(words) if w in ("for", "of", "on")), default=-1)
    if link < 1 or words[link - 1] not in AND_HEADS | ON_HEADS or len(words) - link > 3:
        return False
    after = [t.text.lower() for t in tokens[i + 1 : i + 4] if t.capital]
    return bool(after) and not (set(after) & (AND_HEADS | STOP_AFTER_AND))


# words after 'and' that open another name: a body, an office, a title
STOP_AFTER_AND = {
    "ministry", "minister", "president", "prime", "general", "secretary", "chief", "army",
    "parliament", "government", "foreign", "deputy", "ambassador", "envoy", "mr", "mrs", "ms",
    "dr", "the", "special", "representative",
}  # fmt: skip


SECOND_PARTICLES = {"la", "las", "los", "le", "de", "der", "den"}  # 'de la Fuente', 'van de Berg'


def _double_particle(tokens: list[Token], i: int) -> bool:
    """Two particles between two name words: 'María de la Fuente', 'Joost van der Linden'."""
    word = tokens[i].text.lower()
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if word in JOINING_PARTICLES and nxt and nxt.text.lower() in SECOND_PARTICLES:
        return bool(after and after.capital)
    previous = tokens[i - 1].text.lower() if i >= 1 else ""
    return word in SECOND_PARTICLES and previous in JOINING_PARTICLES and bool(nxt and nxt.capital)


def _nickname(tokens: list[Token], i: int) -> bool:
    window = [t.text for t in tokens[i : i + 3]]
    if tokens[i].text in OPEN_QUOTES:
        return len(window) == 3 and tokens[i + 1].capital and window[2] in CLOSE_QUOTES
    return tokens[i - 1].capital and i + 1 < len(tokens) and tokens[i + 1].capital


def _close(runs: list[list[Token]], run: list[Token]) -> None:
    while run and not run[-1].capital and not (run[-1].text.isdigit() and len(run) > 1):
        run.pop()
    if run:
        runs.append(run)
