"""Spanish, French, Portuguese, German, Russian, Italian, Arabic, Indonesian (and Malay), Turkish,
Polish, Armenian, Kyrgyz, Vietnamese, Czech, Bulgarian, Serbo-Croatian, Azerbaijani, Uzbek,
Ukrainian, Romanian, Swahili, Tagalog, Dutch and Swedish pages read through the English rules: a
word-for-word gloss.

The extractor's rules are written for English wording. A page in Spanish or French (El País,
Infobae, Sika Finance ...) states its figures with the same parts — a flow word, a pair of
countries, an amount with a scale and a currency, a period, a change — in another vocabulary and
another number format. Rather than a second set of rules, such a page's sentences are glossed
into the English the rules read, from the phrase table of :mod:`pipeline.extract.foreign_table`
(``lexicon/foreign_words.csv`` and reference vocabularies; phrase -> English, longest phrase
first), and then extracted like any page:

- ``language`` decides once per page, from the share of function words in its first
  ``_SAMPLE`` characters, whether it is Spanish (``"es"``), French (``"fr"``), Portuguese
  (``"pt"``: "US$ 1,2 bilhão", "mil milhões de euros", "corrente de comércio") or neither
  (``None``), or German (``"de"``: "40,3 Mrd. Euro", "stieg um", "Exporte nach") or Russian
  (``"ru"``: "45,6 млрд долларов", "вырос на", "экспорт из России в Китай"; a country's case
  forms are rows of their own, "в" with the accusative "в Китай" is "to China", with the
  prepositional "в Китае" "in China"), Italian (``"it"``: "17,6 miliardi di euro"; "dell'Italia"
  -> "of Italy"), Arabic (``"ar"``: digits, clitics and word order are
  :mod:`pipeline.extract.arabic`'s) or Indonesian (``"id"``: "US$12,5 miliar", "ekspor Indonesia
  ke Jepang": the owner after its flow put before it) or Turkish (``"tr"``: "10,2 milyar dolar",
  "yüzde 12,5", "Rusya'ya ihracat": suffixes and order are :mod:`pipeline.extract.turkish`'s)
  or Polish (``"pl"``: "51,7 mld zł", "eksport Polski do Ukrainy"; a country's case forms are
  rows, "z" before the instrumental and the year noun are :mod:`pipeline.extract.polish`'s) or
  Armenian (``"hy"``: "98,32 մլն ԱՄՆ դոլար", "աճել է 55%-ով": suffixes and order are
  :mod:`pipeline.extract.armenian`'s) or Kyrgyz (``"ky"``: "2,5 миллиард долларды түздү": order is
  :mod:`pipeline.extract.kyrgyz`'s) or Vietnamese (``"vi"``: :mod:`pipeline.extract.vietnamese`)
  or Czech (``"cs"``: "41,2 mld. Kč", "vývoz do Číny vzrostl o 12 %": :mod:`pipeline.extract.czech`)
  or Bulgarian (``"bg"``: "1,2 млрд. лв.", "износът на България за Китай":
  :mod:`pipeline.extract.bulgarian`) or Serbian, Croatian and Bosnian in Latin script (``"sh"``:
  "izvoz Srbije u Mađarsku porastao je za 12 odsto": :mod:`~.serbo_croatian`; Serbian in
  Cyrillic read in its Latin transliteration: :mod:`~.serbian_cyrillic`) or Azerbaijani (``"az"``:
  "1,5 milyard dollara çatıb": :mod:`~.azerbaijani`) or Uzbek (``"uz"``, Latin and Cyrillic:
  :mod:`~.uzbek`) or Ukrainian (``"uk"``: "експорт України до Польщі зріс на 12%"; case and verb
  forms generated from the grammar: :mod:`~.ukrainian`) or Romanian (``"ro"``: :mod:`~.romanian`) or Swahili (``"sw"``: "dola milioni 89",
  "imeongezeka kwa asilimia 12": :mod:`~.swahili`) or Tagalog (``"tl"``: "ang Philippine exports
  sa Japan ay lumago ng 11.4 percent": :mod:`~.tagalog`) or Dutch (``"nl"``: "steeg met 5 procent
  tot 12,3 miljard euro": :mod:`~.dutch`) or Swedish (``"sv"``: "uppgick till 149 miljarder
  kronor": :mod:`~.swedish`; both verb-second, reordered as German) or Persian (``"fa"``: "۵/۴ میلیارد دلار", Solar Hijri
  years and months: :mod:`~.persian`) or Hebrew (``"he"``: "ב-33%", "לטורקיה": :mod:`~.hebrew`) or
  Gujarati (``"gu"``: "ભારતનો", "2031-32માં", glued postpositions split: :mod:`~.gujarati`) or
  Nepali (``"ne"``: "नेपालको", "१८ अर्ब ७६ करोड", "खर्ब": :mod:`~.nepali`) or Kazakh (``"kk"``:
  "Қытайға экспорт 12 пайызға өсті", case suffixes split off names and amounts: :mod:`~.kazakh`)
  or Hungarian (``"hu"``: "a Kínába irányuló export 12 százalékkal nőtt", case endings split off
  names and amounts, "X szerint": :mod:`~.hungarian`) or Greek (``"el"``: "οι εξαγωγές της
  Ελλάδας προς την Τουρκία αυξήθηκαν κατά 12%", read without accents, names' genitives and the
  verb-first order: :mod:`~.greek`).
- ``gloss`` rewrites one sentence: numbers first (on a page that writes decimal commas,
  "US$ 1.234,5 millones" -> "1,234.5", "67,8%" -> "67.8%", "25 050 milliards" -> "25,050"), then
  the elided articles ("l'Algérie", "d'euros"), then the phrases, then English word order: a
  demonym written after its noun ("exportaciones chilenas" -> "Chilean exports"), an owner after
  its flow ("las exportaciones de Bolivia" -> "Bolivia's exports"), a count before "premiers
  mois" ("the first 4 months"), "of" before the year of a quarter or half.

The gloss is word for word: what the English rules would miss in the same English sentence they
miss here too (rankings, respective lists); Spanish "promedio anual" is left unglossed on
purpose (glossed, the sentence stops anchoring an undated page's "last year", measured on dev).

Provenance: a figure is read from the gloss but published against the page's own sentence:
``gloss_spans.as_written`` maps its span back (a character alignment of gloss and original), so its ``text``
is what the page wrote ("US$ 3.418 millones") and its offsets index the sentences table; when the
alignment lands on other digits (a sentence of repeated "(+x% auf y Milliarden Euro)" shapes),
the same number counted in order anchors the span instead.

A demonym row matches only lower-case text, so the country "Argentina" is never glossed as the
adjective "argentina" (Argentine); a month row matches either case ("Janeiro", as Portugal and
Mozambique long wrote it), except in the place "Rio de Janeiro". A country's name of one word
(matched as written) that opens a sentence is the word the page writes in lower case elsewhere,
if it does ("Того же года": of that same year, not Togo). Errors: none; an unknown word is left
as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from text_to_num import text2num

from pipeline.extract import (
    albanian,
    arabic,
    armenian,
    azerbaijani,
    bengali,
    bulgarian,
    chinese,
    czech,
    dutch,
    french,
    georgian,
    german,
    greek,
    gujarati,
    hebrew,
    hindi,
    hungarian,
    indonesian,
    japanese,
    kazakh,
    khmer,
    kingdom,
    korean,
    kyrgyz,
    macedonian,
    nepali,
    persian,
    polish,
    portuguese,
    romanian,
    russian_flows,
    russian_multiples,
    serbo_croatian,
    spanish,
    swahili,
    swedish,
    tagalog,
    thai,
    turkish,
    ukrainian,
    urdu,
    uzbek,
    vietnamese,
)
from pipeline.extract.base_percent import base_percent
from pipeline.extract.countries import find_countries
from pipeline.extract.demonym_after import demonym_first
from pipeline.extract.foreign_amounts import amount_forms, lone_scales, times_words
from pipeline.extract.foreign_table import (
    UNSPACED,
    YO_FOLDED,
    abbreviated_months,
    phrases,
    yo_folded,
)
from pipeline.extract.gloss_spans import Written
from pipeline.extract.page_language import language as language  # read here by tests
from pipeline.extract.period_words import ENGLISH_MONTHS
from pipeline.extract.serbian_cyrillic import serbian_latin
from pipeline.extract.year_phrases import year_phrases
from pipeline.lexicon import gazetteer

# "1.234,5" / "8.384" (thousands dots, optional decimal comma), "25 050" (thousands spaces)
_DOTTED = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?(?![\d]|[.,]\d)")
_SPACED = re.compile(r"(?<![\d.,])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+)(?:,(\d+))?(?![\d]|[.,]\d)")
_COMMA = re.compile(r"(?<=\d),(?=\d)")
# Separators written with a space after them, as some West African wire copy does: a thousands
# stop "1. 000 milliards" (a group of three digits, then a word: the segmenter keeps it in one
# sentence before a scale or currency word) and a decimal comma "6, 5 %" (before a percent
# sign only: "2, 5 and 7" stays a list)
_SPACED_STOP = re.compile(r"(?<![\d.,])(\d{1,3})\. (?=\d{3}(?:[. ]\d{3})*(?:,\d+)?\s?[^\W\d_])")
_SPACED_DECIMAL = re.compile(r"(?<![\d.,])(\d{1,3}), (?=\d{1,2}\s?%)")
# The page writes decimal commas: "67,8", "5,3 mil", "1.234,5"; dot decimals ("32.3%") say not.
# ... and a zero before its separator ("USD0,134 miliar"): no thousands group starts with 0
_DECIMAL_COMMA = re.compile(r"\d,\d{1,2}(?!\d)|\d\.\d{3},\d|(?<![\d.,])0,\d")
_DECIMAL_DOT = re.compile(r"(?<![\d.])\d{1,3}\.\d{1,2}(?![\d.])|\d,\d{3}\.\d|(?<![\d.,])0\.\d")
# A thousands group a page writes: "1,874" (English) or "1.874" (not); years and "2.5" aside
_THOUSANDS_COMMA = re.compile(r"(?<![\d.,])(?!0,)\d{1,3},\d{3}(?![\d]|[.,]\d)")
_THOUSANDS_DOT = re.compile(r"(?<![\d.,])(?!0\.)\d{1,3}\.\d{3}(?![\d]|[.,]\d)")
_ELIDED = re.compile(r"(?<![Cc]ôte )(?<![Cc]ote )\b[dlDL]'(?=\w)")
# "the exports of Bolivia (to China)" -> "Bolivia's exports (to China)": the English rules read
# the owner of a flow from the possessive (a month after "of" is a period, not an owner); "the
# sales of goods (and services) of Portugal" -> "Portugal's sales of goods (and services)"
_OWNED_FLOW = re.compile(
    r"\b[Tt]he (exports|imports|sales|purchases|shipments)( of goods(?: and services)?)? of "
    r"(?:the )?"
    rf"(?!{ENGLISH_MONTHS})"
    r"([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})"
    # ... not a demonym of goods ("las compras de bienes colombianos", "the purchases of Colombian
    # goods": their origin, not the buyer; round 45)
    r"(?![\w'-]| (?:goods|products|merchandise|commodities)\b)"
)
# A count before "first months" in every Romance language: French "les 4 premiers mois", Spanish
# "los siete primeros meses", Portuguese "os oito primeiros meses", Italian "i sette primi mesi"
# -> "the seven first months" (and "les 12 derniers mois" -> "the 12 last months"): English
# writes the count after the adjective, in digits or as a word (the counts of a year's months)
_FIRST_MONTHS = re.compile(
    r"\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (first|last) months\b"
)
# ... and a count before "last years" ("en los 2 últimos años" -> "in the 2 last years"): "the
# last 2 years" (round 45)
_LAST_YEARS = re.compile(r"\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) last years\b")
# "premier trimestre 2031" / "primer semestre 2031": English writes "of" before the year
_PART_YEAR = re.compile(r"\b(first|second|third|fourth) (quarter|half) (?=\d{4}\b)")
# Mexican wires write thousands of millions as "mil 82 millones", "dos mil 861 millones",
# "3 mil 500 millones" (1,082 / 2,861 / 3,500 million); "mil millones" (billion) has no number;
# "de tres mil 998 a dos mil 669 millones": the first of two takes the second's "millones"
_MIL_MILLONES = re.compile(
    r"(?<![\w.,])(?:(\d{1,3})\s+|([a-záéíóú]+)\s+)?mil\s+(\d{1,3})(\.\d+)?(?=\s+millones\b"
    # ... the first of two joined by "a", "y", "e", "o" ("de tres mil 998 a dos mil 669 millones")
    r"|\s+(?:a|y|e|o|hasta|contra)\s+(?:(?:\d{1,3}|[a-záéíóú]+)\s+)?mil\s+\d{1,3}(?:\.\d+)?\s+millones\b)",
    re.IGNORECASE,
)
# Russian: the year's noun after a year ("в 2031 году", "2031 года", "2031 г.") is not glossed:
# English writes the bare year; "на" before an amount left after the change verbs ("вырос на")
# is "by" before a percent ("на 21% больше") and "worth" before money ("товаров на $3 млрд")
_RU_YEAR = re.compile(r"(?<=\d{4}) (?:году|года|год|гг?\.)(?!\w)")
_RU_ON = re.compile(r"(?<![\w-])на (?=[-−+]?[$€]?\s?\d)")
# "$22 млн пришлось на экспорт и $46 млн — на импорт" (and $46m to imports): after an amount and a
# dash that stands for the verb, "на" before the flow is the same "went to" (round 46)
_RU_DASH_ON = re.compile(r"(?<=\d million|\d billion)(\s?[—–-]\s?)на (?=exports\b|imports\b)")
_RU_PERCENT = re.compile(r"[$€]?\s?\d[\d.,]*\s?(?:%|percent\b)")
# Indonesian: the owner after its flow ("ekspor Indonesia ke Jepang") -> "Indonesia's exports to
# Japan"; only before the partner's preposition, so a month or a name elsewhere stays
_ID_OWNER_AFTER = re.compile(
    r"\b(exports|imports|trade balance|trade) ([A-Z][\w-]+(?: [A-Z][\w-]+)?) "
    # ... or its period or verb ("ekspor Indonesia pada 2019 tercatat", "ekspor RI ikut naik", glossed)
    r"(?=(?:also )?(?:to|with|from|in|during|recorded|reached|amounted|rose|fell|increased|decreased) )"
)
# and a pair after its trade ("perdagangan Indonesia dan Australia", the trade of both) ->
# "trade between Indonesia and Australia"; a lower-case word after "dan" is another noun
_ID_PAIR_AFTER = re.compile(r"\b(trade) ([A-Z][\w-]+(?: [A-Z][\w-]+)?) and (?=[A-Z])")
# The euro sign after a glossed scale word ("3,9 Mds€", "9,5 Mrd. €", "2 milliards €": European
# copy writes the symbol after the amount): the currency word the English rules read.
_EURO_AFTER = re.compile(r"(?<=\d\s)(thousand|million|billion|trillion)\.?\s?€")
# Italian writes a destination with "in" after an export ("le esportazioni italiane in Francia",
# "vendite in Cina"): "exports to France"; "in" after another word stays a place
_IT_EXPORTS_IN = re.compile(r"\b((?:exports?|sales|shipments)(?: [A-Z][a-z]+)?) in (?=[A-Z])")
# Portuguese "a" before a country written without an article is a preposition ("vendas de
# Portugal a Angola": to Angola; rows "a Angola" of foreign_words.csv); after a purchase it names
# the seller ("compras de Portugal a Angola", bought from Angola), as Spanish "a" does ("las compras
# de Paraguay a Brasil", "compró a China")
# (... the amount and its bracketed conversion between: "purchases of 470.7 million dollars (448
# million euros) a Moçambique", round 42)
_PT_BOUGHT_FROM = re.compile(
    r"\b((?:purchases|bought|buys|buy)(?: [\w'().,$€-]+){0,9}?) to (?=[A-Z])"
)
# ... and "de" right after the verb is the seller too ("a comprar do Brasil", "comprou da China":
# to buy of the Brazil -> from; round 56, the verb's present and infinitive glossed)
_PT_BUY_OF = re.compile(r"\b((?:bought|buys|buy)(?: goods| products)?) of (?=(?:the )?[A-Z])")
# Portuguese writes a month range with the preposition "a" ("de janeiro a março"), which the
# article row glosses "the": between two month names it is "to" ("January to March")
_PT_MONTH_TO = re.compile(rf"\b({ENGLISH_MONTHS}) (?:the|to the) (?=(?:{ENGLISH_MONTHS})\b)")
# Spanish "hasta" / Portuguese "até" is "until" before a month or a year ("hasta junio de 2031")
# and "to" before an amount ("se contrajo 12% hasta US$ 3.400 millones"): not before a year
_UNTIL_AMOUNT = re.compile(r"\buntil (?:the )?(?=(?:US\$|U\$S|R\$|\$|€|USD|EUR)|\d(?!\d{3}\b))")
# A negated sector after its flow ("los envíos no cobre") goes before it, as English writes it:
# "non-copper shipments", no sector figure of the pair (NOTES: exclusions are not annotated)
_NON_SECTOR_AFTER = re.compile(r"\b(exports|imports|shipments|sales) (non-[a-z]+(?: and gas)?)\b")
# A Romance "total" after its flow ("las exportaciones totales", "le commerce total") -> "total
# exports": the English rules read a world total or a pair's total trade from "total" before it
_TOTAL_AFTER = re.compile(
    r"\b(exports|imports|trade|foreign trade|sales|purchases|shipments|exchanges) "
    r"(?:total|totales|totais|totale|totali|totaux)\b"
)
# A part-year row ending in "of" before German "des Jahres 2031" ("in den ersten drei Monaten
# des Jahres 2031"): English writes "of 2031" once; so with "dieses Jahres", "des laufenden
# Jahres" (of this year)
_OF_THE_YEAR = re.compile(r"\bof of the year (?=\d{4}\b)|\bof of (?=(?:this|last) year\b)")
_RATE_ARTICLE = re.compile(r"\b(rose|grew|fell|plunged|decreased) (?:a|an|of) (?=[-−]?\d)")
# French "une hausse de 11,4% sur 2017", Spanish/Portuguese "12% sobre 2017": a change over a base year
_OVER_BASE = re.compile(r"(%|\bpercent) (?:sur|sobre) (?=(?:19|20)\d\d\b)")


_ROMANCE = frozenset({"es", "pt", "fr", "it"})
_SCALED_THOUSANDS_DOT = re.compile(
    r"(?<![\d.,])(\d{1,3})\.(\d{3})(?![\d.,])(?=\s?(?:mil\s)?(?:millones|millón|milhões|milhão"
    r"|millions?|milliards?|milioni|miliardi|bilhões|bilhão)\b)",
    re.IGNORECASE,
)


def decimal_comma(texts: list[str]) -> bool:
    """Whether a Spanish/French page writes decimal commas (most do; Mexico, Peru and Central
    America often write English separators): more decimal-comma numbers than decimal-dot ones;
    with as many (often none: "US$1,874 millones", no decimals), the thousands separator it
    writes decides ("1,874" English, "1.874" not); ties to the comma."""
    joined = " ".join(texts)
    comma, dot = len(_DECIMAL_COMMA.findall(joined)), len(_DECIMAL_DOT.findall(joined))
    if comma != dot:
        return comma > dot
    return len(_THOUSANDS_COMMA.findall(joined)) <= len(_THOUSANDS_DOT.findall(joined))


def both_thousands(texts: list[str]) -> bool:
    """A page with no decimal of either kind that writes both thousands separators ("US$1.572
    millones ... US$4,991 millones", copy edited by several hands): a comma before exactly three
    digits is a thousands comma there too, as its dot is (NOTES.md, round 11: the decimal
    reading yields; nothing on the page writes a decimal comma)."""
    joined = " ".join(texts)
    if _DECIMAL_COMMA.search(joined) or _DECIMAL_DOT.search(joined):
        return False
    return bool(_THOUSANDS_COMMA.search(joined) and _THOUSANDS_DOT.search(joined))


def _thousands_of_millions(m: re.Match[str]) -> str:
    count, word, rest, decimals = m.groups()
    lead = ""
    if count:
        thousands = int(count)
    else:
        try:
            thousands = text2num(word, "es") if word else 1
        except ValueError:  # "de mil 82 millones": the word before is no number
            thousands, lead = 1, word + " "
        if not 1 <= thousands <= 999:
            thousands, lead = 1, word + " "
    return f"{lead}{thousands},{int(rest):03d}{decimals or ''}"


# A comma before exactly three digits, on a page that writes both thousands separators
_THOUSANDS_GROUP = re.compile(r"(?<![\d.,])(\d{1,3}),(\d{3})(?![\d]|[.,]\d)")


def _numbers(sentence: str, both: bool = False) -> str:
    # thousands become English commas ("2.046" -> "2,046", never a year "2046"), the decimal
    # comma a point: the English number rules then read them as they read any page
    def joined(m: re.Match[str]) -> str:
        whole = re.sub(r"[. \u00a0\u202f]", "\x00", m.group(1))
        return whole + ("." + m.group(2) if m.group(2) else "")

    # (each pattern only where its literal stands: a stop and a space are rare inside one
    # sentence, and a spaced decimal comma stands before a percent sign)
    if ". " in sentence:
        sentence = _SPACED_STOP.sub(r"\1.", sentence)
    if "%" in sentence and ", " in sentence:
        sentence = _SPACED_DECIMAL.sub(r"\1,", sentence)
    sentence = _SPACED.sub(joined, _DOTTED.sub(joined, sentence))
    if both and "," in sentence:
        sentence = _THOUSANDS_GROUP.sub("\\1\x00\\2", sentence)
    return _COMMA.sub(".", sentence).replace("\x00", ",")


_BACKTICK = re.compile(r"(?<=\w)`(?=\w)")


# "виріс на 28% або на 236 млн дол." (grew by 28% or by 236 million): after a rate and "or",
# "на" before money is the same change in money
_RU_OR_AFTER_RATE = re.compile(r"%\s?(?:or|або|или)\s$")


def _ru_on(m: re.Match[str]) -> str:
    if _RU_PERCENT.match(m.string, m.end()):
        return "by "
    return "by " if _RU_OR_AFTER_RATE.search(m.string, 0, m.start()) else "worth "


# Languages whose country names are rows of their own, never spelled like an adjective row
_ADJECTIVE_NAMES = frozenset({"ru", "uk", "cs", "bg", "sh", "pl", "de"})

# Per-language steps of a language module: ``prepare`` before the word gloss (suffixes,
# postpositions, calendar words), ``reorder`` after it (word order); Russian and Indonesian keep
# their inline steps.
_MODULES = {
    "tr": turkish,
    "pl": polish,
    "hy": armenian,
    "ky": kyrgyz,
    "vi": vietnamese,
    "zh": chinese,
    "cs": czech,
    "sh": serbo_croatian,
    "az": azerbaijani,
    "uz": uzbek,
    "uk": ukrainian,
    "bn": bengali,
    "ko": korean,
    "ja": japanese,
    "th": thai,
    "km": khmer,
    "sw": swahili,
    "ur": urdu,
    "hi": hindi,
    "gu": gujarati,
    "ne": nepali,
    "tl": tagalog,
    "fa": persian,
    "he": hebrew,
    "kk": kazakh,
    "hu": hungarian,
    "el": greek,
    "mk": macedonian,  # round 59
    "sq": albanian,  # round 59
    "ka": georgian,  # round 59
}
_PREPARE: dict[str, Callable[[str], str]] = {k: m.prepare for k, m in _MODULES.items()}
_PREPARE |= {"bg": bulgarian.prepare, "ru": russian_multiples.prepare, "ro": romanian.prepare}
_PREPARE |= {"de": german.prepare, "fr": french.prepare}
_PREPARE |= {"pt": portuguese.prepare}  # "situou-se em", "1º semestre"
_PREPARE |= {"id": indonesian.prepare}  # "pada tahun sebelumnya" (round 44)
_REORDER: dict[str, Callable[[str], str]] = {k: m.reorder for k, m in _MODULES.items()}
_REORDER |= {"de": german.reorder, "ar": arabic.reorder, "es": spanish.reorder}
_REORDER |= {"ro": romanian.reorder, "fr": french.reorder}
_REORDER |= {"pt": portuguese.reorder}  # "de janeiro a outubro", "até 2035"
_REORDER |= {"ru": russian_flows.reorder}  # "total exports Georgia" (round 58)
_PREPARE |= {"nl": dutch.prepare, "sv": swedish.prepare}
_REORDER |= {"nl": german.reorder, "sv": german.reorder}  # verb second, as German
# An adverb between a compound past's auxiliary and its participle ("ont légèrement augmenté de
# 33,9 %", "è fortemente cresciuto del 12%", "han ligeramente aumentado", "tinham fortemente
# crescido"): put before the auxiliary, so the tense's rows ("ont augmenté de": rose by) read
# the verb (round 53)
_ADVERB_IN_COMPOUND = re.compile(
    r"\b(ont|a|avaient|avait|sont|est|était|étaient|ha|han|hanno|habían|había|è|sono|era|erano"
    r"|têm|tem|tinham|tinha)\s(\w+(?:ment|mente))\s(?=\w+(?:é|ée|és|ées|int|ato|ata|ati|ate|ado"
    r"|ada|ados|adas|ido|ida|idos|idas|uto|uta|uti|ute)\b)"
)


def gloss(
    sentence: str,
    lang: str,
    commas: bool = True,
    both: bool = False,
    words: frozenset[str] = frozenset(),
) -> str:
    """``sentence`` of a ``lang`` page in the English the rules read (see the module doc);
    ``commas``: the page writes decimal commas (:func:`decimal_comma`); ``both``: it writes
    no decimals and both thousands separators (:func:`both_thousands`); ``words``: the words
    the page writes in lower case (:func:`lower_case_words`)."""
    text = sentence.replace("’", "'")
    if "`" in text and lang in ("tr", "az"):
        # "Türkiye`ye", "2021`deki": a backtick typed for the apostrophe before a case suffix
        # (round 46; not French "d`euros", whose elision the rows never read)
        text = _BACKTICK.sub("'", text)
    if lang == "ar":
        text = arabic.prepare(text)  # a point is a decimal point: no thousands-dot reading
    elif commas and lang not in UNSPACED and lang not in ("ur", "hi", "fa", "he", "gu", "ne"):
        # Chinese writes English separators ("3,456万"), Urdu and Hindi too ("2.5 ارب", "2.5 अरब")
        text = _numbers(text, both)
    elif lang == "fr" and ("." in text or "," in text):
        text = french.scaled_separators(text)
    elif lang in _ROMANCE and "." in text:
        # a page that writes decimal points elsewhere ("9.7%") still writes "US$ 2.113 millones"
        # for 2,113 million: a dot before three digits and a scale word is a thousands dot on
        # Spanish, Portuguese, French and Italian pages (NOTES: number formats)
        text = _SCALED_THOUSANDS_DOT.sub(r"\1,\2", text)
    text = lone_scales(text, lang)  # "ok. miliarda dolarów": about 1 billion dollars
    text = times_words(text, lang)  # "3 kali lipat", "19 эсеге": 3 times, 19 times
    if lang in YO_FOLDED:
        text = yo_folded(text)  # "объём" read as "объем", as the rows are
    text = year_phrases(text, lang)  # "depuis 2005", "1990년대": since 2005, the 1990s
    if lang in _PREPARE:
        text = _PREPARE[lang](text)
    if lang in _ROMANCE and "ment" in text:
        text = _ADVERB_IN_COMPOUND.sub(r"\2 \1 ", text)
    text = base_percent(text, lang)  # "108,4% к уровню 2022 года"
    if lang == "es" and "mil " in text:
        text = _MIL_MILLONES.sub(_thousands_of_millions, text)
    text = abbreviated_months(_ELIDED.sub("", text), lang)
    pattern, exact, lower, demonyms, names = phrases(lang)

    def word(m: re.Match[str]) -> str:
        found = m.group(0)
        if found in exact or found in names:
            if (
                found not in exact
                and found.lower() in words
                and not m.string[: m.start()].strip(_LEAD)
            ):
                return found  # "Того же года" opens a sentence: "того" (of that), not Togo
            return exact.get(found) or names[found]
        # a German row (its nouns capitalised: "im ersten Quartal") at the start of a sentence,
        # its first letter capitalised too ("Im ersten Quartal 2031 ..."); not Portuguese "A
        # Angola" (the article, not the row "a Angola", to Angola)
        initial = found[:1].lower() + found[1:]
        if lang == "de" and initial != found and initial in exact:
            return exact[initial][:1].upper() + exact[initial][1:]
        low = found.lower().replace("i\u0307", "i")  # Turkish "İki" lower-cased: "i" and a dot
        if low in demonyms and found != low and lang not in _ADJECTIVE_NAMES:
            return found  # "Argentina" the country, not the adjective (a Russian, Czech or
            # Bulgarian one's capital is a sentence's first letter: "Российский экспорт")
        if found != low and m.string.endswith("Rio de ", 0, m.start()):
            return found  # "Rio de Janeiro" the place, not a month
        if low in lower:
            return lower[low]
        if lang == "id" and initial in exact:  # "2,1 miliar Dolar AS": the row "dolar AS"
            return exact[initial]
        if lang == "de" and found.islower():
            return found  # German capitalises its nouns: "waren" (were) is not "Waren" (goods)
        return exact.get(found.title(), found)

    def english(m: re.Match[str]) -> str:
        # an elided article ran into its word: "dell'Italia" -> "of Italy"
        glued = m.group(0).endswith("'") and m.string[m.end() : m.end() + 1].isalnum()
        return word(m) + " " if glued else word(m)

    if lang in UNSPACED:
        text = pattern.sub(lambda m: f" {lower.get(m[0], names.get(m[0], m[0]))} ", text)
    else:
        text = pattern.sub(english, text)

    if lang == "ru":
        text = _RU_YEAR.sub("", text)
    if lang in ("ru", "uk") and "на " in text:  # Ukrainian "зріс на 12%", "товарів на $3 млрд"
        text = _RU_ON.sub(_ru_on, text)
        if lang == "ru":
            text = _RU_DASH_ON.sub(r"\1", text)
    if lang == "id":
        text = _ID_OWNER_AFTER.sub(r"\2's \1 ", text)
        text = _ID_PAIR_AFTER.sub(r"\1 between \2 and ", text)
        text = indonesian.reorder(text)  # "hingga Oktober", "kuartal III/2030" (round 44)
    elif lang in _REORDER:
        text = _REORDER[lang](text)
    if lang in _ROMANCE:
        text = portuguese.ranges_from(text)  # "de 2018 à 2021": a range (round 48)
    text = demonym_first(text)  # "exports Kazakh" -> "Kazakh exports"
    if lang == "it" and " in " in text:
        text = _IT_EXPORTS_IN.sub(r"\1 to ", text)
    elif lang in ("pt", "es") and (" to " in text or " of " in text):
        text = _PT_BUY_OF.sub(r"\1 from ", _PT_BOUGHT_FROM.sub(r"\1 from ", text))
    if lang == "pt" and " the " in text:
        text = _PT_MONTH_TO.sub(r"\1 to ", text)
    if " of of " in text:
        text = _OF_THE_YEAR.sub("of ", text)
    if "non-" in text:
        text = _NON_SECTOR_AFTER.sub(r"\2 \1", text)
    if "tot" in text and lang in ("es", "pt", "fr", "it"):
        text = _TOTAL_AFTER.sub(r"total \1", text)
    if "until " in text and lang in ("es", "pt"):
        text = _UNTIL_AMOUNT.sub("to ", text)
    text = _OWNED_FLOW.sub(r"\3's \1\2", text)
    text = _FIRST_MONTHS.sub(r"\2 \1 months", text)
    if "last years" in text:
        text = _LAST_YEARS.sub(r"last \1 years", text)
    text = _PART_YEAR.sub(r"\1 \2 of ", text)
    if "€" in text:
        text = _EURO_AFTER.sub(r"\1 euros", text)
    text = amount_forms(text, lang)
    if "sur " in text or "sobre " in text:
        text = _OVER_BASE.sub(r"\1 over ", text)
    return _RATE_ARTICLE.sub(r"\1 ", text)


# What may stand before a sentence's first word: quotes, brackets, a dash
_LEAD = " \t\"'«»“”„‘([—–-"
_WORD = re.compile(r"[^\W\d_]+")


# A person's surname that is an English demonym, written on a Spanish, Portuguese or Italian page
# ("Luis Alberto Russian, presidente de la Cámara ...", later "Russian explicó que ..."): those
# languages write their own demonyms ("ruso", "russo"), so the English word after one or two
# capitalised names that are not themselves countries is a name; written in capitals on the
# page's every sentence, the English rules do not read it as a country (same length: spans stay)
_NAME_THEN = re.compile(r"\b(?:[A-ZÁÉÍÓÚ][a-záéíóúñç]+ ){1,2}([A-Z][a-z]+)\b(?![-'’])")
_SURNAME_LANGS = ("es", "pt", "it")


@cache
def _english_demonyms() -> frozenset[str]:
    return frozenset(
        surface
        for surface, mention in gazetteer().by_surface.items()
        if mention.kind == "demonym" and surface[:1].isupper() and " " not in surface
    )


def demonym_surnames(texts: list[str]) -> list[tuple[re.Pattern[str], str]]:
    """The page's surnames that are English demonyms (above), each as a pattern and its
    capitals."""
    demonyms = _english_demonyms()
    found = set()
    for text in texts:
        for m in _NAME_THEN.finditer(text):
            before = text[m.start() : m.start(1)].split()
            if m[1] in demonyms and not any(w in gazetteer().by_surface for w in before):
                found.add(m[1])
    return [(re.compile(rf"\b{name}\b(?![-'’])"), name.upper()) for name in sorted(found)]


def lower_case_words(texts: list[str]) -> frozenset[str]:
    """The words a page writes in lower case somewhere: a country's name of one word that is
    one of them ("того", of that; Vietnamese "áo", shirt) is that word, not the country, where
    it opens a sentence capitalised ("Того же года ...", "Áo sơ mi ...")."""
    return frozenset(w for text in texts for w in _WORD.findall(text) if w.islower())


def _kingdom_named(
    title: str | None, glossed: list[dict], read: list[str], again: Callable[[str], str]
) -> list[dict]:
    """``glossed`` with each Arabic "المملكة" (the Kingdom) glossed as the one kingdom the page
    names (:mod:`pipeline.extract.kingdom`), the sentences read again (``again``)."""
    texts = [gloss(title, "ar") if title else "", *(str(r["text"]) for r in glossed)]
    named = kingdom.page_monarchies(map(find_countries, texts), texts).get("kingdom")
    if named is None:
        return glossed
    name = arabic.english_name(named)
    return [
        {**r, "text": again(kingdom.arabic_kingdom(t, name))}
        if kingdom.has_arabic_kingdom(t)
        else r
        for r, t in zip(glossed, read, strict=True)
    ]


def glossed_page(
    title: str | None, rows: list[dict], lang: str
) -> tuple[str | None, list[dict], dict[str, Written]]:
    """A page in the glossed language ``lang`` (:func:`language`; the title and sentence rows
    with ``sentence_id`` and ``text``) as the English rules read it: the title and every
    sentence glossed, and ``sentence_id -> Written(original, gloss)`` for
    :func:`figure_as_written`. A Serbian page in Cyrillic is glossed from its Serbian Latin
    transliteration (:mod:`pipeline.extract.serbian_cyrillic`), which ``Written`` carries too.
    Every page goes through :func:`pipeline.extract.page_gloss.gloss_page`, which decides the
    language and reads an English page without this module."""
    if lang == "sh":  # Cyrillic sentences in Latin letters (a Latin one is left as it is)
        title = serbian_latin(title)[0] if title else title
        latin = [serbian_latin(str(r["text"])) for r in rows]
    else:
        latin = [(str(r["text"]), ()) for r in rows]
    texts = [text for text, _ in latin]
    commas = decimal_comma(texts)
    both, words = commas and both_thousands(texts), lower_case_words([title or "", *texts])
    read = texts
    if lang in _SURNAME_LANGS and (surnames := demonym_surnames(texts)):
        for pattern, capitals in surnames:
            read = [pattern.sub(capitals, t) for t in read]
    glossed = [
        {**r, "text": gloss(t, lang, commas, both, words)} for r, t in zip(rows, read, strict=True)
    ]
    if lang == "ar" and any(map(kingdom.has_arabic_kingdom, read)):
        glossed = _kingdom_named(
            title, glossed, read, lambda t: gloss(t, lang, commas, both, words)
        )
    written = {}
    for r, g, (read, starts) in zip(rows, glossed, latin, strict=True):
        own = str(r["text"])
        transliterated = read != own
        written[r["sentence_id"]] = Written(
            own, g["text"], read if transliterated else None, starts if transliterated else ()
        )
    return (gloss(title, lang, commas, words=words) if title else title), glossed, written
