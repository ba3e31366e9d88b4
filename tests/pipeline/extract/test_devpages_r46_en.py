"""Round 46, English development pages: forms of amount, period and status fixed as kinds.

- A comparison base named by its size noun ("against a volume of $X in the previous year",
  "compared with a value of $X a year earlier") is the base, dated by its own period.
- "double taxation", "a double tax treaty": a kind of tax, no multiple.
- A bare infinitive "to double", "to triple" (a headline's "trade to double") is a target, as
  "to reach" is; after a change that happened ("rose to double", "managed to double") actual.
- "ran up to $X" / "has run up to" is the verb "amounted to" (NOTES hy 3), no "up to" cap; and
  "a half a billion" is half a billion, the hedge before it reaching it.
- An amount in scale parts joined by "and" ("9 million and 500 thousand Omani riyals", "2 billion
  and 300 million dollars") is one amount when the last part is less than one unit of the scale
  before it; a list ("... respectively", "between ...") stays two.
- "between the years X and Y" (and "from the years X to Y") is the span of whole years, as
  "between X and Y"; "over the same years" is the span just named.
- A range of rates ("5-7%", "85-90 percent", "between 5 and 7 percent", "by 85 to 90 per cent")
  is one rate at the midpoint, approx; "24.2 and 10.3 percent respectively" stays a list.
- "will/could/would achieve", "called for", "with doubling/tripling" (a goal set) are targets.
- A change noun the article before the rate opens ("a 16-per-cent increase", "a 16% decline")
  is the rate's direction, whatever change word stands earlier ("slightly down from 2028, but").
- A change "over the past decade" between two levels whose later one is reached "by the end of
  YEAR" is dated with that year, as with "in YEAR".
- A level stated for the present ("At present, trade amounts to $X", "now exceeds", "$X at
  present") and the same value dated in a past year are two rows, not one restatement.
- "brought in goods/products" is imports; a hard-wrapped line ending with a currency symbol
  ("Rs." / "169 million") joins the next line that holds its amount.
- A multiple of a tonnage ("grew 3 times to 6,000 tons") is no figure, as such a percentage.
- A sector word joined to a class of goods no sector holds ("machinery and raw materials",
  "textiles and consumer goods") names all goods: the total, as "and other goods" does.

Made-up sentences, made-up figures; near misses keep what is no such form."""

import pytest

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

_Y29 = ("2029-01-01", "2029-12-31")
_Y28 = ("2028-01-01", "2028-12-31")


def _rows(text: str, title: str = "Trade news") -> set[tuple]:
    return tuples(
        figures(f" date 2031-02-10\n{title}\n\n{text}\n"),
        (*CORE, "status", "approx"),
        unordered_turnover=True,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "against a volume of $X in the previous year": the base, a year before
            "Trade between Peru and Kenya grew by 20 per cent in 2029, totalling $3 billion, "
            "against a volume of $2.5 billion in the previous year.",
            {
                ("turnover", "KEN", "PER", *_Y29, "pct_change", 20.0, "percent", "actual", False),
                ("turnover", "KEN", "PER", *_Y29, "level", 3e9, "USD", "actual", False),
                ("turnover", "KEN", "PER", *_Y28, "level", 2.5e9, "USD", "actual", False),
            },
        ),
        (  # "compared with a value of $X a year earlier"
            "Kenya's exports to Peru reached $3 billion in 2029, compared with a value of "
            "$2.5 billion a year earlier.",
            {
                ("exports", "KEN", "PER", *_Y29, "level", 3e9, "USD", "actual", False),
                ("exports", "KEN", "PER", *_Y28, "level", 2.5e9, "USD", "actual", False),
            },
        ),
        (  # "against a sum of $X in 2027": the base's own year
            "Trade between Peru and Kenya totalled $3 billion in 2029, against a sum of "
            "$2.5 billion in 2027.",
            {
                ("turnover", "KEN", "PER", *_Y29, "level", 3e9, "USD", "actual", False),
                ("turnover", "KEN", "PER", "2027-01-01", "2027-12-31", "level", 2.5e9, "USD")
                + ("actual", False),
            },
        ),
        (  # near miss: "reached a volume of" is the figure's own level
            "Trade between Peru and Kenya reached a volume of $3 billion in 2029.",
            {("turnover", "KEN", "PER", *_Y29, "level", 3e9, "USD", "actual", False)},
        ),
    ],
)
def test_base_named_by_its_size_noun(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Kenya signed an agreement on investment protection in 2019, following a 2005 "
        "agreement on the avoidance of double taxation.",
        "Kenya's investment in Peru is protected by a 2027 treaty on double taxation.",
        "Peru signed an agreement with Kenya in 2028 to avoid double taxation and boost investment.",
        "Kenya's investment in Peru grew after the double taxation agreement of 2027.",
    ],
)
def test_double_taxation_is_no_multiple(text: str) -> None:
    assert _rows(text) == set()


def test_double_as_a_verb_stays_a_multiple() -> None:
    rows = _rows("Trade between Kenya and Peru doubled in 2029, after a double tax treaty.")
    assert rows == {("turnover", "KEN", "PER", *_Y29, "multiple", 2.0, "times", "actual", False)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Envoy says Peru-Kenya trade to double", 2.0),
        ("Peru, Kenya to triple bilateral trade", 3.0),
        ("Kenya and Peru agreed to double their bilateral trade.", 2.0),
    ],
)
def test_infinitive_to_double_is_a_target(text: str, value: float) -> None:
    rows = _rows(f"{text}\n\nThe ministers met on Monday.", title="Latest")
    assert rows == {
        ("turnover", "KEN", "PER", "None", "None", "multiple", value, "times") + ("target", False)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's exports to Peru rose to double the 2028 level.",
        "Kenya managed to double its exports to Peru in 2029.",
    ],
)
def test_to_double_after_a_change_that_happened_stays_actual(text: str) -> None:
    (row,) = _rows(text)
    assert row[-2] == "actual"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trade between Peru and Kenya in 2029 ran up to $485 million.",
            ("turnover", "KEN", "PER", *_Y29, "level", 485e6, "USD", "actual", False),
        ),
        (
            "In 2029 Kenya's exports to Peru had run up to $90 million.",
            ("exports", "KEN", "PER", *_Y29, "level", 90e6, "USD", "actual", False),
        ),
        (  # "a half a billion" with its hedge
            "Trade between Peru and Kenya is worth nearly a half a billion dollars.",
            ("turnover", "KEN", "PER", "None", "None", "level", 5e8, "USD", "actual", True),
        ),
        (
            "Kenya's exports to Peru came to about a half a billion dollars in 2029.",
            ("exports", "KEN", "PER", *_Y29, "level", 5e8, "USD", "actual", True),
        ),
        (  # near miss: "worth up to" is a cap
            "In 2029 Kenya's exports to Peru were worth up to $90 million.",
            ("exports", "KEN", "PER", *_Y29, "level", 90e6, "USD", "actual", True),
        ),
    ],
)
def test_ran_up_to_and_a_half_a_billion(text: str, expected: tuple) -> None:
    assert _rows(text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Omani imports from Kenya amounted to about 9 million and 500 thousand Omani riyals "
            "in 2029.",
            {("imports", "OMN", "KEN", *_Y29, "level", 9.5e6, "OMR", "actual", True)},
        ),
        (
            "Kenya's exports to Peru reached 2 billion and 300 million dollars in 2029.",
            {("exports", "KEN", "PER", *_Y29, "level", 2.3e9, "USD", "actual", False)},
        ),
        (
            "In 2029 Kenya sold goods worth $2 billion and 300 million to Peru.",
            {("exports", "KEN", "PER", *_Y29, "level", 2.3e9, "USD", "actual", False)},
        ),
        (  # near miss: a list of two amounts
            "Kenya's exports to Peru reached 2 billion and 300 million dollars in 2029 and 2030 "
            "respectively.",
            {
                ("exports", "KEN", "PER", *_Y29, "level", 2e9, "USD", "actual", False),
                ("exports", "KEN", "PER", "2030-01-01", "2030-12-31", "level", 3e8, "USD")
                + ("actual", False),
            },
        ),
        (  # near miss: the same scale twice is two amounts
            "Kenya's exports to Peru reached 2 million and 3 million dollars in 2029.",
            {
                ("exports", "KEN", "PER", *_Y29, "level", 2e6, "USD", "actual", False),
                ("exports", "KEN", "PER", *_Y29, "level", 3e6, "USD", "actual", False),
            },
        ),
    ],
)
def test_scale_parts_joined_by_and(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected


_SPAN = ("2024-01-01", "2028-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya's export to Peru was more than 650 million USD between the years 2024 and "
            "2028, whereas Kenya's import from Peru came to more than 1.8 billion USD over the "
            "same years.",
            {
                ("exports", "KEN", "PER", *_SPAN, "level", 6.5e8, "USD", "actual", True),
                ("imports", "KEN", "PER", *_SPAN, "level", 1.8e9, "USD", "actual", True),
            },
        ),
        (
            "Between the years 2024 and 2028, Kenya exported goods worth $650 million to Peru.",
            {("exports", "KEN", "PER", *_SPAN, "level", 6.5e8, "USD", "actual", False)},
        ),
        (
            "From the years 2024 to 2028 Kenya's imports from Peru reached $650 million.",
            {("imports", "KEN", "PER", *_SPAN, "level", 6.5e8, "USD", "actual", False)},
        ),
        (  # near miss: "in the same year" is the year just named
            "Kenya's exports to Peru totalled $650 million in 2029; in the same year imports "
            "came to $1.8 billion.",
            {
                ("exports", "KEN", "PER", *_Y29, "level", 6.5e8, "USD", "actual", False),
                ("imports", "KEN", "PER", *_Y29, "level", 1.8e9, "USD", "actual", False),
            },
        ),
    ],
)
def test_between_the_years(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya's exports to Peru grew 5-7% in 2029.",
            ("exports", "KEN", "PER", *_Y29, "pct_change", 6.0, "percent", "actual", True),
        ),
        (
            "Trade between Kenya and Peru grew by between 5 and 7 percent in 2029.",
            ("turnover", "KEN", "PER", *_Y29, "pct_change", 6.0, "percent", "actual", True),
        ),
        (
            "In 2029 Kenya's imports from Peru rose by 85 to 90 per cent.",
            ("imports", "KEN", "PER", *_Y29, "pct_change", 87.5, "percent", "actual", True),
        ),
    ],
)
def test_range_of_rates_is_its_midpoint(text: str, expected: tuple) -> None:
    assert _rows(text) == {expected}


def test_list_of_rates_stays_two_rates() -> None:
    rows = _rows(
        "Kenya's exports and imports with Peru went up by 24.2 and 10.3 percent respectively "
        "in 2029."
    )
    assert {r[6] for r in rows} == {24.2, 10.3}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "we will achieve an increase of": a forecast, by the year's end
            '"By the end of this year we will achieve an increase of 20 percent in trade with '
            'Peru," the Kenyan ambassador said.',
            ("turnover", "KEN", "PER", "None", "2031-12-31", "pct_change", 20.0, "percent")
            + ("target", False),
        ),
        (
            "Trade between Kenya and Peru will achieve growth of 15 percent next year.",
            ("turnover", "KEN", "PER", "2032-01-01", "2032-12-31", "pct_change", 15.0, "percent")
            + ("target", False),
        ),
        (  # "tasked ... with doubling", "called for doubling": a goal set
            "The presidents of Kenya and Peru tasked the governments with doubling the volume of "
            "mutual trade by 2030.",
            ("turnover", "KEN", "PER", "None", "2030-12-31", "multiple", 2.0, "times")
            + ("target", False),
        ),
        (
            "The Kenyan president called for doubling trade with Peru by 2034.",
            ("turnover", "KEN", "PER", "None", "2034-12-31", "multiple", 2.0, "times")
            + ("target", False),
        ),
        (  # near miss: the past "achieved" happened
            "Kenya achieved exports of $2 billion to Peru in 2029.",
            ("exports", "KEN", "PER", *_Y29, "level", 2e9, "USD", "actual", False),
        ),
        (  # near miss: a participle "doubling" after its noun happened
            "In 2029 Kenya's exports to Peru rose, with imports from Peru doubling.",
            ("imports", "KEN", "PER", *_Y29, "multiple", 2.0, "times", "actual", False),
        ),
    ],
)
def test_goals_achieved_and_set(text: str, expected: tuple) -> None:
    assert _rows(text) == {expected}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Trade between Kenya and Peru was $1.57 billion in 2029, slightly down from 2028, but "
            "a 16-per-cent increase from 2020.",
            16.0,
        ),
        (
            "Trade between Kenya and Peru was $1.57 billion in 2029, down from 2028 but a 16% rise.",
            16.0,
        ),
        (
            "Trade between Kenya and Peru rose to $1.57 billion in 2029, but that was a 16% decline "
            "from 2020.",
            -16.0,
        ),
        (  # near miss: no noun of its own, the verb before decides
            "Trade between Kenya and Peru was $1.57 billion in 2029, down 16% from 2028.",
            -16.0,
        ),
    ],
)
def test_change_noun_after_the_rate_is_its_direction(text: str, value: float) -> None:
    rows = {r for r in _rows(text) if r[5] == "pct_change"}
    assert rows == {
        ("turnover", "KEN", "PER", *_Y29, "pct_change", value, "percent", "actual", False)
    }


@pytest.mark.parametrize(
    ("text", "measure", "value"),
    [
        (
            "Non-oil trade between Kenya and Peru expanded by 100 percent over the past decade, "
            "climbing from $4.8 billion in 2019 to $9.7 billion by the end of 2029.",
            "pct_change",
            100.0,
        ),
        (
            "Trade between Kenya and Peru grew 50% over the last five years, from $2 billion in "
            "2024 to $3 billion by the end of 2029.",
            "pct_change",
            50.0,
        ),
        (
            "Kenya's exports to Peru tripled over the past ten years, rising from $1 billion in "
            "2019 to $3 billion by the end of 2029.",
            "multiple",
            3.0,
        ),
    ],
)
def test_change_over_span_between_two_levels_reached_by_a_year_end(
    text: str, measure: str, value: float
) -> None:
    (row,) = {r for r in _rows(text) if r[5] == measure}
    assert (row[3], row[4], row[6]) == (*_Y29, value)


def test_change_over_span_without_the_earlier_level_keeps_the_span() -> None:
    (row,) = {
        r
        for r in _rows(
            "Trade between Kenya and Peru grew 50% over the last five years, to $3 billion by "
            "the end of 2029."
        )
        if r[5] == "pct_change"
    }
    assert (row[3], row[4]) == ("2026-01-01", "2030-12-31")


@pytest.mark.parametrize(
    "text",
    [
        "At present, the trade turnover between Kenya and Peru amounts to $700 million, the "
        "ambassador said. In 2029, trade turnover between Kenya and Peru was $700 million.",
        "Trade between Kenya and Peru first exceeded one billion dollars in 2029. The trade "
        "between Kenya and Peru now exceeds one billion dollars.",
        "Trade between Kenya and Peru stands at $700 million at present. In 2029 trade between "
        "Kenya and Peru came to $700 million.",
    ],
)
def test_level_now_and_a_past_year_are_two_rows(text: str) -> None:
    rows = _rows(f"The ministers met on Monday. {text}")
    assert {(r[3], r[4]) for r in rows} == {("None", "None"), _Y29}


def test_an_undated_restatement_still_merges_into_the_dated_figure() -> None:
    rows = _rows(
        "The ministers met on Monday. Trade between Kenya and Peru reached $700 million in 2029. "
        "The $700 million of trade "
        "between Kenya and Peru was a record."
    )
    assert {(r[3], r[4]) for r in rows} == {_Y29}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nepal brought in goods\nworth Rs. 110 billion from Korea in 2029, whereas its export "
            "came to only Rs.\n169 million.",
            {
                ("imports", "NPL", "KOR", *_Y29, "level", 110e9, "NPR", "actual", False),
                ("exports", "NPL", "KOR", *_Y29, "level", 169e6, "NPR", "actual", False),
            },
        ),
        (
            "In 2029 Kenya brought in products worth Shs\n45 billion from Uganda.",
            {("imports", "KEN", "UGA", *_Y29, "level", 45e9, "KES", "actual", False)},
        ),
    ],
)
def test_brought_in_goods_and_a_symbol_wrapped_before_its_amount(
    text: str, expected: set[tuple]
) -> None:
    assert _rows(text) == expected


def test_a_line_ending_with_the_us_is_no_symbol() -> None:
    rows = _rows("Kenya exported tea to the US\n2029 exports of Kenya to Peru were $5 million.")
    assert ("exports", "KEN", "PER", *_Y29, "level", 5e6, "USD", "actual", False) in rows


@pytest.mark.parametrize(
    "text",
    [
        "Supplies of Kenyan tea to Peru have grown 3 times to 6,000 tons in 2029.",
        "Kenya's exports to Peru grew 3 times to 6,000 tons in 2029.",
        "In 2029 Kenya's exports to Peru grew 4.5 times to 120,000 tonnes.",
    ],
)
def test_multiple_of_a_tonnage_is_no_figure(text: str) -> None:
    assert {r for r in _rows(text) if r[5] == "multiple"} == set()


def test_multiple_of_the_value_stays() -> None:
    rows = _rows("Kenya's exports to Peru doubled to $40 million in 2029, or 6,000 tons.")
    assert ("exports", "KEN", "PER", *_Y29, "multiple", 2.0, "times", "actual", False) in rows


def test_two_flows_keep_two_amounts_joined_by_and() -> None:
    rows = _rows(
        "In 2029 Kenya's exports and imports with Peru were 3 billion and 400 million dollars."
    )
    assert 2.3e9 not in {r[6] for r in rows} and 3.4e9 not in {r[6] for r in rows}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya imported machinery and raw materials worth $1.3 billion from Peru in 2029.",
        "Kenya's imports of textiles and consumer goods from Peru reached $300 million in 2029.",
    ],
)
def test_sector_joined_to_a_class_of_goods_is_the_total(text: str) -> None:
    out = figures(f" date 2031-02-10\nTrade news\n\n{text}\n")
    assert list(out.scope) == ["total"]


def test_sector_with_its_own_kind_of_goods_stays_the_sector() -> None:
    out = figures(
        " date 2031-02-10\nTrade news\n\n"
        "Kenya imported machinery and equipment worth $1.3 billion from Peru in 2029.\n"
    )
    assert list(out.scope) == ["machinery"]
