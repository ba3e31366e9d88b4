"""Round 45, German development pages: what the word-for-word gloss lost, fixed as a kind.

- A scale's stop before a currency word after its issuer's code ("48 Mio. US Dollar", "48 Mio.
  US-Dollar") ends no sentence (``ingest.segment``): the amount keeps its unit.
- A multiple in digits with "-fache" ("mehr als das 2,5-fache"): "times" (:mod:`~.german`).
- A change verb joined to its particle at the end of a subordinate clause ("weil die Exporte um
  3 Mrd. Euro zunahmen"), "stolze" before an amount ("um stolze 4 Mrd. Euro": a whopping), the
  separable "kauften ... ein" (bought), "Importeure" (importers), "und zwar ... mehr" (rows).
- The pluperfect of a level verb ("hatten ... betragen": had amounted to) (:mod:`~.german`).
- Exports set against imports with "gegenüberstehen" ("standen Exporten von X Importe von Y
  gegenüber"): both levels (:mod:`~.german`).
- "die Lieferungen aus X" (deliveries from X) on a page of the receiving economy: its imports.
- A passive's participle at the end of its clause ("wurden nach X Waren im Gegenwert von ...
  exportiert", "ausgeliefert": delivered): after its auxiliary (:mod:`~.german`).
- The perfect with its subject after "ist" ("ist das Handelsvolumen ... um 4 Mrd. Euro ...
  gewachsen"): the participle before an amount's "by", as before a percentage's.

Made-up sentences, made-up figures; near misses keep what is no such form."""

import pytest

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

_TITLE = "Deutschland und Polen"
_YEAR = ("2030-01-01", "2030-12-31")


def _rows(text: str, title: str = _TITLE) -> set[tuple]:
    return tuples(figures(f"date 2031-02-10\n{title}\n\n{text}\n"), CORE, unordered_turnover=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "Mio. US Dollar": one sentence, the dollar its unit
            "Im Jahr 2030 lieferte Polen Waren im Wert von 48,3 Mio. US Dollar nach Deutschland.",
            {("exports", "POL", "DEU", *_YEAR, "level", 48_300_000.0, "USD")},
        ),
        (  # "Mio. US-Dollar" hyphenated
            "Im Jahr 2030 lieferte Polen Waren im Wert von 61,7 Mio. US-Dollar nach Deutschland.",
            {("exports", "POL", "DEU", *_YEAR, "level", 61_700_000.0, "USD")},
        ),
        (  # "das 2,5-fache": 2.5 times
            "Im Jahr 2030 betrug der Handel zwischen Deutschland und Polen 512 Millionen Euro "
            "(mehr als das 2,5-fache).",
            {
                ("turnover", "DEU", "POL", *_YEAR, "level", 512_000_000.0, "EUR"),
                ("turnover", "DEU", "POL", *_YEAR, "multiple", 2.5, "times"),
            },
        ),
        (  # "zunahmen" closing a subordinate clause: increased
            "Weil die deutschen Exporte nach Polen 2030 um über 3,1 Milliarden Euro zunahmen, "
            "rückte Polen auf.",
            {("exports", "DEU", "POL", *_YEAR, "abs_change", 3_100_000_000.0, "EUR")},
        ),
        (  # "kauften ... ein" (bought), "Importeure", "und zwar um 17% mehr"
            "Im Jahr 2030 kauften polnische Importeure mehr deutsche Produkte ein, und zwar um "
            "17% mehr, auf 733 Millionen Euro.",
            {
                ("imports", "POL", "DEU", *_YEAR, "pct_change", 17.0, "percent"),
                ("imports", "POL", "DEU", *_YEAR, "level", 733_000_000.0, "EUR"),
            },
        ),
        (  # "hatte ... betragen" (had amounted to) with "das Plus" (the increase) of the year before
            "Die Exporte Deutschlands nach Polen sind 2031 um 4 Prozent gestiegen. Im Jahr 2030 "
            "hatte das Plus noch rund 36 Prozent betragen.",
            {
                ("exports", "DEU", "POL", "2031-01-01", "2031-12-31", "pct_change", 4.0, "percent"),
                ("exports", "DEU", "POL", *_YEAR, "pct_change", 36.0, "percent"),
            },
        ),
        (  # "standen Exporten ... Importe ... gegenüber"
            "Im Handel mit Polen verbucht Deutschland einen Überschuss: 2030 standen Exporten im "
            "Wert von 2,3 Mrd. Euro Importe um 870 Mio. Euro gegenüber.",
            {
                ("exports", "DEU", "POL", *_YEAR, "level", 2_300_000_000.0, "EUR"),
                ("imports", "DEU", "POL", *_YEAR, "level", 870_000_000.0, "EUR"),
            },
        ),
        (  # the dative flow first, the year after the verb
            "Im Handel mit Polen verbucht Deutschland einen Überschuss: Den Ausfuhren von 4,4 "
            "Mrd. Euro standen 2030 Einfuhren von 1,9 Mrd. Euro gegenüber.",
            {
                ("exports", "DEU", "POL", *_YEAR, "level", 4_400_000_000.0, "EUR"),
                ("imports", "DEU", "POL", *_YEAR, "level", 1_900_000_000.0, "EUR"),
            },
        ),
        (  # "die Lieferungen aus Polen": Germany's imports
            "Bei den Importen Deutschlands sind die Lieferungen aus Polen 2030 um 12 Prozent auf "
            "3,3 Milliarden Euro gestiegen.",
            {
                ("imports", "DEU", "POL", *_YEAR, "pct_change", 12.0, "percent"),
                ("imports", "DEU", "POL", *_YEAR, "level", 3_300_000_000.0, "EUR"),
            },
        ),
        (  # "ist das Handelsvolumen ... um stolze X ... gewachsen"
            "Laut dem Verband ist das Handelsvolumen mit Polen 2030 um stolze 2,9 Milliarden "
            "Euro auf 71 Milliarden Euro gewachsen.",
            {
                ("turnover", "DEU", "POL", *_YEAR, "abs_change", 2_900_000_000.0, "EUR"),
                ("turnover", "DEU", "POL", *_YEAR, "level", 71_000_000_000.0, "EUR"),
            },
        ),
    ],
)
def test_german_dev_forms(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected


_SWEDEN = "Im Jahr 2030 stiegen die Exporte Schwedens nach Norwegen auf 9,4 Milliarden Euro."


@pytest.mark.parametrize(
    "second",
    [
        # "wurden ... exportiert", the unit of the sentence before
        "Immerhin wurden nach Dänemark noch Waren im Wert von 6,1 Milliarden exportiert.",
        # "im Gegenwert von" (worth), "ausgeliefert" (delivered)
        "Immerhin wurden nach Dänemark noch Waren im Gegenwert von 6,1 Milliarden Euro "
        "ausgeliefert.",
    ],
)
def test_german_passive_participle(second: str) -> None:
    assert _rows(f"{_SWEDEN} {second}", title="Schweden und Norwegen") == {
        ("exports", "SWE", "NOR", *_YEAR, "level", 9_400_000_000.0, "EUR"),
        ("exports", "SWE", "DNK", *_YEAR, "level", 6_100_000_000.0, "EUR"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # a stop after a scale before a capitalised word that is no currency still ends a sentence
        "Der Konzern hat 3 Mio. US Kunden.",
        # "gegenüber" with no two amounts: nothing to set against each other
        "Den Ausfuhren standen 2030 keine Einfuhren gegenüber.",
        # "-fache" with no trade figure
        "Die Zahl der Besucher stieg auf das 3-fache.",
    ],
)
def test_german_dev_near_misses(text: str) -> None:
    assert _rows(text) == set()


def test_deliveries_to_stay_exports() -> None:
    rows = _rows("Die Lieferungen nach Polen stiegen 2030 um 8 Prozent.")
    assert {r[0] for r in rows} == {"exports"}
