"""Round 43: the French trade-news register as a vocabulary (``foreign_words.csv``'s and
``foreign_verbs.csv``'s French rows, :mod:`pipeline.extract.french`). Each group of the register
has made-up sentences whose figure the gloss lost or misread before: change verbs, time words,
flows, sides, hedges and targets; near misses keep a word unread where it is no register word.
Made-up sentences and values; the page is dated 2031-02-10."""

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


def _rows(text: str, title: str = "Commerce extérieur") -> set[tuple]:
    out = figures(f"date 2031-02-10\n{title}\n\n{text}\n")
    return {
        (r.flow, r.reporter, r.partner, str(r.period_start), str(r.period_end), r.value, r.unit)
        for r in out.itertuples()
    }


def _facets(text: str, title: str = "Commerce extérieur") -> set[tuple]:
    out = figures(f"date 2031-02-10\n{title}\n\n{text}\n")
    return {(r.flow, r.value, r.unit, r.status, bool(r.approx)) for r in out.itertuples()}


_Y2030 = ("2030-01-01", "2030-12-31")


# -- change and level verbs ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les exportations du Sénégal vers le Mali se sont accrues de 12,5% en 2030.",
            ("exports", "SEN", "MLI", *_Y2030, 12.5, "percent"),
        ),
        (
            "Les importations du Cameroun en provenance du Gabon ont régressé de 7,4% en 2030.",
            ("imports", "CMR", "GAB", *_Y2030, -7.4, "percent"),
        ),
        (
            "Les exportations de la Tunisie vers la Libye ont fléchi de 3,8% en 2030.",
            ("exports", "TUN", "LBY", *_Y2030, -3.8, "percent"),
        ),
        (
            "Les exportations du Maroc vers la Mauritanie se sont repliées de 9,1% en 2030.",
            ("exports", "MAR", "MRT", *_Y2030, -9.1, "percent"),
        ),
        (
            "Les importations de la Belgique en provenance de la Suisse ont dégringolé de 21% en"
            " 2030.",
            ("imports", "BEL", "CHE", *_Y2030, -21.0, "percent"),
        ),
        (
            "Les exportations du Canada vers la France se sont envolées de 17,2% en 2030.",
            ("exports", "CAN", "FRA", *_Y2030, 17.2, "percent"),
        ),
        (
            "Les exportations du Bénin vers le Niger se sont effondrées de 44% en 2030.",
            ("exports", "BEN", "NER", *_Y2030, -44.0, "percent"),
        ),
        (
            "Les exportations du Togo vers le Burkina Faso avaient fléchi de 6,3% en 2030.",
            ("exports", "TGO", "BFA", *_Y2030, -6.3, "percent"),
        ),
        (
            "Les exportations du Sénégal vers la Gambie ont connu un accroissement de 15,7% en"
            " 2030.",
            ("exports", "SEN", "GMB", *_Y2030, 15.7, "percent"),
        ),
    ],
)
def test_change_verbs(text: str, expected: tuple) -> None:
    assert _rows(text) == {expected}


# -- time words -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("when", "start", "end"),
    [
        ("l'an passé", "2030-01-01", "2030-12-31"),
        ("l'année écoulée", "2030-01-01", "2030-12-31"),
        ("au cours de l'exercice écoulé", "2030-01-01", "2030-12-31"),
        ("l'exercice précédent", "2030-01-01", "2030-12-31"),
        ("l'année en cours", "2031-01-01", "2031-12-31"),
        ("depuis le début de l'année", "2031-01-01", "2031-12-31"),
        ("le mois dernier", "2031-01-01", "2031-01-31"),
        ("le mois passé", "2031-01-01", "2031-01-31"),
        ("au dernier trimestre 2030", "2030-10-01", "2030-12-31"),
        ("au 1er trimestre 2030", "2030-01-01", "2030-03-31"),
        ("au 2e trimestre 2030", "2030-04-01", "2030-06-30"),
        ("au 3ème trimestre 2030", "2030-07-01", "2030-09-30"),
        ("au 4e trimestre 2030", "2030-10-01", "2030-12-31"),
        ("au T3 2030", "2030-07-01", "2030-09-30"),
        ("au S1 2030", "2030-01-01", "2030-06-30"),
        ("au cours des cinq dernières années", "2026-01-01", "2030-12-31"),
        ("au cours des 3 dernières années", "2028-01-01", "2030-12-31"),
        ("au cours de la dernière décennie", "2021-01-01", "2030-12-31"),
        ("durant la période du 1er janvier au 31 mai 2030", "2030-01-01", "2030-05-31"),
    ],
)
def test_time_words(when: str, start: str, end: str) -> None:
    text = f"Les exportations du Maroc vers la Tunisie ont atteint 4,6 milliards de dirhams {when}."
    assert _rows(text) == {("exports", "MAR", "TUN", start, end, 4.6e9, "MAD")}


def test_a_canadian_fiscal_year() -> None:
    text = (
        "Les importations du Canada en provenance de la Belgique ont atteint 2,9 milliards de"
        " dollars canadiens au cours de l'exercice financier 2029-2030."
    )
    assert _rows(text) == {("imports", "CAN", "BEL", "2029-04-01", "2030-03-31", 2.9e9, "CAD")}


def test_a_quarter_of_the_current_year() -> None:
    text = (
        "Les exportations de la Côte d'Ivoire vers le Ghana ont progressé de 11,3% au premier"
        " trimestre de l'année en cours."
    )
    assert _rows(text) == {("exports", "CIV", "GHA", "2031-01-01", "2031-03-31", 11.3, "percent")}


def test_the_year_before_after_against() -> None:
    glossed = gloss(
        "Les exportations du Maroc vers la Tunisie ont atteint 4,6 milliards de dirhams en 2030,"
        " contre 3,1 milliards de dirhams l'année d'avant.",
        "fr",
    )
    assert glossed.endswith("against 3.1 billion dirhams a year earlier."), glossed


# -- flows and measures ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les recettes d'exportations du Sénégal vers le Mali ont atteint 62 milliards de FCFA"
            " en 2030.",
            ("exports", "SEN", "MLI", *_Y2030, 6.2e10, "XOF"),
        ),
        (
            "Les ventes du Sénégal au Mali ont atteint 62 milliards de FCFA en 2030.",
            ("exports", "SEN", "MLI", *_Y2030, 6.2e10, "XOF"),
        ),
        (
            "Les livraisons du Cameroun au Tchad ont atteint 27 milliards de FCFA en 2030.",
            ("exports", "CMR", "TCD", *_Y2030, 2.7e10, "XAF"),
        ),
        (
            "Les envois du Cameroun vers le Tchad ont atteint 27 milliards de FCFA en 2030.",
            ("exports", "CMR", "TCD", *_Y2030, 2.7e10, "XAF"),
        ),
        (
            "Les IDE marocains au Sénégal ont atteint 33 milliards de FCFA en 2030.",
            ("investment", "SEN", "MAR", *_Y2030, 3.3e10, "XOF"),
        ),
        (
            "Les flux d'IDE du Maroc vers le Sénégal ont atteint 33 milliards de FCFA en 2030.",
            ("investment", "SEN", "MAR", *_Y2030, 3.3e10, "XOF"),
        ),
    ],
)
def test_flows(text: str, expected: tuple) -> None:
    assert _rows(text) == {expected}


# Canadian and Swiss copy: the currency after the amount, "mia"/"mio" (billion/million)
@pytest.mark.parametrize(
    ("amount", "value", "unit"),
    [
        ("6,4 milliards de dollars canadiens", 6.4e9, "CAD"),
        ("640 millions de dollars canadiens", 6.4e8, "CAD"),
        ("6,4 G$", 6.4e9, "USD"),
        ("640 M$", 6.4e8, "USD"),
        ("6,4 milliards $", 6.4e9, "USD"),
    ],
)
def test_canadian_amounts(amount: str, value: float, unit: str) -> None:
    text = f"Les exportations du Canada vers la Belgique ont atteint {amount} en 2030."
    assert _rows(text) == {("exports", "CAN", "BEL", *_Y2030, value, unit)}


def test_swiss_billions() -> None:
    text = "Les exportations de la Suisse vers la Belgique ont atteint 6,4 mia de francs en 2030."
    assert _rows(text) == {("exports", "CHE", "BEL", *_Y2030, 6.4e9, "CHF")}


# -- sides ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (
            "Le commerce extérieur des deux pays a atteint 418 milliards de FCFA en 2030.",
            "Sénégal et Mali",
            ("turnover", "SEN", "MLI", *_Y2030, 4.18e11, "XOF"),
        ),
        (
            "Le Gabon est un client du Cameroun. Les exportations camerounaises vers ce partenaire"
            " ont atteint 19 milliards de FCFA en 2030.",
            "Commerce extérieur",
            ("exports", "CMR", "GAB", *_Y2030, 1.9e10, "XAF"),
        ),
        (
            "Le Ghana est un fournisseur de la Côte d'Ivoire. Les importations ivoiriennes depuis"
            " ce partenaire ont atteint 19 milliards de FCFA en 2030.",
            "Commerce extérieur",
            ("imports", "CIV", "GHA", *_Y2030, 1.9e10, "XOF"),
        ),
        (
            "Les achats du Cameroun auprès du Gabon ont atteint 19 milliards de FCFA en 2030.",
            "Commerce extérieur",
            ("imports", "CMR", "GAB", *_Y2030, 1.9e10, "XAF"),
        ),
    ],
)
def test_sides(text: str, title: str, expected: tuple) -> None:
    assert _rows(text, title) == {expected}


# -- hedges ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("hedge", "value", "unit"),
    [
        ("moins de 400 milliards de FCFA", 4e11, "XOF"),
        ("presque 400 milliards de FCFA", 4e11, "XOF"),
        ("approximativement 400 milliards de FCFA", 4e11, "XOF"),
        ("pas moins de 400 milliards de FCFA", 4e11, "XOF"),
        ("un peu moins de 400 milliards de FCFA", 4e11, "XOF"),
        ("aux alentours de 400 milliards de FCFA", 4e11, "XOF"),
        ("de l'ordre de 400 milliards de FCFA", 4e11, "XOF"),
        ("au-delà de 400 milliards de FCFA", 4e11, "XOF"),
        ("plus d'un milliard de dollars", 1e9, "USD"),
        ("près d'un milliard de dollars", 1e9, "USD"),
    ],
)
def test_hedges(hedge: str, value: float, unit: str) -> None:
    text = f"Les échanges commerciaux entre les deux pays ont atteint {hedge} en 2030."
    assert _facets(text, "Sénégal et Mali") == {("turnover", value, unit, "actual", True)}


@pytest.mark.parametrize("verb", ["ont avoisiné", "ont frôlé"])
def test_verbs_of_nearly(verb: str) -> None:
    text = f"Les échanges commerciaux entre les deux pays {verb} 400 milliards de FCFA en 2030."
    assert _facets(text, "Sénégal et Mali") == {("turnover", 4e11, "XOF", "actual", True)}


# -- targets --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Les deux pays visent des échanges de 500 milliards de FCFA d'ici 2035.",
        "Les deux pays ambitionnent de porter leurs échanges à 500 milliards de FCFA d'ici à 2035.",
        "Les deux pays entendent porter leurs échanges à 500 milliards de FCFA à l'horizon 2035.",
        "Les deux pays souhaitent porter leurs échanges à 500 milliards de FCFA d'ici fin 2035.",
        "Les deux pays comptent porter leurs échanges à 500 milliards de FCFA d'ici 2035.",
    ],
)
def test_targets_by_a_year(text: str) -> None:
    out = figures(f"date 2031-02-10\nSénégal et Mali\n\n{text}\n")
    got = {(r.flow, r.value, r.status, str(r.period_end)) for r in out.itertuples()}
    assert got == {("turnover", 5e11, "target", "2035-12-31")}


def test_forecasts() -> None:
    text = "Le Sénégal table sur des exportations de 30 milliards de FCFA vers le Mali en 2035."
    assert _facets(text) == {("exports", 3e10, "XOF", "target", False)}


def test_expected_at() -> None:
    text = "Les échanges entre les deux pays sont attendus à 500 milliards de FCFA en 2035."
    assert _facets(text, "Sénégal et Mali") == {("turnover", 5e11, "XOF", "target", False)}


def test_up_to_before_an_amount() -> None:
    text = (
        "Les exportations du Sénégal vers le Mali pourraient atteindre jusqu'à 70 milliards de"
        " FCFA en 2035."
    )
    assert _facets(text) == {("exports", 7e10, "XOF", "target", True)}


# -- near misses ----------------------------------------------------------------------------------
def test_current_account_is_no_time() -> None:
    assert "during" not in gloss("Le déficit du compte courant courant s'est creusé.", "fr")
    assert "during 2030" in gloss("Les ventes ont atteint 5 milliards de FCFA courant 2030.", "fr")


def test_here_is_no_deadline() -> None:
    glossed = gloss("Le port de Kribi est à deux heures d'ici, a dit le ministre.", "fr")
    assert "by" not in glossed.split(), glossed


def test_au_before_a_period_stays_in_the() -> None:
    text = "Les exportations du Cameroun au premier trimestre 2030 ont atteint 8 milliards de FCFA."
    assert "exports in the first quarter" in gloss(text, "fr")
    # ... and before a date's day it is "to"; "du" after "période" is "from"
    assert "from 1 January to 31 May" in gloss("la période du 1er janvier au 31 mai 2030", "fr")


def test_until_before_a_date_stays_until() -> None:
    glossed = gloss("Les inscriptions sont ouvertes jusqu'au 30 septembre 2030.", "fr")
    assert "until" in glossed and "up to" not in glossed, glossed


def test_the_last_quarter_without_a_year_is_no_fourth_quarter() -> None:
    assert "fourth" not in gloss("Les ventes ont reculé le trimestre dernier.", "fr")
    assert "fourth" not in gloss("Les ventes ont reculé au dernier trimestre.", "fr")


def test_a_dollar_sign_without_an_amount_stays() -> None:
    assert "US$" in gloss("Les recettes ont atteint 5 milliards US$ en 2030.", "fr")
    # ... and a sign after no number stays where it is
    assert "in $ American" in gloss("Le prix du baril est cité en $ américains.", "fr")


def test_the_latter_is_no_time_word() -> None:
    assert "last" not in gloss("Ce dernier a signé l'accord avec le Mali.", "fr")


def test_investment_in_a_country_stays_in() -> None:
    # "au" after an investment is where it went, not a sale to it
    glossed = gloss("Les investissements du Maroc au Sénégal ont atteint 9 milliards.", "fr")
    assert "in the Senegal" in glossed, glossed
