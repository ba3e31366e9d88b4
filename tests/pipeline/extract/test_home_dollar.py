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
