"""Word lists that type names the dictionary does not know (titles before persons,
head-words of organizations and places, demonyms, words that are never names), loaded from
``cues.toml``: closed-class vocabularies of the domain, not entries copied from any report.

>>> "prime minister" in PERSON_TITLES and "ministry" in ORG_HEADS and "iranian" in DEMONYMS
True
>>> is_given_name("Fu’ad"), is_given_name("Fuad."), is_given_name("Syria")
(True, True, False)
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from actorgraph.text import fold

_DATA = tomllib.loads(Path(__file__).with_name("cues.toml").read_text(encoding="utf-8"))

PERSON_TITLES: frozenset[str] = frozenset(_DATA["person_titles"])
FOREIGN_ORG_HEADS: frozenset[str] = frozenset(_DATA["foreign_org_heads"])
ORG_HEADS: frozenset[str] = frozenset(_DATA["org_heads"]) | FOREIGN_ORG_HEADS
PLACE_HEADS: frozenset[str] = frozenset(_DATA["place_heads"])
PLURAL_TITLES: frozenset[str] = frozenset(_DATA["plural_titles"])  # 'Ministers A and B'
SURNAME_PARTICLES: frozenset[str] = frozenset(_DATA["surname_particles"])  # 'Pieter van Dam'
ROLE_ACRONYMS: dict[str, str] = dict(_DATA["role_acronyms"])  # 'EAM': its title's words
DEMONYMS: frozenset[str] = frozenset(_DATA["demonyms"]) | frozenset(_DATA["demonym_countries"])
STOP_NAMES: frozenset[str] = frozenset(_DATA["stop_names"])
NAME_PARTICLES: frozenset[str] = frozenset(_DATA["name_particles"])
JOINING_PARTICLES = NAME_PARTICLES - {"as", "ash", "ar", "an", "az", "at", "ad", "la"}
NAME_CONNECTORS: frozenset[str] = frozenset(_DATA["name_connectors"])
GIVEN_NAMES: frozenset[str] = frozenset(_DATA["given_names"]) | frozenset(
    line.strip()
    for line in Path(__file__).with_name("given_names.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)
GIVEN_FOLDED: frozenset[str] = frozenset(fold(n) for n in GIVEN_NAMES)  # 'ivan' for 'Iván'
KOREAN_SURNAMES: frozenset[str] = frozenset(_DATA["korean_surnames"])
# family name first: Korean, Chinese, Malaysian, Singaporean, Vietnamese
SURNAMES_FIRST: frozenset[str] = KOREAN_SURNAMES | frozenset(_DATA["east_asian_surnames"])
INNER_POSSESSIVES: frozenset[str] = frozenset(_DATA["inner_possessives"])
OFFICE_HOLDERS: frozenset[str] = frozenset(_DATA["office_holders"])
HOLDER_OFFICES: frozenset[str] = frozenset(_DATA["holder_offices"])
LOCAL_RULERS: frozenset[str] = frozenset(_DATA["local_rulers"])
SITE_KINDS: frozenset[str] = frozenset(_DATA["site_kinds"])
SITE_HEADS: frozenset[str] = frozenset(_DATA["site_heads"])
BUILDING_FIRST_WORDS: frozenset[str] = frozenset(_DATA["building_first_words"])
PART_HEADS: frozenset[str] = frozenset(_DATA["part_heads"])
DEMONYM_COUNTRIES: dict[str, str] = dict(_DATA["demonym_countries"])
DATELINE_AGENCIES: dict[str, str] = dict(_DATA["dateline_agencies"])
NOT_NAMES: frozenset[str] = frozenset(_DATA["not_names"])
LANGUAGES: frozenset[str] = frozenset(_DATA["languages"])
LOWERCASE_ORG_HEADS: frozenset[str] = frozenset(_DATA["lowercase_org_heads"])
PLACE_PREFIXES: frozenset[str] = frozenset(_DATA["place_prefixes"])
ORG_FIRST_WORDS: frozenset[str] = frozenset(_DATA["org_first_words"])
FIELD_WORDS: frozenset[str] = frozenset(_DATA["field_words"])
HONORIFICS: frozenset[str] = frozenset(_DATA["honorifics"])
CLERICAL_TITLES: frozenset[str] = frozenset(_DATA["clerical_titles"])
GENERIC_HEADS: frozenset[str] = frozenset(_DATA["generic_heads"])
MEDIA_HEADS: frozenset[str] = frozenset(_DATA["media_heads"])
LOWERCASE_PLACE_HEADS: frozenset[str] = frozenset(_DATA["lowercase_place_heads"])
SAME_PLACE_HEADS: frozenset[str] = frozenset(_DATA["same_place_heads"])
TOWN_HEADS: frozenset[str] = frozenset(_DATA["town_heads"])
LEGAL_FORMS: tuple[str, ...] = tuple(_DATA["legal_forms"])
FACILITY_HEADS: frozenset[str] = frozenset(_DATA["facility_heads"])
VENUE_HEADS: frozenset[str] = frozenset(_DATA["venue_heads"])
VENUE_KINDS: tuple[str, ...] = tuple(_DATA["venue_kinds"])
FEATURE_HEADS: tuple[str, ...] = tuple(_DATA["feature_heads"])
VENUE_NAME_WORDS: frozenset[str] = frozenset(_DATA["venue_name_words"])
ROYAL_TITLES: tuple[str, ...] = tuple(_DATA["royal_titles"])
OFFICE_TITLES: tuple[str, ...] = tuple(_DATA["office_titles"])
PORTFOLIO_WORDS: frozenset[str] = frozenset(_DATA["portfolio_words"])
CAPITALISED_WORDS: frozenset[str] = frozenset(_DATA["capitalised_words"])
SPELLED_ORDINALS: frozenset[str] = frozenset(_DATA["spelled_ordinals"])
PURPOSE_VERBS: tuple[str, ...] = tuple(_DATA["purpose_verbs"])
JOURNEY_VERBS: tuple[str, ...] = tuple(_DATA["journey_verbs"])
JOURNEY = "(?:" + "|".join(JOURNEY_VERBS) + ")"  # a regex alternation of the verbs above
# the day a journey is told with, between its verb and 'to': 'flew on 12 May to Z'
ON_DAY = r"on\s+(?:\d{1,2}\s+)?[A-Z]\w+\s+(?:\d{1,2}\s+)?"
# the means of a journey, between its verb and 'to': 'travelled by road to Z'
BY_MEANS = r"by\s+(?:road|air|car|plane|helicopter|train|rail|land|sea|boat|ship|convoy)\s+"
DIARY_VERBS: tuple[str, ...] = tuple(_DATA["diary_verbs"])  # 'Met B at noon.': the writer's
# a meal or a table shared by everyone named after 'with' ('a working lunch with A and B')
SHARED_TABLE = r"(?:lunch|dinner|breakfast|round\s*table|coffee)"
PERSON_NOUNS: frozenset[str] = frozenset(_DATA["person_nouns"]) | PERSON_TITLES
JOB_TITLE_HEADS: frozenset[str] = frozenset(_DATA["job_title_heads"])
APOSTROPHES = str.maketrans("", "", "'’ʼ`")


def name_key(word: str) -> str:
    """A name part as the word lists hold it: lower case, no apostrophe, no final stop."""
    return word.rstrip(".").lower().translate(APOSTROPHES)


def is_description(surface: str) -> bool:
    """'Iraqi government', 'Russian air force': a modifier and a lower-case generic head.

    >>> is_description("Iraqi government"), is_description("Iraqi Government Council")
    (True, False)
    """
    words = surface.split()
    if len(words) < 2 or not words[-1][:1].islower():
        return False
    return words[-1] in GENERIC_HEADS or " ".join(words[-2:]) in GENERIC_HEADS


def is_given_name(word: str) -> bool:
    """'Fu’ad' and 'Fuad' are both the given name 'fuad', 'Nicolás' and 'Nicolas' are one;
    Arabic names written as one word with 'Abd' ('servant of': 'Abdulraouf', 'Abdelkarim')
    are given names too."""
    return fold(name_key(word)) in GIVEN_FOLDED or ABD_NAME.fullmatch(word) is not None


ABD_NAME = re.compile(r"Abd(?:ul|el|al|ol|ur|ir|oul)?[a-z]{4,}")


def heads_a_body(word: str) -> bool:
    """'Met Office', 'Met Police': the word after a verb-like first word makes it a body's
    name."""
    return word.lower() in ORG_HEADS or word.lower() == "police"


def is_building(name: str) -> bool:
    """A name that ends in a building's or venue's head-word ('Elysee Palace', 'Government
    House', 'Baghdad International Airport')."""
    words = name.lower().split()
    return bool(words) and words[-1] in FACILITY_HEADS | VENUE_HEADS
