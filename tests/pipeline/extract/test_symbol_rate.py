"""A shared currency symbol ("Sh", "Shs", "K") converted in its sentence is the candidate whose
exchange rate the conversion fits; the page's other amounts in that symbol follow the page's
conversions; else the dateline's economy; never the story's subject alone (NOTES, round 19).
Made-up sentences."""

from test_extract import figures  # the helper beside this file

from pipeline.extract.digits import Mention
from pipeline.extract.page_currency import home_currency
from pipeline.extract.symbol_rate import fitted_currency

SH = (("KEN", "KES"), ("UGA", "UGX"), ("TZA", "TZS"))


def units(text: str) -> list[tuple]:
    return [(r.reporter, r.partner, round(r.value), r.unit) for r in figures(text).itertuples()]


def test_a_conversion_decides_over_the_subject() -> None:
    # a Kenyan outlet on Uganda's exports: 130 shillings to the dollar is Kenya's shilling
    page = (
        "Uganda's exports to Rwanda fell to $10 million (Sh1.3 billion) in March 2029.\n"
        "Uganda's exports to Burundi rose to $4 million (Sh520 million) in March 2029.\n"
    )
    assert {u[3] for u in units(page) if u[3] != "USD"} == {"KES"}
    # written the other way round, and after "about"
    page = "Uganda's exports to Rwanda fell to Sh1.3 billion ($10 million) in March 2029.\n"
    assert {u[3] for u in units(page) if u[3] != "USD"} == {"KES"}
    page = "Uganda's exports to Rwanda fell to $10 million, about Sh1.3 billion, in March 2029.\n"
    assert {u[3] for u in units(page) if u[3] != "USD"} == {"KES"}


def test_a_conversion_at_another_rate_picks_that_candidate() -> None:
    # near miss: the same page at 3,700 to the dollar is Uganda's shilling
    page = "Uganda's exports to Rwanda fell to $10 million (Sh37 billion) in March 2029.\n"
    assert {u[3] for u in units(page) if u[3] != "USD"} == {"UGX"}
    # "K" at about 3.4 to the dollar is the kina, at about 18 the Zambian kwacha
    page = "Papua New Guinea's exports to Japan were K340 million ($100 million) in 2029.\n"
    assert {u[3] for u in units(page) if u[3] != "USD"} == {"PGK"}
    page = "Zambia's exports to Japan were K1.8 billion ($100 million) in 2029.\n"
    assert {u[3] for u in units(page) if u[3] != "USD"} == {"ZMW"}


def test_the_pages_conversions_decide_its_unconverted_amounts() -> None:
    page = (
        "Uganda's exports to Rwanda fell to $10 million (Sh1.3 billion) in March 2029.\n"
        "Uganda's exports to Burundi were Sh700 million in March 2029.\n"
    )
    assert [u for u in units(page) if u[1] == "BDI"] == [("UGA", "BDI", 700_000_000, "KES")]
    # near miss: without the converted sentence, the page's subject still leads (no outlet sign)
    page = "Uganda's exports to Burundi were Sh700 million in March 2029.\n"
    assert units(page) == [("UGA", "BDI", 700_000_000, "UGX")]


def _amounts(sentence: str, shared: str, value: float) -> tuple[Mention, list[Mention]]:
    """The shared-symbol amount (``shared``, worth ``value``) and "$10 million" of ``sentence``."""
    a, b = sentence.index(shared), sentence.index("$10 million")
    m = Mention(a, a + len(shared), "money", value, "KES", 1.0, choices=SH)
    usd = Mention(b, b + len("$10 million"), "money", 10e6, "USD", 1.0)
    return m, sorted([m, usd], key=lambda x: x.start)


def test_a_conversion_fitting_no_candidate_decides_nothing() -> None:
    sentence = "Sh1.3 trillion ($10 million) ..."  # a misprint: 130,000 to the dollar
    m, found = _amounts(sentence, "Sh1.3 trillion", 1.3e12)
    assert fitted_currency(sentence, m, found) is None
    sentence = "Sh1.3 billion ($10 million)"
    m, found = _amounts(sentence, "Sh1.3 billion", 1.3e9)
    assert fitted_currency(sentence, m, found) == "KES"
    # near miss: a second amount that is no conversion ("and") decides nothing
    sentence = "Sh1.3 billion and $10 million"
    m, found = _amounts(sentence, "Sh1.3 billion", 1.3e9)
    assert fitted_currency(sentence, m, found) is None


def test_the_dateline_decides_over_the_subject() -> None:
    figs = [
        {"figure_id": "a", "reporter": "KEN", "partner": "UGA", "unit": "KES"},
        {"figure_id": "b", "reporter": "KEN", "partner": "TZA", "unit": "KES"},
    ]
    home_currency(figs, {"a": SH, "b": SH}, {}, "UGA")  # a Kampala dateline
    assert [f["unit"] for f in figs] == ["UGX", "UGX"]
    # near miss: no dateline, the page's parties vote (Kenya in both)
    home_currency(figs, {"a": SH, "b": SH}, {}, None)
    assert [f["unit"] for f in figs] == ["KES", "KES"]
    # a conversion's fit decides over the dateline
    home_currency(figs, {"a": SH, "b": SH}, {"a": "TZS"}, "UGA")
    assert [f["unit"] for f in figs] == ["TZS", "TZS"]
