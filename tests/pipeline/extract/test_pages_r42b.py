"""Round 42 (second part): Japanese "昨年" (last year) standing alone and "年明けから10月まで"
(from the turn of the year to October); Korean "2030회계연도" (fiscal year 2030); a country named
as a side of a war ("the Russian invasion of Ukraine") is no side of the trade; a French from-to
change with both scales ("de 1,3 Md à 1,8 Md €"). Made-up sentences; near misses keep the old
reading."""

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


def _rows(text: str, title: str = "Trade", date: str = "2031-02-10") -> set[tuple]:
    out = figures(f"date {date}\n{title}\n\n{text}\n")
    return {
        (r.flow, r.reporter, r.partner, str(r.period_start), str(r.period_end), r.value)
        for r in out.itertuples()
    }


def test_japanese_last_year_alone() -> None:
    assert gloss("昨年の二国間貿易は約80億ドルだった。", "ja").startswith("last year")


def test_japanese_from_the_turn_of_the_year_to_a_month() -> None:
    glossed = gloss("今年の年明けからの9月までの往復貿易の累計額は3億2100万ドルに上った。", "ja")
    assert "in the first 9 months of this year" in glossed, glossed


def test_korean_fiscal_year() -> None:
    assert "fiscal year 2030" in gloss(
        "2030회계연도 인도와 네팔의 무역액은 560만 달러로 늘었다.", "ko"
    )


def test_a_country_at_war_is_no_side_of_the_trade() -> None:
    text = (
        "After a fall of about 15% in 2029, following the Russian invasion of Georgia, our exports"
        " to Georgia reached 0.9 billion euros in 2030."
    )
    assert ("exports", "FRA", "GEO", "2030-01-01", "2030-12-31", 0.9e9) in _rows(
        text, "Economic relations between France and Georgia"
    )


def test_a_demonym_on_its_flow_still_names_the_exporter() -> None:
    # near miss: "Russian exports" names Russia's, war or not
    text = "Despite the war, Russian exports to Georgia fell to $1.1 billion in 2030."
    assert ("exports", "RUS", "GEO", "2030-01-01", "2030-12-31", 1.1e9) in _rows(
        text, "Economic relations between France and Georgia"
    )


def test_french_from_to_with_both_scales() -> None:
    text = (
        "Entre 2029 et 2030, les échanges entre la France et la Géorgie ont progressé de 1,2 Md"
        " à 1,6 Md €."
    )
    rows = _rows(text, "La France et la Géorgie")
    assert {(r[3], r[5]) for r in rows} == {("2029-01-01", 1.2e9), ("2030-01-01", 1.6e9)}


def test_french_change_then_level_stays() -> None:
    # near miss: a percentage then a level is a change and the level reached
    assert gloss("Les exportations ont progressé de 5% à 1,6 Md €.", "fr") == (
        "the exports rose 5% to 1.6 billion euros."
    )


def test_a_month_naming_its_flow_dates_it() -> None:
    rows = _rows(
        "Chile's March exports to Peru rose 8.4% to $310 million.", "Chile and Peru", "2031-04-20"
    )
    assert ("exports", "CHL", "PER", "2031-03-01", "2031-03-31", 310e6) in rows


def test_may_before_a_flow_word_is_no_month() -> None:
    # near miss: "may" is a verb as often as a month
    rows = _rows(
        "Chile's exports to Peru may rise 8.4% to $310 million.", "Chile and Peru", "2031-04-20"
    )
    assert {r[3] for r in rows} != {"2031-05-01"}


def test_a_korean_month_opening_a_clause_dates_it() -> None:
    assert gloss("1월 한국의 대칠레 수입액은 4억6천400만 달러로 늘었다.", "ko").startswith(
        "in January"
    )


def test_japanese_foreign_trade_is_a_world_total() -> None:
    assert "Chile's foreign trade turnover" in gloss(
        "2030年のチリの対外貿易取引高は14.8%減った。", "ja"
    )


def test_japanese_exports_and_imports_with_a_country_are_its_trade() -> None:
    assert gloss("10月の対チリ輸出入額は112億1800万元だった。", "ja").startswith(
        "October's trade with Chile"
    )
    # near miss: "対チリ輸出" stays exports to Chile
    assert "exports to Chile" in gloss("10月の対チリ輸出額は12億元だった。", "ja")


def test_japanese_by_a_year_is_a_deadline() -> None:
    assert (
        " by 2032 "
        in " "
        + gloss("両国は2032年までに二国間貿易額を180億米ドルとする目標を掲げた。", "ja")
        + " "
    )
    # near miss: "2032年の" is that year
    assert "in 2032" in gloss("2032年の二国間貿易額は180億米ドルだった。", "ja")
