"""Round 51 hunt (hunt51c, non-English pages), kind G3 "a German clause-final verb the gloss
leaves where German puts it": a passive participle the phrase table lacked ("wurden Waren im Wert
von ... in die Föderation ausgeführt", "... zwischen beiden Ländern gehandelt") and a perfect
whose change is a percentage in words ("ist ... um drei Prozent auf ... gestiegen"), so the figure
was lost. 3 of 35 hunted pages (2 outlets: german.cri.cn twice, jungefreiheit). Made-up sentences,
figures and pairs."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2030-06-30") -> set[tuple]:
    out = figures(f" date {date}\nÖsterreich und Chile\n\n{text}\n")
    return {(r.flow, r.reporter, r.partner, r.measure, r.value) for r in out.itertuples()}


def test_passive_exported_participle() -> None:
    got = _rows(
        "Im März 2030 wurden von Österreich Waren im Wert von 1,7 Milliarden Euro nach Chile"
        " ausgeführt."
    )
    assert ("exports", "AUT", "CHL", "level", 1.7e9) in got


def test_passive_traded_between_the_two() -> None:
    got = _rows(
        "Von Januar bis Mai 2030 wurden Waren im Wert von etwa 4,2 Milliarden Euro zwischen"
        " Österreich und Chile gehandelt."
    )
    assert {row[3:] for row in got if row[0] == "turnover"} == {("level", 4.2e9)}


def test_perfect_with_a_percentage_in_words() -> None:
    got = _rows(
        "Amtlichen Angaben zufolge ist das Handelsvolumen zwischen Österreich und Chile 2029 um"
        " vier Prozent auf etwa 8,3 Milliarden Euro gestiegen."
    )
    assert ("turnover", "pct_change", 4.0) in {(r[0], r[3], r[4]) for r in got}


def test_near_miss_percentage_in_digits_unchanged() -> None:
    # near miss: digits were reordered before and still are, with the same rows
    got = _rows(
        "Das Handelsvolumen zwischen Österreich und Chile ist 2029 um 4 Prozent auf 8,3"
        " Milliarden Euro gestiegen."
    )
    assert {row[3:] for row in got} == {("pct_change", 4.0), ("level", 8.3e9)}
