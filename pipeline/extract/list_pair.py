"""A list item's pair (split out of ``pairs``): the listed country is the partner, and the other
side is the economy the list is about, or the flow's counterpart when the listed economies are
its traders ("the main exporters to the US: Germany ($76bn)"). An economy with an amount of its
own right after it is another item of the list, neither ("Russia ranks second - $230m, exports
to Kazakhstan came to $187.7m (15.9%), Uzbekistan - $122.6m": round 31, gr20)."""

from __future__ import annotations

import re

from pipeline.extract.context import DocContext
from pipeline.extract.countries import CountrySpan
from pipeline.extract.ranked_partners import ranked_economy
from pipeline.extract.roles import _role

_LIST_COUNTERPART = {"exports": "to", "imports": "from"}
_LIST_TRADER = {"exports": ("from", "owner", "made"), "imports": ("to", "owner", "in")}


# a country's own amount right after it in its clause ("to B came to $166m")
# (a year is no amount: "exporters to B in 2030: A ($7bn)"; a colon heads the list)
# (an amount: a currency sign or a scale or percent after the digits, not "in the first 9 months")
_OWN_AMOUNT_AFTER = re.compile(
    r"[^,;:.()\d]{0,40}?(?:[$€£¥₹]\s?\d|(?<![\w.,])\d[\d.,]*\s?"
    r"(?:billion|million|trillion|bn|mln|bln|mn|%|percent|per\scent)(?!\w))",
    re.IGNORECASE,
)


def list_pair(
    flow: str,
    sentence: str,
    own: CountrySpan,
    countries: list[CountrySpan],
    listed: tuple[CountrySpan, ...],
    ctx: DocContext,
    source: str | None,
) -> tuple[str, str] | None:
    """A list item's pair: the listed country is the partner; the other side is the economy the
    list is about ("Ukraine's main suppliers were China ($4.7 bln)", "trade with India: the US
    ($57.6 bn)"), else the article's country not in the list, else the speaker's. Listed beside
    the flow's counterpart with no trader named outside ("exporters to the US: Germany ($76bn)"),
    or an importer ("Hungarian imports to Kazakhstan – $5m"), the item is the reporter."""
    others = [c.iso3 for c in countries if c not in listed and c.iso3 != own.iso3]
    if flow == "imports" and others and _role(sentence, own) == "to":
        return own.iso3, others[0]
    if flow == "investment" and others and _role(sentence, own) == "in":
        # "Chile is the largest investor in Peru ($1.1bn)": the recipient before the bracket
        return own.iso3, others[0]
    # "the main exporters to the US: Germany ($76bn), followed by Britain ($46bn)": with the
    # flow's counterpart named in the sentence ("to X" for exports, "from X" for imports), the
    # listed economies are the ones trading with it, the reporters.
    held = _LIST_COUNTERPART.get(flow)
    counterpart = None
    if held is not None and _role(sentence, own) != held:  # "exports to China ($5bn)": a
        # destination itself; "India's exports to A, after B ($5bn)": B ranks beside A
        around = [(c.iso3, _role(sentence, c)) for c in countries if c not in listed]
        if not any(role in _LIST_TRADER[flow] for _, role in around):
            # not a destination with an amount of its own ("A - $210m, exports to B came to
            # $166m (14%), C - $101m": B is another item of the same list)
            counterpart = next(
                (
                    c.iso3
                    for c in countries
                    if c not in listed
                    and _role(sentence, c) == held
                    and not _OWN_AMOUNT_AFTER.match(sentence, c.end)
                ),
                None,
            )
    if counterpart is not None and counterpart != own.iso3:
        return own.iso3, counterpart
    about = ranked_economy(sentence, [c for c in countries if c not in listed])
    # "A ranked fourth among X's suppliers, behind B ($2bn)": X, whose suppliers are listed
    # (an economy with its own amount right after it is another item: "A - $210m, exports to
    # B came to $166m")
    sides = [
        c.iso3
        for c in countries
        if c.iso3 in others and not _OWN_AMOUNT_AFTER.match(sentence, c.end)
    ]
    side = about if about in others else next(iter(sides), None)
    named = {c.iso3 for c in listed}
    # the economy reporting the page's directed flows first ("Viet Nam's imports from A grew.
    # The other markets were B ($6bn) and C ($5bn)"), then the page's pair by mentions
    reporting = ctx.reporting()
    unlisted = [i for i in (reporting, *ctx.pair) if i and i not in named]
    for iso in [*unlisted, source, *ctx.pair]:
        if side is None and iso and iso != own.iso3:
            side = iso
    if side is None:
        return None
    return side, own.iso3
