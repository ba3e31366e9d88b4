"""Round 41: national bodies named in Russian, German and French attributions, read through the
gloss. Russian ministries, customs services and statistics agencies in any case ("сообщила
пресс-служба Министерства экономики Беларуси", "Агентство статистики при Президенте Республики
Таджикистан"), the German closing "..., teilte das Statistische Bundesamt mit" and "..., wie die
Statistik Austria berichtete", and a French body with its demonym after it ("l'agence
ivoirienne de la statistique"). Made-up sentences; near misses name no body."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _sources(text: str, title: str) -> set[tuple]:
    out = figures(f"date 2031-02-10\n{title}\n\n{text}\n")
    return {(r.flow, r.reporter, r.partner, r.value, r.source_country) for r in out.itertuples()}


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (
            "Товарооборот между Беларусью и Казахстаном в 2030 году составил 1,2 млрд долларов,"
            " сообщила пресс-служба Министерства экономики Беларуси.",
            "Беларусь и Казахстан",
            {("turnover", "BLR", "KAZ", 1.2e9, "BLR")},
        ),
        (
            "Товарооборот между Таджикистаном и Казахстаном в 2030 году составил 1,1 млрд"
            " долларов, сообщило Агентство статистики при Президенте Республики Таджикистан.",
            "Таджикистан и Казахстан",
            {("turnover", "TJK", "KAZ", 1.1e9, "TJK")},
        ),
        (
            "Die deutschen Importe aus Ungarn stiegen 2030 um 4,1 Prozent auf 31,2 Mrd. Euro,"
            " teilte das Statistische Bundesamt mit.",
            "Deutschland und Ungarn",
            {("imports", "DEU", "HUN", 4.1, "DEU"), ("imports", "DEU", "HUN", 3.12e10, "DEU")},
        ),
        (
            "Österreichs Exporte nach Slowenien beliefen sich 2030 auf rund 4,4 Milliarden Euro,"
            " wie die Statistik Austria berichtete.",
            "Österreich und Slowenien",
            {("exports", "AUT", "SVN", 4.4e9, "AUT")},
        ),
        (
            "Les exportations de la Côte d'Ivoire vers le Ghana ont atteint 310 milliards de"
            " francs CFA en 2030, a indiqué l'agence ivoirienne de la statistique.",
            "Côte d'Ivoire et Ghana",
            {("exports", "CIV", "GHA", 3.1e11, "CIV")},
        ),
    ],
)
def test_a_national_body_in_a_foreign_attribution_names_the_source(
    text: str, title: str, expected: set
) -> None:
    assert _sources(text, title) == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Товарооборот между Беларусью и Казахстаном в 2030 году составил 1,2 млрд долларов.",
            "Беларусь и Казахстан",
        ),
        (
            "Die deutschen Importe aus Ungarn stiegen 2030 auf 31,2 Mrd. Euro, wie erwartet.",
            "Deutschland und Ungarn",
        ),
    ],
)
def test_no_body_no_source(text: str, title: str) -> None:
    assert {r[4] for r in _sources(text, title)} == {None}
