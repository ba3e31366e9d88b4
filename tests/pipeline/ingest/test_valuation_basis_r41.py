"""Round 41: a valuation basis written between a currency and its number ("USD FOB 1,673.1
million", "US$ CIF 912 million", customs and trade-ministry copy) is put before the currency, so
the amount is read; the text keeps its length (offsets hold). Made-up sentences; near misses
("FOB prices", a basis after the amount) are left as they are."""

import pytest

from pipeline.ingest.clean import normalise
from tests.pipeline.extract.test_extract import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("exports of USD FOB 1,673.1 million", "exports of FOB USD 1,673.1 million"),
        ("imports of US$ CIF 912 million", "imports of CIF US$ 912 million"),
        ("imports of EUR cif 40 million", "imports of cif EUR 40 million"),
        # near misses
        ("FOB prices rose 3% in 2030", "FOB prices rose 3% in 2030"),
        ("exports of USD 1,673.1 million FOB", "exports of USD 1,673.1 million FOB"),
    ],
)
def test_the_basis_goes_before_the_currency(text: str, expected: str) -> None:
    assert normalise(text) == expected
    assert len(normalise(text)) == len(text)


def test_an_amount_with_its_basis_inside_is_read() -> None:
    out = figures(
        "date 2031-01-10\nChile and Bolivia\n\nChile's exports to Bolivia reached USD FOB 1,673.1"
        " million in 2030, while imports were US$ CIF 912 million.\n"
    )
    got = {(r.flow, r.value, r.unit) for r in out.itertuples()}
    assert got == {("exports", 1.6731e9, "USD"), ("imports", 9.12e8, "USD")}
