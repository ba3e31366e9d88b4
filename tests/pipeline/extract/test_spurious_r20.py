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


# ``bracket_change.bracketed_share``: an unsigned percentage alone in a bracket right after an
# amount no change word governs is the amount's share. Near misses: a change amount ("increased
# by $1.2bn (12.5 percent)", "up $1.2bn (12.5%)") and a signed bracket ("(-18.4%)").


def test_a_bare_bracketed_percentage_after_an_amount_is_its_share() -> None:
    found = rows(
        "Of all UK exports to Qatar in 2031, around £2.6bn (63.8 percent) were goods and "
        "£1.5bn (36.2 percent) were services."
    )
    assert 2_600_000_000.0 in found and 1_500_000_000.0 in found
    assert 63.8 not in found and 36.2 not in found
    found = rows(
        "South Africa's imports from China were $1.9bn in 2031.\n"
        "China followed with $304m (16.2%), made up of tractors."
    )
    assert 16.2 not in found


def test_a_bracketed_percentage_after_a_change_or_with_a_sign_stays_a_change() -> None:
    found = rows("Exports from Chile to Peru increased by $1.2 billion (12.5 percent) in 2031.")
    assert found.get(12.5, ("",))[3] == "pct_change"
    found = rows("Exports from Chile to Peru in 2031 were up $1.2 billion (12.5 percent).")
    assert found.get(12.5, ("",))[3] == "pct_change"
    found = rows(
        "In 2031 Angola exported to China goods amounted at about 11.3 million dollars (-18.4%)."
    )
    assert found.get(-18.4, ("",))[3] == "pct_change"
