"""A minister and the ministry the report names: 'Russian Foreign Minister X' leads the
'Russian Foreign Ministry' (SCHEMA: head of -> LEADS; a deputy minister is a member).

The title stands right before the person's name; the ministry is an organization of the
same report whose name gives the same portfolio ('Foreign Ministry', 'Ministry of Foreign
Affairs') and, for a minister (not a deputy), is named in the same sentence as the title
('Foreign Minister X received Y at the Ministry of Foreign Affairs'). Both must name the
same country, or neither; if several people hold the title beside it, none is paired.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass

from actorgraph.model import Entity, Evidence, Relation
from actorgraph.text import Sentence

PORTFOLIO = (
    r"(?:(?:National\s+)?Defen[cs]e|Foreign(?:\s+Affairs)?|External\s+Affairs|Internal\s+Affairs|"
    r"Home|Interior|Finance|Justice|Health|Information|Energy|Oil|Intelligence|Economy|Trade|"
    r"Education)"
)
DEPUTY = r"(?:Deputy|Vice|Assistant|State)\b"
# what may stand between the title and the name: "for Legal and International Affairs", a rank
QUALIFIER = r"(?:\s+for\s+(?:[A-Z][\w\-]*|and|of|the)(?:\s+(?:[A-Z][\w\-]*|and|of|the)){0,5})?"
RANK = (
    r"(?:(?:(?:Colonel|Lieutenant|Major|Brigadier)[-\s])?General|Admiral|Colonel|Dr|Mr|Mrs|Ms|Gen)"
)
# "Russian Foreign Minister", "Israel's Defense Minister", "Deputy Foreign Minister"
TITLE_BEFORE = re.compile(
    rf"(?:\b(?!{DEPUTY})(?P<marker>[A-Z][^\W\d_]+)(?:['’]s)?\s+)?(?:(?P<deputy>{DEPUTY})\s+)?"
    rf"(?P<portfolio>{PORTFOLIO})\s+Minister{QUALIFIER}\s*,?\s+(?:{RANK}\.?\s+)?$"
)
# "Minister of Foreign Affairs of the Republic of Azerbaijan"
TITLE_OF = re.compile(
    rf"(?:\b(?!{DEPUTY})(?P<before>[A-Z][^\W\d_]+)(?:['’]s)?\s+)?(?:(?P<deputy>{DEPUTY})\s+)?"
    rf"Minister\s+(?:of|for)\s+(?:the\s+)?"
    rf"(?P<portfolio>{PORTFOLIO})(?:\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?P<marker>[A-Z][^\W\d_]+)"
    rf"(?:\s+Federation)?)?\s*,?\s+(?:{RANK}\.?\s+)?$"
)
MINISTRY = re.compile(
    rf"^(?:(?P<before>[A-Z][^\W\d_]+)(?:['’]s)?\s+)?(?:(?P<portfolio>{PORTFOLIO})\s+Ministry|"
    rf"Ministry\s+of\s+(?:the\s+)?(?P<portfolio2>{PORTFOLIO}))"
    rf"(?:\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?P<after>[A-Z][^\W\d_]+)(?:\s+Federation)?)?$"
)
# the United States' departments: "Under Secretary of the Treasury for ... A", "Deputy
# Secretary of State A"; "the Department of the Treasury", "the State Department"
US_PORTFOLIO = r"(?:State|Treasury|Defense|Homeland\s+Security)"
SECRETARY = re.compile(
    rf"(?:\b(?P<marker>U\.?S\.?)\s+)?(?:(?P<deputy>Deputy|Under|Assistant)\s+)?Secretary\s+of\s+"
    rf"(?:the\s+)?(?P<portfolio>{US_PORTFOLIO}){QUALIFIER}\s*,?\s+(?:{RANK}\.?\s+)?$"
)
DEPARTMENT = re.compile(
    rf"^(?:the\s+)?(?:(?P<before>U\.?S\.?|United\s+States)\s+)?(?:Department\s+of\s+(?:the\s+)?(?P<portfolio>{US_PORTFOLIO})|"
    rf"(?P<portfolio2>State|Treasury|Defense)\s+Department|(?P<portfolio3>Treasury))$"
)
NOT_MARKERS = {"deputy", "vice", "assistant", "state", "former", "acting", "the", "then", "new"}
SAME = {"defence": "defense", "home": "interior", "internal": "interior", "external": "foreign"}
WINDOW = 90  # characters before a name where its title stands


@dataclass(frozen=True)
class Title:
    person: str
    portfolio: str
    country: str | None
    deputy: bool
    sentence: Sentence


def minister_relations(
    report_id: str, text: str, spans: list[Sentence], entities: dict[str, Entity]
) -> list[Relation]:
    """LEADS (or MEMBER_OF for deputies) from each titled minister to the ministry."""
    ministries = _ministries(entities)
    if not ministries:
        return []
    titles = _titles(text, spans, entities)
    holders: dict[str, list[Title]] = defaultdict(list)
    for title in titles:
        for ministry in _matching(title, ministries):
            holders[ministry].append(title)
    found = []
    for ministry, held in holders.items():
        for title in _near(held, _sentences(entities[ministry], spans)):
            predicate = "MEMBER_OF" if title.deputy else "LEADS"
            s = title.sentence
            ev = Evidence(report_id, s.text, s.start, s.end, "rules:minister-ministry", 0.7)
            found.append(Relation(title.person, predicate, ministry, ev))
    return found


def _ministries(entities: dict[str, Entity]) -> dict[str, tuple[str, str | None]]:
    """Ministry id -> (portfolio, country marker) from the ministry's name."""
    found = {}
    for entity in entities.values():
        if entity.type != "Organization":
            continue
        if match := MINISTRY.match(entity.name):
            portfolio = match.group("portfolio") or match.group("portfolio2")
            marker = _marker(match.group("before")) or _marker(match.group("after"))
            found[entity.id] = (_portfolio(portfolio), marker)
        elif match := DEPARTMENT.match(entity.name):
            portfolio = next(p for p in match.group("portfolio", "portfolio2", "portfolio3") if p)
            found[entity.id] = (_us(portfolio), None)
    return found


def _us(portfolio: str) -> str:
    """A United States department's key, apart from the ministries of other countries."""
    return "us-" + portfolio.lower().split()[0]


def _titles(text: str, spans: list[Sentence], entities: dict[str, Entity]) -> list[Title]:
    titles = []
    for entity in entities.values():
        if entity.type != "Person":
            continue
        for start, _ in entity.mentions:
            before = text[max(0, start - WINDOW) : start]
            match = TITLE_BEFORE.search(before) or TITLE_OF.search(before)
            match = match or SECRETARY.search(before)
            sentence = _sentence(spans, start)
            if match and sentence:
                titles.append(_title(entity.id, match, sentence))
    return titles


def _title(person: str, match: re.Match[str], sentence: Sentence) -> Title:
    deputy = bool(match.group("deputy"))
    if match.re is SECRETARY:  # a US department: its own key, no country to compare
        return Title(person, _us(match.group("portfolio")), None, deputy, sentence)
    portfolio = _portfolio(match.group("portfolio"))
    groups = match.groupdict()
    marker = _marker(groups["marker"]) or _marker(groups.get("before"))
    return Title(person, portfolio, marker, deputy, sentence)


def _matching(title: Title, ministries: dict[str, tuple[str, str | None]]) -> list[str]:
    """The one ministry of the title's portfolio and country (none if several); a title
    without a country ('Deputy Foreign Minister X') takes the report's one such ministry."""
    same = [i for i, (p, c) in ministries.items() if p == title.portfolio and c == title.country]
    if not same and title.country is None:
        same = [i for i, (p, _) in ministries.items() if p == title.portfolio]
    return same if len(same) == 1 else []


def _near(held: list[Title], sentences: set[int]) -> list[Title]:
    """The titles in a sentence that names the ministry, if they are one person's, and the
    deputies wherever the report names them (a ministry has several, and they lead none)."""
    near = [t for t in held if t.sentence.start in sentences or t.deputy]
    return near if len({t.person for t in near if not t.deputy}) <= 1 else []


def _portfolio(words: str) -> str:
    key = re.sub(r"\b(?:national|affairs)\b", " ", words.lower()).split()[0]
    return SAME.get(key, key)


def _marker(word: str | None) -> str | None:
    """A country word reduced to its stem ('Russian', 'Russia' -> 'russ'), or None."""
    if not word or word.lower() in NOT_MARKERS or re.fullmatch(PORTFOLIO, word):
        return None
    plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()
    return plain[:4]


def _sentences(entity: Entity, spans: list[Sentence]) -> set[int]:
    """Starts of the sentences that name an entity."""
    found = (_sentence(spans, start) for start, _ in entity.mentions)
    return {s.start for s in found if s}


def _sentence(spans: list[Sentence], offset: int) -> Sentence | None:
    """The sentence around an offset (sentences in text order; a binary search)."""
    i = bisect_right(spans, offset, key=lambda s: s.start) - 1
    return spans[i] if i >= 0 and offset < spans[i].end else None
