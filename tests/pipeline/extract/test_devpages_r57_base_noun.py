"""Round 57 kind (English): a change's base named by "the amount" or "the total" before its
year ("That is an increase of almost 50% from the amount seen in 2012, which was €35.1m", dev
page iw14 dairyreporter): the words "amount" and "total" were barred from the base's words (as
the verbs "amount to", "total" are), so 2012 dated the change. ``period_comparison`` now bars
them only as verbs, not after "the". Made-up sentences with forms no dev page uses ("from the
total recorded in", "than the amount shipped in"); the verb "to amount to" stays barred."""

from tests.pipeline.extract.test_extract import figures


def _periods(sentence: str) -> dict[float, tuple[str, str]]:
    text = f" date 2031-02-01\nTrade news\n\nChile's exports to Peru reached $5.2 billion in 2030. {sentence}\n"
    return {
        r["value"]: (str(r["period_start"])[:10], str(r["period_end"])[:10])
        for r in figures(text).to_dict("records")
    }


def test_base_named_by_the_amount_or_the_total() -> None:
    got = _periods("That is a rise of 30% from the total recorded in 2027.")
    assert got[30.0] == ("2030-01-01", "2030-12-31")
    got = _periods("That is 30% more than the amount shipped in 2027.")
    assert got[30.0] == ("2030-01-01", "2030-12-31")


def test_near_miss_own_year_stays() -> None:
    got = _periods("In 2027 the exports rose 30% from a year earlier.")
    assert got[30.0] == ("2027-01-01", "2027-12-31")
