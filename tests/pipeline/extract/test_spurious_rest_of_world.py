"""Trade with "countries other than X" is every partner but X, the rest of the world (NOTES.md,
"What is a figure": a region that is not a listed bloc gives no row), and so is an unowned flow
later in the same sentence ("..., while imports slipped 1%"). Made-up sentences."""

from tests.pipeline.extract.test_extract import figures

_PAIR = "date 2031-05-02\nPeru's exports to Chile grew 1.3 per cent to $27.8 billion in 2030.\n\n"


def values(text: str) -> set[float]:
    return {float(round(r.value, 2)) for r in figures(text).itertuples()}


def test_trade_with_countries_other_than_the_partner_is_no_row() -> None:
    got = values(
        _PAIR + "Exports to countries other than Chile increased 3.6 per cent to $10.2 billion, "
        "while imports slipped 0.8 per cent to $14.5 billion."
    )
    assert got == {1.3, 27.8e9}


def test_markets_outside_the_partner_are_no_row() -> None:
    got = values(_PAIR + "Shipments to markets outside Chile rose to $9.1 billion.")
    assert got == {1.3, 27.8e9}


def test_other_countries_beside_the_partner_keep_the_partners_figure() -> None:
    # near miss: the partner named on its own in the next clause is still read
    got = values(
        _PAIR + "Exports to other countries rose to $10.2 billion, while exports to Chile were "
        "$5 billion."
    )
    assert 5e9 in got and 10.2e9 not in got


def test_imports_from_the_partner_after_a_rest_of_world_clause_stay() -> None:
    # near miss: a later clause naming the partner on its own is the pair's
    got = values(
        _PAIR + "Exports to countries other than Chile rose to $10.2 billion, while imports "
        "from Chile slipped to $4.5 billion."
    )
    assert 4.5e9 in got and 10.2e9 not in got


# "Neighbours" and "third countries" name a group of partners, not one (round 18).


def test_trade_with_neighbours_is_no_row() -> None:
    got = values(_PAIR + "Peru's trade with neighbours reached $14.4 billion in 2030.")
    assert got == {1.3, 27.8e9}


def test_trade_with_third_countries_is_no_row() -> None:
    got = values(
        _PAIR + "Peru's trade with third countries rose 6.2 per cent in 2030, to $3.3 billion."
    )
    assert got == {1.3, 27.8e9}


def test_one_neighbour_named_stays() -> None:
    # near miss: "its neighbour Chile" is one partner
    assert 6.2 in values(_PAIR + "Peru's exports to its neighbour Chile rose 6.2 per cent in 2030.")
