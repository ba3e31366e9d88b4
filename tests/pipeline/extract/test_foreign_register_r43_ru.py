"""Round 43: the Russian trade-news register, glossed as a vocabulary (rows of
``lexicon/foreign_words.csv``): change verbs the conjugation table does not derive (irregular or
colloquial: "подскочил", "просел", "рухнул", "обвалился", "потерял", "утроился"), "втрое/вдвое",
"снижение"; time words (минувший/истекший/прошедший/уходящий год, "за прошлый год", "с начала
года", Roman-numeral quarters and halves, fiscal years, "с апреля по сентябрь", "в период с ...
по ...", "годом ранее", "против"); flows ("торгового баланса", "ввоз/вывоз", "товарами и
услугами"); targets ("планируется"). Made-up sentences (made-up figures); near misses keep a word
unread where it is no register word."""

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures

_TITLE = "Казахстан и Узбекистан"


def _rows(text: str, title: str = _TITLE) -> set[tuple]:
    out = figures(f"date 2031-02-10\n{title}\n\n{text}\n")
    return {
        (r.flow, r.reporter, r.partner, str(r.period_start), str(r.period_end), r.value, r.unit)
        for r in out.itertuples()
    }


_YEAR = ("2030-01-01", "2030-12-31")
_THIS = ("2031-01-01", "2031-12-31")
_TRADE = "Товарооборот Казахстана и Узбекистана"
_IMP = "Импорт Казахстана из Узбекистана"


# --- change verbs -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "подскочил": jumped
            f"{_TRADE} в 2030 году подскочил на 37% и составил 2,9 млрд долларов.",
            {
                ("turnover", "KAZ", "UZB", *_YEAR, 37.0, "percent"),
                ("turnover", "KAZ", "UZB", *_YEAR, 2.9e9, "USD"),
            },
        ),
        (  # "просел": sagged
            f"{_IMP} в 2030 году просел на 7%.",
            {("imports", "KAZ", "UZB", *_YEAR, -7.0, "percent")},
        ),
        (  # "просела", feminine
            "Взаимная торговля Казахстана и Узбекистана в 2030 году просела на 4,5%.",
            {("turnover", "KAZ", "UZB", *_YEAR, -4.5, "percent")},
        ),
        (  # "обвалился": slumped
            f"{_IMP} в 2030 году обвалился на 28%.",
            {("imports", "KAZ", "UZB", *_YEAR, -28.0, "percent")},
        ),
        (  # "рухнул": plunged
            f"{_IMP} в 2030 году рухнул на 31%.",
            {("imports", "KAZ", "UZB", *_YEAR, -31.0, "percent")},
        ),
        (  # "потерял": lost (the mirror of "прибавил")
            f"{_TRADE} в 2030 году потерял 9%.",
            {("turnover", "KAZ", "UZB", *_YEAR, -9.0, "percent")},
        ),
        (  # "утроился": tripled
            f"{_IMP} в 2030 году утроился.",
            {("imports", "KAZ", "UZB", *_YEAR, 3.0, "times")},
        ),
        (  # "втрое": threefold
            f"{_IMP} в 2030 году вырос втрое.",
            {("imports", "KAZ", "UZB", *_YEAR, 3.0, "times")},
        ),
        (  # "вдвое" with a fall: halved
            f"{_IMP} в 2030 году сократился вдвое.",
            {("imports", "KAZ", "UZB", *_YEAR, 0.5, "times")},
        ),
        (  # "снижение на": a decline of
            f"{_IMP} в 2030 году показал снижение на 16%.",
            {("imports", "KAZ", "UZB", *_YEAR, -16.0, "percent")},
        ),
    ],
)
def test_change_verbs(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected


# --- time words -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "period"),
    [
        ("в минувшем году", _YEAR),
        ("в истекшем году", _YEAR),
        ("в прошедшем году", _YEAR),
        ("за прошлый год", _YEAR),
        ("за минувший год", _YEAR),
        ("в уходящем году", _THIS),
        ("с начала года", _THIS),
        ("в III квартале 2030 года", ("2030-07-01", "2030-09-30")),
        ("во II квартале 2030 года", ("2030-04-01", "2030-06-30")),
        ("за IV квартал 2030 года", ("2030-10-01", "2030-12-31")),
        ("во II полугодии 2030 года", ("2030-07-01", "2030-12-31")),
        ("с апреля по сентябрь 2030 года", ("2030-04-01", "2030-09-30")),
        ("в период с января по август 2030 года", ("2030-01-01", "2030-08-31")),
    ],
)
def test_time_words(phrase: str, period: tuple[str, str]) -> None:
    text = f"{_TRADE} {phrase} составил 6,3 млрд долларов."
    assert _rows(text) == {("turnover", "KAZ", "UZB", *period, 6.3e9, "USD")}


@pytest.mark.parametrize("word", ["минувшего", "истекшего", "прошедшего"])
def test_last_year_genitive(word: str) -> None:
    """ "за 10 месяцев минувшего года": the months of last year, not a bare "года"."""
    assert "the first 10 months of last year" in gloss(f"за 10 месяцев {word} года", "ru")


def test_a_year_earlier_against() -> None:
    """ "против X годом ранее": the compared figure belongs to the year before."""
    text = f"{_TRADE} в 2030 году составил 5,7 млрд долларов против 4,6 млрд долларов годом ранее."
    assert _rows(text) == {
        ("turnover", "KAZ", "UZB", *_YEAR, 5.7e9, "USD"),
        ("turnover", "KAZ", "UZB", "2029-01-01", "2029-12-31", 4.6e9, "USD"),
    }


def test_higher_than_last_year() -> None:
    """ "что на N% выше уровня прошлого года": the change belongs to the year reported."""
    text = f"{_TRADE} в 2030 году составил 5,7 млрд долларов, что на 12% выше уровня прошлого года."
    assert ("turnover", "KAZ", "UZB", *_YEAR, 12.0, "percent") in _rows(text)


# --- flows and measures -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ввоз товаров из Узбекистана в Казахстан в 2030 году составил 1,7 млрд долларов.",
            {("imports", "KAZ", "UZB", *_YEAR, 1.7e9, "USD")},
        ),
        (
            "Вывоз товаров из Казахстана в Узбекистан в 2030 году составил 1,3 млрд долларов.",
            {("exports", "KAZ", "UZB", *_YEAR, 1.3e9, "USD")},
        ),
    ],
)
def test_flows(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected


def test_flow_glosses() -> None:
    assert "trade balance" in gloss("Дефицит торгового баланса Казахстана вырос.", "ru")
    assert "goods and services" in gloss("Торговля товарами и услугами выросла.", "ru")
    assert "accumulated investment" in gloss("Накопленные инвестиции выросли.", "ru")
    assert "surplus" in gloss("Положительное сальдо выросло.", "ru")


# --- hedges ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "hedge", ["около", "порядка", "примерно", "приблизительно", "более", "менее"]
)
def test_hedges_make_a_figure_approximate(hedge: str) -> None:
    text = f"{_TRADE} в 2030 году составил {hedge} 3,8 млрд долларов."
    out = figures(f"date 2031-02-10\n{_TITLE}\n\n{text}\n")
    assert [(r.value, bool(r.approx)) for r in out.itertuples()] == [(3.8e9, True)]


def test_more_than_by() -> None:
    text = f"{_IMP} в 2030 году вырос более чем на 18%."
    out = figures(f"date 2031-02-10\n{_TITLE}\n\n{text}\n")
    assert [(r.value, bool(r.approx)) for r in out.itertuples()] == [(18.0, True)]


def test_over_the_past_years() -> None:
    """ "за последние пять лет": the five years up to the last complete one."""
    text = f"{_TRADE} за последние пять лет вырос на 44%."
    assert _rows(text) == {("turnover", "KAZ", "UZB", "2026-01-01", "2030-12-31", 44.0, "percent")}


# --- targets ----------------------------------------------------------------------------------


def test_planned_target() -> None:
    text = f"{_TRADE} к 2036 году планируется увеличить до 12 млрд долларов."
    assert _rows(text) == {("turnover", "KAZ", "UZB", "None", "2036-12-31", 12e9, "USD")}


# --- near misses ------------------------------------------------------------------------------


def test_against_outside_a_figure_reads_nothing() -> None:
    """ "против" in a sentence on sanctions is no comparison: no figure comes of it."""
    assert _rows("Казахстан выступил против новых пошлин Узбекистана.") == set()


def test_a_year_ago_meeting_is_no_period() -> None:
    """ "год назад" about a meeting dates no trade figure."""
    assert _rows("Министры Казахстана и Узбекистана встречались год назад в Ташкенте.") == set()


def test_period_word_alone_stays_plain() -> None:
    assert gloss("в период кризиса", "ru") == "in the period кризиса"


def test_years_of_friendship_is_no_period() -> None:
    """ "30 лет" of relations is no trade period: the figure keeps its own year."""
    text = f"Дружбе двух стран 30 лет. {_TRADE} в 2030 году составил 4,4 млрд долларов."
    assert _rows(text) == {("turnover", "KAZ", "UZB", *_YEAR, 4.4e9, "USD")}
