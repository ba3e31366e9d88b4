"""Round 45, Italian: words the gloss lacked on Italian trade pages. "a / ad / fino a ottobre"
(through October: a year to date, as Spanish "a octubre"), "è stato di / sono state di" (was,
were: not "is stato of"), "un anno prima" (a year earlier), "ha totalizzato" (totaled) and
"superiore del X% a quello del" (higher by X% than that of). Made-up sentences."""

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures


def _rows(body: str) -> set[tuple]:
    return tuples(figures(f"date 2031-05-10\nItalia e Cile\n\n{body}\n"), CORE)


def test_a_month_is_the_year_through_that_month() -> None:
    rows = _rows(
        "Ad agosto 2030 l'interscambio tra Italia e Cile ha toccato quota 620 milioni di euro."
    )
    assert rows == {
        ("turnover", "ITA", "CHL", "2030-01-01", "2030-08-31", "level", 620e6, "EUR"),
    }


def test_fino_a_month_is_the_year_through_that_month() -> None:
    rows = _rows(
        "Fino a marzo 2030 le esportazioni italiane verso il Cile hanno raggiunto 95 milioni di euro."
    )
    assert rows == {
        ("exports", "ITA", "CHL", "2030-01-01", "2030-03-31", "level", 95e6, "EUR"),
    }


def test_in_a_month_stays_that_month() -> None:
    rows = _rows(
        "Nel mese di agosto 2030 l'interscambio tra Italia e Cile è stato di 40 milioni di euro."
    )
    assert rows == {
        ("turnover", "ITA", "CHL", "2030-08-01", "2030-08-31", "level", 40e6, "EUR"),
    }


def test_was_and_were_of_an_amount() -> None:
    rows = _rows(
        "Nel 2030 le esportazioni italiane verso il Cile sono state di 810 milioni di euro e le"
        " importazioni italiane sono state di 530 milioni di euro."
    )
    assert rows == {
        ("exports", "ITA", "CHL", "2030-01-01", "2030-12-31", "level", 810e6, "EUR"),
        ("imports", "ITA", "CHL", "2030-01-01", "2030-12-31", "level", 530e6, "EUR"),
    }


def test_a_year_earlier_with_a_change_and_that_is() -> None:
    rows = _rows(
        "A giugno 2030 le esportazioni italiane in Cile sono salite a 300 milioni di euro, con un"
        " incremento di 60 milioni di euro, cioè del 25% rispetto a un anno prima."
    )
    assert rows == {
        ("exports", "ITA", "CHL", "2030-01-01", "2030-06-30", "level", 300e6, "EUR"),
        ("exports", "ITA", "CHL", "2030-01-01", "2030-06-30", "abs_change", 60e6, "EUR"),
        ("exports", "ITA", "CHL", "2030-01-01", "2030-06-30", "pct_change", 25.0, "percent"),
    }


def test_totaled_and_higher_by_than_that_of() -> None:
    rows = _rows(
        "Nel 2030 il commercio bilaterale tra Italia e Cile ha totalizzato 1,9 miliardi di euro,"
        " un importo superiore del 14 per cento a quello raggiunto nel 2029."
    )
    assert rows == {
        ("turnover", "ITA", "CHL", "2030-01-01", "2030-12-31", "level", 1.9e9, "EUR"),
        ("turnover", "ITA", "CHL", "2030-01-01", "2030-12-31", "pct_change", 14.0, "percent"),
    }


def test_a_base_written_out_in_full_takes_the_amounts_currency() -> None:
    rows = _rows(
        "A maggio 2030 le esportazioni italiane in Cile sono salite a 61.402.118 di euro contro"
        " 47.230.905 di un anno prima."
    )
    assert rows == {
        ("exports", "ITA", "CHL", "2030-01-01", "2030-05-31", "level", 61402118.0, "EUR"),
        ("exports", "ITA", "CHL", "2029-01-01", "2029-05-31", "level", 47230905.0, "EUR"),
    }


def test_a_count_written_out_after_an_amount_is_no_base() -> None:
    rows = _rows(
        "A maggio 2030 le esportazioni italiane in Cile sono salite a 61.402.118 di euro contro"
        " 47.230.905 tonnellate di un anno prima."
    )
    assert (
        "exports",
        "ITA",
        "CHL",
        "2029-01-01",
        "2029-05-31",
        "level",
        47230905.0,
        "EUR",
    ) not in rows


def test_the_year_in_which_dates_the_base() -> None:
    rows = _rows(
        "Nel 2029 l'interscambio tra Italia e Cile è stato di 2,4 miliardi di euro, il 12% in più"
        " rispetto al 2028, anno in cui il volume era stato di 2,14 miliardi di euro."
    )
    assert ("turnover", "ITA", "CHL", "2028-01-01", "2028-12-31", "level", 2.14e9, "EUR") in rows
