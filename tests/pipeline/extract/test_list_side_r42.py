"""Round 42 (batch 2, hr16): a partner list whose sentence names no flow ("The top partners were
China ($205m), ...") takes the side the sentence before names ("partners by exports", "on the
import side", "export markets", "suppliers"). Made-up sentences; near misses keep turnover."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _flows(text: str) -> list[tuple[str, str, float]]:
    out = figures(f"date 2030-07-20\nArmenia's foreign trade\n\n{text}\n")
    return [(r.flow, r.partner, r.value) for r in out.itertuples()]


@pytest.mark.parametrize(
    ("lead", "flow"),
    [
        (
            "The ten biggest partners by exports took 71 percent of Armenia's exports in 2029.",
            "exports",
        ),
        (
            "On the import side, ten partners accounted for 64 percent of Armenia's imports in 2029.",
            "imports",
        ),
        ("Armenia's main export markets changed little in 2029.", "exports"),
        ("Armenia's main suppliers changed little in 2029.", "imports"),
    ],
)
def test_a_partner_list_takes_the_side_named_before(lead: str, flow: str) -> None:
    text = (
        lead
        + " The top partners were Russia ($410.2 million), Iran ($150.3 million) and Georgia ($99.1 million)."
    )
    assert _flows(text) == [(flow, "RUS", 410.2e6), (flow, "IRN", 150.3e6), (flow, "GEO", 99.1e6)]


def test_a_partner_list_after_a_sentence_on_trade_stays_turnover() -> None:
    text = (
        "Armenia's foreign trade grew 12 percent in 2029. The top partners were Russia ($410.2"
        " million), Iran ($150.3 million) and Georgia ($99.1 million)."
    )
    assert {f for f, _, _ in _flows(text)} == {"turnover"}
