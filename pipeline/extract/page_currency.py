"""Whose currency a page's shared symbol is ("Shs", "Rs", "dinars", "dirhams": several economies
write it): the page's home economy, as its figures in that symbol show it, not each figure's
reporter.

An outlet writes amounts in its own economy's currency, whoever reports the flow: a Ugandan page
gives "Kenya's exports to Uganda" in Ugandan shillings as it gives Uganda's own trade, and a
Nepali page gives imports from India in Nepalese rupees. So the economy that is a party (reporter
or partner) to the most figures in one shared symbol on a page decides that symbol's currency for
all of them. A tie (a page on two economies that both write the symbol, "dinars" on a page about
Tunisia and Libya) leaves each figure as ``currency_names.page_countries`` read it (its
reporter's).
"""

from __future__ import annotations

from collections import Counter


def home_currency(figures: list[dict], shared: dict[str, tuple[tuple[str, str], ...]]) -> None:
    """Set, in place, the unit of each figure whose id ``shared`` lists (with its symbol's
    (iso3, code) choices) to the currency of the choice economy that is party to most of the
    page's figures with the same choices, when one economy leads alone."""
    if not shared:
        return
    votes: dict[tuple[tuple[str, str], ...], Counter[str]] = {}
    for figure in figures:
        choices = shared.get(figure["figure_id"])
        if choices is None:
            continue
        codes = dict(choices)
        parties = {figure["reporter"], figure["partner"]}
        votes.setdefault(choices, Counter()).update(iso for iso in parties if iso in codes)
    for figure in figures:
        choices = shared.get(figure["figure_id"])
        if choices is None:
            continue
        top = votes[choices].most_common(2)
        if top and (len(top) == 1 or top[0][1] > top[1][1]):
            figure["unit"] = dict(choices)[top[0][0]]
