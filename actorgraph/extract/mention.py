"""A name found in a report (a mention) and the contexts around a name that
tell its kind."""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_PERSON_TOKENS = 7
ACRONYM = re.compile(r"[A-Z][A-Z0-9&\-.]{1,11}")
NAME_LIKE = 4.0  # Zipf frequency below which a capitalised word reads as a name
# the nouns of a place named after 'of': 'the town of Z', 'the border state of Z'
PLACE_OF = (
    r"(?:city|cities|towns?|villages?|ports?|provinces?|districts?|governorates?|regions?|"
    r"outskirts|suburbs?|state|municipalit(?:y|ies)|communes?|prefectures?|oblasts?|islands?|"
    r"neighbou?rhoods?|quarters?|counties|county|(?:rural\s+|border\s+)?areas?|countryside|"
    r"vicinity|environs)"
)
# a place held, won or lived in: 'retook Z', 'seized control of Z', 'residents of Z'
HELD_PLACE = (
    r"retook|recaptured|overran|(?:residents|inhabitants)\s+of|"
    r"(?:took|retook|seized|wrested|regained|lost|gained)\s+(?:full\s+)?control\s+of"
)
PLACE_CONTEXT = re.compile(
    r"\b(?:(?:in|at|near|from|(?<!according\s)(?<!thanks\s)(?<!due\s)"
    # 'loyal to A', 'an aide to A', 'a letter to A': a person or a body, not a place
    r"(?<!loyal\s)(?<!allegiance\s)(?<!close\s)(?<!linked\s)(?<!tied\s)(?<!affiliated\s)"
    r"(?<!married\s)(?<!related\s)(?<!answerable\s)(?<!aide\s)(?<!adviser\s)(?<!advisor\s)"
    r"(?<!letter\s)(?<!message\s)(?<!spoke\s)(?<!talked\s)(?<!loyalty\s)to|into|outside|across|"
    rf"around|towards?|via|{HELD_PLACE})\s+"
    rf"(?:the\s+)?|{PLACE_OF}\s+of\s+(?:the\s+)?)$",
    re.I,
)
# a name described as a place right after it: 'Zorgho, a town in the east', 'Nyali, a suburb of'
DESCRIBED_PLACE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:town|village|city|district|suburb|settlement|"
    r"commune|locality|neighbou?rhood|hamlet|municipality|county|province|capital|port)\s+"
    r"(?:in|of|near|on|north|south|east|west|outside|along|about|some|just|close)\b"
)
# a name that a place's noun follows: 'visited Maungdaw town', 'the Kutupalong camp'
TOWN_AFTER = re.compile(
    r"\s+(?:town|city|village|township|camp|port|district)\b(?!\s+(?:of|council)\b)"
)
# the second and later names of a list of places: 'the towns of A, B and C'
PLACE_LIST = re.compile(
    rf"\b{PLACE_OF}\s+of\s+(?:the\s+)?(?:[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){{0,2}},\s+)*"
    r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2},?\s+(?:and|or)\s+$"
)
AT_VENUE = re.compile(
    r"\b(?:met|meets|received|receives|hosted|hosts|welcomed|talks|meeting|called\s+on)\b"
    r"[^.;]{0,120}\bat\s+(?:the\s+)?$",
    re.I,
)


def venue_named_at(text: str, start: int) -> bool:
    """After 'at', in a clause that tells a meeting ('received him at State House')."""
    return AT_VENUE.search(text[max(0, start - 160) : start]) is not None


MEDIA_BEFORE = re.compile(  # a news outlet's name follows: 'the Chiang Mai-based outlet X'
    r"\b(?:outlet|daily|newspaper|weekly|magazine|broadcaster|news\s+site|news\s+website|"
    r"news\s+portal|news\s+agency|wire\s+service|(?:TV|television|radio)\s+(?:channel|station))\s+$|"
    # a body's: 'the Dubai-based exchange X', 'a London-based think tank X'
    r"\w-based\s+(?:[a-z]+\s+){1,2}$"
)
PERSON_CONTEXT = re.compile(  # wire bylines: "Reporting by A; Editing by B"
    r"\b(?:reporting|writing|editing|written|edited|compiled|photo(?:graph)?s?)\s+by\s+$|"
    # who spoke: "heard briefings from A", "the statement by A"
    r"\b(?:briefings?|statements?|remarks|presentations?|testimony)\s+(?:from|by|of)\s+$",
    re.I,
)


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
    acronym_of: Mention | None = None  # the name an acronym in parentheses abbreviates
    entity: str | None = None
    outlet: bool = False  # named right after a news outlet's noun ('the daily X')
    described: bool = False  # one word its context calls a body ('X, a Moscow-based NGO')
