"""Round-12 kinds seen on the fresh pages (values never read, spurious rows), on made-up
sentences: subsets named "non-X", world words about the times, a bare total after the pair's
figures, two currencies' written names."""

from test_extract import figures  # the helper beside this file


def rows(text: str) -> list[tuple]:
    out = figures(text)
    return [
        (r.flow, r.scope, r.reporter, r.partner, r.measure, round(r.value, 2), r.unit)
        for r in out.itertuples()
    ]


def test_a_non_sector_subset_is_not_that_sector_nor_a_row() -> None:
    # "non-dairy exports", "Non-agricultural exports": a subset named by what it leaves out
    for text in (
        "In 2029, non-dairy exports from Chile to Peru rose 6.47% from $47.9m to $51.0m.",
        "Non-agricultural exports from Chile to Peru grew by 12.4% to $88.1m in 2029.",
        "In 2029, Chile's non traditional exports to Peru reached $88.1m.",
    ):
        found = rows(text)
        assert all(v not in (47.9e6, 51.0e6, 88.1e6, 6.47, 12.4) for *_, v, _ in found), text
    # near misses: the sector itself, and the non-oil group, stay rows
    found = rows("Agricultural exports from Chile to Peru grew by 12.4% to $88.1m in 2029.")
    assert ("exports", "agriculture", "CHL", "PER", "level", 88.1e6, "USD") in found
    found = rows("Non-oil exports from Chile to Peru grew by 12.4% to $88.1m in 2029.")
    assert ("exports", "non_oil", "CHL", "PER", "level", 88.1e6, "USD") in found
    # ... a sector named after the subset, and a non-traditional export destination (a partner)
    found = rows("In 2029, Chile's main non-copper exports to Peru were base metals, worth $88.1m.")
    assert ("exports", "metals", "CHL", "PER", "level", 88.1e6, "USD") in found
    found = rows(
        "Chile's exports to Peru, a non-traditional export market, reached $88.1m in 2029."
    )
    assert ("exports", "total", "CHL", "PER", "level", 88.1e6, "USD") in found


def test_a_sector_after_for_names_the_figures_scope() -> None:
    # "rose 310% for machinery": the goods named right after the percentage
    found = rows("In 2020-2029, Chile's exports to Peru rose 310% for machinery and 12% overall.")
    assert ("exports", "machinery", "CHL", "PER", "pct_change", 310.0, "percent") in found
    # near miss: "for" before words naming no sector leaves the total
    found = rows("In 2029, Chile's exports to Peru rose 31% for the first time since 2020.")
    assert ("exports", "total", "CHL", "PER", "pct_change", 31.0, "percent") in found


_PAIR = (
    "Chile and Peru signed a new accord.\n\n"
    "In 2028, trade stood at $7.4 billion, with exports of $4.1 billion and imports of "
    "$3.3 billion.\n\n"
)


def test_a_world_word_about_the_times_does_not_make_a_world_total() -> None:
    # "amid global challenges", "despite the global economic slowdown": the times, not the world
    for opening in ("In 2029, amid global challenges,", "Despite the global economic slowdown,"):
        found = rows(_PAIR + f"{opening} the trade volume fell to $6.9 billion in 2029.")
        assert ("turnover", "total", "CHL", "PER", "level", 6.9e9, "USD") in found, opening
    # near miss: a world word about the trade itself still makes it the world's
    found = rows(_PAIR + "In 2029, global trade volume fell to $6.9 billion.")
    assert all(v != 6.9e9 for *_, v, _ in found)


def test_a_bare_total_after_the_pairs_figures_is_that_pairs_total() -> None:
    # the sentence before names no economy but read the pair's figures
    for text in (
        "A dip followed in 2029, with the overall trade falling to $6.9 billion.",
        "In 2029, total trade fell to $6.9 billion.",
    ):
        found = rows(_PAIR + text)
        assert ("turnover", "total", "CHL", "PER", "level", 6.9e9, "USD") in found, text
    # near misses: one country's own total, and a sentence before with no figure of the pair
    found = rows(_PAIR + "In 2029, its total trade fell to $69 billion.")
    assert all(v != 69e9 for *_, v, _ in found)
    found = rows("Chile's mines grew in 2028.\n\nIn 2029, total trade fell to $69 billion.")
    assert all(v != 69e9 for *_, v, _ in found)


def test_somonis_and_lek_are_currencies() -> None:
    found = rows("In 2029, trade between Tajikistan and Iran exceeded 140 million somonis.")
    assert ("turnover", "total", "TJK", "IRN", "level", 140e6, "TJS") in found
    found = rows("In 2029, Albania's exports to Italy were worth Lek 51,250 million.")
    assert ("exports", "total", "ALB", "ITA", "level", 51.25e9, "ALL") in found
    # near miss: "all" before a number is no currency
    found = rows("In 2029, Albania's exports to all 27 million buyers in Italy rose 5%.")
    assert all(unit != "ALL" for *_, unit in found)


def test_portuguese_gerunds_while_and_a_share_of() -> None:
    from tests.pipeline.extract.test_foreign import rows as foreign_rows

    page = (
        "As exportações de Portugal para Espanha somaram 812,4 milhões de euros em 2029, com uma "
        "diminuição de 3,1% em relação a 2028, enquanto as importações cresciam 4%, atingindo "
        "655,2 milhões de euros. Os metais comuns, com um peso de 17,3%, totalizando 140,5 "
        "milhões de euros."
    )
    found = foreign_rows(page)
    assert found[-3.1][:4] == ("exports", "PRT", "ESP", "pct_change")
    assert found[4.0][:4] == ("imports", "PRT", "ESP", "pct_change")
    assert found[655.2e6][:4] == ("imports", "PRT", "ESP", "level")
    # near miss: "com um peso de 17,3%" is a share, not a change
    assert 17.3 not in found and -17.3 not in found


def test_spanish_plural_trade_and_more_than_doubled() -> None:
    from tests.pipeline.extract.test_foreign import rows as foreign_rows

    page = (
        "El comercio entre Chile y Perú creció con fuerza según el ministerio. El volumen de los "
        "intercambios entre los dos países se ha más que duplicado, pasando de 3.100 millones "
        "de dólares en 2019 a 7.300 millones en 2029."
    )
    found = foreign_rows(page)
    assert found[3.1e9][:4] == ("turnover", "CHL", "PER", "level")
    assert found[7.3e9][:4] == ("turnover", "CHL", "PER", "level")
    assert found[2.0][3] == "multiple"


def test_transfers_of_workers_are_no_trade_flow() -> None:
    # "the transfers of Chileans working in Peru": remittances, not the investment before them
    text = (
        "Chilean investments in Peru grew by 21.4% in 2029, reaching $412.6m, while the transfers "
        "of Peruvians working in Chile increased by 16.3%, amounting to $63.2m."
    )
    found = rows(text)
    assert ("investment", "total", "PER", "CHL", "level", 412.6e6, "USD") in found
    assert all(v not in (63.2e6, 16.3) for *_, v, _ in found)


def test_an_amount_after_a_colon_belongs_to_the_balance_before_it() -> None:
    found = rows(
        "In the first half of 2029, trade of Chile with Peru posted its largest deficit: $5.2bn."
    )
    assert all(v != 5.2e9 for *_, v, _ in found)
    # near miss: a flow label before the colon still reads
    found = rows("In the first half of 2029, Chile's exports to Peru: $5.2bn.")
    assert ("exports", "total", "CHL", "PER", "level", 5.2e9, "USD") in found


def test_dollars_with_an_american_adjective_name_no_partner() -> None:
    from pipeline.extract.foreign import gloss

    # "millions de dollars américains", "millones de dólares estadounidenses": the currency
    assert gloss("410 millions de dollars américains", "fr") == "410 million US dollars"
    assert gloss("410 millones de dólares estadounidenses", "es") == "410 million US dollars"
    assert gloss("410 milhões de dólares americanos", "pt") == "410 million US dollars"
    # near miss: the adjective on its own still names the country's people or goods
    assert gloss("les entreprises américaines", "fr") != gloss("les entreprises", "fr")
    assert gloss("el saldo negativo", "es") == "the negative balance"


def test_an_amount_written_with_its_sign_is_a_change() -> None:
    # "(-$212 million)", "(+$48 million)": the change in money beside a percentage
    found = rows(
        "In 2029, Chile's exports to Peru reached $1,940 million, with a decline of 9.8% "
        "(-$212 million), while imports rose 4.1% (+$48 million)."
    )
    assert ("exports", "total", "CHL", "PER", "abs_change", -212e6, "USD") in found
    assert ("imports", "total", "CHL", "PER", "abs_change", 48e6, "USD") in found
    # near miss: a range's dash follows a digit, and stays a level
    found = rows("In 2029, Chile's exports to Peru were worth $5-$7 million.")
    assert all(measure == "level" for _, _, _, _, measure, _, _ in found)
