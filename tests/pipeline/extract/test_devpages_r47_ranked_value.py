"""Round 47, a ranked trade relation whose amount is joined by a value phrase
(:mod:`pipeline.extract.flow_cues` ``_RANKED_RELATION``), and the relation nouns of the Romance
glosses (``lexicon/foreign_words.csv``).

"Italy is Croatia's first supplier for a value of 3.4 billion euros" (Italian "per un valore
di", Portuguese "no valor de", French "pour une valeur de", Spanish "por un valor de": worth, for
a value of), as "with" and "at" were read: the supplier's amount is the other side's imports, a
customer's or buyer's its exports. The relation nouns and ranks of all four languages are glossed
as a family: proveedor/fornecedor/fournisseur/fornitore (supplier), comprador/acheteur/acquirente
(buyer), cliente/client (customer), inversor/investidor/investisseur/investitore (investor),
Spanish "mayor", Italian "principale"/"maggiore", French "deuxième"/"troisième".
Made-up sentences and figures; near misses keep what is no ranked relation."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, title: str) -> set[tuple]:
    out = figures(f" date 2031-03-01\n{title}\n\n{text}\n")
    return {(r.flow, r.reporter, r.partner, r.measure, r.value, r.unit) for r in out.itertuples()}


def test_italian_supplier_for_a_value_of() -> None:
    got = _rows(
        "Secondo i dati ufficiali, nel 2030 l'Italia è il primo Paese fornitore della Slovenia "
        "per un valore di 2,7 miliardi di euro (con un incremento del 4,5%).",
        "Italia e Slovenia",
    )
    assert ("imports", "SVN", "ITA", "level", 2_700_000_000.0, "EUR") in got
    assert ("imports", "SVN", "ITA", "pct_change", 4.5, "percent") in got


def test_spanish_second_largest_buyer_worth() -> None:
    got = _rows(
        "Según los datos oficiales, Uruguay fue el segundo mayor comprador de Paraguay en 2030, "
        "por un valor de 845 millones de dólares.",
        "El comercio de Paraguay con sus socios",
    )
    assert ("exports", "PRY", "URY", "level", 845_000_000.0, "USD") in got


def test_english_top_customer_amounting_to() -> None:
    got = _rows(
        "Kenya was Uganda's top customer in 2030, amounting to $1.3 billion.", "Uganda trade"
    )
    assert ("exports", "UGA", "KEN", "level", 1_300_000_000.0, "USD") in got


def test_supplier_of_a_product_with_a_price_stays_unread() -> None:
    """Near miss: no rank before the noun, and the amount is a contract's ("a supplier of
    turbines ... worth $40 million": no trade figure of the pair)."""
    got = _rows(
        "Kenya signed a deal with a supplier of turbines from Uganda worth $40 million in 2030.",
        "Uganda trade",
    )
    assert not any(r[4] == 40_000_000.0 and r[0] == "imports" for r in got)
