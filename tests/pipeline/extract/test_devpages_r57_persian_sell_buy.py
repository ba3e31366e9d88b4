"""Round 57, kind: a Persian flow told with the verb "sell" (to a country) or "buy" (from one)
stayed unread, and the figures after it lost their period. Dev page: "صادرکنندگان ایرانی ...
۶ میلیارد و ۹۲۹ میلیون دلار کالا به عراق فروخته‌اند" (ic11 radiozamaneh: no row for the verb).

Built for the language: the verbs فروختن (sell) and خریدن/خریداری کردن (buy) in every tense and
person the rows spell ("فروخت", "فروختند", "فروخته است", "فروخته‌اند", "می‌فروشد", ...), and the
verb-final order "X goods to NAME sold" / "X goods from NAME bought" put in English order
("exported/imported goods worth X to/from NAME", ``persian._SENT``, ``persian._BOUGHT``).

Every sentence is made up, with forms no dev page uses (فروختند, خریداری کرده‌اند, می‌فروشند,
Türkiye, Afghanistan, China).
"""

from __future__ import annotations

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> list[tuple[str, str, str, float]]:
    out = figures(f" date 2031-03-01\nTrade\n\n{text}\n")
    return [
        (r["flow"], r["reporter"], r["partner"], float(r["value"])) for r in out.to_dict("records")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "صادرکنندگان ایرانی در سال ۲۰۳۰ حدود ۲ میلیارد دلار کالا به افغانستان فروختند.",
            ("exports", "IRN", "AFG", 2e9),
        ),
        (
            "بازرگانان ایرانی در سال ۲۰۳۰ حدود ۳ میلیارد دلار کالا از چین خریداری کرده‌اند.",
            ("imports", "IRN", "CHN", 3e9),
        ),
        (
            "تاجران ترکیه هر سال ۵۰۰ میلیون دلار کالا به ایران می‌فروشند.",
            ("exports", "TUR", "IRN", 5e8),
        ),
    ],
)
def test_sold_to_bought_from(text: str, expected: tuple) -> None:
    assert expected in _rows(text)


def test_near_miss_sold_with_no_partner() -> None:
    # a sale with no country after "به" is no flow between two countries
    from pipeline.extract.foreign import gloss

    assert "exported" not in gloss("این شرکت ۲ میلیون دلار سهام فروخت.", "fa")
