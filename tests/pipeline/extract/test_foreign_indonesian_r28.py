"""Indonesian and Malay first-person flows and "<month> lalu" (``id`` rows of
``lexicon/foreign_words.csv``): "Ekspor kita ke India" (our exports to India: the speaker's
country, as English "our exports" is read), "impor kami", Malay "eksport kita"; "pada Oktober
lalu" is last October, not "in October then". Made-up sentences.
"""

import datetime as dt

from pipeline.extract.foreign import decimal_comma, gloss
from tests.pipeline.extract.test_foreign import rows


def test_our_flows_are_the_speakers_country() -> None:
    assert gloss("Ekspor kita ke India", "id") == "our exports to India"
    assert gloss("impor kami dari Jepang", "id") == "our imports from Japan"
    got = rows(
        "date 2031-12-01\nJAKARTA - Menteri Perdagangan Indonesia mengatakan bahwa hubungan "
        'dagang dengan Mesir terus membaik tahun ini. "Ekspor kita ke Mesir pada 2030 tercatat '
        'sebesar USD1,241 miliar dan impor kita sebesar USD0,134 miliar," kata menteri di '
        "Jakarta."
    )
    year = (dt.date(2030, 1, 1), dt.date(2030, 12, 31))
    assert got[1_241_000_000.0] == ("exports", "IDN", "EGY", "level", "USD", *year)
    assert got[134_000_000.0] == ("imports", "IDN", "EGY", "level", "USD", *year)


def test_a_month_with_lalu_is_last_that_month() -> None:
    assert gloss("pada Oktober lalu", "id") == "in last October"
    assert gloss("sejak Maret lalu", "id").endswith("last March")


def test_a_zero_before_the_separator_is_a_decimal() -> None:
    # no thousands group starts with 0: "USD0,134 miliar" makes the page's "1,241" a decimal too
    assert decimal_comma(["ekspor USD1,241 miliar dan impor USD0,134 miliar"])
    assert not decimal_comma(["exports US$1,241 millones and imports US$0.134 millones"])
    assert decimal_comma(["exports US$1,241 millones"]) is False  # as before: a thousands comma
