"""Kazakh "our country" is Kazakhstan (round 57, iu01, iu07).

Kazakh pages name their own country "еліміз" (our country) in every case: "елімізге" (to our
country), "еліміздегі" (in our country), "елімізден" (from our country), "мемлекетіміздің" (our
state's), "біздің елге". The English rules had no side there: "China joined the largest investors
in our country; it invested $X" left the investment's recipient to guess. Made-up sentences with
case forms, partners and amounts no dev page uses. Near misses: "our countries" (plural, both
sides) and a word that only starts alike stay as they are.
"""

import datetime as dt

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_foreign import rows

D = dt.date


def test_our_country_in_its_cases() -> None:
    assert gloss("Жапониядан елімізге импорт", "kk") == "imports from Japan to Kazakhstan"
    assert gloss("Біздің елден Иранға экспорт", "kk") == "exports from Kazakhstan to Iran"
    assert gloss("мемлекетіміздің экспорты", "kk") == "Kazakhstan's exports"


def test_the_investor_and_the_recipient() -> None:
    got = rows(
        " date 2032-03-01\nҰлттық статистика бюросының мәліметінше, 2031 жылы Жапония "
        "еліміздегі ең ірі инвесторлардың қатарына қосылды: ол тікелей инвестиция түрінде 1,7 "
        "миллиард доллар салды. Бұл екі ел үшін маңызды, деп мәлімдеді министрлік."
    )
    assert got[1_700_000_000.0][:3] == ("investment", "KAZ", "JPN")


def test_near_miss_our_countries_and_other_words() -> None:
    # "елдеріміз" (our countries) is both sides, no one country
    assert "Kazakhstan" not in gloss("елдеріміз арасындағы сауда", "kk")
    assert "Kazakhstan" not in gloss("елімізшіл", "kk")
