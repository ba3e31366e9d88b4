"""Round 53, a flow word of a glossed language left unread, so its figure had no flow and was
dropped (made-up sentences, made-up figures, other pairs).

Kind: the general words of a language that carry the flow of a figure: Turkish investment in its
genitive forms ("yatırımlarının", "yatırımların"; with "değeri" value, "bulan" reaching,
"ülkedeki" in the country), Russian "инвестировать"/"вложить" (invest) and "отправить" (ship,
every past form through ``russian_verbs``) with "на сумму" (worth) and "в общей сложности" (in
total), German "verkaufte(n)" (sold), Polish "wysłali" (shipped) and "na" before a country's
accusative ("na Ukrainę": to). Rows of ``lexicon/foreign_words.csv`` and
``lexicon/foreign_verbs.csv``; the English rules then read the figure as they read "invested",
"shipped ... worth", "sold goods worth". Dev pages: ig04 (takvim, tr), ho19 (sondakika, tr),
ih11 (reportaz, ru), hm06 (kursiv, ru), ho15 (derstandard, de), ih02 (moneypl, pl).
Near miss: an investment of a company at home, with no second economy, stays out.
"""

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_foreign import rows


def test_flow_words_glossed() -> None:
    assert "investments value 250 million dollars reaching" in gloss(
        "yatırımlarının değeri 250 milyon doları bulan", "tr"
    )
    assert gloss("Китай вложил в Армению 2,1 млрд долларов.", "ru").startswith(
        "China invested to Armenia"
    )
    assert "sold" in gloss("Damals verkauften die Firmen Waren.", "de")


def test_russian_invested_and_shipped() -> None:
    got = rows(
        "date 2031-09-01\nИнвестиции\n\n"
        "Китай инвестировал в Армению в общей сложности 2,1 млрд долларов за последние 10 лет.\n"
        "За первые восемь месяцев 2031 года Армения отправила в Китай 9,5 тыс. тонн фруктов на "
        "сумму 24,7 млн долларов."
    )
    assert got[2_100_000_000.0][:5] == ("investment", "ARM", "CHN", "level", "USD")  # (host first)
    assert got[24_700_000.0][:5] == ("exports", "ARM", "CHN", "level", "USD")


def test_turkish_investment_genitive() -> None:
    got = rows(
        "date 2031-09-01\nTürkiye ve Gana\n\n"
        "Gana'da, yatırımlarının değeri 250 milyon doları bulan ve Türk sermayesine sahip 30'dan "
        "fazla şirket çalışıyor."
    )
    assert got[250_000_000.0][:5] == ("investment", "GHA", "TUR", "level", "USD")
    got = rows(
        "date 2031-09-01\nTürkiye ve Gana\n\n"
        "Türk şirketlerinin Gana'daki yatırımlarının arttığını belirten Bakan, ülkedeki "
        "yatırımların 120 milyon dolar civarında olduğunu söyledi."
    )
    assert got[120_000_000.0] == ("investment", "GHA", "TUR", "level", "USD", None, None)


def test_near_miss_investment_at_home() -> None:
    got = rows(
        "date 2031-09-01\nŞirket haberleri\n\n"
        "Şirketin fabrika yatırımlarının değeri 40 milyon lirayı bulan yeni tesisi açıldı."
    )
    assert got == {}
