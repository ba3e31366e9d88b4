"""Round 46: an Urdu (``۔``) or Hindi (``।``) sentence end keeps each sentence's period its own.

Before, a paragraph of Urdu or Hindi was one sentence, and a figure for "last year" took the
period of the next sentence ("the first two months of this year"). Made-up sentences.
"""

from tests.pipeline.extract.test_extract import figures


def _rows(body: str) -> set[tuple]:
    out = figures(f" date 2031-03-01\nTrade\n\n{body}\n")
    return {
        (r.flow, r.reporter, r.partner, str(r.period_start), str(r.period_end), r.value)
        for r in out.itertuples()
    }


def test_urdu_stop_ends_the_last_year_sentence() -> None:
    body = (
        "پاکستان اور چین کے درمیان تجارت گزشتہ سال 20 ارب ڈالر رہی۔ اس سال کے پہلے دو ماہ میں"
        " چین کو پاکستان کی برآمدات 50 کروڑ ڈالر رہیں۔"
    )
    assert _rows(body) == {
        ("turnover", "PAK", "CHN", "2030-01-01", "2030-12-31", 20_000_000_000.0),
        ("exports", "PAK", "CHN", "2031-01-01", "2031-02-28", 500_000_000.0),
    }


def test_hindi_danda_ends_the_last_year_sentence() -> None:
    body = (
        "भारत और नेपाल के बीच व्यापार पिछले साल 8 अरब डॉलर रहा। इस साल के पहले दो महीनों में"
        " नेपाल को भारत का निर्यात 90 करोड़ डॉलर रहा।"
    )
    assert _rows(body) == {
        ("turnover", "IND", "NPL", "2030-01-01", "2030-12-31", 8_000_000_000.0),
        ("exports", "IND", "NPL", "2031-01-01", "2031-02-28", 900_000_000.0),
    }
