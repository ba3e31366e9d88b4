"""One amount for a group of partners ("exports to A, B, C and D dipped to $1.9bn", "less than
$1m from A and B") is no figure: the pair cannot be told (NOTES, fa rule on one figure for two
partners). The pair itself ("A and B traded $240bn"), a "respectively" list and a run in another
clause keep their figures (round 13). Made-up sentences, never page text."""

from tests.pipeline.extract.test_extract import figures


def test_an_amount_for_four_partners_is_no_figure() -> None:
    out = figures(
        "date 2031-03-09\nPakistan's exports to Afghanistan, China, Sri Lanka and India dipped to "
        "$1.9 billion in 2030."
    )
    assert out.empty, out.to_string()


def test_two_partners_after_from_beside_a_single_partner() -> None:
    out = figures(
        "date 2031-03-09\nOn the import side, Ethiopia imported products worth 85 million USD from "
        "Sudan and less than one million USD from Djibouti and Somalia in 2030."
    )
    rows = {(r.partner, r.value) for r in out.itertuples()}
    assert ("SDN", 85e6) in rows, out.to_string()
    assert 1e6 not in set(out["value"]), out.to_string()


def test_exports_to_two_partners_are_no_figure() -> None:
    out = figures(
        "date 2031-03-09\nZambia's exports to Malawi and Angola were estimated at more than US$1 "
        "billion in 2030."
    )
    assert out.empty, out.to_string()


def test_the_pair_itself_and_a_run_in_another_clause_keep_their_figures() -> None:
    # near misses: two economies with no partner preposition are the pair; a run after a
    # clause mark is another figure's (its rate is each partner's, NOTES ft rule, round 33)
    out = figures("date 2031-03-09\nChina and Russia traded goods worth $240 billion in 2030.")
    assert 240e9 in set(out["value"]), out.to_string()
    out = figures(
        "date 2031-03-09\nKenya's exports to Uganda reached $500 million in 2030, while exports to "
        "Rwanda, Burundi and South Sudan rose 10%."
    )
    rows = set(zip(out["partner"], out["value"], strict=True))
    assert rows == {("UGA", 500e6), ("RWA", 10.0), ("BDI", 10.0), ("SSD", 10.0)}, out.to_string()


def test_a_respectively_list_keeps_one_figure_per_partner() -> None:
    out = figures(
        "date 2031-03-09\nIn 2030 Kenya's exports to Uganda and Rwanda grew by 8% and 5% "
        "respectively, the statistics office said."
    )
    rows = {(r.partner, r.value) for r in out.itertuples()}
    assert {("UGA", 8.0), ("RWA", 5.0)} <= rows, out.to_string()


def test_each_after_two_changes_gives_each_partner_its_own() -> None:
    out = figures(
        "date 2031-03-09\nIn 2030 Korea's shipments to China and the United States jumped by 11.2 "
        "percent and 9.7 percent each, the customs service said."
    )
    rows = {(r.partner, r.value) for r in out.itertuples()}
    assert {("CHN", 11.2), ("USA", 9.7)} <= rows, out.to_string()


def test_amounts_after_a_group_keep_their_own_partners() -> None:
    out = figures(
        "date 2031-03-09\nIn April 2030 Brazil's imports from China, Hong Kong and Macao came to "
        "US$ 2.1 billion, ahead of imports from the United States (US$ 2.0 billion) and Germany "
        "(US$ 0.7 billion)."
    )
    rows = {(r.partner, r.value) for r in out.itertuples()}
    assert 2.1e9 not in set(out["value"]), out.to_string()
    assert {("USA", 2.0e9), ("DEU", 0.7e9)} <= rows, out.to_string()
    out = figures(
        "date 2031-03-09\nIn April 2030 Brazil imported goods worth US$ 2.1 billion from China, "
        "Hong Kong and Macao, US$ 2.0 billion from the United States and US$ 0.7 billion from "
        "Germany."
    )
    rows = {(r.partner, r.value) for r in out.itertuples()}
    assert 2.1e9 not in set(out["value"]), out.to_string()
    assert {("USA", 2.0e9), ("DEU", 0.7e9)} <= rows, out.to_string()


def test_a_ranking_run_before_the_amounts_own_partner_is_not_its_group() -> None:
    # near miss: the economies ranked before the amount are not its partners; "from Turkey" is
    out = figures(
        "date 2031-03-09\nIn 2030 Iraq followed Germany, the UAE, and the United States with "
        "imports from Turkey worth nearly $1.2 billion."
    )
    assert 1.2e9 in set(out["value"]), out.to_string()
