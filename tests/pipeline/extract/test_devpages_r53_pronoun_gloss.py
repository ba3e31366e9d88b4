"""Round 53, a demonstrative or pronoun subject for the figure just stated, on a glossed page
(made-up sentences, made-up figures, other pairs).

Kind: "Das ist um 12 Prozent weniger als ...", "Im Vorjahr hatte er bei X gelegen", "To o 3 mld zł
więcej niż rok wcześniej", "... : это выше на 15%": a change or level whose subject points back
at the last figure. English pages read them ("This is 12 percent less", "it stood at", the
follow-up of ``follow_up._ANAPHOR``); the gloss left the pronoun and its copula unread ("the ist",
"stood er", "To by", "это"), so the figure had no flow and was dropped. Now the demonstrative with
its copula is a phrase row (de "das ist", "dies entspricht", "das bedeutet"; ru "это выше"; fr
"cela", es "esto", pt "isso", it "ciò"), Polish "To" opening a sentence before an amount is
"This is" (``polish._THIS_IS``), and a German pluperfect is made simple before its pronoun is
put first (``german.prepare``: "hatte er bei X gelegen" -> "it stood at X"). Dev pages: ho15
(derstandard, de), hr02 (businessinsider, de), ie04 (sputnikam, ru), ih02 (moneypl, pl).
Near misses keep their output: a "das ist" that points at no figure, a Polish "To" before a word.
"""

import datetime as dt

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_foreign import rows

D = dt.date


def test_demonstrative_copula_glossed() -> None:
    assert gloss("Das ist um 12 Prozent weniger als im Vorjahr.", "de").startswith("this is by 12")
    assert gloss("Dies entspricht einem Plus von 7 Prozent.", "de").startswith("this represents")
    assert gloss("To o 3 mld zł więcej niż rok wcześniej.", "pl").startswith("This is by 3")
    assert gloss("Cela représente une hausse de 5 %.", "fr").startswith("this represents")
    # near miss: "To" before a word is no copula
    assert gloss("To był dobry rok.", "pl").startswith("To ")


def test_german_demonstrative_change_follows_the_level() -> None:
    got = rows(
        "date 2031-09-01\nHandel\n\n"
        "Nach den jüngsten Daten verkauften belgische Firmen im ersten Halbjahr 2031 Waren im "
        "Wert von 430 Millionen Euro nach Chile. Das ist um 14,2 Prozent weniger als im "
        "Vergleichszeitraum des Jahres 2029."
    )
    assert got[430_000_000.0] == (
        "exports", "BEL", "CHL", "level", "EUR", D(2031, 1, 1), D(2031, 6, 30)
    )  # fmt: skip
    assert got[-14.2] == (
        "exports", "BEL", "CHL", "pct_change", "percent", D(2031, 1, 1), D(2031, 6, 30)
    )  # fmt: skip


def test_german_pluperfect_pronoun_after_its_verb() -> None:
    got = rows(
        "date 2031-02-01\nDeutschland und Peru\n\n"
        "Wie der Verband mitteilte, ist der Handel zwischen Deutschland und Peru in den ersten "
        "zehn Monaten 2030 um 8,1 Prozent gewachsen. Im Jahr 2029 hatte er bei mehr als 700 Millionen Euro gelegen."
    )
    assert got[700_000_000.0][:5] == ("turnover", "DEU", "PER", "level", "EUR")
    assert got[700_000_000.0][5:] == (D(2029, 1, 1), D(2029, 12, 31))


def test_russian_this_is_higher_after_a_colon() -> None:
    got = rows(
        "date 2031-09-01\nТорговля\n\n"
        "Товарооборот между Казахстаном и Вьетнамом в первом полугодии этого года превысил "
        "2,3 млрд долларов: это выше на 17%, по сравнению с аналогичным показателем 2030 года."
    )
    assert got[17.0][:4] == ("turnover", "KAZ", "VNM", "pct_change")


def test_near_miss_das_ist_without_a_figure_before() -> None:
    got = rows(
        "date 2031-09-01\nHandel\n\n"
        "Der Handel zwischen Österreich und Chile ist gering, sagte der Minister. Das ist ein "
        "Problem für die Firmen, die 2031 neue Märkte suchen, sagte er."
    )
    assert got == {}
