"""Round 46, Italian: words the gloss lacked on Italian trade pages.
- "sullo / sui / sugli / sulle" (on: the base of a change, as "sul" and "sulla" already were).
- A hedge before a percentage's article: "oltre il", "quasi il", "più del", "circa il" (more than).
- "fornitore" (supplier) and "dietro" / "dietro al" (behind: a ranking's aside, not the partner).
- Change verbs as bare participles ("salite del 7%") and infinitives ("hanno visto crescere"),
  and "fino a toccare / raggiungere" (reaching: the level the change arrived at, no target).
Made-up sentences."""

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures


def _rows(body: str) -> set[tuple]:
    return tuples(
        figures(f"date 2031-05-10\nIl commercio tra l'Italia e il Cile\n\n{body}\n"),
        (*CORE, "approx"),
    )


def test_sullo_and_sugli_are_the_base_of_a_change() -> None:
    assert _rows(
        "Nei primi nove mesi del 2030 l'interscambio tra Italia e Cile è salito a 2,4 miliardi di"
        " euro, in crescita del 6% sullo stesso periodo del 2029."
    ) == {
        ("turnover", "ITA", "CHL", "2030-01-01", "2030-09-30", "level", 2.4e9, "EUR", False),
        ("turnover", "ITA", "CHL", "2030-01-01", "2030-09-30", "pct_change", 6.0, "percent", False),
    }
    assert _rows(
        "Nel primo semestre del 2030 le esportazioni italiane in Cile sono state di 900 milioni di"
        " euro, con un aumento del 3,5% sugli stessi mesi del 2029."
    ) == {
        ("exports", "ITA", "CHL", "2030-01-01", "2030-06-30", "level", 900e6, "EUR", False),
        ("exports", "ITA", "CHL", "2030-01-01", "2030-06-30", "pct_change", 3.5, "percent", False),
    }


def test_sul_a_year_stays_as_it_was() -> None:
    assert _rows(
        "Nel 2030 le esportazioni italiane in Cile sono state di 700 milioni di euro, con un aumento"
        " del 3,5% sul 2029."
    ) == {
        ("exports", "ITA", "CHL", "2030-01-01", "2030-12-31", "level", 700e6, "EUR", False),
        ("exports", "ITA", "CHL", "2030-01-01", "2030-12-31", "pct_change", 3.5, "percent", False),
    }


def test_a_hedge_before_the_article_of_a_percentage() -> None:
    assert _rows(
        "Nel 2030 l'interscambio tra Italia e Cile è aumentato di oltre il 12%, a 1,5 miliardi di"
        " euro."
    ) == {
        ("turnover", "ITA", "CHL", "2030-01-01", "2030-12-31", "pct_change", 12.0, "percent", True),
        ("turnover", "ITA", "CHL", "2030-01-01", "2030-12-31", "level", 1.5e9, "EUR", False),
    }
    assert _rows("Nel 2030 le importazioni italiane dal Cile sono cresciute di quasi il 9%.") == {
        ("imports", "ITA", "CHL", "2030-01-01", "2030-12-31", "pct_change", 9.0, "percent", True),
    }


def test_a_percentage_with_its_article_alone_is_exact() -> None:
    assert _rows("Nel 2030 le importazioni italiane dal Cile sono cresciute del 9%.") == {
        ("imports", "ITA", "CHL", "2030-01-01", "2030-12-31", "pct_change", 9.0, "percent", False),
    }


def test_a_supplier_ranked_behind_another_country() -> None:
    assert _rows(
        "Nel 2030 l'Italia è stata il secondo fornitore del Cile, dietro la Cina, con un valore di"
        " 640 milioni di euro."
    ) == {
        ("imports", "CHL", "ITA", "2030-01-01", "2030-12-31", "level", 640e6, "EUR", False),
    }
    assert _rows(
        "Nel 2030 il Cile è stato il quarto mercato per l'export italiano, dietro al Brasile, con"
        " un valore di 510 milioni di euro."
    ) == {
        ("exports", "ITA", "CHL", "2030-01-01", "2030-12-31", "level", 510e6, "EUR", False),
    }


def test_participle_and_infinitive_change_verbs() -> None:
    assert _rows(
        "Nel 2030 le vendite italiane in Cile, salite del 7%, hanno toccato 300 milioni di euro."
    ) == {
        ("exports", "ITA", "CHL", "2030-01-01", "2030-12-31", "pct_change", 7.0, "percent", False),
        ("exports", "ITA", "CHL", "2030-01-01", "2030-12-31", "level", 300e6, "EUR", False),
    }
    assert _rows(
        "Nel 2030 Italia e Cile hanno visto crescere il loro interscambio del 10%, fino a toccare"
        " i 3 miliardi di euro."
    ) == {
        (
            "turnover",
            "ITA",
            "CHL",
            "2030-01-01",
            "2030-12-31",
            "pct_change",
            10.0,
            "percent",
            False,
        ),
        ("turnover", "ITA", "CHL", "2030-01-01", "2030-12-31", "level", 3e9, "EUR", False),
    }
