"""Typed relations from sentence templates: apply the rules of
:mod:`actorgraph.extract.patterns`, keep the edges the schema allows, attach the evidence.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator
from dataclasses import replace
from functools import lru_cache

from actorgraph.extract import cues, frames
from actorgraph.extract.patterns import RELATION_RULES, Rule
from actorgraph.extract.template import Template
from actorgraph.model import Entity, Evidence, Relation
from actorgraph.resolve.dictionary import load
from actorgraph.resolve.gazetteer import capital_names
from actorgraph.schema import SCHEMA

EXTRACTOR = "rules"
FRAME_CONFIDENCE = 0.6
# VISITED comes with its Visit event from the events module (the same visit frame)
STATED = {p for p in SCHEMA.claim_types if p != "VISITED"}
# every word some rule needs: a sentence is searched for each once, not once per rule
NEEDED = frozenset(word for rule in RELATION_RULES for word in rule.needs)


def evidence(template: Template, report_id: str, rule: str, confidence: float) -> Evidence:
    end = template.start + len(template.sentence)
    return Evidence(
        report_id, template.sentence, template.start, end, f"{EXTRACTOR}:{rule}", confidence
    )


def find_relations(
    templates: Iterable[Template],
    entities: dict[str, Entity],
    report_id: str,
    only: Collection[str] | None = None,
) -> list[Relation]:
    """Every (subject, predicate, object) a rule finds and the schema allows, once each;
    ``only`` names the rules to apply (then verb frames are not read)."""
    found: dict[tuple[str, str, str], Relation] = {}
    kinds = {i: e.type for i, e in entities.items()}
    rules = [r for r in RELATION_RULES if only is None or r.name in only]
    for template in (v for t in templates for v in _variants(t)):
        if "⟦" not in template.text:
            continue  # no entity, no relation
        starts, lower = _starts(template.text), template.text.lower()
        present = {word for word in NEEDED if word in lower}
        for rule in rules:
            if rule.needs and present.isdisjoint(rule.needs):
                continue
            for subject, obj in matches(rule, template, starts):
                relation = _relation(rule, template, subject, obj, entities, report_id)
                if relation and _key(relation) not in found:
                    found[_key(relation)] = relation
        stated = frames.find(template, kinds, STATED) if only is None else ()
        for predicate, subject, obj, name in stated:
            rule = Rule(f"frame-{name}", predicate, frames.FRAMES[0].trigger, FRAME_CONFIDENCE)
            relation = _relation(rule, template, subject, obj, entities, report_id)
            if relation and _key(relation) not in found:
                found[_key(relation)] = relation
    return _not_of_their_own(list(found.values()))  # leaders over members: the report's dedupe


ASIDE = re.compile(
    r"\s*\([^()]*\)|\[\d+\]|—[^—.;]{1,150}—(?=\w)|\s+[—–]\s[^—–.;]{1,150}\s[—–](?=\s)|"
    r"--(?!-)[^.;]{1,150}?--(?=\w)|\s+--\s[^.;]{1,150}?\s--(?=\s)|"  # typed dashes
    # a comma aside after the subject: 'X, for its part, funds Y'
    r",\s+(?:for\s+(?:its|his|her|their)\s+part|in\s+turn|however|meanwhile|too),(?=\s)|"
    # a description between the subject and its verb: "X, a gang based in Z, is allied with Y",
    # "X, the group's armed wing, has attacked Y"
    r"(?<=⟧),\s+(?:a|an|the)\s+(?-i:[a-z])[^,;()]{1,80}?,(?=\s+(?:is|was|are|were|has|have|had)\s)|"
    # 'X, commanded by A, is headquartered in Z'
    r"(?<=⟧),\s+(?:commanded|led|headed|founded|run|backed|funded|chaired)\s+by\s+[^,;()]{1,60}?,"
    r"(?=\s+(?:is|was|are|were|has|have|had)\s)"
)


def _variants(template: Template) -> list[Template]:
    """The sentence, and the sentence without its asides (parentheses, dashes, citation
    marks) when it has any: 'X (Arabic: ...)—or the Y—is part of Z' also reads 'X is part of Z'."""
    plain = ASIDE.sub("", template.text)
    return [template] if plain == template.text else [template, replace(template, text=plain)]


def _not_of_their_own(relations: list[Relation]) -> list[Relation]:
    """A leader or member who says what their own group will do ('X said that the group
    would not ...') speaks for it: the group is not a claim X reports."""
    own = {(r.subject, r.object) for r in relations if r.predicate in ("LEADS", "MEMBER_OF")}
    return [r for r in relations if not (_speaks(r) and (r.subject, r.object) in own)]


SPEAKING = {"rules:person-said-that", "rules:according-to-source-claim"}


def _speaks(relation: Relation) -> bool:
    """A claim a person opens the sentence with ('X said that ...', 'According to X, ...'),
    not one told and then attributed ('the TNLA fought ..., its commander X said')."""
    return relation.predicate == "REPORTED" and relation.evidence.extractor in SPEAKING


def leaders_are_not_members(relations: list[Relation]) -> list[Relation]:
    """MEMBER_OF means 'not the leader': drop it where the same report says LEADS."""
    leads = {(r.subject, r.object) for r in relations if r.predicate == "LEADS"}
    return [
        r for r in relations if r.predicate != "MEMBER_OF" or (r.subject, r.object) not in leads
    ]


Starts = tuple[frozenset[int], frozenset[int], int]


def matches(
    rule: Rule, template: Template, starts: Starts | None = None
) -> Iterator[tuple[str, str]]:
    """Subject/object id pairs of every (overlapping) match of a rule: a rule that opens
    with an entity is tried at each placeholder, any other at each word."""
    for match in _matched(rule, template.text, starts or _starts(template.text)):
        for subject in template.ids(match.group("s")):
            for obj in template.ids(match.group("o")):
                yield subject, obj


def _matched(rule: Rule, text: str, starts: Starts) -> Iterator[re.Match[str]]:
    """The matches that start where the rule may (see ``_starts``): the engine looks for
    the next match itself (``search`` from a position finds the first one at which ``match``
    succeeds), so a rule tried at every word costs one scan of the sentence, not one call
    per word."""
    pattern = rule.pattern.pattern
    if pattern.startswith("^"):
        match = rule.pattern.match(text)
        yield from [match] if match else []
        return
    slots, words, last = starts
    entity = _opens_with_entity(pattern)
    allowed = slots if entity else words
    scanner = rule.pattern if entity else _scanner(pattern, rule.pattern.flags)
    position = 0
    while position <= last:
        match = scanner.search(text, position)
        if match is None or match.start() > last:
            return
        if match.start() in allowed:
            yield match
        position = match.start() + 1


@lru_cache(maxsize=512)
def _scanner(pattern: str, flags: int) -> re.Pattern[str]:
    """The rule's pattern tried only where a rule may start (a placeholder, a word, the
    sentence start): the engine skips the other positions before any look-behind is read
    (a rule that opens with a placeholder needs none: the engine finds its first character)."""
    return re.compile(rf"(?=⟦|\b\w|\A)(?:{pattern})", flags)


def _starts(text: str) -> Starts:
    """Where rules are tried: placeholders for a rule that opens with an entity, else
    placeholders and words (rules match overlapping) and the sentence start, so that a rule
    anchored there ('^\\W*') reads a sentence that opens with a bullet, a quote mark or a
    parenthesis ('- Since May X ...'); and the last of them."""
    both = [m.start() for m in re.finditer(r"⟦|\b\w", text)]
    words = frozenset([0, *both])
    return frozenset(i for i in both if text[i] == "⟦"), words, max(words)


@lru_cache(maxsize=512)
def _opens_with_entity(pattern: str) -> bool:
    return pattern.startswith(("(?P<s>⟦", "(?P<o>⟦", "(?P<s>(?<!", "(?P<o>(?<!"))


def _relation(
    rule: Rule,
    template: Template,
    subject: str,
    obj: str,
    entities: dict[str, Entity],
    report_id: str,
) -> Relation | None:
    if rule.name in METONYMY:  # "sanctions on Tehran": on Iran (a strike on Beirut is not)
        subject, obj = _government(subject, entities), _government(obj, entities)
    if subject == obj or subject not in entities or obj not in entities:
        return None
    s_type, o_type = entities[subject].type, entities[obj].type
    allowed = SCHEMA.allowed(rule.predicate, s_type, o_type)
    if not allowed or not actors(rule.predicate, entities[subject], entities[obj], rule.name):
        return None
    if not _fits(rule, entities[subject], entities[obj]):
        return None
    if SCHEMA.relations[rule.predicate].symmetric and obj < subject:
        subject, obj = obj, subject
    ev = evidence(template, report_id, rule.name, rule.confidence)
    return Relation(subject, rule.predicate, obj, ev)


SOURCE_KINDS = {"media", "ngo", "agency", "intelligence", "intergovernmental"}


GEOGRAPHIC = {"place-comma-place", "x-in-place"}
WIDE = {"country", "province", "region", "state"}


def inside(place: Entity, container: Entity) -> bool:
    """Whether the gazetteer puts ``place`` inside ``container`` (or cannot tell because
    the place is unknown to it and the container is a country or province)."""
    entries = load().entries
    entry, outer = entries.get(place.id), entries.get(container.id)
    if outer is None:
        return False
    if entry is None:
        return outer.kind in WIDE
    seen, current = set(), entry
    while current is not None and current.id not in seen:
        if current.within == outer.id:
            return True
        seen.add(current.id)
        current = entries.get(current.within or "")
    return outer.kind == "country" and entry.country == outer.country and entry.id != outer.id


ACTOR_RELATIONS = {"OPPOSES", "SUPPORTS", "ALLIED_WITH", "REPORTED"}


METONYMY = {"frame-condemn"}


def _government(entity_id: str, entities: dict[str, Entity]) -> str:
    """A national capital acting stands for its country's government, when the report names
    that country ('Washington accused Tehran')."""
    country = national_capitals().get(entity_id)
    return country if country in entities else entity_id


@lru_cache(maxsize=1)
def national_capitals() -> dict[str, str]:
    """Capital city id -> country id, from the gazetteer."""
    capitals = capital_names()
    return {
        e.id: e.within
        for e in load().entries.values()
        if e.kind == "city" and e.within and (e.name, e.country) in capitals
    }


def actors(predicate: str, subject: Entity, obj: Entity, rule: str = "") -> bool:
    """A place acts (opposes, supports, allies) only as a country: 'an air strike on south
    Beirut' does not make Beirut an enemy. Places the gazetteer does not know may act."""
    if predicate not in ACTOR_RELATIONS:
        return True
    kinds = [_acting_kind(subject, rule)] + [load().kind(obj.id)] * (obj.type == "Place")
    return all(kind in (None, "country") for kind in kinds)


# the acts only a government does: a national capital that designates or backs stands for it
GOVERNMENT_ACTS = {"x-designated-by-y", "x-designated-org", "x-designated-y", "x-backed-y"}


def _acting_kind(subject: Entity, rule: str) -> str | None:
    """A national capital that designates or backs acts as its country's government
    ('designated by Washington', 'the Belgrade-backed X') when the report does not name the
    country (else the capital is read as the country)."""
    if subject.type != "Place":
        return None
    return (
        None
        if rule in GOVERNMENT_ACTS and subject.id in national_capitals()
        else load().kind(subject.id)
    )


# "'Iran will ...,' Araghchi said": his own country speaks, no claim he reports; "A thanked B
# for its support for A's country": B supports it, not A
OWN_COUNTRY = {"quote-said", "frame-support"}


def _fits(rule: Rule, subject: Entity, obj: Entity) -> bool:
    """Rule-specific endpoint constraints beyond the schema: a possessive locates only places
    ('Myanmar's Shan State'; 'Iran's IRGC' is affiliation, SCHEMA C2); 'X reported' needs X
    to be a media outlet, monitor or agency."""
    if rule.name == "place-possessive-org":
        return subject.type == "Place" and (inside(subject, obj) or _uncontradicted(subject, obj))
    if rule.name in ("dateline-place", "place-comma-in-place", "place-bracketed-place"):
        # the text says where: the gazetteer does not contradict it
        return subject.type == obj.type == "Place" and _not_elsewhere(subject, obj)
    if rule.name in ("place-comma-place", "place-of-place", "place-of-part-of-place"):
        district = rule.name == "place-comma-place" and _unknown_in(subject, obj, ("city",))
        known = inside(subject, obj) or district or _in_province(subject, obj)
        return subject.type == "Place" and known  # "the Syrian city of X", "Mezzeh, Damascus"
    if rule.name == "place-hosts-base":  # a base or a facility, not a guest
        return subject.type == obj.type == "Place" and load().kind(subject.id) in (
            "base",
            "facility",
        )
    if rule.name == "venue-apposition-in" and inside(subject, obj):
        return subject.type == obj.type == "Place"  # 'X, the army's last stronghold in Z'
    if rule.name in (
        "venue-in-fronted-town",
        "venue-where-town",
        "venue-in-town-of",
        "venue-apposition-in",
    ):
        return subject.type == obj.type == "Place" and _building_in(subject, obj)
    if rule.name == "body-of-org":  # 'the X Council of Y', not 'Friends of Y'
        return subject.name.split()[-1].lower() in cues.PART_HEADS
    if rule.name in GEOGRAPHIC:
        venue = rule.name == "x-in-place" and (
            _unknown_in(subject, obj, ("city", "town")) or _building_in(subject, obj)
        )
        venue = venue or bool(AREA_NAME.search(obj.name)) and _not_elsewhere(subject, obj)
        return subject.type != "Place" or inside(subject, obj) or venue
    if rule.name in ("person-possessive-party", "party-of-person"):
        return subject.type == "Person" and bool(PARTY.search(obj.name))
    if rule.name in OWN_COUNTRY:  # a person's own country is no object of his
        return not (subject.type == "Person" and obj.type == "Place" and _compatriot(subject, obj))
    if rule.name == "place-on-island":  # a town or a base on an island or a peninsula
        island = ISLAND.search(obj.name) or load().kind(obj.id) in ("island", "peninsula")
        return subject.type == obj.type == "Place" and bool(island) and _not_elsewhere(subject, obj)
    if rule.name in ("region-header-town", "region-header-first-town"):
        return _region_header(subject, obj)  # 'North Kordofan: RSF shelled Dilling': a town
    if rule.name in ("x-relocated-to", "x-presence-in"):  # a body's seat, not a state's reach
        return subject.type == "Organization" and obj.type == "Place"
    if rule.name == "x-controls-place":  # a body holding ground ('Israel controls Z' is no base)
        return subject.type == "Organization" and obj.type == "Place"
    if rule.name == "credit-line-city":  # the town a publisher writes from
        return subject.type == "Organization" and load().kind(obj.id) in ("city", "town", None)
    if rule.name == "person-said-that":
        return subject.type == "Person"
    if rule.name == "source-reported":
        if subject.type == "Organization":  # 'the ministry said X had ...': a body cited
            return obj.type != "Place" or load().kind(obj.id) == "country"
        kind = load().kind(subject.id)
        if kind is not None:
            return kind in SOURCE_KINDS
        return subject.source == "cue" and any(w in subject.name for w in ("News", "Agency"))
    return True


ISLAND = re.compile(r"\b(?:Island|Islands|Isle|Peninsula)$", re.I)
PARTY = re.compile(r"\b(?:Party|Congress|League|Likud|Front|Movement)\b")


def _compatriot(person: Entity, place: Entity) -> bool:
    return bool(person.countryCode) and person.countryCode == place.countryCode


def _unknown_in(place: Entity, town: Entity, kinds: tuple[str, ...]) -> bool:
    """A place the gazetteer does not know, written with a town of ``kinds`` it knows ('at
    Government House in Z', 'Mezzeh, Damascus')."""
    entries = load().entries
    outer = entries.get(town.id)
    return place.id not in entries and outer is not None and outer.kind in kinds


def _building_in(building: Entity, place: Entity) -> bool:
    """A building or venue the gazetteer does not know, written with the town or province it
    stands in ('at the Hotel Montana in Z', 'at the X Air Base in Z province')."""
    entries = load().entries
    outer = entries.get(place.id)
    kind = outer.kind if outer is not None else None
    words = building.name.lower().split()
    named = (
        cues.is_building(building.name) or words[0] in cues.VENUE_HEADS | cues.BUILDING_FIRST_WORDS
    )
    unknown = building.id not in entries and named  # 'X Palace', 'Hotel X', 'Camp X'
    return unknown and place.type == "Place" and kind in (None, *SIZE) and kind != "country"


PROVINCES = ("province", "region", "state")
LOCALITIES = ("city", "town", "base", "facility", "camp", "district")
AREA_NAME = re.compile(r"\s(?:region|province|state|governorate|oblast|district|county)$", re.I)


def _in_province(place: Entity, container: Entity) -> bool:
    """The text writes a town with its province ('Kosti, White Nile State', 'Izium, Kharkiv
    Oblast') that the gazetteer knows as a province of the town's country, or does not know
    but names as one, and the gazetteer puts the town in no other province."""
    entries = load().entries
    entry, outer = entries.get(place.id), entries.get(container.id)
    if entry is not None and (entry.kind not in LOCALITIES or _below_country(entry.within)):
        return False
    if outer is None:
        return container.type == "Place" and bool(AREA_NAME.search(container.name))
    same = entry is None or entry.country == outer.country
    return outer.kind in PROVINCES and same


def _below_country(place_id: str | None) -> bool:
    """Whether the gazetteer knows ``place_id`` as a place below a country (a province, a
    region): a town it puts there is in no other province."""
    entry = load().entries.get(place_id or "")
    return entry is not None and entry.kind != "country"


DATELINE_CITY = 100_000  # a header this large a city is a dateline, not a region


def _region_header(place: Entity, header: Entity) -> bool:
    """A place named under a region's header ('North Kordofan: ... Dilling'); a large city's
    is a dateline ('KOTA KINABALU: Malaysia and ...'), no country lies in a header's region,
    nor a place the gazetteer puts elsewhere ('Thailand: talks planned in Kuala Lumpur')."""
    entry = load().entries.get(header.id)
    city = entry is not None and entry.kind == "city" and entry.population >= DATELINE_CITY
    return (
        place.type == "Place"
        and not city
        and load().kind(place.id) != "country"
        and _not_elsewhere(place, header)
    )


def _not_elsewhere(place: Entity, container: Entity) -> bool:
    """The gazetteer does not put ``place`` outside ``container`` (it may know neither)."""
    entries = load().entries
    entry, outer = entries.get(place.id), entries.get(container.id)
    if place.id == container.id:
        return False
    if entry is None or outer is None or inside(place, container):
        return True
    other_country = outer.kind == "country" and entry.country != outer.country
    return not other_country and not inside(container, place)


SIZE = {"country": 4, "province": 3, "region": 3, "city": 2, "town": 1, "district": 1}


def _uncontradicted(place: Entity, container: Entity) -> bool:
    """The text puts a place in a larger one ('Pakistan's Balochistan', 'Jerusalem's Old
    City') and the gazetteer neither puts it elsewhere nor knows it as the larger."""
    entries = load().entries
    entry, outer = entries.get(place.id), entries.get(container.id)
    if outer is None or outer.kind not in SIZE:
        return False
    if entry is None:
        return True
    same_country = entry.country in (None, outer.country)
    return same_country and SIZE.get(entry.kind or "", 0) < SIZE[outer.kind or ""]


def _key(relation: Relation) -> tuple[str, str, str]:
    return relation.subject, relation.predicate, relation.object
