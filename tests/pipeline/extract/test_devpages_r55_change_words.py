"""Round 55, a change word of the language right after its percent (made-up sentences, made-up
figures, other pairs).

Kind: a percent with the language's own word for "rise" or "surge" after it was left unread
because the word had no gloss row, though its siblings had: Turkish "yüzde 16,2 yükselişle"
(with a rise of; "artışla" was a row), Uzbek "5,3 фоизга кўпайиб" / "ko'payib" (increasing;
"ошиб", "камайиб" were rows), Korean "272% 폭증했다" (surged; "급증했다" was a row). The
percent came out as no figure ("no measure"), and in Turkish the amount after it with it. Now
rows of ``foreign_words.csv``, read by the English change rules. Dev pages: hr08 (hurriyet),
ih12 (parstoday), hp12 (spnews); three outlets, three languages. Near miss: the same word with
no percent before it ("kâr payı yükselişle karşılandı") stays no figure.
"""

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_foreign import rows


def test_change_words_glossed() -> None:
    assert "increase to" in gloss(
        "2030'da Gürcistan-Ermenistan ticaret hacmi yüzde 12,4 yükselişle 812 milyon dolar "
        "olmuştu.",
        "tr",
    )
    assert "increased" in gloss("Савдо ҳажми 7,1 фоизга кўпайиб, 640 миллион долларга етди.", "uz")
    assert "increased" in gloss(
        "Savdo hajmi 7,1 foizga ko'payib, 640 million dollarga yetdi.", "uz"
    )
    assert "surged" in gloss("칠레의 페루 수입은 145% 폭증했다.", "ko")


def test_turkish_rise_and_level_read() -> None:
    got = rows(
        "date 2031-03-01\nTicaret\n\n"
        "2030'da Gürcistan-Ermenistan ticaret hacmi yüzde 12,4 yükselişle 812 milyon dolar "
        "olmuştu."
    )
    assert got[12.4][:4] == ("turnover", "GEO", "ARM", "pct_change")
    assert got[812_000_000.0][:4] == ("turnover", "GEO", "ARM", "level")


def test_korean_surge_read() -> None:
    got = rows(
        "date 2031-03-01\n무역\n\n"
        "2030년 칠레의 페루 수입은 4.2억 달러로, 2029년(1.7억 달러)과 비교해 145% 폭증했다."
    )
    assert got[145.0][:4] == ("imports", "CHL", "PER", "pct_change")


def test_near_miss_no_percent() -> None:
    got = rows(
        "date 2031-03-01\nTicaret\n\nGürcistan'daki bu haber piyasada bir yükselişle karşılandı."
    )
    assert got == {}
