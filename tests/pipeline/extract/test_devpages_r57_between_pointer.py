"""Round 57 kind (English): the pair named only by "between the countries" after a flow word
other than "trade" ("trade turnover between the countries amounted to $846.4 million, and ...
Kyrgyzstan's trade turnover with Central Asian countries came to $1.7 billion", dev page iw15
akchabar): "trade between" and "the two countries" pointed at the pair, "turnover between the
countries" did not, so the one economy the sentence names made the amount a world total. Built
as the "between" pointers of English (``partner_ref`` triggers): "between the countries /
nations / states / economies / sides / neighbours", "between them", "between both". Made-up
sentences with forms no dev page uses ("exchanges between the nations", "turnover between
them")."""

from tests.pipeline.extract.test_extract import figures


def _values(sentence: str) -> set[float]:
    text = (
        " date 2031-02-01\nChile and Peru ministers met\n\nThe ministers of Chile and Peru met. "
        f"{sentence}\n"
    )
    return {r["value"] for r in figures(text).to_dict("records")}


def test_between_pointer_keeps_the_pair_figure() -> None:
    got = _values(
        "In 2030, trade exchanges between the nations reached $3.2 billion, and Chile's exports to "
        "Asian countries came to $40 billion."
    )
    assert 3.2e9 in got and 40e9 not in got
    got = _values(
        "Turnover between them was $3.2 billion in 2030, while Chile's total exports came to $90 "
        "billion."
    )
    assert 3.2e9 in got


def test_near_miss_world_total_stays_out() -> None:
    got = _values("In 2030, Chile's exports to Asian countries came to $40 billion.")
    assert 40e9 not in got
