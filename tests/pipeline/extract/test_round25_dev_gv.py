"""Round 25, kinds seen on the `gv` pages (dev), with made-up sentences: Spanish "a lo largo de
2031" (throughout), "colocó en X mercaderías por" (exported to X), "en sentido inverso le
adquirió" (imported from it), "el año en curso" (this year)."""

import datetime as dt

from tests.pipeline.extract.test_foreign import rows

D = dt.date


def test_spanish_placed_goods_and_the_current_year() -> None:
    got = rows(
        "date 2032-08-10\nA lo largo de 2031, Uruguay colocó en Ecuador mercaderías por más de "
        "US$ 71 millones, y en sentido inverso le adquirió poco más de US$ 38 millones. En el "
        "año en curso (enero a junio de 2032) el flujo ya anda por cerca de US$ 35,2 millones en "
        "exportaciones uruguayas, contra US$ 20,1 millones en importaciones desde Ecuador.\n"
    )
    year, half = (D(2031, 1, 1), D(2031, 12, 31)), (D(2032, 1, 1), D(2032, 6, 30))
    assert got[71e6] == ("exports", "URY", "ECU", "level", "USD", *year)
    assert got[38e6] == ("imports", "URY", "ECU", "level", "USD", *year)
    assert got[35.2e6] == ("exports", "URY", "ECU", "level", "USD", *half)
    assert got[20.1e6] == ("imports", "URY", "ECU", "level", "USD", *half)
