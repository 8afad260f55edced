"""Who "I" and "we" are: speakers of transcripts and interviews.

Broadcast monitoring transcripts tag their speakers ("[Leko]", "LAVROV:", "Q:"/"A:"), and
interviews tell meetings in the first person ("we met Mr Crocker at the State Department").
:func:`speaker_refs` resolves first-person pronouns to the person speaking, as
``(start, end, entity_id)`` references the rules read like names; :func:`tag_spans` gives the
spans of the tags themselves, which name a speaker, not an actor of the events.

>>> text = "Interview with the minister\\nQ: Whom did you see?\\nA: We met the envoy."
>>> [text[s:e] for s, e in tag_spans(text)]
['Q:', 'A:']
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator

from actorgraph.extract import cues
from actorgraph.extract.mention import Mention
from actorgraph.extract.spans import SpanIndex
from actorgraph.extract.template import JOIN
from actorgraph.text import VALEDICTION, last_lines

TAG = re.compile(  # '[Leko]', 'LAVROV:', '[00:01:05] KARIM ALI:' (a timestamp first)
    r"^[ \t]*(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?"
    r"(?:\[(?P<bracket>[^\]\n]{1,40})\]|(?P<colon>[A-Z][\w.'’\- ]{0,40}?)\s*:|"
    # a debate's member in capitals, a seat or a name in brackets: 'MR. A B (Hexham):', 'THE
    # MINISTER FOR X (MS. A B):' (the name is kept: the member speaks and is one of its people)
    r"(?P<debate>[A-Z][A-Z.'’\- ]{1,60}?)(?:\s*\([^()\n]{1,60}\)){1,2}\s*:)(?=\s)",
    re.M,
)
INTERVIEWER = {"q", "question", "reporter", "interviewer", "correspondent", "presenter",
               "anchor", "host", "text", "announcer", "moderator"}  # fmt: skip
ANSWER = {"a", "answer"}
FIRST_PERSON = re.compile(r"\b(?:I|we|We|WE|me|us|Us)\b")
INTERVIEW = re.compile(r"\binterview(?:ed)?\s+(?:\w+\s+){0,3}?(?:with|by)\b", re.I)
GUEST = re.compile(r"\b(?:Guest|Interviewee|GUEST|INTERVIEWEE)\s*:")  # 'Guest: A, former envoy'
SPEAKING = re.compile(r"\b(?:I|we|We)\b")  # the speaker as subject, not 'us' (nested claims)
QUOTE = re.compile(r"[“\"](?P<said>[^”\"\n]{3,800})[”\"]")
SAYS = r"(?:said|says|told|added|stated|wrote|declared|recalled|explained)"
AFTER = re.compile(
    rf",?\s*(?P<by>[^.!?“”\"\n]{{0,90}}?)\b{SAYS}\b|,?\s*{SAYS}\s+(?P<who>[^.!?“”\"\n,;]{{0,90}})"
)
BEFORE = re.compile(rf"(?P<by>[^.!?“”\"\n]{{0,90}}?)\b{SAYS}(?:\s+\w+){{0,3}}?\s*[:,]?\s*$")

Ref = tuple[int, int, str]


def tag_spans(text: str) -> list[tuple[int, int]]:
    """Spans of speaker tags at line starts (only where the text has two or more)."""
    tags = [m for m in TAG.finditer(text) if _speakerish(m)]
    return [m.span() for m in tags if not m.group("debate")] if len(tags) >= 2 else []


def outside_tags(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions that are no speaker tag's name; a tag that names a place is a line's
    label ('North Kordofan: ...'), not a speaker, and its place stays."""
    tags = tag_spans(text)
    if not tags:
        return mentions
    inside = SpanIndex(tags)
    return [m for m in mentions if m.type == "Place" or not inside.overlaps(m.start, m.end)]


def _speakerish(match: re.Match[str]) -> bool:
    label = (match.group("bracket") or match.group("colon") or match.group("debate") or "").strip()
    return 0 < len(label.split()) <= 4 and not label.lower().startswith(("http", "note"))


def speaker_refs(text: str, people: Iterable[Ref]) -> list[Ref]:
    """First-person pronouns resolved to the speaker; ``people`` are the report's person
    mentions as ``(start, end, entity_id)``."""
    people = sorted(people)
    tags = [m for m in TAG.finditer(text) if _speakerish(m)]
    interviewee = _interviewee(text, people)
    if len(tags) < 2:
        return list(_pronouns(text, 0, len(text), interviewee)) if interviewee else []
    refs: list[Ref] = []
    for tag, nxt in zip(tags, [*tags[1:], None], strict=False):
        speaker = _speaker(tag, people, interviewee, text)
        end = nxt.start() if nxt else len(text)
        refs += _pronouns(text, tag.end(), end, speaker) if speaker else []
    return refs


# a statement's speaker named in brackets before its colon: 'The Minister for X (A B): With
# permission, ...'
LABELLED = re.compile(r"^[^\n()]{0,160}\((?P<name>[^()\n]{3,60})\)\s*:", re.M)
NARRATED = 2  # 'I' as a speaker this often outside quotes: a report told in the first person


def narrated(text: str, quoted: SpanIndex | None = None) -> bool:
    """A report told in the first person: 'I' as a speaker, outside quotations (``quoted``,
    if already found), twice or more, or once in a letter or an e-mail its writer signs off."""
    quoted = _quotations(text) if quoted is None else quoted
    told = [m for m in re.finditer(r"\bI\b", text) if not quoted.overlaps(m.start(), m.end())]
    return len(told) >= NARRATED or (len(told) == 1 and _signed_off(text))


def _signed_off(text: str) -> bool:
    """A letter or an e-mail that closes with a valediction ('Regards,', 'Stay safe,') in
    its last lines: its one 'I' is its writer."""
    return any(VALEDICTION.fullmatch(text, start, end) for start, end in last_lines(text))


def _quotations(text: str) -> SpanIndex:
    return SpanIndex([q.span() for q in QUOTE.finditer(text)])


def narrator_refs(
    text: str,
    people: Iterable[Ref],
    bylines: Iterable[tuple[int, int]] = (),
    sender: tuple[int, int] | None = None,
    quotes: Iterable[tuple[int, int, tuple[int, int]]] = (),
) -> list[Ref]:
    """First-person pronouns outside quotations resolved to the narrator of a report told in
    the first person (a minister's statement, a diplomat's diary, a field e-mail), when it
    names its narrator: in brackets before the statement's colon, on a signature line of its
    own at the end, or in its byline; or the person on a mail's 'From:' line (``sender``, the
    span of its name); on a thread's quoted lines, whoever wrote them (``quotes``)."""
    people = sorted(people)
    quoted = _quotations(text)
    told = narrated(text, quoted)
    narrator = _narrator(text, people, list(bylines)) if told else None
    writer = _mail_sender(people, sender) if told and narrator is None else None
    refs = [*_pronouns(text, 0, len(text), narrator or writer), *_elided(text, narrator or writer)]
    kept = sorted(r for r in refs if not quoted.overlaps(r[0], r[1]) and not _of_us(text, r[0]))
    kept = _quoted_writers(kept, people, list(quotes))
    return [_with_companion(text, r, kept, people) for r in kept]


def _quoted_writers(
    refs: list[Ref], people: list[Ref], quotes: list[tuple[int, int, tuple[int, int]]]
) -> list[Ref]:
    """'I' on a mail's quoted lines is whoever wrote them ('On ..., A wrote:'), not the
    sender; dropped if that writer is no person named there."""
    if not quotes:
        return refs
    starts = [start for start, _, _ in quotes]  # the quoted lines, in order, none overlapping
    kept = []
    for ref in refs:
        at = bisect_right(starts, ref[0]) - 1
        inside = at >= 0 and ref[1] <= quotes[at][1]
        entity = _mail_sender(people, quotes[at][2]) if inside else ref[2]
        if entity is not None:
            kept.append((ref[0], ref[1], entity))
    return kept


# a diary's sentence that leaves its subject out: 'Met the governor at noon.', 'Sat down with B'
ELIDED_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?:;]\s)|(?<=\n)|(?<=[.!?]\s\s)|(?<=\u2014\s)|(?<=-\s))[ \t]*"
    r"(?=(?:" + "|".join(v.capitalize().replace(" ", r"\s+") for v in cues.DIARY_VERBS) + r")\b"
    r"(?:\s+(?P<next>[\w\-]+))?)",
    re.M,
)
# a diary's entry with no verb: 'In the evening, a round table with B and C.', 'Lunch with B.'
DIARY_ENTRY = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:[^.!?\n]{0,80}?,\s+)?"
    r"(?P<entry>(?:(?:[Aa]n?|[Aa]nother)\s+)?(?:[\w\-]+\s+){0,2}?"
    rf"(?i:{cues.SHARED_TABLE}|session)\s+with\b)",
    re.M,
)


def _elided(text: str, entity: str | None) -> Iterator[Ref]:
    """An empty reference to the narrator where a diary's sentence opens on its verb, or
    before an entry that has none."""
    if entity is None:
        return
    for match in ELIDED_SUBJECT.finditer(text):
        if not (match.group("next") and cues.heads_a_body(match.group("next"))):  # 'Met Office'
            yield (match.end(), match.end(), entity)
    for match in DIARY_ENTRY.finditer(text):
        yield (match.start("entry"), match.start("entry"), entity)


# 'A and I', 'A, who travelled with me, and I'; 'I and A'
COMPANION_FIRST = re.compile(r"\s*(?:,[^,;.]{1,80},)?\s+and\s*$")
COMPANION_AFTER = re.compile(r"\s+and\s+(?:(?:my|our|the)\s+)?(?:[a-z][\w\-]*\s+){0,3}$")
SENTENCE_REACH = 400  # characters before a 'we' in which its sentence opens (linear work)


def _with_companion(text: str, ref: Ref, refs: list[Ref], people: list[Ref]) -> Ref:
    """'A and I drove to Z, where we met B': the 'we' of a sentence that first names the
    narrator beside one companion is the two of them (``refs`` and ``people`` sorted)."""
    if text[ref[0] : ref[1]].lower() not in ("we", "us"):
        return ref
    reach = max(0, ref[0] - SENTENCE_REACH)
    opening = max(text.rfind(". ", reach, ref[0]), text.rfind("\n\n", reach, ref[0]), reach)
    mine = [r for r in _within(refs, opening, ref[0]) if text[r[0] : r[1]] == "I"]
    for own in mine:
        for person in _within(people, opening, ref[0]):
            first = person[1] <= own[0] and COMPANION_FIRST.fullmatch(text, person[1], own[0])
            after = own[1] <= person[0] and COMPANION_AFTER.fullmatch(text, own[1], person[0])
            if first or after:
                return (ref[0], ref[1], ref[2] + JOIN + person[2])
    return ref


def _within(spans: list[Ref], start: int, end: int) -> list[Ref]:
    """The spans (sorted) that start in ``start``-``end``."""
    return spans[bisect_left(spans, (start,)) : bisect_left(spans, (end,))]


def _mail_sender(people: list[Ref], sender: tuple[int, int] | None) -> str | None:
    """The person named on a mail's 'From:' line (``sender``, its span)."""
    named = [p for p in people if sender and sender[0] <= p[0] and p[1] <= sender[1]]
    return named[0][2] if named else None


def _of_us(text: str, start: int) -> bool:
    """'all of us', 'both of us': the group the narrator is one of, not the narrator."""
    return text[max(0, start - 3) : start] == "of "


def _narrator(text: str, people: list[Ref], bylines: list[tuple[int, int]]) -> str | None:
    label = LABELLED.search(text[:2000])
    if label is not None:
        named = [p for p in people if label.start("name") <= p[0] and p[1] <= label.end("name")]
        if named:
            return named[0][2]
    tail = last_lines(text)[0][0]
    signed = [p for p in people if p[0] >= tail and alone_on_line(text, p)]
    signed = signed or [p for p in people if any(s <= p[0] < e for s, e in bylines)][:1]
    edges = [p for p in people if p[0] < HEAD or p[0] >= tail]  # a blog's first or last lines
    signed = signed or [p for p in edges if _blog_author(text, p)][:1]
    signed = signed or [p for p in people if p[0] < HEAD and _author_line(text, p)][:1]
    return signed[-1][2] if signed else None


# a field log's or a memo's author under its title: 'Dr A, Senior Fellow, X Centre'
AUTHOR_LINE_BEFORE = re.compile(r"^(?:(?:by|from)\s*:?\s+)?(?:(?-i:[A-Z])[a-z]{1,4}\.?\s+)?$", re.I)


def _author_line(text: str, person: Ref) -> bool:
    """A line that opens with the person (after 'By' or an honorific) and goes on with a
    role after a comma, or ends with the name."""
    before, rest = _around(text, person)
    return (
        bool(AUTHOR_LINE_BEFORE.match(before))
        and (not rest.strip() or rest.startswith(", "))
        and "." not in rest[:60]
    )


HEAD = 600  # a blog's 'Posted by A' stands in its first characters
# a blog's author: 'Posted on 3 May by A', 'Written by A'
POSTED_BY = re.compile(r"\b(?:[Pp]osted|[Ww]ritten|[Pp]ublished)\b[^.\n]{0,30}?\bby\s+$")
# 'About the author: A is the ambassador to X', 'A is the country director of X'
AUTHOR_BIO = re.compile(
    r"\s+is\s+(?:the|a|an)\s+[^.\n]{0,80}?\b(?:ambassador|envoy|minister|director|"
    r"representative|coordinator|head|consul|commissioner)\b",
    re.I,
)
ABOUT = re.compile(r"^\s*(?:about\s+the\s+author\s*:?\s*)?$", re.I)


def _blog_author(text: str, person: Ref) -> bool:
    """A blog's author line: 'Posted by A', or a line opening 'A is the ambassador ...'."""
    if POSTED_BY.search(text, max(0, person[0] - 40), person[0]):
        return True
    line = text.rfind("\n", 0, person[0]) + 1
    return bool(ABOUT.match(text[line : person[0]]) and AUTHOR_BIO.match(text, person[1]))


def _around(text: str, person: Ref) -> tuple[str, str]:
    """What stands before and after the person on the person's line."""
    start = text.rfind("\n", 0, person[0]) + 1
    end = text.find("\n", person[1])
    return text[start : person[0]], text[person[1] : len(text) if end < 0 else end]


def alone_on_line(text: str, person: Ref) -> bool:
    """'Jane Doe' or '-- Jane Doe' on a line of its own (a signature)."""
    before, after = _around(text, person)
    return not before.strip(" -–—\t") and not after.strip(" ,\t")


def quote_refs(text: str, people: Iterable[Ref]) -> list[Ref]:
    """First-person pronouns inside a quotation resolved to the person it is attributed to
    ('"I met him in May," the minister Ali Reza said', 'Ali Reza said: "We met him."')."""
    people = sorted(people)
    refs: list[Ref] = []
    for quote in QUOTE.finditer(text):
        speaker = _attributed(text, quote, people)
        for match in SPEAKING.finditer(text, quote.start("said"), quote.end("said")):
            refs += [(match.start(), match.end(), speaker)] if speaker else []
    return refs


def _attributed(text: str, quote: re.Match[str], people: list[Ref]) -> str | None:
    """The one person named in the attribution right after the quote, or right before it."""
    after = AFTER.match(text, quote.end())
    if after and _opens_sentence(text, quote.start()):
        start, end = after.span("by") if after.group("by") is not None else after.span("who")
    else:
        window = max(quote.start() - 120, 0)  # bounded: work per quote stays constant
        line_start = max(text.rfind("\n", window, quote.start()), window)
        before = BEFORE.search(text, line_start, quote.start())
        if before is None:
            return None
        start, end = before.span("by")
    named = {p[2] for p in people if start <= p[0] and p[1] <= end}
    return named.pop() if len(named) == 1 else None


def _opens_sentence(text: str, position: int) -> bool:
    before = text[max(0, position - 80) : position].rstrip(" \t")
    return not before or before[-1] in ".!?:\n-–—•*"  # or a bullet


def _speaker(
    tag: re.Match[str], people: list[Ref], interviewee: str | None, text: str
) -> str | None:
    inside = [p for p in people if tag.start() <= p[0] and p[1] <= tag.end()]
    if tag.group("debate") and inside:  # 'THE MINISTER FOR X (MS. A B):': A B
        return inside[-1][2]
    label = (tag.group("bracket") or tag.group("colon") or tag.group("debate") or "").strip()
    key = label.lower().rstrip(".")
    if key in INTERVIEWER:
        return None
    if key in ANSWER:
        return interviewee
    surname = label.split()[-1].lower()
    named = [p for p in people if surname in text[p[0] : p[1]].lower().split()]
    return named[0][2] if named else None


def _interviewee(text: str, people: list[Ref]) -> str | None:
    """The person an interview is with: the one a 'Guest:' label names, else the first
    person named in the sentence that says 'interview with'/'interviewed by', within the
    opening of the report."""
    guest = GUEST.search(text[:1500])
    match = guest or INTERVIEW.search(text[:1500])
    if not match:
        return None
    start = match.end() if guest else text.rfind("\n", 0, match.start()) + 1
    stop = _sentence_end(text, match.end())
    inside = [p for p in people if start <= p[0] < stop]
    return inside[0][2] if inside else None


def _sentence_end(text: str, position: int) -> int:
    found = re.search(r"[.!?](?:\s|$)|\n", text[position:])
    return position + found.end() if found else len(text)


def _pronouns(text: str, start: int, end: int, entity: str | None) -> Iterator[Ref]:
    if entity is None:
        return
    for match in FIRST_PERSON.finditer(text, start, end):
        yield (match.start(), match.end(), entity)
