"""Kazakh investment sentences: the recipient's economy and "since independence" (round 57,
iu02).

"Қытай Қазақстан экономикасына ... 20 миллиард долларға жуық инвестиция салды" (China invested
nearly $20bn in Kazakhstan's economy): the izafet "Қазақстан экономикасына" (Kazakhstan economy +
dative) is the recipient, which the noun's row alone ("economy") lost; "тәуелсіздік алған
уақыттан бері" is "since independence". Made-up sentences,
with investors, amounts, years and forms of the phrase no dev page uses. Near miss: a name before
another noun than "economy" keeps its reading.
"""

import datetime as dt

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_foreign import rows

D = dt.date
_LEAD = " date 2032-03-01\nҰлттық статистика бюросының мәліметінше, "
_TAIL = " Бұл екі ел үшін маңызды, деп мәлімдеді министрлік."


def test_the_recipient_economy_and_the_verb_after_its_amount() -> None:
    assert gloss("Жапония Қазақстан экономикасына 7,4 миллиард доллар инвестиция салды", "kk") == (
        "Japan in Kazakhstan's economy 7.4 billion dollars invested"
    )
    got = rows(
        _LEAD + "2031 жылы Жапония Қазақстан экономикасына 7,4 миллиард доллар "
        "инвестиция салды." + _TAIL
    )
    assert got[7_400_000_000.0][:3] == ("investment", "KAZ", "JPN")
    assert got[7_400_000_000.0][5:] == (D(2031, 1, 1), D(2031, 12, 31))


def test_since_independence() -> None:
    assert gloss("тәуелсіздік алғаннан бері", "kk") == "since independence"
    got = rows(
        _LEAD + "Жапония Қазақстан экономикасына тәуелсіздік алғалы бері 7,4 миллиард "
        "доллар инвестиция салды." + _TAIL
    )
    assert got[7_400_000_000.0][:3] == ("investment", "KAZ", "JPN")


def test_near_miss_another_noun_after_the_name() -> None:
    assert gloss("Қазақстан экспорты", "kk") == "Kazakhstan exports"
