"""Round 24: a partner's part of a country's world total, in the sentence after the total
(``pipeline.extract.partner_share``). Made-up pages with the difficulty of Central Asian
statistics releases; near misses: parts that are no partner's, a balance's part, a flow word."""

import pytest

from tests.pipeline.extract.test_extract import figures

_TOTAL = (
    "date 2031-10-01\nUzbekistan's foreign trade turnover in January-August amounted to "
    "$42.3 billion. "
)


def _rows(text: str) -> set[tuple]:
    out = figures(text)
    return {
        (r.flow, frozenset((r.reporter, r.partner)), r.value, str(r.period_end))
        for r in out.itertuples()
    }


def _turnover(partner: str, value: float) -> tuple:
    return ("turnover", frozenset(("UZB", partner)), value, "2031-08-31")


@pytest.mark.parametrize(
    "second",
    [
        "China accounted for $9.1 billion.",
        "China accounted for about $9.1 billion of the total.",
        "The largest share fell on China ($9.1 billion).",
        "The share of China was 21.5 percent ($9.1 billion).",
        "China was the largest partner with $9.1 billion.",
    ],
)
def test_a_partner_s_part_of_the_world_total_is_that_pair_s_turnover(second: str) -> None:
    assert _rows(_TOTAL + second) == {_turnover("CHN", 9.1e9)}


def test_a_ranking_after_the_part_keeps_the_owner() -> None:
    got = _rows(
        _TOTAL
        + "The largest share fell on China ($9.1 billion), followed by Russia ($7.5 billion)."
    )
    assert got == {_turnover("CHN", 9.1e9), _turnover("RUS", 7.5e9)}


def test_the_part_of_an_exports_total_is_exports() -> None:
    out = figures(
        "date 2031-10-01\nUzbekistan's exports in January-August amounted to $18.3 billion. "
        "China accounted for $2.1 billion."
    )
    assert [(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()] == [
        ("exports", "UZB", "CHN", 2.1e9)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a product's part names no partner (a partner named after the amount is not its)
        "date 2031-10-01\nUzbekistan's exports in January-August amounted to $18.3 billion. "
        "Gold accounted for $5.2 billion, most of it sold in Switzerland.",
        # a part of a balance is no flow
        "date 2031-10-01\nUzbekistan posted a trade deficit of $7.3 billion in January-August. "
        "China accounted for $4.1 billion of it.",
        # a flow's part of the total names no partner
        _TOTAL + "Exports accounted for $18.3 billion.",
        # a share without an amount is no figure
        _TOTAL + "The share of China was 21.5 percent.",
    ],
)
def test_parts_that_are_no_partner_s_give_no_row(text: str) -> None:
    assert _rows(text) == set()


def test_a_gapped_list_of_parts_keeps_the_owner_for_every_partner() -> None:
    # "China accounted for $X, Russia for $Y": each gapped clause is the owner's trade with its
    # partner, not trade between the listed partners
    for second in (
        "China accounted for $9.1 billion, Russia for $7.5 billion and Kazakhstan for $2.9 billion.",
        "The share of China was $9.1 billion, of Russia $7.5 billion and of Kazakhstan $2.9 billion.",
    ):
        assert _rows(_TOTAL + second) == {
            _turnover("CHN", 9.1e9),
            _turnover("RUS", 7.5e9),
            _turnover("KAZ", 2.9e9),
        }, second


_RU_LEAD = (
    "date 2031-10-01\nТашкент, 1 октября. По данным Агентства статистики при президенте, "
    "внешнеторговый оборот Узбекистана за январь-август 2031 года составил 42,3 млрд долларов, "
    "что на 5,1% больше, чем за аналогичный период прошлого года. "
)


@pytest.mark.parametrize(
    "second",
    [
        "Наибольшая доля приходится на Китай – 9,1 млрд долларов, Россию – 7,5 млрд долларов.",
        "На долю Китая пришлось 9,1 млрд долларов, России – 7,5 млрд долларов.",
        "Основными торговыми партнерами Узбекистана являются Китай (9,1 млрд долларов) и Россия "
        "(7,5 млрд долларов).",
    ],
)
def test_russian_parts_and_partners_of_the_world_total(second: str) -> None:
    assert _rows(_RU_LEAD + second) == {_turnover("CHN", 9.1e9), _turnover("RUS", 7.5e9)}
