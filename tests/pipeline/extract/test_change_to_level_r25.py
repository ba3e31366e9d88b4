"""Round 25: a change and the level it led to, both before the flow noun that owns them ("the
decline of 6% to €848m of Ivorian sales to France", French word order glossed; "the 6% rise to
$2bn in exports"): the change takes the flow named right after its level. Made-up sentences."""

import pytest

from tests.pipeline.extract.test_extract import figures


@pytest.mark.parametrize(
    ("text", "change"),
    [
        (
            "In 2031, the decline of 4% to 612 million euros of Senegalese sales to Spain came "
            "from fish, the ministry said.",
            -4.0,
        ),
        (
            "In 2031, the 9% rise to $2.3 billion in Peruvian exports to Korea came from copper.",
            9.0,
        ),
    ],
)
def test_change_before_its_level_takes_the_level_flow(text: str, change: float) -> None:
    out = figures(f"date 2032-03-01\n{text}\n")
    got = {(r.measure, r.flow) for r in out.itertuples()}
    assert got == {("pct_change", "exports"), ("level", "exports")}, out.to_string()
    assert out[out.measure == "pct_change"].value.iloc[0] == change


def test_french_page() -> None:
    out = figures(
        "date 2032-03-01\nLe Sénégal et l'Espagne ont renforcé leurs relations économiques cette "
        "année. En 2031, le recul de 4% à 612 millions d'euros des ventes sénégalaises vers "
        "l'Espagne s'explique par la baisse de la pêche, selon la direction du commerce.\n"
    )
    got = {(r.measure, r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}
    assert got == {
        ("pct_change", "exports", "SEN", "ESP", -4.0),
        ("level", "exports", "SEN", "ESP", 612e6),
    }, out.to_string()


def test_a_flow_before_the_change_still_decides() -> None:
    # near miss: the clause names its flow first; the rule does not override it
    out = figures(
        "date 2032-03-01\nTrade between Peru and Korea rose 9% to $2.3 billion in 2031, with "
        "exports of copper leading.\n"
    )
    assert set(out.flow) == {"turnover"}, out.to_string()


def test_a_bracketed_restatement_between_level_and_flow_noun() -> None:
    # the flow noun follows the level's bracketed restatement in another currency; the trade
    # word earlier in the sentence does not carry over (the pair of this structure is left)
    out = figures(
        "date 2032-03-01\nIn 2031, Spain's exports to Senegal rose 8% to 1.1 billion euros. "
        "Trade between the two countries rose 5% to 1.7 billion euros, despite the decline of "
        "4% to 612 million euros (401.5 billion FCFA), of the Senegalese sales to Spain.\n"
    )
    flows = dict(zip(out.value, out.flow, strict=True))
    assert flows[1.7e9] == "turnover", out.to_string()
    assert flows[-4.0] == flows[612e6] == flows[401.5e9] == "exports", out.to_string()
