"""Round 55, kind: an "according to" phrase with no comma after its source swallowed the clause it
reports, and with it that clause's economies (an attribution's countries name no side). Glossed
German puts the verb straight after the source ("Laut Statistik Austria wuchsen die Exporte ..."
-> "according to Statistik Austria grew the exports ..."; ih03 ots.at, hx04 hna.de), Korean writes
"관세청에 따르면 한ㆍ중 양국 간 교역 규모는 ..." (ii01 etoday: "according to the customs service
South Korea-China between the two countries trade volume ...": the pair was lost, and with it
the side of every export and import after it), and so do Korean pages naming a body
(if07 nbcambodia) and German ones (ht06 klamm).

``attribution._reported_clause``: the phrase ends before a trade or change verb, or before a
dashed pair of economies with a trade word after it; the source is still read from the whole
phrase. Made-up sentences (other pairs, other figures). Near miss: a country before the verb (the
source's own, "the Chilean customs service") stays the source's.
"""

from __future__ import annotations

from tests.pipeline.extract.test_extract import figures


def _pairs(text: str) -> list[tuple[str, str, str, float]]:
    out = figures(text)
    return [
        (r["flow"], r["reporter"], r["partner"], float(r["value"])) for r in out.to_dict("records")
    ]


def test_german_verb_after_the_source_opens_the_reported_clause() -> None:
    got = _pairs(
        " date 2029-04-15\nÖsterreich und Chile: Handel wächst\n\nLaut Statistik Austria "
        "exportierte Deutschland 2028 Waren im Wert von 5 Mrd. Euro nach Chile.\n"
    )
    assert got == [("exports", "DEU", "CHL", 5_000_000_000.0)]


def test_korean_dashed_pair_after_the_source() -> None:
    got = _pairs(
        " date 2029-04-15\n중국 교역 확대\n\n중국과의 교역규모는 크게 늘었다. 관세청에 따르면 한·중 양국 간 "
        "교역 규모는 2028년 500억 달러로 집계됐다. 같은 기간 수출은 300억 달러였다.\n"
    )
    assert ("exports", "KOR", "CHN", 30_000_000_000.0) in got
    got = _pairs(
        " date 2029-04-15\n칠레 교역 확대\n\n칠레와의 교역이 늘었다. 관세청에 따르면 한·칠레 양국 간 교역 "
        "규모는 2028년 50억 달러로 집계됐다. 같은 기간 수입은 20억 달러였다.\n"
    )
    assert ("imports", "KOR", "CHL", 2_000_000_000.0) in got


def test_near_miss_source_country_before_the_verb() -> None:
    out = figures(
        " date 2029-04-15\nAustria and Chile\n\nAccording to figures from the Chilean customs "
        "service the trade rose to 5 billion dollars in 2028.\n"
    )
    row = out.to_dict("records")[0]
    assert {row["reporter"], row["partner"]} == {"CHL", "AUT"}
    assert row["source_country"] == "CHL"
