"""One report in, one :class:`~actorgraph.model.Extraction` out: no database involved.

read -> **extract** (mentions -> resolve -> coreference -> relations, events) -> write
"""

from __future__ import annotations

import dataclasses
import re

from actorgraph import dates
from actorgraph.extract import coref, cues, speakers
from actorgraph.extract.events import (
    LIST_ITEM,
    Context,
    find_events,
    headline_meetings,
    headline_place,
    headline_visits,
)
from actorgraph.extract.infobox import infobox_relations, unglued
from actorgraph.extract.meeting_claims import meeting_claims
from actorgraph.extract.mention import Mention
from actorgraph.extract.mentions import UNIT_NAME, find_mentions
from actorgraph.extract.ministers import minister_relations
from actorgraph.extract.names import is_headline
from actorgraph.extract.relations import GEOGRAPHIC, find_relations, leaders_are_not_members
from actorgraph.extract.resolve import Resolution, resolve
from actorgraph.extract.signature import signature_relations
from actorgraph.extract.spans import SpanIndex
from actorgraph.extract.template import Template
from actorgraph.extract.tokens import tokenize
from actorgraph.extract.truecase import truecased
from actorgraph.extract.units import name_parts
from actorgraph.model import Entity, Evidence, Extraction, Relation, Report
from actorgraph.read.inputs import first_line
from actorgraph.read.layout import (
    bylines,
    elsewhere,
    mail_names,
    mail_recipients,
    mail_sender,
    quoted_writers,
    reading_text,
)
from actorgraph.resolve.dictionary import Dictionary, load
from actorgraph.text import Sentence, sentences

EXTRACTOR_VERSION = "rules/0.1"


def extract(report: Report, dictionary: Dictionary | None = None) -> Extraction:
    """Entities, events and relations of one report, each with its evidence (quoted from the
    report's own text; the rules read its layout-free view, of the same length)."""
    dictionary = dictionary or load()
    reading = _reading(report, dictionary)
    return verbatim(_extract(reading, dictionary, bylines(report.text), report.text), report)


def _unless(refs: list[tuple[int, int, str]], better: list[tuple[int, int, str]]) -> list:
    """``refs`` without those a ``better`` reference covers ('the Iranian minister' is the
    last Iranian named, not the last person named)."""
    index = SpanIndex(better)
    return [r for r in refs if not index.overlaps(r[0], r[1])]


def _reading(report: Report, dictionary: Dictionary) -> Report:
    text = truecased(reading_text(report.text), dictionary)
    title = report.title
    if title and title == first_line(report.text):  # a title wrapped over several lines
        title = first_line(text)
    return dataclasses.replace(report, text=text, title=title)


def verbatim(extraction: Extraction, report: Report) -> Extraction:
    """Evidence sentences as the original text has them (line breaks and all)."""
    for event in extraction.events:
        event.evidence = _quoted(event.evidence, report.text)
    extraction.relations = [
        dataclasses.replace(r, evidence=_quoted(r.evidence, report.text))
        for r in extraction.relations
    ]
    extraction.report = dataclasses.replace(extraction.report, text=report.text)
    return extraction


def _quoted(evidence: Evidence, text: str) -> Evidence:
    return dataclasses.replace(evidence, sentence=text[evidence.start : evidence.end])


def _extract(
    report: Report, dictionary: Dictionary, authors: list[tuple[int, int]], layout: str
) -> Extraction:
    """``report`` in its layout-free view; ``layout`` its text as written (the same length),
    whose lines an infobox needs."""
    every = find_mentions(unglued(report.text, layout), dictionary)
    mail = mail_names(layout)  # a mail's sender and recipients, or its desk ('From: X Desk')
    narrated = speakers.narrated(report.text)  # a first-person report's author is its actor
    sender = mail_sender(layout) if narrated else None
    mail = [span for span in mail if span != sender]  # a first-person mail's sender: an actor
    bylines_only = ([] if narrated else _only_authors(authors, every)) + mail
    authored = SpanIndex(bylines_only)
    found = [m for m in every if not authored.overlaps(m.start, m.end)]
    signed = [m for m in every if authored.overlaps(m.start, m.end)]  # the bylines' names
    signed = [m for m in signed if _named_person(m, mail)]
    writers = [w for m in signed if (w := _author(m, bylines_only, report.text)) is not None]
    recalled = _recalled(report.text, mail_recipients(layout), found)
    found = sorted(found + recalled, key=lambda m: m.start)
    mentions = speakers.outside_tags(report.text, found)
    resolution = resolve(mentions, dictionary, report.text)
    countries_from_demonyms(report.text, resolution)
    seats_as_venues(report.text, resolution)
    spans = sentences(report.text)
    countries = _country_words(resolution)
    roles = coref.demonym_roles(report.text, resolution, countries)
    roles += _unless(coref.titled_roles(report.text, resolution), roles)
    roles += _unless(coref.demonym_groups(report.text, resolution, countries), roles)
    refs = _unless(coref.references(report.text, spans, resolution, roles), roles) + roles
    refs += demonym_refs(report.text, resolution)
    refs += group_refs(report.text, resolution)
    refs += body_refs(report.text, resolution)
    refs += speakers.speaker_refs(report.text, resolution.spans("Person"))
    refs += _unless(speakers.quote_refs(report.text, resolution.spans("Person")), refs)
    if narrated:  # 'I met B' in a report told in the first person: its narrator met B
        people = resolution.spans("Person")
        quotes = quoted_writers(layout)
        refs += _unless(speakers.narrator_refs(report.text, people, authors, sender, quotes), refs)
    index = SpanIndex(refs)
    every = [(_template(s.text, s.start, index), _headline(s, report)) for s in spans]
    templates = [t for t, headline in every if not headline]
    report_date = dates.normalize_date(report.date) or dateline_date(report.text)
    ctx = Context(
        resolution.entities,
        report.id,
        report_date,
        dateline_place(templates, resolution) or _city_line(every[:6], resolution),
    )
    heads = [t for t, headline in every if headline][:1]
    ctx.headline_place = headline_place(heads[0], ctx) if heads else None
    for head in heads:
        headline_visits(head, ctx)
    events, visits = find_events(_this_article(templates, layout), ctx)
    for head in heads:
        events += headline_meetings(head, ctx, events)
    relations = find_relations(templates, resolution.entities, report.id) + visits
    relations += meeting_claims(templates, events, resolution.entities, report.id)
    relations += find_relations(  # address lines: "Mezzeh, Damascus, Syria"
        [t for t, headline in every if headline], resolution.entities, report.id, GEOGRAPHIC
    )
    relations += possessive_parts(report, spans, resolution, dictionary)
    relations += minister_relations(report.id, report.text, spans, resolution.entities)
    relations += name_parts(report.id, spans, resolution.mentions, resolution.entities)
    relations += infobox_relations(
        report.id, report.text, layout, resolution.mentions, resolution.entities
    )
    relations += signature_relations(report.id, layout, resolution.mentions, resolution.entities)
    return Extraction(
        report=Report(**{**report.__dict__, "date": report_date or report.date}),
        entities=list(resolution.entities.values())
        + _writers(writers, resolution, dictionary, report.text),
        events=events,
        relations=_about_actors(_dedupe(relations), resolution.entities),
        merges=resolution.merges,
        extractor=EXTRACTOR_VERSION,
        within=hierarchy(resolution.entities.values(), dictionary),
    )


WATER = re.compile(r"\b(?:Seas?|Gulf|Strait|Straits|Ocean|Bay|Channel|Canal)\b")


def _about_actors(relations: list[Relation], entities: dict[str, Entity]) -> list[Relation]:
    """A claim's main actor is an actor: a sea, gulf or strait is where it happens ('attacks in
    the Red and Arabian Seas are continuing, the leader said'), not whom a source reports."""
    return [
        r for r in relations if not (r.predicate == "REPORTED" and _water(entities.get(r.object)))
    ]


def _water(entity: Entity | None) -> bool:
    return entity is not None and entity.type == "Place" and bool(WATER.search(entity.name))


def _writers(
    writers: list[Mention], resolution: Resolution, dictionary: Dictionary, text: str
) -> list[Entity]:
    """The byline's authors, people of the report resolved on their own: they take part in
    none of its events and no pronoun of its text stands for them (unless the report is told
    in the first person: then its byline names the narrator, an actor like any other)."""
    found = resolve(writers, dictionary, text).entities if writers else {}
    return [entity for key, entity in found.items() if key not in resolution.entities]


def _author(mention: Mention, bylines: list[tuple[int, int]], text: str) -> Mention | None:
    """A byline's author, a person of the report when the byline reads as names: two words or
    more ('By Jane Doe', 'By JANE DOE' when it opens with a given name), not 'By Staff'; a
    name the next line's first word ran on to ends with the byline."""
    end = next((e for s, e in bylines if s <= mention.start < e), None)
    if end is None or mention.type != "Person":
        return None
    surface = text[mention.start : min(mention.end, end)]
    shouted = surface.isupper()
    if len(surface.split()) < 2 or (shouted and not cues.is_given_name(surface.split()[0].title())):
        return None
    named = surface.title() if shouted else surface  # 'By JANE DOE': Jane Doe
    return dataclasses.replace(mention, end=mention.start + len(surface), surface=named)


def _recalled(text: str, recipients: list[tuple[int, int]], found: list[Mention]) -> list:
    """Recipients of a mail ('Cc: Tanvir Rahman') the body names again by one of their names
    ('Tanvir flew to Dhaka'): actors of the report like any other (a sender stays the body's
    first person)."""
    if not recipients:
        return []
    again = {m.surface for m in found if " " not in m.surface and m.type in (None, "Person")}
    named = [(a, b, text[a:b]) for a, b in recipients if len(text[a:b].split()) in (2, 3)]
    return [
        Mention(a, b, name, "Person", source="cue")
        for a, b, name in named
        if again & {name.split()[0], name.split()[-1]}
    ]


def _named_person(mention: Mention, mail: list[tuple[int, int]]) -> bool:
    """A name of a byline, or of a mail header when it opens with a given name."""
    in_mail = any(a <= mention.start < b for a, b in mail)
    return not in_mail or cues.is_given_name(mention.surface.split()[0])


def _only_authors(bylines: list[tuple[int, int]], mentions: list[Mention]) -> list[tuple[int, int]]:
    """Bylines that name only their authors: 'By A, Polar Courier, Tromso' names the outlet
    the author works for, and its names stay in the report."""
    outlets = [m.start for m in mentions if m.type == "Organization"]
    return [(s, e) for s, e in bylines if not any(s <= start < e for start in outlets)]


ATTACKER = re.compile(
    r"\b([A-Z][a-z]+|U\.S\.)\s+(?=(?:[\w\-]+\s+){0,2}?(?:air\s*strikes?|strikes?|attacks?|raids?|"
    r"bombing|bombardment|shelling|missiles?|drones?|operations?|offensive|fire|troops|forces|"
    r"incursions?|invasion|jets|warplanes|artillery)\b)"
)


TARGET = re.compile(  # 'launched 400 drones at Ukrainian cities': the country attacked
    r"\b(?:at|on|against|targeting|attacked|ambushed|struck|shelled|raided|overran)\s+"
    # 'raids against Chadian and Nigerien positions': both countries
    r"(?:the\s+|an?\s+)?([A-Z][a-z]+)\s+(?:and\s+([A-Z][a-z]+)\s+)?"
    r"(?:(?:security|military|government|border|army|naval|police)\s+)?(?=(?:cities|towns|villages|"
    r"positions|targets|troops|forces|soldiers|bases?|territory|infrastructure|airspace|army|"
    r"government|junta|authorities|regime|navy|police|convoys?|shipping|"
    r"state(?!\s+(?:media|television|TV|news|broadcaster|agency|department|-run|-owned)))\b)"
)
BACKER = re.compile(  # 'Turkish-backed factions of the SNA': the country backing them (C7)
    r"\b([A-Z][a-z]+)[-‑](?=(?:backed|sponsored|funded|supported|armed|trained|financed|"
    r"equipped|aligned|allied)\b)"
)
CAPITAL = re.compile(
    r"\b([A-Z][a-z]+)\s+(?=capital\b|(?:[a-z]+\s+)?(?:city|town|village|province|region|"
    r"governorate|port)\s+of\s+[A-Z])"
)  # 'the Iraqi capital', 'the Syrian border town of X': the country


def demonym_refs(text: str, resolution: object) -> list[tuple[int, int, str]]:
    """'an Israeli airstrike' names Israel as the attacker, 'the Iraqi capital' Iraq as the
    country of the capital, when the report names that country."""
    refs = []
    found = [*ATTACKER.finditer(text), *CAPITAL.finditer(text), *TARGET.finditer(text)]
    found += BACKER.finditer(text)
    if not found:
        return refs  # no index of the mentions to build
    named = SpanIndex((m.start, m.end) for m in resolution.mentions)  # type: ignore[attr-defined]
    demonyms = [(m, g) for m in found for g in range(1, (m.lastindex or 1) + 1) if m.group(g)]
    for match, group in demonyms:  # (TARGET's second group: a second country attacked)
        code = cues.DEMONYM_COUNTRIES.get(match.group(group).lower().rstrip("."))
        place = _country_entity(code, resolution) if code else None
        inside = named.overlaps(*match.span(group))  # 'Turkish Air Force jets': a name's word
        if place and not inside:
            refs.append((match.start(group), match.end(group), place))
    return refs


GROUP_ADJECTIVE = re.compile(  # 'the Houthi-run Saba news agency': the group running it (C7)
    r"\b([A-Z][a-z]+)[-‑](?=(?:run|backed|led|controlled|affiliated|aligned|allied|linked|"
    r"owned|operated|held)\b)"
)


def group_refs(text: str, resolution: object) -> list[tuple[int, int, str]]:
    """'Houthi-run', 'Houthi-backed': the organization named in the plural ('the Houthis')
    that the adjective before the hyphen stands for, when the report names it."""
    matches = list(GROUP_ADJECTIVE.finditer(text))
    if not matches:
        return []  # most reports: no names to index
    plurals: dict[str, str] = {}
    for entity in resolution.entities.values():  # type: ignore[attr-defined]
        if entity.type == "Organization":
            for name in (entity.name, *entity.aliases):
                plurals.setdefault(name.lower().removeprefix("the "), entity.id)
    groups = [(m, plurals.get(m.group(1).lower() + "s")) for m in matches]
    return [(m.start(1), m.end(1), group) for m, group in groups if group]


BODY = r"(?i:council|committee|bureau|board|commission|ministry|agency|department)"
ROLE = r"(?:spokes(?:person|man|woman)|members?|officials?)"
BODY_MEMBERS = re.compile(  # 'council members A and B', 'the ministry's spokesperson A'
    rf"\b({BODY})(?=(?:['’]s)?\s+(?:[a-z\-]+\s+)?{ROLE}\s+(?:[A-Z]|,\s+[A-Z]))|"
    rf"\b{ROLE}\s+of\s+the\s+({BODY}),\s+(?=[A-Z])|"  # 'the spokesman of the ministry, A'
    # 'the syndicate's deputy leader, A', 'the cell's leader': whoever its officer is
    r"\b[Tt]he\s+(syndicate|cartel|gang|network|bloc|cell)(?=['’]s\s)"
)


def body_refs(text: str, resolution: object) -> list[tuple[int, int, str]]:
    """'council members A and B' after 'the Presidential Leadership Council', 'the ministry's
    spokesperson A' after 'the Ministry of Foreign Affairs', 'the syndicate's treasurer' after
    'the Southern Cross Syndicate': the body named last whose name has that word."""
    refs = []
    bodies = resolution.spans("Organization")  # type: ignore[attr-defined]
    entities = resolution.entities  # type: ignore[attr-defined]
    for match in BODY_MEMBERS.finditer(text):
        group = match.lastindex or 1  # the one alternative that matched
        head = match.group(group).lower()
        named = [i for s, _, i in bodies if s < match.start()
                 and head in entities[i].name.lower().split()]  # fmt: skip
        if named:
            refs.append((match.start(group), match.end(group), named[-1]))
    return refs


def _country_words(resolution: object) -> dict[str, str]:
    """Demonyms and the names the report gives its countries ('Iranian', 'Iran') -> code."""
    words = dict(cues.DEMONYM_COUNTRIES)
    for mention in resolution.mentions:  # type: ignore[attr-defined]
        entity = resolution.entities.get(mention.entity)  # type: ignore[attr-defined]
        if entity and entity.countryCode and _is_country(entity.id):
            words.setdefault(mention.surface.lower(), entity.countryCode)
    return words


def _country_entity(code: str, resolution: object) -> str | None:
    for entity in resolution.entities.values():  # type: ignore[attr-defined]
        if entity.type == "Place" and entity.countryCode == code and _is_country(entity.id):
            return entity.id
    return None


def _is_country(entity_id: str) -> bool:
    return load().kind(entity_id) == "country"


def possessive_parts(
    report: Report, spans: list[Sentence], resolution: object, dictionary: Dictionary
) -> list[Relation]:
    """'IRGC's Quds Force' or 'KPA 2nd Corps', matched as one name, states that the Quds Force
    is part of the IRGC: the possessor (or the force before a numbered unit) named inside an
    organization's name is the whole it belongs to."""
    found = []
    for mention in resolution.mentions:  # type: ignore[attr-defined]
        parts = re.split(rf"['’]s\s+|\s+(?={UNIT_NAME.pattern})", mention.surface, maxsplit=1)
        if mention.type != "Organization" or len(parts) != 2:
            continue
        owners = [e for e in dictionary.lookup(parts[0]) if e.type == "Organization"]
        if len(owners) != 1 or owners[0].id == mention.entity:
            continue
        owner = _ensure(resolution, owners[0], mention.start, len(parts[0]))
        sentence = next(s for s in spans if s.start <= mention.start < s.end)
        ev = Evidence(report.id, sentence.text, sentence.start, sentence.end,
                      "rules:possessive-name", 0.8)  # fmt: skip
        found.append(Relation(mention.entity, "PART_OF", owner, ev))
    return found


def _ensure(resolution: object, entry: object, start: int, length: int) -> str:
    """The possessor as an entity of the report (named inside another name)."""
    entities = resolution.entities  # type: ignore[attr-defined]
    if entry.id not in entities:  # type: ignore[attr-defined]
        entities[entry.id] = Entity(entry.id, entry.type, entry.name, source="dictionary",  # type: ignore[attr-defined]
                                    countryCode=entry.country)  # type: ignore[attr-defined]  # fmt: skip
    entities[entry.id].mentions.append((start, start + length))  # type: ignore[attr-defined]
    return entry.id  # type: ignore[attr-defined]


def hierarchy(entities: object, dictionary: Dictionary, depth: int = 4) -> list[dict]:
    """The gazetteer's chain above every place of the report (Homs -> Syria), as
    ``{place, parent, props}`` rows: facts of the gazetteer, not claims of the report."""
    rows: dict[tuple[str, str], dict] = {}
    for entity in entities:  # type: ignore[attr-defined]
        entry = dictionary.entries.get(entity.id) if entity.type == "Place" else None
        for _ in range(depth):
            parent = dictionary.entries.get(entry.within or "") if entry else None
            if entry is None or parent is None or parent.type != "Place":
                break
            rows[(entry.id, parent.id)] = {
                "place": entry.id, "parent": parent.id,
                "placeProps": _place_props(entry), "props": _place_props(parent),
            }  # fmt: skip
            entry = parent
    return list(rows.values())


def _place_props(entry: object) -> dict:
    return {"name": entry.name, "type": "Place", "aliases": [], "source": "gazetteer",  # type: ignore[attr-defined]
            "lat": entry.lat, "lon": entry.lon, "countryCode": entry.country,  # type: ignore[attr-defined]
            "kind": entry.kind}  # type: ignore[attr-defined]  # fmt: skip


AT_THE = re.compile(r"\b(?:at|in|inside|outside)\s+(?:the\s+)?$", re.I)


def seats_as_venues(text: str, resolution: object) -> None:
    """An office named after its building ('the Élysée Palace', 'Government House') that the
    report puts people in ('met him at the Élysée Palace') is a place there, as when the
    dictionary knows the building (:func:`actorgraph.extract.resolve.resolve`)."""
    entities = resolution.entities  # type: ignore[attr-defined]
    seen: dict[str, bool] = {}
    for mention in resolution.mentions:  # type: ignore[attr-defined]
        entity = entities.get(mention.entity)
        if entity is None or entity.type != "Organization" or not cues.is_building(entity.name):
            continue
        at = AT_THE.search(text[max(0, mention.start - 12) : mention.start]) is not None
        seen[entity.id] = seen.get(entity.id, False) or at
    for entity_id, venue in seen.items():
        if venue:
            entities[entity_id].type = "Place"


def countries_from_demonyms(text: str, resolution: object) -> None:
    """'Iranian Foreign Minister X', 'his Greek counterpart Y', 'Mali's Col X': the person's
    country."""
    entities = resolution.entities  # type: ignore[attr-defined]
    places = SpanIndex(resolution.spans("Place"))  # type: ignore[attr-defined]
    for mention in resolution.mentions:  # type: ignore[attr-defined]
        entity = entities.get(mention.entity)
        if entity is None or entity.type != "Person" or entity.countryCode:
            continue
        before = text[max(0, mention.start - 45) : mention.start]
        for word in reversed(re.findall(r"[A-Za-z.]+", before)[-4:]):
            code = cues.DEMONYM_COUNTRIES.get(word.lower().rstrip(".")) or US.get(word)
            if code:
                entity.countryCode = code
                break
        entity.countryCode = entity.countryCode or _possessor_country(
            text, mention, places, entities
        )


US = {"US": "US", "USA": "US"}  # in capitals only: 'us' is a pronoun


def _possessor_country(
    text: str, mention: object, index: SpanIndex, entities: dict[str, Entity]
) -> str | None:
    """A country named with a possessive just before the person's title ('Chad's President
    X', 'Mali's Col X'); ``index`` holds the report's places as (start, end, entity id)."""
    start = mention.start  # type: ignore[attr-defined]
    for _, end, place_id in index.ending_in(start - 40, start):
        gap = text[end:start]
        possessive = re.match(r"['’]s\s+(?:[A-Z][\w.\-]*\s+){0,4}$", gap)
        if gap and possessive and _is_country(place_id):
            return entities[place_id].countryCode
    return None


def _headline(sentence: object, report: Report) -> bool:
    """A title line (the report's title, or a title-case line without final stop): a summary
    of the body, not a source of its own facts."""
    text = sentence.text  # type: ignore[attr-defined]
    if text.endswith((".", "!", "?", ",", ";")) or _listed_item(sentence, report.text):
        return False
    return text == report.title or is_headline(tokenize(text))


LIST_INTRO = re.compile(r":[ \t]*\n(?:[ \t]*[-•*–][^\n]*\n)*[ \t]*$")


def _listed_item(sentence: object, text: str) -> bool:
    """'Attending were:' and then '- A', '- B': the items of a list a colon opens are body
    text, not titles."""
    start = sentence.start  # type: ignore[attr-defined]
    if not LIST_ITEM.match(sentence.text):  # type: ignore[attr-defined]
        return False
    return LIST_INTRO.search(text, max(0, start - 2000), start) is not None


def _this_article(templates: list[Template], layout: str) -> list[Template]:
    """The sentences that can tell this report's events: not the links of its web page to
    other articles ('Also read: A meets B in Z'), whose events another report tells (what
    they state of the actors, 'X-backed Y', is still read)."""
    links = SpanIndex(elsewhere(layout))
    return [t for t in templates if not links.overlaps(t.start, t.start + len(t.sentence))]


def _template(sentence: str, start: int, refs: SpanIndex) -> Template:
    end = start + len(sentence)
    inside = [(s, e, i) for s, e, i in refs.starting_in(start, end) if e <= end]
    return Template.build(sentence, start, inside)


def _dedupe(relations: list) -> list:
    seen: dict[tuple[str, str, str], object] = {}
    for relation in relations:
        seen.setdefault((relation.subject, relation.predicate, relation.object), relation)
    return leaders_are_not_members(list(seen.values()))


def dateline_date(text: str) -> str | None:
    """A date in the first lines of a report (its dateline or byline)."""
    head = "\n".join(text.splitlines()[:8])[:600]
    found = dates.find_dates(head)
    return found[0][0] if found else None


CITY_LINE = re.compile(r"^\s*(⟦\d+⟧)\s*[-–—:]?\s*$")


def _city_line(lines: list[tuple[Template, bool]], resolution: object) -> str | None:
    """A dateline on a line of its own, in capitals ('ANKARA'), among the first lines."""
    for template, _ in lines:
        match = CITY_LINE.match(template.text)
        place = _place(template, match, resolution) if match else None
        if place and template.sentence.strip(" -–—:").isupper():
            return place
    return None


# the dateline's place, after an aggregator's tag ('(MENAFN- X) DAMASCUS, Dec 21 (SANA) -')
DATELINE_SLOT = re.compile(r"^\s*(?:\([^()]{1,60}\)\s*)?(⟦\d+⟧)\s*(?:,|\(|-|–)")


COLON_SLOT = re.compile(r"^\s*(⟦\d+⟧)\s*:\s")
CAPS_COLON = re.compile(r"^\s*[A-Z][A-Z'\-]+(?:\s[A-Z][A-Z'\-]+){0,2}\s*:\s")


def dateline_place(templates: list[Template], resolution: object) -> str | None:
    """``DAMASCUS, Jan. 21 (SANA) -`` or ``Tehran, Oct 14, 2024 (AFP)``: the dateline city."""
    for template in templates[:6]:
        match = DATELINE_SLOT.match(template.text)
        if match is None and CAPS_COLON.match(template.sentence):
            match = COLON_SLOT.match(template.text)  # 'ISLAMABAD: ...', not 'Syria: ...'
        place = _place(template, match, resolution) if match else None
        if place:
            return place
    return None


def _place(template: Template, match: re.Match[str], resolution: object) -> str | None:
    """The entity of the slot the match's first group holds, if it is a place."""
    entity_id = template.ids(match.group(1))[0]
    entity = resolution.entities.get(entity_id)  # type: ignore[attr-defined]
    return entity_id if entity is not None and entity.type == "Place" else None
