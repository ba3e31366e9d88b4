"""Round 41: a year glued to its abbreviated noun ("2030r.", Russian "2030 г.") before an amount
is no sentence end; "między Polską a Czechami" (between Poland and Czechia) names the pair; the
glued year noun is dropped as the spaced one was. Made-up sentences; a year noun before a
capitalised word still ends its sentence."""

from pipeline.ingest.segment import split_sentences
from tests.pipeline.extract.test_extract import figures


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_a_year_noun_before_an_amount_is_no_sentence_end() -> None:
    assert _sentences("Obroty wyniosły w ciągu 9 miesięcy 2030r. 8 mld złotych. Eksport rósł.") == [
        "Obroty wyniosły w ciągu 9 miesięcy 2030r. 8 mld złotych.",
        "Eksport rósł.",
    ]
    assert _sentences("Товарооборот в 2030 г. 5 млрд долларов. Это рекорд.") == [
        "Товарооборот в 2030 г. 5 млрд долларов.",
        "Это рекорд.",
    ]


def test_a_year_noun_before_a_capital_still_ends_the_sentence() -> None:
    assert _sentences("Eksport wzrósł w 2030 r. Import spadł.") == [
        "Eksport wzrósł w 2030 r.",
        "Import spadł.",
    ]


def test_the_pair_joined_by_a_after_miedzy_and_a_glued_year_noun() -> None:
    out = figures(
        "date 2031-02-01\nPolska i Czechy\n\nObroty handlowe między Polską a Czechami wyniosły w"
        " ciągu 9 miesięcy 2030r. 8 mld złotych.\n"
    )
    got = {
        (
            r.flow,
            frozenset((r.reporter, r.partner)),
            str(r.period_start),
            str(r.period_end),
            r.value,
        )
        for r in out.itertuples()
    }
    assert got == {
        ("turnover", frozenset(("POL", "CZE")), "2030-01-01", "2030-09-30", 8e9),
    }
