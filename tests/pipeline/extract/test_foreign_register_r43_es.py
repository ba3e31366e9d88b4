"""Round 43: the Spanish gloss of the trade-news register, listed as a vocabulary (change and
level verbs, time words, flows, sides, hedges and targets). Made-up sentences; each positive was
unread (or misread) before the round; near misses check a word stays unread where it should."""

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures

_TITLE = "Chile y Perú: las cifras del comercio"


def _rows(text: str, title: str = _TITLE) -> set[tuple]:
    out = figures(f"date 2031-02-10\n{title}\n\n{text}\n")
    return {
        (r.flow, r.reporter, r.partner, str(r.period_start), str(r.period_end), r.value, r.unit)
        for r in out.itertuples()
    }


_EXPORTS_2030 = ("exports", "CHL", "PER", "2030-01-01", "2030-12-31")


# --- change and level verbs -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("verb", "value"),
    [
        ("repuntaron", 14.0),
        ("treparon", 14.0),
        ("saltaron un", 14.0),
        ("se dispararon un", 14.0),
        ("se expandieron", 14.0),
        ("avanzaron", 14.0),
        ("se elevaron", 14.0),
        ("habían repuntado", 14.0),
        ("declinaron un", -14.0),
        ("se hundieron", -14.0),
        ("se desplomaban", -14.0),
        ("decrecieron", -14.0),
    ],
)
def test_change_verbs(verb: str, value: float) -> None:
    text = f"Las exportaciones de Chile a Perú {verb} 14% en 2030."
    assert _rows(text) == {(*_EXPORTS_2030, value, "percent")}


@pytest.mark.parametrize(
    ("verb", "english"),
    [
        ("acumularon", "totaled"),
        ("se elevaron a", "amounted to"),
        ("se situaban en", "stood at"),
        ("se ubicaban en", "stood at"),
        ("se cifraban en", "amounted to"),
        ("rondaban", "hovered around"),
    ],
)
def test_level_verbs(verb: str, english: str) -> None:
    text = f"Las exportaciones de Chile a Perú {verb} 731 millones de dólares en 2030."
    assert f"Peru {english} 731 million" in gloss(text, "es")
    assert _rows(text) == {(*_EXPORTS_2030, 731e6, "USD")}


def test_tripled_and_noun_of_change_after_its_verb() -> None:
    assert "tripled" in gloss("Las ventas a Perú se triplicaron en 2030.", "es")
    text = "Las exportaciones de Chile a Perú anotaron un alza de 14% en 2030."
    assert _rows(text) == {(*_EXPORTS_2030, 14.0, "percent")}
    text = "Las exportaciones de Chile a Perú experimentaron un aumento de 14% en 2030."
    assert _rows(text) == {(*_EXPORTS_2030, 14.0, "percent")}


def test_slowing_growth_is_no_fall() -> None:
    # near miss: "se desaceleraron" (growth slowed) is no change verb; the rate after it stays
    glossed = gloss("Las exportaciones de Chile a Perú se desaceleraron en 2030.", "es")
    assert "se desaceleraron" in glossed, glossed
    text = "Las exportaciones de Chile a Perú se desaceleraron en 2030 y crecieron 3%."
    assert _rows(text) == {(*_EXPORTS_2030, 3.0, "percent")}


def test_rose_to_a_rank_is_no_figure() -> None:
    # near miss: "escaló al tercer lugar" (climbed to third place) states no amount
    assert not _rows("Perú escaló al tercer lugar entre los destinos de Chile en 2030.")


# --- time ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("when", "start", "end"),
    [
        ("en el ejercicio pasado", "2030-01-01", "2030-12-31"),
        ("el mes pasado", "2031-01-01", "2031-01-31"),
        ("en la primera mitad de 2030", "2030-01-01", "2030-06-30"),
        ("en la segunda mitad del año pasado", "2030-07-01", "2030-12-31"),
        ("en lo que va de año", "2031-01-01", "2031-12-31"),
        ("en el presente año", "2031-01-01", "2031-12-31"),
        ("en el año actual", "2031-01-01", "2031-12-31"),
        ("en el corriente año", "2031-01-01", "2031-12-31"),
        ("en el tercer trimestre del año en curso", "2031-07-01", "2031-09-30"),
        ("en el acumulado del año", "2031-01-01", "2031-12-31"),
    ],
)
def test_time_words(when: str, start: str, end: str) -> None:
    text = f"Las exportaciones chilenas al Perú sumaron 731 millones de dólares {when}."
    assert _rows(text) == {("exports", "CHL", "PER", start, end, 731e6, "USD")}


def test_time_words_glossed() -> None:
    cases = {
        "en los últimos doce meses": "the last twelve months",
        "desde principios de año": "since the beginning of the year",
        "desde inicios del año": "since the beginning of the year",
        "en términos interanuales": "year on year",
        "respecto a igual semestre del año previo": "compared to same half of the previous year",
        "frente al mismo trimestre del año anterior": "same quarter of the previous year",
        "en el período enero-junio": "in the period January-June",
        "en el año fiscal 2030": "fiscal year 2030",
        "al cierre del año pasado": "at the end of last year",
        "hasta la fecha": "to date",
    }
    for spanish, english in cases.items():
        glossed = gloss(f"Las ventas crecieron 14% {spanish}.", "es")
        assert english in glossed, (spanish, glossed)


def test_half_of_the_exports_is_no_half_year() -> None:
    # near miss: "la mitad de" (half of) a flow is a share, not the first half of the year
    text = (
        "La mitad de las exportaciones chilenas a Perú en 2030 fueron alimentos, por 731 millones"
        " de dólares."
    )
    assert {r[3:5] for r in _rows(text)} <= {("2030-01-01", "2030-12-31")}


# --- flows and measures ------------------------------------------------------------------------


def test_trade_volume() -> None:
    text = "El volumen comercial entre Chile y Perú sumó 731 millones de dólares en 2030."
    assert _rows(text) == {("turnover", "CHL", "PER", "2030-01-01", "2030-12-31", 731e6, "USD")}


def test_corriente_comercial_is_trade() -> None:
    text = "La corriente comercial entre Chile y Perú sumó 731 millones de dólares en 2030."
    assert _rows(text) == {("turnover", "CHL", "PER", "2030-01-01", "2030-12-31", 731e6, "USD")}


def test_foreign_purchases_from_a_partner() -> None:
    text = "Las compras externas de Chile a Perú sumaron 731 millones de dólares en 2030."
    assert _rows(text) == {("imports", "CHL", "PER", "2030-01-01", "2030-12-31", 731e6, "USD")}


def test_fdi_abbreviation() -> None:
    text = "La IED de Chile en Perú sumó 731 millones de dólares en 2030."
    assert _rows(text) == {("investment", "PER", "CHL", "2030-01-01", "2030-12-31", 731e6, "USD")}


def test_balance_words_glossed() -> None:
    glossed = gloss("El déficit comercial y el superávit comercial de Chile con Perú.", "es")
    assert "trade deficit" in glossed and "trade surplus" in glossed, glossed
    assert "two-way trade" in gloss("El comercio bidireccional creció.", "es")
    assert "export earnings" in gloss("Los ingresos por exportaciones crecieron.", "es")


# --- sides --------------------------------------------------------------------------------------


@pytest.mark.parametrize("side", ["a ese socio", "a este socio", "a esa nación"])
def test_this_partner(side: str) -> None:
    text = f"Las exportaciones chilenas {side} sumaron 731 millones de dólares en 2030."
    assert _rows(text, "Chile y Perú") == {(*_EXPORTS_2030, 731e6, "USD")}


def test_the_two_sides_glossed() -> None:
    for spanish, english in {
        "entre ambas naciones": "between the two countries",
        "entre las dos naciones": "between the two countries",
        "entre ambas partes": "between the two sides",
        "el comercio mutuo": "mutual trade",
        "el comercio recíproco": "mutual trade",
    }.items():
        assert english in gloss(f"Creció {spanish} en 2030.", "es"), spanish


# --- hedges and targets -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hedge", "bound"),
    [
        ("menos de", "upper"),
        ("algo menos de", "upper"),
        ("por encima de los", "lower"),
        ("por debajo de los", "upper"),
        ("inferior a", "upper"),
    ],
)
def test_hedges(hedge: str, bound: str) -> None:
    text = f"El comercio entre los dos países fue {hedge} 731 millones de dólares en 2030."
    out = figures(f"date 2031-02-10\n{_TITLE}\n\n{text}\n")
    assert [(r.value, r.evidence.split("bound=")[-1]) for r in out.itertuples()] == [(731e6, bound)]


@pytest.mark.parametrize("by", ["para 2035", "al 2035", "hacia 2035"])
def test_target_year(by: str) -> None:
    text = f"Se prevé que el comercio bilateral llegue a 5.000 millones de dólares {by}."
    out = figures(f"date 2031-02-10\n{_TITLE}\n\n{text}\n")
    assert [(str(r.period_start), str(r.period_end), r.status) for r in out.itertuples()] == [
        ("None", "2035-12-31", "target")
    ]


def test_year_after_al_outside_a_plan_stays() -> None:
    # near misses: "al 2030" of a stock (as of) and a range's second year keep their reading
    text = "La inversión chilena en Perú sumó 731 millones de dólares al 2030."
    assert _rows(text) == {("investment", "PER", "CHL", "2030-01-01", "2030-12-31", 731e6, "USD")}
    # (round 48: "de 2030 a 2035" is read "from 2030 to 2035", every glossed language's range)
    assert "from 2030 to 2035" in gloss("El comercio se duplicará de 2030 a 2035.", "es")


def test_a_year_earlier_is_the_base_period() -> None:
    text = (
        "Las exportaciones chilenas al Perú sumaron 731 millones de dólares en marzo de 2030,"
        " frente a 640 millones de dólares hace un año."
    )
    assert "640 million dollars a year earlier" in gloss(text, "es")
    assert _rows(text) == {
        ("exports", "CHL", "PER", "2029-03-01", "2029-03-31", 640e6, "USD"),
        ("exports", "CHL", "PER", "2030-03-01", "2030-03-31", 731e6, "USD"),
    }


def test_exported_value_and_cumulative_investment() -> None:
    text = "El monto importado por Chile desde Perú sumó 731 millones de dólares en 2030."
    assert _rows(text) == {("imports", "CHL", "PER", "2030-01-01", "2030-12-31", 731e6, "USD")}
    text = "La IED acumulada de Chile en Perú llegó a 731 millones de dólares a diciembre de 2030."
    assert _rows(text) == {("investment", "PER", "CHL", "None", "2030-12-31", 731e6, "USD")}


def test_more_register_words_glossed() -> None:
    for spanish, english in {
        "se mantuvieron en 731": "remained at 731",
        "crecieron 14% en su comparación anual": "grew 14% year on year",
        "crecieron a una tasa de 14%": "grew at a rate of 14%",
        "en el periodo comprendido entre enero y junio": "period between January and June",
        "con el resto del mundo": "with the rest of the world",
        "los envíos con rumbo a Perú": "shipments to Peru",
        "ambos gobiernos buscan duplicar el comercio para 2035": "aim to double the trade by 2035",
    }.items():
        assert english in gloss(f"Las exportaciones {spanish}.", "es"), spanish


def test_al_ano_is_per_year() -> None:
    # near miss: "5% al año" (a year, an average rate) is no change of the range's last year
    text = "Las exportaciones de Chile a Perú crecieron 5% al año entre 2025 y 2030."
    assert "grew 5% a year between 2025 and 2030" in gloss(text, "es")
    assert not _rows(text)
    assert "the following year" in gloss("Al año siguiente las ventas cayeron.", "es")


@pytest.mark.parametrize(
    "plan",
    [
        "Ambos países prevén que el comercio bilateral alcance",
        "Está previsto que el comercio bilateral supere",
    ],
)
def test_target_by_the_end_of_a_year(plan: str) -> None:
    text = f"{plan} los 5.000 millones de dólares para finales de 2035."
    out = figures(f"date 2031-02-10\n{_TITLE}\n\n{text}\n")
    assert [(str(r.period_start), str(r.period_end), r.status) for r in out.itertuples()] == [
        ("None", "2035-12-31", "target")
    ]
