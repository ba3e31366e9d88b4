"""A country name whose lower-case form is a demonym row (round 57, iu01, iu10).

Kazakh writes the country and its adjective alike, told apart by the capital: "Қытай" China,
"қытай" Chinese; "Ресей" Russia, "ресей" Russian. The phrase table dropped the name because a
row spelled its lower-case form, and the row, a demonym, matches lower-case text only: "Қазақстан
мен Қытай арасындағы тауар айналымы" (trade between Kazakhstan and China) kept "Қытай" unglossed
and gave no figure. The same held for Hungarian "Japán" and Spanish "Noruega" and "Siria". Every
sentence is made up, with forms no dev page uses (other sentences, years, amounts, partners).
Near misses: the lower-case adjective stays the demonym.
"""

import datetime as dt

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_foreign import rows

D = dt.date


def test_kazakh_china_and_russia_in_the_nominative_are_names() -> None:
    assert gloss("Ресей мен Қазақстан арасындағы сауда", "kk") == (
        "trade between Russia and Kazakhstan"
    )
    got = rows(
        " date 2032-03-01\nҚазақстан мен Қытай арасындағы тауар айналымы 2031 жылы 7,3 миллиард "
        "доллар болды, деді министр."
    )
    assert got[7_300_000_000.0][:3] == ("turnover", "KAZ", "CHN")
    assert got[7_300_000_000.0][5:] == (D(2031, 1, 1), D(2031, 12, 31))


def test_the_same_collision_in_hungarian_and_spanish() -> None:
    assert gloss("Magyarország és Japán közötti kereskedelem", "hu") == (
        "trade between Hungary and Japan"
    )
    assert gloss("Las exportaciones de Chile a Siria", "es") == "Chile's exports to Syria"


def test_near_miss_the_lower_case_adjective_stays_the_demonym() -> None:
    assert gloss("ресей экспорты", "kk") == "Russian exports"
    assert gloss("a japán export", "hu") == "the Japanese exports"
