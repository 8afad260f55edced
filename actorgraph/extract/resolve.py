"""Resolve the mentions of one report to entities: pick among ambiguous dictionary entries,
join acronyms to the names they abbreviate, and short forms to the full name they shorten.
Every such decision is kept as a :class:`~actorgraph.model.Merge` with its reason.

Different types never merge: ids carry the type (``person:homs`` is not ``place:homs``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from actorgraph.extract.cues import (
    BY_MEANS,
    HONORIFICS,
    JOURNEY,
    LANGUAGES,
    LOCAL_RULERS,
    LOWERCASE_PLACE_HEADS,
    NAME_PARTICLES,
    ON_DAY,
    ROYAL_TITLES,
    is_given_name,
)
from actorgraph.extract.hits import other_names_listed
from actorgraph.extract.lexicon import zipf
from actorgraph.extract.mention import DESCRIBED_PLACE, HELD_PLACE, PLACE_OF, TOWN_AFTER, Mention
from actorgraph.extract.names import PEERAGES, fronted_place
from actorgraph.ids import entity_id
from actorgraph.model import Entity, Merge
from actorgraph.resolve.dictionary import Dictionary, Entry
from actorgraph.resolve.identity import skeleton
from actorgraph.text import fold_key


@dataclass
class Resolution:
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    merges: list[Merge] = field(default_factory=list)

    def spans(self, kind: str) -> list[tuple[int, int, str]]:
        """``(start, end, entity id)`` of the mentions of one type's entities, in text order."""
        return [(m.start, m.end, m.entity) for m in self.mentions
                if m.entity in self.entities and self.entities[m.entity].type == kind]  # fmt: skip


RULERS = rf"(?i:{'|'.join(sorted(LOCAL_RULERS))})"  # 'Mayor of Z'
IN_PLACE = re.compile(  # 'in Z', a journey's end ('flew to Z'), 'the town of Z'
    rf"\b(?:in|at|near|outside|around|towards?|into|via|{HELD_PLACE}|"
    rf"{JOURNEY}\s+(?:back\s+|together\s+|across\s+|over\s+|on\s+|up\s+|down\s+|out\s+|"
    rf"jointly\s+|{ON_DAY}|{BY_MEANS})?to|(?:{PLACE_OF}|department|county|{RULERS})\s+of(?:\s+the)?)"
    r"\s+$"
)
RARE_WORD = 3.0  # Zipf frequency: a word met less than once in a million words
BASED_WORD = 3.5  # before '-based' the context says more: 'Misrata-based', not 'Community-based'


def resolve(mentions: list[Mention], dictionary: Dictionary, text: str = "") -> Resolution:
    """Assign ``mention.entity`` for every mention that names an entity; drop the rest.
    ``text`` (the report) lets 'X, also known as Y' make one entity of X and Y."""
    result = Resolution()
    countries = _countries(mentions, dictionary)
    for mention in mentions:
        if mention.ids:
            mention.entity = _choose(mention, dictionary, countries)
    _seats(mentions, dictionary, text)
    _acronyms(mentions, result, dictionary)
    _variants(mentions, dictionary, result)
    _full_names(mentions)
    _outlets(mentions, text)
    _group_words(mentions, dictionary)
    _short_forms(mentions, dictionary, result, text)
    _honorific_forms(mentions, result, text)
    surnames = {surname_key(m.surface) for m in mentions if m.type == "Person" and m.entity}
    _rare_places(mentions, dictionary, text, surnames)
    _listed_towns(mentions, dictionary, text, surnames)
    _also_known_as(text, mentions, result)
    _defined_parties(text, mentions, result)
    _one_type_per_name(mentions)
    for mention in mentions:
        if mention.entity:
            _add(result, mention, dictionary)
    return result


def _one_type_per_name(mentions: list[Mention]) -> None:
    """A name the report writes twice is one entity: a place wherever a context typed it one
    ('at State House, Nairobi'), though another read it as a body ('the delegation at State
    House also included'); a body wherever a context called it one ('La X, a Cali-based
    gang'), though its shape alone read it as a person's, unless it opens with a given name."""
    _retyped(mentions, "Place", "Organization")
    _retyped(mentions, "Organization", "Person", _opens_with_given_name)


def _retyped(
    mentions: list[Mention], kind: str, other: str, keep: Callable[[Mention], bool] | None = None
) -> None:
    """Cue mentions typed ``other`` take the entity and type of a cue mention of the same name
    typed ``kind`` (unless ``keep`` says the mention stays as it is)."""
    typed: dict[str, Mention] = {}
    for mention in mentions:
        if mention.entity and mention.source == "cue" and mention.type == kind:
            typed.setdefault(clean_name(mention.surface), mention)
    for mention in mentions:
        same = typed.get(clean_name(mention.surface)) if mention.source == "cue" else None
        if same is None or not mention.entity or mention.type != other:
            continue
        if keep is None or not keep(mention):
            mention.entity, mention.type = same.entity, kind


def _opens_with_given_name(mention: Mention) -> bool:
    return is_given_name(mention.surface.split()[0]) if mention.surface else True


def _countries(mentions: list[Mention], dictionary: Dictionary) -> Counter[str]:
    codes: Counter[str] = Counter()
    for mention in mentions:
        for entry_id in mention.ids:
            entry = dictionary.entries[entry_id]
            if entry.country:
                codes[entry.country] += 1
    return codes


def _choose(mention: Mention, dictionary: Dictionary, countries: Counter[str]) -> str:
    """Prefer curated entries, then the one whose country the report names most (this mention's
    own candidates not counted), then one bound to no country over one bound to a country the
    report never names ('Quad' in a report on Japan is not the Quad for Sudan), then size."""
    entries = [dictionary.entries[i] for i in mention.ids]
    own = Counter(entry.country for entry in entries)

    def score(entry: Entry) -> tuple[int, int, int, int, int]:
        actor = entry.type != "Place"
        named = countries[entry.country] - own[entry.country] if entry.country else 0
        return (entry.source == "seeds", actor, named, entry.country is None, entry.population)

    best = max(entries, key=score)
    mention.type = best.type
    return _capital(best, mention.surface, dictionary) or best.id


AT_SEAT = re.compile(r"\b(?:at|in|inside|outside|near|to)\s+(?:the\s+)?$", re.I)


def _seats(mentions: list[Mention], dictionary: Dictionary, text: str) -> None:
    """'the Kremlin said', then 'met him at the Kremlin': an institution named after its
    building is that building, a place, in a report that puts someone there."""
    seats = [(m, place) for m in mentions if (place := _seat(m, dictionary))]
    located = {p for m, p in seats if AT_SEAT.search(text, max(0, m.start - 12), m.start)}
    for mention, place in seats:
        if place in located:
            mention.entity, mention.type = place, "Place"


def _seat(mention: Mention, dictionary: Dictionary) -> str | None:
    """The building among a mention's entries, when an organization has the same name."""
    entries = [dictionary.entries[i] for i in mention.ids]
    if not any(e.type == "Organization" for e in entries):
        return None
    return next((e.id for e in entries if e.type == "Place" and e.kind == "facility"), None)


def _capital(entry: Entry, surface: str, dictionary: Dictionary) -> str | None:
    """'Homs province' names the province whose capital is Homs: one place with Homs."""
    capital = dictionary.entries.get(entry.capital or "")
    if capital and fold_key(surface).startswith(fold_key(capital.name)):
        return capital.id
    return None


def _acronyms(mentions: list[Mention], result: Resolution, dictionary: Dictionary) -> None:
    defined = _acronym_targets(mentions, result, dictionary)
    for mention in mentions:
        if mention.acronym_of is None and mention.surface in defined:
            mention.entity = defined[mention.surface]


def _acronym_targets(
    mentions: list[Mention], result: Resolution, dictionary: Dictionary
) -> dict[str, str]:
    """Give each acronym in parentheses the entity of the name before it; returns the
    acronyms the report spells out as another name than the dictionary's ('AFP')."""
    defined: dict[str, str] = {}
    for mention in mentions:
        if mention.acronym_of is None:
            continue
        target = mention.acronym_of
        known = mention.entity and _same_words(target.surface, mention.entity, dictionary)
        own = target.entity in (None, mention.entity)  # not 'the Somali National Army (SNA)'
        known = known and own
        if target.entity is None and known and mention.type == target.type:
            target.entity = mention.entity  # "Syrian Observatory ... (SOHR)": SOHR is known
        elif target.entity is None and target.type:
            target.entity = entity_id(target.type, target.surface)
        other = bool(mention.entity) and not known and mention.type == target.type  # AFP
        unknown = mention.entity is None or mention.source == "cue"  # 'the X Party (XP)'
        if (other or (unknown and target.type != "Person")) and target.entity:
            defined[mention.surface] = target.entity
        if target.entity and (unknown or other):
            mention.entity, mention.type = target.entity, target.type
            result.merges.append(Merge(target.entity, mention.surface, "acronym in parentheses"))
    return defined


def _same_words(name: str, entity: str, dictionary: Dictionary) -> bool:
    """Whether a spelled-out name is the dictionary entry's ('Armed Forces of the
    Philippines (AFP)' is not Agence France-Presse): they share most of their words."""
    entry = dictionary.entries.get(entity)
    if entry is None:
        return True
    words = set(fold_key(name).split()) - {"of", "the", "for", "and"}
    known = {w for n in (entry.name, *entry.aliases) for w in fold_key(n).split()}
    return len(words & known) * 2 >= len(words)


def _variants(mentions: list[Mention], dictionary: Dictionary, result: Resolution) -> None:
    """A person the dictionary knows under another spelling ('Haidar al Abadi' for
    'Haider al-Abadi'), and two spellings of one unknown person in the report, are one."""
    seen: dict[str, str] = {}
    for mention in mentions:
        if mention.entity or mention.type != "Person":
            continue
        known = dictionary.by_skeleton(clean_name(mention.surface))
        key = skeleton(clean_name(mention.surface))
        if len(known) == 1:
            mention.entity = known[0].id
            reason = f"transliteration variant of {known[0].name}"
            result.merges.append(Merge(known[0].id, mention.surface, reason))
        elif key and key in seen:
            mention.entity = seen[key]
            result.merges.append(Merge(seen[key], mention.surface, "transliteration variant"))
        elif key:
            mention.entity = seen[key] = entity_id("Person", clean_name(mention.surface))


def _full_names(mentions: list[Mention]) -> None:
    """Cue names with a type become entities named by their surface."""
    for mention in mentions:
        if mention.entity is not None or not mention.type:
            continue
        acronym = mention.surface.isupper() and mention.type == "Organization"
        if len(mention.surface.split()) > 1 or acronym:
            mention.entity = entity_id(mention.type, mention.surface)


def _outlets(mentions: list[Mention], text: str) -> None:
    """'the daily Politika', 'the news website Kabul Now': a one-word name after a news
    outlet's noun is that outlet; so is one its context calls a body ('X, a Moscow-based
    NGO') (``find_mentions`` marks those names)."""
    for mention in mentions:
        named = mention.outlet or mention.described
        if mention.entity is not None or mention.type != "Organization" or not named:
            continue
        cut = re.match(r"[ \t]+[A-Z]", text[mention.end :])  # 'Télé | Sahel': a name cut in two
        if not cut:
            mention.entity = entity_id("Organization", mention.surface)


def _group_words(mentions: list[Mention], dictionary: Dictionary) -> None:
    """'a Houthi negotiator': one word that is the singular of a group the dictionary knows
    ('Houthis') names that group, not a person of that surname."""
    for mention in mentions:
        word = mention.surface
        if mention.entity or mention.type not in (None, "Organization") or " " in word:
            continue
        groups = [e for e in dictionary.lookup(word + "s") if e.type == "Organization"]
        if len(groups) == 1:
            mention.entity, mention.type = groups[0].id, "Organization"


def _rare_places(
    mentions: list[Mention], dictionary: Dictionary, text: str, surnames: set[str]
) -> None:
    """'in Myitkyina': one word typed a place by its context, that English does not use, is
    no person's surname in the report (``surnames``) and no known name with an 's' ('Syrias')."""
    for mention in mentions:
        word = mention.surface
        if mention.entity or mention.type != "Place":
            continue
        if text.startswith("-based", mention.end) and _rare_name(word, surnames, BASED_WORD):
            mention.entity = entity_id("Place", word)  # 'the Savien-based gang'
            continue
        if not _rare_name(word, surnames):
            continue
        known = [  # 'Syrias', 'Houthis'; not 'Goris' beside the town Gori
            e
            for e in (dictionary.lookup(word[:-1]) if word.endswith("s") else [])
            if e.type != "Place" or e.kind == "country"
        ]
        if not known and (
            IN_PLACE.search(text, max(0, mention.start - 30), mention.start)
            or fronted_place(text, mention.start, mention.end)
            or _named_site(text, mention)
            or _venue_in_town(text, mention)
            or DESCRIBED_PLACE.match(text, mention.end) is not None  # 'Zorgho, a town in
            or TOWN_AFTER.match(text, mention.end) is not None  # 'visited Maungdaw town'
        ):
            mention.entity = entity_id("Place", word)


AT_THE = re.compile(r"\b(?:in|at|near|outside)\s+the\s+$")
SITE_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?([a-z]+)\b")


AT_THE_VENUE = re.compile(r"\bat\s+the\s+$")
IN_TOWN_AFTER = re.compile(r"\s+in\s+(?-i:[A-Z])")


def _venue_in_town(text: str, mention: Mention) -> bool:
    """'at the Quirinale in Rome': a word English does not use, after 'at the' and before the
    town it stands in, names a venue."""
    before = AT_THE_VENUE.search(text, max(0, mention.start - 8), mention.start)
    return before is not None and IN_TOWN_AFTER.match(text, mention.end) is not None


def _named_site(text: str, mention: Mention) -> bool:
    """'at the Diriyah guest palace', 'near the Tiko airport': the town a site is named for."""
    after = SITE_AFTER.match(text, mention.end)
    site = after is not None and after.group(1) in LOWERCASE_PLACE_HEADS
    return site and AT_THE.search(text, max(0, mention.start - 12), mention.start) is not None


def _rare_name(word: str, surnames: set[str], limit: float = RARE_WORD) -> bool:
    """One word that English does not use (rarer than ``limit``; 'Pétion-Ville', 'al-Ariqa':
    capitalised parts joined by hyphens, after an article or not, which English never writes),
    no language and no person of the report's surname."""
    parts = word.split("-")
    article = parts[0] in NAME_PARTICLES  # 'al-', 'el-', 'ad-'
    capitals = all(p[:1].isupper() and p.isalpha() for p in parts[1 if article else 0 :])
    hyphened = len(parts) > 1 and capitals
    rare = zipf(word.lower()) < limit if word.isalpha() else hyphened
    return rare and surname_key(word) not in surnames and word.lower() not in LANGUAGES


LISTED = re.compile(r",\s+|,?\s+(?:and|or)\s+")
LAST_OF_LIST = re.compile(r",?\s+(?:and|or)\s+")
LISTED_KINDS = ("city", "town")


def _listed_towns(
    mentions: list[Mention], dictionary: Dictionary, text: str, surnames: set[str]
) -> None:
    """'around Kidal and Tessalit', 'in Kidal, Tessalit and Aguelhok': rare names left without
    an entity, listed with a town the gazetteer knows or a place its context typed (none of
    them a person's surname in the report), are towns too."""
    for items in _lists(mentions, text):
        if any(_known_town(m, dictionary, surnames) or _rare_place(m, dictionary) for m in items):
            for other in items:
                unnamed = other.entity is None and other.type in (None, "Place")
                if unnamed and _rare_name(other.surface, surnames):
                    other.entity, other.type = entity_id("Place", other.surface), "Place"


def _lists(mentions: list[Mention], text: str) -> Iterator[list[Mention]]:
    """Runs of mentions joined by commas and a last 'and'/'or' ('A, B and C')."""
    run: list[Mention] = mentions[:1]
    for left, right in zip(mentions, mentions[1:], strict=False):
        gap = text[left.end : right.start]
        if LISTED.fullmatch(gap):
            run.append(right)
            if LAST_OF_LIST.fullmatch(gap):
                yield run
                run = [right]
            continue
        run = [right]


def _rare_place(mention: Mention, dictionary: Dictionary) -> bool:
    """A place its context typed that the gazetteer lacks ('in Kidal' made it a place)."""
    return (
        mention.type == "Place"
        and bool(mention.entity)
        and mention.entity not in dictionary.entries
    )


def _known_town(mention: Mention, dictionary: Dictionary, surnames: set[str]) -> bool:
    entity = dictionary.entries.get(mention.entity or "")
    town = entity is not None and entity.type == "Place" and entity.kind in LISTED_KINDS
    return town and surname_key(mention.surface) not in surnames


def surname_key(name: str) -> str:
    """``al-Assad`` -> ``assad``; the last word of a name without particles or apostrophes.

    >>> surname_key("Bashar al-Assad"), surname_key("Qa'ani"), surname_key("Lord Ahmad of Kew")
    ('assad', 'qaani', 'ahmad')
    """
    last = fold_key(name).replace("'", "").split()
    if last[:1] and last[0] in PEERAGES and "of" in last:
        last = last[: last.index("of")]  # 'Lord Collins of Highbury': Collins
    while len(last) > 1 and last[-2] in NAME_PARTICLES:
        last = last[:-2] + [last[-2] + last[-1]]
    word = last[-1] if last else ""
    for particle in ("al", "el"):
        if word.startswith(particle) and len(word) > len(particle) + 2 and word != "ali":
            word = word[len(particle) :] if _strip_particle(name) else word
    return word


def _strip_particle(name: str) -> bool:
    return bool(re.search(r"\b(al|el)[-\s]\w+$", name, re.I))


def _short_forms(
    mentions: list[Mention], dictionary: Dictionary, result: Resolution, text: str = ""
) -> None:
    """A lone surname (``Kurilla``, ``al-Sudani``) is the person of that surname in the report
    (also when a gazetteer town has the name: 'Michael Langley ... Langley said', not 'in
    Langley')."""
    people: dict[str, str] = {}
    words: dict[str, set[str]] = {}  # each person's name words, as the report writes them
    tails = _double_surnames(mentions)
    for mention in mentions:
        if not (mention.entity and mention.type == "Person"):
            continue
        name = clean_name(mention.surface)
        if " " in name and name not in tails:
            people.setdefault(surname_key(name), mention.entity)
        words.setdefault(mention.entity, set()).update(_name_words(mention.surface))
    for mention in mentions:  # after every last word: 'Castillo' of 'Wilmer Castillo Mora'
        if mention.entity and mention.type == "Person" and (first := _first_surname(mention)):
            people.setdefault(first, mention.entity)
    firsts = _family_first(mentions, set(people))
    for mention in mentions:
        town = _town(mention, dictionary) and not IN_PLACE.search(
            text, max(0, mention.start - 30), mention.start
        )
        if mention.entity and mention.source == "dictionary" and not town:
            continue
        if (mention.type not in (None, "Person") and not town) or len(mention.surface.split()) > 2:
            continue
        key = surname_key(mention.surface)
        lone = " " not in mention.surface
        target = people.get(key) or (firsts.get(_word_key(mention.surface)) if lone else None)
        if target and _relative(mention, words.get(target, set()), text):
            target = None  # 'Ibrahim Dbeibah' beside 'Abdul Hamid Dbeibah': his nephew
        if target:
            mention.entity, mention.type = target, "Person"
            result.merges.append(
                Merge(target, mention.surface, "short form of a name in the report")
            )
        elif mention.type == "Person":
            mention.entity = entity_id("Person", mention.surface)


def _first_surname(mention: Mention) -> str | None:
    """The first of two surnames ('Castillo' of 'Wilmer Andrés Castillo Mora', 'Andrade' of
    'Verónica Andrade Salazar'): written alone, it is the person, as in Spanish and
    Portuguese usage; not a given name, a particle or a title."""
    words = clean_name(mention.surface).split()
    if len(words) < 3 or not is_given_name(words[0]):
        return None
    word = words[-2]
    if not word[:1].isupper() or is_given_name(word) or fold_key(word) in NAME_PARTICLES:
        return None
    return None if word.lower() in TITLE_WORDS else surname_key(word)


def _double_surnames(mentions: list[Mention]) -> set[str]:
    """The last two words of the report's longer names of people ('Ruiz Massieu' of 'Carlos
    Ruiz Massieu'): written alone, even before the whole name, they are its short form."""
    names = [clean_name(m.surface).split() for m in mentions if m.type == "Person"]
    return {" ".join(words[-2:]) for words in names if len(words) > 2}


HONORIFIC_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(HONORIFICS) + list(ROYAL_TITLES))})\s+$", re.I
)
Owners = dict[tuple[str, ...], list[tuple[Mention, bool]]]


def _honorific_forms(mentions: list[Mention], result: Resolution, text: str) -> None:
    """'Sheikh Mohammed', 'Sayyid Badr': an honorific and the first words of a longer name
    of the report are that person (the one the honorific introduced first), before any
    organization the dictionary knows by the word ('Badr')."""
    owners = _name_starts(mentions, text)
    for mention in mentions:
        words = tuple(clean_name(mention.surface).split())
        if not 1 <= len(words) <= 3 or not _honorific(text, mention.start):
            continue
        target = _honoured(mention, owners.get(words, []))
        if target and target != mention.entity:
            mention.entity, mention.type = target, "Person"
            result.merges.append(Merge(target, mention.surface, "honorific and given name"))


def _name_starts(mentions: list[Mention], text: str) -> Owners:
    """The people of the report's longer names (three words or more) by their first one to
    three words, each with whether an honorific introduced them."""
    found: Owners = {}
    for m in mentions:
        if m.entity and m.type == "Person" and len(m.surface.split()) > 2:
            words = _untitled(clean_name(m.surface).split())  # 'Prince Faisal bin Farhan'
            for size in (1, 2, 3):
                found.setdefault(words[:size], []).append((m, _honorific(text, m.start)))
    return found


TITLE_WORDS = frozenset(HONORIFICS) | frozenset(ROYAL_TITLES)


def _untitled(words: list[str]) -> tuple[str, ...]:
    """A name's words without the honorific or royal title it opens with."""
    while len(words) > 1 and words[0].lower() in TITLE_WORDS:
        words = words[1:]
    return tuple(words)


def _honoured(mention: Mention, starts: list[tuple[Mention, bool]]) -> str | None:
    others = [(m, titled) for m, titled in starts if m is not mention]
    honoured = {m.entity for m, titled in others if titled}
    owners = honoured or {m.entity for m, _ in others}
    return next(iter(owners)) if len(owners) == 1 else None  # type: ignore[arg-type]


def _honorific(text: str, start: int) -> bool:
    return HONORIFIC_BEFORE.search(text, max(0, start - 12), start) is not None


def _town(mention: Mention, dictionary: Dictionary) -> bool:
    """A one-word gazetteer town, nothing else the dictionary knows ('Langley')."""
    entries = [dictionary.entries[i] for i in mention.ids]
    return (
        bool(entries)
        and " " not in mention.surface
        and all(e.source == "geonames" and e.kind == "city" for e in entries)
    )


def _family_first(mentions: list[Mention], surnames: set[str]) -> dict[str, str]:
    """Lone words that name one person of the report: the first word of a two- or three-word
    name ('Wang' of 'Wang Yi', 'Abiy' of 'Abiy Ahmed': the family name may come first) and
    the father's name after 'bin' ('Farhan' of 'Faisal bin Farhan'), when one person alone
    has it and no one has it as a surname."""
    owners: dict[str, set[str]] = {}
    for mention in mentions:
        words = clean_name(mention.surface).split()
        if not (mention.entity and mention.type == "Person"):
            continue
        if len(words) in (2, 3):  # the whole word: 'Saint-Marc' is not 'Jean-Marc'
            owners.setdefault(_word_key(words[0]), set()).add(mention.entity)
        if len(words) > 2 and words[-2].lower() in PATRONYMIC:
            owners.setdefault(_word_key(words[-1]), set()).add(mention.entity)
        if len(words) == 3 and _family_middle(words[1]):  # 'Aroldo Lázaro Sáenz': Lázaro
            owners.setdefault(_word_key(words[1]), set()).add(mention.entity)
    return {k: next(iter(v)) for k, v in owners.items() if len(v) == 1 and k not in surnames}


def _word_key(word: str) -> str:
    """One word of a name as the report may write it alone (folded, no apostrophes)."""
    return fold_key(word).replace("'", "")


PATRONYMIC = {"bin", "ibn", "bint", "ben"}
MIDDLE_RARE = 3.0  # Zipf frequency below which a middle name word reads as a family name


def _family_middle(word: str) -> bool:
    """The middle word of a three-word name that is a family name, not a given name
    (Spanish and Arabic names: 'Aroldo Lázaro Sáenz', 'Muhammad Darwish Ismail')."""
    plain = word.lower()
    rare = word[:1].isupper() and word.isalpha() and zipf(plain) < MIDDLE_RARE
    return rare and plain not in NAME_PARTICLES and not is_given_name(word)


def _name_words(surface: str) -> set[str]:
    return {w.lower() for w in clean_name(surface).split()}


def _relative(mention: Mention, known: set[str], text: str) -> bool:
    """Another person of the family: another given name, where no list of other names is."""
    return _another_given_name(mention.surface, known) and not other_names_listed(
        text, mention.start
    )


def _another_given_name(surface: str, known: set[str]) -> bool:
    """A two-word name whose first word is a given name the person of that surname does not
    bear: a relative, another person ('Abdel Rahim' beside 'Mohamed Hamdan Dagalo')."""
    first = clean_name(surface).split()[0]
    return len(surface.split()) > 1 and first.lower() not in known and is_given_name(first)


def clean_name(surface: str) -> str:
    """Without possessive 's and without quote marks around a nickname.

    >>> clean_name("Michael “Erik” Kurilla"), clean_name("Qaani’s")
    ('Michael Erik Kurilla', 'Qaani')
    """
    name = re.sub(r"['’]s$", "", surface).strip()
    return " ".join(re.sub(r"[“”\"]|(?<!\w)['‘’]|['‘’](?!\w)", "", name).split())


def _add(result: Resolution, mention: Mention, dictionary: Dictionary) -> None:
    entity_id_ = mention.entity or ""
    surface = clean_name(mention.surface)
    entity = result.entities.get(entity_id_)
    if entity is None:
        entity = _new_entity(entity_id_, mention, dictionary)
        result.entities[entity_id_] = entity
    if entity.source == "cue" and len(surface) > len(entity.name):
        entity.aliases.append(entity.name)  # the fullest form used in the text is the name
        entity.name = surface
    if surface not in entity.aliases and surface != entity.name:
        entity.aliases.append(surface)
    entity.mentions.append((mention.start, mention.end))
    result.mentions.append(mention)


def _new_entity(entity_id_: str, mention: Mention, dictionary: Dictionary) -> Entity:
    entry = dictionary.entries.get(entity_id_)
    if entry is not None:
        return Entity(
            entity_id_,
            entry.type,
            entry.name,
            source=entry.source,
            confidence=1.0,
            lat=entry.lat,
            lon=entry.lon,
            countryCode=entry.country,
            aliases=_short_form(entry.name, entry.kind),
        )
    name = clean_name(mention.surface)
    kind = mention.type or "Organization"
    aliases = _division_short_form(name) if kind == "Place" else []
    return Entity(entity_id_, kind, name, source="cue", confidence=0.6, aliases=aliases)


# the words for a division's level written after its name: the dictionary's provinces', and
# those of divisions the dictionary does not know
ADMIN_LEVELS = r"Region|Province|State|Oblast|Governorate|Department|Prefecture"
ADMIN_SUFFIX = re.compile(rf"\s+(?:{ADMIN_LEVELS})$", re.I)
DIVISION_SUFFIX = re.compile(
    rf"\s+(?:{ADMIN_LEVELS}|District|County|Tehsil|Territory|Upazila|Barangay|"
    r"Local\s+Government\s+Area|LGA)$",
    re.I,
)


def _division_short_form(name: str) -> list[str]:
    """'Bajaur district' is also 'Bajaur': a division the dictionary does not know, named
    without the word for its level."""
    short = DIVISION_SUFFIX.sub("", name)
    return [short] if short != name and short[:1].isupper() else []


def _short_form(name: str, kind: str | None) -> list[str]:
    """'Kandahar Province' is also 'Kandahar': the province's name without its suffix (kept
    out of the dictionary's aliases where a town has that name)."""
    short = ADMIN_SUFFIX.sub("", name) if kind == "province" else name
    return [short] if short != name else []


AKA = re.compile(  # the other name may stand in quotes: 'X, alias "Y"'
    r"(?:(?:[,(]|\s[-–—])?\s*(?:(?:also|better|widely|popularly)\s+)?known\s+(?:by\s+the\s+"
    r"(?:\w+\s+){0,2})?as|\ba\.?k\.?a\.?|\balias|\bnom\s+de\s+guerre)\s+[\"“‘']?$",
    re.I,
)


# an agreement's defined parties: 'The First Party: the X ...', 'X (hereinafter "the Second
# Party")': the term is X wherever the text uses it
PARTY_TERM = re.compile(r"(?:the\s+)?((?:first|second|third|fourth)\s+party)", re.I)
PARTY_DEFINED = re.compile(
    r"(?im)^\W*(?:the\s+)?((?:first|second|third|fourth)\s+party)\s*:\s*(?:the\s+)?"
    r"(?:(?:forces|units|delegation|representatives|members)\s+of\s+(?:the\s+)?)?$"
)
PARTY_AFTER = re.compile(
    r"^\s*\((?:hereinafter|hereafter)?\s*(?:(?:referred\s+to|called)\s+as\s+)?[\"“]?(?:the\s+)?"
    r"((?:first|second|third|fourth)\s+party)[\"”]?\)",
    re.I,
)


def _defined_parties(text: str, mentions: list[Mention], result: Resolution) -> None:
    """'The First Party: the Taiz Military Axis ...': every 'First Party' is that body."""
    bodies = [m for m in mentions if m.entity and m.type == "Organization"]
    defined: dict[str, Mention] = {}
    for mention in bodies:
        before = PARTY_DEFINED.search(text[max(0, mention.start - 40) : mention.start])
        after = PARTY_AFTER.match(text, mention.end)
        term = (before or after).group(1) if before or after else None
        if term and not PARTY_TERM.fullmatch(mention.surface):
            defined.setdefault(fold_key(term), mention)
    for mention in bodies:
        body = defined.get(fold_key(PARTY_TERM.sub(r"\1", mention.surface)))
        if (
            body is not None
            and PARTY_TERM.fullmatch(mention.surface)
            and mention.entity != body.entity
        ):
            mention.entity = body.entity
            result.merges.append(Merge(body.entity or "", mention.surface, "defined party"))


def _also_known_as(text: str, mentions: list[Mention], result: Resolution) -> None:
    """'X, also known as Y' / 'X (a.k.a. Y)': Y is another name of X (a merge, kept)."""
    named = [m for m in mentions if m.entity]
    for before, after in zip(named, named[1:], strict=False):
        gap = text[before.end : after.start]
        same = before.type == after.type != "Place" and before.entity != after.entity
        if same and len(gap) <= 40 and AKA.search(gap):
            old = after.entity
            for mention in named:
                if mention.entity == old:
                    mention.entity = before.entity
            result.merges.append(Merge(before.entity or "", after.surface, "also known as"))
