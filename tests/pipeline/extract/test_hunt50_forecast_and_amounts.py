"""Round 50 hunt (hunt50b: South Asia, East and South-East Asia, Oceania; 30 new pages).

Kinds fixed, with the hunted pages that had them:
- K1 a forecast cue the status rules did not read ("is set to touch", "has the ambition to grow
  ... to", "which is to nearly double"): 2 pages, 4 rows; an unread target's "by 2030" also
  became the undated page's year (K2).
- K2 a forecast's deadline dating an actual change before it in the sentence ("rose 94% and is
  expected to cross $2bn by the end of 2031"): 3 pages with K2 in all.
- K6 decimal dots read as translated thousands dots on a page that also writes "$5482.668
  million": 1 page, 4 rows.
- K5 the ringgit written after its scale ("97.97 billion RM"): 1 page, 2 rows.
- K11 "roughly equivalent to" before a conversion: 1 page, 1 row.
Sentences are made up (other pairs, other figures).
"""

from __future__ import annotations

from tests.pipeline.extract.test_extract import figures


def _rows(sentence: str, date: str = "2031-03-08", title: str = "Trade news") -> list[dict]:
    out = figures(f" date {date}\n{title}\n\n{sentence}\n")
    return out.to_dict("records")


def test_set_to_touch_is_a_target():
    rows = _rows("Trade between Chile and Peru is set to touch $7 billion, officials said.")
    assert [r["status"] for r in rows] == ["target"]


def test_ambition_to_grow_is_a_target():
    rows = _rows(
        "The minister has the ambition to grow trade between Chile and Peru to $90 billion by 2035."
    )
    assert [(r["status"], r["period_end"]) for r in rows] == [
        ("target", __import__("datetime").date(2035, 12, 31))
    ]


def test_is_to_nearly_double_is_a_target_multiple():
    rows = _rows(
        "Currently, trade between Chile and Peru is $21 billion, which is to nearly double "
        "with the new pact."
    )
    by_measure = {r["measure"]: r["status"] for r in rows}
    assert by_measure == {"level": "actual", "multiple": "target"}


def test_realised_rise_stays_actual():
    rows = _rows("Trade between Chile and Peru rose to $7 billion in 2030.")
    assert [r["status"] for r in rows] == ["actual"]


def test_deadline_of_a_forecast_does_not_date_the_change_before_it():
    rows = _rows(
        "Trade between Chile and Peru increased by 61 percent and it is expected to cross "
        "$4 billion by the end of 2031, he said."
    )
    change = next(r for r in rows if r["measure"] == "pct_change")
    assert change["period_end"] is None or str(change["period_end"]) != "2031-12-31"


def test_deadline_of_a_projected_level_does_not_date_the_change():
    rows = _rows("Exports from Chile to Peru grew 18% and are projected to hit $6 billion by 2033.")
    change = next(r for r in rows if r["measure"] == "pct_change")
    assert change["period_start"] is None or change["period_start"].year != 2033


def test_a_reached_level_keeps_its_deadline_for_the_change():
    rows = _rows(
        "Exports from Chile to Peru rose 12 percent, reaching $4 billion by the end of 2030."
    )
    change = next(r for r in rows if r["measure"] == "pct_change")
    assert str(change["period_end"]) == "2030-12-31"


_PAGE = (
    " date 2031-03-01\nChile exports to Peru grow\n\n"
    "Overall exports to Peru were recorded at more than 1150 million dollars during July-February "
    "against exports of over 1,107 million dollars a year earlier.\n\n"
    "The deficit during the period was recorded at $4321.765 million.\n\n"
    "Chile's exports of copper to Peru increased from $7.426 million to $31.902 million in "
    "July-February.\n"
)


def test_decimal_dots_on_a_page_with_a_four_digit_decimal():
    values = sorted(figures(_PAGE)["value"].tolist())
    assert 7426000.0 in values and 31902000.0 in values


def test_decimal_dots_other_page_shape():
    page = _PAGE.replace("$4321.765 million", "$12345.6 million")
    values = figures(page)["value"].tolist()
    assert 7426000.0 in values


def test_thousands_dot_page_without_decimal_evidence_keeps_its_reading():
    page = _PAGE.replace("The deficit during the period was recorded at $4321.765 million.\n\n", "")
    values = figures(page)["value"].tolist()
    assert 7426000000.0 in values  # the round-6 thousands-dot reading stands


def test_ringgit_after_the_scale():
    rows = _rows("Trade between Malaysia and Thailand grew 9 percent to 48.31 billion RM in 2030.")
    assert [(r["unit"], r["value"]) for r in rows if r["unit"] == "MYR"] == [("MYR", 48310000000.0)]


def test_ringgit_after_the_scale_in_a_from_clause():
    rows = _rows(
        "Trade between Malaysia and Thailand fell 24 percent to 40 billion RM in 2030, from 52.5 billion RM in 2029."
    )
    assert {r["value"] for r in rows if r["unit"] == "MYR"} >= {40e9, 52.5e9}


def test_ringgit_symbol_before_stays():
    rows = _rows("Trade between Malaysia and Vietnam rose to RM48.31 billion in 2030.")
    assert [(r["unit"], r["value"]) for r in rows] == [("MYR", 48310000000.0)]


def test_roughly_equivalent_conversion_is_approx():
    rows = _rows(
        "Trade between Fiji and Samoa reached $3.1 billion in 2030, roughly equivalent to "
        "FJD 4.6 billion."
    )
    assert {r["unit"]: r["approx"] for r in rows} == {"USD": False, "FJD": True}


def test_approximately_equal_to_conversion_is_approx():
    rows = _rows(
        "Trade between Fiji and Samoa reached $3.1 billion in 2030, approximately equal to "
        "FJD 4.6 billion."
    )
    assert {r["unit"]: r["approx"] for r in rows} == {"USD": False, "FJD": True}


def test_plain_conversion_stays_exact():
    rows = _rows("Trade between Fiji and Samoa reached $3.1 billion (FJD 4.6 billion) in 2030.")
    assert not any(r["approx"] for r in rows)
