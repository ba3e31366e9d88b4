"""Macedonian pages read through the English rules: the Macedonian side of
:mod:`pipeline.extract.foreign` (round 59, batch jg).

Macedonian is Cyrillic, close to Bulgarian in its grammar (no case endings on names; a definite
article written onto its noun, in three distances: "извозот", "извозов", "извозон", the exports)
and to Serbian in its words ("извоз", "увоз", "размена"); it writes "ј", "ѓ", "ќ", "ѕ", which
Russian and Bulgarian never do (``page_language``). The phrase rows (``mk`` rows of
``lexicon/foreign_words.csv``) carry the words; the grammar gives the rest here:

- :func:`grammar_rows`: every definite form of a flow noun ("извоз" -> "извозот", "извозов",
  "извозон"; "размена" -> "размената"; plural "инвестиции" -> "инвестициите"), every form of a
  demonym ("македонски", "македонска", "македонско", "македонските", "македонскиот",
  "македонската", "македонското"), and each verb in the tenses pages write: the aorist
  ("порасна", "пораснаа"), the l-form of the perfect and the reported past in every gender and
  number ("пораснал", "пораснала", "пораснало", "пораснале"), the present ("расте", "растат")
  and the imperfect ("изнесуваше", "изнесуваа"), with and without the reflexive "се";
- :func:`prepare` (before the gloss): "за" before a number is the size of a change ("се
  намалил за 9,6%": by), "од" before a number after a change noun its size ("раст од 12%": of),
  "на" before a number the change's end ("падна на 2,7 милијарди": to), "со" before a number
  "by" too, "од" between a part of a year and its year "of" ("првото тромесечје од 2031"); the year's noun after a year ("2031 година", "2031 г.") is dropped; "1 милијарда и
  242 милиони" is one amount (1,242 million);
- :func:`reorder` (after it): "во" (in) after an export is its destination ("извозот во Полска":
  exports to Poland), as Italian "in" (``foreign``); before a month or a year it stays "in"; a
  day's ordinal stop is dropped ("6. октомври 2025", a dateline: 6 October 2025).

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re

from pipeline.extract.period_words import ENGLISH_MONTHS

_NUMBER = r"(?=[-+−]?\d)"
_BY = re.compile(r"(?<![\w-])(?:за|со) " + _NUMBER)
_OF = re.compile(
    r"(?<![\w-])((?:раст|растот|пад|падот|зголемување|зголемувањето|намалување|намалувањето"
    r"|пораст|порастот)(?: на \w+)? )од " + _NUMBER
)
_TO = re.compile(r"(?<![\w-])на " + _NUMBER)
_BILLION_AND_MILLION = re.compile(
    r"(?<![\d.,])(\d{1,3}) милијард[аи]? и (\d{1,3}) (?=милион[иа]?\b)"
)
# "минатата 2022 година" (last year, 2022): the year named after "last", which the English rules
# read in brackets ("of last year (2022)"), so it fixes an undated page's "this year"
_LAST_NAMED_YEAR = re.compile(
    r"(?<!\w)(?:минатата|ланската|претходната) (\d{4})(?: година(?:та)?| г\.)?(?!\w)"
)
# "од" (from) between a part of a year and its year: "првото тромесечје од 2031" (of 2031)
_PART_OF_YEAR = re.compile(
    r"(?<!\w)((?:тромесечје|тромесечјето|квартал|кварталот|полугодие|полугодието|месеци|месец"
    r"|половина|половината)) од (?=\d{4}(?!\d))"
)
_YEAR_NOUN = re.compile(r"(?<=\b\d{4}) ?(?:г\.|година|годината)(?!\w)")


def prepare(text: str) -> str:
    """Macedonian ``text`` (numbers already English) with "за"/"со"/"од"/"на" before a number
    and the year's noun written as English reads them (module doc)."""
    if "милијард" in text and "соодветно" not in text:
        text = _BILLION_AND_MILLION.sub(lambda m: f"{m[1]},{int(m[2]):03d} ", text)
    if "од " in text:
        text = _OF.sub(r"\1of ", text)
    if "за " in text or "со " in text:
        text = _BY.sub("by ", text)
    if "на " in text:
        text = _TO.sub("to ", text)
    if "од " in text:
        text = _PART_OF_YEAR.sub(r"\1 of ", text)
    if "минат" in text or "ланск" in text:
        text = _LAST_NAMED_YEAR.sub(r"of last year (\1)", text)
    if "г" in text:
        text = _YEAR_NOUN.sub("", text)
    return text


# an export (noun or verb, glossed) and up to three words, then "in" before a name that is no
# month: the destination
_EXPORTS_IN = re.compile(
    r"\b((?:exports?|exported|export)(?: [\w.,%$€-]+){0,3}?) in "
    rf"(?=(?:the countries of )?(?!(?:{ENGLISH_MONTHS})\b)(?:the )?[A-Z])"
)


# a day written as an ordinal with its stop ("6. октомври 2025", a dateline): the English day
_ORDINAL_DAY = re.compile(rf"(?<![\d.,])(\d{{1,2}})\. (?=(?:{ENGLISH_MONTHS})\b)")


def reorder(text: str) -> str:
    """Glossed ``text`` with "in" after an export read as its destination and a day's ordinal
    stop dropped ("6. October 2025": 6 October 2025), module doc."""
    if ". " in text:
        text = _ORDINAL_DAY.sub(r"\1 ", text)
    if " in " in text and "export" in text:
        text = _EXPORTS_IN.sub(r"\1 to ", text)
    return text


# Nouns (indefinite form, English) and how their article is written: a masculine noun ending in
# a consonant takes "-от/-ов/-он" (plural "-ите"), a feminine "-а" noun "-та/-ва/-на", a neuter
# "-о"/"-е" noun "-то/-во/-но", a plural "-и" noun "-те/-ве/-не"
_NOUNS = (
    ("извоз", "exports"),
    ("увоз", "imports"),
    ("извозот на стоки", "exports of goods"),
    ("суфицит", "surplus"),
    ("дефицит", "deficit"),
    ("трговски дефицит", "trade deficit"),
    ("трговски суфицит", "trade surplus"),
    ("трговски партнер", "trading partner"),
    ("партнер", "partner"),
    ("раст", "increase"),
    ("пораст", "increase"),
    ("пад", "decrease"),
    ("обем", "volume"),
    ("период", "period"),
    ("размена", "trade"),
    ("трговска размена", "trade"),
    ("стоковна размена", "trade in goods"),
    ("надворешнотрговска размена", "foreign trade"),
    ("трговија", "trade"),
    ("надворешна трговија", "foreign trade"),
    ("билатерална трговија", "bilateral trade"),
    ("вредност", "value"),
    ("салдо", "balance"),
    ("трговско салдо", "trade balance"),
    ("зголемување", "increase"),
    ("намалување", "decrease"),
    ("инвестиции", "investments"),
    ("странски директни инвестиции", "foreign direct investment"),
    ("стоки", "goods"),
    ("производи", "products"),
    ("трговски партнери", "trading partners"),
)


def _definite(noun: str) -> list[str]:
    """The three definite forms of a noun phrase's last word (module doc), and of an adjective
    before it where it has one ("трговски дефицит" -> "трговскиот дефицит")."""
    words = noun.split()
    last = words[-1]
    if last.endswith("а"):
        ends = [last + a for a in ("та", "ва", "на")]
    elif last.endswith(("о", "е")):
        ends = [last + a for a in ("то", "во", "но")]
    elif last.endswith("и"):
        ends = [last + a for a in ("те", "ве", "не")]
    else:
        ends = [last + a for a in ("от", "ов", "он")]
    forms = [" ".join([*words[:-1], e]) for e in ends]
    if len(words) == 2:  # the article goes on the adjective: "трговскиот дефицит"
        adjective = words[0]
        if adjective.endswith("ски"):  # masculine
            forms += [f"{adjective}от {last}"]
        elif adjective.endswith(("ска", "на", "ла")):  # feminine
            forms += [f"{adjective}та {last}"]
        elif adjective.endswith("ско"):  # neuter
            forms += [f"{adjective}то {last}"]
        if adjective.endswith("и") and last.endswith("и"):  # plural
            forms += [f"{adjective}те {last}"]
    return forms


# Demonyms (the masculine singular, English): every gender, number and definite form
_DEMONYMS = (
    ("македонски", "Macedonian"),
    ("германски", "German"),
    ("српски", "Serbian"),
    ("кинески", "Chinese"),
    ("руски", "Russian"),
    ("турски", "Turkish"),
    ("грчки", "Greek"),
    ("бугарски", "Bulgarian"),
    ("албански", "Albanian"),
    ("косовски", "Kosovar"),
    ("хрватски", "Croatian"),
    ("полски", "Polish"),
    ("унгарски", "Hungarian"),
    ("британски", "British"),
    ("американски", "American"),
    ("италијански", "Italian"),
    ("француски", "French"),
    ("австриски", "Austrian"),
    ("словенечки", "Slovenian"),
    ("романски", "Romanian"),
    ("украински", "Ukrainian"),
    ("црногорски", "Montenegrin"),
    ("босански", "Bosnian"),
    ("јапонски", "Japanese"),
    ("индиски", "Indian"),
    ("шпански", "Spanish"),
    ("холандски", "Dutch"),
    ("чешки", "Czech"),
)
_DEMONYM_ENDINGS = ("и", "а", "о", "иот", "ата", "ото", "ите", "ив", "ин", "ава", "ана")

# Verbs: (stem before the ending, English) for the aorist "-а"/"-аа", the l-form "-л", "-ла",
# "-ло", "-ле", with the reflexive "се" before it too; each with its own present and imperfect
_PERFECTIVE = (
    ("порасна", "rose"),
    ("нарасна", "rose"),
    ("зголеми", "rose"),
    ("намали", "fell"),
    ("падна", "fell"),
    ("опадна", "fell"),
    ("достигна", "reached"),
    ("надмина", "exceeded"),
    ("извезе", "exported"),
    ("увезе", "imported"),
    ("изнесе", "amounted to"),
    ("удвои", "doubled"),
    ("утрои", "tripled"),
    ("забележа", "recorded"),
    ("намали", "fell"),
    ("спушти", "fell"),
    ("искачи", "rose"),
)
_IMPERFECTIVE = (
    ("изнесува", "amounted to"),
    ("зголемува", "rose"),
    ("намалува", "fell"),
    ("извезува", "exported"),
    ("увезува", "imported"),
    ("достигнува", "reached"),
    ("надминува", "exceeded"),
    ("бележи", "recorded"),
    ("расте", "rose"),
    ("опаѓа", "fell"),
    ("паѓа", "fell"),
    ("спушта", "fell"),
)


def _perfective_forms(stem: str) -> list[str]:
    # "порасна": aorist "порасна", "пораснаа"; l-form "пораснал", "пораснала", "пораснало",
    # "пораснале"; "зголеми": "зголеми", "зголемија", "зголемил", "зголемила" ...; "извезе":
    # "извезе", "извезоа", "извезол", "извезла", "извезле"
    if stem.endswith("а"):
        return [stem, stem + "а", stem + "л", stem + "ла", stem + "ло", stem + "ле", stem + "т"]
    if stem.endswith("и"):
        return [stem, stem + "ја", stem + "л", stem + "ла", stem + "ло", stem + "ле", stem + "т"]
    base = stem[:-1]  # "извезе" -> "извез"
    return [stem, base + "оа", base + "ол", base + "ла", base + "ло", base + "ле", stem + "ат"]


def _imperfective_forms(stem: str) -> list[str]:
    # "изнесува": present "изнесува", "изнесуваат"; imperfect "изнесуваше", "изнесуваа";
    # l-form "изнесувал", "изнесувала", "изнесувало", "изнесувале"; "расте": "растат",
    # "растеше", "растел"; "бележи": "бележат", "бележеше", "бележел"
    if stem.endswith("а"):
        return [stem, stem + "ат", stem + "ше", stem + "а", stem + "л", stem + "ла"]
    base = stem[:-1]
    e = "е"
    return [stem, base + "ат", base + e + "ше", base + e + "а", base + e + "л", base + e + "ла"]


_ENDINGS_L = ("ло", "ле")


def grammar_rows() -> list[tuple[str, str]]:
    """(phrase, English) of the nouns' definite forms, the demonyms' forms and the verbs' forms
    (module doc), each verb also after the reflexive "се" and with "на"/"до" after it."""
    rows: list[tuple[str, str]] = []
    for noun, english in _NOUNS:
        rows.append((noun, english))
        rows += [(form, f"the {english}") for form in _definite(noun)]
    for adjective, english in _DEMONYMS:
        stem = adjective[:-1]
        rows += [(stem + e, english) for e in _DEMONYM_ENDINGS]
    verbs: list[tuple[str, str]] = []
    for stem, english in _PERFECTIVE:
        verbs += [(form, english) for form in _perfective_forms(stem)]
    for stem, english in _IMPERFECTIVE:
        forms = _imperfective_forms(stem)
        if stem.endswith("а"):
            forms += [stem + e for e in _ENDINGS_L]
        verbs += [(form, english) for form in forms]
    for form, english in verbs:
        rows += [(form, english), (f"се {form}", english)]
        if english in ("rose", "fell"):
            rows += [(f"{form} на", f"{english} to"), (f"се {form} на", f"{english} to")]
            rows += [(f"{form} за", f"{english} by"), (f"се {form} за", f"{english} by")]
    return list(dict.fromkeys(rows))
