"""Layout before language: the reading view of a report, the same length as its text.

Text from PDFs, wire archives and e-mail arrives hard-wrapped. :func:`reading_text` finds the
paragraphs and returns a string of exactly the same length in which the line breaks inside a
paragraph are spaces, words hyphenated at a line end are whole again, and running page
headers, footers and page numbers are blanked; every offset found in it is an offset in the
original, so evidence is quoted as the report has it.

>>> text = "Officials said the minister met\\nthe envoy in Cairo on Monday for\\ncoopera-\\ntion."
>>> reading_text(text)
'Officials said the minister met the envoy in Cairo on Monday for cooperation.  '
>>> len(reading_text(text)) == len(text)
True
>>> reading_text("A short title\\nThe body starts here and goes on.")
'A short title\\nThe body starts here and goes on.'
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from actorgraph.text import VALEDICTION, abbreviation

PAGE_NUMBER = re.compile(
    r"^\s*(?:-\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*-)?\s*$", re.I
)
BULLET = re.compile(r"^\s*(?:[-*•▪◦]|\d{1,2}[.)]|[a-z][.)])\s")
FIRST_WORD = re.compile(r"\S+")
OPEN_END = re.compile(r"(?:,|\b(?:the|of|and|to|in|by|for|with|from|a|an|at|on))$")
WRAPPED_MAX = 130  # lines longer than this are paragraphs, not a hard wrap


def reading_text(text: str) -> str:
    """Same-length text with soft line breaks joined (see the module doc)."""
    chars = list(_without_envelope(re.sub(r"[\r\f\v]", " ", text)))
    lines = _lines("".join(chars))
    skipped = _running_heads(lines, chars)
    width = _wrap_width([t for _, t in lines])
    body = [i for i, (_, t) in enumerate(lines) if t.strip() and i not in skipped]
    indent = min((len(t) - len(t.lstrip()) for _, t in lines if t.strip()), default=0)
    joined = False
    for a, b in zip(body, body[1:], strict=False):
        soft = _soft(lines, a, b, width, skipped, indent)
        joined = soft or (joined and _goes_on(lines, a, b, width))
        if joined:
            _join(chars, lines, a, b)
    # the rules' placeholders are ⟦n⟧: a report that types those brackets reads '[' and ']'
    return typographic_quotes("".join(chars)).replace("⟦", "[").replace("⟧", "]")


QUOTE_MARKS = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.M)  # a forwarded or quoted e-mail
HEADER_BLOCK = re.compile(
    r"(?:^[ \t]*-{2,}[ \t]*(?:Original\s+Message|Forwarded\s+message)[ \t]*-*[ \t]*\n)?"
    r"(?:^[ \t]*(?:From|To|Cc|Bcc|Subject|Date|Sent|Reply-To|Importance)[ \t]*:[^\n]*\n){2,}",
    re.M | re.I,
)
SOURCE_LINE = re.compile(  # a monitoring service's line before the text it translates
    r"\A\s*(?:(?:Text|Excerpt|Excerpts|Summary|Translation)\s+of\s+(?:an?\s+|the\s+)?"
    r"(?:[\w\-]+\s+){0,3}?(?:report|article|commentary|editorial|interview|statement|"
    r"broadcast|programme|program|speech|news\s+conference)\b[^\n]*)\n",
    re.I,
)


# classification: portion marks opening a paragraph ("(U) ...", "1. (S//NF) ...") and banner
# lines ("SECRET//NOFORN"); they grade the text, they are not part of its sentences
MARKING = (
    r"(?:TOP\s+SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED|RESTRICTED|CUI)(?://[A-Z0-9][A-Z0-9 ,\-/]*)?"
)
PORTION = re.compile(
    r"(?<=^)([ \t]*(?:\d{1,3}[.)][ \t]*|[-*•][ \t]*)?)"
    r"\((?:TS|S|C|U|R|CUI|FOUO)(?:/{1,2}[A-Z][A-Z0-9 ,\-]*)*\)[ \t]?",
    re.M,
)
BANNER = re.compile(rf"^[ \t]*{MARKING}[ \t]*$", re.M)


def _without_envelope(text: str) -> str:
    """E-mail quote marks, mail headers, a monitoring service's source line and
    classification markings as spaces (same length): the report is the text they wrap."""
    text = PORTION.sub(lambda m: m.group(1) + " " * (m.end() - m.end(1)), text)
    text = BANNER.sub(_spaces, text)
    text = QUOTE_MARKS.sub(_spaces, text)
    text = HEADER_BLOCK.sub(_but_senders, text)
    return SOURCE_LINE.sub(_spaces, text)


# the person a mail header names: 'From: Jane Doe <jd@example.org>', 'To: John Roe'
MAIL_PERSON = re.compile(
    r"^[ \t]*(?P<field>(?i:From|To|Cc))[ \t]*:[ \t]*\"?"
    r"(?P<name>[A-Z][a-z][\w.'’\-]*(?:[ \t]+[A-Z][a-z][\w.'’\-]*){1,3})(?=[ \t]*(?:<|\"|,|$))",
    re.M,
)


def _but_senders(match: re.Match[str]) -> str:
    """A mail header block as spaces, but for the names of its sender and recipients."""
    block = match.group()
    keep = [(m.start(), m.end("name")) for m in MAIL_PERSON.finditer(block)]  # with 'From:'
    return "".join(
        ch if ch == "\n" or any(a <= i < b for a, b in keep) else " " for i, ch in enumerate(block)
    )


def _spaces(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match.group())


STRAIGHT_OPEN = re.compile(r'(?:(?<=^)|(?<=[\s(\[{—–-]))"')


def typographic_quotes(text: str) -> str:
    """Straight double quotes as opening and closing quotes (same length): web pages and
    e-mail type '"', agencies and PDFs '“ ”'; the rules read one kind."""
    return STRAIGHT_OPEN.sub("“", text).replace('"', "”")


def _goes_on(lines: list[tuple[int, str]], a: int, b: int, width: int | None) -> bool:
    """A short line inside a paragraph, without a final stop, before a full line: text
    wrapped twice at different widths ('...the government of' / 'President' / 'Nicolas
    Maduro met ...')."""
    before, after = lines[a][1].rstrip(), lines[b][1].rstrip()
    if b != a + 1 or not width or before.endswith((".", "!", "?", ":", '"', "”", ")")):
        return False
    return len(after) >= 0.7 * width and not BULLET.match(after) and not OPENER.match(after)


# a capitalised function word opens a sentence, not the rest of a wrapped line: a title wrapped
# over two lines ('... meets X' / 'in Addis') ends before 'The regional tour ...'
OPENER = re.compile(
    r"[ \t]*(?:The|A|An|In|On|At|This|That|These|It|He|She|They|We|But|And|According|After|"
    r"Before|During|While|When|Meanwhile|However|Earlier|Later)\b"
)


def _lines(text: str) -> list[tuple[int, str]]:
    """(start offset, text) of every line."""
    found, start = [], 0
    for line in text.split("\n"):
        found.append((start, line))
        start += len(line) + 1
    return found


def _running_heads(lines: list[tuple[int, str]], chars: list[str]) -> set[int]:
    """Page numbers and short lines repeated on three or more pages are blanked."""
    counts = Counter(t.strip() for _, t in lines if t.strip())
    skipped = set()
    for i, (start, line) in enumerate(lines):
        key = line.strip()
        repeated = counts[key] >= 3 and len(key) < 80 and len(lines) > 30
        if key and (PAGE_NUMBER.match(line) or repeated):
            chars[start : start + len(line)] = " " * len(line)
            skipped.add(i)
    return skipped


def _wrap_width(lines: list[str]) -> int | None:
    """The column a hard-wrapped text breaks at, or None when lines are paragraphs."""
    lengths = sorted(len(t.rstrip()) for t in lines if t.strip())
    if len(lengths) < 3:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    full = sum(1 for n in lengths if n >= 0.8 * width)
    paragraphs = sum(1 for n in lengths if n > 2 * width)  # unwrapped lines (one: a title)
    wrapped = full >= max(3, 0.25 * len(lengths)) and paragraphs <= max(1, 0.05 * len(lengths))
    return width if width <= WRAPPED_MAX and wrapped else None


def _soft(
    lines: list[tuple[int, str]], a: int, b: int, width: int | None, skipped: set[int], indent: int
) -> bool:
    """Does the paragraph go on from line ``a`` to line ``b``?"""
    before, after = lines[a][1].rstrip(), lines[b][1]
    between = range(a + 1, b)
    if between and not any(i in skipped for i in between):
        return False  # a blank line ends a paragraph; a page break between does not
    if VALEDICTION.fullmatch(before):
        return False  # 'Regards,' stands on its line, above the writer's name
    if BULLET.match(after) or _indent(after) > max(indent, _indent(before), _hang(before)) + 1:
        return False  # indented: a new block (not the hanging indent of a bullet's text)
    if re.search(r"[a-z]-$", before) and after.lstrip()[:1].isalpha():
        return True
    if after.lstrip()[:1].islower() and not before.endswith((".", "!", "?", ":")):
        return True
    if OPEN_END.search(before):
        return True
    word = FIRST_WORD.search(after)
    stop = before.endswith((".", "!", "?")) and not abbreviation(before, len(before) - 1)
    if stop and len(after.rstrip()) < 0.7 * (width or 0):
        return False  # a short line after a full stop stands alone (dateline, caption)
    return bool(width and word and len(before) + 1 + len(word.group()) > width)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _hang(line: str) -> int:
    """The column a bullet's text starts at ('- The envoy ...': 2), where its wrapped lines
    go on; 0 for a line that is no bullet."""
    bullet = BULLET.match(line)
    return bullet.end() if bullet else 0


def _join(chars: list[str], lines: list[tuple[int, str]], a: int, b: int) -> None:
    """Newlines between ``a`` and ``b`` become spaces; a hyphenated word is rejoined."""
    start, line = lines[a]
    end = start + len(line.rstrip())
    for i in range(end, lines[b][0]):
        if chars[i] == "\n":
            chars[i] = " "
    if re.search(r"[a-z]-$", line.rstrip()):
        _rejoin(chars, end - 1, lines[b][0] + len(lines[b][1]) - len(lines[b][1].lstrip()))


def _rejoin(chars: list[str], hyphen: int, rest: int) -> None:
    """'coopera-' + 'tion' -> 'cooperation' + the freed spaces after it; 'al-' + 'Assad'
    keeps its hyphen."""
    word = FIRST_WORD.match("".join(chars[rest : rest + 60]))
    if not word or not word.group()[0].isalpha():
        return
    keep = 0 if word.group()[0].islower() else 1
    gap = rest - hyphen - keep
    moved = word.group()
    chars[hyphen + keep : rest + len(moved)] = list(moved) + [" "] * gap


BYLINE = re.compile(
    r"^[ \t]*(?:By|BY)[ \t]+(?P<names>[A-Z][\w.'’\-]*(?:(?:[ \t]+|[ \t]*,[ \t]*|[ \t]+and[ \t]+|"
    r"(?:[ \t]*,|[ \t]+and)[ \t]*\r?\n[ \t]*|[ \t]*\r?\n[ \t]*and[ \t]+)[A-Z][\w.'’\-]*){1,11})"
    r"[ \t]*\r?$",
    re.M,
)
BYLINE_LINES = 15  # a byline stands in a report's first lines


def bylines(text: str) -> list[tuple[int, int]]:
    """Spans of the authors' names in a byline ('By Jane Doe and John Roe', wrapped or not):
    they wrote the report and take part in none of its events."""
    head = "\n".join(text.split("\n")[:BYLINE_LINES])
    return [(m.start("names"), m.end("names")) for m in BYLINE.finditer(head)]


# a web page's links to its other articles: 'Also read: A meets B in Z' on its own line, or the
# headlines under 'Most read' / 'Related stories'; they are the text of no fact of this report
LINK_LABEL = (
    r"(?:also\s+read|read\s+also|read\s+more|more\s+on\s+this(?:\s+story)?|see\s+also|"
    r"related(?:\s+(?:articles?|stories|news|coverage|content|reading))?|recommended(?:\s+for\s+you)?|"
    r"(?:most|more)\s+(?:read|popular|viewed|shared)|more\s+(?:stories|news|from\s+[\w ]{1,30})|"
    r"trending(?:\s+now)?|top\s+stories|you\s+may\s+also\s+like|read\s+next|don[’']t\s+miss)"
)
LINK_LINE = re.compile(rf"^[ \t]*(?i:{LINK_LABEL})[ \t]*[:|\-–—>»][ \t]*\S[^\n]*$", re.M)
LINK_HEADING = re.compile(rf"^[ \t]*(?i:{LINK_LABEL})[ \t]*:?[ \t]*$", re.M)
STOPPED = re.compile(r"[.!?][\"”’)\]]?[ \t]*$")


def elsewhere(text: str) -> list[tuple[int, int]]:
    """Spans of the lines that point to other articles of a web page: 'Also read: ...',
    'RELATED: ...', and the headlines listed under 'Most read' or 'Related stories'."""
    spans = [m.span() for m in LINK_LINE.finditer(text)]
    for heading in LINK_HEADING.finditer(text):
        spans += _headlines_after(text, heading.end())
    return sorted(spans)


def _headlines_after(text: str, start: int) -> list[tuple[int, int]]:
    """The lines after a 'Most read' heading up to the first one that reads as body text (a
    line with a final stop that is no item of a numbered or bulleted list)."""
    found = []
    for line in re.finditer(r"[^\n]+", text[start:]):
        item, body = line.group(), line.group().strip()
        if not body:
            continue
        if STOPPED.search(body) and not BULLET.match(item):
            break
        found.append((start + line.start(), start + line.end()))
    return found


def mail_sender(text: str) -> tuple[int, int] | None:
    """Span of the name on the 'From:' line of a mail's first header block (its writer)."""
    block = HEADER_BLOCK.search(text)
    found = MAIL_PERSON.finditer(text, block.start(), block.end()) if block else iter(())
    sender = next((m for m in found if m.group("field").lower() == "from"), None)
    return sender.span("name") if sender else None


# a reply's attribution of the text it quotes: 'On Wed, 11 Mar 2026 at 22:40, A <a@x.org>
# wrote:' (itself quoted when the thread goes deeper: '> On Tue, ..., B wrote:')
QUOTE_INTRO = re.compile(
    r"^(?P<depth>(?:[ \t]*>)*)[ \t]*On\b[^\n]{0,120}?,[ \t]*"
    r"(?P<name>[A-Z][^,<>\n]{2,60}?)[ \t]*(?:<[^<>\n]*>)?[ \t]*wrote[ \t]*:[ \t]*$",
    re.M,
)
Quote = tuple[int, int, tuple[int, int]]
LINE = re.compile(r"^[^\n]*", re.M)


def quoted_writers(text: str) -> list[Quote]:
    """The quoted lines of a mail thread, each span with the span of the name of who wrote
    it: the lines one '>' deeper than an 'On ..., A wrote:' line before them are A's, down
    the thread, inline replies between them or not."""
    writers: dict[int, tuple[int, int]] = {}  # quote depth -> its writer's name
    found: list[Quote] = []
    for line in LINE.finditer(text):
        marks = QUOTE_MARKS.match(line.group())
        depth = marks.group().count(">") if marks else 0
        intro = QUOTE_INTRO.fullmatch(line.group())
        if intro:
            writers = {d: n for d, n in writers.items() if d <= depth}
            writers[depth + 1] = (
                line.start() + intro.start("name"),
                line.start() + intro.end("name"),
            )
        elif depth and depth in writers:
            found.append((line.start(), line.end(), writers[depth]))
    return found


def mail_names(text: str) -> list[tuple[int, int]]:
    """Spans of the names a mail's headers give ('From: Jane Doe <jd@example.org>'): its
    sender and recipients wrote and read the report and take part in none of its events."""
    return [m.span("name") for m in _header_people(text)]


def mail_recipients(text: str) -> list[tuple[int, int]]:
    """Spans of the names on the 'To:' and 'Cc:' lines of a mail's headers (every block)."""
    return [m.span("name") for m in _header_people(text) if m.group("field").lower() != "from"]


def _header_people(text: str) -> Iterator[re.Match[str]]:
    """The person lines ('From: A', 'To: B', 'Cc: C') of every header block of a mail."""
    for block in HEADER_BLOCK.finditer(text):
        yield from MAIL_PERSON.finditer(text, block.start(), block.end())
