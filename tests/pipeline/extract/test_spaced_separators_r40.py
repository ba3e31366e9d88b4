"""Round 40 (hi01's kind): West African wire copy writes separators with a space after them, a
thousands stop "1. 000 milliards" and a decimal comma "6, 5 %". The stop ends no sentence
before a three-digit group and a scale or currency word, and the gloss reads both as the
unspaced forms. Made-up sentences; near misses keep their reading."""

import pytest

from pipeline.ingest.segment import segment_text
from tests.pipeline.extract.test_extract import figures


def _rows(text: str, title: str = "Sénégal et Mali") -> set[tuple]:
    return {
        (r.flow, r.measure, r.value, r.unit)
        for r in figures(f"date 2031-02-01\n{title}\n\n{text}\n").itertuples()
    }


def _sentences(text: str) -> list[str]:
    return [str(s["text"]) for s in segment_text("d", text)]


def test_a_spaced_thousands_stop_before_a_scale_word() -> None:
    got = _rows(
        "Les échanges commerciaux entre le Sénégal et le Mali ont atteint 2. 400 milliards de "
        "francs CFA en 2030, en hausse de 7, 2 %."
    )
    assert got == {("turnover", "level", 2.4e12, "XOF"), ("turnover", "pct_change", 7.2, "percent")}


def test_a_spaced_thousands_stop_before_millions() -> None:
    got = _rows(
        "Les exportations du Sénégal vers le Mali se sont élevées à 31. 750 millions de francs "
        "CFA en 2030."
    )
    assert got == {("exports", "level", 31.75e9, "XOF")}


@pytest.mark.parametrize(
    "text",
    [
        "Le commerce a atteint 5 milliards en 2030. 500 entreprises ont participé.",
        "Les exportations ont progressé de 12. 400 entreprises exportent vers le Mali.",
    ],
)
def test_near_miss_a_stop_before_a_number_that_opens_a_sentence(text: str) -> None:
    assert len(_sentences(text)) == 2


def test_near_miss_a_comma_and_a_space_in_a_list_is_no_decimal() -> None:
    got = _rows(
        "Les exportations du Sénégal vers le Mali ont atteint 40 milliards de francs CFA en "
        "2030, et leurs parts 2, 5 et 7 points."
    )
    assert ("exports", "level", 40e9, "XOF") in got
    assert not any(r[1] == "pct_change" for r in got)
