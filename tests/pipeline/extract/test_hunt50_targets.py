"""Round 50 hunt (hunt50a), kind "target status and period": a goal cue the status triggers
lacked ("conditions to achieve a turnover of $X", "an agreement on increasing trade to $X by
2030"), and a target dated with the past year of the clause that decided it ("last year they
signed a roadmap that envisages bringing trade to $X a year", "agreed in 2029 to raise trade to
$X": NOTES, a target with no year has both period fields empty). 3 of 27 hunted pages (3 outlets).
Made-up sentences and pairs."""

from tests.pipeline.extract.test_extract import figures


def _rows(sentence: str, date: str = "2030-06-04") -> set[tuple]:
    out = figures(f" date {date}\nChile and Norway\n\n{sentence}\n")
    return {
        (r.status, str(r.period_start), str(r.period_end), r.measure, r.value)
        for r in out.itertuples()
    }


def test_conditions_to_achieve_a_turnover_is_a_target() -> None:
    got = _rows(
        "Chile and Norway have all the necessary conditions to achieve a trade turnover"
        " of 7 billion dollars annually."
    )
    assert got == {("target", "None", "None", "level", 7e9)}


def test_an_agreement_on_increasing_trade_by_a_year_is_a_target() -> None:
    got = _rows(
        "The leaders signed an agreement on increasing trade turnover between Chile and"
        " Norway to $45bn by 2035."
    )
    assert got == {("target", "None", "2035-12-31", "level", 4.5e10)}


def test_a_roadmap_signed_last_year_does_not_date_its_goal() -> None:
    got = _rows(
        "Last year, Chile and Norway signed a roadmap that envisages bringing bilateral"
        " trade turnover to $80 billion a year."
    )
    assert got == {("target", "None", "None", "level", 8e10)}


def test_agreed_in_a_named_year_to_raise_trade_is_a_target_without_a_year() -> None:
    got = _rows("In 2028, Chile and Norway agreed to raise bilateral trade to $12 billion.")
    assert got == {("target", "None", "None", "level", 1.2e10)}


def test_near_miss_a_goal_for_a_named_year_keeps_its_year() -> None:
    # near miss: no decision verb, the year is the goal's own (NOTES: a target for a year)
    got = _rows("In 2031, trade between Chile and Norway is expected to reach $12 billion.")
    assert got == {("target", "2031-01-01", "2031-12-31", "level", 1.2e10)}


def test_near_miss_managed_to_achieve_stays_actual() -> None:
    # near miss: a result that happened ("managed to achieve") is no goal
    got = _rows("Chile managed to achieve exports of $5 billion to Norway in 2029.")
    assert got == {("actual", "2029-01-01", "2029-12-31", "level", 5e9)}


def test_near_miss_set_to_reach_this_year_keeps_the_year() -> None:
    # near miss: "set to" is no decision; "this year" is the goal's own year
    got = _rows("This year, trade between Chile and Norway is set to reach $5 billion.")
    assert got == {("target", "2030-01-01", "2030-12-31", "level", 5e9)}
