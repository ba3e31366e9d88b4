"""A trade balance in the forms pages write it without a balance trigger before the amount is no
flow (NOTES: trade balance / deficit / surplus are not figures): "a trade loss of $X" (a
deficit), one flow "exceeds" the other "by $X", a change "in surplus" right after the amount,
the Spanish "saldo desfavorable" / "saldo a favor" (unfavourable / favourable balance), and a
pronoun clause after a semicolon that goes on about the balance ("the deficit was $X; it rose by
$Y"). Before round 18 each was read as turnover or as the last flow named. Made-up sentences,
never page text."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple[str, str, float]]:
    out = figures("date 2031-03-09\n" + text)
    return {(r.flow, r.measure, r.value) for r in out.itertuples()}


_PAIR = "Trade between Ghana and Togo reached $5.5 billion in 2030. "


def test_a_trade_loss_is_a_balance() -> None:
    rows = _rows(_PAIR + "Ghana incurred a trade loss of over $810 million with Togo in 2030.")
    assert rows == {("turnover", "level", 5.5e9)}, rows


def test_an_amount_before_trade_loss_is_a_balance() -> None:
    rows = _rows(_PAIR + "Ghana saw a $1,210 million trade loss with Togo in 11 months.")
    assert rows == {("turnover", "level", 5.5e9)}, rows


def test_exports_exceeding_imports_by_an_amount_is_a_balance() -> None:
    rows = _rows(_PAIR + "Togo's exports to Ghana exceed its imports from Ghana by $3.6 billion.")
    assert rows == {("turnover", "level", 5.5e9)}, rows


def test_near_miss_exports_exceeding_last_years_stay_a_flow() -> None:
    rows = _rows("Togo's exports to Ghana exceeded those of 2029 by $300 million in 2030.")
    assert rows and all(flow == "exports" for flow, _, _ in rows), rows


def test_near_miss_trade_exceeding_an_amount_stays_read() -> None:
    rows = _rows("Trade between Ghana and Togo exceeded $5 billion in 2030.")
    assert rows == {("turnover", "level", 5e9)}, rows


def test_a_change_in_surplus_is_a_balance() -> None:
    rows = _rows(_PAIR + "Trade with Togo saw a decrease of 24.5 percent in surplus in 2030.")
    assert rows == {("turnover", "level", 5.5e9)}, rows


def test_near_miss_a_change_in_exports_stays_read() -> None:
    rows = _rows("Ghana's trade with Togo saw a rise of 12 percent in exports in 2030.")
    assert rows == {("exports", "pct_change", 12.0)}, rows


_EST_FIN = (
    "Estonia exported goods worth €500 million to Finland in 2030 and imports from Finland "
    "were €600 million. "
)


def test_a_pronoun_clause_after_a_deficit_continues_it() -> None:
    rows = _rows(_EST_FIN + "The trade deficit was €100 million; it increased by €15 million.")
    assert ("imports", "abs_change", 15e6) not in rows, rows
    assert len(rows) == 2, rows


def test_near_miss_a_flow_clause_after_a_deficit_stays_read() -> None:
    rows = _rows(_EST_FIN + "The trade deficit was €100 million; exports rose by €15 million.")
    assert ("exports", "abs_change", 15e6) in rows, rows


_CHL_PER = (
    "El comercio entre Chile y Perú creció en 2030. El informe dio cuenta de exportaciones de "
    "Chile a Perú por 400 millones de dólares e importaciones por 700 millones, "
)


def test_spanish_saldo_desfavorable_is_a_balance() -> None:
    rows = _rows(_CHL_PER + "con un saldo desfavorable de 300 millones de dólares.")
    assert rows == {("exports", "level", 4e8), ("imports", "level", 7e8)}, rows


def test_spanish_saldo_a_favor_is_a_balance() -> None:
    rows = _rows(
        _CHL_PER + "y el monto exportado es un récord, al igual que el saldo a favor de la "
        "economía chilena por 1.500 millones de dólares."
    )
    assert rows == {("exports", "level", 4e8), ("imports", "level", 7e8)}, rows
