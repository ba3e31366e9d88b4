"""A series with a bracketed conversion after each amount (round 31, he12): "climbed from 61
million dollars (40.4 million euros) in 2025 to 81 million (58.2 million euros) in 2027" — the
bare "81 million" continues the dollar series, not the bracket's euros; and a relative clause on
the flow's goods ("exports, whose main items include coffee and spices, have climbed") describes
the total, so its product is no single product's figure. Sentences are made up."""

from tests.pipeline.extract.test_extract import figures

DATE = "date 2031-05-01\n"


def units(text: str) -> dict[float, str]:
    out = figures(DATE + text)
    return dict(zip(out["value"], out["unit"], strict=True))


def test_a_bare_amount_after_a_bracketed_conversion_keeps_the_series_currency() -> None:
    got = units(
        "Laos's total exports to Peru have also climbed from 61 million dollars (40.4 million"
        " euros) in 2025 to 81 million (58.2 million euros) in 2027."
    )
    assert got[81e6] == "USD" and got[58.2e6] == "EUR" and got[61e6] == "USD"


def test_near_miss_a_bare_amount_after_an_unbracketed_amount() -> None:
    # no bracket: the amount right before lends its currency, as before
    got = units("Laos's exports to Peru were 40.4 million euros in 2025 and rose to 58 million.")
    assert got[58e6] == "EUR"


def test_a_relative_clause_on_the_goods_describes_the_total() -> None:
    got = units(
        "Laos's total exports to Peru, whose main items include coffee and spices, have also"
        " climbed from 61 million dollars in 2025 to 81 million dollars in 2027."
    )
    assert set(got) == {61e6, 81e6}


def test_near_miss_a_products_own_exports_stay_out() -> None:
    assert units("Laos's exports of coffee, whose main buyers are Peru, rose to $12 million.") == {}
