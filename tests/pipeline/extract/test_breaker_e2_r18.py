"""Round 18 breaker faults (helper e). All sentences are made up.

1. "from [about] $X to [nearly] $Y billion": a first amount written with the second's currency
   sign is the earlier level, as "from X to Y billion" already was (before, a qualifier before
   either amount lost the first, or the two were read as one range). Near miss: a first amount
   in another currency ("from $X to €Y billion") is not split. Spanish "aumentaron/crecieron/
   cayeron de X a Y millones" is the same change ("rose from"); near misses "aumentaron en 12%"
   and "crecieron de manera sostenida" are unchanged.
2. A short period between a bare "$" amount and its bracketed US-dollar conversion ("$X last
   year (US$Y)") still sets the bare "$" apart from the US dollar. Near miss: a clause between
   them, the bracket about another figure.
3. Spanish "por" after a flow and its pair ("las ventas de A a B por X millones de dólares") is
   what the flow is worth, a level. Near miss: a verb between ("crecieron por X") keeps a change.
"""

from tests.pipeline.extract.test_extract import figures

DATE = "date 2031-05-02\n"
TAIL = " El comercio entre los dos países creció con fuerza según el ministerio."


def rows(text: str) -> list[tuple[str, float, int]]:
    """(measure, value, year) of each figure read, in order."""
    out = figures(DATE + text)
    return [(r.measure, round(r.value), r.period_start.year) for r in out.itertuples()]


def test_from_a_signed_amount_with_a_qualifier_to_another() -> None:
    want = [("level", 1_200_000_000, 2029), ("level", 1_500_000_000, 2030)]
    assert rows("Chile's exports to Peru rose from about $1.2 to $1.5 billion in 2030.") == want
    assert rows("Chile's exports to Peru rose from $1.2 to nearly $1.5 billion in 2030.") == want


def test_from_one_currency_to_another_is_not_split_again() -> None:
    # near miss: the sign of the first amount is not the second's
    got = rows("Chile's exports to Peru rose from $1.2 to €1.5 billion in 2030.")
    assert got == [("level", 1_200_000_000, 2029), ("level", 1_500_000_000, 2030)]


def test_spanish_rose_from_x_to_y() -> None:
    got = rows(
        "Las exportaciones de Chile a Perú aumentaron de 900 a 1.100 millones de dólares en 2030."
        + TAIL
    )
    assert got == [("level", 900_000_000, 2029), ("level", 1_100_000_000, 2030)]
    got = rows(
        "Las exportaciones de Chile a Perú cayeron de 1.100 a 900 millones de dólares en 2030."
        + TAIL
    )
    assert got == [("level", 1_100_000_000, 2029), ("level", 900_000_000, 2030)]
    got = rows(
        "Las importaciones de Chile desde Perú crecieron de 700 millones a 850 millones de "
        "dólares en 2030." + TAIL
    )
    assert got == [("level", 700_000_000, 2029), ("level", 850_000_000, 2030)]


def test_spanish_near_misses_stay() -> None:
    got = rows("Las exportaciones de Chile a Perú aumentaron en 12% en 2030." + TAIL)
    assert got == [("pct_change", 12, 2030)]
    got = rows(
        "Las exportaciones de Chile a Perú, que sumaron 900 millones de dólares en 2030, "
        "crecieron de manera sostenida." + TAIL
    )
    assert got == [("level", 900_000_000, 2030)]


def units(text: str) -> dict[float, str]:
    out = figures("date 2031-03-01\n" + text)
    return dict(zip(out["value"], out["unit"], strict=True))


def test_a_short_period_between_a_bare_dollar_and_its_us_conversion() -> None:
    # 2. "$X last year (US$Y)", "$X in 2030 (US$Y)": the bracket still converts the bare "$"
    # amount into US dollars, so the bare "$" is the page's own dollar
    tail = "\nCanada's imports from Mexico were $8 billion in 2030."
    for period in ("last year", "in 2030"):
        got = units(
            f"Canada's exports to Mexico rose to $12 billion {period} (US$9 billion).{tail}"
        )
        assert got == {12e9: "CAD", 9e9: "USD", 8e9: "CAD"}
    # near miss: a clause between the amount and a bracket about another figure
    got = units(
        "Canada's exports to Mexico rose to $12 billion last year while its imports from Mexico "
        "(US$9 billion) fell." + tail
    )
    assert got == {12e9: "USD", 9e9: "USD", 8e9: "USD"}


def measures(text: str) -> list[tuple[str, float]]:
    out = figures(DATE + text + TAIL)
    return [(r.measure, round(r.value)) for r in out.itertuples()]


def test_spanish_por_after_a_flow_and_its_pair_is_its_worth() -> None:
    # 3. "las ventas de A a B por X millones": the flow's value, not a change "by X"
    got = measures("Las ventas de Chile a Perú por 900 millones de dólares en 2030 crecieron 12%.")
    assert got == [("level", 900_000_000), ("pct_change", 12)]
    got = measures("El comercio entre Chile y Perú por 4.500 millones de dólares en 2030 cayó 3%.")
    assert got == [("level", 4_500_000_000), ("pct_change", -3)]
    # near miss: a change verb between the pair and "por" keeps the change
    got = measures(
        "Las exportaciones de Chile a Perú crecieron por 900 millones de dólares en 2030."
    )
    assert got == [("abs_change", 900_000_000)]
