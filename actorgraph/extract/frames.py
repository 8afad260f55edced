"""Verb frames: a relation stated by a verb (or a verbal noun) with its subject before it in
the clause and its objects after it, as for meetings.

The subject is the clause's first actor whose type the schema allows (a person first when
persons are allowed); the objects are the first group of entities after the trigger that
are joined by 'and', 'or' or commas, before a preposition of place or the clause's end.

>>> from actorgraph.extract.template import Template
>>> t = Template.build("A, a commander, attacked B and C in D.", 0, [(0, 1, "person:a"),
...     (25, 26, "organization:b"), (31, 32, "organization:c"), (36, 37, "place:d")])
>>> kinds = {"person:a": "Person", "organization:b": "Organization",
...          "organization:c": "Organization", "place:d": "Place"}
>>> [(p, s, o) for p, s, o, _ in find(t, kinds)]
[('OPPOSES', 'person:a', 'organization:b'), ('OPPOSES', 'person:a', 'organization:c')]
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path

from actorgraph.extract.meeting_clauses import CLAUSE_START, _negated
from actorgraph.extract.patterns import (
    LEAD,
    LIST,
    MEMBER,
    MODAL,
    PUT_OFF_WORDS,
    STATE_GOOD,
    UNIT_NOUN,
)
from actorgraph.extract.template import SLOT, Template
from actorgraph.schema import SCHEMA


@dataclass(frozen=True)
class Frame:
    predicate: str
    name: str
    trigger: re.Pattern[str]
    near: int = 14  # words a subject may stand before its trigger
    gap: re.Pattern[str] | None = None  # what may stand between the trigger and its object
    # a longer gap also allowed: "condemned the attacks by X" (X did what is condemned)
    act_by: re.Pattern[str] | None = None


_DATA = tomllib.loads(Path(__file__).with_name("frames.toml").read_text(encoding="utf-8"))


def _load(data: dict) -> list[Frame]:
    return [
        Frame(
            f["predicate"],
            f["name"],
            re.compile(rf"\b(?:{f['trigger']})\b", re.I),
            f.get("near", 14),
            re.compile(f["gap"]) if "gap" in f else None,
            re.compile(f["act_by"], re.I) if "act_by" in f else None,
        )
        for f in data["frame"]
    ]


FRAMES = _load(_DATA)
DATELINE = re.compile(r"^\s*(?:⟦\d+⟧[\s,.()\w⟦⟧]{0,40}?)?(?:–|--|-)\s")  # "ERBIL (Kurdistan 24) –"
GAP_WORDS = 3  # words allowed between a trigger and its first object
NOT_IN_GAP = re.compile(
    r"\b(?:as|that|which|who|with|comes?|came|said|says|is|was|were|are|will|would|has|have|had)\b",
    re.I,
)
OBJECT_STOP = re.compile(
    r"\s(?:in|at|near|on|during|after|before|since|from|through|across|over|with\s+the\s+aim)\s|"
    r"[;:]|[,.]?[”\"]|,\s+(?:which|who|where|while|and\s+(?!⟦))|\.$",
    re.I,
)
LIST_JOIN = re.compile(
    r"^(?:\s*(?:,|and|or|as\s+well\s+as|,\s*and)\s+(?:the\s+|its\s+|their\s+)?(?:allied\s+)?)$",
    re.I,
)  # "X and allied Y": both
WHO = re.compile(r"\b(?:who|which)\s+(?:\w+\s+){0,4}$")
RELATIVE = re.compile(r",\s+(?:which|who|whose|where)\b[^,;]*,")
ROLE_NAME = re.compile(
    r"\s+(?:(?:senior|top|military|deputy|former)\s+)?(?:commander|leader|chief|head|official|"
    r"founder|spokes(?:man|woman|person)|member|operative|(?-i:President|Prime\s+Minister|"
    r"Minister|Secretary|General|Chairman|Envoy))\s+(⟦\d+⟧)",
    re.I,
)
# a leader described before the name: "led by the former police officer X", "by its new chief X"
DESCRIBED_HEAD = re.compile(
    r"^\s*(?:the|its|their|a|an)\s+(?:(?!(?:of|and|or|in|with|to|for|at|on|from|against|by|into|over|that|which|who)\b)[a-z][\w\-]*\s+){1,4}$"
)
# 'led by acting Afghan commerce minister X', 'led by its Commissioner for Political Affairs,
# X': a title of up to five words (with its portfolio) before the name
TITLED_HEAD = re.compile(
    r"\s*(?:(?:its|their|the\s+(?:group|movement|party|body|organi[sz]ation|bloc)['’]s)\s+)?"
    r"(?:(?!(?:and|or|in|with|to|at|on|from|against|by|into|over|that|which|who|was|is|has)\b)"
    rf"[\w\-]+\s+){{0,4}}?(?:{LEAD}|{MEMBER}|commissioner)"
    r"(?:\s+(?:for|of)\s+(?:(?:[A-Z][\w\-]*|and|the)\s*){1,5})?\s*,?\s*(?=⟦\d+⟧)",
    re.I,
)
AGENT = re.compile(r"\bby\s+(?:the\s+)?⟦\d+⟧(?:\s+and\s+(?:the\s+)?⟦\d+⟧)*\s+and\s*$")
NAMED_PART = re.compile(
    r"⟦\d+⟧(?:'s|’s)?\s+(?:[\w\-]+\s+){0,2}?(?:wing|arm|branch|unit|affiliate|faction)\s*,\s+"
    r"(?:the\s+)?(⟦\d+⟧)(?:\s*\(⟦\d+⟧\))?\s*,\s*"
    r"(?:(?:has|have|had|is|are|was|were|been|also|now|long|still|continues\s+to)\s+){0,3}$"
)
APPOSITION = re.compile(  # "X, a militia run by Y, (continues to) attack": X
    r"(⟦\d+⟧)\s*,\s+(?:a|an|the)\s+[^,;⟦]*(?:⟦\d+⟧[^,;⟦]*)*,\s*"
    r"(?:(?:continues|continued|has|have|had|also|still|again)\s+(?:to\s+)?){0,2}$"
)
# the trigger inside an apposition to the name before it: "X, a party allied with Y"
APPOSED_TRIGGER = re.compile(r"(⟦\d+⟧)\s*,\s+(?:a|an)\s+(?:[\w\-]+\s+){0,3}$")
REPORTING_VERB = re.compile(  # "X told Reuters (that) Y supports Z": Y is the subject
    r"\b(?:said|says|told\s+(?:⟦\d+⟧|\w+)|stated|claimed|added|warned|announced|confirmed|"
    r"insisted|alleged|argued|believes?|believed|documented|found|noted|revealed|reported|"
    r"(?:stressed|emphasi[sz]ed|affirmed|reaffirmed|reiterated|underlined|recalled|explained)"
    r"(?=\s+that\b))\s+"
    r"(?:in\s+an?\s+(?:[\w\-]+\s+)?(?:statement|post|speech|interview)\s+)?"
    r"(?:that\s+|on\s+\w+\s+(?:that\s+)?)?(?=\S)",
    re.I,
)
SOURCE_FIRST = re.compile(  # "According to X, Y attacked Z": X is the source, not the subject
    r"\b(?:according\s+to|citing|quoting)\s+[^,;]{1,80},\s+", re.I
)
DELEGATION = re.compile(
    r"\b(?:delegation|team|mission|envoys|negotiators|group\s+of\s+\w+)"
    r"(?:\s+(?:of|from)\s+(?:the\s+)?(?:⟦\d+⟧['’]s\s+)?⟦\d+⟧(?:\s*\(⟦\d+⟧\))?"
    r"(?:\s+(?:movement|group|party|organi[sz]ation|militia|government))?)?\s*,?\s*"
    r"(?:(?:was|were|is|are|has\s+been|had\s+been)\s+)?$",
    re.I,
)
MODIFIER = re.compile(r"⟦\d+⟧(?=[-‑][a-z])")  # a name modifying a noun: "Turkish-backed"
WHERE = re.compile(r",\s+where\s+", re.I)  # "in Aleppo, where X clashed with Y": X
LOCATIVE = re.compile(
    r"\b(?:in|at|near|inside|across|into|from)\s+(?:the\s+)?⟦\d+⟧(?:(?:\s*,\s*|\s+and\s+)⟦\d+⟧)*",
    re.I,
)
PASSIVE_BY = re.compile(  # 'by X', 'in Z by X', 'in part by X', 'largely by X'
    r"^\s*(?:in\s+(?:the\s+)?⟦\d+⟧\s+|in\s+part\s+|(?:largely|partly|mainly|heavily|"
    r"secretly|openly|reportedly)\s+)?by\s",
    re.I,
)
MEN = r"(?:fighters|forces|militants|militias?|troops|units|members|gunmen)"  # 'X fighters'
UNITS = r"(?:faction|wing|branch|group|movement|splinter\s+group)"  # 'the X faction led by A'
CONJOINED_PASSIVE = re.compile(r"^\s*,?\s*and\s+[a-z]+ed\s+by\s")
LED_BY = re.compile(
    r"(?<=⟧)(?:\s+|\s*,\s+)(?:led|headed|commanded|run|chaired)\s+by\s+(?:[A-Z][\w.\-]*\s+){0,3}?"
    r"⟦\d+⟧(?:\s*,)?"
)  # a participle right after a name: "the X led by Col A", "X, commanded by A,"
THANKED = re.compile(
    r"\b(?:thank(?:ed|s|ing)?|prais(?:ed|es|ing)|commend(?:ed|s|ing))\s+(?:the\s+)?(⟦\d+⟧)\s+for\s+"
    r"(?:(?:its|their|his|her)\s+)?(?:[\w\-]+\s+){0,2}$"
)
POSSESSOR_OF_NAME = re.compile(r"⟦(\d+)⟧(?:'s|’s)\s+⟦(\d+)⟧")
OWNER = re.compile(r"(⟦\d+⟧)(?:'s|’s|'|’)\s+(?:[\w\-]+\s+){0,3}$")  # "Iran's support for"
# "talks sponsored by X": what X backs is the event, not a party to it
EVENT_NOUN = re.compile(
    r"\b(?:talks|meetings?|negotiations|conference|summit|initiative|plan|deal|agreement|"
    r"dialogue|process|ceasefire|truce|event|forum|exports?|sales)\s+$"
)
# a capitalised trigger before another capitalised word is part of a title or a name
NAME_WORD = re.compile(r"[A-Z][a-z]+\s+[A-Z][a-z]")
Found = tuple[str, str, str, str]  # predicate, subject, object, frame name
FROM_TO = re.compile(r"\bfrom\s+(?:the\s+)?⟦\d+⟧\s+(?:back\s+)?to$")  # 'flew from Z to W'


WITH_THE_HELP = re.compile(_DATA["helper"]["before"], re.I)  # 'with the support of X'
OF_WHOM = re.compile(_DATA["helper"]["after"], re.I)
MEANS_TO = re.compile(_DATA["means"]["before"], re.I)  # 'a joint cell to counter X'
MEANS_PREDICATES = frozenset(_DATA["means"]["predicates"])


def find(
    template: Template, kinds: dict[str, str], predicates: Collection[str] | None = None
) -> Iterator[Found]:
    """Relations stated by verb frames in one sentence (schema-checked by the caller), for
    every predicate or only the given ones."""
    for frame in FRAMES:
        if predicates is not None and frame.predicate not in predicates:
            continue
        for match in frame.trigger.finditer(template.text):
            before = template.text[: match.start()]
            if _planned(frame, before, match) or _negated(template.text, match.start()):
                continue
            spans_a_name = "⟦" in match.group(0) and not FROM_TO.search(match.group(0))
            if spans_a_name or before.endswith("-"):
                continue  # "Iran-backed X" is the hyphen rule's ('flew from ⟦Z⟧ to' is a trip)
            if NAME_WORD.match(template.text, match.start()):
                continue  # "Finance Minister A": a title, not the verb
            if VISIT_BY.match(template.text, match.end()):
                continue  # "condemned a visit to Z by A": A's visit (a pattern's)
            if frame.predicate == "VISITED" and _put_off(template.text, match):
                continue  # "A's visit to Z, pencilled in for Monday, has been postponed"
            if OF_WHOM.match(template.text, match.end()) and WITH_THE_HELP.search(before):
                continue  # "with the support of X": X is the supporter (a pattern's)
            yield from _frame(template, kinds, frame, match)


AND_END = re.compile(r"\band\s+$")
PAST = re.compile(r"\w+ed\b")
VISIT_BY = re.compile(r"\s+to\s+(?:the\s+)?⟦\d+⟧\s+by\s")
VISIT_NOUN = re.compile(r"visits?|trip|tour\s+of", re.I)
PUT_OFF = re.compile(  # a visit told only to be put off, or asked about
    rf"[^.;]{{0,80}}?\b(?:{PUT_OFF_WORDS}|put\s+off|pencil+ed\s+in|still\s+on)\b|[^.;!]*\?\s*$",
    re.I,
)


def _put_off(text: str, match: re.Match[str]) -> bool:
    """A visit (the noun) put off, called off, only scheduled or asked about."""
    return VISIT_NOUN.fullmatch(match.group(0)) is not None and bool(
        PUT_OFF.match(text, match.end())
    )


def _planned(frame: Frame, before: str, match: re.Match[str]) -> bool:
    """A plan or a wish ('will attack', 'plans to back'), not a means set up to fight someone
    ('a joint cell to counter X' states the stance), nor a verb of its own in the past ('said
    it would not disarm and accused X': no modal governs 'accused')."""
    if MODAL.search(before) is None or (AND_END.search(before) and PAST.match(match.group(0))):
        return False
    return not (frame.predicate in MEANS_PREDICATES and MEANS_TO.search(before))


def _frame(
    template: Template, kinds: dict[str, str], frame: Frame, match: re.Match[str]
) -> Iterator[Found]:
    before, after = template.text[: match.start()], template.text[match.end() :]
    by = PASSIVE_BY.match(after)
    passive = by is not None
    if (passive and EVENT_NOUN.search(before)) or CONJOINED_PASSIVE.match(after):
        return  # 'is armed and financed by X': the second verb's agent is the subject
    if passive and NOMINAL.search(before):  # 'the attacks by X on Y': X attacks Y, if Y is named
        yield from _nominal(template, kinds, frame, after)
        return
    if passive:  # "was commanded by X": X is the subject
        # "the PMF backed by Iran", "heads the STC (...), backed by the UAE": the PMF, the STC
        participle = (
            APPOSED_UNIT.search(before)  # "X, the Y faction led by A": X, not Y
            or re.search(rf"(⟦\d+⟧)(?:\s+(?:{MEN}|{UNITS}))?(?:\s*\(⟦\d+⟧\))?\s*,?\s*$", before)
            or APPOSED_HEAD.search(before)  # "X, the dissident faction commanded by Y": X
            or APPOSED_COPULA.search(before)  # "X, Y's Sahel affiliate, is led by Z": X
        )
        allowed = _allowed(frame, "targets")
        near = template.ids(participle.group(1)) if participle else []
        objects = [i for i in near if kinds.get(i) in allowed]
        agents = AGENT.sub(" ", before)  # "backed by Iran and trained by X": not Iran
        delegation = DELEGATION.search(before) if frame.predicate == "LEADS" else None
        if delegation:  # 'a Bangladeshi delegation led by X': of no organization named
            owners = _delegation_of(template, before, delegation)
            objects = [i for i in owners if kinds.get(i) in allowed]
        elif not objects and not UNNAMED_THING.search(before):
            objects = _subjects(template, agents, kinds, frame, "targets")
        subjects = _group(template, after[by.end() - 1 :], kinds, frame, "sources")  # type: ignore[union-attr]
        titled = TITLED_HEAD.match(after, by.end()) if delegation and not subjects else None  # type: ignore[union-attr]
        if titled:  # 'a Taliban delegation led by acting commerce minister X': X
            subjects = _group(template, after[titled.end() :], kinds, frame, "sources")
    else:
        # 'Kenya accused Eritrea of backing X': a charge, not a relation stated (nor Kenya's)
        accused = ACCUSED_OF.search(before) is not None
        subjects = [] if accused else _subjects(template, before, kinds, frame, "sources")
        objects = _group(template, after, kinds, frame, "targets")
    predicate = frame.predicate
    if predicate == "LEADS" and not passive and _unit_led(template, after, objects):
        predicate = "MEMBER_OF"  # 'heads the Hamas office in Doha': a unit, not Hamas
    if predicate == "LEADS" and passive and DELEGATION.search(before):
        # "a Hamas delegation led by X": X leads the delegation, unless X's title is the
        # head's of the body ("a delegation of X led by its chairman Y": Y leads X)
        predicate = "LEADS" if HEAD_TITLE.match(after, by.end() - 1) else "MEMBER_OF"  # type: ignore[union-attr]
    for subject in subjects:
        for obj in objects:
            if subject != obj:
                yield predicate, subject, obj, frame.name


# a unit of the body named before it: 'the Hamas office', 'the Hamas negotiating team' (the
# units of the patterns' 'head of the X office')
UNIT_AFTER = re.compile(rf"⟦(\d+)⟧\s+(?:(?-i:[a-z])[\w\-]*\s+)?{UNIT_NOUN}\b")


def _unit_led(template: Template, after: str, objects: list[str]) -> bool:
    """The first object names whose unit is led, not what is ('led the Hamas team')."""
    match = UNIT_AFTER.match(after.lstrip().removeprefix("the ").lstrip())
    return match is not None and template.slots[int(match.group(1))] in objects


# 'including a faction led by A', 'another militia backed by B': what is led or backed is
# not named, and no name before it is
UNNAMED_THING = re.compile(
    r"\b(?:a|an|another|one|some|several|two|three)\s+(?:[\w\-]+\s+){0,2}?(?:faction|group|"
    r"wing|unit|militia|militias|coalition|alliance|movement|force|brigade|battalion|network|"
    r"cell|committee|splinter\s+group|offshoot)\s*,?\s*$",
    re.I,
)
HEAD_TITLE = re.compile(  # 'by (its) Acting Chairman Y': the body's head leads the delegation
    r"\s*(?:its\s+|the\s+)?(?:(?:acting|interim)\s+)?(?:co-?)?(?:president|chair(?:man|woman|person)?|"
    r"leader|commander[-\s]in[-\s]chief|secretary[-\s]general|emir)\b(?!\s+of\b)",
    re.I,
)
OWNER_BEFORE = re.compile(r"(⟦\d+⟧)(?:['’]s)?\s+(?:[\w\-]+\s+)?$")  # 'a Hamas (military) '


def _delegation_of(template: Template, before: str, delegation: re.Match[str]) -> list[str]:
    """The organization a delegation is of: 'a delegation of X', 'a Hamas delegation'."""
    inside = template.ids(delegation.group())
    owner = OWNER_BEFORE.search(before, 0, delegation.start())
    return inside or (template.ids(owner.group(1)) if owner else [])


ACCUSED_OF = re.compile(
    r"\b(?:accus\w*|blam\w*|suspect\w*|charg\w*)\s+(?:the\s+)?(⟦\d+⟧)\s+of\s+(?:\w+ly\s+)?$", re.I
)
NOMINAL = re.compile(
    r"\b(?:the|an?|its|their|his|her|repeated|recent|continued|deadly|renewed)\s+$", re.I
)
BY_ON = re.compile(r"^\s*by\s+(?:the\s+)?(⟦\d+⟧)[^.;⟦]{0,40}?\s(?:on|against)\s+(?:the\s+)?(⟦\d+⟧)")


def _nominal(
    template: Template, kinds: dict[str, str], frame: Frame, after: str
) -> Iterator[Found]:
    """A verbal noun with its agent ('the attacks by X on Y'): X to Y, else nothing."""
    match = BY_ON.match(after)
    if match is None:
        return
    subject, obj = template.ids(match.group(1))[:1], template.ids(match.group(2))[:1]
    sources, targets = _allowed(frame, "sources"), _allowed(frame, "targets")
    fits = subject and obj and subject != obj
    if fits and kinds.get(subject[0]) in sources and kinds.get(obj[0]) in targets:
        yield frame.predicate, subject[0], obj[0], frame.name


def _allowed(frame: Frame, role: str) -> tuple[str, ...]:
    spec = SCHEMA.relations[frame.predicate]
    return spec.sources if role == "sources" else spec.targets


def _subjects(
    template: Template, before: str, kinds: dict[str, str], frame: Frame, role: str
) -> list[str]:
    """The possessor before a verbal noun, else the clause's nearest actor, people first."""
    allowed = _allowed(frame, role)
    thanked = THANKED.search(before)  # "thanked Iran for its support for X": Iran
    if thanked:
        return [i for i in template.ids(thanked.group(1)) if kinds.get(i) in allowed]
    owner = OWNER.search(before)
    if owner:
        return [i for i in template.ids(owner.group(1)) if kinds.get(i) in allowed]
    wing = NAMED_PART.search(before)  # "X's armed wing, the Y, has been fighting": Y
    if wing:
        return [i for i in template.ids(wing.group(1)) if kinds.get(i) in allowed]
    # "X, a militia run by Y, attacked", "A, who leads X, a party allied with Y": X
    aside = APPOSITION.search(before) or APPOSED_TRIGGER.search(before)
    if aside:
        return [i for i in template.ids(aside.group(1)) if kinds.get(i) in allowed]
    starts = [*CLAUSE_START.finditer(before), *REPORTING_VERB.finditer(before),
              *SOURCE_FIRST.finditer(before), *WHERE.finditer(before)]  # fmt: skip
    starts.sort(key=lambda m: m.end())
    clause = DATELINE.sub("", before[starts[-1].end() :] if starts else before)
    clause = TOPIC.sub(" ", clause)  # 'On Yemen, the summit condemned X': not Yemen
    sayer = _sayer(template, before, starts, clause, kinds, allowed)
    if sayer:
        return sayer
    relative = WHO.search(clause)  # "X, a commander in Y, who was listed by": the nearest
    clause = clause[: relative.start()] if relative else RELATIVE.sub(" ", clause)
    clause = MODIFIER.sub(" ", clause)  # "Iran-backed X attacked": X, not Iran
    clause = LED_BY.sub(" ", clause)  # "the X led by Col A clashed with": X, not A
    words = re.findall(r"⟦\d+⟧|[\w'’\-]+", clause)[-frame.near :]
    owners = {  # "the SAF's 16th Division", "Lai's party": the body acts ('Iran's X': Iran too)
        owner for owner, owned in _possessions(template, clause)
        if kinds.get(owner) == "Organization"
        or (kinds.get(owner) == "Person" and kinds.get(owned) == "Organization")
    }  # fmt: skip
    ids = [i for i in template.ids(" ".join(words)) if kinds.get(i) in allowed]
    ids = [i for i in ids if i not in owners] or ids  # "the SAF's 16th Division": the division
    ids = [i for i in ids if i not in _located(template, clause, kinds)]
    people = [i for i in ids if kinds[i] == "Person"]
    things = [i for i in ids if kinds[i] != "Person"]
    if relative and relative.group(0).startswith("which") and things:
        return things[-1:]  # "Sharaa, leader of HTS which led": HTS
    if people and "Person" in allowed:
        if relative or frame.predicate != "VISITED":
            return people[-1:] if relative else people[:1]
        return _coordinated(template, clause, people[0], kinds)  # 'A and B arrived in Z': both
    if relative and ids:
        return ids[-1:]
    return _coordinated(template, clause, ids[0], kinds) if ids else []


TOPIC = re.compile(
    r"^\W*(?:\d{1,2}[.)]\s*)?(?:on|regarding|concerning|as\s+for|as\s+to|turning\s+to)\s+"
    r"(?:the\s+)?⟦\d+⟧\s*,",
    re.I,
)


def _possessions(template: Template, clause: str) -> list[tuple[str, str]]:
    """(owner, owned) of each 'X's Y' of two names in the clause."""
    slots = template.slots
    return [
        (slots[int(m.group(1))], slots[int(m.group(2))]) for m in POSSESSOR_OF_NAME.finditer(clause)
    ]


SAID_IT = re.compile(r"^\s*(?:it|they)\b", re.I)
SAYER = re.compile(  # "The X (Y), which is based in Z, said": X
    r"(⟦\d+⟧)(?:\s*\(⟦\d+⟧\))?(?:,\s+(?:which|that)\s[^,;]{0,80},)?\s+(?:\w+\s+)?$"
)


def _sayer(
    template: Template,
    before: str,
    starts: list[re.Match[str]],
    clause: str,
    kinds: dict[str, str],
    allowed: tuple[str, ...],
) -> list[str]:
    """'The IDF said it had struck X': the body that speaks of itself as 'it' or 'they'; 'A
    said the party would not disarm and accused X': the speaker, whose second verb it is."""
    said = starts[-1] if starts else None
    if said is None or said.re is not REPORTING_VERB:
        return []
    itself = SAID_IT.match(clause) is not None
    if not itself and ("⟦" in clause or not AND_END.search(clause)):
        return []
    speaker = SAYER.search(before, 0, said.start())
    ids = template.ids(speaker.group(1)) if speaker else []
    kind = ("Organization",) if itself else ("Organization", "Person")
    return [i for i in ids if kinds.get(i) in kind and kinds.get(i) in allowed]


def _located(template: Template, clause: str, kinds: dict[str, str]) -> set[str]:
    """Places the clause names only as where something happened ('launched strikes in
    Lebanon and Gaza, ... rockets fired at Israel': Lebanon is no attacker)."""
    where = {i for m in LOCATIVE.finditer(clause) for i in template.ids(m.group(0))}
    named = set(template.ids(LOCATIVE.sub(" ", clause)))  # also named as an actor
    return {i for i in where if kinds.get(i) == "Place" and i not in named}


def _coordinated(template: Template, clause: str, first: str, kinds: dict[str, str]) -> list[str]:
    """The subject and the entities of its type listed with it: 'A, B and C remain hostile'."""
    slot = next(m for m in SLOT.finditer(clause) if template.slots[int(m.group(1))] == first)
    listed = LIST.match(clause, slot.start())
    ids = template.ids(listed.group(0)) if listed else [first]
    return [i for i in ids if kinds.get(i) == kinds[first]]


def _group(
    template: Template, text: str, kinds: dict[str, str], frame: Frame, role: str
) -> list[str]:
    """The first entities after the trigger joined by list words, up to a stop."""
    stop = OBJECT_STOP.search(text)
    span = _listed(text[: stop.start()] if stop else text)
    allowed = _allowed(frame, role)
    found: list[str] = []
    last_end = None
    for slot in SLOT.finditer(span):
        gap = span[last_end or 0 : slot.start()]
        if last_end is None and not _first_gap_ok(gap, frame):
            break
        if last_end is not None and not LIST_JOIN.match(gap):
            break
        if last_end is not None and APPOSED_OWNER.match(span, slot.end()):
            break  # "visited Camp X, Turkey's largest base abroad": an aside, not a second place
        if last_end is not None and SPEAKER_AFTER.match(span, slot.end()):
            break  # "fired at Israel, X told Reuters": the source, not a second target
        entity = template.slots[int(slot.group(1))]
        owned = (
            re.match(r"'s\s+[“\"]?(⟦\d+⟧)", span[slot.end() :])
            or ROLE_NAME.match(span[slot.end() :])  # "killed Hezbollah commander X": X
            or BACKED_NAME.match(span[slot.end() :])  # "the Iran-backed Houthis": the Houthis
        )
        if owned:  # "heads Hizballah's External Security Organization": the possessed
            entity = template.slots[int(owned.group(1)[1:-1])]
            last_end = slot.end() + owned.end()
        else:
            last_end = slot.end()
        if kinds.get(entity) in allowed:
            found.append(entity)
    return found


# a list's items described on the way: 'designated X, a drug network, together with its
# leader, A, and the B': X, A and B
ITEM_APPOSITION = re.compile(r"(?<=⟧),\s+(?:a|an|the)\s+(?-i:[a-z])[^,;⟦]{1,80}?(?=,)")
ITEM_ROLE = re.compile(
    r",?\s+(?:together\s+with|along\s+with|and)\s+(?:its|their|the\s+(?:group|network)['’]s)\s+"
    r"(?:[a-z\-]+\s+){0,2}?(?:leader|chief|head|commander|founder|treasurer|financier|"
    r"spokes(?:man|woman|person)|deputy)\s*,\s+(?=⟦)",
    re.I,
)


def _listed(span: str) -> str:
    """The objects' span with the descriptions of its items left out."""
    return ITEM_ROLE.sub(", ", ITEM_APPOSITION.sub("", span))


APPOSED_OWNER = re.compile(r"['’]s\s+[a-z]")
BACKED_NAME = re.compile(r"[-‑](?:backed|led|based|aligned|allied|affiliated|run|funded)\s+(⟦\d+⟧)")
APPOSED_UNIT = re.compile(
    rf"(⟦\d+⟧)(?:\s*\(⟦\d+⟧\))?\s*,\s+(?:the|a|an)\s+(?:[\w\-]+\s+)?⟦\d+⟧\s+{UNITS}\s+"
    r"(?:(?:formerly|currently|now|once|still)\s+)?$"
)
APPOSED_HEAD = re.compile(r"(⟦\d+⟧)\s*,\s+(?:the|a|an)\s+(?:[\w\-]+\s+|⟦\d+⟧\s+){1,4}$")
APPOSED_COPULA = re.compile(
    r"(⟦\d+⟧)(?:\s*\(⟦\d+⟧\))?\s*,\s+[^,;]{1,80},\s+(?:is|was|are|were|has\s+been)\s+$"
)
SPEAKER_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:said|says|told|added|stated|claimed|wrote|reported|announced)\b"
)


# a kind of group, then the ones the sentence means: 'armed groups, including X and Y'
GROUPS_NAMED = re.compile(
    r"^\s*(?:the\s+|its\s+|their\s+|several\s+)?(?:[\w\-]+\s+){0,4}?(?:groups|organi[sz]ations|"
    r"militias|factions|movements|networks|gangs|rebels|insurgents|jihadists|militants|"
    r"cartels)\s*,?\s+(?:including|such\s+as|among\s+them|notably|chiefly)\s+(?:the\s+)?$",
    re.I,
)
# what a side holds, struck in its place: "shelled the positions of X", "a convoy belonging to X"
HELD_BY = re.compile(
    r"^\s*(?:an?|the|several|two|three|four|\d+)?\s*(?:[a-z][\w\-]*\s+)?(?:positions?|bases?|"
    r"convoys?|camps?|checkpoints?|outposts?|strongholds?|hideouts?|patrols?|barracks|"
    r"headquarters|depots?|facilities|posts?)\s+(?:of|belonging\s+to|held\s+by)\s+(?:the\s+)?$",
    re.I,
)


# a state's own good between support and the state: 'support for the sovereignty and
# territorial integrity of X' supports X
STATE_GOOD_GAP = re.compile(
    rf"^\s*(?:for|to)?\s*(?:the\s+)?(?:{STATE_GOOD}(?:\s*,\s*|\s+and\s+|\s+(?=of\b))){{1,3}}"
    r"of\s+(?:the\s+)?$",
    re.I,
)


def _first_gap_ok(gap: str, frame: Frame) -> bool:
    if frame.act_by is not None and frame.act_by.match(gap):
        return True
    if frame.predicate == "LEADS" and DESCRIBED_HEAD.match(gap):
        return True  # "led by the former police officer X"
    if frame.predicate == "OPPOSES" and HELD_BY.match(gap):
        return True  # "attacked a position of the X": X is the target
    if frame.predicate in ("OPPOSES", "SUPPORTS") and GROUPS_NAMED.match(gap):
        return True  # "fought armed groups, including X and Y": X and Y
    if frame.predicate == "SUPPORTS" and STATE_GOOD_GAP.match(gap):
        return True
    if frame.gap is not None:
        return bool(frame.gap.match(gap))
    if "," in gap:  # "attacked US troops, the Pentagon said": the clause ended
        return False
    return len(re.findall(r"\w+", gap)) <= GAP_WORDS and not NOT_IN_GAP.search(gap)
