"""Events from sentence templates: meetings (talks, receptions, joint appearances), visits
and joint exercises, each with participants and roles, the most specific place, a date
with its precision, and the evidence sentence. Planned, denied or hypothetical meetings
("will meet", "refused to meet") are not events.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from actorgraph import dates
from actorgraph.extract import cues, frames
from actorgraph.extract import meeting_clauses as meetings
from actorgraph.extract import meetings as parsed
from actorgraph.extract.parse import parse_enabled
from actorgraph.extract.patterns import EXERCISE, MODAL, Rule
from actorgraph.extract.relations import evidence
from actorgraph.extract.required import FirstOf, Gated
from actorgraph.extract.template import Template
from actorgraph.ids import digest
from actorgraph.model import Entity, Event, Participant, Relation
from actorgraph.resolve.dictionary import load
from actorgraph.resolve.gazetteer import capital_names
from actorgraph.schema import SCHEMA

ACTOR_TYPES = {"Person", "Organization"}
WIDE = {"region", "sea", "desert", "strait"}  # too wide to say where a meeting was
UNKNOWN_RANK = 0.5
VENUES = ("facility", "base")
Stay = tuple[str, str | None]  # (person, country code): posted there, or a visit told
PLACE_RANK = {"facility": 0, "base": 0, "city": 1, "town": 1, "district": 2, "province": 3}


@dataclass
class Context:
    """What event finding needs besides the sentence."""

    entities: dict[str, Entity]
    report_id: str
    report_date: str | None
    dateline: str | None = None
    last_place: str | None = None
    last_venue: str | None = None  # the place of the last meeting told, a venue kept as one
    last_town: str | None = None  # the last city or town told: where an unnamed venue is
    went_to: str | None = None  # where the sentence before said someone went: 'there'
    headline_place: str | None = None  # 'X meets Y in Z' in the title: the report's venue
    visited: dict[str, str] = dataclasses.field(default_factory=dict)  # visitor -> place
    dateline_visitors: set[str] = dataclasses.field(default_factory=set)  # visit it in the body
    delegation: list[str] = dataclasses.field(default_factory=list)  # its members, told before
    delegation_of: str | None = None  # the organisation that delegation is of ('a Hamas ...')
    listing: Event | None = None  # the meeting whose parties the list items name ('Attending:')
    gathering_town: str | None = None  # the town of the report's first gathering (a summit)
    one_sided: set[str] = dataclasses.field(default_factory=set)  # counterpart named later
    venues: dict[str, str] = dataclasses.field(default_factory=dict)  # 'palace' -> the one told
    _kinds: dict[str, str] = dataclasses.field(default_factory=dict, repr=False)

    def kinds(self) -> dict[str, str]:
        """Entity id -> type, built once per report (not once per sentence)."""
        if len(self._kinds) != len(self.entities):
            self._kinds = {i: e.type for i, e in self.entities.items()}
        return self._kinds


def find_events(templates: list[Template], ctx: Context) -> tuple[list[Event], list[Relation]]:
    """Events, plus the ``VISITED`` relations of visits (visitor -> place)."""
    events: dict[str, Event] = {}
    visits: dict[tuple[str, str], Relation] = {}
    met = False  # a meeting told before: "The meeting, attended by ..." joins it
    ctx.dateline_visitors = _dateline_visitors(templates, ctx)
    for template in templates:
        if _list_item(template, ctx):
            continue
        if _heading(template):  # a new section: the places of the one before are not its own
            ctx.last_place = ctx.last_town = None
        found_visits = _visits(template, ctx)
        for event, relations in found_visits:
            events.setdefault(event.id, event)
            for relation in relations:
                visits.setdefault((relation.subject, relation.object), relation)
                # a venue toured with no town told ('toured the X base'): the visitor's stay
                place = _carried(relation.object, template, ctx) or relation.object
                if place and load().kind(place) not in WIDE:
                    ctx.visited[relation.subject] = place
        ctx.visited.update(_returned(template, ctx))
        told = met and bool(ANAPHORIC.search(template.text) or PRESENT_AT.search(template.text))
        found = [] if told else _told_meetings(template, ctx, events)
        found = _not_again(template, found, events)
        if _joins_instead(template, found, events):
            found = []  # 'A chaired the session': A joins the meeting told before
        found = _after_journey(_with_chairs(template, found, ctx), ctx)
        found = _at_the_gathering(found, ctx)
        members = not any(len(e.participants) > 1 for e in found) and _members(template, ctx)
        if members:
            ctx.delegation, ctx.delegation_of = members, _delegation_of(template, ctx)
        found = _with_members(template, _joining_too(template, found, ctx), ctx)
        met = met or any(SCHEMA.event_is_meeting(e.kind) for e in found)
        for event in found:
            events.setdefault(event.id, event)
            ctx.last_place = _carried(event.place, template, ctx) or ctx.last_place
            ctx.last_venue = event.place or ctx.last_venue
        place = venue(template, ctx) or _entry_place(template, ctx) or _header_place(template, ctx)
        gathering = None if found or told else _gathering(template, ctx)
        ctx.last_place = place or gathering or ctx.last_place
        ctx.gathering_town = ctx.gathering_town or _gathering_town(gathering, template, ctx)
        if not (found or told) and (opened := _opened(template, ctx, events, gathering)):
            events, met = {**events, opened.id: opened}, True  # its parties are named next
        ctx.last_town = _town_named(template, ctx) or ctx.last_town
        ctx.venues.update(_venues_named(template, ctx))
        ctx.went_to = _last_named(template, ctx)
        if not found and (ours := _we_met(template, ctx)):
            events, met = {**events, ours.id: ours}, True
        if not found and (elsewhere := _met_elsewhere(template, ctx, events)):
            events = {**events, elsewhere.id: elsewhere}  # those named next join it
        if not found and events:
            events = _joined_there(template, ctx, events, _joined(template, ctx, events))
            _team_heads(template, ctx, events)
            events = _placed(template, ctx, events)
    lone = {
        k for k, e in events.items() if SCHEMA.event_is_meeting(e.kind)
        and (len(e.participants) < 2 or _unmet(e, ctx))
    }  # fmt: skip
    kept = _one_per_group([e for k, e in events.items() if k not in lone], ctx)
    stays: dict[str, list[str]] = {}
    for visitor, place in visits:
        stays.setdefault(visitor, []).append(place)
    kept = _where_last_seen([_in_city(e, stays, ctx) for e in kept], ctx)
    unmet = [e for k, e in events.items() if k in lone and _unmet(e, ctx)]  # 'met officials in Z'
    for relation in _visitors(kept + unmet, ctx, _posted(templates, ctx), _told(visits, ctx)):
        visits.setdefault((relation.subject, relation.object), relation)
    return kept, list(visits.values())


def _told_meetings(template: Template, ctx: Context, events: dict[str, Event]) -> list[Event]:
    """The meetings a sentence tells, by the first reading that finds any."""
    return (
        _meetings(template, ctx) + _exercises(template, ctx)
        or _convened(template, ctx)  # 'A convened a session'
        or _unnamed_met(template, ctx, events)  # 'six people met in Z'
        or _attended(template, ctx, events)  # 'A, B and C took part in the talks'
        or _first_attendance(template, ctx, events)  # 'Attending the talks in Z were A and B'
    )


def _unmet(event: Event, ctx: Context) -> bool:
    """One side of a meeting whose counterpart the report never named: no meeting."""
    return event.id in ctx.one_sided and all(p.role != "delegation" for p in event.participants)


MEMBERS = re.compile(  # 'a delegation comprising A, B and C arrived in Z'
    r"\bdelegation\s*,?\s+(?:(?:of|from)\s+(?:the\s+)?⟦\d+⟧\s*,?\s+)?(?:comprising|composed\s+of|"
    r"consisting\s+of|including|made\s+up\s+of|headed\s+by|led\s+by)\s|"
    # 'Our delegation arrived in Z. It comprised A and B.'
    r"^\W*(?:It|⟦\d+⟧)\s+(?:comprised|consisted\s+of|was\s+made\s+up\s+of|was\s+composed\s+of)\s",
    re.I,
)
# 'A arrived in Z at the head of a delegation including B and C': A leads it, A is one of it
HEADS_DELEGATION = re.compile(
    r"\b(?:at\s+the\s+head\s+of|heading|leading)\s+(?:an?|the|his|her)\s+(?:[\w\-]+\s+){0,2}?"
    r"delegation\b",
    re.I,
)
# 'the delegation met X', 'our delegation', and in a delegation's own report 'we met X'
THE_DELEGATION = re.compile(
    r"\b(?:the|this|that|our)\s+(?:[\w\-]+\s+)?delegation\b|(?<![“\"])\b[Ww]e\s+(?:\w+\s+)?"
    r"(?:met|were\s+received|called\s+on|held|visited|had)\b",
    re.I,
)


def _members(template: Template, ctx: Context) -> list[str]:
    """The people a sentence names as a delegation's members (a delegation is told once,
    then met)."""
    match = MEMBERS.search(template.text)
    if match is None:
        return []
    named = template.ids(template.text[match.end() :])
    head = HEADS_DELEGATION.search(template.text, 0, match.start() + 20)
    if head:  # 'A arrived at the head of a delegation including B': A first (nearest first)
        named = template.ids(template.text[: head.start()])[::-1] + named
    people = [i for i in named if ctx.kinds().get(i) == "Person"]
    return people[:1] + [i for i in people[1:] if i != people[0]] if head else people


OF_DELEGATION = re.compile(  # 'a Hamas delegation', 'a delegation of Hamas'
    r"(⟦\d+⟧)\s+(?:[\w\-]+\s+)?delegation\s|\bdelegation\s+(?:of|from)\s+(?:the\s+)?(⟦\d+⟧)", re.I
)


def _delegation_of(template: Template, ctx: Context) -> str | None:
    """The organisation whose delegation the sentence tells ('a Hamas delegation led by A')."""
    match = OF_DELEGATION.search(template.text)
    ids = template.ids(match.group(1) or match.group(2)) if match else []
    return ids[0] if ids and ctx.kinds().get(ids[0]) == "Organization" else None


def _with_members(template: Template, found: list[Event], ctx: Context) -> list[Event]:
    """'The delegation met X' after 'a delegation comprising A, B and C arrived in Z': A, B
    and C take part, in Z; so does the organisation it is a delegation of (SCHEMA C6), also
    when a member is named ('A met X')."""
    if not ctx.delegation:
        return found
    if not THE_DELEGATION.search(template.text):
        members = set(ctx.delegation)
        for event in found:
            if SCHEMA.event_is_meeting(event.kind) and members & {p.id for p in event.participants}:
                _add_parties(event, [ctx.delegation_of] if ctx.delegation_of else [])
        return found
    joined = []
    for event in found:
        if SCHEMA.event_is_meeting(event.kind):
            _add_parties(event, _delegation_parties(ctx))
            visit = _visit_place(ctx.delegation, ctx)
            event = _moved(event, visit) if event.place is None and visit else event
        joined.append(event)
    return joined


def _delegation_parties(ctx: Context) -> list[str]:
    """A delegation's members, and the organisation it is a delegation of, if named."""
    return ctx.delegation + [ctx.delegation_of] * bool(ctx.delegation_of)


def _in_city(event: Event, stays: dict[str, list[str]], ctx: Context) -> Event:
    """A meeting the sentence puts only in a country ('on an official visit to Iraq') was
    in the city of that country where the report says a participant arrived or stayed."""
    country = ctx.entities.get(event.place or "")
    if not SCHEMA.event_is_meeting(event.kind) or country is None or not _is_country_place(country):
        return event
    parties = {p.id for p in event.participants}
    cities = [o for p in parties for o in stays.get(p, ()) if _city_of(o, country, ctx)]
    if len(set(cities)) != 1:
        return event
    return _moved(event, cities[0])


def _where_last_seen(events: list[Event], ctx: Context) -> list[Event]:
    """A meeting told without a place (not a timeline entry: ``ENTRY``), whose people the
    report last put at a meeting in one town, on the same day or a day it does not tell:
    in that town."""
    seen: dict[str, tuple[str, str | None]] = {}
    placed = []
    for event in events:
        meeting = SCHEMA.event_is_meeting(event.kind)
        people = [p.id for p in event.participants if ctx.kinds().get(p.id) == "Person"]
        if meeting and event.place is None and not ENTRY.match(event.evidence.sentence):
            town = _last_town({seen[p] for p in people if p in seen}, event.date)
            event = _moved(event, town) if town else event
        town = _town_of(event.place, ctx) if meeting else None
        seen.update({p: (town, event.date) for p in people if town})
        placed.append(event)
    return placed


def _last_town(sightings: set[tuple[str, str | None]], date: str | None) -> str | None:
    """The town of the one (town, day) every sighting agrees on, if that day is ``date`` or
    either day is untold."""
    if len(sightings) != 1:
        return None
    town, day = next(iter(sightings))
    return town if None in (day, date) or day == date else None


def _town_of(place_id: str | None, ctx: Context) -> str | None:
    """The town a meeting place is (a city, a town) or stands in (a venue the gazetteer puts
    in one)."""
    entry = load().entries.get(place_id or "")
    if entry is None:
        return None
    if entry.kind in ("city", "town"):
        return entry.id
    within = load().entries.get(entry.within or "")
    if within is None or within.kind not in ("city", "town") or within.id not in ctx.entities:
        return None
    return within.id


def _replaced(events: dict[str, Event], old: Event, new: Event) -> dict[str, Event]:
    """The events with ``old`` replaced by ``new`` (under its own id), in the same order."""
    return {new.id if e is old else k: new if e is old else e for k, e in events.items()}


def _moved(event: Event, place: str | None) -> Event:
    """The event at another place: its key and id follow the place."""
    key = digest(event.kind, *sorted(p.id for p in event.participants), place)
    return dataclasses.replace(event, place=place, key=key, id=f"event:{digest(key, event.date)}")


def _is_country_place(place: Entity) -> bool:
    return load().kind(place.id) == "country"


def _city_of(place_id: str, country: Entity, ctx: Context) -> bool:
    place = ctx.entities.get(place_id)
    return (
        place is not None
        and load().kind(place_id) in ("city", "town")
        and place.countryCode is not None
        and place.countryCode == country.countryCode
    )


DURING_IT = Gated(
    re.compile(
        r"^\W*(?:during|at|in)\s+the\s+(?:meeting|talks)\s*,|"
        r"\balso\s+(?:discussed|exchanged|reviewed|addressed)\b",  # 'A and B also discussed Z'
        re.I,
    )
)


def _not_again(template: Template, found: list[Event], events: dict[str, Event]) -> list[Event]:
    """'During the meeting, the two leaders reviewed ...': the last meeting told again, not a
    new one, unless someone new takes part."""
    last = _last_meeting(events) if DURING_IT.search(template.text) else None
    if last is None:
        return found
    known = {p.id for p in last.participants}
    return [e for e in found if not {p.id for p in e.participants} <= known]


def _carried(place: str | None, template: Template, ctx: Context) -> str | None:
    """The place later meetings of the report may take: a venue ('at the airport', 'at
    Government House') was this meeting's own; they take the town the sentence names."""
    if place is None or not _venue_like(place, ctx):
        return place
    towns = [p for p in template.slots if load().kind(p) in ("city", "town")]
    towns += [ctx.dateline] if ctx.dateline and load().kind(ctx.dateline) == "city" else []
    return towns[0] if towns else None


def _venue_like(place: str, ctx: Context) -> bool:
    if load().kind(place) in ("facility", "base"):
        return True
    return place in ctx.entities and cues.is_building(ctx.entities[place].name)


PLACE = r"(⟦\d+⟧|[A-Z][\w\-]+)"
POSTED = re.compile(
    rf"(?i:ambassador|envoy|consul|charg[eé] d'affaires)\s+(?:to|in)\s+{PLACE}\s*,?\s+(⟦\d+⟧)|"
    rf"(⟦\d+⟧),\s+(?:the\s+|a\s+)?(?:[\w\-]+\s+|⟦\d+⟧['’]s\s+){{0,2}}?(?i:ambassador|envoy|consul)\s+"
    rf"(?:to|in)\s+{PLACE}",
)


def _posted(templates: list[Template], ctx: Context) -> set[Stay]:
    """(person, country) of diplomats posted there ('U.S. Ambassador to Iraq Matthew
    Tueller'): meeting people in that country is their work, not a visit."""
    found = set()
    for template in templates:
        for match in POSTED.finditer(template.text):
            place, person = (match.group(1), match.group(2)) if match.group(1) else (
                match.group(4), match.group(3))  # fmt: skip
            found.add((template.ids(person)[0], _country(template, place, ctx)))
    return found


def _country(template: Template, place: str, ctx: Context) -> str | None:
    """The country code of a placeholder, or of a place name the dictionary knows."""
    if place.startswith("⟦"):
        entity = ctx.entities.get(template.ids(place)[0])
        return entity.countryCode if entity else None
    entries = [e for e in load().lookup(place) if e.type == "Place" and e.country]
    return entries[0].country if entries else None


def _visitors(
    events: list[Event], ctx: Context, posted: set[Stay], told: set[Stay]
) -> list[Relation]:
    """A person from another country than the meeting's place visited that place (unless
    posted there as a diplomat; a venue, unless a visit to its country is told already)."""
    found = []
    for event in events:
        place = ctx.entities.get(event.place or "")
        if place is None or not place.countryCode or event.kind == "Exercise":
            continue
        skip = posted | told if load().kind(place.id) in VENUES else posted
        ev = dataclasses.replace(event.evidence, extractor="rules:meeting-visitor")
        visitors = _heads_from_abroad(event, place, skip, ctx)
        found += [Relation(visitor, "VISITED", place.id, ev) for visitor in visitors]
    return found


def _heads_from_abroad(event: Event, place: Entity, skip: set[Stay], ctx: Context) -> list[str]:
    """The participants from abroad, one per country (the first person named of it, else its
    organization): the dev gold marks a delegation's visit on its head, not on each member."""
    countries: dict[str, str] = {}
    kinds = ctx.kinds()
    people_first = sorted(event.participants, key=lambda p: kinds.get(p.id) == "Organization")
    for participant in people_first:
        entity = ctx.entities.get(participant.id)
        travels = entity is None or entity.type != "Organization"
        if not (travels or _delegation(entity, event.evidence.sentence)):
            continue  # an organization travels as a delegation ('a Hamas delegation')
        if _foreign(entity, place, skip):
            countries.setdefault(entity.countryCode, participant.id)  # type: ignore[union-attr]
    return list(countries.values())


def _delegation(org: Entity, sentence: str) -> bool:
    """The sentence names ``org`` as a delegation ('a Hamas delegation', 'a delegation of
    Yemen's Ansarullah movement', 'a delegation from Hamas')."""
    if "delegation" not in sentence.lower():
        return False  # most sentences: no pattern to build
    names = "|".join(re.escape(n) for n in org.surfaces())
    between = r"(?:[\w’'-]+ ){0,3}?"  # "of [the radical] Taliban", "of [Yemen's] Ansarullah"
    pattern = rf"\b(?:{names})(?:'s)? delegation|\bdelegation (?:of|from) {between}(?:{names})\b"
    return re.search(pattern, " ".join(sentence.split()), re.IGNORECASE) is not None


def _foreign(person: Entity | None, place: Entity, skip: set[Stay]) -> bool:
    """A person of another country than the place, not in ``skip`` for that country."""
    if person is None or person.type not in ACTOR_TYPES or not person.countryCode:
        return False
    abroad = person.countryCode != place.countryCode
    return abroad and (person.id, place.countryCode) not in skip


def _told(visits: dict[tuple[str, str], Relation], ctx: Context) -> set[Stay]:
    """(visitor, country) of the visits the text tells ('arrived in Israel')."""
    places = [(v, ctx.entities.get(p)) for v, p in visits]
    return {(v, e.countryCode) for v, e in places if e is not None and e.countryCode}


def _one_per_group(events: list[Event], ctx: Context) -> list[Event]:
    """One meeting per set of participants in a report: the same meeting told twice (lead
    and detail) keeps the most specific place told ('in Israel', then 'at the Kirya'), when
    the detail's sentence tells no other meeting."""
    kept: dict[tuple[str, frozenset[str], str | None], Event] = {}
    told = Counter(e.evidence.start for e in events)  # a sentence of two meetings: whose place?
    groups = [_group(e, ctx) for e in events]
    for event, group in zip(events, groups, strict=True):
        alone = told[event.evidence.start] == 1
        if group not in kept or alone and _refines(event.place, kept[group].place, ctx):
            kept[group] = event
    told_by = _participants_by_group(events, groups)
    found = [
        _with_bodies(e, told_by[group])
        for e, group in zip(events, groups, strict=True)
        if kept[group] is e
    ]
    return [
        e
        for i, e in enumerate(found)
        if not _told_fuller(e, found[i + 1 : i + 1 + FULLER_REACH], ctx)
    ]


def _participants_by_group(events: list[Event], groups: list[tuple]) -> dict[tuple, dict]:
    """Every participant each group's tellings name, by id (one pass over the events)."""
    told: dict[tuple, dict] = {}
    for event, group in zip(events, groups, strict=True):
        for participant in event.participants:
            told.setdefault(group, {}).setdefault(participant.id, participant)
    return told


def _with_bodies(event: Event, told: dict) -> Event:
    """The meeting kept, with the bodies its other tellings add ('a summit of X' ...)."""
    ids = {p.id for p in event.participants}
    extra = [p for i, p in told.items() if i not in ids]
    return (
        dataclasses.replace(event, participants=[*event.participants, *extra]) if extra else event
    )


OCCASION = re.compile(  # 'The two last met in Z in May': another meeting than the one told
    r"\b(?:last|previously|first|earlier|had|have)\s+(?:\w+ly\s+)?met\b|\bmet\s+(?:again|"
    r"previously|before|earlier)\b",
    re.I,
)


def _group(event: Event, ctx: Context) -> tuple[str, frozenset[str], str | None]:
    """Meetings of the same people are one, told twice, unless a sentence tells another
    occasion somewhere else ('they last met in Z in May'); the bodies a telling adds to two
    or more people ('a summit of X') do not make it another meeting."""
    other = event.place if OCCASION.search(event.evidence.sentence) else None
    kind = "meeting" if SCHEMA.event_is_meeting(event.kind) else event.kind
    everyone = frozenset(p.id for p in event.participants)
    kinds = ctx.kinds()
    people = frozenset(i for i in everyone if kinds.get(i) == "Person")
    return kind, people if len(people) >= 2 else everyone, other


FULLER_REACH = 20  # the later events in which a meeting may be told again, fuller


def _told_fuller(event: Event, events: list[Event], ctx: Context) -> bool:
    """'X held separate meetings with A and B in Z' and later 'X went to W, where he met B in
    the presence of C': the meeting of X and B is the fuller one, at W."""
    parties = {p.id for p in event.participants}
    if not SEPARATE.search(event.evidence.sentence):
        return False
    return SCHEMA.event_is_meeting(event.kind) and any(
        SCHEMA.event_is_meeting(other.kind)
        and parties < {p.id for p in other.participants}
        and other.evidence.start > event.evidence.start
        and _refines(other.place, event.place, ctx)
        for other in events
    )


def _refines(place: str | None, before: str | None, ctx: Context) -> bool:
    """``place`` says more than ``before``: there was none, or it is a smaller place that can
    lie inside it (a venue the dictionary does not know, or one of the same country)."""
    if place is None or before is None:
        return place is not None
    new, old = ctx.entities.get(place), ctx.entities.get(before)
    if new is None or old is None or _specificity(new) >= _specificity(old):
        return False
    return not (new.countryCode and old.countryCode) or new.countryCode == old.countryCode


JOINS = tomllib.loads(Path(__file__).with_name("joins.toml").read_text(encoding="utf-8"))
# the people named after one of these cues join the last meeting ('Also present were A, B')
JOINED = FirstOf([re.compile(cue, re.I) for cue in JOINS["after"]])
PICTURED = re.compile(  # "photos of X with A, B and C": they join X's meeting told before
    r"\b(?:photos?|photographs?|pictures?|images|footage|videos?)\s+(?:\w+\s+){0,3}?of\s+⟦\d+⟧"
    r"\s+(?:with|alongside|meeting)\b|\b(?:was|were)\s+(?:photographed|pictured|filmed)\s+"
    r"(?:\w+\s+)?(?:with|alongside)\b",
    re.I,
)
# the people named before one of these cues join it ('A and B also attended.')
JOINED_BEFORE = FirstOf([re.compile(cue, re.I) for cue in JOINS["before"]])


def _with_chairs(template: Template, found: list[Event], ctx: Context) -> list[Event]:
    """A meeting told with no party named but its chair ('The meeting of the X Dialogue was
    held in Z under the chairmanship of A'): A takes part, and those named next join."""
    chairs = _chairs(template, ctx) if any(not e.participants for e in found) else ()
    for event in (e for e in found if not e.participants):
        event.participants += [Participant(chair, "participant") for chair in chairs]
    return found


def _after_journey(found: list[Event], ctx: Context) -> list[Event]:
    """A meeting told with no party and no place yet is where the sentence before went ('We
    flew to Z. The next morning the talks began')."""
    went = ctx.went_to
    return [_moved(e, went) if went and not e.participants and e.place is None else e
            for e in found]  # fmt: skip


def _gathering_town(gathering: str | None, template: Template, ctx: Context) -> str | None:
    """The town a gathering's sentence names (its venue's), else the gathering's place."""
    if gathering is None:
        return None
    towns = _towns(template, template.text, ctx, ("city", "town"))
    return towns[0] if towns else gathering


def _at_the_gathering(found: list[Event], ctx: Context) -> list[Event]:
    """A meeting told with no place, in a report of a gathering in a town (the summit it tells
    first): held there ('On the sidelines, A and B held talks'), even after a section heading."""
    town = ctx.gathering_town
    return [_moved(e, town) if town and e.place is None else e for e in found]


def _joins_instead(template: Template, found: list[Event], events: dict[str, Event]) -> bool:
    """'A chaired the session': a meeting of one, told after a meeting, is A joining it; 'The
    dinner was attended by B and C', after 'A gave a dinner for the teams' (a meeting of A
    alone so far), is B and C joining A's."""
    if not found:
        return False  # most sentences: no scan of the events told before
    last = _last_meeting(events)
    if last is None:
        return False
    lone = all(len(e.participants) < 2 for e in found)
    if lone and JOINED_BEFORE.search(template.text):
        return True
    after = JOINED.search(template.text)  # the cue opens the sentence: no one named before
    named_before = after is not None and bool(template.ids(template.text[: after.start()]))
    return len(last.participants) == 1 and after is not None and not named_before


# 'Among those present at the meeting in Z were', 'The talks in Z were attended by'
ELSEWHERE = re.compile(
    r"\b(?:meeting|talks|session|summit|conference|consultations|gathering)\s+(?:held\s+)?"
    r"(?:in|at)\s+(?:the\s+)?(⟦\d+⟧)",
    re.I,
)


def _met_elsewhere(template: Template, ctx: Context, events: dict[str, Event]) -> Event | None:
    """'Among those present at the meeting in Z were A and B', after meetings told in other
    towns: a meeting of its own in Z (which the people named next join), not the last one."""
    match = ELSEWHERE.search(template.text)  # the one pattern first: most sentences stop here
    after = JOINED.search(template.text) if match else None
    if match is None or after is None or match.end() > after.end():
        return None
    places = [i for i in template.ids(match.group(1)) if ctx.kinds().get(i) == "Place"]
    recent = _recent_meetings(events)
    if not places or not recent or any(_may_be_at(e, places[0], ctx) for e in recent):
        return None
    return _event(MEETING, template, ctx, [], [], places[0])


def _may_be_at(event: Event, place: str, ctx: Context) -> bool:
    """A meeting told with no place, or at ``place``, or at a place inside or around it."""
    return (
        event.place in (None, place)
        or _refines(place, event.place, ctx)
        or _refines(event.place, place, ctx)
    )


def _last_meeting(events: dict[str, Event]) -> Event | None:
    return next((e for e in reversed(events.values()) if SCHEMA.event_is_meeting(e.kind)), None)


JOIN_REACH = 20  # the latest events a sentence of people joining a meeting looks back on


AND_ATTENDED = re.compile(r"\s+and\s+(?:was\s+|were\s+)?(?:also\s+|\w+ly\s+){0,2}attended\s+by\s+")


BUILDINGS = frozenset({"building", "hotel", "compound", "headquarters", "residence", "hall"})


# 'A hosted B, with C's deputy minister, D, joining the talks as an observer', 'A met B to
# arrange a swap, with C sitting in': those named after 'with' take part in the meeting
WITH_JOINING = re.compile(
    r",\s+with\s+((?:[^.;⟦]{0,40}?⟦\d+⟧(?:['’]s)?(?:\s+and)?\s*,?\s*){1,4}?)"
    r"(?:also\s+)?(?:joining\s+(?:the|them|him|her|in)\b|sitting\s+in\b|(?:present|attending|"
    r"in\s+attendance|looking\s+on)(?=\s*(?:[,.;]|$)|\s+(?:as|too|throughout)\b))",
    re.I,
)


def _joining_too(template: Template, found: list[Event], ctx: Context) -> list[Event]:
    """The sentence's last meeting, with those named in its 'with ... joining' clause."""
    meetings_found = [e for e in found if SCHEMA.event_is_meeting(e.kind)]
    match = WITH_JOINING.search(template.text) if meetings_found else None
    if match is not None:
        _add_parties(
            meetings_found[-1],
            meetings.participants(template, match.group(1), ctx.kinds(), every=True),
        )
    return found


# a delegation's own report: 'we met B', 'we were received in parliament by B', 'we called on B'
WE_MET = re.compile(
    r"(?<![“\"])\b[Ww]e\s+(?:also\s+|then\s+|later\s+|first\s+)?(?:met(?:\s+with)?|"
    r"were\s+received\s+(?:[\w\-]+\s+){0,4}?by|called\s+on|held\s+talks\s+with|"
    r"had\s+talks\s+with)\s+(?P<rest>(?:[^.;]|\.(?=\s+⟦))*)"  # 'Dr. ⟦A⟧': no full stop
)


def _we_met(template: Template, ctx: Context) -> Event | None:
    """'On 3 May we met B', in the report of a delegation whose members were named: a
    meeting of its members (and of the body it is of) with B."""
    match = WE_MET.search(template.text) if ctx.delegation else None
    if match is None or meetings._negated(template.text, match.start()):
        return None
    named = meetings.participants(template, match.group("rest"), ctx.kinds(), every=True)
    guests = [i for i in named if i not in ctx.delegation]
    if not guests:
        return None
    place = best_place(template, ctx) or ctx.last_place
    return _event(MEETING, template, ctx, _delegation_parties(ctx), guests, place)


def _joined_there(
    template: Template, ctx: Context, events: dict[str, Event], joined: Event | None
) -> dict[str, Event]:
    """'Around the table in the X building in Z sat A and B': the sentence that adds people
    to a meeting may name its venue, more precisely than the meeting had it; a meeting told
    first with no place ('- The Group met', a key point) takes the place of the sentences
    that name its people ('A convened the Group in Z. It was represented by A and B')."""
    place = best_place(template, ctx) if joined is not None else None
    if joined is not None and joined.place is None and (place or ctx.last_place):
        return _replaced(events, joined, _moved(joined, place or ctx.last_place))
    name = ctx.entities[place].name if place is not None else ""
    building = cues.is_building(name) or name.lower().rsplit(" ", 1)[-1] in BUILDINGS
    if not building or joined.place is None or not _refines(place, joined.place, ctx):  # type: ignore[union-attr]
        return events
    return _replaced(events, joined, _moved(joined, place))


def _joined(template: Template, ctx: Context, events: dict[str, Event]) -> Event | None:
    """'The meeting also included A, B and C', 'A and B were also present': they join the
    last meeting (which is returned)."""
    after = JOINED.search(template.text)
    pictured = None if after else PICTURED.search(template.text)  # only X's meeting: below
    after = after or pictured
    before = JOINED_BEFORE.search(template.text) or _led_delegation(template)
    if not (after or before):
        return None
    partner = set(template.ids(template.text[: after.end()])) if after else set()
    recent = _recent_meetings(events)
    # 'talks with X': X's; 'The delegation at State House also included A': the one held there
    named_in = [e for e in recent if partner & ({p.id for p in e.participants} | {e.place})]
    last = (named_in or recent)[0] if recent else _last_meeting(events)
    if last is None or (pictured and not named_in):
        return None
    named = template.text[after.end() :] if after else template.text[: before.start()]  # type: ignore[union-attr]
    for part in AND_ATTENDED.split(named):  # 'chaired by A and attended by B, C and D'
        _add_parties(last, meetings.participants(template, part, ctx.kinds(), every=True))
    if before is not None and not after:
        _add_parties(last, _alongside(template, before.end(), ctx))
    if before is not None and (not after or before.end() <= after.start()):
        _add_parties(last, _heads_too(template, before, after, ctx))
    # the items follow: 'Also present were:', 'attended by the following ministers:'
    listed = named.strip() in (":", "") or (
        named.rstrip().endswith(":") and not template.ids(named)
    )
    ctx.listing = last if after and listed else None
    return last


HEAD_TOO = re.compile(r"(?:;|,\s+(?:while|whereas|and))\s+(⟦\d+⟧)\s+(?:led|headed)\b")


def _heads_too(
    template: Template, before: re.Match[str], after: re.Match[str] | None, ctx: Context
) -> list[str]:
    """'A headed the X delegation, while B led Y's', 'A led the X side; the Y side was led by
    B', 'A chaired it; it was attended by B': A (named before, when the people after are B)
    and B too; 'A chaired the session, and B attended the opening': B too."""
    first = [template.text[: before.start()]] if after else []
    head = HEAD_VERB.match(before.group(0))
    heads = [m.group(1) for m in HEAD_TOO.finditer(template.text, before.end())] if head else []
    heads += [m.group(1) for m in ATTENDED_TOO.finditer(template.text, before.end())]
    return [i for part in first + heads for i in meetings.participants(template, part, ctx.kinds())]


# 'A chaired the session, and B attended the opening': B was there too
ATTENDED_TOO = re.compile(
    r"(?:;|,\s+(?:while|and))\s+(⟦\d+⟧)\s+(?:also\s+)?"
    r"(?:attended|joined|took\s+part\s+in|sat\s+in\s+on)\s+(?:the|its)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:opening|session|meeting|talks|closing|plenary|dinner|lunch)\b"
)


HEAD_VERB = re.compile(r"(?:led|headed)\b")
LED_SLOT = re.compile(r"\b(?:led|headed)\s+⟦\d+⟧")
LED_DELEGATION = re.compile(r"\b(?:led|headed)\s+(?:the\s+)?[\w\-]+\s+(?:delegation|team|side)\b")


def _led_delegation(template: Template) -> re.Match[str] | None:
    """'A headed the Jordanian delegation' (a country's delegation is the country's mention)."""
    return LED_SLOT.search(template.text) if LED_DELEGATION.search(template.sentence) else None


def _alongside(template: Template, start: int, ctx: Context) -> list[str]:
    """'A represented the B, alongside C and D': B, C and D took part with A; 'A represented
    the B.': B."""
    match = ALONGSIDE.match(template.text, start)
    if match is None:
        return []
    party = _organizations(template, match.group("party"), ctx)
    return party + _actors(_named_along(template, match.end(), ctx), ctx)


def _named_along(template: Template, start: int, ctx: Context) -> list[str]:
    """The actors named from ``start`` (right after 'along with', 'alongside') to the end of
    the clause."""
    end = meetings.CLAUSE_END.search(template.text, start)
    people = template.text[start : end.start() if end else None]
    return meetings.participants(template, people, ctx.kinds(), every=True)


ALONG = r"(?:alongside|along\s+with|together\s+with|with(?=[^.;]{1,200}\bin\s+attendance\b))"
# 'represented the B, alongside C', 'represented the B.' (the sentence ends: B alone)
ALONGSIDE = re.compile(
    rf"\s*(?:the\s+)?(?P<party>⟦\d+⟧)?\s*(?:,?\s*{ALONG}\s|(?<=⟧)(?=\s*(?:[.;]|$)))", re.I
)


LIST_ITEM = re.compile(r"^\s*[-•*–]\s")  # '- A', '• A': an item of a list


def _list_item(template: Template, ctx: Context) -> bool:
    """'- A' after 'Attending were:': A takes part in the meeting the list belongs to."""
    if ctx.listing is None or not LIST_ITEM.match(template.text):
        ctx.listing = None
        return False
    _add_parties(
        ctx.listing, meetings.participants(template, template.text, ctx.kinds(), every=True)
    )
    return True


def _recent_meetings(events: dict[str, Event]) -> list[Event]:
    """The meetings among the latest events, the latest first: those a sentence may join."""
    latest = islice(reversed(events.values()), JOIN_REACH)
    return [e for e in latest if SCHEMA.event_is_meeting(e.kind)]


def _add_parties(event: Event, people: list[str]) -> None:
    """``people`` take part in ``event`` (those not yet in it), as its delegation."""
    known = {p.id for p in event.participants}
    event.participants += [Participant(p, "delegation") for p in people
                           if p not in known]  # fmt: skip


TEAM = r"(?:delegation|negotiating\s+team|negotiators|peace\s+panel)"
HEADS = re.compile(  # "A, head of the B delegation": A takes part in B's meeting
    rf"(?P<p1>⟦\d+⟧)\s*,\s*(?:the\s+)?(?:head|chief|leader)\s+of\s+(?:the\s+)?(?P<o1>⟦\d+⟧)"
    rf"(?:['’]s)?\s+{TEAM}|(?P<p2>⟦\d+⟧)\s*,\s*(?:the\s+)?(?P<o2>⟦\d+⟧)['’]s\s+chief\s+"
    rf"negotiator|(?P<p3>⟦\d+⟧)\s*,\s*who\s+(?:led|headed|leads|heads)\s+(?:the\s+)?"
    rf"(?P<o3>⟦\d+⟧)(?:['’]s)?\s+{TEAM}|(?P<o4>⟦\d+⟧)(?:['’]s)?\s+{TEAM}\s*,?\s*"
    rf"(?:was\s+|were\s+)?(?:led|headed)\s+by\s+(?:\w+\s+){{0,4}}?(?P<p4>⟦\d+⟧)",
    re.I,
)


def _team_heads(template: Template, ctx: Context, events: dict[str, Event]) -> None:
    """'A, head of the B delegation, said ...' after a meeting B took part in: A was there."""
    recent = _recent_meetings(events)
    for match in HEADS.finditer(template.text):
        slots = {k[0]: v for k, v in match.groupdict().items() if v}
        person, org = template.ids(slots["p"]), template.ids(slots["o"])
        if not (person and org) or ctx.kinds().get(person[0]) != "Person":
            continue
        last = next((e for e in recent if org[0] in {p.id for p in e.participants}), None)
        if last is not None:
            _add_parties(last, person[:1])


HELD = re.compile(  # "The meeting took place in Z": where the last meeting was
    r"^\W*(?:the|this|that|their|his|her)\s+(?:\w+\s+)?(?:meeting|talks|session|encounter|round|"
    r"dialogue|consultations|negotiations)\s*(?:of\s+(?:talks|negotiations)\s+)?(?:took\s+place|"
    r"(?:was|were)\s+(?:first\s+)?held|"
    r",\s+(?:which\s+(?:took\s+place|(?:was|were)\s+held)|held)|,?)\s+(?:\w+\s+){0,3}?(?=in\b|at\b)|"
    r"^\W*it\s+(?:took\s+place|was\s+held)\s+(?=in\b|at\b)",  # 'It was held at Z'
    re.I,
)


# "..., who also attended the meeting at Z": where the last meeting was
ATTENDED_AT = re.compile(r"\battended\s+the\s+(?:meeting|talks)\s+(?=at\b|in\b)", re.I)


def _placing(template: Template) -> re.Match[str] | None:
    """'The meeting took place in Z', '..., who attended the meeting at Z': the sentence says
    where the meeting told before it was."""
    return HELD.search(template.text) or ATTENDED_AT.search(template.text)


def _placed(template: Template, ctx: Context, events: dict[str, Event]) -> dict[str, Event]:
    """'The meeting took place in Z' after a meeting: it was in Z, unless the meeting already
    has a place that Z does not refine; then it opens a meeting in Z of the people named
    after it (dropped if none are)."""
    match = _placing(template)
    last = _last_meeting(events) if match else None
    if match is None or last is None:
        return events
    place = best_place(template, ctx, template.text[match.end() :])
    elsewhere = place and last.place and place != last.place and match.re is HELD
    if elsewhere and not _refines(place, last.place, ctx):  # 'The third round was held in Z':
        opened = _event(MEETING, template, ctx, [], [], place)  # another meeting, whose
        return {**events, opened.id: opened}  # parties the next sentences name
    if not _refines(place, last.place, ctx):
        return events
    return _replaced(events, last, _moved(last, place))


# 'A and B were in attendance at the meeting': the meeting told before, not a new one
PRESENT_AT = re.compile(
    r"\b(?:was|were)\s+(?:also\s+)?(?:present|in\s+attendance)\s+at\s+the\s+(?:meeting|talks|session)\b",
    re.I,
)
ANAPHORIC = re.compile(  # "The meeting, attended by A and B, reviewed ...": the last meeting
    r"^\W*(?:(?:on|from|during|at)\s+[^,;]{1,40},\s*)?(?:(?:the|this|that)\s+(?:meeting|talks|"
    r"session|consultations|(?:signing\s+)?ceremony)(?:\s*,\s+which\s+[^,;⟦]{1,60},)?\s*,?\s+"
    r"(?:which\s+)?(?:was\s+|were\s+)?(?:also\s+|\w+ly\s+){0,2}attended\s+by|"
    r"(?:during|at|in)\s+the\s+(?:meeting|talks)\s*,\s+(?:which\s+was\s+)?(?:also\s+)?attended\s+by|"
    r"the\s+(?:meeting|talks)\s+with\s+⟦\d+⟧\s*,\s+which\s+(?:was|were)\s+(?:also\s+)?attended\s+by|"
    r"also\s+present\s+at\s+the\s+(?:meeting|talks)|"
    r"(?:the|this|that)\s+(?:meeting|talks|session)\s+(?:was|were)\s+(?:co-?)?(?:chaired|hosted)\s+by)\b",
    re.I,
)


def _actors(ids: list[str], ctx: Context) -> list[str]:
    return [i for i in ids if i in ctx.entities and ctx.entities[i].type in ACTOR_TYPES]


def _organizations(template: Template, text: str | None, ctx: Context) -> list[str]:
    """The organizations named in ``text`` (a body that meets: 'a session of the B')."""
    ids = template.ids(text or "")
    return [i for i in ids if i in ctx.entities and ctx.entities[i].type == "Organization"]


MEETING = Rule("meeting", "Meeting", meetings.TRIGGER, 0.75)
GATHERING = (
    r"(?:meeting|session|roundtable|round\s+table|retreat|summit|forum|conference|consultations)"
)
CONVENED = Gated(
    re.compile(  # "A convened a roundtable in Z", "the B held a retreat": its chair
        rf"^(?P<who>[^.;]*?⟦\d+⟧[^.;⟦]{{0,40}}?)\s+(?P<verb>convened|chaired|co-chaired|presided\s+over|"
        rf"held|hosted)"
        # "A co-chaired, together with B and C, the session": B and C chair it too
        r"(?:,\s+(?:together|jointly|along)\s+with\s+(?P<co>[^;⟦]{0,40}?⟦\d+⟧[^;]{0,120}?),)?\s+"
        rf"(?:(?:on\s+\w+|today|yesterday|in\s+⟦\d+⟧)\s+)?"  # "chaired on Tuesday a session"
        rf"(?:(?:a|an|the|its)\s+)?(?:(?:(?:[\w\-’']|⟦\d+⟧)+|\([^()]{{1,20}}\))\s+){{0,3}}?"
        rf"(?:round\s+of\s+(?:the\s+)?(?:[\w\-’']+\s+){{0,4}}?(?=dialogue|negotiations)\w+|"
        rf"{GATHERING}|talks)\b"
        rf"(?:\s+of\s+(?:the\s+)?(?:[a-z][\w\-]*\s+)?(?P<body>⟦\d+⟧))?|"  # "a session of the B": B
        r"^(?P<who2>[^.;]*?⟦\d+⟧[^.;⟦]{0,40}?)\s+(?:convened|chaired)\s+(?:the\s+)?(?P<body2>⟦\d+⟧)|"
        # 'A briefed senior diplomats on the talks. In attendance: ...': a meeting they name next
        r"^(?P<who3>[^.;]*?⟦\d+⟧[^.;⟦]{0,40}?)\s+briefed\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?"
        r"(?:diplomats|ambassadors|envoys|officials|partners|representatives)\b",
        re.I,
    )
)


UNNAMED_MET = Gated(
    re.compile(  # 'The quartet of mediators met in Z', 'six people sat down in Z'
        r"^[^⟦]{0,60}?\b(?:quartet|trio|group|mediators|ministers|leaders|envoys|delegates|people|"
        r"officials|sides|parties|negotiators|chiefs|heads|delegations|committee|commission|panel)\b"
        r"(?:\s+of\s+(?:the\s+)?(?P<members>⟦\d+⟧))?"  # 'Foreign ministers of the X met in Z'
        r"[^⟦]{0,30}?\s(?:met|sat\s+down|"
        r"gathered|convened|returned\s+to\s+[^.;]{1,60}?\bfor\s+(?:a|an)\s+(?:[\w\-]+\s+){0,2}?"
        rf"(?:{GATHERING}|talks|round))\b|"
        # 'A security briefing for partners was held at Z on Wednesday. Attendees: ...'
        rf"^[^⟦]{{0,40}}?\b(?:(?:a|an|(?P<the>the))\s+)?(?:[\w\-]+\s+){{0,3}}?(?:{GATHERING}|briefing|"
        r"round\s+of\s+(?:talks|negotiations)|talks|negotiations)\b(?:[^.;⟦]|⟦\d+⟧){0,60}?"
        r"\b(?:(?:was|were)\s+(?:held|convened|organi[sz]ed)|resumed|reconvened|opened|began|"
        r"started|took\s+place|got\s+under\s*way)\b|"
        # 'The Council welcomed the meeting held in Z on 20 January. Present were ...'
        r"\b(?:welcomed|noted|took\s+note\s+of|recalled|commended|hailed|praised)\s+(?:the|a|an)\s+"
        rf"(?:[\w\-]+\s+){{0,2}}?{GATHERING}\s+(?:held|convened)\s+(?:in|at|on)\s|"
        # 'an account of the third round of talks in Z on 2 April': that round, held in Z
        r"\bround\s+of\s+(?:talks|negotiations|consultations)\s+(?:held\s+)?(?:in|at)\s+(?:the\s+)?⟦\d+⟧|"
        # a council's communique: 'The X Council, at its 1318th meeting held on 19 March in Z,'
        r"(?P<body>⟦\d+⟧)[^.;⟦]{0,60}?,\s+at\s+its\s+(?:[\w\-]+\s+){0,2}?(?:meeting|session)\s+held\b",
        re.I,
    )
)


def _unnamed_met(template: Template, ctx: Context, events: dict[str, Event]) -> list[Event]:
    """A meeting told without names ('The quartet of mediators met for five hours in Z'):
    opened, in its place, for the next sentences to name its parties ('Around the table:
    A, B and C'); one nobody joins is dropped with the other meetings of one party."""
    match = UNNAMED_MET.search(template.text)
    if match is None or MODAL.search(template.text[: match.end()]):
        return []
    if match.group("the") and _last_meeting(events):
        return []  # 'The talks were held in Z': the meeting told before (see ``HELD``)
    place = _the_venue(template, ctx) or best_place(template, ctx)
    body = _organizations(template, match.group("body") or match.group("members") or "", ctx)
    return [_event(MEETING, template, ctx, body, [], place)]


def _convened(template: Template, ctx: Context) -> list[Event]:
    """'A convened a roundtable in Z', 'the B held a retreat' (the participants told after it:
    'Participants: ...'): a meeting of A that later sentences may join; one nobody joins is
    dropped with the other meetings of one party."""
    match = CONVENED.search(template.text)
    if match is None or MODAL.search(template.text[: match.start()]):
        return _chaired(template, ctx)
    who = match.group("who") or match.group("who2") or match.group("who3")
    chair = _actors(template.ids(who), ctx)
    chair = chair if (match.group("verb") or "").lower() == "co-chaired" else chair[-1:]
    chair += _actors(template.ids(match.group("co") or ""), ctx)
    body = _organizations(template, match.group("body") or match.group("body2"), ctx)
    heard = _heard(template, match.end(), ctx)  # '..., which heard from A, B and C'
    place = best_place(template, ctx) or _entry_place(template, ctx)
    place = place or _context_place(template, chair + heard, ctx)
    return [_event(MEETING, template, ctx, chair, body + heard, place)] if chair else []


HEARD = re.compile(
    r"\b(?:heard\s+(?:\w+\s+){0,2}?from|(?:was|were\s+)?attended\s+by|(?:with\s+the\s+"
    r"participation|in\s+the\s+presence)\s+of)\s|;\s*(?=⟦\d+⟧\s+represented\b)",
    re.I,
)


def _heard(template: Template, start: int, ctx: Context) -> list[str]:
    """The people a session heard from or was attended by, after its chair in the sentence."""
    match = HEARD.search(template.text, start)
    if match is None:
        return []
    return [i for i in template.ids(template.text[match.end() :]) if ctx.kinds().get(i) == "Person"]


CHAIRED = Gated(
    re.compile(  # "the body met in Z, co-chaired by A and B"; "the session was chaired by A"
        rf"^(?P<body>[^.;]*?)\b(?:met|convened|sat|(?:was|were)\s+held)\b[^.;⟦]*?(?:⟦\d+⟧[^.;⟦]*?)*?,\s+"
        rf"(?:co-?)?chaired\s+by\b|\b{GATHERING}\s+(?:was|were)\s+(?:co-?)?chaired\s+by\b|"
        # "the 66th round of the X Discussions, co-chaired by A, B and C, took place in Z"
        rf"^(?P<body2>[^.;]*?)\b(?:round|discussions|talks|{GATHERING})\b[^.;]{{0,120}}?,\s+"
        rf"(?:co-?)?chaired\s+by\b(?=[^.;]*,\s+(?:took\s+place|(?:was|were)\s+held|opened|met)\b)|"
        # "I attended the coordination meeting in Z, co-chaired by A and B"
        rf"^(?P<who>[^.;]*?)\b(?:attended|joined|took\s+part\s+in)\s+(?:the|a|an|its)\s+(?:[\w\-]+\s+){{0,3}}?"
        rf"{GATHERING}\b[^.;,]*,\s+(?:co-?)?chaired\s+by\b",
        re.I,
    )
)


def _chaired(template: Template, ctx: Context) -> list[Event]:
    """A gathering told with its chairs ('the forum met in Z, chaired by A'; 'the session was
    co-chaired by A and B'): a meeting of the chairs (and of the body that met, if named)."""
    match = CHAIRED.search(template.text)
    if match is None or MODAL.search(template.text[: match.start()]):
        return []
    body = _organizations(template, match.group("body") or match.group("body2"), ctx)[-1:]
    end = meetings.CLAUSE_END.search(template.text, match.end())
    span = template.text[match.end() : end.start() if end else len(template.text)]
    chairs = _actors(meetings.participants(template, span, ctx.kinds(), every=True), ctx)
    if not chairs:
        return []
    who = match.group("who") or ""  # 'A attended the session, chaired by B': A too
    present = _actors(meetings.participants(template, who, ctx.kinds(), every=True), ctx)
    parties = list(dict.fromkeys(body + chairs + present))
    place = best_place(template, ctx) or _entry_place(template, ctx)
    return [_event(MEETING, template, ctx, parties[:1], parties[1:], place)]


ATTENDED = Gated(
    re.compile(  # 'A, B and C took part in the talks in Z': one meeting of them all
        r"(?:attended|took\s+part\s+in|participated\s+in)\s+(?P<article>a|an|the)\s+"
        # (not met in person: 'took part in a virtual meeting')
        rf"(?:(?!{meetings.REMOTE_WORDS}\b)[\w\-⟦⟧]+\s+){{0,3}}?"
        r"(?:meeting|talks|session|summit|negotiations|consultations|"
        r"conference|discussions|dialogue)\b",
        re.I,
    )
)
ALONG_WITH = re.compile(rf"\b{ALONG}\s", re.I)


def _attended(template: Template, ctx: Context, events: dict[str, Event]) -> list[Event]:
    """'A, B and C took part in the negotiations in Z', 'A attended the summit along with B':
    a meeting of everyone named as attending, unless it is the meeting told before (then the
    sentence joins it: see ``JOINED_BEFORE``)."""
    match = ATTENDED.search(template.text)
    if match is None or MODAL.search(template.text[: match.start()]):
        return []
    if match.group("article").lower() == "the" and _recent_meetings(events):
        return []
    before = template.text[: match.start()]
    along = ALONG_WITH.search(template.text, match.end())
    named = meetings.participants(template, before, ctx.kinds(), every=True)
    named += _named_along(template, along.end(), ctx) if along else []
    people = _actors(list(dict.fromkeys(named)), ctx)
    if len(people) < 2:
        return []
    place = best_place(template, ctx) or _named_for(template, match.group(0), ctx)
    return [_event(MEETING, template, ctx, [], people, place)]


# a cue of people joining a meeting that names the meeting itself ('Present at the talks were')
SAYS_MEETING = re.compile(
    r"\b(?:meeting|talks|session|summit|table|dinner|lunch|conference|negotiations|consultations|"
    r"participants|attendees|those\s+present)\b",
    re.I,
)


def _first_attendance(template: Template, ctx: Context, events: dict[str, Event]) -> list[Event]:
    """'Attending the meeting in Z were A, B and C', 'Around the table sat A and B', with no
    meeting told before for them to join: a meeting of everyone named after the cue."""
    if len(template.slots) < 2 or not SAYS_MEETING.search(template.text):
        return []  # most sentences: no scan of the joining cues
    after = JOINED.search(template.text)
    noun = SAYS_MEETING.search(after.group(0)) if after else None
    if after is None or noun is None or _recent_meetings(events):
        return []
    chair = template.text[after.start() + noun.end() : after.end()]  # 'meeting, chaired by A,'
    named = meetings.participants(
        template, chair + template.text[after.end() :], ctx.kinds(), every=True
    )
    people = _actors(list(dict.fromkeys(named)), ctx)
    if len(people) < 2:
        return []
    return [_event(MEETING, template, ctx, [], people, best_place(template, ctx))]


TOWN_KINDS = ("city", "town", "facility", "base")


def _named_for(template: Template, phrase: str, ctx: Context) -> str | None:
    """'the Doha talks', 'the Geneva conference': a town before a meeting's noun names where
    it was held (a country names a topic: 'the Ukraine talks')."""
    towns = _towns(template, phrase, ctx, TOWN_KINDS)
    return towns[-1] if towns else None


def _towns(template: Template, fragment: str, ctx: Context, kinds: tuple[str, ...]) -> list[str]:
    """The places of ``fragment`` whose gazetteer kind is one of ``kinds``."""
    return [i for i in template.ids(fragment) if _is_place(i, ctx) and load().kind(i) in kinds]


RECEPTION = Rule("reception", "HostVisit", meetings.TRIGGER, 0.75)


# 'on Monday', 'on 5 May', 'on May 5': a time after a venue's kind, not a place ('on X Street')
WHEN = rf"\w+day\b|\d|(?:{'|'.join(sorted(dates.MONTHS, key=len, reverse=True))})\b"
# a venue told before, named again by its kind ('were later joined at the palace by C', 'met
# at the airport'), or the last meeting's ('at the same venue', 'at the summit venue')
THE_VENUE = re.compile(
    rf"\b(?:at|in)\s+the\s+(?:(?P<same>same|summit|conference|meeting)\s+venue|"
    rf"(?:(?:same|conference|presidential|royal|official)\s+)?"
    rf"(?P<kind>{'|'.join(cues.VENUE_KINDS)}))\b"
    # not 'the hotel in X', 'the hotel, X,'
    rf"(?!\s+(?:of|in|at)\b|\s+on\s+(?!{WHEN})|\s*⟦|\s*,\s*⟦\d+⟧\s*(?:[,.;]|$))",
    re.I,
)


def _venues_named(template: Template, ctx: Context) -> dict[str, str]:
    """The kinds of venue the sentence names ('Al-Ittihadiya Palace': a palace)."""
    found = {}
    for entity_id in template.slots:
        entity = ctx.entities.get(entity_id)
        words = entity.name.lower().split() if entity and entity.type == "Place" else []
        found.update({word: entity_id for word in words if word in cues.VENUE_KINDS})
    return found


def _the_venue(template: Template, ctx: Context) -> str | None:
    match = THE_VENUE.search(template.text)
    if match is None:
        return None
    if match.group("same"):  # 'at the summit venue': the place told last, or the last venue
        venues = list(ctx.venues.values())
        return ctx.last_place if ctx.last_place in venues else (venues[-1] if venues else None)
    return ctx.venues.get(match.group("kind").lower())


def _meetings(template: Template, ctx: Context) -> list[Event]:
    kinds = ctx.kinds()
    found, before, previous = [], 0, -1
    told = meetings.find(template, kinds)
    named_again = _the_venue(template, ctx) if told else None  # 'joined at the palace'
    for meeting in told:
        rule = RECEPTION if meeting.received else MEETING
        clause = _without_topic(_untopical(template.text[: meeting.end], meeting), meeting.start)
        place = _own_place(template, ctx, clause, before, meeting.start, previous)
        place = _sent_to(template, meeting, ctx) or place or _welcomed_to(template, meeting, ctx)
        before, previous = meeting.end, meeting.start
        place = _here(template, place, ctx) or _told_place(template, meeting, ctx)
        hosts = _parties(meeting.hosts, ctx)
        groups = _separate(template, meeting, ctx)
        places = _respectively(template, len(groups), ctx) or _each_own(
            template, groups, place, ctx
        )
        places = [named_again or where for where in places]
        for guests, where in zip(groups, places, strict=True):
            for side in _each_host(template, meeting, hosts):
                found.append(_event(rule, template, ctx, side, _parties(guests, ctx), where))
            if not guests and not meeting.joint:  # 'A, led by B, held talks with officials'
                ctx.one_sided.add(found[-1].id)
    if found or not parse_enabled() or not _candidate(template, kinds):
        return _once(found)
    for meeting in parsed.find(template.sentence, list(template.spans), kinds):
        rule = RECEPTION if meeting.received else MEETING
        place = _most_specific(meeting.places, ctx) or best_place(template, ctx)
        hosts, guests = _parties(meeting.hosts, ctx), _parties(meeting.guests, ctx)
        found.append(_event(rule, template, ctx, hosts, guests, place))
    return found


WHILE = re.compile(
    r"(?:\bwhile\b|\bwhereas\b|;|,?\s+(?:and\s+)?(?:then|later|afterwards)\b)[^;]*$|\bbefore\s+$",
    re.I,
)


SENT_TO = re.compile(r"\bsent\s+(?:[\w\-]+\s+){0,2}?to\s+(⟦\d+⟧)\s+(?:for|to)\b")


def _sent_to(template: Template, meeting: meetings.Found, ctx: Context) -> str | None:
    """'A and B sent delegations to Z for talks': Z, where the delegations met."""
    match = SENT_TO.search(meeting.verb)
    place = template.ids(match.group(1)) if match else []
    return place[0] if place and _is_place(place[0], ctx) else None


def _own_place(
    template: Template, ctx: Context, clause: str, before: int, start: int, previous: int = -1
) -> str | None:
    """The place told in a later clause of its own ('A met B in Z, while his deputy C held
    talks with D in W': W for C and D), else the sentence's up to the meeting's end."""
    second = WHILE.search(template.text, before, start) if 0 < before < start else None
    second = second or _moved_on(template.text, previous, start)
    if second is not None:
        own = " " * second.start() + clause[second.start() :]
        return best_place(template, ctx, own) or best_place(template, ctx, clause)
    return best_place(template, ctx, clause)


def _moved_on(text: str, previous: int, start: int) -> re.Match[str] | None:
    """The last journey told between the sentence's meeting before (starting at
    ``previous``) and this one: 'A met B in Z and then flew to W for talks with C' (W)."""
    if previous < 0 or previous >= start:
        return None
    journeys = list(MOVED_ON.finditer(text, previous, start))
    return journeys[-1] if journeys else None


# a journey between two meetings of a sentence: 'A met B in Z and then flew to W for talks
# with C' (C in W)
MOVED_ON = re.compile(rf"\b(?:{cues.JOURNEY}|moved\s+on|left\s+for)\b")


def _once(found: list[Event]) -> list[Event]:
    """A sentence's meeting told again in it ('held talks with B, during which the two sides
    discussed X in Z'): its first telling, not a second meeting of the same people."""
    seen: list[set[str]] = []
    kept = []
    for event in found:
        people = {p.id for p in event.participants}
        if not any(people <= before for before in seen):
            kept.append(event)
            seen.append(people)
    return kept


TOPIC = re.compile(
    r"\b(?:on\s+the\s+(?:subject|issue|question)\s+of|about(?!\s+(?:\d|an?\s+hour|half))|regarding|concerning|"
    r"(?<!call\s)(?<!called\s)(?<!calls\s)(?<!calling\s)"  # 'called on the head of X': a visit
    r"on\s+(?:a|an|the)\s+(?!sidelines|margins|occasion|invitation|eve)(?:[\w\-]+\s+){0,2}?(?:for|of)\s+[a-z]|"
    r"(?:developments|situation)\s+(?:in|on)\b|discuss\w*|"
    # 'held talks with B on water sharing in the Z basin': what they talked about
    r"\bon\s+(?!(?:arrival|landing|behalf|board|foot|site|official|state|working|the|an?|his|her|"
    r"their|its|this|that)\b)"
    r"(?-i:[a-z])[\w\-]+\s+(?-i:[a-z])[\w\-]+\s+(?:in|across|along)\s|"
    r"(?:meeting|talks|session|consultations)\s+on\s+(?!board\b|(?:the\s+)?(?:sidelines|margins|fringes|occasion|eve)\b)(?-i:[a-z])|(?:described|deployed|stationed|based)\s+(?:as|in)\b|"
    # 'received A over renewed attacks on farmers in Z': what they met about
    r"\bover\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+){0,2}?(?:attacks?|killings?|violence|crisis|dispute|"
    r"tensions?|insecurity|fighting|clashes|abductions?|kidnappings?|row|concerns?|allegations?)\b)",
    re.I,
)


WELCOMED_TO = re.compile(r"^[^.;]{0,80}?⟧\s+to\s+(?:the\s+)?(⟦\d+⟧)")


def _welcomed_to(template: Template, meeting: meetings.Found, ctx: Context) -> str | None:
    """'A welcomed B to Z': the meeting was held in Z."""
    if not meeting.verb.startswith("welc"):
        return None
    match = WELCOMED_TO.match(template.text[meeting.start : meeting.end])
    place = template.ids(match.group(1))[0] if match else None
    return place if place and _is_place(place, ctx) else None


PLACE_LIST = re.compile(r"(?:⟦\d+⟧(?:\s*,\s*|\s+and\s+|,\s+and\s+)){1,5}⟦\d+⟧")


def _each_own(
    template: Template, groups: list[list[str]], place: str | None, ctx: Context
) -> list[str | None]:
    """'met A in Z and then B in Y': a counterpart met apart, with a place right after its
    name, met there; the others where the sentence says."""
    if len(groups) < 2:
        return [place] * len(groups)
    return [_right_after(template, group, ctx) or place for group in groups]


def _right_after(template: Template, group: list[str], ctx: Context) -> str | None:
    slots = [i for i, entity in enumerate(template.slots) if group == [entity]]
    for slot in slots:
        after = PLACE_AFTER.match(template.text, template.text.find(f"⟦{slot}⟧") + len(f"⟦{slot}⟧"))
        place = template.ids(after.group(1))[0] if after else None
        if place and _is_place(place, ctx):
            return place
    return None


PLACE_AFTER = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?(⟦\d+⟧)")


def _respectively(template: Template, count: int, ctx: Context) -> list[str | None] | None:
    """'met A and B in Z and Y respectively', 'went to Z and Y, where he met A and B
    respectively': A in Z, B in Y."""
    if count < 2 or not re.search(r"\brespectively\b", template.text):
        return None
    for match in PLACE_LIST.finditer(template.text):
        places = [p for p in template.ids(match.group(0)) if _is_place(p, ctx)]
        if len(places) == count:
            return list(places)
    return None


def _untopical(clause: str, meeting: meetings.Found) -> str:
    """'discussed trade in Z with Y in W': the topic told by the trigger itself is left out."""
    if not meeting.verb.startswith("discuss"):
        return clause
    return clause[: meeting.start] + " with" + clause[meeting.start + len(meeting.verb) :]


def _without_topic(clause: str, start: int) -> str:
    """The clause up to its topic: 'met X on the subject of troops deployed in Z' was not
    held in Z (SCHEMA C5: a topic is never the place); without the asides after its start
    that tell what a participant did elsewhere."""
    topic = TOPIC.search(clause, start)
    clause = clause[: topic.start()] if topic else clause
    return clause[:start] + ASIDE.sub("", clause[start:])


ASIDE = re.compile(  # ', who seized power in Z,': what a participant did elsewhere
    r",\s+(?:who|which)\s+(?![^,;]*\b(?:arriv|visit|travel|fl[eo]w|came|landed|stay|led\s+(?:a|an|the)\s+delegation|"
    r"(?:has|had)\s+been\s+in\b|(?:is|was)\s+(?:now\s+|currently\s+)?in\b))[^,;]*|"
    # a participant's office: ', head of the X for refugees in Z': where X works, not the meeting
    r"(?<=⟧),\s+(?!(?:at|in|on|to)\b)[^,;⟦]{1,60}?\s(?:of|for)\s+(?:the\s+)?⟦\d+⟧\s+(?:in|for)\s+"
    r"(?:the\s+)?⟦\d+⟧"
)


DAY = r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
ENTRY = re.compile(  # a timeline entry: "• 10 Feb, Guatemala City: ...", "• 11 Feb: ..."
    rf"^[^\w⟦]*(?:{DAY}(?:\s*,\s*(?P<place>⟦\d+⟧))?|"
    rf"(?P<lead>⟦\d+⟧)\s*,\s*{DAY}(?:,?\s+\d{{4}})?)\s*:"  # "- Manila, 20 Oct: ..."
)


HEADER = re.compile(  # a line naming only a place (and a day): a section's, a timeline entry's
    rf"^[^\w⟦]*(?:{DAY}(?:,?\s+\d{{4}})?\s*,\s*)?(⟦\d+⟧)(?:\s*,\s*{DAY}(?:,?\s+\d{{4}})?)?[^\w⟦]*$"
)


def _header_place(template: Template, ctx: Context) -> str | None:
    """A tracker's section header ('Bangkok' on a line of its own): where what follows is."""
    header = HEADER.match(template.text) or NEXT_STOP.match(template.text)
    return _slot_place(template, header and header.group(1), ctx)


NEXT_STOP = re.compile(  # a tour's next stop told alone: 'Then Erbil, on the 16th.'
    r"^[^\w⟦]*(?:\[[\d:]+\]\s*)?(?:⟦\d+⟧\s*:\s*)?(?:and\s+)?(?:then|next|later|afterwards|finally|from\s+there)\s*,?\s+"
    r"(?:(?:on\s+)?to\s+)?(⟦\d+⟧)\s*(?:,?\s+(?:on|in)\s+(?:the\s+)?[\w\-]+(?:\s+\w+)?)?\s*[.!]?\s*$",
    re.I,
)


def _entry_place(template: Template, ctx: Context) -> str | None:
    entry = ENTRY.match(template.text)
    return _slot_place(template, entry and (entry.group("place") or entry.group("lead")), ctx)


def _slot_place(template: Template, slot: str | None, ctx: Context) -> str | None:
    """The place a placeholder stands for, if it stands for a place."""
    place = template.ids(slot)[:1] if slot else []
    return place[0] if place and _is_place(place[0], ctx) else None


def _here(template: Template, place: str | None, ctx: Context) -> str | None:
    """'A, on a visit to Pakistan, held talks with B here': the dateline's town, inside the
    country the sentence names."""
    here = ctx.dateline if place and HERE.search(template.text) else None
    return here if here and _refines(here, place, ctx) else place


def _told_place(template: Template, meeting: meetings.Found, ctx: Context) -> str | None:
    """The place heading a timeline entry is where its meeting was, and an entry without one
    takes no place from the entries before it; otherwise the report's context place."""
    if ENTRY.match(template.text) is None:
        return _context_place(template, meeting.hosts + meeting.guests, ctx)
    return _entry_place(template, ctx)


UNSAID = re.compile(
    r"\bwithout\s+(?:saying|giving|specifying|disclosing|naming|revealing)\s+(?:where|the\s+"
    r"(?:venue|location|place))\b",
    re.I,
)
HERE = re.compile(  # the dateline's town: 'met B here on Monday', 'talks opened here'
    r"\b(?:arrived|landed|is|was|received|met|opened|began|convened|gathered|held|resumed|"
    r"reconvened)\s+here\b|\bvisit(?:ing)?\s+here\b|⟧\s+here\b|"
    r"\bhere\s+(?:on|this|last|today|yesterday|earlier|late)\b",
    re.I,
)
SAME_VENUE = re.compile(
    r"\b(?:at|in)\s+the\s+same\s+(?:venue|place|location|building|hotel|palace|residence)\b", re.I
)
EARLIER = re.compile(r"^\W*(?:earlier|previously|before\s+that|prior\s+to|ahead\s+of)\b", re.I)


def _context_place(template: Template, people: list[str], ctx: Context) -> str | None:
    """A place the report has set: the visit of a participant, the venue being told, the
    title's venue; not for a meeting the sentence puts at another time ('Earlier, ...')."""
    if HERE.search(template.text) and ctx.dateline:
        return ctx.dateline  # 'A held talks with B, who arrived here this morning'
    if SAME_VENUE.search(template.text) and ctx.last_venue:
        return ctx.last_venue  # 'Earlier, A also met C at the same venue'
    if EARLIER.search(template.text) or UNSAID.search(template.text):
        return None  # '..., without saying where the meeting took place'
    if THERE.match(template.text) and ctx.went_to:
        return ctx.went_to  # 'A travelled to Z. There she met B': Z, not a stay told before
    visit = _visit_place(people, ctx)
    last = ctx.last_place
    if (
        last
        and UNNAMED_VENUE.search(template.text)
        and load().kind(last) in (None, "facility", "base")
    ):
        last = ctx.last_town  # 'met X at the prime minister's office': not the venue before
    place = _city_in(visit, last, ctx) or visit or last or ctx.headline_place
    visitor = set(people) & ctx.dateline_visitors
    return place or (ctx.dateline if visitor else None) or _there(template, ctx)


def _there(template: Template, ctx: Context) -> str | None:
    """'The envoys flew to Z. There, A met B': the place the sentence before went to."""
    return ctx.went_to if THERE.search(template.text) else None


THERE = re.compile(  # 'there' for a place, not 'there is', 'from there'
    r"(?:^\W*|(?<!from\s)(?<!out\s)(?<!over\s))\bthere\b(?!\s+(?:is|are|was|were|has|have|had|"
    r"will|would|could|can|may|might|must|should|seem\w*|appear\w*|remain\w*|exist\w*)\b)(?!['’])",
    re.I,
)


def _last_named(template: Template, ctx: Context) -> str | None:
    """The last place the sentence says someone went to."""
    found = [template.ids(m.group(1)) for m in TO_PLACE.finditer(template.text)]
    places = [p for ids in found for p in ids if _is_place(p, ctx)]
    if not places and TO_CAPITAL.search(template.text):
        return _dateline_capital(ctx)  # 'He flew to the capital': the dateline's, if it is one
    return places[-1] if places else None


TO_CAPITAL = re.compile(
    rf"\b(?:{cues.JOURNEY}|arrived|landed)\s+(?:back\s+)?(?:in|to)\s+the\s+capital\b"
    r"(?!\s*,?\s*⟦|\s+of\b)"
)
TO_PLACE = re.compile(  # 'travelled to Z', 'arrived in Z': where someone went
    rf"\b(?:{cues.JOURNEY}|arrived|landed|moved)\s+(?:(?:back|on|across|over|up|down|out)\s+)?"
    rf"(?:{cues.BY_MEANS})?"
    r"(?:from\s+(?:the\s+)?⟦\d+⟧\s+)?"  # 'travelled from Y to Z'
    r"(?:in|to|into)\s+(?:the\s+)?(⟦\d+⟧)"
)


HEADING_WORDS = 10


def _heading(template: Template) -> bool:
    """A short line without a final stop that opens a section ('A meets B'): what it tells
    happened where its section says, not where the section before it was."""
    line = template.sentence.strip()
    words = line.split()
    if not words or "\n" in line or LIST_ITEM.match(line) or line[-1] in '.!?:;,"”’)]':
        return False
    return len(words) <= HEADING_WORDS and line[0].isupper()


def _town_named(template: Template, ctx: Context) -> str | None:
    """A city or town the sentence names after 'in' or 'at'."""
    for match in re.finditer(r"\b(?:in|at)\s+(?:the\s+)?(⟦\d+⟧)", template.text):
        place = template.ids(match.group(1))[0]
        if load().kind(place) in ("city", "town") and _is_place(place, ctx):
            return place
    return None


UNNAMED_VENUE = re.compile(
    r"\bat\s+(?:the|his|her|their|its|\w+['’]s|⟦\d+⟧['’]s)\s+(?:[\w\-]+\s+)?(?:[\w\-]+['’]s\s+)?(?:[\w\-]+\s+)?"
    r"(?:office|residence|headquarters|home|palace|ministry)\b"
)


def _city_in(country: str | None, last: str | None, ctx: Context) -> str | None:
    """The place of the last meeting, when the visit told is to its country ('a tour of Iraq'
    whose talks so far were in Baghdad): the later meetings of the tour were held there too."""
    entity, place = ctx.entities.get(country or ""), ctx.entities.get(last or "")
    if entity is None or place is None or not _is_country_place(entity):
        return None
    inside = place.countryCode == entity.countryCode and not _is_country_place(place)
    return last if inside else None


CAPITAL_WORD = re.compile(r"\bcapital\b")  # 'in the Syrian capital': the dateline city, maybe


def _dateline_visitors(templates: list[Template], ctx: Context) -> set[str]:
    """Who the body says visits the dateline place, before or after the meeting is told
    (SCHEMA C5: a dateline is where the report was filed; it is the meeting place when the
    text also puts the visitor there)."""
    if ctx.dateline is None:
        return set()
    kinds = ctx.kinds()
    found = set()
    for template in templates:
        if ctx.dateline in template.slots or CAPITAL_WORD.search(template.text):
            visits = frames.find(template, kinds, {"VISITED"})
            found |= {visitor for _, visitor, place, _ in visits if place == ctx.dateline}
            if template is not templates[0] and best_place(template, ctx) == ctx.dateline:
                found |= {i for i in template.slots if kinds.get(i) == "Person"}
        found |= _visiting(template, kinds)
    return found


# 'Visiting Pakistani Foreign Minister A', 'A, who is on a state visit to the country': in
# a report filed from a town, the visitor is there
VISITING = re.compile(
    r"\bvisiting\s+(?:(?-i:[A-Z])[\w.\-’']*\s+){0,4}?(⟦\d+⟧)|(⟦\d+⟧)\s*,\s+who\s+(?:is|was)\s+"
    r"(?:currently\s+)?(?:here\s+)?on\s+(?:an?\s+)?(?:[\w\-]+\s+){0,3}?visit\s+(?:to\s+the\s+country|here)\b",
    re.I,
)


def _visiting(template: Template, kinds: dict[str, str]) -> set[str]:
    found = set()
    for match in VISITING.finditer(template.text):
        found |= {
            i for i in template.ids(match.group(1) or match.group(2)) if kinds.get(i) == "Person"
        }
    return found


# 'A returned to Z': where A is now (no visit: A may live there)
RETURNED = re.compile(r"(⟦\d+⟧)[^.;⟦]{0,60}?\breturned\s+(?:home\s+)?to\s+(?:the\s+)?(⟦\d+⟧)")


def _returned(template: Template, ctx: Context) -> dict[str, str]:
    """The people the sentence says returned to a town, and the town: their meetings after
    it are held there, not where the report was before."""
    found = {}
    for match in RETURNED.finditer(template.text):
        towns = [p for p in template.ids(match.group(2)) if _is_place(p, ctx)]
        people = [p for p in template.ids(match.group(1)) if ctx.kinds().get(p) == "Person"]
        found.update({person: towns[0] for person in people if towns})
    return found


def _visit_place(people: list[str], ctx: Context) -> str | None:
    """The place one of ``people`` is said to be visiting ('during his visit to Z', 'arrived
    in Z', or a visit the title announces): their meeting was held there."""
    return next((ctx.visited[p] for p in people if p in ctx.visited), None)


VENUE = re.compile(  # the meeting being told, not a topic ('thanked them for talks in Z')
    r"\b(?:the|this|that|[\w⟧]+['’]s?)\s+(?:[\w\-]+\s+){0,2}?(?:meeting|talks|summit|session|"
    r"conference)\s+(?=in\b|at\b)|"
    # a session convened there: 'co-chaired in Z the session', 'concluded a round of talks in Z'
    r"\b(?:convened|chaired|co-chaired|hosted|opened|concluded)\s+(?:(?:a|an|the)\s+"
    r"(?:[\w\-]+\s+){0,3}?(?:session|summit|talks|conference|meeting)\s+)?(?=in\b|at\b)|"
    # an unnamed gathering hosted there: 'hosted the coalition of the willing at Z'
    r"\b(?:hosted|convened)\s+the\s+(?:(?-i:[a-z])[\w\-]*\s+){1,5}?(?=at\b)|"
    # a named body convened there: 'convened the Contact Group on Z in W'
    r"\b(?:hosted|convened)\s+the\s+(?:(?-i:[A-Z])[\w\-]*\s+){1,4}(?:(?:on|for)\s+(?:⟦\d+⟧|"
    r"(?-i:[A-Z])[\w\-]*)\s+)?(?=in\b|at\b)|"
    # the talks told as under way there: 'Talks resumed in Z', 'A new round of talks opened in Z'
    r"\b(?:talks|negotiations|consultations|meetings?|summit|session|conference)\s+(?:(?:were|was)\s+"
    r"held|resumed|reconvened|opened|began|started|continued|took\s+place|got\s+under\s*way|"
    r"concluded|ended)\s+(?=in\b|at\b)|"
    # the parties gathered there: 'Delegations gathered in Z', 'The ministers arrived in Z for
    # the talks'
    r"\b(?:leaders|ministers|delegations|delegates|envoys|negotiators|mediators)\s+(?:had\s+)?"
    r"(?:gathered|assembled|convened)\s+(?=in\b|at\b)|"
    r"\b(?:arrived|gathered|assembled|is|was|are|were)\s+(?=in\s+(?:the\s+)?⟦\d+⟧\s+(?:on\s+\w+\s+)?(?:for|to\s+"
    r"attend)\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,2}?(?:talks|meeting|summit|session|conference|"
    r"negotiations)\b)",
    re.I,
)


# the place fronted before the talks it opens: 'In Z, the second round began on Monday'
FRONTED_VENUE = re.compile(
    r"^\W*(?:in|at)\s+(?:the\s+)?(⟦\d+⟧)\s*,\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+){0,3}?"
    r"(?:talks|round|negotiations|meeting|summit|session|conference|consultations)\s+"
    r"(?:of\s+(?:talks|negotiations)\s+)?(?:began|opened|resumed|started|continued|reconvened|"
    r"got\s+under\s*way|took\s+place|(?:was|were)\s+held)\b",
    re.I,
)


def venue(template: Template, ctx: Context) -> str | None:
    """'Saturday's meeting in the capital, Z': the venue of the meeting being told."""
    match = VENUE.search(template.text)
    if match:
        return best_place(template, ctx, template.text[match.end() : match.end() + 80])
    fronted = FRONTED_VENUE.match(template.text)
    if fronted:
        return next((p for p in template.ids(fronted.group(1)) if _is_place(p, ctx)), None)
    host = HOST_PLACE.search(template.text)  # 'Z hosted a summit on Monday': Z
    hosts = template.ids(host.group(1)) if host else []
    return next((p for p in hosts if _is_place(p, ctx)), None)


GATHERED = Gated(
    re.compile(  # a sentence telling a gathering (GATHERING above: its nouns only)
        r"\b(?:meeting|talks|summit|session|conference|gathering|negotiations|consultations|forum|"
        r"arrived|gathered|assembled|met|sat\s+down|convened|reconvened|hosted)\b",
        re.I,
    )
)
GATHERED_WITHIN = 100  # the sentence is about the gathering: told in its first words
UNREAL = re.compile(  # a gathering planned, proposed or denied: not where anyone was
    r"\b(?:will|would|planned|proposed|expected|scheduled|possible|next|not|never|no|"
    r"cancel+ed|postponed|earlier|previous|last)\b",
    re.I,
)
# a meeting told without its parties ('The ministers met at Z', 'A working dinner was held
# at Z'): the sentences after it name them ('Around the table sat A, B and C')
MET_UNNAMED = re.compile(
    # 'X and Y held the 25th meeting of the Z mechanism', 'The two countries held talks in Z':
    # countries or bodies, no person
    r"\bheld\s+(?:(?:the|a|an|their|its)\s+(?:[\w\-]+\s+){0,3}?)?(?:meeting|talks|round|session|"
    r"consultations)\b|"
    r"\b(?:met|convened|gathered|assembled|sat\s+down|(?:meeting|talks|summit|session|round|"
    r"dinner|lunch|luncheon|conference|consultations|negotiations)\s+(?:\w+\s+|"
    r"of\s+the\s+(?:[\w⟦⟧\-]+\s+){1,3}?)?(?:was\s+|were\s+)?"
    r"(?:held|opened|began|took\s+place|got\s+under\s?way|resumed|convened))\b",
    re.I,
)
HEARSAY = re.compile(
    r"\b(?:denied|denies|dismissed|rejected|reports?|reported(?:ly)?|alleged(?:ly)?|claimed|"
    r"rumou?red|unconfirmed)\b",
    re.I,
)


def _unnamed_and_real(template: Template, ctx: Context, chairs: tuple[str, ...] = ()) -> bool:
    """The sentence names no person (but its ``chairs``) and tells no gathering planned,
    called off or denied."""
    people = any(ctx.kinds().get(i) == "Person" and i not in chairs for i in template.slots)
    return not people and UNREAL.search(template.text) is None


UNDER_CHAIR = re.compile(
    r"\b(?:under\s+the\s+(?:co-?)?chairmanship\s+of|(?:co-?)?chaired\s+by|presided\s+over\s+by)"
    r"\s+([^;⟦]{0,80}(?:⟦\d+⟧[^;⟦]{0,20}){0,2}⟦\d+⟧)",  # 'of Minister of ⟦Z⟧ Dr. ⟦A⟧'
    re.I,
)


def _chairs(template: Template, ctx: Context) -> tuple[str, ...]:
    """'The meeting was held in Z under the chairmanship of Minister A': A, who chaired it."""
    found = []
    for match in UNDER_CHAIR.finditer(template.text):
        people = [i for i in template.ids(match.group(1)) if ctx.kinds().get(i) == "Person"]
        found += people[:1]
    return tuple(found)


def _opened(
    template: Template, ctx: Context, events: dict[str, Event], gathering: str | None
) -> Event | None:
    """A meeting whose parties are still to be named (at ``gathering``, the place the
    sentence gives), not 'The meeting took place in Z' (where the one told before was), nor
    one planned or denied; dropped at the end if no one joins it."""
    told, chairs = events and _placing(template), _chairs(template, ctx)
    if told or not _unnamed_and_real(template, ctx, chairs) or HEARSAY.search(template.text):
        return None
    if not MET_UNNAMED.search(template.text, 0, GATHERED_WITHIN):
        return None
    where = gathering or best_place(template, ctx, _without_topic(template.text, 0))
    where = where or ctx.went_to  # 'We flew to Z. The next morning the talks began.'
    return _event(MEETING, template, ctx, list(chairs), [], where)


NAMED_GATHERING = Gated(
    re.compile(r"(⟦\d+⟧)\s+(?:[\w\-]+\s+)?(?:meeting|talks|summit|conference|gathering|session)\b")
)


def _gathering(template: Template, ctx: Context) -> str | None:
    """A gathering of people the sentence does not name ('Ministers of eight countries
    arrived in Z', 'the Z meeting lasted six hours'): where the meetings told next were."""
    chaired = CHAIRED_GATHERING.search(template.text)  # 'A chaired the X Summit at Z'
    chairs = tuple(template.ids(chaired.group(1))) if chaired else ()
    match = chaired or GATHERED.search(template.text, 0, GATHERED_WITHIN)
    if match is None or not _unnamed_and_real(template, ctx, chairs):
        return None
    named = NAMED_GATHERING.search(template.text)
    place = best_place(template, ctx, _without_topic(template.text, 0))
    place = place or (ctx.dateline if HERE.search(template.text) else None)  # 'opened here'
    return place or (_named_for(template, named.group(1), ctx) if named else None)


CHAIRED_GATHERING = Gated(
    re.compile(  # 'A chaired on Thursday, as president of B, the X Summit at Z': its chair
        r"(⟦\d+⟧)(?:\s*,[^,;.]{1,80},)?,?\s+(?:also\s+|then\s+)?(?:chaired|presided\s+over|opened)\s+"
        r"(?:[^.;]{0,80}?,\s+)?(?:the|a|an)\s+(?:[\w\-⟦⟧]+\s+){0,4}?"
        rf"(?:{GATHERING}|congress|assembly)\b",
        re.I,
    )
)
HOST_PLACE = re.compile(
    r"(⟦\d+⟧)\s+(?:hosted|hosts|is\s+hosting|was\s+hosting)\s+(?:a|an|the)\s+(?:[\w\-⟦⟧]+\s+){0,4}?"
    r"(?:summit|talks|conference|meeting|session|forum|gathering)\b"
)


def headline_meetings(template: Template, ctx: Context, events: list[Event]) -> list[Event]:
    """A meeting the title states ('A meets B in Z') whose parties the body never names
    together (it tells it with roles: 'the Turkish minister met the Syrian leader')."""
    told = [frozenset(p.id for p in e.participants) for e in events if e.is_meeting]
    found = []
    for event in _meetings(template, ctx):
        group = frozenset(p.id for p in event.participants)
        if len(group) >= 2 and not any(group <= other for other in told):
            found.append(event)
    return found


def headline_visits(template: Template, ctx: Context) -> None:
    """A visit the title announces ('X visits Z') scopes the meetings of X the body tells."""
    kinds = ctx.kinds()
    for _, visitor, place, _ in frames.find(template, kinds, {"VISITED"}):
        if _is_place(place, ctx) and load().kind(place) not in WIDE:
            ctx.visited.setdefault(visitor, place)


def _parties(ids: list[str], ctx: Context) -> list[str]:
    """News outlets report meetings; they are not parties to them."""
    return [i for i in ids if load().kind(i) != "media" and not _outlet(ctx.entities.get(i))]


def _outlet(entity: Entity | None) -> bool:
    """A name the dictionary does not know that ends like a newspaper's ('The Frontier Post')."""
    if entity is None or entity.type != "Organization" or entity.source == "dictionary":
        return False
    return entity.name.split()[-1].lower() in cues.MEDIA_HEADS


JOINT = re.compile(
    r"\b(?:joint|jointly|trilateral|tripartite|quadrilateral|together|summit|between|among|"
    r"convened(?=\s+(?:the\s+)?⟦)|"
    r"attended\s+by|in\s+the\s+presence\s+of|flanked\s+by|joined\s+by|also\s+present|"
    # "received A, with B and C attending": the people attending are at the same table
    r"with\s+[^.;]{1,160}?\s(?:attending|present|in\s+attendance|looking\s+on|sitting\s+in|"
    r"joining(?=\s+(?:him|her|them|⟦)))|"
    r"their\s+(?:\w+\s+){0,2}?(?:meeting|talks)|"
    r"with\s+the\s+(?:participation|attendance|presence)\s+of|involv(?:ed|ing)|gathered|"
    r"(?:meeting|talks|session|roundtable|summit|conference|forum)\s+(?:in\s+⟦\d+⟧\s+)?"
    r"(?:drew|featured)|"
    r"heard\s+(?:\w+\s+){0,2}?from|"
    r"including\s+(?:its|their)\s|(?:officials|representatives|leaders|members|team)\s+"
    r"(?:led|headed)\s+by|"
    r"(?:dinner|lunch|luncheon|banquet|reception|breakfast)\s+(?:for|in\s+honou?r\s+of)|"
    r"delegations?|accompan\w+|entourage|along\s+with|alongside|in\s+a\s+(?:[\w\-]+\s+)?meeting|"
    r"for\s+(?:a|the)\s+(?:[\w\-]+\s+)?(?:meeting|talks))\b|"
    r"\b(?:host|chair|co-chair|convene|presided\s+over)\w*\s+(?:\w+\s+){0,3}?"
    r"(?:meeting|talks|summit|session|council)\b|\bbr(?:ought|ings|inging)\s+together\b|"
    r"\bled\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:meeting|session|council)\s+with\b|"
    # 'met the members of the Presidency of Z, A, B and C': the body's people, together
    r"\b(?:members|leaders|heads)\s+of\s+(?:the\s+)?(?:[^,;.⟦]|⟦\d+⟧){1,60}?,\s+"
    r"(?:[\w.\-]+\s+){0,3}?⟦\d+⟧\s*,|"
    r"\bhost(?:ed|s|ing)\s+[^.;]{0,200}?\b(?:for|at|to)\s+(?:a\s+|an\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:talks|meeting|summit|session|dinner|lunch|luncheon|consultations)\b",
    re.I,
)


IN_A_MEETING = re.compile(r"\bin\s+a\s+(?:[\w\-]+\s+)?meeting\b", re.I)


def _in_a_meeting_after(text: str, end: int) -> bool:
    """'received A, head of X, and B in a meeting that lasted': 'in a meeting' after the guests,
    in the same clause, makes one meeting of all."""
    match = IN_A_MEETING.search(text, end)
    return match is not None and not re.search(r"[;.]", text[end : match.start()])


SEPARATE = re.compile(r"\b(?:separate(?:ly)?|individually|one\s+by\s+one|in\s+turn)\b", re.I)
SIDELINES = re.compile(r"\bsidelines?\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?summit\b", re.I)


def _separate(template: Template, meeting: meetings.Found, ctx: Context) -> list[list[str]]:
    """'X met A, B and C' (or 'met separately with') is one meeting per counterpart; 'a joint
    meeting of', 'met together', 'X hosted A and B for talks', or guests of one country
    received by a host (a delegation) make one meeting of all (SCHEMA C1)."""
    told = SIDELINES.sub(" ", template.text[: max(meeting.end, 1)])
    joint = JOINT.search(told) or _in_a_meeting_after(template.text, meeting.end)
    if len(meeting.guests) >= 2 and SEPARATE.search(template.text[meeting.start : meeting.end]):
        return [[guest] for guest in meeting.guests]  # 'met separately with A and B'
    listed = OF_BODY.search(meeting.verb) or meetings.SET_OFF.search(meeting.verb)
    if len(meeting.guests) < 2 or meeting.joint or joint or listed:
        return [meeting.guests]  # 'a meeting of the X council, chaired by A, with B and C'
    countries = {ctx.entities[g].countryCode for g in meeting.guests if g in ctx.entities}
    if len(countries) == 1 and None not in countries and meeting.received:
        return [meeting.guests]
    one = meeting.verb.startswith(ONE_EVENT) or SHARED_TABLE.search(meeting.verb) is not None
    if one or RECEIVED_BY.match(template.text, meeting.start):
        return [meeting.guests]  # 'X hosted A, B and C', 'X was received by A and B': one
    return [[guest] for guest in meeting.guests]


EACH = re.compile(  # the adverb at the verb: 'A and B met separately with C', 'separately met'
    r"\b(?:separately|individually)\s+(?:met|meet|meets|held|hold|holds|received|receive)\b|"
    r"\b(?:met|meet|meets)\s+(?:separately|individually)\b|\bseparate\s+(?:meetings|talks)\b",
    re.I,
)


def _each_host(template: Template, meeting: meetings.Found, hosts: list) -> list[list]:
    """'A and B met separately with C', 'A and B each met C': one meeting per host (C1)."""
    slots = [f"⟦{i}⟧" for i, slot in enumerate(template.slots) if slot in meeting.hosts]
    after = max((template.text.rfind(slot, 0, meeting.end) for slot in slots), default=-1)
    if len(hosts) < 2 or after < 0 or not EACH.search(template.text, after, meeting.end):
        return [hosts]
    return [[host] for host in hosts]


ONE_EVENT = ("host", "joined")  # 'X hosted A and B', 'X joined A and B for talks': one event
SHARED_TABLE = re.compile(rf"\b{cues.SHARED_TABLE}\s+with$")  # 'a lunch with A and B'


OF_BODY = re.compile(r"\bmeeting\b.*\bof$")  # the trigger 'a meeting (on Monday) of'
RECEIVED_BY = re.compile(  # 'was received by A and B': his hosts received him together
    r"(?:received|hosted|welcomed|greeted)\s+by\b", re.I
)


CANDIDATE = re.compile(
    r"\b(?:me[et]|meets|meeting|received?|receiv|hosts?|hosted|hosting|welcom|talks?|talked|"
    r"summit|confer|discuss|negotiat|consult|greet|sat|audience|session)",
    re.I,
)


def _candidate(template: Template, kinds: dict[str, str]) -> bool:
    """Worth parsing: a meeting word and two actors."""
    actors = {i for i in template.slots if kinds.get(i) in ACTOR_TYPES}
    return len(actors) >= 2 and bool(CANDIDATE.search(template.sentence))


def _most_specific(places: list[str], ctx: Context) -> str | None:
    known = [p for p in places if _is_place(p, ctx)]
    return min(known, key=lambda p: _specificity(ctx.entities[p])) if known else None


EXERCISE_PARTNERS = re.compile(r"^\s*(?:\w+\s+){0,3}?(?:by|with|between|involving|of)\s+(.*)$")
EXERCISE_SUBJECT = re.compile(
    r"(⟦\d+⟧)(?:'s)?\s+(?:\w+\s+){0,3}?(?:participation|part|role)\s+in\s+(?:\w+\s+){0,2}$|"
    r"(⟦\d+⟧(?:\s*(?:,|and)\s*⟦\d+⟧)*)\s+(?:\w+\s+){0,3}?$"
)


def _exercises(template: Template, ctx: Context) -> list[Event]:
    """Joint drills with named partners: 'exercises conducted by A and B', 'A's participation
    in drills with B', 'A and B held joint exercises'."""
    match = EXERCISE.search(template.text)
    if not match or MODAL.search(template.text[: match.start()]):
        return []
    end = meetings.CLAUSE_END.search(template.text, match.end())
    after = template.text[match.end() : end.start() if end else None]
    if match.group(0).lower().endswith("by"):  # "exercises conducted by A and B"
        actors = _actors(template.ids(after), ctx)
    else:
        partners = EXERCISE_PARTNERS.match(after)
        actors = _actors(template.ids(partners.group(1)), ctx) if partners else []
    subject = EXERCISE_SUBJECT.search(template.text[: match.start()])
    if subject:
        actors = _actors(template.ids(subject.group(0)), ctx)[:2] + actors
    actors = list(dict.fromkeys(actors))
    if len(actors) < 2:
        return []
    rule = Rule("joint-exercise", "Exercise", EXERCISE, 0.6)
    place = best_place(template, ctx, template.text) or ctx.last_place
    return [_event(rule, template, ctx, actors[:1], actors[1:], place)]


VISIT = Rule("visit", "Visit", re.compile("visit"), 0.7)


def _visits(template: Template, ctx: Context) -> list[tuple[Event, list[Relation]]]:
    """Visits stated by the visit frame (visitor -> places), one event per visitor."""
    kinds = ctx.kinds()
    places: dict[str, list[str]] = {}
    for _, visitor, place, _ in frames.find(template, kinds, {"VISITED"}):
        if visitor in ctx.entities and _is_place(place, ctx):
            places.setdefault(visitor, []).append(_city_for(template, place, ctx))
    for companion in _companions(template, kinds) if len(places) == 1 else []:
        places.setdefault(companion, list(next(iter(places.values()))))
    found = []
    for visitor, where in places.items():
        event = _event(VISIT, template, ctx, [visitor], [], where[0], role="visitor")
        found.append((event, [_visited(template, ctx, VISIT, visitor, p) for p in where]))
    return found


# who travels with the visitor: 'A arrived in Z, accompanied by B and C' (not 'A toured Z,
# accompanied by its governor B')
ARRIVAL = re.compile(rf"\b(?:arrived|arrives|landed|{cues.JOURNEY})\b")
ACCOMPANIED = re.compile(
    r"\baccompanied\s+by\s+([^;.]*?)(?=,\s+(?:who|where|which|and\s+then)\b|[;.]|$)"
)


def _companions(template: Template, kinds: dict[str, str]) -> list[str]:
    """The people a visit's sentence says came along with the visitor."""
    found = ACCOMPANIED.search(template.text) if ARRIVAL.search(template.text) else None
    ids = template.ids(found.group(1)) if found else []
    return [i for i in ids if kinds.get(i) == "Person"]


def _city_for(template: Template, place: str, ctx: Context) -> str:
    """'arrived in the Omani capital': the capital the report names, not the country."""
    slot = f"⟦{template.slots.index(place)}⟧"
    end = template.text.find(slot) + len(slot)
    return _capital(place, template.text, end, ctx) or place


def _visited(template: Template, ctx: Context, rule: Rule, visitor: str, place: str) -> Relation:
    ev = evidence(template, ctx.report_id, rule.name, rule.confidence)
    return Relation(visitor, "VISITED", place, ev)


def _is_place(entity_id: str, ctx: Context) -> bool:
    entity = ctx.entities.get(entity_id)
    return entity is not None and entity.type == "Place"


SETTLEMENT = (
    r"(?:(?:[\w\-]+|⟦\d+⟧)(?:'s)?\s+){0,2}?(?:city|capital|town|village|port|province|region|"
    r"resort|district|suburb|neighbou?rhood|quarter|area|county|governorate)(?:\s+of|,)?\s+"
)  # 'in the resort city of X', 'in the Nigerien capital, X'


def headline_place(template: Template, ctx: Context) -> str | None:
    """The place of a meeting or visit the title announces ('A meets B in Z')."""
    said = meetings.TRIGGER.search(template.text) or HEADLINE_GATHERING.search(template.text)
    if not (said or re.search(r"\bvisit", template.text, re.I)):
        return None
    return best_place(template, ctx)


# a title's gathering in the plural or as a noun: 'Sudan talks resume in Z', 'A, B meet in Z'
HEADLINE_GATHERING = re.compile(
    r"\b(?:talks|meet|negotiations|consultations|summit|conference)\s+(?:[\w\-]+\s+){0,2}?in\s",
    re.I,
)


OTHER_TIME = re.compile(
    r"\b(?:prior\s+to|before|ahead\s+of|after|following)\s+(?:his|her|their|its|the)\s+"
    r"(?:[\w\-]+\s+){0,2}$",
    re.I,
)
VENUE_TOWN = re.compile(r",\s+(⟦\d+⟧)")  # 'at State House, Nairobi': the venue's town


def _elsewhere(text: str, start: int, end: int) -> bool:
    """A place named in a sentence that is not where its meeting was."""
    return bool(
        OTHER_TIME.search(text, max(0, start - 40), start)  # 'before his trip to Z, ...'
        or FRONTED_STOP.match(text[:start])  # 'After talks in Z, A flew to W, where he met B'
        or AMID.match(text[:start])  # 'Amid the fighting in Z, A met B in W'
        or (_titled(text, start) and SERVES.match(text, end))  # 'the consul general in Z, A,'
        or ROLE_UNIT.search(text, max(0, start - 60), start)  # 'the head of the mission in Z, A'
        or WHOSE.search(text, max(0, start - 80), start)  # 'B of X, whose headquarters is in Z'
    )


POSSESSED = re.compile(r"(?:'s|’s)\s+(⟦\d+⟧)")


def _possessed_site(template: Template, text: str, end: int, ctx: Context) -> list[str]:
    """'in Vienna's Hofburg Palace': the site the town's possessive names, within it."""
    site = POSSESSED.match(text, end)
    return [i for i in template.ids(site.group(1)) if _is_place(i, ctx)] if site else []


def best_place(template: Template, ctx: Context, text: str | None = None) -> str | None:
    """The most specific place named after 'in'/'at'/'visit to' in ``text`` (default: the
    sentence); 'ambassador to Lebanon' names no place of meeting."""
    places = []
    pattern = (
        rf"\b(?:[Ii]n|[Aa]t|[Ii]nside|(?<=[Ss]peaking\s)from|(?:visit|trip|travel|(?i:{cues.JOURNEY}))\s+(?:(?:back|on|alone|directly|straight|then|later|across|over|up|down|out|north|south|east|west|onward)\s+){{0,2}}(?:together\s+|jointly\s+|(?:together\s+)?with\s+⟦\d+⟧\s+|{cues.ON_DAY}|{cues.BY_MEANS})?to|visited|visiting|toured|(?:[Bb]efore|[Oo]n|[Uu]pon)\s+(?:leaving|departing(?:\s+from)?)|[Oo]n\s+the\s+(?:outskirts|edge|fringes)\s+of|(?:led|headed)\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w\-⟦⟧]+\s+){{0,2}}?(?:delegation|team|mission)(?:\s+(?:of|from)\s+(?:the\s+)?⟦\d+⟧)?\s+to)\s+(?:the\s+)?"
        rf"(?:{SETTLEMENT}|(?:(?!from\s+⟦\d+⟧(?!,\s+where\b))\w+\s+){{0,2}}?)(⟦\d+⟧)"
    )
    text = template.text if text is None else text
    purpose = PURPOSE.search(text)  # 'met in Z to confirm the work at Y': Y is a topic's
    for match in re.finditer(pattern, text):
        if purpose and match.start() > purpose.start() and places:
            break
        if _elsewhere(text, match.start(), match.end()):
            continue
        entity_id = template.ids(match.group(1))[0]
        if _is_place(entity_id, ctx):
            places.append(_capital(entity_id, text, match.end(), ctx) or entity_id)
            places += _possessed_site(template, text, match.end(), ctx)  # "Z's Hofburg Palace"
        elif after := VENUE_TOWN.match(text, match.end()):
            places += [e for e in template.ids(after.group(1)) if _is_place(e, ctx)]
    places += _margins_of(template, text, ctx) + _host_town(template, text, ctx)
    places += _near_within(template, text, places, ctx)
    places += (_bare_capital(text, ctx) or _demonym_capital(text, ctx)) if not places else []
    if not places:
        return None
    return min(places, key=lambda p: _specificity(ctx.entities[p]))


NEAR_WITHIN = re.compile(r"\bnear\s+(⟦\d+⟧),\s+in\s+(?:the\s+)?(⟦\d+⟧)")


def _near_within(template: Template, text: str, places: list[str], ctx: Context) -> list[str]:
    """'met B near Z, in the W region': Z, placed in the W the sentence's place is."""
    return [
        near for match in NEAR_WITHIN.finditer(text)
        if template.ids(match.group(2))[0] in places
        and _is_place(near := template.ids(match.group(1))[0], ctx)
    ]  # fmt: skip


BARE_CAPITAL = re.compile(
    r"\b(?:in|at)\s+the\s+capital\b(?!\s*,?\s*(?:city\s+(?:of\s+)?)?⟦|\s+of\b)"
)


def _bare_capital(text: str, ctx: Context) -> list[str]:
    """'met B in the capital', naming no country: the dateline city, when it is a country's
    capital ('MUSCAT - ... received B in the capital')."""
    capital = _dateline_capital(ctx) if BARE_CAPITAL.search(text) else None
    return [capital] if capital else []


def _dateline_capital(ctx: Context) -> str | None:
    """The dateline's city, when it is a country's capital."""
    dateline = ctx.entities.get(ctx.dateline or "")
    if dateline is None or (dateline.name, dateline.countryCode) not in capital_names():
        return None
    return dateline.id


DEMONYM_CAPITAL = re.compile(r"\b(?:in|at|to)\s+the\s+([A-Z][a-z]+)\s+capital\b(?!\s*,?\s*⟦)")


def _demonym_capital(text: str, ctx: Context) -> list[str]:
    """'met B in the Saudi capital', a report that names Riyadh but not Saudi Arabia: the
    capital of that nationality's country, when the report names it."""
    found = DEMONYM_CAPITAL.search(text)
    code = cues.DEMONYM_COUNTRIES.get(found.group(1).lower()) if found else None
    capital = _named_capital(code, ctx) if code else None
    return [capital] if capital else []


HOST_TOWN = re.compile(
    r"(⟦\d+⟧)\s+(?:hosted|hosts|will\s+host|played\s+host\s+to)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:talks|meetings?|summit|session|round|consultations|negotiations)\b"
)


def _host_town(template: Template, text: str, ctx: Context) -> list[str]:
    """'Lomé hosted talks between A and B': a town that hosts a meeting is its place."""
    hosts = " ".join(m.group(1) for m in HOST_TOWN.finditer(text))
    return _towns(template, hosts, ctx, ("city", "town"))


MARGINS = re.compile(
    r"\b(?:sidelines|margins)\s+of\s+(?:the\s+)?(⟦\d+⟧)(?=\s+(?-i:[A-Z])\w)|"
    r"\bthe\s+(⟦\d+⟧)\s+(?=(?:talks|summit|meeting|negotiations|consultations|dialogue)\b)",
    re.I,
)


def _margins_of(template: Template, text: str, ctx: Context) -> list[str]:
    """'on the margins of the Z Security Conference': a town that names the gathering is
    where it met (a country there names its topic: 'the X peace conference')."""
    return [
        town for match in MARGINS.finditer(text)
        for town in _towns(template, match.group(1) or match.group(2), ctx, ("city", "town"))
    ]  # fmt: skip


PURPOSE = re.compile(rf"\bto\s+(?:{'|'.join(cues.PURPOSE_VERBS)})\b", re.I)
SERVES = re.compile(r"\s*[,⟦]")  # the title's holder named after its place, or an aside ends
# a stop told before the sentence's own: 'Following a stop in Z, A met B in W'
WHOSE = re.compile(r",\s+whose\s+[^,;⟦]*$")  # an aside on an actor, up to the place
FRONTED_STOP = re.compile(
    r"^\W*(?:after|following)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w\-]+\s+)?"
    r"(?:stop|stopover|talks|meetings?|visits?|stay|trip|tour|summit|session)\s+$",
    re.I,
)
ROLE_UNIT = re.compile(
    r"\b(?:head|chief|director|leader|members?|staff)\s+of\s+(?:the\s+|its\s+|his\s+|her\s+)?"
    r"(?:(?:[\w\-]+|⟦\d+⟧)\s+){0,3}?(?:mission|office|embassy|delegation|bureau|consulate|branch)\s+$",
    re.I,
)
AMID = re.compile(  # 'Amid the fighting in Z, A met B in W': the circumstance, not the place
    r"^\W*(?:amid|amidst|despite|against\s+the\s+backdrop\s+of)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w\-]+\s+){0,3}$",
    re.I,
)
TITLE_BEFORE = re.compile(r"([A-Za-z][a-z\-]*(?:\s+[A-Za-z][a-z\-]*){0,2})\s*$")


def _titled(text: str, start: int) -> bool:
    """'in Z' right after a person's title and before the holder's name ('the ambassador in
    Z, A,', 'the commander in Z A') says where A serves, not where the meeting was."""
    match = TITLE_BEFORE.search(text, max(0, start - 40), start)
    if match is None:
        return False
    words = match.group(1).lower().split()  # 'the UNHCR Representative in Z, A'
    return any(" ".join(words[i:]) in cues.PERSON_TITLES for i in range(len(words)))


UNNAMED_CAPITAL = re.compile(r"\s+capital\b(?!\s*,?\s*(?:city\s+(?:of\s+)?)?⟦)")


def _capital(country: str, text: str, end: int, ctx: Context) -> str | None:
    """'in the Omani capital' without its name, in a report filed from a city of that
    country ('MUSCAT, Oman (AP) -'): the dateline city; else that country's capital when
    the report names it elsewhere ('... left for Kabul')."""
    if not UNNAMED_CAPITAL.match(text, end):
        return None
    code = ctx.entities[country].countryCode
    if not code:
        return None
    dateline = ctx.entities.get(ctx.dateline or "")
    if dateline and dateline.countryCode == code and load().kind(dateline.id) == "city":
        return dateline.id
    return _named_capital(code, ctx)


def _named_capital(code: str, ctx: Context) -> str | None:
    """The capital of the country ``code`` when the report names it."""
    named = (e for e in ctx.entities.values() if e.type == "Place" and e.countryCode == code)
    return next((e.id for e in named if (e.name, code) in capital_names()), None)


def _specificity(entity: Entity) -> float:
    """Venues and small places first: a place the dictionary does not know (a palace, a
    quarter: 'at Ain al-Tineh') is more specific than the city it knows."""
    kind = load().kind(entity.id)
    if kind is None:
        return UNKNOWN_RANK
    if kind not in PLACE_RANK and entity.name.split()[-1].lower() in cues.FACILITY_HEADS:
        return 0  # an office named after its building, where people met ('Élysée Palace')
    return PLACE_RANK.get(kind, 4)


def _event(
    rule: Rule,
    template: Template,
    ctx: Context,
    hosts: list[str],
    guests: list[str],
    place: str | None,
    role: str = "host",
) -> Event:
    date, precision = _date(template, ctx)
    participants = [Participant(h, role) for h in hosts] + [Participant(g, "guest") for g in guests]
    if rule.predicate == "Meeting" or rule.predicate == "Exercise":
        participants = [Participant(p.id, "participant") for p in participants]
    ids = sorted(p.id for p in participants)
    key = digest(rule.predicate, *ids, place)
    return Event(
        id=f"event:{digest(key, date)}",
        kind=rule.predicate,
        code=SCHEMA.event_code(rule.predicate),
        participants=participants,
        evidence=evidence(template, ctx.report_id, rule.name, rule.confidence),
        place=place,
        date=date,
        datePrecision=precision,
        key=key,
    )


def _date(template: Template, ctx: Context) -> tuple[str | None, str | None]:
    return dates.event_date(template.sentence, ctx.report_date)
