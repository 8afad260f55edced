"""Meetings in a sentence template, found clause by clause.

A trigger (``met``, ``received``, ``held talks with``, ``a meeting with``, ``joint press
conference with`` ...) that is not planned, denied or hypothetical splits its clause: the
hosts are the actors before it (the clause's subject), the guests every actor after it up
to the clause's end. An organization named only to describe a person ('Hamas Shura Council
Chairman X', 'X, an official of Y') is not a participant when people are.

>>> from actorgraph.extract.template import Template
>>> t = Template.build("A met in M on Monday with B, an official of O, to discuss C.", 0,
...     [(0, 1, "person:a"), (9, 10, "place:m"), (26, 27, "person:b"), (44, 45, "organization:o"),
...      (58, 59, "person:c")])
>>> kinds = {"person:a": "Person", "person:b": "Person", "organization:o": "Organization",
...          "place:m": "Place", "person:c": "Person"}
>>> [(m.hosts, m.guests) for m in find(t, kinds)]
[(['person:a'], ['person:b'])]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from actorgraph.extract import cues
from actorgraph.extract.cues import JOURNEY
from actorgraph.extract.patterns import MODAL
from actorgraph.extract.template import SLOT, Template
from actorgraph.text import ABBREVIATIONS

# where and when between a meeting's noun and its counterparts: 'in Z on Monday with'
IN_PLACE = r"\s+(?:in|at)\s+(?:the\s+)?⟦\d+⟧"
ON_DAY = r"\s+on\s+(?:\d{1,2}\s+)?(?-i:[A-Z])[a-z]+(?:\s+\d{1,2})?"
TODAY = r"\s+(?:today|yesterday|earlier\s+today)"
WHERE_WHEN = rf"(?:{IN_PLACE}|{ON_DAY}|{TODAY}){{0,2}}"
# a venue, a place, a day and a topic between a chaired meeting and its counterparts: 'at the
# ministry's guest house in Z on water sharing and border security with'
VENUE = (
    r"\s+at\s+(?:the|its|his|her)\s+(?:[\w\-’']+\s+){0,3}?(?:house|office|offices|headquarters|"
    r"palace|residence|building|hall|centre|center|hotel|compound|ministry)"
)
TOPIC = r"\s+on\s+(?-i:[a-z][\w\-]*)(?:\s+(?:and\s+)?(?-i:[a-z][\w\-]*)){0,5}?"
VENUE_TOPIC = rf"(?:{IN_PLACE}|{VENUE}|{ON_DAY}|{TOPIC}|{TODAY}){{0,4}}"
TRIGGER = re.compile(
    r"\b(?P<verb>(?:has\s+|had\s+)?met|meets|meet(?=\s+with)|(?<=\bto\s)meet(?=\s)|"
    r"(?:went\s+on|proceeded|moved\s+on)\s+to\s+meet(?:\s+with)?|"
    r"(?:hosted|hosts|gave|held)\s+an?\s+(?:\w+\s+){0,2}?(?:dinner|lunch|luncheon|banquet|briefing|"
    r"reception|breakfast)" + WHERE_WHEN + r"\s+(?:for|in\s+honou?r\s+of)|"
    r"held\s+[“\"]?(?:[\w\-’']+\s+|⟦\d+⟧(?:-⟦\d+⟧)?\s+){0,4}?(?:talks|meetings?|sessions?|discussions|"
    r"consultations|dialogue|"
    r"lunch|dinner|breakfast|bilateral|(?<!phone\s)(?<!telephone\s)conversation)[”\"]?"
    r"(?:\s+with)?|"
    r"(?:resumed|began|opened|concluded|started|wrapped\s+up)\s+(?:[\w\-]+\s+){0,5}?"
    r"(?:talks|negotiations|consultations)(?:\s+with)?|"
    r"holds?\s+(?:[\w\-]+\s+){0,2}?(?:talks|meetings?)(?:\s+with)?|"
    r"(?:hosted|hosts|hosting)\s+(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+){0,2}?(?:talks|consultations|meetings?)"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?⟦\d+⟧)?\s+with|"
    # 'received the letters of credence of A': the envoy handed them over in person
    r"(?:received|receives|accepted|accepts)\s+(?:separately\s+)?the\s+(?:letters\s+of\s+"
    r"credence|credentials|credential\s+letters)\s+(?:of|from)|"
    r"received|receives|receiving|hosted|hosts|hosting|greeted|greets|"
    # welcoming a visit, a move or a word approves it ('welcomed X's visit'): no reception
    r"welcome[sd](?!\s+(?:the\s+|⟦\d+⟧['’]s\s+)(?:[\w\-]+\s+)?(?:visit|trip|tour|decision|move|"
    r"announcement|statement|proposal|initiative|remarks|offer|efforts?|steps?)\b)|"
    r"joined(?=\s+(?:[^\s.;]+\s+){0,10}?⟦\d+⟧\s+(?:for|at|in)\s+(?:a\s+|the\s+)?(?:[\w\-]+\s+)?"
    r"(?:talks|meeting|dinner|lunch|discussions|table)\b)|"
    r"co-?chaired|co-?hosted|"
    r"conferred\s+with|consulted\s+with(?![^.;]{0,80}\b(?:phone|telephone|call|video))|"
    r"sat\s+(?:down\s+)?(?:in\s+⟦\d+⟧\s+)?with|talks\s+with|meetings?\s+with|"
    # 'Monday's meeting at the ministry - A (X), B (Y) and C - produced': a list set off
    r"(?:meeting|talks|session)\s+(?:(?:at|in)\s+(?:the\s+)?(?:[\w\-’']+\s+){0,3}?(?:⟦\d+⟧\s+)?)?"
    r"[-–—](?=\s+⟦)|"
    # a diary's entry with no verb, its narrator put before it: '⟦A⟧a long lunch with B'
    r"(?<=⟧)(?:an?\s+|another\s+)?(?:[\w\-]+\s+){0,2}?(?:"
    + cues.SHARED_TABLE
    + r"|session)\s+with|"
    r"sat\s+(?:directly\s+)?(?:across\s+(?:the\s+table\s+)?from|opposite)|"
    r"sat\s+(?:together\s+)?in\s+the\s+same\s+room|"
    r"spent\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?(?:hours?|evening|afternoon|morning|day)\s+with|"
    r"(?:saw|sees|see|seeing)\s+off|jointly\s+(?:chaired|hosted)|"
    # 'his first stop was a courtesy call on B', 'her next engagement was a meeting with B'
    r"(?:stop|engagement|appointment|port\s+of\s+call|(?<=⟧\s)(?:first|second|third|next|last|final))"
    r"(?:\s*,[^,;⟦]{1,40},)?\s+(?:was|included)\s+"
    r"(?:an?\s+)?(?:[\w\-]+\s+)?(?:courtesy\s+call\s+on|call\s+on|meeting\s+with|talks\s+with)|"
    # 'A also saw Speaker B', 'saw the Prime Minister, B': a person seen (not 'saw B as a
    # threat', 'saw B's forces')
    r"(?<![Tt]he\s)(?:saw|sees)(?=\s+(?:(?:the\s+)?(?:(?-i:[A-Z])[\w.\-]*\s+){0,3}?(?-i:[A-Z])[\w.\-]*,\s+)?"
    r"(?:(?-i:[A-Z])[\w.\-]*\s+){0,3}?⟦\d+⟧(?!['’\w])"
    r"(?!,?\s+(?:as|at\s+the\s+(?:helm|head))\b))|"
    r"(?:jointly|together)\s+(?:visited|toured|inspected)|"
    # a participle after a comma: 'A, meeting B in Z on Monday, said ...'
    r"(?<=,\s)meeting(?:\s+with)?(?=\s+(?:[\w.'\-]+\s+){0,4}?⟦\d+⟧(?!['’]))|"
    r"(?:convened|gathered)(?=\s+(?:the\s+)?⟦\d+⟧(?:\s*,\s*(?:the\s+)?⟦\d+⟧)*,?\s+and\s)|"
    # 'A and B sat down in Z', 'A and B huddled on Monday': those named before met, together
    r"(?:(?<=⟧\s)|(?<=⟧,\s))(?:(?:representatives|delegations|delegates|officials|leaders|negotiators|envoys)\s+)?"
    r"(?:(?:both|all|then|later|also|first)\s+)?(?:sat\s+down(?:\s+together)?|"
    r"sat\s+together|sat\s+at\s+(?:the\s+same|one|a\s+single)\s+table|faced\s+each\s+other|huddled|"
    r"sat\s+(?:down\s+)?(?:across|around|at)\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,2}?table(?!\s+from\b)|"
    r"(?:conferred|negotiated)(?=\s+(?:in|at|for|through|until|late|privately|behind)\b)|"
    r"came\s+together|dined|lunched|shared\s+a\s+table|"
    r"spent\s+(?:the|an?|two|three|several)\s+\w+\s+together|"
    r"(?:were|was)\s+(?:both\s+|all\s+)?at\s+the\s+(?:same\s+)?table)"
    r"(?!\s+with\b)(?=\s|[,.;])|"
    # 'A and B sent delegations to Z for talks' (the sides met there), '... to the talks in Z'
    r"(?<=⟧\s)(?:(?:both|each|then|later|also)\s+)?sent\s+(?:their\s+|its\s+)?(?:[\w\-]+\s+)?"
    r"(?:delegations?|negotiators|representatives|envoys|teams)\s+to\s+(?:⟦\d+⟧\s+(?:for|to\s+"
    r"(?:hold|attend|join|resume))\s+(?:[\w\-]+\s+){0,4}?(?:talks|negotiations|meeting|"
    r"consultations)|the\s+(?:[\w\-]+\s+){0,3}?(?:talks|negotiations|meeting|consultations|"
    r"summit))\b|"
    # 'A, B and C gathered in Z': those named before met (no object)
    r"(?<=⟧\s)(?:gathered|convened|assembled)(?=\s+(?:in|at|on|around)\s)|"
    r"had\s+an?\s+(?:[\w\-]+\s+){0,2}?bilateral(?:\s+meeting)?(?:\s+with)?|"
    r"(?:witnessed|oversaw|attended)\s+the\s+signing\s+of\s+(?:[\w\-]+\s+){0,6}?(?:agreements?|"
    r"accords?|deals?|memorand\w+|treaty|treaties|declarations?|protocols?|contracts?)\b|"
    # a journey to meet someone: 'went on to Z to see Prime Minister X'
    rf"{JOURNEY}\s+[^.;⟦]{{0,30}}?(?:⟦\d+⟧\s+(?:on\s+\w+\s+)?)?to\s+(?:see|meet(?:\s+with)?)"
    r"(?=\s+(?:the\s+)?(?-i:[A-Z][\w.\-]*\s+){0,4}?⟦)|"
    r"toured\s+(?:[\w\-⟦⟧]+\s+){0,3}?(?:⟦\d+⟧\s+)?with(?=\s+(?:[\w.'\-]+\s+){0,6}?⟦)|"
    r"played\s+host\s+to|came\s+face\s+to\s+face(?:\s+with)?|dined\s+together|broke\s+bread|"
    # a meal or a private talk shared: 'had lunch with X', 'had a tete-a-tete with Y'
    r"had\s+(?:an?\s+)?(?:[\w\-]+\s+)?(?:lunch|dinner|breakfast|meal|coffee|tea|iftar|"
    r"t[eê]te-[aà]-t[eê]te|one-on-one|face-to-face)\s+with(?=\s+(?:[\w.'\-]+\s+){0,6}?⟦)|"
    r"(?:huddled|dined|lunched|breakfasted|conversed|negotiated|engaged|interacted)\s+with"
    r"(?=\s+(?:[\w.'\-]+\s+){0,6}?⟦)"
    r"(?![^.;]{0,80}\b(?:phone|telephone|call|video))|"
    r"(?:had|held|was\s+granted|were\s+granted|was\s+given|obtained)\s+an?\s+(?:\w+\s+)?"
    r"audience\s+(?:with|by)|(?:gave|granted|grants|gives)\s+(?:an?\s+)?(?:\w+\s+)?audience\s+to|"
    r"(?:was|were)\s+(?:later\s+|then\s+|also\s+)?joined\s+(?:(?:in|at)\s+(?:the\s+)?"
    r"(?:(?:[\w\-]+|⟦\d+⟧)\s+){1,3}?)?by(?=[^;]{0,160}\bfor\s+(?:the\s+|an?\s+)?(?:[\w\-]+\s+)?"
    r"(?:talks|meeting|discussions|dinner|lunch))|"
    r"exchanged\s+(?:\w+\s+)?views\s+with|"
    r"discussed\s+(?:[^.;,]{1,60}?\s+)?(?<!agreement\s)(?<!deal\s)(?<!ties\s)(?<!relations\s)"
    r"(?<!cooperation\s)(?<!accord\s)(?<!ceasefire\s)(?<!truce\s)(?<!dialogue\s)"
    r"(?<!negotiations\s)(?<!partnership\s)(?<!talks\s)(?<!contacts\s)"
    r"with(?=\s+(?:[\w.'\-]+\s+){0,6}?⟦)"
    r"(?![^.;]{0,80}\b(?:phone|telephone|call|video))|"
    r"sh(?:akes|ook|aking|ake)\s+hands\s+with|shook\s+hands|"
    # a letter handed over in person: 'handed a letter from X to Y' (X is not there)
    r"(?:handed|delivered|presented)\s+(?:over\s+)?(?:a|an|the|his|her)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:letter|message|invitation)\s+(?:from\s+(?:[\w.'’\-]+\s+){0,6}?⟦\d+⟧\s+)?to(?=\s)|"
    r"(?:joint\s+)?(?:press|news)\s+conference\s+with|"
    r"(?:were|was)\s+(?:photographed|pictured|seen|filmed)\s+together|appeared\s+together|"
    r"(?:meeting|talks|summit)\s+(?:(?:(?!(?:were|was|are|is)\s)\w+|in\s+⟦\d+⟧,?)\s+){0,2}?"
    r"(?:on\s+\d{1,2}\s+[A-Z][a-z]+\s+|"
    r"on\s+[A-Z][a-z]+\s+(?:\d{1,2}\s+)?)?(?:between|of|among)|"
    r"(?:meeting|talks|summit|roundtable|conference|forum|session|negotiations|consultations)\s+"
    r"(?:(?:\w+|in\s+⟦\d+⟧)\s+){0,2}?(?:involved|involving|gathered|"
    r"(?:drew|featured)(?=\s+(?:(?-i:[A-Z])[\w.\-]*\s+){0,3}?⟦))|"
    r"(?:meeting|talks|negotiations)\s+(?:in\s+⟦\d+⟧\s+)?(?:were|was)\s+(?:held\s+)?between|"
    r"attended\s+(?:a|an)\s+(?:[\w\-]+\s+){0,3}?(?:meeting|summit|session|talks|conference|"
    r"dinner|ceremony|gathering)(?=\s+(?:in|at|on|with)\b|\s*[,.])|"
    r"(?:meetings?|talks|consultations|negotiations)\s+(?:(?:was|were|have\s+been|had\s+been)\s+"
    r"(?:held|conducted)|took\s+place)\b[^.;⟦]{0,30}(?:\s*⟦\d+⟧[^.;⟦]{0,30}){0,2}?\s+between|"
    r"presented\s+(?:his|her|their)\s+(?:\w+\s+)?credentials\s+to|"
    # an envoy called in: 'summoned the Russian ambassador, X', 'summoned X, the chargé'
    r"summon(?:ed|s)(?=\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:ambassador|envoy|charg[eé]|"
    r"diplomat)|\s+(?:[\w.'\-]+\s+){0,3}?⟦\d+⟧,?\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?"
    r"(?:ambassador|envoy|charg[eé]|diplomat))|"
    r"(?:paid|pays|paying|made|makes)\s+(?:a\s+)?(?:courtesy\s+)?call\s+on|"
    r"(?:called|calls|calling)\s+on(?=\s+(?:[\w.'\-]+,?\s+){0,6}?⟦)"
    r"(?![^.;]{0,120}?\b(?:to\s+[\"“]?(?!discuss|review|exchange|explore)[a-z]|for\s+[a-z]))|"
    r"(?:was|were)\s+briefed\s+by(?![^.;]{0,80}\b(?:phone|telephone|call|video))|"
    r"(?:spoke|speaks|talked)\s+with(?!\s+(?:reporters|journalists))(?![^.;]{0,80}\b(?:phone|telephone|call|video))|"
    # 'A and B spoke for two hours in Z', 'talked on the margins of X': in person, together
    r"(?:spoke|talked)(?=\s+(?:for\s+(?:about\s+|nearly\s+|more\s+than\s+|over\s+)?(?:an?\s+|\w+\s+)?"
    r"(?:hours?|minutes)|directly|privately|face\s+to\s+face|in\s+person|behind\s+closed\s+doors|"
    r"on\s+the\s+(?:sidelines|margins))\b)(?![^.;]{0,80}\b(?:phone|telephone|call|video))|"
    r"(?:held|gave|hold|holds)\s+(?:a\s+)?joint\s+(?:press|news)\s+conference(?!\s+with)|"
    r"signed\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}?(?:agreements?|accords?|deals?|memorand\w+|declarations?|treaty|pacts?|protocols?)(?=\s+(?:in|at|on|during)\b|[.,])|"
    r"(?:meeting|talks|summit|session|consultations?|conference|dinner|lunch|luncheon|reception|"
    r"ceremony|gathering|forum)\b[^.;]{0,60}?\battended\s+by|"
    r"(?:chaired|co-chaired|convened|presided\s+over|led)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:meeting|session|talks|council)" + VENUE_TOPIC + r"\s+with|"
    # 'a trilateral meeting held in Z on Monday with A, B and C': all of them, no host
    r"(?:meeting|session|talks|summit|consultations)\s+(?:was\s+)?held" + WHERE_WHEN + r"\s+with|"
    r"(?:brought|brings|bringing)\s+together|"
    # 'brought A and B together at his office': the one who did hosts them
    r"(?:brought|brings|bringing)(?=\s+(?:(?:[\w\-.’']+|⟦\d+⟧),?\s+){1,10}?together\b)|"
    # 'A and B's meeting in Z': the meeting of both (not 'A's meeting with B': that trigger's)
    r"(?<=⟧['’])s(?=\s+(?:[\w\-]+\s+)?(?:meeting|talks|summit)\b(?!\s+(?:with|between)\b))|"
    # 'a meeting in Z, held with the participation of A, B and C': all of them, no host
    r"(?:held|took\s+place|convened)\s+with\s+the\s+participation\s+of|"
    r"(?:discussed|exchanged\s+(?:\w+\s+)?views)(?![^.;]{0,160}\b(?:phone|telephone|call|video))|"
    r"(?:paid|pays|paying|made|makes)\s+(?:a|an)\s+(?:[\w\-]+\s+){0,2}?visit\s+to(?=\s+(?:[\w.'\-]+\s+){0,6}?⟦)|"
    r"visited(?=\s+(?:[\w.'\-]+\s+){0,6}?⟦\d+⟧\s+(?:at|in)\s+(?:his|her|their)\s+"
    r"(?:home|office|residence|house|headquarters))|"
    r"(?:visited|visits|(?:is|was)\s+visiting)(?=\s+(?:[\w.'\-]+\s+){0,6}?⟦\d+⟧)|"
    r"(?<!present\s)(?:during|at|(?<!part\s)(?<!participated\s)in)\s+(?:a|the)\s+(?:[\w\-]+\s+){0,2}?(?:meeting|talks)"
    r"(?=\s+(?:in|at|on)\b|\s*[,.])|"
    r"(?:during|at|in|after)\s+their\s+(?:\w+\s+){0,2}?(?:meeting|talks|summit)|"
    r"(?<=(?:fter|fore|hile|When|when|wing)\s)meeting(?:\s+with)?(?=\s+(?:[\w\-]+\s+){0,4}?⟦))"
    r"(?:\b|(?<=[-–—]))",  # a word's end, or the dash that sets off a list
    re.I,
)
# a journey made for the meeting: 'visited Z to hold talks with Y' (the talks were its end);
# a stay put to use: 'used the same visit to meet Y'
JOURNEY_FOR = re.compile(
    rf"(?:(?<!\bto\s)\b(?:visited|arrived|{JOURNEY})\b[^.;]{{0,60}}?|"
    r"\b(?:used|took\s+advantage\s+of)\s+(?:the|his|her|their|this|that|its)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:visit|trip|stay|stopover|presence|time)\s+(?:[^.;]{0,30}?\s)?)"
    r"\bto\s+(?:(?:pay|make)\s+(?:an?|the|his|her|their)\s+(?:[\w\-]+\s+){0,2}?)?$",
    re.I,
)
# a second clause with a meeting verb: 'A met B in Z as C held talks with D' (and headlines)
SECOND_CLAUSE = (
    r"\s(?:as|while)\s(?=(?:[\w\-’'/]+\s+|⟦\d+⟧\s+){0,3}?(?:talks|negotiations|holds?|held|"
    r"meets?|met|hosts?|hosted|receives?|received)\b)"
)
CLAUSE_END = re.compile(
    rf"\s*{SECOND_CLAUSE}|"
    # a purpose ('met B to prepare C's visit'), not 'pursuant to resolution 1970'
    r"\s*(?:;|\.$|,?\s+(?:(?<!pursuant\s)(?<!prior\s)(?<!due\s)(?<!addition\s)(?<!next\s)to\s+"
    r"(?!(?:the|a|an|his|her|its|their|this|that|these|those)\b)(?-i:[a-z])\w+(?=\s)|where|"
    r"during\s+which|"
    r"(?:which\s+)?(?:focused|focusing|centred|centered|concentrated)\s+on|"
    r"(?:at|in|after)\s+which|"
    r"who\s+(?:said|told|stated)|and\s+(?:discussed|reviewed|said|addressed|agreed)|"
    r"said|stated|told|added)\b|,\s+(?:and\s+)?(?:later|then)\b|,\s+and\s+[a-z]+ed\b|"
    r"\s+and\s+(?:pressed|urged|called|stressed|reiterated|reaffirmed|expressed|underlined|asked|"
    r"invited|conveyed|thanked|briefed|informed)\b|"
    r",\s+(?:just\s+|only\s+|shortly\s+|(?:\w+\s+){1,3})?(?:after|before|since|when|while)\b|"
    r",\s+as\s+(?!well\b|part\b|head\b|leader\b|chair\w*\b)(?:(?:the|a|an|[a-z]+s?)\b|⟦)|"
    r"\s*[—–]\s*|\s+--\s+|\s+in\s+what\b|"
    r",?\s+(?:on|at|upon)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:request|invitation|instructions?|orders?|"
    r"behest)\s+(?:of|by|from)\b|,?\s+on\s+behalf\s+of\b|,?\s+sent\s+by\b|"
    r",\s+according\s+to\b|"
    # who told of it, by name: 'met B in Z, government spokesman C told DPA', '..., daily X
    # reported'; or as a kind: 'met B in Z, Hamas officials said', 'two sources told Reuters'
    r",\s+(?:[\w\-’']+\s+){0,4}?⟦\d+⟧(?:\s+[\w\-]+){0,2}?\s+(?:said|told|says|added|stated|"
    r"reported|wrote)\b|"
    r",\s+(?:(?:an?|the|two|three|four|several|some)\s+)?(?:(?:[\w\-]+|⟦\d+⟧)\s+){0,3}?"
    r"(?:officials?|sources?|spokes(?:man|woman|person)|diplomats?|aides?)\s+(?:said|told|say|says)\b|"
    # the absent sender of a message: 'received X, to whom he conveyed the greetings of Y'
    r",?\s+(?:to\s+whom|with\s+whom|who\s+(?:conveyed|delivered|handed))\b|"
    r",?\s+(?:conveying|conveyed|delivered|carrying)\s+(?:a|an|the|his|her)\s+(?:\w+\s+)?"
    r"(?:message|letter|greetings|invitation)\b)",
    re.I,
)
POSSESSOR = re.compile(
    r"⟦(\d+)⟧(?=\s+administration\b|\s+government\b)|"  # 'a Trump administration official'
    r"⟦(\d+)⟧['’]s\s+(?:\w+\s+)?(?:envoy|adviser|advisor|aide|representative|emissary|"
    r"spokes(?:man|woman|person)|delegation|deputy|son|daughter|wife|brother|secretary|"
    r"minister|ambassador|chief\s+of\s+staff|colleague|successor|predecessor)\b|"
    # 'Y's cabinet colleague, Foreign Minister X': Y only says who X is
    r"⟦(\d+)⟧['’]s\s+(?:[a-z][\w\-]*\s+){0,3}?[a-z][\w\-]*,\s+(?:the\s+)?(?-i:[A-Z][\w.\-]*\s+){0,4}?⟦\d+⟧|"
    # 'X, political aide to Secretary-General Y': Y is named only as whose aide X is
    r"\b(?:aide|adviser|advisor|assistant|son|daughter|wife|brother|emissary|envoy)\s+(?:to|of)\s+"
    r"(?:(?:the|[A-Z][\w\-.]*|⟦\d+⟧)\s+){0,4}⟦(\d+)⟧",
    re.I,
)
# 'Supporters of A and B met': people named only as those whose followers, aides or kin met
DEPENDENTS_OF = re.compile(
    r"\b(?:aides|advisers|advisors|assistants|supporters|followers|loyalists|relatives|families|"
    r"family|lawyers|sons|daughters|children|bodyguards|envoys|emissaries)\s+(?:to|of|for)\s+"
    r"((?:(?:the|[A-Z][\w\-.]*)\s+){0,4}⟦\d+⟧(?:\s*(?:,|,?\s+and)\s+(?:(?:the|[A-Z][\w\-.]*)\s+)"
    r"{0,4}⟦\d+⟧)*)",
    re.I,
)
# something met after the verb ("A and B met with leaders of ..."): the hosts did not meet
# each other
OBJECT = re.compile(  # (not a time: 'A and B met the next morning')
    r"\s+(?!the\s+(?:next|following|same|previous|preceding)\s+(?:day|morning|afternoon|"
    r"evening|night|week|weekend)\b|over\s+(?:an?\s+)?(?:[\w\-]+\s+)?(?:dinner|lunch|breakfast|"
    r"coffee|tea|iftar)\b)"
    r"(?:(?:with|the|a|an|over|several|some|dozens|hundreds|representatives|officials|leaders|"
    r"members|delegates|delegations|envoys|commanders|elders|diplomats|counterparts|families|"
    r"relatives|journalists|activists|groups|factions)\b|\d|⟦)",
    re.I,
)
# what starts a clause, after the full stop or the colon that may end one before it
CLAUSE_OPENERS = (
    r",\s+(?:while|as(?!\s+well\s+as\b)|after|before|but|and)\s|"
    # 'A arrived in Z on Tuesday, hours after B launched ...': B's clause
    r"\b(?:hours|days|weeks|months|minutes|shortly|soon|just|a\s+day|a\s+week)\s+(?:after|before)\s|"
    # a relative clause with a subject of its own: 'A flew to Z, where President B received'
    r",\s+(?:where|when)\s+(?=(?:the\s+)?(?-i:[A-Z][\w.'’\-]*\s+){0,5}⟦\d+⟧)|"
    # a headline's second clause: 'A meets B as C holds talks with D'
    rf"{SECOND_CLAUSE}|"
    # what a speaker said is a clause of its own: 'X said (that) A met B', 'told Y that'
    r"\b(?:said|says|stated|announced|added|noted|confirmed|revealed|disclosed)\s+(?:that\s+)?|"
    # ('reported that', not 'reported clashes with X': the reporter's own clashes)
    r"\b(?:reported|reports|wrote|claimed|alleged|testified|recounted|explained|insisted|argued|"
    r"stressed|acknowledged|admitted)\s+(?:that\s+|(?=(?:the\s+)?⟦))|"
    r"\btold\s+[^,;.]{1,40}?\s+that\s+|"
    # whoever recalls or welcomes a meeting is not in it: 'X recalled the meeting of A and B'
    r"\b(?:recalled|welcomed|noted|commended|regretted|praised|hailed|took\s+note\s+of)\s+"
    r"(?=(?:the|a|an|their|its|this|last)\s+(?:[\w\-]+\s+){0,3}?(?:meeting|talks|session|summit)\b)|"
    r"^\W*(?:following|after|before|ahead\s+of|prior\s+to)\s+(?:his|her|their|its|the|a)\s[^,;⟦]*"
    r"(?:⟦\d+⟧[^,;⟦]*)*,\s|"  # "Following his call with X, the minister met Y": not X
    # "On the margins of X's visit to Z, A held talks with B": not X
    r"^\W*(?:(?:on|at)\s+the\s+(?:sidelines|margins)\s+of|during)\s[^,;]*,\s)"
)
CLAUSE_START = re.compile(r"(?:^|[;:]|\.\s|" + CLAUSE_OPENERS, re.I)
# where the subject of a meeting verb may start: as a clause, but the full stop of an
# abbreviation the sentence splitter keeps inside a sentence ('Niger's Gen. B') starts none
# (the look-behinds come after the stop: they are read only where a stop is found)
TITLE_STOP = "".join(rf"(?<!\b{re.escape(word)}\.)" for word in sorted(ABBREVIATIONS))
SUBJECT_START = re.compile(r"(?:^|[;:]|\." + TITLE_STOP + r"\s|" + CLAUSE_OPENERS, re.I)
ACTOR_TYPES = {"Person", "Organization"}


DIRECT = {
    "here",  # 'received here, in separate meetings, A and B'
    "there",
    "separate",
    "meetings",
    "separately",
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "on",
    "in",
    "at",
    "today",
    "yesterday",
    "also",
    "visiting",
    "top",
    "senior",
    "former",
    "late",
    "accompanying",
    "counterpart",
    "counterparts",
    "delegation",
    "headed",
    "led",
    "including",
    "comprising",
    "credentials",  # 'received the credentials of X'
    "audience",  # 'received in audience X'
    "by",
    "of",
    "and",
    "with",
    "then",
    "new",
    "acting",
    "newly",
    "recently",
    "appointed",
    "elected",
    "incoming",
    "outgoing",
    # role words in lower case before a name: 'received the Iranian foreign minister X'
    "special",
    "personal",
    "presidential",
    "foreign",
    "defence",
    "defense",
    "interior",
    "military",
    "intelligence",
    "security",
    "national",
    "high-level",
    "ranking",
    "vice",
    "army",
    "adviser",
    "advisor",
    "affairs",
    "parliamentary",
    # the venue between the verb and its guest: 'received at the ministry headquarters X'
    "headquarters",
    "ministry",
    "office",
    "residence",
    "palace",
    "premises",
    # a side's people before its name: 'received representatives of X' (SCHEMA C6)
    "representatives",
    "officials",
    "members",
    "officers",
    "executives",
    "leaders",
}  # words that may stand between "received" and its guest


@dataclass(frozen=True)
class Found:
    hosts: list[str]
    guests: list[str]
    verb: str
    received: bool
    start: int  # where the meeting's clause starts and ends in the template
    end: int
    joint: bool = False  # "A, B and C met": one meeting of all (SCHEMA C1)


def find(template: Template, kinds: dict[str, str]) -> list[Found]:
    """Every stated meeting of the sentence."""
    found = []
    for match in TRIGGER.finditer(template.text):
        then = found and GERUND.search(template.text, 0, match.end())  # 'met B, before meeting C'
        before = template.text[: match.start()]
        if not then and MODAL.search(before) and not JOURNEY_FOR.search(before):
            continue
        if FUTURE.search(_clause_before(template.text, match.start())):
            continue  # 'X is expected to travel to Z next week for a meeting with Y'
        if _negated(template.text, match.start()) or DENIED_BEFORE.search(before):
            continue
        if _refused(template.text, match.start()):
            continue
        if PHONED.search(match.group(0)) or REMOTE_BEFORE.search(before[-40:]):
            continue  # 'discussed the issues by telephone with X', 'a virtual meeting with X'
        if ASKED.match(template.text, match.end()):
            continue  # 'Has the minister met X?': a question states no meeting
        if found and ATTENDED.search(template.text, 0, match.end()):
            found[-1] = _attended_too(found[-1], _guests(template, match.end(), kinds, False))
            continue  # 'A received B in a meeting attended by C': one meeting of all
        if found and _purpose_of(template.text, found[-1], match.start()):
            people = [
                g for g in _guests(template, match.end(), kinds, False) if kinds.get(g) == "Person"
            ]
            found[-1] = _attended_too(found[-1], people)
            continue  # 'A hosted B in Z for talks with C': C in it; 'for a summit of X': not X
        if found and JOINER.match(template.text, max(0, match.start() - 2)):
            found[-1].hosts.extend(_guests(template, match.end(), kinds, False))
            continue  # 'talks between A and B resumed in Z, hosted by C': C takes part
        verb = match.group("verb").lower()
        if verb == "hosts" and HOUSES.search(before):
            continue  # 'A, whose ministry hosts the X team': houses it, a standing fact
        if verb.startswith("br") and GROUPS_THEM.search(before[-80:]):
            continue  # 'the X, a coalition bringing together A and B': members, not a meeting
        participle = template.text[: match.start()].endswith(", ")  # 'A, meeting B, said'
        unreal = not participle and _unreal_after(template.text, verb, match.end())
        if unreal or DENIED.search(template.text, match.end()):
            continue
        if NOT_HAPPENED.match(template.text, match.end()):
            continue
        end = _clause_end(template, match.end())
        away = _remote(template, match, end)
        if away is None:
            continue  # 'met B by video link on Monday'
        between = BETWEEN.search(verb) is not None
        hosts = [] if between else _object_and(template, match, kinds)
        if hosts is None:
            hosts = _hosts(template, match, kinds) or _elided(template, match, kinds)
        hosts = _chairs_in(template, match, kinds) + hosts  # 'chaired by A and attended by B'
        if NOMINAL_AT.search(before) and HIS_COUNTERPART.match(template.text, match.end()):
            owner = _first_person(template, before, kinds)  # 'A said ... at a meeting with his
            hosts = list(dict.fromkeys(owner + hosts))  # counterpart B': A met B
        if not hosts and then:
            hosts = found[-1].hosts  # "A met B, before meeting C": A met C too
        received = verb.startswith(("rece", "host", "welc", "gree"))
        if not hosts and not received and ELIDED_AND.search(before):  # not 'and welcomed X's'
            hosts = found[-1].hosts if found else _first_person(template, before, kinds)
            hosts = _with_companions(template, before, kinds, hosts)
        guests = [  # not one joining from afar: ', with C joining by video link'
            g for g in _guests(template, match.end(), kinds, between) if g not in {*hosts, *away}
        ]
        if WAR_WITH.search(verb):  # 'A and B discussed the war with the X group': a topic
            guests = [g for g in guests if kinds.get(g) == "Person"]
        convener = _convener(template, before, kinds, found) if between and not hosts else []
        if convener:  # 'A hosted a meeting between B and C': one meeting of all three
            hosts, guests = convener + [g for g in guests if g not in convener], []
        guests = [] if _signed_alone(template, verb, match.end(), end) else guests
        hosts = hosts if guests or len(hosts) != 1 else _org_run(template, match, kinds, hosts)
        if not guests and re.match(r"(?:during|at|in)\s", verb):  # 'A told B in a meeting'
            hosts = _clause_people(template, match, kinds) or hosts
        alone = not guests and len(hosts) >= 2 and not OBJECT.match(template.text, match.end())
        if alone and UNNAMED_GROUP.match(template.text, match.end()):  # 'with officials'
            alone = not _one_side(template, match, hosts)  # 'A, led by B, held talks with'
        together = re.search(r"together|jointly", verb) is not None and not _among(verb)
        if guests and _listed_after(template, match, hosts, kinds):
            hosts, guests, alone = guests, [], True  # 'X leaders met in Z: A, B and C'
        joint = together or alone or bool(convener)  # "A and B met in Z"
        if JOINT_ONLY.fullmatch(verb) and not alone:
            continue  # 'A discussed B's plan': no meeting; 'A and B discussed trade': one
        if JOINT_ONLY.fullmatch(verb) and CALLED.search(template.text, 0, match.start()):
            continue  # 'a phone call from B, during which the two discussed ...': no meeting
        if joint:
            hosts, guests = hosts[:1], hosts[1:]
        elif _among(verb) and len(guests) >= 2 and not hosts:
            hosts, guests = guests[:1], guests[1:]
        if (
            verb.endswith(("visited", "visits", "visiting"))
            and not together
            and not _visited_person(template, match.end(), kinds)
        ):
            continue  # 'visited Z': a visit (VISITED), not a meeting
        unnamed = _unnamed_side(template, match, end, hosts, guests)  # 'received the delegation'
        direct = _direct(template, match.end(), guests) or _agent(template, match)
        direct = direct or (received and _group_received(template, match.end(), guests))
        if received and not (direct or unnamed):
            continue
        if received and not hosts and len(guests) >= 2 and _country_hosts(template, match, kinds):
            hosts, guests, joint = guests[:1], guests[1:], True  # 'Egypt hosted A and B'
        if (hosts and guests) or unnamed:
            found.append(Found(hosts, guests, verb, received, match.start(), end, joint))
    return found


# a relative clause whose 'hosts' says what a place or a body houses
HOUSES = re.compile(r"\b(?:whose|which|that)\s+(?:[\w\-]+\s+){0,3}$", re.I)
# a body that groups those named after it: 'the X, an umbrella brand that brings together
# A and B', 'the AES, bringing together Mali and Niger'
GROUPS_THEM = re.compile(
    r"(?:\b(?:coalition|alliance|umbrella|bloc|front|room|brand|platform|network|grouping|"
    r"confederation|federation|union|body|office|list|council|movement|group)\s*,?|"
    r"⟧(?:\s*\(⟦\d+⟧\))?\s*,)\s+(?:(?:that|which)\s+)?(?:now\s+|also\s+)?$",
    re.I,
)


# a topic that names a party of its own: 'discussed the war with X', 'the border dispute with X'
WAR_WITH = re.compile(
    r"\b(?:war|conflict|fighting|clashes|tensions|dispute|feud|confrontation)\s+(?:with|against)$",
    re.I,
)
NOMINAL_AT = re.compile(r"\b(?:at|in|during)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?$", re.I)
HIS_COUNTERPART = re.compile(r"\s+(?:his|her)\s+(?:[\w\-]+\s+){0,2}?counterparts?\b", re.I)
# what a meeting was for: 'for (a) (two-day) talks with', 'for a summit of'
PURPOSE = re.compile(r"\bfor\s+(?:(?:an?|the)\s+)?(?:[\w\-]+\s+){0,2}?$", re.I)


def _purpose_of(text: str, meeting: Found, start: int) -> bool:
    """The trigger at ``start`` names what the meeting before it was for ('hosted B in Z for
    talks with C'), not a later one ('met B in Z, then drove to W for talks with C')."""
    inside = start < meeting.end and PURPOSE.search(text, max(0, start - 60), start) is not None
    return inside and not ONWARD.search(text, meeting.start, start)


ONWARD = re.compile(rf"\b(?:then|later|afterwards|{JOURNEY})\b", re.I)


def _country_hosts(template: Template, match: re.Match[str], kinds: dict[str, str]) -> bool:
    """'Egypt hosted Hamas and Fatah delegations': a country (never a party, SCHEMA C6) as the
    host; the guests it brought together met one another."""
    before = template.text[: match.start()]
    named = template.ids(before[_clause_start(before, template.text) :])
    return bool(named) and all(kinds.get(i) == "Place" for i in named)


CHAIRED_BY = re.compile(
    r"\b(?:chaired|co-chaired|hosted|presided\s+over|led)\s+by\s+(?:[\w\-]+\s+){0,3}?"
    r"(⟦\d+⟧(?:\s*,\s*⟦\d+⟧)*(?:,?\s+and\s+⟦\d+⟧)?)",  # 'co-chaired by A and B'
    re.I,
)


def _chairs_in(template: Template, match: re.Match[str], kinds: dict[str, str]) -> list[str]:
    """'The meeting in Z was chaired by A and attended by B': A, named inside the trigger."""
    if not match.group("verb").lower().endswith("attended by"):
        return []
    slots = CHAIRED_BY.findall(match.group(0))
    return [i for i in template.ids(" ".join(slots)) if kinds.get(i) in ACTOR_TYPES]


# a plan, not a meeting; a modal in a fronted aside is not the clause's ('In a move that
# would have been unthinkable, A met B')
FUTURE = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:also\s+|still\s+|originally\s+|initially\s+)?"
    r"(?:expected|due|scheduled|set|slated|likely)\s+to|"
    r"(?<!\bthat\s)(?<!\bwhich\s)(?:will|would)(?![^,;]*,\s+⟦)|"
    r"plans?\s+to|planned\s+to|intends?\s+to)\s",
    re.I,
)


def _clause_before(text: str, end: int) -> str:
    before = text[:end]
    return before[_clause_start(before, text) :]


ASKED = re.compile(r"[^.!;]*\?")
# the meeting just told, attended by more people: 'received B, in a meeting attended by C',
# 'A hosted a X meeting on 5 May attended by B'
ATTENDED = re.compile(
    r",?\s+(?:(?:in|at)\s+a|(?:hosted|held|chaired|co-chaired|convened)\s+(?:a|an|the))\s+"
    r"(?:[\w\-⟦⟧]+\s+){0,2}?meeting\s+(?:(?:on|in|at)\s+[^,;.]{1,30}?\s+)?attended\s+by$",
    re.I,
)


def _attended_too(meeting: Found, more: list[str]) -> Found:
    guests = meeting.guests + [m for m in more if m not in meeting.guests + meeting.hosts]
    return replace(meeting, guests=guests, joint=True)


JOINER = re.compile(r",\s+(?:hosted|mediated|facilitated|brokered|chaired)\s+by\b", re.I)


# "A met B, before meeting C": the subject of the sentence's last meeting meets C too
GERUND = re.compile(r"\b(?:before|after|while|when)\s+meeting(?:\s+with)?$", re.I)


CALLED = re.compile(
    r"\b(?:phone|telephone|video)\s*(?:call|conversation|conference)|\bcall\s+(?:from|with)\b", re.I
)


# a meeting only of the subjects together: 'A and B discussed trade', not 'A discussed B's plan'
JOINT_ONLY = re.compile(r"discussed|exchanged\s+(?:\w+\s+)?views|co-?chaired|co-?hosted")
UNNAMED = re.compile(  # 'a Qatari delegation (in Z)', not 'a delegation of / led by X'
    r"\b(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?delegation\b"
    r"(?!\s+(?:of|from|led|headed|including|comprising|composed|representing)\b)"
    r"(?!\s*,?\s*⟦)",
    re.I,
)

ONE_SIDE = re.compile(r"\b(?:led|headed|chaired|accompanied|including|comprising)\b", re.I)


def _one_side(template: Template, match: re.Match[str], hosts: list[str]) -> bool:
    """The subjects are one party ('a Hamas delegation led by A'), not two who met."""
    slots = [m for m in SLOT.finditer(template.text, 0, match.start())
             if template.slots[int(m.group(1))] in hosts]  # fmt: skip
    between = template.text[slots[0].end() : slots[-1].start()] if slots else ""
    return ONE_SIDE.search(between) is not None and re.search(r"\band\b", between) is None


# 'met (with) Palestinian factions', 'held talks with tribal elders': a group the report may
# name later, told right after the trigger (not 'officials of X', 'leaders including X')
UNNAMED_GROUP = re.compile(
    r"\s*(?:(?:a|an|the)\s+(?:[\w\-]+\s+)?(?:meeting|session|gathering)\s+(?:of|with)\s+)?"
    # 'met a group of Northern Province parliamentarians'
    r"(?:(?:a|the)\s+(?:[\w\-]+\s+)?group\s+of\s+(?:⟦\d+⟧\s+)?)?"
    r"(?:with\s+)?(?:(?:the|a|an|several|some|senior|top|local|visiting|two|three|four|five|six|"
    r"both|all)\s+)*(?:[A-Z][\w\-]*\s+){0,2}"
    r"(?:[a-z][\w\-]*\s+)?(?:factions|officials|leaders|representatives|delegates|envoys|"
    r"counterparts|figures|elders|chiefs|commanders|negotiators|mediators|parties|ministers|"
    r"guests|visitors|delegations|teams|participants|diplomats|ambassadors|parliamentarians|"
    r"lawmakers|legislators|MPs|senators|governors)\b"
    r"(?!\s+(?:of|from|led|headed|including|such|like|representing)\b)(?!\s*,?\s*⟦)"
)


def _group_received(template: Template, start: int, guests: list[str]) -> bool:
    """'received the three visiting ministers in Z, in the presence of A and B': a group the
    sentence does not name, received before those named (they were there too)."""
    return bool(guests) and UNNAMED_GROUP.match(template.text, start) is not None


def _unnamed_side(
    template: Template, match: re.Match[str], end: int, hosts: list[str], guests: list[str]
) -> bool:
    """'A Turkish delegation met X': one side is a delegation whose members the report may
    name later (they join the meeting then; a meeting nobody joins is dropped)."""
    if bool(hosts) == bool(guests):
        return False
    side = template.text[: match.start()] if not hosts else template.text[match.end() : end]
    return bool(UNNAMED.search(side) or (hosts and UNNAMED_GROUP.match(side)))


UNREAL = re.compile(
    r"\b(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:denied|"
    r"planned|scheduled|expected|proposed|cancell?ed|postponed|called\s+off|ruled\s+out|"
    r"pencill?ed\s+in|requested|sought)|"
    r"would|could|might|has\s+yet\s+to|have\s+yet\s+to|is\s+to\s+be|will\s+be|will\s+not|won['’]t|"
    r"floated|mooted|never\s+took\s+place|did\s+not\s+take\s+place|"
    r"remains?\s+(?:still\s+)?[\"“]?on\s+the\s+(?:table|agenda)|"
    r"(?:has|have|had)\s+not\s+been\s+confirmed|not\s+confirmed|"
    r"(?:remains?|is|was)\s+(?:unconfirmed|unanswered)|"
    r"(?:remains?|is|was)\s+(?:still\s+)?[\"“]?(?:not\s+on|off)\s+the\s+(?:table|agenda))\b",
    re.I,
)


# what a meeting held from afar is called: not met in person
REMOTE_WORDS = r"(?:phone|telephone|video|virtual|online)"
PHONED = re.compile(rf"\b(?:{REMOTE_WORDS}|videoconference)\b", re.I)
# the meeting's noun told remote just before it: 'took part in a virtual meeting with X'
REMOTE_BEFORE = re.compile(rf"\b{REMOTE_WORDS}\s+(?:[\w\-]+\s+)?$", re.I)
# 'met B by video link', 'met B virtually': no meeting in person (SCHEMA: a meeting is met)
REMOTE = re.compile(
    r"\b(?:by|via|over)\s+(?:a\s+|an\s+)?(?:video|phone|telephone|videoconference|"
    r"teleconference|zoom)\b|\bvirtually\b|\bonline\b",
    re.I,
)

# one taking part from afar, after the meeting: ', with C joining by video link'
JOINED_REMOTELY = re.compile(
    r",\s+(?:while\s+|and\s+)?(?:with\s+)?(?:the\s+)?(?:[\w\-]+\s+){0,3}?⟦\d+⟧\s+(?:joining|"
    r"taking\s+part|participating|attending|dialling\s+in|dialing\s+in|(?:who\s+)?joined)\s+"
    r"(?:remotely|virtually|online|(?:by|via|over)\s+(?:a\s+)?(?:video|phone|telephone|"
    r"videoconference|teleconference|zoom))",
    re.I,
)


def _remote(template: Template, match: re.Match[str], end: int) -> list[str] | None:
    """Those of the clause who join from afar (', with C joining by video link'); None if the
    meeting itself is remote ('met B by video link')."""
    if not REMOTE.search(template.text, match.end(), end):
        return []
    remote = JOINED_REMOTELY.search(template.text, match.end(), end)
    if remote is None or REMOTE.search(template.text, match.end(), remote.start()):
        return None
    return template.ids(remote.group(0))


# 'talks between A and B', 'a forum gathered A and B' (not 'A gathered B': A too): no host
# 'the meeting at the ministry - A (X), B (Y) and C -': the trigger ends on the dash
SET_OFF = re.compile(r"\s[-–—]$")
BETWEEN = re.compile(
    r"\b(?:between|among|involv\w+|participation\s+of)$|\s(?:gathered|drew|featured)$|"
    + SET_OFF.pattern
)
DENIED_BEFORE = re.compile(  # "X denied reports by Y that A had met B", "X denied that A met B"
    r"\b(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing))\s+"
    r"(?:(?:[\w’'\-]+|⟦\d+⟧)\s+){0,8}?"
    r"(?:reports?|claims?|allegations?|rumou?rs?|accounts?)\b[^.;]{0,120}?\bthat\s[^.;]*$|"
    # 'X denied, in a post on its Telegram channel, that A had met B': an aside before 'that'
    r"\bden(?:y|ies|ied|ying)(?:\s*,\s+[^,;.]{1,80},)?\s+that\s[^.;]*$",
    re.I,
)
DENIED = re.compile(  # "X reportedly met Y in Z - both sides deny this"
    r"\b(?:den(?:y|ies|ied)|dismissed|rejected)\s+(?:this|it|that|the\s+(?:reports?|claims?|"
    r"meeting|talks))\b|\bwhich\s+(?:\S+\s+){1,4}?(?:has\s+|had\s+)?(?:denied|dismissed)\b|"
    r"\b(?:were|was|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:denied|dismissed|rejected)\s+by\b|"
    # "said reports that A met B in Z are completely fabricated"
    r"\b(?:are|were|is|was)\s+(?:[\"“]?(?:completely|entirely|totally|utterly)\s+)?[\"“]?"
    r"(?:fabricated|false|baseless|untrue|unfounded|groundless|fake)\b",
    re.I,
)
# "the meeting between A and B, planned for May, did not take place" (not 'A met B; a second
# meeting never happened': another meeting named between them)
NOT_HAPPENED = re.compile(
    r"(?:(?!\b(?:meeting|meetings|talks|summit|visit)\b)[^.;]){0,200}?"
    r"\b(?:did\s+not|didn['’]t|never|"
    r"has\s+not|have\s+not|had\s+not|has\s+yet\s+to|failed\s+to)\s+(?:\w+\s+)?"
    r"(?:take\s+place|took\s+place|happen|happened|materiali[sz]e)\b",
    re.I,
)


def _unreal_after(text: str, verb: str, start: int) -> bool:
    """'A meeting between A and B ... was denied / is planned for June / would be the next
    step': a meeting named by a noun whose own verb, later, says it did not happen."""
    if not re.match(r"(?:meeting|talks|summit)\b", verb):
        return False
    fronted = FRONTED_TALKS.match(text[:start])  # 'Following talks with B, A said C would': the
    stop = re.search(r",\s" if fronted else r";(?:\s|$)|\.\s*$", text[start:])  # main clause's
    return bool(UNREAL.search(text, start, start + stop.start() if stop else len(text)))


# talks told in a fronted adverbial: 'After / Following (his) talks with B in Z, A said ...'
FRONTED_TALKS = re.compile(
    r"^\W*(?:after|following|during|at\s+the\s+end\s+of)\s+(?:his\s+|her\s+|their\s+|the\s+)?"
    r"(?:[\w\-]+\s+)?(?:meeting|talks|summit)\b",
    re.I,
)
ELIDED = re.compile(r"\band\s+(?:was|were)\s+(?:\w+\s+)?$", re.I)
OBJECT_AND = re.compile(r"⟦\d+⟧\s+and\s+(?:then\s+|later\s+|also\s+)?$")


def _object_and(
    template: Template, match: re.Match[str], kinds: dict[str, str]
) -> list[str] | None:
    """'A met B and interacted with C': the second verb leaves out its subject, which is
    the first verb's (A), not the name before 'and' (B); None unless the sentence says so."""
    before = template.text[: match.start()]
    if not OBJECT_AND.search(before):
        return None
    reach = max(0, len(before) - CLAUSE_REACH)  # linear work in a sentence that never ends
    first = [m for m in TRIGGER.finditer(before, reach) if not BETWEEN.search(m.group("verb"))]
    if not first or CLAUSE_END.search(before, first[-1].end()):
        return None
    return _hosts(template, first[-1], kinds)


# 'X flew to Z, after the floods, and met Y': a verb after ', and' whose subject is left out
ELIDED_AND = re.compile(r",\s+and\s+(?:then\s+|later\s+|also\s+)?$", re.I)


def _elided(template: Template, match: re.Match[str], kinds: dict[str, str]) -> list[str]:
    """'X arrived in Z and was welcomed by Y': the subject of the sentence, left out of the
    second verb, is the guest."""
    before = template.text[: match.start()]
    if not ELIDED.search(before):
        return []
    first = _first_person(template, before, kinds, True)
    return _with_companions(template, before, kinds, first)  # 'A, accompanied by B, and was'


COMPANION = re.compile(
    r"\b(?:accompanied|joined|flanked)\s+(?:(?:on|during|throughout)\s+(?:his|her|their|the)\s+"
    r"(?:tour|visit|trip|walk)\s+)?by\s+[^;]*",
    re.I,
)
COMPANIONS_END = re.compile(r"\b(?:where|who|whom|which|when|after|before|while|met|held)\b", re.I)


def _with_companions(
    template: Template, before: str, kinds: dict[str, str], subject: list[str]
) -> list[str]:
    """The subject and the people who came with it ('accompanied by his deputy, B, and C')."""
    match = COMPANION.search(before)
    end = COMPANIONS_END.search(match.group(0)) if match else None
    found = template.ids(match.group(0)[: end.start() if end else None]) if match else []
    return list(dict.fromkeys(subject + [i for i in found if kinds.get(i) == "Person"]))


CONVENED = re.compile(
    r"(?:⟦(?P<host>\d+)⟧|,\s+and)\s+(?:also\s+|later\s+|then\s+)?"
    r"(?:hosted|chaired|convened|organi[sz]ed|brokered|mediated|arranged|"
    r"joined|attended|sat\s+in\s+on)\s+"  # 'A sat in on a meeting between B and C': A too
    r"(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}?$"
)


def _convener(
    template: Template, before: str, kinds: dict[str, str], found: list[Found]
) -> list[str]:
    """Who hosted or chaired 'a meeting between B and C' (a person or a body, never a
    country: SCHEMA C6), by name or as the subject a second verb leaves out."""
    match = CONVENED.search(before)
    if match is None:
        return []
    if match.group("host") is None:
        return found[-1].hosts[:1] if found else _first_person(template, before, kinds)
    host = template.slots[int(match.group("host"))]
    return [host] if kinds.get(host) in ("Person", "Organization") else []


def _first_person(
    template: Template, before: str, kinds: dict[str, str], or_actor: bool = False
) -> list[str]:
    """The sentence's first person (or, ``or_actor``, its first actor if it names no person):
    the subject a second verb leaves out."""
    actors = participants(template, before, kinds)
    people = [a for a in actors if kinds[a] == "Person"]
    return (people or (actors if or_actor else []))[:1]


def _signed_alone(template: Template, verb: str, start: int, end: int) -> bool:
    """'A and B signed an agreement in Z to integrate the SDF': the signatories are its
    parties; the names after it are parties only after 'with'."""
    return verb.startswith("signed") and not re.search(r"\bwith\b", template.text[start:end])


def _among(verb: str) -> bool:
    """Triggers that name every party after them ('a meeting between A and B', 'talks
    attended by A and B', 'talks were held in Z between A and B')."""
    words = (
        "between", " of", "attended by", "brought", "bring", "involv", "gathered", " drew",
        " featured",
    )  # fmt: skip
    listed = HELD_WITH.search(verb) is not None or SET_OFF.search(verb) is not None
    return listed or any(word in verb for word in words)


HELD_WITH = re.compile(r"\bheld\b.*\bwith$", re.S)


def _clause_end(template: Template, start: int) -> int:
    end = CLAUSE_END.search(template.text, start)
    return end.start() if end else len(template.text)


def _visited_person(template: Template, start: int, kinds: dict[str, str]) -> bool:
    """'visited President X' (a person, titles before): a visit with a counterpart."""
    first = re.search(r"⟦\d+⟧", template.text[start:])
    person = first is not None and kinds.get(template.ids(first.group())[0]) == "Person"
    return person and _plain_before_name(template, start)


def _direct(template: Template, start: int, guests: list[str]) -> bool:
    """'received X' / 'received on Monday the visiting X', not 'received his training in X'."""
    return bool(guests) and (
        _plain_before_name(template, start)
        or DELEGATION_FIRST.match(template.text, start) is not None
    )


# 'received a delegation from the regional government led by X': the delegation is the guest
DELEGATION_FIRST = re.compile(
    r"\s+(?:(?:on|in|at)\s+\w+\s+)?(?:(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:delegation|team)|"
    r"(?:the\s+|two\s+|three\s+|several\s+)?(?:[\w\-]+\s+)?(?:delegations|teams))\s+"
    r"(?:of|from|led|headed)\b",
    re.I,
)


# an envoy's title and the place it is to, before the envoy's name: 'Ambassador to Z ⟦X⟧'
ENVOY_TO = re.compile(
    r"\s+((?:[\w\-]+\s+){0,4}?(?:ambassador|envoy|representative|coordinator|consul|"
    r"commissioner))\s+(?:to|for|in)\s+(?:the\s+)?(?:⟦\d+⟧|(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*){0,2})"
    r"\s+(?=⟦)",
    re.I,
)


def _plain_before_name(template: Template, start: int) -> bool:
    """Only articles, titles, times and role words between ``start`` and the next name."""
    envoy = ENVOY_TO.match(template.text, start)  # 'received Ambassador to ⟦Z⟧ ⟦X⟧'
    first = SLOT.search(template.text, envoy.end() if envoy else start)
    if not first:
        return False
    words = re.findall(
        r"[A-Za-z]+", envoy.group(1) if envoy else template.text[start : first.start()]
    )
    allowed = DIRECT | cues.PERSON_TITLES | cues.DEMONYMS | cues.STOP_NAMES
    plural = {w for w in words if w.endswith("s") and w[:-1].lower() in cues.PERSON_TITLES}
    rest = [w.lower() for w in words if not (w.lower() in DIRECT or w[0].isupper())]
    role = bool(rest) and rest[0] in cues.PERSON_TITLES  # 'received the head of mission of X'
    # 'received by the brigade commander, Brig Gen X', 'the police chief, X': a body's title
    role = role or (
        bool(rest) and rest[-1] in cues.PERSON_TITLES and set(rest[:-1]) <= cues.ORG_HEADS
    )
    titles = all(w.lower() in allowed or w[0].isupper() or w in plural for w in words)
    return titles or _titled(words) or role  # 'received the visiting ministers X and Y'


PASSIVE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+\s+)?$", re.I)
AGENT_FIRST = re.compile(  # 'by X', 'by the transitional president, X'
    r"[^,;.⟦]{0,40}?\bby\s+(?:[\w.\-]+\s+){0,4}?(?:(?-i:[a-z])[\w\-]+,\s+)?⟦"
)


def _agent(template: Template, match: re.Match[str]) -> bool:
    """'was welcomed at the airport by X': a passive reception whose first name is its agent."""
    passive = PASSIVE.search(template.text, 0, match.start()) is not None
    return passive and AGENT_FIRST.match(template.text, match.end()) is not None


NOT_A_TITLE_PHRASE = {"in", "from", "to", "for", "at", "with", "by", "on", "into", "as"}


def _titled(words: list[str]) -> bool:
    """'hosted Sudanese paramilitary leader X': a short noun phrase that ends in a title
    (no preposition in it: 'received his training in X' is no guest)."""
    from actorgraph.extract import cues

    lower = [w.lower() for w in words]
    short = 0 < len(lower) <= 6 and not NOT_A_TITLE_PHRASE.intersection(lower)
    return short and lower[-1] in cues.PERSON_TITLES


def _refused(text: str, position: int) -> bool:
    """'A boycotted the talks with B', 'it is unclear whether A met B', 'if A meets B, ...':
    a meeting refused, asked about or supposed, not one that happened."""
    refused = REFUSED.search(text, max(0, position - 60), position)
    return refused is not None or UNSURE.search(text, max(0, position - 120), position) is not None


def _negated(text: str, position: int) -> bool:
    """'did not meet', 'denied meeting'; 'denied that ... reports of a meeting with X'."""
    if re.search(r"\b(?:not|never|no|denied|refused)\s+(?:\w+\s+)?$", text[:position]):
        return True
    if NOT_AWARE.search(text, max(0, position - 60), position):
        return True  # 'was not aware of any meeting between A and B'
    if NEITHER_NOR.search(text, max(0, position - 160), position):
        return True  # 'neither A nor his officials met B'
    if CALLED_OFF.search(text, max(0, position - 60), position):
        return True  # 'the postponement of the summit-level meeting between A and B'
    if PROPOSED.search(text, max(0, position - 60), position):
        return True  # 'rejected proposals for a face-to-face meeting with B'
    return bool(DENIED_REPORT.search(text[:position]))


NOT_AWARE = re.compile(r"\b(?:not|un)\s*aware\s+of\s+(?:any|a)\s+(?:[\w\-]+\s+)?$", re.I)
NEITHER_NOR = re.compile(r"\bneither\b[^.;]{1,80}\bnor\b[^.;]{1,60}$", re.I)
REFUSED = re.compile(
    r"\b(?:rejected|rejects|boycotted|boycotts|boycotting|skipped|skips|declined|declines|"
    r"shunned|snubbed|cancell?ed|postponed|called\s+off|ruled\s+out|suspended|broke\s+off|"
    r"pulled\s+out\s+of|withdrew\s+from|refused|refuses)\s+(?:(?:the|a|an|any|further|planned|"
    r"its|his|her|their|direct|new)\s+)*(?:[\w\-]+\s+)?$",
    re.I,
)
# a meeting only asked about or supposed: 'unclear whether A met B', 'if A meets B'
UNSURE = re.compile(r"(?:\bwhether|^\W*if|,\s+if)\s+[^,;.]*$", re.I)
CALLED_OFF = re.compile(
    r"\b(?:postponement|cancell?ation|cancell?ing|postponing|delay(?:ing)?|suspension|"
    r"scrapping|calling\s+off)\s+of\s+(?:the|a|an|this|their|his|her)\s+(?:[\w\-]+\s+){0,3}?$",
    re.I,
)
PROPOSED = re.compile(  # a meeting only asked for: 'proposals for a meeting with B'
    r"\b(?:proposals?|calls?|offers?|requests?|invitations?|demands?|bids?|pleas?)\s+"
    r"(?:for|to\s+hold)\s+(?:an?|the|any|further|new)\s+(?:[\w\-]+\s+){0,2}?$",
    re.I,
)
DENIED_REPORT = re.compile(
    r"\b(?:denied|denies|dismissed|rejected)\b[^.;]*\breports?\s+of\s+(?:an?\s+)?$"
)


# people named by their body ('IGAD leaders', 'the heads of state of X') as a clause's subject
BODY_PEOPLE = (
    r"(?:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|heads|ministers|"
    r"foreign\s+ministers|presidents|chiefs|envoys|delegates|commanders|negotiators)"
)
SPOKEN_FOR = re.compile(
    rf"(?:⟦\d+⟧\s+(?:[\w\-]+\s+){{0,2}}?{BODY_PEOPLE}|\b{BODY_PEOPLE}\s+of\s+(?:the\s+)?⟦\d+⟧"
    r"(?:\s+\(⟦\d+⟧\))?)\s*$",
    re.I,
)
COLON_LIST = re.compile(r"[^.;:]{0,80}:\s")  # 'met in ⟦Z⟧ on Friday: A, B and C'
INTRANSITIVE = {"met", "meet", "gathered", "convened", "held talks"}  # verbs with no object


def _listed_after(
    template: Template, match: re.Match[str], hosts: list[str], kinds: dict[str, str]
) -> bool:
    """'The three heads of state of X met in Z: A, B and C': the list after the colon names
    the subject's people, who met jointly; the body they stand for is not a party."""
    colon = COLON_LIST.match(template.text, match.end())
    if colon is None or match.group("verb").lower() not in INTRANSITIVE:
        return False
    if any(kinds.get(i) != "Place" for i in template.ids(colon.group(0))):
        return False  # only where and when before the colon, no one met
    if not hosts:
        return True  # 'Four mediators met in Z: A, B, C and D': no one named before
    before = template.text[: match.start()]
    return all(kinds.get(h) == "Organization" for h in hosts) and bool(SPOKEN_FOR.search(before))


def _guests(template: Template, start: int, kinds: dict[str, str], every: bool) -> list[str]:
    end = CLAUSE_END.search(template.text, start)
    while end and SEMICOLON_ITEM.match(template.text, end.start()):  # 'A, title; B, title'
        end = CLAUSE_END.search(template.text, end.end())
    span = template.text[start : end.start() if end else len(template.text)]
    nxt = TRIGGER.search(span)  # "A met B, and later C": stop at the next meeting
    span = span[: nxt.start()] if nxt else span
    second = nxt is not None and not JOINT_ONLY.fullmatch(nxt.group("verb").lower())
    subject = NEXT_SUBJECT.search(span) if second else None  # 'met B, and C met D': not C
    span = span[: subject.start()] if subject else span
    topic = TOPIC_EXAMPLES.search(span)  # 'a meeting on security, including the work of X'
    span = THAT_CLAUSE.sub(" ", span[: topic.start()] if topic else span)
    return participants(template, span, kinds, every)


# the examples of a meeting's topic: 'held a meeting on maritime security, including the work
# of X' (X is what they discussed)
TOPIC_EXAMPLES = re.compile(
    r"(?:^\s*|\b(?:meeting|talks|session|consultations|discussions?)\s+)on\s+(?!\w+day\b)[^⟦,;]{1,60},\s+"
    r"(?:including|such\s+as|notably|especially)\b"
)


# the subject of the next meeting's clause: '..., and C met D', '... while C and D held talks'
NEXT_SUBJECT = re.compile(
    r"(?:,\s+(?:and|while|whereas|but)\s+|\s+(?:while|whereas)\s+)"
    r"(?:(?:the\s+)?(?-i:[A-Z])[\w.\-’']*\s+){0,5}?⟦\d+⟧(?:(?:\s*,\s+|,?\s+and\s+)⟦\d+⟧)*"
    r"\s+(?:(?:also|then|later|separately|each)\s+)?$"
)


# a list whose items carry titles goes on after a semicolon: '...from A, envoy; B, chair; and C',
# '... brought together a X delegation led by A; the Y team, headed by B; and envoy C'
SEMICOLON_ITEM = re.compile(
    r"\s*;\s+(?:and\s+)?(?:(?:the|a|an)\s+)?(?:(?:[\w\-.’']+|⟦\d+⟧)\s+){0,3}?"
    r"(?:(?:delegation|team|side|mission)\s*,?\s+(?:led|headed|chaired)\s+by\s+"
    r"(?:[\w\-.]+\s+){0,3}?)?⟦\d+⟧\s*(?:\([^()]{1,40}\)\s*)?(?:[,;]|\.?$)"
)


CLAUSE_REACH = 1000  # characters before a trigger in which its clause starts (linear work)


def _clause_start(before: str, text: str | None = None) -> int:
    """Where the clause ending ``before`` starts (``text``, the whole sentence, lets a
    boundary look past it: 'A met B as C held talks with D'); in a sentence that never
    ends, no further back than ``CLAUSE_REACH``."""
    reach, whole = max(0, len(before) - CLAUSE_REACH), text or before
    found = SUBJECT_START.finditer(whole, reach, min(len(whole), len(before) + CLAUSE_REACH))
    starts = [m for m in found if m.end() <= len(before) and not _list_goes_on(before, m)]
    return starts[-1].end() if starts else reach


LISTING = re.compile(r"(?:including|comprising|together\s+with|along\s+with|alongside)\b")


# the person a relative clause is about: 'his contacts with X, who met Y', 'met X, the envoy
# who negotiated with Y', 'X, who had just returned from talks with Y' (not 'who said', nor
# 'who took part in the talks with Y': one joining the sentence's meeting)
WHO_MET = re.compile(
    r"(⟦\d+⟧)(?:\s*\(⟦\d+⟧\))?(?:\s*,\s+(?:the|a|an)\s+(?:(?-i:[a-z])[\w\-]*\s+){0,2}?"
    r"(?-i:[a-z])[\w\-]*)?\s*,?\s+who\s+(?!(?:also\s+)?(?:said|says|told|denied|claimed|added|"
    r"took|takes|joined|joins|attended|attends|participated|sat)\b)"
    r"(?:(?-i:[a-z])[\w\-]*\s+){0,5}$"
)


def _hosts(template: Template, match: re.Match[str], kinds: dict[str, str]) -> list[str]:
    before = template.text[: match.start()]
    relative = WHO_MET.search(before)  # 'his contacts with X, who met Y': X
    named = template.ids(relative.group(1)) if relative else []
    if named and kinds.get(named[0]) == "Person":
        return named[:1]
    clause = before[_clause_start(before, template.text) :]
    hosts = participants(template, clause, kinds)
    people = [h for h in hosts if kinds[h] == "Person"]
    if people:  # 'Damascus, SANA - President al-Assad received': the person is the subject
        groups = [h for h in hosts if h not in people]  # 'a Hamas delegation led by X'
        return groups + [p for p in people if _coordinated_with(template, clause, p, people[0])]
    if hosts:  # 'Hamas and Fatah delegations held talks with X': both
        return _org_run(template, match, kinds, hosts[-1:])
    if _among(match.group("verb").lower()):
        return []  # 'a session attended by A, B and C': the parties follow, none is the subject
    if COLON_LIST.match(template.text, match.end()):
        return []  # 'Four mediators met in Z: A, B, C and D': the list is the subject's
    if ELIDED.search(before) or ELIDED_AND.search(before):
        return []  # 'A visited Z, accompanied by B, and was received by C': A (``_elided``)
    after = CLAUSE_END.search(template.text, match.end())  # "After a meeting with X, Y said"
    rest = template.text[match.end() :]
    main = MAIN_SUBJECT.search(rest)
    if main is None:
        return []
    if ROLE_OF.match(main.group(1)) and not MAIN_VERB.match(rest, main.end()):
        return []  # 'The envoy met X, commander of Y, in Z': Y is no subject (no verb after it)
    return participants(template, main.group(1), kinds)[:1] if after else []


ROLE_OF = re.compile(r"(?:the\s+)?(?:[\w.]+\s+){1,3}?(?:of|for)\s+(?:the\s+)?⟦")  # 'head of the Y'
# the main clause's verb after its subject, past an aside ('Y, the minister, said')
MAIN_VERB = re.compile(
    r"(?:\s*\(⟦\d+⟧\))?(?:\s*,[^,;]{1,80},)?\s+(?!(?:in|on|at|of|for|from|to|and|or|with|by)\b)"
    r"(?:[a-z]+ly\s+)?[a-z]"
)


# the subject of the main clause after the trigger's phrase (', Y said'; not a source:
# ', according to Y'); abbreviated titles are words of the way there (', attended by Ms. X')
MAIN_SUBJECT = re.compile(
    r",\s+(?!according\b|citing\b|as\b|said\b|before\b|after\b|while\b|when\b|with\b|by\b)((?:the\s+)?"
    r"(?:[\w.]+\s+){0,4}?⟦\d+⟧)"
)


def _clause_people(template: Template, match: re.Match[str], kinds: dict[str, str]) -> list[str]:
    """Every person of the clause before the trigger: the parties of 'in a meeting'."""
    before = template.text[: match.start()]
    found = participants(template, before[_clause_start(before) :], kinds)
    return [p for p in found if kinds[p] == "Person"]


def _org_run(
    template: Template, match: re.Match[str], kinds: dict[str, str], hosts: list[str]
) -> list[str]:
    """Organizations joined by 'and' as the subject of a meeting with nobody after it ('The
    government and the ELN resumed talks'): all of them, not a dateline source before."""
    clause = template.text[: match.start()]
    subject = participants(template, clause[_clause_start(clause) :], kinds)
    if kinds.get(hosts[0]) != "Organization" or hosts[0] not in subject:
        return hosts
    run = hosts[:1]
    for host in reversed(subject[: subject.index(hosts[0])]):
        if not _coordinated_with(template, clause, run[0], host):
            break
        run.insert(0, host)
    return run


# 'A, the head of X, and B', 'A, Deputy Prime Minister of X, and B', 'A, who came with me, and I'
APPOSED = re.compile(
    r"⟦\d+⟧\s*,\s+(?:(?:the|a|an)\s+|(?=[A-Z])|(?=who\s)|(?=(?:head|chief|leader|commander|co-chair|chair\w*|"
    r"spokes\w+|president|minister|secretary|director|deputy|member|envoy|ambassador|"
    r"representative|senior|former)\b))[^,;.⟦]{0,120}(?:⟦\d+⟧[^,;.⟦]{0,60})*(?:,\s+⟦\d+⟧)?$"
)


def _list_goes_on(before: str, start: re.Match[str]) -> bool:
    """', and' that starts no clause: ', and including B'; after 'A, the head of X,' or 'A,
    B,' it coordinates one more subject (not a verb: 'received A, Commissioner for X, and
    welcomed ...' starts a clause)."""
    if start.group().strip().lower() != ", and":
        return False
    after = start.string[start.end() :]
    if LISTING.match(after):
        return True
    head = before[max(0, start.start() - CLAUSE_REACH) : start.start()]
    verb = re.match(r"(?!(?:the|a|an)\b)[a-z]", after) is not None and not _titled_name(after)
    return not verb and bool(
        APPOSED.search(head)
        or NAMES_BEFORE.search(head)
        or LED_SIDE.search(head)
        or _role_then_name(head)
    )


# 'The Kenyan envoy, A, and B met C': a role, then the name of who holds it
ROLE_THEN_NAME = re.compile(
    r"(?:^|[,;:]|\b(?:the|our|their|his|her|its))\s*(?:[\w\-]+\s+){0,3}?([a-z][\w\-]*)\s*,\s*⟦\d+⟧\s*$",
    re.I,
)


TITLED_NAME = re.compile(r"((?:[a-z][\w\-]*\s+){1,3})⟦\d+⟧")  # 'and protection officer B'


def _titled_name(after: str) -> bool:
    titled = TITLED_NAME.match(after)
    words = titled.group(1).split() if titled else []
    verb = any(w.endswith(("ed", "ing")) for w in words[:-1])  # 'and hosted officer B'
    return bool(words) and words[-1] in cues.PERSON_NOUNS and not verb


def _role_then_name(head: str) -> bool:
    role = ROLE_THEN_NAME.search(head)
    return role is not None and role.group(1).lower() in cues.PERSON_NOUNS


# 'the X delegation, led by A, and the Y delegation, headed by B, held talks': one more side
LED_SIDE = re.compile(
    r"\b(?:delegation|team|side|mission)\s*,?\s+(?:led|headed|chaired)\s+by\s+"
    r"(?:[\w\-.’']+\s+){0,4}?⟦\d+⟧\s*$"
)
# 'A, B, and C met', 'A, Burkina Faso's Capt. B, and C met'
NAMED = r"(?:⟦\d+⟧['’]s\s+(?:[\w.\-]+\s+){0,3})?⟦\d+⟧"
NAMES_BEFORE = re.compile(rf"(?:{NAMED}\s*,\s*(?:the\s+)?)+{NAMED}\s*$")


def _coordinated_with(template: Template, clause: str, entity: str, first: str) -> bool:
    """The first person, or one joined to it by 'and' / 'as well as' / 'accompanied by'
    ('A and B met', 'A, accompanied by envoy B, met C')."""
    if entity == first:
        return True
    slots = [m for m in SLOT.finditer(clause) if template.slots[int(m.group(1))] == entity]
    joins = (
        r"(?:(?:\band|,|\bas\s+well\s+as)\s+(?:[\w⟦⟧.'’\-]+\s+){0,5}|⟧\s*/\s*|"  # 'A/B delegation'
        r"\b(?:accompanied\s+by|joined\s+by|flanked\s+by|along\s+with|together\s+with)\s+(?:\S+\s+){0,6}|"
        # the head of a delegation among the subjects: 'A and a B delegation led by C met'
        r"\b(?:delegation|team|mission),?\s+(?:led|headed)\s+by\s+(?:[\w.'’\-]+\s+){0,4})$"
    )
    return any(re.search(joins, clause[: m.start()]) for m in slots)


PARENTHESIS = re.compile(r"\([a-z][^()]*\)")  # an aside, not an acronym
# what a body does, said of it in a relative clause: 'X, a militia that has fought Y for years'
# (Y is no party; 'that day' is a time, and 'which was joined by Y' brings Y in)
THAT_CLAUSE = re.compile(
    r"(?<=[\w⟧])\s+(?:that|which)\s+(?=(?-i:[a-z]))(?!(?:day|morning|afternoon|evening|night|"
    r"week|month|year|time)\b)(?![^,;]*\b(?:with|joined|accompanied|attended|flanked)\b)[^,;]*"
)


# an organization naming the occasion or the venue, not a party: "on the sidelines of the
# ASEAN summit", "at the WPK headquarters"
OCCASION = re.compile(
    r"⟦(\d+)⟧\s+(?:[\w\-]+\s+)?(?:summit|conference|forum|session|ministerial(?!\s+delegation)|gathering|"
    r"assembly|congress|headquarters|offices?|building|compound|premises)\b|"
    # what the organization owns or runs, not the organization: "hosted a NATO planning cell"
    r"⟦(\d+)⟧\s+(?:(?-i:[a-z])[\w\-]+\s+){0,4}(?:cell|programme|program|project|plan|facility|"
    r"exercises?|drills?|initiative|fund|framework|mechanism)\b",
    re.I,
)


AT_VENUE = re.compile(
    r"\b(?:at|inside|outside)\s+(?:the\s+)?⟦(\d+)⟧(?!['’]s)", re.I
)  # 'at the Kremlin'


# a body's members told in an aside: 'The X, whose member parties include A and B, met':
# X met, not A and B
MEMBERS_ASIDE = re.compile(
    r",\s+whose\s+(?:[\w\-]+\s+){0,3}?(?:include|includes|included|comprise|comprises|"
    r"are|were)\s+[^,;]{0,120}?(?:,[^,;]{0,120}?){0,6}?\s+and\s+[^,;]{0,120},",
    re.I,
)


def participants(
    template: Template, span: str, kinds: dict[str, str], every: bool = False
) -> list[str]:
    """Actors in a span; organizations that only describe people, people named only as
    the possessor of a role ('Trump's envoy') and people in an aside ('X (son of Y)') are
    dropped (unless ``every`` actor of the span is a party)."""
    span = MEMBERS_ASIDE.sub(" ", PARENTHESIS.sub(" ", span))
    owners = {
        template.slots[int(next(g for g in m.groups() if g))] for m in POSSESSOR.finditer(span)
    }
    owners |= {i for m in DEPENDENTS_OF.finditer(span) for i in template.ids(m.group(1))}
    venues = {template.slots[int(m.group(1) or m.group(2))] for m in OCCASION.finditer(span)}
    venues |= {template.slots[int(m.group(1))] for m in AT_VENUE.finditer(span)}
    venues |= {template.slots[int(m.group(1))] for m in MODIFIER.finditer(span)}
    ids = [i for i in template.ids(span) if kinds.get(i) in ACTOR_TYPES
           and not (kinds[i] == "Person" and i in owners)
           and not (kinds[i] == "Organization" and i in venues)]  # fmt: skip
    people = [i for i in ids if kinds[i] == "Person"]
    if not people:
        return ids
    # 'talks between the AU, the Red Cross and UN envoy X' (every actor a party): all but 'UN'
    party = _listed if every else _coordinated
    return [i for i in ids if kinds[i] == "Person" or party(template, span, i)
            or _group_side(template, span, i) or _meeting_body(template, span, i)]  # fmt: skip


# the body whose meeting it is, first after 'a meeting of': '... of the X Commission held in Z,
# attended by A and B', '... of the X Committee, chaired by A'
MEETING_BODY = re.compile(
    r"^\s*(?:the\s+)?(?:⟦\d+⟧['’]s\s+)?⟦(\d+)⟧(?=\s+(?:held|convened)\b|\s*,\s+(?:chaired|"
    r"co-chaired|attended|hosted)\b)"
)


def _meeting_body(template: Template, span: str, entity: str) -> bool:
    first = MEETING_BODY.match(span)
    return first is not None and template.slots[int(first.group(1))] == entity


# an organization that only modifies the name after it ('the UN-authorised X', 'the Y-led
# government'): not a party to the meeting
MODIFIER = re.compile(
    r"⟦(\d+)⟧[-‑](?:authori[sz]ed|backed|led|run|controlled|affiliated|aligned|allied|linked|"
    r"owned|operated|sponsored|funded|supported|brokered|mediated|appointed|installed|mandated)\b"
)


DESCRIBING = re.compile(  # 'NATO chief, A', not 'the delegation of X led by A'
    r"(?!,?\s+(?:led|headed)\s+by\b)(?:'s)?\s+(?:(?!and\b)[\w\-.]+,?\s+){0,4}⟦\d+⟧"
)


LIST_HEAD = re.compile(r"^\s*(?:the\s+)?(?:⟦\d+⟧(?:\s*\(⟦\d+⟧\))?\s*,\s+(?:the\s+)?){0,5}$")
# 'leaders of A, B and C': each organization of the list sends the people who attend
PEOPLE_OF = re.compile(
    r"(?<!,\s)(?<!\bboth\s)(?<!\ball\s)(?<!\btwo\s)\b(?:leaders|representatives|delegations?|"
    r"delegates|members|officials|heads|envoys|chiefs|team)\s+(?:of|from)\s+(?:the\s+)?"
    r"(?:⟦\d+⟧(?:\s*\(⟦\d+⟧\))?(?:\s*,\s+(?:and\s+)?|,?\s+and\s+)(?:the\s+)?)*$"
)


def _listed(template: Template, span: str, entity: str) -> bool:
    """An organization among the items the span opens with ('between the AU, the Red Cross
    and X'), not one that opens a person's title ('UN envoy X')."""
    slots = [m for m in SLOT.finditer(span) if template.slots[int(m.group(1))] == entity]
    return any(
        (
            LIST_HEAD.match(span[: m.start()])
            or PEOPLE_OF.search(span[: m.start()])
            or re.search(r"\band\s+(?:the\s+)?$", span[: m.start()])
        )
        and not DESCRIBING.match(span, m.end())
        and not ROLE_AFTER.match(span, m.end())
        for m in slots
    )


# 'A, the UN coordinator, joined them': a body with a role noun after it, the item ending
# there, is the title of the person before it, not an item of the list
ROLE_AFTER = re.compile(r"\s+(?-i:[a-z][\w\-]*)(?:\s+(?-i:[a-z][\w\-]*)){0,2}\s*(?:,|$)")


GROUP_AFTER = re.compile(  # ('a joint Hamas/PIJ delegation': both bodies)
    r"(?:\s*/\s*⟦\d+⟧)?"
    r"\s+(?:(?:ministerial|high-level|senior|military|security|negotiating|technical|joint)\s+)?"
    r"(?:delegation|delegations|officials|team|representatives|envoys|negotiators|leaders|"
    r"leadership|commanders)\b|"
    # a body whose members are named: 'The X Group, made up of A, B and C, met Y'
    r"\s*,\s+(?:made\s+up\s+of|composed\s+of|consisting\s+of|comprising)\b",
    re.I,
)
GROUP_BEFORE = re.compile(
    r"\b(?:delegation|team|representatives|envoys|leaders|leadership|officials|commanders|"
    r"negotiators)\s+(?:of|from)\s+(?:the\s+)?(?:⟦\d+⟧['’]s\s+)?"  # 'of Russia's X'
    r"(?:(?-i:[a-z][a-z\-]+)\s+){0,2}$",  # 'of the newly formed X'
    re.I,
)


def _group_side(template: Template, span: str, entity: str) -> bool:
    """An organization whose delegation or officials take part: 'a Hamas delegation led by
    X met Y', 'a team from the IAEA' (SCHEMA C6)."""
    slots = [m for m in SLOT.finditer(span) if template.slots[int(m.group(1))] == entity]
    return any(
        GROUP_AFTER.match(span, m.end()) or GROUP_BEFORE.search(span[: m.start()]) for m in slots
    )


TITLE_AFTER = re.compile(  # 'and NATO chief A', not 'and the AU in Z'
    r"['’]s\s+(?:[\w\-]+\.?\s+){0,4}?⟦\d+⟧|"  # "and Fatah's A": whose A is
    r"(?:\s*\(⟦\d+⟧\))?\s+(?:(?!(?:in|at|on|to|for|with|from|by|and|or|of|over|during|after|"
    r"before|near|outside|inside)\b)[\w\-]+\.?,?\s+){1,4}"  # 'SNA Commander Brig. Gen. A'
    r"(?:(?-i:for|to|on)\s+(?:the\s+)?⟦\d+⟧,?\s+)?⟦\d+⟧"  # 'UN Envoy for Sudan A'
)


def _coordinated(template: Template, span: str, entity: str) -> bool:
    """An organization joined by 'and' to a participant ('met X and the IRGC'), not one
    that opens the next person's title ('and European Union Special Representative Y', 'and
    NATO chief Y')."""
    slots = [m for m in SLOT.finditer(span) if template.slots[int(m.group(1))] == entity]
    return any(
        re.search(r"\band\s+(?:the\s+)?$", span[: m.start()])
        and not TITLE_AFTER.match(span, m.end())
        and not (OF_LIST.search(span[: m.start()]) and not PEOPLE_OF.search(span[: m.start()]))
        for m in slots
    )


# the second of the organizations a title is of: 'A, envoy of the EAC and SADC, met B'
OF_LIST = re.compile(
    r"\b(?:of|for)\s+(?:the\s+)?⟦\d+⟧(?:\s*,\s*(?:the\s+)?⟦\d+⟧)*,?\s+and\s+(?:the\s+)?$"
)
