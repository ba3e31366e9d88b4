"""Values never read (issue 15 round 11, recall kinds), on made-up sentences."""

from test_extract import figures  # the helper beside this file


def rows(text: str) -> list[tuple]:
    out = figures(text)
    return [
        (r.flow, r.reporter, r.partner, r.measure, round(r.value, 2), r.unit)
        for r in out.itertuples()
    ]


def test_bare_total_trade_after_a_sentence_naming_the_pair() -> None:
    # "Total trade amounted to $X" names no economy: after a sentence naming two, the pair's
    base = "Chile is Peru's seventh largest trading partner.\n\n"
    # (turnover is unordered: "Peru's partner" puts Peru's side first since round 13)
    found = {
        (f, *sorted((r, p)), *rest)
        for f, r, p, *rest in rows(base + "Total trade amounted to $6.37 billion in 2027.")
    }
    assert ("turnover", "CHL", "PER", "level", 6.37e9, "USD") in found
    said = '"In 2027, overall trade reached $3.2 billion," he said.'
    found = {(f, *sorted((r, p)), *rest) for f, r, p, *rest in rows(base + said)}
    assert ("turnover", "CHL", "PER", "level", 3.2e9, "USD") in found


def test_owned_or_shared_total_trade_stays_unread() -> None:
    base = "Chile is Peru's seventh largest trading partner.\n\n"
    # one country's total ("its", "the country's"), a share's base, a balance, or no pair before
    for text in (
        base + "Its total trade amounted to $6.37 billion in 2027.",
        base + "The country's overall trade amounted to $6.37 billion in 2027.",
        base + "Copper led with 6.37 billion (19% of total trade), then fruit at 2.2 billion.",
        base + "The total trade deficit amounted to $6.37 billion in 2027.",
        "Chile's mines grew in 2026.\n\nTotal trade amounted to $6.37 billion in 2027.",
    ):
        assert all(value != 6.37e9 for *_, value, _ in rows(text)), text


def test_flow_label_before_a_colon_names_the_next_amount() -> None:
    # "Exports: $X; imports: $Y": each label names its own amount's flow, not the one before
    found = rows("Chile's trade with Peru in 2027. Exports: $1.2 billion; imports: $0.8 billion.")
    assert ("imports", "CHL", "PER", "level", 0.8e9, "USD") in found
    assert ("exports", "CHL", "PER", "level", 0.8e9, "USD") not in found
    found = rows(
        "In 2027, Chile's trade with Peru: exports $1.2 billion, investment: $0.3 billion."
    )
    assert ("investment", "CHL", "PER", "level", 0.3e9, "USD") in found
    # no label before the colon: the amount still continues the figure before it
    found = rows(
        "In 2027, Chile's exports to Peru were $1.2 billion, up 5%: $0.8 billion of fruit."
    )
    assert ("exports", "CHL", "PER", "level", 0.8e9, "USD") in found


def test_earnings_verb_after_an_exports_figure_continues_those_exports() -> None:
    base = "Chile's exports to Peru were valued at $56.8 million in January 2027.\n\n"
    found = rows(base + "Among them copper earned 11.6 million USD, up 276%.")
    assert ("exports", "CHL", "PER", "level", 11.6e6, "USD") in found
    found = rows(base + "In February 2027 Chile earned more than 17 million USD.")
    assert ("exports", "CHL", "PER", "level", 17e6, "USD") in found


def test_earnings_of_a_firm_or_after_imports_stay_unread() -> None:
    text = (
        "Chile's exports to Peru were valued at $56.8 million in 2027.\n\n"
        "The firm's profit was $4.9 million, and it earned $2.1 million in fees."
    )
    assert all(value != 2.1e6 for *_, value, _ in rows(text))
    text = (
        "Chile's imports from Peru were valued at $56.8 million in 2027.\n\n"
        "Among them copper earned 11.6 million USD."
    )
    assert all(value != 11.6e6 for *_, value, _ in rows(text))


def test_spanish_bought_from_and_perfect_tense_flows() -> None:
    # "comprar a X" is to buy from X (imports); "ha exportado" the perfect of "exportó"
    text = (
        "date 2031-10-02\nEl comercio entre los países crece, pues en los primeros ocho meses de "
        "este año Uruguay ha comprado a Bolivia 416 millones de dólares, mientras que en el año "
        "anterior esta cifra era de $ 386,5 millones."
    )
    assert ("imports", "URY", "BOL", "level", 416e6, "USD") in rows(text)
    text = (
        "date 2031-10-02\nEl comercio entre los países crece, pues en los primeros ocho meses de "
        "este año Uruguay ha vendido a Bolivia 52 millones de dólares y le ha comprado 30 "
        "millones de dólares en equipos."
    )
    assert ("exports", "URY", "BOL", "level", 52e6, "USD") in rows(text)
    # a firm buying from its suppliers is no trade figure
    text = (
        "date 2031-10-02\nEn el primer semestre de este año, la empresa uruguaya ha comprado a "
        "sus proveedores 52 millones de dólares en equipos, según el informe de la empresa."
    )
    assert all(value != 52e6 for *_, value, _ in rows(text))
