"""Find the names a report uses: dictionary hits first, then capitalised names the
dictionary does not know, typed by cues (titles, head-words, given names, acronyms).

>>> from actorgraph.ingest.dictionary import Dictionary, Entry
>>> d = Dictionary()
>>> d.add(Entry("place:homs", "Place", "Homs"))
>>> [(m.surface, m.type) for m in find_mentions("Brig. Gen. Ali Rezaei visited Homs.", d)]
[('Ali Rezaei', 'Person'), ('Homs', 'Place')]
>>> [(m.surface, m.type) for m in find_mentions("The Iraqi Security Forces (ISF) left.", d)]
[('Iraqi Security Forces', 'Organization'), ('ISF', 'Organization')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from actorgraph.ingest import cues
from actorgraph.ingest.dictionary import Dictionary, Hit
from actorgraph.ingest.text import sentences
from actorgraph.ingest.tokens import Token, capital_runs, tokenize

MAX_PERSON_TOKENS = 5
ACRONYM = re.compile(r"[A-Z][A-Z0-9&\-.]{1,11}")


@dataclass
class Mention:
    """A span that names an entity (or a candidate the resolver may still drop)."""

    start: int
    end: int
    surface: str
    type: str | None
    ids: tuple[str, ...] = ()
    source: str = "dictionary"
    title: str | None = None
    acronym_of: int | None = None
    entity: str | None = None


def find_mentions(text: str, dictionary: Dictionary) -> list[Mention]:
    """Dictionary hits and cue-typed names, left to right, never overlapping."""
    hits = dictionary.find(text)
    mentions = [_from_hit(h, dictionary) for h in hits]
    covered = [(h.start, h.end) for h in hits]
    for sentence in sentences(text):
        for run in capital_runs(tokenize(sentence.text, sentence.start)):
            for piece in _split(run, covered):
                mention = candidate(text, piece, dictionary)
                if mention is not None:
                    mentions.append(mention)
    mentions.sort(key=lambda m: m.start)
    _link_acronyms(text, mentions)
    _title_hits(text, mentions)
    return mentions


def _from_hit(hit: Hit, dictionary: Dictionary) -> Mention:
    types = {dictionary.entries[i].type for i in hit.ids}
    kind = types.pop() if len(types) == 1 else None
    return Mention(hit.start, hit.end, hit.surface, kind, hit.ids, "dictionary")


def _split(run: list[Token], covered: list[tuple[int, int]]) -> list[list[Token]]:
    """Pieces of a run between dictionary hits (a token touching a hit is dropped)."""
    pieces: list[list[Token]] = [[]]
    for tok in run:
        if any(s < tok.end and tok.start < e for s, e in covered):
            pieces.append([])
        else:
            pieces[-1].append(tok)
    return [p for p in pieces if p]


def candidate(text: str, piece: list[Token], dictionary: Dictionary) -> Mention | None:
    """Trim a capitalised run to a name and type it, or drop it."""
    words = list(piece)
    demonyms: list[Token] = []
    title: str | None = None
    while words and (size := _lead(words)):
        lead, words = words[:size], words[size:]
        if lead[0].bare.lower() in cues.DEMONYMS and not title:
            demonyms.append(lead[0])
        elif size > 1 or _is_title(lead[0]):
            name = " ".join(t.text for t in lead)
            title = f"{title} {name}" if title else name
    words = _trim_tail(words)
    if not words:
        return None
    if title and not _org_words(words):
        return _mention(text, words[:MAX_PERSON_TOKENS], "Person", title)
    if demonyms and _org_words(words):
        words = demonyms[-1:] + words
    kind = guess_type(words, text)
    return _mention(text, words, kind, None) if _plausible(words, kind) else None


def _lead(words: list[Token]) -> int:
    """How many leading tokens are a title (up to 3 words), a demonym or a stop word."""
    for size in (3, 2):
        if " ".join(t.bare.lower() for t in words[:size]) in cues.PERSON_TITLES:
            return size if len(words) >= size else 0
    low = words[0].bare.lower()
    return int(low in cues.STOP_NAMES or low in cues.DEMONYMS or _is_title(words[0]))


def _is_title(tok: Token) -> bool:
    return tok.bare.lower() in cues.PERSON_TITLES or tok.text.lower() in cues.PERSON_TITLES


def _trim_tail(words: list[Token]) -> list[Token]:
    while words and (not words[-1].capital or words[-1].bare.lower() in cues.STOP_NAMES):
        words = words[:-1]
    return words


def _org_words(words: list[Token]) -> bool:
    return any(w.bare.lower().rstrip("'’s") in cues.ORG_HEADS for w in words)


def _mention(text: str, words: list[Token], kind: str | None, title: str | None) -> Mention:
    start, end = words[0].start, words[-1].end
    surface = text[start:end]
    if re.search(r"['’]s$", surface):
        end -= 2
        surface = surface[:-2]
    return Mention(start, end, surface, kind, (), "cue", title=title)


def guess_type(words: list[Token], text: str) -> str | None:
    """Place or Organization by head-word, Person by given name or name particle, else None."""
    lows = [w.bare.lower().rstrip("'’s") for w in words]
    tail = " ".join(lows[-2:])
    if lows[-1] in cues.PLACE_HEADS or tail in cues.PLACE_HEADS:
        return "Place"
    if any(w in cues.ORG_HEADS for w in lows):
        return "Organization"
    if len(words) == 1 and ACRONYM.fullmatch(words[0].bare) and words[0].bare.isupper():
        return "Organization"
    if lows[0] in cues.GIVEN_NAMES and len(words) > 1:
        return "Person"
    if len(words) > 1 and any(_particle(w) for w in words[1:]):
        return "Person"
    return None


def _particle(tok: Token) -> bool:
    head = tok.text.split("-", 1)[0].lower()
    return head in cues.NAME_PARTICLES and head != tok.text.lower()


def _plausible(words: list[Token], kind: str | None) -> bool:
    letters = sum(ch.isalpha() for w in words for ch in w.text)
    if letters < 2:
        return False
    return kind is not None or len(words) == 1


def _link_acronyms(text: str, mentions: list[Mention]) -> None:
    """``Syrian Observatory for Human Rights (SOHR)``: the acronym is the name's alias."""
    for index in range(1, len(mentions)):
        mention, previous = mentions[index], mentions[index - 1]
        opened = text[previous.end : mention.start].strip() in ("(", ", or", "- (")
        if opened and text[mention.end : mention.end + 1] == ")":
            mention.acronym_of = index - 1
            if mention.source == "cue" or mention.type is None:
                mention.type = previous.type


def _title_hits(text: str, mentions: list[Mention]) -> None:
    """Record a person title just before a dictionary hit (``President al-Assad``)."""
    for mention in mentions:
        before = text[max(0, mention.start - 40) : mention.start].split()
        if (
            mention.type == "Person"
            and mention.title is None
            and before
            and before[-1].lower().strip(".,") in cues.PERSON_TITLES
        ):
            mention.title = before[-1]
