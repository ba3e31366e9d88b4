"""Turkish count words matched in any case, and "on bir" (eleven) before a scale or "kat"
(made-up sentences, made-up figures).

Kind: the count patterns of :mod:`pipeline.extract.turkish` match under IGNORECASE, so a
sentence-initial "İki milyar" (two billion) matched "iki"; its lookup by ``str.lower`` ("i" and
a combining dot) found no key and the document's extraction failed outright. And the scale and
"kat" patterns listed the count words by hand without "on bir", so "on bir milyar" (eleven
billion) was read as "on 1 billion". Now every pattern takes its words from the count table,
longest first, and the lookup folds dotted and dotless i. Near miss: "ilk on bir ayında" keeps
January-November.
"""

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_foreign import rows

_HEAD = " date 2030-01-10\nTürkiye ile Gürcistan ticareti\n\n"


def test_a_sentence_initial_capital_count_is_read() -> None:
    text = (
        _HEAD
        + "İki milyar dolarlık ticaret hacmi Türkiye ile Gürcistan arasında 2029 yılında kaydedildi.\n"
    )  # noqa: E501
    assert rows(text)[2e9][:3] == ("turnover", "TUR", "GEO")
    assert "2 billion" in gloss("İki milyar dolarlık ihracat.", "tr")


def test_eleven_before_a_scale_and_before_kat() -> None:
    text = (
        _HEAD
        + "Türkiye ile Gürcistan arasındaki ticaret hacmi 2029 yılında on bir milyar dolara ulaştı.\n"
    )  # noqa: E501
    assert rows(text)[11e9][:3] == ("turnover", "TUR", "GEO")
    text = (
        _HEAD
        + "Türkiye'nin Gürcistan'a ihracatı 2029 yılında on bir kat artarak 900 milyon dolara çıktı.\n"
    )  # noqa: E501
    assert rows(text)[11.0][3:5] == ("multiple", "times")


def test_near_miss_eleven_months_keep_their_period() -> None:
    text = (
        _HEAD
        + "Türkiye'nin Gürcistan'a ihracatı 2029 yılının ilk on bir ayında 300 milyon dolar oldu.\n"
    )  # noqa: E501
    assert [str(d) for d in rows(text)[3e8][5:]] == ["2029-01-01", "2029-11-30"]
