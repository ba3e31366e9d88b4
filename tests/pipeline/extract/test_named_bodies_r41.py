"""Round 41: a national body named by its own name and no country ("according to Destatis", "INSEE
said", vocabulary.csv ``national_body``) is its country's source, and a body whose name holds a
comma ("Uzbekistan's Ministry of Investment, Industry and Trade reported") is read whole.
Made-up sentences; near misses name no body (lower case "istat" is no name)."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _source(sentence: str) -> str | None:
    out = figures(f"date 2031-04-01\n\n{sentence}\n")
    assert len(out) == 1, out
    return out.iloc[0]["source_country"]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Germany's imports from Chile rose to €2.8bn in 2030, according to Destatis.", "DEU"),
        ("According to INSEE, French exports to Tunisia reached €6bn in 2030.", "FRA"),
        ("GACC data show China's exports to Laos reached $4bn in 2030.", "CHN"),
        (
            "The press service of Uzbekistan's Ministry of Investment, Industry and Trade reported"
            " that trade with Mongolia reached $120 million in 2030.",
            "UZB",
        ),
        ("Germany's imports from Chile rose to €2.8bn in 2030, according to istat fans.", None),
    ],
)
def test_a_body_named_by_its_own_name(sentence: str, source: str | None) -> None:
    assert _source(sentence) == source
