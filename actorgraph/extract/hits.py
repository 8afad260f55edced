"""Dictionary hits, extended and checked against the text around them: a hit inside
a longer name, a place named by its country and town, a venue, a body of a place."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from actorgraph.dates import MONTH_NAMES, WEEKDAYS
from actorgraph.extract import cues
from actorgraph.extract.lexicon import zipf
from actorgraph.extract.mention import NAME_LIKE, Mention
from actorgraph.resolve.dictionary import Dictionary, Hit
from actorgraph.resolve.identity import word_key


def from_hit(hit: Hit, dictionary: Dictionary) -> Mention:
    """A dictionary hit as a mention, typed when all its readings share one type."""
    types = {dictionary.entries[i].type for i in hit.ids}
    kind = types.pop() if len(types) == 1 else None
    return Mention(hit.start, hit.end, hit.surface, kind, hit.ids, "dictionary")


# 'Homs province' is Homs; not 'the Darfur city of Nyala', where a town opens another place
SAME_PLACE = re.compile(r"\s+(?P<head>[A-Za-z]+)\b(?P<of>\s+of\s)?")


def extend_hits(
    text: str, hits: list[Hit], dictionary: Dictionary
) -> tuple[list[Hit], list[Mention]]:
    """'al-Sulaymaniyah' keeps its particle; 'Homs province' is Homs; 'Baghdad International
    Airport' is a place of its own (a facility inside Baghdad)."""
    kept: list[Hit] = []
    facilities: list[Mention] = []
    people = {h.start for h in hits if _person_only(h, dictionary)}
    for hit in _without_glued(text, _owners_apart(hits, dictionary), dictionary):
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
        if CURRENCY.match(text, hit.end):
            continue  # 'US$ 4 billion', 'US $12m': a currency, not the country
        hit = _without_lower_tail(hit, dictionary)
        hit = _with_given_name(text, _with_particle(text, hit), dictionary)
        hit = _with_surname_after(text, hit, dictionary)
        hit = _with_last_name(text, hit, dictionary)
        hit = _with_org_head(text, hit, dictionary)
        hit = _with_head_after(text, hit, dictionary)
        hit = _with_office_of(text, hit, dictionary)
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


CURRENCY = re.compile(r"\s?\$\s?\d")
OWNER = re.compile(r"^([A-Z][^'’]{1,40}?)['’]s\s+(?=\S)")  # "Turkey's National Intelligence ..."


def _owners_apart(hits: list[Hit], dictionary: Dictionary) -> list[Hit]:
    """'Turkey's National Intelligence Organization', 'Iraq's Kurdistan Region', aliases the
    dictionary holds whole, still name Turkey and Iraq: the owning place is a hit of its own
    before the named part's. A described part names only its owner ('Beirut's southern
    suburbs': Beirut); a body's description stays whole ('Sudan's army-aligned government')."""
    out: list[Hit] = []
    for hit in hits:
        owner = OWNER.match(hit.surface)
        places = {e.id for e in dictionary.lookup(owner.group(1))} if owner else set()
        if not places or any(dictionary.entries[i].type != "Place" for i in places):
            out.append(hit)
            continue
        name = owner.group(1)  # type: ignore[union-attr]
        rest = hit.surface[owner.end() :]  # type: ignore[union-attr]
        place = {dictionary.entries[i].type for i in hit.ids} == {"Place"}
        if not rest[0].isupper() and not place:
            out.append(hit)
            continue
        out.append(Hit(hit.start, hit.start + len(name), name, tuple(sorted(places))))
        if rest[0].isupper():
            out.append(Hit(hit.end - len(rest), hit.end, rest, hit.ids))
    return out


def _without_lower_tail(hit: Hit, dictionary: Dictionary) -> Hit:
    """'the Saba news agency': plain lower-case words the text writes after an organization's
    name the dictionary also knows without them describe it ('Saba'); 'Saba News Agency' is a
    name, and so are particles ('Hashd al-Shaabi') and a place's head ('Hodeidah province').
    The words are read as the text lays them out (a wrapped or quoted line: '> ')."""
    words = [w for w in re.finditer(r"\S+", hit.surface) if w.group() != ">"]
    kept = len(words)
    while kept > 1 and words[kept - 1].group().isalpha() and words[kept - 1].group().islower():
        kept -= 1
    if kept == len(words) or words[kept - 1].group().lower() in cues.NAME_PARTICLES:
        return hit
    shorter = " ".join(w.group() for w in words[:kept])
    known = {e.id for e in dictionary.lookup(shorter) if e.type == "Organization"}
    if not known & set(hit.ids):
        return hit
    end = words[kept - 1].end()
    return Hit(hit.start, hit.start + end, hit.surface[:end], hit.ids)


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


def named_town(hit: Hit, dictionary: Dictionary) -> bool:
    """'Hassan Abdi told reporters': a one-word given name is no small town of the gazetteer
    spelled the same (Hassan, India), and does not cut the person's name in two."""
    return _given_name_town(hit.surface, [dictionary.entries[i] for i in hit.ids])


# a name word, then the particle: 'Khaled Al-Hamad Al-' (not 'in al-': a town so written)
PARTICLE_BEFORE = re.compile(r"\b[A-Z][\w'’\-]*\s+(?:[Aa]l|[Ee]l)-$")


def family_name_place(hit: Hit, dictionary: Dictionary, text: str) -> bool:
    """The end of a family name after its particle ('Khaled Al-Hamad Al-Sabah'): no place
    (Sabah, Malaysia) of the dictionary."""
    if PARTICLE_BEFORE.search(text, max(0, hit.start - 40), hit.start) is None:
        return False
    entries = [dictionary.entries[i] for i in hit.ids]
    return bool(entries) and all(e.type == "Place" and e.kind != "country" for e in entries)


# a family name after it, with its particle: 'Riyadh al-Jubouri' (a person, not the city)
PARTICLE_AFTER = re.compile(r"[ \t]+(?:[Aa]l|[Ee]l)-[A-Z]")


def family_name_after(hit: Hit, dictionary: Dictionary, text: str) -> bool:
    """A one-word town's name that is a person's given name before a family name ('Riyadh
    al-Jubouri'); a place so written whole ('Ras al-Ain') is a longer hit of its own."""
    if " " in hit.surface.strip() or PARTICLE_AFTER.match(text, hit.end) is None:
        return False
    entries = [dictionary.entries[i] for i in hit.ids]
    return bool(entries) and all(e.type == "Place" and e.kind in ("city", "town") for e in entries)


def _given_name_town(word: str, entries: list) -> bool:
    if " " in word.strip() or not entries or not cues.is_given_name(word):
        return False
    return all(e.type == "Place" and e.source == "geonames" and e.kind == "city"
               and e.population < NAMED_TOWN_POP for e in entries)  # fmt: skip


def knows_name(dictionary: Dictionary, name: str) -> bool:
    """The dictionary knows the name, and not only as a small town named like a person."""
    return dictionary.knows(name) and not _given_name_town(name, dictionary.lookup(name))


def _org_only(hit: Hit, dictionary: Dictionary) -> bool:
    return {dictionary.entries[i].type for i in hit.ids} == {"Organization"}


UP, LOW = "A-ZÀ-ÖØ-ÞĀ-ſ", "a-zß-öø-ÿĀ-ſ"  # a capital and a small letter, accents included
NEXT_NAME = re.compile(rf"(?:[ \t]+\n?|\n)[ \t]*([{UP}][{LOW}][\w'’\-]*)")  # not past a blank line
# a family name in capitals, as cables and sitreps write it: 'Sofia LINDQVIST' (not past a line)
NEXT_CAPS = re.compile(rf"[ \t]+([{UP}]{{4,}})\b(?![\w'’\-])")
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
    """A one-word alias of a person ('Nasrallah', or 'Sheikh Sabah' with its honorific) next
    to another name word ('Nasrallah Rashnudi', 'Sheikh Sabah Khalid') names someone else; so
    does a place name before one ('Homs Kassab')."""
    types = {dictionary.entries[i].type for i in hit.ids}
    if _head_after(text, hit) and all(dictionary.entries[i].kind == "media" for i in hit.ids):
        return True  # 'The National Army', not the newspaper
    words = hit.surface.split()
    honoured = len(words) == 2 and words[0].lower() in cues.HONORIFICS and types == {"Person"}
    if len(words) > 1 and not honoured:  # 'the Court of Bosnia and Herzegovina', 'Sri Lanka Army'
        if types == {"Organization"} and _common_words(hit.surface):  # 'Australian Federal
            return _foreign_institution(text, hit, dictionary)  # Police': not Iraq's
        return types == {"Place"} and (
            _body_of_place(text, hit) is not None or _head_after(text, hit)
        )
    if types == {"Place"}:
        after = NEXT_NAME.match(text, hit.end) or _caps_after(text, hit, dictionary)
        if after is not None and _name_word(after.group(1)) and not org_head_word(after.group(1)):
            return True
        inside = _surname_place(text, hit) or _titled_place(text, hit) or _org_after(text, hit)
        inside = inside or _feature_after(text, hit)
        return inside or _after_particle(text, hit) or _after_place_word(text, hit)
    if types == {"Organization"}:
        surname = len(words) == 1 and not hit.surface.isupper() and _surname_place(text, hit)
        return surname or _foreign_institution(text, hit, dictionary) or _venue_named(text, hit)
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


def _common_words(surface: str) -> bool:
    """'Federal Police', 'National Guard': a name of ordinary words, that many countries'
    bodies share (not 'Liwa Fatemiyoun', which a demonym only describes)."""
    return all(zipf(word.lower()) >= NAME_LIKE for word in surface.split())


def _foreign_institution(text: str, hit: Hit, dictionary: Dictionary) -> bool:
    """'Nepali Congress', 'Australian Federal Police': an alias ('Congress', 'Federal Police')
    after the demonym of another country than its own names another body."""
    before = PREV_NAME.search(text[max(0, hit.start - 30) : hit.start])
    code = cues.DEMONYM_COUNTRIES.get(before.group(1).lower()) if before else None
    own = {dictionary.entries[i].country for i in hit.ids}
    return code is not None and code not in own


PREV_TWO = re.compile(rf"(?<![\w,;:.])([{UP}][{LOW}][\w'’\-]*) ([{UP}][{LOW}][\w'’\-]*) $")


PREV_TITLE = re.compile(r"(?<![\w-])([A-Z][a-z]+\.?) $")


ROMANCE = {"da", "du", "de", "do", "dos", "das", "del", "des"}
PREV_PARTICLE = re.compile(rf"[{UP}][{LOW}][\w'’\-]*\s+(?:{'|'.join(sorted(ROMANCE))})\s+$")


FEATURE_AFTER = re.compile(rf" (?:{'|'.join(cues.FEATURE_HEADS)})\b")


def _feature_after(text: str, hit: Hit) -> bool:
    """'the Juba Valley', 'the Jordan River': a place's name before the capitalised name of
    a natural feature names the feature, another place."""
    return FEATURE_AFTER.match(text, hit.end) is not None


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
    return titled and after is not None and not org_head_word(after.group(1))


INITIALS_BEFORE = re.compile(rf"(?<![\w.])(?!U\.[KNS]\.|E\.U\.)(?:[{UP}]\. ?){{1,3}}$")
TITLED_NAME = re.compile(rf"(?<![\w-])([A-Z][a-z]+) [{UP}][{LOW}][\w'’\-]* $")


def _caps_after(text: str, hit: Hit, dictionary: Dictionary) -> re.Match[str] | None:
    """A family name in capitals after a place's name written as a given name is ('Sofia
    LINDQVIST'); a place in capitals ('KAPAN') has no such tail, nor has a name before
    another the dictionary knows ('Sofia BRUSSELS')."""
    after = None if hit.surface.isupper() else NEXT_CAPS.match(text, hit.end)
    return None if after is None or knows_name(dictionary, after.group(1)) else after


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


def org_head_word(word: str) -> bool:
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


OFFICE_OF = re.compile(r"\bOffice\s+of\s+the\s+$")


def _with_office_of(text: str, hit: Hit, dictionary: Dictionary) -> Hit:
    """'the Office of the United Nations High Commissioner for Refugees' is the body the
    dictionary knows by the rest of the name, written whole."""
    before = OFFICE_OF.search(text, max(0, hit.start - 20), hit.start)
    if before is None or not _org_only(hit, dictionary) or NEXT_NAME.match(text, hit.end):
        return hit  # 'the Office of the UN High Commissioner': not the UN's office
    return Hit(before.start(), hit.end, text[before.start() : hit.end], hit.ids)


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
    """The place and the head-word after it that names it again ('Homs province')."""
    match = SAME_PLACE.match(text, hit.end)
    head = match.group("head").lower() if match else ""
    if head in cues.SAME_PLACE_HEADS and not (match.group("of") and head in cues.TOWN_HEADS):
        end = match.end("head")
        return Hit(hit.start, end, text[hit.start : end], hit.ids)
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
