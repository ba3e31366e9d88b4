"""Round 51's speed cuts answer what the code before them answered (issue 15): each faster form
against the form it replaced, on made-up and random texts. No timing."""

from __future__ import annotations

import random
import re

from pipeline.extract import page_language
from pipeline.extract.numbers import _ASCII_DIGIT, _DIGIT
from pipeline.extract.partition import _PARTITION, partition_after
from pipeline.extract.period_cues import _MONTH_TOKEN
from pipeline.extract.period_words import _MONTH, YEAR_NUMBER
from pipeline.lexicon import gazetteer

_SENTENCES = [
    "Exports rose 12% in 2023 from 1999, and imports reached $5 billion in Sept. 2024.",
    "In the first half of 2021/22 trade with India (Press Trust of India) hit $3bn.",
    "x2020 2021_ 20201 1920 _2000 é2019 ٢٠٢٠ 2019-20, March 2030; mayor marched in june.",
    "Voice of Vietnam said trade with the Times of India's country, of which $2m went to B.",
]


def _texts(alphabet: str, count: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14))) for _ in range(count)]


def _windows(text: str, rnd: random.Random) -> list[tuple[int, int]]:
    out = [(0, len(text))]
    for _ in range(4):
        i = rnd.randint(0, len(text))
        out.append((i, rnd.randint(i, len(text))))
    return out


def _spans(found: re.Match[str] | None) -> tuple[int, int] | None:
    return found.span() if found else None


def test_year_number_matches_the_word_bounded_year() -> None:
    old = re.compile(r"\b(?:19|20)\d{2}\b")
    rnd = random.Random(51)
    for text in _SENTENCES + _texts("1290_ aé-x٣\n", 4000, 1):
        for i, j in _windows(text, rnd):
            for method in ("search", "match", "fullmatch"):
                assert _spans(getattr(old, method)(text, i, j)) == _spans(
                    getattr(YEAR_NUMBER, method)(text, i, j)
                ), (text, i, j, method)
            assert [m.span() for m in old.finditer(text, i, j)] == [
                m.span() for m in YEAR_NUMBER.finditer(text, i, j)
            ]


def test_month_token_trie_matches_the_alternation() -> None:
    old = re.compile(_MONTH)
    rnd = random.Random(52)
    words = ["sept", "september", "sep", "may", "mayor", "jun", "june", "dec.", "x", " ", "."]
    texts = [s.lower() for s in _SENTENCES]
    texts += ["".join(rnd.choice(words) for _ in range(rnd.randint(1, 8))) for _ in range(3000)]
    for text in texts:
        assert old.findall(text) == _MONTH_TOKEN.findall(text)
        for i, j in _windows(text, rnd):
            assert [m.span() for m in old.finditer(text, i, j)] == [
                m.span() for m in _MONTH_TOKEN.finditer(text, i, j)
            ]


def test_ascii_digit_is_the_digit_class_on_ascii() -> None:
    for code in range(128):
        assert bool(_DIGIT.match(chr(code))) == bool(_ASCII_DIGIT.match(chr(code)))


def _old_marker_total(sample: str, words: tuple[str, ...]) -> int:
    return sum(map(sample.count, words))


def test_marker_totals_are_the_counts_of_each_tuple() -> None:
    rnd = random.Random(53)
    markers = sorted(w[1:-1] for w in page_language._MARKER_WORDS)
    samples = [" " + s.lower() + " " for s in _SENTENCES]
    for _ in range(300):
        words = [rnd.choice(markers + ["x", "the", "de"]) for _ in range(rnd.randint(0, 40))]
        samples.append(" " + " ".join(words) + " ")
    for sample in samples:
        total = page_language._marker_total(sample)
        for words in page_language._BARE:
            assert total(words) == _old_marker_total(sample, words), (sample, words)


def test_outlet_before_asked_only_where_its_form_ends_the_text() -> None:
    gaz = gazetteer()
    assert gaz.outlet_before_ends  # (built from outlets.csv)
    for text in _SENTENCES + ["the Times of \nIndia", "Voice of  Vietnam", "TIMES OF India"]:
        for start in range(len(text) + 1):
            found = gaz.outlet_before.search(text, max(0, start - 20), start)
            if found is not None:
                assert text.endswith(gaz.outlet_before_ends, 0, start), (text, start)
    assert [s for _, _, s in gaz.find("Press Trust of India reported")] == []
    assert [s for _, _, s in gaz.find("the Times of \nIndia said")] == []


def test_partition_gate_keeps_every_match() -> None:
    class _Mention:
        def __init__(self, start: int, end: int) -> None:
            self.start, self.end = start, end

    class _Slot:
        def __init__(self, sentence: str, start: int, end: int) -> None:
            self.sentence, self.mention = sentence, _Mention(start, end)

    texts = [
        "B exported $5m, of which $2m went to C.",
        "B exported $5m. Then, of which $2m went to C",
        "B exported $5m; mostly to C",
        "B exported $5m in goods to many partners across the world over the year, mostly to C",
    ]
    found = 0
    for text in texts + _texts("ab ,;.x", 3000, 4):  # (no "out of"/"Of": _OUT_OF never applies)
        for end in range(len(text) + 1):
            match = _PARTITION.match(text, end)
            expected = match.start("cut") if match else None
            found += expected is not None
            assert partition_after(_Slot(text, end, end)) == expected, (text, end)  # type: ignore[arg-type]
    assert found
