"""``foreign_words.csv``: the Spanish/French/Portuguese/German/Russian/Italian/Arabic/Indonesian/
Turkish/Polish/Armenian/Kyrgyz gloss is well-formed data."""

from pipeline.extract.countries import find_countries
from pipeline.lexicon import foreign_words, vocabulary

_NOT_PLACES = {"Federal Statistical Office", "Ministry of", "US dollars", "Swiss francs", "Europe"} | {
    "FDI",  # an acronym of a flow ("IDE", "IED"), capitalised as acronyms are
    "Source",  # a source line's label ("Zdroj:"), capitalised as ``source_line`` reads it
    "Foreign Ministry", "Exporters Assembly",  # bodies' names ("МИД", "İhracatçılar Meclisi")
    # Indonesian national bodies, officials and speech verbs glossed for attribution (round 55)
    "Ministry of Trade", "Ministry of Foreign Affairs", "Central Bureau of Statistics", "Embassy",
    "Consulate", "Ambassador", "Minister of Trade", "Foreign Minister", "Vice President",
    "He said", "He explained",
    # national bodies and officials glossed for attribution in Portuguese, Italian, German, Russian,
    # Ukrainian, Polish and Czech (round 56)
    "Belstat", "Rosstat", "Central Bank", "National Bank", "Central Statistical Office",
    "State Statistics Committee", "State Statistics Service", "Customs Administration",
    "Customs Agency", "Federal Customs Service", "State Customs Service", "Consulate General",
    "Federal Ministry", "Ministry", "Ministry of Economic Development", "Ministry of Economy",
    "National Revenue Administration", "Secretariat of Foreign Trade", "Economic Observatory",
    "Chancellor", "Prime Minister", "State Secretary", "Economy Minister", "Deputy Economy Minister",
    "Trade Minister", "Minister", "Customs", "Bureau of Statistics", "Ministry of Commerce",
    "Ministry of External Affairs",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
}  # fmt: skip


def test_rows_are_unique_and_of_a_known_language() -> None:
    keys = [(lang, phrase.lower()) for lang, phrase, _ in foreign_words()]
    assert len(keys) == len(set(keys))
    assert {lang for lang, _, _ in foreign_words()} <= {
        "es", "fr", "pt", "de", "ru", "it", "ar", "id", "tr", "pl", "hy", "ky", "vi", "zh", "zh_abbr",
        "cs", "bg", "sh", "az", "bn", "uz", "uk", "ro", "ko", "ja", "th", "sw", "ur", "hi",
        "tl", "nl", "sv", "fa", "he", "gu", "ne", "kk", "hu", "el", "mk", "sq", "ka", "km", "both",
    }  # fmt: skip
    assert all(english.strip() and phrase.strip() for _, phrase, english in foreign_words())


def test_every_country_gloss_is_a_name_the_english_rules_know() -> None:
    # a country or bloc name glossed to English must be found by the English country matcher
    # (a region's name, "Europa" -> "Europe", glosses to a ``region_name`` instead: no economy)
    regions = set(vocabulary("region_name"))
    names = [
        e
        for lang, p, e in foreign_words()
        if lang in ("both", "pt", "it")
        and p[:1].isupper()
        and e not in regions
        and e not in _NOT_PLACES
    ]
    # German and Russian names (and their case forms: "Китаем", "Deutschlands" -> "Germany's")
    names += [
        e.removesuffix("'s")
        for lang, p, e in foreign_words()
        if lang
        in (
            "de",
            "ru",
            "id",
            "tr",
            "pl",
            "hy",
            "ky",
            "cs",
            "bg",
            "sh",
            "az",
            "uz",
            "uk",
            "ro",
            "sw",
            "tl",
            "nl",
            "sv",
        )
        and p[:1].isupper()
        and e[:1].isupper()
        and e not in _NOT_PLACES
    ]
    # Arabic and Bengali names and demonyms (no capitals: every capitalised gloss is a place)
    names += [
        e
        for lang, _, e in foreign_words()
        if lang in ("ar", "bn", "ur", "hi", "gu", "ne")
        and e[:1].isupper()
        and e not in _NOT_PLACES
        and e != "US dollars"
    ]
    # Chinese names and pair abbreviations (no capitals: every capitalised gloss but a
    # currency or region is a place)
    names += [
        e
        for lang, _, e in foreign_words()
        if lang in ("zh", "zh_abbr")
        and e[:1].isupper()
        and e not in _NOT_PLACES
        and e not in regions
        and e not in ("Hong Kong dollars", "Central America")
    ]
    assert names
    for english in names:
        assert find_countries(f"Trade with {english} rose."), english
