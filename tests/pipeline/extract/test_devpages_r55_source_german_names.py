"""Round 55, kind: a German demonym capitalised inside a body's name ("laut der Slowenischen
Zentralbank", "nach Angaben des Deutschen Statistischen Bundesamts", "der Österreichischen
Nationalbank") or at a sentence's start ("Österreichische Unternehmen ..."). German capitalises
the adjective in a proper name, and its demonyms are never a country's name ("slowenisch" vs
"Slowenien"), so a capitalised demonym is glossed as the lower-case one is (``foreign``
``_ADJECTIVE_NAMES``, as for Russian or Polish); with "Zentralbank", "Nationalbank" and the
genitive "Statistischen Bundesamts" glossed, the body names its country and states the figure
(a source that also gives the sentence its speaker). Dev pages: ho06 (azvision), ia07
(konzulatsi), ia06 (kleinezeitung): three pages, three outlets. Made-up sentences (other pairs,
other figures). Residual: a company named with a demonym ("Deutsche Bank") now names a country.
"""

from __future__ import annotations

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> dict[float, tuple]:
    return {
        float(r["value"]): (r["reporter"], r["partner"], r["source_country"])
        for r in figures(text).to_dict("records")
    }


def test_according_to_a_national_bank_named_by_its_adjective() -> None:
    got = _rows(
        "date 2029-03-01\nSlowakei und Österreich\n\nLaut der Slowakischen Nationalbank "
        "erreichten die Investitionen aus Österreich in der Slowakei im Jahr 2028 insgesamt 2 "
        "Milliarden Euro."
    )
    assert got[2_000_000_000.0][2] == "SVK"


def test_statistics_office_named_by_its_adjective_gives_the_exporter() -> None:
    got = _rows(
        "date 2029-03-01\nTschechien und Polen\n\nNach Angaben des Tschechischen Statistikamtes "
        "stiegen die Exporte nach Polen im Jahr 2028 um 4 Prozent auf 7 Milliarden Euro."
    )
    assert got[7_000_000_000.0] == ("CZE", "POL", "CZE")


def test_near_miss_a_country_name_stays_a_country() -> None:
    got = _rows(
        "date 2029-03-01\nPolen und Tschechien\n\nLaut Polens Statistikamt erreichten die "
        "polnischen Exporte nach Tschechien im Jahr 2028 insgesamt 900 Millionen Euro."
    )
    assert got[900_000_000.0] == ("POL", "CZE", "POL")
