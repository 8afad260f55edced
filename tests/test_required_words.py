"""The words a rule cannot match without (its prefilter), and the scan that finds every
overlapping match: both must leave what the rules find unchanged."""

from __future__ import annotations

import re
from dataclasses import replace

from actorgraph.extract.patterns import RELATION_RULES, Rule, rule
from actorgraph.extract.relations import _starts, matches
from actorgraph.extract.required import required
from actorgraph.extract.template import Template


def _needs(pattern: str) -> tuple[str, ...]:
    return required(re.compile(pattern, re.I))


def test_a_literal_word_is_required() -> None:
    assert _needs(r"(?:war|conflict)\s+between\s+(?P<s>⟦\d+⟧)") == ("between",)


def test_every_branch_of_an_alternation_must_require_something() -> None:
    assert _needs(r"(?:talks|summit)\s+(?:in|at)\s+⟦\d+⟧") == ("summit", "talks")
    assert _needs(r"(?:talks|\w+)\s+(?:in|at)\s+⟦\d+⟧") == ()


def test_optional_parts_and_look_arounds_require_nothing() -> None:
    assert _needs(r"(?:the\s+)?(?<!former\s)(?=chief)\w+\s+⟦\d+⟧") == ()
    assert _needs(r"(?:chiefs?\s+){1,2}of\s+⟦\d+⟧") == ("chief",)


def test_required_words_are_lower_case_for_a_lowered_sentence() -> None:
    assert _needs(r"(?-i:MP)s?\s+(?-i:Commission)\s+⟦\d+⟧") == ("commission",)


def test_a_rule_told_its_words_keeps_them() -> None:
    assert rule("r", "LEADS", r"(?P<s>{E})\s+heads\s+(?P<o>{E})", needs=("head",)).needs == (
        "head",
    )
    assert rule("r", "LEADS", r"(?P<s>{E})\s+heads\s+(?P<o>{E})").needs == ("heads",)


SENTENCES = [  # placeholders stand for entities, as in a sentence template
    "⟦0⟧ commander ⟦1⟧ met the head of ⟦2⟧, ⟦3⟧, in ⟦4⟧ on Monday.",
    "Clashes between ⟦0⟧ and ⟦1⟧ spread to ⟦2⟧, according to ⟦3⟧.",
    "- The ⟦0⟧-backed ⟦1⟧ said ⟦2⟧ fighters attacked ⟦3⟧ bases in ⟦4⟧.",
    "“We will not stop,” ⟦0⟧ spokesman ⟦1⟧ told ⟦2⟧, as ⟦3⟧ is based in ⟦4⟧.",
    "A senior ⟦0⟧ official, ⟦1⟧, said the alliance between ⟦2⟧ and ⟦3⟧ held.",
    "Units of ⟦0⟧ in ⟦1⟧ in ⟦2⟧ clashed with ⟦3⟧.",  # matches that overlap
]


def _template(text: str) -> Template:
    count = len(re.findall(r"⟦\d+⟧", text))
    return Template(text=text, slots=tuple(f"e{i}" for i in range(count)), sentence=text, start=0)


def _tried_at_each_start(each: Rule, template: Template) -> set[tuple[str, str]]:
    """The reference: the rule's pattern matched at every place it may start."""
    slots, words, _ = _starts(template.text)
    found = set()
    for start in sorted(words | slots):
        match = each.pattern.match(template.text, start)
        if match is None or (start and each.pattern.pattern.startswith("^")):
            continue
        found |= {
            (s, o) for s in template.ids(match.group("s")) for o in template.ids(match.group("o"))
        }
    return found


def test_the_scan_and_the_prefilter_find_what_trying_every_start_finds() -> None:
    hits = 0
    for text in SENTENCES:
        template = _template(text)
        for each in RELATION_RULES:
            reference = _tried_at_each_start(each, template)
            assert set(matches(replace(each, needs=()), template)) == reference, each.name
            if reference:
                assert any(word in text.lower() for word in each.needs or [""]), each.name
            hits += len(reference)
    assert hits > 10  # the sentences do exercise the rules


def test_a_gated_pattern_finds_what_the_pattern_finds() -> None:
    from actorgraph.extract.required import Gated

    pattern = re.compile(r"\b(?:talks|summit)\s+in\s+(\w+)", re.I)
    gated = Gated(pattern)
    for text in ("Talks in Oslo ended.", "They met in Oslo.", "A SUMMIT IN Rome", ""):
        found, expected = gated.search(text), pattern.search(text)
        assert (found and found.span()) == (expected and expected.span()), text


def test_patterns_tried_one_by_one_find_what_their_alternation_finds() -> None:
    from actorgraph.extract.required import FirstOf

    cues = [r"\balso\s+present\b", r"\bpresent\s+were\b", r"\bjoined\s+by\b", r"\bwere\b"]
    joined, first_of = (
        re.compile("|".join(cues), re.I),
        FirstOf([re.compile(c, re.I) for c in cues]),
    )
    texts = [
        "Also present were A and B.",
        "Present were A and B; they were joined by C.",
        "A was joined by B.",
        "Nothing here.",
        "They were also present were",
    ]
    for text in texts:
        found, expected = first_of.search(text), joined.search(text)
        assert (found and (found.span(), found.group(0))) == (
            expected and (expected.span(), expected.group(0))
        ), text
