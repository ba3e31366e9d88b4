"""Round 21, values never read (helper b): forms whose amount or clause no rule read.

Every sentence is made up (real countries, invented numbers and years); each rule has a near miss
that must stay as it was.
"""

from pipeline.extract.page_amounts import sentence_mentions
from tests.pipeline.extract.test_extract import figures


def money(sentence: str) -> list[tuple[float, str]]:
    return [
        (m.value, m.unit) for m in sentence_mentions(sentence, (sentence,)) if m.kind == "money"
    ]


def rows(text: str) -> set[tuple]:
    out = figures(text)
    return {(r.flow, r.reporter, r.partner, r.measure, r.value, r.unit) for r in out.itertuples()}


# --- the currency's name before its amount ("Euro 160 million") -------------------------------


def test_currency_name_before_the_amount() -> None:
    assert money("Imports from Ghana recorded nearly Euro 73 million in 2029.") == [(73e6, "EUR")]
    assert money("Trade grew to Swiss francs 2.6 billion in 2030.") == [(2.6e9, "CHF")]
    assert money("Exports were Nepali rupees 4.35 billion last year.") == [(4.35e9, "NPR")]


def test_a_later_bare_amount_takes_the_named_currency() -> None:
    got = money("Trade rose from Swiss francs 1.7 billion in 2021 to 2.9 billion in 2030.")
    assert got == [(1.7e9, "CHF"), (2.9e9, "CHF")]


def test_currency_name_without_a_scale_is_no_amount() -> None:
    # near misses: a label, a verb, an amount whose currency word follows it
    assert money("The Euro 2028 tournament drew 3 million visitors.") == []
    assert money("The team won 5 billion in prize money.") == []
    assert money("Exports reached 40 million euros in 2030.") == [(40e6, "EUR")]


def test_a_figure_with_the_currency_name_first() -> None:
    got = rows(
        "date 2031-03-02\nTrade news\n\nTotal imports from Sri Lanka to Italy recorded Euro 212"
        " million in 2030."
    )
    assert ("imports", "ITA", "LKA", "level", 212e6, "EUR") in got, got


# --- a pronoun for the previous figure ("it became $X", "it has already reached $X") ----------

_LEAD = (
    "date 2031-05-04\nTrade news\n\nEgypt's exports to Kenya were $310 million in 2026, the "
    "ministry said. "
)


def test_it_became_the_amount() -> None:
    got = rows(_LEAD + "Fast forward to 2030, it became $845 million.")
    assert ("exports", "EGY", "KEN", "level", 845e6, "USD") in got, got


def test_a_word_between_the_auxiliary_and_the_verb() -> None:
    got = rows(_LEAD + "It has already reached $790 million in 2030.")
    assert ("exports", "EGY", "KEN", "level", 790e6, "USD") in got, got


def test_the_value_stood_at() -> None:
    got = rows(_LEAD + "In 2030, the value stood at $655 million.")
    assert ("exports", "EGY", "KEN", "level", 655e6, "USD") in got, got


def test_it_became_a_rank_is_no_pronoun_for_the_amount() -> None:
    # near miss: "it became" followed by a noun phrase; the amount is not the figure's
    got = rows(_LEAD + "In 2030 it became the top market for tea, with $45 million in sales.")
    assert not any(r[4] == 45e6 for r in got), got


# --- a bare scaled amount a flow noun follows takes its clause's currency ------------------------


def test_amount_before_a_flow_noun_after_a_money_amount() -> None:
    got = money("Trade reached 21.4 billion dollars, with 7.9 billion Spanish exports to Morocco.")
    assert got == [(21.4e9, "USD"), (7.9e9, "USD")]


def test_amount_before_a_flow_noun_before_a_money_amount() -> None:
    got = money("By 2031 we will record 3.3 billion exports and $5 billion of trade.")
    assert got == [(3.3e9, "USD"), (5e9, "USD")]


def test_no_currency_across_a_semicolon_or_for_a_count() -> None:
    # near misses: a semicolon closes the clause; a count is followed by no flow noun
    assert money("Trade was $6 billion; 4 billion exports went to Chile.") == [(6e9, "USD")]
    assert money("Exports were $2 billion, with 1.4 billion consumers.") == [(2e9, "USD")]


# --- a change in money the measure reader took for a level --------------------------------------


def _measures(text: str) -> set[tuple]:
    return {(r[0], r[3], r[4]) for r in rows("date 2031-03-02\nTrade news\n\n" + text)}


def test_article_amount_change_noun_is_a_change() -> None:
    got = _measures(
        "Trade between Chile and Peru was $4.3 billion in 2030, a $210 million rise compared "
        "with 2029."
    )
    assert ("turnover", "abs_change", 210e6) in got, got
    got = _measures("Chile's exports to Peru fell to €2.1bn in 2030, a €90m drop from 2029.")
    assert ("exports", "abs_change", -90e6) in got, got


def test_article_amount_without_change_noun_stays_a_level() -> None:
    # near miss: "a $2 billion deal" has no change noun after the amount
    got = _measures("Chile's exports to Peru reached $5 billion in 2030, and a $2 billion deal.")
    assert ("exports", "level", 5e9) in got and ("exports", "abs_change", 2e9) not in got, got


def test_a_hedge_with_an_adverb_after_by() -> None:
    got = _measures(
        "Trade between Chile and Peru decreased by slightly over $64.2 million in 2030."
    )
    assert ("turnover", "abs_change", -64.2e6) in got, got


def test_went_down_and_went_up_state_a_change() -> None:
    got = _measures("Chile's exports to Peru went down $133 million in 2030.")
    assert ("exports", "abs_change", -133e6) in got, got
    # near miss: "went up to $X" is the level reached
    got = _measures("Chile's exports to Peru went up to $1.4 billion in 2030.")
    assert ("exports", "level", 1.4e9) in got, got
