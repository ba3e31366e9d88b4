"""Hungarian pages read through the English rules: the Hungarian side of :mod:`pipeline.extract.foreign`.

Hungarian news (MTI, Világgazdaság, Portfolio, Index, regional dailies) writes "a Kínába irányuló
magyar export 12 százalékkal nőtt" (Hungarian exports to China grew by 12 percent), "a két ország
közötti kereskedelmi forgalom meghaladta a 3 milliárd eurót" (trade turnover between the two
countries exceeded 3 billion euros): case endings glued to their noun (a name's final -a/-e
lengthened before them: "Kínába", "Romániából", "Szerbiával", "Magyarországgal"), postpositions
after theirs ("között", "szerint"), the year's endings after its digits ("2031-ben", "2031-hez
képest"). The phrase rows (``hu`` rows of ``lexicon/foreign_words.csv``, the CLDR's Hungarian
months, scales and currencies, iso-codes' and the CLDR's country names) carry the words; the
grammar is done here, for the whole paradigm of each construction:

- Before the gloss (:func:`prepare`, numbers already English): a case ending split off a country
  name the rows or references know (-ba/-be, -ra/-re, -hoz/-hez/-höz, -nak/-nek: "to X";
  -ból/-ből, -ról/-ről, -tól/-től: "from X"; -ban/-ben, -on/-en/-ön/-n: "in X"; -val/-vel and its
  assimilated -Cal/-Cel: "with X"; -ig: "until X"; the accusative dropped), and its adjective in
  -i ("romániai") as the name's demonym where a row has one; an amount's ending ("eurót",
  "dollárral", "forintra", "százalékkal", "%-kal", "milliárdos") as its preposition before the
  amount ("by", "to", "from"); a count glued to its scale ("ötmilliárd" -> "5 milliárd"), a
  multiple ("háromszorosára", "négy és félszeresére": 3 times, 4.5 times); the year's endings
  ("2031-ben" in 2031, "2031-re" by 2031, "2031-hez képest" compared with 2031, "2031 óta" since
  2031, "2031-es" of 2031); months ("márciusban" in March, "január–szeptemberben", "2031
  februárjában" in February 2031) and parts of a year ("2031 első félévében" in the first half of
  2031, "az év első kilenc hónapjában", "a harmadik negyedévben"); "X szerint" (according to X).
- After the gloss (:func:`reorder`): no article before an amount ("exceeded the 5 billion
  euros"), a hedge before its preposition ("nearly by 57 percent" -> "by nearly 57 percent"), a
  pair before "between" (Turkish and Kyrgyz order), a change after its rate ("by 12 percent grew"
  -> "grew by 12 percent"), a destination or an origin before its flow ("to China directed
  Hungarian exports" -> "Hungarian exports to China"), a participle's year after its amount ("the
  in 2009 recorded X" -> "X recorded in 2009") and the year between a change's two ends the later
  end's ("from X in 2031 to Y" -> "from X to Y in 2031"; "the previous year's" dates X).
- Periods also: two years as a span ("2029 és 2031 között") and the end of a period ("szeptember
  végéig": by the end of September).

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract import kazakh
from pipeline.extract.caseless import literal_trie
from pipeline.lexicon import foreign_words, gazetteer
from pipeline.lexicon.cldr_words import month_names
from pipeline.lexicon.country_names import country_names

__all__ = ["prepare", "reorder"]

_L = "A-Za-zÁÉÍÓÖŐÚÜŰáéíóöőúüű"
_CASES = {
    "to": ("ba", "be", "ra", "re", "hoz", "hez", "höz", "nak", "nek"),
    "from": ("ból", "ből", "ról", "ről", "tól", "től"),
    "in": ("ban", "ben", "on", "en", "ön", "n"),
    "with": ("val", "vel"),
    "until": ("ig",),
    "": ("t", "ot", "et", "öt", "at"),
}
_SUFFIX_CASE = {s: case for case, suffixes in _CASES.items() for s in suffixes}
_SUFFIXES = "|".join(sorted(_SUFFIX_CASE, key=len, reverse=True))
_LONG = str.maketrans("ae", "áé")


@cache
def _names() -> dict[str, str]:
    """Hungarian country names (references and rows) -> English, with each name's stem as its
    case endings see it (a final -a/-e lengthened: "Kína" -> "Kíná")."""
    names = dict(country_names("hu"))
    for lang, phrase, english in foreign_words():
        if lang == "hu" and phrase[:1].isupper() and english[:1].isupper():
            names.setdefault(phrase, english)
    stems = {}
    for name, english in names.items():
        stems.setdefault(name, english)
        if name[-1:] in "ae":
            stems.setdefault(name[:-1] + name[-1].translate(_LONG), english)
    return stems


@cache
def _name_suffix() -> re.Pattern[str]:
    names = [n for n in _names() if len(n) > 2]
    trie = literal_trie(names)
    # the instrumental assimilates to a final consonant: "Magyarországgal", "Izraellel"
    return re.compile(
        rf"(?<![{_L}-])({trie})-?(?:({_SUFFIXES})|([bcdfghjklmnprstvzy])\3?([ae]l))(?![{_L}])"
    )


def _name_case(m: re.Match[str]) -> str:
    stem, suffix = m.group(1), m.group(2)
    english = _names()[stem]
    if suffix is None:  # assimilated instrumental: the doubled consonant is the stem's last
        if stem[-1:] != m.group(3):
            return m.group(0)
        case = "with"
    else:
        case = _SUFFIX_CASE[suffix]
        if suffix in ("n", "t") and stem[-1:] not in "áéíóöőúüű":
            return m.group(0)  # "-n", "-t" follow a vowel; "Irant" is no form
    return f"{case} {english}".lstrip()


@cache
def _demonyms() -> dict[str, str]:
    """The lower-case adjective of each name ("romániai", "németországi") -> the row's demonym
    of that country, where a ``hu`` row has one ("román" -> Romanian)."""
    by_country: dict[str, str] = {}
    english_names = {}
    for lang, phrase, english in foreign_words():
        if lang == "hu" and phrase.islower() and english[:1].isupper():
            by_country.setdefault(english, phrase)
    places = gazetteer().by_surface
    for demonym in by_country:
        mention = places.get(demonym)
        if mention is not None and mention.kind == "demonym":
            english_names[mention.iso3] = demonym
    adjectives = {}
    for name, english in dict(country_names("hu")).items():
        mention = places.get(english)
        if mention is None or " " in name or mention.iso3 not in english_names:
            continue
        adjectives[name.lower() + "i"] = english_names[mention.iso3]
    return adjectives


@cache
def _adjective() -> re.Pattern[str] | None:
    words = _demonyms()
    if not words:
        return None
    return re.compile(rf"(?<![{_L}-])({literal_trie(words)})(?![{_L}])", re.IGNORECASE)


_NUM = r"\d[\d.,]*\d|\d"
_SCALE = r"(?:ezermilliárd|milliárd|millió|ezer|mrd\.?|Mrd\.?|billió)"
_CURRENCY = r"(?:usa-dollár|dollár|euró|forint|rubel|jüan|tenge|font|frank|korona|lej|dinár)"
# an amount's last word with its ending: the ending's preposition before the whole amount
_AMOUNT_ENDINGS = {
    "by": ("val", "vel", "al", "el", "dal", "ral", "tal", "kal", "lal"),
    "to": ("ra", "re", "hoz", "hez"),
    "from": ("ról", "ről", "tól", "től"),
    "than": ("nál", "nél"),
    "compared with": ("hoz képest", "hez képest", "höz képest"),
    "": (
        "t",
        "ot",
        "et",
        "öt",
        "at",
        "nyi",
        "os",
        "es",
        "ös",
        "s",
        "a",
        "e",
        "ja",
        "je",
        "át",
        "ét",
    ),
}
_AMOUNT_ENDING = {s: p for p, endings in _AMOUNT_ENDINGS.items() for s in endings}
_ENDINGS = "|".join(sorted(_AMOUNT_ENDING, key=len, reverse=True))
_AMOUNT_WORD = re.compile(
    rf"(?<![\w.,])((?:{_NUM})(?: {_SCALE})?(?: (?:{_CURRENCY}|százalék(?:pont)?))?|(?:{_NUM}))"
    rf"(?:-(?={_ENDINGS})|(?<=[a-zéáóöőúüű]))({_ENDINGS})(?![{_L}])"
)
_PERCENT_SIGN = re.compile(
    rf"(?<![\w.,])({_NUM})\s?%\s?-?\s?(?:(?:ká|a|o|e|ö)?({_ENDINGS}))?(?![{_L}])"
)
_COUNTS = {"egy": "1", "két": "2", "kettő": "2", "három": "3", "négy": "4", "öt": "5", "hat": "6"}
_COUNTS |= {"hét": "7", "nyolc": "8", "kilenc": "9", "tíz": "10", "tizenegy": "11"}
_COUNTS |= {"húsz": "20", "harminc": "30", "negyven": "40", "ötven": "50", "száz": "100"}
_COUNT = "|".join(sorted(_COUNTS, key=len, reverse=True))
_GLUED_SCALE = re.compile(rf"(?<![{_L}])({_COUNT})(milliárd|millió|ezer)", re.IGNORECASE)
_COUNT_SCALE = re.compile(rf"(?<![{_L}])({_COUNT}) (?=(?:milliárd|millió)(?![{_L}]))", re.I)
# a multiple: "háromszorosára", "kétszeresére", "négy és félszeresére", "3,5-szeresére": N times
_TIMES = re.compile(
    rf"(?<![{_L}\d.,])(?:({_NUM})-?|({_COUNT})(?: és (fél))?)"
    rf"(?:szoros|szeres|szörös)(?:ára|ére|a|e|an|en)?(?![{_L}])",
    re.IGNORECASE,
)
_HALF_TIMES = re.compile(rf"(?<![{_L}])({_COUNT}) és félszer(?:es|esére|esen)?(?![{_L}])", re.I)
# the year's endings
_YEAR_BASE = re.compile(
    r"\b(\d{4})(?:-(?:hez|hoz|höz|el|al|zel|tal|tel|as|es|os|ös)|\. évhez| évhez)"
    r" (?:képest|viszonyítva|mérve|összevetve|hasonlítva)(?![\w])"
)
_YEAR_IN = re.compile(r"\b(\d{4})(?:-(?:ban|ben)|\. évben|-es évben|-as évben)(?![\w])")
_YEAR_BY = re.compile(r"\b(\d{4})-(?:re|ra|ig)(?![\w])")
_YEAR_FROM = re.compile(r"\b(\d{4})-(?:tól|től|töl)(?![\w])")
_YEAR_SINCE = re.compile(r"\b(\d{4}) óta(?![\w])")
_YEAR_OF = re.compile(r"\b(\d{4})(?:-(?:as|es|os|ös|is|ös|ben|ban)|\. évi|\.)(?= )")
_ORDINALS = {"első": "first", "második": "second", "harmadik": "third", "negyedik": "fourth"}
_ORDINAL = "|".join(_ORDINALS)
_WHICH = {
    "az idei év": "this year",
    "idei": "this year",
    "az év": "the year",
    "az idén": "this year",
}
_WHICH |= {"a tavalyi év": "last year", "tavalyi": "last year", "múlt év": "last year"}
_WHICH |= {"a múlt év": "last year", "az előző év": "the previous year", "ez év": "this year"}
_WHICH_ALT = "|".join(sorted(_WHICH, key=len, reverse=True))
_PART = re.compile(
    rf"(?<![{_L}])(?:(?:az? |Az? )?(\d{{4}})\.?|({_WHICH_ALT})|az?|Az?)? ?({_ORDINAL}) "
    rf"(?:(\d{{1,2}}|{_COUNT}) (?:hónapjában|hónapjaiban|hónapban|hónapjában|havában|havi|hónap)"
    rf"|(félévében|félévben|félév|félévi|negyedévében|negyedévben|negyedév|negyedévi|felében))"
    rf"(?![{_L}])",
    re.IGNORECASE,
)
_MONTHS = [m for m, _ in month_names("hu") if m.islower()]
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# a month's locative and possessive: "márciusban", "januárjában" (its January), "szeptemberig"
_MONTH_END = re.compile(
    rf"(?<![{_L}])(?:(\d{{4}})\.? )?({_MONTH})(?:\s?[-–]\s?({_MONTH}))?"
    rf"(ban|ben|jában|jében|ában|ében|ig|jáig|jéig|tól|től|jától|jétől|i|ja|je)(?![{_L}])",
    re.IGNORECASE,
)
_MONTH_PREP = {"ban": "in", "ben": "in", "jában": "in", "jében": "in", "ában": "in", "ében": "in"}
_MONTH_PREP |= {"ig": "until", "jáig": "until", "jéig": "until", "tól": "from", "től": "from"}
_MONTH_PREP |= {"jától": "from", "jétől": "from", "i": "", "ja": "", "je": ""}
# "X szerint" (according to X): the postposition after its source, at a clause's start
_ACCORDING = re.compile(
    r"(?:^|(?<=[,;:.–] )|(?<=^[„\"]))(?P<owner>[^,;:.„“”\"]{1,120}?) szerint(?P<comma>,?)"
)


# "2029 és 2031 között", "a 2029 és 2031 közötti időszakban" (between two years); "szeptember
# végéig", "2031 végéig", "az év végéig" (by the end of), "2031 végén" (at the end of)
_BETWEEN_YEARS = re.compile(
    r"\b(?:az? )?(\d{4}) és (\d{4}) (?:közötti időszakban|közötti időszakot|közötti|között)"
    rf"(?![{_L}])"
)
_END_OF = re.compile(
    rf"(?<![{_L}])(?:az év|(\d{{4}})\.?|({_MONTH}))( )(végéig|végére|végén)(?![{_L}])",
    re.IGNORECASE,
)


# "az elmúlt tíz év alatt", "az utóbbi 5 évben", "a legutóbbi három év során": over the past N
# years (round 57)
_PAST_YEARS = re.compile(
    rf"(?<![{_L}])(?:az? |Az? )?(?:elmúlt|utóbbi|legutóbbi) ({_NUM}|{_COUNT}) "
    rf"(?:év alatt|év során|évben|esztendő alatt|esztendőben)(?![{_L}])",
    re.IGNORECASE,
)
# A multiplicative verb in every form (round 57: the rows spelled the past "megnégyszereződött"
# only, a page wrote the subjunctive "megduplázódjon"): "meg" + a count + -szereződik /
# -szorozódik / -szöröződik (the suffix in the count's vowel harmony: "megkétszereződik",
# "megháromszorozódik", "megötszöröződik"), "megduplázódik", "megtriplázódik", and the
# transitive "megdupláz" (to double it); past ("-ott", "-ött"; "megduplázta", "megduplázták") ->
# "doubled", any other finite or infinitive form ("-ik", "-jon", "-jön", "-ni", "-na", "-ne";
# "megduplázza", "megduplázni") -> "double", the noun ("megduplázódása", "megduplázását",
# "megkétszereződését") -> "doubling"
_MULTIPLY = re.compile(
    rf"(?<![{_L}])[Mm]eg(?:({_COUNT})(?:szereződ|szorozód|szöröződ)|(dupláz|tripláz)(?:ód)?)"
    rf"(ött|ott|tak|ték|ták|tuk|ta|te|ik|nak|nek|jon|jön|janak|jenek|ni|na|ne|nának|nének"
    rf"|za|zák|zuk|ás[{_L}]*|és[{_L}]*)(?![{_L}])",
    re.IGNORECASE,
)
_MULTIPLE_WORDS = {"2": "double", "3": "triple", "4": "quadruple"}


def _multiply(m: re.Match[str]) -> str:
    count_word, latin, ending = m.groups()
    latin_count = "2" if latin and latin.lower() == "dupláz" else "3"
    count = latin_count if latin else _COUNTS[count_word.lower()]
    ending = ending.lower()
    word = _MULTIPLE_WORDS.get(count)
    if ending.startswith(("ás", "és")):
        return f"{word[:-1]}ing" if word else f"{count}-fold increase"
    past = ending in ("ött", "ott", "tak", "ték", "ták", "tuk", "ta", "te")
    if word:
        return f"{word}d" if past else word
    return f"increased {count}-fold" if past else f"increase {count}-fold"


def _end_of(m: re.Match[str]) -> str:
    what = m.group(1) or m.group(2) or "the year"
    prep = "at" if m.group(4).lower() == "végén" else "by"
    return f"{prep} the end of {what}"


def _part(m: re.Match[str]) -> str:
    year, which, ordinal, months, part = m.groups()
    owner = year or (_WHICH[which.lower()] if which else "")
    of = f" of {owner}" if owner else ""
    first = _ORDINALS[ordinal.lower()]
    if months:
        count = _COUNTS.get(months.lower(), months)
        return f"in the first {count} months{of}" if first == "first" else m.group(0)
    if part.startswith(("fél", "fel")):
        return f"in the {first} half{of}"
    return f"in the {first} quarter{of}"


def _month(m: re.Match[str]) -> str:
    year, first, last, ending = m.groups()
    prep = _MONTH_PREP[ending.lower()]
    span = f"{first}-{last}" if last else first
    if year and ending.lower() in ("i", "ja", "je") and not last:
        return f"{span} {year}"  # "2031. októberi adatai": October 2031's data
    text = f"{prep} {span}".lstrip()
    return f"{text} {year}" if year else text


def _amount(m: re.Match[str]) -> str:
    prep = _AMOUNT_ENDING[m.group(2)]
    return f"{prep} {m.group(1)}".lstrip()


def _percent(m: re.Match[str]) -> str:
    prep = _AMOUNT_ENDING.get(m.group(2) or "", "")
    return f"{prep} {m.group(1)}%".lstrip()


def _times(m: re.Match[str]) -> str:
    digits, word, half = m.groups()
    count = digits or _COUNTS[word.lower()]
    if half:
        count = f"{count}.5"
    return f"{count} times"


def prepare(text: str) -> str:
    """Hungarian ``text`` (numbers already English) with its endings and postpositions undone
    (module doc)."""
    text = _GLUED_SCALE.sub(lambda m: f"{_COUNTS[m.group(1).lower()]} {m.group(2)}", text)
    text = _COUNT_SCALE.sub(lambda m: _COUNTS[m.group(1).lower()] + " ", text)
    if "szor" in text or "szer" in text or "ször" in text:
        text = _TIMES.sub(_times, text)
    if "szerint" in text:
        text = _ACCORDING.sub(lambda m: f"according to {m['owner']}{m['comma']}", text)
    text = _PART.sub(_part, text)
    if "meg" in text.lower():
        text = _MULTIPLY.sub(_multiply, text)
    text = _PAST_YEARS.sub(
        lambda m: f"over the past {_COUNTS.get(m.group(1).lower(), m.group(1))} years", text
    )
    if "között" in text:
        text = _BETWEEN_YEARS.sub(r"between \1 and \2", text)
    if "vég" in text:
        text = _END_OF.sub(_end_of, text)
    text = _YEAR_BASE.sub(r"compared with \1", text)
    text = _YEAR_IN.sub(r"in \1", text)
    text = _YEAR_BY.sub(r"by \1", text)
    text = _YEAR_FROM.sub(r"from \1", text)
    text = _YEAR_SINCE.sub(r"since \1", text)
    text = _MONTH_END.sub(_month, text)
    text = _YEAR_OF.sub(r"\1", text)
    if "%" in text:
        text = _PERCENT_SIGN.sub(_percent, text)
    text = _AMOUNT_WORD.sub(_amount, text)
    if (adjective := _adjective()) is not None:
        text = adjective.sub(lambda m: _demonyms()[m.group(1).lower()], text)
    return _name_suffix().sub(_name_case, text)


_AMOUNT_EN = (
    r"[\d.,]+%?(?: (?:thousand|million|billion|trillion))?"
    r"(?: (?:US )?(?:dollars|euros|forints|percent|percentage points))?"
)
_UNIT_AMOUNT = (
    r"[\d.,]+(?:%|(?: (?:thousand|million|billion|trillion))?"
    r" (?:(?:US )?(?:dollars|euros|forints)|percent|percentage points|times))"
)
# "from 5 billion euros (in 2030) to 4 billion euros fell" -> "fell from ... to ..."
_FROM_TO_VERB = re.compile(
    rf"\b(from {_AMOUNT_EN}(?: in \d{{4}})? to {_AMOUNT_EN}) (rose|grew|increased|fell|decreased"
    r"|declined|expanded|dropped)\b"
)
# "by 12 percent grew" -> "grew by 12 percent" (an amount with its unit: never a bare year)
_CHANGE_AFTER = re.compile(
    rf"\b((?:by |to )?(?:more than |nearly |about )?{_UNIT_AMOUNT}) (rose|grew|increased|fell|decreased"
    r"|declined|expanded|dropped|was|were|reached|exceeded|amounted to)\b"
)
_TWO_FIRST = re.compile(
    r"\b(?:the )?(the two countries) between ((?:[a-z]+ )?(?:trade|turnover|exchange of goods)"
    r"(?: turnover| volume)?)\b"
)
# "to China directed Hungarian exports", "from Romania to Hungary arriving imports"
_DIRECTED = re.compile(
    r"\b((?:from [A-Z][\w-]*(?: [A-Z][\w-]*)? )?(?:to|from|with) [A-Z][\w-]*(?: [A-Z][\w-]*)?) "
    r"(?:directed |arriving |originating |conducted )?"
    r"((?:[A-Z][a-z]+ )?(?:exports|imports|investments?|trade turnover|trade))\b"
)


# the article Hungarian writes before an amount ("elérte a 2,5 milliárd eurót": reached the 2.5
# billion euros): English writes none, and the hedges of "exceeded" read the bare amount
_ARTICLE_AMOUNT = re.compile(r"\bthe (?=\d[\d.,]* (?:thousand|million|billion|trillion|percent)\b)")


# a participle's year before its amount: "the in 2009 recorded (compared with) 3.1 billion euros"
# ("a 2009-ben jegyzett 3,1 milliárd euróhoz képest") -> "compared with 3.1 billion euros recorded
# in 2009"
_YEAR_PARTICIPLE = re.compile(
    rf"\b(?:the )?in (\d{{4}}) (recorded|measured|registered) "
    rf"((?:compared with |from |to |by )?{_UNIT_AMOUNT})"
)
# the year between a change's two ends belongs to the later: "from X in 2031 to Y" -> "from X to Y
# in 2031"; after "the previous year's" ("az előző évi X-ról 2031-ben Y-ra") the earlier end is of
# the year before
_BETWEEN_ENDS = re.compile(
    rf"\b(?P<prev>(?:the previous year's|last year's) )?(?P<verb>(?:fell|rose|grew|increased"
    rf"|decreased|expanded|dropped) )?from (?P<a>{_UNIT_AMOUNT}) in (?P<year>\d{{4}}) "
    rf"to (?P<b>{_UNIT_AMOUNT})"
)


def _between_ends(m: re.Match[str]) -> str:
    year = int(m["year"])
    verb = m["verb"] or ""
    first = f" in {year - 1}" if m["prev"] else ""
    return f"{verb}from {m['a']}{first} to {m['b']} in {year}"


# a hedge before the preposition an amount's ending gave ("csaknem 57 százalékkal": nearly by 57
# percent) -> "by nearly 57 percent"
_HEDGE_PREPOSITION = re.compile(
    r"\b(nearly|about|approximately|more than|less than) (by|to|from) (?=\d)"
)


# A verb before its subject, Hungarian's order when the verb is the news ("megnégyszereződött a
# két ország közötti árucsere", "nőtt a magyar–szerb forgalom"): "quadrupled between the two
# countries trade" -> "trade between the two countries quadrupled" (round 57)
_VERB_FIRST = re.compile(
    r"\b(doubled|tripled|quadrupled|increased \d+-fold|grew|rose|increased|fell|decreased"
    r"|declined|expanded|dropped) (?:the )?(between the two countries|between [A-Z][\w-]*(?: [A-Z]"
    r"[\w-]*)? and [A-Z][\w-]*(?: [A-Z][\w-]*)?) ((?:[a-z]+ )?(?:trade|turnover|exchange of goods)"
    r"(?: turnover| volume)?)\b"
)


def reorder(text: str) -> str:
    """Glossed ``text`` in English order (see the module doc)."""
    if "the " in text:
        text = _ARTICLE_AMOUNT.sub("", text)
    text = _HEDGE_PREPOSITION.sub(r"\2 \1 ", text)
    text = kazakh.PAIR_FIRST.sub(r"\3 between \1 and \2", text)
    text = _TWO_FIRST.sub(r"\2 between \1", text)
    if "between" in text:
        text = _VERB_FIRST.sub(r"\3 \2 \1", text)
    text = _DIRECTED.sub(r"\2 \1", text)
    text = _FROM_TO_VERB.sub(r"\2 \1", text)
    text = _CHANGE_AFTER.sub(r"\2 \1", text)
    if " in " in text:
        text = _YEAR_PARTICIPLE.sub(r"\3 \2 in \1", text)
        text = _BETWEEN_ENDS.sub(_between_ends, text)
    return text
