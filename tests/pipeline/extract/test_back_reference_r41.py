"""Round 41: a source named for the figure of the sentence before ("According to data from
Armenia's Statistical Committee, this figure is up 9.4 percent", "This figure, according to
...") is that figure's source too, when its own sentence named none. Made-up sentences; near
misses keep the earlier figure's own source, or none."""

from tests.pipeline.extract.test_extract import figures


def _sources(text: str) -> dict[float, str | None]:
    out = figures(f"date 2031-02-01\nArmenia and Georgia\n\n{text}\n")
    return {r.value: r.source_country for r in out.itertuples()}


_FIRST = "In 2030, Armenia's trade turnover with Georgia amounted to $912.4 million, a news site reports."


def test_according_to_a_body_this_figure_credits_the_figure_before() -> None:
    got = _sources(
        f"{_FIRST} According to data from Armenia's Statistical Committee, this figure is up by"
        " 9.4 percent compared to 2029."
    )
    assert got == {912.4e6: "ARM", 9.4: "ARM"}


def test_this_figure_according_to_a_body() -> None:
    got = _sources(
        f"{_FIRST} This figure, according to Armenia's Statistical Committee, is 9.4 percent more"
        " than in 2029."
    )
    assert got[912.4e6] == "ARM"


def test_a_source_without_a_back_reference_is_its_own_sentences() -> None:
    got = _sources(
        f"{_FIRST} According to Armenia's Statistical Committee, exports to Georgia rose 9.4"
        " percent in 2030."
    )
    assert got[912.4e6] is None and got[9.4] == "ARM"


def test_the_figure_before_keeps_a_source_of_its_own() -> None:
    got = _sources(
        "In 2030, Armenia's trade turnover with Georgia amounted to $912.4 million, Georgia's"
        " statistics office said. According to Armenia's Statistical Committee, this figure is"
        " up by 9.4 percent."
    )
    assert got[912.4e6] == "GEO"
