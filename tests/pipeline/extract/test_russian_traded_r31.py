"""Russian pages (round 31, gr03/gr16): the verbs of trading goods in every past form
("Таджикистан импортировал ... на X млн долларов, а экспортировал в Россию – на Y", "закупил",
"продал": ``foreign_verbs.csv`` rows for ``russian_verbs``), and a multiple "в два раза" / "в 3,5
раза" (in two times: doubled; ``russian_multiples``). Made-up sentences."""

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures("date 2031-08-01\nРоссия и Таджикистан\n" + text + "\n")
    return {(r.flow, r.reporter, r.partner, r.measure, round(r.value, 1)) for r in out.itertuples()}


def test_imported_and_exported_in_the_past() -> None:
    got = _rows(
        "Товаров из России Таджикистан импортировал на 812,4 млн долларов, а экспортировал в"
        " Россию – на 61,3 млн долларов."
    )
    assert got == {
        ("imports", "TJK", "RUS", "level", 812.4e6),
        ("exports", "TJK", "RUS", "level", 61.3e6),
    }


@pytest.mark.parametrize(
    ("russian", "english"),
    [
        ("увеличилась в два раза", "2 times"),
        ("выросла в 3,5 раза", "3.5 times"),
        ("в полтора раза", "1.5 times"),
    ],
)
def test_a_multiple_in_times(russian: str, english: str) -> None:
    assert english in gloss(f"Торговля {russian}.", "ru")


def test_a_doubled_trade_is_a_multiple() -> None:
    got = _rows("Товарооборот России и Таджикистана в 2030 году увеличился в два раза.")
    assert got == {("turnover", "RUS", "TJK", "multiple", 2.0)}


def test_near_miss_a_count_of_times_is_no_multiple() -> None:
    # "в этот раз" (this time): no number before "раз", no multiple
    got = _rows("В этот раз товарооборот России и Таджикистана в 2030 году вырос на 5%.")
    assert got == {("turnover", "RUS", "TJK", "pct_change", 5.0)}


def test_this_volume_continues_the_trade_named_before() -> None:
    # gr16's shape: the pair's trade named in one sentence, "этот объем" (this volume) reaches
    # the amount in the next
    got = _rows(
        "По итогам 2030 года именно с Россией у Таджикистана сложился наибольший объем взаимного"
        " товарооборота.\nЗа рассматриваемый период этот объем достиг 871,2 млн долларов,"
        " увеличившись на 9,4%."
    )
    assert {r[3:] for r in got} == {("level", 871.2e6), ("pct_change", 9.4)}
