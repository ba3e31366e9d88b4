"""A figure's value is the decimal the page wrote, not the binary noise of scaling it:
"US$4.1 billion" is 4100000000.0 in the figures table, not 4.1 * 1e9 = 4099999999.9999995
(a consumer comparing values or printing them sees the amount as stated). Made-up sentences."""

import pytest

from pipeline.extract.digits import as_written
from tests.pipeline.extract.test_extract import figures


@pytest.mark.parametrize(
    ("scaled", "written"),
    [
        (4.1 * 1e9, 4_100_000_000.0),
        (4.15 * 1e9, 4_150_000_000.0),
        (0.29 * 1e6, 290_000.0),
        (12_480.5 * 1e6, 12_480_500_000.0),
        (-3.3, -3.3),
        (0.1 + 0.2, 0.3),
    ],
)
def test_as_written_drops_the_noise_of_scaling(scaled: float, written: float) -> None:
    assert as_written(scaled) == written


def test_as_written_keeps_every_stated_digit() -> None:
    # near miss: an amount stated to 15 significant digits is not rounded away
    assert as_written(123_456_789_012_345.0) == 123_456_789_012_345.0
    assert as_written(1_234.56789) == 1_234.56789


def test_figure_values_are_the_decimals_the_page_wrote() -> None:
    out = figures(
        "date 2031-03-02\nFiji's exports to Tonga reached US$4.1 billion in 2030, while "
        "its imports from Tonga were US$0.29 billion."
    )
    values = sorted(out["value"].tolist())
    assert values == [290_000_000.0, 4_100_000_000.0], out.to_string()
    assert repr(values[1]) == "4100000000.0"
