"""A ranking sentence with no trade word that lists countries with a bare percentage in
brackets ("overtaking A (6.1%) and B (5.8%)") gives their shares, not changes of the page's last
flow (NOTES.md, "What is a figure": shares and rankings are no figures). Made-up sentences."""

from tests.pipeline.extract.test_extract import figures

_LEAD = "date 2031-05-02\nPeru's imports from Chile rose 4.8% to $10.4bn in 2030. "


def values(text: str) -> set[float]:
    return {float(round(r.value, 2)) for r in figures(text).itertuples()}


def test_bare_bracketed_percentages_in_a_ranking_are_shares() -> None:
    got = values(
        _LEAD + "Chile moved up from fourth place in 2029, overtaking Bolivia (6.1%) and Ecuador "
        "(5.8%)."
    )
    assert got == {4.8, 10.4e9}


def test_signed_bracketed_percentages_stay_changes() -> None:
    # near miss: a sign in the bracket makes each a change of the list's flow
    got = values(_LEAD + "It was followed by Bolivia (+6.1%) and Ecuador (-5.8%).")
    assert {6.1, -5.8} <= got


def test_bracketed_amounts_in_a_ranking_stay_levels() -> None:
    # near miss: amounts in the brackets are each partner's level
    got = values(_LEAD + "It was followed by Bolivia ($6.1bn) and Ecuador ($5.8bn).")
    assert {6.1e9, 5.8e9} <= got
