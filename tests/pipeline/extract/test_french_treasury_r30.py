"""Round 30, a French economic service's country brief: "Sur les six premiers mois de l'année,
les flux bilatéraux atteignent ... M EUR, en hausse de 7% sur le 1er semestre 2030", "Pour
l'ensemble de l'année passée, les échanges ... progressent ..., et se montent à", "a quadruplé",
"le solde de nos échanges accuse un trou de" (a balance, no trade), and a flow compared with
("plus vite que les importations (5%)") whose own bracket stays its own; a balance clause before
"although" no longer reaches the clause after it. Every sentence is made up."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(text)
    return {
        (r.flow, frozenset((r.reporter, r.partner)), r.measure, r.value, str(r.period_start))
        for r in out.itertuples()
    }


PAIR = frozenset({"FRA", "CHL"})


def test_a_french_brief_on_the_first_half_and_last_year() -> None:
    got = _rows(
        "date 2031-09-10\nChili\nLe commerce entre la France et le Chili grandit d'année en "
        "année. Sur les six premiers mois de l'année, les flux bilatéraux atteignent 1 287,6 M "
        "EUR, en hausse de 9% sur le 1er semestre 2030. Pour l'ensemble de l'année passée, les "
        "échanges entre la France et le Chili progressent, et se montent à 2 465,5 M EUR.\n"
    )
    assert ("turnover", PAIR, "level", 1_287_600_000.0, "2031-01-01") in got
    assert ("turnover", PAIR, "pct_change", 9.0, "2031-01-01") in got
    assert ("turnover", PAIR, "level", 2_465_500_000.0, "2030-01-01") in got


def test_a_balance_is_no_trade_and_a_compared_flow_keeps_its_bracket() -> None:
    got = _rows(
        "date 2031-09-10\nChili\nLe commerce entre la France et le Chili grandit. Au 1er "
        "semestre 2031, le solde de nos échanges accuse un trou de 0,8 milliard d'euros, bien "
        "que les exportations aient progressé (+11,1%) plus vite que les importations (4%).\n"
    )
    assert {(r[0], r[3]) for r in got} == {("exports", 11.1), ("imports", 4.0)}


def test_a_quadrupling() -> None:
    got = _rows(
        "date 2031-09-10\nChili\nEn dix ans, le montant du commerce entre la France et le Chili "
        "a quadruplé.\n"
    )
    assert {(r[0], r[2], r[3]) for r in got} == {("turnover", "multiple", 4.0)}
