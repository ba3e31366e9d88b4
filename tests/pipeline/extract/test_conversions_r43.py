"""Round 43: a part of a pair's figure restated in another currency inside a hedged bracket
("$11bn (about ¥1.5tn)") is still measured in its first currency against the pair's level, so
it continues the pair like an unhedged "$21m (Shs79bn)"; and Japanese states a level with the
topic or subject particle and no verb ("輸出は113億ドル", exports were $11.3bn). Made-up
sentences."""

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures

_LEAD = "Two-way trade between Chile and Japan in the first half of 2030 exceeded $20 billion."


def _rows(text: str, lead: str = _LEAD) -> set[tuple]:
    out = figures(f"date 2030-08-01\nChile and Japan\n\n{lead}\n\n{text}\n")
    return {
        (r.flow, r.reporter, r.partner, str(r.period_start), str(r.period_end), r.value, r.unit)
        for r in out.itertuples()
        if r.flow != "turnover"
    }


@pytest.mark.parametrize("hedge", ["about ", "approximately ", "roughly ", "or about ", ""])
def test_a_part_of_the_pair_restated_in_a_hedged_bracket(hedge: str) -> None:
    rows = _rows(f"Of this, Chile's exports were $11.4 billion ({hedge}1.6 trillion yen).")
    assert ("exports", "CHL", "JPN", "2030-01-01", "2030-06-30", 11.4e9, "USD") in rows


def test_near_miss_a_bracket_with_a_word_that_is_no_hedge_stays_a_second_amount() -> None:
    # "(excluding 1.6 trillion yen of ...)" is no restatement: the yen amount is far above the
    # pair's level, so the exports are not read as the pair's part
    rows = _rows("Chile's exports were $11.4 billion (excluding 1.6 trillion yen of copper).")
    assert not any(r[:3] == ("exports", "CHL", "JPN") and r[6] == "USD" for r in rows)


@pytest.mark.parametrize(
    ("japanese", "english"),
    [
        ("チリの輸出は113億ドルだった。", "exports were 11.3 billion US dollars"),
        ("銅が約16億ドル、", "were about 1.6 billion US dollars"),
    ],
)
def test_japanese_particle_before_an_amount_is_a_verb(japanese: str, english: str) -> None:
    assert english in gloss(japanese, "ja")


def test_near_miss_japanese_particle_before_a_change_stays_dropped() -> None:
    # "輸出は前年比5%増" (exports rose 5% year on year): the change names its own verb
    assert "were" not in gloss("チリの輸出は前年比5%増だった。", "ja")
