"""Round 19: a pair's flow named by "its exports"/"its imports" after the one economy a sentence
names, and lists of items with a bracketed percentage that break down the pair's flow (NOTES fd: a
partner given only by the paragraph). Made-up sentences, never page text."""

from tests.pipeline.extract.test_extract import figures

PAIR = (
    "date 2031-03-09\nTrade between Chile and Peru in the first half of the year reached $2.5 "
    "billion, according to customs.\n"
)


def _rows(out) -> set[tuple]:
    return {(r.flow, r.scope, r.reporter, r.partner, r.value) for r in out.itertuples()}


def test_its_imports_after_the_reporter_continue_the_pair() -> None:
    out = figures(
        PAIR + "Of the total, Chile's export earnings hit $1.6 billion, up 20%, and its "
        "imports fetched $900 million, up 30%."
    )
    rows = _rows(out)
    assert ("exports", "total", "CHL", "PER", 1.6e9) in rows, out.to_string()
    assert ("imports", "total", "CHL", "PER", 900e6) in rows, out.to_string()
    assert ("imports", "total", "CHL", "PER", 30.0) in rows, out.to_string()


def test_its_imports_stay_a_national_total_without_a_pair_or_far_above_it() -> None:
    alone = figures(
        "date 2031-03-09\nChile's export earnings hit $16 billion in 2030, up 20%, and its "
        "imports fetched $9 billion, up 30%."
    )
    assert alone.empty, alone.to_string()
    above = figures(
        PAIR + "Of the total, Chile's export earnings hit $1.6 billion, up 20%, and its "
        "imports fetched $90 billion, up 30%."
    )
    assert 90e9 not in set(above["value"]), above.to_string()


def test_bracketed_growth_items_after_the_pairs_figure_take_the_pair() -> None:
    out = figures(
        "date 2031-03-09\nChile's exports to Peru rose 20% to $900 million in 2030. Areas of "
        "significant growth in Chile's exports were machinery (85%), foodstuffs (173%) and "
        "textiles (31%)."
    )
    rows = _rows(out)
    assert ("exports", "machinery", "CHL", "PER", 85.0) in rows, out.to_string()
    assert ("exports", "agriculture", "CHL", "PER", 173.0) in rows, out.to_string()


def test_bracketed_growth_items_after_a_world_total_stay_out() -> None:
    out = figures(
        "date 2031-03-09\nChile's exports rose 20% to $90 billion in 2030. Areas of significant "
        "growth in Chile's exports were machinery (85%), foodstuffs (173%) and textiles (31%)."
    )
    assert out.empty, out.to_string()


def test_a_change_word_before_a_list_of_bracketed_items_governs_them() -> None:
    out = figures(
        "date 2031-03-09\nChile's exports to Peru last year expanded 26% to $5.5 billion.\n"
        "Customs data show that key exports of Chile kept posting high growth amid various "
        "challenges, including machinery, equipment and spare parts (62.1%); textiles (26.3%); "
        "and iron and steel (102.9%)."
    )
    rows = _rows(out)
    assert ("exports", "textiles", "CHL", "PER", 26.3) in rows, out.to_string()
    assert ("exports", "metals", "CHL", "PER", 102.9) in rows, out.to_string()


def test_bracketed_items_set_against_the_change_are_not_its_parts() -> None:
    out = figures(
        "date 2031-03-09\nTrade between Chile and Peru last year was up 9.3%, the fastest increase "
        "compared with those of all the other main trading partners of the country, such as "
        "Brazil (6.9%)."
    )
    assert 6.9 not in set(out["value"]), out.to_string()
