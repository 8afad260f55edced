"""Light coreference: pronouns ("He", "his") and definite role nouns ("the commander",
"the armed group") resolve to the most salient person or organization before them ("the
group" with none in its sentence: the organization the sentence before opened with, unless
the report names another at least twice as often; else the one the report has named most,
three times or more, if more often than the last one named; never a news outlet), and
plural references ("these groups", "all of these militias") to the last list of
organizations.

The salient person of a sentence is its first person; a pronoun takes the first person
earlier in its own sentence, else the salient person of the nearest sentence before.

>>> from actorgraph.text import sentences
>>> text = "Militias such as A, B and C joined. All of these groups oppose D."
>>> class R:
...     entities = {k: type("E", (), {"id": k, "type": "Organization"}) for k in "ABCD"}
...     mentions = [type("M", (), {"start": text.index(k), "end": text.index(k) + 1,
...                 "entity": k}) for k in "ABCD"]
>>> [(text[s:e], i.split(JOIN)) for s, e, i in references(text, sentences(text), R)][4:]
[('All of these groups', ['A', 'B', 'C'])]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from itertools import combinations, islice

from actorgraph.extract import cues
from actorgraph.extract.spans import SpanIndex
from actorgraph.extract.template import JOIN
from actorgraph.resolve.dictionary import load
from actorgraph.text import Sentence

TALKS_WITH = r"\s+(?:[\w\-]+\s+)?(?:talks|meetings?|discussions)\s+with\b"  # 'his talks with'
PERSON_REF = re.compile(
    r"\b(?:(?-i:[Hh]e|[Ss]he|[Hh]im)|(?:his|her)(?=\s+(?:first|second|third|next|last|final|only)(?:\s+"
    r"(?:stop|engagement|appointment|port\s+of\s+call)\b|\s*,[^,;]{1,40},\s+was\b))|"
    # 'his talks with B': the one who held them (the sentence's person before it, or the last)
    rf"(?:his|her)(?={TALKS_WITH})|"
    r"the\s+(?:(?-i:[A-Z])\w+\s+|top\s+|senior\s+|visiting\s+){0,2}(?:commander|minister|president|general|official|"
    r"spokesman|spokeswoman|envoy|leader|diplomat|cleric|ambassador|prime\s+minister|"
    r"secretary|chief|king|emir|crown\s+prince|prince|sultan|sheikh|coordinator|representative|chancellor)|"
    r"(?:his|her|the)\s+(?:visiting\s+)?guest)\b(?!\s+of\b|[-\s]general\b)",
    re.I,
)
HIS_TALKS = re.compile(TALKS_WITH, re.I)
# a body's offices that 'its' may open ('Its spokesman, A,', '; its deputy is B')
ITS_OFFICES = (
    "leader|chief|commander|founder|spokesman|spokeswoman|spokesperson|head|deputy|treasurer|"
    "secretary|director|chairman|chairwoman|chair|president"
)
IT = re.compile(
    r"^Their(?=\s+(?:[a-z][\w\-]*\s+){0,2}?(?:leader|chief|commander|founder|spokesman|"
    r"spokesperson|negotiator|head|deputy)\s+[A-Z])|"
    # a second clause about the subject: 'X is led by A; its deputy is B'
    rf"(?<=;\s)its(?=\s+(?:[a-z][\w\-]*\s+){{0,2}}?(?:{ITS_OFFICES})\b)|"
    rf"^Its(?=\s+(?:[a-z][\w\-]*\s+){{0,2}}?(?:wing|arm|branch|{ITS_OFFICES}|financier|"
    r"headquarters|affiliate|fighters|forces|troops|"
    r"militants|gunmen|militiamen|combatants|soldiers|units)\b)|^It\b(?!\s+(?:is|was|has\s+been|had\s+been|will|would|seems|remains)\s+(?:\w+\s+)?"
    r"(?:that|to|not|unclear|likely|possible|important|clear|said|reported|believed|expected|"
    r"known|time|true|hard|difficult|worth|a\b|an\b|the\b))"
)
ORG_REF = re.compile(
    r"\b(?:[Tt]he\s+(?:[a-z][a-z\-]+\s+){0,2}?"
    r"(?:group|organization|organisation|militia|movement|party|force|agency))\b"
    r"(?!\s+of\b)(?!'s\s+\w+\s+of\b)(?!\s+[A-Z])(?!\s*\()|"
    # 'the Iran-backed group': the noun alone, so that its backer stays a name of its own
    r"(?<=[a-z]-backed\s)(?:group|militia|movement|organi[sz]ation|faction)\b(?!\s+of\b)",
)
APPOSED_BACKED = re.compile(r",\s+an?\s+[\w.\-]+-backed\s+$")
# "these groups", "all of these militias": the last list of three or more before
PLURAL_REF = re.compile(
    r"\b(?:(?:all|each|both|many|some|most)\s+(?:of\s+)?)?(?:these|those|the\s+three)\s+"
    r"(?:[a-z][a-z\-]+\s+)?(?:groups|militias|organi[sz]ations|factions|movements|parties)\b",
    re.I,
)
# what may stand between two organizations of one list: "A, B (the C), and the D"
LIST_GAP = re.compile(
    r"^(?:\s*(?:[A-Z][\w'’\-]*|al|el|ul|ibn|bin|of)){0,3}\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+)?$"
)
PARENS = re.compile(r"\([^()]*\)")
# "the Iranian ambassador to Lebanon Mohammad Feroznia": a title before the name, no reference
TITLE = re.compile(r"(?:\s+(?:to|in)\s+[A-Z][\w\-]+)?,?\s+[A-Z]")
MIN_LIST = 3
LIST_REACH = 3  # sentences a plural reference looks back; it takes their longest list

Ref = tuple[int, int, str]
TOPIC = "topic"  # the key of ``salient`` for the organization the report is most about
VISITOR = "visitor"  # the key of ``salient`` for the person whose stops are told
OPENER = "opener"  # the organization the sentence before opened with, as its subject
ARRIVED = "arrived"  # the last person a sentence says arrived, travelled or visited


def references(
    text: str, spans: list[Sentence], resolution: object, roles: list[Ref] | None = None
) -> list[Ref]:
    """Resolved mentions plus pronoun/definite references, as ``(start, end, entity_id)``;
    ``roles`` already resolved ('the Uzbek president') count as mentions of their person."""
    mentions = [(m.start, m.end, m.entity) for m in resolution.mentions if m.entity]  # type: ignore[attr-defined]
    mentions = sorted(mentions + list(roles or []))
    kinds = {e.id: e.type for e in resolution.entities.values()}  # type: ignore[attr-defined]
    refs: list[Ref] = list(mentions)
    # the last person and organization named, and the visitor whose stops 'his first stop ...'
    # tells (the first one it names, for every stop after)
    salient: dict[str, str | None] = {
        "Person": None,
        "Organization": None,
        VISITOR: None,
        TOPIC: None,
        OPENER: None,
        ARRIVED: None,
    }
    lists: list[str] = []  # the lists of organizations of the last sentences, one per sentence
    index = SpanIndex(mentions)
    recent: list[str] = []  # the last three people named before the sentence, in order
    party: list[str] = []  # the people the sentence before opened with, together ('A and B')
    protagonist: str | None = None  # the first person the report names
    holders = _holders(text, mentions, kinds)
    counts: Counter[str] = Counter()
    top: str | None = None  # the organization named most so far
    genders = _titled_genders(text, mentions, kinds)  # who is 'she' and who 'he'
    publishers = _publishers(text, mentions)  # 'Z, 5 May (AGENCY) --': not the report's topic
    for sentence in spans:
        inside = index.starting_in(sentence.start, sentence.end)
        resolved = _resolve_in(text, sentence, inside, kinds, salient, holders, (genders, recent))
        resolved = [r for r in resolved if not _opens(r, inside)]
        refs += resolved
        trios = [g for g in lists if g.count(JOIN) >= MIN_LIST - 1]
        refs += _plural(sentence, inside, max(trios, key=len, default=None))
        two = next((g for g in reversed(lists) if g.count(JOIN) == 1), None)
        refs += _plural(sentence, inside, two, GROUP_PAIR_REF)  # 'A and B ... Both groups'
        refs += _pair(sentence, sorted(inside + resolved), recent, kinds, holders)
        refs += _they(sentence, inside, party, recent)
        party = _party(text, sentence, inside, kinds)
        trio = JOIN.join(recent) if len(recent) == 3 else None
        refs += _plural(sentence, inside, trio, TRIO_REF)
        if protagonist is None:
            protagonist = next((m[2] for m in inside if kinds.get(m[2]) == "Person"), None)
        refs += _honorifics(text, sentence, inside, protagonist)
        recent = _last_people(recent, sorted(inside + resolved), kinds)  # 'he' names one too
        told = sorted(inside + [r for r in resolved if _unnamed_person(text, r, kinds)])
        for kind in ("Person", "Organization"):  # 'he was received by A': he stays salient
            first = next(
                (m[2] for m in told if kinds.get(m[2]) == kind and m[2] not in publishers), None
            )
            salient[kind] = first or salient[kind]
        named = [m[2] for m in inside if kinds.get(m[2]) == "Organization"]
        top = _counted(counts, [n for n in named if n not in publishers and not _media(n)], top)
        salient[TOPIC] = top if _topical(counts, top, salient["Organization"]) else None
        salient[ARRIVED] = _arrived(text, told, kinds) or salient[ARRIVED]
        opener = _opening_org(sentence, inside, kinds)  # unless the topic is named far more
        salient[OPENER] = opener if opener and 2 * counts[opener] > counts[top or ""] else None
        lists = [*lists, _org_list(text, sentence, inside, kinds) or ""][-LIST_REACH:]
    return refs


def _unnamed_person(text: str, ref: Ref, kinds: dict[str, str]) -> bool:
    """'he', 'she', 'the chancellor': a person the sentence tells of without naming, unless a
    name is apposed to the role ('the coordinator, A,')."""
    said = text[ref[0] : ref[1]].lower()
    apposed = "," in text[ref[1] : ref[1] + 8]  # 'the coordinator a.i., A,': A is named
    return kinds.get(ref[2]) == "Person" and (
        said in ("he", "she") or said.startswith("the ") and not apposed
    )


def _opens(ref: Ref, mentions: list[Ref]) -> bool:
    """A role that opens a longer name ('the Prime Minister' of 'the Prime Minister's
    Office') refers to nobody."""
    return any(start < ref[1] < end and start >= ref[0] for start, end, _ in mentions)


TOPIC_MIN = 3  # times a report names an organization before 'the group' may mean it


# an agency named in a dateline's brackets: 'Muscat, 18 May (ONA) --'
DATELINE_AGENCY = re.compile(r"^\)\s*(?:--|–|—|-)\s")


def _publishers(text: str, mentions: list[Ref]) -> set[str]:
    """The organizations a dateline names as the report's publisher."""
    return {
        entity for start, end, entity in mentions
        if text[max(0, start - 1) : start] == "(" and DATELINE_AGENCY.match(text[end : end + 5])
    }  # fmt: skip


def _opening_org(sentence: Sentence, inside: list[Ref], kinds: dict[str, str]) -> str | None:
    """The organization a sentence opens with ('Al-Shabaab, X's affiliate, has stepped up
    attacks'): 'the group' of the next sentence, before the one the report names most."""
    first = min(inside, default=None)
    opens = first is not None and not sentence.text[: first[0] - sentence.start].strip(' \t"“')
    return first[2] if opens and kinds.get(first[2]) == "Organization" else None  # type: ignore[index]


def _media(entity: str) -> bool:
    """A news outlet the dictionary knows: cited for what it reports, not what 'the group'
    or 'the movement' of the report is."""
    entry = load().entries.get(entity)
    return entry is not None and entry.kind == "media"


def _counted(counts: Counter[str], named: list[str], top: str | None) -> str | None:
    """Count the organizations a sentence names; the one named most so far (the first to
    reach the highest count keeps it), kept as the counts grow (no scan of them all)."""
    for org in named:
        counts[org] += 1
        if top is None or counts[org] > counts[top]:
            top = org
    return top


def _topical(counts: Counter[str], top: str | None, last: str | None) -> bool:
    """The organization named most is the report's topic: three times or more, and more
    often than the last one named."""
    return top is not None and counts[top] >= TOPIC_MIN and counts[last or ""] < counts[top]


# "His Excellency received ...": agency style for the leader the report is about
HONORIFIC = re.compile(r"\b(?:his|her)\s+(?:royal\s+)?(?:excellency|highness|majesty)\b", re.I)


def _honorifics(
    text: str, sentence: Sentence, inside: list[Ref], protagonist: str | None
) -> list[Ref]:
    """'His Highness' standing alone (not before a name) is the first person of the report."""
    found: list[Ref] = []
    for match in HONORIFIC.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        named = TITLE.match(text, end) or text.startswith(" the ", end)
        named = named or any(s <= start < e for s, e, _ in inside)
        if protagonist and not named:
            found.append((start, end, protagonist))
    return found


# "the two ministers", "both Turkish officials": the last two people named before the sentence
PAIR_REF = re.compile(
    r"\b(?:the|both)\s+(?:two\s+)?(?:(?:visiting|foreign|defen[cs]e|prime|(?-i:[A-Z][a-z]+))\s+){0,2}"
    r"(?:ministers|leaders|"
    r"presidents|envoys|diplomats|men|women|officials|heads\s+of\s+(?:state|government|diplomacy))\b|"
    # 'The two later met in Z', 'the pair', 'Both then met B': the two people named last, as a
    # subject
    r"\b(?:the\s+(?:two|pair)|both)(?=\s+(?:\w+ly\s+)?(?:(?:later|then|also)\s+)?(?:met|held|sat)\b)",
    re.I,
)


def _last_people(last: list[str], inside: list[Ref], kinds: dict[str, str]) -> list[str]:
    """The last three distinct people named, after this sentence's mentions."""
    for _, _, entity in sorted(inside, key=lambda m: m[1]):
        if kinds.get(entity) == "Person":
            last = [p for p in last if p != entity][-2:] + [entity]
    return last


# "both groups", "the two militias": the two organizations of the last list of two
GROUP_PAIR_REF = re.compile(
    r"\b(?:both|the\s+two)\s+(?:[a-z][a-z\-]+\s+)?(?:groups|militias|organi[sz]ations|factions)\b",
    re.I,
)
# "the three leaders": the last three people named before the sentence
TRIO_REF = re.compile(
    r"\b(?:the|all)\s+three\s+(?:(?:foreign|defen[cs]e)\s+)?"
    r"(?:leaders|presidents|heads\s+of\s+(?:state|government|diplomacy|delegation)|ministers|"
    r"envoys|chiefs|commanders)\b",
    re.I,
)


def _pair(
    sentence: Sentence,
    inside: list[Ref],
    recent: list[str],
    kinds: dict[str, str],
    holders: Holders,
) -> list[Ref]:
    """'He met B; the two': the last two people named in the sentence before it, else the
    last two named before the sentence; 'the two prime ministers': the last two named with
    that role, when the report names two."""
    found = []
    for match in PAIR_REF.finditer(sentence.text) if len(recent) >= 2 else ():
        start, end = sentence.start + match.start(), sentence.start + match.end()
        both = match.group(0).lower().startswith(("both", "the two", "the pair"))
        if both and not any(s <= start < e for s, e, _ in inside):
            before = _last_people([], [m for m in inside if m[1] <= start], kinds)
            pair = _role_pair(match.group(0), holders, start, recent) or (
                before if len(before) >= 2 else recent
            )
            found.append((start, end, JOIN.join(pair[-2:])))
    return found


def _role_pair(reference: str, holders: Holders, at: int, recent: list[str]) -> list[str]:
    """'the two prime ministers': the two people named last (``recent``) who hold the role,
    else the last two named before ``at`` with it."""
    words = reference.lower().split()
    role = " ".join([*words[-2:-1], words[-1].removesuffix("s")])
    named = [entity for start, entity in holders.get(role, []) if start < at]
    lately = [p for p in recent if p in named]
    people = lately[-2:] if len(lately) >= 2 else list(dict.fromkeys(reversed(named)))[:2][::-1]
    return people if len(people) == 2 else []


# between two people of one party that opens a sentence: 'A and B', 'A, accompanied by B,',
# 'A, B and C'; or a journey made together: 'A travelled to Z with B'
PARTY_GAP = re.compile(
    r"^(?:,?\s+and|,\s+(?:accompanied\s+by|together\s+with|along\s+with)|,)\s+"
    r"(?:(?:the\s+)?(?-i:[A-Z])[\w.\-’']*\s+){0,5}$|"
    r"^\s+(?:arrived|travell?ed|flew|came|went|headed|returned)\b[^.;,]{0,60}?\s"
    r"(?:with|alongside|along\s+with|together\s+with)\s+(?:(?-i:[A-Z])[\w.\-’']*\s+){0,5}$"
)
PARTY_OPENS = re.compile(r"^\W*(?:(?:the\s+)?(?-i:[A-Z])[\w.\-’']*\s+){0,6}$")
# 'they' or 'the delegation' as the subject of a meeting: the party of the sentence before
PARTY_REF = re.compile(
    r"\b(?:they|the\s+(?:delegation|visitors|two\s+delegations))(?=\s+(?:\w+ly\s+)?"
    r"(?:(?:later|then|also|first|together|both|all)\s+)?(?:met|held|sat|were\s+received|"
    r"called\s+on)\b)",
    re.I,
)


# 'They sat down in Z' opening a sentence after no party: the two people named last met
THEY_OPENING = re.compile(
    r"^they(?=\s+(?:\w+ly\s+)?(?:(?:later|then|also|first)\s+)?(?:met|held\s+talks|sat\s+down|"
    r"huddled|conferred)\b)",
    re.I,
)


def _they(sentence: Sentence, inside: list[Ref], party: list[str], recent: list[str]) -> list[Ref]:
    """'They' meeting someone: the party the sentence before opened with; else, opening the
    sentence ('They sat down in Z'), the last two people named. One reference per 'they'."""
    found = _party_refs(sentence, inside, party)
    group = party or recent[-2:]
    opening = THEY_OPENING.match(sentence.text) if len(group) >= 2 and not found else None
    if opening is None or any(s <= sentence.start < e for s, e, _ in inside):
        return found
    return [(sentence.start, sentence.start + opening.end(), JOIN.join(group))]


def _party(text: str, sentence: Sentence, inside: list[Ref], kinds: dict[str, str]) -> list[str]:
    """The people a sentence opens with, together ('A and B flew to Z', 'A, accompanied by
    B, arrived', 'A travelled to Z with B'): whom a 'they' of the next sentence means."""
    people = [m for m in inside if kinds.get(m[2]) == "Person"]
    if len(people) < 2 or not PARTY_OPENS.match(text[sentence.start : people[0][0]]):
        return []
    party = [people[0]]
    for person in people[1:]:
        if not PARTY_GAP.match(text[party[-1][1] : person[0]]):
            break
        party.append(person)
    ids = list(dict.fromkeys(m[2] for m in party))
    return ids if len(ids) >= 2 else []


def _party_refs(sentence: Sentence, inside: list[Ref], party: list[str]) -> list[Ref]:
    """'On Monday they met C', 'The delegation met C': the party of the sentence before."""
    found = []
    for match in PARTY_REF.finditer(sentence.text) if party else ():
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if not any(s <= start < e for s, e, _ in inside):
            found.append((start, end, JOIN.join(party)))
    return found


def _plural(
    sentence: Sentence, inside: list[Ref], group: str | None, pattern: re.Pattern[str] = PLURAL_REF
) -> list[Ref]:
    """References by ``pattern`` (default: "these groups") to ``group``, several ids."""
    found = []
    for match in pattern.finditer(sentence.text) if group else ():  # "" = no list
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if not any(s <= start < e for s, e, _ in inside):
            found.append((start, end, group))
    return found


def _org_list(
    text: str, sentence: Sentence, inside: list[Ref], kinds: dict[str, str]
) -> str | None:
    """The longest run of organizations joined by list words ('A, B (C) and the D'), as
    one reference of several ids, if it has at least three members."""
    best: list[str] = []
    run: list[str] = []
    previous: Ref | None = None
    for mention in sorted(inside):
        head = text[sentence.start : mention[0]]
        if kinds.get(mention[2]) != "Organization" or head.count("(") > head.count(")"):
            continue
        gap = PARENS.sub("", text[previous[1] : mention[0]]) if previous else ""
        joined = previous is not None and LIST_GAP.match(gap)
        run = [*run, mention[2]] if joined else [mention[2]]
        run = list(dict.fromkeys(run))
        best = run if len(run) > len(best) else best
        previous = mention
    return JOIN.join(best) if len(best) >= 2 else None


# a name joined to a pronoun by 'and' ('Emmanuel Macron and he'): the pronoun is not that name
CONJOINED_PRONOUN = re.compile(r"(?-i:[A-Z])[\w.\-’']*,?\s+(?:and|as\s+well\s+as)\s+$")


def _resolve_in(
    text: str,
    sentence: Sentence,
    inside: list[Ref],
    kinds: dict[str, str],
    salient: dict[str, str | None],
    holders: Holders | None = None,
    seen: tuple[dict[str, str], list[str]] | None = None,
) -> list[Ref]:
    found: list[Ref] = []
    genders, recent = seen or ({}, [])
    for pattern, kind in ((PERSON_REF, "Person"), (ORG_REF, "Organization"), (IT, "Organization")):
        for match in pattern.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            role = match.group(0)[:3].lower() == "the"
            # 'A, the group's spokesman': the group is whose, not who A is
            owner = kind == "Organization" and text.startswith(("'s ", "’s "), end)
            alike = [m for m in inside if kinds.get(m[2]) == kind]  # 'After Z, the envoy': no
            appositive = (
                role and not owner and (_appositive(text, start, alike) or TITLE.match(text, end))
            )
            if appositive or any(s <= start < e for s, e, _ in inside):
                continue
            if role and not owner and PREDICATIVE.search(sentence.text, 0, match.start()):
                continue  # "A is the spokesman for X": what A is ('is the group's': whose)
            if role and ADVISER_TO.search(sentence.text, 0, match.start()):
                continue  # "A, adviser to the President": someone else, unnamed
            before = [m for m in inside if m[1] <= start and kinds.get(m[2]) == kind]
            if not role and FRONTED.match(sentence.text[: match.start()]):
                before = []  # 'On Monday, joined by A and B, he met C': the last sentence's
            if not (role or before) and UNNAMED.search(sentence.text, 0, match.start()):
                continue  # "A senior US diplomat travelled to X, where he met": not anyone named
            before = [m[2] for m in before if not POSSESSOR.match(text, m[1])] or [
                m[2] for m in before
            ]  # the minister, not the leader in "the leader's minister X ... he"
            if match.group(0).lower() == "him":
                before = [b for b in before if not _same_clause(text, inside, b, start)]
            guest = kind == "Person" and GUEST.search(match.group(0)) is not None
            if guest:  # 'A received the visiting minister': not A, the one who came
                before = [salient[ARRIVED]] if salient[ARRIVED] else []
            if not role and CONJOINED_PRONOUN.search(text, max(0, start - 40), start):
                before = []  # 'A and he held talks': someone other than A, told before
            if pattern is ORG_REF and not role:  # 'A trained B, the Iran-backed group': B
                if APPOSED_BACKED.search(sentence.text, 0, match.start()):
                    continue  # 'B, an Iran-backed faction within C': B described, not a reference
                before = before[-1:]
            target = before[0] if before else salient[kind]
            if not before and pattern is ORG_REF:  # 'the group': the report's own, if it has one
                target = salient[OPENER] or salient[TOPIC] or target
            target = (role and _holder(match.group(0), holders or {}, start)) or target
            target = _agreeing(match.group(0), target, genders, recent)
            stops = match.group(0).lower() in ("his", "her") and not HIS_TALKS.match(text, end)
            if stops:  # 'his first stop ... his second stop': the visitor's, every time
                target = salient[VISITOR] = salient[VISITOR] or target
            if target:
                found.append((start, end, target))
    return found


# a role after a copula says what the subject is: "A is the spokesman for X"
PREDICATIVE = re.compile(
    r"(?<![\w.\-’'])(?!(?:It|This|That|There|Here|What|Who)\s)(?-i:[A-Z])[\w.\-’']*\s+"
    r"(?:is|was|became|becomes|remains|remained|(?:has|had)\s+been)\s+$",
    re.I,
)


# what ends a clause between a person and a later 'him' ('A, who met B, thanked him')
CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:and|but|where|when|who|after|before|while|as)\b")


def _same_clause(text: str, inside: list[Ref], person: str, start: int) -> bool:
    """'A received him': the object pronoun is never its own clause's subject (binding)."""
    last = max(m[1] for m in inside if m[2] == person and m[1] <= start)
    starts = {m[0] for m in inside}
    breaks = CLAUSE_BREAK.finditer(text, last, start)
    return all(_joins_names(text, b, starts) for b in breaks)


# 'A and Minister B received him': an 'and' between two names joins subjects, not clauses
NAME_NEXT = re.compile(r"and\s+(?:(?:the\s+)?(?-i:[A-Z])[\w.\-’']*\s+){0,5}")


def _joins_names(text: str, found: re.Match[str], starts: set[int]) -> bool:
    """The clause break ``found`` is an 'and' with a name (of ``starts``) right after it."""
    joined = NAME_NEXT.match(text, found.start()) if found.group(0) == "and" else None
    return joined is not None and any(found.end() < s <= joined.end() for s in starts)


PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f"}
GENDER_TITLES = re.compile(
    r"\b(?:(Mr|Sir|Lord|King|Prince|Sheikh)|(Mrs|Ms|Miss|Madam|Dame|Lady|Queen|Princess))\.?\s+$"
)


def _titled_genders(text: str, mentions: list[Ref], kinds: dict[str, str]) -> dict[str, str]:
    """'Mr A', 'Ms B': the people a title tells the gender of."""
    found: dict[str, str] = {}
    for start, _, entity in mentions:
        title = GENDER_TITLES.search(text, max(0, start - 12), start)
        if title and kinds.get(entity) == "Person":
            found.setdefault(entity, "m" if title.group(1) else "f")
    return found


def _agreeing(
    pronoun: str, target: str | None, genders: dict[str, str], recent: list[str]
) -> str | None:
    """'she' is not a man the report has called 'he' or 'Mr': the last person named who
    agrees with it, else the salient one; what it resolves to is remembered. Most people in
    these reports are men: 'she' prefers a woman already known to one not known."""
    gender = PRONOUN_GENDER.get(pronoun.lower())
    if gender is None or target is None:
        return target
    marked = gender == "f" and target not in genders
    if marked or genders.get(target, gender) != gender:
        target = next((p for p in reversed(recent) if genders.get(p) == gender), target)
    genders.setdefault(target, gender)
    return target


HELD_AFTER = re.compile(r",\s+the\s+((?:[A-Za-z][\w\-]*\s+){0,5}[A-Za-z][\w\-]*)")
HELD_BEFORE = re.compile(r"((?:[A-Z][\w\-]*\s+)(?:(?:and\s+)?[A-Z][\w\-]*\s+){0,4})$")
LOWER_ROLE = re.compile(r"\b(envoy|negotiator|mediator|ambassador)\s+(?:[A-Z][\w.\-]*\s+){0,1}$")
Holders = dict[str, list[tuple[int, str]]]  # a role (lower case) -> (where named, person)


def _holders(text: str, mentions: list[Ref], kinds: dict[str, str]) -> Holders:
    """Who holds which role in the report: 'A, the Crown Prince and Prime Minister', 'Crown
    Prince and Prime Minister B' (every run of two words or more of the role, lower case, to
    the people named with it, and where), and 'US envoy C' (a role of one lower-case word)."""
    found: Holders = {}
    for start, end, entity in mentions:
        if kinds.get(entity) != "Person":
            continue
        for held in _roles_named(text, start, end):
            words = held.lower().split()
            for i, j in combinations(range(len(words) + 1), 2):
                if j - i >= 2:
                    found.setdefault(" ".join(words[i:j]), []).append((start, entity))
        lower = LOWER_ROLE.search(text, max(0, start - 30), start)  # 'US envoy A': one word
        if lower:
            found.setdefault(lower.group(1), []).append((start, entity))
    return found


def _roles_named(text: str, start: int, end: int) -> list[str]:
    """The roles written beside the name at ``start``-``end``: after it ('A, the Crown
    Prince') and before it ('Crown Prince and Prime Minister A')."""
    after = HELD_AFTER.match(text, end)
    before = HELD_BEFORE.search(text, max(0, start - 40), start)
    return [m.group(1) for m in (after, before) if m]


def _holder(reference: str, holders: Holders, at: int) -> str | None:
    """The one person the report names before ``at`` with a role of two words or more ('the
    Crown Prince'), not one named after ('the Crown Prince and Secretary-General A')."""
    words = reference.lower().split()[1:]
    people = {p for where, p in holders.get(" ".join(words), []) if where < at}
    return next(iter(people)) if len(people) == 1 else None


ARRIVAL = re.compile(
    r"\s*(?:,[^,;.]{1,80},\s*)?(?:has\s+|had\s+|also\s+)?(?:arrived|arrives|landed|travell?ed|flew|came|"
    r"visited|visits|is\s+visiting|was\s+visiting|began\s+(?:a|an|his|her)\b)",
    re.I,
)


def _arrived(text: str, told: list[Ref], kinds: dict[str, str]) -> str | None:
    """The last person of the sentence who arrives ('A arrived in Z', 'A, the X minister,
    landed in Z'): 'the visiting minister' and 'his guest' of the next sentences."""
    came = [m[2] for m in told if kinds.get(m[2]) == "Person" and ARRIVAL.match(text, m[1])]
    return came[-1] if came else None


GUEST = re.compile(r"\b(?:visiting|guest)\b", re.I)  # the visitor, not the host named beside
# a fronted phrase before the subject pronoun: the people in it are not its subject
FRONTED = re.compile(
    r"^\W*(?:On|In|At|After|Before|During|Following|Joined|Accompanied|Flanked|Escorted|Upon|"
    r"Later|Earlier|Having|Speaking|Shortly|Meeting)\b[^.;]*,\s*$"
)


# an unnamed person introduced in the sentence ("A senior US diplomat", "an Iranian official")
UNNAMED = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w\-.]+\s+){0,3}?(?:diplomat|official|envoy|minister|commander|"
    r"spokes(?:man|woman|person)|negotiator|mediator|source|witness|resident|officer|aide|"
    r"adviser|advisor|lawmaker|delegate)\b"
)
ADVISER_TO = re.compile(
    r"\b(?:advis[eo]rs?|aides?|envoys?|counsell?ors?|assistants?|secretary)\s+(?:\w+\s+)?(?:to|of)\s+$",
    re.I,
)
POSSESSOR = re.compile(r"['’]s\s+(?:[a-z][\w\-]*\s+){0,2}?[a-z]")  # "Goïta's defence minister"


def _appositive(text: str, start: int, inside: list[Ref]) -> bool:
    """'Mohammed Abdelsalam, the spokesman of ...': the role describes the name before it."""
    return any(re.fullmatch(r",\s*", text[e:start]) for _, e, _ in inside if e <= start)


# "the Iranian foreign minister", "the visiting Omani envoy": a role with a nationality names
# the last person of that country before it
DEMONYM_ROLE = re.compile(
    r"\b[Tt]he\s+(?:(?:top|senior|visiting|new|former)\s+)?(?P<dem>[A-Z][a-z]+|U\.?S\.?|UK|UAE)\s+"
    r"(?i:(?:top|senior|visiting|foreign|defen[cs]e|prime|deputy|chief|army)\s+){0,2}"
    r"(?i:minister|envoy|diplomat|president|leader|official|commander|ambassador|general|chief|"
    r"premier|counterpart|negotiator|spokes(?:man|woman|person))\b(?!\s+(?:of|to)\b)"
)


def demonym_roles(text: str, resolution: object, countries: dict[str, str]) -> list[Ref]:
    """References like 'the Iranian foreign minister' to the last person of that country
    named before them; ``countries`` maps demonyms to country codes."""
    entities = resolution.entities  # type: ignore[attr-defined]
    people = sorted(resolution.spans("Person"))  # type: ignore[attr-defined]
    taken = SpanIndex((m.start, m.end) for m in resolution.mentions)  # type: ignore[attr-defined]
    seen = _Seen()
    refs: list[Ref] = []
    for match in DEMONYM_ROLE.finditer(text):
        seen.add_countries(people, entities, match.start())
        code = countries.get(match.group("dem").lower())
        titled = TITLE.match(text, match.end())  # 'the Iranian envoy Ali X': a title
        named = taken.overlaps(match.start(), match.start("dem")) or taken.overlaps(
            match.end("dem"), match.end()
        )  # 'the Iran foreign minister': only the country word may be a mention
        person = seen.pick(code, match.start())  # the one just named, or named most
        if code and person and not titled and not named:
            refs.append((match.start(), match.end(), person))
    return refs


# "the US delegation", "the Iranian team": the people of that country named last
DEMONYM_GROUP = re.compile(
    r"\b[Tt]he\s+(?:visiting\s+)?(?P<dem>[A-Z][a-z]+|U\.?S\.?|UK|UAE)\s+(?:delegation|team)\b"
    r"(?!\s+(?:of|to|led|headed|comprised|comprising|consist\w*|includ\w*|composed|made\s+up|"
    r"(?:was|is)\s+(?:led|headed|made|composed))\b)"  # its members named after it: no reference
)
GROUP_SIZE = 3  # the latest people of the country a group reference takes


def demonym_groups(text: str, resolution: object, countries: dict[str, str]) -> list[Ref]:
    """'The US delegation then met X': the last people of that country named before it (one
    reference to several people), when the report names any."""
    entities = resolution.entities  # type: ignore[attr-defined]
    people = sorted(resolution.spans("Person"))  # type: ignore[attr-defined]
    seen = _Seen()
    refs: list[Ref] = []
    for match in DEMONYM_GROUP.finditer(text):
        seen.add_countries(people, entities, match.start())
        code = countries.get(match.group("dem").lower().replace(".", ""))
        group = list(seen.keys.get(code or "", {}))[-GROUP_SIZE:] if code else []
        if group:
            refs.append((match.start(), match.end(), JOIN.join(group)))
    return refs


# the capitalised title right before a person's name: "Prime Minister", "Senior General"
TITLE_RUN = re.compile(  # 'Prime Minister A', 'the Head of Mission (HOM), A'
    r"((?:[A-Z][\w\-]*\.?\s+|of\s+|the\s+){1,6})(?:\([A-Z][A-Za-z]{1,6}\),\s+)?$"
)
# "the Prime Minister", "the Senior General": a role of capitalised words, as titles are written
CAPITAL_ROLE = re.compile(
    r"(?<!\bof\s)\b[Tt]he\s+((?:[A-Z][a-z\-]+\s+){0,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b"
    r"(?!\s+(?:of|to)\b)"
)
# a role only its holder bears, told in lower case or hyphenated: 'the speaker' after 'Speaker
# A', 'the Secretary-General' after 'Secretary-General B', 'the head of state' after 'President C'
HELD_ROLE = re.compile(
    r"\b[Tt]he\s+(?P<role>(?i:speaker|governor|mayor|premier|chancellor|chairperson|"
    r"(?:secretary|director)-general|executive\s+secretary|head\s+of\s+state|"
    r"head\s+of\s+government))\b"
    r"(?!\s+(?:of|to|for)\b|,?\s+[A-Z])"
)
HELD_KEYS = {
    "head of state": ("president", "king", "emir", "amir", "sultan"),
    "head of government": ("prime minister", "premier", "chancellor"),
}


def titled_roles(text: str, resolution: object) -> list[Ref]:
    """'the Prime Minister' after 'Prime Minister A ... B ...' is A: the person named with
    that title, not the last person named; of two so titled, the one named more often (the
    report's subject), then the later. One pass over the people named (linear in the text)."""
    people = sorted(resolution.spans("Person"), key=lambda p: p[1])  # type: ignore[attr-defined]
    taken = SpanIndex((m.start, m.end) for m in resolution.mentions)  # type: ignore[attr-defined]
    seen = _Seen()
    refs: list[Ref] = []
    for match in CAPITAL_ROLE.finditer(text):
        _see_titled(seen, people, text, match.start())
        titled = TITLE.match(text, match.end())  # 'the Prime Minister Ali X': a title
        role_noun = PERSON_REF.fullmatch(match.group(0)) or HELD_ROLE.fullmatch(match.group(0))
        holder = seen.pick(match.group(1).lower())
        if holder and role_noun and not titled and not taken.overlaps(*match.span()):
            refs.append((match.start(), match.end(), holder))
    refs += _held_roles(text, people, taken, refs)
    return refs + _acronym_roles(text, people, refs)


def _held_roles(text: str, people: list[Ref], taken: SpanIndex, found: list[Ref]) -> list[Ref]:
    """'the speaker', 'the head of state': the person named before with that title."""
    held = ((m.start(), m.end(), _held_keys(m)) for m in HELD_ROLE.finditer(text))
    return _named_by_title(text, people, held, [SpanIndex(found), taken])


def _held_keys(match: re.Match[str]) -> tuple[str, ...]:
    role = re.sub(r"\s+", " ", match.group("role").lower())
    return HELD_KEYS.get(role, (role,))


ROLE_ACRONYM = re.compile(rf"\b(?:{'|'.join(cues.ROLE_ACRONYMS)})\b(?![\w\-])")


def _acronym_roles(text: str, people: list[Ref], found: list[Ref]) -> list[Ref]:
    """'EAM held talks with B': the person named before with the title the initials stand
    for ('External Affairs Minister A')."""
    initials = (
        (m.start(), m.end(), (cues.ROLE_ACRONYMS[m.group(0)],)) for m in ROLE_ACRONYM.finditer(text)
    )
    return _named_by_title(text, people, initials, [SpanIndex(found)])


def _named_by_title(
    text: str,
    people: list[Ref],
    roles: Iterable[tuple[int, int, tuple[str, ...]]],
    skip: list[SpanIndex],
) -> list[Ref]:
    """Each role (start, end, the title words it may stand for, in the order tried), in text
    order: the person named before it with that title, unless ``skip`` already covers it."""
    seen = _Seen()
    refs: list[Ref] = []
    for start, end, keys in roles:
        _see_titled(seen, people, text, start)
        holder = next(filter(None, (seen.pick(key, start) for key in keys)), None)
        if holder and not any(index.overlaps(start, end) for index in skip):
            refs.append((start, end, holder))
    return refs


def _see_titled(seen: _Seen, people: list[Ref], text: str, before: int) -> None:
    """Add, by the words of their titles, the people (sorted by end) named before ``before``."""
    while seen.count < len(people) and people[seen.count][1] <= before:
        start, end, entity = people[seen.count]
        seen.add(entity, _title_keys(_title(text, start)) | _title_keys(_title_after(text, end)))


NEAR = 800  # characters before a reference: the people of its country named there are 'current'
RECENT = 8  # distinct holders of a title or nationality a role may name: the latest ones


class _Seen:
    """People named so far, how often, and the latest distinct ones under each key."""

    def __init__(self) -> None:
        self.count = 0
        self.named: Counter[str] = Counter()
        self.keys: dict[str, dict[str, None]] = {}
        self.last: dict[str, int] = {}  # where each was last named

    def add(self, entity: str, keys: Iterable[str]) -> None:
        self.count += 1
        self.named[entity] += 1
        for key in keys:
            latest = self.keys.setdefault(key, {})
            latest.pop(entity, None)
            latest[entity] = None  # insertion order: the latest last

    def add_countries(self, people: list[Ref], entities: dict, before: int) -> None:
        """Add, by their country, the people (sorted by start) named before ``before``."""
        while self.count < len(people) and people[self.count][0] < before:
            entity = people[self.count][2]
            self.last[entity] = people[self.count][0]
            self.add(entity, [entities[entity].countryCode or ""])

    def pick(self, key: str | None, at: int | None = None) -> str | None:
        """The one named most of the latest under ``key``, the latest of equals; with
        ``at``, of those named in the ``NEAR`` characters before it (the report moved on
        from the others), if any was."""
        latest = list(islice(reversed(self.keys.get(key or "", {})), RECENT))
        close = [p for p in latest if at is not None and at - self.last.get(p, -NEAR) < NEAR]
        return max(close or latest, key=self.named.__getitem__) if latest else None


SECOND = {"deputy", "vice", "assistant", "under"}  # 'the minister' is not the deputy


def _title_keys(title: str) -> set[str]:
    """Every run of words of a title ('prime minister', 'minister', 'prime'); of a deputy's
    title, only the runs that say so ('deputy minister', not 'minister')."""
    words = title.split()
    keys = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    second = SECOND.intersection(words)
    return {k for k in keys if second.intersection(k.split())} if second else keys


# the titles in apposition after a name: 'A, Cabinet Secretary for Foreign Affairs of Kenya and
# Chairperson of the Council' (each title's words up to 'of'/'for')
TITLE_AFTER = re.compile(r",\s+((?:[A-Z][\w\-]*\s+)*[A-Z][\w\-]*)(?:\s+(?:of|for)\b[^,;.]*)?")
AND_TITLE = re.compile(r"\band\s+((?:[A-Z][\w\-]*\s+)*[A-Z][\w\-]*)\s+(?:of|for)\b")


def _title_after(text: str, end: int) -> str:
    """The capitalised titles in apposition right after a name, lower case."""
    match = TITLE_AFTER.match(text, end)
    if match is None:
        return ""
    more = AND_TITLE.findall(match.group(0))
    return " ".join([match.group(1), *more]).lower()


def _title(text: str, start: int) -> str:
    """The title words before a name, lower case ('prime minister')."""
    match = TITLE_RUN.search(text, max(0, start - 80), start)
    return match.group(1).lower() if match else ""
