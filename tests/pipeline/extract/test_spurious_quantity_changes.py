"""A percentage that changes the quantity or the price of the trade, or a tonnage written as
"metric tons", is no trade figure (NOTES.md, "What is a figure": tonnes, counts and prices are
not figures): "the quantity of exports slumped 6%, while prices dropped 5%", "the quantity
exported to X rose 6%", "exported 30,000 metric tons of steel ..., falling by 58%". The value's
own change beside it stays. Made-up sentences."""

from tests.pipeline.extract.test_extract import figures

_PAGE = "date 2031-05-02\nTrade between Chile and Japan reached $15 billion in 2030.\n\n"


def values(text: str) -> set[float]:
    return {float(round(r.value, 2)) for r in figures(_PAGE + text).itertuples()}


def test_the_quantity_and_the_price_of_exports_change_no_value() -> None:
    got = values(
        "In the first half of 2030, the quantity of Chilean exports to Japan slumped 6.1 "
        "percent, while prices dropped four percent."
    )
    assert not {6.1, 4.0} & got


def test_the_quantity_exported_changes_no_value() -> None:
    assert 5.3 not in values("The quantity exported to Japan rose 5.3 percent in 2030.")


def test_metric_tons_are_a_tonnage() -> None:
    got = values(
        "Chile exported 31,250 metric tons of steel to Japan in 2030, falling by 48.6 "
        "percent year on year."
    )
    assert 48.6 not in got


def test_prices_that_lift_the_value_leave_its_change() -> None:
    # near miss: "prices" is no subject of the change verb: the 20% is the exports' value
    assert 20.0 in values("Higher prices lifted Chilean exports to Japan by 20% in 2030.")


def test_the_values_change_beside_a_price_change_stays() -> None:
    # near miss: the price's clause ends at "while"; the exports' own 7% is read
    got = values(
        "Export prices to Japan fell 3 percent in 2030 while Chilean exports to Japan "
        "rose 7 percent."
    )
    assert 7.0 in got and 3.0 not in got


# A change said to be of the volume, not the value (round 18): "in volume", "in physical terms",
# "in volume terms", a clause fronted "By volume,", and a tonnage after an aside ("(yoy) to N ton").


def test_a_change_in_volume_is_no_value() -> None:
    assert 6.0 not in values(
        "Chilean exports to Japan increased in volume by about 6 percent in 2030."
    )


def test_a_change_in_physical_terms_is_no_value() -> None:
    got = values("Trade between Chile and Japan grew in physical terms by 9.5% in 2030.")
    assert 9.5 not in got


def test_a_change_in_volume_terms_beside_the_values_change() -> None:
    # near miss inside: the value's own 3.2% stays
    got = values(
        "In 2030 Chilean exports to Japan rose 3.2 percent in value and 7.4 percent in volume terms."
    )
    assert 7.4 not in got and 3.2 in got


def test_a_clause_fronted_by_volume() -> None:
    assert -2.4 not in values("By volume, Chilean exports to Japan fell 2.4% in 2030.")


def test_a_tonnage_after_an_aside() -> None:
    assert -3.7 not in values("Chilean exports to Japan fell 3.7% (yoy) to 512.4 ton in 2030.")


def test_the_trade_volume_is_the_trades_value() -> None:
    # near miss: "trade volume" names the trade's value, not its quantity
    assert 8.0 in values("The trade volume between Chile and Japan rose 8 percent in 2030.")


def test_a_change_in_value_stays() -> None:
    # near miss: "in value" is the value's change; "by volume and value" decides nothing
    assert 5.5 in values("Chilean exports to Japan rose 5.5 percent in value in 2030.")
    assert 4.5 in values("Chilean exports to Japan rose by volume and value by 4.5% in 2030.")
