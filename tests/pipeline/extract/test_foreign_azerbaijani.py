"""Azerbaijani pages read through the English rules (``pipeline.extract.azerbaijani``, ``az``
rows of ``lexicon/foreign_words.csv``).

Every sentence here is made up, in the styles Azerbaijani outlets write trade figures in: a
customs release's "2031-ci ildə Azərbaycan ilə Gürcüstan arasında ticarət dövriyyəsi 12%
artaraq 1,5 milyard dollara çatıb", a news site's "ilk 8 ayında", "1 milyard 250 milyon
dollar", a target's "5 milyard dollara çatdıracaq". Near misses: a Turkish page stays Turkish,
an amount with no case suffix keeps no "to", a year with no ordinal suffix stays a number.
"""

import datetime as dt

from pipeline.extract.foreign import gloss, language
from tests.pipeline.extract.test_foreign import rows

D = dt.date


def test_language_of_an_azerbaijani_page() -> None:
    page = (
        "Azərbaycan ilə Gürcüstan arasında ticarət dövriyyəsi artıb. Komitənin məlumatına "
        "görə, bu artım ixrac üçün vacib olan məhsullar hesabına olub və idxal isə azalıb."
    )
    assert language([page]) == "az"
    turkish = (
        "Türkiye ile Gürcistan arasındaki ticaret hacmi arttı. Bakanlığa göre bu artış "
        "ihracat için önemli olan ürünler sayesinde oldu ve ithalat ise azaldı, bir yıl önce."
    )
    assert language([turkish]) == "tr"


def test_azerbaijani_suffixes_and_order() -> None:
    assert gloss("2031-ci ildə", "az") == "in 2031"
    assert gloss("2031-ci ilin ilk 8 ayında", "az") == "in the first 8 months of 2031"
    assert gloss("ixrac 1,5 milyard dollara çatıb", "az") == "exports reached 1.5 billion dollars"
    assert gloss("1 milyard 250 milyon dollar", "az") == "1 billion 250 million dollars"
    assert gloss("Gürcüstana ixrac", "az") == "exports to Georgia"
    # near misses: an amount with no suffix keeps no "to"; a year with no ordinal stays a number
    assert gloss("ixrac 1,5 milyard dollar", "az") == "exports 1.5 billion dollars"
    assert gloss("2031 il", "az") == "2031 il"


def test_azerbaijani_pair_change_and_period() -> None:
    got = rows(
        "Azərbaycan ilə Gürcüstan arasında ticarət artıb, komitənin məlumatına görə bu artım "
        "ixrac üçün vacib olan məhsullar hesabına olub və idxal isə azalıb.\n"
        "2031-ci ildə Azərbaycan ilə Gürcüstan arasında ticarət dövriyyəsi əvvəlki illə "
        "müqayisədə 12% artaraq 1,5 milyard dollara çatıb.\n"
        "2032-ci ilin ilk 8 ayında Azərbaycan ilə Gürcüstan arasında ticarət dövriyyəsi 1 "
        "milyard 250 milyon dollar təşkil edib."
    )
    assert got[1_500_000_000.0] == (
        "turnover", "AZE", "GEO", "level", "USD", D(2031, 1, 1), D(2031, 12, 31)
    )  # fmt: skip
    assert got[12.0][:4] == ("turnover", "AZE", "GEO", "pct_change")
    assert got[1_250_000_000.0][5:] == (D(2032, 1, 1), D(2032, 8, 31))


def test_azerbaijani_month_range_and_final_verb() -> None:
    assert gloss("Bu ilin yanvar-iyun aylarında", "az") == "in January-June this year"
    assert gloss("2031-ci ilin yanvar-mart aylarında", "az") == "in January-March 2031"
    assert gloss("ticarət dövriyyəsi 4,5 milyard dollar olub", "az") == (
        "trade turnover was 4.5 billion dollars"
    )
    # near miss: a turnover with no pair before "between" is left in its order
    assert gloss("ticarət dövriyyəsi arasında", "az") == "trade turnover between"


def test_a_span_of_years_a_multiple_and_a_deadline() -> None:
    # round 31 (gr08's shape): "2010-2030-cu illər arasında" (between 2010 and 2030), "6 dəfədən
    # çox" (more than 6 times), "2034-cü ilə qədər ... hədəflənir" (by 2034 ... is the target)
    got = rows(
        "date 2031-09-10\nAzərbaycan və Gürcüstan\n2010-2030-cu illər arasında Azərbaycan ilə"
        " Gürcüstan arasındakı ticarət dövriyyəsi 6 dəfədən çox böyüyərək 2,4 milyard dollara"
        " çatıb. 2034-cü ilə qədər iki dövlət arasında ticarətin 9 milyard dollara qədər"
        " artırılması hədəflənir.\n"
    )
    assert got[6.0][3] == "multiple" and got[6.0][5:] == (D(2030, 1, 1), D(2030, 12, 31))
    assert got[2.4e9][5:] == (D(2030, 1, 1), D(2030, 12, 31))
    assert got[9e9][5:] == (None, D(2034, 12, 31))
    assert gloss("3 dəfə", "az") == "3 times"
