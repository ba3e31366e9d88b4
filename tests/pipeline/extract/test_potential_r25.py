"""Round 25: a potential stated with a modal and an infinitive ("może się podwoić do", "puede
duplicarse", "pode dobrar", "může dosáhnout", "может достичь", "ulaşabilir") is a target, as the
English "can double to" / "could reach" already were; the actual beside it stays actual. Made-up
pages, each with enough of its language for the page to be read as that language."""

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures

PAGES = {
    "pl": (
        "date 2032-03-01\nPolska i Estonia chcą rozwijać współpracę gospodarczą. Minister "
        "powiedział, że handel między Polską a Estonią może się podwoić do około 7 mld euro "
        "rocznie. W ubiegłym roku obroty wyniosły 3,4 mld euro, a firmy z obu krajów spotkają "
        "się na forum w Tallinnie.\n"
    ),
    "es": (
        "date 2032-03-01\nEl ministro de Comercio de Chile visitó Bolivia esta semana. Según el "
        "ministro, el intercambio entre Chile y Bolivia puede duplicarse hasta 4.000 millones de "
        "dólares. El año pasado el comercio bilateral sumó 1.900 millones de dólares, de acuerdo "
        "con las cifras oficiales.\n"
    ),
    "pt": (
        "date 2032-03-01\nO ministro do Comércio de Portugal esteve em Angola esta semana. Segundo "
        "o ministro, o comércio entre Portugal e Angola pode dobrar e chegar a 6 bilhões de "
        "dólares. No ano passado as trocas comerciais entre os dois países somaram 2,8 bilhões de "
        "dólares, de acordo com os dados oficiais.\n"
    ),
    "cs": (
        "date 2032-03-01\nČeská republika a Slovinsko chtějí posílit spolupráci. Podle ministra "
        "může obrat mezi Českem a Slovinskem dosáhnout 5 miliard eur. V loňském roce obrat "
        "činil 2,6 miliardy eur, uvedlo ministerstvo průmyslu a obchodu.\n"
    ),
    "ru": (
        "date 2032-03-01\nМинистр экономики Армении посетил Минск на этой неделе. По его словам, "
        "товарооборот между Арменией и Беларусью может достичь 2 млрд долларов. В прошлом году "
        "товарооборот составил 0,9 млрд долларов, сообщили в министерстве.\n"
    ),
    "tr": (
        "date 2032-03-01\nTicaret Bakanı, Türkiye ile Gürcistan arasındaki ilişkilerin her geçen "
        "yıl geliştiğini söyledi. Bakan, iki ülke arasındaki ticaret hacminin 5 milyar dolara "
        "ulaşabileceğini belirtti. Geçen yıl ticaret hacmi 2,7 milyar dolar oldu ve bu rakam "
        "rekor seviyede gerçekleşti.\n"
    ),
}

# (potential level, actual level of last year)
EXPECTED = {
    "pl": (7e9, 3.4e9),
    "es": (4e9, 1.9e9),
    "pt": (6e9, 2.8e9),
    "cs": (5e9, 2.6e9),
    "ru": (2e9, 0.9e9),
    "tr": (5e9, 2.7e9),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_modal_potential_is_a_target(lang: str) -> None:
    out = figures(PAGES[lang])
    levels = out[out.measure == "level"]
    status = dict(zip(levels.value, levels.status, strict=True))
    potential, actual = EXPECTED[lang]
    assert status.get(potential) == "target", out.to_string()
    assert status.get(actual) == "actual", out.to_string()
    assert set(levels.flow) == {"turnover"}


@pytest.mark.parametrize(
    ("text", "lang", "english"),
    [
        ("może się podwoić do", "pl", "can double to"),
        (
            "obroty mogą osiągnąć 2 mld euro w ciągu pięciu lat",
            "pl",
            "turnover can reach 2 billion euros within five years",
        ),
        ("puede duplicarse", "es", "could double"),
        ("pode dobrar e chegar a", "pt", "could double and reach"),
        ("může dosáhnout", "cs", "could reach"),
        ("может достичь", "ru", "could reach"),
        ("iki katına çıkabileceğini", "tr", "could double"),
    ],
)
def test_the_words_gloss(text: str, lang: str, english: str) -> None:
    assert gloss(text, lang) == english


def test_a_reached_level_stays_actual() -> None:
    # near miss: the past tense beside the new infinitive rows
    out = figures(
        "date 2032-03-01\nPolska i Estonia rozwijają współpracę gospodarczą. Minister powiedział, "
        "że w ubiegłym roku obroty między Polską a Estonią osiągnęły 3,4 mld euro, a firmy z obu "
        "krajów spotkają się na forum w Tallinnie.\n"
    )
    assert list(zip(out.value, out.status, strict=True)) == [(3.4e9, "actual")], out.to_string()


def test_an_english_question_with_the_modal_apart_is_a_target() -> None:
    out = figures(
        "date 2032-03-01\nCould trade between Kenya and Ghana reach $2 billion by 2035? Last "
        "year it stood at $0.8 billion, the ministry said.\n"
    )
    assert dict(zip(out.value, out.status, strict=True)) == {2e9: "target", 0.8e9: "actual"}, (
        out.to_string()
    )


def test_a_modal_with_no_verb_before_the_amount_stays_actual() -> None:
    # near miss: "can" governs another verb; the amount is what trade reached
    out = figures(
        "date 2032-03-01\nExporters can now ship goods faster, and trade between Kenya and Ghana "
        "reached $0.8 billion last year.\n"
    )
    assert dict(zip(out.value, out.status, strict=True)) == {0.8e9: "actual"}, out.to_string()
