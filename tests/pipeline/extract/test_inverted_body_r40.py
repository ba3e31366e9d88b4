"""Round 40: a trailing attribution with its verb first and a body in lower case before its
country (", said the embassy of Ruritania in ...", ", reported the press service of the
Ministry of Economy of ..."): the order glossed Russian, French and Spanish attributions take
("сообщило посольство", "a indiqué l'ambassade", "informó la embajada"). Made-up sentences;
a body with no country after it stays unattributed."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _sources(text: str, title: str = "") -> set:
    return {r.source_country for r in figures(f"date 2031-02-17\n{title}\n\n{text}\n").itertuples()}


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (
            "Peru's exports to Japan rose 9% to $2.3 billion in 2030, said the embassy of Peru in "
            "Tokyo.",
            "",
            {"PER"},
        ),
        (
            "Trade between Armenia and Iran reached $710 million in 2030, reported the press "
            "service of the Ministry of Economy of Armenia.",
            "",
            {"ARM"},
        ),
        (
            "Las exportaciones de Perú a Japón sumaron 2.300 millones de dólares en 2030, informó "
            "la embajada de Perú en Tokio.",
            "Perú y Japón",
            {"PER"},
        ),
        (
            "Les exportations de la Tunisie vers le Niger ont atteint 95 millions de dollars en "
            "2030, a indiqué l'ambassade de Tunisie à Niamey.",
            "Tunisie et Niger",
            {"TUN"},
        ),
        (
            "Экспорт Армении в Иран в 2030 году вырос на 7% и достиг 310 млн долларов, сообщило "
            "посольство Армении в Тегеране.",
            "Армения и Иран",
            {"ARM"},
        ),
    ],
)
def test_a_trailing_body_after_its_verb_is_the_source(text: str, title: str, expected: set) -> None:
    assert _sources(text, title) == expected


def test_near_miss_a_lower_case_body_with_no_country_after_it() -> None:
    got = _sources(
        "Trade between Armenia and Iran reached $710 million in 2030, said the embassy staff in "
        "Yerevan."
    )
    assert got == {None}
