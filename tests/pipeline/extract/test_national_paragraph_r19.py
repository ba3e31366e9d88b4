"""A paragraph about a country's whole trade is no pair's (NOTES: a country's trade with the
world is not a figure), in two forms its opening sentence is written:

- a sentence whose amount is not read as a figure (a trade balance) with one economy as the
  trading side and no partner ("Ruritania posted a trade surplus of $5bn in June"): the next
  sentence that names no economy continues the country's totals;
- "the country recorded an increase" after a world total: the pointer is the trading side
  (it does the verb), not a partner ("exports to the country").

Near misses stay read: a balance naming the partner ("a trade surplus with Uganda"), a
sentence calling its amount "total trade" (pages write it for the pair named before), "exports
to the country recorded a rise". Made-up sentences, never page text."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple[str, str, str, float]]:
    out = figures("date 2031-04-20\n" + text)
    return {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}


_PAIR = "Kenya's exports to Uganda rose 4% to $300 million in 2030.\n"


def test_a_balance_of_one_country_opens_its_whole_trade() -> None:
    rows = _rows(
        _PAIR + "Kenya posted a trade deficit of $1.2 billion in June 2030.\n"
        "Compared with May, exports grew 3.5% and imports 1.5%."
    )
    assert rows == {("exports", "KEN", "UGA", 300_000_000.0), ("exports", "KEN", "UGA", 4.0)}, rows


def test_near_miss_a_balance_with_the_partner_or_a_total_trade() -> None:
    rows = _rows(
        _PAIR + "Kenya posted a trade deficit with Uganda of $1.2 billion in June 2030.\n"
        "Compared with May, exports grew 3.5% and imports 1.5%."
    )
    assert ("exports", "KEN", "UGA", 3.5) in rows, rows
    rows = _rows(
        "Kenya is Uganda's largest trading partner.\n"
        "In 2030, total trade amounted to $4.5 billion.\n"
        "Exports grew 3.5% to $2.5 billion."
    )
    assert any(r[0] == "exports" and r[3] == 3.5 for r in rows), rows  # (the pair's)


def test_the_country_doing_the_verb_is_the_trading_side() -> None:
    rows = _rows(
        _PAIR + "Kenya's total trade in the first quarter of 2031 stood at 5.1 trillion shillings "
        "with a trade balance of 600 billion shillings.\n"
        "The nation's exports in the period stood at 2.9 trillion shillings compared to imports "
        "of 2.2 trillion shillings.\n"
        "The bureau stated that imports fell by 0.7 per cent, adding that the country recorded "
        "an increase of 5.5 per cent in external trade."
    )
    assert not any(r[3] in (-0.7, 5.5) for r in rows), rows


def test_near_miss_exports_to_the_country() -> None:
    rows = _rows(
        _PAIR + "Kenya's total trade stood at $9 billion in the first quarter of 2031.\n"
        "Exports to the country recorded a rise of 5.5% in March 2031."
    )
    assert any(r[3] == 5.5 for r in rows), rows
