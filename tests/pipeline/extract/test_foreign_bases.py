"""Words the glossed languages write around every figure that the gloss left unread (round 16):
Indonesian "persen", the comparison bases "contro i ... del 2030" (Italian), "mientras que ... la
cifra fue de" (Spanish), "2030 yılına göre" (Turkish), "trocas comerciais" (Portuguese).

Every sentence here is made up. Near misses: a word that only starts like a row ("persentase",
share) stays, "contro" before no amount is "against", "2030 yılında" stays "in 2030".
"""

import datetime as dt

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_foreign import rows

D = dt.date


def test_indonesian_percent_and_quarters() -> None:
    assert gloss("naik 12,5 persen menjadi US$ 3,2 miliar", "id") == (
        "rose 12.5 percent to US$ 3.2 billion"
    )
    assert gloss("pada kuartal I 2031", "id") == "in the first quarter of 2031"
    # near miss: a longer word that starts like the row stays
    assert gloss("persentase", "id") == "persentase"


def test_indonesian_percent_change_is_read() -> None:
    got = rows(
        "Nilai perdagangan antara Indonesia dan Jepang yang naik pada tahun ini untuk ekspor dan "
        "impor, kata menteri itu dengan bangga.\n"
        "Ekspor Indonesia ke Jepang pada 2031 naik 12,5 persen menjadi US$ 3,2 miliar."
    )
    assert got[12.5][:4] == ("exports", "IDN", "JPN", "pct_change")


def test_comparison_bases() -> None:
    assert gloss("7,6 miliardi di euro contro i 7,1 miliardi del 2030", "it") == (
        "7.6 billion euros compared with 7.1 billion of 2030"
    )
    assert gloss("incremento del 4% su anno", "it") == "increase of 4% year on year"
    assert gloss("mientras que en 2030 la cifra fue de 3.210 millones", "es") == (
        "while in 2030 the figure was 3,210 million"
    )
    assert (
        gloss("2030 yılına göre yüzde 12,5 arttı", "tr") == "compared with 2030 rose 12.5 percent"
    )
    # near misses: "contro" before no amount is "against"; "2030 yılında" is "in 2030"
    assert gloss("contro la crisi", "it") == "against the crisi"
    assert gloss("2030 yılında", "tr") == "in 2030"
