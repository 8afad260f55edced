"""Find the names a report uses: dictionary hits first, then capitalised names the
dictionary does not know, typed by cues (titles, head-words, given names, word frequency).

>>> from actorgraph.resolve.dictionary import Dictionary, Entry
>>> d = Dictionary()
>>> d.add(Entry("place:homs", "Place", "Homs"))
>>> d.add(Entry("organization:hezbollah", "Organization", "Hezbollah"))
>>> def names(text):
...     return [(m.surface, m.type) for m in find_mentions(text, d)]
>>> names("Brig. Gen. Ali Rezaei visited Homs.")
[('Ali Rezaei', 'Person'), ('Homs', 'Place')]
>>> names("The Iraqi Security Forces (ISF) left.")
[('Iraqi Security Forces', 'Organization'), ('ISF', 'Organization')]
>>> names("Hezbollah Secretary General Sayyed Hasan Nasrallah spoke near the Litani river.")
[('Hezbollah', 'Organization'), ('Hasan Nasrallah', 'Person'), ('Litani river', 'Place')]
>>> names("He met Parliament Speaker Nabih Berri at the Department of State.")
[('Parliament', 'Organization'), ('Nabih Berri', 'Person'), ('Department of State', 'Organization')]
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from actorgraph.dates import MONTH_NAMES, WEEKDAYS
from actorgraph.extract import acronyms, cues, ner
from actorgraph.extract.lexicon import zipf
from actorgraph.extract.spans import SpanIndex
from actorgraph.extract.tokens import SECOND_PARTICLES, Token, capital_runs, tokenize
from actorgraph.resolve.dictionary import Dictionary, Hit, load
from actorgraph.resolve.identity import word_key
from actorgraph.text import sentences

MAX_PERSON_TOKENS = 5
ACRONYM = re.compile(r"[A-Z][A-Z0-9&\-.]{1,11}")
DATELINE = re.compile(
    r"^([A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+)*),\s+(?:([A-Z][a-z]{1,4}\.),?\s)?", re.M
)
NAME_LIKE = 4.0  # Zipf frequency below which a capitalised word reads as a name
# the nouns of a place named after 'of': 'the town of Z', 'the border state of Z'
PLACE_OF = (
    r"(?:city|town|village|port|province|district|governorate|region|outskirts|suburbs?|state|"
    r"municipality|commune|prefecture|oblast|island)"
)
PLACE_CONTEXT = re.compile(
    r"\b(?:(?:in|at|near|from|(?<!according\s)(?<!thanks\s)(?<!due\s)to|into|outside|across|"
    r"around|towards?|via)\s+"
    rf"(?:the\s+)?|{PLACE_OF}\s+of\s+(?:the\s+)?)$",
    re.I,
)
AT_VENUE = re.compile(
    r"\b(?:met|meets|received|receives|hosted|hosts|welcomed|talks|meeting|called\s+on)\b"
    r"[^.;]{0,120}\bat\s+(?:the\s+)?$",
    re.I,
)


def _venue(text: str, start: int) -> bool:
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


def find_mentions(text: str, dictionary: Dictionary) -> list[Mention]:
    """Dictionary hits and cue-typed names, left to right, never overlapping."""
    found = [h for h in dictionary.find(text) if not _named_town(h, dictionary)]
    hits, facilities = _extend_hits(text, found, dictionary)
    mentions = [_from_hit(h, dictionary) for h in hits] + facilities
    covered = SpanIndex([(h.start, h.end) for h in hits] + [(m.start, m.end) for m in facilities])
    for sentence in sentences(text):
        tokens = tokenize(sentence.text, sentence.start)
        headline = is_headline(tokens)
        position = {tok.start: i for i, tok in enumerate(tokens)}
        for run in capital_runs(tokens):
            mentions += _base_town(text, run, covered)
            run = _undescribed(run)  # 'the Bosniak-led Party of ...': the party's name
            if not run:
                continue
            run, head_type = _extend(run, tokens, position)
            for piece in _split(run, covered):
                for part in _split_titles(piece, dictionary):
                    mention = candidate(text, part, head_type, headline)
                    if mention is not None:
                        mentions.append(mention)
    mentions = _second_opinion(text, _datelines(text, mentions, covered))
    mentions = _name_tails(text, _with_long_forms(text, mentions))
    mentions = _bilateral_bodies(text, mentions)
    mentions = _numbered_units(text, mentions)
    mentions.sort(key=lambda m: m.start)
    mentions = _missions_in(text, mentions)
    _link_acronyms(text, mentions)
    _title_hits(text, mentions)
    _agencies(text, mentions, dictionary)
    return [m for m in mentions if not _bare_acronym(m)]


def _with_long_forms(text: str, mentions: list[Mention]) -> list[Mention]:
    """'United Nations Support Mission in Libya (UNSMIL)': the name the acronym spells out is
    one mention, in place of the names and words inside it."""
    for start, end in acronyms.long_forms(text):
        inside = [m for m in mentions if start <= m.start and m.end <= end]
        crossing = [m for m in mentions if m.start < end and start < m.end and m not in inside]
        whole = any(m.start == start and m.end == end for m in inside)
        if crossing or whole:
            continue
        head = text[start:end].split(" of ")[0].split()[-1].lower()
        kind = "Place" if head in cues.PLACE_HEADS else "Organization"  # 'Kurdistan Region'
        mentions = [m for m in mentions if m not in inside]
        mentions.append(Mention(start, end, text[start:end], kind, (), "cue"))
    return mentions


BILATERAL = re.compile(r"(?<![\w-])[A-Z][\w.]*(?: [A-Z][a-z]+)?-[A-Z][\w.]*(?: [A-Z][a-z]+)? $")


def _bilateral_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """'the India-Sri Lanka Joint Commission', 'the EU-Moldova Association Council': the two
    parties of a body named for them are part of its name (one organization)."""
    index = _index(mentions)
    bodies = []
    for body in [m for m in mentions if m.type == "Organization" and m.source == "cue"]:
        pair = BILATERAL.search(text, max(0, body.start - 40), body.start)
        if pair is None:
            continue
        inside = [mentions[s[2]] for s in _within(index, pair.start(), pair.end())]
        if not inside or any(m.type not in ("Place", "Organization") for m in inside):
            continue
        bodies.append(Mention(pair.start(), body.end, text[pair.start() : body.end],
                              "Organization", (), "cue"))  # fmt: skip
    return _in_place_of(mentions, index, bodies)


UNIT_NAME = re.compile(r"\d+(?:st|nd|rd|th)?\s")


def _numbered_units(text: str, mentions: list[Mention]) -> list[Mention]:
    """'the KPA 2nd Corps', 'the SAF 22nd Infantry Division': a known force's name right
    before one of its numbered units names the unit (one organization, whose name has both)."""
    by_start = {m.start: m for m in mentions}
    units = []
    for force in [m for m in mentions if m.type == "Organization" and m.source == "dictionary"]:
        unit = by_start.get(force.end + 1)
        if unit is None or unit.type != "Organization" or text[force.end] != " ":
            continue
        if UNIT_NAME.match(unit.surface):
            units.append(Mention(force.start, unit.end, text[force.start : unit.end],
                                 "Organization", (), "cue"))  # fmt: skip
    return _in_place_of(mentions, _index(mentions), units)


def _name_tails(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Kamina Johnson Smith ... Johnson Smith said': the last two words of a person's longer
    name (a double surname), written again alone, are one mention of that person, in place of
    the names found inside them."""
    tails = {tail for m in mentions if (tail := _tail(m))}
    if not tails:
        return mentions
    pattern = re.compile(rf"(?<![\w'-])(?:{'|'.join(map(re.escape, tails))})(?![\w'-])")
    index = _index(mentions)
    added = []
    for match in pattern.finditer(text):  # the matches never overlap one another
        start, end = match.span()
        near = [s for s in index.starting_in(start - index.longest, end) if s[1] > start]
        if all(start <= s[0] and s[1] <= end for s in near):  # no mention crosses the tail
            added.append(Mention(start, end, match.group(), "Person", (), "cue"))
    return _in_place_of(mentions, index, added)


def _index(mentions: list[Mention]) -> SpanIndex:
    """The mentions' spans, each with its position in ``mentions``."""
    return SpanIndex([(m.start, m.end, i) for i, m in enumerate(mentions)])


def _within(index: SpanIndex, start: int, end: int) -> list[tuple[int, int, int]]:
    """The indexed spans inside ``[start, end)``."""
    return [s for s in index.starting_in(start, end) if s[1] <= end]


def _in_place_of(mentions: list[Mention], index: SpanIndex, new: list[Mention]) -> list[Mention]:
    """``mentions`` with each new one in place of those inside its span (the new spans never
    overlap), found through ``index`` (one look-up per new mention, not a scan of them all)."""
    inside = {s[2] for m in new for s in _within(index, m.start, m.end)}
    return [m for i, m in enumerate(mentions) if i not in inside] + new


def _tail(mention: Mention) -> str | None:
    words = mention.surface.split()
    capitals = len(words) > 2 and all(w[:1].isupper() and w.isalpha() for w in words[-2:])
    return " ".join(words[-2:]) if mention.type == "Person" and capitals else None


MISSION_IN = re.compile(r"\s+(?:in|to)\s+(?:the\s+)?$")


def _missions_in(text: str, mentions: list[Mention]) -> list[Mention]:
    """'the UN Verification Mission in Colombia', 'the OSCE Mission to Moldova': a mission's
    name goes on with the country it is in (one organization, not a mission and a place)."""
    out: list[Mention] = []
    for mention in mentions:
        last = out[-1] if out else None
        if last and mention.type == "Place" and _mission_before(text, last, mention):
            out[-1] = Mention(last.start, mention.end, text[last.start : mention.end],
                              "Organization", (), "cue")  # fmt: skip
            continue
        out.append(mention)
    return out


def _mission_before(text: str, mission: Mention, place: Mention) -> bool:
    words = mission.surface.split()
    return (
        mission.type == "Organization" and len(words) > 1 and words[-1] == "Mission"
        and MISSION_IN.fullmatch(text[mission.end : place.start]) is not None
    )  # fmt: skip


def _bare_acronym(mention: Mention) -> bool:
    """A two-letter capital word the dictionary does not know and the text never spells out
    ('PM', 'FM', 'HH'): the abbreviation of a title, not a name the report gives."""
    word = mention.surface.replace(".", "")
    short = word.isalpha() and word.isupper() and len(word) <= 2
    letter = len(word) == 1  # '(R)', '(L)' in a caption: where someone stands
    return mention.source == "cue" and short and (mention.acronym_of is None or letter)


def _second_opinion(text: str, mentions: list[Mention]) -> list[Mention]:
    """spaCy's names, where a model is installed (:mod:`actorgraph.extract.ner`): they type the
    candidates the cues left untyped, and the names that overlap no mention are added."""
    spans = ner.entities(text)
    if not spans:
        return mentions
    kinds = {(s, e): kind for s, e, kind in spans}
    for mention in mentions:
        if mention.type is None:
            mention.type = kinds.get((mention.start, mention.end))
    taken = [(m.start, m.end) for m in mentions]
    added = [
        Mention(s, e, text[s:e], kind, (), "spacy")
        for s, e, kind in spans
        if not any(s < b and a < e for a, b in taken)
    ]
    return mentions + added


def _from_hit(hit: Hit, dictionary: Dictionary) -> Mention:
    types = {dictionary.entries[i].type for i in hit.ids}
    kind = types.pop() if len(types) == 1 else None
    return Mention(hit.start, hit.end, hit.surface, kind, hit.ids, "dictionary")


SAME_PLACE = re.compile(r"\s+(?P<head>[A-Za-z]+)\b")


def _extend_hits(
    text: str, hits: list[Hit], dictionary: Dictionary
) -> tuple[list[Hit], list[Mention]]:
    """'al-Sulaymaniyah' keeps its particle; 'Homs province' is Homs; 'Baghdad International
    Airport' is a place of its own (a facility inside Baghdad)."""
    kept: list[Hit] = []
    facilities: list[Mention] = []
    people = {h.start for h in hits if _person_only(h, dictionary)}
    for hit in _without_glued(text, hits, dictionary):
        if cues.is_description(hit.surface):
            continue  # "the Iraqi government" describes; it names no actor
        if _org_only(hit, dictionary) and _org_word_before(text, hit):
            continue
        if _inside_longer_name(text, hit, dictionary) and not _place_then_person(hit, people):
            if (body := _body_of_place(text, hit)) and not _known_before(body, hit, hits):
                facilities.append(body)  # 'the Court of Bosnia and Herzegovina'
                continue
            fuller = _with_first_name(text, hit, dictionary)
            if fuller is None:
                continue
            hit = fuller
        if _relative_of(text, hit, dictionary):
            continue  # 'Abdel Rahim Hamdan Dagalo': not the 'Hamdan Dagalo' the dictionary knows
        hit = _with_given_name(text, _with_particle(text, hit), dictionary)
        hit = _with_surname_after(text, hit, dictionary)
        hit = _with_last_name(text, hit, dictionary)
        hit = _with_org_head(text, hit, dictionary)
        hit = _with_head_after(text, hit, dictionary)
        places = [i for i in hit.ids if dictionary.entries[i].type == "Place"]
        if _place_only(hit, dictionary) and REGNAL.match(text, hit.end):
            continue  # 'Pope Leo XIV', 'Ilia II': a regnal number follows a name, not a town
        facility = (
            _facility(text, hit) or _country_city(text, hit, dictionary) or _romance_tail(text, hit)
            if places
            else None
        )
        facility = facility or (_body(text, hit) if _org_only(hit, dictionary) else None)
        facility = facility or _seat(text, hit, dictionary) or _compass_part(text, hit, dictionary)
        facility = facility or (_hall(text, hit) if _person_only(hit, dictionary) else None)
        if facility is not None:
            facilities.append(facility)
            continue
        kept.append(_same_place(text, hit) if places else hit)
    return kept, facilities


COMPASS_BEFORE = re.compile(
    r"(?<![\w-])(?:North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower|Central) $"
)
REGION_KINDS = ("region", "province", "state")


def _compass_part(text: str, hit: Hit, dictionary: Dictionary) -> Mention | None:
    """'North Kordofan', 'South Kivu': a compass word before a region names a part of it,
    a place of its own."""
    before = COMPASS_BEFORE.search(text, max(0, hit.start - 12), hit.start)
    regions = bool(hit.ids) and all(dictionary.kind(i) in REGION_KINDS for i in hit.ids)
    if before is None or not regions:
        return None
    return Mention(before.start(), hit.end, text[before.start() : hit.end], "Place", (), "cue")


def _place_then_person(hit: Hit, people: set[int]) -> bool:
    """'received in Z Ann Lee' where the dictionary knows Ann Lee: a place, then a person."""
    return hit.end + 1 in people and " " not in hit.surface


def _without_glued(text: str, hits: list[Hit], dictionary: Dictionary) -> list[Hit]:
    """Two organizations' names with one space between ('The National' + 'Resistance
    Front') are one longer name the dictionary does not know: neither is meant."""
    glued: set[int] = set()
    for i, (a, b) in enumerate(zip(hits, hits[1:], strict=False)):
        if text[a.end : b.start] == " " and _org_only(a, dictionary) and _org_only(b, dictionary):
            glued |= {i, i + 1}
    return [h for i, h in enumerate(hits) if i not in glued]


NAMED_TOWN_POP = 500_000  # a town this large is meant even when its name is a given name


def _named_town(hit: Hit, dictionary: Dictionary) -> bool:
    """'Hassan Abdi told reporters': a one-word given name is no small town of the gazetteer
    spelled the same (Hassan, India), and does not cut the person's name in two."""
    return _given_name_town(hit.surface, [dictionary.entries[i] for i in hit.ids])


def _given_name_town(word: str, entries: list) -> bool:
    if " " in word.strip() or not entries or not cues.is_given_name(word):
        return False
    return all(e.type == "Place" and e.source == "geonames" and e.kind == "city"
               and e.population < NAMED_TOWN_POP for e in entries)  # fmt: skip


def _knows(dictionary: Dictionary, name: str) -> bool:
    """The dictionary knows the name, and not only as a small town named like a person."""
    return dictionary.knows(name) and not _given_name_town(name, dictionary.lookup(name))


def _org_only(hit: Hit, dictionary: Dictionary) -> bool:
    return {dictionary.entries[i].type for i in hit.ids} == {"Organization"}


UP, LOW = "A-ZÀ-ÖØ-ÞĀ-ſ", "a-zß-öø-ÿĀ-ſ"  # a capital and a small letter, accents included
NEXT_NAME = re.compile(rf"(?:[ \t]+\n?|\n)[ \t]*([{UP}][{LOW}][\w'’\-]*)")  # not past a blank line
PREV_NAME = re.compile(rf"([{UP}][{LOW}][\w'’\-]*)[”\"’]?\s+$")
PREV_NAMES = re.compile(rf"((?:[“\"]?[{UP}][{LOW}][\w'’\-]*[”\"’]?\s+){{1,3}})$")


def _with_first_name(text: str, hit: Hit, dictionary: Dictionary) -> Hit | None:
    """'Michael “Erik” Kurilla' for the dictionary's 'Michael Kurilla', matched on 'Kurilla':
    the fuller name when the words before it hold the person's first name."""
    before = PREV_NAMES.search(text[max(0, hit.start - 40) : hit.start])
    if not before:
        return None
    words = [w.strip('“”"’').lower() for w in before.group(1).split()]
    for entity_id in hit.ids:
        entry = dictionary.entries[entity_id]
        known = {_plain(w) for form in (entry.name, *entry.aliases) for w in form.split()}
        first = next((w for w in words if _plain(w) in known), None)
        if first is not None:
            start = hit.start - len(before.group(1)) + before.group(1).lower().index(first)
            start -= 1 if text[start - 1 : start] in '“"' and start > 0 else 0
            return Hit(start, hit.end, text[start : hit.end], (entity_id,))
    return None


def _plain(word: str) -> str:
    """'Félix' and 'Felix' are one name word."""
    return unicodedata.normalize("NFKD", word.lower()).encode("ascii", "ignore").decode()


def _inside_longer_name(text: str, hit: Hit, dictionary: Dictionary) -> bool:
    """A one-word alias of a person ('Nasrallah') next to another name word ('Nasrallah
    Rashnudi') names someone else; so does a place name before one ('Homs Kassab')."""
    types = {dictionary.entries[i].type for i in hit.ids}
    if _head_after(text, hit) and all(dictionary.entries[i].kind == "media" for i in hit.ids):
        return True  # 'The National Army', not the newspaper
    if len(hit.surface.split()) > 1:  # 'the Court of Bosnia and Herzegovina', 'Sri Lanka Army'
        return types == {"Place"} and (
            _body_of_place(text, hit) is not None or _head_after(text, hit)
        )
    if types == {"Place"}:
        after = NEXT_NAME.match(text, hit.end)
        if after is not None and _name_word(after.group(1)) and not _head(after.group(1)):
            return True
        inside = _surname_place(text, hit) or _titled_place(text, hit) or _org_after(text, hit)
        return inside or _after_particle(text, hit) or _after_place_word(text, hit)
    if types == {"Organization"}:
        return _foreign_institution(text, hit, dictionary) or _venue_named(text, hit)
    if types != {"Person"}:
        return False
    if INITIALS_BEFORE.search(text, max(0, hit.start - 12), hit.start):
        return True  # 'M.K. Stalin': someone else of that surname
    after = NEXT_NAME.match(text, hit.end)
    before = PREV_NAME.search(text[max(0, hit.start - 30) : hit.start])
    given = before is not None and cues.is_given_name(before.group(1))  # 'Peter Kagame'
    return given or any(m is not None and _name_word(m.group(1)) for m in (after, before))


def _venue_named(text: str, hit: Hit) -> bool:
    """'met at Sheikh Abdullah Bin Jassim Majlis': a one-word name that is also a venue's
    head-word ends the venue's name after other name words."""
    before = PREV_NAME.search(text[max(0, hit.start - 30) : hit.start])
    word = before.group(1).lower() if before and "\n" not in before.group(0) else "the"
    named = word not in cues.STOP_NAMES | cues.DEMONYMS
    return hit.surface.lower() in cues.VENUE_HEADS and named


def _org_word_before(text: str, hit: Hit) -> bool:
    """'National Resistance Front' where the dictionary knows 'Resistance Front': a capital
    word that begins names of groups, right before a name of several words, makes it another."""
    before = PREV_NAME.search(text[max(0, hit.start - 30) : hit.start])
    word = before.group(1).lower() if before else ""
    return (
        " " in hit.surface.strip() and word in cues.ORG_FIRST_WORDS and "\n" not in before.group(0)
    )


def _foreign_institution(text: str, hit: Hit, dictionary: Dictionary) -> bool:
    """'Nepali Congress', 'Colombian Congress': a one-word alias ('Congress') after the
    demonym of another country than its own names another body."""
    before = PREV_NAME.search(text[max(0, hit.start - 30) : hit.start])
    code = cues.DEMONYM_COUNTRIES.get(before.group(1).lower()) if before else None
    own = {dictionary.entries[i].country for i in hit.ids}
    return code is not None and code not in own


PREV_TWO = re.compile(rf"(?<![\w,;:.])([{UP}][{LOW}][\w'’\-]*) ([{UP}][{LOW}][\w'’\-]*) $")


PREV_TITLE = re.compile(r"(?<![\w-])([A-Z][a-z]+\.?) $")


ROMANCE = {"da", "du", "de", "do", "dos", "das", "del", "des"}
PREV_PARTICLE = re.compile(rf"[{UP}][{LOW}][\w'’\-]*\s+(?:{'|'.join(sorted(ROMANCE))})\s+$")


def _after_particle(text: str, hit: Hit) -> bool:
    """'Mocímboa da Praia', 'Nioro du Sahel', 'Norte de Santander': a place's name after a
    name word and a Romance particle ends a longer name."""
    return PREV_PARTICLE.search(text[max(0, hit.start - 40) : hit.start]) is not None


def _after_place_word(text: str, hit: Hit) -> bool:
    """'Villa Somalia', 'Camp Simba', 'Lake Chad': a place's name after a capitalised word that
    begins names of places is part of a longer name."""
    before = PREV_TITLE.search(text[max(0, hit.start - 20) : hit.start])
    return before is not None and before.group(1).lower() in cues.PLACE_PREFIXES


def _titled_place(text: str, hit: Hit) -> bool:
    """'President Hassan Sheikh Mohamud': a place's name right after a person's title and
    before another name word is a given name."""
    before = PREV_TITLE.search(text[max(0, hit.start - 20) : hit.start])
    after = NEXT_NAME.match(text, hit.end)
    titled = before is not None and before.group(1).rstrip(".").lower() in cues.PERSON_TITLES
    return titled and after is not None and not _head(after.group(1))


INITIALS_BEFORE = re.compile(rf"(?<![\w.])(?!U\.[KNS]\.|E\.U\.)(?:[{UP}]\. ?){{1,3}}$")
TITLED_NAME = re.compile(rf"(?<![\w-])([A-Z][a-z]+) [{UP}][{LOW}][\w'’\-]* $")


def _surname_place(text: str, hit: Hit) -> bool:
    """'Samia Suluhu Hassan', 'Ahmed Hassan': a place's name after two name words or a given
    name is a surname."""
    before = PREV_TWO.search(text[max(0, hit.start - 40) : hit.start])
    if before is not None and all(_name_word(w) for w in before.groups()):
        return True
    given = PREV_NAME.search(text[max(0, hit.start - 20) : hit.start])
    if given is not None and given.group(0).endswith(" ") and cues.is_given_name(given.group(1)):
        return True
    if INITIALS_BEFORE.search(text, max(0, hit.start - 12), hit.start):
        return True  # 'K.A. Hagen'
    titled = TITLED_NAME.search(text[max(0, hit.start - 40) : hit.start])  # 'Minister Rosa X'
    return titled is not None and titled.group(1).lower() in cues.PERSON_TITLES


ORG_OF = re.compile(r"(?<![\w,;:])(?:[A-Z][\w'’\-]*\s+){0,3}([A-Z][a-z]+)\s+of\s+(?:the\s+)?$")
# a body's name with its portfolio before the country's: 'Ministry of Foreign Affairs of the'
BODY_OF = re.compile(
    r"(?<![\w,;:])(?:The\s+)?([A-Z][a-z]+)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’\-]*\s+|and\s+|of\s+){1,5}of\s+(?:the\s+)?$"
)
# a body's name before a place ('Armed Forces of the', 'Ministry of X of the'), and how far back
# (however the lines break before the place)
BODY_BEFORE = ((ORG_OF, 60), (BODY_OF, 80))
NEXT_WORDS = re.compile(r"((?:[ \t]+\n?[ \t]*[A-Z][\w'’\-]*){1,4})")


def _body_of_place(text: str, hit: Hit) -> Mention | None:
    """A body named 'X of' a place of several words, whatever the line breaks: 'the Court of
    Bosnia and Herzegovina', 'the Ministry of Foreign Affairs of the Central African Republic':
    one organization, from its name's first word to the place's end."""
    if len(hit.surface.split()) < 2:
        return None
    for pattern, reach in BODY_BEFORE:
        head = pattern.search(text, max(0, hit.start - reach), hit.start)
        if head is not None and head.group(1).lower() in cues.ORG_HEADS:
            start = head.start() + len(re.match(r"(?:The\s+)?", head.group(0)).group(0))
            return Mention(start, hit.end, text[start : hit.end], "Organization", (), "cue")
    return None


def _head_after(text: str, hit: Hit, words: re.Pattern[str] | None = None) -> bool:
    """'the Sri Lanka Army', 'the Sri Lanka Freedom Party': a body's head-word ends the
    capitalised words after the place (``words``: by default up to three, whatever the line
    breaks)."""
    after = (words or HEAD_WORD_AFTER).match(text, hit.end)
    last = after.group(1).split()[-1] if after else ""
    return re.sub(r"['’]s?$", "", last).lower() in cues.ORG_HEADS


def _known_before(body: Mention, hit: Hit, hits: list[Hit]) -> bool:
    """A body the dictionary knows ends right before the place ('the IRGC of the Islamic
    Republic of Iran' names two)."""
    return any(body.start < h.end <= hit.start for h in hits)


HEAD_WORD_AFTER = re.compile(r"((?:\s+[A-Z][\w'’\-]*){1,3})")


def _org_after(text: str, hit: Hit) -> bool:
    """'Naga People's Front', 'Kabul Bank', 'Armed Forces of the Philippines': a place's
    name inside an organization's."""
    if _head_after(text, hit, NEXT_WORDS):
        return True
    for pattern, reach in BODY_BEFORE:
        head = pattern.search(text[max(0, hit.start - reach) : hit.start])
        if head is not None and head.group(1).lower() in cues.ORG_HEADS:
            return True
    return False


def _head(word: str) -> bool:
    low = word.lower()
    return low in cues.PLACE_HEADS | cues.ORG_HEADS | cues.FACILITY_HEADS


def _name_word(word: str) -> bool:
    low = word.lower().rstrip("'’s")
    titles = cues.PERSON_TITLES | cues.STOP_NAMES | cues.DEMONYMS | cues.ORG_HEADS
    return low not in titles and zipf(low) < NAME_LIKE


def _with_given_name(text: str, hit: Hit, dictionary: Dictionary) -> Hit:
    """'Muhammad Javad Zarif' where the dictionary matched 'Javad Zarif': the fuller name."""
    if " " not in hit.surface:
        return hit
    return _with_word_before(text, hit, dictionary, "Person", _given_not_royal)


# a list of a person's other names ('Other name(s)', 'also known as'): the same person
ALIASES_BEFORE = re.compile(r"(?i)\bother\s+names?\b|\balso\s+known\s+as\b|\baliases\b|\ba\.k\.a\.")
ALIASES_REACH = 200  # characters before a name where such a list may open


def other_names_listed(text: str, start: int) -> bool:
    """The name at ``start`` stands in a list of someone's other names."""
    return ALIASES_BEFORE.search(text, max(0, start - ALIASES_REACH), start) is not None


def _relative_of(text: str, hit: Hit, dictionary: Dictionary) -> bool:
    """A person's two-word name after a given name that person does not bear ('Abdel Rahim'
    before 'Hamdan Dagalo' of 'Mohamed Hamdan Dagalo'): a relative, someone else."""
    if " " not in hit.surface.strip() or not _person_only(hit, dictionary):
        return False
    before = PREV_NAME.search(text[max(0, hit.start - 20) : hit.start])
    if not before or not _given_not_royal(before.group(1)):
        return False
    if other_names_listed(text, hit.start):
        return False
    given = word_key(_plain(before.group(1)))
    for entity_id in hit.ids:
        entry = dictionary.entries[entity_id]
        known = {word_key(_plain(w)) for f in (entry.name, *entry.aliases) for w in f.split()}
        if given in known or len(entry.name.split()) <= len(hit.surface.split()):
            return False
    return True


def _given_not_royal(word: str) -> bool:
    """A given name that is not a royal title there ('Sultan Haitham bin Tarik')."""
    return cues.is_given_name(word) and word.lower() not in cues.ROYAL_TITLES


def _with_org_head(text: str, hit: Hit, dictionary: Dictionary) -> Hit:
    """'Harakat Nujaba' where the dictionary matched 'Nujaba': a foreign head-word before an
    organization's name is part of it."""
    return _with_word_before(
        text, hit, dictionary, "Organization", lambda w: w.lower() in cues.FOREIGN_ORG_HEADS,
        same_line=True,
    )  # fmt: skip


# the head-words of a state body that may follow the words a dictionary knows it by
BODY_HEADS = frozenset(
    {"directorate", "service", "services", "agency", "command", "bureau", "department",
     "secretariat", "apparatus", "authority"}
)  # fmt: skip
HEAD_AFTER = re.compile(r" ([A-Z][a-z]+)\b(?![\w\-]| [A-Z]| of\b)")


def _with_head_after(text: str, hit: Hit, dictionary: Dictionary) -> Hit:
    """'Egypt's General Intelligence Directorate' where the dictionary matched the words before
    'Directorate': an organization's name of several words goes on with the head-word after it."""
    after = HEAD_AFTER.match(text, hit.end)
    words = hit.surface.lower().split()
    several = len(words) > 1 and words[-1] not in cues.ORG_HEADS  # not 'Council Committee'
    head = after.group(1).lower() if after else ""
    if not several or head not in BODY_HEADS:
        return hit
    if any(dictionary.entries[i].type != "Organization" for i in hit.ids):
        return hit
    return Hit(hit.start, after.end(), text[hit.start : after.end()], hit.ids)


def _with_word_before(
    text: str,
    hit: Hit,
    dictionary: Dictionary,
    node_type: str,
    accept: Callable[[str], bool],
    same_line: bool = False,
) -> Hit:
    """The hit with the capitalised word before it, when every entry of the hit has
    ``node_type`` and ``accept`` takes the word."""
    before = PREV_NAME.search(text[max(0, hit.start - 20) : hit.start])
    if not before or any(dictionary.entries[i].type != node_type for i in hit.ids):
        return hit
    if not accept(before.group(1)) or (same_line and not before.group(0).endswith(" ")):
        return hit
    start = hit.start - len(before.group(0))
    return Hit(start, hit.end, text[start : hit.end], hit.ids)


def _with_particle(text: str, hit: Hit) -> Hit:
    before = text[max(0, hit.start - 3) : hit.start]
    if (
        hit.start >= 3
        and before.lower() in ("al-", "el-")
        and not text[hit.start - 4 : hit.start - 3].isalnum()
    ):
        return Hit(hit.start - 3, hit.end, text[hit.start - 3 : hit.end], hit.ids)
    return hit


SURNAME_AFTER = re.compile(r" (?:[Aa]l|[Ee]l)-[A-Z][a-z][\w'’]*(?![\w\-])")


def _with_surname_after(text: str, hit: Hit, dictionary: Dictionary) -> Hit:
    """'Abu Fadak al-Mohammadawi': a known person's kunya or short name followed by a
    surname with its article is one name (a spelling the dictionary may not list)."""
    after = SURNAME_AFTER.match(text, hit.end)
    if not after or not all(dictionary.entries[i].type == "Person" for i in hit.ids):
        return hit
    return Hit(hit.start, after.end(), text[hit.start : after.end()], hit.ids)


LAST_NAME = re.compile(rf" ([{UP}][{LOW}]+(?:['’\-][{UP}]?[{LOW}]+)?)(?![\w\-]| [{UP}])")


def _with_last_name(text: str, hit: Hit, dictionary: Dictionary) -> Hit:
    """'Muhammad Darwish Ismail': a known two-word name followed by one more name word (a
    third name the dictionary does not list, not the start of another name) is one name."""
    after = LAST_NAME.match(text, hit.end)
    people = all(dictionary.entries[i].type == "Person" for i in hit.ids)
    if not after or not people or " " not in hit.surface.strip() or not _last_word(after.group(1)):
        return hit
    return Hit(hit.start, after.end(), text[hit.start : after.end()], hit.ids)


def _last_word(word: str) -> bool:
    if word.lower() in cues.VENUE_HEADS | cues.FACILITY_HEADS:
        return False  # 'Hamad bin Khalifa Majlis': a hall named after him
    return _name_word(word) or cues.is_given_name(word)


def _same_place(text: str, hit: Hit) -> Hit:
    match = SAME_PLACE.match(text, hit.end)
    if match and match.group("head").lower() in cues.SAME_PLACE_HEADS:
        return Hit(hit.start, match.end(), text[hit.start : match.end()], hit.ids)
    return hit


COUNTRY_CITY = re.compile(r" City\b")


def _country_city(text: str, hit: Hit, dictionary: Dictionary) -> Mention | None:
    """'Djibouti City', 'Panama City': the capital named after its country, a place of its own
    (while 'Homs City' is Homs)."""
    city = COUNTRY_CITY.match(text, hit.end)
    if city is None or not any(dictionary.kind(i) == "country" for i in hit.ids):
        return None
    return Mention(hit.start, city.end(), text[hit.start : city.end()], "Place", (), "cue")


def _facility(text: str, hit: Hit) -> Mention | None:
    words = re.match(r"((?:\s+[A-Z][\w'’\-]*){1,3})", text[hit.end : hit.end + 60])
    venue = _venue_around(text, hit, words.group(1) if words else "")
    if venue is not None:
        return venue
    if not words:
        return None
    tail = words.group(1).split()
    for size in range(len(tail), 0, -1):
        phrase = " ".join(tail[:size])
        if any(phrase.lower().endswith(head) for head in cues.FACILITY_HEADS):
            end = text.index(tail[size - 1], hit.end) + len(tail[size - 1])
            return Mention(hit.start, end, text[hit.start : end], "Place", (), "cue")
    return None


# up to three capitalised words before a place, the function words that open them left out
VENUE_BEFORE = re.compile(
    r"(?=(?:[A-Z][\w'’\-]*\s){1,3}$)((?:(?:At|In|On|The|From|To|A|An|And|Of|For|By)\s)*)"
    r"((?:[A-Z][\w'’\-]*\s)*)$"
)


def _venue_around(text: str, hit: Hit, after: str) -> Mention | None:
    """'Four Seasons Hotel Bahrain Bay', 'Agora Bogota Convention Centre': a place's name
    inside a hotel's or a centre's name is part of that venue's name."""
    before = VENUE_BEFORE.search(text, max(0, hit.start - 60), hit.start)
    start = before.start(2) if before else hit.start  # after a leading 'At the'
    after = VENUE_AFTER.match(after).group(0)  # type: ignore[union-attr]
    around = [*text[start : hit.start].split(), *after.split()]
    if not any(w.lower().rstrip(".,") in cues.VENUE_NAME_WORDS for w in around):
        return None
    end = hit.end + len(after)
    return Mention(start, end, text[start:end], "Place", (), "cue")


CALENDAR = "|".join(name.capitalize() for name in [*WEEKDAYS, *MONTH_NAMES])
VENUE_AFTER = re.compile(rf"(?:\s+(?!(?:{CALENDAR})\b)[A-Z][\w'’\-]*)*")  # not 'Monday'


REGNAL = re.compile(r" (?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{1,3})\b")
ROMANCE_TAIL = re.compile(r" (?:du|da|de|do|dos|das|del|des|di) (?:la |el |los )?[A-Z][\w'’\-]+")


def _romance_tail(text: str, hit: Hit) -> Mention | None:
    """'Nioro du Sahel', 'Mocímboa da Praia': a town named after another with a Romance
    particle is a place of its own, not the shorter one."""
    tail = ROMANCE_TAIL.match(text, hit.end)
    if tail is None:
        return None
    return Mention(hit.start, tail.end(), text[hit.start : tail.end()], "Place", (), "cue")


def _person_only(hit: Hit, dictionary: Dictionary) -> bool:
    return {dictionary.entries[i].type for i in hit.ids} == {"Person"}


def _place_only(hit: Hit, dictionary: Dictionary) -> bool:
    return {dictionary.entries[i].type for i in hit.ids} == {"Place"}


HALL = re.compile(r" ([A-Z][a-z]+)\b")


def _hall(text: str, hit: Hit) -> Mention | None:
    """'at Sheikh Hamad bin Khalifa Majlis', 'the Zayed Hall': a person's name, then a venue's
    head-word, names the venue (a place), not the person."""
    match = HALL.match(text, hit.end)
    if not match or match.group(1).lower() not in cues.VENUE_HEADS:
        return None
    start = hit.start
    title = PREV_TITLE.search(text[max(0, start - 20) : start])
    if title and title.group(1).rstrip(".").lower() in cues.HONORIFICS:
        start -= len(title.group(0))  # 'Sheikh ...'
    return Mention(start, match.end(), text[start : match.end()], "Place", (), "cue")


BODY = re.compile(
    r"(?: [A-Z][a-z][\w\-]*){0,3} (Commission|Council|Secretariat|Parliament|Assembly|Court|Group|"
    r"Committee|Panel|Mission|Bureau|Forum)\b(?! of\b)"
)


SEAT = re.compile(r" (?:Headquarters|(?P<centre>(?:Conference|Convention)\s+Cent(?:re|er)))\b")


def _seat(text: str, hit: Hit, dictionary: Dictionary) -> Mention | None:
    """'United Nations Headquarters', 'AU Headquarters': an international body's seat is a
    place of its own (while 'Thar-Allah Headquarters' is a command); so is any
    organization's conference centre ('the African Union Conference Centre')."""
    seat = SEAT.match(text, hit.end)
    bodies = {dictionary.entries[i].kind for i in hit.ids} == {"intergovernmental"}
    if seat is None or not (bodies or seat.group("centre")):
        return None
    return Mention(hit.start, seat.end(), text[hit.start : seat.end()], "Place", (), "cue")


def _body(text: str, hit: Hit) -> Mention | None:
    """'the ECOWAS Commission', 'the AU Peace and Security Council' (one word): a body of the
    organization the dictionary matched, an organization of its own."""
    match = BODY.match(text, hit.end)
    if not match or " " in hit.surface.strip():
        return None
    return Mention(hit.start, match.end(), text[hit.start : match.end()], "Organization", (), "cue")


def is_headline(tokens: list[Token]) -> bool:
    """A title-case line without final stop ('Designation of Kata'ib Hizballah'): names
    there are only taken from the dictionary and from person titles."""
    if not tokens or tokens[-1].text in ".!?;," or _byline(tokens) or _masthead(tokens):
        return False  # a clause of a list ('Welcomes the talks held in Z ...;') is body text
    words = [t for t in tokens if t.text[:1].isalpha() and len(t.text) > 3]
    return len(words) >= 3 and sum(t.text[0].isupper() for t in words) >= 0.8 * len(words)


MEMO_FIELDS = {"from", "source", "author", "analyst", "publisher", "compiled", "published"}


def _masthead(tokens: list[Token]) -> bool:
    """'X Monitor | Weekly Summary No. 12', 'From: X, Iraq desk': a document's fields name
    its publisher; no title."""
    field = len(tokens) > 1 and tokens[0].text.lower() in MEMO_FIELDS and tokens[1].text == ":"
    return field or any(t.text == "|" for t in tokens)


BYLINE = {"reporting", "writing", "editing", "additional", "compiled", "written", "edited", "by"}


def _byline(tokens: list[Token]) -> bool:
    """'(Reporting by A and B; Editing by C)': a wire byline names people, it is no title."""
    words = [t.text.lower() for t in tokens[:4] if t.text[:1].isalpha()]
    return len(words) >= 2 and words[0] in BYLINE and "by" in words[:3]


PARTICIPLE = re.compile(
    r"-(?:controlled|held|run|backed|led|occupied|owned|based|aligned|affiliated|allied|linked|"
    r"funded|sponsored|supported)$"
)


def _extend(
    run: list[Token], tokens: list[Token], position: dict[int, int]
) -> tuple[list[Token], str | None]:
    """Take a following lower-case head-word into the name: 'Assad government'."""
    index = position[run[-1].start]
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is None or run[-1].possessive or _all_demonyms(run) or PARTICIPLE.search(run[-1].text):
        return run, None  # 'a Houthi-controlled port' describes, it names no place
    word = after.text.lower()
    if word in cues.LOWERCASE_ORG_HEADS:
        return [*run, after], "Organization"
    if word in cues.LOWERCASE_PLACE_HEADS:
        return [*run, after], "Place"
    head = tokens[index + 2] if index + 2 < len(tokens) else None
    if word in cues.SITE_KINDS and head is not None and head.text.lower() in cues.SITE_HEADS:
        return [*run, after, head], "Place"  # 'the Bulengo displacement site'
    return run, None


def _undescribed(run: list[Token]) -> list[Token]:
    """A run without the participle that opens it ('Bosniak-led', 'Iran-backed'), when a
    name follows it."""
    lead = 1 if run[0].text in ("The", "the") else 0
    if len(run) > lead + 1 and PARTICIPLE.search(run[lead].text):
        return run[lead + 1 :]
    return run


BASED = "-based"


def _base_town(text: str, run: list[Token], covered: SpanIndex) -> list[Mention]:
    """'the Savien-based gang', 'a North Mitrovica-based portal': what a body is based in is a
    place, known or not."""
    lead = 1 if run[0].text in ("The", "the") else 0
    ends = [i for i, t in enumerate(run) if t.text.endswith(BASED)]
    if not ends or ends[0] < lead or len(run[ends[0]].text) <= len(BASED) + 1:
        return []
    start, end = run[lead].start, run[ends[0]].end - len(BASED)
    if covered.overlaps(start, end) or not text[start].isupper():
        return []
    return [Mention(start, end, text[start:end], "Place", source="cue")]


def _all_demonyms(run: list[Token]) -> bool:
    return all(t.bare.lower() in cues.DEMONYMS for t in run)


def _split(run: list[Token], covered: SpanIndex) -> list[list[Token]]:
    """Pieces of a run between dictionary hits (a token touching a hit is dropped)."""
    pieces: list[list[Token]] = [[]]
    for tok in run:
        if covered.overlaps(tok.start, tok.end):
            pieces.append([])
        else:
            pieces[-1].append(tok)
    return [p for p in pieces if p]


def _title_size(words: list[Token], i: int) -> int:
    """Length (0-3 tokens) of a person title starting at ``words[i]``."""
    for size in (3, 2, 1):
        phrase = " ".join(t.bare.lower() for t in words[i : i + size])
        if len(words) >= i + size and phrase in cues.PERSON_TITLES:
            return size
    return 0


def _split_titles(piece: list[Token], dictionary: Dictionary) -> list[list[Token]]:
    """'Parliament Speaker Nabih Berri' -> 'Parliament' + 'Speaker Nabih Berri';
    'Council on Foreign Relations Kamal Kharazi' -> the council + the person;
    'Washington Hedi Silberman' -> the place + the person; 'Qasr Al Bahr Sheikh' (before a
    name the dictionary matched) -> the palace."""
    affiliated = _person_of_org(piece)
    if affiliated:
        return affiliated
    honorific = len(piece) > 1 and piece[-1].text.lower().rstrip(".") in cues.HONORIFICS
    if honorific and not cues.is_given_name(piece[-2].text):  # not 'Hassan Sheikh Mohamud
        return _split_titles(piece[:-1], dictionary)
    for i in range(1, len(piece)):
        size = _title_size(piece, i)
        rest = piece[i + size :]
        given = cues.is_given_name(piece[i - 1].text)  # Jaafar Sheikh Mustafa
        if size and rest and not _org_words(rest) and not _title_size(piece, i - 1) and not given:
            return [p for p in (piece[:i], *_split_titles(piece[i:], dictionary)) if p]
        initials = i > 1 and INITIALS.fullmatch(piece[i - 1].text) and _title_size(piece, i - 2)
        if initials:  # 'Prime Minister KP Sharma Oli': the initials begin the name
            continue
        if _person_starts(piece, i) or _person_after_known(piece, i, dictionary):
            return [piece[:i], piece[i:]]
    return [piece]


def _person_of_org(piece: list[Token]) -> list[list[Token]]:
    """'Lt. Ole Nilsen of Brigade Nord': a titled person, then the organization they serve
    in, two names (not 'Minister of Foreign Affairs', whose title is followed by 'of');
    'Lena Petrova of the Free Party', 'Ana Silva of Cidade Nova': a given name first, then
    whatever the person is of."""
    titles = _titles_size(piece)
    of = next((i for i, t in enumerate(piece) if t.text == "of"), 0)
    head, tail = piece[titles:of], piece[of + 1 :]
    tail = tail[1:] if tail and tail[0].text.lower() == "the" else tail
    if not of or not 2 <= len(head) <= 3 or not tail:
        return []
    given = not titles and cues.is_given_name(head[0].text) and not _org_words(head)
    if not (given or (titles and _org_words(tail))):
        return []
    return [piece[:of], tail] if _person_like(head) else []


INITIALS = re.compile(r"[A-Z]{2,3}|(?:[A-Z]\.){1,3}")
DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def _person_after_known(piece: list[Token], i: int, dictionary: Dictionary) -> bool:
    """A place or organization the dictionary knows, then a two- or three-word name that
    starts with a given name or is made of rare words."""
    rest = piece[i:]
    if not 2 <= len(rest) <= 3 or _org_words(rest):
        return False
    if not any(_knows(dictionary, _joined(piece[j:i])) for j in range(max(0, i - 3), i)):
        return False
    return cues.is_given_name(rest[0].text) or all(zipf(t.bare) < NAME_LIKE for t in rest)


def _joined(words: list[Token]) -> str:
    return " ".join(t.text for t in words)


def _person_starts(piece: list[Token], i: int) -> bool:
    """A given name after an organization's head-word ('... Relations Kamal Kharazi') or
    after ordinary English words ('Negotiator Mohammed Tahiri') starts a person's name; so
    do two or three rare words right after a head-word ('... Division Oded Basiuk')."""
    rest = piece[i:]
    if len(rest) < 2 or _org_words(rest) or _name_part(piece[i - 1]):
        return False  # 'Karim Abdallah Haddad', 'Abu Yasser al-Shami' are one name
    if not cues.is_given_name(piece[i].text):
        return _rare_name_after_head(piece, i)
    common = all(zipf(t.bare) >= NAME_LIKE - 1 and not _name_part(t) for t in piece[:i])
    return _org_words(piece[:i]) or common


KUNYA = {"abu", "umm", "ibn", "bin", "bint", "ben", "abou", "abo"}
SHORT_FORMS = {"sk", "md", "mohd", "muhd", "mst"}  # 'Sk Bashir Uddin', 'Md Touhid Hossain'


def _name_part(tok: Token) -> bool:
    """A given name or a kunya particle: the name goes on after it."""
    return cues.is_given_name(tok.text) or tok.bare.lower() in KUNYA | SHORT_FORMS


def _rare_name_after_head(piece: list[Token], i: int) -> bool:
    rest = piece[i:]
    rare = len(rest) <= 3 and all(zipf(t.bare) < NAME_LIKE - 0.5 for t in rest)
    after_head = _bare(piece[i - 1]) in cues.ORG_HEADS or (
        _org_words(piece[:i]) and zipf(piece[i - 1].bare) >= NAME_LIKE  # 'Ministry of Defense'
    )
    return rare and after_head


def candidate(
    text: str, piece: list[Token], head_type: str | None = None, headline: bool = False
) -> Mention | None:
    """Trim a capitalised run to a name and type it, or drop it."""
    if not headline and MEDIA_BEFORE.search(text, max(0, piece[0].start - 40), piece[0].start):
        outlet = _mention(text, piece, "Organization", None)  # 'the outlet The Irrawaddy'
        outlet.outlet = True
        return outlet
    piece = piece[1:] if _per(text, piece) else piece
    if peer := _peer(piece):
        return _mention(text, peer, "Person", None)
    words, title, demonyms = _strip_lead(piece)
    head = words[-1:] if head_type and words and not words[-1].capital else []
    words = _trim_tail(words[: len(words) - len(head)])
    if not words:
        return None
    words += head
    listed = not title and head_type is None and _portfolio_list(text, piece[0].start)
    if listed and (holder := _after_portfolio(words)):  # 'Minister of Trade, Industry and Energy X'
        return _mention(text, holder[:MAX_PERSON_TOKENS], "Person", None)
    if title and _after(text, title_end(piece, words)) in ("of", "for"):
        holder = _after_portfolio(words)
        if holder and head_type is None:  # 'Minister for European Integration X Y'
            return _mention(text, holder[:MAX_PERSON_TOKENS], "Person", title)
        if head_type is None and _bare(words[-1]) in cues.PORTFOLIO_WORDS:
            return None  # 'Minister of Foreign Affairs': a portfolio, not an organization
        return _mention(text, words, head_type or guess_type(words, text) or "Organization", None)
    if title and headline and not _surname_like(words):  # 'Leader Discuss Bilateral Issues'
        words = []
    if title and words and not _org_words(words) and head_type is None:
        return _mention(text, words[:MAX_PERSON_TOKENS], "Person", title)
    words = _without_next_title(text, words) if not title else words
    if headline or _not_a_name(words):
        return None
    titled = _titled_before(text, words) or _titled_to_place(text, words)
    if not title and head_type is None and titled and not _org_words(words):
        return _mention(text, words[:MAX_PERSON_TOKENS], "Person", None)
    if demonyms and (_org_words(words) or head_type):
        words = demonyms + words
    kind = head_type or guess_type(words, text)
    return _mention(text, words, kind, None) if kind or len(words) == 1 else None


PEERAGES = frozenset({"lord", "baroness", "lady"})  # titles a peer goes by
EVERYDAY_WORD = 5.0  # Zipf: a word this common after 'Lord' is no name ('the Lord is ...')


def _peer(piece: list[Token]) -> list[Token] | None:
    """'Lord Collins of Highbury', 'Baroness Chapman': a peer's title and name (and the
    place of the title) are the name the peer goes by ('Lord Mayor' is an office)."""
    piece = piece[1:] if len(piece) > 2 and piece[1].bare.lower() in PEERAGES else piece
    if len(piece) < 2 or piece[0].bare.lower() not in PEERAGES or piece[1].text[:1].islower():
        return None
    if piece[1].bare.lower() in cues.PERSON_TITLES or zipf(piece[1].bare.lower()) > EVERYDAY_WORD:
        return None
    of = len(piece) > 3 and piece[2].text == "of" and piece[3].text[:1].isupper()
    return piece[:4] if of else piece[:2]


OPENING = re.compile(r"(?:^|[.!?:]\s+|\n\s*(?:[-•*–]\s+)?)$")


def _per(text: str, piece: list[Token]) -> bool:
    """'Per Radio Nova, ...' opening a sentence: 'per' is the preposition, not the given name
    ('Per Stig Moller, ...')."""
    if len(piece) < 2 or piece[0].text != "Per" or text[piece[-1].end : piece[-1].end + 1] != ",":
        return False
    if cues.is_given_name(piece[1].text):
        return False  # 'Per Stig Moller, the diplomat,': a name
    return OPENING.search(text, max(0, piece[0].start - 4), piece[0].start) is not None


# a title's list of portfolios goes on: 'Commissioner for Political Affairs, Peace and |Security X'
PORTFOLIO_LIST = re.compile(
    r"\b(?:Minister|Commissioner|Secretary)\s+(?:of\s+State\s+)?(?:for|of)\s+(?:the\s+)?"
    r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*(?:(?:,\s+|\s+and\s+|,\s+and\s+)[A-Z][\w\-]*"
    r"(?:\s+[A-Z][\w\-]*)*)*(?:,\s+|\s+and\s+|,\s+and\s+)$"
)


def _portfolio_list(text: str, start: int) -> bool:
    return PORTFOLIO_LIST.search(text, max(0, start - 160), start) is not None


def _without_next_title(text: str, words: list[Token]) -> list[Token]:
    """'Republika Srpska President [A B]': a title that ends the run belongs to the name the
    dictionary found right after it; the words before it are read alone."""
    for size in (2, 1):
        start = len(words) - size
        if (
            start > 0
            and _title_size(words, start) == size
            and re.match(r" [A-Z]", text[words[-1].end : words[-1].end + 2])
        ):
            return words[:start]
    return words


LOWER_TITLE = re.compile(r"\b([a-z]+(?:\s+[a-z]+)?)\s+$")


def _titled_before(text: str, words: list[Token]) -> bool:
    """'junta chief Min Aung Hlaing', 'rebel leader X': a lower-case title right before a
    run of two or more name words."""
    if len(words) < 2 or any(not w.capital for w in words):
        return False
    before = LOWER_TITLE.search(text[max(0, words[0].start - 30) : words[0].start])
    if not before:
        return False
    phrase = before.group(1)
    return phrase in cues.PERSON_TITLES or phrase.split()[-1] in cues.PERSON_TITLES


# an envoy's title and the place it is to, right before a name: 'Ambassador to Myanmar X'
TITLE_TO_PLACE = re.compile(
    r"\b(?:ambassador|envoy|representative|coordinator|consul(?:[\s-]general)?|charg[eé]\s+"
    r"d['’]affaires|commissioner|attach[eé])\s+(?:to|for|in)\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w'’\-]*\s+){1,4}$",
    re.I,
)


def _titled_to_place(text: str, words: list[Token]) -> bool:
    """Two or more name words right after 'Ambassador to Myanmar', 'Special Envoy for Yemen'."""
    if len(words) < 2 or any(not w.capital for w in words):
        return False
    return TITLE_TO_PLACE.search(text, max(0, words[0].start - 60), words[0].start) is not None


def _surname_like(words: list[Token]) -> bool:
    """A title-case line capitalises verbs and nouns too: there a name after a title must
    end in a rare word (a surname), not in an ordinary one ('... Discuss Bilateral Issues')."""
    return bool(words) and zipf(words[-1].bare) < NAME_LIKE and not _org_words(words)


def _after_portfolio(words: list[Token]) -> list[Token]:
    """The words after the last portfolio word when they read as a name (one to four
    capitalised words, none a head-word or portfolio): the office-holder."""
    last = max((i for i, t in enumerate(words) if _bare(t) in cues.PORTFOLIO_WORDS), default=-1)
    rest = words[last + 1 :]
    if last < 0 or not 1 <= len(rest) <= 4 or _org_words(rest):
        return []
    return rest if all(t.capital and _bare(t) not in cues.PLACE_HEADS for t in rest) else []


def title_end(piece: list[Token], words: list[Token]) -> int:
    """Where the stripped lead of a piece ends (the start of its first kept word)."""
    return words[0].start if words else piece[-1].end


def _after(text: str, position: int) -> str:
    """The lower-case word just before ``position`` ('of' in 'Secretary of the Treasury')."""
    before = re.findall(r"[A-Za-z]+", text[max(0, position - 12) : position])
    if before and before[-1].lower() == "the" and len(before) > 1:
        return before[-2].lower()
    return before[-1].lower() if before else ""


MEMBER_NOUNS = {
    "fighters", "members", "militants", "troops", "soldiers", "supporters", "officials",
    "representatives", "commanders", "units", "elements", "delegates", "gunmen",
}  # fmt: skip


def _strip_lead(piece: list[Token]) -> tuple[list[Token], str | None, list[Token]]:
    """Leading stop words, demonyms and person titles (kept when a head-word follows:
    'Imam Ali Brigades' is a unit, not a person)."""
    words, title, demonyms = list(piece), None, []
    if len(words) > 3 and words[0].bare.lower() in MEMBER_NOUNS and words[1].text == "of":
        words = words[2:]  # 'Fighters of the X Organisation': the organization is the name
    while len(words) > 1 and words[0].bare.lower() == "the":
        words = words[1:]  # 'The General Intelligence Service'
    rest = words[_titles_size(words) :]
    of = bool(rest) and rest[0].bare.lower() in ("of", "for")  # 'Chairman of the X Council'
    office = bool(words) and words[0].bare.lower() in cues.OFFICE_TITLES  # 'Chairman X Committee'
    if _org_words(rest) and _title_size(words, 0) and not of and not office:
        return words, None, []  # 'Imam Ali Brigades', not 'Army Chief General X'
    while words:
        size = _title_size(words, 0)
        low = words[0].bare.lower()
        if size and title and _org_words(words[size:]):
            break  # 'Head of the General Intelligence Service': the second is the body's name
        if size:
            phrase = " ".join(t.text for t in words[:size])
            title = f"{title} {phrase}" if title else phrase
        elif low in cues.DEMONYMS and not title and not _given_then_surname(words):
            demonyms.append(words[0])
        elif low in cues.SPELLED_ORDINALS and _org_words(words[1:2]):
            break  # 'Second Division', 'Fifth Fleet': the ordinal is part of the unit's name
        elif not (low in cues.STOP_NAMES or low in cues.NAME_CONNECTORS) or _headed(words):
            break
        words = words[max(size, 1) :]
    return words, title, demonyms


def _headed(words: list[Token]) -> bool:
    """'New Administrative Capital', 'New Democratic Party': a word that begins names of
    places and bodies, before name words that end in a head-word, is part of the name."""
    low = words[0].bare.lower()
    return low in cues.ORG_FIRST_WORDS and len(words) > 2 and _head(_bare(words[-1]))


def _given_then_surname(words: list[Token]) -> bool:
    """'Christian Schmidt': a demonym that is also a given name, then one name word."""
    if len(words) != 2 or words[0].bare.lower() not in cues.GIVEN_NAMES:
        return False
    low = words[1].bare.lower()
    return low not in cues.DEMONYMS and not _org_words(words[1:]) and low not in cues.PLACE_HEADS


def _titles_size(words: list[Token]) -> int:
    """Length of the run of person titles that opens ``words``."""
    i = 0
    while i < len(words) and (size := _title_size(words, i)):
        i += size
    return i


def _trim_tail(words: list[Token]) -> list[Token]:
    """Drop trailing connectors, stop words, a title after an organization ('CENTCOM
    Commander'), a model code ('Air Force F-15E') and a category ('... Area of Responsibility')."""
    words = _cut_not_names(words)
    while words and (
        not words[-1].capital
        or words[-1].bare.lower() in cues.STOP_NAMES
        or (
            len(words) > 1
            and _title_size(words, len(words) - 1)
            and _org_words(words[:-1])
            and not _office_of(words)
        )
        or (len(words) > 1 and re.search(r"\d", words[-1].text) and "-" in words[-1].text)
    ):
        words = words[:-1]
    return words


def _office_of(words: list[Token]) -> bool:
    """'Media Office of the Prime Minister', 'Office of the Special Envoy': the title after
    'of (the)' says whose office the organization is; it stays in the name."""
    lows = [t.bare.lower() for t in words]
    if "of" not in lows:
        return False
    tail = words[len(lows) - lows[::-1].index("of") :]
    tail = tail[1:] if tail and tail[0].bare.lower() == "the" else tail
    return bool(tail) and _titles_size(tail) == len(tail)


def _cut_not_names(words: list[Token]) -> list[Token]:
    for i in range(1, len(words)):
        if " ".join(t.bare.lower() for t in words[i:]) in cues.NOT_NAMES:
            return words[:i]
    return words


def _not_a_name(words: list[Token]) -> bool:
    phrase = " ".join(t.bare.lower() for t in words)
    return phrase in cues.NOT_NAMES or phrase in cues.STOP_NAMES


def _org_words(words: list[Token]) -> bool:
    return any(_bare(w) in cues.ORG_HEADS for w in words)


def _bare(tok: Token) -> str:
    """Lower case, without possessive or plural ``s`` when the singular is a head-word."""
    word = re.sub(r"['’]s$", "", tok.bare.lower())
    singular = word[:-1] if word.endswith("s") else word
    return singular if singular in cues.ORG_HEADS | cues.PLACE_HEADS else word


def _mention(text: str, words: list[Token], kind: str | None, title: str | None) -> Mention:
    start, end = words[0].start, words[-1].end
    surface = text[start:end]
    if re.search(r"['’]s$", surface):
        end -= 2
        surface = surface[:-2]
    return Mention(start, end, surface, kind, (), "cue", title=title)


SHOUTED_WORD = 3.5  # Zipf: an unknown all-caps word this common in English is a word, not a body


def guess_type(words: list[Token], text: str) -> str | None:
    """Place or Organization by the head-word of the name, Place after 'in'/'at', Person by a
    given name or a name-like pair, else None (the resolver may still type it)."""
    lows = [_bare(w) for w in words]
    head = lows[: lows.index("of")] if "of" in lows[1:] else lows
    if head[-1] in cues.PLACE_HEADS or " ".join(head[-2:]) in cues.PLACE_HEADS:
        return "Place"
    if any(w in cues.VENUE_HEADS for w in head) and _venue(text, words[0].start):
        return "Place"  # 'met him at Government House', 'at the State Guest House Meghna'
    if head[-1] in cues.ORG_HEADS or any(w in cues.ORG_HEADS for w in lows):
        return "Organization"
    if len(lows) > 1 and lows[-1] in cues.MEDIA_HEADS:
        return "Organization"  # 'Persia Digest', 'Kabul Review': a news outlet
    if (
        len(lows) > 2
        and lows[-2] in ROMANCE
        and any(e.type == "Place" for e in load().lookup(words[-1].text))
        and not cues.is_given_name(words[0].text)  # 'Lina dos Santos': a person
    ):
        return "Place"  # 'Nioro du Sahel', 'Mocímboa da Praia'
    if len(words) == 1 and ACRONYM.fullmatch(words[0].bare) and words[0].bare.isupper():
        shouted = zipf(words[0].bare.lower()) >= SHOUTED_WORD  # 'RISK: HIGH', 'UPDATE'
        return None if shouted or _in_heading(text, words[0].start) else "Organization"
    if len(words) > 1 and PERSON_CONTEXT.search(text[max(0, words[0].start - 30) : words[0].start]):
        return "Person"
    if len(words) > 1 and lows[0] in cues.PLACE_PREFIXES:
        return "Place"
    place_cue = PLACE_CONTEXT.search(text[max(0, words[0].start - 30) : words[0].start])
    if place_cue and _to_someone(place_cue.group(0), words):
        return "Person"  # 'gave an audience to Lena Petrova': 'to' before a given name
    if place_cue:
        return "Place"
    if _before_country(text, words[-1].end):
        return "Place"
    if _before_title(text, words[-1].end) and all(zipf(t.bare) < NAME_LIKE for t in words):
        return "Organization"  # 'Republika Srpska President X': whose president, not a person
    if ROLE_OF.search(text, max(0, words[0].start - 60), words[0].start):
        return "Organization"  # 'Z, leader of the Belgrade-backed Srpska Lista'
    if len(words) > 1 and (_person_like(words) or _apposed_role(text, words)):
        return "Person"
    return None


ROLE_OF = re.compile(  # what a leader, member or fighter is of: an organization
    r"\b(?:leader|head|chief|chair(?:man|woman|person)?|members?|commanders?|founder|"
    r"co-founder|spokes(?:man|woman|person)|secretary-general|fighters|militants)\s+of\s+"
    r"(?:the\s+)?(?:[\w\-]+-(?:backed|led|based|aligned|allied)\s+|(?!and\b|or\b)[a-z][\w\-]*\s+){0,2}$"
)


CLAUSE_BEFORE = re.compile(r"([^,;:.()\n]{1,60}),\s*$")
APPOSED_AFTER = re.compile(
    r",\s+(?:the|a|an|his|her|its|their)\s+([^,;:.()\n]{1,60}?)(?=[,;.)]| who\b| said\b)"
)
QUALIFIER = re.compile(r" (?:of|for|to|at|in|on|with|from) ")


def _role_head(phrase: str) -> bool:
    """'the director of the national police': the words before the first 'of' end in a role
    noun (a person title or a word such as 'founder', 'lawyer')."""
    head = QUALIFIER.split(f" {phrase.lower()} ", maxsplit=1)[0].split()
    return bool(head) and (
        head[-1] in cues.PERSON_NOUNS or " ".join(head[-2:]) in cues.PERSON_NOUNS
    )


def _apposed_role(text: str, words: list[Token]) -> bool:
    """An unknown capitalised pair in apposition to a role: 'the national police chief, A B,',
    'A B, the group's founder,', 'A B, who ...'."""
    if not all(w.capital and w.bare.replace("-", "").isalpha() for w in words):
        return False
    before = CLAUSE_BEFORE.search(text, max(0, words[0].start - 62), words[0].start)
    if before and _role_head(before.group(1)):
        return True
    after = text[words[-1].end : words[-1].end + 80]
    found = APPOSED_AFTER.match(after)
    return re.match(r",\s+who\b", after) is not None or bool(found and _role_head(found.group(1)))


def _in_heading(text: str, start: int) -> bool:
    """A line of capitals only ('HIGHLIGHTS', 'POLITICAL DEVELOPMENTS', 'SECURITY:') is a
    section heading: its words name no organization the dictionary does not know."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return any(c.isalpha() for c in line) and not any(c.islower() for c in line)


NEXT_TWO = re.compile(r"\s+([A-Za-z][\w\-]*)(?:\s+([A-Za-z][\w\-]*))?\s+[A-Z]")


def _before_title(text: str, end: int) -> bool:
    """A person's title follows the name, then another name."""
    after = NEXT_TWO.match(text, end)
    if not after:
        return False
    one = after.group(1).lower()
    two = f"{one} {after.group(2).lower()}" if after.group(2) else ""
    return two in cues.PERSON_TITLES or one in cues.PERSON_TITLES


COMMA_NAME = re.compile(r",\s+([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?)\b(?!\s+[A-Z])")


def _before_country(text: str, end: int) -> bool:
    """'Buulo Fuulay, Somalia': a name followed by a country's name is a place in it."""
    after = COMMA_NAME.match(text, end)
    if not after:
        return False
    return any(e.kind == "country" for e in load().lookup(after.group(1)))


SYLLABLE = re.compile(r"[A-Z][a-z]{1,4}")


def _korean(words: list[Token]) -> bool:
    """'Kim Song Nam', 'Ri Il Hwan': a Korean surname and two capitalised syllables."""
    if len(words) != 3 or words[0].text.lower() not in cues.KOREAN_SURNAMES:
        return False
    return all(SYLLABLE.fullmatch(w.text) for w in words[1:])


def _to_someone(cue: str, words: list[Token]) -> bool:
    """'to' (unlike 'in' or 'at') also comes before people: a name that starts with a given
    name after it is a person's."""
    return cue.lower().startswith("to") and len(words) > 1 and cues.is_given_name(words[0].text)


def _person_like(words: list[Token]) -> bool:
    """'Hakan Fidan', 'Abu Mahdi al-Muhandis': a given name first, or every part name-like."""
    if cues.is_given_name(words[0].text) or any(_particle(w) for w in words[1:]):
        return True
    if _korean(words):
        return True
    rest = [w for w in words if not DOTTED_INITIALS.fullmatch(w.text)]
    if 0 < len(rest) < len(words) and words[0] is not rest[0]:  # 'M.A. Sumanthiran'
        return all(zipf(cues.name_key(w.text)) < NAME_LIKE for w in rest)
    inner = {w.bare.lower() for w in words[1:-1]} & SECOND_PARTICLES  # 'van der Linden'
    particles = cues.NAME_PARTICLES | inner
    parts = [cues.name_key(w.text) for w in words if w.bare.lower() not in particles]
    if not all(w.replace("-", "").isalpha() for w in parts):
        return False
    ends, middle = parts[:1] + parts[-1:], parts[1:-1]  # 'Dairo Antonio Usuga': a given
    return all(zipf(w) < NAME_LIKE for w in ends) and all(  # name between rare ones
        zipf(w) < NAME_LIKE or cues.is_given_name(w) for w in middle
    )


def _particle(tok: Token) -> bool:
    head = tok.text.split("-", 1)[0].lower()
    return head in cues.NAME_PARTICLES and head != tok.text.lower()


def _datelines(text: str, mentions: list[Mention], covered: SpanIndex) -> list[Mention]:
    """'TAMPA, Fla. –' at the start of a line: the city (and state) where it was written."""
    for match in DATELINE.finditer(text):
        for group in (1, 2):
            start, end = match.span(group)
            if start < 0 or covered.overlaps(start, end):
                continue
            mentions = [m for m in mentions if not (m.start < end and start < m.end)]
            mentions.append(Mention(start, end, text[start:end], "Place", (), "cue"))
    return mentions


def _link_acronyms(text: str, mentions: list[Mention]) -> None:
    """``Syrian Observatory for Human Rights (SOHR)``: the acronym is the name's alias."""
    for index in range(1, len(mentions)):
        mention, previous = mentions[index], mentions[index - 1]
        opened = text[previous.end : mention.start].strip() in ("(", ", or", "- (")
        if (
            opened
            and text[mention.end : mention.end + 1] == ")"
            and not _dateline_agency(text, mention.end)
            and not _container(previous, mention)
        ):
            mention.acronym_of = previous
            if mention.source == "cue" or mention.type is None:
                mention.type = previous.type


def _container(place: Mention, parenthesised: Mention) -> bool:
    """'X (Z)' where Z is a place the dictionary knows and X is not: Z is where X lies
    ('a district (the city)'), not another name of X."""
    return (
        place.type == "Place"
        and parenthesised.type == "Place"
        and bool(parenthesised.ids)
        and not set(place.ids) & set(parenthesised.ids)
    )


DATELINE_CLOSE = re.compile(r"\)\s*[-–—]")


def _agencies(text: str, mentions: list[Mention], dictionary: Dictionary) -> None:
    """'MOGADISHU (AA) -': the news agency that filed, not another body of that acronym (the
    Arakan Army): of the dictionary's readings the agency's, else the agency cues.toml names
    for the acronym (``dateline_agencies``)."""
    for mention in mentions:
        if not (mention.ids and _dateline_agency(text, mention.end)):
            continue
        media = tuple(i for i in mention.ids if dictionary.entries[i].kind == "media")
        agency = cues.DATELINE_AGENCIES.get(mention.surface)
        mention.ids = media or ((agency,) if agency in dictionary.entries else mention.ids)
        mention.type = dictionary.entries[mention.ids[0]].type


def _dateline_agency(text: str, close: int) -> bool:
    """'TEHRAN (IRNA) -': the agency that filed from the city, not the city's acronym."""
    return bool(DATELINE_CLOSE.match(text, close))


def _title_hits(text: str, mentions: list[Mention]) -> None:
    """Record a person title just before a person (``President al-Assad``)."""
    for mention in mentions:
        before = text[max(0, mention.start - 40) : mention.start].split()
        if mention.type != "Person" or mention.title is not None or not before:
            continue
        if before[-1].lower().strip(".,") in cues.PERSON_TITLES:
            mention.title = before[-1]
