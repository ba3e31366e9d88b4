"""Round 58, kind: a Turkish ranking that goes on after its first economy. akradyo jd02 wrote
"Almanya'nın ardından 1 milyar 45 milyon dolarla İngiltere, 961 milyon dolarla İtalya ve 738
milyon dolarla Irak geldi" and "Rusya'nın arkasında ... yer aldı": the gloss left each amount
before its economy and the verb last, and none of the six was read.

``turkish.reorder``: after "X'in ardından / arkasından / arkasında / peşinden", "X'ten sonra"
or "onu / bunu" (it), the amounts before their economies and a verb of following ("gel-", "yer
al-", "izle-", "takip et-", "sıralan-", "bulun-", any tense) are written as English does ("X was
followed by A with ...", "A followed with ..."); a place named first ("yedinci sırada", "4.
sırada") as "A ranked seventh with ...". Made-up sentences with postpositions, verbs, tenses
and currencies no dev page uses ("'dan sonra", "onu ... izledi", "takip ediyor", "sıralanıyor",
"avroyla", "yedinci sırada").
"""

from __future__ import annotations

from tests.pipeline.extract.test_extract import figures

_LEAD = (
    "Türkiye'nin ihracatı geçen yıl 20 milyar dolar oldu. Geçen yıl en çok ihracat yapılan ülke "
    "2 milyar avroyla Fransa oldu. "
)


def _rows(text: str) -> set[tuple]:
    out = figures(" date 2031-03-01\n" + _LEAD + text)
    return {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}


def test_after_the_first_with_sonra() -> None:
    rows = _rows(
        "Fransa'dan sonra 1,5 milyar avroyla Yunanistan, 900 milyon avroyla İspanya ve "
        "450 milyon avroyla Mısır sıralanıyor."
    )
    assert {
        ("exports", "TUR", "GRC", 1.5e9),
        ("exports", "TUR", "ESP", 9e8),
        ("exports", "TUR", "EGY", 4.5e8),
    } <= rows


def test_it_was_followed_by() -> None:
    rows = _rows("Onu 200 milyon avroyla Polonya ve 100 milyon avroyla Macaristan takip ediyor.")
    assert {("exports", "TUR", "POL", 2e8), ("exports", "TUR", "HUN", 1e8)} <= rows


def test_place_named_first() -> None:
    rows = _rows("Yedinci sırada 300 milyon avroyla Yunanistan yer almaktadır.")
    assert ("exports", "TUR", "GRC", 3e8) in rows


def test_no_ranking_verb_stays() -> None:
    """Near miss: "ardından" (then, after that) with no verb of following after the amounts is no
    ranking: nothing is added."""
    rows = _rows("Fransa'nın ardından 300 milyon avroyla Yunanistan ile anlaşma imzalandı.")
    assert not any(r[2] == "GRC" for r in rows)
