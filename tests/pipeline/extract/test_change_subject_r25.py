"""Round 25: a change noun that is the subject of an amount ("the growth of trade volume was
equal to $250m", "the decline in imports amounted to $40m") makes the amount that change, not a
level. Made-up sentences; near misses keep their levels."""

import pytest

from tests.pipeline.extract.test_extract import figures


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Trade between Kenya and Oman reached $310 million in 2031, and the growth of trade "
            "volume was equal to $42 million.",
            42e6,
        ),
        (
            "Trade between Kenya and Oman reached $310 million in 2031; the increase in bilateral "
            "trade amounted to about $42 million.",
            42e6,
        ),
        (
            "Trade between Kenya and Oman fell to $310 million in 2031, and the decline in trade "
            "totalled $42 million.",
            -42e6,
        ),
    ],
)
def test_change_noun_as_subject(text: str, value: float) -> None:
    out = figures(f"date 2032-03-01\n{text}\n")
    got = {(r.measure, r.value) for r in out.itertuples()}
    assert got == {("level", 310e6), ("abs_change", value)}, out.to_string()


def test_change_noun_not_the_subject_keeps_the_level() -> None:
    # near miss: the change noun opens the clause but the amount is what trade reached after it
    out = figures(
        "date 2032-03-01\nDespite a decline in oil prices, trade between Kenya and Oman "
        "reached $310 million in 2031.\n"
    )
    assert list(zip(out.measure, out.value, strict=True)) == [("level", 310e6)], out.to_string()
