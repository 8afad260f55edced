"""Who met whom, and where, read from the dependency parse of a sentence.

A meeting verb joins its subject to its objects ("X met Y", "Y was received by X", "X
conferred with Y"); a meeting noun joins its counterparts ("talks between A and B", "a
meeting with Y", held by the subject of its verb); the place is the "in"/"at" phrase of the
trigger, of the noun's verb, or of an argument the parser hung it on. Meetings that did not
happen (negated, modal, planned, refused) are dropped. The cues are data: ``meetings.toml``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from actorgraph.extract.parse import owners, parse

ACTORS = {"Person", "Organization"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
OBJECTS = {"dobj", "advcl", "npadvmod", "attr", "dative", "oprd", "appos", "pobj", "conj"}
NOT_INTO = {"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "punct", "cc", "mark",
            "aux", "auxpass", "neg", "det"}  # fmt: skip


@lru_cache(maxsize=1)
def cues() -> dict[str, set[str]]:
    data = tomllib.loads((Path(__file__).parent / "meetings.toml").read_text(encoding="utf-8"))
    return {key: set(values) for key, values in data.items()}


@dataclass(frozen=True)
class Found:
    hosts: list[str]
    guests: list[str]
    received: bool
    places: list[str]


@dataclass
class Sentence:
    doc: Any
    owner: dict[int, str]
    kinds: dict[str, str]

    def entity(self, token: Any) -> str | None:
        return self.owner.get(token.i)

    def kind(self, token: Any) -> str | None:
        entity = self.owner.get(token.i)
        return self.kinds.get(entity) if entity else None


def find(text: str, spans: list[tuple[int, int, str]], kinds: dict[str, str]) -> list[Found]:
    """Every stated meeting of one sentence; ``spans`` are sentence-relative mentions."""
    doc = parse(text)
    if _unreal_sentence(doc):
        return []
    sent = Sentence(doc, owners(doc, spans), kinds)
    found = []
    for token in doc:
        meeting = _verb(sent, token) or _noun(sent, token)
        found += meeting or []
    return found


def _unreal_sentence(doc: Any) -> bool:
    """A question, or a sentence that denies, defers or doubts a meeting, or whose main verb
    is modal ('A meeting between A and B would be the next step')."""
    c = cues()
    if doc.text.rstrip().endswith("?"):
        return True
    if any(token.lemma_.lower() in c["unreal_lemmas"] for token in doc):
        return True
    if any(_phrasal(token) in c["unreal_phrasal"] for token in doc):
        return True  # 'ruled out a meeting', 'called off the talks'
    roots = [token for token in doc if token.dep_ == "ROOT"]
    return any(_irrealis_aux(root) for root in roots)


def _phrasal(token: Any) -> str:
    """'rule out' for 'ruled out': a verb's lemma and its particle."""
    particles = [ch.lower_ for ch in token.children if ch.dep_ == "prt"]
    return " ".join([token.lemma_.lower(), *particles[:1]])


def _verb(sent: Sentence, verb: Any) -> list[Found] | None:
    c = cues()
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_ not in c["verbs"] | c["with_verbs"]:
        return None
    if _irrealis(verb) or (_infinitive(verb) and not _journey(verb)):
        return []  # "to meet" is a plan unless it is what a journey was for
    hosts, guests = _subjects(sent, verb), _objects(sent, verb)
    if _passive(verb):
        hosts, guests = _agents(sent, verb), _subjects(sent, verb)
    if verb.lemma_ in c["with_verbs"]:
        guests = _with(sent, verb)
    received = verb.lemma_ in c["host_verbs"]
    return _groups(sent, verb, hosts, guests, received, [verb, *_journey(verb)])


def _noun(sent: Sentence, noun: Any) -> list[Found] | None:
    c = cues()
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.lemma_.lower() not in c["nouns"]:
        return None
    if _irrealis(noun) or any(ch.lower_ in c["irrealis_mods"] for ch in noun.children):
        return []
    governor = _governor(noun)
    if governor is not None and _irrealis(governor):
        return []
    parties, joint = _counterparts(sent, noun)
    hosts = _actors(sent, governor, SUBJECTS) if governor is not None else []
    hosts += [e for ch in noun.children if ch.dep_ == "poss" for e in _phrase(sent, ch)]
    if joint and not hosts:
        hosts, parties = parties[:1], parties[1:]
    anchors = [noun] + ([governor] if governor is not None else [])
    if noun.dep_ in {"nsubj", "nsubjpass"}:  # "talks between A and B took place in Z"
        anchors.append(noun.head)
    return _groups(sent, noun, hosts, parties, False, anchors, joint=joint)


def _infinitive(verb: Any) -> bool:
    return any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in verb.children)


def _journey(verb: Any) -> list[Any]:
    """'flew to Z to meet Y': the journey's verb, whose destination is the meeting place."""
    head = verb.head
    purpose = verb.dep_ in {"advcl", "xcomp", "conj"} and head is not verb
    return [head] if purpose and head.lemma_ in cues()["travel_verbs"] else []


def _governor(noun: Any) -> Any | None:
    """The verb a meeting noun hangs on: 'held talks', 'in a meeting with Y, X said'."""
    head = noun.head
    if noun.dep_ in {"dobj", "nsubjpass", "attr"} and head.pos_ in {"VERB", "AUX"}:
        return head
    if noun.dep_ == "pobj" and head.head.pos_ in {"VERB", "AUX"}:
        return head.head
    return None


def _groups(
    sent: Sentence, trigger: Any, hosts: list[str], guests: list[str], received: bool,
    anchors: list[Any], joint: bool = False,
) -> list[Found]:  # fmt: skip
    hosts = list(dict.fromkeys(hosts))
    guests = [g for g in dict.fromkeys(guests) if g not in hosts]
    if not guests and len(hosts) >= 2 and _coordinated(trigger):  # "A and B met"
        hosts, guests, joint = hosts[:1], hosts[1:], True
    if not hosts or not guests:
        return []
    places = _places(sent, anchors + _argument_heads(trigger))
    if joint or _together(trigger) or len(guests) == 1:
        return [Found(hosts, guests, received, places)]
    return [Found(hosts, [g], received, places) for g in guests]  # separate meetings


def _coordinated(trigger: Any) -> bool:
    """The trigger's subject is a coordination ('A and B met'), not one long phrase."""
    subjects = [ch for ch in trigger.children if ch.dep_ in SUBJECTS]
    return any(t.dep_ == "conj" for s in subjects for t in s.subtree)


def _together(trigger: Any) -> bool:
    words = {t.lower_ for t in trigger.sent}
    return bool(words & cues()["joint_words"])


def _irrealis(token: Any) -> bool:
    """Negated, modal, or the complement of 'plan/expect/refuse ... to'."""
    c = cues()
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in c["modals"]):
            return True
    head = token.head
    if token.dep_ in {"xcomp", "ccomp", "acl"} and head is not token:
        return head.lemma_.lower() in c["irrealis_heads"] or _irrealis_aux(head)
    return False


def _irrealis_aux(token: Any) -> bool:
    return any(ch.dep_ in {"aux", "neg"} and ch.lower_ in cues()["modals"] | {"not", "n't", "never"}
               for ch in token.children)  # fmt: skip


def _passive(verb: Any) -> bool:
    return any(ch.dep_ in {"nsubjpass", "auxpass"} for ch in verb.children)


def _subjects(sent: Sentence, verb: Any) -> list[str]:
    found = _actors(sent, verb, SUBJECTS)
    if found:
        return found
    if verb.dep_ in {"relcl", "acl"}:  # "X, who met Y"; "officials meeting Y"
        return _phrase(sent, verb.head)
    if verb.dep_ in {"conj", "advcl", "xcomp"} and verb.head is not verb:
        return _actors(sent, verb.head, SUBJECTS)  # "X arrived in Z and met Y"
    return []


def _objects(sent: Sentence, verb: Any) -> list[str]:
    found = []
    for child in verb.rights:
        if child.dep_ == "prep" and child.lower_ == "with":
            found += [e for g in child.children if g.dep_ == "pobj" for e in _phrase(sent, g)]
        elif child.dep_ in OBJECTS and child.pos_ in {"PROPN", "NOUN", "PRON"}:
            found += _phrase(sent, child)
    return found


def _with(sent: Sentence, verb: Any) -> list[str]:
    preps = [ch for ch in verb.children if ch.dep_ == "prep" and ch.lower_ == "with"]
    return [e for p in preps for g in p.children if g.dep_ == "pobj" for e in _phrase(sent, g)]


def _agents(sent: Sentence, verb: Any) -> list[str]:
    agents = [ch for ch in verb.children if ch.dep_ == "agent"]
    return [e for a in agents for g in a.children if g.dep_ == "pobj" for e in _phrase(sent, g)]


def _actors(sent: Sentence, token: Any, deps: set[str]) -> list[str]:
    return [e for ch in token.children if ch.dep_ in deps for e in _phrase(sent, ch)]


def _counterparts(sent: Sentence, noun: Any) -> tuple[list[str], bool]:
    c, found, joint = cues(), [], False
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in c["counterpart_preps"]:
            found += [e for g in prep.children if g.dep_ == "pobj" for e in _phrase(sent, g)]
            joint = joint or prep.lower_ in c["joint_preps"]
    return found, joint


def _phrase(sent: Sentence, head: Any) -> list[str]:
    """The actors a noun phrase names: its own name, names in apposition and conjunction,
    and the organisation of a group noun ('a Hamas delegation', 'officials of Hamas')."""
    ids: list[str] = []
    _collect(sent, head, ids)
    people = [i for i in ids if sent.kinds.get(i) == "Person"]
    if people and not _group(head):
        ids = [i for i in ids if sent.kinds.get(i) == "Person" or _listed(sent, head, i)]
    return [i for i in dict.fromkeys(ids) if sent.kinds.get(i) in ACTORS]


def _collect(sent: Sentence, token: Any, ids: list[str]) -> None:
    entity = sent.entity(token)
    if entity and not _modifies_a_noun(sent, token):
        ids.append(entity)
    for child in token.children:
        if child.dep_ == "prep" and not (entity or _group(token) or token.pos_ == "PROPN"):
            continue  # "received his training in X": a common noun's complement names no party
        if child.dep_ == "acl" and child.lemma_ in {"lead", "head"}:
            for agent in (a for a in child.children if a.dep_ == "agent"):
                for g in agent.children:
                    _collect(sent, g, ids)
        elif child.dep_ not in NOT_INTO:
            _collect(sent, child, ids)


def _modifies_a_noun(sent: Sentence, token: Any) -> bool:
    """'a Trump administration official', 'a Putin aide': a person's name that modifies a
    common noun names someone else."""
    entity = sent.entity(token)
    while sent.entity(token.head) == entity and token.head is not token:
        token = token.head  # the last word of the name
    head = token.head
    return (
        sent.kinds.get(entity or "") == "Person"
        and token.dep_ == "compound"
        and head.pos_ == "NOUN"
        and sent.entity(head) is None
    )


def _group(token: Any) -> bool:
    return token.lemma_.lower() in cues()["group_nouns"] or token.lower_ in cues()["group_nouns"]


def _listed(sent: Sentence, head: Any, entity: str) -> bool:
    """An organisation coordinated with the people ('met X and Hamas'), not a modifier."""
    return any(sent.entity(t) == entity and t.dep_ == "conj" for t in head.subtree)


def _argument_heads(trigger: Any) -> list[Any]:
    return [ch for ch in trigger.children if ch.dep_ in OBJECTS | SUBJECTS]


def _places(sent: Sentence, anchors: list[Any]) -> list[str]:
    """Places of 'in'/'at' phrases of the trigger and its arguments."""
    found = []
    for anchor in anchors:
        if anchor.lemma_ == "visit":  # "visited Z to meet Y"
            found += [e for g in anchor.children if g.dep_ == "dobj" for e in _place_names(sent, g)]
        for prep in anchor.children:
            if prep.dep_ == "prep" and prep.lower_ in _place_preps(anchor):
                found += [e for g in prep.children if g.dep_ == "pobj"
                          for e in _place_names(sent, g)]  # fmt: skip
    return list(dict.fromkeys(found))


def _place_preps(anchor: Any) -> set[str]:
    return {"in", "at", "to"} if anchor.lemma_ in cues()["travel_verbs"] else {"in", "at"}


def _place_names(sent: Sentence, token: Any) -> list[str]:
    found = [sent.entity(t) for t in token.subtree if sent.kind(t) == "Place"]
    return [f for f in found if f]
