"""Round 33 (NOTES ft rule, fw21 twin): one rate for a group of partners ("imports from A, B and
C increased by more than 30 percent", "doubled to A, B and C") is each partner's, a row per
partner; an amount for the group, a rate beside the group's amount and a rate the sentence calls
combined stay unannotated (fa rule). Made-up sentences."""

from pipeline.extract.joint_partners import spread_rates
from tests.pipeline.extract.test_extract import figures


def _rows(body: str, date: str = "2030-02-01") -> set[tuple]:
    out = figures(f"date {date}\nBelarus trade\n{body}\n")
    return {(r.flow, r.reporter, r.partner, r.measure, r.value) for r in out.itertuples()}


def test_one_rate_for_a_group_is_each_partners() -> None:
    got = _rows(
        "In 2029, Belarus's imports from Latvia, Estonia and Finland increased by more than"
        " 30 percent."
    )
    assert got == {("imports", "BLR", iso, "pct_change", 30.0) for iso in ("LVA", "EST", "FIN")}


def test_a_multiple_for_a_group_in_a_list_of_multiples() -> None:
    got = _rows(
        "In 2029, Belarus's exports tripled to Latvia and doubled to Estonia, Finland and Norway."
    )
    assert got == {
        ("exports", "BLR", "LVA", "multiple", 3.0),
        ("exports", "BLR", "EST", "multiple", 2.0),
        ("exports", "BLR", "FIN", "multiple", 2.0),
        ("exports", "BLR", "NOR", "multiple", 2.0),
    }


def test_near_miss_the_groups_amount_and_its_rate_stay_out() -> None:
    assert (
        _rows("In 2029, Belarus's exports to Latvia, Estonia and Finland dipped to $1.9 billion.")
        == set()
    )
    assert (
        _rows("In 2029, Belarus's exports to Latvia, Estonia and Finland rose 5% to $2 billion.")
        == set()
    )
    assert (
        _rows("In 2029, Belarus's exports to Latvia, Estonia and Finland grew by a combined 25%.")
        == set()
    )


def test_a_figure_whose_pair_is_inside_the_group_is_not_spread() -> None:
    figure = {"measure": "multiple", "reporter": "SAU", "partner": "CAN", "figure_id": "x"}
    assert spread_rates([(figure, None)], {id(figure): ("SAU", "CAN", "CYP")}, "doubled") == []
