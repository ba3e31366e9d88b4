"""Figures no gold row has, by kind, each rule on made-up sentences in several outlets' styles
(NOTES.md, "What is a figure" and "scope"): a single product line (a closed list of products,
triggers.csv ``product``) is not annotated, while a total whose description lists products stays.
"""

import pytest

from tests.pipeline.extract.test_extract import figures


def values(text: str) -> set[float]:
    return {float(round(r.value, 2)) for r in figures(text).itertuples()}


@pytest.mark.parametrize(
    "text",
    [
        # government fact sheet, a bullet of one product line with its growth
        "date 2031-05-02\n- Chile's exports of salmon to Japan grew from $310 million in 2025 to "
        "$505 million in 2030 (increase of 63%);",
        # wire style, a forestry product
        "date 2031-05-02\nNorway's shipments of wood pulp to China rose 12 percent to $420 "
        "million in 2030.",
        # business daily, a meat line and a change in one clause
        "date 2031-05-02\nBrazilian pork exports to the Philippines jumped 48% in 2030.",
        # statistics office release, a manufactured product
        "date 2031-05-02\nIn 2030, Indian exports of vaccines to Nigeria totalled $95 million.",
    ],
)
def test_a_single_product_line_is_no_figure(text: str) -> None:
    assert values(text) == set()


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the products describe the total after "including", across the list's commas and "and"
        (
            "date 2031-05-02\nVietnamese exports to Laos, including steel pipes, fertilizer, and "
            "lithium batteries, rose by 15 percent in 2030.",
            15.0,
        ),
        # "mainly" before a list of products
        (
            "date 2031-05-02\nKenya's exports to Uganda, mainly tea, cement and pork, reached $610 "
            "million in 2030.",
            610_000_000.0,
        ),
    ],
)
def test_products_that_describe_a_total_keep_the_total(text: str, kept: float) -> None:
    assert kept in values(text)


def test_a_description_ends_at_a_new_clause() -> None:
    # "largely" there modifies a verb, and "while" opens the product's own clause
    got = values(
        "date 2031-05-02\nTaiwan's exports to Korea rose 9 percent to $2 billion in January 2031, "
        "which contributed largely to the growth, while motorcycles shipped to Korea soared 80 "
        "percent to $7 million."
    )
    assert got & {80.0, 7_000_000.0} == set()
    assert 2_000_000_000.0 in got


@pytest.mark.parametrize(
    "text",
    [
        # agency statement: a share as a goal, reached "to" and left "from"
        "date 2031-05-02\nThe export agency says Malawi will raise its exports to Zambia to 25 "
        "percent from the current 18 percent by 2033.",
        # wire style: a ratio that went up from one level to another
        "date 2031-05-02\nPeru's exports to Chile as a portion of its output went up from 12% in "
        "2021 to 19% in 2030.",
    ],
)
def test_a_percentage_reached_or_left_is_a_ratio_not_a_change(text: str) -> None:
    assert values(text) & {25.0, 18.0, 19.0} == set()


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a translated "increased by": the base after it makes it a change
        (
            "date 2031-05-02\nCambodia's exports to Thailand reached $1.2 billion in 2030, "
            "increased to 12.5% compared to 2029.",
            12.5,
        ),
        # "up to" before a percentage is a bound on the change (NOTES, fh)
        ("date 2031-05-02\nIn 2030, Chile's exports to Peru rose up to 15 percent.", 15.0),
        ("date 2031-05-02\nIn 2030, Chile's exports to Peru rose by 15 percent.", 15.0),
    ],
)
def test_a_change_stays_a_change(text: str, kept: float) -> None:
    assert kept in values(text)


def test_a_flow_overall_is_the_world_and_the_next_clause_keeps_its_partner() -> None:
    # statistics bulletin: the world total in a "while" clause, the pair's figures after it
    got = values(
        "date 2031-05-02\nStatistics Chile reports that, while Chilean goods exports overall "
        "rose by 4 % in 2030, the value of Chilean goods going to Peru jumped by 12 % to 2.1 "
        "billion dollars."
    )
    assert 4.0 not in got
    assert {12.0, 2_100_000_000.0} <= got


@pytest.mark.parametrize(
    "text",
    [
        # business weekly: a national plan after a bilateral figure
        "date 2031-05-02\nGhana's exports to Togo rose to $300 million in 2030. The ministry "
        "wants to double the nation's exports by 2035, from the current $20 billion to $38 "
        "billion.",
        # wire style: "the total value of goods exports" is the country's total
        "date 2031-05-02\nNew Zealand's exports to Japan fell in July 2030. The total value of "
        "goods exports fell 5.8 percent from July 2029, to 5 billion NZ dollars, Stats NZ said.",
    ],
)
def test_the_nations_total_exports_are_no_pair_figure(text: str) -> None:
    assert values(text) & {20_000_000_000.0, 38_000_000_000.0, 5_000_000_000.0, -5.8} == set()


def test_a_total_with_its_partner_stays() -> None:
    got = values(
        "date 2031-05-02\nThe total value of goods exports to Japan from New Zealand fell 5.8 "
        "percent in July 2030, Stats NZ said."
    )
    assert -5.8 in got


@pytest.mark.parametrize(
    "text",
    [
        # embassy bulletin: one partner's flow as a multiple of another partner's
        "date 2031-05-02\nIn 2030, the imports of Laos from Thailand were 6 times the imports "
        "from Vietnam.",
        # business daily: "crossed N times" the flow to another partner
        "date 2031-05-02\nIn 2030, Bhutan's export to India crossed 40.5 times its exports to "
        "Nepal.",
    ],
)
def test_a_multiple_of_another_partners_flow_is_no_change(text: str) -> None:
    # NOTES (fresh split): comparisons between two pairs are not annotated
    assert values(text) & {6.0, 40.5} == set()


def test_a_multiple_of_the_same_flow_in_an_earlier_year_stays() -> None:
    assert 3.0 in values(
        "date 2031-05-02\nBhutan's exports to India in 2030 were 3 times the exports of 2020."
    )


@pytest.mark.parametrize(
    "text",
    [
        # statistics release: a change of a count of nights, after a trade sentence
        "date 2031-05-02\nNorway's exports to Japan rose to $2 billion in 2030. Overnight stays of "
        "Japanese tourists increased by 21 %, more than for any other nationality.",
        # government portal: a count of visitors and its change
        "date 2031-05-02\nTrade between Hungary and Korea reached $3 billion in 2030. 120 "
        "thousand Korean visitors came to Hungary in 2030, 17 percent more than in 2029.",
        # wire style: passengers doubled
        "date 2031-05-02\nTrade between Chile and Peru reached $4 billion in 2030, while "
        "passengers on the new route doubled.",
    ],
)
def test_a_change_of_a_count_of_people_is_no_figure(text: str) -> None:
    got = values(text)
    assert got & {21.0, 17.0, 2.0} == set()
    assert got  # the trade figure stays


def test_a_flow_beside_people_keeps_its_change() -> None:
    got = values(
        "date 2031-05-02\nThailand's exports to Japan, boosted by the return of tourists, rose "
        "12% in 2030."
    )
    assert 12.0 in got


@pytest.mark.parametrize(
    "text",
    [
        # a singular product name used as a modifier of the flow word
        "date 2031-05-02\nPeru's flower exports to the US rose 19 percent to $90 million in 2030.",
        "date 2031-05-02\nIn January 2031, chemical product exports to Japan soared 41.3 percent "
        "to US$210 million, Taiwan's finance ministry said.",
    ],
)
def test_a_singular_product_before_the_flow_word_is_one_product(text: str) -> None:
    assert values(text) == set()


def test_a_list_item_after_a_product_keeps_the_lists_flow() -> None:
    # the product's exclusion ends at the next item of the list of goods
    got = values(
        "date 2031-05-02\nIn 2030, Armenia's imports from China were $900 million. As for imports, "
        "leading positions are held by computer facilities ( USD 44.1 million), steel structures "
        "( USD 31.9 million) and phones of all types ( USD 12.8 million)."
    )
    assert 31_900_000.0 in got
    assert got & {44_100_000.0, 12_800_000.0} == set()
