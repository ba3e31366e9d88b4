"""Round 54, a non-oil figure read as ``total`` (made-up sentences, made-up figures, other pairs).

Kind: the page names its figure's coverage as non-oil (NOTES "Sectors": ``non_oil``, never
``total``), but the scope reader lost it in three general ways:
- "non-hydrocarbon" and "excluding hydrocarbons" were no ``non_oil`` triggers ("hydrocarbon"
  alone read ``energy``); Maghreb Arabic "خارج المحروقات" and French "hors hydrocarbures" now
  gloss to "excluding hydrocarbons" (``triggers.csv``, ``foreign_words.csv``);
- a body's name ("of the Ministry of Economy, the non-oil trade ...") ran on past a comma and
  "the" into the next clause, so the sector word was taken for part of the name
  (``scope._INSTITUTION``);
- a coverage's two-way total in a later clause "..., then rose in 2030 to $X" after the parts
  of the first one fell back to ``total`` (``scope._coverage_goes_on``; NOTES "A sector word
  covers the coordinated clauses of its own sentence").
Dev pages: ic06 (arabkhabar, ar), hw11 (pledgetimes, en), hn14 (damapost, ar).
Near misses: "hydrocarbon exports" stay ``energy``; a ministry's own name still hides its sector
word; a later clause with its own flow word does not take the coverage.
"""

from tests.pipeline.extract.test_extract import figures


def _scopes(text: str) -> dict[float, str]:
    return {r.value: r.scope for r in figures(text).itertuples()}


def _page(body: str) -> str:
    return f"date 2031-02-01\nTrade\n\n{body}"


def test_non_hydrocarbon_is_non_oil() -> None:
    got = _scopes(_page("Libya's non-hydrocarbon exports to Tunisia reached $81 million in 2030."))
    assert got[81_000_000.0] == "non_oil"
    got = _scopes(
        _page("Libya's exports to Tunisia, excluding hydrocarbons, reached $77 million in 2030.")
    )
    assert got[77_000_000.0] == "non_oil"
    # near miss: hydrocarbon exports are energy
    got = _scopes(_page("Libya's hydrocarbon exports to Tunisia reached $93 million in 2030."))
    assert got[93_000_000.0] == "energy"


def test_maghreb_words_gloss_to_non_oil() -> None:
    got = _scopes(
        "date 2031-02-01\nالتجارة بين الجزائر وتونس\n\n"
        "وأضاف أن قيمة الصادرات الجزائرية خارج المحروقات نحو تونس وصلت إلى 38 مليون دولار في 2030، "
        "بزيادة 17% على أساس سنوي."
    )
    assert got[38_000_000.0] == "non_oil"
    got = _scopes(
        "date 2031-02-01\nCommerce\n\n"
        "Les exportations hors hydrocarbures de l'Algérie vers le Niger ont atteint 44 millions "
        "de dollars en 2030, selon les douanes algériennes."
    )
    assert got[44_000_000.0] == "non_oil"


def test_a_comma_and_the_end_a_body_name() -> None:
    got = _scopes(
        _page(
            "According to the figures of the Ministry of Economy, the non-oil trade between "
            "Oman and Kenya rose to 3.1 billion dirhams in 2030."
        )
    )
    assert got[3_100_000_000.0] == "non_oil"
    got = _scopes(
        _page(
            "Data from the Authority for Statistics, the non-oil trade of Oman with Kenya "
            "reached 2.6 billion dirhams in 2030."
        )
    )
    assert got[2_600_000_000.0] == "non_oil"
    # near miss: a sector word inside the body's own name
    got = _scopes(
        _page(
            "The Ministry of Agriculture, Fisheries and Water said Oman's exports to Kenya "
            "reached $40 million in 2030."
        )
    )
    assert got[40_000_000.0] == "total"


def test_coverage_goes_on_into_a_then_clause() -> None:
    got = _scopes(
        _page(
            "Trade between Jordan and Lebanon reached $58 million in 2029 in non-oil goods, of "
            "which $41 million Jordan's imports from Lebanon, and $17 million Jordan's exports "
            "to Lebanon, then rose in 2030 to $96 million."
        )
    )
    assert got[96_000_000.0] == "non_oil"
    got = _scopes(
        _page(
            "The non-oil trade of Jordan with Lebanon came to $61 million in 2029, of which $44 "
            "million imports and $17 million exports, and then grew in 2030 to $88 million."
        )
    )
    assert got[88_000_000.0] == "non_oil"
