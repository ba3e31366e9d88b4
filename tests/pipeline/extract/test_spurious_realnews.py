"""Numbers that are no bilateral trade figure, as real pages write them, each rule on made-up
sentences in several outlets' styles (NOTES.md, "What is a figure"): a group of partners that is
no listed bloc, a sub-national region trading, the whole a share is taken of.
"""

import pytest

from tests.pipeline.extract.test_extract import figures


def values(text: str) -> set[float]:
    return {float(round(r.value)) for r in figures(text).itertuples()}


@pytest.mark.parametrize(
    "text",
    [
        # wire style, a count of partners
        "date 2031-05-02\nPeru's exports to Chile rose to $4.1 billion in 2030, while its "
        "imports from the seven Andean nations totalled $9.3 billion.",
        # business daily, a demonstrative after the countries were listed
        "date 2031-05-02\nTrade between Ghana and Togo reached $2.2 billion in 2030. Exports "
        "to these countries reached $5.6 billion, official data show.",
        # ministry release, a named region with "trading partners"
        "date 2031-05-02\nFiji's exports to Samoa were $80 million in 2030; imports from its "
        "Melanesian trading partners came to $610 million.",
    ],
)
def test_a_group_of_partners_that_is_no_listed_bloc_is_no_figure(text: str) -> None:
    got = values(text)
    assert got & {9_300_000_000.0, 5_600_000_000.0, 610_000_000.0} == set()
    assert got & {4_100_000_000.0, 2_200_000_000.0, 80_000_000.0}  # the pair's figure stays


def test_a_listed_bloc_a_demonym_or_the_two_countries_stay_one_partner() -> None:
    got = values(
        "date 2031-05-02\nKazakhstan's exports to the CIS countries reached $9.9 billion in "
        "2030, and trade between these two countries was $2.4 billion.\nKazakhstan's imports "
        "from the five member states of the EAEU were $7.7 billion in 2030.\nArmenia's trade with "
        "other member states of the Eurasian Economic Union reached $3.3 billion in 2030."
    )
    assert {9_900_000_000.0, 2_400_000_000.0, 7_700_000_000.0, 3_300_000_000.0} <= got


@pytest.mark.parametrize(
    "text",
    [
        # public broadcaster: a change of trade with the sub-national region
        "date 2031-05-02\nIreland's imports from Britain fell by 20% to €1.2bn in January 2031. "
        "Imports from Northern Ireland were up by 10% to €177m while exports to Northern "
        "Ireland were up 17% to €199m.",
        # business paper: cross-border trade beside a real bilateral figure
        "date 2031-05-02\nCross-border trade between Ireland and Northern Ireland hit €9.4bn in "
        "2030, while Irish exports to Britain were €21bn.",
        # agency release: the region as the exporter
        "date 2031-05-02\nNorthern Ireland's sales to the Republic of Ireland rose 8% to £3.1bn "
        "in 2030, the trade body said.",
    ],
)
def test_northern_ireland_is_a_region_of_the_uk_not_ireland(text: str) -> None:
    got = values(text)
    # (NOTES: a sub-national region trading with a country is no figure)
    assert got & {10.0, 177_000_000.0, 17.0, 199_000_000.0, 9_400_000_000.0, 8.0} == set()
    assert got & {3_100_000_000.0} == set()
    if "Britain" in text:  # the country's own figure stays
        assert got & {1_200_000_000.0, 21_000_000_000.0}


@pytest.mark.parametrize(
    "text",
    [
        "date 2031-05-02\nKorea is the third largest investor in Vietnam, with approved "
        "investments from Korea valued at US$8 billion last year.",
        "date 2031-05-02\nAbout two billion dollars worth of investment was signed between "
        "Ghana and Chinese companies during the visit.",
        "date 2031-05-02\nJapan pledged investments of $4.5 billion in Kenya over five years, "
        "while Japanese FDI in Kenya stood at $1.2 billion in 2030.",
    ],
)
def test_investment_approved_pledged_or_signed_is_no_investment(text: str) -> None:
    # NOTES: approved pipelines and deals signed are not investment; investment made stays
    got = values(text)
    assert got & {8_000_000_000.0, 2_000_000_000.0, 4_500_000_000.0} == set()
    if "stood at" in text:
        assert 1_200_000_000.0 in got


@pytest.mark.parametrize(
    "text",
    [
        "date 2031-05-02\nTrade between Turkey and Turkmenistan grew in 2030. Meanwhile, imports "
        "of Turkey in April 2031 went down by 25 percent and amounted to $13.5 billion.",
        "date 2031-05-02\nKenya and Uganda signed a customs pact in 2030. Imports by Kenya grew "
        "9% to $2.1 billion in 2030, the statistics bureau said.",
        "date 2031-05-02\nThe Philippines and Japan held trade talks. The imports of the "
        "Philippines rose 7% to $11 billion in May 2031.",
    ],
)
def test_imports_of_one_named_country_are_its_imports_from_the_world(text: str) -> None:
    assert values(text) == set()


def test_imports_of_a_country_from_a_partner_stay() -> None:
    got = values(
        "date 2031-05-02\nImports of Turkey from Turkmenistan rose to $1.1 billion in 2030."
    )
    assert 1_100_000_000.0 in got


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        (
            "date 2031-05-02\nIran's non-oil exports to Iraq reached $9.2 billion in 2030.",
            "non_oil",
        ),
        (
            "date 2031-05-02\nIndonesia's non-oil and gas exports to Australia were $3.1 billion "
            "in 2030.",
            "non_oil",
        ),
        (
            "date 2031-05-02\nNon-oil trade between the UAE and India rose to $50.5 billion in "
            "2030.",
            "non_oil",
        ),
    ],
)
def test_non_oil_trade_is_its_own_scope(text: str, scope: str) -> None:
    # NOTES: non_oil for non-oil trade, never total (it would contradict the total); "oil and
    # gas" inside "non-oil and gas" is no energy figure
    assert set(figures(text)["scope"]) == {scope}


@pytest.mark.parametrize(
    "text",
    [
        "date 2031-05-02\nGerman imports of Swiss pharmaceutical products rose 20.1 percent in "
        "2030.",
        "date 2031-05-02\nMorocco's exports of phosphates to India fell 12% to $1.1 billion in "
        "2030.",
        "date 2031-05-02\nItaly's imports of pharma products from Ireland reached €9 billion in "
        "2030.",
    ],
)
def test_a_single_product_is_not_annotated(text: str) -> None:
    assert values(text) == set()


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "date 2031-05-02\nThai investment in Vietnam grew in 2030, when a Thai retailer "
            "bought a Vietnamese chain at a cost of $1.3 billion.",
            set(),
            {1_300_000_000.0},
        ),
        (
            "date 2031-05-02\nThai investment in Vietnam grew in 2030 with the acquisition of a "
            "Vietnamese chain for $1.3 billion.",
            set(),
            {1_300_000_000.0},
        ),
        (
            "date 2031-05-02\nJapan and Kenya signed a trade deal worth $2.3 billion in 2030, "
            "while trade between them reached $1.4 billion.",
            {1_400_000_000.0},
            {2_300_000_000.0},
        ),
        (
            "date 2031-05-02\nBilateral trade between Japan and Kenya was $1.4 billion in 2030, "
            "and Japanese aid to Kenya reached $0.9 billion.",
            {1_400_000_000.0},
            {900_000_000.0},
        ),
    ],
)
def test_deals_acquisitions_and_aid_are_no_trade(
    text: str, kept: set[float], dropped: set[float]
) -> None:
    # NOTES: contract or deal values, project costs and aid are not figures
    got = values(text)
    assert kept <= got
    assert not got & dropped


@pytest.mark.parametrize(
    "text",
    [
        "date 2031-05-02\nKenya exported goods worth $1.2 billion to Uganda in 2030 and $5.1 "
        "billion to other EAC countries.",
        "date 2031-05-02\nImports from China accounted for 23 percent of Kenya's Sh5.1 billion "
        "spent on goods from other countries in 2030.",
        "date 2031-05-02\nTrade between Peru and Chile grew. Peru shipped $5.1 billion of "
        "goods to neighbouring Andean countries in 2030.",
    ],
)
def test_a_group_of_partners_right_after_the_amount(text: str) -> None:
    assert 5_100_000_000.0 not in values(text)


def test_other_eu_countries_are_the_eu() -> None:
    # NOTES: a member state's trade with "other EU countries" -> partner EU
    got = figures(
        "date 2031-05-02\nGermany's exports to other EU countries reached €512 billion in 2030."
    )
    assert list(got["partner"]) == ["EU"]
