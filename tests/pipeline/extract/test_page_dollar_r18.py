"""Round 18, wrong other (unit): a page's bare "$" is its home dollar where the text itself names
that dollar once (NOTES: "in Australian dollar terms", a series whose first amounts name NZ$, a
bare "$" set apart from US$ by the page's own bracketed conversions); it stays the US dollar where
the page writes US-dollar amounts beside it, converts a named dollar into it, or names no other
dollar. Made-up sentences, each kind with a near miss.
"""

from tests.pipeline.extract.test_extract import figures

_DATE = "date 2031-03-01\n"


def units(text: str) -> dict[float, str]:
    out = figures(_DATE + text)
    return dict(zip(out["value"], out["unit"], strict=True))


def test_a_series_whose_first_amounts_name_a_local_dollar() -> None:
    got = units(
        "New Zealand's exports to Peru fell 12% to NZ$310m from NZ$352m in 2029 (but rose "
        "4% from $298m in 2028).\nImports from Peru rose from $120m to $145m in 2030."
    )
    assert got[310e6] == "NZD" and got[298e6] == "NZD" and got[145e6] == "NZD"


def test_near_miss_a_named_dollar_converted_into_a_bare_dollar() -> None:
    # "NZ$X ($Y)": the bare "$" converts the named dollar, it is the US dollar
    got = units(
        "New Zealand's exports to Peru rose to NZ$3.1 billion ($2.2 billion) in 2030.\n"
        "Imports from Peru were $610m in 2030."
    )
    assert got[3.1e9] == "NZD" and got[2.2e9] == "USD" and got[610e6] == "USD"


def test_near_miss_us_dollars_beside_a_bare_dollar() -> None:
    got = units(
        "Trinidad and Tobago's exports to Peru were TT$2.3 billion in 2030.\n"
        "Peru's imports from Trinidad and Tobago were US$410 million in 2029.\n"
        "Peru's exports to Trinidad and Tobago were $120 million in 2030."
    )
    assert got[2.3e9] == "TTD" and got[120e6] == "USD"


def test_a_dollar_stated_for_the_figures() -> None:
    got = units(
        "In Canadian dollar terms, trade between Canada and Peru fell 9 per cent to $4.6 billion "
        "in 2030."
    )
    assert got[4.6e9] == "CAD"
    # near miss: a bare "$" first, a named dollar only as its conversion
    got = units(
        "Canada's exports to Peru were $2.1 billion in 2030, or about 4.4 billion Fijian dollars."
    )
    assert got[2.1e9] == "USD"


def test_a_bare_dollar_set_apart_from_us_dollars_is_the_pages_dollar() -> None:
    page = (
        "Jamaica's imports from Peru were $250.5 billion (US$1.6 billion) in 2030. "
        "Jamaica's exports to Peru were $60.2 billion in 2030. Jamaica's trade with Peru grew."
    )
    got = units(page)
    assert got[250.5e9] == "JMD" and got[60.2e9] == "JMD" and got[1.6e9] == "USD"


def test_near_miss_two_dollar_economies_alike_leave_the_bare_dollar_unread() -> None:
    got = units(
        "Fiji and New Zealand aim to raise trade to $3 billion (US$1.8 billion) by 2033. "
        "In 2030 New Zealand exported $420m (US$250 million) to Fiji."
    )
    assert 3e9 not in got and 420e6 not in got
    assert got[1.8e9] == "USD" and got[250e6] == "USD"


def test_near_miss_a_page_naming_no_other_dollar() -> None:
    got = units("Peru's exports to Chile were $2.6 billion in 2030, up 8% from $2.4 billion.")
    assert got[2.6e9] == "USD" and got[2.4e9] == "USD"


def test_a_bracket_after_a_bare_dollar_amount_names_its_dollar() -> None:
    # a Canadian office's page: "(CAD)" or "(Canadian dollar, CAD)" marks its bare "$" amounts
    got = units(
        "Trade between Canada and Ghana stands at an estimated $2.3 billion (Canadian dollar,"
        " CAD), with Canadian imports from Ghana making up $612 million (CAD) while Canadian"
        " exports to Ghana came in at $718 million."
    )
    assert got == {2.3e9: "CAD", 612e6: "CAD", 718e6: "CAD"}
    got = units("Australia's exports to Peru were $1.9 billion (Australian dollars) in 2030.")
    assert got == {1.9e9: "AUD"}


def test_near_miss_a_bracket_with_an_amount_converts_the_bare_dollar() -> None:
    # "(CAD 3.1 billion)" converts: the bare "$" before it stays the US dollar
    got = units("Trade between Canada and Ghana was $2.3 billion (CAD 3.1 billion) in 2030.")
    assert got[2.3e9] == "USD"
    got = units("Trade between Canada and Ghana was $2.3 billion (US dollars) in 2030.")
    assert got == {2.3e9: "USD"}
