"""Whose currency a page's shared symbol is ("Shs", "Rs", "dinars", "K": several economies write
it): the economy the page is written for, not each figure's reporter (NOTES, round 19).

In order:
1. a figure whose sentence converts it ("Sh2.6 billion ($20 million)") takes the choice whose
   exchange rate the conversion fits (``symbol_rate``);
2. the page's other figures in that symbol take the choice the page's conversions fit (an
   outlet converts into its own currency, and writes one symbol for one currency);
3. else the dateline's economy, when it is a choice ("KAMPALA -- ...": the outlet's);
4. else the economy that is a party (reporter or partner) to the most figures in the symbol on
   the page, when one leads alone: an outlet writes amounts in its own economy's currency, and
   its pages are mostly about its own economy's trade ("Kenya's exports to Uganda" on a Ugandan
   page in Ugandan shillings). A tie (a page on two economies that both write the symbol,
   "dinars" on a page about Tunisia and Libya) leaves each figure as
   ``currency_names.page_countries`` read it (its reporter's).
"""

from __future__ import annotations

from collections import Counter


def home_currency(
    figures: list[dict],
    shared: dict[str, tuple[tuple[str, str], ...]],
    fitted: dict[str, str] | None = None,
    home: str | None = None,
) -> None:
    """Set, in place, the unit of each figure whose id ``shared`` lists (with its symbol's
    (iso3, code) choices): its own conversion's fit (``fitted``), else the fit most of the
    page's conversions in that symbol agree on, else the dateline's (``home``) choice, else the
    choice economy that is party to most of the page's figures with the same choices, when one
    economy leads alone."""
    if not shared:
        return
    fitted = fitted or {}
    votes: dict[tuple[tuple[str, str], ...], Counter[str]] = {}
    fits: dict[tuple[tuple[str, str], ...], Counter[str]] = {}
    for figure in figures:
        choices = shared.get(figure["figure_id"])
        if choices is None:
            continue
        codes = dict(choices)
        parties = {figure["reporter"], figure["partner"]}
        votes.setdefault(choices, Counter()).update(iso for iso in parties if iso in codes)
        if figure["figure_id"] in fitted:
            fits.setdefault(choices, Counter())[fitted[figure["figure_id"]]] += 1
    for figure in figures:
        choices = shared.get(figure["figure_id"])
        if choices is None:
            continue
        own = fitted.get(figure["figure_id"])
        page_fit = _leader(fits.get(choices, Counter()))
        if own or page_fit:
            figure["unit"] = own or page_fit
            continue
        codes = dict(choices)
        if home in codes:
            figure["unit"] = codes[home]
            continue
        top = _leader(votes[choices])
        if top:
            figure["unit"] = codes[top]


def _leader(counts: Counter[str]) -> str | None:
    """The key counted most, when one leads alone."""
    top = counts.most_common(2)
    if top and (len(top) == 1 or top[0][1] > top[1][1]):
        return top[0][0]
    return None
