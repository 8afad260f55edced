"""The long form an acronym in parentheses spells out: 'the United Nations Support Mission in
Libya (UNSMIL)' names one organization, though its words hold a place and small words.

The acronym's letters are found, right to left, in the words before it, its first letter at
the start of a word (after Schwartz and Hearst, "A simple algorithm for identifying
abbreviation definitions in biomedical text", 2003). The long form starts with a capitalised
word, and every word in it is capitalised or a small joining word.
"""

from __future__ import annotations

import re

ACRONYM = re.compile(r"\(([A-Z][A-Za-z0-9/&\-]{1,9})\)")
WORD = re.compile(r"[\w'’\-]+")
JOINING = {"and", "in", "for", "of", "on", "the", "de", "du", "des", "la", "le", "et", "wal", "y"}
SMALL = JOINING | {"pour", "les", "el", "los", "las", "e", "do", "da", "dos", "das", "al", "wa"}
MAX_JOINING = 4
# a form that names an instrument or a designation, not an actor: 'Joint Comprehensive Plan
# of Action (JCPOA)', 'Foreign Terrorist Organization (FTO)'
NOT_ACTORS = {
    "plan", "agreement", "treaty", "accord", "act", "resolution", "convention", "protocol",
    "initiative", "framework", "roadmap", "declaration", "memorandum", "charter", "law",
    "terrorist", "terrorists", "designated", "program", "programme", "system", "index",
}  # fmt: skip


def long_forms(text: str) -> list[tuple[int, int]]:
    """(start, end) of each long form an acronym in parentheses spells out."""
    found = []
    for match in ACRONYM.finditer(text):
        letters = re.sub(r"[^a-z0-9]", "", match.group(1).lower())
        if len(letters) < 3 or not match.group(1)[:2].isupper():
            continue
        span = _long_form(text, match.start(), letters)
        if span is not None and not NOT_ACTORS & set(text[span[0] : span[1]].lower().split()):
            found.append(span)
    return found


def _long_form(text: str, end: int, letters: str) -> tuple[int, int] | None:
    return _spelled(text, end, letters) or _initials(text, end, letters)


def _initials(text: str, end: int, letters: str) -> tuple[int, int] | None:
    """A name in a language that keeps its words in lower case ('Conseil national pour la
    sauvegarde de la patrie (CNSP)'): the initials of its words, small words aside, are the
    acronym's letters, and it opens with a capital."""
    words = list(WORD.finditer(text, max(0, end - 200), end))
    form: list[re.Match[str]] = []
    for word in reversed(words):
        if text[word.end() : form[0].start() if form else end].strip():
            break  # punctuation between: the name ended
        form.insert(0, word)
        content = [ELIDED.sub("", w.group(0)) for w in form if w.group(0).lower() not in SMALL]
        if "".join(w[0].lower() for w in content) == letters and form[0].group(0)[0].isupper():
            return form[0].start(), form[-1].end()
        if len(content) >= len(letters):
            break
    return None


def _spelled(text: str, end: int, letters: str) -> tuple[int, int] | None:
    words = _words_before(text, end, len(letters) + 5)
    for size in range(2, len(words) + 1):  # the shortest that spells the acronym
        form = words[-size:]
        if form[0].group(0)[0].isupper() and _spells(letters, [w.group(0) for w in form]):
            return form[0].start(), form[-1].end()
    return None


def _words_before(text: str, end: int, most: int) -> list[re.Match[str]]:
    """The run of capitalised and joining words right before ``end`` (up to ``most``)."""
    start = max(0, end - 200)
    before = text[start:end].rstrip()
    words = list(WORD.finditer(text, start, start + len(before)))
    run: list[re.Match[str]] = []
    for word in reversed(words):
        gap = text[word.end() : run[0].start() if run else start + len(before)]
        if gap.strip() or len(run) >= most:
            break  # punctuation between: the name ended
        if not (_capital(word.group(0)) or word.group(0) in JOINING):
            break
        run.insert(0, word)
    while run and not _capital(run[0].group(0)):
        run.pop(0)
    joining = sum(w.group(0) in JOINING for w in run)
    return run if joining <= MAX_JOINING else []


ELIDED = re.compile(r"^[dl][’']", re.I)  # "l'Azawad", "d'Ivoire": the article is no word


def _capital(word: str) -> bool:
    return ELIDED.sub("", word)[:1].isupper()


def _spells(letters: str, words: list[str]) -> bool:
    """Schwartz-Hearst: each letter, right to left, found in order; the first one starts a
    word, and that word is the first of the form."""
    chars = " ".join(ELIDED.sub("", w) for w in words).lower()
    j = len(chars) - 1
    for i in range(len(letters) - 1, -1, -1):
        first = i == 0
        while j >= 0 and (chars[j] != letters[i] or (first and j > 0 and chars[j - 1] != " ")):
            j -= 1
        if j < 0:
            return False
        j -= 1
    return j == -1  # the first letter is the form's first
