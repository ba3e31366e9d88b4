"""Round 43: the Portuguese trade-news register read through the gloss, as a vocabulary
(``pt`` rows of ``lexicon/foreign_words.csv`` and ``lexicon/foreign_verbs.csv``,
:mod:`pipeline.extract.portuguese`).

Made-up sentences in the ways Brazilian, Portuguese, Angolan and Mozambican outlets and ministries
write, one group at a time: change and level verbs and nouns ("saltaram", "retraíram-se",
"registaram um acréscimo de", "cifraram-se em"), time ("no mês passado", "no ano em curso",
"de janeiro a outubro", "no 1.º semestre", "até ao final de outubro"), flows and measures
("volume comercial", "valor exportado", "IDE"), sides ("este parceiro"), hedges ("perto de",
"na ordem dos") and targets ("a meta é elevar ... até 2035"). Near misses keep a word unread where
it is not the register's word.
"""

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures

# a sentence's tail in the register, so that a one-sentence page reads as Portuguese
_TAIL = ", segundo uma nota do ministério, que não publicou a série completa."


def _page(text: str, title: str) -> object:
    return figures(f"date 2031-02-10\n{title}\n\n{text}{_TAIL}\n")


def _rows(text: str, title: str = "O comércio do Brasil com a China") -> set[tuple]:
    return {
        (r.flow, r.reporter, r.partner, str(r.period_start), str(r.period_end), r.value, r.unit)
        for r in _page(text, title).itertuples()
    }


_BR_CN_2030 = ("exports", "BRA", "CHN", "2030-01-01", "2030-12-31")


# --- change and level verbs and nouns ----------------------------------------------------------


@pytest.mark.parametrize(
    ("verb", "value"),
    [
        ("saltaram 14%", 14.0),
        ("pularam 14%", 14.0),
        ("dispararam 41%", 41.0),
        ("declinaram 9%", -9.0),
        ("decresceram 9%", -9.0),
        ("tombaram 9%", -9.0),
        ("expandiram-se 14%", 14.0),
        ("retraíram-se 9%", -9.0),
        ("contraíram-se 9%", -9.0),
        ("tinham saltado 14%", 14.0),
        ("registaram um acréscimo de 14%", 14.0),
        ("tiveram um incremento de 14%", 14.0),
        ("registaram um decréscimo de 9%", -9.0),
        ("registaram um declínio de 9%", -9.0),
        ("sofreram uma contração de 9%", -9.0),
        ("sofreram uma contracção de 9%", -9.0),
        ("registaram um salto de 14%", 14.0),
        ("tiveram um avanço de 14%", 14.0),
        ("registaram uma variação positiva de 14%", 14.0),
        ("registaram uma variação negativa de 9%", -9.0),
        ("caíram para metade", -50.0),
    ],
)
def test_a_change_verb_or_noun(verb: str, value: float) -> None:
    rows = _rows(f"As exportações do Brasil para a China {verb} em 2030")
    assert rows == {(*_BR_CN_2030, value, "percent")}, rows


@pytest.mark.parametrize(("verb", "times"), [("triplicaram", 3.0), ("quadruplicaram", 4.0)])
def test_a_multiple(verb: str, times: float) -> None:
    rows = _rows(f"As exportações do Brasil para a China {verb} em 2030")
    assert rows == {(*_BR_CN_2030, times, "times")}, rows


@pytest.mark.parametrize(
    ("portuguese", "english"),
    [
        ("situaram-se em", "stood at"),
        ("fixaram-se nos", "stood at"),
        ("cifrou-se em", "stood at"),
        ("ascenderam a", "amounted to"),
        ("elevaram-se a", "amounted to"),
        ("rondaram os", "were around"),
        ("perfizeram", "totaled"),
        ("contabilizaram", "totaled"),
        ("excederam", "exceeded"),
        ("renderam", "earned"),
        ("saíram de", "went from"),
        ("evoluíram de", "went from"),
        ("fixando-se em", "standing at"),
        ("situar-se-á em", "will stand at"),
    ],
)
def test_a_level_verb_is_glossed(portuguese: str, english: str) -> None:
    glossed = gloss(f"As exportações {portuguese} 4,2 mil milhões de euros.", "pt")
    assert f" {english} 4.2 billion euros" in glossed, glossed


@pytest.mark.parametrize(
    ("tail", "value"),
    [
        ("mais 12% do que em 2029", 12.0),
        ("menos 12% do que no ano anterior", -12.0),
    ],
)
def test_more_by_a_rate_than_a_year_before(tail: str, value: float) -> None:
    rows = _rows(
        f"Em 2030, o intercâmbio comercial entre os dois países foi de US$ 7,3 bilhões, {tail}"
    )
    turnover = ("turnover", "BRA", "CHN", "2030-01-01", "2030-12-31")
    assert rows == {(*turnover, 7.3e9, "USD"), (*turnover, value, "percent")}, rows


def test_purchases_from_a_country_with_its_article() -> None:
    rows = _rows("As compras chinesas ao Brasil somaram US$ 7,3 bilhões em 2030")
    assert rows == {("imports", "CHN", "BRA", "2030-01-01", "2030-12-31", 7.3e9, "USD")}, rows


def test_an_unsigned_change_stays_unread() -> None:
    # near miss: "variação" (change) without a sign is no rise and no fall
    assert (
        _rows("As exportações do Brasil para a China registaram uma variação de 9% em 2030")
        == set()
    )


# --- time --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("when", "start", "end"),
    [
        ("no mês passado", "2031-01-01", "2031-01-31"),
        ("de janeiro a outubro de 2030", "2030-01-01", "2030-10-31"),
        ("de janeiro até outubro de 2030", "2030-01-01", "2030-10-31"),
        ("de janeiro de 2030 a outubro de 2030", "2030-01-01", "2030-10-31"),
        ("no 1º semestre de 2030", "2030-01-01", "2030-06-30"),
        ("no 1.º semestre de 2030", "2030-01-01", "2030-06-30"),
        ("no 3.º trimestre de 2030", "2030-07-01", "2030-09-30"),
        ("no 2° trimestre de 2030", "2030-04-01", "2030-06-30"),
        ("na primeira metade de 2030", "2030-01-01", "2030-06-30"),
        ("na segunda metade de 2030", "2030-07-01", "2030-12-31"),
        ("no ano em curso", "2031-01-01", "2031-12-31"),
        ("no corrente ano", "2031-01-01", "2031-12-31"),
        ("no primeiro trimestre do ano em curso", "2031-01-01", "2031-03-31"),
        ("no primeiro trimestre do corrente ano", "2031-01-01", "2031-03-31"),
        ("até ao final de outubro de 2030", "2030-01-01", "2030-10-31"),
        ("até ao mês de outubro de 2030", "2030-01-01", "2030-10-31"),
        ("no ano transato", "2030-01-01", "2030-12-31"),
        ("no acumulado do ano até outubro", "2031-01-01", "2031-10-31"),
    ],
)
def test_a_time_phrase(when: str, start: str, end: str) -> None:
    rows = _rows(f"As exportações do Brasil para a China cresceram 14% {when}")
    assert rows == {("exports", "BRA", "CHN", start, end, 14.0, "percent")}, rows


def test_a_range_of_years() -> None:
    rows = _rows(
        "As exportações do Brasil para a China somaram US$ 31 bilhões no período de 2025 a 2030"
    )
    assert rows == {("exports", "BRA", "CHN", "2025-01-01", "2030-12-31", 31e9, "USD")}, rows


@pytest.mark.parametrize(
    ("portuguese", "english"),
    [
        ("em termos anuais", "year on year"),
        ("na comparação anual", "year on year"),
        ("em base anual", "year on year"),
        ("desde o início do ano", "since the beginning of the year"),
        ("até agora", "so far"),
        ("no exercício anterior", "in the previous fiscal year"),
        ("no trimestre passado", "last quarter"),
        ("face ao mesmo trimestre de 2029", "compared with same quarter of 2029"),
        ("comparativamente a 2029", "compared with 2029"),
        ("ao longo de 2030", "throughout 2030"),
    ],
)
def test_a_time_word_is_glossed(portuguese: str, english: str) -> None:
    glossed = gloss(f"As vendas cresceram 14% {portuguese}.", "pt")
    assert english in glossed, glossed


def test_until_a_year_is_a_deadline_but_the_end_of_a_range() -> None:
    assert "by 2035" in gloss("elevar as trocas para 5 mil milhões de euros até 2035", "pt")
    # near miss: "de 2025 até 2030" is a range, its end no deadline
    glossed = gloss("as trocas de 2025 até 2030", "pt")
    assert "from 2025 to 2030" in glossed and "by" not in glossed, glossed


def test_an_ordinal_before_another_noun_stays() -> None:
    # near miss: "1º lugar" (first place) is no part of a year
    assert "1º" in gloss("A China ocupa o 1º lugar entre os destinos.", "pt")


# --- flows and measures ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "flow"),
    [
        ("O volume comercial entre o Brasil e a China", "turnover"),
        ("O valor exportado pelo Brasil para a China", "exports"),
        ("O valor importado pelo Brasil da China", "imports"),
    ],
)
def test_a_flow_noun(subject: str, flow: str) -> None:
    rows = _rows(f"{subject} atingiu US$ 7,3 bilhões em 2030")
    assert rows == {(flow, "BRA", "CHN", "2030-01-01", "2030-12-31", 7.3e9, "USD")}, rows


def test_fdi_abbreviated() -> None:
    rows = _rows("O IDE chinês no Brasil somou US$ 7,3 bilhões em 2030")
    assert rows == {("investment", "BRA", "CHN", "2030-01-01", "2030-12-31", 7.3e9, "USD")}, rows


@pytest.mark.parametrize(
    ("portuguese", "english"),
    [
        ("excedente comercial", "trade surplus"),
        ("défice comercial", "trade deficit"),
        ("superávit comercial", "trade surplus"),
        ("receitas de exportação", "export earnings"),
        ("investimento directo estrangeiro", "foreign direct investment"),
        ("intercâmbio comercial bilateral", "bilateral trade"),
        ("trocas bilaterais", "bilateral trade"),
        ("comércio mútuo", "mutual trade"),
    ],
)
def test_a_measure_is_glossed(portuguese: str, english: str) -> None:
    assert english in gloss(f"O {portuguese} cresceu.", "pt")


def test_a_surplus_is_no_flow() -> None:
    # near miss: the surplus is a balance, neither side's exports
    rows = _rows(
        "O excedente comercial de Angola com Portugal foi de 1,3 mil milhões de euros em 2030",
        "As trocas comerciais entre Portugal e Angola",
    )
    assert rows == set(), rows


def test_origin_and_destination_adjectives() -> None:
    assert "imports from the China" in gloss("As importações provenientes da China", "pt")
    assert "imports from Angola" in gloss("As importações oriundas de Angola", "pt")
    assert "exports to the China" in gloss("As exportações com destino à China", "pt")


# --- sides -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "side", ["este parceiro", "esse parceiro", "aquele mercado", "o gigante asiático"]
)
def test_this_partner(side: str) -> None:
    rows = _rows(
        "A China é o maior parceiro comercial do Brasil. As exportações brasileiras para"
        f" {side} somaram US$ 7,3 bilhões em 2030"
    )
    assert rows == {(*_BR_CN_2030, 7.3e9, "USD")}, rows


@pytest.mark.parametrize(
    ("portuguese", "english"),
    [
        ("entre as duas partes", "between the two sides"),
        ("entre ambas as partes", "between both sides"),
        ("entre as duas economias", "between the two economies"),
        ("com o país asiático", "with the Asian country"),
    ],
)
def test_a_side_is_glossed(portuguese: str, english: str) -> None:
    assert english in gloss(f"O comércio {portuguese} cresceu.", "pt")


# --- hedges and targets ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "hedge",
    ["perto de", "pouco menos de", "acima de", "foi superior a", "foi na ordem dos", "rondou os"],
)
def test_a_hedge(hedge: str) -> None:
    out = _page(
        f"O comércio entre Portugal e Angola {hedge} 2,4 mil milhões de euros em 2030",
        "As trocas comerciais entre Portugal e Angola",
    )
    assert list(out["value"]) == [2.4e9], out
    assert list(out["approx"]) == [True], out


@pytest.mark.parametrize(
    "goal",
    [
        "O objectivo é elevar o comércio entre Portugal e Angola para 5 mil milhões de euros até 2035",
        "Portugal e Angola pretendem elevar o comércio bilateral para 5 mil milhões de euros até 2035",
        "Portugal e Angola planeiam duplicar o comércio bilateral, para 5 mil milhões de euros, até 2035",
    ],
)
def test_a_target_by_a_year(goal: str) -> None:
    out = _page(goal, "As trocas comerciais entre Portugal e Angola")
    got = {(r.status, str(r.period_end), r.value) for r in out.itertuples() if r.unit == "EUR"}
    assert got == {("target", "2035-12-31", 5e9)}, out


def test_a_forecast_in_the_subjunctive() -> None:
    glossed = gloss("Espera-se que as trocas atinjam 5 mil milhões de euros em 2035.", "pt")
    assert glossed.startswith("it is expected that the trade will reach"), glossed


@pytest.mark.parametrize(
    ("portuguese", "english"),
    [
        ("um crescimento homólogo de 12%", "a year-on-year growth of 12%"),
        ("uma queda homóloga de 12%", "a year-on-year decline of 12%"),
        ("Angola respondeu por 12% das vendas", "Angola accounted for 12%"),
        ("a quota de Angola nas vendas", "the share of Angola"),
        ("o principal destino", "the main destination"),
    ],
)
def test_a_rate_word_is_glossed(portuguese: str, english: str) -> None:
    assert english in gloss(f"Em 2030, {portuguese}.", "pt")


def test_last_before_a_report_is_no_time() -> None:
    # near miss: "o último relatório" (the latest report) names no period
    rows = _rows(
        "Em 2030, as exportações do Brasil para a China somaram US$ 7,3 bilhões, indica o último"
        " relatório do banco central"
    )
    assert rows == {(*_BR_CN_2030, 7.3e9, "USD")}, rows


def test_proximo_before_an_amount_is_close_to_not_next() -> None:
    # near miss: "próximo dos" (close to) before an amount is no "next" period
    glossed = gloss("As vendas ficaram próximo dos 5 mil milhões de euros.", "pt")
    assert "close to 5 billion euros" in glossed and "next" not in glossed, glossed


def test_until_a_year_after_a_change_stays_until() -> None:
    # near miss: "cresceram até 2029" (grew until then) is no deadline and no size "by 2029"
    glossed = gloss("As vendas cresceram até 2029 e caíram em 2030.", "pt")
    assert "grew until 2029" in glossed, glossed
