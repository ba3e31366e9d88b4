"""Round 41: Korean pages as a broadcaster's site stores them. Sentences glued at a stop
("늘었습니다.2030년 ..."), thousands inside a group ("2천315억 달러" is 231.5 billion), the prefix
"대(對)" with its Chinese character, data looked at as the source ("... 자료를 보면"), a change from
one amount to another ("51억 달러에서 57억 달러로") and a change in money in brackets between the
rate and its verb ("11.8%(6억 달러) 늘어났습니다"). Made-up sentences; near misses keep the old
reading."""

import pytest

from pipeline.extract.foreign import gloss
from pipeline.ingest.segment import split_sentences
from tests.pipeline.extract.test_extract import figures


def _rows(text: str, title: str = "한국 칠레 교역") -> set[tuple]:
    out = figures(f"date 2031-01-20\n{title}\n{text}\n")
    return {
        (r.flow, r.reporter, r.partner, str(r.period_start), r.measure, r.value, r.source_country)
        for r in out.itertuples()
    }


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_a_korean_sentence_glued_to_the_next_at_its_stop_ends_there() -> None:
    text = "칠레는 한국의 10대 교역국으로 집계됐습니다.2030년 수출은 늘었다.칠레산 구리 수입도 늘었어요."
    assert _sentences(text) == [
        "칠레는 한국의 10대 교역국으로 집계됐습니다.",
        "2030년 수출은 늘었다.",
        "칠레산 구리 수입도 늘었어요.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "수출은 7.6% 늘었다. 수입은 줄었다.",  # a decimal point and a spaced stop, as before
        "The U.S. trade rose.It was 7.6 percent.",
        "교역액은 12.5억 달러다",
    ],
)
def test_near_misses_split_as_before(text: str) -> None:
    expected = {
        "수출은 7.6% 늘었다. 수입은 줄었다.": ["수출은 7.6% 늘었다.", "수입은 줄었다."],
        "The U.S. trade rose.It was 7.6 percent.": ["The U.S. trade rose.", "It was 7.6 percent."],
        "교역액은 12.5억 달러다": ["교역액은 12.5억 달러다"],
    }[text]
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    ("amount", "english"),
    [
        ("2천315억 달러", "231.5 billion US dollars"),
        ("1천8억 달러", "100.8 billion US dollars"),
        ("3조2천억 원", "3.2 trillion won"),
        # near misses: a compound scale and a bare 천 stay as they were
        ("5억4천만 달러", "540 million US dollars"),
        ("3천만 달러", "30 million US dollars"),
        ("7천억 달러", "700 billion US dollars"),
    ],
)
def test_thousands_inside_a_group_count_that_groups_scale(amount: str, english: str) -> None:
    assert english in gloss(f"교역액은 {amount}였다", "ko")


def test_the_prefix_with_its_chinese_character_names_the_partner() -> None:
    got = _rows("지난해 한국의 대(對)칠레 수출은 45억 달러로 한 해 전보다 3.2% 증가했습니다.")
    assert ("exports", "KOR", "CHL", "2030-01-01", "level", 4.5e9, None) in got
    assert ("exports", "KOR", "CHL", "2030-01-01", "pct_change", 3.2, None) in got


def test_data_looked_at_names_the_source() -> None:
    got = _rows(
        "산업통상자원부와 한국무역협회 자료를 보면 지난해 한국의 대칠레 수출은 45억 달러였습니다."
    )
    assert got == {("exports", "KOR", "CHL", "2030-01-01", "level", 4.5e9, "KOR")}


def test_customs_data_looked_at_is_the_reporters_as_in_english() -> None:
    # "according to the data of the customs service, South Korea's exports ..." (the English
    # rules credit the customs to the sentence's reporter)
    got = _rows("관세청 자료를 보면 지난해 한국의 대칠레 수출은 45억 달러였습니다.")
    assert got == {("exports", "KOR", "CHL", "2030-01-01", "level", 4.5e9, "KOR")}


def test_without_data_looked_at_no_source() -> None:
    got = _rows("지난해 한국의 대칠레 수출은 45억 달러였습니다.")
    assert got == {("exports", "KOR", "CHL", "2030-01-01", "level", 4.5e9, None)}


def test_a_change_from_one_amount_to_another_with_its_money_in_brackets() -> None:
    got = _rows("지난해 한·칠레 교역량은 51억 달러에서 57억 달러로 11.8%(6억 달러) 늘어났습니다.")
    assert {
        ("turnover", "KOR", "CHL", "2029-01-01", "level", 5.1e9, None),
        ("turnover", "KOR", "CHL", "2030-01-01", "level", 5.7e9, None),
        ("turnover", "KOR", "CHL", "2030-01-01", "pct_change", 11.8, None),
        ("turnover", "KOR", "CHL", "2030-01-01", "abs_change", 6e8, None),
    } == got


def test_a_rate_with_its_verb_right_after_it_reads_as_before() -> None:
    got = _rows("지난해 한·칠레 교역량은 57억 달러로 11.8% 늘어났습니다.")
    assert got == {
        ("turnover", "KOR", "CHL", "2030-01-01", "level", 5.7e9, None),
        ("turnover", "KOR", "CHL", "2030-01-01", "pct_change", 11.8, None),
    }
