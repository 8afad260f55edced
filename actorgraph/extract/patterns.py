"""Relation and event rules, declared as data: regular expressions over a sentence template
(see :mod:`actorgraph.extract.template`) with the groups ``s`` (subject) and ``o`` (object).

Macros: ``{E}`` one entity, ``{ES}`` a list of entities (``A, B and C``), ``{W}`` one
filler word, ``{LEAD}``/``{MEMBER}`` role nouns, ``{THE}`` an optional determiner. Every
rule is a general syntactic shape (apposition, possessive, verb with subject and object);
the schema then keeps only edges whose endpoint types it allows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from actorgraph.extract import cues
from actorgraph.extract.required import required

OFFICES = (
    "country",
    "regional",
    "area",
    "field",
    "provincial",
    "district",
    "sub-office",
    "sector",
    "contingent",
)  # one office's (or one sector's or contingent's)
# a plan or a meeting or visit put off, told after it: 'a visit ... scheduled for Monday has
# been postponed'
PUT_OFF_WORDS = r"scheduled|planned|postponed|cancel+ed|called\s+off"
FUNCTIONS = ("finance", "financial", "operations", "logistics", "propaganda", "recruitment")
LEAD = (
    r"(?<!deputy\s)(?<!vice\s)(?<!assistant\s)(?<!deputy-)(?<!vice-)"
    # the head of one country's or region's office is a member: 'its country director X'
    + "".join(rf"(?<!{word}\s)" for word in OFFICES)
    # the head of one of its functions is a member: 'the group's finance chief X'
    + "".join(rf"(?<!{word}\s)(?<!{word}-)" for word in FUNCTIONS)
    + r"(?:supreme\s+leader|commander[-\s]in[-\s]chief|"
    r"(?:secretary|director|commissioner)[-\s]general|general[-\s]secretary|"
    r"high\s+commissioner|owner|general\s+manager|boss|kingpin|ringleader|ceo|amir|"
    r"chief\s+of\s+staff|chief\s+of\s+(?:the\s+)?defen[cs]e(?:\s+staff)?|"
    r"chief\s+executive(?:\s+officer)?|managing\s+director|"
    r"prime\s+minister|(?-i:PM)|co-?founder|founder|commander|cmdr\.?|head|chief|leader|chairman|"
    r"chairwoman|chairperson|director|president|emir|ameer|king|speaker|governor|chair|"
    r"commandant|administrator|caliph|strongman|inspector[-\s]general)"
)
MEMBER = (
    rf"(?:(?:{'|'.join(OFFICES + FUNCTIONS)})\s+(?:director|head|chief|manager)|"
    # the head of one of its parts: 'the ICRC's head of delegation A', 'head of sub-office'
    r"head\s+of\s+(?:delegation|sub-office)|"
    r"official|officer|spokes(?:man|woman|person)|member|operative|minister|envoy|"
    r"ambassador|advis[eo]r|representative|lawmaker|MP|militant|fighter|diplomat|aide|"
    r"negotiator|delegate|financier|facilitator|recruiter|ideologue|agent|figure|veteran|deputy(?:\s+[\w\-]+)?|general|colonel|official's|"
    r"coordinator|(?<!general\s)(?<!general-)secretary|treasurer|second[-\s]in[-\s]command|analyst|fellow|commander|attach[eé]|vice[-\s](?:chairman|chairwoman|chair|president|premier)|"
    r"staffer|employee|soldier|activist|cadre|commando|insurgent|councill?or|senator|"
    r"legislator|parliamentarian|lieutenant|captain|sergeant|pilot|emissary|marshal|admiral|"
    r"brigadier|commodore|"
    # a trade within the group: 'a Radwan Force explosives expert'
    r"expert|specialist|engineer|technician|instructor|trainer|courier|smuggler|bodyguard|"
    r"strategist|planner|"
    r"(?:brig|gen|col|maj|lt|adm|sgt|capt|cpt)\.?)"
)
# a gathering of, on or with a body ("a delegation of the X", "talks with X"): a place after
# the body ("... in Z") is where the gathering was, not where the body is
GATHERINGS = ("delegation", "delegations", "representatives", "meeting", "conference", "summit",
              "session", "talks")  # fmt: skip
GATHERED_BY = "".join(
    rf"(?<!\b{noun}\s{prep}\s)(?<!\b{noun}\s{prep}\sthe\s)"
    for noun in GATHERINGS
    for prep in ("of", "on", "with", "from")
)
# "met X in Z", "hosted the X in Z": where they met, not where X is based
MET_BY = "".join(
    rf"(?<!\b{verb}\s)(?<!\b{verb}\sthe\s)"
    for verb in ("met", "meets", "hosted", "hosts", "received", "receives", "welcomed", "welcomes")
)
# a state's own good, which whoever supports it supports the state in: 'support for the
# sovereignty and territorial integrity of Y' (also the verb frames' gap)
STATE_GOOD = r"(?:sovereignty|independence|territorial\s+integrity|unity|stability|security)"
# a part of an organization that is not itself named: "head of the X delegation"
UNIT_NOUN = (
    r"(?:sub-office|office|delegation|bureau|branch|team|unit|department|division|wing|"
    r"committee|council|mission|cell|section|directorate|agency)"
)
MACROS = {
    "E": r"⟦\d+⟧",
    # (a name followed by a hyphen modifies the next noun: "and U.S.-designated")
    "ES": r"⟦\d+⟧(?:(?:\s*,\s*|(?:\s*,)?\s+(?:and|or)\s+(?:the\s+)?)⟦\d+⟧(?![-‑]))*",
    # a looser list: items may carry a parenthesis and a name word ("A (B), Harakat C, the D")
    "LIST": r"⟦\d+⟧(?:(?:\s+(?:[A-Z][\w'’\-]*|al|el|⟦\d+⟧|group|movement|militia)){0,2}?"
    r"(?:\s+in\s+⟦\d+⟧)?(?:\s*\([^()]{0,80}\))?"
    r"\s*(?:,|,?\s+and|,?\s+or|,?\s+along\s+with|,?\s+as\s+well\s+as)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:allied\s+)?(?:[A-Z][\w\-]*\s+)?⟦\d+⟧)*",  # 'X and allied Y
    "W": r"(?:[\w\-'’]+\s+)",
    # what one backs another in: 'support for the efforts of Y' (Y is backed)
    # (a state's own good: 'support for the sovereignty and territorial integrity of Y')
    "EFFORTS_OF": rf"(?:(?:efforts|work|role|mediation|initiative|{STATE_GOOD})"
    rf"(?:\s+and\s+{STATE_GOOD})?\s+of\s+(?:the\s+|a\s+|an\s+)?)",
    # a venue told later in the sentence than its town: '..., at the X Palace'
    "LATER_AT": r"[^.;]*?\bat\s+(?:the\s+)?",
    # a verb whose object is a topic, not a deed: 'X discussed the fight against Y'
    "TOPIC_VERB": r"(?:discuss\w*|review\w*|welcom\w*|prais\w*|debat\w*|address\w*|"
    # an attack one speaks of, not one's own: 'condemned the attack on Y', 'denied any role in'
    r"condemn\w*|denounc\w*|deplor\w*|mourn\w*|investigat\w*|den(?:y|ies|ied|ying)|"
    r"protest\w*|lament\w*|regrett?\w*|role)\b",
    # the part of a place an actor operates in: 'the Venezuelan state of Z', 'the mountains of Z'
    "AREA_OF": r"(?:(?:[\w\-]+\s+){0,2}?(?:states?|provinces?|regions?|departments?|districts?|"
    r"governorates?|mountains|hills|forests?|jungles?|islands|outskirts|countryside)\s+of\s+(?:the\s+)?|"
    r"(?:[\w\-]+\s+)?(?:bases|camps|hideouts|strongholds|sanctuaries|safe\s+havens)\s+"
    r"(?:in|inside|across)\s+(?:the\s+)?)?",  # 'operates from bases in Z'
    # 'the southern Omani city of Z', 'the provinces of A and B': the noun of places before a name
    "TOWN_OF": r"(?:(?:[\w\-]+\s+){0,2}?(?:city|town|port|village|capital|provinces|regions|states)"
    r"\s+of\s+(?:the\s+)?)?",
    # what a state holds a group for: 'a terrorist organization', 'an enemy of the state'
    "HOSTILE": r"(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:terrorists?|terror|enemy|enemies|extremists?)\b",
    # 'X ... claimed (responsibility for) a bombing ': the claim before the target
    "CLAIMED_ATTACK": r"(?:[^.;⟦]|⟦\d+⟧){0,80}?\bclaimed\s+(?:responsibility\s+for\s+)?"
    r"(?:an?|the)\s+"
    r"(?:[\w\-]+\s+(?:and\s+)?){0,3}?(?:attacks?|ambush|bombing|strikes?|raid|assault)\s+",
    # the words before a verb of holding ground: 'has controlled', 'now still controls'
    "HOLDING": r"(?:(?:has|have|had|now|still|also|largely)\s+){0,2}",
    "THE": r"(?:the\s+|a\s+|an\s+)?",
    # how many people a raid took: '11', 'three', 'dozens of', 'at least five'
    "COUNT": r"(?:(?:at\s+least\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)|"
    r"dozens\s+of|several|scores\s+of)",
    "DEF": r"(?:the\s+)?",  # 'the commander of X' leads it; 'a commander of X' is one of many
    "POS": r"(?:'s|’s|['’](?=\s))",  # 'Hezbollah's', 'the Houthis' spokesman'
    # "clashes in Z on Monday between the": a fight's noun, where and when, then its sides
    # kinds of armed or political group, and the named ones after them ('..., such as A')
    "GROUP_KINDS": r"groups|organi[sz]ations|militias|factions|movements|parties",
    "SUCH_AS": r",\s+(?:such\s+as|including|like)\s+",
    # a nom de guerre after a name: 'A, alias "B",' / 'A, also known as B,'
    "ALIAS": r"(?:\s*,\s+(?:alias|aka|a\.k\.a\.|also\s+known\s+as|known\s+as)\s+[^,;]{1,40})?",
    "PITTING": r"\b(?:war|conflict|fighting|clashes|battle|struggle|confrontation|standoff)\s+"
    r"(?:that\s+|which\s+)?(?:has\s+|had\s+)?pit(?:s|ted|ting)\s+",
    "ALONGSIDE": r"(?:fought|fighting|fights|battled|battling)\s+"
    r"(?:alongside|side\s+by\s+side\s+with)\s+",
    "FIGHTING_BETWEEN": r"(?:war|conflict|fighting|clashes|hostilities|confrontation|"
    r"skirmishes|battles|(?:air|drone|missile|cross-border\s+)?strikes|(?:tit-for-tat\s+)?attacks|"
    r"exchanges\s+of\s+fire|fire)(?:\s+(?:broke\s+out|erupted|flared(?:\s+up)?|resumed|raged))?"
    # where and when: 'in Z', 'on the western Z front', 'on 14 March 2026', 'near Z (W)'
    r"(?:\s+(?:in|on|near|at|around|along)\s+(?:the\s+)?(?:\d{1,2}\s+)?"
    r"(?:(?:northern|southern|eastern|western|central|north|south|east|west)\s+)?(?:⟦\d+⟧|\w+)"
    r"(?:\s+(?:front|frontline|front\s+line|border|countryside|outskirts|\d{4}))?"
    r"(?:\s+\(⟦\d+⟧\))?){0,3}"
    r"\s+between\s+"
    r"(?:the\s+|a\s+|an\s+)?",
    # "according to a statement from the X": the statement's author is the source
    "STATEMENT": r"(?:(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}?(?:statement|announcement|report|"
    r"readout|communiqu\w+|post|indictment|survey|study|assessment|investigation|ruling|verdict|"
    r"judgment)\s+"
    r"(?:from|by|of|(?:issued|released|published|posted|filed)\s+(?:on\s+\w+\s+)?by)"
    r"\s+(?:the\s+)?)?",
    # titles before a name ("Brig. Gen. Pat Ryder"): capitalised words only, whatever the case
    # flag, so that "the commander of X, met Y" does not make Y the commander
    "TITLES": r"(?:(?-i:[A-Z])[\w\-]*\.?\s+){0,3}?",
    # a delegation's head named: no title word after the name ('its ⟦Z⟧ country director')
    "HEAD_ENDS": r"(?=\s*(?:[,.;:()]|$)|\s+(?:in|at|on|to|and|for|with|who|from|met|held)\b)",
    # the words before a delegation's head: 'led by its Yemen country director', 'by the deputy'
    "DELEGATION_HEAD": r"(?:its\s+|the\s+|their\s+)?(?:[\w\-.’']+\s+|⟦\d+⟧\s+(?=[a-z])){0,5}?",
    # an office written before the body it heads, capitalised: "Chairman", "Director-General"
    "OFFICE": "|".join(
        t.title().replace("-", r"[\s-]") for t in sorted(cues.OFFICE_TITLES, key=len, reverse=True)
    ),
    # a nationality before a name: "Speaker of the Iranian Islamic Consultative Assembly"
    "DEMONYM": r"(?:[A-Z][a-z]+(?:an|ian|i|ese|ish|ic)\s+)?",
    "LEAD": LEAD,
    "MEMBER": MEMBER,
    # not right after a capitalised word (a title: 'Minister A of the B' leads B)
    # (the look-ahead first: the look-behinds are tried at a name's start only)
    "UNTITLED": "(?=⟦)" + "".join(rf"(?<!(?-i:[A-Z][a-z]{{{n}}})\s)" for n in range(1, 14)),
    # a role right after 'A, ' is A's (an item of a list), not the next name's
    "NOT_LISTED": r"(?<!⟧,\s)",
    # up to three modifiers ("senior", "Iran-backed"); rules are case-blind, so the closed
    # words are refused for both spellings
    "ADJ": r"(?:(?!(?:and|or|but|who|which|was|is|of|the|a|an|in|at|to|for|with|by|from|on|"
    r"met|meets|received|receives|hosted|hosts|said|says|told|held|visited|thanked|urged|that|"
    # verbs that take a person as object: 'NATO welcomed President A', 'X backs General B'
    r"welcomed|welcomes|backs|backed|supports|supported|praised|praises|critici[sz]ed|"
    r"accused|accuses|called|calls|named|names|replaced|replaces|succeeded|killed|kills|"
    r"arrested|condemned|congratulated|invited|invites|briefed|dismissed|sacked|fired|asked|"
    r"warned|lauded|greeted|greets|joined|joins|phoned|thank|thanks)\b)"
    r"(?:[a-z][\w\-]*|[A-Z][a-z]+(?=\s+[a-z]))\s+){0,3}?",
    "MOD": r"(?:⟦\d+⟧[-\s](?:backed|led|based|aligned|affiliated|run|allied)\s+)?",
    # a pact between allies: 'a defence pact', 'a strategic partnership agreement'
    "DEFENCE_PACT": r"(?:defen[cs]e|security|military|strategic|mutual)\s+(?:[\w\-]+\s+)?"
    r"(?:pact|treaty|alliance|agreement|partnership)",
    # who fell in an attack, and the attack's author: '... men in a Y ambush near Z'
    "VICTIMS": r"(?:men|soldiers|troops|fighters|members|personnel|policemen|militiamen|officers)",
    "IN_AN_ATTACK_BY": r"in\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}?(?P<s>⟦\d+⟧)(?:[-\s]led)?\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:ambush|attack|assault|raid|strike|offensive|bombing)",
    "COPULA": r"(?:is|was|became|remains|(?:has|had)\s+been|(?:has\s+|had\s+)?served\s+as|"
    r"(?:is|was)\s+(?:\w+\s+)?(?:appointed|named|installed|chosen)(?:\s+as)?|(?:is|was)\s+also|"
    r"(?:is|was|has\s+been)\s+sworn\s+in\s+as|(?:took|takes|has\s+taken)\s+over\s+as)",
    "NEG": r"(?<!not\s)(?<!never\s)(?<!n't\s)",
    # a visit only planned, put off or called off: 'a trip by X to Z scheduled for Monday has
    # been postponed', 'X's planned visit to Z'
    "UNREAL_AFTER": rf"(?![^.;]{{0,60}}?\b(?:{PUT_OFF_WORDS}|proposed|will|would|is\s+to|was\s+to|"
    r"expected)\b)",
    "UNREAL_BEFORE": r"(?!(?:planned|proposed|upcoming|forthcoming|expected|possible|postponed|"
    r"cancel+ed|next|future)\b)",
    # an aside about the subject before its verb: ", an Iran-aligned group that holds Z,"
    "APPOS": r"(?:\s*,\s+(?:(?:an?|the|part|one|which|who)\b|⟦\d+⟧['’]s\s)"
    r"(?:[^,;()⟦]|⟦\d+⟧){0,100}?,)?",
    # a qualifier after an organization: "Joint Operations Command for Iraq"
    "QUAL": r"(?:\s+(?:for|in|of|to)\s+⟦\d+⟧)?",
    # "coordinates with Lebanon's Hezbollah": the possessed is the party, not its country (C2)
    "OWNER": r"(?:⟦\d+⟧(?:'s|’s)\s+)?",
    # where an attack fell, between its noun and its target: "strikes in Lebanon against"
    "IN_PLACE": r"\s+(?:in|across|inside|near)\s+(?:the\s+)?"
    r"(?:(?:northern|southern|eastern|western|central)\s+)?⟦\d+⟧",
    # a qualifier after a role noun: "Special Envoy for Yemen", "spokesperson in Lebanon"
    "ROLE_FOR": r"(?:\s+(?:for|to|in|on)\s+(?:the\s+)?(?:⟦\d+⟧|(?-i:[A-Z])[\w\-]+"
    r"(?:\s+(?:and\s+)?(?-i:[A-Z])[\w\-]+){0,3}))?",
    "UNIT_NOUN": UNIT_NOUN,
    # who did the deed named before: 'by the Iran-backed Houthis' is the Houthis, not Iran
    "DOER": r"(?:the\s+|a\s+|an\s+)?(?:⟦\d+⟧[-‑][\w\-]+\s+)?(?P<o>⟦\d+⟧)(?![-‑]\w)(?!\s*(?:'s|’s))",
    # the organization itself, not a part of it: not "chairman of the X's political council"
    "WHOLE": rf"(?!'s|’s|\s+{UNIT_NOUN}\b)",
    # not a body of the organization named after it: "AU Commission chair X" leads the commission
    "NOT_BODY": r"(?!(?:(?-i:[A-Z])[\w\-]*\s+){0,2}(?-i:Commission|Council|Committee|Bureau|Office|"
    r"Secretariat|Mission|Delegation|Directorate|Department|Division|Command|Ministry|Assembly)\b)",
    # a think tank's or a university's staff: "X is a senior fellow at the Y Institute"
    "FELLOW": r"(?:fellow|researcher|scholar|professor|lecturer|(?:political\s+)?scientist|"
    r"economist)",
    # an occasion one joins without joining the organization: "joined the X meeting"
    "EVENT": r"(?:[\w\-]+\s+)?(?:meeting|talks|summit|call|session|conference|protests?|rally|"
    r"negotiations|delegation|visit|ceremony|event|funeral|march|operation|offensive)\b",
    # a participle clause after an organization: "the head of X overseeing all forces in Y, Z"
    "ING": r"(?:\s+(?-i:[a-z]+ing)\s[^,;]{1,80}?)?",
    # what a possessor's unit may be called before its name: "Hezbollah's elite Radwan Force"
    "UNIT_ADJ": r"(?:elite|armed|military|political|special|media|intelligence|security|naval|"
    r"external|overseas|religious|youth|student|regional|local|main|principal)",
}


LIST = re.compile(MACROS["LIST"])


@dataclass(frozen=True)
class Rule:
    name: str
    predicate: str
    pattern: re.Pattern[str]
    confidence: float
    # words one of which the sentence must hold (lower case) before the rule is tried: a
    # rule is not scanned over sentences that cannot match it
    needs: tuple[str, ...] = ()


# "A and B fighters clashed", "A and B have fought each other", "A and B fight one another",
# "A and B have attacked each other": the two sides of a fight
A_AND_B_FOUGHT = (
    r"(?P<A>⟦\d+⟧)(?:\s+(?:fighters|forces|troops|militants|units|militias?))?\s+and\s+"
    r"(?:the\s+)?(?P<B>⟦\d+⟧)(?:\s+(?:fighters|forces|troops|militants|units|militias?))?"
    r"\s+(?:have\s+|had\s+)?(?:\w+\s+){{0,2}}?(?:clashed|fought|battled|skirmished|"
    r"(?:traded|exchanged)\s+(?:heavy\s+)?(?:fire|gunfire|blows|artillery\s+fire)|"
    r"(?:fight|clash|battle|attack|attacked)(?=\s+(?:with\s+)?(?:each\s+other|one\s+another)))\b"
    r"(?!\s+(?:alongside|together|side\s+by\s+side|against|with(?!\s+(?:each\s+other|one\s+another))|"
    r"for|in\s+support|back))"
    r"(?!\s+(?:the\s+)?⟦)"  # 'A and B have both fought the X': X's foes
)


def rule(
    name: str, predicate: str, pattern: str, confidence: float = 0.7, needs: tuple[str, ...] = ()
) -> Rule:
    """A rule; unless told the words it needs, it needs what its pattern cannot match without."""
    compiled = re.compile(pattern.format(**MACROS), re.I)
    return Rule(name, predicate, compiled, confidence, needs or required(compiled))


# 'the X commander', 'X's chief': the organization, then its head's title ('senior M23
# commander A' is one of its commanders, a member, not its head)
ORG_LEAD = r"(?<!\bsenior\s)(?<!\blocal\s)(?<!\bfield\s)(?P<o>{E}){POS}?\s+{NOT_BODY}{ADJ}{LEAD}"


# a backer named before its role, in an aside or as a subject: 'X, the main backer of Y', 'X is'
BACKER_IS = r"(?P<s>{E})\s*(?:,\s+|\s+(?:is|was|has\s+been|remains)\s+)"

# a person, then what the person is, became or serves as: 'A, who was appointed ', 'A is '
IS_ROLE = r"(?P<s>{E})\s*,?\s+(?:who\s+)?(?:{COPULA}|serves\s+as)\s+"
# the words a copula or a verb of becoming needs before a body's role ('is the', 'became',
# 'was appointed'): the sentences a role rule without a possessive is worth trying on
BECOMING = (
    "is the", "was the", "became", "become", "remains", "been", "serve", "appointed", "named",
    "installed", "chosen", "sworn", "took over", "takes over", "taken over", "is also",
    "was also",
)  # fmt: skip

# the object named first, then what its subject did to it: 'X, which Y has (long) fought'
WHICH_Y_DID = (
    r"(?P<o>{E})(?:\s*\(⟦\d+⟧\))?\s*,\s+(?:which|whom)\s+(?:the\s+)?(?P<s>{E})\s+"
    r"(?:has\s+|had\s+|have\s+)?(?:\w+ly\s+|also\s+|long\s+)?"
)

RELATION_RULES = [
    rule(
        "x-designated-org",
        "OPPOSES",
        r"(?P<o>{E})\s*(?:,\s+|\s+(?:is|was|are|were)\s+)[^.;]{{0,80}}?(?P<s>{E})[-\s](?:designated|sanctioned|listed)\b",
        0.7,
    ),
    rule(  # "X, which the United States has designated a terrorist group", "which Y proscribed"
        "x-which-y-designated",
        "OPPOSES",
        WHICH_Y_DID + r"(?:designated|sanctioned|listed|proscribed|banned|blacklisted|outlawed)\b",
        0.7,
    ),
    rule(  # "the PKK, which Turkey has fought for four decades", "X, which Y (has) attacked"
        "x-which-y-fought",
        "OPPOSES",
        WHICH_Y_DID + r"(?:fought|battled|attacked|targeted|bombed|opposed|accused|condemned)\b",
        0.65,
    ),
    rule(
        "x-designated-by-y",
        "OPPOSES",
        r"(?P<o>(?<!\bby\s){ES})(?:(?!\bwho\b)[^.;⟦]){{0,60}}?(?:\b(?:is|was|are|were|been|being)|,)\s*(?:\w+\s+)?(?:designated|listed|sanctioned|proscribed|banned|classified|branded|labell?ed|blacklisted|outlawed)\s+(?:as\s+)?(?:an?\s+)?(?:[\w\-]+\s+){{0,4}}?by\s+(?:the\s+)?(?:governments?\s+of\s+)?(?:the\s+)?(?P<s>{LIST})",
        0.7,
    ),
    rule(
        "x-banned-in-y",
        "OPPOSES",
        r"(?P<o>{E})(?:\s+(?:movement|group|militia|organi[sz]ation|network|party))?(?:\s*\(|,\s+(?:which\s+is\s+|a\s+group\s+)?)(?:\w+\s+){{0,2}}?(?:banned|outlawed|proscribed|prohibited)\s+in\s+(?P<s>{E})",
        0.7,
    ),
    rule(
        "x-s-war-on-y",
        "OPPOSES",
        r"(?P<s>{E}){POS}\s+(?:[\w\-]+\s+){{0,4}}?(?:invasion|occupation|bombardment|bombing|shelling|attacks?|assault|offensive|war|aggression|blockade|siege|campaign|strikes?|airstrikes?|operations|confrontation|feud|standoff|execution|assassination|killing|arrest|detention|abduction|ban|bans|incursions?|threats|sanctions|embargo|crackdown|fight)(?:{IN_PLACE})?\s+(?:of|on|against|with|into)\s+{THE}(?:[\w\-]+\s+){{0,3}}?(?P<o>{E})",
        0.7,
    ),
    rule(  # "X's victory over Y", "X won a swift victory over Y", "congratulated X on its win"
        "x-s-victory-over-y",
        "OPPOSES",
        r"(?P<s>{E})(?:{POS}\s+|\s+(?:won|claimed|declared|scored|achieved|celebrated)\s+(?:an?\s+|its\s+|their\s+)?|\s+on\s+(?:its|their|his|her)\s+)(?:[\w\-]+\s+){{0,2}}?(?:victory|victories|triumph|win)\s+(?:over|against)\s+{THE}(?P<o>{E})",
        0.65,
    ),
    rule(  # "Baku's objection to the X mission", "Kigali's hostility towards Y"
        "x-s-objection-to-y",
        "OPPOSES",
        r"(?P<s>{E}){POS}\s+(?:[\w\-]+\s+){{0,2}}?(?:objections?|opposition|hostility|animosity|"
        r"enmity)\s+(?:to|towards?|against)\s+{THE}(?:[\w\-]+\s+){{0,2}}?(?P<o>{E})",
        0.65,
    ),
    rule(  # "X claimed responsibility for the bombing that killed Y members"
        "x-claimed-attack-on-y",
        "OPPOSES",
        r"(?P<s>{E})\s+(?:[\w\-]+\s+){{0,2}}?claimed\s+(?:responsibility|credit)\s+for\s+{THE}"
        r"(?:[\w\-]+\s+){{0,3}}?(?:attacks?|bombings?|strikes?|ambush(?:es)?|assaults?|raids?|"
        r"killings?)\s+(?:on|against|targeting|that\s+(?:killed|hit|targeted|wounded))\s+{THE}"
        r"(?:[\w\-]+\s+){{0,3}}?(?P<o>{E})",
        0.65,
    ),
    rule(  # "groups opposed to X, such as A and B": A and B oppose X
        "groups-opposed-to-x-such-as",
        "OPPOSES",
        r"\b(?:{GROUP_KINDS}|rebels)\s+(?:[\w\-]+\s+){{0,2}}?(?:opposed|hostile)\s+to\s+{THE}"
        r"(?P<o>{E})[^,;.⟦]{{0,60}}?{SUCH_AS}{THE}(?P<s>{ES})",
        0.65,
    ),
    rule(  # "X provides air support to A against B", "X backed A in the war against B"
        "x-helps-a-against-y",
        "OPPOSES",
        r"(?P<s>{E})(?:\s*,\s+(?:which|who))?\s+(?:[\w\-]+\s+){{0,3}}?(?:(?:provid\w+|give[sn]?|gave|"
        r"offer\w*|lend\w*|lent)"
        r"\s+(?:[\w\-]+\s+){{0,4}}?(?:support|assistance|aid|backing|training|help)\s+to|"
        r"(?:backed|supported|armed|helped|assisted|aided)(?=\s+(?:the\s+)?⟦\d+⟧\s+in\s))\s+{THE}{E}"
        r"(?:\s*\(⟦\d+⟧\))?\s+(?:in\s+(?:the\s+|its\s+|their\s+)?(?:[\w\-]+\s+)?(?:war|fight|"
        r"battle|campaign|struggle|offensive)\s+)?against\s+{THE}(?P<o>{ES})",
        0.65,
    ),
    rule(  # "X recaptured the town of Z from Y"
        "x-recaptured-from-y",
        "OPPOSES",
        r"(?P<s>{E})\s+(?:[\w\-]+\s+){{0,2}}?(?:recaptured|retook|seized|captured|wrested)\s+(?:[\w\-]+\s+|⟦\d+⟧\s+){{1,5}}?from\s+{THE}(?:[\w\-]+\s+){{0,2}}?(?P<o>{E})",
        0.65,
    ),
    rule(
        "x-strike-killed-y",
        "OPPOSES",
        r"(?P<s>{E})\s+(?:[\w\-]+\s+){{0,2}}?(?:air\s*strikes?|airstrikes?|drone\s+strikes?|strikes?|attacks?|raids?|missiles?)\s+(?:[^.;⟦]{{0,60}}?⟦\d+⟧){{0,2}}[^.;⟦]{{0,40}}?\b(?:killed|assassinated|targeted|hit|struck|wounded)\s+(?:[\w\-.]+\s+){{0,3}}?(?P<o>{ES})",
        0.65,
    ),
    rule(  # 'a drone strike by X killed Y'
        "strike-by-x-killed-y",
        "OPPOSES",
        r"(?:air\s*strikes?|airstrikes?|drone\s+strikes?|strikes?|attacks?|raids?|shelling|bombing)\s+by\s+{THE}(?P<s>{E})(?:\s+(?:on|in|near|at)\s+(?:[^.;⟦]{{0,40}}?⟦\d+⟧))?[^.;⟦]{{0,40}}?\b(?:killed|assassinated|targeted|hit|wounded)\s+(?:[\w\-.]+\s+){{0,3}}?(?P<o>{ES})",
        0.65,
    ),
    rule(
        "killing-of-x-by-y",
        "OPPOSES",
        r"(?:assassination|killing|murder|abduction|kidnapping|arrest|detention|execution)\s+of\s+(?:[\w\-]+\s+|⟦\d+⟧\s+){{0,3}}?(?P<o>{ES})\s+by\s+{THE}(?P<s>{E})",
        0.7,
    ),
    rule(
        "killing-of-x-in-y-strike",
        "OPPOSES",
        r"(?:assassination|killing|death|murder)\s+of\s+(?:[\w\-]+\s+|⟦\d+⟧\s+){{0,4}}?(?P<o>{E})\s+in\s+(?:an?\s+|the\s+)?(?P<s>{E})\s+(?:[\w\-]+\s+)?(?:air\s*strike|airstrike|strike|attack|raid|bombing)",
        0.7,
    ),
    rule(
        "x-survived-y-strike",
        "OPPOSES",
        r"(?P<o>{E}),?\s+who\s+(?:\w+\s+)?survived\s+(?:an?\s+|the\s+)?(?P<s>{E})\s+(?:[\w\-]+\s+)?(?:air\s*strike|airstrike|strike|attack|raid|assassination\s+attempt)",
        0.7,
    ),
    rule(
        "x-fought-with-others-against-y",
        "OPPOSES",
        r"(?P<s>{E})\s+(?:[\w\-]+\s+){{0,2}}?(?:fought|fight|fights|fighting|battled|battling)\s+(?:alongside|beside|with)\s+[^.;]{{1,60}}?\s+against\s+{THE}(?P<o>{ES})",
        0.65,
    ),
    rule(
        "x-led-assault-on-y",
        "OPPOSES",
        r"(?P<s>{E})[-\s]led\s+(?:\w+\s+){{0,2}}?(?:assault|attack|offensive|invasion|war|campaign|raid|strikes?)s?\s+(?:on|against)\s+{THE}(?P<o>{E})",
        0.75,
    ),
    rule(
        "conflict-between",
        "OPPOSES",
        r"{FIGHTING_BETWEEN}{OWNER}(?P<s>{E})(?:\s*\(⟦\d+⟧\))?\s+and\s+{THE}{OWNER}(?P<o>{E})",
        0.7,
    ),
    rule(
        "conflict-between",
        "OPPOSES",
        r"{FIGHTING_BETWEEN}{OWNER}(?P<o>{E})(?:\s*\(⟦\d+⟧\))?\s+and\s+{THE}{OWNER}(?P<s>{E})",
        0.7,
    ),
    rule(  # "the war pitting A against B": each fights the other
        "conflict-pitting",
        "OPPOSES",
        r"{PITTING}{THE}{OWNER}(?P<s>{E})\s+against\s+{THE}{OWNER}(?P<o>{E})",
        0.7,
    ),
    rule(
        "conflict-pitting",
        "OPPOSES",
        r"{PITTING}{THE}{OWNER}(?P<o>{E})\s+against\s+{THE}{OWNER}(?P<s>{E})",
        0.7,
    ),
    rule(  # "A fought alongside B against C": both fight C (the alliance is a frame's)
        "fought-alongside-against",
        "OPPOSES",
        r"(?P<s>{E})\s+(?:[\w\-]+\s+){{0,3}}?{ALONGSIDE}{THE}(?:[^,;.]{{0,60}}?\s)?against\s+{THE}"
        r"(?:[\w\-]+\s+){{0,3}}?(?P<o>{E})",
        0.65,
    ),
    rule(
        "fought-alongside-against",
        "OPPOSES",
        r"{ALONGSIDE}{THE}(?P<s>{E})\s+(?:[\w\-]+\s+){{0,3}}?against\s+{THE}"
        r"(?:[\w\-]+\s+){{0,3}}?(?P<o>{E})",
        0.65,
    ),
    rule(  # "A clashed with B": B fought A as well (the verb frame reads A against B)
        "x-clashed-with-y",
        "OPPOSES",
        r"(?P<o>{E})\s+(?:[\w\-]+\s+){{0,2}}?clash(?:ed|es)\s+(?:[\w\-]+\s+){{0,3}}?with\s+{THE}(?P<s>{ES})",
        0.65,
    ),
    rule(  # "A and B fighters clashed near Z", "A and B fought each other": each fought the other
        "a-and-b-clashed",
        "OPPOSES",
        A_AND_B_FOUGHT.replace("<A>", "<s>").replace("<B>", "<o>"),
        0.65,
    ),
    rule(
        "a-and-b-clashed",
        "OPPOSES",
        A_AND_B_FOUGHT.replace("<A>", "<o>").replace("<B>", "<s>"),
        0.65,
    ),
    rule(  # "A troops killed 11 militants belonging to B", "arrested men suspected of belonging to"
        "x-killed-members-of-y",
        "OPPOSES",
        r"(?P<s>{E})\s+(?:[\w\-]+\s+){{0,3}}?(?:killed|arrested|detained|captured|neutrali[sz]ed)\s+{COUNT}\s+(?:[\w\-]+\s+){{0,3}}?(?:suspected\s+of\s+)?(?:belonging\s+to|affiliated\s+with|linked\s+to|loyal\s+to|(?:soldiers|troops|members|fighters|militants|operatives|commanders|officers|personnel|policemen|guards)\s+(?:of|from))\s+(?:an?\s+|the\s+)?(?P<o>{E})",
        0.65,
    ),
    rule(  # "X forces conducted a strike in Z on Monday, killing Y, a commander of W"
        "x-conducted-strike-killing-y",
        "OPPOSES",
        r"(?P<s>{E})\s+(?:[\w\-]+\s+){{0,2}}?(?:conducted|carried\s+out|launched)\s+{THE}"
        r"(?:[\w\-]+\s+){{0,2}}?(?:air\s*strikes?|airstrikes?|strikes?|raids?|attacks?|operations?)"
        r"\b(?:[^.;⟦]|⟦\d+⟧){{0,80}}?,\s+killing\s+(?:[\w\-.]+\s+){{0,3}}?(?P<o>{ES})",
        0.65,
    ),
    rule(  # "A troops captured two X operatives", "killed five X fighters"
        "x-killed-y-fighters",
        "OPPOSES",
        r"(?P<s>{E})(?:\s+[\w\-]+)?(?:\s*,\s+(?:backed|supported|assisted|aided)\s+by\s+[^,;]{{1,60}},)?\s+(?:[\w\-]+\s+){{0,3}}?(?:killed|arrested|detained|captured|neutrali[sz]ed)\s+{COUNT}\s+(?:suspected\s+|alleged\s+|senior\s+)?(?P<o>{E})\s+(?:militants|fighters|members|operatives|insurgents|commanders|gunmen|rebels)\b",
        0.65,
    ),
    rule(  # "X considers Y a terrorist organization", "X regards Y as an enemy"
        "x-considers-y-terrorist",
        "OPPOSES",
        r"{NEG}(?P<s>{E})\s+(?:\w+\s+)?(?:considers?|considered|regards?|regarded|deems?|deemed|views?|"
        r"viewed|sees|saw|treats?|treated)\s+{THE}(?P<o>{ES})\s+(?:as\s+)?{HOSTILE}",
        0.65,
    ),
    rule(  # "Turkey's position that the YPG is a terrorist organization"
        "x-s-position-that-y-is-terrorist",
        "OPPOSES",
        r"(?P<s>{E}){POS}\s+(?:[\w\-]+\s+)?(?:position|view|stance|assessment|conviction)\s+that\s+"
        r"{THE}(?P<o>{E})(?:\s*\(⟦\d+⟧\))?(?:\s*,\s+[^,.;]{{1,60}},)?\s+(?:is|are|was|were|remains?)\s+"
        r"{HOSTILE}",
        0.65,
    ),
    rule(  # "A and B are subject to X sanctions", "A, who is under X sanctions"
        "y-under-x-sanctions",
        "OPPOSES",
        r"(?P<o>{ES})\s*,?\s+(?:who\s+|which\s+)?(?:is|are|was|were|has\s+been|have\s+been|remains?|remained)\s+(?:also\s+|still\s+|already\s+)?(?:subject\s+to|under|targeted\s+by)\s+{THE}(?:[\w\-]+\s+)?(?P<s>{E})\s+(?:[\w\-]+\s+)?sanctions\b",
        0.65,
    ),
    rule(  # "X's main enemies are A and B", "X's arch-rival, B"
        "x-s-enemies-are-y",
        "OPPOSES",
        r"(?P<s>{E}){POS}\s+(?:[\w\-]+\s+)?(?:enem(?:y|ies)|adversar(?:y|ies)|foes?|arch-?rivals?)\s*(?:,|\s+(?:is|are|was|were|include|included|remains?)\s+){THE}(?P<o>{ES})",
        0.65,
    ),
    rule(  # "A repelled a B assault": B attacked A
        "x-repelled-y-attack",
        "OPPOSES",
        r"(?P<o>{E})\s+(?:[\w\-]+\s+){{0,3}}?repel(?:s|led|ling)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+)?(?P<s>{E})\s+(?:[\w\-]+\s+)?(?:attacks?|assaults?|offensive|incursions?|raids?|advance)\b",
        0.65,
    ),
    rule(
        "a-b-conflict",
        "OPPOSES",
        r"(?P<s>{E})[-–](?P<o>{E})\s+(?-i:war|conflict|clashes|hostilities)",  # not a named 'War'
        0.7,
    ),
    rule(
        "a-b-conflict",
        "OPPOSES",
        r"(?P<o>{E})[-–](?P<s>{E})\s+(?-i:war|conflict|clashes|hostilities)",  # not a named 'War'
        0.7,
    ),
    rule(
        "attacks-by-x-against-y",
        "OPPOSES",
        r"(?:attacks?|strikes?|raids?|assaults?|sanctions)\s+(?:(?:carried\s+out|launched|conducted|imposed|levied)\s+)?by\s+{THE}(?P<s>{ES})\s+(?:[\w\-]+\s+){{0,3}}?(?:against|on|targeting)\s+(?:[\w\-]+\s+){{0,3}}?(?P<o>{ES})",
        0.7,
    ),
    rule(
        "killed-by-x-strike",
        "OPPOSES",
        # the one killed, not the body of their title: 'A, the deputy chairman of X who was'
        r"(?<!\bof\s)(?<!\bof\sthe\s)(?P<o>{E})(?:,\s+(?:the|a|an)\s+(?:[\w\-]+\s+){{0,4}}?of\s+(?:the\s+)?⟦\d+⟧(?:\s*\(⟦\d+⟧\))?(?=,?\s+who\b))?,?\s+(?:(?:who\s+)?(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?killed|died|(?:was|were)\s+assassinated)\s+(?:(?:in|on)\s+(?:\d{{1,2}}\s+)?[A-Z]\w+(?:\s+\d{{1,4}})?\s+)?(?:by|in|when)\s+(?:an?\s+|the\s+|another\s+)?(?:\w+\s+){{0,2}}?(?P<s>{E})\s+(?:[\w\-]+\s+){{0,2}}?(?:air\s*strikes?|airstrikes?|strikes?|attacks?|raids?|bombing|missiles?)",
        0.7,
    ),
    rule(  # "the X lost nine men in a Y ambush": Y fought X
        "x-lost-men-in-y-attack",
        "OPPOSES",
        r"(?P<o>{E})(?:\s+(?:forces|troops|army))?\s+(?:\w+\s+)?lost\s+(?:at\s+least\s+|some\s+|"
        r"about\s+)?{COUNT}\s+{VICTIMS}\s+{IN_AN_ATTACK_BY}",
        0.65,
    ),
    rule(  # "nine X soldiers were killed in a Y attack"
        "x-men-killed-in-y-attack",
        "OPPOSES",
        r"\b{COUNT}\s+(?P<o>{E})\s+{VICTIMS}\s+(?:were|had\s+been)\s+killed\s+{IN_AN_ATTACK_BY}",
        0.65,
    ),
    rule(  # "the Houthis rely on Iran for missiles": Iran backs them
        "y-relies-on-x-for",
        "SUPPORTS",
        r"(?P<o>{E})\s+(?:\w+\s+)?(?:rel(?:y|ies|ied)|depend(?:s|ed)?)\s+(?:heavily\s+|largely\s+|"
        r"mainly\s+)?on\s+{THE}(?P<s>{E})\s+for\s+(?:[\w\-]+\s+){{0,2}}?(?:weapons|arms|missiles|"
        r"drones|funding|funds|money|support|training|fuel|supplies|cash|protection|backing)\b",
        0.65,
    ),
    rule(  # "X condemned the exercises held near Z by Y", "the detention of A by Y": Y's deed
        "condemned-the-deed-by",
        "OPPOSES",
        r"(?P<s>{E})\s+(?:has\s+|have\s+|had\s+)?(?:strongly\s+|firmly\s+)?(?:condemned|condemns|"
        r"denounced|denounces|deplored|deplores|protested|protests)\s+(?:the|a|an|what\s+it\s+called)\s+"
        r"(?:[^.;:⟦]|⟦\d+⟧){{1,80}}?\bby\s+{DOER}",
        0.65,
    ),
    rule(  # "the RSF received weapons from the UAE": the giver backs the receiver
        "y-received-arms-from-x",
        "SUPPORTS",
        r"(?P<o>(?<!\bin\s)(?<!\bat\s)⟦\d+⟧)\s+(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?(?:received|receives|obtained|obtains|"
        r"got|gets|acquired)\s+(?:[\w\-]+\s+){{0,3}}?(?:weapons|arms|funding|funds|money|training|"
        r"ammunition|drones|missiles|rockets|military\s+aid|support|equipment|fuel)\s+"
        r"(?:[\w\-]+\s+){{0,3}}?from\s+{THE}(?P<s>{E})",
        0.65,
    ),
    rule(  # "X condemned the continued secessionist rhetoric of Y": Y's deed
        "condemned-the-deed-of",
        "OPPOSES",
        r"(?P<s>{E})\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:strongly\s+|firmly\s+)?(?:condemned|condemns|"
        r"denounced|denounces|deplored|deplores)\s+(?:the|a|an)\s+(?:[\w\-]+\s+){{0,3}}?(?:rhetoric|"
        r"attacks?|strikes?|actions?|policies|policy|operations?|aggression|crimes?|violations?|"
        r"occupation|incursions?|shelling|bombing|bombardment|killings?|detention|arrests?|"
        r"statements?|remarks|threats?|provocations?|annexation|invasion|crackdown|abuses)\s+"
        r"of\s+{DOER}",
        0.65,
    ),
    rule(  # "X ambushed convoys escorted by Y", "X attacked positions held by Y": Y's
        "attacked-things-of-y",
        "OPPOSES",
        r"(?P<s>{E})\s+(?:\w+\s+){{0,2}}?(?:attacked|attacks|ambushed|ambushes|struck|strikes|raided|"
        r"shelled|targeted|overran|bombed)\s+(?:[\w\-]+\s+){{0,3}}?(?:convoys?|positions?|bases?|"
        r"patrols?|posts?|camps?|checkpoints?|outposts?|vehicles?|barracks)\s+(?:escorted|manned|"
        r"held|run|operated|used|occupied|guarded|controlled)\s+by\s+{THE}(?P<o>{E})",
        0.65,
    ),
    rule(  # "Turkey, which considers the group a terrorist organisation": its foe
        "considers-y-terrorist",
        "OPPOSES",
        r"(?P<s>{E})\s*,?\s+(?:which|who)\s+(?:\w+\s+)?(?:considers|considered|regards|regarded|"
        r"views|viewed|deems|deemed|brands|branded)\s+{THE}(?P<o>{E})\s+(?:as\s+)?(?:an?\s+)?"
        r"(?:[\w\-]+\s+)?(?:terrorist|enemy|hostile|extremist)",
        0.65,
    ),
    rule(  # "the SPLM-North faction of Abdelaziz al-Hilu": his faction, which he leads
        "org-faction-of-person",
        "LEADS",
        r"(?P<o>{E})\s+(?:faction|wing|splinter\s+group|breakaway\s+group)\s+of\s+{TITLES}(?P<s>{E})"
        r"(?!\s*(?:'s|’s))",
        0.6,
    ),
    rule(  # "the Houthis, whom Iran arms, fired": Iran backs them
        "y-whom-x-arms",
        "SUPPORTS",
        r"(?P<o>{E})\s*,\s+(?:whom|which)\s+(?P<s>{E})\s+(?:\w+\s+)?(?:arms|armed|funds|funded|backs|"
        r"backed|supports|supported|finances|financed|trains|trained|sponsors|sponsored)\b",
        0.65,
    ),
    rule(
        "x-an-y-backed",
        "SUPPORTS",
        r"(?P<o>{E})\s*(?:,\s+|\s+(?:is|was|are|were)\s+){THE}(?:[\w’']+\s+){{0,2}}?(?P<s>{E})[-\s](?:backed|sponsored|funded|supported|armed|trained|financed)\b",
        0.75,
    ),
    rule(
        "role-appositive-name",
        "MEMBER_OF",
        # (with what the role is for: "the EU's special envoy for the peace process, A")
        r"{THE}{ADJ}(?P<o>{E}){POS}?\s+{ADJ}{MEMBER}"
        r"(?:\s+(?:for|to|on|in)\s+(?:[^,;()⟦]|⟦\d+⟧){{1,60}}?)?\s*,\s+(?P<s>{E})",
        0.7,
    ),
    rule(
        "name-passive-led",
        "LEADS",
        r"(?P<o>{E})\s+(?:is|was|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:led|commanded|headed|founded|chaired)\s+by\s+{TITLES}(?P<s>{E})",
        0.75,
    ),
    rule(
        "subordinate-to",
        "PART_OF",
        r"(?P<s>{E})\s+(?:is|was|are|were|acts|operates|remains)?\s*(?:\w+\s+)?(?:subordinate\s+to|as\s+part\s+of|part\s+of|a\s+(?:unit|branch|wing|arm)\s+of|under\s+the\s+command\s+of)\s+{THE}(?:{E}{POS}\s+)?(?P<o>{E})",
        0.7,
    ),
    # ---- LEADS / MEMBER_OF: "X commander Y", "X's spokesman Y"
    rule(
        "org-role-name",
        "LEADS",
        ORG_LEAD + r"\s*,?\s+{TITLES}(?P<s>{E})",
        0.8,
    ),
    rule(  # 'Sovereignty Council chairman and army chief Gen. A': each role is A's
        "org-role-and-role-name",
        "LEADS",
        ORG_LEAD + r"\s+and\s+(?:⟦\d+⟧{POS}?\s+)?(?:[\w\-]+\s+){{1,3}}?{TITLES}(?P<s>{E})",
        0.7,
        (" and ",),
    ),
    rule(  # a signatory's block: 'Major General A, Commander, Taiz Military Axis.'
        "name-comma-office-comma-org",
        "LEADS",
        r"(?P<s>{E}),\s+(?-i:Commander|Chairman|Chairperson|Chairwoman|Head|Director|President|"
        r"Leader|Chief|Secretary-General|Secretary\s+General)(?:\s+and\s+(?-i:[A-Z])[\w\-]*)?"
        r",\s+{THE}(?P<o>{E})\s*(?:[.;,]|$)",
        0.7,
    ),
    rule(  # "the X, the pro-Russian party of businessman A": A's party
        "org-the-party-of-a",
        "LEADS",
        r"(?P<o>{E})\s*,\s+(?:the|a)\s+(?:[\w\-]+\s+){{0,2}}?(?:party|movement|militia|faction)\s+of\s+"
        r"(?:(?-i:[a-z])[\w\-]+\s+)?(?P<s>{E})",
        0.6,
    ),
    rule(  # "the X Group, which A co-chairs with B": A leads it
        "org-which-a-chairs",
        "LEADS",
        r"(?P<o>{E})\s*,\s+which\s+(?P<s>{E})\s+(?:now\s+|also\s+)?(?:co-?chairs|co-?chaired|chairs|"
        r"chaired|heads|headed|leads|commands|commanded)\b",
        0.7,
        ("chair", "head", "lead", "command"),
    ),
    rule(  # "..., which A co-chairs with Germany's B": B as well
        "org-which-a-chairs",
        "LEADS",
        r"(?P<o>{E})\s*,\s+which\s+⟦\d+⟧\s+(?:co-?chairs|co-?chaired)\s+with\s+(?:{E}{POS}\s+)?"
        r"{TITLES}(?P<s>{E})",
        0.7,
    ),
    rule(  # "the members of the Presidency, A, B and C": each is one
        "members-of-org-list",
        "MEMBER_OF",
        r"\bmembers\s+of\s+{THE}(?P<o>{E})\s*,\s+(?P<s>{ES})",
        0.7,
    ),
    rule(  # "A of the Red Crescent said", "A of the X Brigade, which ...": who speaks for it
        "name-of-org-said",
        "MEMBER_OF",
        r"(?<!\bof\s)(?<!\bby\s)(?P<s>{E})\s+of\s+{THE}(?:(?:ruling|governing|opposition|main)\s+)?"
        r"(?P<o>{E})(?:\s*\(⟦\d+⟧\))?(?:\s+(?:party|movement|bloc))?(?=\s*,\s|\s+(?:said|says|"
        r"told|added|stated|noted|warned|explained|argued|wrote|confirmed|denied|spoke|stressed|"
        r"insisted|urged|met|received|hosted|visited|attended|joined|held|announced|accused|"
        r"condemned|welcomed|praised|criticised|criticized)\b)",
        0.6,
    ),
    rule(  # "Brigadier General A of the Syrian Arab Army": an officer of that force
        "rank-name-of-org",
        "MEMBER_OF",
        r"\b(?-i:General|Colonel|Major|Captain|Lieutenant|Admiral|Brigadier|Sergeant|Commodore|"
        r"Gen\.|Col\.|Maj\.|Capt\.|Lt\.|Adm\.|Brig\.|Sgt\.)\s+(?P<s>{E})\s+of\s+{THE}(?P<o>{E})",
        0.65,
    ),
    rule(
        "org-role-name",
        "MEMBER_OF",
        r"(?P<o>{E}){POS}?\s+{ADJ}{MEMBER}{ROLE_FOR}\s*,?\s+{TITLES}(?P<s>{E})",
        0.7,
    ),
    # ---- "the commander of X, Y" / "Y, commander of X"
    rule(
        "role-of-org-name",
        "LEADS",
        # ('the commander of the UN-backed X, Maj. Gen. A': who backs X says only whose it is)
        r"{NOT_LISTED}{LEAD}\s+of\s+{THE}(?:{E}{POS}\s+)?(?:⟦\d+⟧-(?:backed|led|funded|supported)\s+)?"
        r"(?P<o>{E}){QUAL}(?:\s*\(⟦\d+⟧\))?{ING}\s*,\s+{TITLES}(?P<s>{E})",
        0.8,
    ),
    rule(  # "the chief negotiator of the X, Y"
        "role-of-org-name",
        "MEMBER_OF",
        r"{NOT_LISTED}\b{MEMBER}\s+(?:of|for)\s+{THE}(?:{E}{POS}\s+)?(?P<o>{E}){QUAL}(?:\s*\(⟦\d+⟧\))?\s*,\s+{TITLES}(?P<s>{E})",
        0.7,
    ),
    rule(
        "title-of-org-name",
        "MEMBER_OF",
        r"\b(?:secretary|spokes(?:man|woman|person)|deputy\s+\w+)\s+of\s+{THE}(?:{E}{POS}\s+)?(?-i:{DEMONYM})(?P<o>{E})(?:\s*\((?:{E}|[A-Z]{{2,8}})\))?\s+{TITLES}(?P<s>{E})",
        0.7,
    ),
    rule(  # "A (Director, B)", "A (Senior Fellow, B)": a role in parentheses
        "name-paren-role-org",
        "LEADS",
        r"(?P<s>{E})\s*\(\s*{ADJ}{LEAD}\s*,\s+{THE}(?P<o>{E})",
        0.7,
    ),
    rule(
        "name-paren-role-org",
        "MEMBER_OF",
        r"(?P<s>{E})\s*\(\s*{ADJ}(?:{MEMBER}|fellow|researcher)\s*,\s+{THE}(?P<o>{E})",
        0.7,
    ),
    rule(  # "Attendees included A of the B": not after a title ('Minister A of the B' leads)
        "name-of-org",
        "MEMBER_OF",
        r"{UNTITLED}(?P<s>{E})\s+of\s+{THE}(?P<o>{E})(?!\s*{POS})(?!\s+(?!(?:and|or|for|in|on|at|to|from|with|during|who|which|said|says|was|were|is|are|has|had|have|as|when|after|before|while)\b)[a-z])(?!\s+⟦)",
        0.6,
    ),
    rule(  # "Prime Minister A of the B"
        "title-name-of-org",
        "LEADS",
        r"\b{LEAD}\s+{TITLES}(?P<s>{E})\s+of\s+{THE}(?P<o>{E})(?!\s*{POS})",
        0.7,
    ),
    rule(
        "name-role-of-org",
        "LEADS",
        r"(?P<s>{E}){ALIAS}\s*,\s+(?:who\s+(?:is|was)\s+|as\s+)?{DEF}{ADJ}{LEAD}\s+of\s+{THE}{DEMONYM}{ADJ}(?:{E}{POS}\s+)?{MOD}(?P<o>{E}){WHOLE}",
        0.8,
    ),
    rule(  # a record's speaker label: "The Chair of the Foreign Affairs Committee (A B):"
        "head-of-org-bracketed-name",
        "LEADS",
        r"\b{LEAD}\s+of\s+{THE}(?P<o>{E})\s*\((?P<s>{E})\)",
        0.7,
    ),
    rule(  # "A, the council's vice-chairman and president of the X": a second role, its own body
        "name-role-and-head-of-org",
        "LEADS",
        r"(?P<s>{E}){ALIAS}\s*,\s+(?:the\s+)?(?:[\w\-]+['’]s\s+)?(?:[\w\-]+\s+){{1,3}}?and\s+{DEF}{ADJ}"
        r"{LEAD}\s+of\s+{THE}{DEMONYM}{ADJ}{MOD}(?P<o>{E}){WHOLE}",
        0.7,
    ),
    rule(  # "A, a member of the B and a prominent leader in the C group": a member of C too
        "name-role-of-org-and-role-in-org",
        "MEMBER_OF",
        r"(?P<s>{E}){ALIAS}\s*,\s+{THE}{ADJ}(?:{MEMBER}|{LEAD})\s+(?:of|in|at|for)\s+{THE}(?:{E}{POS}\s+)?{MOD}⟦\d+⟧\s+and\s+{THE}{ADJ}(?:{MEMBER}|leader|figure)\s+(?:of|in|at|for|with)\s+{THE}{DEMONYM}(?:{E}{POS}\s+)?{MOD}(?P<o>{E})",
        0.65,
    ),
    rule(
        "name-role-of-org",
        "MEMBER_OF",
        r"(?P<s>{E}){ALIAS}\s*,\s+(?:who\s+(?:is|was)\s+)?{THE}{ADJ}(?:{MEMBER}|{FELLOW})(?:\s+and\s+{ADJ}{MEMBER})?\s+(?:of|in|at|for|with|from)\s+{THE}{DEMONYM}(?:{E}{POS}\s+)?{MOD}(?P<o>{E})",
        0.7,
    ),
    rule(
        "name-a-leader-in-org",
        "MEMBER_OF",
        r"(?P<s>{E})\s*,\s+(?:who\s+(?:is|was)\s+)?(?:a|an|one\s+of\s+the)\s+{ADJ}{LEAD}s?\s+(?:in|within|among|of)\s+{THE}(?:{E}{POS}\s+)?(?P<o>{E})",
        0.7,
    ),
    rule(  # "A, a senior security adviser to the X": who advises a body works for it
        "name-adviser-to-org",
        "MEMBER_OF",
        r"(?P<s>{E})\s*,\s+(?:who\s+(?:is|was|serves\s+as)\s+)?(?:a|an|the)\s+{ADJ}"
        r"(?:advis[eo]r|aide|consultant|counsell?or)\s+to\s+{THE}(?:{E}{POS}\s+)?(?P<o>{E})",
        0.7,
    ),
    rule(  # "the X Group, made up of former presidents A, B and C": its members
        "body-made-up-of",
        "MEMBER_OF",
        r"(?P<o>{E})\s*,\s+(?:made\s+up\s+of|composed\s+of|comprising|consisting\s+of)\s+"
        r"(?:(?-i:[a-z])[\w\-]*\s+){{0,3}}?(?P<s>{ES})",
        0.7,
    ),
    rule(  # 'A, who was elected on a X ticket': a candidate of the party
        "name-elected-on-org-ticket",
        "MEMBER_OF",
        r"(?P<s>{E})\s*,\s+who\s+(?:was|were)\s+(?:\w+\s+)?elected\s+on\s+(?:an?|the)\s+"
        r"(?P<o>{E})(?:\s*\(⟦\d+⟧\))?\s+ticket\b",
        0.7,
    ),
    rule(  # "A, who sits on the X", "A, who speaks on behalf of the X"
        "name-who-sits-on-org",
        "MEMBER_OF",
        r"(?P<s>{E})\s*,\s+who\s+(?:also\s+)?(?:(?:sits|sat|serves|served)\s+on|(?:speaks|spoke)\s+on\s+"
        r"behalf\s+of)\s+{THE}(?P<o>{E})",
        0.7,
    ),
    rule(  # "council members A and B" (the council named before): each is a member
        "body-members-list",
        "MEMBER_OF",
        r"(?P<o>{E})\s+members\s+(?P<s>{ES})",
        0.6,
    ),
    rule(  # "X, whom the army described as a commander in Y's elite Z": X is in Z
        "described-as-member",
        "MEMBER_OF",
        r"(?P<s>{E})\s*,\s+(?:whom|who)\s+(?:[^,;⟦]|⟦\d+⟧){{0,60}}?\b(?:described|identified|named|called)\s+(?:him\s+|her\s+)?as\s+(?:a|an)\s+{ADJ}(?:{MEMBER}|{LEAD})\s+(?:in|of|with|within)\s+{THE}(?:{E}{POS}\s+)?{ADJ}(?P<o>{E})",
        0.65,
    ),
    rule(  # "X, political aide to Hezbollah Secretary-General Y": X works for Y's organization
        "aide-to-org-leader",
        "MEMBER_OF",
        r"(?P<s>{E})\s*,\s+(?:a\s+|the\s+)?{ADJ}(?:aide|adviser|advisor|assistant|secretary|spokes(?:man|woman|person))\s+to\s+{THE}(?P<o>{E})\s+{TITLES}⟦\d+⟧",
        0.6,
    ),
    rule(  # "Chairman Joint Chiefs of Staff Committee General X": the office, then its body
        "title-org-name",
        "LEADS",
        r"\b(?-i:{OFFICE})\s+(?P<o>{E})(?:\s*\((?:{E}|[A-Z]{{2,8}})\))?\s+{TITLES}(?P<s>{E})",
        0.7,
    ),
    rule(
        "title-of-org-name",
        "LEADS",
        r"\b{LEAD}\s+of\s+{THE}(?:{E}{POS}\s+)?(?-i:{DEMONYM})(?P<o>{E})(?:\s*\((?:{E}|[A-Z]{{2,8}})\))?\s+{TITLES}(?P<s>{E})",
        0.75,
    ),
    rule(
        "name-org-role",
        "LEADS",
        r"(?P<s>{E})\s*(?:,\s+(?:who\s+is\s+(?:also\s+)?)?|\(\s*){DEF}{ADJ}(?P<o>{E}){POS}?\s+{ADJ}{LEAD}\b(?!\s+{TITLES}⟦)"
        r"(?!\s+{MEMBER}\b)",  # 'its chief negotiator': a member
        0.75,
    ),
    rule(
        "name-org-role",
        "MEMBER_OF",
        r"(?P<s>{E})\s*(?:,\s+|\(\s*){THE}{ADJ}(?P<o>{E}){POS}?\s+{ADJ}{MEMBER}\b"
        r"(?!\s+{TITLES}⟦)",  # 'A, UN envoy B': the role is B's
        0.7,
    ),
    rule(
        "name-leads-org",
        "LEADS",
        r"(?P<s>{E})(?:\s+|\s*,\s+(?=who\s))(?:who\s+)?(?:also\s+)?(?:leads|led|heads|headed|commands|commanded|chairs|chaired|founded|co-founded|runs|ran)\s+{THE}(?P<o>{E})"
        # (not 'who heads the UN office in Z', 'who leads the X's political office': a part of X)
        r"(?!{POS}|\s+(?!(?:since|in|from|at|and|for|on|until|after|before|with)\b)(?-i:[a-z]))",
        0.75,
    ),
    rule(  # "the National League for Democracy of Aung San Suu Kyi": the party he or she leads
        "party-of-person",
        "LEADS",
        r"(?P<o>{E})(?:\s*\((?:{E}|[A-Z]{{2,8}})\))?\s+of\s+(?:(?-i:[A-Z])[\w\-]*\.?\s+){{0,2}}?(?P<s>{E})(?!\s*['’])",
        0.6,
    ),
    rule(  # "Lai's Democratic Progressive Party", "Netanyahu's Likud party": his party
        "person-possessive-party",
        "MEMBER_OF",
        r"(?P<s>{E}){POS}\s+(?:ruling\s+|governing\s+|opposition\s+)?(?P<o>{E})",
        0.6,
    ),
    rule(
        "name-member-org",
        "MEMBER_OF",
        r"(?P<s>{E})\s+{COPULA}\s+{THE}{ADJ}{MEMBER}\s+(?:of|in|for|with|at)\s+{THE}(?P<o>{E})",
        0.65,
    ),
    rule(  # "X is a Houthi procurement official", "X was a senior Hezbollah commander"
        "name-is-an-org-member",
        "MEMBER_OF",
        r"(?P<s>{E})\s+{COPULA}\s+(?:a|an)\s+{ADJ}(?P<o>{E}){POS}?\s+{ADJ}{MEMBER}\b",
        0.65,
    ),
    rule(  # "A, who took over as X's leader", "A serves as X's commander": heads it
        "name-is-org-s-head",
        "LEADS",
        IS_ROLE + r"(?P<o>{E}){POS}\s+{ADJ}{LEAD}\b(?!\s+{MEMBER}\b)",  # not 'X's chief negotiator'
        0.7,
        ("'", "’"),
    ),
    rule(  # "A became the X leader", "A, who was named X chairman": no possessive
        "name-is-org-head",
        "LEADS",
        IS_ROLE + r"(?:the\s+)?(?P<o>{E})\s+{NOT_BODY}{ADJ}{LEAD}\b(?!\s+{MEMBER}\b)",
        0.7,
        BECOMING,
    ),
    rule(  # "A assumed command of X", "A took over the leadership of X"
        "name-assumed-command-of",
        "LEADS",
        r"(?P<s>{E})\s+(?:\w+\s+)?(?:assumed|took(?:\s+over)?|takes(?:\s+over)?|has\s+taken(?:\s+over)?)"
        r"\s+(?:the\s+)?(?:command|leadership|control|chairmanship|presidency)\s+of\s+{THE}(?P<o>{E})",
        0.7,
    ),
    rule(  # "X, now under the leadership of A", "the IRGC, under commander A": A leads X
        "org-under-the-leadership-of",
        "LEADS",
        r"(?P<o>{E})(?:\s*\(⟦\d+⟧\))?\s*,?\s+(?:now\s+|then\s+|still\s+)?under\s+(?:the\s+(?:[\w\-]+\s+)?"
        r"(?:leadership|command|chairmanship)\s+of\s+|(?:its\s+)?(?:new\s+)?(?:commander|leader|chief)\s+)"
        r"{TITLES}(?P<s>{E})",
        0.7,
    ),
    rule(  # "X serves as Hezbollah's chief negotiator", "X was appointed Y's envoy to Z"
        "name-is-org-s-member",
        "MEMBER_OF",
        IS_ROLE + r"(?P<o>{E}){POS}\s+{ADJ}{MEMBER}\b",
        0.65,
        ("'", "’"),
    ),
    rule(  # "X, who was appointed Y special envoy", "X is the Hamas spokesman": no possessive
        "name-is-org-member",
        "MEMBER_OF",
        IS_ROLE + r"(?:the\s+)?(?P<o>{E})\s+{ADJ}{MEMBER}\b",
        0.65,
        BECOMING,
    ),
    rule(  # "X, one of Hezbollah's most senior commanders": one of many, a member
        "name-one-of-org-s-members",
        "MEMBER_OF",
        r"(?P<s>{E})\s*,\s+one\s+of\s+(?P<o>{E}){POS}\s+{ADJ}(?:{MEMBER}|{LEAD})s?\b",
        0.65,
        ("one of",),
    ),
    rule(  # "X, who sits in parliament for Y", "X represents Y in the talks"
        "name-sits-for-org",
        "MEMBER_OF",
        r"(?P<s>{E})\s*,?\s+(?:who\s+)?(?:sits|sat)\s+(?:in|on)\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+)?"
        r"\s+for\s+{THE}(?P<o>{E})",
        0.6,
        ("sits", "sat "),
    ),
    rule(
        "name-sits-for-org",
        "MEMBER_OF",
        r"(?P<s>{E})\s+(?:represents|represented)\s+{THE}(?P<o>{E})\s+(?:in|at|on)\s",
        0.6,
    ),
    rule(  # "X is a senior leader of Y": one of its leaders, a member
        "name-is-a-leader-of-org",
        "MEMBER_OF",
        r"(?P<s>{E})\s+{COPULA}\s+(?:an?|one\s+of\s+the)\s+{ADJ}{LEAD}s?\s+(?:of|in|within)\s+{THE}(?:{E}{POS}\s+)?(?P<o>{E})",
        0.65,
    ),
    rule(  # "X is the spokesman for Y", "X is an adviser with Y": a role in it is membership
        "name-is-member-of-org",
        "MEMBER_OF",
        r"(?P<s>{E})\s+{COPULA}\s+(?:an?|the|its|one\s+of\s+(?:the|its))\s+{ADJ}{MEMBER}s?\s+(?:of|for|at|with|within)\s+{THE}(?:{E}{POS}\s+)?(?P<o>{E})",
        0.65,
    ),
    rule(  # "A, who runs procurement for the Y": a task done for it is membership
        "name-who-runs-task-for-org",
        "MEMBER_OF",
        r"(?P<s>{E})\s*,\s+who\s+(?:also\s+)?(?:runs|ran|manages|managed|oversees|oversaw|handles|handled|coordinates|coordinated|organi[sz]es|organi[sz]ed)\s+(?:(?-i:[a-z])[\w\-]*\s+){{1,3}}?(?:for|of|within)\s+{THE}(?:{E}{POS}\s+)?(?P<o>{E})",
        0.6,
    ),
    rule(  # "A and B, both members of the Y political bureau": each a member
        "names-members-of-org",
        "MEMBER_OF",
        r"(?P<s>{ES})\s*,\s+(?:both\s+|all\s+)?{ADJ}members\s+of\s+{THE}(?:{E}{POS}\s+)?(?P<o>{E})",
        0.65,
    ),
    rule(
        "name-is-fellow-of-org",
        "MEMBER_OF",
        r"(?P<s>{E})\s+{COPULA}\s+{THE}{ADJ}{FELLOW}\s+(?:of|in|for|with|at)\s+{THE}(?P<o>{E})",
        0.65,
    ),
    rule(
        "name-was-leader-of-org",
        "LEADS",
        r"(?P<s>{E})\s+{COPULA}\s+{DEF}{ADJ}{LEAD}(?:\s+and\s+{ADJ}{LEAD})?\s+(?:of|for)\s+{THE}(?:{E}{POS}\s+)?(?P<o>{E})",
        0.7,
    ),
    rule(
        "name-joined-org",
        "MEMBER_OF",
        r"(?P<s>{E})\s+(?:joined|serves\s+in|served\s+in|fought\s+for)\s+{THE}(?P<o>{E})(?!\s+{EVENT})",
        0.65,
    ),
    # ---- roles: a part of an organization, deputies, "its", successions
    rule(
        "name-head-of-org-unit",
        "MEMBER_OF",
        r"(?P<s>{E})\s*,\s+(?:who\s+(?:is|was)\s+|as\s+)?{THE}{ADJ}{LEAD}\s+of\s+{THE}{DEMONYM}(?P<o>{E})(?:{POS}\s+{ADJ}(?-i:[a-z])[\w\-]+|\s+{UNIT_NOUN})\b",
        0.7,
    ),
    rule(  # "the head of the X sub-office in Z, A": A works for X, heads only its unit
        "role-of-org-unit-name",
        "MEMBER_OF",
        r"{LEAD}\s+of\s+{THE}{DEMONYM}(?P<o>{E})(?:\s*\(⟦\d+⟧\))?\s+(?-i:{UNIT_NOUN})\b(?:\s+(?:in|for|at)\s+(?:the\s+)?⟦\d+⟧)?\s*,\s+{TITLES}(?P<s>{E})",
        0.65,
    ),
    rule(  # a byline: "By A, Outlet" / "By A, senior fellow at the X"
        "byline-name-org",
        "MEMBER_OF",
        r"^\s*By\s+(?P<s>{E})\s*,\s+(?:(?:[a-z][\w\-]*\s+){{1,4}}(?:at|with|of)\s+{THE})?(?P<o>{E})",
        0.65,
    ),
    rule(  # a credit in parentheses: "Question (A, Outlet)"
        "name-org-in-parens",
        "MEMBER_OF",
        r"(?P<s>(?<!\w)(?<=\()⟦\d+⟧)\s*,\s+(?P<o>{E})\s*\)",
        0.6,
    ),
    rule(  # "A, a key ally of X and head of the Y": the second role of the aside
        "name-second-role-of-org",
        "LEADS",
        r"(?P<s>{E})\s*,\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){{0,3}}?(?:of|to|for)\s+(?:the\s+)?⟦\d+⟧\s+and\s+{THE}{ADJ}{LEAD}\s+of\s+{THE}{DEMONYM}(?P<o>{E}){WHOLE}",
        0.7,
    ),
    rule(
        "name-role-comma-org",
        "MEMBER_OF",
        r"(?P<s>{E})\s*,\s+{ADJ}(?:{MEMBER}|{LEAD}(?=\s+of\s))(?:\s+of\s+(?!the\b)[\w\-]+(?:\s+[\w\-]+){{0,2}})?\s*,\s+{THE}(?P<o>{E})(?:\s+⟦\d+⟧)?(?=\s*(?:[,.;:|)]|$))",
        0.65,
    ),
    rule(  # a witness list or a signature: 'A, Director, the X Centre;' heads it
        "name-role-comma-org",
        "LEADS",
        r"(?P<s>{E})\s*,\s+{ADJ}{LEAD}\s*,\s+{THE}(?P<o>{E})(?=\s*(?:[,.;:|)]|$))",
        0.65,
    ),
    rule(  # "the IDF side was represented by Col A": A is of the IDF
        "org-side-represented-by",
        "MEMBER_OF",
        r"(?P<o>{E})(?:['’]s)?\s+(?:side|delegation|team)\s+(?:was|were)\s+(?:also\s+)?represented\s+by\s+{TITLES}(?P<s>{E})",
        0.6,
    ),
    rule(  # "officials of the KDP, including politburo member A": A is of the KDP
        "officials-of-org-including",
        "MEMBER_OF",
        r"\b(?:officials|members|leaders|representatives|commanders)\s+of\s+{THE}(?P<o>{E})(?:\s*\(⟦\d+⟧\))?\s*,?\s+including\s+(?:its\s+)?(?:[\w\-]+\s+){{0,3}}?(?:{MEMBER}|{LEAD})\s+{TITLES}(?P<s>{E})",
        0.6,
    ),
    rule(
        "leader-and-his-deputy",
        "MEMBER_OF",
        r"(?P<o>{E}){POS}?\s+{ADJ}{LEAD}\s*,?\s+{TITLES}⟦\d+⟧\s*,?\s+and\s+(?:his|her|its|their)\s+(?:deputy|deputies|spokes(?:man|woman|person)|second[-\s]in[-\s]command)\s*,?\s+{TITLES}(?P<s>{E})",
        0.7,
    ),
    rule(  # "TNLA fighters battled troops, its Major-General X told AFP": a member of it
        "its-member-name",
        "MEMBER_OF",
        r"(?P<o>{E})(?:[^.;⟦]|(?:(?<=\bin\s)|(?<=\bat\s)|(?<=\bnear\s)|(?<=\bfrom\s)|(?<=\bof\s)|(?<=\band\s)|(?<=\bthe\s)|(?<=\())⟦\d+⟧){{1,160}}?,\s+its\s+(?:spokes(?:man|woman|person)|official|(?:major|lieutenant|brigadier)[-\s]general|colonel|major|lieutenant|captain|general)\s*,?\s+{TITLES}(?P<s>{E})",
        0.6,
        ("its ",),
    ),
    rule(  # "X is a shipping agent whose general manager, Y, ...": Y heads X
        "whose-leader-name",
        "LEADS",
        r"(?P<o>{E})(?:\s*\(⟦\d+⟧\))?[^.;⟦]{{0,60}}?\bwhose\s+{ADJ}(?:general\s+manager|managing\s+director|"
        r"{LEAD})\s*,?\s+{TITLES}(?P<s>{E})",
        0.65,
        ("whose ",),
    ),
    rule(
        "its-leader-name",
        "LEADS",
        r"(?P<o>{E})(?:,\s+which\s+[^,;.]{{1,120}}?,|[^.;⟦]|(?:(?<=\bin\s)|(?<=\bat\s)|(?<=\bto\s)|(?<=\bruns\s)|(?<=\bfrom\s)|(?<=\bin\sthe\s)|(?<=\bat\sthe\s)|(?<=\bto\sthe\s)|(?<=\bfrom\sthe\s))⟦\d+⟧){{1,160}}?\bits\s+{ADJ}(?:(?:co-?)?founder\s+and\s+)?{LEAD}\s*,?\s+{TITLES}(?P<s>{E})",
        0.65,
        ("its ",),
    ),
    rule(  # "A, who holds the rotating presidency of X", "A assumed the chairmanship of X"
        "holds-the-presidency-of",
        "LEADS",
        r"(?P<s>{E})\s*,?\s+(?:who\s+)?(?:\w+\s+)?(?:holds|held|assumed|took\s+over|took)\s+(?:the\s+)?(?:rotating\s+|annual\s+)?(?:presidency|chairmanship|leadership|chair|helm)\s+of\s+{THE}(?P<o>{E})",
        0.65,
    ),
    rule(
        "succeeded-as-leader",
        "LEADS",
        r"(?P<s>{E})\s+(?:\w+\s+)?(?:succeeded|replaced|took\s+over\s+from)\s+{TITLES}⟦\d+⟧\s+as\s+{THE}(?P<o>{E}){POS}?\s+{ADJ}{LEAD}\b",
        0.7,
        ("succeeded", "replaced", "took over"),
    ),
    rule(
        "succeeded-as-leader",
        "LEADS",
        r"⟦\d+⟧\s+(?:\w+\s+)?(?:succeeded|replaced|took\s+over\s+from)\s+{TITLES}(?P<s>{E})\s+as\s+{THE}(?P<o>{E}){POS}?\s+{ADJ}{LEAD}\b",
        0.7,
        ("succeeded", "replaced", "took over"),
    ),
    rule(
        "succeeded-as-leader-of",
        "LEADS",
        r"(?P<s>{E})\s+(?:\w+\s+)?(?:succeeded|replaced|took\s+over\s+from)\s+{TITLES}⟦\d+⟧\s+as\s+{THE}{ADJ}{LEAD}\s+of\s+{THE}(?P<o>{E}){WHOLE}",
        0.7,
        ("succeeded", "replaced", "took over"),
    ),
    rule(
        "succeeded-as-leader-of",
        "LEADS",
        r"⟦\d+⟧\s+(?:\w+\s+)?(?:succeeded|replaced|took\s+over\s+from)\s+{TITLES}(?P<s>{E})\s+as\s+{THE}{ADJ}{LEAD}\s+of\s+{THE}(?P<o>{E}){WHOLE}",
        0.7,
        ("succeeded", "replaced", "took over"),
    ),
    rule(
        "name-heads-unit-of-org",
        "MEMBER_OF",
        r"(?P<s>{E})\s*,?\s+(?:who\s+)?(?:also\s+)?(?:leads|heads|commands|runs|led|headed|commanded|ran)\s+(?:an?|the)\s+(?:[\w\-]+\s+){{0,3}}?(?:{UNIT_NOUN}|brigade|battalion|regiment|company|platoon|force)s?\s+(?:of|in|within)\s+{THE}(?:[^,;.⟦]{{1,40}}?\bof\s+)?(?:{E}{POS}\s+)?(?P<o>{E})",
        0.65,
    ),
    # ---- PART_OF
    rule("org-possessive-org", "PART_OF", r"(?P<o>{E}){POS}\s+(?:{UNIT_ADJ}\s+)?(?P<s>{E})", 0.6),
    rule(
        "org-s-component-the-org",
        "PART_OF",
        r"(?P<o>{E}){POS}?\s+(?:[\w\-]+\s+|⟦\d+⟧\s+){{0,2}}?(?:component|wing|arm|branch|affiliate|unit|faction|offshoot|backbone|core|mainstay|spearhead)(?:\s*,|\s+(?:is|was)\s+(?:known\s+as|called|named))\s+{THE}(?P<s>{E})",
        0.65,
    ),
    rule(  # "Al-Manar, the group's television channel", "X (TBZ), the best-equipped Y formation"
        "x-the-y-s-arm",
        "PART_OF",
        r"(?P<s>{E})(?:\s*\(⟦\d+⟧\))?\s*,\s+(?:the|a|an)\s+(?:[\w\-]+\s+){{0,2}}?(?P<o>{E}){POS}?\s+(?:[\w\-’']+\s+){{0,3}}?(?:affiliate|arm|wing|branch|unit|component|faction|formation|command|channel|broadcaster|television|news\s+agency|mouthpiece|mission|office)\b",
        0.65,
    ),
    rule(  # "Al-Manar, Hezbollah's television channel": the possessor's own outlet or unit
        "x-y-s-arm",
        "PART_OF",
        r"(?P<s>{E})(?:\s*\(⟦\d+⟧\))?\s*,\s+(?P<o>{E}){POS}\s+(?:[\w\-]+\s+){{0,3}}?(?:affiliate|"
        r"arm|wing|branch|unit|component|faction|formation|command|channel|broadcaster|television|"
        r"news\s+agency|mouthpiece|mission|office)\b",
        0.65,
    ),
    rule(  # "the X, whose armed wing is the Y": Y is part of X
        "x-whose-wing-is-y",
        "PART_OF",
        r"(?P<o>{E})(?:\s*\(⟦\d+⟧\))?\s*,\s+whose\s+(?:[\w\-]+\s+){{0,2}}?(?:wing|arm|branch|unit|"
        r"affiliate|faction|militia)\s+(?:(?:is|was)(?:\s+(?:known\s+as|called|named))?|,)\s+{THE}(?P<s>{E})",
        0.65,
    ),
    rule(  # "the Africa Corps, a formation subordinate to the Ministry of Defence"
        "x-a-body-subordinate-to",
        "PART_OF",
        r"(?P<s>{E})\s*,\s+(?:an?|the)\s+(?:[\w\-]+\s+){{0,2}}?(?:subordinate\s+to|under\s+the\s+"
        r"(?:command|authority|control)\s+of|attached\s+to|reporting\s+to)\s+{THE}(?P<o>{E})",
        0.65,
    ),
    rule(  # "X, the backbone of Y", "X has formed the armed core of Y"
        "x-the-core-of-y",
        "PART_OF",
        r"(?P<s>{E})(?:\s*\(⟦\d+⟧\))?\s*(?:,\s+|\s+(?:\w+\s+)?(?:is|was|forms|formed|remains|became)\s+)"
        r"(?:the|a|an)\s+(?:[\w\-]+\s+){{0,2}}?(?:backbone|core|nucleus|mainstay)\s+of\s+{THE}(?P<o>{E})",
        0.65,
    ),
    rule(  # "X said its Y Brigade carried out the attack": a unit of X
        "x-said-its-unit",
        "PART_OF",
        r"(?P<o>{E})\s+(?:said|says|announced|claimed|stated)\s+(?:that\s+)?its\s+(?P<s>{E})",
        0.6,
    ),
    rule(  # "X emerged in 2021 as an offshoot of Y", "X began as a splinter group of Y"
        "x-emerged-as-offshoot-of-y",
        "PART_OF",
        r"(?P<s>{E})(?:\s*\(⟦\d+⟧\))?\s+(?:(?:first|originally|initially)\s+)?(?:emerged|began|started|"
        r"was\s+(?:formed|founded|created|set\s+up))\s+(?:in\s+\d{{4}}\s+)?as\s+(?:an?\s+)?(?:[\w\-]+\s+)?"
        r"(?:offshoot|splinter(?:\s+group)?|branch|wing|faction|affiliate|unit)\s+of\s+{THE}(?P<o>{E})",
        0.65,
    ),
    rule(  # "X is al-Qaeda's formal affiliate in the Sahel"
        "x-is-y-s-affiliate",
        "PART_OF",
        r"(?P<s>{E})\s+(?:is|was|remains|became|has\s+become)\s+(?:the\s+|a\s+|an\s+)?(?P<o>{E}){POS}\s+(?:[\w\-]+\s+){{0,4}}?(?:affiliate|arm|wing|branch|franchise|unit|component|offshoot|proxy)\b",
        0.65,
    ),
    rule(
        "org-affiliated-org",
        "PART_OF",
        r"(?P<o>{E})[-\s](?:affiliated|run|controlled|owned|operated|linked)\s+(?:\w+\s+){{0,3}}?(?P<s>{E})",
        0.6,
    ),
    rule(  # "Tasnim is affiliated with the IRGC", "the 70 Unit, which is affiliated with the PUK"
        "org-is-affiliated-with-org",
        "PART_OF",
        r"(?P<s>{E})(?:\s*\(⟦\d+⟧\))?\s*,?\s+(?:which\s+|that\s+)?(?:is|was|are|were|remains|has\s+been)\s+(?:\w+ly\s+)?affiliated\s+(?:with|to)\s+{THE}(?P<o>{E})",
        0.65,
    ),
    rule(
        "org-unit-of-org",
        "PART_OF",
        r"(?P<s>{E})(?:\s*\(⟦\d+⟧\))?\s*,?\s+(?:(?:is|was|are|were)\s+(?:\w+ly\s+)?|as\s+)?{THE}(?:(?!(?:and|or|but)\b)[\w\-⟦⟧]+\s+){{0,2}}?(?:unit|branch|wing|arm|subsidiary|affiliate|offshoot|franchise|division|component|part|faction|proxy|brigade|battalion|department|directorate|force|front|structure)\s+(?:of|within|in|under)\s+{THE}(?:{E}{POS}\s+)?{MOD}(?P<o>{E})",
        0.7,
    ),
    rule(  # "X, a core faction of A and formally part of B": X is part of B as well
        "org-unit-of-org-and-part-of",
        "PART_OF",
        r"(?P<s>{E})(?:\s*\(⟦\d+⟧\))?\s*,\s+(?:a|an|the|one)\s+[^,;⟦]{{0,60}}?\b(?:of|within)\s+{THE}⟦\d+⟧\s+and\s+(?:\w+ly\s+)?(?:part|a\s+(?:member|component|unit|faction))\s+of\s+{THE}(?P<o>{E})",
        0.65,
    ),
    rule(  # "the forces of X in Taiz, including the 22nd Brigade": a unit of X
        "forces-of-y-including-x",
        "PART_OF",
        r"\b(?:forces|units|formations|brigades|troops)\s+of\s+{THE}(?P<o>{E})(?:\s+in\s+[^,;⟦]{{0,20}}⟦\d+⟧(?:\s+[A-Z]\w+)?)?\s*,\s+(?:including|among\s+them)\s+{THE}(?P<s>{LIST})",
        0.6,
    ),
    rule(  # "the Peace and Security Council of the African Union": a body of the organization
        "body-of-org",
        "PART_OF",
        r"(?P<s>{E})\s+of\s+{THE}(?P<o>{E})(?!{POS})",
        0.6,
    ),
    rule(
        "org-includes-list",
        "PART_OF",
        r"(?P<o>{E})(?:\s*\(⟦\d+⟧\))?\s*,?\s+(?:(?:is|are|was|were)\s+(?:\w+\s+)?(?:dominated\s+by|composed\s+of|"
        r"made\s+up\s+of|comprised\s+of|formed\s+by)|(?:which\s+|whose\s+(?:member\s+)?(?:parties|"
        r"groups|factions|members|ranks|components)\s+|"
        # "X, the coalition that includes Y and Z"
        r"(?:the|a|an)\s+(?:[\w\-]+\s+){{0,2}}?(?:coalition|alliance|umbrella(?:\s+(?:group|brand))?|"
        r"bloc|grouping|network|front|(?:operations\s+)?room|platform)\s+(?:(?:that|which)\s+)?)?"
        r"(?:also\s+|now\s+)?(?:includes?|included|comprises?|comprised|comprising|consists?\s+of|"
        r"groups|grouped|brings\s+together|brought\s+together|bringing\s+together|unites|united)|(?:made\s+up|composed|comprised)\s+of|"
        r"consisting\s+of|an?\s+(?:[\w\-]+\s+)?umbrella\s+(?:[\w\-]+\s+)?(?:of|for))\s+(?:[\w\-]+\s+){{0,3}}?"
        r"(?:such\s+as\s+|including\s+|like\s+)?(?P<s>{LIST})",
        0.65,
    ),
    rule(  # "A and B, both members of the Y coalition": parts of Y
        "orgs-both-members-of",
        "PART_OF",
        r"(?P<s>{LIST})\s*,\s+(?:both|all|each)\s+(?:[\w\-]+\s+)?members?\s+of\s+{THE}(?P<o>{E})",
        0.65,
    ),
    rule(  # "the X Brigade is a member of the Y alliance" (a body; a person's is MEMBER_OF)
        "org-is-a-member-of",
        "PART_OF",
        r"(?P<s>{E})\s+(?:is|was|are|were|became|remains)\s+(?:a|an|the)\s+(?:[\w\-]+\s+)?member\s+of\s+{THE}(?P<o>{E})",
        0.65,
    ),
    rule(
        "org-one-of-the-branches",
        "PART_OF",
        r"(?P<s>{E})\s+(?:is|was|remains)\s+one\s+of\s+(?:the\s+)?(?:\w+\s+){{0,2}}?(?:branches|units|wings|arms|divisions|components|services|factions|members)\s+of\s+{THE}(?P<o>{E})",
        0.7,
    ),
    rule(  # "X, which is affiliated with Y", "X, a Yazidi force affiliated with Y"
        "org-affiliated-with-org",
        "PART_OF",
        r"(?P<s>{E})(?:\s+(?:agency|group|movement|militia|outlet))?(?:\s*\(⟦\d+⟧\))?\s*,\s+(?:which\s+is\s+|(?:an?|the)\s+(?:(?-i:[A-Z])[\w\-]*\s+|[\w\-]+\s+){{0,2}}?(?:group|force|militia|movement|party|outlet|agency|network|faction|organi[sz]ation|unit|channel|website|newspaper|broadcaster)\s+)?(?:closely\s+)?affiliated\s+(?:with|to)\s+{THE}(?P<o>{E})",
        0.65,
    ),
    rule(
        "org-an-org-affiliate",
        "PART_OF",
        r"(?P<s>{E})(?:\s*\(⟦\d+⟧\))?\s*,\s+(?P<one>one\s+of\s+)?(?:an?\s+|the\s+)?(?P<o>{E}){POS}?\s+(?:(?!(?:and|or)\s+(?:the|an?|its|their)\s)[\w\-]+\s+|⟦\d+⟧\s+){{0,3}}?(?:affiliate|offshoot|franchise|branch|faction|wing|unit|command|component)(?(one)s|)\b",
        0.65,
    ),
    rule(  # "X survives as a component of Y", "X and Z act as part of Y"
        "org-as-a-part-of-org",
        "PART_OF",
        r"(?P<s>{ES})\s+(?:[\w\-]+\s+){{0,4}}?as\s+(?:an?\s+|one\s+)?(?:[\w\-]+\s+)?(?:component|part|"
        r"faction|wing|branch|affiliate|member)\s+of\s+{THE}(?P<o>{E})",
        0.6,
    ),
    rule(  # "al-Shabaab, the al-Qaeda-affiliated militant group": an affiliate (SCHEMA C7)
        "org-the-org-affiliated-noun",
        "PART_OF",
        r"(?P<s>{E})(?:\s*\(⟦\d+⟧\))?\s*,\s+(?:an?|the)\s+(?P<o>{E})[-‑](?:affiliated|run|controlled)\s",
        0.6,
    ),
    rule(
        "org-part-of-org",
        "PART_OF",
        r"(?P<s>{E})\s+(?:(?:is|was|are|were|became|remains)\s+(?:a\s+)?part\s+of)\s+{THE}(?P<o>{E})",
        0.75,
    ),
    # ---- SUPPORTS
    rule(  # "X, the Y's main sponsor", "X is the main backer of Y": X backs Y
        "x-the-backer-of-y",
        "SUPPORTS",
        BACKER_IS + r"(?:the|a|an|one\s+of\s+the)\s+"
        r"(?:[\w\-]+\s+){{0,2}}?(?:backers?|sponsors?|patrons?|benefactors?|financiers?|arms\s+suppliers?)\s+of\s+{THE}(?P<o>{E})",
        0.65,
    ),
    rule(
        "x-the-y-s-backer",
        "SUPPORTS",
        BACKER_IS + r"(?:the|a|an)\s+"
        r"(?P<o>{E}){POS}\s+(?:[\w\-]+\s+){{0,2}}?(?:backer|sponsor|patron|benefactor|financier|arms\s+supplier)\b",
        0.65,
    ),
    rule(  # "Y, a proxy of X", "Y is Iran's proxy": X backs Y
        "y-a-proxy-of-x",
        "SUPPORTS",
        r"(?P<o>{E})\s*(?:,\s+|\s+(?:is|was|are|were|remains|became|has\s+been)\s+)(?:the|a|an|one\s+of\s+the)\s+"
        r"(?:[\w\-]+\s+){{0,2}}?prox(?:y|ies)\s+(?:of|for)\s+{THE}(?P<s>{E})",
        0.65,
    ),
    rule(  # "Y thanked X for its support": X backs Y
        "y-thanked-x-for-support",
        "SUPPORTS",
        r"(?P<o>{E})\s+(?:\w+\s+)?(?:thanked|thanks|praised|hailed|lauded)\s+{THE}(?P<s>{E})\s+for\s+"
        r"(?:its|his|her|their|the)\s+(?:[\w\-]+\s+){{0,2}}?(?:support|backing|assistance|help|aid)\b(?!\s+(?:to|for|of|in)\b)",
        0.6,
    ),
    rule(  # "Y relies on X for weapons": X backs Y
        "y-relies-on-x-for",
        "SUPPORTS",
        r"(?P<o>{E})\s+(?:relies|relied|depends|depended|is\s+relying|is\s+dependent)\s+(?:heavily\s+|largely\s+|mainly\s+)?on\s+{THE}(?P<s>{E})\s+for\s+(?:[\w\-]+\s+){{0,2}}?(?:weapons|arms|funding|funds|money|support|supplies|training|ammunition|fuel|protection|backing|cash|drones)\b",
        0.6,
    ),
    rule(  # "the pro-Hezbollah daily Al-Akhbar" (SCHEMA C7): the outlet or group takes Y's side
        "pro-y-x",
        "SUPPORTS",
        r"\bpro[-‑](?P<o>{E})\s+(?:[a-z][\w\-]*\s+){{0,3}}?(?P<s>{E})",
        0.65,
    ),
    rule(  # "X, a pro-Iran militia"
        "pro-y-x",
        "SUPPORTS",
        r"(?P<s>{E})(?:\s*\(⟦\d+⟧\))?\s*,\s+(?:an?|the)\s+(?:[a-z][\w\-]*\s+)?pro[-‑](?P<o>{E})",
        0.65,
    ),
    rule(  # "X operates from Z with the support of Y": Y backs X
        "with-the-support-of-y",
        "SUPPORTS",
        r"^[^⟦]{{0,40}}?(?P<o>{E})(?:\s*\(⟦\d+⟧\))?(?:(?!\b(?:that|who|which|told|said|says|adding|while)\b)(?:[^.;⟦]|⟦\d+⟧)){{0,100}}?\bwith\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:support|backing|help|assistance)\s+(?:of|from)\s+{THE}(?P<s>{ES})",
        0.6,
    ),
    rule(  # 'the RSF-led Tasis alliance': the leading member is one of it
        "x-led-coalition-y",
        "PART_OF",
        r"(?P<s>{E})[-‑]led\s+(?P<o>{E})\s+(?:alliance|coalition|front|bloc|umbrella)\b",
        0.65,
    ),
    rule(
        "x-backed-y",
        "SUPPORTS",
        r"(?P<s>{E})[-\s](?:backed|sponsored|funded|supported|armed|trained|financed|equipped)\s+(?!by\b)(?:(?!(?:in|at|from|across|of)\b)[\w’']+\s+){{0,2}}?(?:(?:factions?|units?|members?|fighters|elements|groups?|wing)\s+of\s+{THE})?(?P<o>{ES})",
        0.75,
    ),
    rule(
        "a-and-b-are-allies",
        "ALLIED_WITH",
        r"(?P<s>{E})\s+and\s+(?P<o>{E})\s+(?:are|were|remain|have\s+been)\s+(?:[\w“\"]+\s+){{0,3}}?(?:allies|partners)\b",
        0.7,
    ),
    rule(
        "x-y-s-closest-ally",
        "ALLIED_WITH",
        r"(?P<s>{E})\s*,\s+(?P<o>{E}){POS}\s+(?:\w+\s+){{0,2}}?(?:ally|partner)\b",
        0.7,
    ),
    rule(
        "y-which-x-funds",
        "SUPPORTS",
        r"(?P<o>{E})\s*,\s+which\s+(?P<s>{E})\s+(?:\w+\s+)?(?:funds|arms|backs|supports|equips|trains|finances|sponsors|supplies)\b",
        0.7,
    ),
    rule(
        "y-an-x-backed",
        "SUPPORTS",
        r"(?P<o>{E})\s*,\s+(?:an?|the)\s+(?:\w+\s+)?(?P<s>{E})[-\s](?:backed|sponsored|funded|supported|armed)\b",
        0.75,
    ),
    rule(
        "y-an-x-aligned",
        "ALLIED_WITH",
        r"(?P<o>{E})\s*,\s+(?:an?|the)\s+(?:\w+\s+)?(?P<s>{E})[-\s](?:aligned|allied)\b",
        0.7,
    ),
    rule(  # 'the X-aligned Y brigade'
        "x-aligned-y",
        "ALLIED_WITH",
        r"(?P<s>{E})-(?:aligned|allied)\s+(?:(?!(?:in|at|from|of|to|with)\b)[\w’']+\s+){{0,2}}?(?P<o>{E})",
        0.7,
    ),
    rule(
        "y-which-is-backed-by-x",
        "SUPPORTS",
        r"(?P<o>{E})\s*,?\s+(?:which|who)\s+(?:is|was|are|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:sheltered|harbou?red|protected|backed|supported|funded|armed|sponsored|financed|trained)\s+by\s+{THE}(?P<s>{E})",
        0.65,
    ),
    rule(
        "x-supports-y",
        "SUPPORTS",
        r"{NEG}(?P<s>{E})\s+(?:(?!(?:is|are|was|were|been|being|be)\b)\w+\s+){{0,2}}?(?:supports|supported|backs|backed|funds|funded|arms(?!\s+(?:exports?|embargo|sales|deals?|trade|control))|armed|trains|trained|finances|financed|sponsors|sponsored|supplies|supplied|equips|equipped|provides|provided)\s+(?!by\b)(?:(?!from\b)\w+\s+){{0,3}}?{OWNER}(?P<o>{ES})",
        0.7,
    ),
    rule(  # "Egypt remains the SAF's main backer"
        "x-is-y-s-backer",
        "SUPPORTS",
        r"(?P<s>{E})\s+(?:remains|is|was|has\s+been|became|had\s+been)\s+(?:the\s+|a\s+)?(?P<o>{E}){POS}\s+(?:[\w\-]+\s+){{0,3}}?(?:backer|supporter|sponsor|patron|benefactor|financier|arms\s+supplier)s?\b",
        0.7,
    ),
    rule(
        "x-support-for-y",
        "SUPPORTS",
        r"(?P<s>{E}){POS}\s+(?:\w+\s+){{0,2}}?(?:support|backing|funding|sponsorship|assistance|aid)\s+(?:for|to)\s+(?:{E}{POS}\s+)?(?:the\s+{EFFORTS_OF})?(?P<o>{E})",
        0.7,
    ),
    rule(  # "Kenya contributes troops to the force", "X, to which Y contributes troops"
        "x-contributes-troops-to-y",
        "SUPPORTS",
        r"(?P<s>{E})\s*,?\s+(?:which\s+|that\s+|who\s+)?(?:also\s+|now\s+)?(?:contribut(?:es|ed|e|ing)|sen(?:ds|t))\s+(?:the\s+)?(?:(?:largest|biggest|most|main|first)\s+)?(?:[\w\-]+\s+){{0,2}}?(?:troops|contingents?|soldiers|personnel|police\s+officers|officers|battalions?)\s+to\s+{THE}(?P<o>{E})",
        0.65,
    ),
    rule(
        "x-contributes-troops-to-y",
        "SUPPORTS",
        r"(?P<o>{E})(?:\s*\(⟦\d+⟧\))?\s*,\s+to\s+which\s+{THE}(?P<s>{ES})(?:\s*\(⟦\d+⟧\))?\s+(?:\w+\s+)?(?:contribut(?:es|ed|e)|sen(?:ds|t))\s+(?:[\w\-]+\s+){{0,2}}?(?:troops|contingents?|soldiers|personnel|officers)\b",
        0.65,
    ),
    rule(  # "stressed the continued support of the IRGC for Hamas": the IRGC backs Hamas
        "support-of-x-for-y",
        "SUPPORTS",
        r"\b(?:support|backing|assistance)\s+of\s+{THE}(?P<s>{E})\s+(?:for|to)\s+{THE}{EFFORTS_OF}?(?P<o>{ES})",
        0.7,
    ),
    rule(
        "x-acts-to-support-y",
        "SUPPORTS",
        r"^\W*(?:(?:in|on|by|since|during|last|earlier|this)\s+[^,;⟦]{{1,30}}?,?\s+)?(?:the\s+)?(?P<s>{E})\s+(?:\w+\s+)?(?:sent|deployed|dispatched|provided|delivered)\s+(?:(?:[\w\-’']+|⟦\d+⟧)\s+){{0,8}}?to\s+(?:support|back|help|assist|protect|bolster)\s+{THE}(?:[\w\-]+\s+(?:of\s+)?){{0,2}}?(?P<o>{ES})",
        0.65,
    ),
    rule(  # "X will continue to support Y": support told as ongoing, not a plan
        "x-continues-to-support-y",
        "SUPPORTS",
        r"{NEG}(?P<s>{E})\s+(?:\w+\s+){{0,2}}?(?:continues|continued|continue)\s+to\s+(?:support|back|fund|arm|train|finance|sponsor|supply|equip)\s+(?!by\b)(?:\w+\s+){{0,2}}?{OWNER}(?P<o>{ES})",
        0.65,
    ),
    rule(  # "hailed the support granted by X to Y": the noun's agent and recipient
        "support-given-by-x-to-y",
        "SUPPORTS",
        r"\b(?:support|backing|aid|assistance|funding|weapons|arms)\s+(?:granted|given|provided|extended|offered|sent|supplied|delivered)\s+by\s+{THE}(?:[\w\-]+\s+){{0,2}}?(?P<s>{E})(?:\s*\(⟦\d+⟧\))?\s+to\s+{THE}(?P<o>{ES})",
        0.65,
    ),
    rule(
        "support-from-x",
        "SUPPORTS",
        r"(?<!\bin\s)(?P<o>{E})(?:\s+in\s+⟦\d+⟧)?\s+(?:\w+\s+){{0,3}}?(?:receives?|received|receiving|gets|got)\s+(?:\w+\s+){{0,3}}?(?:support|funding|funds|money|cash|aid|assistance|weapons|arms|ammunition|training|backing)\s+from\s+(?P<s>{ES})",
        0.7,
    ),
    # ---- ALLIED_WITH
    rule(
        "a-and-b-signed-pact",
        "ALLIED_WITH",
        r"{NEG}(?P<s>{E})\s+and\s+{THE}(?P<o>{E})(?:\s*,\s+which)?\s+(?:(?!never\b|not\b)\w+\s+)?signed\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){{0,2}}?{DEFENCE_PACT}\b",
        0.7,
    ),
    rule(  # "A, B and C signed a tripartite security pact": partners, each with each
        "list-signed-pact",
        "ALLIED_WITH",
        r"{NEG}(?=(?P<o>{ES}))(?P<s>{ES})\s+(?:have\s+|had\s+)?(?:(?!never\b|not\b)\w+\s+)?(?:signed|concluded|"
        r"committed\s+to|entered\s+into|share|shared)\s+(?:an?\s+|the\s+)?(?:(?:[\w\-]+\s+){{0,2}}?"
        r"{DEFENCE_PACT}\b|(?:treaty|pact|agreement)\s+(?:of|on)\s+(?:friendship|alliance|"
        r"mutual\s+(?:defen[cs]e|assistance)|strategic\s+partnership))",
        0.7,
    ),
    rule(  # "X, a Y ally, claimed": the apposition names X's ally
        "x-a-y-ally",
        "ALLIED_WITH",
        r"(?P<s>{E})\s*,\s+(?:an?|the)\s+(?:[\w\-]+\s+)?(?P<o>{E})\s+(?:[\w\-]+\s+)?(?:ally|partner)\s*,",
        0.65,
    ),
    rule(  # "X and its allies, including Y"
        "x-and-its-allies-including",
        "ALLIED_WITH",
        r"(?P<s>{E})\s+and\s+(?:its|their)\s+(?:[\w\-]+\s+)?(?:allies|partners){SUCH_AS}{THE}"
        r"(?:(?:faction|wing|forces|fighters)\s+of\s+(?:the\s+)?)?(?P<o>{ES})",
        0.65,
    ),
    rule(
        "x-signed-pact-with-y",
        "ALLIED_WITH",
        r"{NEG}(?P<s>{E})\s+(?:\w+\s+)?signed\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){{0,2}}?(?:{DEFENCE_PACT}|(?:cooperation|coalition|alliance)\s+(?:memorandum|agreement|pact|accord|deal))\s+with\s+{THE}(?P<o>{E})",
        0.7,
    ),
    rule(
        "x-fought-alongside-y",
        "ALLIED_WITH",
        r"(?P<s>{E})(?:\s*,\s+(?:an?|the)\s+(?:[^;.⟦]|⟦\d+⟧){{0,80}}?\b(?:that|which|who))?\s+(?:[\w\-]+\s+){{0,2}}?(?:fought|fight|fights|fighting|battled|battling)\s+(?:alongside|beside|side\s+by\s+side\s+with)\s+{THE}(?:troops\s+of\s+|forces\s+of\s+)?(?P<o>{ES})",
        0.65,
    ),
    rule(
        "allied-with",
        "ALLIED_WITH",
        r"(?P<s>{E})\s+(?:is\s+|are\s+|was\s+|were\s+)?(?:closely\s+)?(?:allied|aligned|allies)\s+(?:with|to)\s+{OWNER}(?P<o>{ES})",
        0.75,
    ),
    rule(
        "alliance-between",
        "ALLIED_WITH",
        r"(?:alliance|partnership|coordination|cooperation|(?:strategic\s+|close\s+|special\s+)?(?:relationship|ties|relations))(?:\s+(?:treaty|agreement|pact))?\s+(?:between|of)\s+{THE}(?P<s>{E})\s+and\s+{THE}(?P<o>{E})",
        0.7,
    ),
    rule(  # 'the confederation formed by A, B and C': its members are allied, each with each
        "bloc-formed-by",
        "ALLIED_WITH",
        r"\b(?:confederation|alliance|bloc|coalition|union|pact|federation)\s*,?\s+(?:which\s+(?:was\s+|is\s+)?)?(?:formed|founded|created|established|made\s+up|composed|comprised)\s+(?:of|by)\s+{THE}(?=(?P<o>{ES}))(?P<s>{ES})",
        0.65,
    ),
    rule(  # 'A, B and C agreed to set up a joint operations cell': partners, each with each
        "agreed-joint-body",
        "ALLIED_WITH",
        r"(?=(?P<o>{ES}))(?P<s>{ES})\s+(?:have\s+|had\s+)?agreed\s+to\s+(?:set\s+up|establish|form|create|launch)\s+(?:an?\s+)?joint\s+(?:[\w\-]+\s+){{0,2}}?(?:cell|command|force|cent(?:re|er)|post|operations|patrols|room|brigade)\b",
        0.65,
    ),
    rule(
        "a-and-b-maintain-cooperation",
        "ALLIED_WITH",
        r"{NEG}(?P<s>{E})\s+and\s+{THE}(?P<o>{E})\s+(?:have\s+|had\s+)?(?:\w+\s+)?(?:(?:pledged|agreed|vowed)\s+to\s+)?(?:maintained|enjoy|enjoyed|strengthened|deepened|forged|built|deepen|strengthen|expand|bolster|boost|enhance)\s+(?:[\w\-]+\s+){{0,3}}?(?:cooperation|partnership|alliance|ties|coordination)\b",
        0.65,
    ),
    rule(  # "A and B coordinate closely on Z", "A and B agreed to coordinate patrols"
        "a-and-b-maintain-cooperation",
        "ALLIED_WITH",
        r"{NEG}(?P<s>{E})\s+and\s+{THE}(?P<o>{E})\s+(?:(?:coordinate|cooperate|coordinated|cooperated)\s+"
        r"closely\b|(?:have\s+|had\s+)?agreed\s+to\s+(?:closely\s+)?(?:coordinate|cooperate)\b)",
        0.65,
    ),
    rule(  # "A and B operate a joint operations room", "A and B ran on a joint list"
        "a-and-b-joint-body",
        "ALLIED_WITH",
        r"{NEG}(?=(?P<o>{ES}))(?P<s>{ES})\s+(?:have\s+|had\s+)?(?:\w+\s+)?(?:operate|operated|run|ran|"
        r"share|shared|set\s+up|established|formed|created)\s+(?:on\s+)?(?:an?\s+|the\s+)?joint\s+"
        r"(?:[\w\-]+\s+){{0,2}}?(?:room|command|cell|cent(?:re|er)|list|ticket|slate|platform|front|"
        r"force|council|headquarters)\b",
        0.65,
    ),
    rule(  # "A sided with B", "A joined the war on the side of B"
        "x-sided-with-y",
        "ALLIED_WITH",
        r"{NEG}(?P<s>{E})\s+(?:\w+\s+)?(?:sided\s+with|(?:fought|joined\s+(?:[\w\-]+\s+){{0,3}}?)\s*on\s+"
        r"the\s+side\s+of)\s+{THE}(?P<o>{E})",
        0.65,
    ),
    rule(
        "x-and-allied-y",  # 'the army and allied militias of Y attacked'
        "ALLIED_WITH",
        r"(?P<o>{E})\)?(?:\s+(?:troops|forces|soldiers|fighters|units))?\s+and\s+(?:its\s+|their\s+)?"
        r"allied\s+(?P<s>{E})",
        0.6,
    ),
    rule(  # 'A and B are close allies', 'A and B formed an alliance', 'A and its ally, B'
        "x-and-y-allies",
        "ALLIED_WITH",
        r"(?P<s>{E})\s+and\s+(?:the\s+)?(?P<o>{E})\s+(?:(?:are|were|remain|remained|became|have\s+been)\s+"
        r"(?:\w+\s+)?(?:allies|partners|allied)\b|(?:formed|forged|sealed|announced|created|agreed)\s+(?:an?\s+)?"
        r"(?:[\w\-]+\s+)?(?:alliance|coalition|partnership)\b|(?:launched|conducted|mounted|carried\s+out)\s+"
        r"(?:an?\s+)?joint\s+(?:[\w\-]+\s+)?(?:offensive|operations?|attacks?|assault)\b|merged\s+their\s+forces)",
        0.65,
    ),
    rule(  # "A and B continue to fight the C together": they fight on one side
        "a-and-b-fight-y-together",
        "ALLIED_WITH",
        r"{NEG}(?P<s>{E})\s+and\s+{THE}(?P<o>{E})\s+(?:(?!never\b|not\b)\w+\s+){{0,3}}?(?:fight|fought|fighting|fights|battle|battled|attack|attacked|attacking)\s+[^,;.]{{1,60}}?\s+together\b",
        0.6,
    ),
    rule(
        "x-and-its-ally-y",
        "ALLIED_WITH",
        r"(?P<s>{E})\s+and\s+(?:its|their)\s+(?:\w+\s+)?ally\s*,?\s+(?:the\s+)?(?P<o>{E})",
        0.65,
    ),
    rule(
        "alliance-of-x-and-y",
        "ALLIED_WITH",
        r"\b(?:alliance|coalition)\s+(?:of|between)\s+(?:the\s+)?(?P<s>{E})\s+and\s+(?:the\s+)?(?P<o>{E})",
        0.65,
    ),
    rule(
        "x-is-y-s-partner",  # 'X has become Y's principal security partner'
        "ALLIED_WITH",
        r"(?P<s>{E})(?:\s*,\s+who\s+(?:[^,;⟦]|⟦\d+⟧){{1,80}}?\s+and)?\s+(?:is|was|remains|has\s+been|has\s+become|became)\s+(?P<o>{E}){POS}\s+(?:[\w\-]+\s+){{0,3}}?(?:ally|partner)\b",
        0.6,
    ),
    rule(
        "x-ally-y",
        "ALLIED_WITH",
        r"(?P<s>{E}){POS}?\s+(?:\w+\s+)?(?:ally|allies|partner|partners)\s*,?\s+(?P<o>{ES})",
        0.6,
    ),
    rule(
        "in-alliance-with",
        "ALLIED_WITH",
        r"(?P<s>{E})\s+(?:\w+\s+){{0,8}}?in\s+(?:alliance|coordination|partnership)\s+with\s+{OWNER}(?P<o>{ES})",
        0.6,
    ),
    rule(  # "X's European partners - A, B and C -", "X's allies, such as A and B"
        "x-s-partners-list",
        "ALLIED_WITH",
        r"(?P<s>{E}){POS}\s+(?:[\w\-]+\s+){{0,2}}?(?:allies|partners)\s*(?:[–—:]|\s-|,?\s+(?:such\s+as|including|among\s+them)\b)\s*(?:the\s+)?(?P<o>{ES})",
        0.6,
    ),
    rule(  # "X, the leader of A and Y's closest ally": X is allied with Y
        "x-y-s-ally",
        "ALLIED_WITH",
        r"(?P<s>{E})\s*,\s+(?:[^,;.]{{0,80}}?\band\s+)?(?:the\s+)?(?P<o>{E}){POS}\s+(?:(?:closest|main|key|staunchest|strongest|oldest|principal|chief|most\s+reliable|reliable|traditional|longtime|long-time|junior|senior|security|strategic|military)\s+){{0,2}}(?:ally|partner)\b",
        0.65,
    ),
    rule(  # "Working jointly with the X, Y units moved into Z"
        "working-jointly-with-x-y",
        "ALLIED_WITH",
        r"^\W*(?:working|acting|operating)\s+(?:jointly|together|closely|in\s+tandem)\s+with\s+{THE}(?P<o>{E})(?:\s*\(⟦\d+⟧\))?\s*,\s+{THE}(?P<s>{E})",
        0.6,
    ),
    rule(
        "x-coordinates-with",
        "ALLIED_WITH",
        r"(?P<s>{E})\s+(?:(?!(?:and|or)\b)\w+\s+)?(?:coordinates|coordinated|cooperates|cooperated|works|worked|partnered|allied)\s+(?:(?:closely|[\w\-]+\s+(?:and\s+[\w\-]+\s+)?(?:attacks|operations|strikes))\s+)?with\s+{OWNER}(?P<o>{ES})",
        0.6,
    ),
    # ---- OPPOSES
    rule(
        "x-strikes-against-y",
        "OPPOSES",
        r"(?P<s>(?<!\bin\s)(?<!\binside\s)(?<!\bto\s)(?<!\bfrom\s)(?<!\bat\s)(?<!\bnear\s)(?<!\bacross\s)(?<!\bwith\s){E}(?:\s+and\s+{E})?){APPOS}\s+(?:(?!{TOPIC_VERB})[\w\-]+\s+){{0,5}}?(?:strikes?|attacks?|airstrikes?|operations?|campaign|fight|war|sanctions|offensive|raids?|pressure|missiles|rockets)(?:{IN_PLACE})?\s+(?:against|on|targeting)\s+(?:\w+\s+){{0,3}}?(?:(?:used|held|run|operated|controlled|occupied)\s+by\s+(?:the\s+)?)?{OWNER}(?P<o>{ES})",
        0.65,
    ),
    rule(  # "a drone strike by X on Y", "attacks by X on Y positions"
        "attack-by-x-on-y",
        "OPPOSES",
        r"\b(?:strikes?|airstrikes?|attacks?|raids?|assaults?|ambush(?:es)?|shelling|bombardment|offensive|fourth|third|second|first|latest)\s+by\s+{THE}(?:[\w\-]+\s+){{0,2}}?(?P<s>{E})(?:\s+(?:fighters|forces|militants|troops|units))?\s+(?:on|against)\s+{THE}(?:[\w\-]+\s+){{0,2}}?(?P<o>{E})",
        0.65,
    ),
    rule(  # "the looting of a WFP convoy by RSF fighters", "the abduction of X by Y"
        "harm-of-y-by-x",
        "OPPOSES",
        r"\b(?:looting|killing|assassination|abduction|kidnapping|capture|shelling|bombing|targeting|detention|arrest)\s+of\s+{THE}(?P<o>{E})(?:\s+[a-z]+){{0,2}}?\s+by\s+{THE}(?P<s>{E})",
        0.65,
    ),
    rule(  # "X claimed an ambush on a Y convoy"
        "claimed-attack-on-y",
        "OPPOSES",
        r"(?P<s>{E}){CLAIMED_ATTACK}(?:on|against)\s+{THE}(?P<o>{E})",
        0.6,
    ),
    rule(  # "X claimed a bombing at a Y rally": Y's gathering was the target
        "claimed-attack-at-y-event",
        "OPPOSES",
        r"(?P<s>{E}){CLAIMED_ATTACK}at\s+(?:an?|the)\s+(?P<o>{E})(?:\s*\(⟦\d+⟧\))?\s+(?:rally|office|offices|headquarters|gathering|"
        r"convoy|post|position|base|meeting|event|checkpoint)\b",
        0.6,
    ),
    rule(
        "x-at-war-with-y",
        "OPPOSES",
        r"(?P<s>{E})\s*,?\s+(?:which|who)?\s*(?:has\s+been\s+|have\s+been\s+|is\s+|are\s+|was\s+|were\s+)?(?:at\s+war|(?:locked|embroiled|engaged)\s+in\s+(?:an?\s+)?(?:[\w\-]+\s+)?(?:war|conflict|battle|fight|struggle|confrontation))\s+with\s+{THE}(?P<o>{E})",
        0.65,
    ),
    rule(  # "a convoy of A came under attack from B": B attacked A
        "x-came-under-attack-from-y",
        "OPPOSES",
        r"(?P<o>{E})(?:\s+(?:fighters|forces|troops|units|soldiers|positions|convoys?))?\s+(?:\w+\s+)?"
        r"came\s+under\s+(?:[\w\-]+\s+)?(?:attack|fire|assault|shelling|bombardment)\s+(?:from|by)\s+"
        r"{THE}(?P<s>{E})",
        0.65,
    ),
    rule(  # "A lost El Fasher to B": B took it from A
        "x-lost-place-to-y",
        "OPPOSES",
        r"(?P<o>{E})(?:\s+(?:fighters|forces|troops|units|soldiers))?\s+(?:\w+\s+)?lost\s+(?:control\s+of\s+)?"
        r"(?:the\s+)?(?:(?:town|city|village|base|province|region|district)\s+of\s+)?⟦\d+⟧\s+to\s+{THE}"
        r"(?P<s>{E})",
        0.65,
    ),
    rule(  # "retook the town of Z from Y"
        "x-retook-from-y",
        "OPPOSES",
        r"(?P<s>{E})(?:\s+(?:fighters|forces|troops|units|soldiers))?\s+(?:\w+\s+)?(?:retook|recaptured|regained|seized|captured|took(?!\s+over\s+from))\s+(?:[\w\-]+\s+|⟦\d+⟧\s+){{1,5}}?from\s+{THE}(?P<o>{E})",
        0.6,
    ),
    rule(  # "air support to X against Y": X, whom the support is for, fights Y
        "support-to-x-against-y",
        "OPPOSES",
        r"\b(?:support|aid|assistance|training|backing|weapons|arms)\s+to\s+{THE}(?P<s>{E})\s+"
        r"(?:(?:in\s+(?:its|their)\s+(?:fight|war|battle|campaign)\s+)|(?:[\w\-]+\s+){{0,2}}?)"
        r"against\s+{THE}(?P<o>{E})",
        0.6,
    ),
    # ('vowed to fight / destroy / crush Y' is the OPPOSES frame's: frames.toml, 'vow ... to')
    rule(  # "X vowed harsh punishment for Y", "X, who vowed to keep fighting until Y is destroyed"
        "x-vowed-against-y",
        "OPPOSES",
        r"(?P<s>{E})(?:\s*,\s+who)?\s+(?:has\s+|have\s+|had\s+)?(?:vowed|vows|pledged|swore|threatened)\s+"
        r"(?:to\s+(?:(?:keep|continue)\s+fighting|punish|retaliate\s+against|take\s+revenge\s+on)\s+"
        r"(?:(?!for\b|with\b|alongside\b)[\w\-]+\s+){{0,2}}?(?:until\s+|against\s+)?|"
        r"(?:[\w\-\"“”]+\s+){{0,2}}?(?:punishment|revenge|retaliation|retribution|reprisals?)[\"”]?\s+"
        r"(?:for|against|on)\s+){THE}(?P<o>{E})",
        0.6,
    ),
    rule(
        "x-designated-y",
        "OPPOSES",
        r"(?P<s>{E})\s+(?:(?!(?:is|was|are|were|been|being)\b)\w+\s+){{0,3}}?designat(?:ed|es|ion\s+of)\s+(?:\w+\s+){{0,2}}?(?P<o>{ES})",
        0.7,
    ),
    # ---- VISITED (noun forms; the verb frame is read with the Visit events)
    rule(
        "visit-by-x-to-y",
        "VISITED",
        r"\b(?:visit|trip|tour)\s+by\s+(?:[\w’'\-]+\s+){{0,3}}?(?P<s>{E})\s+to\s+{THE}(?P<o>{E}){UNREAL_AFTER}",
        0.65,
    ),
    rule(  # "During his visit to Z, (Minister) X ...": the one the sentence goes on to name
        "during-his-visit-x",
        "VISITED",
        r"^\W*(?:during|on|upon|in\s+the\s+course\s+of|throughout)\s+(?:(?:his|her)\s+(?:[\w\-]+\s+){{0,2}}?"
        r"(?:visit|trip|tour|stay)\s+to|(?:his\s+|her\s+)?arrival\s+in)\s+{THE}(?P<o>{E})"
        r"(?:\s+on\s+\w+(?:\s+\d{{1,2}})?|\s+on\s+\d{{1,2}}\s+\w+)?\s*,\s+{TITLES}(?P<s>{E})",
        0.65,
    ),
    rule(
        "x-s-visit-to-y",
        "VISITED",
        r"(?P<s>{E}){POS}\s+(?:{UNREAL_BEFORE}[\w\-]+\s+){{0,2}}?(?:visit|trip|tour|journey)\s+to\s+{THE}(?P<o>{E})"
        r"{UNREAL_AFTER}",
        0.65,
    ),
    rule(
        "visit-of-x-to-y",
        "VISITED",
        r"\b(?:visit|trip|tour)\s+of\s+(?:[\w’'\-]+\s+){{0,3}}?(?P<s>{E})\s+to\s+{THE}(?P<o>{E}){UNREAL_AFTER}",
        0.65,
    ),
    rule(
        "x-inspected-y",
        "VISITED",
        r"(?P<s>{E})\s+(?:\w+\s+)?(?:inspected|transited|toured)\s+{THE}(?:[\w\-]+\s+){{0,2}}?(?:of\s+)?(?P<o>{ES})",
        0.6,
    ),
    rule(  # "X visited the HQ of the Y Brigade in Z", "X visited the Y headquarters in Z"
        "x-visited-body-seat-in",
        "VISITED",
        r"(?P<s>{E})\s+(?:also\s+|later\s+|then\s+)?(?:visited|toured|inspected)\s+(?:the\s+|its\s+)?"
        r"(?:(?:HQ|headquarters|base|offices?)\s+of\s+(?:the\s+)?⟦\d+⟧|⟦\d+⟧(?:['’]s)?\s+"
        r"(?:[\w\-]+\s+)?(?:HQ|headquarters|base|compound|offices?|barracks|positions|camp))\s+"
        r"(?:in|at|near)\s+{THE}(?P<o>{E})",
        0.6,
    ),
    rule(  # "X toured bakeries and distribution points in Z": the town of what X toured
        "x-toured-things-in",
        "VISITED",
        r"(?P<s>{E})\s+(?:also\s+|later\s+)?(?:toured|inspected|visited)\s+(?:(?-i:[a-z])[\w\-]*,?\s+){{1,6}}?"
        r"(?:in|at)\s+{THE}(?P<o>{E})",
        0.6,
    ),
    # ---- LOCATED_IN
    rule(  # "Panghsang, the headquarters of the UWSA": the group is based there
        "place-headquarters-of",
        "LOCATED_IN",
        r"(?P<o>{E})\s*,\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:headquarters|stronghold|seat|base)\s+of\s+{THE}(?:{E}{POS}\s+)?(?P<s>{E})",
        0.65,
    ),
    rule(  # "an X delegation headed by its country director A": A is of X
        "org-delegation-led-by",
        "MEMBER_OF",
        r"\b(?:a|an|the)\s+(?P<o>{E})\s+delegation,?\s+(?:led|headed)\s+by\s+{DELEGATION_HEAD}(?P<s>{E}){HEAD_ENDS}",
        0.6,
    ),
    rule(  # "a KIA delegation led by its deputy commander-in-chief General X"
        "led-by-its-member",
        "MEMBER_OF",
        r"(?P<o>{E})[^.;⟦]{{0,40}}?\b(?:led|headed)\s+by\s+its\s+{ADJ}{MEMBER}\s*,?\s+{TITLES}(?P<s>{E})",
        0.65,
        ("its ",),
    ),
    rule(  # "the Africa Corps, which operates under the Russian Ministry of Defence"
        "operates-under",
        "PART_OF",
        r"(?P<s>{E})(?:\s*\(⟦\d+⟧\))?\s*,\s+which\s+(?:operates|operated|serves|falls)\s+under\s+{THE}(?P<o>{E})",
        0.65,
    ),
    rule(
        "based-in",
        "LOCATED_IN",
        r"(?<!\ban\s)(?<!\ba\s)(?P<s>{ES})(?!\s+(?:[\w\-]+\s+)?(?:mission|force|delegation|embassy|contingent)\s)(?:\s+(?:teams?|forces|fighters|units?|members|offices?|staff))?\s*,?\s+(?:(?:is|was|are|were)\s+(?:a|an|the)\s+(?:\w+\s+){{0,3}}?|(?:\w+\s+){{0,3}}?)(?:based|headquartered|located|stationed|deployed|active|present|registered)\s+(?:chiefly\s+|mainly\s+|mostly\s+|largely\s+|primarily\s+)?in\s+{THE}(?:\w+ern\s+)?{TOWN_OF}(?P<o>{ES})",
        0.75,
    ),
    rule(  # "X, whose forward command is based in Z", "X, whose headquarters is in Z"
        "whose-seat-is-in",
        "LOCATED_IN",
        r"(?P<s>{E})(?:\s*\(⟦\d+⟧\))?\s*,\s+whose\s+(?:[\w\-]+\s+){{0,2}}?(?:headquarters|head\s+office|"
        r"office|offices|command|base|bases|seat|government|leadership|secretariat)\s+(?:is|are|was|"
        r"were)\s+(?:(?:now\s+)?(?:based|located|headquartered)\s+)?in\s+{THE}{TOWN_OF}(?P<o>{E})",
        0.7,
    ),
    rule(  # "X's headquarters is in Z", "the group's main base lies in Z"
        "seat-is-in",
        "LOCATED_IN",
        r"(?P<s>{E})['’]s?\s+(?:[\w\-]+\s+)?(?:headquarters|head\s+office|base|seat|secretariat)\s+"
        r"(?:is|are|was|were|lies|sits|remains)\s+(?:(?:now\s+)?(?:based|located)\s+)?in\s+{THE}"
        r"{TOWN_OF}(?P<o>{E})",
        0.7,
    ),
    rule(  # "X, the EU rule of law mission based in Z", "X, the gang led by A and based in Z"
        "x-the-body-based-in",
        "LOCATED_IN",
        r"(?P<s>{E})\s*,\s+(?:the|an?)\s+(?:[\w\-]+\s+|⟦\d+⟧\s+){{0,5}}?(?:mission|agency|body|bloc|"
        r"force|group|organi[sz]ation|office|militia|movement|network|outlet|company|firm|charity|"
        r"institute|council|commission|coalition|alliance|court|centre|center|gang|cartel)\s+"
        r"(?:(?:led|headed|run|founded)\s+by\s+(?:[\w\-.]+\s+){{0,3}}?⟦\d+⟧\s+and\s+)?"
        r"(?:based|headquartered|stationed)\s+in\s+{THE}(?P<o>{E})",
        0.7,
    ),
    rule(  # "armed groups based in Z, such as A and B": A and B are there
        "groups-based-in-such-as",
        "LOCATED_IN",
        r"\b(?:{GROUP_KINDS})\s+(?:[\w\-]+\s+){{0,2}}?(?:based|active|operating|present)\s+in\s+"
        r"{THE}(?P<o>{E})[^,;.⟦]{{0,40}}?{SUCH_AS}{THE}(?P<s>{ES})",
        0.65,
    ),
    rule(  # "X keeps its main base at Z", "X has its headquarters in Z"
        "x-keeps-its-base-at",
        "LOCATED_IN",
        r"(?P<s>{ES})\s+(?:\w+\s+)?(?:keeps|kept|has|had|maintains|maintained|established|set\s+up)\s+"
        r"(?:its|their)\s+(?:[\w\-]+\s+){{0,2}}?(?:base|bases|headquarters|stronghold|command\s+centre)\s+"
        r"(?:at|in|near)\s+{THE}{TOWN_OF}(?P<o>{ES})",
        0.7,
    ),
    rule(  # "an X unit based on the islands of Z": one of X's units is there
        "unit-based-in",
        "LOCATED_IN",
        r"\ban?\s+(?P<s>{E})\s+(?:teams?|units?|cells?|contingent|battalion|brigade|detachment)\s+"
        r"(?:based|stationed|deployed)\s+(?:in|on|at)\s+{THE}{AREA_OF}(?P<o>{ES})",
        0.7,
    ),
    rule(  # "X operates from the former base at Z", "X, based on the coast at Z"
        "x-operates-from-base-at",
        "LOCATED_IN",
        r"(?P<s>{E})(?:\s*,)?\s+(?:\w+\s+)?(?:operates|operated|operating|works|based|stationed)\s+"
        r"(?:out\s+of|from|on|along|near)\s+(?:the|a|an)\s+(?:[\w\-]+\s+|⟦\d+⟧\s+){{0,3}}?(?:base|"
        r"airbase|camp|compound|barracks|coast|shore|border|front)\s+(?:at|in|near|outside|of)\s+"
        r"{THE}{TOWN_OF}(?P<o>{E})",
        0.65,
    ),
    rule(  # "X, which relocated from Z to W in 2025": where it is now
        "x-relocated-to",
        "LOCATED_IN",
        r"(?P<s>{E})\s*,?\s+(?:which\s+|who\s+)?(?:has\s+|had\s+)?(?:relocated|moved)\s+"
        r"(?:its\s+(?:[\w\-]+\s+)?(?:headquarters|offices?|base|operations)\s+)?(?:from\s+{THE}⟦\d+⟧\s+)?"
        r"to\s+{THE}(?P<o>{E})",
        0.6,
    ),
    rule(  # "X reinforced its presence in Z", "X maintains a presence in Z"
        "x-presence-in",
        "LOCATED_IN",
        r"(?P<s>{E})\s+(?:\w+\s+){{0,2}}?(?:reinforced|reinforces|maintains|maintained|expanded|"
        r"increased|keeps|kept|boosted|bolstered|stepped\s+up|established|has)\s+(?:its|their|an?)\s+"
        r"(?:[\w\-]+\s+)?presence\s+(?:in|across|on)\s+{THE}{AREA_OF}(?P<o>{ES})",
        0.6,
    ),
    rule(  # "X, which is based at Z": a base, an airfield
        "based-in",
        "LOCATED_IN",
        r"(?<!\ban\s)(?<!\ba\s)(?P<s>{E})\s*,?\s+(?:\w+\s+){{0,3}}?(?:based|headquartered|stationed)\s+at\s+{THE}(?P<o>{E})",
        0.7,
    ),
    rule(  # "X, which has controlled Z since 2014", "X controls the capital, Z": where X operates
        "x-controls-place",
        "LOCATED_IN",
        r"(?P<s>{E})\s*,?\s+(?:which\s+|who\s+)?{HOLDING}(?:controlled|controls|control)\s+(?:(?:most|much|parts?|large\s+parts|swathes)\s+of\s+)?{THE}(?:(?:capital|city|town|port|province|region)\s*,?\s+(?:of\s+)?)?(?P<o>{ES})",
        0.65,
    ),
    rule(  # a credit line: 'Compiled by the X Monitor (XM), Dakar', 'FROM: desk, X (London)'
        "credit-line-city",
        "LOCATED_IN",
        r"^\W*(?:compiled\s+by|published\s+by|prepared\s+by|produced\s+by|from)\s*:?\s+(?:[^⟦\n,;:]{{1,40}},\s+)?{THE}(?P<s>{E})(?:\s*\(⟦\d+⟧\))?(?:\s+[a-z][\w\-]*){{0,3}}\s*(?:,\s+|\()(?P<o>{E})\s*(?:\)|,|$)",
        0.6,
    ),
    rule(  # "Severomorsk on the Kola Peninsula", "the naval base on Manus Island"
        "place-on-island",
        "LOCATED_IN",
        r"(?P<s>{E})\s*,?\s+on\s+(?:the\s+)?(?P<o>{E})",
        0.6,
    ),
    rule(  # "Z, which the Houthis control"
        "x-controls-place",
        "LOCATED_IN",
        r"(?P<o>{E})\s*,\s+which\s+{THE}(?P<s>{E})\s+{HOLDING}(?:controlled|controls|control|holds?|held)\b",
        0.65,
    ),
    rule(
        "described-as-based-in",
        "LOCATED_IN",
        r"(?P<s>{E})(?:\s*\(⟦\d+⟧\))?\s*,\s+(?:an?|the)\s+(?:[\w\-]+\s+|⟦\d+⟧\s+){{0,4}}?(?:based|headquartered|active)\s+in\s+{THE}(?P<o>{E})",
        0.75,
    ),
    rule(  # "Sahel Horizon, a Dakar-based news site,": the name before the apposition
        "name-a-place-based",
        "LOCATED_IN",
        r"(?P<s>{E})(?:\s*\(⟦\d+⟧\))?\s*(?:,\s+(?:an?|the)\s+|\(\s*|\s+(?:is|was)\s+(?:an?|the)\s+)"
        r"(?P<o>{E})(?:\s*,\s+⟦\d+⟧)?[-\s]based\b",
        0.75,
    ),
    rule(  # "the Badr Organization's headquarters in Baghdad"
        "org-headquarters-in",
        "LOCATED_IN",
        r"(?P<s>{E}){POS}\s+(?:[\w\-]+\s+)?(?:headquarters|head\s+office|main\s+base)\s+(?:in|at)\s+{THE}(?P<o>{E})",
        0.7,
    ),
    rule(
        "place-based",
        "LOCATED_IN",
        r"(?P<o>{E})[-\s](?:based|headquartered)\s+(?:(?-i:[a-z])[\w\-]*\s+){{0,3}}?(?P<s>{E})",
        0.75,
    ),
    rule(  # "the Beirut daily L'Orient-Le Jour": a news outlet of that city
        "city-outlet",
        "LOCATED_IN",
        r"(?:\bthe\s+|(?<=to\s)|(?<=by\s)|^)(?P<o>{E})\s+(?:daily|newspaper|weekly|broadcaster|outlet|news\s+agency)\s+(?P<s>{E})",
        0.65,
    ),
    rule(  # "Erbil, capital of the semi-autonomous Kurdistan Region"
        "city-capital-of",
        "LOCATED_IN",
        r"(?P<s>{E})\s*,\s+(?:the\s+)?capital\s+of\s+{THE}(?:{E}{POS}\s+)?(?:(?-i:[a-z])[\w\-]*\s+){{0,2}}?(?P<o>{E})",
        0.7,
    ),
    rule(  # "Jaish al-Adl, which operates from Balochistan" (SCHEMA C2: where it operates)
        "operates-from",
        "LOCATED_IN",
        r"(?P<s>{E})(?:\s*\([^()]{{1,40}}\))?\s*,\s+(?:(?:an?|the)\s+(?:(?:[\w\-]+|⟦\d+⟧)\s+){{0,3}}?(?:group|militia|movement|organi[sz]ation|faction|component|wing|branch|affiliate|offshoot|unit|coalition|alliance)\s+)?(?:which|that|who)\s+(?:(?:\w+|⟦\d+⟧)\s+(?:says?|said|claims?|believes?)\s+)?(?:\w+\s+)?(?:operates|operate|operated|is\s+active|are\s+active|has\s+operated|have\s+operated)\s+(?:mainly\s+|mostly\s+|largely\s+|chiefly\s+)?(?:in|from|out\s+of|across|throughout)\s+{THE}{AREA_OF}(?:(?:north|south|east|west)\w*\s+)?(?P<o>{ES})",
        0.7,
    ),
    rule(  # "X operates out of Z", "X remains concentrated in Z" (SCHEMA C2: where it operates)
        "x-operates-from",
        "LOCATED_IN",
        r"(?P<s>{ES})(?:\s*\(⟦\d+⟧\))?{APPOS}(?:\s*,(?=\s+operating\b))?\s+(?:(?:still|now|mainly|mostly|largely|also|remains?|has\s+(?:long\s+)?been|is|are)\s+){{0,2}}(?:operates|operating|operate|concentrated|entrenched)\s+(?:mainly\s+|mostly\s+|largely\s+|chiefly\s+)?(?:in|from|out\s+of|across|throughout)\s+{THE}{AREA_OF}(?:(?:north|south|east|west)\w*\s+)?(?P<o>{ES})",
        0.65,
    ),
    rule(  # "X, which has established its headquarters in Z", "X, whose headquarters is in Z"
        "x-headquarters-in",
        "LOCATED_IN",
        r"(?P<s>{E})(?:\s*\(⟦\d+⟧\))?\s*,?\s+(?:(?:which|that)\s+(?:has\s+|had\s+)?(?:\w+\s+)?(?:established|set\s+up|moved|located|keeps|kept|has|had)\s+its|whose)\s+(?:[\w\-]+\s+)?(?:headquarters|head\s+office|main\s+base|seat)\s+(?:(?:is|are|was|were|remains?)\s+)?(?:in|at)\s+{THE}(?P<o>{E})",
        0.7,
    ),
    rule(  # "X, a logistics firm operating out of Z": where it works from
        "name-a-firm-operating-in",
        "LOCATED_IN",
        r"(?P<s>{E})(?:\s*\([^()]{{1,40}}\))?\s*,\s+(?:an?|the)\s+(?:[\w\-]+\s+){{0,3}}?(?:operating|working)\s+(?:mainly\s+|mostly\s+|largely\s+)?(?:in|from|out\s+of|across|throughout)\s+{THE}(?:(?:north|south|east|west)\w*\s+)?(?P<o>{ES})",
        0.65,
    ),
    rule(  # "Savien lies deep in Artibonite", "the town lies in Z"
        "place-lies-in-place",
        "LOCATED_IN",
        r"(?P<s>{E})\s+(?:lies|lay|sits|is\s+situated|is\s+located)\s+(?:deep\s+|just\s+|high\s+)?(?:in|inside|within)\s+{THE}(?:(?:north|south|east|west)\w*\s+)?(?P<o>{E})",
        0.65,
    ),
    rule(  # "Qandil, where the PKK leadership has been based", "Z, where X now controls most of"
        "where-x-is-based",
        "LOCATED_IN",
        r"(?P<o>{E})\s*,\s+where\s+(?:the\s+)?(?P<s>{E})(?:\s+(?:leadership|fighters|forces|militants|group))?\s+(?:(?:now|still|also|largely|mainly)\s+)?(?:(?:is|are|was|were|(?:has|have)\s+(?:\w+\s+)?been)\s+(?:\w+\s+)?(?:based|headquartered|active|entrenched)|operates|controls|holds)\b",
        0.6,
    ),
    rule(  # "the KNU said its armed wing, the KNLA, ...": the wing is part of the KNU
        "its-wing-appositive",
        "PART_OF",
        r"(?P<o>{E})\s+(?:[^.;⟦]{{0,60}}?\s)?its\s+(?:armed|military|political|youth|student|women['’]s|paramilitary)\s+(?:wing|arm|branch),\s+{THE}(?P<s>{E})",
        0.7,
    ),
    rule(  # 'In Z, A received B at the X Palace': X is in Z
        "venue-in-fronted-town",
        "LOCATED_IN",
        r"^\s*(?:[\w,]+\s+){{0,3}}?in\s+(?P<o>{E})\s*,{LATER_AT}(?P<s>{E})",
        0.55,
    ),
    rule(  # 'A flew to Z, where he met B at X': X is in Z
        "venue-where-town",
        "LOCATED_IN",
        r"\bto\s+(?P<o>{E})\s*,\s+where\b{LATER_AT}(?P<s>{E})",
        0.55,
    ),
    rule(
        "x-in-place",
        "LOCATED_IN",
        # not "he commanded the Quds Force in Syria": where he led it, not where it is based
        # (the look-ahead first: the look-behinds are tried at a name's start only)
        r"(?=⟦)(?<!\bled\sthe\s)(?<!\bleading\sthe\s)(?<!\bheaded\sthe\s)(?<!\bheading\sthe\s)(?<!\bcommanded\sthe\s)(?<!\bcommanding\sthe\s)(?<!\bran\sthe\s)(?<!\brunning\sthe\s)"
        # nor "clashed with the army in Z": where they fought, not where the army is based
        r"(?<!\bclashed\swith\sthe\s)(?<!\bfought\sthe\s)(?<!\battacked\sthe\s)(?<!\bmet\swith\sthe\s)"
        r"(?<!\bclashed\swith\s)(?<!\bfought\s)(?<!\battacked\s)(?<!\bmet\swith\s)"
        r"(?<!\bfighting\sthe\s)(?<!\bbattling\sthe\s)(?<!\battacking\sthe\s)(?<!\bfight\sthe\s)"
        r"(?<!\bfighting\s)(?<!\bbattling\s)(?<!\battacking\s)"
        # nor "a delegation of the X in Z", "talks with X in Z": where the gathering was
        + GATHERED_BY
        + MET_BY
        + r"(?P<s>{E})(?:\s+(?:(?:military|army|regional|main|general|force)\s+)?(?:group|movement|"
        r"militia|forces?|headquarters|office|branch))?"
        r"\s+in\s+(?:(?:northern|southern|eastern|western|central|north|south|east|west)(?:ern)?\s+)?"
        r"{OWNER}(?P<o>{E})",
        0.55,
    ),
    rule(  # 'at Koulouba Palace, the presidential seat in Z', 'Camp X, its base, located in Z'
        "venue-apposition-in",
        "LOCATED_IN",
        r"(?P<s>{E})\s*,\s+(?:the|its|their|his|her|a|an)\s+(?:[\w\-'’]+\s+){{0,4}}?(?:seat|palace|"
        r"residence|headquarters|base|airbase|compound|office|offices|airport|hotel|building|camp|"
        r"facility|complex|outpost|garrison|stronghold)(?:\s*,)?\s+(?:(?:located|situated)\s+)?in\s+{THE}"
        r"(?:capital\s*,?\s+)?(?P<o>{E})",
        0.6,
    ),
    rule(  # 'Qatar, which hosts Al Udeid Air Base': the base is in the country
        "place-hosts-base",
        "LOCATED_IN",
        r"(?P<o>{E})\s*,?\s+(?:which\s+|that\s+)?(?:also\s+)?(?:hosts|hosted|houses|housed)\s+{THE}"
        r"(?:[\w\-]+\s+){{0,2}}?(?P<s>{E})",
        0.6,
    ),
    rule(  # 'at the X Palace in the Saudi port city of Z': the building stands in that town
        "venue-in-town-of",
        "LOCATED_IN",
        r"\bat\s+{THE}(?P<s>{E})\s+in\s+the\s+(?:[\w\-]+\s+|⟦\d+⟧\s+){{0,3}}?(?:city|town|port|capital)\s+"
        r"of\s+(?P<o>{E})",
        0.6,
    ),
    rule(
        "capital-of-country",
        "LOCATED_IN",
        r"(?P<o>{E}){POS}?\s+capital,?\s+(?P<s>{E})",
        0.7,
    ),
    rule(  # 'Aleppo's towns of A and B' (not 'the A and B provinces of C': see below)
        "towns-of-a-region",
        "LOCATED_IN",
        r"(?=⟦)(?<!\band\s)(?<!,\s)(?P<o>{E}){POS}?\s+(?:[\w\-]+\s+)?(?:towns?|city|cities|ports?|villages?|districts?|provinces?|regions?|states?)\s+of\s+(?P<s>{ES})",
        0.65,
    ),
    rule(  # 'the Kunar and Nuristan provinces of Afghanistan'
        "the-regions-of-a-country",
        "LOCATED_IN",
        r"\bthe\s+(?P<s>{ES})\s+(?:provinces|regions|states|districts|governorates|departments)\s+of\s+{THE}(?P<o>{E})",
        0.65,
    ),
    rule(
        "place-capital-of",
        "LOCATED_IN",
        r"\bin\s+(?P<s>{E})\s*,?\s+(?:the\s+)?capital\s+of\s+{THE}(?P<o>{E})",
        0.7,
    ),
    rule(
        "dateline-place",  # "TAMPA, Fla. -", "ERBIL, Kurdistan Region -": the text locates it
        "LOCATED_IN",
        r"^[^\w⟦]*(?P<s>{E}),\s+(?P<o>{E})\.?\s*(?:\(|[-–—]|,\s+\w+\.?\s+\d)",
        0.6,
    ),
    rule(  # "near Tal Afar, in Nineveh province,": the place the text puts it in
        "place-comma-in-place",
        "LOCATED_IN",
        r"(?P<s>{E})\s*,\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern)?\s+|(?:north|south)-?(?:east|west)(?:ern)?\s+)?(?P<o>{E})(?:\s+of\s+(?:the\s+)?(?:⟦\d+⟧|(?:[A-Z]\w+\s+){{0,2}}?[A-Z]\w+))?\s*(?:[,.;)]|$)",
        0.6,
    ),
    rule(
        "place-comma-place",
        "LOCATED_IN",
        # (not 'In Z, Puntland Interior Minister A met': the second place names A's office)
        r"(?P<s>{E}),\s+(?P<o>{E})(?!{POS})(?!\s+(?:\w+\s+)?(?:said|says|reported|reports|announced|claimed|denied|stated)\b)(?!\s+{TITLES}⟦)",
        0.55,
    ),
    rule(
        "place-a-city-in",  # "Tyre, a coastal city in southern Lebanon"
        "LOCATED_IN",
        r"(?P<s>{E}),\s+(?:an?|the)\s+(?:[\w\-]+\s+){{0,3}}?(?:city|town|village|port|district|province|region|suburb|neighbou?rhood|camp|settlement)\s+(?:in|of)\s+{THE}(?:(?:north|south|east|west|central)\w*\s+)?{OWNER}(?P<o>{E})",
        0.65,
    ),
    rule(  # "clashes in Souq al-Juma (Tripoli)": a place and, in brackets, where it is
        "place-parenthesised-place",
        "LOCATED_IN",
        r"\b(?:in|at|near|from)\s+(?:the\s+)?(?P<s>{E})\s*\((?P<o>{E})\)",
        0.6,
    ),
    rule(  # "Kutum (North Darfur) was shelled": two places, the second in brackets
        "place-bracketed-place",
        "LOCATED_IN",
        r"(?<!\bin\s)(?<!\bat\s)(?<!\bnear\s)(?<!\bfrom\s)(?P<s>{E})\s*\((?P<o>{E})\)",
        0.55,
        ("(",),
    ),
    rule(  # a tracker's line 'North Kordofan: ... shelled Dilling': the towns of the region
        "region-header-town",
        "LOCATED_IN",
        r"^[^\w⟦]*(?P<o>{E}):\s+[^.;⟦]*?(?:[^.;⟦]*⟦\d+⟧)*?[^.;⟦]*?\b(?:in|at|on|near|around|outside|towards?|into|via|shelled|attacked|captured|besieged|entered|struck|stormed)\s+(?:the\s+)?(?:town\s+of\s+|city\s+of\s+)?(?P<s>{E})",
        0.5,
    ),
    rule(  # the line's first words: 'South Kordofan: Kadugli and Dilling remain cut off'
        "region-header-first-town",
        "LOCATED_IN",
        r"^[^\w⟦]*(?P<o>{E}):\s+(?:the\s+)?(?:towns?\s+of\s+|city\s+of\s+)?(?P<s>{ES})(?=\s+(?:remains?|is|are|was|were|has|have|came|fell)\b)",
        0.5,
    ),
    rule(  # "the Qandil mountains of northern Iraq": a place in a part of another
        "place-of-part-of-place",
        "LOCATED_IN",
        r"(?P<s>{E})\s+(?:of|in)\s+(?:(?:north|south|east|west|central)(?:ern)?|(?:north|south)-?(?:east|west)(?:ern)?)\s+(?P<o>{E})",
        0.6,
    ),
    rule(
        "place-of-place",
        "LOCATED_IN",
        r"(?P<s>{E})\s+(?:province|governorate|region|district|city|town)\s+(?:of|in)\s+(?P<o>{E})",
        0.65,
    ),
    rule(
        "place-possessive-org",
        "LOCATED_IN",
        r"(?P<o>{E}){POS}\s+(?:(?:north|south|east|west|central|coastal|border)\w*\s+)?(?P<s>{E})",
        0.5,
    ),
    # ---- REPORTED
    rule(
        "quote-said",
        "REPORTED",
        r"(?<=^[“\"])(?:[^”\"⟦]{{0,80}}?)(?P<o>{E})[^”\"]*[”\"]\s*,?\s*(?:[\w.⟦⟧]+\s+){{0,6}}?(?P<s>{E})\s+(?:said|told|added|stressed|stated|wrote)\b",
        0.6,
    ),
    rule(
        "source-reported",
        "REPORTED",
        r"(?P<s>{E})(?:{POS}\s+(?:[\w\-]+\s+)?(?:correspondent|reporter|bureau))?(?:\s*,\s+(?:which|that)\s+(?:is|was)\s+(?:based|headquartered|affiliated|linked|close|aligned|owned|run)\s+(?:in|with|to|by)\s+{THE}⟦\d+⟧\s*,|\s*,\s+(?:an?|whose)\s+(?:[^,;()⟦]|⟦\d+⟧){{1,60}}?,)?\s+(?:\w+\s+){{0,2}}?(?:reported|highlighted|claimed(?!\s+(?:responsibility|credit|(?:\w+\s+)?victory|success|control)\b)(?!\s+(?:an?|the)\s+(?!⟦))(?!\s+(?:[\w\-]+\s+){{0,4}}?(?:attacks?|strikes?|bombings?|raids?|ambush(?:es)?|killings?|assaults?)\b)|said|stated|revealed|confirmed|documented|noted|announced|published|released|assessed|learned|concluded)\s+(?:that\s+)?(?!(?:it|they|we)\b)(?:\w+\s+){{0,6}}?(?P<o>{E})",
        0.55,
    ),
    rule(  # 'A said that B ...', 'A, the ministry's spokesman, stated that B ...', 'A testified
        # that B ...', 'A told the court that B ...': a person cited
        "person-said-that",
        "REPORTED",
        r"(?P<s>{E}){APPOS}\s+(?:also\s+)?(?:said|stated|announced|confirmed|testified|told\s+(?:⟦\d+⟧|reporters|journalists|us|the\s+(?:court|tribunal|judges?|hearing|committee|inquiry|investigators|prosecutors)|the\s+(?:[\w\-]+\s+)?(?:magazine|newspaper|daily|weekly|channel|agency|outlet|broadcaster|paper|website|radio|television)\s+⟦\d+⟧))\s+(?:(?:on|in|last|earlier|later|this)\s+(?:\d{{1,2}}\s+)?\w+\s+)?(?:that\s+(?:the\s+)?(?:(?-i:[A-Z])[\w\-]*\.?\s+){{0,3}}?|(?:the\s+)?(?:(?-i:[A-Z])[\w\-]*\.?\s+){{0,2}}?(?=⟦\d+⟧\s+(?:(?:had|has|have|was|were)\s+(?-i:[a-z])|(?-i:stressed|spoke|met|told|held|welcomed|asked|urged|warned|noted|expressed|called|thanked|praised|reiterated|emphasi[sz]ed|underlined|affirmed|reaffirmed|received|discussed)\b)))(?P<o>{E})(?![-‑]\w)(?!'s|’s)",
        0.55,
    ),
]

MODAL = re.compile(
    # (not 'continues to': what goes on is stated)
    # (nor 'speaking to reporters': an audience, not a purpose)
    r"\b(?:will|would|(?<!continue\s)(?<!continues\s)(?<!continued\s)(?<!continuing\s)"
    r"(?<!speaking\s)(?<!talking\s)(?<!spoke\s)(?<!talked\s)to|plans?|"
    r"planned|expected|scheduled|set|may|might|could|should|"
    r"to\s+(?:pay|make)\s+(?:an?|the|his|her|their)|"  # 'invited B to pay an official visit'
    r"proposed|possible|potential|upcoming|future|prospective|"
    r"called\s+for|calls\s+for|calling\s+for|ask(?:s|ed|ing)?\s+for|sought|seeks|seeking|requested|requests|request\s+for|"
    r"not|never|n't|refused|declined|cancel(?:l?ed)?|postponed|ahead\s+of|before|"
    r"ruled\s+out|rules\s+out)\s+"
    r"(?:\w+\s+){0,2}$",
    re.I,
)

EXERCISE = re.compile(
    r"\b(?:joint\s+(?:\w+\s+){0,2}?(?:exercises?|drills?|maneuvers?|manoeuvres?|war\s*games?)|"
    r"(?:exercises?|drills?|maneuvers?|manoeuvres?)\s+(?:conducted|held|carried\s+out|"
    r"staged)\s+(?:jointly\s+)?by)\b",
    re.I,
)

# ---- Claims: REPORTED, OPPOSES, SUPPORTS, ALLIED_WITH (noun forms, passives, attributions)
PREPOSITIONS = ("in", "at", "of", "on", "from", "with", "near", "into", "for")
MACROS |= {
    # the main actor of a sentence's claim: its first name, after an opening tag or dateline
    # ("(MENAFN) ", "ANKARA (Reuters) - "), not a name after a preposition ("arrived in the
    # X capital"; "strikes by X" is its actor) nor one that modifies a noun ("The X-backed group")
    "CLAIM_ACTOR": r"^\s*(?:\([^()]{0,30}\)\s*)?[^\w⟦]*"
    r"(?:⟦\d+⟧(?:\s*,\s*⟦\d+⟧)?(?:,?\s+\w+\s+\d+)?\s*(?:\([^()]{0,30}\)\s*)?[-–—]+\s+)?"
    # a leading adverbial: "On the sidelines of his visit, A met B, X reported"
    r"(?:(?:On|During|After|Before|Later|Earlier|Meanwhile|Separately|Also|Overnight|Today|Yesterday|Elsewhere|Late|Early|Last|Following|Since|Throughout)\b[^⟦,;]{0,60},\s+)?"
    rf"(?:[^⟦,;]{{0,80}}?\b(?:{'|'.join(PREPOSITIONS)})\s+(?:the\s+)?⟦\d+⟧)?"
    # the last word before the name is no preposition (however the text is spaced)
    rf"(?:[^⟦,;]{{0,80}}?\b(?!(?:{'|'.join(PREPOSITIONS)}|the)\b)[\w’'.\-]+)?[^\w⟦,;]*?"
    # a possessor names whose the actor is ("Oman's Foreign Minister X said"): X
    r"(?:\bthe\s+)?(?:⟦\d+⟧['’]s\s+(?:[\w\-]+\s+){0,4}?)?"
    # a body naming the actor's office ("KFOR commander X met ..."): X
    r"(?:⟦\d+⟧\s+(?:(?:deputy|acting|top|senior|former)\s+)?(?:commander|chief|head|leader|"
    r"spokes(?:man|woman|person)|envoy|minister|president|chairman|official|negotiator)\s+"
    r"(?:(?-i:[A-Z])[\w.\-]*\s+){0,3}?)?"
    # a passive claim's actor is its agent: 'A was killed by gunmen of X, ... reported': X
    # (not a host's: 'A was received by B', a guest's meeting, is A's)
    r"(?:⟦\d+⟧\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?!(?:received|welcomed|hosted|greeted|met|invited|accompanied|joined|briefed|"
    r"appointed|named|elected|chosen)\b)(?-i:[a-z]+ed)\s+by\s+"
    r"(?:the\s+|an?\s+)?(?:(?:[\w\-]+\s+){0,3}?of\s+(?:the\s+)?)?)?"
    r"(?P<o>⟦\d+⟧)(?!['’]s\s+(?:[\w\-]+\s+){0,4}?⟦)(?![-‑]\w)",
    # what may follow a trailing attribution's verb: "said on Tuesday", "reported on 12 June",
    # "said at the time", "said in a statement" (not a clause: "said it would ...")
    "WHEN": r"(?:\s+(?:(?:on|in|at|late|early|later|earlier|last|this|its|a|an|the|their|his|"
    r"her|statement|post|time)\b|(?-i:[A-Z])[\w\-]*|\d[\w\-]*|(?<=\sin\s)⟦\d+⟧)){0,5}\s*(?:[.,;]|$)",
    # words of a source's description before its name ("South Korean outlet X"), not a clause
    "SOURCE_DESC": r"(?:(?!(?:and|but|while|as|after|when|which|who|where|although|though|"
    r"because|since|before|until|so|that|if)\b)[\w.\-’']+\s+){0,4}?",
    "SAID": r"(?:said|reported|announced|stated|added|confirmed|wrote|"
    r"told\s+(?:⟦\d+⟧|reporters|journalists|the\s+press|a\s+news\s+conference)|"
    r"quoted\s+(?:[\w\-]+\s+|⟦\d+⟧\s+){0,3}?as\s+saying)",  # "him" may be resolved
}

CLAIM_RULES = [
    rule(  # 'A reported that the ambush was carried out by X': the claim's actor is its agent
        "person-said-passive-claim",
        "REPORTED",
        r"(?P<s>{E}){APPOS}\s+(?:also\s+)?(?:said|stated|announced|confirmed|reported|wrote|noted)\s+that\s+(?:the\s+|an?\s+)?(?:[\w\-]+\s+){{0,3}}?(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:carried\s+out|conducted|launched|claimed|committed|planned|ordered|organi[sz]ed|staged|perpetrated|executed|fired|mounted)\s+by\s+(?:the\s+|an?\s+)?(?P<o>{E})",
        0.55,
    ),
    rule(
        "claim-source-said",
        "REPORTED",
        r"{CLAIM_ACTOR}[^;]{{0,300}}?,\s+{THE}{MOD}{SOURCE_DESC}(?:{E}{POS}\s+(?:[\w.\-]+\s+){{0,3}}?)?(?P<s>{E})(?:\s*\(⟦\d+⟧\))?(?:\s+(?:television|TV|channel|newspaper|daily|radio|website|news\s+agency|news))?(?:{POS}\s+(?:\w+\s+)?(?:correspondent|reporter|office))?(?:\s*,\s+which\s+[^,;]{{1,60}},)?\s+{SAID}{WHEN}",
        0.6,
    ),
    rule(  # "..., added Konashenkov." / "..., announced the ministry's spokesman X on Monday."
        "claim-said-source",
        "REPORTED",
        r"{CLAIM_ACTOR}[^;]{{0,300}}?,\s+(?:said|added|announced|reported|stated|wrote)\s+{THE}{SOURCE_DESC}(?:{E}{POS}\s+)?(?P<s>{E})(?:{WHEN}|\s*,\s+(?:citing|quoting)\b)",
        0.6,
    ),
    rule(
        "claim-according-to-source",
        "REPORTED",
        r"{CLAIM_ACTOR}[^;]{{0,300}}?,\s+according\s+to\s+{THE}{STATEMENT}{SOURCE_DESC}(?:{E}{POS}\s+)?(?P<s>{E})(?:\s+[a-z][\w\-]*){{0,4}}?{WHEN}",
        0.6,
    ),
    rule(
        "according-to-source-claim",
        "REPORTED",
        r"according\s+to\s+{THE}{STATEMENT}(?:{E}{POS}\s+)?(?-i:{DEMONYM})?(?:(?-i:[a-z])[\w\-]*\s+){{0,3}}?(?P<s>{E})(?:\s+(?:news\s+agency|agency|daily|newspaper|website|television|TV|radio|broadcaster|channel|outlet))?(?:\s+on\s+\w+)?(?:\s*,\s+(?:which|that|who)\s+[^,;]{{1,80}}?)?\s*,\s*(?:(?:\w+|⟦\d+⟧)\s+){{0,6}}?(?P<o>{E})(?![-‑]\w)(?!\s+(?:spokes(?:man|woman|person)|official|leader|commander|chief|head|minister|envoy|member|representative)\b)",
        0.6,
    ),
    rule(
        "source-said-in-a-statement",
        "REPORTED",
        r"(?P<s>{E})\s+(?:said|announced|stated|confirmed|claimed)\s+(?:on\s+\w+\s+)?in\s+(?:a|an|its|their|the)\s+(?:[\w\-]+\s+){{0,2}}?(?:statement|communiqu\w+|press\s+release|announcement|readout|post)\s+(?:on\s+\w+\s+)?(?:that\s+)?{THE}(?:(?:[\w\-]+\s+){{1,3}}?of\s+{THE})?(?P<o>{E})(?![-‑]\w)",
        0.6,
    ),
    rule(  # '"X met Y at the palace," the news agency reported.' (a person's quote: not)
        "quote-source-reported",
        "REPORTED",
        r"{CLAIM_ACTOR}[^;]{{0,300}}?,[”\"]\s+{THE}{SOURCE_DESC}(?P<s>{E})\s+(?:reported|announced){WHEN}",
        0.6,
    ),
    rule(  # "Per Libya Observer, Meloni hosted ..." (a tracker's shorthand for 'according to')
        "per-source-claim",
        "REPORTED",
        r"^\W*(?:-\s+)?[Pp]er\s+{THE}{STATEMENT}(?P<s>{E})(?:\s+(?:readout|statement|report))?\s*,\s*(?:(?:\w+|⟦\d+⟧)\s+){{0,6}}?(?P<o>{E})(?![-‑]\w)",
        0.6,
    ),
    rule(  # "denied reports by the broadcaster X that Y had met Z": X is the claim's source
        "report-by-source-that",
        "REPORTED",
        r"\b(?:a\s+|the\s+)?(?:reports?|claims?|allegations?)\s+(?:by|in|from)\s+{THE}{SOURCE_DESC}(?:{E}{POS}\s+)?{SOURCE_DESC}(?P<s>{E})(?:\s+(?:channel|television|TV|newspaper|daily|agency))?\s+(?:claiming\s+|saying\s+|alleging\s+)?that\s+{THE}(?:[\w\-.]+\s+){{0,3}}?(?P<o>{E})(?![-‑]\w)",
        0.6,
        ("report", "claim", "allegation"),
    ),
    rule(  # "denied a Garowe Online report that Y had met Z": the outlet is the claim's source
        "source-report-that",
        "REPORTED",
        r"\b(?:a|an|the)\s+(?:[\w\-]+\s+)?(?P<s>{E})\s+(?:report|article|story|claim)\s+(?:claiming\s+|saying\s+|alleging\s+)?that\s+{THE}(?:[\w\-.]+\s+){{0,3}}?(?P<o>{E})(?![-‑]\w)",
        0.6,
        ("report", "article", "story", "claim"),
    ),
    rule(  # "The Iraqi News Agency quoted Hussein as saying that ..."
        "source-quoted-as-saying",
        "REPORTED",
        r"(?P<s>{E})(?:\s*\(⟦\d+⟧\))?\s+quoted\s+{TITLES}(?P<o>{E})\s+as\s+saying",
        0.6,
    ),
    rule(  # "A statement issued by the ministry said that X ..."
        "statement-by-source-said",
        "REPORTED",
        r"\b(?:a|an|the)\s+(?:[\w\-]+\s+)?(?:statement|communiqu\w+|readout|report|announcement)\s+(?:(?:issued|released|published)\s+)?by\s+{THE}{SOURCE_DESC}(?P<s>{E})(?:\s+on\s+\w+)?\s+(?:said|stated|noted|announced|added)\s+(?:that\s+)?(?:[\w\-]+\s+){{0,4}}?(?P<o>{E})(?![-‑]\w)",
        0.6,
    ),
    rule(  # "..., reported TASS, citing a statement issued by the foreign ministry."
        "claim-citing-source",
        "REPORTED",
        r"{CLAIM_ACTOR}[^;]{{0,300}}?,\s+(?:[\w\-]+\s+|⟦\d+⟧\s*){{0,3}}?,?\s*(?:citing|quoting)\s+{THE}{STATEMENT}{SOURCE_DESC}(?:{E}{POS}\s+)?(?P<s>{E}){WHEN}",
        0.6,
    ),
    rule(
        "source-citing-reported",
        "REPORTED",
        r"(?P<s>{E})\s*,\s+(?:citing|quoting)\s+[^,;⟦]{{1,60}},\s+(?:reported|said|wrote)\s+(?:that\s+)?(?:[\w\-]+\s+){{0,4}}?(?P<o>{E})(?![-‑]\w)",
        0.6,
    ),
    rule(  # "..., according to the Office for the Coordination of Humanitarian Affairs (OCHA)."
        "claim-according-to-acronym",
        "REPORTED",
        r"{CLAIM_ACTOR}[^;]{{0,300}}?,\s+according\s+to\s+{THE}(?:(?-i:[A-Z])[\w\-’']*\s+|(?:for|of|on|the|and)\s+){{1,8}}?\((?P<s>{E})\){WHEN}",
        0.6,
    ),
    rule(
        "in-coordination-with-x-y",
        "ALLIED_WITH",
        r"^\W*in\s+(?:close\s+)?(?:coordination|cooperation|partnership)\s+with\s+{THE}(?P<o>{E})\s*,\s*{THE}(?:[\w.]+\s+){{0,2}}?(?P<s>{E})",
        0.6,
    ),
    rule(
        "in-support-of-x-y",
        "SUPPORTS",
        r"^\W*in\s+support\s+of\s+{THE}(?P<o>{E})\s*,\s*{THE}(?:[\w.]+\s+){{0,2}}?(?P<s>{E})",
        0.6,
    ),
    rule(  # "attacks by the Houthis in Yemen against shipping and US vessels"
        "attacks-by-x-in-place-against-y",
        "OPPOSES",
        r"(?:attacks?|strikes?|raids?|assaults?)\s+by\s+{THE}(?P<s>{E})\s+in\s+{THE}⟦\d+⟧\s+(?:against|on|targeting)\s+(?:[\w\-]+\s+){{0,3}}?{OWNER}(?P<o>{ES})",
        0.65,
    ),
    rule(  # "X launched air strikes in A, hitting Y targets"
        "x-launched-strikes-hitting-y",
        "OPPOSES",
        r"(?P<s>{E})\s+(?:\w+\s+){{0,2}}?(?:launched|carried\s+out|conducted|staged)\s+(?:[\w\-]+\s+){{0,2}}?(?:strikes|airstrikes|raids|attacks|bombardments?|operations?)\b[^.;,]{{0,60}},\s+(?:hitting|targeting|striking|killing)\s+{THE}(?:[\w\-]+\s+){{0,2}}?{OWNER}(?P<o>{ES})",
        0.65,
    ),
    rule(
        "x-s-war-in-y",
        "OPPOSES",
        r"(?P<s>{E}){POS}\s+(?:[\w\-]+\s+){{0,2}}?(?:war|invasion|aggression)\s+in\s+(?P<o>{E})",
        0.65,
    ),
]
RELATION_RULES += CLAIM_RULES
