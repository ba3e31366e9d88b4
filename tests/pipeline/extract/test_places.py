"""A named province, state or emirate trading, or a region as a flow's other side, is no figure
of two economies (NOTES: sub-national regions; a region that is not a listed bloc). Round 8;
made-up sentences in several outlets' styles, never page text."""

from tests.pipeline.extract.test_extract import figures


def _values(out) -> set[float]:
    return set(out["value"])


def test_a_provinces_own_exports_are_no_figure() -> None:
    out = figures(
        "date 2031-04-02\nChina's exports to Germany were $100 billion in 2030. Sichuan's "
        "exports to Germany rose 12% to $3.4 billion in 2030."
    )
    assert _values(out) == {100e9}, out.to_string()


def test_a_state_as_the_subject_and_its_comparisons_are_no_figures() -> None:
    out = figures(
        "date 2031-04-02\nCanada's exports to Chile were $2.5 billion in 2030. In 2030, Ontario "
        "exported $1.2 billion in goods to Chile, compared to $800 million for Alberta."
    )
    assert _values(out) == {2.5e9}, out.to_string()


def test_an_emirate_as_destination_is_no_figure() -> None:
    out = figures(
        "date 2031-04-02\nOman's exports to the UAE reached $2.1 billion in 2030, and exports "
        "destined for Sharjah amounted to $900 million."
    )
    assert _values(out) == {2.1e9}, out.to_string()


def test_exports_to_a_region_are_no_figure_but_the_next_partner_is() -> None:
    out = figures(
        "date 2031-04-02\nIn 2030 Kenya's exports to the Middle East fell 9% to $410 million, "
        "while exports to Egypt rose to $120 million."
    )
    rows = {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}
    assert rows == {("exports", "KEN", "EGY", 120e6)}, out.to_string()


def test_a_place_inside_a_body_name_or_a_region_naming_a_country_keeps_the_figure() -> None:
    out = figures(
        "date 2031-04-02\nAccording to the Dubai Chamber, trade between India and the UAE "
        "reached $85 billion in 2030. Uganda's imports from East Africa's largest economy, "
        "Kenya, were $500 million in 2030."
    )
    assert {85e9, 500e6} <= _values(out), out.to_string()


def test_a_sentence_opening_with_exports_to_a_region_is_no_figure() -> None:
    out = figures(
        "date 2031-04-02\nTurkey's trade with Russia was $9 billion in 2030. Exports to Central "
        "Asia rose 7% to $1.1 billion."
    )
    assert _values(out) == {9e9}, out.to_string()
