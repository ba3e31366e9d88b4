"""Round 48, a future change of level is a target (made-up sentences, made-up figures).

Kind: "will" governing a change verb before the amount ("will bring trade to $5bn", "will
raise exports to $900m") is a forecast or plan, a target, as "would", "could" and "agreed to"
already were (``status._GOVERNED_CHANGE``); a Russian infinitive of change ("довести до",
"увеличить до") glosses as the English to-infinitive ("to bring", "to increase"), the form the
target rules read after a verb of instruction or intent the gloss leaves untranslated. Near
misses: "will" with a past level in its own clause ("trade, which reached $3bn, will grow")
keeps the past level actual, and a past "brought trade to $2bn" stays actual.
"""

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures


def _status(text: str, title: str = "Trade") -> set[tuple]:
    out = figures(f"date 2031-02-10\n{title}\n\n{text}\n")
    return {(r.value, r.status) for r in out.itertuples()}


def test_will_bring_to_level() -> None:
    assert (4e9, "target") in _status("Chile and Peru will bring bilateral trade to $4 billion.")


def test_will_further_raise_exports() -> None:
    text = "Ghana will further raise its exports to Togo to $900 million, the minister said."
    assert (9e8, "target") in _status(text)


def test_russian_infinitive_after_an_instruction() -> None:
    text = "Президенты Армении и Ирана поручили довести товарооборот до $3 млрд в год."
    assert (3e9, "target") in _status(text, "Товарооборот Армении и Ирана")


def test_past_bring_stays_actual() -> None:
    """Near miss: a past "brought" is what happened."""
    text = "In 2030 Chile and Peru brought bilateral trade to $2 billion."
    assert (2e9, "actual") in _status(text)


def test_level_before_will_stays_actual() -> None:
    """Near miss: the level a forecast starts from keeps its past status."""
    text = "Trade between Chile and Peru reached $2 billion in 2030 and will grow further."
    rows = tuples(figures(f"date 2031-02-10\nTrade\n\n{text}\n"), CORE, unordered_turnover=True)
    assert ("turnover", "CHL", "PER", "2030-01-01", "2030-12-31", "level", 2e9, "USD") in rows
