"""Kyrgyz "according to" (round 57, hu09).

Kyrgyz puts its source before a postposition: "Тажикстандын Бажы кызматынын маалыматы боюнча"
(according to the data of Tajikistan's customs service), "маалыматына караганда", "маалыматтарына
ылайык", "сөзү боюнча" (according to his words). No row glossed any of them, so a figure's source
was lost; the source is now put after "according to", as Kazakh's is. Made-up sentences, with
sources, postpositions and pairs no dev page uses. Near miss: an owner that no row glosses stays
as written after "according to", and the figure keeps no source country.
"""

from tests.pipeline.extract.test_extract import figures

_TAIL = (
    " Бул эки өлкө үчүн маанилүү жана соода боюнча кызматташтык кеңейүүдө, деп билдирди министрлик."
)
_EXPORTS = "2031-жылы Казакстандан Кыргызстанга экспорт 3,4 миллиард долларды түздү."


def test_a_source_before_its_postposition_gives_the_figure_its_country() -> None:
    got = figures(
        " date 2032-03-01\nКазакстандын Бажы кызматынын маалыматтарына ылайык, " + _EXPORTS + _TAIL
    )
    row = got[got.value == 3_400_000_000.0].iloc[0]
    assert (row.flow, row.reporter, row.partner, row.source_country) == (
        "exports",
        "KAZ",
        "KGZ",
        "KAZ",
    )


def test_near_miss_an_unknown_owner_gives_no_country() -> None:
    got = figures(" date 2032-03-01\nМинистрдин сөзү боюнча, " + _EXPORTS + _TAIL)
    row = got[got.value == 3_400_000_000.0].iloc[0]
    assert (row.flow, row.reporter, row.partner) == ("exports", "KAZ", "KGZ")
    assert row.source_country is None
