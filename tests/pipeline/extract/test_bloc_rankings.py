"""The ASEAN bloc as its own press writes it ("Asean"), and the group a partner ranks within
("the third largest among Asean countries"), which is no partner (issue 15, the wrong-pair
kind). Made-up sentences, never page text."""

from tests.pipeline.extract.test_extract import figures

_LEDE = "date 2031-03-02\nMalaysia's exports to Japan rose 3 per cent to RM10.4 billion in 2030.\n"


def _pairs(out) -> list[tuple]:
    return [(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()]


def test_asean_in_title_case_is_the_bloc() -> None:
    out = figures(_LEDE + "Trade with Asean in February 2031 rose 8 per cent to RM31.42 billion.")
    assert ("turnover", "MYS", "ASEAN", 31.42e9) in _pairs(out), out.to_string()


def test_the_group_a_partner_ranks_among_is_no_partner() -> None:
    out = figures(
        _LEDE + "In 2030, Thailand was Malaysia's fifth largest trading partner and the second "
        "largest among ASEAN countries with a trade volume of RM81.6 billion."
    )
    assert ("turnover", "MYS", "THA", 81.6e9) in _pairs(out), out.to_string()


def test_trade_with_the_bloc_ranked_as_a_partner_stays_the_blocs() -> None:
    # near miss: the bloc itself is the ranked partner (no "among")
    out = figures(
        _LEDE + "In 2030, Asean was Malaysia's largest trading partner with a trade volume of "
        "RM81.6 billion."
    )
    assert ("turnover", "MYS", "ASEAN", 81.6e9) in _pairs(out), out.to_string()
