"""Czech pages read through the English rules: the Czech side of :mod:`pipeline.extract.foreign`.

Czech trade news (ČSÚ releases, iDNES, ČTK, Hospodářské noviny) writes "vývoz do Číny vzrostl o
12,5 %", "obchodní obrat dosáhl 41,2 mld. Kč", "meziročně", "za prvních devět měsíců", "v roce
2031", "loni". The phrase rows (``cs`` rows of ``lexicon/foreign_words.csv``) carry the words, each
case form of a country its own row ("Čína", "Číny", "Číně", "Čínou"); what depends on the next
word is done here, around them:

- Before the gloss (:func:`prepare`): "o" before a number is the size of a change ("vzrostl o 12
  %": by), "na" before a number its end ("klesl na 3 mld.": to); "s"/"se" before a name is "with"
  ("obchod s Čínou", "se Slovenskem"), "se" before a lower-case word the reflexive of a verb ("se
  zvýšil", "se meziročně snížil"), dropped as English writes none; "za" before money its worth
  ("zboží za 41 mld. Kč"), "od roku X do roku Y" a span, "v letech X až Y" "between X and Y".
  A Slovak page is read as Czech (``page_language``): its "so" (with) and reflexive "sa" too.
- After the gloss (:func:`reorder`): an owner written after its flow ("exports Czech Republic to
  China") put before it ("Czech Republic's exports to China"); "of" before the year of a part of
  one ("the first nine months in 2031", from "měsíců roku 2031": "of 2031"); "až" (to) between
  two months or years; a target's year put after the verb its modal governs ("by měl do roku 2035
  dosáhnout": "should reach by 2035").

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re

from pipeline.extract.period_words import ENGLISH_MONTHS
from pipeline.extract.polish import owner_first
from pipeline.extract.russian_periods import same_period_rows

_NUMBER = r"(?=[-+−]?\d)"
_BY = re.compile(r"(?<!\w)o " + _NUMBER)
_TO = re.compile(r"(?<!\w)na " + _NUMBER)
_UPPER = "A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ"
# (Slovak, which the page language reads as Czech, writes "so" and the reflexive "sa")
_WITH = re.compile(rf"(?<!\w)[sS][eo]? (?=[{_UPPER}])")
_REFLEXIVE = re.compile(r"(?<!\w)s[ea] (?=[a-záčďéěíňóřšťúůýžäôľĺŕ])")
# "od roku 2020 do roku 2030": from 2020 to 2030, where "do roku 2035" alone is a target's "by"
_YEAR_SPAN = re.compile(r"(?<!\w)([oO]d) roku (\d{4}) do (?:roku )?(?=\d{4}\b)")
# "za" before an amount of money is its worth ("zboží za 5 mld. Kč"), not a time ("za 5 měsíců")
_WORTH = re.compile(
    r"(?<!\w)za (?=\d[\d.,]*\s?(?:(?:mld|mil|mln|tis)\.?|miliard\w*|milion\w*|mili[aó]r\w*)?\s?"
    r"(?:Kč|korun\w*|eur\w*|dolar\w*|dolár\w*|USD|EUR|CZK|\$|€))"
)
# "až" (to) between two months or two years: "leden až červen", "2020 až 2030"; elsewhere it is
# "up to" or "only" and stays unread
_RANGE_TO = re.compile(rf"\b({ENGLISH_MONTHS}|\d{{4}}) až (?=(?:{ENGLISH_MONTHS}|\d{{4}})\b)")
# "roku" (of the year) after a part of one: "za prvních devět měsíců roku 2031" -> "of 2031";
# "v prvních třech čtvrtletích 2031" (no "roku") -> "of 2031" too
_PART_YEAR = re.compile(r"\b(months|quarters?|half)(?: in)? (?=\d{4}\b)")
# "v letech 2020 až 2030" (in the years 2020 to 2030): "mezi lety 2020 a 2030", as the English
# rules read a span of years ("between 2020 and 2030"; "in 2020 to 2030" is read as 2030 alone)
_YEARS = re.compile(r"(?<!\w)v letech (\d{4}) ?(?:až|[–-]) ?(?=\d{4}\b)")
# A target's year between a modal and its verb ("by měl do roku 2035 dosáhnout", should by 2035
# reach): English writes it after the verb, where the rules read it as the target's deadline
_TARGET_YEAR = re.compile(
    r"\b(should|could|wants? to|plans? to|intends? to|seek to|the aim is to) (by \d{4}) "
    r"(reach|increase|raise|double|triple|exceed)\b"
)


def prepare(text: str) -> str:
    """Czech ``text`` (numbers already English) with "o"/"na" before a number, "s" before a name
    and the reflexive "se" written as English reads them."""
    if "o " in text:
        text = _BY.sub("by ", text)
    if "na " in text:
        text = _TO.sub("to ", text)
    if "roku" in text:
        text = _YEAR_SPAN.sub(r"\1 \2 do ", text)
    if "letech" in text:
        text = _YEARS.sub(r"mezi lety \1 a ", text)
    if "za " in text:
        text = _WORTH.sub("worth ", text)
    if "s" in text or "S" in text:
        text = _WITH.sub(lambda m: "With " if m.group(0)[0] == "S" else "with ", text)
        text = _REFLEXIVE.sub("", text)
    return text


def reorder(text: str) -> str:
    """Glossed ``text`` with an owner after its flow put before it, a part's year after "of"."""
    if " až " in text:
        text = _RANGE_TO.sub(r"\1 to ", text)
    if "by " in text:
        text = _TARGET_YEAR.sub(r"\1 \3 \2", text)
    return _PART_YEAR.sub(r"\1 of ", owner_first(text))


# "the same period" in every case of the singular (nominative-accusative, genitive, dative,
# instrumental, locative: the neuter "období" changes only in the instrumental "obdobím"), Czech
# and Slovak, alone and after a comparison's preposition in the case it governs ("oproti",
# "proti", "vůči" the dative, "ve srovnání s" the instrumental) or "než v" / Slovak "ako v" (than
# in) before the locative: read as the Russian rows are
# (:func:`~pipeline.extract.russian_periods.same_period_rows`). Left unread, "vzrostl o 12 % vůči
# stejnému období roku 2030" gave the change the base's year.
_SAME = (
    ("stejné", "stejného", "stejnému", "stejným", "stejném"),
    ("srovnatelné", "srovnatelného", "srovnatelnému", "srovnatelným", "srovnatelném"),
    ("obdobné", "obdobného", "obdobnému", "obdobným", "obdobném"),
    ("shodné", "shodného", "shodnému", "shodným", "shodném"),
    ("analogické", "analogického", "analogickému", "analogickým", "analogickém"),
    ("odpovídající", "odpovídajícího", "odpovídajícímu", "odpovídajícím", "odpovídajícím"),
    ("totéž", "téhož", "témuž", "týmž", "témž"),
    ("tentýž", "téhož", "témuž", "týmž", "témž"),
)
_PERIOD_CASES = ("období", "období", "období", "obdobím", "období")
# Slovak: "rovnaké obdobie", "to isté obdobie", "porovnateľné obdobie" (the noun's own cases)
_SLOVAK_SAME = (
    ("rovnaké", "rovnakého", "rovnakému", "rovnakým", "rovnakom"),
    ("to isté", "toho istého", "tomu istému", "tým istým", "tom istom"),
    ("porovnateľné", "porovnateľného", "porovnateľnému", "porovnateľným", "porovnateľnom"),
    ("zodpovedajúce", "zodpovedajúceho", "zodpovedajúcemu", "zodpovedajúcim", "zodpovedajúcom"),
)
_SLOVAK_PERIOD_CASES = ("obdobie", "obdobia", "obdobiu", "obdobím", "období")
_COMPARED = {
    "oproti": 2,
    "proti": 2,
    "ve srovnání s": 3,
    "ve srovnání se": 3,
    "v porovnání s": 3,
    "v porovnání se": 3,
}
_SLOVAK_COMPARED = {"oproti": 2, "v porovnaní s": 3, "v porovnaní so": 3, "v porovnaní k": 2}
# "vůči", Slovak "voči" (towards) read as a comparison only before "the same period"
_COMPARED_BEFORE_SAME = {"vůči": 2}
_SLOVAK_COMPARED_BEFORE_SAME = {"voči": 2}
_THAN = {"než v": ("than in", 4), "než ve": ("than in", 4), "nežli v": ("than in", 4)}
_SLOVAK_THAN = {"ako v": ("than in", 4), "ako vo": ("than in", 4)}


def period_rows() -> list[tuple[str, str]]:
    """(phrase, English) of "the same period" in every case, Czech and Slovak, alone and after a
    comparison (above: "vůči stejnému období" -> "compared with the same period of")."""
    czech = same_period_rows(_SAME, _PERIOD_CASES, _COMPARED, _THAN, _COMPARED_BEFORE_SAME)
    slovak = same_period_rows(
        _SLOVAK_SAME,
        _SLOVAK_PERIOD_CASES,
        _SLOVAK_COMPARED,
        _SLOVAK_THAN,
        _SLOVAK_COMPARED_BEFORE_SAME,
    )
    return czech + slovak


# Slovak case forms of a country's name (round 59): the Czech declension (``slavic_names``) of a
# Slovak nominative gives "Nemeckem", "Číně", "Kórejské republiky", where Slovak writes
# "Nemeckom", "Číne", "Kórejskej republiky"; these are the Slovak singular cases of the name
# shapes CLDR and iso-codes give (a neuter "-o", a feminine "-a"/"-ia", a masculine consonant,
# an adjective "-á"/"-é"/"-ý" before its noun), each glossed to the name
_SLOVAK_NOUN = (
    ("ia", ("ie", "ii", "iu", "iou")),
    ("a", ("y", "e", "u", "ou")),
    ("o", ("a", "u", "e", "om")),
)
_SLOVAK_ADJECTIVE = (
    ("á", ("ej", "ú", "ou")),
    ("é", ("ého", "ému", "om", "ým")),
    ("ý", ("ého", "ému", "om", "ým")),
)
_SLOVAK_CONSONANT = ("u", "e", "om", "a")


def _slovak_noun(word: str) -> list[str]:
    for ending, forms in _SLOVAK_NOUN:
        if word.endswith(ending):
            return [word[: -len(ending)] + f for f in forms]
    if word[-1:].isalpha() and word[-1] not in "aeiouyáéíóúýäô":
        return [word + f for f in _SLOVAK_CONSONANT]
    return []


def slovak_name_forms(names: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(form, English) of the Slovak oblique cases of each (nominative, English name): one word
    ("Nórsko" -> "Nórska", "Nórsku", "Nórskom"; "Čína" -> "Číne") or an adjective and its noun
    ("Kórejská republika" -> "Kórejskej republiky", "Kórejskú republiku" ...)."""
    out = []
    for name, english in names:
        words = name.split()
        if len(words) == 1:
            out += [(form, english) for form in _slovak_noun(name)]
        elif len(words) == 2:
            adjective, noun = words
            for ending, forms in _SLOVAK_ADJECTIVE:
                if adjective.endswith(ending):
                    stem = adjective[: -len(ending)]
                    for a in forms:
                        for n in _slovak_noun(noun):
                            out.append((f"{stem}{a} {n}", english))
                    break
    return [(form, english) for form, english in out if form not in dict(names)]
