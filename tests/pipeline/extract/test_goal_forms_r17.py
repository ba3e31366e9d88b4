"""Round 17: a round-number goal written in a form the literal status triggers missed is a target
(NOTES: goals, plans, forecasts, "aim" -> ``target``). The triggers list "set to double", "would
increase", "expects to", "target": pages in several rounds put an adverb between the goal word
and its verb ("set to nearly double", "would further increase", "may go up to"), use another
form of the intent verb ("expect to raise", "agreed to triple", "is looking to export", "set to
hit", "is targeting trade worth", "we are expecting a 15% jump", "the hope that"), or write it in
Russian ("мы планируем увеличить ... до"). The general shape is an intent, forecast or modal word
governing a change verb in the amount's clause. Near misses stay actual: a level stated beside a
goal ("reached $2.5bn, and the sides aim to double it"), a change that happened after a non-goal
verb ("managed to further increase"), a result measured against a forecast ("rose faster than
expected to"), "sanctions targeting" exports. Made-up sentences, never page text."""

from tests.pipeline.extract.test_extract import figures

_DATE = "date 2031-03-09\n"


def status(text: str) -> dict[float, str]:
    out = figures(_DATE + text)
    return dict(zip(out["value"], out["status"], strict=True))


def test_an_adverb_between_the_goal_word_and_its_verb() -> None:
    assert status(
        "Ghana and Togo are set to nearly double their trade in the short term, the minister said."
    ) == {2.0: "target"}
    assert status(
        "The two governments would further increase trade between Ghana and Togo to $3 billion."
    ) == {3e9: "target"}
    assert status(
        "Trade between Ghana and Togo may go up to $6 billion in 2032, the council chairman said."
    ) == {6e9: "target"}


def test_other_forms_of_the_intent_verb() -> None:
    assert status("Ghana is targeting trade worth $4 billion with Togo.") == {4e9: "target"}
    assert status("We are expecting a 15% jump in trade between Ghana and Togo in 2032.") == {
        15.0: "target"
    }
    assert status(
        "Ghana is looking to export $2 billion worth of goods to Togo over the next three years."
    ) == {2e9: "target"}
    assert status(
        "Ghana's exports to Togo are this year set to hit $2 billion from $1.3 billion last year."
    ) == {2e9: "target", 1.3e9: "actual"}
    assert status(
        "Ghana and Togo agreed to triple their trade to $9 billion by 2035 from $3 billion in 2030."
    ) == {3.0: "target", 9e9: "target", 3e9: "actual"}


def test_a_russian_plan_to_raise_an_amount() -> None:
    assert status(
        "«Объем экспорта из Ирана в Грузию достиг $300 млн, и мы планируем увеличить показатель "
        "до $2 млрд», - отметил дипломат."
    ) == {3e8: "actual", 2e9: "target"}


def test_near_miss_a_level_beside_a_goal_stays_actual() -> None:
    assert status(
        "Trade between Ghana and Togo reached $2.5 billion in 2030, and the sides aim to double it."
    ) == {2.5e9: "actual", 2.0: "target"}
    assert status(
        "Ghana managed to further increase its exports to Togo to $2 billion in 2030."
    ) == {2e9: "actual"}
    assert status("Exports from Ghana to Togo grew 5% to reach $2 billion in 2030.") == {
        5.0: "actual",
        2e9: "actual",
    }


def test_near_miss_a_result_against_a_forecast_or_a_target_of_sanctions() -> None:
    assert status(
        "Exports from Ghana to Togo rose faster than expected to $2 billion in 2030."
    ) == {2e9: "actual"}
    assert status(
        "Sanctions targeting Ghana's exports to Togo cut them to $1 billion in 2030."
    ) == {1e9: "actual"}
