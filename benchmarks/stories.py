"""One synthetic report: the facts it states (meetings, visits, exercises, relations) and
the text that states them, with the character span of every name.

The sentence patterns are the ones wire reports use ("A met B in C on March 3", "A-backed
B", "the commander of X, Y"); around them go sentences without names (context, analysis,
quotes) so that the word count and the density of names look like real reporting.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from benchmarks.world import Actor, Publisher, World

MONTHS = "January February March April May June July August September October November December"
TOPICS = [
    "regional security",
    "the situation on the border",
    "economic cooperation and reconstruction",
    "the latest developments in the region",
    "military coordination",
    "the exchange of prisoners",
    "energy and transit agreements",
    "the humanitarian situation",
]
ATTRIBUTIONS = [
    "officials said",
    "state media reported",
    "a statement from his office said",
    "according to a readout released afterwards",
    "sources familiar with the talks said",
]
FILLER = [
    "The talks focused on regional security and the coordination of positions.",
    "Analysts said the meeting signalled a deepening of ties at a time of rising tension.",
    "Neither side gave details of any agreement reached during the discussions.",
    "The visit came days after a series of strikes on supply routes in the area.",
    "Officials described the atmosphere of the talks as positive and constructive.",
    "The two sides agreed to continue consultations at the level of experts.",
    "Observers noted that the timing of the visit was unlikely to be a coincidence.",
    "Local residents reported a heavy security presence around the venue.",
    "The statement called for restraint and for the protection of civilians.",
    "It was the second such meeting in less than a month, according to diplomats.",
    "The discussions also touched on the return of displaced families to their homes.",
    "Security in the province has deteriorated since the start of the year.",
    "Photographs released afterwards showed officers inspecting equipment and positions.",
    "The ministry did not respond to a request for comment on the reports.",
    "Diplomats in the region said the move was aimed at reassuring allies.",
    "Prices of fuel and bread have risen sharply, adding to public discontent.",
    "The readout stressed the importance of dialogue and of respect for sovereignty.",
    "Several roads leading to the border crossing were closed for hours.",
    "The agreement is expected to be reviewed by a joint committee later this year.",
    "Critics said the arrangement would entrench the influence of armed groups.",
    "A spokesman declined to say how long the delegation would stay.",
    "The announcement was welcomed by some lawmakers and criticised by others.",
    "Footage broadcast on television showed columns of vehicles moving at night.",
    "The report could not be independently verified.",
]
EVENT_TEMPLATES = {
    "Meeting": [
        "{a} met {b} in {p} on {d} to discuss {topic}.",
        "{a} held talks with {b} in {p} on {d}, {attr}.",
        "{a} and {b} met in {p} on {d}, {attr}.",
    ],
    "HostVisit": [
        "{a} received {b} in {p} on {d}, {attr}.",
        "{a} hosted {b} in {p} on {d} for talks on {topic}.",
    ],
    "Visit": [
        "{a} visited {p} on {d}, {attr}.",
        "{a} arrived in {p} on {d} for a two-day visit.",
    ],
    "Exercise": [
        "{a} and {b} held joint military exercises in {p} on {d}.",
        "{a} and {b} staged joint drills in {p} on {d}, {attr}.",
    ],
}
RELATION_TEMPLATES = {
    "LEADS": [
        "{o} commander {s} said the operations would continue.",
        "{s}, the head of {o}, said the group would respond.",
    ],
    "MEMBER_OF": [
        "{o} spokesman {s} told reporters that the talks had been useful.",
        "{s}, a senior official of {o}, described the situation as stable.",
    ],
    "PART_OF": ["{s}, a unit of {o}, has expanded its presence in recent months."],
    "SUPPORTS": ["{s}-backed {o} has taken part in the fighting.", "{s} has long supported {o}."],
    "ALLIED_WITH": ["{s} is closely allied with {o}."],
    "OPPOSES": ["{s} condemned {o} in a statement on its website."],
}
MENTION_TEMPLATES = [
    "The situation in {p} remains tense, {attr}.",
    "{a} has not commented publicly on the reports.",
    "Officials in {p} declined to comment.",
    "{a} has been increasingly active in {p} over the past year.",
]
EVENT_WEIGHTS = {"Meeting": 4, "HostVisit": 2, "Visit": 3, "Exercise": 1}


@dataclass(frozen=True)
class Fact:
    """An event (kind = event kind) or a relation (kind = predicate); ids only."""

    kind: str
    subject: tuple[str, ...]
    object: tuple[str, ...]
    place: str | None = None
    date: str | None = None


@dataclass
class Story:
    title: str
    date: str
    publisher: Publisher
    url: str
    paragraphs: list[list[str]] = field(default_factory=list)
    facts: list[tuple[Fact, int, int]] = field(default_factory=list)  # fact, sentence span
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # name spans in body
    body: str = ""

    def entity_ids(self) -> list[str]:
        return list(dict.fromkeys(entity for _, _, entity in self.spans))


class Composer:
    """Builds the body text of one story sentence by sentence, recording name spans."""

    def __init__(self, world: World, story: Story, rnd: random.Random) -> None:
        self.world, self.story, self.rnd = world, story, rnd
        self.parts: list[str] = []
        self.length = 0
        self.seen: set[str] = set()
        self.filler = rnd.sample(FILLER, len(FILLER))

    def name(self, entity: str) -> tuple[str, str]:
        """(title before the name or "", the name or alias written)."""
        actor = self.world.by_id.get(entity)
        if actor is None:
            return "", self.world.place_by_id[entity].name
        first = entity not in self.seen
        self.seen.add(entity)
        if not first and actor.aliases and self.rnd.random() < 0.5:
            return "", self.rnd.choice(actor.aliases)
        if first and actor.titles and self.rnd.random() < 0.5:
            return f"{actor.titles[0]} ", actor.name
        return "", actor.name

    def sentence(self, template: str, names: dict[str, str], **words: str) -> tuple[int, int]:
        """Write one sentence; ``names`` maps a slot to an entity id. Returns its span."""
        start = self.length + (1 if self.parts and not self.parts[-1].endswith("\n") else 0)
        if start > self.length:
            self._emit(" ")
        text, pos = template, 0
        slots = sorted((text.index("{" + k + "}"), k) for k in names)
        out = []
        for index, slot in slots:
            out.append(text[pos:index].format(**words))
            title, surface = self.name(names[slot])
            out.append(title)
            at = start + sum(len(s) for s in out)
            self.story.spans.append((at, at + len(surface), names[slot]))
            out.append(surface)
            pos = index + len(slot) + 2
        out.append(text[pos:].format(**words))
        sentence = "".join(out)
        sentence = sentence[0].upper() + sentence[1:]
        self._emit(sentence)
        return start, start + len(sentence)

    def paragraph_break(self) -> None:
        if self.parts:
            self._emit("\n\n")

    def _emit(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- composing a story
def compose(world: World, rnd: random.Random, index: int, start: dt.date) -> Story:
    """A report: 1-4 events, 0-3 relations, a few other names, filler to ~200-500 words."""
    date = start + dt.timedelta(days=rnd.randrange(0, 730))
    publisher = rnd.choice(world.publishers)
    story = Story("", date.isoformat(), publisher, f"https://{publisher.domain}/news/{index}")
    composer = Composer(world, story, rnd)
    facts = _events(world, rnd, date, rnd.randint(1, 4)) + _relations(world, rnd, rnd.randint(0, 3))
    target_words = rnd.randint(200, 500)
    for number, fact in enumerate(facts):
        if number and rnd.random() < 0.4:
            composer.paragraph_break()
        span = _state(composer, fact, rnd)
        story.facts.append((fact, *span))
        _filler(composer, rnd, rnd.randint(0, 2))
    while len(composer.text().split()) < target_words and composer.filler:
        if rnd.random() < 0.3:
            composer.paragraph_break()
        if rnd.random() < 0.25:
            _mention(composer, rnd)
        _filler(composer, rnd, 1)
    story.body = composer.text()
    story.title = _title(world, facts[0])
    return story


def _events(world: World, rnd: random.Random, date: dt.date, count: int) -> list[Fact]:
    kinds = list(EVENT_WEIGHTS)
    facts = []
    for _ in range(count):
        kind = rnd.choices(kinds, [EVENT_WEIGHTS[k] for k in kinds])[0]
        when = (date - dt.timedelta(days=rnd.randrange(0, 6))).isoformat()
        a = world.popular.pick(rnd)
        if kind == "Visit":
            place = world.countries.pick(rnd) if rnd.random() < 0.5 else world.cities.pick(rnd)
            facts.append(Fact(kind, (a.id,), (place.id,), place.id, when))
            continue
        b = _other(world, rnd, a)
        facts.append(Fact(kind, (a.id,), (b.id,), world.cities.pick(rnd).id, when))
    return facts


def _other(world: World, rnd: random.Random, actor: Actor) -> Actor:
    for _ in range(20):
        other = world.popular.pick(rnd)
        if other.id != actor.id:
            return other
    return next(a for a in world.actors if a.id != actor.id)


def _relations(world: World, rnd: random.Random, count: int) -> list[Fact]:
    facts = []
    for _ in range(count * 3):
        actor = world.popular.pick(rnd)
        if actor.links and len(facts) < count:
            predicate, target = rnd.choice(actor.links)
            fact = Fact(predicate, (actor.id,), (target,))
            if target in world.by_id and fact not in facts:
                facts.append(fact)
    return facts


def _state(composer: Composer, fact: Fact, rnd: random.Random) -> tuple[int, int]:
    words = {"topic": rnd.choice(TOPICS), "attr": rnd.choice(ATTRIBUTIONS)}
    if fact.kind in EVENT_TEMPLATES:
        template = rnd.choice(EVENT_TEMPLATES[fact.kind])
        day = dt.date.fromisoformat(fact.date or "2024-01-01")
        words["d"] = f"{MONTHS.split()[day.month - 1]} {day.day}"
        names = {"a": fact.subject[0], "p": fact.place or fact.object[0]}
        if fact.kind != "Visit":
            names["b"] = fact.object[0]
        country = _country_of(composer.world, names["p"])
        if country and rnd.random() < 0.5:  # "in Homs, Syria on March 3"
            template = template.replace("{p}", "{p}, {c}")
            names["c"] = country
            span = composer.sentence(template, names, **words)
            composer.story.facts.append((Fact("LOCATED_IN", (names["p"],), (country,)), *span))
            return span
        return composer.sentence(template, names, **words)
    template = rnd.choice(RELATION_TEMPLATES[fact.kind])
    return composer.sentence(template, {"s": fact.subject[0], "o": fact.object[0]}, **words)


def _filler(composer: Composer, rnd: random.Random, count: int) -> None:
    for _ in range(min(count, len(composer.filler))):
        composer.sentence(composer.filler.pop(), {})


def _mention(composer: Composer, rnd: random.Random) -> None:
    """A sentence that names an actor or a place without stating a fact."""
    template = rnd.choice(MENTION_TEMPLATES)
    names = {}
    if "{a}" in template:
        names["a"] = composer.world.popular.pick(rnd).id
    if "{p}" in template:
        names["p"] = composer.world.cities.pick(rnd).id
    composer.sentence(template, names, attr=rnd.choice(ATTRIBUTIONS))


def _title(world: World, fact: Fact) -> str:
    actor = world.by_id[fact.subject[0]]
    place = world.place_by_id.get(fact.place or "")
    where = f" in {place.name}" if place else ""
    if fact.kind == "Visit":
        return f"{actor.name} visits {place.name if place else 'the region'}"
    verbs = {"Meeting": "holds talks", "HostVisit": "receives delegation"}
    return f"{actor.name} {verbs.get(fact.kind, 'joins drills')}{where}"


def _country_of(world: World, place_id: str) -> str | None:
    place = world.place_by_id.get(place_id)
    if place is None or place.kind == "country" or place.country not in world.place_by_id:
        return None
    return place.country
