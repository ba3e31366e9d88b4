"""Wrong periods of round 20, each on made-up sentences (other countries, numbers and years than
any real page), with a near miss that must stay as it was.

- months written right before the fiscal year they are part of, with no word between ("July-April
  FY29", "July to December FY2028-29", "April-December FY30", "July-March fiscal 2027-28": the
  South Asian business press) are those months of that fiscal year, as "the July-April period of
  FY29" is; also when the months date a comparison base ("as compared to $1.4bn during July to
  December FY28"), which they keep being;
- "the period under review" (or "under consideration", "the reporting period") is the period the
  report is about, the first a figure of the page takes, not the month a month-on-month sentence
  just named;
- a comparison word left untranslated by the gloss (Spanish "menos que", Portuguese "face a")
  made its base ("igual mes de 2029") the figures' period: glossed now; and a change that
  follows up ("they closed at $1.3bn, 17.4% less than in 2028") takes the directed trade the
  sentence between names ("Imports from Chile also fell"), not the figure before it.
"""

import datetime as dt

from tests.pipeline.extract.test_extract import figures
from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


def test_months_right_before_their_fiscal_year() -> None:
    got = dated("date 2030-05-12\nPakistan's exports to Germany reached $6.3bn in July-April FY28.")
    assert got == {("level", 6_300_000_000.0, D(2027, 7, 1), D(2028, 4, 30))}
    got = dated(
        "date 2030-05-12\nPakistan's exports to Germany reached $6.3bn in July to December "
        "FY2027-28."
    )
    assert got == {("level", 6_300_000_000.0, D(2027, 7, 1), D(2027, 12, 31))}
    got = dated(
        "date 2030-05-12\nPakistan's exports to Germany reached $6.3bn in July-March fiscal 2027-28."
    )
    assert got == {("level", 6_300_000_000.0, D(2027, 7, 1), D(2028, 3, 31))}
    # India's fiscal year runs April-March: FY30 is April 2029 to March 2030
    got = dated("date 2030-05-12\nIndia's exports to Oman rose to $2.2bn in April-December FY30.")
    assert got == {("level", 2_200_000_000.0, D(2029, 4, 1), D(2029, 12, 31))}


def test_months_of_a_fiscal_year_as_a_base() -> None:
    got = dated(
        "date 2029-05-12\nPakistan's exports to China fell 8 per cent to $1.3 billion as compared "
        "to $1.41 billion during July to December FY28."
    )
    # the base is those months of FY28; the change and the level reached are not the base's
    assert ("level", 1_410_000_000.0, D(2027, 7, 1), D(2027, 12, 31)) in got
    assert ("level", 1_300_000_000.0, D(2027, 7, 1), D(2028, 6, 30)) not in got
    assert ("pct_change", -8.0, D(2027, 7, 1), D(2028, 6, 30)) not in got
    got = dated(
        "date 2029-05-12\nBangladesh's exports to Japan rose 12 per cent to $910 million in "
        "July-March FY2028-29, against $812 million in July-March FY2027-28."
    )
    assert got == {
        ("pct_change", 12.0, D(2028, 7, 1), D(2029, 3, 31)),
        ("level", 910_000_000.0, D(2028, 7, 1), D(2029, 3, 31)),
        ("level", 812_000_000.0, D(2027, 7, 1), D(2028, 3, 31)),
    }


def test_near_miss_months_and_a_fiscal_year_in_two_clauses() -> None:
    # a comma and another clause between them: the months are the latest July-December, the
    # fiscal year its own figure's
    got = dated(
        "date 2029-05-12\nPakistan's exports to Germany reached $2.1 billion in July-December, "
        "and FY28 exports totalled $4 billion."
    )
    assert got == {
        ("level", 2_100_000_000.0, D(2028, 7, 1), D(2028, 12, 31)),
        ("level", 4_000_000_000.0, D(2027, 7, 1), D(2028, 6, 30)),
    }


# --- "the period under review" is the report's period, not the month named just before it ------

_REVIEW_PAGE = (
    "date 2030-03-20\nPakistan's exports to Germany rose 5 percent to $2.1 billion during "
    "July-February 2029-30.\nOn a month-on-month basis, the exports to Germany decreased by 6.39 "
    "percent during February 2030 as compared to the exports of $124 million in January 2030.\n"
    "On the other hand, the imports from Germany during the {} were recorded at $698 million "
    "against $658 million last year.\n"
)


def test_period_under_review_is_the_reports_period() -> None:
    got = dated(_REVIEW_PAGE.format("period under review"))
    assert ("level", 698_000_000.0, D(2029, 7, 1), D(2030, 2, 28)) in got
    assert ("level", 658_000_000.0, D(2028, 7, 1), D(2029, 2, 28)) in got
    # the month-on-month sentence keeps its own months
    assert ("pct_change", -6.39, D(2030, 2, 1), D(2030, 2, 28)) in got


def test_near_miss_the_said_period_is_the_one_just_named() -> None:
    got = dated(_REVIEW_PAGE.format("said period"))
    assert ("level", 698_000_000.0, D(2030, 2, 1), D(2030, 2, 28)) in got


def test_near_miss_a_year_stated_without_figures_is_not_the_reports_period() -> None:
    # "In 2029, A entered B's top ten" dates no figure: the report's period is the months after it
    got = dated(
        "date 2030-03-20\nIn 2029, Turkmenistan entered the list of Uzbekistan's top ten trade "
        "partners.\nFrom January to November 2029, trade between the two countries reached $457 "
        "million.\nDuring the period under consideration, Turkmenistan exported goods worth $374 "
        "million to Uzbekistan.\n"
    )
    assert got == {
        ("level", 457_000_000.0, D(2029, 1, 1), D(2029, 11, 30)),
        ("level", 374_000_000.0, D(2029, 1, 1), D(2029, 11, 30)),
    }


# --- a comparison word the gloss did not translate left its base as the figures' period --------


def test_spanish_menos_que_compares() -> None:
    # "un 12,5 por ciento menos que en igual mes de 2029": less than that base, so the change and
    # the changes after it are March 2030's, not 2029's
    got = dated(
        "date 2030-05-01\nEl comercio entre Chile y Perú cayó en marzo a 813 millones de dólares, "
        "un 12,5 por ciento menos que en igual mes de 2029, con bajas del 20,1 por ciento en las "
        "exportaciones y del 4,2 por ciento en las importaciones.\n"
    )
    assert got == {
        ("level", 813_000_000.0, D(2030, 3, 1), D(2030, 3, 31)),
        ("pct_change", -12.5, D(2030, 3, 1), D(2030, 3, 31)),
        ("pct_change", -20.1, D(2030, 3, 1), D(2030, 3, 31)),
        ("pct_change", -4.2, D(2030, 3, 1), D(2030, 3, 31)),
    }


def test_portuguese_face_a_compares() -> None:
    got = dated(
        "date 2030-05-01\nSegundo os dados do instituto, as exportações de Portugal para o Brasil "
        "caíram 3,3 por cento em março, face a igual período de 2029, para 592,5 milhões de "
        "euros.\nAs importações de Portugal do Brasil subiram 2,1 por cento no mesmo mês.\n"
    )
    assert ("level", 592_500_000.0, D(2030, 3, 1), D(2030, 3, 31)) in got
    assert ("pct_change", -3.3, D(2030, 3, 1), D(2030, 3, 31)) in got


# --- a change that follows up takes the directed trade the sentence between names -------------


def test_change_follows_the_directed_trade_named_between() -> None:
    got = figures(
        "date 2030-03-01\nPeru's exports to Chile rose 5% to US$ 2,100 million in 2029.\nThe "
        "imports from Chile also fell last year.\nThe data indicate that they closed at US$ 1,324 "
        "million during 2029, a 17.4% less than in 2028, when they reached US$ 1,602 million.\n"
    )
    rows = set(zip(got["flow"], got["measure"], got["value"].round(1), strict=True))
    assert ("imports", "pct_change", -17.4) in rows
    assert ("imports", "level", 1_602_000_000.0) in rows
    assert ("exports", "pct_change", 5.0) in rows


def test_near_miss_no_directed_trade_between() -> None:
    # the sentence between names no trade: the change goes on with the exports before it
    got = figures(
        "date 2030-03-01\nPeru's exports to Chile rose 5% to US$ 2,100 million in 2029.\nThe "
        "weather was poor last year.\nThey had closed at US$ 1,324 million during 2028, a 17.4% "
        "less than in 2027.\n"
    )
    rows = set(zip(got["flow"], got["measure"], got["value"].round(1), strict=True))
    assert ("exports", "pct_change", -17.4) in rows


# --- a base period, then the words that give its value ------------------------------------------


def test_base_period_then_its_value() -> None:
    got = dated(
        "date 2030-08-01\nBilateral trade between Cambodia and China in the first half of 2030 "
        "reached US$912.76 million, increasing over the same period with last year, which was "
        "valued at US$501 million."
    )
    assert ("level", 501_000_000.0, D(2029, 1, 1), D(2029, 6, 30)) in got
    got = dated(
        "date 2030-08-01\nTrade between Iran and Turkey reached $1.67 billion in January-February "
        "2030, some 3.5 percent less compared to the first two months of preceding year, when the "
        "mutual trade value amounted to $1.71 billion."
    )
    assert ("level", 1_710_000_000.0, D(2029, 1, 1), D(2029, 2, 28)) in got
    assert ("level", 1_670_000_000.0, D(2030, 1, 1), D(2030, 2, 28)) in got


def test_months_of_the_preceding_year() -> None:
    got = dated(
        "date 2030-08-01\nExports from Iran to Turkey reached $2.1 billion in the first half of "
        "the preceding year."
    )
    assert got == {("level", 2_100_000_000.0, D(2029, 1, 1), D(2029, 6, 30))}


def test_near_miss_a_value_after_the_base_that_is_another_clause() -> None:
    # the amount after the base is the level reached, not the base's value
    got = dated(
        "date 2030-08-01\nExports from Iran to Turkey rose 4 percent compared to the same period "
        "of last year and reached $2.2 billion in the first half of 2030."
    )
    assert ("level", 2_200_000_000.0, D(2030, 1, 1), D(2030, 6, 30)) in got
