"""Round 47, kind: a value whose sentence weighs its goods is one commodity's, not the pair's.

A sentence that gives the goods' weight and names no economy ("Shipments of ketchup came to
12,400 tonnes, worth $31.5m", Japanese "魚粉が3万5000トン輸入され、輸入額は..."), or weighs them before
a figure whose own clause names none, is about one commodity (NOTES, "scope": a single named
product that is no sector is not annotated), unless it names a sector (the sector's row) or goods
in general ("tonnes of goods", "trade", "cargo": the total's). A pair's figure restated in tonnes
after it ("doubled to $40m, or 6,000 tons") stays the pair's (:func:`~.quantities.weighs_goods`). Japanese weights ("3万5000トン", "8126t") are read as tonnes (:mod:`~.japanese`), and the
unit word of other languages is glossed (``foreign_words.csv``: toneladas, Tonnen, тонн, 톤, 吨).

Made-up sentences, made-up figures; near misses keep their rows."""

import pytest

from tests.pipeline.extract.test_extract import figures

_YEAR = ("2030-01-01", "2030-12-31")


def _rows(text: str, head: str = "date 2031-02-10\nTrade news\n\n") -> set[tuple]:
    out = figures(f"{head}{text}\n")
    return {
        (r.flow, r.scope, r.reporter, r.partner, r.measure, r.value, r.unit)
        for r in out.itertuples()
    }


@pytest.mark.parametrize(
    ("text", "head", "expected"),
    [
        (  # English: the weight before its worth, in a sentence after the pair's
            "Ghana's exports to Togo reached $410 million in 2030. Shipments of ketchup came to "
            "12,400 tonnes, worth $31.5 million.",
            "date 2031-02-10\nTrade news\n\n",
            {("exports", "total", "GHA", "TGO", "level", 410_000_000.0, "USD")},
        ),
        (  # Spanish: the weight after the amount ("con un volumen de ... toneladas")
            "En 2030 las importaciones de Perú desde Bolivia sumaron 900 millones de dólares. "
            "Hasta agosto compró quinua por US$ 38,6 millones, con un volumen de 12,7 mil "
            "toneladas.",
            "date 2031-02-10\nComercio exterior\n\n",
            {("imports", "total", "PER", "BOL", "level", 900_000_000.0, "USD")},
        ),
        (  # Japanese: the weight in トン with 万, then the imports' value and its change
            "2030年のペルーからの輸入では、魚粉が3万5000トン輸入され、輸入額は前年比12.5%増の4億2000万ドルだった。",
            "date 2031-02-10\n日本とペルーの貿易\n\n",
            set(),
        ),
        (  # near miss: a pair's figure restated in tonnes after it stays the pair's
            "Ghana's exports to Togo doubled to $31.5 million in 2030, or 12,400 tonnes.",
            "date 2031-02-10\nTrade news\n\n",
            {
                ("exports", "total", "GHA", "TGO", "multiple", 2.0, "times"),
                ("exports", "total", "GHA", "TGO", "level", 31_500_000.0, "USD"),
            },
        ),
        (  # near miss: goods in general weighed beside their worth stay the pair's total
            "In 2030 Ghana sold 12,400 tonnes of goods to Togo, worth $31.5 million.",
            "date 2031-02-10\nTrade news\n\n",
            {("exports", "total", "GHA", "TGO", "level", 31_500_000.0, "USD")},
        ),
        (  # near miss: a sector weighed keeps the sector's row
            "In 2030 Ghana sold 12,400 tonnes of steel to Togo, worth $31.5 million.",
            "date 2031-02-10\nTrade news\n\n",
            {("exports", "metals", "GHA", "TGO", "level", 31_500_000.0, "USD")},
        ),
    ],
)
def test_weighed_goods(text: str, head: str, expected: set[tuple]) -> None:
    assert _rows(text, head) == expected


def test_japanese_weight_is_read_as_tonnes() -> None:
    """Japanese weights ("8126t", "3万5000トン", "約110万トン") are glossed in tonnes."""
    from pipeline.extract.japanese import prepare

    assert " 8126 tonnes " in prepare("輸出量が8126t、輸出額は")
    assert " 35000 tonnes " in prepare("魚粉が3万5000トン輸入され")
    assert " 1.1 million tonnes " in prepare("輸出量は約110万トン")


def test_change_of_a_hedged_tonnage() -> None:
    """A change "to about" a tonnage is the tonnage's, as "to" one (``changes_tonnage``)."""
    rows = _rows(
        "Ghana's exports to Togo rose 8% to about 12,400 tonnes in 2030. Its exports to Benin "
        "rose 5% to $31.5 million in 2030."
    )
    assert {r[4] for r in rows if r[3] == "TGO"} == set()
    assert ("exports", "total", "GHA", "BEN", "pct_change", 5.0, "percent") in rows
