"""Round 18, wrong other (status): the future and modal forms of a glossed language's verbs are a
target ("rebasarán" -> "will exceed", "превысит" -> "will exceed", "может превысить" -> "could
exceed"), derived from the verb's infinitive; the past forms stay actual. Made-up sentences.
"""

from pipeline.extract.foreign_future import future_forms
from tests.pipeline.extract.test_extract import figures

# (a page of late 2030: the forecasts are for a year not yet over; for one already over they
# are actual rows, NOTES S5, ``past_forecast``)
_DATE = "date 2030-11-01\n"
_RU_LEAD = (
    "Об этом сообщили в министерстве экономики. По данным ведомства, экспорт из России в Китай "
    "в 2029 году составил 2 млрд долларов. "
)


def status(text: str) -> dict[float, str]:
    out = figures(_DATE + text)
    return dict(zip(out["value"], out["status"], strict=True))


def test_spanish_future_is_a_target() -> None:
    got = status(
        "Las exportaciones de México a Perú crecieron 25 por ciento durante 2030 y rebasarán por "
        "primera vez los tres mil millones de dólares, dijo el embajador."
    )
    assert got[25.0] == "actual" and got[3e9] == "target"
    # near miss: the past tense of the same verb happened
    got = status(
        "Las exportaciones de México a Perú crecieron 25 por ciento durante 2030 y rebasaron por "
        "primera vez los tres mil millones de dólares, dijo el embajador."
    )
    assert got[3e9] == "actual"


def test_russian_future_and_modal_are_a_target() -> None:
    got = status(
        _RU_LEAD
        + "Товарооборот между Россией и Китаем по итогам 2030 года превысит 3 млрд долларов."
    )
    assert got[3e9] == "target" and got[2e9] == "actual"
    got = status(
        _RU_LEAD
        + "Товарооборот между Россией и Китаем по итогам 2030 года может превысить 3 млрд долларов."
    )
    assert got[3e9] == "target"
    # near miss: the past tense happened
    got = status(
        _RU_LEAD
        + "Товарооборот между Россией и Китаем по итогам 2030 года превысил 3 млрд долларов."
    )
    assert got[3e9] == "actual"


def test_forms_derived_from_the_infinitive() -> None:
    assert dict(future_forms("es"))["rebasarán"] == "will exceed"
    assert dict(future_forms("pt"))["atingirão"] == "will reach"
    assert dict(future_forms("fr"))["atteindra"] == "will reach"
    assert dict(future_forms("it"))["supererà"] == "will exceed"
    ru = dict(future_forms("ru"))
    assert ru["превысят"] == "will exceed" and ru["увеличится"] == "will increase"
    assert ru["вырастет"] == "will grow" and ru["может превысить"] == "could exceed"
    assert "превысил" not in ru and "rebasaron" not in dict(future_forms("es"))
