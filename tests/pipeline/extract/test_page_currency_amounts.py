"""A scaled amount written without a currency, in a sentence that states none, is in the page's
currency (``page_amounts``): "In 2030 trade between the two countries was 9.6 billion" after
amounts in euros. Near misses: a count ("1.4 billion people"), a sentence with no trade word, a
page whose money amounts split between currencies. Made-up sentences, never page text."""

from pipeline.extract.page_amounts import sentence_mentions
from tests.pipeline.extract.test_extract import figures


def _rows(out) -> list[tuple]:
    return [(r.flow, r.reporter, r.partner, r.measure, r.value, r.unit) for r in out.itertuples()]


def test_a_currency_stated_once_covers_a_later_sentence() -> None:
    out = figures(
        "date 2031-02-10\nPeru's exports to Chile reached 3.1 billion euros in 2030. In 2029, "
        "trade between Peru and Chile was 7.4 billion."
    )
    assert ("turnover", "PER", "CHL", "level", 7.4e9, "EUR") in _rows(out), out.to_string()
    out = figures(
        "date 2031-02-10\nPeru sold goods worth $2.2 billion to Chile in 2030. Peru imported 4.3 "
        "billion worth of goods from Chile in 2030."
    )
    assert ("imports", "PER", "CHL", "level", 4.3e9, "USD") in _rows(out), out.to_string()


def test_a_count_or_a_sentence_without_trade_stays_unread() -> None:
    # near misses: a noun after the scale word, no trade word in the sentence
    text = (
        "date 2031-02-10\nPeru's exports to Chile reached 3.1 billion euros in 2030. "
        "Peru's exports to Chile served 1.3 billion customers in 2030. "
        "The population of the two countries was 1.4 billion in 2030."
    )
    assert [r[4] for r in _rows(figures(text))] == [3.1e9], figures(text).to_string()


def test_a_page_split_between_currencies_lends_none() -> None:
    # near miss: euros and dollars in equal number, so no currency is the page's
    out = figures(
        "date 2031-02-10\nPeru's exports to Chile reached 3.1 billion euros in 2030. Its imports "
        "from Chile were $2.6 billion. In 2029, trade between Peru and Chile was 7.4 billion."
    )
    assert 7.4e9 not in [r[4] for r in _rows(out)], out.to_string()


def test_a_currency_stated_earlier_in_the_sentence_covers_a_later_amount() -> None:
    # issue 15 round 16 (values never read): the currency is dropped after its first mention,
    # whatever word joins the two amounts
    out = figures(
        "date 2031-02-10\nTrade news\n\nIn 2030 Peru's exports to Chile were 41 million dollars, "
        "while its imports from Chile came to 733 million, a deficit of 321 million dollars."
    )
    assert ("imports", "PER", "CHL", "level", 733e6, "USD") in _rows(out), out.to_string()
    out = figures(
        "date 2031-02-10\nTrade news\n\nPeru's exports to Chile fell to 311.5 million euros in "
        "2029, and again in 2030, to 287.4 million."
    )
    assert ("exports", "PER", "CHL", "level", 287.4e6, "EUR") in _rows(out), out.to_string()


def test_a_semicolon_or_a_count_stops_the_currency() -> None:
    # near misses: a new clause after a semicolon (read with the page's currency rule only when
    # the sentence states none), a count after the scale word
    sentence = "Exports included fish for 3.1 million euros; feed for 2.2 million."
    assert [m.value for m in sentence_mentions(sentence, (sentence,))] == [3.1e6]
    out = figures(
        "date 2031-02-10\nTrade news\n\nPeru's exports to Chile reached $3.1 billion in 2030, "
        "serving 1.3 billion customers."
    )
    assert [r[4] for r in _rows(out)] == [3.1e9], out.to_string()


def test_an_amount_before_its_flow_noun_takes_the_currency() -> None:
    # "against 6.2 billion of imports": the flow the amount measures may follow it
    sentence = "Exports reached 13 billion euros in 2030, against 6.2 billion of imports."
    assert [(m.value, m.unit) for m in sentence_mentions(sentence, (sentence,))] == [
        (13e9, "EUR"),
        (6.2e9, "EUR"),
    ]
    # near misses: a count after a level verb with no trade word between; a noun after the scale
    sentence = "Exports to Chile were $4.5 billion, and the population was 1.4 billion."
    assert [m.value for m in sentence_mentions(sentence, (sentence,))] == [4.5e9]
    sentence = "Exports to Chile were $4.5 billion, serving 1.4 billion people of exports."
    assert [m.value for m in sentence_mentions(sentence, (sentence,))] == [4.5e9]
