"""Round 56, kind: the speaker named right before a relative pronoun and its speech verb ("..., by
the economic counsellor of the Portuguese embassy, <name>, que indicou que ...": who said that).
The glossed Spanish "quien", Portuguese/Spanish "que", French "qui", Italian "che" (glossed
"that") and English "who" after a comma open the speech verb's clause; the speaker is the two
comma-separated parts before it, the title and the name set off beside it
(``attribution._RELATIVE_SPEAKER``), read only when it names a country or a known person. Dev
pages with the construction: ig06 guardiao (pt, +6 source rows), hx11 eldia (es), hn12
americaeconomia (es; its speaker is read first by the inverted order): three pages, three outlets.
Made-up sentences with forms no dev page uses (quien explicó, qui a précisé, che ha spiegato);
each positive fails on 014a65ab.
"""

from __future__ import annotations

import pytest

from tests.pipeline.extract.test_extract import sources

_HEAD = "date 2029-03-01\n"


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        pytest.param(
            "Chile y Bolivia\n\nLas cifras fueron presentadas el lunes en La Paz por el agregado "
            "comercial de la embajada chilena en Bolivia, Luis Vargas, quien explicó que el comercio "
            "entre Chile y Bolivia sumó 900 millones de dólares en 2028.",
            900e6,
            "CHL",
            id="es_quien",
        ),
        pytest.param(
            "France et Sénégal\n\nLes chiffres ont été présentés mardi à Dakar par le conseiller "
            "économique de l'ambassade de France au Sénégal, Marc Petit, qui a précisé que les "
            "échanges entre la France et le Sénégal ont atteint 1,2 milliard d'euros en 2028.",
            1.2e9,
            "FRA",
            id="fr_qui",
        ),
        pytest.param(
            "Italia e Tunisia\n\nI dati sono stati illustrati a Tunisi dal consigliere commerciale "
            "dell'ambasciata d'Italia in Tunisia, Marco Rossi, che ha spiegato che l'interscambio tra "
            "Italia e Tunisia ha raggiunto 6 miliardi di euro nel 2028.",
            6e9,
            "ITA",
            id="it_che",
        ),
    ],
)
def test_the_speaker_before_who_said(text: str, value: float, source: str) -> None:
    assert sources(_HEAD + text)[value] == source


def test_near_miss_a_speaker_without_a_country_states_no_source() -> None:
    got = sources(
        _HEAD + "Angola e Portugal\n\nOs números foram apresentados em Luanda pela analista do "
        "banco, Ana Lopes, que disse que as exportações de Portugal para Angola atingiram 900 "
        "milhões de euros em 2028."
    )
    assert got[900e6] is None
