"""Round 37 (speed, issue 15): literal gates (``literal_gate``) must not change what a pattern
finds. Made-up sentences and generated patterns; the gated answer is compared with the pattern's
own on every text and window tried."""

import random
import re

import pytest

from pipeline.extract import flow, measure, page_dollar, quantities, ranked_aside, status
from pipeline.extract.caseless import Caseless
from pipeline.extract.literal_gate import Gated, gated, required_literals
from pipeline.extract.slots import trigger


@pytest.mark.parametrize(
    ("source", "flags", "phrases"),
    [
        (r"abc", 0, {"abc"}),
        (r"ABC", re.IGNORECASE, {"abc"}),
        (r"\b(?:19|20)\d{2}\b", 0, {"19", "20"}),
        (r"[ab]c?d", 0, {"ad", "acd", "bd", "bcd"}),
        (r"\bfollowed\sby\b|\btrailed\b", re.IGNORECASE, {"followed", "trailed"}),
        (r"x(?=abc)y", 0, {"xy"}),  # a look-ahead consumes nothing: x and y stand together
        (r"(?<=x)y", 0, {"y"}),  # the look-behind's text may lie before the window read
        (r"a(?i:b)c", 0, {"a"}),  # a group changing the case flag gives nothing
        (r"(?:ab)+", 0, {"ab"}),
        (r"(a)\1", 0, {"a"}),  # (the back-reference gives nothing; the group's letter stays)
    ],
)
def test_required_literals(source: str, flags: int, phrases: set[str]) -> None:
    assert required_literals(source, flags) == phrases


@pytest.mark.parametrize(
    ("source", "flags"),
    [
        (r"(?:x|)", 0),  # may match the empty string
        (r"a|b*", 0),
        (r".+", 0),
        (r"\u0041bc", re.IGNORECASE),  # a numeric escape under IGNORECASE may spell a letter
        (r"abc", re.VERBOSE),
    ],
)
def test_patterns_without_a_safe_set(source: str, flags: int) -> None:
    assert required_literals(source, flags) is None


_ALPHABET = "abAB ,x1K\u212aſ-"
_ATOMS = ["a", "b", "ab", "[ab]", "[a-c]", r"\d", r"\s", ".", "x", ",", "A", "(?i:a)", "k", "s"]


def _random_pattern(rng: random.Random, depth: int = 0) -> str:
    parts = []
    for _ in range(rng.randint(1, 4)):
        roll = rng.random()
        if roll < 0.55 or depth > 1:
            part = rng.choice(_ATOMS)
        elif roll < 0.75:
            part = "(?:" + "|".join(_random_pattern(rng, depth + 1) for _ in range(2)) + ")"
        elif roll < 0.85:
            part = rng.choice([r"\b", "(?<!a)", "(?=b)", "^", "$"])
        else:
            part = "(?:" + _random_pattern(rng, depth + 1) + ")"
        parts.append(part + rng.choice(["", "", "", "?", "+", "*", "{2}", "{1,2}"]))
    return "".join(parts)


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groups() == b.groups()


def test_a_gate_never_hides_a_match_of_a_generated_pattern() -> None:
    rng = random.Random(37)
    checked = 0
    for _ in range(400):
        source = _random_pattern(rng)
        flags = rng.choice([0, re.IGNORECASE])
        try:
            regex = re.compile(source, flags)
        except re.error:
            continue  # (a quantifier after an anchor)
        wrapped = gated(regex)
        if not isinstance(wrapped, Gated):
            continue
        checked += 1
        for _ in range(25):
            text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 12)))
            assert _same(wrapped.search(text), regex.search(text)), (source, text)
            assert _same(wrapped.match(text), regex.match(text)), (source, text)
            assert _same(wrapped.fullmatch(text), regex.fullmatch(text)), (source, text)
            assert wrapped.findall(text) == regex.findall(text), (source, text)
            assert [m.span() for m in wrapped.finditer(text)] == [
                m.span() for m in regex.finditer(text)
            ]
            pos, end = rng.randint(-1, 13), rng.randint(0, 14)
            assert _same(wrapped.search(text, pos, end), regex.search(text, pos, end))
            assert _same(wrapped.match(text, pos, end), regex.match(text, pos, end))
    assert checked > 100  # most generated patterns get a gate


# Sentences for the gated rules of the pipeline: each holds the words of one rule, or none.
_SENTENCES = [
    "Germany followed in third place with exports worth $2bn.",
    "B ranks fourth, and C comes next with $1.1bn.",
    "Imports from A declined $49 million in 2030.",
    "Trade contracted 4% as exports fell.",
    "A sent 5 billion US dollars of goods and 3 billion American dollars more.",
    "Exports reached 4 million metric tonnes, or $2bn in value.",
    "In physical terms, shipments rose 12%.",
    "A is among the largest buyers of B's cotton at $300m.",
    "Could turnover between A and B reach $5bn?",
    "Bilateral trade between the two countries reached $9m.",
    "Trade with both countries rose, and B was second at 9 percent.",
    "The KELVIN \u212a and the long \u017f stay on the slow path: followed by $3m.",
    "Trade grew to $4bn in 2031.",
    "",
]
_WINDOWS = [(0, 1 << 62), (0, 20), (5, 40), (10, 1 << 62), (30, 31)]


@pytest.mark.parametrize(
    "wrapped",
    [
        flow._RANK_GOES_ON,
        measure._PAST_CHANGE_BEFORE,
        measure._NEXT_AT,
        page_dollar._US_WORDS,
        quantities.physical(),
        ranked_aside._AMONG_TOP,
    ],
)
def test_gated_rules_answer_as_their_patterns(wrapped: Gated) -> None:
    assert isinstance(wrapped, Gated)
    regex = wrapped.regex
    for text in _SENTENCES:
        for pos, end in _WINDOWS:
            assert _same(wrapped.search(text, pos, end), regex.search(text, pos, end))
            assert _same(wrapped.match(text, pos, end), regex.match(text, pos, end))
        for cut in range(0, len(text) + 1, 7):  # the tails rules pass ("... with B next at ")
            assert _same(wrapped.search(text[:cut]), regex.search(text[:cut]))


def test_gated_rules_still_fire_on_their_words() -> None:
    assert flow._RANK_GOES_ON.search(_SENTENCES[0])
    assert measure._PAST_CHANGE_BEFORE.search("Imports from A declined ")
    assert measure._NEXT_AT.search("with B next at ")
    assert page_dollar._US_WORDS.search(_SENTENCES[4])
    assert quantities.physical().search(_SENTENCES[5])
    assert ranked_aside._AMONG_TOP.search(_SENTENCES[7])
    assert status._MODAL_APART.search("Could turnover between A and B reach ")
    assert trigger("partner_ref").finditer(_SENTENCES[9])


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"\b(?:could|can|may|might)\s(?:[\w'’-]+\s){1,6}(?:reach|top)\s*$", re.IGNORECASE),
        (r"(?<!\w)(bilateral|both countries|two sides)(?!\w)", re.IGNORECASE),
        (r"\bFollowed\sBY\b", re.IGNORECASE),
    ],
)
def test_a_gated_caseless_answers_as_the_ungated_one(pattern: str, flags: int) -> None:
    plain, fast = (
        Caseless(re.compile(pattern, flags)),
        Caseless(re.compile(pattern, flags), gate=True),
    )
    assert fast._gate is not None
    texts = [
        *_SENTENCES,
        "Could trade REACH ",
        "BOTH COUNTRIES traded",
        "\u212aelvin could ask to reach ",
    ]
    for text in texts:
        assert _same(fast.search(text), plain.search(text))
        for pos, end in _WINDOWS:
            assert _same(fast.search_between(text, pos, end), plain.search_between(text, pos, end))
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in fast.finditer(text, None, 5)] == [
            m.span() for m in plain.finditer(text, None, 5)
        ]
        ours, theirs = fast.twin_finditer(text), plain.twin_finditer(text)
        assert (ours is None) == (theirs is None)
        if ours is not None and theirs is not None:
            assert [m.span() for m in ours] == [m.span() for m in theirs]


def test_the_gated_trigger_kind_reads_as_before() -> None:
    gated_kind = trigger("partner_ref")
    plain = Caseless(gated_kind.pattern)
    for text in _SENTENCES:
        assert [m.span() for m in gated_kind.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
