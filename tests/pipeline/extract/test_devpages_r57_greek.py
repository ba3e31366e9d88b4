"""Greek ("el") glossed as a whole language (round 57, batch 14: iy01-iy04).

Every sentence here is made up, with forms no batch-14 page uses: other countries (Egypt,
Bulgaria, Italy, Cyprus, the United States), their genitives with a moving accent ("Αιγύπτου",
"Βουλγαρίας", "Ηνωμένων Πολιτειών"), a capitalised headline without accents, other periods
("το πρώτο εξάμηνο του 2031", "τον Μάρτιο", "το εννεάμηνο"), other verbs ("μειώθηκαν",
"ανήλθαν", "ξεπέρασαν", "να φτάσουν"), other demonym forms ("ιταλικών", "κυπριακές") and other
change nouns fronted ("Μείωση ... κατέγραψαν"). Near misses: Russian, Bulgarian and English pages
keep their language; "το 2031" after "μέχρι" is a bound, not a year in which; a change noun with
no recording verb after it stays a noun.
"""

import datetime as dt

from pipeline.extract.foreign import gloss, language
from tests.pipeline.extract.test_foreign import rows

D = dt.date

_GREEK = (
    "Σύμφωνα με την ΕΛΣΤΑΤ, οι εξαγωγές της Ελλάδας προς την Αίγυπτο μειώθηκαν κατά 8,4% το "
    "πρώτο εξάμηνο του 2031 και ανήλθαν σε 412,5 εκατ. ευρώ, ενώ οι εισαγωγές από τη Βουλγαρία "
    "αυξήθηκαν."
)


def test_language_of_greek_pages() -> None:
    assert language([_GREEK]) == "el"
    # near misses: a Russian, a Bulgarian and an English page keep their language
    russian = "Товарооборот между Грецией и Египтом вырос на 12% и составил 4 млрд долларов."
    assert language([russian]) == "ru"
    english = "The trade between Greece and Egypt rose, the ministry said, and the exports of "
    assert language([english * 3 + "και της"]) is None


def test_greek_genitives_accents_and_articles() -> None:
    assert gloss("οι εξαγωγές της Βουλγαρίας προς την Αίγυπτο", "el") == (
        "Bulgaria's exports to the Egypt"
    )
    # the genitive moves the accent ("Αίγυπτος" -> "Αιγύπτου"); a headline writes no accents
    assert gloss("ΟΙ ΕΞΑΓΩΓΕΣ ΤΗΣ Αιγύπτου", "el") == "Egypt's exports"
    assert gloss("ΟΙ ΕΞΑΓΩΓΕΣ ΤΗΣ ΑΙΓΥΠΤΟΥ", "el") == "Egypt's exports"
    assert gloss("των Ηνωμένων Πολιτειών", "el") == "of United States"
    # a demonym in another gender and case, and a compound with Greek
    assert gloss("των ιταλικών εξαγωγών", "el") == "of Italian exports"
    assert gloss("οι ελληνοκυπριακές εμπορικές συναλλαγές", "el") == "the Greek-Cypriot trade"


def test_greek_years_amounts_and_months() -> None:
    assert gloss("μέχρι το 2031", "el") == "by 2031"
    assert gloss("έναντι του 2029", "el") == "compared with 2029"
    assert gloss("ξεπέρασαν τα 3,5 δισ. δολάρια τον Μάρτιο", "el") == (
        "exceeded 3.5 billion dollars the March"
    )
    assert gloss("αυξήθηκαν σε δύο δισ. ευρώ", "el") == "rose to 2 billion euros"


def test_greek_fronted_change_noun_and_headline_rate() -> None:
    text = "Μείωση σχεδόν 12% κατέγραψαν το 2031 οι κυπριακές εισαγωγές από την Ιταλία"
    assert gloss(text, "el") == ("the Cypriot imports from the Italy fell by nearly 12% in 2031")
    # near miss: a change noun with no recording verb after it stays a noun
    assert gloss("Μείωση 12% των εισαγωγών", "el") == "decrease of 12% in imports"
    assert gloss("η μείωση των τιμών", "el") == "the decrease of τιμων"


def test_greek_page_figures() -> None:
    text = (
        " date 2031-10-02\nΕξαγωγές προς την Αίγυπτο\n"
        "Σύμφωνα με την ΕΛΣΤΑΤ, οι εξαγωγές της Ελλάδας προς την Αίγυπτο μειώθηκαν κατά 8,4% "
        "το πρώτο εξάμηνο του 2031 και ανήλθαν σε 412,5 εκατ. ευρώ."
    )
    got = rows(text)
    assert got[-8.4] == (
        "exports",
        "GRC",
        "EGY",
        "pct_change",
        "percent",
        D(2031, 1, 1),
        D(2031, 6, 30),
    )
    assert got[412.5e6][:5] == ("exports", "GRC", "EGY", "level", "EUR")
    # a headline "να" with a flow for its subject is an aim
    aim = (
        " date 2031-10-02\nΕλλάδα και Αίγυπτος\n"
        'Ο υπουργός: "Οι εξαγωγές της Ελλάδας προς την Αίγυπτο να φτάσουν τα 2 δισ. ευρώ".'
    )
    out = __import__("tests.pipeline.extract.test_extract", fromlist=["figures"]).figures(aim)
    assert list(out.status) == ["target"]


def test_greek_verb_first_order() -> None:
    """The verb before its flow subject, with a rate or a period between (made up: Italy,
    "μειώθηκαν", "το τρίτο τρίμηνο")."""
    assert gloss("Μειώθηκαν κατά 7% το 2031 οι ιταλικές εισαγωγές από την Αίγυπτο", "el") == (
        "the Italian imports from the Egypt fell by 7% in 2031"
    )
    assert gloss("Κατά 7% μειώθηκαν οι εξαγωγές της Κύπρου", "el") == (
        "Cyprus's exports fell by 7%"
    )
    # near miss: a verb first with no flow after it keeps its place
    assert gloss("Μειώθηκαν κατά 7% οι τιμές", "el") == "fell by 7% the τιμες"
