"""Round 47, period kinds from the development pages (made-up sentences, made-up figures).

Kind 1, a base period past a bracketed conversion: "rose 35% from 311.24 million US dollars
(about 46.12374 billion yen) in 2029 to 420 million US dollars" names 2029 as the base of the
change, however long the conversion in brackets between "from" and the year; the level reached
keeps the sentence's own period (2030). The base word's 60-character window
(``periods._compared_before``) does not count a bracketed aside: glossed Japanese, Korean and
Chinese amounts carry long conversions ("約461億2374万円" -> "about 46.12374 billion yen").
Near miss: "exports from Chile ... were $X (about Y yen) in 2030" has no base amount after
"from": the year stays the level's own."""

import pytest

from tests.pipeline.extract.test_extract import figures

_Y29 = ("2029-01-01", "2029-12-31")
_Y30 = ("2030-01-01", "2030-12-31")


def _rows(text: str, title: str = "Trade") -> set[tuple]:
    out = figures(f"date 2031-02-10\n{title}\n\n{text}\n")
    return {
        (
            r.flow,
            *(sorted((r.reporter, r.partner)) if r.flow == "turnover" else (r.reporter, r.partner)),
            str(r.period_start),
            str(r.period_end),
            r.measure,
            r.value,
            r.unit,
        )
        for r in out.itertuples()
    }


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (  # English: a conversion in brackets after the base amount, the year after it
            "In 2030, exports from Chile to Peru rose 35% from 311.24 million US dollars (about "
            "46.12374 billion yen) in 2029 to 420 million US dollars.",
            "Chile and Peru",
            {
                ("exports", "CHL", "PER", *_Y30, "pct_change", 35.0, "percent"),
                ("exports", "CHL", "PER", *_Y29, "level", 311_240_000.0, "USD"),
                ("exports", "CHL", "PER", *_Y29, "level", 46_123_740_000.0, "JPY"),
                ("exports", "CHL", "PER", *_Y30, "level", 420_000_000.0, "USD"),
            },
        ),
        (  # Japanese: "2029年の3億1124万ドル(約461億2374万円)から ... 4億4000万ドル(...)に達した"
            "2030年のタイとベトナムの貿易額は、2029年の3億1124万ドル(約461億2374万円)から41.37%増え、"
            "4億4000万ドル(約652億514万円)に達した。",
            "タイ",
            {
                ("turnover", "THA", "VNM", *_Y30, "pct_change", 41.37, "percent"),
                ("turnover", "THA", "VNM", *_Y29, "level", 311_240_000.0, "USD"),
                ("turnover", "THA", "VNM", *_Y29, "level", 46_123_740_000.0, "JPY"),
                ("turnover", "THA", "VNM", *_Y30, "level", 440_000_000.0, "USD"),
                ("turnover", "THA", "VNM", *_Y30, "level", 65_205_140_000.0, "JPY"),
            },
        ),
        (  # near miss: "from Chile" is no base amount; the conversion's year is the level's
            "Exports from Chile to Peru were 311.24 million US dollars (about 46.12374 billion "
            "yen) in 2030, more than in any year before.",
            "Chile",
            {
                ("exports", "CHL", "PER", *_Y30, "level", 311_240_000.0, "USD"),
                ("exports", "CHL", "PER", *_Y30, "level", 46_123_740_000.0, "JPY"),
            },
        ),
    ],
)
def test_base_period_past_a_bracketed_conversion(text: str, title: str, expected: set) -> None:
    assert _rows(text, title) == expected
