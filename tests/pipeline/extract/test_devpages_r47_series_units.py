"""Round 47, a series written once with its unit (:mod:`pipeline.extract.unscaled_base`).

Wire copy (Lusa on the Macau Forum's figures, Italian trade notes) writes the unit of a series
once: "sales to A reached 1,249 million dollars (+32.47%), while purchases stood at 12,129",
"imports reached 89,995,022 against 32,666,226, with a growth of 57,328,796". A later item
written with a thousands group and no scale or unit, right after a level verb, "worth", or "of"
after a flow or change noun, takes the scale and currency of the money amount before it when a
second flow (or the change of the same flow) is named between and the value is of that amount's
order. Made-up sentences and figures; near misses keep what is no series."""

from tests.pipeline.extract.test_extract import figures


def _values(text: str, title: str = "Trade news") -> set[tuple]:
    out = figures(f" date 2031-03-01\n{title}\n\n{text}\n")
    return {(r.flow, r.measure, r.value, r.unit) for r in out.itertuples()}


def test_second_flow_level_without_its_unit() -> None:
    """ "stood at 4,310" after "2,215 million dollars": 4,310 million dollars."""
    got = _values(
        "Peru's exports to Chile reached 2,215 million dollars in 2030, while imports from Chile "
        "stood at 4,310 (+12.5 percent)."
    )
    assert ("imports", "level", 4_310_000_000.0, "USD") in got


def test_portuguese_purchases_worth_without_unit() -> None:
    """Portuguese, the second flow after "no valor de" (worth): bought goods worth 1.875."""
    got = _values(
        "O Brasil vendeu a Angola bens no valor de 3.420 milhões de dólares em 2030 e comprou "
        "mercadorias a Angola no valor de 1.875.",
        "Comércio entre o Brasil e Angola",
    )
    assert any(v == 1_875_000_000.0 and u == "USD" for _, _, v, u in got)


def test_italian_amounts_in_full_and_their_change() -> None:
    """Italian amounts written out in full: the second flow's level, its base after "contro"
    and its change after "una crescita di"."""
    got = _values(
        "Nel 2030 le esportazioni italiane verso la Serbia sono salite a 412.330.118 di euro, "
        "mentre le importazioni dalla Serbia sono arrivate a 95.402.771 contro 61.118.240, con "
        "una crescita di 34.284.531.",
        "Italia e Serbia",
    )
    values = {v for _, _, v, u in got if u == "EUR"}
    assert {95_402_771.0, 61_118_240.0, 34_284_531.0} <= values


def test_count_after_a_level_verb_stays_a_count() -> None:
    """Near miss: no flow named between, and a noun after the number ("1,200 companies")."""
    got = _values(
        "Peru's exports to Chile reached 2,215 million dollars in 2030; the exporters were "
        "1,200 companies."
    )
    assert all(v != 1_200_000_000.0 for _, _, v, _ in got)
    assert ("exports", "level", 2_215_000_000.0, "USD") in got


def test_number_of_another_order_stays_unread() -> None:
    """Near miss: a bare number far from the amount's order (a count of shipments)."""
    got = _values(
        "Peru's exports to Chile reached 2,215 million dollars in 2030, while imports from Chile "
        "were 310,000."
    )
    assert {v for _, _, v, _ in got} == {2_215_000_000.0}
