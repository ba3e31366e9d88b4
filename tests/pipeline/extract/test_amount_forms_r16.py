"""Amount forms pages write that the number reader did not know (issue 15, round 16: values
never read): the Lao kip ("3.1 trillion kip"), the Trinidad and Tobago dollar ("TT$2.5 billion"),
the doubled dollar code "USD$" ("USD$6.3 billion", Latin American copy), and the thousand
abbreviations "thnd" / "thsd" of post-Soviet statistics copy ("$47thnd", "$86 thsd").

Every sentence is made up. Near misses: "kip" as a nap (no digits before it, or a number too
small for trade), a "th" ordinal ("the 5th"), a code glued to a word ("XUSD$5").
"""

from pipeline.extract.numbers import find_mentions
from tests.pipeline.extract.test_extract import figures


def amounts(sentence: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in find_mentions(sentence) if m.kind == "money"]


def test_kip_and_trinidad_dollars_are_currencies() -> None:
    assert amounts("Trade reached 3.1 trillion kip ($60 million) in 2030.") == [
        (3.1e12, "LAK"),
        (60e6, "USD"),
    ]
    assert amounts("Exports were about 0.9 trillion Lao kip last year.") == [(0.9e12, "LAK")]
    assert amounts("Trade was worth more than TT$2.5 billion in 2030.") == [(2.5e9, "TTD")]


def test_a_nap_is_no_kip_amount() -> None:
    # near misses: a short nap, a tiny sum
    assert amounts("The delegates took a kip after lunch on day 2.") == []
    assert amounts("He paid 7 kip for tea.") == []


def test_usd_dollar_sign_is_dollars() -> None:
    assert amounts("Trade rose 12% to USD$6.3 billion in 2030.") == [(6.3e9, "USD")]
    # near miss: a code glued to a longer word is no symbol
    assert amounts("Ticker XUSD$5 closed higher.") == []


def test_thousand_abbreviations() -> None:
    assert amounts("Goods worth $47thnd were exported.") == [(47e3, "USD")]
    assert amounts("Imports came to $86 thsd in May.") == [(86e3, "USD")]
    # near miss: an ordinal is no scale
    assert amounts("It ranked 5th among the partners.") == []


def test_a_kip_figure_is_extracted() -> None:
    out = figures(
        "date 2031-02-10\nTrade news\n\nLaos' exports to Vietnam amounted to 2.7 trillion kip in "
        "2030."
    )
    got = {(r.flow, r.reporter, r.partner, r.value, r.unit) for r in out.itertuples()}
    assert ("exports", "LAO", "VNM", 2.7e12, "LAK") in got, out.to_string()
