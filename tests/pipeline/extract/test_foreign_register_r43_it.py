"""Round 43: the Italian trade-news register the gloss lacked. "Ha toccato quota X" (reached X:
"quota" before an amount is no share), "attestandosi a" (standing at), "scambi bilaterali"
(bilateral trade), "entro il 2030" (by 2030), "l'obiettivo è ... portare/raddoppiare" (the target
is to bring/double), "dell'anno in corso" (of this year). Made-up sentences; the near miss keeps
"quota" a share where no amount follows its verb."""

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(f"date 2030-09-01\nItalia e Cile\n\n{text}\n")
    return {
        (r.flow, r.reporter, r.partner, str(r.period_start), str(r.period_end), r.measure)
        + (r.value, r.status)
        for r in out.itertuples()
    }


@pytest.mark.parametrize("verb", ["ha toccato quota", "ha raggiunto quota", "hanno superato quota"])
def test_reached_quota_before_an_amount_is_a_level(verb: str) -> None:
    text = f"Nel 2029 l'interscambio tra Italia e Cile {verb} 512 milioni di euro."
    assert "share" not in gloss(text, "it")
    rows = _rows(text)
    assert {(r[0], r[3], r[4], r[6]) for r in rows} == {
        ("turnover", "2029-01-01", "2029-12-31", 512e6)
    }


def test_the_target_by_a_year() -> None:
    text = (
        "L'obiettivo è portare l'interscambio tra Italia e Cile a 2 miliardi di euro entro il 2033."
    )
    assert _rows(text) == {("turnover", "ITA", "CHL", "None", "2033-12-31", "level", 2e9, "target")}


def test_this_year_and_standing_at() -> None:
    text = (
        "Nei primi sei mesi dell'anno in corso le esportazioni italiane in Cile sono cresciute del"
        " 9%, attestandosi a 640 milioni di euro."
    )
    glossed = gloss(text, "it")
    assert "of this year" in glossed and "standing at 640 million" in glossed
    rows = _rows(text)
    assert ("exports", "ITA", "CHL", "2030-01-01", "2030-06-30", "level", 640e6, "actual") in rows


def test_bilateral_trade() -> None:
    assert "bilateral trade" in gloss("Gli scambi bilaterali sono cresciuti.", "it")


def test_near_miss_quota_without_its_verb_stays_a_share() -> None:
    assert "share" in gloss("La quota dell'Italia nelle importazioni cilene è del 5%.", "it")
