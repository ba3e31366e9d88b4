"""Figures that are no bilateral figure, round 20 (spurious kind).

``pipeline.extract.stray_pair``: a sentence that names no economy, after a paragraph about a side
partner, is the country's own trade, not that partner's. Made-up pages in the forms of statistics
releases: a partner ranking, then "Exports declined by 15% ..." for the whole country. Near misses:
the same unnamed sentence right after the sentence naming the partner (it continues that pair), and
an unnamed sentence on a page whose main pair it keeps.
"""

from tests.pipeline.extract.test_foreign import rows

_RANKING = (
    "Ruritanian statistics: trade of Georgia in January-October 2031.\n"
    "Georgia's exports to Armenia reached $310 million in January-October 2031.\n"
    "Georgia's exports to Armenia were $310 million, and to Azerbaijan $120 million in "
    "January-October 2031.\n"
    "Among import sources, Turkey led with $900 million, followed by China ($700 million) and "
    "Germany ($450 million).\n"
    "The weather in the capital was mild that month.\n"
)


def test_an_unnamed_sentence_after_the_paragraph_is_not_the_side_partners() -> None:
    page = (
        _RANKING
        + "Exports declined by 17% compared to the previous year, while imports rose by 8.3%.\n"
    )
    found = rows(page)
    assert 17.0 not in found and -17.0 not in found
    assert 8.3 not in found


def test_an_unnamed_sentence_right_after_its_partner_continues_it() -> None:
    page = (
        _RANKING
        + "Georgia's imports from Germany were $450 million in January-October 2031.\n"
        + "They dropped by 6.5 percent from January-October 2030.\n"
    )
    found = rows(page)
    assert found.get(-6.5, ("",))[:3] == ("imports", "GEO", "DEU")


def test_an_unnamed_sentence_keeps_the_pages_main_pair() -> None:
    page = (
        "Georgia and Armenia trade rises in 2031.\n"
        "Georgia's exports to Armenia reached $310 million in 2031.\n"
        "The weather in the capital was mild that year.\n"
        "Exports rose by 12% compared to the previous year.\n"
    )
    found = rows(page)
    assert found.get(12.0, ("",))[:3] == ("exports", "GEO", "ARM")
