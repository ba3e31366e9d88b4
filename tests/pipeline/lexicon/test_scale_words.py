"""Scale words of each gloss language from CLDR's compact decimal formats
(``pipeline.lexicon.scale_words``), read through the gloss (``pipeline.extract.foreign``).

Sentences are made up; each uses a plural or case form of a scale word that no row of
``foreign_words.csv`` spells.
"""

from pipeline.extract.foreign import gloss
from pipeline.lexicon.gloss_locales import CLDR_LOCALES
from pipeline.lexicon.scale_words import scale_words
from tests.pipeline.extract.test_foreign import rows


def test_every_plural_form_and_the_word_scale_not_the_pattern_key() -> None:
    polish = dict(scale_words("pl"))
    assert polish["miliarda"] == polish["miliardów"] == polish["mld"] == "billion"
    assert polish["miliona"] == "million"
    # "00 লাখ" stands under 1,000,000 in CLDR: the word itself is a lakh
    assert dict(scale_words("bn"))["লাখ"] == "lakh"
    assert dict(scale_words("fr"))["billion"] == "trillion"  # the long scale
    assert dict(scale_words("pt"))["bilião"] == "trillion"  # Portugal; Brazil's "bilhão" ...
    assert dict(scale_words("pt"))["bilhão"] == "billion"
    uzbek = dict(scale_words("uz"))  # Latin and Cyrillic
    assert uzbek["mlrd"] == uzbek["млрд"] == uzbek["milliard"] == "billion"
    assert "trln" not in uzbek  # a short trillion
    # every language of the one locale table but Chinese, Korean and Japanese, whose "万"/"亿",
    # "만"/"억"/"조" and "万"/"億"/"兆" are one letter (their modules read them)
    assert all(scale_words(lang) for lang in CLDR_LOCALES if lang not in ("zh", "ko", "ja"))
    assert scale_words("zh") == scale_words("ko") == scale_words("ja") == ()
    assert scale_words("xx") == ()


def test_initials_and_short_trillions_are_not_scale_words() -> None:
    spanish, german = dict(scale_words("es")), dict(scale_words("de"))
    assert "m" not in spanish and "b" not in spanish  # "M", "B": initials
    assert "bio." not in german  # "Bio." is organic too
    assert "mrd." in german


def test_polish_genitive_after_a_decimal() -> None:
    got = rows(
        "Wymiana handlowa Polski z Ukrainą jest coraz większa, a obroty rosną od lat.\n"
        "Eksport Polski do Ukrainy wzrósł w 2031 r. o 8,5 proc. r/r i wyniósł 2,7 miliarda euro.\n"
        "Import z Ukrainy w I kwartale 2031 r. wyniósł 1,1 mld zł."
    )
    assert got[2_700_000_000.0][:3] == ("exports", "POL", "UKR")


def test_spanish_thousand_alone() -> None:
    assert gloss("US$ 450 mil", "es") == "US$ 450 thousand"
    assert "billion" in gloss("3 mil millones de dólares", "es")  # the CSV's row wins
