"""A country before the noun "currency" names that currency, as before "dollars" ("4 billion in US
currency", "615 million in Chinese currency"): no party to the trade (issue 15, round 18: a page's
figures read against "US" as a partner, or not read). Made-up sentences, never page text; near
miss: the country named otherwise in such a sentence ("trade with the US") stays its partner.
"""

from tests.pipeline.extract.test_extract import figures

_DATE = "date 2031-03-02\n"


def _rows(text: str) -> set[tuple]:
    got = figures(_DATE + text).itertuples()
    return {(r.flow, r.reporter, r.partner, r.value) for r in got}


def test_a_country_before_currency_is_no_partner() -> None:
    got = _rows(
        "Chile and Peru aim to raise mutual trade to US$9 billion. Exports have grown to "
        "US$2.4 billion since the start of 2030. Imports exceeded US$615 million in US currency."
    )
    assert ("exports", "CHL", "PER", 2.4e9) in got
    assert ("imports", "CHL", "PER", 615e6) in got


def test_a_country_named_as_partner_stays() -> None:
    got = _rows("In 2030, Chile's imports from the US exceeded US$615 million.")
    assert ("imports", "CHL", "USA", 615e6) in got
