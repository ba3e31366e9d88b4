"""Round 42 (third part): Thai counts of millions written in parts ("๑หมื่น๕พัน๖ร้อยล้าน", 15,600
million) and "มากกว่าที่ส่งออกในปี" (more than what was exported in) as a base; Chinese "对华出口"
(exports to China) and "自华进口" (imports from China) after their subject; Polish "po trzech
kwartałach" (after three quarters: January-September), "z czego" (of which), "X to import"
(X were imports), "o 63 proc. więcej w stosunku do" (63% more compared with). Made-up
sentences; near misses keep the old reading."""

import pytest

from pipeline.extract.foreign import gloss
from pipeline.extract.thai import prepare
from tests.pipeline.extract.test_extract import figures


def test_thai_millions_in_parts() -> None:
    glossed = gloss("ในปี๒๕๗๓มีทั้งสิ้น๒หมื่น๓พัน๔ร้อยล้านเหรียญสหรัฐ", "th")
    assert "in 2030" in glossed and "23.4 billion US dollars" in glossed, glossed


def test_thai_one_part_with_its_scale_stays() -> None:
    # near miss: "๓.๑พันล้าน" (3.1 thousand million) is one part with its scale, as before
    assert "3.1 billion" in gloss("มูลค่ากว่า๓.๑พันล้านเหรียญสหรัฐ", "th")
    assert prepare("๒หมื่น") == "2หมื่น"  # no millions: left alone


def test_thai_more_than_what_was_exported_is_a_base() -> None:
    assert "more than what was exported in 2029" in gloss("มากกว่าที่ส่งออกในปี๒๕๗๒", "th")


def test_chinese_exports_to_china_after_the_subject() -> None:
    assert gloss("2030年，智利对华出口883.5亿元。", "zh").startswith("2030, Chile exports to China")
    assert "imports from China" in gloss("智利自华进口42.2亿元。", "zh")


def test_polish_three_quarters_of_which_and_copula() -> None:
    glossed = gloss(
        "Obroty między Polską a Litwą po trzech kwartałach 2030 r. sięgnęły 1,5 mld euro, z czego"
        " 1,2 mld euro to import z Litwy.",
        "pl",
    )
    assert "in the first three quarters of 2030" in glossed, glossed
    assert "of which 1.2 billion euros were imports from Lithuania" in glossed, glossed
    assert "by 63 percent more compared with" in gloss(
        "czyli o 63 proc. więcej w stosunku do roku 2029", "pl"
    )


def _figures(text: str, title: str = "Chile and Peru") -> list[tuple]:
    out = figures(f"date 2031-02-10\n{title}\n\n{text}\n")
    return [
        (r.flow, r.measure, r.value, str(r.period_start), str(r.period_end), r.status)
        for r in out.itertuples()
    ]


def test_settled_on_growing_trade_is_a_target() -> None:
    text = "Chile and Peru have settled on growing their bilateral trade by 40 per cent by 2035."
    assert _figures(text) == [("turnover", "pct_change", 40.0, "None", "2035-12-31", "target")]


def test_agreed_on_a_deal_then_trade_grew_stays_actual() -> None:
    # near miss: the decision is about something else; the growth happened
    text = "Chile and Peru agreed on a new deal; their trade grew by 40 per cent in 2030."
    assert _figures(text) == [
        ("turnover", "pct_change", 40.0, "2030-01-01", "2030-12-31", "actual")
    ]


def test_portuguese_subjunctive_increase_compared_with() -> None:
    text = (
        "O comércio bilateral entre o Chile e o Peru continua pequeno. Embora as trocas tenham"
        " aumentado 12% em 2030, relativamente a 2029, o valor ficou em apenas 40,5 milhões de"
        " dólares."
    )
    rows = _figures(text, "Chile e Peru")
    assert ("turnover", "pct_change", 12.0, "2030-01-01", "2030-12-31", "actual") in rows
    assert ("turnover", "level", 40.5e6, "2030-01-01", "2030-12-31", "actual") in rows


@pytest.mark.parametrize(
    "text",
    [
        "Trade between Chile and Peru grew 25% between January and November 2030. In that period,"
        " imports and exports combined reached US$ 35 million.",
        "Trade between Chile and Peru grew 25% between January and November 2030. In that period,"
        " exports and imports together reached US$ 35 million.",
        "Entre janeiro e novembro de 2030, o intercâmbio comercial entre o Chile e o Peru aumentou"
        " 25%. Nesse período, importações e exportações somadas chegaram a US$ 35 milhões.",
    ],
)
def test_imports_and_exports_combined_are_turnover(text: str) -> None:
    rows = _figures(text, "Chile e Peru" if "Nesse" in text else "Chile and Peru")
    assert ("turnover", "level", 35e6, "2030-01-01", "2030-11-30", "actual") in rows, rows


def test_exports_and_imports_respectively_stay_two_flows() -> None:
    # near miss: two flows with a change each
    rows = _figures("Chile's exports and imports to Peru rose 5% and 3% respectively in 2030.")
    assert {r[0] for r in rows} == {"exports", "imports"}


def test_an_amount_restated_in_another_currency_keeps_its_period() -> None:
    text = (
        "In 2030 trade between Chile and Peru was €8.4 billion or 9.1 billion US dollars. The"
        " figure rose sharply, compared with 2029 which reached €7.6 billion or about $8.3 billion."
    )
    rows = _figures(text)
    assert ("turnover", "level", 8.3e9, "2029-01-01", "2029-12-31", "actual") in rows, rows


def test_or_between_two_flows_is_no_restatement() -> None:
    # near miss: a second flow after "or" keeps its own reading
    rows = _figures("In 2030 Chile's exports to Peru were $9.1 billion, up 5% or $0.4 billion.")
    assert ("exports", "abs_change", 0.4e9, "2030-01-01", "2030-12-31", "actual") in rows, rows
