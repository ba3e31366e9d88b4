"""Round 39 (hi10): "an increase of 21.4% and a difference of $54 million" states the change in
money too (Arabic "بفارق", glossed "by a difference of"). Made-up sentences; near misses keep
their reading."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, title: str = "Chile and Peru") -> set[tuple]:
    return {
        (r.measure, r.value) for r in figures(f"date 2031-02-01\n{title}\n\n{text}\n").itertuples()
    }


def test_a_difference_after_a_rise_is_the_change_in_money() -> None:
    got = _rows(
        "Trade between Chile and Peru reached $410 million in 2030, against $330 million in 2029, "
        "an increase of 24.2% and a difference of $80 million."
    )
    assert ("abs_change", 80e6) in got
    assert ("level", 80e6) not in got


def test_a_difference_after_a_fall_is_negative() -> None:
    got = _rows(
        "Chile's exports to Peru fell 10% to $450 million in 2030, a difference of about $50 "
        "million."
    )
    assert ("abs_change", -50e6) in got


def test_arabic_by_a_difference_of() -> None:
    got = _rows(
        "وقال الوزير إن قيمة التجارة بين مصر والكويت وصلت العام الماضي 2030 إلى نحو 410 ملايين "
        "دولار، مقابل نحو 330 مليوناً العام 2029، أي بزيادة 24.2% وبفارق 80 مليون دولار.",
        title="التجارة بين مصر والكويت",
    )
    assert ("abs_change", 80e6) in got


def test_near_miss_the_difference_between_exports_and_imports_is_no_change() -> None:
    got = _rows(
        "Chile's exports to Peru were $450 million in 2030 and its imports $300 million, the "
        "difference between them being $150 million."
    )
    assert ("abs_change", 150e6) not in got
