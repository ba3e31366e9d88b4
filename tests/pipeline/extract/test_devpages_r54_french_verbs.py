"""Round 54, a general French verb of a level or a change left unread, so a figure whose flow comes
from the sentence before had no verb to continue it and was dropped (made-up sentences, made-up
figures, other pairs).

Kind: the verbs French pages state a level or a change with, beside those already listed:
"monter" (rise: "elles sont montées de X à Y", every past form through ``foreign_conjugation``),
"rester" (remain: "elles sont restées", and the present "restent" with "cependant", however),
"plafonner à" (peak at), and the imperfect of "être" before its amount ("leur valeur était de X",
"étaient de": was, were). Rows of ``lexicon/foreign_verbs.csv`` and ``lexicon/foreign_words.csv``.
Dev pages: hi02 (jeuneafrique), ho03 (senat), hx09 (tresor).
Near miss: "était de passage" (a visit, no amount) reads no figure.
"""

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_foreign import rows


def test_french_verbs_glossed() -> None:
    assert gloss("Elles sont montées de 12 milliards en 2029 à 15 milliards", "fr").startswith(
        "they rose from 12 billion in 2029 to 15 billion"
    )
    assert "value was 40 million" in gloss("leur valeur était de 40 millions", "fr")
    assert "they peaked at" in gloss("ils ont plafonné à 9 milliards", "fr")
    assert "remain however" in gloss("elles restent cependant stables", "fr")


def test_pronoun_rose_from_to() -> None:
    got = rows(
        "date 2031-02-01\nLe Niger et le Bénin\n\n"
        "En 2030, les exportations nigériennes vers le Bénin ont fortement progressé. Elles sont "
        "montées de 4,2 milliards de FCFA en 2029 à 9,8 milliards de FCFA en 2030."
    )
    assert got[4_200_000_000.0][:4] == ("exports", "NER", "BEN", "level")
    assert got[9_800_000_000.0][:4] == ("exports", "NER", "BEN", "level")


def test_value_was() -> None:
    got = rows(
        "date 2031-02-01\nLa France et la Géorgie\n\n"
        "Les échanges commerciaux entre la France et la Géorgie restent modestes. Leur montant "
        "était de 70 millions d'euros en 2029."
    )
    flow, a, b, measure, unit, start, _ = got[70_000_000.0]
    assert (flow, {a, b}, measure, unit, str(start)) == (
        "turnover",
        {"FRA", "GEO"},
        "level",
        "EUR",
        "2029-01-01",
    )


def test_near_miss_visit() -> None:
    got = rows(
        "date 2031-02-01\nLa France et la Géorgie\n\n"
        "Le ministre était de passage à Tbilissi en 2030 avec 40 chefs d'entreprise."
    )
    assert got == {}
