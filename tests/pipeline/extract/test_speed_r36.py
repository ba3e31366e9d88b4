"""Round 36 (speed, issue 15): gates and lower-case twins that must not change what the rules
find. Made-up sentences; each gated rule still fires when its words are present."""

import re

import pytest

from pipeline.extract import bare, lower_names, periods
from pipeline.extract.attribution import _MAY_BE_TITLED, SpeakerState, _patterns
from pipeline.extract.caseless import Caseless, _lower_twin_char
from pipeline.extract.period_comparison import _COMPARISON


@pytest.mark.parametrize(
    ("text", "person", "iso3"),
    [
        ("Kofi Owusu, Ghana's TRADE MINISTER, said trade grew.", "Kofi Owusu", "GHA"),
        ("Kofi Owusu, the Ghanaian Spokesperson, said trade grew.", "Kofi Owusu", "GHA"),
        ("Kofi Owusu, who heads the Ghanaian Customs Service, spoke.", "Kofi Owusu", "GHA"),
        ("Kofi Owusu, chief of Ghana's Customs Service, spoke.", "Kofi Owusu", "GHA"),
    ],
)
def test_the_titled_gate_lets_every_titled_form_through(text: str, person: str, iso3: str) -> None:
    assert _MAY_BE_TITLED(text)
    state = SpeakerState()
    state.learn_people(text)
    assert state.people.get(person) == iso3


def test_the_titled_gate_skips_only_sentences_the_pattern_cannot_match() -> None:
    text = "Kofi Owusu, Ghana's envoy, said trade with Togo grew."
    assert _MAY_BE_TITLED(text) == (_patterns().titled.search(text) is not None)
    plain = "Kofi Owusu, a Ghanaian trader, said trade with Togo grew."
    assert not _MAY_BE_TITLED(plain) and _patterns().titled.search(plain) is None
    # text that does not lower-case exactly always passes (re folds "K" Kelvin to "k")
    assert _MAY_BE_TITLED("Kofi Owusu, a \u212aelvin trader, said.")


@pytest.mark.parametrize(
    "text",
    [
        "Trade rose 12% to $4.1 billion in 2029 from $3.6 billion in 2028.",
        "Exports fell vis-à-vis 2028 and grew vis-À-vis 2027, more than in 2026.",
        "A total of $5m was recorded, up 4 per cent on the figures of 2028.",
        "Trade with \u212azakhstan was higher than in 2028.",  # Kelvin sign: the pattern itself
    ],
)
def test_search_between_is_pattern_search_with_pos_and_endpos(text: str) -> None:
    fast = periods._COMPARISON_FAST
    assert fast._twin is not None  # "à" no longer keeps the twin away
    for low in range(0, len(text), 7):
        for high in range(low, len(text) + 1, 5):
            got = fast.search_between(text, low, high)
            want = _COMPARISON.search(text, low, high)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))


@pytest.mark.parametrize(
    ("char", "twin"),
    [("à", True), ("é", True), ("À", False), ("ſ", False), ("µ", False), ("в", False)]
    + [("ß", False), ("ı", False), ("σ", False)],
)
def test_only_plain_lower_case_letters_keep_a_twin(char: str, twin: bool) -> None:
    assert _lower_twin_char(char) is twin


def test_a_twin_with_a_lower_case_accented_letter_matches_both_cases() -> None:
    pattern = Caseless(re.compile(r"\bvis-[aà]-vis\b", re.IGNORECASE))
    assert pattern._twin is not None
    for text in ("up vis-à-vis 2028", "up VIS-À-VIS 2028", "up vis-a-vis 2028", "up vis-b-vis"):
        got, want = pattern.finditer(text), list(pattern.pattern.finditer(text))
        assert [m.span() for m in got] == [m.span() for m in want]


@pytest.mark.parametrize(
    "text",
    [
        "Exports reached $2.1 billion in 2029 and imports Totalled 1.4 billion in 2029.",
        "Trade totaled 8,213 million dollars, of which 5,248 million were imports.",
        "Exports rose to $4.1 billion from 3.6 billion in 2028.",
        "EXPORTS TO kenya rose, and trade with tanzania fell.",
    ],
)
def test_caseless_patterns_find_what_the_ignorecase_ones_do(text: str) -> None:
    level, flow = bare._flow_level()
    for fast in (level, flow, bare._pattern(), bare._part_pattern(), lower_names._OBJECT):
        assert fast._twin is not None
        got = [(m.span(), m.groups()) for m in fast.finditer(text)]
        assert got == [(m.span(), m.groups()) for m in fast.pattern.finditer(text)]
    assert bare._flow_level()[0].finditer(
        "Exports reached $2.1 billion and imports Totalled 1.4 billion in 2029."
    )
    assert lower_names.lower_case_names("EXPORTS to kenya rose.") == [(11, 16, "Kenya")]


@pytest.mark.parametrize(
    "text",
    [
        "Exports were $2 billion, and imports 1.4 billion, 0.9 BILLION of it from Peru.",
        "In 2029 12 480,5 million of exports and 3 bn of imports, 7,5 mln in 2028.",
        "No amount at all, 12 apples.",
    ],
)
def test_the_bare_amount_scan_from_digits_finds_every_match(text: str) -> None:
    from pipeline.extract.page_amounts import _bare, _bare_amounts

    want = [(m.span(), m.groups()) for m in _bare().pattern.finditer(text)]
    assert [(m.span(), m.groups()) for m in _bare_amounts(text)] == want
    assert want or "apples" in text
