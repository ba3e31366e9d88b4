"""Round 55, kind: a sentence that starts with a Latin capital carrying a mark ("Über", "Ägypten",
"İkili", "Đây", "Ở", "À", "É", "Č") was glued to the sentence before it: the segmenter opened a
sentence only at A-Z (and "Å"). A glued sentence lends its countries to the figures of the one
before (hr13, vol.at, German: "... Importe um 449 Mio. Euro gegenüber. Über die Hälfte dessen, was
Österreich nach Südamerika ausführt, geht nach Brasilien" read Brazil as the importer) and its
period and status words to them (hp16 tiepthithuonghieu and ib01 soha, Vietnamese; ho08 mfa.gov.tr
and hx05 finlandabroad, Turkish; ia06 kleinezeitung, German; ig10 lematin, French).

``segment._BOUNDARY`` now opens a sentence at every upper-case letter of Latin-1, Latin
Extended-A/B and Latin Extended Additional (Vietnamese). A Turkish sentence split off so lost the
year of its neighbour that ranked the pair ("Türkiye 2022 yılında Gürcistan'ın en büyük ticaret
ortağıydı. İstatistiklere göre ... ticaret cirosu 2,81 milyar USD'ye ulaşmıştır", ho04
businessdiplomacy): the Turkish rank words are glossed ("en büyük" largest, "ticaret ortağı(ydı)"
trading partner), so ``stated_period`` reads the rank's year as it does in English. Made-up
sentences (other pairs, other figures). Near misses: a scale abbreviation before its currency
("Mio. Euro") still ends no sentence; a Turkish year sentence with no rank dates nothing.
"""

from __future__ import annotations

import datetime as dt

from pipeline.ingest.segment import segment_text
from tests.pipeline.extract.test_extract import figures


def _texts(text: str) -> list[str]:
    return [str(r["text"]) for r in segment_text("d", text)]


def _rows(text: str) -> list[tuple]:
    out = figures(text)
    return [
        (r["flow"], r["reporter"], r["partner"], float(r["value"]), r["period_start"])
        for r in out.to_dict("records")
    ]


def test_sentences_open_at_marked_capitals() -> None:
    assert _texts("Der Handel wuchs um 5 Prozent gegenüber. Über die Hälfte geht nach Chile.") == [
        "Der Handel wuchs um 5 Prozent gegenüber.",
        "Über die Hälfte geht nach Chile.",
    ]
    assert _texts("İhracat 3 milyar dolar oldu. İkili ticaret arttı. Đây là mức cao nhất.") == [
        "İhracat 3 milyar dolar oldu.",
        "İkili ticaret arttı.",
        "Đây là mức cao nhất.",
    ]


def test_glued_german_sentence_lends_no_country() -> None:
    rows = _rows(
        " date 2029-04-15\nÖsterreich und Chile\n\nIm Handel mit Chile verbucht Österreich seit "
        "Jahren einen Überschuss: 2028 standen Exporten im Wert von 930 Mio. Euro Importe um 315 "
        "Mio. Euro gegenüber. Über die Hälfte dessen, was Österreich nach Südamerika ausführt, "
        "geht nach Argentinien.\n"
    )
    assert ("imports", "AUT", "CHL", 315_000_000.0, dt.date(2028, 1, 1)) in rows
    assert ("exports", "AUT", "CHL", 930_000_000.0, dt.date(2028, 1, 1)) in rows


def test_turkish_rank_sentence_dates_the_next_figure() -> None:
    for rank in ("Şili'nin en büyük ticaret ortağıydı", "Şili'nin en büyük ticaret ortağıdır"):
        rows = _rows(
            f" date 2029-04-15\nTürkiye ve Şili\n\nTürkiye 2028 yılında {rank}. Resmi verilere "
            "göre iki ülke arasındaki ticaret hacmi 2,81 milyar dolara ulaştı.\n"
        )
        assert [r[3:] for r in rows] == [(2_810_000_000.0, dt.date(2028, 1, 1))]


def test_near_misses_keep_their_reading() -> None:
    # a scale's stop before its currency word ends no sentence
    assert len(_texts("Exporte von 654 Mio. Euro wurden gemeldet.")) == 1
    # a year sentence with no rank among partners dates nothing
    rows = _rows(
        " date 2029-04-15\nTürkiye ve Şili\n\nTürkiye 2028 yılında Şili'ye yatırım yaptı. Resmi "
        "verilere göre iki ülke arasındaki ticaret hacmi 2,81 milyar dolara ulaştı.\n"
    )
    assert [r[3:] for r in rows] == [(2_810_000_000.0, None)]
