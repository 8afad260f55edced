"""Capitalised names the dictionary does not know: runs of capitalised words split at
titles and known names, typed by cues (titles, head-words, given names, word frequency)."""

from __future__ import annotations

import re

from actorgraph.extract import cues
from actorgraph.extract.hits import ROMANCE, knows_name, org_head_word
from actorgraph.extract.lexicon import zipf
from actorgraph.extract.mention import (
    ACRONYM,
    DESCRIBED_PLACE,
    MAX_PERSON_TOKENS,
    MEDIA_BEFORE,
    NAME_LIKE,
    PERSON_CONTEXT,
    PLACE_CONTEXT,
    PLACE_LIST,
    TOWN_AFTER,
    Mention,
    venue_named_at,
)
from actorgraph.extract.spans import SpanIndex
from actorgraph.extract.tokens import SECOND_PARTICLES, Token
from actorgraph.resolve.dictionary import Dictionary, load


def is_headline(tokens: list[Token]) -> bool:
    """A title-case line without final stop ('Designation of Kata'ib Hizballah'): names
    there are only taken from the dictionary and from person titles."""
    if not tokens or _stops(tokens[-1].text) or _byline(tokens) or _masthead(tokens):
        return False  # a clause of a list ('Welcomes the talks held in Z ...;') is body text
    words = [t for t in tokens if t.text[:1].isalpha() and len(t.text) > 3]
    return len(words) >= 3 and sum(t.text[0].isupper() for t in words) >= 0.8 * len(words)


def _stops(last: str) -> bool:
    """A line that ends with a stop, or with an abbreviation that keeps its dot ('10 Aug.')."""
    word = last[:-1]
    return last in ".!?;," or (last.endswith(".") and word.isalpha() and not word.isupper())


MEMO_FIELDS = {"from", "source", "author", "analyst", "publisher", "compiled", "published"}


def _masthead(tokens: list[Token]) -> bool:
    """'X Monitor | Weekly Summary No. 12', 'From: X, Iraq desk': a document's fields name
    its publisher; no title."""
    field = len(tokens) > 1 and tokens[0].text.lower() in MEMO_FIELDS and tokens[1].text == ":"
    return field or _labelled(tokens) or any(t.text == "|" for t in tokens)


def _labelled(tokens: list[Token]) -> bool:
    """'Translated by: A', 'Press contact: B': a field whose label is a capitalised word and
    one to three lower-case words before a colon."""
    colon = next((i for i, t in enumerate(tokens[:5]) if t.text == ":"), None)
    if colon is None or colon < 2:
        return False
    label = [t.text for t in tokens[:colon]]
    return label[0].istitle() and all(w.isalpha() and w.islower() for w in label[1:])


BYLINE = {"reporting", "writing", "editing", "additional", "compiled", "written", "edited", "by"}


def _byline(tokens: list[Token]) -> bool:
    """'(Reporting by A and B; Editing by C)': a wire byline names people, it is no title."""
    words = [t.text.lower() for t in tokens[:4] if t.text[:1].isalpha()]
    return len(words) >= 2 and words[0] in BYLINE and "by" in words[:3]


PARTICIPLE = re.compile(
    r"-(?:controlled|held|run|backed|led|occupied|owned|based|aligned|affiliated|allied|linked|"
    r"funded|sponsored|supported)$"
)


def with_head_word(
    run: list[Token], tokens: list[Token], position: dict[int, int]
) -> tuple[list[Token], str | None]:
    """Take a following lower-case head-word into the name: 'Assad government'."""
    index = position[run[-1].start]
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is None or run[-1].possessive or _all_demonyms(run) or PARTICIPLE.search(run[-1].text):
        return run, None  # 'a Houthi-controlled port' describes, it names no place
    word = after.text.lower()
    if word in cues.LOWERCASE_ORG_HEADS:
        return [*run, after], "Organization"
    head = tokens[index + 2] if index + 2 < len(tokens) else None
    if word in cues.LOWERCASE_PLACE_HEADS:
        if head is not None and head.text.lower() in cues.LOWERCASE_PLACE_HEADS:
            return [*run, after, head], "Place"  # 'the Jaber-Nassib border crossing'
        return [*run, after], "Place"
    if word in cues.SITE_KINDS and head is not None and head.text.lower() in cues.SITE_HEADS:
        return [*run, after, head], "Place"  # 'the Bulengo displacement site'
    return run, None


def undescribed(run: list[Token]) -> list[Token]:
    """A run without the participle that opens it ('Bosniak-led', 'Iran-backed'), when a
    name follows it."""
    lead = 1 if run[0].text in ("The", "the") else 0
    if len(run) > lead + 1 and PARTICIPLE.search(run[lead].text):
        return run[lead + 1 :]
    return run


BASED = "-based"


def base_town(text: str, run: list[Token], covered: SpanIndex) -> list[Mention]:
    """'the Savien-based gang', 'a North Mitrovica-based portal': what a body is based in is a
    place, known or not."""
    lead = 1 if run[0].text in ("The", "the") else 0
    ends = [i for i, t in enumerate(run) if t.text.endswith(BASED)]
    if not ends or ends[0] < lead or len(run[ends[0]].text) <= len(BASED) + 1:
        return []
    start, end = run[lead].start, run[ends[0]].end - len(BASED)
    if covered.overlaps(start, end) or not text[start].isupper():
        return []
    return [Mention(start, end, text[start:end], "Place", source="cue")]


def _all_demonyms(run: list[Token]) -> bool:
    return all(t.bare.lower() in cues.DEMONYMS for t in run)


def split_run(run: list[Token], covered: SpanIndex) -> list[list[Token]]:
    """Pieces of a run between dictionary hits (a token touching a hit is dropped)."""
    pieces: list[list[Token]] = [[]]
    for tok in run:
        if covered.overlaps(tok.start, tok.end):
            pieces.append([])
        else:
            pieces[-1].append(tok)
    return [p for p in pieces if p]


def _title_size(words: list[Token], i: int) -> int:
    """Length (0-4 tokens) of a person title starting at ``words[i]``."""
    for size in (4, 3, 2, 1):
        phrase = " ".join(t.bare.lower() for t in words[i : i + size])
        if len(words) >= i + size and phrase in cues.PERSON_TITLES:
            return size
    return 1 if len(words) > i + 1 and words[i].bare.lower() in cues.PLURAL_TITLES else 0


def split_titles(piece: list[Token], dictionary: Dictionary) -> list[list[Token]]:
    """'Parliament Speaker Nabih Berri' -> 'Parliament' + 'Speaker Nabih Berri';
    'Council on Foreign Relations Kamal Kharazi' -> the council + the person;
    'Washington Hedi Silberman' -> the place + the person; 'Qasr Al Bahr Sheikh' (before a
    name the dictionary matched) -> the palace."""
    affiliated = _person_of_org(piece)
    if affiliated:
        return affiliated
    last = piece[-1].text.lower().rstrip(".")
    honorific = len(piece) > 1 and (last in cues.HONORIFICS or last in cues.CLERICAL_TITLES)
    if honorific and not cues.is_given_name(piece[-2].text):  # not 'Hassan Sheikh Mohamud
        return split_titles(piece[:-1], dictionary)
    for i in range(1, len(piece)):
        size = _title_size(piece, i)
        rest = piece[i + size :]
        before = piece[i - 1].bare.lower()  # 'Jaafar Sheikh Mustafa', 'Said bin Sultan'
        given = cues.is_given_name(piece[i - 1].text) or before in cues.JOINING_PARTICLES
        if size and rest and not _org_words(rest) and not _title_size(piece, i - 1) and not given:
            return [p for p in (piece[:i], *split_titles(piece[i:], dictionary)) if p]
        initials = i > 1 and INITIALS.fullmatch(piece[i - 1].text) and _title_size(piece, i - 2)
        if initials:  # 'Prime Minister KP Sharma Oli': the initials begin the name
            continue
        if _person_starts(piece, i) or _person_after_known(piece, i, dictionary):
            return [piece[:i], piece[i:]]
    return [piece]


def _person_of_org(piece: list[Token]) -> list[list[Token]]:
    """'Lt. Ole Nilsen of Brigade Nord': a titled person, then the organization they serve
    in, two names (not 'Minister of Foreign Affairs', whose title is followed by 'of');
    'Lena Petrova of the Free Party', 'Ana Silva of Cidade Nova', 'Bishop Ana Silva of X': a
    given name first (after any title), then whatever the person is of."""
    titles = _titles_size(piece)
    of = next((i for i, t in enumerate(piece) if t.text == "of"), 0)
    head, tail = piece[titles:of], piece[of + 1 :]
    tail = tail[1:] if tail and tail[0].text.lower() == "the" else tail
    if not of or not 2 <= len(head) <= 3 or not tail:
        return []
    given = cues.is_given_name(head[0].text) and not _org_words(head)
    rare = _org_words(tail) and all(zipf(t.bare) < NAME_LIKE for t in head)  # 'A B of the X Union'
    if not (given or titles or rare) or not _person_like(head):
        return []
    if given or _org_words(tail):
        return [piece[:of], tail]
    return [piece[:of]]  # 'Pastor A B of Z': of a place (or a body) unknown, not its name


INITIALS = re.compile(r"[A-Z]{2,3}|(?:[A-Z]\.){1,3}")
DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


ARABIC_FAMILY = re.compile(r"(?:[Aa]l|[Ee]l)-[A-Z]")


def _one_arabic_name(piece: list[Token], i: int) -> bool:
    """A one-word name after a person's title, then a father's and a family name ('al-X')."""
    title = piece[i - 2].bare.lower().rstrip(".") if i >= 2 else ""
    titled = title in cues.PERSON_TITLES or title in cues.HONORIFICS
    return titled and len(piece) - i in (2, 3) and ARABIC_FAMILY.match(piece[-1].text) is not None


def _person_after_known(piece: list[Token], i: int, dictionary: Dictionary) -> bool:
    """A place or organization the dictionary knows, then a two- or three-word name that
    starts with a given name or is made of rare words."""
    rest = piece[i:]
    if not 2 <= len(rest) <= 3 or _org_words(rest) or piece[i - 1].bare.lower() in SHORT_FORMS:
        return False  # 'Md. A B': Mohammad shortened, not Maryland
    if _one_arabic_name(piece, i):  # 'Minister Sabah Nouri al-Hakeem': one name
        return False
    if not any(knows_name(dictionary, _joined(piece[j:i])) for j in range(max(0, i - 3), i)):
        return False
    return cues.is_given_name(rest[0].text) or all(zipf(t.bare) < NAME_LIKE for t in rest)


def _joined(words: list[Token]) -> str:
    return " ".join(t.text for t in words)


def _person_starts(piece: list[Token], i: int) -> bool:
    """A given name after an organization's head-word ('... Relations Kamal Kharazi') or
    after ordinary English words ('Negotiator Mohammed Tahiri') starts a person's name; so
    do two or three rare words right after a head-word ('... Division Oded Basiuk')."""
    rest = piece[i:]
    if len(rest) < 2 or _org_words(rest) or _name_part(piece[i - 1]) or _venue_first(piece, i):
        return False  # 'Karim Abdallah Haddad', 'Abu Yasser al-Shami' are one name
    if not cues.is_given_name(piece[i].text):
        return _rare_name_after_head(piece, i)
    common = all(zipf(t.bare) >= NAME_LIKE - 1 and not _name_part(t) for t in piece[:i])
    return _org_words(piece[:i]) or common


def _venue_first(piece: list[Token], i: int) -> bool:
    """'Hotel Maria Cristina', 'Villa Rosa X': a building's first word names a venue after
    someone, not a person after a word."""
    return i == 1 and piece[0].bare.lower() in cues.BUILDING_FIRST_WORDS


KUNYA = {"abu", "umm", "ibn", "bin", "bint", "ben", "abou", "abo"}
SHORT_FORMS = {"sk", "md", "mohd", "muhd", "mst"}  # 'Sk Bashir Uddin', 'Md Touhid Hossain'


def _name_part(tok: Token) -> bool:
    """A given name or a kunya particle: the name goes on after it."""
    return (
        cues.is_given_name(tok.text)
        or tok.bare.lower() in KUNYA | SHORT_FORMS | cues.SURNAMES_FIRST
    )


def _rare_name_after_head(piece: list[Token], i: int) -> bool:
    rest = piece[i:]
    rare = len(rest) <= 3 and all(zipf(t.bare) < NAME_LIKE - 0.5 for t in rest)
    after_head = _bare(piece[i - 1]) in cues.ORG_HEADS or (
        _org_words(piece[:i]) and zipf(piece[i - 1].bare) >= NAME_LIKE  # 'Ministry of Defense'
    )
    return rare and after_head


def candidate(
    text: str, piece: list[Token], head_type: str | None = None, headline: bool = False
) -> Mention | None:
    """Trim a capitalised run to a name and type it, or drop it."""
    if not headline and MEDIA_BEFORE.search(text, max(0, piece[0].start - 40), piece[0].start):
        outlet = _mention(text, piece, "Organization", None)  # 'the outlet The Irrawaddy'
        outlet.outlet = True
        return outlet
    piece = piece[1:] if _per(text, piece) else piece
    if peer := _peer(piece):
        return _mention(text, peer, "Person", None)
    words, title, demonyms = _strip_lead(piece)
    if title and (peer := _peer(words)):  # 'Minister for Africa Lord Collins'
        return _mention(text, peer, "Person", None)
    head = words[-1:] if head_type and words and not words[-1].capital else []
    words = _trim_tail(words[: len(words) - len(head)])
    if not words:
        return None
    words += head
    listed = not title and head_type is None and _portfolio_list(text, piece[0].start)
    if listed and (holder := _after_portfolio(words)):  # 'Minister of Trade, Industry and Energy X'
        return _mention(text, holder[:MAX_PERSON_TOKENS], "Person", None)
    if title and _after(text, title_end(piece, words)) in ("of", "for"):
        holder = _after_portfolio(words)
        if holder and head_type is None:  # 'Minister for European Integration X Y'
            return _mention(text, holder[:MAX_PERSON_TOKENS], "Person", title)
        if (
            head_type is None
            and _bare(words[-1]) in cues.PORTFOLIO_WORDS
            and not _headed_body(words)
        ):
            return None  # 'Minister of Foreign Affairs': a portfolio, not an organization
        if _not_a_name(words):
            return None  # 'Leader of the Islamic Revolution': an event in a title
        kind = head_type or _ruled(title, words) or guess_type(words, text) or "Organization"
        return _mention(text, words, kind, None)
    if title and headline and not _surname_like(words):  # 'Leader Discuss Bilateral Issues'
        words = []
    if title and words and not _org_words(words) and head_type is None:
        return _mention(text, words[:MAX_PERSON_TOKENS], "Person", title)
    words = _without_next_title(text, words) if not title else words
    if headline or _not_a_name(words):
        return None
    titled = _titled_before(text, words) or _titled_to_place(text, words)
    if not title and head_type is None and titled and not _org_words(words):
        return _mention(text, words[:MAX_PERSON_TOKENS], "Person", None)
    if demonyms and (_org_words(words) or head_type):
        words = demonyms + words
    kind = head_type or guess_type(words, text)
    mention = _mention(text, words, kind, None) if kind or len(words) == 1 else None
    if mention is not None and len(words) == 1 and kind == "Organization":
        mention.described = _described_body(text, words[0])  # 'Evrazia, a Moscow-based NGO'
    return mention


def _headed_body(words: list[Token]) -> bool:
    """The name's head (its last word before 'of' / 'for') is a body's: 'Kuwait Fund for
    Arab Economic Development', not 'Asian Affairs of the Ministry of ...'."""
    cut = next((i for i, w in enumerate(words) if i and w.text in ("of", "for")), len(words))
    return _bare(words[cut - 1]) in cues.ORG_HEADS


def _ruled(title: str, words: list[Token]) -> str | None:
    """The town or province a mayor or a governor runs ('Mayor of Jermuk'), unless the
    name ends in a body's head-word ('Governor of the Central Bank')."""
    ruler = title.split()[-1].lower() in cues.LOCAL_RULERS
    return "Place" if ruler and not _org_words(words) else None


def _described_body(text: str, word: Token) -> bool:
    """A one-word name that its context calls a body: 'X, a Moscow-based NGO', 'the Riga-based
    X', 'whose armed wing is known as X' (the resolver keeps it, as it keeps an outlet's)."""
    if re.search(r"[A-Z][\w'’\-]*\s$", text[max(0, word.start - 30) : word.start]):
        return False  # 'Sahel Horizon': the end of a longer name, cut by a place's
    return _body_context(text, word.start, word.end)


def _body_context(text: str, start: int, end: int) -> bool:
    """The words around a name call it a body: 'whose armed wing is known as the X', 'the
    Riga-based X', 'X, a Riga-based news site', 'representatives of X'."""
    if UNIT_CALLED.search(text, max(0, start - 60), start):
        return True
    if BASED_BEFORE.search(text, max(0, start - 40), start):
        return True
    if SENT_BY.search(text, max(0, start - 90), start) and _lone_name(text, start, end):
        return True
    based = BASED_AFTER.match(text, end)
    if based is not None and BODY_NOUNS.intersection(based.group(1).lower().split()):
        return True
    apposed = BODY_APPOSED.match(text, end)  # 'X, the gang led by A', 'X, a militia that'
    return apposed is not None and apposed.group(1).lower() in BODY_NOUNS


PEERAGES = frozenset({"lord", "baroness", "lady"})  # titles a peer goes by
EVERYDAY_WORD = 5.0  # Zipf: a word this common after 'Lord' is no name ('the Lord is ...')


def _peer(piece: list[Token]) -> list[Token] | None:
    """'Lord Collins of Highbury', 'Baroness Chapman': a peer's title and name (and the
    place of the title) are the name the peer goes by ('Lord Mayor' is an office)."""
    piece = piece[1:] if len(piece) > 2 and piece[1].bare.lower() in PEERAGES else piece
    if len(piece) < 2 or piece[0].bare.lower() not in PEERAGES or piece[1].text[:1].islower():
        return None
    if piece[1].bare.lower() in cues.PERSON_TITLES or zipf(piece[1].bare.lower()) > EVERYDAY_WORD:
        return None
    of = len(piece) > 3 and piece[2].text == "of" and piece[3].text[:1].isupper()
    return piece[:4] if of else piece[:2]


OPENING = re.compile(r"(?:^|[.!?:]\s+|\n\s*(?:[-•*–]\s+)?)$")


def _per(text: str, piece: list[Token]) -> bool:
    """'Per Radio Nova, ...' opening a sentence: 'per' is the preposition, not the given name
    ('Per Stig Moller, ...')."""
    if len(piece) < 2 or piece[0].text != "Per" or text[piece[-1].end : piece[-1].end + 1] != ",":
        return False
    if cues.is_given_name(piece[1].text):
        return False  # 'Per Stig Moller, the diplomat,': a name
    return OPENING.search(text, max(0, piece[0].start - 4), piece[0].start) is not None


# a title's list of portfolios goes on: 'Commissioner for Political Affairs, Peace and |Security X'
PORTFOLIO_LIST = re.compile(
    r"\b(?:Minister|Commissioner|Secretary)\s+(?:of\s+State\s+)?(?:for|of)\s+(?:the\s+)?"
    r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*(?:(?:,\s+|\s+and\s+|,\s+and\s+)[A-Z][\w\-]*"
    r"(?:\s+[A-Z][\w\-]*)*)*(?:,\s+|\s+and\s+|,\s+and\s+)$"
)


def _portfolio_list(text: str, start: int) -> bool:
    return PORTFOLIO_LIST.search(text, max(0, start - 160), start) is not None


def _without_next_title(text: str, words: list[Token]) -> list[Token]:
    """'Republika Srpska President [A B]': a title that ends the run belongs to the name the
    dictionary found right after it; the words before it are read alone."""
    for size in (2, 1):
        start = len(words) - size
        if (
            start > 0
            and _title_size(words, start) == size
            and re.match(r" [A-Z]", text[words[-1].end : words[-1].end + 2])
        ):
            return words[:start]
    return words


LOWER_TITLE = re.compile(r"\b([a-z]+(?:\s+[a-z]+)?)\s+$")


def _titled_before(text: str, words: list[Token]) -> bool:
    """'junta chief Min Aung Hlaing', 'rebel leader X': a lower-case title right before a
    run of two or more name words."""
    if len(words) < 2 or any(not w.capital for w in words):
        return False
    before = LOWER_TITLE.search(text[max(0, words[0].start - 30) : words[0].start])
    if not before:
        return False
    phrase = before.group(1)
    return phrase in cues.PERSON_TITLES or phrase.split()[-1] in cues.PERSON_TITLES


# an envoy's title and the place it is to, right before a name: 'Ambassador to Myanmar X'
TITLE_TO_PLACE = re.compile(
    r"\b(?:ambassador|envoy|representative|coordinator|consul(?:[\s-]general)?|charg[eé]\s+"
    r"d['’]affaires|commissioner|attach[eé])\s+(?:to|for|in)\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w'’\-]*\s+){1,4}$",
    re.I,
)


def _titled_to_place(text: str, words: list[Token]) -> bool:
    """Two or more name words right after 'Ambassador to Myanmar', 'Special Envoy for Yemen'."""
    if len(words) < 2 or any(not w.capital for w in words):
        return False
    return TITLE_TO_PLACE.search(text, max(0, words[0].start - 60), words[0].start) is not None


def _surname_like(words: list[Token]) -> bool:
    """A title-case line capitalises verbs and nouns too: there a name after a title must
    end in a rare word (a surname), not in an ordinary one ('... Discuss Bilateral Issues')."""
    return bool(words) and zipf(words[-1].bare) < NAME_LIKE and not _org_words(words)


def _after_portfolio(words: list[Token]) -> list[Token]:
    """The words after the last portfolio word when they read as a name (one to four
    capitalised words, none a head-word or portfolio): the office-holder."""
    last = max((i for i, t in enumerate(words) if _bare(t) in cues.PORTFOLIO_WORDS), default=-1)
    rest = words[last + 1 :]
    if last < 0 or not 1 <= len(rest) <= 4 or _org_words(rest):
        return []
    return rest if all(t.capital and _bare(t) not in cues.PLACE_HEADS for t in rest) else []


def title_end(piece: list[Token], words: list[Token]) -> int:
    """Where the stripped lead of a piece ends (the start of its first kept word)."""
    return words[0].start if words else piece[-1].end


def _after(text: str, position: int) -> str:
    """The lower-case word just before ``position`` ('of' in 'Secretary of the Treasury')."""
    before = re.findall(r"[A-Za-z]+", text[max(0, position - 12) : position])
    if before and before[-1].lower() == "the" and len(before) > 1:
        return before[-2].lower()
    return before[-1].lower() if before else ""


NAME_SYLLABLES = {"tun"}  # an honorific elsewhere, a syllable of Burmese names after a rank
MEMBER_NOUNS = {
    "fighters", "members", "militants", "troops", "soldiers", "supporters", "officials",
    "representatives", "commanders", "units", "elements", "delegates", "gunmen",
}  # fmt: skip
SEAT_NOUNS = {"hq", "headquarters"}  # 'the HQ of the X Brigade': the brigade is the name


def _strip_lead(piece: list[Token]) -> tuple[list[Token], str | None, list[Token]]:
    """Leading stop words, demonyms and person titles (kept when a head-word follows:
    'Imam Ali Brigades' is a unit, not a person)."""
    words, title, demonyms = list(piece), None, []
    if (
        len(words) > 3
        and words[0].bare.lower() in MEMBER_NOUNS | SEAT_NOUNS
        and words[1].text == "of"
    ):
        words = words[2:]  # 'Fighters of the X Organisation': the organization is the name
    while len(words) > 1 and words[0].bare.lower() == "the":
        words = words[1:]  # 'The General Intelligence Service'
    rest = words[_titles_size(words) :]
    of = bool(rest) and rest[0].bare.lower() in ("of", "for")  # 'Chairman of the X Council'
    office = bool(words) and words[0].bare.lower() in cues.OFFICE_TITLES  # 'Chairman X Committee'
    if _org_words(rest) and _title_size(words, 0) and not of and not office:
        return words, None, []  # 'Imam Ali Brigades', not 'Army Chief General X'
    while words:
        size = _title_size(words, 0)
        low = words[0].bare.lower()
        if size and title and _org_words(words[size:]):
            break  # 'Head of the General Intelligence Service': the second is the body's name
        if size == 1 and title and low in NAME_SYLLABLES and len(words) in (2, 3):
            break  # 'Major Tun Naing': a Burmese name's first syllable, not Malaysia's 'Tun'
        if size:
            phrase = " ".join(t.text for t in words[:size])
            title = f"{title} {phrase}" if title else phrase
        elif low in cues.DEMONYMS and not title and not _given_then_surname(words):
            demonyms.append(words[0])
        elif low in cues.SPELLED_ORDINALS and _org_words(words[1:2]):
            break  # 'Second Division', 'Fifth Fleet': the ordinal is part of the unit's name
        elif not (low in cues.STOP_NAMES or low in cues.NAME_CONNECTORS) or _headed(words):
            break
        elif _given_before_name(words):
            break  # 'Jan Kowal': a given name that is also a month's short form
        words = words[max(size, 1) :]
    return words, title, demonyms


def _headed(words: list[Token]) -> bool:
    """'New Administrative Capital', 'New Democratic Party': a word that begins names of
    places and bodies, before name words that end in a head-word, is part of the name."""
    low = words[0].bare.lower()
    if len(words) > 1 and low in cues.PORTFOLIO_WORDS and words[1].bare.lower() in PORTFOLIO_BODY:
        return True  # 'Home Ministry', 'Home Office', 'Home Affairs': a portfolio's body
    return low in cues.ORG_FIRST_WORDS and len(words) > 2 and org_head_word(_bare(words[-1]))


PORTFOLIO_BODY = {"ministry", "office", "department", "affairs"}


def _given_before_name(words: list[Token]) -> bool:
    """'Jan Kowal', not 'Jan 5' or 'Jan.': a stop word that is also a given name begins a
    name when a name word follows it."""
    if (
        len(words) < 2
        or words[0].bare.lower() not in cues.GIVEN_NAMES
        or words[0].text.endswith(".")
    ):
        return False
    return words[1].capital and words[1].bare.lower() not in cues.STOP_NAMES | cues.DEMONYMS


def _given_then_surname(words: list[Token]) -> bool:
    """'Christian Schmidt': a demonym that is also a given name, then one name word."""
    if len(words) != 2 or words[0].bare.lower() not in cues.GIVEN_NAMES:
        return False
    low = words[1].bare.lower()
    return low not in cues.DEMONYMS and not _org_words(words[1:]) and low not in cues.PLACE_HEADS


def _titles_size(words: list[Token]) -> int:
    """Length of the run of person titles that opens ``words``."""
    i = 0
    while i < len(words) and (size := _title_size(words, i)):
        i += size
    return i


def _trim_tail(words: list[Token]) -> list[Token]:
    """Drop trailing connectors, stop words, a title after an organization ('CENTCOM
    Commander'), a model code ('Air Force F-15E') and a category ('... Area of Responsibility')."""
    words = _cut_not_names(words)
    while words and (
        not words[-1].capital
        or words[-1].bare.lower() in cues.STOP_NAMES
        or (
            len(words) > 1
            and _title_size(words, len(words) - 1)
            and _org_words(words[:-1])
            and not _office_of(words)
        )
        or (len(words) > 1 and re.search(r"\d", words[-1].text) and "-" in words[-1].text)
    ):
        two = len(words) > 1 and _title_size(words, len(words) - 2) == 2  # 'Cabinet Secretary'
        words = words[:-2] if two else words[:-1]
    if words and all(_bare(t) in cues.PORTFOLIO_WORDS for t in words) and len(words) < 3:
        return []  # 'Interior [Cabinet Secretary]': a portfolio before a title, no name
    return words


def _office_of(words: list[Token]) -> bool:
    """'Media Office of the Prime Minister', 'Office of the Special Envoy': the title after
    'of (the)' says whose office the organization is; it stays in the name."""
    lows = [t.bare.lower() for t in words]
    if "of" not in lows:
        return False
    tail = words[len(lows) - lows[::-1].index("of") :]
    tail = tail[1:] if tail and tail[0].bare.lower() == "the" else tail
    return bool(tail) and _titles_size(tail) == len(tail)


def _cut_not_names(words: list[Token]) -> list[Token]:
    for i in range(1, len(words)):
        if " ".join(t.bare.lower() for t in words[i:]) in cues.NOT_NAMES:
            return words[:i]
    return words


def _not_a_name(words: list[Token]) -> bool:
    phrase = " ".join(t.bare.lower() for t in words)
    # 'ADVISORY', 'MOVEMENTS': a heading's word that is only an organization's head-noun
    heading = len(words) == 1 and words[0].bare.isupper() and _org_words(words)
    demonym = phrase in cues.DEMONYMS  # 'in Sri Lankan waters': an adjective, no place
    return (
        phrase in cues.NOT_NAMES
        or phrase in cues.STOP_NAMES
        or _job_title(phrase)
        or heading
        or demonym
    )


def _job_title(phrase: str) -> bool:
    """'Press Officer', 'Senior Analyst', 'Security Focal Point': a job title, not a name."""
    words = phrase.split()
    return words[-1] in cues.JOB_TITLE_HEADS or " ".join(words[-2:]) in cues.JOB_TITLE_HEADS


def _org_words(words: list[Token]) -> bool:
    return any(_bare(w) in cues.ORG_HEADS for w in words) or _command_area(words)


COMMAND_AREAS = {"district"}


def _command_area(words: list[Token]) -> bool:
    """'Western Military District', 'Southern Military District': a command, not a place (a
    'Military Region' is often the area itself)."""
    lows = [w.bare.lower() for w in words]
    return len(lows) > 1 and lows[-2] in ("military", "naval") and lows[-1] in COMMAND_AREAS


def _bare(tok: Token) -> str:
    """Lower case, without possessive or plural ``s`` when the singular is a head-word."""
    word = re.sub(r"['’]s$", "", tok.bare.lower())
    singular = word[:-1] if word.endswith("s") else word
    return singular if singular in cues.ORG_HEADS | cues.PLACE_HEADS else word


def _mention(text: str, words: list[Token], kind: str | None, title: str | None) -> Mention:
    start, end = words[0].start, words[-1].end
    surface = text[start:end]
    if re.search(r"['’]s$", surface):
        end -= 2
        surface = surface[:-2]
    return Mention(start, end, surface, kind, (), "cue", title=title)


SHOUTED_WORD = 3.5  # Zipf: an unknown all-caps word this common in English is a word, not a body
SHOUTED_LONG = 2.5  # the same for a word of seven letters or more, which few acronyms have
REFERENCE = re.compile(r"[A-Z]+(?:-\d+){2,}|[A-Z]+-\d{3,}")  # 'GMA-2026-031': a file number


def _shouted(word: str) -> bool:
    """An all-caps word that is an English word ('RISK', 'DESIGNATE'), or a document's
    reference number ('GMA-2026-031'), not a body's acronym."""
    limit = SHOUTED_LONG if len(word) >= 7 else SHOUTED_WORD
    return zipf(word.lower()) >= limit or REFERENCE.fullmatch(word) is not None


# a sentence that opens on where it happens: 'In Garowe, ...', 'At Kismayo, ...'
FRONTED_IN = re.compile(r"(?:^|[.!?:]\s+|\n\s*(?:[-•*–]\s+)?)(?:In|At)\s+$")


def fronted_place(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` is where its sentence happens: 'In Garowe, the minister ...'."""
    opened = FRONTED_IN.search(text, max(0, start - 12), start) is not None
    return opened and text[end : end + 1] == ","


def _lone_name(text: str, start: int, end: int) -> bool:
    """A word English does not use, not the first of a longer name ('the Office of ...')."""
    rare = all(_rare_word(w) for w in text[start:end].split())
    return rare and not re.match(r"\s+(?:of\b|[A-Z])", text[end:])


def _given_particle_surname(words: list[Token]) -> bool:
    """A given name, a surname's particle, then one surname: a person's name."""
    if len(words) != 3 or _bare(words[1]) not in cues.SURNAME_PARTICLES:
        return False
    return words[2].capital and cues.is_given_name(words[0].text)


def _rare_word(word: str) -> bool:
    """English does not use the word, or a part of it ('Hapag-Lloyd')."""
    return min(zipf(part.lower()) for part in word.split("-")) < NAME_LIKE


def guess_type(words: list[Token], text: str) -> str | None:
    """Place or Organization by the head-word of the name, Place after 'in'/'at', Person by a
    given name or a name-like pair, else None (the resolver may still type it)."""
    lows = [_bare(w) for w in words]
    head = lows[: lows.index("of")] if "of" in lows[1:] else lows
    body_of = head is not lows and head[-1] in cues.ORG_HEADS  # 'Bank of X', not 'West Bank'
    if _command_area(words):
        return "Organization"
    if _given_particle_surname(words):
        return "Person"  # 'Pieter van Dam', 'Maria da Ponte': not a dam, not a bridge
    if not body_of and any(" ".join(head[-n:]) in cues.PLACE_HEADS for n in (1, 2, 3)):
        return "Place"
    if any(w in cues.VENUE_HEADS for w in head) and venue_named_at(text, words[0].start):
        return "Place"  # 'met him at Government House', 'at the State Guest House Meghna'
    if head[-1] in cues.ORG_HEADS or any(w in cues.ORG_HEADS for w in lows):
        return "Organization"
    if len(lows) > 1 and lows[-1] in cues.MEDIA_HEADS:
        return "Organization"  # 'Persia Digest', 'Kabul Review': a news outlet
    if len(lows) > 1 and lows[0] in ("los", "las"):
        return "Organization"  # 'Los Halcones', 'Las Aguilas': a gang (the gazetteer has the towns)
    if (
        len(lows) > 2
        and lows[-2] in ROMANCE
        and any(e.type == "Place" for e in load().lookup(words[-1].text))
        and not cues.is_given_name(words[0].text)  # 'Lina dos Santos': a person
    ):
        return "Place"  # 'Nioro du Sahel', 'Mocímboa da Praia'
    if len(words) == 1 and ACRONYM.fullmatch(words[0].bare) and words[0].bare.isupper():
        return (
            None if _shouted(words[0].bare) or _in_heading(text, words[0].start) else "Organization"
        )
    if _body_context(text, words[0].start, words[-1].end):
        return "Organization"
    if len(words) > 1 and PERSON_CONTEXT.search(text[max(0, words[0].start - 30) : words[0].start]):
        return "Person"
    if len(words) > 1 and lows[0] in cues.PLACE_PREFIXES:
        return "Place"
    if fronted_place(text, words[0].start, words[-1].end):
        return "Place"  # 'In Garowe, the minister met ...': where the sentence happens
    place_cue = PLACE_CONTEXT.search(text[max(0, words[0].start - 30) : words[0].start])
    if place_cue and _to_someone(place_cue.group(0), words):
        return "Person"  # 'gave an audience to Lena Petrova': 'to' before a given name
    if place_cue or PLACE_LIST.search(text, max(0, words[0].start - 100), words[0].start):
        return "Place"
    if _before_country(text, words[-1].end) or DESCRIBED_PLACE.match(text, words[-1].end):
        return "Place"  # 'Buulo Fuulay, Somalia', 'Zorgho, a town in the east'
    if TOWN_AFTER.match(text, words[-1].end):
        return "Place"  # 'visited Maungdaw town', 'the Kutupalong camp'
    if _before_title(text, words[-1].end) and all(zipf(t.bare) < NAME_LIKE for t in words):
        return "Organization"  # 'Republika Srpska President X': whose president, not a person
    if ROLE_OF.search(text, max(0, words[0].start - 60), words[0].start):
        return "Organization"  # 'Z, leader of the Belgrade-backed Srpska Lista'
    if len(words) > 1 and (_person_like(words) or _apposed_role(text, words)):
        return "Person"
    return None


BASED_BEFORE = re.compile(r"\bthe\s+[\w\-]+-based\s+$")
# who a body sends: 'met representatives of X', 'a delegation from X'
# (and a second body after the first: 'representatives of X and, separately, of Y')
SENT_BY = re.compile(
    r"\b(?:representatives|delegations?|delegates|officials|executives)\s+(?:of|from)\s+"
    r"(?:[^.;:]{1,40}?\band,?\s+(?:[a-z]+,\s+)?(?:of|from)\s+)?(?:the\s+)?$",
    re.I,
)
# a unit's name given: 'whose armed wing is known as the X', 'a faction called X'
UNIT_CALLED = re.compile(
    r"\b(?:wing|arm|branch|unit|faction|militia|affiliate|offshoot|cell)\s*,?\s+(?:(?:is|was)\s+)?"
    r"(?:known\s+as|called|named)\s+(?:the\s+)?$",
    re.I,
)
BASED_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?[\w\-]+-based\s+((?:[\w\-]+\s*){1,3})"
)
# a body's noun in apposition right after the name: 'X, the gang led by A', 'X, a militia that'
BODY_APPOSED = re.compile(
    r",\s+(?:the|a|an)\s+(?:(?-i:[a-z])[\w\-]*\s+){0,2}?([a-z]+)(?=\s*[,;.]|\s+(?:led|headed|run|"
    r"based|that|which|whose|of|in|known|formed|founded|active|operating|responsible)\b)"
)
GROUP_NOUNS = frozenset({"gang", "coalition", "alliance", "movement", "cartel", "bloc", "cell"})
# what a body is called after where it is based: 'a Riga-based news site', 'a Goma-based charity'
BODY_WORDS = frozenset(
    {"site", "outlet", "firm", "company", "network", "tank", "ngo", "charity", "newspaper",
     "broadcaster", "channel", "group", "organisation", "organization", "monitor", "agency",
     "militia", "faction", "daily", "weekly", "website", "portal", "institute", "foundation"}
)  # fmt: skip
BODY_NOUNS = BODY_WORDS | GROUP_NOUNS  # what a context may call a body
ROLE_OF = re.compile(  # what a leader, member or fighter is of: an organization
    r"\b(?:leader|head|chief|chair(?:man|woman|person)?|members?|commanders?|founder|"
    r"co-founder|spokes(?:man|woman|person)|secretary-general|fighters|militants)\s+of\s+"
    r"(?:the\s+)?(?:[\w\-]+-(?:backed|led|based|aligned|allied)\s+|(?!and\b|or\b)[a-z][\w\-]*\s+){0,2}$"
)


CLAUSE_BEFORE = re.compile(r"([^,;:.()\n]{1,60}),\s*$")
APPOSED_AFTER = re.compile(
    r",\s+(?:the|a|an|his|her|its|their)\s+([^,;:.()\n]{1,60}?)(?=[,;.)]| who\b| said\b)"
)
QUALIFIER = re.compile(r" (?:of|for|to|at|in|on|with|from) ")


def _role_head(phrase: str) -> bool:
    """'the director of the national police': the words before the first 'of' end in a role
    noun (a person title or a word such as 'founder', 'lawyer')."""
    head = QUALIFIER.split(f" {phrase.lower()} ", maxsplit=1)[0].split()
    return bool(head) and (
        head[-1] in cues.PERSON_NOUNS or " ".join(head[-2:]) in cues.PERSON_NOUNS
    )


def _apposed_role(text: str, words: list[Token]) -> bool:
    """An unknown capitalised pair in apposition to a role: 'the national police chief, A B,',
    'A B, the group's founder,', 'A B, who ...'."""
    if not all(w.capital and w.bare.replace("-", "").isalpha() for w in words):
        return False
    before = CLAUSE_BEFORE.search(text, max(0, words[0].start - 62), words[0].start)
    if before and _role_head(before.group(1)):
        return True
    after = text[words[-1].end : words[-1].end + 80]
    found = APPOSED_AFTER.match(after)
    return re.match(r",\s+who\b", after) is not None or bool(found and _role_head(found.group(1)))


def _in_heading(text: str, start: int) -> bool:
    """A line of capitals only ('HIGHLIGHTS', 'POLITICAL DEVELOPMENTS', 'SECURITY:') is a
    section heading: its words name no organization the dictionary does not know."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return any(c.isalpha() for c in line) and not any(c.islower() for c in line)


NEXT_TWO = re.compile(r"\s+([A-Za-z][\w\-]*)(?:\s+([A-Za-z][\w\-]*))?\s+[A-Z]")


def _before_title(text: str, end: int) -> bool:
    """A person's title follows the name, then another name."""
    after = NEXT_TWO.match(text, end)
    if not after:
        return False
    one = after.group(1).lower()
    two = f"{one} {after.group(2).lower()}" if after.group(2) else ""
    return two in cues.PERSON_TITLES or one in cues.PERSON_TITLES


COMMA_NAME = re.compile(r",\s+([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?)\b(?!\s+[A-Z])")


def _before_country(text: str, end: int) -> bool:
    """'Buulo Fuulay, Somalia': a name followed by a country's name is a place in it."""
    after = COMMA_NAME.match(text, end)
    if not after:
        return False
    return any(e.kind == "country" for e in load().lookup(after.group(1)))


SYLLABLE = re.compile(r"[A-Z][a-z]{1,4}")


def _korean(words: list[Token]) -> bool:
    """'Kim Song Nam', 'Ri Il Hwan', 'Tan Wei Loong': an East Asian surname and two
    capitalised syllables."""
    if len(words) != 3 or words[0].text.lower() not in cues.SURNAMES_FIRST:
        return False
    return all(SYLLABLE.fullmatch(w.text) for w in words[1:])


def _burmese(words: list[Token]) -> bool:
    """'U Kyaw Zan Hla', 'Daw Khin Ma Ma': a Burmese honorific, written as part of the name,
    before two or more short syllables."""
    return (
        len(words) >= 3
        and words[0].text in ("U", "Daw")
        and all(SYLLABLE.fullmatch(w.text) for w in words[1:])
    )


def _to_someone(cue: str, words: list[Token]) -> bool:
    """'to' and 'from' (unlike 'in' or 'at') also come before people ('a letter from A'): a
    name that starts with a given name after them is a person's."""
    return (
        cue.lower().startswith(("to", "from"))
        and len(words) > 1
        and cues.is_given_name(words[0].text)
    )


def _person_like(words: list[Token]) -> bool:
    """'Hakan Fidan', 'Abu Mahdi al-Muhandis': a given name first, or every part name-like."""
    if cues.is_given_name(words[0].text) or any(_particle(w) for w in words[1:]):
        return True
    if words[0].bare.lower() in SHORT_FORMS and not words[0].bare.isupper():
        return True  # 'Md Rashedul Islam': Mohammad shortened, then the name
    if _korean(words) or _burmese(words):
        return True
    rest = [w for w in words if not DOTTED_INITIALS.fullmatch(w.text)]
    if 0 < len(rest) < len(words) and words[0] is not rest[0]:  # 'M.A. Sumanthiran'
        return all(zipf(cues.name_key(w.text)) < NAME_LIKE for w in rest)
    inner = {w.bare.lower() for w in words[1:-1]} & SECOND_PARTICLES  # 'van der Linden'
    particles = cues.NAME_PARTICLES | inner
    parts = [cues.name_key(w.text) for w in words if w.bare.lower() not in particles]
    if not all(w.replace("-", "").isalpha() for w in parts):
        return False
    ends, middle = parts[:1] + parts[-1:], parts[1:-1]  # 'Dairo Antonio Usuga': a given
    return all(zipf(w) < NAME_LIKE for w in ends) and all(  # name between rare ones
        zipf(w) < NAME_LIKE or cues.is_given_name(w) for w in middle
    )


def _particle(tok: Token) -> bool:
    head = tok.text.split("-", 1)[0].lower()
    return head in cues.NAME_PARTICLES and head != tok.text.lower()
