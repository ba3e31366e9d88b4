"""Round 44: the English trade-news register, written group by group from the language (level
verbs, change verbs and nouns, multiples, hedges, targets, periods) and each form tried in a
made-up frame. Read wrongly before: change verbs the change list lacked ("rebounded", "spiked",
"eased", "nosedived", "edged down"; a verb that is also a noun, "slip", "advanced", only right
before its rate), "halved"/"trebled"/"quintupled", change nouns before or after an amount ("a
gain of $X", "a $X slump"), "up to" as a verb's particle ("edged up to $X" is no cap), hedges of
the NOTES list ("at least", "upwards of", "in excess of", "in the order of",
"shy of", "close to" before a rate), targets ("envisages", "eye", "estimated to hit"), "a 12%
increase on 2029" (a base), "FY-30", "FY'30", "the 2029-2030 financial year", "the latter half",
"outbound trade". Made-up sentences and figures; near misses keep the words that are no
register word ("sanctions hit trade", "crossed the border", "halved tariffs") unread."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(f"date 2031-02-10\nTrade news\n\n{text}\n")
    return {
        (
            r.flow,
            r.reporter,
            r.partner,
            str(r.period_start),
            str(r.period_end),
            r.measure,
            r.value,
            r.unit,
            r.status,
            bool(r.approx),
        )
        for r in out.itertuples()
    }


_Y = ("2030-01-01", "2030-12-31")
_S = "Kenya's exports to Uganda"


def _level(value=412e6, approx=False, flow="exports", period=_Y, status="actual", **kw):
    reporter, partner = kw.get("pair", ("KEN", "UGA"))
    return (flow, reporter, partner, *period, "level", value, "USD", status, approx)


def _change(value, measure="pct_change", approx=False, period=_Y):
    unit = {"pct_change": "percent", "multiple": "times"}.get(measure, "USD")
    return ("exports", "KEN", "UGA", *period, measure, value, unit, "actual", approx)


# --- change verbs -----------------------------------------------------------------------------

_UP = ["rebounded", "recovered", "spiked", "rallied", "accelerated", "swelled", "strengthened"]
_UP += ["firmed", "leapt", "leaped", "ballooned", "mushroomed", "escalated", "advanced"]
_UP += ["leap", "swell"]
_DOWN = ["eased", "weakened", "retreated", "receded", "nosedived", "collapsed", "moderated"]
_DOWN += ["softened", "slip", "slide", "ease", "sink", "retreat", "tumble", "plummet"]


@pytest.mark.parametrize(("verb", "sign"), [(v, 1.0) for v in _UP] + [(v, -1.0) for v in _DOWN])
def test_a_change_verb_gives_the_rate_its_direction(verb: str, sign: float) -> None:
    text = f"{_S} {verb} 14.5% to $412 million in 2030."
    assert _rows(text) == {_level(), _change(sign * 14.5)}


@pytest.mark.parametrize(
    ("noun", "sign"), [("rebound", 1.0), ("upswing", 1.0), ("uptick", 1.0), ("downturn", -1.0)]
)
def test_a_change_noun_after_the_level(noun: str, sign: float) -> None:
    text = f"{_S} reached $412 million in 2030, a {noun} of 14.5%."
    assert _rows(text) == {_level(), _change(sign * 14.5)}


@pytest.mark.parametrize(
    ("verb", "value"), [("halved", 0.5), ("trebled", 3.0), ("quintupled", 5.0)]
)
def test_a_multiple_verb(verb: str, value: float) -> None:
    text = f"{_S} {verb} to $412 million in 2030."
    assert _rows(text) == {_level(), _change(value, "multiple")}


@pytest.mark.parametrize(
    ("phrase", "sign"),
    [
        ("a gain of $52 million", 1.0),
        ("an improvement of $52 million", 1.0),
        ("a slump of $52 million", -1.0),
        ("a $52 million slump", -1.0),
        ("a $52 million plunge", -1.0),
    ],
)
def test_a_change_noun_on_an_amount(phrase: str, sign: float) -> None:
    text = f"{_S} stood at $412 million in 2030, {phrase}."
    assert _rows(text) == {_level(), _change(sign * 52e6, "abs_change")}


def test_a_past_change_to_reach_stays_actual() -> None:
    text = f"{_S} added $52 million to reach $412 million in 2030."
    assert _rows(text) == {_level(), _change(52e6, "abs_change")}


def test_a_change_noun_on_a_year_names_its_base() -> None:
    text = f"{_S} stood at $412 million in 2030, a 14.5% increase on 2029."
    assert _rows(text) == {_level(), _change(14.5)}


def test_close_to_before_a_rate_is_a_hedge_not_a_level() -> None:
    text = f"{_S} rose by close to 14.5% to $412 million in 2030."
    assert _rows(text) == {_level(), _change(14.5, approx=True)}


# --- level verbs and hedges -------------------------------------------------------------------


@pytest.mark.parametrize("verb", ["edged up to", "ticked up to", "added up to", "summed up to"])
def test_up_to_after_a_phrasal_verb_is_the_level_reached(verb: str) -> None:
    assert _rows(f"{_S} {verb} $412 million in 2030.") == {_level()}


@pytest.mark.parametrize(
    "hedge",
    [
        "upwards of",
        "at least",
        "in excess of",
        "north of",
        "circa",
        "near",
        "below",
        "just shy of",
        "an estimated total of",
    ],
)
def test_a_hedge_makes_the_amount_approximate(hedge: str) -> None:
    assert _rows(f"{_S} reached {hedge} $412 million in 2030.") == {_level(approx=True)}


@pytest.mark.parametrize(
    "phrase",
    ["were in the order of", "were in the range of", "were of the order of"],
)
def test_an_order_of_magnitude_is_approximate(phrase: str) -> None:
    assert _rows(f"{_S} {phrase} $412 million in 2030.") == {_level(approx=True)}


# --- targets ----------------------------------------------------------------------------------

_T = ("None", "2035-12-31")
_B = "trade between Kenya and Uganda"


@pytest.mark.parametrize(
    "text",
    [
        f"The agreement envisages {_B} reaching $412 million by 2035.",
        f"The two countries eye $412 million in {_B} by 2035.",
        f"The two countries are eyeing $412 million in {_B} by 2035.",
        "Trade between Kenya and Uganda is estimated to hit $412 million by 2035.",
        f"The two countries envision {_B} of $412 million by 2035.",
    ],
)
def test_a_target_word(text: str) -> None:
    assert _rows(text) == {_level(flow="turnover", period=_T, status="target")}


# --- periods and flows ------------------------------------------------------------------------

_FY = ("2029-04-01", "2030-03-31")


@pytest.mark.parametrize(
    "period", ["FY-30", "FY'30", "the 2029-2030 financial year", "the 2029-2030 fiscal year"]
)
def test_an_indian_fiscal_year(period: str) -> None:
    text = f"India's exports to Nepal reached $412 million in {period}."
    assert _rows(text) == {_level(period=_FY, pair=("IND", "NPL"))}


def test_the_latter_half() -> None:
    text = f"{_S} reached $412 million in the latter half of 2030."
    assert _rows(text) == {_level(period=("2030-07-01", "2030-12-31"))}


def test_outbound_trade_is_exports() -> None:
    assert _rows("Kenya's outbound trade to Uganda reached $412 million in 2030.") == {_level()}


# --- near misses ------------------------------------------------------------------------------


def test_near_miss_hit_as_a_blow_is_no_level_verb() -> None:
    text = "Sanctions hit trade between Kenya and Uganda, which fell 14.5% to $412 million in 2030."
    rows = _rows(text)
    assert {r[5] for r in rows} == {"level", "pct_change"}
    assert all(not r[9] for r in rows)


def test_near_miss_touched_on_trade() -> None:
    text = "The ministers touched on trade, which reached $412 million between Kenya and Uganda in 2030."
    assert _rows(text) == {_level(flow="turnover")}


def test_near_miss_halved_tariffs_is_no_multiple() -> None:
    assert _rows("Kenya halved tariffs on exports to Uganda in 2030.") == set()


def test_near_miss_eyed_a_market_leaves_the_figure_actual() -> None:
    text = "Kenya eyed the Ugandan market, where its exports reached $412 million in 2030."
    assert _rows(text) == {_level()}


def test_near_miss_up_to_after_could_rise_stays_a_cap() -> None:
    text = f"{_S} could rise up to $412 million by 2035."
    assert _rows(text) == {_level(period=_T, status="target", approx=True)}


def test_near_miss_a_recovery_without_a_rate() -> None:
    text = "The recovery of Kenya's exports to Uganda took them to $412 million in 2030."
    assert _rows(text) == {_level()}


def test_near_miss_a_share_after_close_to_stays_out() -> None:
    assert _rows("Kenya's share of Uganda's imports rose to close to 14.5% in 2030.") == set()
