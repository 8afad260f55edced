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

from actorgraph.extract import acronyms, cues, ner
from actorgraph.extract.hits import (
    extend_hits,
    family_name_after,
    family_name_place,
    from_hit,
    named_town,
)
from actorgraph.extract.lexicon import zipf
from actorgraph.extract.mention import Mention
from actorgraph.extract.names import (
    base_town,
    candidate,
    is_headline,
    split_run,
    split_titles,
    undescribed,
    with_head_word,
)
from actorgraph.extract.spans import SpanIndex
from actorgraph.extract.tokens import Token, capital_runs, tokenize
from actorgraph.resolve.dictionary import Dictionary, Hit
from actorgraph.text import VALEDICTION, last_lines, sentences

DATELINE = re.compile(
    r"^([A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+)*),\s+(?:([A-Z][a-z]{1,4}\.),?\s)?", re.M
)


def _refused(hit: Hit, dictionary: Dictionary, text: str) -> bool:
    """A hit that is a given name or the end of a family name, not the town it spells."""
    return (
        named_town(hit, dictionary)
        or family_name_place(hit, dictionary, text)
        or family_name_after(hit, dictionary, text)
    )


def find_mentions(text: str, dictionary: Dictionary) -> list[Mention]:
    """Dictionary hits and cue-typed names, left to right, never overlapping."""
    found = [h for h in dictionary.find(text) if not _refused(h, dictionary, text)]
    hits, facilities = extend_hits(text, found, dictionary)
    mentions = [from_hit(h, dictionary) for h in hits] + facilities
    covered = SpanIndex([(h.start, h.end) for h in hits] + [(m.start, m.end) for m in facilities])
    signed = _signature_start(text)
    for sentence in sentences(text):
        tokens = tokenize(sentence.text, sentence.start)
        headline = is_headline(tokens) and sentence.start < signed  # not a signature's lines
        position = {tok.start: i for i, tok in enumerate(tokens)}
        for run in capital_runs(tokens):
            mentions += base_town(text, run, covered)
            run = undescribed(run)  # 'the Bosniak-led Party of ...': the party's name
            opening = run[0] is tokens[0] and (_opening_gerund(run, covered) or _opening_verb(run))
            run = run[1:] if opening else run
            if not run:
                continue
            run, head_type = with_head_word(run, tokens, position)
            for piece in split_run(run, covered):
                for part in split_titles(piece, dictionary):
                    mention = candidate(text, part, head_type, headline)
                    if mention is not None:
                        mentions.append(mention)
    mentions += _numbered_camps(text, covered)
    mentions = _second_opinion(text, _datelines(text, mentions, covered))
    mentions = _name_tails(text, _with_long_forms(text, mentions))
    mentions = _bilateral_bodies(text, mentions)
    mentions = _numbered_units(text, mentions)
    mentions = _short_forms(text, _legal_forms(text, mentions))
    mentions.sort(key=lambda m: m.start)
    mentions = _missions_in(text, mentions)
    _link_acronyms(text, mentions)
    _title_hits(text, mentions)
    _agencies(text, mentions, dictionary)
    return [m for m in mentions if not _bare_acronym(m) and m.surface not in cues.ROLE_ACRONYMS]


NUMBERED_CAMP = re.compile(r"\bCamp\s+\d{1,3}[A-Z]?\b")  # 'Camp 26', 'Camp 8E'
GERUND_STEM = 4.0  # the stem is a common English word: 'forward', 'quote', 'cite', 'thank'


def _numbered_camps(text: str, covered: SpanIndex) -> list[Mention]:
    """A camp named by its number ('in Camp 26'): a place, as refugee camps are named."""
    return [
        Mention(m.start(), m.end(), m.group(), "Place", source="cue")
        for m in NUMBERED_CAMP.finditer(text)
        if not covered.overlaps(m.start(), m.end())
    ]


def _opening_gerund(run: list[Token], covered: SpanIndex) -> bool:
    """'Forwarding A's note', 'Quoting A, the paper said': the verb that opens the sentence
    (an English verb's '-ing' form), not the first word of the name after it."""
    word = run[0].text
    if len(run) < 2 or not word.endswith("ing") or len(word) < 6 or cues.is_given_name(word):
        return False
    if covered.overlaps(run[0].start, run[0].end):
        return False
    stem = word[:-3].lower()
    stems = (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem)
    return any(zipf(s) >= GERUND_STEM for s in stems)


# a diary's sentence that opens on its verb, its subject left out: 'Met B at noon'
OPENING_VERBS = frozenset(verb.split()[0] for verb in cues.DIARY_VERBS)


def _opening_verb(run: list[Token]) -> bool:
    """'Met Sadio Keita at the town hall': the verb, not the first word of the name
    ('Met Office' is a name: a body's head-word follows)."""
    if len(run) < 2 or run[0].text.lower() not in OPENING_VERBS:
        return False
    return not cues.heads_a_body(run[1].bare)


SEPARATOR = re.compile(r"[ \t]*(?:--|—|–)[ \t]*")


# an official text's closing formula, before its signatories: 'APPROVED, this 17th day of
# September 2026, in the City of Manila.', 'Done at Muscat on 9 May 2026.', 'Signed:'
SIGNED_OFF = re.compile(
    r"[ \t]*(?:approved|adopted|done\s+(?:at|in)|signed|issued\s+(?:at|in))\b[^\n]*", re.I
)


def _signature_start(text: str) -> int:
    """Where a signature block begins: after the last valediction ('Best regards,'), '--'
    line or closing formula among the last lines; the text's end if there is none."""
    signed = len(text)
    for start, end in last_lines(text):
        closing = VALEDICTION.fullmatch(text, start, end) or SEPARATOR.fullmatch(text, start, end)
        if closing or SIGNED_OFF.fullmatch(text, start, end):
            signed = end + 1
    return signed


def _with_long_forms(text: str, mentions: list[Mention]) -> list[Mention]:
    """'United Nations Support Mission in Libya (UNSMIL)': the name the acronym spells out is
    one mention, in place of the names and words inside it."""
    for start, end in acronyms.long_forms(text):
        owner = OWNED_FORM.match(text, start, end)  # "the X's Civil Protection ... (ECHO)": X's
        body = owner and any(  # an organization's, not a country's ('Nigeria's X Service')
            m.type == "Organization" and m.start == start and m.end == owner.end(1)
            for m in mentions
        )
        start = owner.end() if body and " " in text[owner.end() : end].strip() else start
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


OWNED_FORM = re.compile(r"([^'’]{2,60}?)['’]s\s+(?=[A-Z])")  # an owner's name before a body's name
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


# a company's legal form after the comma of its name: 'X Parts Co., Ltd.', 'Y Holdings, Inc.'
LEGAL_FORM = re.compile(r",?\s+(?:" + "|".join(cues.LEGAL_FORMS) + r")\b\.?")


def _legal_forms(text: str, mentions: list[Mention]) -> list[Mention]:
    """An organization's name runs on over the legal form after its comma ('Co., Ltd.')."""
    longer = []
    for org in [m for m in mentions if m.type == "Organization"]:
        match = LEGAL_FORM.match(text, org.end)
        if match:
            end = match.end()
            longer.append(
                Mention(org.start, end, text[org.start : end], org.type, org.ids, org.source)
            )
    return _in_place_of(mentions, _index(mentions), longer) if longer else mentions


# a short form in parentheses after a name: 'Gulf Star Marine LLC (Gulf Star)'
SHORT_FORM = re.compile(r"\s*\(([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})\)")


def _short_forms(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Gulf Star Marine LLC (Gulf Star)': the first words of an organization's name, given in
    parentheses, name it there and wherever the report uses them after (not an acronym: those
    are linked by ``_link_acronyms``); one scan of the text for all of them."""
    defined: dict[str, int] = {}  # short form -> where its definition starts
    for org in [m for m in mentions if m.type == "Organization"]:
        match = SHORT_FORM.match(text, org.end)
        short = match.group(1) if match else ""
        leading = org.surface.split()[: len(short.split())] == short.split()
        if leading and len(short) > 3 and not short.isupper() and short != org.surface:
            defined.setdefault(short, match.start(1))
    if not defined:
        return mentions
    longest = sorted(defined, key=len, reverse=True)  # "Gulf Star" before "Gulf"
    uses = re.compile(r"(?<![\w\-])(?:" + "|".join(map(re.escape, longest)) + r")(?![\w\-])")
    index = _index(mentions)
    after = [m for m in uses.finditer(text)
             if m.start() >= defined[m.group(0)] and _uncrossed(index, *m.span())]  # fmt: skip
    new = [Mention(m.start(), m.end(), m.group(0), "Organization", (), "cue") for m in after]
    return _in_place_of(mentions, index, new)


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
        if _uncrossed(index, start, end):  # no mention crosses the tail
            added.append(Mention(start, end, match.group(), "Person", (), "cue"))
    return _in_place_of(mentions, index, added)


def _uncrossed(index: SpanIndex, start: int, end: int) -> bool:
    """No mention of ``index`` runs across ``start`` or ``end`` (those inside may)."""
    near = [s for s in index.starting_in(start - index.longest, end) if s[1] > start]
    return all(start <= s[0] and s[1] <= end for s in near)


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


def _datelines(text: str, mentions: list[Mention], covered: SpanIndex) -> list[Mention]:
    """'TAMPA, Fla. –' at the start of a line: the city (and state) where it was written."""
    for match in DATELINE.finditer(text):
        for group in (1, 2):
            start, end = match.span(group)
            if start < 0 or covered.overlaps(start, end) or _issuer(text[start:end]):
                continue
            mentions = [m for m in mentions if not (m.start < end and start < m.end)]
            mentions.append(Mention(start, end, text[start:end], "Place", (), "cue"))
    return mentions


BODY_HEADS = cues.ORG_HEADS | cues.MEDIA_HEADS


def _issuer(capitals: str) -> bool:
    """'MINISTRY OF FOREIGN AFFAIRS, Tallinn (...) -': the body that issued a press release,
    not the city it was filed from."""
    return any(word.lower() in BODY_HEADS for word in capitals.split())


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
            and not _person_in_brackets(previous, mention)
        ):
            mention.acronym_of = previous
            if mention.source == "cue" or mention.type is None:
                mention.type = previous.type


def _person_in_brackets(body: Mention, parenthesised: Mention) -> bool:
    """'The Chair of the X Committee (Jane Doe):': a person's name after a body, the person
    who holds its office, not another name of the body."""
    words = parenthesised.surface.split()
    return body.type != "Person" and len(words) >= 2 and cues.is_given_name(words[0])


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
