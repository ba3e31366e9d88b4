"""Round 24: Polish turnover words on their own ("obroty sięgnęły", "wymiana między oboma
państwami") and a doubling as a multiple. Made-up page; near miss: "obroty handlowe" (the row it
had) reads as before."""

import datetime as dt

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_foreign import rows

D = dt.date


def test_bare_obroty_is_turnover() -> None:
    got = rows(
        "date 2032-03-01\nPolska i Turcja chcą zwiększyć handel. Prezydent zwrócił uwagę, że "
        "wymiana między oboma państwami rośnie od lat, a w 2031 r. obroty sięgnęły 6,1 mld euro, "
        "podało ministerstwo. Obie strony chcą, aby w najbliższych latach ten wynik był jeszcze "
        "wyższy, a firmy z obu krajów mają się spotkać na forum w Stambule.\n"
    )
    assert got[6.1e9] == ("turnover", "POL", "TUR", "level", "EUR", D(2031, 1, 1), D(2031, 12, 31))


def test_the_words_gloss() -> None:
    assert gloss("mogą podwoić obroty do poziomu 10 mld euro rocznie", "pl") == (
        "can double turnover to 10 billion euros annually"
    )
    assert gloss("obroty handlowe", "pl") == "trade turnover"
