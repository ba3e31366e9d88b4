"""A page that converts a bare "$" amount into US dollars in brackets writes "$" for its home
economy's dollar (NOTES.md, "A local dollar fixed by the page's own rate"), and so are its other
bare-"$" amounts; the bracketed US$ amounts stay USD. A page that never sets "$" apart from US$
keeps "$" as USD. Made-up sentences."""

from tests.pipeline.extract.test_extract import figures


def units(text: str) -> dict[float, str]:
    return {float(round(r.value, 2)): r.unit for r in figures(text).itertuples()}


def test_a_bare_dollar_converted_into_us_dollars_is_the_home_dollar() -> None:
    got = units(
        "date 2031-05-02\nTrade between Brunei and China reached $3.74 billion (US$2.76 billion) "
        "in 2030.\n\nBrunei's exports to China were $1.2 billion in 2030."
    )
    assert got[3.74e9] == "BND" and got[2.76e9] == "USD" and got[1.2e9] == "BND"


def test_a_bare_dollar_without_a_conversion_stays_usd() -> None:
    # near miss: nothing on the page sets "$" apart from US$
    got = units(
        "date 2031-05-02\nTrade between Brunei and China reached $3.74 billion in 2030.\n\n"
        "Brunei's exports to China were US$1.2 billion in 2030."
    )
    assert got[3.74e9] == "USD" and got[1.2e9] == "USD"


def test_dollar_amounts_scanned_near_each_sign_are_the_full_scan() -> None:
    """``home_dollar`` reads amounts only just before each "$" (``finditer_near``, lead 6): the
    same matches and groups as ``_AMOUNT.finditer``, with prefixes of every allowed length."""
    from pipeline.extract.caseless import finditer_near
    from pipeline.extract.page_dollar import _AMOUNT, _AMOUNT_LEAD, _DOLLAR_SIGN

    texts = [
        "exports fell to NZ$205m from NZ$257m (but rose from $195m two years earlier)",
        "U.S.$ 4bn, US $3.7 million, $US12m, A$1.2bn and MOP$5m; Abcde $7m; Abcdef $8m",
        "prices of $$5 and x$9, then S.$1 and $ 2 and $A 3 and $AB4",
        "no dollar here 2030",
    ]
    for text in texts:
        near = finditer_near(_AMOUNT, text, 0, _DOLLAR_SIGN, _AMOUNT_LEAD)
        full = list(_AMOUNT.finditer(text))
        assert [(m.span(), m.groups()) for m in near] == [(m.span(), m.groups()) for m in full]
    # the longest prefix stands the full lead before its "$": "Abcde $7" keeps it
    found = [m.group() for m in finditer_near(_AMOUNT, texts[1], 0, _DOLLAR_SIGN, _AMOUNT_LEAD)]
    assert found == ["U.S.$ 4", "US $3", "$US1", "A$1", "MOP$5", "Abcde $7", "$8"]
