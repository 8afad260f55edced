"""An extraction as the JSON of ``shared/eval/SCHEMA.md`` (names, not ids) plus provenance.

The scorer reads ``entities``, ``meetings`` and ``relations``; the extra keys (ids, spans,
extractor, confidence, events, merges) carry the provenance.
"""

from __future__ import annotations

import re
from typing import Any

from actorgraph.extract import cues
from actorgraph.model import Entity, Event, Extraction, Relation
from actorgraph.resolve.dictionary import load


def text_name(entity: Entity, text: str) -> str:
    """The fullest form the report itself uses (the canonical name when the text uses it).

    >>> walid = Entity("person:w", "Person", "Walid Muallem", ["al-Moallem", "Walid al-Moallem"])
    >>> text_name(walid, "President al-Assad received Walid al-Moallem.")
    'Walid al-Moallem'
    >>> mansour = Entity("person:m", "Person", "Mansour bin Zayed", ["Sheikh Mansour bin Zayed",
    ...                  "Mansour bin Zayed Al Nahyan"])
    >>> text_name(mansour, "Sheikh Mansour bin Zayed Al Nahyan attended.")
    'Mansour bin Zayed Al Nahyan'
    >>> party = Entity("organization:p", "Organization", "Social Union", ["Danish Social Union",
    ...                "Social Union party", "Oslo's Social Union"])
    >>> text_name(party, "The Danish Social Union won; the Danish Social Union party gained.")
    'Danish Social Union'
    >>> text_name(party, "The Danish Social Union won; the Social Union lost a seat.")
    'Social Union'
    >>> king = Entity("person:r", "Person", "Rashid II", ["Rashid II of Oman", "King Rashid II"])
    >>> text_name(king, "Rashid II of Oman met the envoy; Rashid II said little.")
    'Rashid II'
    >>> kidal = Entity("place:k", "Place", "Kidal", ["Kidal region"])
    >>> text_name(kidal, "Fighting spread across the Kidal region.")
    'Kidal region'
    >>> text_name(kidal, "Kidal fell in May; the Kidal region is calm.")
    'Kidal'
    >>> city = Entity("place:c", "Place", "Kuwait", ["Kuwait City"])
    >>> text_name(city, "Talks opened in Kuwait City.")  # never 'Kuwait' alone: the city's name
    'Kuwait City'
    >>> sergei = Entity("person:s", "Person", "Sergei Ivanov", ["Sergey Ivanov",
    ...                 "Sergei Borisovich Ivanov"])
    >>> text_name(sergei, "Sergey Ivanov arrived.")  # the form used, not the longest known
    'Sergey Ivanov'
    >>> radio = Entity("organization:r", "Organization", "Radio Dalsan", ["Radio Dalsan TV"])
    >>> text_name(radio, "Radio Dalsan TV reported the attack.")  # its medium after the name
    'Radio Dalsan TV'
    >>> text_name(radio, "Radio Dalsan TV reported it; Radio Dalsan said more.")
    'Radio Dalsan'
    """
    forms = [_unowned(a) for a in entity.aliases]  # "IRGC's Quds Force"
    if not forms:
        return entity.name
    if _used(entity.name, text):  # 'X bin Y Al Nahyan' where the dictionary says 'X bin Y'
        fuller = [f for f in forms if entity.name in f and _used(f, text)]
        if entity.type != "Person":  # 'Lebanese Hezbollah' throughout, not 'Al-Manar television'
            alone = _alone(entity.name, forms, text)
            fuller = [f for f in fuller if not alone and _prefixed(f, entity.name)
                      and not OWNED.search(f.replace(entity.name, " "))]  # fmt: skip
        fuller = [f for f in fuller if not _titled(f)]  # 'Prince X', 'Crown Prince X'
        if entity.type == "Person":  # 'King X of Jordan': where X reigns, not X's name
            fuller = [f for f in fuller if not f.startswith(f"{entity.name} of ")]
        if entity.type == "Place" and not _alone(entity.name, forms, text):
            fuller += [f for f in forms if _unit_of(f, entity.name) and _used(f, text)]
        return max([entity.name, *fuller], key=len)
    return max([f for f in forms if _used(f, text)] or forms, key=len)


UNIT = re.compile(
    r"\s+(?:region|province|governorate|state|district|county|department|oblast|prefecture|city)$",
    re.I,
)


CHANNEL = re.compile(
    r"\s+(?:TV|Television|Radio|TV\s+channel|channel|Group|Movement|Party|Front|Organi[sz]ation|"
    r"Network|Militia|Brigades?|Coalition|Alliance)$"
)


def _prefixed(form: str, name: str) -> bool:
    """'Lebanese Hezbollah', or 'Al-Masirah TV', 'Abu Sayyaf Group' (a body named with its
    medium or its kind): the report's name when it never says the name alone."""
    medium = CHANNEL.search(form)
    return form.endswith(name) or (medium is not None and form[: medium.start()] == name)


def _unit_of(form: str, name: str) -> bool:
    """'Kidal region' is the region of Kidal, 'Gaza City' the city of Gaza: a report that never
    says 'Kidal' alone names the place by it."""
    unit = UNIT.search(form)
    return unit is not None and form[: unit.start()] == name


def _unowned(alias: str) -> str:
    """'IRGC's Quds Force' -> 'Quds Force': a known owner's possessive goes; 'Democratic
    People's Republic of Korea' is one name."""
    parts = re.split(r"['’]s\s+", alias)
    if len(parts) == 1:
        return alias
    return parts[-1] if load().knows(parts[-2].split(" of ")[-1]) else alias


def _titled(form: str) -> bool:
    """The form opens with a title of one or more words ('Prince', 'Crown Prince')."""
    words = form.lower().replace(".", "").split()
    return any(" ".join(words[:n]) in cues.PERSON_TITLES for n in (1, 2, 3))


OWNED = re.compile(r"['’]s\s|^the\s", re.I)  # "Treasury's OFAC", "the United States"


def _alone(name: str, forms: list[str], text: str) -> bool:
    """The name is used on its own somewhere, not only inside a fuller form ('Lebanese
    Hezbollah' throughout: the report's name for Hezbollah is the fuller one)."""
    fuller = [f for f in forms if name in f and f != name]
    inside = {m.start() + f.index(name) for f in fuller for m in re.finditer(re.escape(f), text)}
    return any(
        m.start() not in inside for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)
    )


def _used(form: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text) is not None


def to_eval(extraction: Extraction) -> dict[str, Any]:
    text = " ".join(extraction.report.text.split())  # a name may run over a line break
    names = {e.id: text_name(e, text) for e in extraction.entities}
    report = extraction.report
    return {
        "id": report.id,
        "source": {
            "url": report.url,
            "title": report.title,
            "publisher": report.publisher,
            "published": report.date,
            "path": report.path,
            "sha256": report.sha256,
        },
        "extractor": extraction.extractor,
        "entities": [_entity(e, names[e.id]) for e in extraction.entities],
        "meetings": [_meeting(e, names) for e in extraction.events if e.is_meeting],
        "relations": [_relation(r, names) for r in extraction.relations],
        "events": [_event(e, names) for e in extraction.events],
        "merges": [m.__dict__ for m in extraction.merges],
    }


def _entity(entity: Entity, name: str) -> dict[str, Any]:
    data = {
        "name": name,
        "type": entity.type,
        "aliases": [a for a in [entity.name, *entity.aliases] if a != name],
        "id": entity.id,
        "mentions": [list(m) for m in entity.mentions],
        "source": entity.source,
    }
    if entity.lat is not None:
        data.update(lat=entity.lat, lon=entity.lon, countryCode=entity.countryCode)
    return data


def _meeting(event: Event, names: dict[str, str]) -> dict[str, Any]:
    return {
        "participants": [names[p.id] for p in event.participants],
        "place": names.get(event.place or ""),
        "date": event.date,
        "evidence": event.evidence.sentence,
        "event": event.id,
        "kind": event.kind,
    }


def _relation(relation: Relation, names: dict[str, str]) -> dict[str, Any]:
    ev = relation.evidence
    return {
        "subject": names[relation.subject],
        "predicate": relation.predicate,
        "object": names[relation.object],
        "evidence": ev.sentence,
        "subject_id": relation.subject,
        "object_id": relation.object,
        "span": [ev.start, ev.end],
        "extractor": ev.extractor,
        "confidence": ev.confidence,
    }


def _event(event: Event, names: dict[str, str]) -> dict[str, Any]:
    return {
        "id": event.id,
        "kind": event.kind,
        "code": event.code,
        "participants": [
            {"id": p.id, "name": names[p.id], "role": p.role} for p in event.participants
        ],
        "place": event.place,
        "date": event.date,
        "datePrecision": event.datePrecision,
        "evidence": event.evidence.sentence,
        "span": [event.evidence.start, event.evidence.end],
    }
