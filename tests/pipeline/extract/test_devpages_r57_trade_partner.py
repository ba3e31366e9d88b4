"""Round 57 kind (English): "trade partner" in an apposition read as the figure's flow. Dev page
iw09 odishanewsinsight ("Nepal's imports from China, its second largest trade partner, fell 14.1
percent"): "trade" of the partner's description was the last flow word before the amount, so the
imports became turnover. ``flow._flow_before`` now skips a "trade partner(s)" that names a
partner when a flow word comes before it, unless the amount hangs on the partner ("its top trade
partner with $2bn", as ``flow_cues`` reads "trading partner with $X"). Made-up sentences with
forms no dev page uses: exports, a bracket, the description before the name ("from its biggest
trade partner, China")."""

from tests.pipeline.extract.test_extract import figures


def _flows(sentence: str) -> set[tuple[str, float]]:
    text = f" date 2031-02-01\nTrade news\n\n{sentence}\n"
    return {(r["flow"], r["value"]) for r in figures(text).to_dict("records")}


def test_apposition_keeps_the_flow_before_it() -> None:
    assert _flows(
        "Chile's exports to Japan, its main trade partner, rose 7.3 percent in 2030."
    ) == {("exports", 7.3)}
    assert _flows(
        "Chile's imports from Japan (its biggest trade partner) fell 7.3 percent in 2030."
    ) == {("imports", -7.3)}
    assert _flows(
        "Chile's imports from its biggest trade partner, Japan, fell 7.3 percent in 2030."
    ) == {("imports", -7.3)}


def test_near_misses_stay_as_they_are() -> None:
    # the amount hangs on the partner: the pair's turnover
    got = _flows(
        "Chile's imports from Japan rose 5% in 2030, and Japan became its top trade partner with "
        "$2 billion."
    )
    assert ("turnover", 2e9) in got and ("imports", 5.0) in got
    # "trade partner" alone, no other flow word: turnover as before
    assert _flows(
        "Japan is Chile's second largest trade partner, with trade of $2 billion in 2030."
    ) == {("turnover", 2e9)}
