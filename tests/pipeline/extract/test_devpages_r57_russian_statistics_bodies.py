"""Russian statistics bodies in every case (round 57, found by a new-user trial).

"сообщила Статистическая служба Армении", "сообщили в статистической службе Армении": the
figure had no source country, while "the National Statistical Committee of Armenia" gave one.
Only some bodies had rows, in the nominative and genitive; each body (statistical committee,
service, office, agency, state committee, Rosstat, Belstat...) now has a row for every case. After
"по данным" the genitive already gave the country (the two genitive cases below guard it). Made-up
sentences with bodies, pairs and amounts no dev page uses. Near miss: "according to analysts"
names no body and gives no source country.
"""

import pytest

from tests.pipeline.extract.test_extract import figures

_TRADE = "товарооборот Армении и Грузии в 2031 году составил 1,3 млрд долларов"


@pytest.mark.parametrize(
    "text",
    [
        f"{_TRADE[:1].upper()}{_TRADE[1:]}, сообщила Статистическая служба Армении.",
        f"По данным Статистического комитета Армении, {_TRADE}.",
        f"По данным Государственного комитета по статистике Армении, {_TRADE}.",
        f"{_TRADE[:1].upper()}{_TRADE[1:]}, сообщили в статистической службе Армении.",
    ],
)
def test_a_statistics_body_in_any_case_gives_its_country(text: str) -> None:
    got = figures(" date 2032-02-01\n" + text)
    row = got[got.value == 1_300_000_000.0].iloc[0]
    assert (row.flow, row.reporter, row.partner, row.source_country) == (
        "turnover",
        "ARM",
        "GEO",
        "ARM",
    )


def test_near_miss_analysts_are_no_source() -> None:
    got = figures(" date 2032-02-01\n" + f"По данным аналитиков, {_TRADE}.")
    row = got[got.value == 1_300_000_000.0].iloc[0]
    assert (row.flow, row.reporter, row.partner) == ("turnover", "ARM", "GEO")
    assert row.source_country is None
