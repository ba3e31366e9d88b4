"""Round 58, kind: Hungarian "hazánk" / "országunk" (our homeland, our country; iv02 feliciter,
iv03 vg.hu: "Ausztria ... hazánk 3. legnagyobb kereskedelmi partnere") was left unglossed, so a
figure stated against "our country" named no Hungarian side.

:func:`pipeline.extract.hungarian.prepare` reads both nouns in every case ending (-ba, -ban,
-ból, -ra, -on, -ról, -hoz, -nál, -tól, -nak, -kal, -ig, -at) and "kis hazánk" as Hungary, the
page's own country. Made-up sentences with case forms no dev page uses ("hazánkba",
"országunkból", "hazánkkal", "országunkban").
"""

from __future__ import annotations

import pytest

from pipeline.extract import hungarian
from tests.pipeline.extract.test_extract import figures


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("hazánkba", "to Hungary"),
        ("országunkból", "from Hungary"),
        ("hazánkkal", "with Hungary"),
        ("országunkban", "in Hungary"),
        ("kis hazánkat", "Hungary"),
        ("Országunknak", "to Hungary"),
    ],
)
def test_our_country_cases(text: str, english: str) -> None:
    assert hungarian.prepare(f"a {text} 5") == f"a {english} 5"


@pytest.mark.parametrize("word", ["hazai", "országút", "hazánkbeliek", "országos"])
def test_near_misses_stay(word: str) -> None:
    assert hungarian.prepare(f"a {word} 5") == f"a {word} 5"


def test_exports_to_our_country() -> None:
    out = figures(
        " date 2031-03-01\nTavaly a hazánkba irányuló kínai export 12 százalékkal nőtt, és elérte "
        "a 3 milliárd eurót."
    )
    rows = [(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()]
    assert ("exports", "CHN", "HUN", 3_000_000_000.0) in rows
