"""Round 56 kind: a quantity that is no trade figure (what a thing cost, a change of GDP) read as the
page pair's trade. Seen on dev pages of three outlets in three languages: hn15 ltv (ar: "التي قدّر
البنك الدولي كلفتها بـ 200 مليار دولار", the reconstruction's cost, "كلفتها" unglossed), hq12
clickhabari (sw: "ujenzi wake uligharimu ... million 6.5", the border post's construction cost,
the verb unglossed), hq08 omanobserver (en: "The Sultanate's GDP thus grew by 12 percent"). Built
as the Swahili verb "-gharimu" with its subject and tense prefixes, the Arabic cost nouns with
their article, "ب" and possessives, and the English cost verb or noun right before the amount
(or "whose cost X estimated at") and a change of GDP (NOTES: GDP and project costs are no trade
figures). Made-up sentences, other pairs and forms than the pages ("itagharimu", "بتكلفة",
"costing", "GDP expanded by")."""

from tests.pipeline.extract.test_extract import figures


def _values(text: str) -> set[float]:
    return {r["value"] for r in figures(text).to_dict("records")}


def test_swahili_future_cost_verb() -> None:
    got = _values(
        " date 2031-02-01\nBiashara kati ya Kenya na Uganda\n\nBiashara kati ya Kenya na Uganda "
        "ilifikia dola milioni 900 mwaka 2030. Biashara kati ya Kenya na Uganda imekua zaidi "
        "tangu mpaka mpya ambao ujenzi wake itagharimu dola milioni 45.\n"
    )
    assert 900e6 in got
    assert 45e6 not in got


def test_arabic_at_a_cost_of() -> None:
    got = _values(
        " date 2031-02-01\nالتجارة بين مصر والسودان\n\nبلغ حجم التجارة بين مصر والسودان 1.5 "
        "مليار دولار في عام 2030، وتم افتتاح ميناء بري جديد بتكلفة 80 مليون دولار.\n"
    )
    assert 1.5e9 in got
    assert 80e6 not in got


def test_english_costing_and_gdp_change() -> None:
    got = _values(
        "Trade news\n\nTrade between Chile and Peru reached $5 billion in 2030, helped by a new "
        "highway costing $310 million. Peru's GDP expanded by 3.5 percent in 2030.\n"
    )
    assert 5e9 in got
    assert 310e6 not in got
    assert 3.5 not in got


def test_near_miss_cost_of_imports_is_a_flow() -> None:
    got = _values(
        "Trade news\n\nThe cost of Peru's imports from Chile reached $700 million in 2030.\n"
    )
    assert 700e6 in got


def test_near_miss_trade_change_beside_gdp_stays() -> None:
    got = _values(
        "Trade news\n\nAs GDP grew, trade between Chile and Peru grew by 9 percent in 2030.\n"
    )
    assert 9.0 in got


def test_near_miss_a_flow_that_cost_an_amount_stays() -> None:
    got = _values("Trade news\n\nPeru's imports from Chile cost $640 million in 2030.\n")
    assert 640e6 in got
