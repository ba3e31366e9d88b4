"""Round 41: an international body's own statistics are no country's ("according to the IMF's
Direction of Trade Statistics", "UN Comtrade statistics"): a statistics word beside an
international body is no state body. Made-up sentences; near misses name a national body."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _source(sentence: str) -> str | None:
    out = figures(f"date 2031-04-22\nKenya's imports from India\n\n{sentence}\n")
    assert len(out) == 1, out
    return out.iloc[0]["source_country"]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "According to the IMF's Direction of Trade Statistics, Kenya's imports from India"
            " totalled $3.1 billion in 2030.",
            None,
        ),
        (
            "Kenya's imports from India totalled $3.1 billion in 2030, according to UN Comtrade"
            " statistics.",
            None,
        ),
        (
            "According to Kenya's statistics bureau, Kenya's imports from India totalled $3.1"
            " billion in 2030.",
            "KEN",
        ),
        (
            "According to the IMF and Kenya's customs, Kenya's imports from India totalled $3.1"
            " billion in 2030.",
            "KEN",
        ),
    ],
)
def test_international_statistics_are_no_countrys(sentence: str, source: str | None) -> None:
    assert _source(sentence) == source
