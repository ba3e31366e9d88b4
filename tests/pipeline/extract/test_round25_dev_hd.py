"""Round 25, kinds seen on the round-24 `hd` pages (now dev), each with made-up sentences:

- "the parallel period in 2030" / "the equivalent period of 2030" is the same months one year
  back, as "the same period of 2030" is;
- a span inferred from a change's written base ("up 35% compared with 2030": 2031) is continued
  by the next figures that name no year, as a written period would be.
"""

import datetime as dt

import pytest

from tests.pipeline.extract.test_extract import figures

D = dt.date


@pytest.mark.parametrize("words", ["the parallel period in 2030", "the equivalent period of 2030"])
def test_parallel_period_is_the_same_months_a_year_back(words: str) -> None:
    out = figures(
        "date 2031-09-05\nTrade between Oman and Korea grew by 12% in the first seven months of "
        "2031, reaching $4.1 billion. Over the same period Omani exports to Korea grew by 40% to "
        f"$2.8 billion, up from $2.0 billion in {words}.\n"
    )
    got = {(r.value, r.period_start, r.period_end) for r in out.itertuples()}
    assert (2.8e9, D(2031, 1, 1), D(2031, 7, 31)) in got, out.to_string()
    assert (2.0e9, D(2030, 1, 1), D(2030, 7, 31)) in got, out.to_string()


def test_a_span_after_a_base_is_continued() -> None:
    out = figures(
        "Trade between Oman and Korea reached $4.1 billion, up 12% compared with 2030.\n"
        "According to Korean customs, Korea's exports to Oman reached $1.3 billion, up 8%, while "
        "Korea's imports from Oman were $2.8 billion.\n"
    )
    assert set(out.period_start) == {D(2031, 1, 1)}, out.to_string()
    assert len(out) == 5


def test_a_later_sentence_with_its_own_year_is_not_overridden() -> None:
    # near miss: the next sentence names its own (earlier) year: no carry
    out = figures(
        "Trade between Oman and Korea reached $4.1 billion, up 12% compared with 2030.\n"
        "In 2025 Korea's exports to Oman were $0.9 billion.\n"
    )
    got = dict(zip(out.value, out.period_start, strict=True))
    assert got[0.9e9] == D(2025, 1, 1), out.to_string()
