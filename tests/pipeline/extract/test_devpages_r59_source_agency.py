"""Round 59, field source_country: state agencies named by their own name, and the Japanese
announcer. Dev pages: JETRO, Japan's trade-promotion agency, named by its acronym (jc11
beijingreview, jc12 kantsuu), a lobby and a state agency named together ("the Korea
International Trade Association and KOTRA": jc04 hankookilbo, read as the lobby's: empty), the
Japanese "Xが先ごろ公表したところでは" (by what X published: jc11) and "X 19日、…だったと公表した"
(X announced on the 19th that ...: jc12).

Built for the construction: state trade-promotion, statistics and customs agencies known by
their own names in ``national_body`` (JETRO, TAITRA, BOFT, DITP, VIETRADE, TDAP, MFAT, NZTE,
Stats NZ, Austrade, SingStat, NEPC, Stats SA, ApexBrasil, ProColombia, IRICA); any such agency
beside a lobby word wins; the Japanese verbs 公表 / 発表 / 明らかに / まとめ / 公開 with が or
は, a time word, ところでは / ところによると / ところによれば, and the sentence-final
と公表した / と発表した / と明らかにした (-している, -しました).

Every sentence is made up, with forms no dev page uses (TAITRA, Austrade, 経済産業省,
ところによると, と明らかにした, このほど).
"""

from __future__ import annotations

import pytest

from tests.pipeline.extract.test_extract import figures


def _sources(text: str, title: str = "Trade") -> set:
    out = figures(f" date 2031-02-01\n{title}\n\n{text}\n")
    assert len(out)
    return {r["source_country"] for _, r in out.iterrows()}


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Taiwan's exports to India rose 12% to $6.1 billion in 2030, TAITRA said.", "TWN"),
        (
            "Australia's exports to Vietnam reached A$9.2 billion in 2030, according to the "
            "Business Council and Austrade.",
            "AUS",
        ),
    ],
)
def test_an_agency_by_its_own_name(text: str, iso3: str) -> None:
    assert _sources(text) == {iso3}


def test_a_lobby_alone_stays_empty() -> None:
    text = "Taiwan's exports to India rose 12% to $6.1 billion in 2030, the Business Council said."
    assert _sources(text) == {None}


@pytest.mark.parametrize(
    "text",
    [
        "経済産業省は先日、2030年の日印貿易額は前年比8.5%増の250億ドルだったと明らかにした。",
        "ジェトロがこのほど発表したところによると、2030年の日本の対インド輸出は120億ドルに達した。",
    ],
)
def test_the_japanese_announcer(text: str) -> None:
    assert _sources(text, "日印貿易") == {"JPN"}


def test_a_japanese_sentence_announced_by_nobody_named_stays_empty() -> None:
    text = "2030年の日本の対インド輸出は120億ドルに達したと発表した。"
    assert _sources(text, "日印貿易") == {None}
