"""Round 29: a market's or a supplier's amount with no flow word, change verbs of a subject that
cuts or raises its own flow, and a possessive inside an appositive.

Every sentence is made up, in the shapes real pages use: an Italian business daily's "resta il
principale mercato per i prodotti italiani, per un valore di ... milioni di euro", a wire's
"Japan, Australia's largest customer, cut its imports", "India raised its purchases of Russian
goods by 40%". Near misses: a market that is no country's buyer ("the market for halal products
in Malaysia"), a sentence whose flow word is its own ("exports to Japan, Australia's largest
customer, rose"), and a market named without an amount of its own.
"""

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(text)
    return {
        (r.flow, r.reporter, r.partner, r.measure, r.value, r.unit, str(r.period_start))
        for r in out.itertuples()
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Portugal remains the main market for Moroccan products, with a value of 4.6 billion "
        "euros in 2029.",
        "Portugal remained the largest destination for Moroccan goods, worth 4.6 billion euros "
        "in 2029.",
        "Portugal was again the first outlet for Morocco's merchandise, with 4.6 billion euros "
        "in 2029.",
    ],
)
def test_a_market_for_a_countrys_goods_takes_its_exports(sentence: str) -> None:
    assert _rows(f"date 2030-03-02\n{sentence}") == {
        ("exports", "MAR", "PRT", "level", 4.6e9, "EUR", "2029-01-01")
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Turkey is the main supplier of goods to Georgia, with $1.9 billion in 2029.",
        "Turkey remained Georgia's main source of manufactured goods in 2029 with $1.9 billion.",
    ],
)
def test_a_supplier_of_goods_is_the_origin_of_imports(sentence: str) -> None:
    assert _rows(f"date 2030-03-02\n{sentence}") == {
        ("imports", "GEO", "TUR", "level", 1.9e9, "USD", "2029-01-01")
    }


@pytest.mark.parametrize(
    "page",
    [
        "Il Belgio resta il primo mercato per i prodotti olandesi, per un valore di 71,4 miliardi "
        "di euro nel 2029.",
        "Bélgica sigue siendo el principal mercado para los productos neerlandeses, con un valor "
        "de 71.400 millones de euros en 2029.",
        "La Belgique reste le premier marché pour les produits néerlandais, avec 71,4 milliards "
        "d'euros en 2029.",
        "Segundo o instituto de estatística, a Bélgica continua a ser o principal mercado para os produtos neerlandeses, com 71,4 mil "
        "milhões de euros em 2029.",
        "Belgien bleibt der wichtigste Markt für niederländische Produkte mit 71,4 Milliarden Euro "
        "im Jahr 2029.",
    ],
)
def test_the_main_market_for_a_countrys_products_in_five_languages(page: str) -> None:
    assert _rows(f"date 2030-03-02\n{page}") == {
        ("exports", "NLD", "BEL", "level", 71.4e9, "EUR", "2029-01-01")
    }


def test_a_market_that_buys_nothing_named_is_no_figure() -> None:
    assert (
        _rows("date 2030-03-02\nThe market for halal products in Malaysia is worth $5 billion.")
        == set()
    )
    assert (
        _rows(
            "date 2030-03-02\nNigeria is a large market for Chinese consumer goods, with a "
            "population of 220 million."
        )
        == set()
    )


@pytest.mark.parametrize(
    ("verb", "sign"),
    [("cut", -1), ("slashed", -1), ("trimmed", -1), ("lowered", -1), ("raised", 1), ("hiked", 1)],
)
def test_a_subject_cutting_or_raising_its_own_flow_is_a_change(verb: str, sign: int) -> None:
    text = f"date 2030-05-02\nCanada {verb} its imports from Mexico by 3.5 per cent to C$2.4 billion in March 2030."
    assert _rows(text) == {
        ("imports", "CAN", "MEX", "pct_change", sign * 3.5, "percent", "2030-03-01"),
        ("imports", "CAN", "MEX", "level", 2.4e9, "CAD", "2030-03-01"),
    }


def test_purchases_of_a_countrys_goods_raised_by_a_percentage() -> None:
    text = "date 2030-05-02\nIndia raised its purchases of Russian goods by 40% to $9.8 billion in 2029."
    assert _rows(text) == {
        ("imports", "IND", "RUS", "pct_change", 40.0, "percent", "2029-01-01"),
        ("imports", "IND", "RUS", "level", 9.8e9, "USD", "2029-01-01"),
    }


@pytest.mark.parametrize(
    ("sentence", "flow", "reporter", "partner", "change"),
    [
        (
            "Peru, Chile's second-largest trading partner, slashed its imports by 12% to $1.1 "
            "billion in 2029.",
            "imports",
            "PER",
            "CHL",
            -12.0,
        ),
        (
            "Peru, Chile's largest export market, cut its imports by 12% to $1.1 billion in 2029.",
            "imports",
            "PER",
            "CHL",
            -12.0,
        ),
        (
            "Chile's largest customer, Peru, increased its imports by 12% to $1.1 billion in 2029.",
            "imports",
            "PER",
            "CHL",
            12.0,
        ),
        (
            "Peru, Chile's main supplier, raised its exports by 12% to $1.1 billion in 2029.",
            "exports",
            "PER",
            "CHL",
            12.0,
        ),
        (
            "Peru, Chile's main supplier, raised its exports to Chile by 12% to $1.1 billion in "
            "2029.",
            "exports",
            "PER",
            "CHL",
            12.0,
        ),
    ],
)
def test_the_possessor_in_an_appositive_is_the_counterpart(
    sentence: str, flow: str, reporter: str, partner: str, change: float
) -> None:
    assert _rows(f"date 2030-03-02\n{sentence}") == {
        (flow, reporter, partner, "pct_change", change, "percent", "2029-01-01"),
        (flow, reporter, partner, "level", 1.1e9, "USD", "2029-01-01"),
    }


def test_an_appositive_after_a_destination_leaves_the_owner_as_it_is() -> None:
    # near miss: no "its" after the appositive; Australia's exports go to Japan
    rows = _rows(
        "date 2031-04-02\nExports to Japan, Australia's largest customer, rose 5% to $3 billion in 2030."
    )
    assert {(r[0], r[1], r[2]) for r in rows} == {("exports", "AUS", "JPN")}
