"""Malay pages read as Indonesian (``id`` rows of ``lexicon/foreign_words.csv`` with the Malay
words Indonesian writes otherwise: "bilion", "dagangan", "eksport", "peratus", "berbanding",
"tempoh yang sama", "tahun lepas", "Disember").

Every sentence here is made up, in the styles Malaysian and Bruneian outlets write trade figures
in. Near misses: an Indonesian sentence without Malay words glosses as before, an English page
quoting Malay words stays English.
"""

import datetime as dt

from pipeline.extract.foreign import gloss, language
from tests.pipeline.extract.test_foreign import rows

D = dt.date


def test_malay_words() -> None:
    assert (
        gloss("Eksport Malaysia ke Jepun meningkat 7.5 peratus kepada RM4.2 bilion", "id", False)
        == "Malaysia's exports to Japan increased 7.5 percent to RM4.2 billion"
    )
    assert (
        gloss("dari Januari hingga Disember berbanding tempoh yang sama tahun lepas", "id", False)
        == "from January to December compared with the same period last year"
    )
    # near misses: an Indonesian sentence keeps its gloss, an English page stays English
    assert (
        gloss("Ekspor Indonesia ke Jepang naik menjadi US$3,1 miliar", "id")
        == "Indonesia's exports to Japan rose to US$3.1 billion"
    )
    english = "The trade between Malaysia and Japan rose, the ministry said, and the exports of "
    assert language([english * 3 + "dagangan berbanding yang dan"]) is None


def test_malay_pair_level_and_period() -> None:
    got = rows(
        "Nilai dagangan antara Malaysia dan Jepun yang meningkat pada tahun ini adalah penting "
        "untuk kedua-dua negara dan syarikat itu.\n"
        "Eksport Malaysia ke Jepun dari Januari hingga Mac 2031 mencecah US$4.25 bilion."
    )
    level = got[4_250_000_000.0]
    assert level[:5] == ("exports", "MYS", "JPN", "level", "USD")
    assert level[5:] == (D(2031, 1, 1), D(2031, 3, 31))
