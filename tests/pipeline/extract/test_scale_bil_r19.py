"""Round 19: "bil" as billion, as Malaysian and Papua New Guinean papers write it ("RM4.5bil",
"RM3.2 bil"). Made-up sentences; near miss: a word that only starts with "bil" is no scale."""

from tests.pipeline.extract.test_extract import figures


def test_bil_after_the_amount_is_billion() -> None:
    got = figures(
        "date 2030-05-01\nMalaysia's exports to China reached RM4.5bil in 2029, the ministry said."
    )
    assert [(r.flow, r.value, r.unit) for r in got.itertuples()] == [
        ("exports", 4_500_000_000.0, "MYR")
    ]
    got = figures(
        "date 2030-05-01\nTrade between Malaysia and Singapore rose to RM3.2 bil in 2029."
    )
    assert [(r.flow, r.value, r.unit) for r in got.itertuples()] == [
        ("turnover", 3_200_000_000.0, "MYR")
    ]


def test_a_word_starting_with_bil_is_no_scale() -> None:
    got = figures(
        "date 2030-05-01\nMalaysia's exports to China reached RM4.5 bilaterally agreed in 2029."
    )
    assert all(r.value != 4_500_000_000.0 for r in got.itertuples())
