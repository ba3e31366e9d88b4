"""The locales each gloss language is read in from the reference vocabularies: one table.

A language ``pipeline.extract.foreign`` glosses is written in more than one locale: Serbo-Croatian
("sh", Latin script) as Croatian, Bosnian and Serbian Latin, Indonesian beside Malay, Portuguese
in Brazil and Portugal, Arabic with the Egyptian, Maghreb, Moroccan and Levantine month names,
Chinese and Uzbek in two scripts each. The two references name those locales each their own way:

- iso-codes' gettext catalogues (pycountry), read for country names by
  :mod:`pipeline.lexicon.country_names`: ``pt_BR``, ``sr@latin``, ``zh_CN``;
- the Unicode CLDR's locales (babel), read for month, currency and territory names by
  :mod:`pipeline.lexicon.cldr_words` and for scale words by :mod:`pipeline.lexicon.scale_words`:
  ``pt_PT``, ``sr_Latn``, ``zh_Hant``.

:data:`GLOSS_LOCALES` holds both for each language, so a language joins every vocabulary in one
row; :data:`ISO_LOCALES` and :data:`CLDR_LOCALES` are its two columns. A language with no
locale in a reference has ``()`` there and gives no rows of it. Errors: none.
"""

from __future__ import annotations

from typing import NamedTuple


class Locales(NamedTuple):
    """One gloss language's locales: iso-codes catalogues, CLDR locales (first read first)."""

    iso: tuple[str, ...]
    cldr: tuple[str, ...]


GLOSS_LOCALES: dict[str, Locales] = {
    "es": Locales(("es",), ("es", "es_419")),
    "fr": Locales(("fr",), ("fr",)),
    "pt": Locales(("pt", "pt_BR"), ("pt", "pt_PT")),
    "de": Locales(("de",), ("de", "de_AT")),
    "ru": Locales(("ru",), ("ru",)),
    "it": Locales(("it",), ("it",)),
    "ar": Locales(("ar",), ("ar", "ar_DZ", "ar_MA", "ar_LB")),
    "id": Locales(("id", "ms"), ("id", "ms")),
    "tr": Locales(("tr",), ("tr",)),
    "pl": Locales(("pl",), ("pl",)),
    "hy": Locales(("hy",), ("hy",)),
    "ky": Locales(("ky",), ("ky",)),
    "vi": Locales(("vi",), ("vi",)),
    "cs": Locales(("cs", "sk"), ("cs", "sk")),  # Slovak pages too (round 59)
    "bg": Locales(("bg",), ("bg",)),
    "sh": Locales(("hr", "bs", "sr@latin"), ("hr", "bs", "sr_Latn")),
    "az": Locales(("az",), ("az",)),
    "uz": Locales(("uz",), ("uz", "uz_Cyrl")),
    "uk": Locales(("uk",), ("uk",)),
    "bn": Locales(("bn", "bn_BD", "bn_IN"), ("bn",)),
    "zh": Locales(("zh_CN", "zh_TW", "zh_HK"), ("zh", "zh_Hant")),
    "ro": Locales(("ro",), ("ro",)),
    "ko": Locales(("ko",), ("ko",)),
    "ja": Locales(("ja",), ("ja",)),
    "th": Locales(("th",), ("th",)),
    "km": Locales(("km",), ("km",)),
    "sw": Locales(("sw",), ("sw",)),
    "ur": Locales(("ur",), ("ur", "ur_IN")),
    "hi": Locales(("hi",), ("hi",)),
    "gu": Locales(("gu",), ("gu",)),
    "ne": Locales(("ne",), ("ne",)),
    "tl": Locales(("fil", "tl"), ("fil",)),
    "nl": Locales(("nl",), ("nl", "nl_BE")),
    "sv": Locales(("sv",), ("sv",)),
    "fa": Locales(("fa",), ("fa",)),
    "he": Locales(("he",), ("he",)),
    "kk": Locales(("kk",), ("kk",)),
    "hu": Locales(("hu",), ("hu",)),
    "el": Locales(("el",), ("el",)),
    # round 59 (batch jg): Macedonian, Albanian, Georgian (Slovak is read with Czech: "cs")
    "mk": Locales(("mk",), ("mk",)),
    "sq": Locales(("sq",), ("sq",)),
    "ka": Locales(("ka",), ("ka",)),
}
# The table's two columns: iso-codes catalogues and CLDR locales of each language
ISO_LOCALES: dict[str, tuple[str, ...]] = {k: v.iso for k, v in GLOSS_LOCALES.items() if v.iso}
CLDR_LOCALES: dict[str, tuple[str, ...]] = {k: v.cldr for k, v in GLOSS_LOCALES.items() if v.cldr}
