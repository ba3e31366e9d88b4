"""Round 55, kind: a ranking continued with "followed by" in French, Spanish, Portuguese, Italian
and German ("suivie de la France (1 064 milliards FCFA)", "seguida por Estados Unidos", "logo
seguidos de 48,6 milhões de euros", "gefolgt von"): the words stayed unglossed ("suivie of the
France"), so the items after the leader were read as the leader's own partners (hq07 afriquematin:
"China-France", "China-United States" for Côte d'Ivoire's partners; hw05 sapo; the English rules
already read "followed by B ($X)" as another partner of the ranking's economy, ``ranked_partners``).
And "followed by $48.6m in food products" after a level read the "by" as a change's
(``measure._RANKED_BY``: the "by" of a ranking is no change's).

Made-up sentences (other pairs, other figures). Near miss: "rose by $45m" stays a change.
"""

from __future__ import annotations

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> list[tuple]:
    out = figures(text)
    return [
        (r["flow"], r["reporter"], r["partner"], r["measure"], float(r["value"]))
        for r in out.to_dict("records")
    ]


def test_french_followed_by_continues_the_ranking() -> None:
    rows = _rows(
        " date 2029-04-15\nSénégal : les principaux partenaires commerciaux en 2028\n\nLes "
        "échanges commerciaux du Sénégal avec le monde ont atteint 9 000 milliards FCFA en 2028. "
        "En tête de ce classement figure l'Inde, avec un volume d'échanges de 870 milliards FCFA, "
        "suivie de l'Espagne (640 milliards FCFA) et du Japon (410 milliards FCFA).\n"
    )
    assert {(r[1], r[2]) for r in rows} == {("SEN", "IND"), ("SEN", "ESP"), ("SEN", "JPN")}


def test_spanish_followed_by_continues_the_ranking() -> None:
    rows = _rows(
        " date 2029-04-15\nChile: sus principales socios comerciales en 2028\n\nEl comercio de "
        "Chile con el mundo alcanzó 150.000 millones de dólares en 2028. China encabeza la lista, "
        "con un intercambio de 45.000 millones de dólares, seguida por Estados Unidos (25.000 "
        "millones de dólares) y Japón (9.000 millones de dólares).\n"
    )
    assert {(r[1], r[2]) for r in rows} == {("CHL", "CHN"), ("CHL", "USA"), ("CHL", "JPN")}


def test_followed_by_an_amount_is_a_level() -> None:
    rows = _rows(
        " date 2029-03-01\nPeru and Chile\n\nPeru's exports to Chile in 2028 were led by copper, "
        "worth more than 57 million dollars, followed by 41.3 million dollars in food products.\n"
    )
    assert ("exports", "PER", "CHL", "level", 41_300_000.0) in rows


def test_near_miss_rose_by_stays_a_change() -> None:
    rows = _rows(
        " date 2029-03-01\nPeru and Chile\n\nPeru's exports to Chile rose by 45 million dollars "
        "in 2028, to 700 million dollars.\n"
    )
    assert ("exports", "PER", "CHL", "abs_change", 45_000_000.0) in rows
