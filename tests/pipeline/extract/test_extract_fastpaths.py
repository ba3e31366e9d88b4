"""The extractor's shortcuts (lower-case regex twins, cue tests, skipped scans) change no result.

Each shortcut is checked against the plain computation it replaces on random text built from
fragments that exercise it, including the non-ASCII letters ``re`` folds to ASCII ones
(Kelvin sign, long s, dotted/dotless i).
"""

from __future__ import annotations

import random
import re

import pytest

from pipeline.extract import (
    attribution,
    digits,
    follow_up,
    measure,
    national,
    numbers,
    periods,
    ranges,
    respective_countries,
    scope,
    slots,
    status,
)
from pipeline.extract.caseless import (
    Caseless,
    ascii_gate,
    finditer_near,
    literal_trie,
    lowers_exactly,
    substring_test,
)
from pipeline.lexicon import (
    _FIRST_WORD,
    _WORD_START,
    _rows,
    alternation,
    currencies,
    gazetteer,
    trigger_pattern,
    triggers,
)

FRAGMENTS = [
    "$", "US$", "U.S.$", "usd", "USD", "€", "1,340", "2.5", "-3", "2024", "1999", "20", "19",
    "%", " percent", " per cent", " pct", " million", " Billion", " bn", "m", "k", " thousand",
    " half a", " one and a half", " a", " times", "-fold", " fold", "doubled", "Twice", " tripled",
    " from", " From around ", " by", " of", " BY ", " and", ", and ", ";", ":", ",", ".", " ",
    " ", "\n", "\u212a", "\u017f", "\u0130", "\u0131", "é", "İ", " Jan", " September", "–",
    "-", " to ", " than ", " compared to ", " same period", " the first half of ", " Q1 ",
    " H2 ", " last year", " next three years", " since ", " in May", " trade turnover",
    " exports", " Imports", " investment", " about", " nearly", " target", " goals", " oil",
    " machinery", " mainly", " foreign", " total", " increase", " rose", " fell", " down",
    " according to", " said", " Kazakhstan", " Russian", " AT&T", " U.S.", "Mr", "_", "x",
    " Jan 2024–Mar 2025", " January-June", " in March, 2023", " 2023-2024", " 2019 – 2020",
    " half a billion", " US$ two million", " 44.7%", " 5 percent", " 12 pct", " 3 times",
    " by the end of 2030", " within five years", " first nine months of 2024", " \u212aZT 5",
    " Prime Minister of Kazakhstan Olzhas Bektenov", " Uzbek Minister of Trade Jasur Rakhimov",
    " Alexander Turchin, the Prime Minister of Belarus", " Belarusian", "“", "”", "’s", " Ü",
    "ü", "₸", "—", " turnover", " declined", " year to March", " months ended in June", " Sept",
    " respectively", " each", " China and Russia", ", India", " (Türkiye)",
]  # fmt: skip


def _texts(seed: int, count: int = 3000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(0, 14))) for _ in range(count)]


TEXTS = _texts(0)


def _spans(matches) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in matches]


def _caseless_patterns() -> list[re.Pattern[str]]:
    pats = numbers._patterns()
    found = [
        pats.money_digits.pattern,
        pats.money_spelled.pattern,
        pats.multiple.pattern,
        attribution._ACCORDING,
        attribution._SUBJECT_VERB,
        periods._COMPARISON,
        *(p for _, p in periods._PATTERNS),
    ]
    found += [trigger_pattern(kind) for kind in ("flow", "change", "sector", "status", "approx")]
    found += [
        c.pattern
        for c in (
            status._BASELINE,
            follow_up._ANAPHOR,
            scope._DESCRIPTIVE,
            national._NATIONAL,
            measure._SHARE,
            follow_up._COMPARATIVE_WORDS,
        )
    ]
    return found


@pytest.mark.parametrize("pattern", _caseless_patterns(), ids=lambda p: p.pattern[:30])
def test_caseless_twin_finds_what_the_pattern_finds(pattern: re.Pattern[str]) -> None:
    fast = Caseless(pattern)
    for text in TEXTS:
        assert _spans(fast.finditer(text)) == _spans(pattern.finditer(text)), text
        for pos in (1, 5):
            assert _spans(fast.finditer(text, None, pos)) == _spans(pattern.finditer(text, pos))
        expected = pattern.search(text)
        got = fast.search(text)
        assert (got and (got.span(), got.groupdict())) == (
            expected and (expected.span(), expected.groupdict())
        ), text


@pytest.mark.parametrize("kind", sorted({row["kind"] for row in _rows("triggers.csv")}))
def test_trigger_trie_finds_what_the_alternation_finds(kind: str) -> None:
    flat, trie = trigger_pattern(kind), slots.trigger(kind)
    phrases = list(triggers(kind))
    extra = [" ".join(phrases), " ".join(p.upper() for p in phrases), "x".join(phrases)]
    for text in TEXTS + extra:
        assert _spans(trie.finditer(text)) == _spans(flat.finditer(text)), text
        assert _spans(trie.pattern.finditer(text)) == _spans(flat.finditer(text)), text


def _group_spans(matches) -> list[dict[str, tuple[int, int]]]:
    return [{name: m.span(name) for name in m.re.groupindex} | {"": m.span()} for m in matches]


@pytest.mark.parametrize("pattern", _caseless_patterns(), ids=lambda p: p.pattern[:30])
def test_twin_matches_have_the_pattern_s_group_spans(pattern: re.Pattern[str]) -> None:
    fast = Caseless(pattern)
    for text in TEXTS:
        twins = fast.twin_finditer(text, None, 2)
        if twins is None:
            assert fast._twin is None or not lowers_exactly(text)
            continue
        assert _group_spans(twins) == _group_spans(pattern.finditer(text, 2)), text


def test_money_start_lookahead_changes_nothing() -> None:
    fast = numbers._patterns().money_digits.pattern
    # The look-ahead: a character class, then (for symbols starting with a letter) a letter
    # with a digit close after it.
    plain = re.compile(re.sub(r"^\(\?=\[[^\]]*\](?:\|[^()]*)?\)", "", fast.pattern), fast.flags)
    assert plain.pattern != fast.pattern
    for text in TEXTS:
        assert _spans(fast.finditer(text)) == _spans(plain.finditer(text)), text


def test_amount_scans_jumping_to_digits_find_what_finditer_finds() -> None:
    pats = numbers._patterns()
    money, digit, lead = pats.money_digits, numbers._DIGIT, pats.money_lead
    short = False  # a lead too short must change some result: the check can fail
    for text in TEXTS:
        for pos in (0, 2):
            near = money.twin_finditer(text, None, pos, (digit, lead))
            if near is not None:
                expected = list(money._twin.finditer(text.lower(), pos))
                assert _group_spans(near) == _group_spans(expected), text
                cut = finditer_near(money._twin, text.lower(), pos, digit, 1)
                short = short or _spans(cut) != _spans(expected)
            got = finditer_near(pats.percent, text, pos, digit, 1)
            assert _spans(got) == _spans(pats.percent.finditer(text, pos)), text
    assert short


def test_no_twin_when_case_folding_could_differ() -> None:
    assert Caseless(re.compile("\u212a", re.IGNORECASE))._twin is None
    assert Caseless(re.compile(r"\x41", re.IGNORECASE))._twin is None
    assert Caseless(re.compile("ab")).finditer("xab")[0].span() == (1, 3)


def test_substring_and_ascii_gates() -> None:
    many = [*currencies().by_symbol, *currencies().by_word, "%", "per cent", "u.s.", "a.b"]
    for cues in (
        ["a"],
        ["dollar", "dollars", "$"],
        list(triggers("attribution")),  # tested with one trie search from 9 cues on
        list(triggers("product")),
        many,
        [c.lower() for c in many],
        [],
    ):
        test, gate = substring_test(cues), ascii_gate(cues)
        for text in TEXTS + [" ".join(cues), "".join(cues[::2])]:
            assert test(text) == any(c in text for c in cues)
            if not gate(text):
                assert lowers_exactly(text) and not any(c in text.lower() for c in cues)


def test_lowers_exactly_only_where_case_folding_agrees() -> None:
    # re matches these to ASCII letters, or lower() changes the length: the twin would differ.
    for odd in ("\u212a", "\u017f", "\u0130", "\u0131", "\ufb01", "ß"):
        assert not lowers_exactly(f"trade {odd}")
    assert lowers_exactly("“Türkiye’s” exports – €5 bn — ₸ ÜBER Σ")
    assert lowers_exactly("plain ASCII")
    fast = Caseless(re.compile(r"\bs\w+\b|\bk", re.IGNORECASE))
    for text in ("Über SALES k \u212a", "Über SALES \u017fales", "Ü sales “Sk”"):
        assert _spans(fast.finditer(text)) == _spans(fast.pattern.finditer(text)), text


def test_known_people_found_as_the_regex_would() -> None:
    rng = random.Random(1)
    names = ["Olzhas Bektenov", "Bektenov", "Olzhas", "O'Neil", "Jean-", "Li", "Li Qiang"]
    for text in TEXTS[:1500]:
        words = rng.sample(names, rng.randint(1, len(names)))
        text += " " + " ".join(rng.sample(names, 3)) + rng.choice(["", "x", "_", "."])
        ordered = sorted(set(words), key=len, reverse=True)
        pattern = re.compile(r"\b(" + "|".join(map(re.escape, ordered)) + r")\b")
        expected = [(m.start(), m.end(), m.group(1)) for m in pattern.finditer(text)]
        assert attribution._leftmost_words(text, ordered) == expected, (text, ordered)


def test_word_starts_as_before() -> None:
    old = re.compile(r"(?<![\w$])[A-Z]")
    for text in TEXTS:
        expected = [
            (m.start(), _FIRST_WORD.match(text, m.start()).group(0)) for m in old.finditer(text)
        ]
        assert [
            (m.start(), text[m.start() : m.end("rest")]) for m in _WORD_START.finditer(text)
        ] == expected


def test_mention_shortcuts() -> None:
    pats = numbers._patterns()
    for text in TEXTS:
        lowered = text.lower()
        if not numbers.may_have_mentions(text):
            assert numbers.find_mentions(text) == []
        if not numbers._may_be_spelled(text, lowered):
            assert not list(pats.money_spelled.pattern.finditer(text))
        if not numbers._may_be_multiple(text, lowered, bool(re.search(r"\d", text))):
            assert not list(pats.multiple.pattern.finditer(text))
        if not numbers._PERCENT_UNIT(text):
            assert not list(pats.percent.finditer(text))
        digit = re.search(r"\d", text)
        if digit:
            start = max(0, digit.start() - pats.money_lead)
            assert _spans(pats.money_digits.pattern.finditer(text, start)) == _spans(
                pats.money_digits.pattern.finditer(text)
            )
            assert _spans(pats.percent.finditer(text, max(0, digit.start() - 1))) == _spans(
                pats.percent.finditer(text)
            )


def test_period_shortcuts() -> None:
    for text in TEXTS:
        years = len(periods._YEAR_TOKEN.findall(text))
        months = len(periods._MONTH_TOKEN.findall(text.lower()))
        if months:
            assert any(cue in text.lower() for cue in periods._MONTH_CUES)
        for kind, pattern in periods._PATTERNS:
            # patterns cued by month abbreviations need a month name
            if text.isascii() and not months and periods._NEEDS[kind] == periods._MONTH_CUES:
                assert not list(pattern.finditer(text)), (kind, text)
        for kind, pattern in periods._PATTERNS:
            if years < periods._MIN_YEARS.get(kind, 0):
                assert not list(pattern.finditer(text)), (kind, text)
            if text.isascii() and months < periods._MIN_MONTHS.get(kind, 0):
                assert not list(pattern.finditer(text)), (kind, text)
        assert periods._is_comparison(text) == bool(periods._COMPARISON.search(text))


def test_range_end_test_holds_for_every_joined_bound() -> None:
    rng = random.Random(3)
    joins = ["5 and ", "between 5 AND ", "about 5 to", "US$5-", "5–", "5\n", "5 to\n", "x to "]
    for text in TEXTS + [t + rng.choice(joins) for t in TEXTS]:
        found = ranges._JOINED.search(text, max(0, len(text) - ranges._WINDOW))
        if found is not None and found.end() == len(text):
            assert ranges._BOUND_END.search(text[-ranges._BOUND_END_CHARS :]), text


# The longest lead-ins each anchored period pattern allows, in several cases and spacings.
_PERIOD_LEADS = [
    "The twelve months ending in March 2024", "the year ended in Sept. 2023", "12 months to May",
    "between January and March", "From July-December 2022", "the initial twelve-month period",
    "The first six months of 2030", "the preceding calendar year", "A year earlier", "Q3 2024",
    "second quarter of this year", "H1", "During May 2023", "for June, 2021", "in Dec of last "
    "year", "between 2019 and 2021", "from 2019 to 2020", "2019-2020", "previous calendar year",
    "THE PREVIOUS YEAR", "the year before", "2021/22", "1999", "$2020", "x2021", "Mayor",
    "During the next twelve years", "within 10 years", "up to the end 2031", "until-2025",
    "by 2030-31",
]  # fmt: skip


def test_anchored_period_scans_find_every_match() -> None:
    rng = random.Random(2)
    texts = TEXTS[:1500] + [
        " ".join(rng.choice(_PERIOD_LEADS + FRAGMENTS) for _ in range(rng.randint(1, 6)))
        for _ in range(1500)
    ]
    patterns = dict(periods._PATTERNS)
    for text in texts + _PERIOD_LEADS:
        lowered = text.lower()
        for kind, (anchor, lead) in periods._NEAR.items():
            pattern = patterns[kind]
            want = list(pattern.finditer(text))
            got = Caseless(pattern).finditer(text, lowered, near=(anchor, lead))
            assert _spans(got) == _spans(want), (kind, text)
            if lowers_exactly(text):  # the lead bounds every match, not just these texts'
                on = lowered if pattern.flags & re.IGNORECASE else text
                for match in want:
                    found = anchor.search(on, match.start())
                    assert found is not None and found.start() - match.start() <= lead, (kind, text)


@pytest.mark.parametrize(
    "phrases",
    [
        ["Kyrgyz", "Kyrgyzstan", "Kyrgyz Republic", "Kazakh", "Kazakhstan", "K"],
        ["a", "ab", "abc", "b", "bc", "a.b", "a b", "$", "U.S.", "U.S.A."],
        [s for s in gazetteer().by_surface],
    ],
)
def test_literal_trie_matches_the_flat_alternation(phrases: list[str]) -> None:
    for tail in ("", r"\s[A-Z]", r"(?!\w)"):
        flat = re.compile(f"(?:{alternation(phrases)}){tail}")
        trie = re.compile(f"(?:{literal_trie(phrases)}){tail}")
        for text in TEXTS + [" ".join(phrases), "KyrgyzstanX Kyrgyz Republic abcd a.b.c U.S.A"]:
            assert _spans(trie.finditer(text)) == _spans(flat.finditer(text)), text


def test_people_shortcut() -> None:
    pats = attribution._patterns()
    hits = 0
    for text in TEXTS:
        found = [list(p.finditer(text)) for p in (pats.after_demonym, pats.after_country)]
        found.append(list(pats.appositive.finditer(text)))
        hits += any(found)
        if not attribution._TWO_CAPITALISED.search(text):
            assert not any(found), text
        if not ("," in text and attribution._HAS_TITLE(text)):
            assert not found[2], text
    assert hits


def test_plain_digits_parse_as_before() -> None:
    for token in ("0", "7", "11", "2024", "000123", "123456789012345"):
        assert numbers.parse_number(token) == digits._from_parts(token, "", False)
    for token in ("7.23", "0.5", "1.340", "12.000", "3.1415"):
        whole, frac = token.split(".")
        assert numbers.parse_number(token) == digits._from_parts(whole, frac, False)


def test_slot_tail_flows_are_the_tail_scan() -> None:
    for text in TEXTS[:800]:
        mentions = numbers.find_mentions(text)
        for slot in slots.slots(text, mentions):
            want = _spans(slots.trigger("flow").finditer(slot.tail))
            assert _spans(slot.tail_flows) == want and _spans(slot.tail_flows) == want, text


def test_respective_gate() -> None:
    gate, pattern = respective_countries._may_be_respective, respective_countries._RESPECTIVELY
    # "each" only counts after whitespace (any: tab, no-break space); other text always passes
    for text in ("up 5% and 7%\teach", "$2 billion\xa0each", "rose 4 percent each", "respectively"):
        assert gate(text) and pattern.search(text)
    for text in ("Exports reached $7m", "teaches 5%, reaching $88 million", "eachother 5%"):
        assert not gate(text) and not pattern.search(text)
    assert gate("Exports to Kelvin\u212a rose 5%")  # not lower-cased exactly


def test_rule_shortcuts() -> None:
    for text in TEXTS:
        if "from" not in text.lower():
            assert not status._BASELINE.pattern.search(text)
        if text.count(",") < 2:
            assert not attribution._ASIDES.search(text)
        if not slots.may_have_boundary(text):
            assert not slots._CLAUSE_END.search(text) and not scope._SCOPE_END.search(text)
        if not respective_countries._may_be_respective(text):
            assert not respective_countries._RESPECTIVELY.search(text)
        if not measure._may_end_with_by_or_of(text):
            assert not measure._ABS_CHANGE.search(text)
