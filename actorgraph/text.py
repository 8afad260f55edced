"""Text helpers that keep character offsets: folding for matching, and sentence spans.

:func:`fold` returns a string of the same length as its input, so an offset found in the
folded text is an offset in the report.

>>> fold("Qaani’s visit to Homs—IRGC-QF")
"qaani's visit to homs irgc qf"
>>> [s.text for s in sentences("Gen. Qaani met Assad in Damascus. He left.\\nU.S. forces stayed.")]
['Gen. Qaani met Assad in Damascus.', 'He left.', 'U.S. forces stayed.']
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from actorgraph.dates import MONTHS

QUOTES = {"’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "ʾ": "'", "ʿ": "'", "`": "'", "´": "'"}
DQUOTES = {"“": '"', "”": '"', "„": '"', "«": '"', "»": '"'}
DASHES = {"–": "-", "—": "-", "‐": "-", "‑": "-", "‒": "-", "−": "-"}
SPACES = {"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\t": " "}
FOLD_MAP = {**QUOTES, **DQUOTES, **DASHES, **SPACES}

ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "gen",
    "brig",
    "lt",
    "col",
    "maj",
    "capt",
    "cpt",
    "adm",
    "sgt",
    "cmdr",
    "cdr",
    "gov",
    "sen",
    "rep",
    "pres",
    "amb",
    "st",
    "jr",
    "sr",
    "no",
    "vol",
    "prof",
    # honorifics of Nigerian, Southern African and South Asian English ('Engr. A', 'Barr. B',
    # 'Cde. C', 'Alh. D', 'Rt. Hon. E')
    "engr",
    "barr",
    "cde",
    "alh",
    "rt",
    "arc",
    "pharm",
    "smt",
    "md",  # Mohammad, as South Asian names shorten it ('Md. A B')
    "mohd",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "u.s",
    "h.h",  # His Highness: honorifics before a name ("received H.H. Sheikh A")
    "h.e",  # His or Her Excellency ("with H.E. Dr. A")
    "u.k",
    "u.n",
    "e.g",
    "i.e",
    "etc",
    "vs",
    "inc",
    "ltd",
    "co",
    "corp",
    "dept",
    "est",
    "approx",
    "mt",
    "ft",
    "sheikh",
    "hon",
    "rev",
    "fr",
    "messrs",
    "a.m",
    "p.m",
    "d.c",
}
SIGN_OFF = 12  # a letter's or an e-mail's signature stands within its last lines
# a letter's or an e-mail's closing, a line of its own before the writer's name ('Regards,')
VALEDICTION = re.compile(
    r"[ \t]*(?:(?:best|kind|warm|many)\s+)?(?:regards|wishes|thanks|cheers|sincerely|"
    r"yours(?:\s+(?:sincerely|truly|faithfully))?|best|stay\s+safe|take\s+care|respectfully)"
    r"[ \t]*[,.!]?[ \t]*",
    re.I,
)
WRAP_AFTER = re.compile(
    r"(?:(?<=,)|(?<=\bthe)|(?<=\bof)|(?<=\band)|(?<=\bto)|(?<=\bin)|(?<=\bby))\n(?=\S)"
)
# a stop (with closing quotes and wiki citation marks such as ".[37]") before a capital
BOUNDARY = re.compile(
    r"[.!?]+[\"'”’)\]]*(?:\[(?:\d+|[a-z]|citation needed)\])*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n\s*\n|\n"
)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """One character folded for matching: lower case, no accents, ascii quotes/dashes;
    always exactly one character."""
    if ch in FOLD_MAP:
        return FOLD_MAP[ch]
    low = ch.lower()
    if len(low) != 1:
        return ch
    base = unicodedata.normalize("NFD", low)[0]
    return base if base.isascii() else low


def fold(text: str) -> str:
    """Same-length folded text; hyphens become spaces so ``IRGC-QF`` matches ``IRGC QF``."""
    folded = "".join(map(fold_char, text))
    return folded.replace("-", " ")


def fold_key(name: str) -> str:
    """The dictionary key of a name: folded, single spaces, stripped."""
    return " ".join(fold(name).split())


def last_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text's last SIGN_OFF lines, trailing blank ones left out: where a
    letter's or an e-mail's valediction and signature stand."""
    end = len(text.rstrip())
    spans: list[tuple[int, int]] = []
    while len(spans) < SIGN_OFF:
        start = text.rfind("\n", 0, end) + 1
        spans.append((start, end))
        if start == 0:
            break
        end = start - 1
    return spans[::-1]


def sentences(text: str) -> list[Sentence]:
    """Sentence spans over ``text`` (abbreviations and initials do not end a sentence)."""
    joined = unwrap(text)
    spans: list[Sentence] = []
    start = 0
    notes = _footnotes(joined)
    for match in BOUNDARY.finditer(joined):
        if match.group().startswith(".") and abbreviation(joined, match.start()):
            continue
        _add(spans, text, start, match.end())
        start = match.end()
    _add(spans, text, start, len(text))
    return _noted(spans, text, notes) if notes else spans


# a paper's footnote text at a line's start ('17 Interview with a diplomat, 2026.'); its number
# after a word's stop in the body ('... Myanmar affairs.17 A second round') ends a sentence
FOOTNOTE_LINE = re.compile(r"^(\d{1,3})\s+[A-Z]", re.M)
NOTE_MARK = re.compile(r"(?<=[a-z][.!?])(\d{1,3})(?=\s+[A-Z])")


def _footnotes(text: str) -> set[str]:
    return set(FOOTNOTE_LINE.findall(text))


def _noted(spans: list[Sentence], text: str, notes: set[str]) -> list[Sentence]:
    """Each sentence cut after the footnote numbers the text's notes name."""
    out: list[Sentence] = []
    for span in spans:
        start = span.start
        for mark in NOTE_MARK.finditer(text, span.start, span.end):
            if mark.group(1) in notes:
                _add(out, text, start, mark.end())
                start = mark.end()
        _add(out, text, start, span.end)
    return out


def unwrap(text: str) -> str:
    """Replace the single newlines of hard-wrapped paragraphs by spaces (same length): where
    the next line goes on in lower case, or the line breaks after a comma or a function word."""
    lines = text.split("\n")
    long_lines = [len(line) for line in lines if line.strip()]
    if len(long_lines) < 4 or _median(long_lines) not in range(55, 100):
        return text
    joined = re.sub(r"(?<=[^\n.!?:\"”])\n(?=[a-z(])", " ", text)
    return WRAP_AFTER.sub(" ", joined)


def _median(values: list[int]) -> int:
    return sorted(values)[len(values) // 2]


def abbreviation(text: str, dot: int) -> bool:
    word = re.search(r"([A-Za-z.]+)$", text[max(0, dot - 12) : dot])
    if not word:
        return False
    token = word.group(1).lower().strip(".")
    if _day_month(text, dot, token):
        return False
    if token in ABBREVIATIONS or (len(token) == 1 and text[dot - 1].isupper()):
        return True
    start = dot - len(word.group(1))
    if word.group(1) == "Me" and LAWYER.search(text, max(0, start - 20), start):
        return LAWYER_NAME.match(text, dot + 1) is not None  # ', Me. Jean Dorismond': Maître
    return _initials(word.group(1)) and (_after_a_name(text, start) or _rare_name_after(text, dot))


LAWYER = re.compile(r"(?:,|\band|\bby|\bof|\bwith|\bJustice)\s+$")  # French 'Me.' inside a sentence
LAWYER_NAME = re.compile(r"\s+[A-Z][a-z]+(?:[\s\-][A-Z][a-z]+)+")
# a word, not the year, right after an abbreviation's dot: 'on 10 Aug. Officials said'
WORD_AFTER = re.compile(r"\s*[^\W\d_]")
DAY_BEFORE = re.compile(r"\b\d{1,2}\s+[A-Za-z]+$")


def _day_month(text: str, dot: int, token: str) -> bool:
    """'on 10 Aug. Officials said': a day and its month end the sentence when a word, not
    the year, follows."""
    return (
        token in MONTHS
        and DAY_BEFORE.search(text, max(0, dot - 12), dot) is not None
        and WORD_AFTER.match(text, dot + 1) is not None
    )


def _initials(word: str) -> bool:
    """'R.M.' in 'Dagvin R.M. Anderson': capital letters each with its stop."""
    return re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?", word) is not None


def _rare_name_after(text: str, dot: int) -> bool:
    """'met A.K. Antony': initials before a rare capitalised word begin a name (not 'in the
    U.A.E. Officials said')."""
    after = re.match(r"\s+([A-Z][a-z][\w'’\-]*)", text[dot + 1 : dot + 40])
    if after is None:
        return False
    from wordfreq import zipf_frequency

    return zipf_frequency(after.group(1).lower(), "en") < 3.5


def _after_a_name(text: str, start: int) -> bool:
    before = re.search(r"([A-Z][a-z]+)\.?\s+$", text[max(0, start - 30) : start])  # 'Mr. M.A.'
    return before is not None


# a run of text this long with no sentence end is no sentence (a table, a dump, a feed line):
# it is read in pieces, so that the work on it grows with its length, not with its square
LONGEST_SENTENCE = 3000


def _add(spans: list[Sentence], text: str, start: int, end: int) -> None:
    while end - start > LONGEST_SENTENCE:
        cut = text.rfind(" ", start + LONGEST_SENTENCE // 2, start + LONGEST_SENTENCE)
        cut = cut if cut > start else start + LONGEST_SENTENCE
        _add_one(spans, text, start, cut)
        start = cut
    _add_one(spans, text, start, end)


def _add_one(spans: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    left = len(chunk) - len(chunk.lstrip())
    right = len(chunk.rstrip())
    if right > left:
        spans.append(Sentence(start + left, start + right, chunk[left:right]))
