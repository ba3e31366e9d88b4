"""Spanish "por" after goods or a flow is the amount the goods are worth, not a change "by"
(round 18, a value read as a change): "exportó productos por X millones de dólares a B",
"importaciones por X millones", "compró por X millones". Near miss: "aumentaron un 12 por
ciento" stays a percentage and "crecieron por tercer año" no amount. All sentences are made up."""

from tests.pipeline.extract.test_extract import figures

DATE = "date 2031-05-02\n"
TAIL = " El comercio entre los dos países creció con fuerza según el ministerio."


def measures(text: str) -> dict[float, str]:
    """value -> measure of each figure read."""
    out = figures(DATE + text + TAIL)
    return {round(r.value, 1): r.measure for r in out.itertuples()}


def test_goods_por_an_amount_is_their_level() -> None:
    # a change after the amount made "by X" read as the change's amount
    got = measures(
        "Chile exportó productos por 3,250 millones de dólares a Perú en el 2030, un alza "
        "interanual de 12.5%."
    )
    assert got == {3_250_000_000: "level", 12.5: "pct_change"}
    got = measures(
        "En 2030 Chile registró importaciones por 820 millones de dólares desde Perú, un alza de 5%."
    )
    assert got == {820_000_000: "level", 5.0: "pct_change"}


def test_a_change_por_ciento_stays_a_percentage() -> None:
    # near miss: "por ciento" is "percent"
    got = measures("Las exportaciones de Chile a Perú aumentaron un 12 por ciento en 2030.")
    assert got == {12.0: "pct_change"}
