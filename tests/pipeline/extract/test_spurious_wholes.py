"""Amounts that are no bilateral figure, by kind, on made-up sentences (NOTES.md, "What is a
figure"): a country's total that a later share clause splits by partner ("out of which 22% were
from Y"), and one project's investment cost ("a plant with an investment of $800 million")."""

import pytest

from tests.pipeline.extract.test_extract import figures


def values(text: str) -> set[float]:
    return {float(round(r.value, 2)) for r in figures(text).itertuples()}


@pytest.mark.parametrize(
    "text",
    [
        # statistics bulletin: the partner is named only in the share after the amount
        "date 2031-05-02\nGoods worth over USD 233 million were imported to Peru in 2030, out of "
        "which 22 percent were from Chile.",
        # wire style, "of which" and a hedge before the share
        "date 2031-05-02\nIn 2030, Peru exported goods worth $410 million, of which about 35% "
        "went to Chile.",
    ],
)
def test_a_total_split_by_a_later_share_is_no_bilateral_figure(text: str) -> None:
    assert values(text) == set()


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # near miss: the pair is named before the share; the share only splits their trade
        (
            "date 2031-05-02\nTrade between Chile and Peru reached $5bn in 2030, of which 60 "
            "percent were exports from Chile.",
            5e9,
        ),
        # near miss: the partner comes before the share clause, which names a product
        (
            "date 2031-05-02\nPeru imported goods worth $233 million from Chile in 2030, out of "
            "which 22 percent were fruit.",
            233e6,
        ),
    ],
)
def test_a_share_after_a_bilateral_amount_keeps_it(text: str, kept: float) -> None:
    assert kept in values(text)


def test_one_projects_investment_cost_is_no_figure() -> None:
    got = values(
        "date 2031-05-02\nBrazilian group ECB is building a biofuel plant in Paraguay with an "
        "investment of US$800 million in 2030."
    )
    assert got == set()


def test_investment_between_the_two_countries_stays() -> None:
    # near miss: investment by one economy in the other, no project named
    got = values("date 2031-05-02\nBrazil's investment in Paraguay reached US$800 million in 2030.")
    assert got == {800e6}
