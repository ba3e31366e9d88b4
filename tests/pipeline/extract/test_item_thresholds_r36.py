"""Round 36: an amount that is the threshold of a count of product items ("the number of items
whose exports exceeded $100m reached 10", "10 items had exports of more than $100m", the
Japanese "1億ドルを上回った品目は10に上る") is no flow's size: no row, as one threshold for several
partners is none (NOTES). Made-up sentences."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(f"date 2030-06-01\nVietnam and Japan\n{text}\n")
    return {(r.flow, r.measure, r.value) for r in out.itertuples()}


def test_the_threshold_of_a_count_of_items_is_no_row() -> None:
    assert (
        _rows(
            "In the first four months of 2030, the number of items whose exports to Japan"
            " exceeded 100 million US dollars reached 10."
        )
        == set()
    )
    assert (
        _rows(
            "In the first four months of 2030, 10 items had exports to Japan of more than 100"
            " million US dollars."
        )
        == set()
    )
    out = figures(
        "date 2030-06-01\nベトナムと日本\n2030年1～4月に対日輸出額が1億ドルを上回った品目は10に上る。\n"
    )
    assert out.empty


def test_near_miss_a_level_led_by_a_count_of_products_stays() -> None:
    got = _rows(
        "Vietnam's exports to Japan reached more than 100 million US dollars in April 2030, led by"
        " 3 products."
    )
    assert got == {("exports", "level", 100e6)}
