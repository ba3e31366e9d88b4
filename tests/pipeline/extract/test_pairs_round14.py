"""Round 14, pair attribution: defaults and resolution orders that decided the wrong side on
pages of several rounds. Made-up sentences in several outlets' styles, never page text; each
with a near miss that stays as it was."""

from tests.pipeline.extract.test_extract import figures


def _pairs(text: str) -> list[tuple]:
    out = figures(text)
    return [(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()]


_PERU = "date 2031-02-10\nPeru's exports to its neighbours rise\n\n"


def test_a_sentence_opening_with_a_flow_is_no_speaker() -> None:
    # "Exports to Chile showed a rise": the first word is capitalised by its place, not a body's
    # name; Chile is the destination, not the authority stating the figure.
    pairs = _pairs(
        _PERU + "Peru's exports to Bolivia rose to $90 million in 2030, the central bank said.\n\n"
        "Exports to Chile showed a rise of 12 percent to $40 million in 2030."
    )
    assert ("exports", "PER", "CHL", 40e6) in pairs, pairs
    assert ("exports", "PER", "CHL", 12.0) in pairs, pairs


def test_near_miss_a_country_s_office_that_showed_a_figure_still_states_it() -> None:
    pairs = _pairs(
        _PERU + "Peru's exports to Bolivia rose to $90 million in 2030.\n\n"
        "Chile's customs office showed imports from Peru of $40 million in 2030."
    )
    assert ("imports", "CHL", "PER", 40e6) in pairs, pairs


_TOGO = (
    "date 2031-02-10\nTogolese imports of cement doubled last year, the port said.\n\n"
    "The ports of Lome and Tema were busy.\n\nBoth sides met in Accra.\n\n"
    "Togo and Ghana signed a transit pact.\n\nThe pact covers fuel.\n\nTrucks wait for days.\n\n"
    "Ghana's trade with Togo reached $500 million in 2030.\n\n"
)


def test_the_parts_of_a_turnover_just_read_are_its_first_side_s() -> None:
    # The lede names Togo's imports (the page's trader), but the sentence before breaks down
    # Ghana's trade with Togo: exports and imports naming no economy are Ghana's.
    pairs = _pairs(_TOGO + "Exports were $120 million and imports $380 million.")
    assert ("exports", "GHA", "TGO", 120e6) in pairs, pairs
    assert ("imports", "GHA", "TGO", 380e6) in pairs, pairs


def test_near_miss_a_turnover_two_sentences_back_leaves_the_page_s_trader() -> None:
    pairs = _pairs(
        _TOGO + "The pact was signed in May.\n\nExports were $120 million and imports $380 million."
    )
    assert ("exports", "TGO", "GHA", 120e6) in pairs, pairs


def test_a_gapped_clause_with_an_amount_ranks_a_new_partner() -> None:
    # "...; B, with $X; and C, with $Y": further destinations of the same exporter.
    pairs = _pairs(
        "date 2031-02-10\nArgentine exports\n\nAmong its main partners, Argentina's exports grew "
        "only to Peru, reaching $2.5 billion in 2030; Ecuador, with $1.2 billion; and Cuba, with "
        "$0.4 billion."
    )
    assert ("exports", "ARG", "ECU", 1.2e9) in pairs, pairs
    assert ("exports", "ARG", "CUB", 0.4e9) in pairs, pairs


def test_near_miss_a_gapped_clause_with_by_repeats_the_subject() -> None:
    pairs = _pairs(
        "date 2031-02-10\nExports to Peru\n\nIn 2030 Argentina increased its exports to Peru by "
        "$12 million, Chile by $8 million."
    )
    assert ("exports", "CHL", "PER", 8e6) in pairs, pairs


def test_a_list_item_after_a_figure_takes_the_place_of_its_partner() -> None:
    # "China was the top source, sending $X, and Thailand with $Y": Thailand is another origin
    # of the same importer, not Thailand's trade with China.
    pairs = _pairs(
        "date 2031-02-10\nIndonesia's imports rise\n\nChina was the top source of Indonesia's "
        "imports, sending goods worth $3.1 billion in 2030 and Thailand with $900 million."
    )
    assert ("imports", "IDN", "THA", 900e6) in pairs, pairs


def test_near_miss_a_list_about_another_economy_keeps_it() -> None:
    pairs = _pairs(
        "date 2031-02-10\nIndonesia's imports rise\n\nIndonesia's imports from China were $3.1 "
        "billion in 2030, while Japan's main suppliers were Korea ($2 billion) and Thailand "
        "($900 million)."
    )
    assert ("imports", "JPN", "THA", 900e6) in pairs, pairs


def test_a_country_after_the_other_direction_s_word_is_not_this_figure_s() -> None:
    # "imports from A rose to $X and exports to A doubled": A after "exports" is the exports'
    # destination; the imports' importer is still the page's country.
    pairs = _pairs(
        "date 2031-02-10\nKenya's trade with China\n\nKenya's imports from China grew in 2030. "
        "The imports from China rose by 12 percent to $2.5 billion and exports to China doubled "
        "to $300 million in 2030."
    )
    assert ("imports", "KEN", "CHN", 2.5e9) in pairs, pairs
    assert ("exports", "KEN", "CHN", 300e6) in pairs, pairs


def test_near_miss_the_same_direction_s_word_after_the_amount_keeps_its_country() -> None:
    # "$X of imports from A": the flow word after the amount is the figure's own.
    pairs = _pairs(
        "date 2031-02-10\nKenya's trade\n\nIn 2030 Kenya recorded $2.5 billion of imports from "
        "China."
    )
    assert ("imports", "KEN", "CHN", 2.5e9) in pairs, pairs


def test_curly_apostrophes_and_common_abbreviations_name_their_economy() -> None:
    # "Côte d’Ivoire", "Cote D’Ivoire", "the RoK", "N. Korea": the same economies as their
    # straight or long forms.
    from pipeline.extract.countries import find_countries

    text = "Côte d’Ivoire, Cote D’Ivoire, the RoK, the ROK, N. Korea and S. Korea"
    assert [c.iso3 for c in find_countries(text)] == ["CIV", "CIV", "KOR", "KOR", "PRK", "KOR"]
    pairs = _pairs(
        "date 2031-02-10\nVietnam's garment exports\n\nVietnam's garment exports to the RoK "
        "reached $700 million in 2030."
    )
    assert ("exports", "VNM", "KOR", 700e6) in pairs, pairs


def test_near_miss_a_word_that_only_looks_like_an_abbreviation_names_nothing() -> None:
    from pipeline.extract.countries import find_countries

    assert find_countries("a rok later, Rokia and Nokia rose; N. Koreans") == []
