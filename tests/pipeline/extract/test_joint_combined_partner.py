"""One amount for a partner taken together with another ("China (including Hong Kong)", "China,
including Hong Kong,"): two economies, no row (NOTES: a combined partner is two economies, no
row); and the amount after a group's amount in the same clause ("exports to A, B and C rose 5%
to $2bn") is the group's too. Made-up sentences (round 14, second wave), each beside a near miss
that must stay."""

import pytest

from tests.pipeline.extract.test_extract import figures

_PAGE = "date 2031-05-02\nPeru and Japan trade news.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The leading destinations for Peru's exports remained China, including Hong Kong, up "
        "14.2 percent to a record US$6.5 billion.",
        "Peru's exports to China (including Hong Kong) rose 14.2 percent to US$6.5 billion in "
        "2030.",
        "Peru's exports to China (including Hong Kong and Macao) were US$6.5 billion in 2030.",
    ],
)
def test_a_partner_taken_with_another_is_no_figure(sentence: str) -> None:
    out = figures(_PAGE + sentence)
    assert not {6.5e9, 14.2} & set(out["value"]), out.to_string()


def test_a_product_after_including_keeps_the_partner() -> None:
    out = figures(
        _PAGE + "Peru's exports to China, including copper, rose 14.2 percent to US$6.5 billion "
        "in 2030."
    )
    assert {("CHN", 14.2), ("CHN", 6.5e9)} <= {(r.partner, r.value) for r in out.itertuples()}


def test_the_amount_after_a_group_amount_in_its_clause_is_the_groups() -> None:
    out = figures(
        _PAGE + "Peru's exports to Chile, Bolivia and Ecuador rose 14.2 percent to US$6.5 billion "
        "in 2030, while exports to Japan were $2.1 billion."
    )
    assert set(out["value"]) == {2.1e9}, out.to_string()
    assert set(out["partner"]) == {"JPN"}, out.to_string()
