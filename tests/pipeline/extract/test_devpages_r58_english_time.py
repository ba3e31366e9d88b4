"""Round 58, English: how news English says a figure has no calendar period, and modal goals.

Kinds (batch 15, `iz`, fresh until this round, and older English dev pages):
- a goal with an adverb between the modal and its verb, or a passive goal ("could potentially
  rise up to $1bn", iz12; "could be raised to") was read as an actual, and took the actual's year
  of the sentence before it ("... over $500m, and ... could rise to $1bn": 2018);
- a present-tense amount of another pair after a pair's dated figures ("According to him, A's
  trade with C is over $500m", iz12) took the other pair's year;
- a hedged count of years back ("from half a billion dollars about six years ago", iz19) was
  dated as an exact count (NOTES round 58, 6);
- a time named by an event ("prior to the pandemic, two-way trade was worth $898m", hl01) and a
  present-tense habit in a lead ("statistics show that A exports goods worth $41m to B", hv03)
  took the year of a later or earlier dated figure (NOTES: an undated event fixes no period; a
  present-tense habitual amount without a year).
Every sentence below is made up, with countries, verbs, adverbs, events and word orders that no
dev page uses ("may realistically", "should gradually be brought to", "some five years earlier",
"five or six years back", "before the embargo", "in its heyday", "sells goods valued at").
"""

from __future__ import annotations

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2031-07-01") -> list[tuple]:
    out = figures(f" date {date}\nTitle\n" + text)
    return [
        (
            r.flow,
            r.reporter,
            r.partner,
            None if r.period_start is None else str(r.period_start)[:10],
            None if r.period_end is None else str(r.period_end)[:10],
            r.value,
            r.status,
        )
        for r in out.itertuples()
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Trade between Chile and Mongolia may realistically climb to $900 million.",
        "Two-way trade of Chile and Mongolia could potentially rise up to $900 million.",
        "Trade between Chile and Mongolia could be raised to $900 million.",
        "Chile's exports to Mongolia should gradually be brought to $900 million.",
        "Trade between Chile and Mongolia can certainly be increased to $900 million.",
    ],
)
def test_modal_with_adverb_or_passive_is_a_target(text: str) -> None:
    rows = _rows(text)
    assert [r[-1] for r in rows] == ["target"]
    assert rows[0][3:5] == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Trade between Chile and Mongolia was raised to $900 million in 2030.",
        "Trade between Chile and Mongolia has been increased to $900 million in 2030.",
        "Trade between Chile and Mongolia quickly rose to $900 million in 2030.",
    ],
)
def test_past_raise_stays_actual(text: str) -> None:
    assert [r[-1] for r in _rows(text)] == ["actual"]


def test_forecast_takes_no_year_of_the_actual_before_it() -> None:
    rows = _rows(
        "Trade between Chile and Mongolia reached $500 million in 2030, and it could rise to $1 billion."
    )
    assert rows[0][3:5] == ("2030-01-01", "2030-12-31")
    assert rows[1][3:] == (None, None, 1e9, "target")


def test_forecast_with_its_own_year_keeps_it() -> None:
    rows = _rows(
        "Chile's exports to Mongolia reached $500 million and its imports could rise to $1 billion in 2033."
    )
    assert rows[1][3:] == (None, "2033-12-31", 1e9, "target") or rows[1][4:] == (
        "2033-12-31",
        1e9,
        "target",
    )


def test_present_amount_of_another_pair_is_undated() -> None:
    rows = _rows(
        "Trade between Chile and Mongolia rose from $30 million in 2028 to $80 million in 2029, the Chilean "
        "ambassador said.\nAccording to him, Chile's trade with Peru stands at $500 million."
    )
    assert rows[2][:3] == ("turnover", "CHL", "PER")
    assert rows[2][3:5] == (None, None)


def test_present_amount_of_the_same_pair_keeps_the_year() -> None:
    rows = _rows(
        "Trade between Chile and Mongolia rose from $30 million in 2028 to $80 million in 2029, the Chilean "
        "ambassador said.\nAccording to him, Chile's trade with Mongolia is over $500 million."
    )
    assert rows[2][3:5] == ("2029-01-01", "2029-12-31")


def test_past_amount_of_another_pair_is_left_as_it_was() -> None:
    rows = _rows(
        "Chile's exports to Mongolia reached $80 million in 2029, the Chilean ambassador said.\n"
        "Chile's trade with Peru was $500 million."
    )
    assert rows[1][3:5] == ("2029-01-01", "2029-12-31")


def test_partner_ranking_in_present_keeps_the_year() -> None:
    rows = _rows(
        "Chile's foreign trade in January-May came to $34 billion. Peru was the top partner with $6 billion.\n"
        "Mongolia is second with $5 billion."
    )
    dated = [r for r in rows if r[2] == "MNG" or r[1] == "MNG"]
    assert all(r[3] == "2031-01-01" for r in dated)


@pytest.mark.parametrize(
    "tail",
    [
        "from $500 million some five years earlier",
        "from $500 million five or six years back",
        "from nearly half a billion dollars roughly a decade ago",
        "from $500 million a few years ago",
    ],
)
def test_hedged_count_of_years_back_names_no_year(tail: str) -> None:
    rows = _rows(f"Chile's exports to Mongolia surged to $1.4 billion in 2030 {tail}.")
    assert rows[0][3] == "2030-01-01"
    assert rows[1][3:5] == (None, None)


def test_exact_count_of_years_back_still_dates_the_base() -> None:
    rows = _rows(
        "Chile's exports to Mongolia surged to $1.4 billion in 2030 from $500 million six years back."
    )
    assert rows[1][3] == "2024-01-01"


@pytest.mark.parametrize(
    "text",
    [
        "Before the embargo, they were worth $120 million.",
        "Prior to the invasion, Chile sold goods worth $120 million to Mongolia.",
        "In its heyday, Chile's export trade with Mongolia was worth $120 million.",
        "Pre-crisis, Chile's exports to Mongolia stood at $120 million.",
        "Historically, Chile's exports to Mongolia were worth about $120 million.",
    ],
)
def test_event_time_takes_no_running_year(text: str) -> None:
    rows = _rows("Chile's exports to Mongolia fell to $80 million in 2030. " + text)
    assert rows[1][3:5] == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "In the past five years, Chile's exports to Mongolia were worth $120 million.",
        "Chile's exports to Mongolia were worth $120 million.",
        "Amid the embargo, Chile's exports to Mongolia dropped to $120 million.",
        "During the crisis, Chile's exports to Mongolia were worth $120 million.",
    ],
)
def test_calendar_time_still_runs(text: str) -> None:
    rows = _rows("Chile's exports to Mongolia fell to $80 million in 2030. " + text)
    assert rows[1][3] is not None


@pytest.mark.parametrize(
    "lead",
    [
        "Before the embargo, Chile's exports to Mongolia were worth $120 million.",
        "Figures show that Chile sells goods valued at $120 million to Mongolia.",
        "Chile's exports to Mongolia are worth about $120 million.",
    ],
)
def test_lead_with_its_own_time_is_not_dated_by_the_body(lead: str) -> None:
    rows = _rows(lead + "\nIn 2030 Chile's exports to Mongolia totalled $80 million.")
    assert rows[0][3:5] == (None, None)
    assert rows[1][3] == "2030-01-01"


def test_lead_in_the_past_is_dated_by_the_body() -> None:
    rows = _rows(
        "Chile's exports to Mongolia were worth $120 million.\nIn 2030 Chile's exports to Mongolia totalled $120 million, up 5%."
    )
    assert rows[0][3] == "2030-01-01"


@pytest.mark.parametrize("word", ["knitwear", "hosiery", "knitted garment", "home textiles"])
def test_textile_goods_are_textiles(word: str) -> None:
    out = figures(
        f" date 2031-07-01\nTitle\nChile's {word} imports from Peru fell 12 per cent to $204 million in 2030."
    )
    assert set(out.scope) == {"textiles"}


def test_yarn_alone_is_no_textiles_row() -> None:
    out = figures(
        " date 2031-07-01\nTitle\nChile's imports of yarn from Peru were $20 million in 2030."
    )
    assert "textiles" not in set(out.scope)


# Coordinated comparison bases (ho05: "reaching $563.4mn for January to June 2024, up
# substantially from $163.7mn in 2022 and $388.6mn in 2023"): the second amount and year joined
# by "and" are a base as well. Made-up sentences with "compared with", "as well as" and a
# seven-month window no dev page uses.
@pytest.mark.parametrize(
    "joined",
    [
        "compared with $163 million in 2028 and $388 million in 2029",
        "up from $163 million in 2028 as well as $388 million in 2029",
        "against some $163 million in 2028 and about $388 million in 2029",
    ],
)
def test_coordinated_base_of_a_part_year_is_its_same_months(joined: str) -> None:
    rows = _rows(
        f"Trade between Chile and Mongolia reached $563 million in the first seven months of 2030, {joined}."
    )
    assert [r[3:5] for r in rows] == [
        ("2030-01-01", "2030-07-31"),
        ("2028-01-01", "2028-07-31"),
        ("2029-01-01", "2029-07-31"),
    ]


def test_coordinated_base_of_a_whole_year_is_its_year() -> None:
    rows = _rows(
        "Trade between Chile and Mongolia reached $563 million in 2030, up from $163 million in 2028 and $388 million in 2029."
    )
    assert [r[3] for r in rows] == ["2030-01-01", "2028-01-01", "2029-01-01"]


def test_second_clause_with_its_own_flow_is_no_base() -> None:
    rows = _rows(
        "Chile's exports to Mongolia reached $563 million in January-March 2030, up from $163 million in 2029, "
        "and imports were $388 million in 2028."
    )
    assert rows[2][0] == "imports"
    assert rows[2][3:5] == ("2028-01-01", "2028-12-31")


# The English flow verbs in every form (a plain gap of the verb paradigm that ig12's "what it
# ships the other way" and hl01's "what Fiji sends to NZ" expose): third person, gerund and
# base forms beside the past forms the triggers had. Made-up sentences.
@pytest.mark.parametrize(
    ("text", "flow"),
    [
        ("Mongolia purchases goods worth $314 million a year from Chile.", "imports"),
        ("Mongolia delivers $314 million worth of copper concentrate a year to Chile.", "exports"),
        ("Mongolia sources goods worth $314 million a year from Chile.", "imports"),
    ],
)
def test_present_forms_of_flow_verbs(text: str, flow: str) -> None:
    out = figures(" date 2031-07-01\nTitle\n" + text)
    assert list(out.flow) == [flow]
    assert list(zip(out.reporter, out.partner, strict=True)) == [("MNG", "CHL")]


def test_goal_takes_no_year_from_inside_the_actual_clause() -> None:
    """hi05: "trade between the two countries in 2021 recorded around 17.2 billion dirhams ...,
    noting that Morocco aims to double ... to 5 billion dirhams" (the goal has no horizon).
    Made-up: another verb of saying and of raising."""
    rows = _rows(
        "Trade between Chile and Mongolia during 2029 stood at about $500 million, the minister said, "
        "adding that Chile plans to raise its exports to Mongolia to $1 billion."
    )
    assert rows[0][3] == "2029-01-01"
    assert rows[-1][3:] == (None, None, 1e9, "target")


def test_fronted_year_still_dates_the_whole_sentence() -> None:
    rows = _rows(
        "Last year, trade between Chile and Mongolia reached $500 million and was expected to hit $1 billion."
    )
    assert rows[1][3] == "2030-01-01"
