"""Truecasing: a report typed in capitals (message traffic, telex-era wires, some monitoring
feeds) read in ordinary case, so that names stand out from the words around them again.

The result has the same length as the text (every offset stays an offset in the report):
names the dictionary knows take its spelling, common English words go lower case, other
words (names it does not know) are capitalised, short unknown words stay capitals (acronyms),
and sentences start with a capital. Text that is not mostly capitals is returned unchanged,
but for its paragraphs that are.
"""

from __future__ import annotations

import re

from actorgraph.extract import cues
from actorgraph.extract.lexicon import zipf
from actorgraph.extract.spans import SpanIndex
from actorgraph.resolve.dictionary import Dictionary, Hit
from actorgraph.text import fold_key

WORD = re.compile(r"[^\W\d_]+")
SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’)]?\s+|\n\s*)([^\W\d_])", re.M)
SHOUTING = 0.8  # share of capitals among letters from which a text is all capitals
COMMON = 3.0  # Zipf frequency from which a word is ordinary English
ACRONYM_MAX = 4  # letters of an unknown rare word kept in capitals


def shouting(text: str) -> bool:
    """Mostly capitals: at least SHOUTING of the letters are capitals."""
    letters = sum(map(str.isalpha, text))
    return letters >= 40 and sum(map(str.isupper, text)) >= SHOUTING * letters


PARAGRAPH = re.compile(r"\S(?:.|\n(?![ \t]*\n))*", re.M)  # lines up to a blank line


def truecased(text: str, dictionary: Dictionary) -> str:
    """``text`` in ordinary case if it is all capitals, else each paragraph of it that is
    (a cable's summary in capitals under a header in ordinary case), else ``text`` itself."""
    if shouting(text):
        return _truecased(text, dictionary)
    parts = [m for m in PARAGRAPH.finditer(text) if shouting(m.group())]
    if not parts:
        return text
    chars = list(text)
    for part in parts:
        chars[part.start() : part.end()] = _truecased(part.group(), dictionary)
    return "".join(chars)


def _truecased(text: str, dictionary: Dictionary) -> str:
    chars = list(text)
    hits = dictionary.find(text)
    known = SpanIndex([(h.start, h.end) for h in hits])
    for hit in hits:
        _paint_name(chars, hit, dictionary)
    for word in WORD.finditer(text):
        if not known.overlaps(word.start(), word.end()):
            _paint(chars, word.start(), _word_case(word.group()))
    for start in SENTENCE_START.finditer("".join(chars)):
        _paint(chars, start.start(1), start.group(1).upper())
    return "".join(chars)


def _paint_name(chars: list[str], hit: Hit, dictionary: Dictionary) -> None:
    """A known name in the dictionary's own spelling, word by word."""
    template = dictionary.templates.get(fold_key(hit.surface), hit.surface.title())
    spelled = WORD.findall(template)
    words = list(WORD.finditer(hit.surface))
    for i, word in enumerate(words):
        same = len(spelled) == len(words) and len(spelled[i]) == len(word.group())
        cased = spelled[i] if same else _word_case(word.group())
        _paint(chars, hit.start + word.start(), cased)


def _word_case(word: str) -> str:
    low = word.lower()
    if low in cues.CAPITALISED_WORDS or low in cues.DEMONYMS or cues.is_given_name(word.title()):
        return word.title()
    frequency = zipf(low)
    if frequency >= COMMON:
        return low
    if len(word) <= ACRONYM_MAX and frequency < 1.0:
        return word.upper()
    return word[:1].upper() + low[1:]


def _paint(chars: list[str], start: int, cased: str) -> None:
    """Write ``cased`` over the text from ``start``, a character at a time and only where
    the case mapping keeps one character ('İ'.lower() has two)."""
    for offset, ch in enumerate(cased):
        if len(ch) == 1 and start + offset < len(chars):
            chars[start + offset] = ch
