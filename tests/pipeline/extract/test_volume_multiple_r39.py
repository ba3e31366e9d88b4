"""Round 39 (hj14): a multiple said of the volume ("14.7 times by volume") is no figure, as a
percentage of the volume is not; the value's multiple beside it stays. Vietnamese "xăng dầu"
(petroleum products), "tấn" (tonnes), "về lượng" / "về trị giá" (by volume / in value) are
glossed. Made-up sentences."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, title: str = "Chile and Peru") -> set[tuple]:
    return {
        (r.flow, r.scope, r.measure, r.value)
        for r in figures(f"date 2031-02-01\n{title}\n\n{text}\n").itertuples()
    }


def test_a_multiple_by_volume_is_no_figure_and_the_value_one_stays() -> None:
    got = _rows(
        "Chile's imports from Peru rose 14.7 times by volume and 45 times in value in 2030."
    )
    assert {m for _, _, m, v in got if v == 14.7} == set()
    assert ("imports", "total", "multiple", 45.0) in got


def test_near_miss_a_multiple_by_volume_and_value_stays() -> None:
    got = _rows("Chile's imports from Peru rose 14.7 times by volume and value in 2030.")
    assert ("imports", "total", "multiple", 14.7) in got


def test_vietnamese_petroleum_and_a_multiple_by_volume() -> None:
    got = _rows(
        "Năm nay xăng dầu Thái Lan nhập khẩu từ Việt Nam tăng vọt, đạt 25.800 tấn, trị giá 13,4 "
        "triệu USD. Giá bình quân là 520 USD/tấn, tăng gấp 14,7 lần về lượng và gấp 45 lần về "
        "trị giá. Kim ngạch thương mại song phương giữa hai nước trong năm nay tăng nhẹ so với "
        "cùng kỳ năm trước.",
        title="Thương mại giữa Thái Lan và Việt Nam",
    )
    assert ("imports", "energy", "level", 13.4e6) in got
    assert ("imports", "energy", "multiple", 45.0) in got
    assert not any(v in (14.7, 25800.0) for *_, v in got)
