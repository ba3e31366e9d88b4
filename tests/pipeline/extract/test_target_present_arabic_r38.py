"""Round 38 (the fresh pages hi05 and hi10): a target after a semicolon takes no period from the
actual's clause before it; a base level "currently" is the level now, of no period; Arabic "أول
11 شهراً" (the first 11 months), "مليوناً" (million, accusative) and a year noun right after a base
amount ("265 مليوناً العام 2030": in 2030). Made-up pages; near misses keep their reading."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    return {
        (r.flow, r.reporter, r.partner, r.measure, r.value, r.status, str(r.period_start),
         str(r.period_end))
        for r in figures(text).itertuples()
    }  # fmt: skip


def test_a_target_after_a_semicolon_and_a_base_currently_have_no_period() -> None:
    got = _rows(
        "date 2031-06-01\nTrade between Morocco and Peru in 2030 came to around 1.7 billion "
        "dirhams; Morocco wants to double its exports to Peru, to 500 million dirhams against "
        "250 million dirhams currently.\n"
    )
    assert ("exports", "MAR", "PER", "level", 5e8, "target", "None", "None") in got, got
    assert ("exports", "MAR", "PER", "level", 2.5e8, "actual", "None", "None") in got, got


def test_a_target_in_its_own_sentence_keeps_its_horizon() -> None:
    # near miss: the horizon is the target's own
    got = _rows(
        "date 2031-06-01\nMorocco wants to double its exports to Peru to 500 million dirhams by "
        "2033.\n"
    )
    assert ("exports", "MAR", "PER", "level", 5e8, "target", "None", "2033-12-31") in got, got


def test_a_base_with_its_own_year_keeps_it() -> None:
    # near miss: "currently" stands nowhere near the base
    got = _rows(
        "date 2031-06-01\nMorocco's exports to Peru rose to 500 million dirhams in 2030 against "
        "250 million dirhams in 2029.\n"
    )
    assert ("exports", "MAR", "PER", "level", 2.5e8, "actual", "2029-01-01", "2029-12-31") in got


def test_arabic_first_months_and_a_base_in_the_accusative() -> None:
    got = _rows(
        "date 2031-12-14\nقال وزير التجارة المغربي إن التبادل التجاري بين بلاده والكويت بلغ نحو 433 "
        "مليون دولار خلال أول 11 شهراً من العام الجاري 2031.\nوأضاف أن قيمة التجارة بين المغرب "
        "والكويت وصلت، العام الماضي 2030، إلى نحو 317 ملايين دولار، مقابل نحو 265 مليوناً العام "
        "2029، أي بزيادة 19.6%.\n"
    )
    assert ("turnover", "MAR", "KWT", "level", 433e6, "actual", "2031-01-01", "2031-11-30") in got
    assert ("turnover", "MAR", "KWT", "level", 265e6, "actual", "2029-01-01", "2029-12-31") in got
    assert ("turnover", "MAR", "KWT", "pct_change", 19.6, "actual", "2030-01-01",
            "2030-12-31") in got  # fmt: skip
