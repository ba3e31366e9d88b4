"""Round 54, a multiple written with a language's own "times" word (made-up sentences, made-up
figures, other pairs).

Kind: Turkish "neredeyse 3 kat artarak" / "üç katına çıktı" (rose nearly 3 times, tripled),
Kyrgyz "19 эсеге өскөн" (grew 19 times), Polish "ponad dwukrotne zwiększenie" (a more than
twofold increase; the adverb "dwukrotnie" was a row, the adjective was not): the gloss left
"3 kat", "19 эсеге", "dwukrotne", and no multiple was read. Now "N times" / "twofold"
(``turkish._TIMES``, ``foreign_amounts.times_words``, Polish adjective rows of
``foreign_words.csv``). Dev pages: hu05 (tolqunnews), hu09 (kyrgyztuusu), ho07 (rp); three
outlets. Near miss: "4 katlı bir bina" (a 4-storey building) is no multiple.
"""

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_foreign import rows


def test_times_words_glossed() -> None:
    assert "4 times" in gloss(
        "Ticaret hacmi neredeyse 4 kat artarak 812 milyon dolara ulaştı.", "tr"
    )
    assert "3 times" in gloss("Ticaret hacmi üç katına çıktı.", "tr")
    assert "7 times" in gloss("Экспорт из Казахстана в Узбекистан 2030-жылы 7 эсеге өскөн.", "ky")
    assert "threefold" in gloss("Stoi za tym ponad trzykrotne zwiększenie eksportu do Czech.", "pl")


def test_near_miss_storeys() -> None:
    assert "4 katlı" in gloss("Bu yıl iki ülke arasında 4 katlı bir bina yapıldı.", "tr")


def test_turkish_multiple_read() -> None:
    got = rows(
        "date 2031-03-01\nTicaret\n\n"
        "2030 yılında Gürcistan ile Ermenistan arasındaki ticaret hacmi geçen yıla göre "
        "neredeyse 4 kat artarak 812 milyon dolara ulaştı."
    )
    assert got[4.0][:4] == ("turnover", "GEO", "ARM", "multiple")
