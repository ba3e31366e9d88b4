"""Hungarian multiplicative verbs in every form, "over the past N years" and the verb before its
subject (round 57, iv01, iv06; iv04 and iv05 write the same verbs).

Hungarian forms "to double, triple, quadruple" as "meg" + a count + -szereződik / -szorozódik /
-szöröződik in the count's vowel harmony ("megkétszereződik", "megháromszorozódik",
"megötszöröződik"), or "megduplázódik", "megtriplázódik", and the transitive "megdupláz" (to
double it). The rows spelled three past forms only; a page wrote the subjunctive of a goal ("cél,
hogy a forgalom megduplázódjon": the goal is that turnover double). The news verb often stands
before its subject ("megnégyszereződött a két ország közötti árucsere": quadrupled the trade
between the two countries), and the span before it "az elmúlt tíz év alatt" (over the past ten
years). Made-up sentences, with counts, forms, pairs and years no dev page uses. Near misses: a
word that only starts with "meg" stays, and a verb before a subject that is no trade is left.
"""

import datetime as dt

from pipeline.extract.foreign import gloss
from pipeline.extract.hungarian import prepare
from tests.pipeline.extract.test_foreign import rows

D = dt.date


def test_every_form_of_the_multiplicative_verbs() -> None:
    assert prepare("az export megötszöröződött") == "az export increased 5-fold"
    assert prepare("a forgalom megkétszereződik") == "a forgalom double"
    assert prepare("hogy az import megháromszorozódjon") == "hogy az import triple"
    assert prepare("a forgalom megduplázását tűzték ki célul") == (
        "a forgalom doubling tűzték ki célul"
    )
    assert prepare("megtriplázták az exportot") == "tripled az exportot"
    assert prepare("az utóbbi öt évben") == "over the past 5 years"


def test_a_goal_of_doubling_and_a_past_multiple_over_years() -> None:
    goal = rows(
        " date 2032-03-01\nA miniszter szerint reális cél, hogy a Lengyelország és Magyarország "
        "közötti kereskedelmi forgalom 2035-ig megkétszereződjön, és elérje a 12 milliárd eurót."
    )
    assert goal[2.0][:4] == ("turnover", "POL", "HUN", "multiple")
    past = rows(
        " date 2032-03-01\nAz utóbbi nyolc év alatt megháromszorozódott a Magyarország és "
        "Szlovákia közötti kereskedelmi forgalom, amely 2031-ben 9 milliárd eurót tett ki."
    )
    assert past[3.0][:4] == ("turnover", "HUN", "SVK", "multiple")
    assert past[3.0][5:] == (D(2024, 1, 1), D(2031, 12, 31))


def test_near_misses() -> None:
    assert prepare("a miniszter megengedte") == "a miniszter megengedte"
    # a verb before a subject that is no trade is left where it is
    assert gloss("megháromszorozódott a turisták száma", "hu").startswith("tripled")
