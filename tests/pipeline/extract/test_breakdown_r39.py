"""Round 39 (kinds left from round 38's fresh pages, hi08 and hi16): a trade total broken down
in an aside ("$5bn, with exports of $3bn and imports of $2bn, ...") hands its flow back to the
amounts after the aside, and a from-level broken down that way takes the aside's year; a span
written "(2030-March 2031)" runs from the year's first day to the month's last. Made-up pages;
near misses keep their reading."""

import pytest

from pipeline.extract.breakdown import aside_end
from tests.pipeline.extract.test_extract import figures

_HEAD = "date 2031-06-01\nChile and Peru\n\n"


def _rows(text: str) -> set[tuple]:
    return {
        (r.flow, r.status, r.value, str(r.period_start), str(r.period_end))
        for r in figures(_HEAD + text).itertuples()
    }


def test_an_amount_after_the_breakdown_goes_on_with_the_total() -> None:
    got = _rows(
        "Trade between Chile and Peru reached $5bn in 2029, with exports of $3bn and imports of "
        "$2bn, and is expected to hit $7bn in 2032.\n"
    )
    assert ("turnover", "target", 7e9, "2032-01-01", "2032-12-31") in got
    assert ("exports", "actual", 3e9, "2029-01-01", "2029-12-31") in got
    assert ("imports", "actual", 2e9, "2029-01-01", "2029-12-31") in got


def test_a_broken_down_from_level_takes_the_asides_year_and_the_to_level_the_total() -> None:
    got = _rows(
        "Trade between Chile and Peru rose from $2,100m, with exports of $1,200m and imports of "
        "$900m in 2025, to a total of $3,300m in 2029.\n"
    )
    assert got == {
        ("turnover", "actual", 2.1e9, "2025-01-01", "2025-12-31"),
        ("exports", "actual", 1.2e9, "2025-01-01", "2025-12-31"),
        ("imports", "actual", 0.9e9, "2025-01-01", "2025-12-31"),
        ("turnover", "actual", 3.3e9, "2029-01-01", "2029-12-31"),
    }


def test_a_breakdown_between_the_subject_and_its_verb() -> None:
    got = _rows(
        "Trade between Chile and Peru, with exports of $3bn and imports of $2bn, reached a total "
        "of $5bn in 2029.\n"
    )
    assert ("turnover", "actual", 5e9, "2029-01-01", "2029-12-31") in got


def test_near_miss_two_clauses_of_parts_keep_the_last_flow() -> None:
    # no total and no aside: the change after the two parts is the imports' own
    got = _rows(
        "Chile's exports to Peru rose to $3bn in 2029 and its imports from Peru to $2bn, up 4%.\n"
    )
    assert ("imports", "actual", 4.0, "2029-01-01", "2029-12-31") in got


def test_near_miss_a_turnover_then_a_plain_clause_of_imports() -> None:
    # the parts are not an aside of the total ("; imports" opens a clause of its own)
    got = _rows(
        "Trade between Chile and Peru reached $5bn in 2029. Exports were $3bn and imports "
        "$2bn, up 6%.\n"
    )
    assert ("imports", "actual", 6.0, "2029-01-01", "2029-12-31") in got


@pytest.mark.parametrize(
    ("text", "closed"),
    [
        (", with exports of $1m and imports of $2m in 2029, to $5m", True),
        (", including imports of $2m and exports of $1m, to $5m", True),
        (", with exports of $1m, to $5m", False),  # one part is no breakdown
        (" in 2029 to $5m", False),
    ],
)
def test_aside_end(text: str, closed: bool) -> None:
    assert (aside_end("from $3m" + text, len("from $3m")) is not None) is closed


def test_a_year_to_month_span_in_brackets() -> None:
    got = _rows("Trade between Chile and Peru reached about $1.4bn (2030-March 2031), he said.\n")
    assert got == {("turnover", "actual", 1.4e9, "2030-01-01", "2031-03-31")}


def test_near_miss_a_reversed_year_to_month_span_dates_nothing_by_it() -> None:
    got = _rows("Trade between Chile and Peru reached about $1.4bn (2031-March 2030), he said.\n")
    assert ("turnover", "actual", 1.4e9, "2030-01-01", "2031-03-31") not in got


def test_bilateral_exchange_between_two_countries_is_their_trade() -> None:
    got = _rows(
        "Bilateral exchange between Chile and Peru has more than doubled, climbing from about "
        "US$ 40 million in 2029 to US$ 90.5 million in 2030.\n"
    )
    assert ("turnover", "actual", 40e6, "2029-01-01", "2029-12-31") in got
    assert ("turnover", "actual", 90.5e6, "2030-01-01", "2030-12-31") in got


def test_near_miss_an_exchange_rate_between_two_currencies_is_no_trade() -> None:
    assert not _rows(
        "The exchange rate between Chile and Peru's currencies moved 4% in 2030, and the peso "
        "fell to US$ 0.2.\n"
    )


def test_a_mexican_first_amount_of_two_takes_the_seconds_millions() -> None:
    # "de tres mil 400 a dos mil 975 millones": 3,400 and 2,975 million; the change verb in the
    # past subjunctive after "luego de que" ("cayera")
    got = _rows(
        "Según la Secretaría, el comercio bilateral entre México y Chile se recuperó en 2030, "
        "luego de que en 2029 cayera 12.5 por ciento frente al año precedente, al bajar de tres "
        "mil 400 a dos mil 975 millones de dólares.\n"
    )
    assert ("turnover", "actual", -12.5, "2029-01-01", "2029-12-31") in got
    assert ("turnover", "actual", 3.4e9, "2028-01-01", "2028-12-31") in got
    assert ("turnover", "actual", 2.975e9, "2029-01-01", "2029-12-31") in got


def test_near_miss_mil_before_a_count_of_things_stays_a_word() -> None:
    got = _rows(
        "El comercio entre México y Chile sumó 2 mil 975 millones de dólares en 2029; la "
        "empresa tiene mil 200 empleados y mil 30 tiendas.\n"
    )
    assert got == {("turnover", "actual", 2.975e9, "2029-01-01", "2029-12-31")}


def test_a_portuguese_supply_verb_is_the_suppliers_exports() -> None:
    # "fornecer" (supply): "A forneceu ao B mercadorias no valor de" -> A's exports to B
    got = _rows(
        "Em maio, o Chile forneceu ao Peru mercadorias no valor de US$ 2,3 bilhões, um aumento "
        "de 4,1% em relação a abril.\n"
    )
    assert ("exports", "actual", 2.3e9, "2031-05-01", "2031-05-31") in got
    assert ("exports", "actual", 4.1, "2031-05-01", "2031-05-31") in got


def test_english_forms_of_a_verb_in_consonant_y() -> None:
    from pipeline.extract.english_verbs import english_forms

    assert english_forms("supply")["past"] == "supplied"
    assert english_forms("supply")["present"] == "supplies"
    assert english_forms("buy")["past"] == "bought"
    assert english_forms("stay")["past"] == "stayed"


def test_a_flow_word_inside_a_closed_breakdown_bracket_is_no_later_amounts_own() -> None:
    got = {
        (r.flow, r.value)
        for r in figures(
            _HEAD + "In 2030, trade between Chile and Peru reached $2.8bn (of which $0.5bn of "
            "goods imported by Chile and $1.8bn of Chilean goods exported), behind only Brazil, "
            "with $4.2bn.\n"
        ).itertuples()
    }
    assert ("turnover", 4.2e9) in got
    assert ("exports", 1.8e9) in got


def test_near_miss_a_flow_word_after_the_bracket_is_the_amounts_own() -> None:
    got = {
        (r.flow, r.value)
        for r in figures(
            _HEAD + "In 2030, trade between Chile and Peru reached $2.8bn (of which $0.5bn of "
            "imports and $1.8bn of exports), while Chile's exports to Brazil were $4.2bn.\n"
        ).itertuples()
    }
    assert ("exports", 4.2e9) in got
