"""Swahili pages read through the English rules: the Swahili side of :mod:`pipeline.extract.foreign`.

East African trade news (Tanzanian and Kenyan dailies, public broadcasters, government releases)
writes "biashara kati ya Tanzania na China imeongezeka kwa asilimia 12 hadi kufikia dola za
Kimarekani milioni 89 mwaka 2030". Countries, months and currency names come from the references
(iso-codes and the CLDR), the flow, period and hedge words from the ``sw`` rows of
``lexicon/foreign_words.csv``; what a word-for-word row cannot do is done here:

- Before the gloss (:func:`prepare`):
  - an amount writes its scale word, and its currency, BEFORE the number ("dola milioni 89",
    "shilingi bilioni 300", "Sh bilioni 3.5", "Sh3.5 trilioni"): put after it as English
    writes it ("89 million dollars"); "asilimia 12" (percent, before the number) likewise;
  - a verb is one word of a subject prefix agreeing with its noun's class (i-, u-, zi-, ya-, li-,
    ki-, vi-, a-, wa-), a tense (-me- perfect, -li- past, -na- present, -ta- future, -ki-), an
    optional relative (-yo-, -o-, -zo-, -lo-, -cho-, -vyo-) and a stem ("imeongezeka",
    "zilipungua", "iliyofikia", "itafikia"): every combination of the register's stems is
    glossed by rule rather than as hundreds of rows;
  - the count of "miezi sita ya kwanza" (the months six of first: the first six months) and
    "miezi tisa iliyopita" (the past nine months) written before the adjective, as English does;
    "ya mwaka 2030" (of the year 2030) and "mwaka 2030" (the year 2030) are the bare year.
- After the gloss (:func:`reorder`): "to" before a month with no "from" before it is "until"
  ("hadi Juni 2030"); "trade and X" with no "between" is "trade with X" ("biashara na China").

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re

from pipeline.extract.period_words import ENGLISH_MONTHS

_NUM = r"\d+(?:[.,]\d+)*"
_SCALES = {
    "elfu": "thousand",
    "milioni": "million",
    "bilioni": "billion",
    "trilioni": "trillion",
    "million": "million",
    "billion": "billion",
    "trillion": "trillion",
}
# (... or the English word a page may write: "dola za kimarekani million 6.5")
_SCALE = r"(?P<scale>elfu|milioni|bilioni|trilioni|million|billion|trillion)"
# The currency before its scale and number: "dola (za Kimarekani)", "shilingi (za Kitanzania)",
# the abbreviations "Sh", "TSh", "KSh" (glued to the number or not), "euro", "pauni", "yuan"
_CURRENCIES = (
    (
        r"dola za (?:Kimarekani|Marekani)|dola ya Marekani|dola za Kimarekani|USD|US\$|\$",
        "US dollars",
    ),
    (r"dola", "dollars"),
    (
        r"shilingi za (?:Kitanzania|Tanzania)|shilingi ya Tanzania|TSh|Tsh|TZS",
        "Tanzanian shillings",
    ),
    (r"shilingi za (?:Kikenya|Kenya)|shilingi ya Kenya|KSh|Ksh|KES", "Kenyan shillings"),
    (r"shilingi za (?:Uganda|Kiganda)|shilingi ya Uganda|USh|Ush|UGX", "Ugandan shillings"),
    (r"shilingi|Sh\.?", "shillings"),
    (r"euro|yuro|EUR|€", "euros"),
    (r"pauni", "pounds"),
    (r"yuan", "yuan"),
    (r"randi", "rand"),
)
_CURRENCY = "|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(_CURRENCIES))
# "dola za Kimarekani milioni 89" / "Sh bilioni 3.5" / "Sh3.5 bilioni" / "milioni 89"
_CUR_SCALE_NUM = re.compile(
    rf"(?<![\w$€])(?:{_CURRENCY})\s?{_SCALE}\s(?P<num>{_NUM})(?![\d])", re.IGNORECASE
)
_CUR_NUM_SCALE = re.compile(
    rf"(?<![\w$€])(?:{_CURRENCY})\s?(?P<num>{_NUM})\s{_SCALE}\b", re.IGNORECASE
)
_SCALE_NUM = re.compile(rf"(?<![\w])\b{_SCALE}\s(?P<num>{_NUM})(?![\d])", re.IGNORECASE)
# "... milioni 89 za Kimarekani" is rare; "dola milioni 89" is the register's shape
_PERCENT = re.compile(rf"\b(?:kwa )?asilimia\s(?P<num>[-−]?{_NUM})(?![\d])", re.IGNORECASE)

# Counts written as words after "miezi" (months): 2 to 12
_COUNTS = {
    "mbili": "two",
    "tatu": "three",
    "nne": "four",
    "tano": "five",
    "sita": "six",
    "saba": "seven",
    "nane": "eight",
    "tisa": "nine",
    # ... and their class 4 forms, agreeing with "miezi" ("miezi mitatu", three months)
    "miwili": "two",
    "mitatu": "three",
    "minne": "four",
    "mitano": "five",
    "minane": "eight",
    "kumi na moja": "eleven",
    "kumi na mbili": "twelve",
    "kumi na miwili": "twelve",
    "kumi": "ten",
}
_COUNT = r"(?P<count>\d{1,2}|" + "|".join(sorted(_COUNTS, key=len, reverse=True)) + ")"
# "miezi sita ya kwanza (ya mwaka)" / "miezi 6 ya mwanzo": the first six months (of); the year
# words after are read on ("of mwaka 2030": of 2030; "mwaka huu": this year)
_FIRST_MONTHS = re.compile(
    rf"\bmiezi {_COUNT} (?:ya kwanza|ya mwanzo)(?P<of> ya| wa(?= mwaka))?\b", re.IGNORECASE
)
# "miezi tisa iliyopita" (the past nine months)
_PAST_MONTHS = re.compile(rf"\bmiezi {_COUNT} (?:iliyopita|ya hivi karibuni)\b", re.IGNORECASE)
# "ya mwaka 2030", "wa mwaka 2030", "mwaka 2030", "mwaka wa 2030": the bare year ("of 2030",
# "in 2030"); "mwaka wa fedha 2030/31" is a row (fiscal year)
_YEAR_OF = re.compile(r"\b(?:ya|wa|za|la|cha|of) mwaka (?:wa )?(?=(?:19|20)\d\d\b)", re.IGNORECASE)
_YEAR_IN = re.compile(
    r"\b(?:katika |kwa |ndani ya |mnamo )?mwaka (?:wa )?(?=(?:19|20)\d\d\b)(?!\d{4}/)",
    re.IGNORECASE,
)
# "the first six months of mwaka" with no year word after: of the year
_OF_THE_YEAR = re.compile(r"\bof mwaka\b(?! (?:huu|jana|uliopita|ujao|wa|\d))", re.IGNORECASE)
# "mwaka 2029/30", "mwaka 2029/2030": a split year is a fiscal year in East Africa (July to June)
_SPLIT_YEAR = re.compile(
    r"\b(?:katika |kwa |ndani ya |mnamo )?mwaka (?=(?:19|20)\d\d/\d{2,4}\b)", re.IGNORECASE
)
# "Machi mwaka 2030" (March of the year 2030): "March 2030"
_MONTH_YEAR = re.compile(
    r"\b(Januari|Februari|Machi|Aprili|Mei|Juni|Julai|Agosti|Septemba|Oktoba|Novemba|Desemba)"
    r" mwaka (?:wa )?(?=(?:19|20)\d\d\b)",
    re.IGNORECASE,
)
# "mwezi Juni" (the month June): the month; not after "until" or "the end of" ("hadi mwezi
# Oktoba", "mwishoni mwa mwezi Oktoba": the rows "hadi mwezi", through, and "hadi mwishoni mwa
# mwezi", through the end of, read the span up to that month)
_MONTH_NOUN = re.compile(
    r"\b(?<!hadi )(?<!Hadi )(?<!mpaka )(?<!Mpaka )(?<!kufikia )(?<!Kufikia )(?<!mwa )(?<!wa )"
    r"(?:katika |ndani ya )?mwezi (?=[A-Z])"
)
# "hadi mwishoni mwa mwaka 2030" (until the end of the year 2030): by the end of 2030; without
# "until", "mwishoni mwa mwaka 2030" is at the end of 2030
_END_OF_YEAR = re.compile(
    r"\b(?:(hadi|mpaka|kufikia|hadi kufikia|mpaka kufikia) )?mwish(?:oni mwa|o wa) mwaka (?:wa )?"
    r"(?=(?:19|20)\d\d\b)(?!\d{4}/)",
    re.IGNORECASE,
)
# "kufikia mwaka 2030" / "ifikapo 2030" before a year: by 2030 (a target); before an amount
# "kufikia" is the verb (to reach)
_BY_YEAR = re.compile(r"\b(?:kufikia|ifikapo|hadi kufikia) (?:mwaka )?(?=(?:19|20)\d\d\b)", re.I)
# "hadi kufikia" (up to reaching) before anything else: "to" ("imeongezeka hadi kufikia dola
# milioni 89": rose to 89 million dollars); "lengo la kufikia" (a target of reaching): a target of
_UP_TO = re.compile(r"\b(hadi|mpaka|lengo la) kufikia\b", re.IGNORECASE)

# Verbs: subject prefix (noun class) + tense + optional relative + stem
_PREFIX = r"(?:i|u|zi|ya|li|ki|vi|a|wa|ku)"
_TENSE = r"(?:me|li|na|ta|ki|ka)"
_RELATIVE = r"(?:yo|o|zo|lo|cho|vyo|po)?"
# stem -> (past, base); the past is the register's reading ("imeongezeka": has risen, rose)
_STEMS = {
    "ongezeka maradufu": ("doubled", "double"),
    "ongezeka mara mbili": ("doubled", "double"),
    "ongezeka": ("increased", "increase"),
    "pungua": ("decreased", "decrease"),
    "shuka": ("fell", "fall"),
    "anguka": ("fell", "fall"),
    "poromoka": ("plunged", "plunge"),
    "dorora": ("declined", "decline"),
    "panda": ("rose", "rise"),
    "kua": ("grew", "grow"),
    "fikia": ("reached", "reach"),
    "fika": ("reached", "reach"),
    "vuka": ("exceeded", "exceed"),
    "zidi": ("exceeded", "exceed"),
    "rekodi": ("recorded", "record"),
    "sajili": ("recorded", "record"),
    "imarika": ("improved", "improve"),
    "kuwa": ("was", "be"),
    "uza nje": ("exported", "export"),
    "ongeza": ("increased", "increase"),
    "weka": ("set", "set"),
    "lenga": ("aimed", "aim"),
    "uza": ("sold", "sell"),
    "agiza": ("imported", "import"),
    "nunua": ("bought", "buy"),
    # "iliingiza mapato (ya)" brought in revenue (of): no import
    "ingiza mapato ya": ("earned", "earn"),
    "ingiza mapato": ("earned", "earn"),
    "ingiza": ("imported", "import"),
    "tarajiwa": ("expected", "be expected"),
    "kadiriwa": ("estimated", "be estimated"),
}
_STEM = "|".join(sorted(_STEMS, key=len, reverse=True))
_VERB = re.compile(
    rf"\b(?P<prefix>{_PREFIX})(?P<tense>{_TENSE}){_RELATIVE}(?P<stem>{_STEM})\b", re.IGNORECASE
)
# the infinitive "kuongezeka" (to rise; the rising), "kupungua", "kufikia": the base form's noun
_INFINITIVE = re.compile(rf"\bku(?P<stem>{_STEM})\b", re.IGNORECASE)
_NOUNS = {
    "ongezeka": "an increase",
    "pungua": "a decrease",
    "shuka": "a drop",
    "panda": "a rise",
    "kua": "growth",
    "fikia": "to reach",
    "fika": "to reach",
    "uza nje": "exports",
    "uza": "sell",
    "agiza": "imports",
    "ongeza": "to increase",
    "lenga": "to aim",
}


def _currency(m: re.Match[str]) -> str:
    for i, (_, english) in enumerate(_CURRENCIES):
        if m.group(f"c{i}") is not None:
            return english
    return ""


def _amount(m: re.Match[str]) -> str:
    scale = _SCALES[m.group("scale").lower()]
    return f"{m.group('num')} {scale} {_currency(m)}"


def _scale(m: re.Match[str]) -> str:
    return f"{m.group('num')} {_SCALES[m.group('scale').lower()]}"


def _percent(m: re.Match[str]) -> str:
    by = "by " if m.group(0).lower().startswith("kwa ") else ""
    return f"{by}{m.group('num')} percent"


def _count(m: re.Match[str]) -> str:
    count = m.group("count").lower()
    return _COUNTS.get(count, count)


def _verb(m: re.Match[str]) -> str:
    past, base = _STEMS[m.group("stem").lower()]
    tense = m.group("tense").lower()
    if tense == "ta":
        return "will " + base
    if m.group("prefix").lower() == "ku":  # "kuta-" is no tense: left as it is
        return m.group(0)
    if tense == "na" and past in ("was", "aimed"):
        return {"was": "is", "aimed": "aim"}[past]
    if tense == "ki":  # "ikiongezeka": rising (as it rose)
        return past
    return past


def _infinitive(m: re.Match[str]) -> str:
    stem = m.group("stem").lower()
    return _NOUNS.get(stem, m.group(0))


def prepare(text: str) -> str:
    """Amounts and percents in English order, verb forms and month counts glossed (see the
    module)."""
    low = text.lower()
    if "illion" in low or "ilioni" in low or "elfu" in low:
        text = _CUR_SCALE_NUM.sub(_amount, text)
        text = _CUR_NUM_SCALE.sub(_amount, text)
        text = _SCALE_NUM.sub(_scale, text)
    if "asilimia" in low:
        text = _PERCENT.sub(_percent, text)
    if "miezi" in low:
        text = _FIRST_MONTHS.sub(
            lambda m: f"the first {_count(m)} months" + (" of" if m.group("of") else ""), text
        )
        text = _PAST_MONTHS.sub(lambda m: f"the past {_count(m)} months", text)
    if "mwaka" in low or "ifikapo" in low or "kufikia" in low:
        if "mwish" in low:
            text = _END_OF_YEAR.sub(lambda m: "by the end of " if m[1] else "at the end of ", text)
        text = _BY_YEAR.sub("by ", text)
        text = _MONTH_YEAR.sub(r"\1 ", text)
        text = _YEAR_OF.sub("of ", text)
        text = _OF_THE_YEAR.sub("of the year", text)
        text = _YEAR_IN.sub("in ", text)
        text = _SPLIT_YEAR.sub("in fiscal year ", text)
    if "kufikia" in low:
        text = _UP_TO.sub(lambda m: "to" if m[1].lower() != "lengo la" else m[1], text)
    if "mwezi" in low:
        text = _MONTH_NOUN.sub("in ", text)
    text = _VERB.sub(_verb, text)
    return _INFINITIVE.sub(_infinitive, text)


_FROM = re.compile(r"\bfrom\b")
# ... not after a month ("Januari hadi Machi": January to March)
_UNTIL = re.compile(
    rf"(?<!\w)(?P<before>(?:{ENGLISH_MONTHS}) )?to (?=(?:the end of )?(?:{ENGLISH_MONTHS})\b)"
)
_TRADE_WITH = re.compile(r"\b(trade|exchanges) and (?=[A-Z])")
# "mauzo ya nje ya dola bilioni 2" (exports of 2 billion dollars): no owner before a number
_EXPORTS_OF_AMOUNT = re.compile(r"\bthe (exports|imports) of (?=\d)")
# "nakisi ya biashara ya Kenya na China" (the trade deficit of Kenya and China): of a pair, between
_OF_PAIR = re.compile(
    r"\b(trade(?: deficit| surplus| balance| volume| turnover)?|investment) of "
    r"([A-Z][\w-]+(?: [A-Z][\w-]+)?) and (?=[A-Z])"
)


def reorder(text: str) -> str:
    """Before a month with no "from" before it, "to" is "until"; "trade and X" without
    "between" is "trade with X"; "trade deficit of X and Y" is between them (see the module)."""
    if "to " in text and _FROM.search(text) is None:
        text = _UNTIL.sub(lambda m: m[0] if m["before"] else "until ", text)
    if " of " in text:
        text = _EXPORTS_OF_AMOUNT.sub(r"\1 of ", text)
    if " and " in text and " of " in text:
        text = _OF_PAIR.sub(r"\1 between \2 and ", text)
    if " and " in text and "between" not in text:
        text = _TRADE_WITH.sub(r"\1 with ", text)
    return text
