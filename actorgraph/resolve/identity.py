"""Transliteration-insensitive keys for personal names.

A name's skeleton keeps, per word, the first consonant-or-vowel class and the consonants,
with the usual English spellings of Arabic and Persian sounds folded together (q/gh, kh/k,
ou/u, doubled letters, the article al-/el-). Vowel classes (a / e-i / o-u) are kept for the
first vowel of a word, so Hassan and Hussein stay apart while Hussein and Hossein meet.

>>> skeleton("Haidar al Abadi") == skeleton("Haider al-Abadi")
True
>>> skeleton("Esmail Qaani") == skeleton("Ismail Qa'ani") == skeleton("Esmail Ghaani")
True
>>> skeleton("Mohammad Javad Zarif") == skeleton("Muhammad Javad Zarif")
True
>>> skeleton("Hassan Nasrallah") == skeleton("Hussein Nasrallah")
False
>>> skeleton("Qaani") is None  # one word is too little to merge on
True
"""

from __future__ import annotations

import re

from actorgraph.text import fold_key

DIGRAPHS = [("gh", "g"), ("q", "g"), ("kh", "k"), ("ch", "k"), ("ck", "k"), ("c", "k"),
            ("ph", "f"), ("th", "t"), ("dh", "d"), ("sh", "s"), ("ou", "u"), ("oo", "u"),
            ("ee", "i"), ("w", "v"), ("z", "z"), ("x", "ks")]  # fmt: skip
VOWEL_CLASS = {"a": "A", "e": "E", "i": "E", "o": "U", "u": "U", "y": "E"}
DROPPED = {"al", "el", "ul", "ad", "as", "ash", "ar", "an", "az", "at", "ibn", "bin", "ben"}


def word_key(word: str) -> str:
    """One word's key: first vowel class kept, other vowels dropped, letters folded.

    >>> word_key("Hossein"), word_key("Hussein"), word_key("Hassan")
    ('hUsn', 'hUsn', 'hAsn')
    """
    word = re.sub(r"[^a-z]", "", word.lower())
    for old, new in DIGRAPHS:
        word = word.replace(old, new)
    out: list[str] = []
    seen_vowel = False
    for ch in word:
        if ch in VOWEL_CLASS:
            if not seen_vowel:
                out.append(VOWEL_CLASS[ch])
                seen_vowel = True
            continue
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def skeleton(name: str) -> str | None:
    """The key of a name of two words or more (particles aside), else None."""
    words = [w for w in re.split(r"[\s\-]+", fold_key(name).replace("'", "")) if w]
    words = [w for w in words if w not in DROPPED]
    if len(words) < 2:
        return None
    return " ".join(word_key(w) for w in words)
