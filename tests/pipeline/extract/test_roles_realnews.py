"""Who trades with whom as real news pages write it, each rule on a made-up sentence.

A dateline may close with a colon ("LIMA: ...") or open the body after a title; its country is
the side of a flow whose sentence names no country; a subject whose abbreviation follows in
brackets ("the European Union (EU) imported") still does the trade.
"""

from pipeline.extract.authority import dateline_country
from tests.pipeline.extract.test_extract import figures


def test_a_dateline_closed_by_a_colon_needs_a_city_in_capitals() -> None:
    assert dateline_country("LIMA: The trade ministry said exports to Chile rose.") == "PER"
    assert dateline_country("Lima: a view from the ministry") is None


def test_the_dateline_country_exports_when_no_country_is_named() -> None:
    out = figures(
        "date 2031-09-13\nLIMA: Trade between Peru and Chile in the first seven months of 2031 "
        "grew by 6.9%, the ministry said.\nChile remains a key market for Chilean investors in "
        "Chile and China.\nExports grew by 3.2% in the period."
    )
    row = out[out["value"] == 3.2].iloc[0]
    assert (row["flow"], row["reporter"], row["partner"]) == ("exports", "PER", "CHL")


def test_the_dateline_may_follow_a_title() -> None:
    out = figures(
        "date 2031-03-04\nExports rise in January\nLIMA, March 4 (Agency) -- Trade between Peru "
        "and Chile rose.\nChile is a key partner for Chile and Bolivia.\n"
        "Exports grew 2.1% in January."
    )
    row = out[out["value"] == 2.1].iloc[0]
    assert (row["reporter"], row["partner"]) == ("PER", "CHL")


def test_a_subject_with_its_abbreviation_in_brackets_imports() -> None:
    out = figures(
        "date 2031-03-04\nOther countries from the European Union (EU) imported Peruvian goods "
        "worth 6.4 billion euros in January."
    )
    row = out.iloc[0]
    assert (row["flow"], row["reporter"], row["partner"]) == ("imports", "EU", "PER")
