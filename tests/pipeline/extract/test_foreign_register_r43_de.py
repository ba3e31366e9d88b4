"""Round 43: the German trade-news register, glossed as a vocabulary (rows of
``lexicon/foreign_words.csv`` and the patterns of :mod:`pipeline.extract.german`): change and
level verbs in every tense trade news writes (present, past, perfect, separable), time words
(last/current year, the first N months in words and digits, quarters and halves, fiscal years,
year to date), flows and measures, the two sides, hedges and targets. Made-up sentences (made-up
countries' figures); near misses keep a word unread where it is no register word."""

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures

_PAIR = "Deutschland und Georgien"


def _rows(text: str, title: str = _PAIR) -> set[tuple]:
    out = figures(f"date 2031-02-10\n{title}\n\n{text}\n")
    return {
        (r.flow, r.reporter, r.partner, str(r.period_start), str(r.period_end), r.value, r.unit)
        for r in out.itertuples()
    }


def _approx(text: str, title: str = _PAIR) -> list[tuple]:
    out = figures(f"date 2031-02-10\n{title}\n\n{text}\n")
    return [(r.value, bool(r.approx)) for r in out.itertuples()]


_YEAR = ("2030-01-01", "2030-12-31")


# --- change and level verbs ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # springen: jumped
            "Die Ausfuhren Österreichs nach Armenien sprangen 2030 um 41 Prozent auf 317 Millionen"
            " Euro.",
            {
                ("exports", "AUT", "ARM", *_YEAR, 41.0, "percent"),
                ("exports", "AUT", "ARM", *_YEAR, 317e6, "EUR"),
            },
        ),
        (  # einbrechen, separable: slumped
            "Die Einfuhren der Schweiz aus Armenien brachen 2030 um 23 Prozent ein.",
            {("imports", "CHE", "ARM", *_YEAR, -23.0, "percent")},
        ),
        (  # the present tense: "steigen" (rise)
            "Die Exporte Österreichs nach Armenien steigen 2030 um 6,5 Prozent.",
            {("exports", "AUT", "ARM", *_YEAR, 6.5, "percent")},
        ),
        (  # the present of a separable verb: "nimmt ... zu"
            "Der Handel zwischen Österreich und Armenien nimmt 2030 um 9 Prozent zu.",
            {("turnover", "AUT", "ARM", *_YEAR, 9.0, "percent")},
        ),
        (  # "geht ... zurück" (declines)
            "Der Handel zwischen Österreich und Armenien geht 2030 um 4 Prozent zurück.",
            {("turnover", "AUT", "ARM", *_YEAR, -4.0, "percent")},
        ),
        (  # "schwächten sich ... ab" (weakened)
            "Die Exporte Österreichs nach Armenien schwächten sich 2030 um 2,5 Prozent ab.",
            {("exports", "AUT", "ARM", *_YEAR, -2.5, "percent")},
        ),
        (  # "gaben ... nach" (eased)
            "Die Exporte Österreichs nach Armenien gaben 2030 um 3,5 Prozent nach.",
            {("exports", "AUT", "ARM", *_YEAR, -3.5, "percent")},
        ),
    ],
)
def test_change_verbs(text: str, expected: set[tuple]) -> None:
    assert _rows(text, "Österreich Armenien Schweiz") == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Nach einem Anstieg 2029 sind die Exporte Österreichs nach Armenien 2030 um 20 Prozent"
            " eingebrochen.",
            -20.0,
        ),
        (
            "Nach einem Rückgang 2029 sind die Exporte Österreichs nach Armenien 2030 um 20 Prozent"
            " gesprungen.",
            20.0,
        ),
    ],
)
def test_a_perfect_participle_gives_the_direction(text: str, value: float) -> None:
    # the participle ends the clause; an earlier change noun is another year's
    assert _rows(text, "Österreich Armenien") == {
        ("exports", "AUT", "ARM", *_YEAR, value, "percent")
    }


@pytest.mark.parametrize(
    ("sentence", "english"),
    [
        ("Die Exporte stiegen von 1,5 Milliarden Euro auf 2 Milliarden Euro.", "rose from 1.5"),
        ("Die Exporte erhöhten sich von 310 Millionen Euro auf 350 Millionen Euro.", "from 310"),
        ("Die Exporte stiegen auf 2 Milliarden Euro nach 1,5 Milliarden Euro.", "after 1.5"),
        ("Die Exporte summierten sich auf 2 Milliarden Euro.", "totalled"),
        ("Die Exporte beläuft sich auf 2 Milliarden Euro.", "amounts to"),
        ("Die Exporte überschritten die Marke von 2 Milliarden Euro.", "exceeded the mark of"),
        ("Die Exporte übertrafen 2 Milliarden Euro.", "surpassed"),
        ("Die Exporte verzeichneten einen Rückgang um 3 Prozent.", "recorded a decline of"),
        ("Die Exporte erreichten einen Wert von 2 Milliarden Euro.", "reached a value of"),
        ("Die Exporte stiegen 2030, verglichen mit 2029, um 3 Prozent.", "compared with"),
        ("Die Exporte haben sich verdoppelt, die Importe halbierte sich.", "halved"),
        ("Die Exporte machten 2 Milliarden Euro aus.", "amounted to 2 billion"),
        ("Die Exporte stagnierten 2030.", "stagnated"),
        ("Die Exporte lagen 2030 bei gut 144 Millionen Euro.", "stood 2030 at over 144"),
        ("Die Exporte verzeichneten einen Einbruch um 23 Prozent.", "recorded a slump by 23"),
        ("Die Exporte haben sich vervierfacht.", "quadrupled"),
        ("Man rechnet mit einem Anstieg der Exporte.", "expects a increase of the exports"),
    ],
)
def test_change_words_gloss(sentence: str, english: str) -> None:
    assert english in gloss(sentence, "de")


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (  # a pronoun after its verb: "lag er" (it stood)
            "Im Jahr 2029 lag er bei 410 Millionen Euro.",
            ("turnover", "AUT", "ARM", "2029-01-01", "2029-12-31", 410e6, "EUR"),
        ),
        (  # "beliefen sie sich" (they amounted to) after a bare year
            "2029 beliefen sie sich auf 410 Millionen Euro.",
            ("turnover", "AUT", "ARM", "2029-01-01", "2029-12-31", 410e6, "EUR"),
        ),
    ],
)
def test_a_pronoun_after_its_verb(second: str, expected: tuple) -> None:
    first = "Der Handel zwischen Österreich und Armenien wuchs 2030 um 15 Prozent."
    assert expected in _rows(f"{first} {second}", "Österreich Armenien")


def test_according_to_before_zufolge() -> None:
    glossed = gloss("Den jüngsten Zahlen des Amtes zufolge stiegen die Exporte.", "de")
    assert glossed.startswith("According to the latest figures"), glossed


# --- time ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("period", "start", "end"),
    [
        ("Letztes Jahr", "2030-01-01", "2030-12-31"),
        ("Im abgelaufenen Jahr", "2030-01-01", "2030-12-31"),
        ("Heuer", "2031-01-01", "2031-12-31"),
        ("In den ersten 9 Monaten 2030", "2030-01-01", "2030-09-30"),
        ("In den ersten 5 Monaten des Jahres 2030", "2030-01-01", "2030-05-31"),
        ("In den ersten beiden Monaten 2030", "2030-01-01", "2030-02-28"),
        ("In den ersten drei Quartalen 2030", "2030-01-01", "2030-09-30"),
        ("Im ersten Vierteljahr 2030", "2030-01-01", "2030-03-31"),
        ("Im dritten Vierteljahr 2030", "2030-07-01", "2030-09-30"),
        ("In der ersten Hälfte 2030", "2030-01-01", "2030-06-30"),
        ("In der zweiten Hälfte des Jahres 2030", "2030-07-01", "2030-12-31"),
        ("Bis Ende Oktober 2030", "2030-01-01", "2030-10-31"),
    ],
)
def test_time_words(period: str, start: str, end: str) -> None:
    text = f"{period} stiegen die Exporte Österreichs nach Armenien um 7,5 Prozent."
    assert _rows(text, "Österreich Armenien") == {
        ("exports", "AUT", "ARM", start, end, 7.5, "percent")
    }


def test_first_months_of_the_previous_year() -> None:
    glossed = gloss("in den ersten neun Monaten des Vorjahres", "de")
    assert glossed == "in the first nine months of the previous year", glossed


@pytest.mark.parametrize(
    ("sentence", "english"),
    [
        ("Seit Jahresbeginn stiegen die Exporte.", "Since the beginning of the year"),
        ("Seit Anfang des Jahres stiegen die Exporte.", "Since the beginning of the year"),
        ("Die Exporte stiegen im Vorjahresvergleich.", "rose year on year"),
        ("Die Exporte stiegen gegenüber dem Vorjahresquartal.", "the same quarter last year"),
        ("Die Exporte stiegen im Geschäftsjahr 2030/31.", "in fiscal year 2030/31"),
        ("Die Exporte stiegen im Wirtschaftsjahr 2030.", "in fiscal year 2030"),
        ("Die Exporte stiegen im Zeitraum von Januar bis Mai.", "in the period from January"),
        ("Die Exporte stiegen von Januar bis Mai.", "from January to May"),
        ("Die Exporte stiegen in den vergangenen zwölf Monaten.", "in the past twelve months"),
        ("Ende des Jahres stiegen die Exporte.", "end of the year rose"),
        ("Zu Beginn des Jahres stiegen die Exporte.", "At the beginning of the year rose"),
        ("Die Exporte stiegen gegenüber dem Vormonat.", "compared with the previous month"),
        ("Die Exporte stiegen, ein Jahr zuvor sanken sie.", "a year earlier"),
        ("Die Exporte stiegen bis Jahresende.", "by the end of the year"),
        ("Die Exporte stiegen im laufenden Geschäftsjahr.", "current fiscal year"),
    ],
)
def test_time_words_gloss(sentence: str, english: str) -> None:
    assert english in gloss(sentence, "de")


# --- flows and measures ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das Außenhandelsvolumen zwischen Österreich und Armenien belief sich 2030 auf 388"
            " Millionen Euro.",
            ("turnover", "AUT", "ARM", *_YEAR, 388e6, "EUR"),
        ),
        (
            "Der Warenumsatz zwischen Österreich und Armenien belief sich 2030 auf 388 Millionen"
            " Euro.",
            ("turnover", "AUT", "ARM", *_YEAR, 388e6, "EUR"),
        ),
        (
            "Der Güteraustausch zwischen Österreich und Armenien betrug 2030 388 Millionen Euro.",
            ("turnover", "AUT", "ARM", *_YEAR, 388e6, "EUR"),
        ),
        (
            "Der Exportwert Österreichs nach Armenien belief sich 2030 auf 144 Millionen Euro.",
            ("exports", "AUT", "ARM", *_YEAR, 144e6, "EUR"),
        ),
        (
            "Die Warenexporte Österreichs nach Armenien beliefen sich 2030 auf 144 Millionen Euro.",
            ("exports", "AUT", "ARM", *_YEAR, 144e6, "EUR"),
        ),
        (
            "Die Exporterlöse Armeniens aus Österreich beliefen sich 2030 auf 97 Millionen Euro.",
            ("exports", "ARM", "AUT", *_YEAR, 97e6, "EUR"),
        ),
    ],
)
def test_flows_and_measures(text: str, expected: tuple) -> None:
    assert _rows(text, "Österreich Armenien") == {expected}


@pytest.mark.parametrize(
    ("sentence", "english"),
    [
        ("Der Handelsbilanzüberschuss Österreichs stieg.", "Austria's trade surplus rose"),
        ("Das Außenhandelsdefizit Armeniens stieg.", "trade deficit"),
        ("Die Außenhandelsbilanz blieb positiv.", "trade balance"),
        ("Die ausländischen Direktinvestitionen stiegen.", "foreign direct investment"),
        ("Österreichische Firmen investierten 5 Millionen Euro.", "invested"),
        ("Das Importvolumen stieg.", "import volume"),
        ("Die Ausfuhren der Schweiz stiegen.", "Switzerland's exports rose"),
        ("Die Bezüge aus der EU stiegen.", "imports from the EU"),
        ("Die Gesamtausfuhren stiegen.", "total exports"),
        ("Der Warenhandel stieg.", "trade in goods"),
        ("Der Dienstleistungshandel stieg.", "trade in services"),
    ],
)
def test_flow_words_gloss(sentence: str, english: str) -> None:
    assert english in gloss(sentence, "de")


# --- sides -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "english"),
    [
        ("Der Handel zwischen den beiden Ländern stieg.", "the trade between the two countries"),
        ("Das Handelsvolumen der beiden Länder stieg.", "trade volume of the two countries"),
        ("Das Handelsvolumen beider Länder stieg.", "trade volume of the two countries"),
        ("Der Handel zwischen den beiden Staaten stieg.", "the trade between the two countries"),
        ("Der Handel zwischen beiden Seiten stieg.", "the trade between the two sides"),
        ("Der bilaterale Warenaustausch stieg.", "the bilateral trade"),
        ("Der beiderseitige Handel stieg.", "the bilateral trade"),
        ("Der gegenseitige Handel stieg.", "the mutual trade"),
        ("Der Handel mit diesem Partner stieg.", "the trade with this partner"),
        ("Der Handel mit diesem Land stieg.", "the trade with this country"),
    ],
)
def test_the_two_sides(sentence: str, english: str) -> None:
    assert english in gloss(sentence, "de")


def test_the_two_countries_as_subject() -> None:
    glossed = gloss("Beide Länder wollen den Handel ausbauen.", "de")
    assert glossed.startswith("The two countries want to"), glossed


# --- hedges ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "hedge", ["ungefähr", "annähernd", "nahezu", "beinahe", "zirka", "ca.", "gut", "knapp unter"]
)
def test_hedges(hedge: str) -> None:
    text = f"Die Exporte Österreichs nach Armenien erreichten 2030 {hedge} 144 Millionen Euro."
    assert _approx(text, "Österreich Armenien") == [(144e6, True)]


@pytest.mark.parametrize(
    ("amount", "value"),
    [
        ("eine Milliarde Euro", 1e9),
        ("einer Milliarde Euro", 1e9),
        ("eineinhalb Milliarden Euro", 1.5e9),
    ],
)
def test_spelled_amounts(amount: str, value: float) -> None:
    text = f"Der Handel zwischen Österreich und Armenien lag 2030 bei {amount}."
    assert _rows(text, "Österreich Armenien") == {("turnover", "AUT", "ARM", *_YEAR, value, "EUR")}


# --- targets ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Handel zwischen Österreich und Armenien soll bis 2035 auf 900 Millionen Euro steigen.",
        "Österreich und Armenien wollen ihren Handel bis 2035 auf 900 Millionen Euro steigern.",
        "Der Handel zwischen Österreich und Armenien soll bis 2035 900 Millionen Euro erreichen.",
        "Der Handel zwischen Österreich und Armenien soll bis zum Jahr 2035 auf 900 Millionen Euro"
        " ausgebaut werden.",
    ],
)
def test_targets_by_a_year(sentence: str) -> None:
    assert _rows(sentence, "Österreich Armenien") == {
        ("turnover", "AUT", "ARM", "None", "2035-12-31", 900e6, "EUR")
    }


def test_expected_change() -> None:
    text = "Die Exporte Österreichs nach Armenien dürften 2031 um 4 Prozent steigen."
    assert _rows(text, "Österreich Armenien") == {
        ("exports", "AUT", "ARM", "2031-01-01", "2031-12-31", 4.0, "percent")
    }


# --- near misses -----------------------------------------------------------------------------


def test_recent_years_are_no_last_year() -> None:
    glossed = gloss("In den letzten Jahren stiegen die Exporte.", "de")
    assert "last year" not in glossed and "in recent years" in glossed.lower(), glossed


def test_a_range_of_years_keeps_to() -> None:
    assert "from 2028 to 2030" in gloss("Die Exporte stiegen von 2028 bis 2030.", "de")
    assert "2028 to 2030" in gloss("Die Exporte stiegen 2028 bis 2030.", "de")
    assert "between 2028 and 2030" in gloss("Die Exporte stiegen zwischen 2028 und 2030.", "de")


def test_von_before_a_noun_and_after_worth_stays_of() -> None:
    glossed = gloss(
        "Die Exporte von Waren im Wert von 2 Milliarden Euro stiegen auf 3 Prozent.", "de"
    )
    assert "exports of goods worth 2 billion" in glossed, glossed


def test_nach_before_a_name_stays_to() -> None:
    glossed = gloss("Die Exporte nach Armenien stiegen nach 2029 stark.", "de")
    assert "exports to Armenia" in glossed and "after 2029" in glossed, glossed


def test_gut_not_before_a_number_stays() -> None:
    assert "over" not in gloss("Die Beziehungen sind gut.", "de")


def test_a_preposition_at_the_clause_end_is_no_particle() -> None:
    # "gab ... aus" (spent) is no change verb: the clause is left as it is
    glossed = gloss("Österreich gab 2030 viel Geld für Waren aus.", "de")
    assert "gab" in glossed and "fell" not in glossed, glossed


def test_a_present_ausfuehren_without_an_amount_is_no_export() -> None:
    # "führt ... aus" is "explains" in reported speech; "exports" states an amount
    assert "export" not in gloss("Der Minister führt die Gründe aus.", "de")
    glossed = gloss("Österreich führt jährlich Waren im Wert von 9 Millionen Euro aus.", "de")
    assert "Austria exported" in glossed, glossed


def test_lower_case_erst_is_no_first_time() -> None:
    # "erst" (only just) is not "erstmals" (for the first time)
    assert "first time" not in gloss("Die Exporte stiegen erst 2030.", "de")
