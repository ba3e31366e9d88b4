"""Arabic pages read through the English rules: the Arabic side of :mod:`pipeline.extract.foreign`.

Arabic trade news (Egyptian, Jordanian, Moroccan, Gulf and Iranian outlets) states its figures
with the parts every language uses, written in three ways the word-for-word gloss must undo first:

- Numbers: Arabic-Indic digits ("٤٥٫٦" -> "45.6"; Persian forms too), the Arabic decimal separator
  "٫", thousands separator "٬", percent "٪" and comma "،". A decimal point on an Arabic page is a
  decimal point ("1.847 مليار" is 1.847 billion), so the European thousands-dot reading is never
  applied. Egyptian copy writes an amount as "2 مليار و637 مليون" (2 billion and 637 million):
  that is "2,637 million". A scale word with no count before it is one ("نحو مليار يورو",
  about a billion euros), its dual two ("ملياري دولار", "الملياري دولار"); a spelled count before
  "مرة"/"مرات" (times) is written in digits ("نحو ألف مرة": about 1000 times), and "تضاعف"
  (doubled) before such a count is "multiplied", before a rate "rose" ("تضاعفت ... بنسبة 124%").
- Clitics: "و" (and), "ب" (in, by), "ل" (to, for) and "ف" are written onto the next word
  ("وإيطاليا", "بالمغرب", "لمصر"; "ل" with the article "ال" is "لل": "للمغرب"). Every row of the
  lexicon is also matched with them (:func:`forms`), glossed as the English word before the row's.
- Word order: a flow noun comes before its owner ("صادرات مصر إلى الأردن", Egypt's exports to
  Jordan) and an adjective after its noun ("الصادرات الأردنية", Jordanian exports). After the
  gloss, a country name right after a flow is made its owner ("exports Egypt to Jordan" ->
  "Egypt's exports to Jordan") and a demonym right after one goes before it; two demonyms after
  a flow are its owner and partner, in that order ("الصادرات المغربية الإسبانية": Moroccan exports
  to Spain; the trade "المبادلات المغربية الإسبانية" is between both); all read from the
  gazetteer (a name/alias vs a demonym), not from a list here. The year noun before a year ("عام
  2019", "سنة 2030") is dropped: English writes the bare year, and "من" (from) after a part of a year is "of"
  ("الأشهر الستة الأولى من العام الإيراني الحالي": the first six months of the current Iranian
  year). "نحو" is "about" before an amount
  and "towards" (to) before a country.
- A verb before its subject (verb-subject order, "وسجلت الصادرات المغربية إلى إسبانيا 7 مليارات"):
  a change or level verb at a clause's start, followed by a flow with its owner and partner and
  then an amount, "by", "about" or "to" + amount, is put after that flow, as English writes it
  ("Moroccan exports to Spain recorded 7 billion").
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.period_words import ENGLISH_MONTHS
from pipeline.lexicon import gazetteer

# Arabic-Indic and Persian digits, the Arabic decimal/thousands separators, percent and comma
_CHARS = str.maketrans(
    {
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        "\u066b": ".",
        "\u066c": ",",
        "\u066a": "%",
        "\u060c": ",",
        "\u061b": ";",
        "\u0640": None,  # tatweel (a stretching stroke inside a word)
    }
)
# "2 مليار و637 مليون" / "2 مليار و 637 مليون": a billion count and a million count
_BILLION_AND_MILLION = re.compile(
    r"(?<![\d.,])(\d{1,3}) (?:مليار|مليارات|مليارا|ملياراً) و ?(\d{1,3}) (?=مليون)"
)
# "ملياراً و402 مليون" (a billion and 402 million): the singular with no count before it is one
_ONE_BILLION_AND_MILLION = re.compile(
    r"(?<![\d.,] )(?<!\d)(?:مليار|مليارا|ملياراً) و ?(\d{1,3}) (?=مليون)"
)
# "916 مليوناً و800 ألف" (916 million and 800 thousand): one amount in millions
_MILLION_AND_THOUSAND = re.compile(
    r"(?<![\d.,])(\d{1,3}) (?:مليون|مليونا|مليوناً|ملايين) و ?(\d{1,3}) (?:ألف|آلاف)"
)
# The Egyptian wire's decimal sign "ر" (MENA style): "8ر205" is 205.8, the digits after the sign
# in storage order the integer part (NOTES hn rule 2; a conversion on the page confirms it)
_RA_DECIMAL = re.compile(r"(?<![\d.,])(\d{1,3})ر(\d{1,4})(?![\d.,])")
# ... with a space after the sign before a scale word ("4ر 1797مليون دينار", Jordanian copy):
# the same 1797.4; only before a scale word, so that no other digit-letter-digit run is read
_RA_DECIMAL_SPACED = re.compile(
    r"(?<![\d.,])(\d{1,3})ر (\d{1,4})(?![\d.,])(?= ?(?:مليون|ملايين|مليار|ألف|آلاف))"
)
# "ال6 أشهر": the article written onto a number; "583مليون": a word written onto one
_ARTICLE_DIGIT = re.compile(r"(?<![\w])ال ?(?=\d)")  # "الـ 9": a space after the tatweel
# "الأشهر الـ11 الأولى" (the months, the 11, the first): the count before its noun, as the rows
# "أشهر الأولى" read it ("11 أشهر الأولى": the first 11 months)
_COUNT_AFTER_NOUN = re.compile(
    r"(?<![\w])(?:ال)?(?:أشهر|اشهر|شهور) (?:ال ?)?(\d{1,2}) (?=(?:الأولى|الاولى|الأولي)(?![\w]))"
)
_DIGIT_WORD = re.compile(r"(?<=\d)(?=[\u0621-\u064a])")
# ... and a word written onto the number after it: "إلى1797.4 مليون" (to 1797.4 million),
# "بمبادلات قيمتها345.6 مليون" (worth 345.6 million): two letters at least, so that the clitics
# "و", "ب" and the article "ال", read above, keep their own readings (round 57)
_WORD_DIGIT = re.compile(r"(?<=[\u0621-\u064a]{2})(?=\d)")
# A year after its year noun, then a scale word with no count: the count is one, as after a verb
# ("بلغ ... عام 2013 مليارا و377 مليون دولار": in 2013 1 billion and 377 million dollars; "سنة
# 2030 مليون دولار": in 2030 a million dollars), not a count of 2013 billions (round 57)
_YEAR_THEN_SCALE = re.compile(
    r"(?<![\w])((?:[وبل]|وب|ول)?(?:ال)?(?:عام|سنة) (?:19|20)\d\d) "
    r"(?=(?:مليار|مليارا|ملياراً|مليون|مليونا|مليوناً)(?![\w]))"
)
# the conjunction "و" (and) written on a number: "و14.1" (and 14.1)
_AND_DIGIT = re.compile(r"(?<![\w])و(?=\d)")
# "ب" (by, with) written on a number: "بـ12%" (by 12%), "مقارنة بـ500 مليون" (compared with 500
# million); the tatweel is gone already, the letter stands on its own as the row "ب"
_BY_DIGIT = re.compile(r"(?<![\w])ب(?=\d)")
# ("and", "in", "to") before a lexicon row: the clitics and their English
_CLITICS = {
    "و": "and",
    "ف": "and",
    "ب": "in",
    "ل": "to",
    "وب": "and in",
    "ول": "and to",
}
# ... with a clitic on it: "مقارنة بعام 2029" (compared with 2029), "وعام 2030" (and 2030)
# ... and the dual "العامين 2029 و2030", "عامي" (the years): English writes the bare years
_YEAR_NOUN = re.compile(
    r"(?<![\w])(وب|ول|[وبل])?(?:ال)?(?:عام|سنة|العام|عامي|العامين|سنتي) (?=\d{4}(?!\d))"
)
_ABOUT_TO = re.compile(r"\babout (?=(?:the )?[A-Z])")
# "الأشهر الستة الأولى من العام": "من" (from) is "of" after a part of a year
_PART_FROM = re.compile(r"\b(months|quarter|half|period) from (?=the |this |last |\d{4}\b)")
_FLOW = r"(exports|imports|trade|trade turnover|export earnings|import bill)"
_NEXT_NAME = re.compile(_FLOW + r" ([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,3})")


# A currency word after a scale word (the singular and the plural of the common currencies)
_CURRENCY_AFTER = r"(?= (?:دولار|يورو|ريال|درهم|دينار|جنيه|يوان|روبل|ليرة|روبية))"
# The dual of a scale word is two of it: "ملياري دولار", "الملياري دولار", "مليوني يورو"
_DUAL_SCALE = re.compile(r"(?<![\w])(?:ال)?(?:(مليار)(?:ي|ين)|(مليون)(?:ي|ين))" + _CURRENCY_AFTER)
# The singular with no count before it is one: "نحو مليار يورو" (about a billion euros), "إلى
# مليار دولار"; after a number word ("ستة عشر مليار", "ثلاثمائة مليون") it is that number's
_ONE_SCALE = re.compile(
    r"(?<![\w])(نحو|بنحو|لنحو|حوالي|حوالى|بحوالي|قرابة|زهاء|إلى|الى|من|عن|يناهز|ناهز|يقارب"
    r"|يتجاوز|تتجاوز|تجاوز|تجاوزت|يفوق|تفوق|فاق|فاقت|بلغ|بلغت|سجل|سجلت) (مليار|مليون)"
    + _CURRENCY_AFTER
)
# Half of a scale word is 0.5 of it: "نحو نصف مليار دولار" (about half a billion dollars), "جاوز
# النصف مليار دولار" (exceeded half a billion), as English "half a billion" is read (round 54:
# ltv hn15, elaard ic04)
_HALF_SCALE = re.compile(r"(?<![\w])(?:ال)?نصف (مليار|مليون)" + _CURRENCY_AFTER)
# A count before "مرة"/"مرات" (times): digits, which the English rules read as a multiple ("تضاعف
# نحو ألف مرة": multiplied about 1000 times; "خمس مرات": 5 times)
_TIMES_COUNT = re.compile(
    r"(?<![\w])(ثلاث|أربع|اربع|خمس|ست|سبع|ثماني|ثمان|تسع|عشر|مائة|مئة|ألف|الف) (?=(?:مرة|مرات)(?![\w]))"
)
_COUNT_DIGITS = {
    "ثلاث": "3",
    "أربع": "4",
    "اربع": "4",
    "خمس": "5",
    "ست": "6",
    "سبع": "7",
    "ثماني": "8",
    "ثمان": "8",
    "تسع": "9",
    "عشر": "10",
    "مائة": "100",
    "مئة": "100",
    "ألف": "1000",
    "الف": "1000",
}


# "بلغت قيمتها (909.2) مليون دولار": a number set in brackets before its scale word, as Jordanian
# and Gulf pages print figures; "بنسبة (27%)": a rate in brackets after "by a rate of"
_BRACKETED_NUMBER = re.compile(r"\((\d[\d.,]*)\)(?= ?(?:مليون|مليار|ألف|آلاف))")
_BRACKETED_RATE = re.compile(r"(?<![\w])(بنسبة|نسبة) ?\((\d[\d.,]* ?%)\)")


# The singular year noun before two consecutive years is one year across both, a fiscal year
# ("عام (2013-2014)", "العام 2013/2014", "سنة 2013/14"; the two calendar years would be the dual
# "عامي 2013 و2014"): written as the explicit "العام المالي" (the fiscal year), its clitic kept
# (round 57)
_YEAR_ACROSS = re.compile(
    r"(?<![\w])(وب|ول|[وبل])?(?:ال)?(?:عام|سنة) \(?((?:19|20)\d\d) ?[-/–] ?((?:19|20)?\d\d)\)?"
    r"(?![\d\w])"
)


def _year_across(m: re.Match[str]) -> str:
    first, second = int(m[2]), int(m[3])
    if (first + 1) % (100 if second < 100 else 10000) != second:
        return m[0]
    return f"{m[1] or ''}العام المالي {first}-{first + 1}"


# The last N years or months, in every order Arabic writes them: the count in digits after the
# article ("خلال الـ3 سنوات الأخيرة": during the 3 last years), after "آخر" ("آخر 5 أعوام"),
# or in words after its noun ("الأعوام الخمسة الماضية", "الأشهر الستة المنصرمة"): "the last N
# years/months", as English writes it, whatever the adjective ("الأخيرة", "الماضية",
# "المنصرمة") and the noun ("سنوات", "أعوام", "سنين", "أشهر", "شهور"; round 57)
_SPAN_NOUN = r"(سنوات|أعوام|اعوام|سنين|أشهر|اشهر|شهور)"
_SPAN_LAST = r"(?:الأخيرة|الاخيرة|الماضية|المنصرمة)"
_LAST_SPAN_DIGITS = re.compile(
    rf"(?<![\w])(?:(?:ال ?)?(\d{{1,2}}) {_SPAN_NOUN} {_SPAN_LAST}|آخر (\d{{1,2}}) {_SPAN_NOUN})"
    r"(?![\w])"
)
_SPAN_COUNTS = {
    "الثلاث": 3, "الثلاثة": 3, "الأربع": 4, "الأربعة": 4, "الاربع": 4, "الاربعة": 4,
    "الخمس": 5, "الخمسة": 5, "الست": 6, "الستة": 6, "السبع": 7, "السبعة": 7,
    "الثماني": 8, "الثمانية": 8, "التسع": 9, "التسعة": 9, "العشر": 10, "العشرة": 10,
}  # fmt: skip
_LAST_SPAN_WORDS = re.compile(
    r"(?<![\w])(?:ال)(سنوات|أعوام|اعوام|سنين|أشهر|اشهر|شهور) "
    rf"({'|'.join(_SPAN_COUNTS)}) {_SPAN_LAST}(?![\w])"
)


def _span_unit(noun: str) -> str:
    return "months" if noun in ("أشهر", "اشهر", "شهور") else "years"


def _last_span(m: re.Match[str]) -> str:
    count, noun = (m[1], m[2]) if m[1] else (m[3], m[4])
    return f"the last {int(count)} {_span_unit(noun)}"


def prepare(text: str) -> str:
    """``text`` with ASCII digits and separators, compound amounts joined, "ال" off numbers,
    brackets off a number before its scale word or a rate after "بنسبة"."""
    text = text.translate(_CHARS)
    if "ر" in text:
        text = _RA_DECIMAL.sub(lambda m: f"{m[2]}.{m[1]}", text)
        text = _RA_DECIMAL_SPACED.sub(lambda m: f"{m[2]}.{m[1]}", text)
    if "(" in text:
        text = _BRACKETED_RATE.sub(r"\1 \2", _BRACKETED_NUMBER.sub(r"\1", text))
    if "عام" in text or "سنة" in text:
        text = _YEAR_THEN_SCALE.sub(r"\1 1 ", _YEAR_ACROSS.sub(_year_across, text))
    if "مليار" in text:
        text = _BILLION_AND_MILLION.sub(lambda m: f"{m[1]},{int(m[2]):03d} ", text)
        text = _ONE_BILLION_AND_MILLION.sub(lambda m: f"1,{int(m[1]):03d} ", text)
    if "مليار" in text or "مليون" in text:
        text = _DUAL_SCALE.sub(lambda m: f"2 {m[1] or m[2]}", text)
        if "نصف" in text:
            text = _HALF_SCALE.sub(r"0.5 \1", text)
        text = _ONE_SCALE.sub(r"\1 1 \2", text)
    if "مر" in text:
        text = _TIMES_COUNT.sub(lambda m: _COUNT_DIGITS[m[1]] + " ", text)
    if "ألف" in text or "آلاف" in text:
        text = _MILLION_AND_THOUSAND.sub(lambda m: f"{m[1]}.{int(m[2]):03d} مليون", text)
    if "و" in text:
        text = _AND_DIGIT.sub("و ", text)  # "و14.1 صادرات": "and 14.1 exports"
    if "ب" in text:
        text = _BY_DIGIT.sub("ب ", text)
    if (
        "الأخيرة" in text
        or "الاخيرة" in text
        or "الماضية" in text
        or "المنصرمة" in text
        or "آخر" in text
    ):
        text = _LAST_SPAN_DIGITS.sub(_last_span, text)
        text = _LAST_SPAN_WORDS.sub(
            lambda m: f"the last {_SPAN_COUNTS[m[2]]} {_span_unit(m[1])}", text
        )
    if "شه" in text:
        text = _COUNT_AFTER_NOUN.sub(r"\1 أشهر ", text)
    return _WORD_DIGIT.sub(" ", _DIGIT_WORD.sub(" ", _ARTICLE_DIGIT.sub("", text)))


def forms(phrase: str, english: str) -> list[tuple[str, str]]:
    """A lexicon row's clitic forms: "و"+row ("and ..."), "ب"+row, "ل"+row, and for a row with
    the article "لل"+row without it ("للمغرب": to Morocco)."""
    out = [(clitic + phrase, f"{word} {english}") for clitic, word in _CLITICS.items()]
    if phrase.startswith("ال"):
        out += [("لل" + phrase[2:], f"to {english}"), ("ولل" + phrase[2:], f"and to {english}")]
    return out


def nisba_rows(names: dict[str, str]) -> list[tuple[str, str]]:
    """The relational adjective (nisba) of each country name, in its forms: "ليبيا" (Libya)
    -> "ليبي", "ليبية", "الليبي", "الليبية" (Libyan), and the plural "الليبيون", "الليبيين";
    "مصر" -> "مصري", "المصرية"; "الكويت" -> "الكويتية". Grown from the names by the one rule of the grammar (the article off, a final
    alif or ta marbuta off, then "ي" and "ية"), so every country of the reference gets its
    adjective, not only the ones pages showed (round 47: "الاستثمارات الليبية في مصر", Libyan
    investments in Egypt, read "investments الليبية"). Each glosses as the gazetteer's English
    demonym of the country; a name with no demonym, of several words, or that ends in "ي"
    itself (its adjective's forms are common words: "مالي" Mali, "المالية" finance), gives
    none."""
    mentions = gazetteer().by_surface
    demonym = {}
    for surface, mention in mentions.items():
        if mention.kind == "demonym" and surface[:1].isupper() and " " not in surface:
            demonym.setdefault(mention.iso3, surface)
    out: list[tuple[str, str]] = []
    for name, english in names.items():
        mention = mentions.get(english)
        if (
            " " in name
            or mention is None
            or mention.kind in ("demonym", "capital")
            or mention.iso3 not in demonym
        ):
            continue
        stem = name[2:] if name.startswith("ال") else name
        if stem.endswith("ي"):
            continue  # the name is its own adjective's form ("مالي", Mali; "المالية" finance)
        stem = stem[:-1] if stem.endswith(("ا", "ة")) else stem
        if len(stem) < 3:
            continue
        base = stem if stem.endswith("ي") else stem + "ي"
        # and its sound masculine plural, the people ("رجال الأعمال السعوديون", "التجار العراقيين":
        # Saudi businessmen, Iraqi traders; round 56)
        forms = (base, base + "ة", base + "ون", base + "ين")
        for form in (*forms, *("ال" + f for f in forms)):
            out.append((form, demonym[mention.iso3]))
    return out


_PREPOSITION = {"exports": "to", "imports": "from"}


@cache
def _names() -> dict[str, str]:
    """iso3 -> the country's name (the gazetteer's ``name`` form)."""
    return {m.iso3: s for s, m in gazetteer().by_surface.items() if m.kind == "name"}


def english_name(iso3: str) -> str:
    """The gazetteer's name of ``iso3`` ("Saudi Arabia")."""
    return _names()[iso3]


def _owner(m: re.Match[str]) -> str:
    flow, words = m.group(1), m.group(2).split(" ")
    mentions = gazetteer().by_surface
    first, second = (mentions.get(w) for w in (words + [""])[:2])
    if first and second and first.kind == second.kind == "demonym" and first.iso3 != second.iso3:
        # "الصادرات المغربية الإسبانية": two adjectives, the owner's first ("Moroccan exports to
        # Spain"; the trade between both)
        partner, rest = _names().get(second.iso3, words[1]), " ".join(words[2:])
        tail = f" {rest}" if rest else ""
        if flow in _PREPOSITION:
            return f"{words[0]} {flow} {_PREPOSITION[flow]} {partner}{tail}"
        return f"{flow} between {_names().get(first.iso3, words[0])} and {partner}{tail}"
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        mention = mentions.get(name)
        if mention is None:
            continue
        rest = " ".join(words[n:])
        tail = f" {rest}" if rest else ""
        if mention.kind == "demonym":
            return f"{name} {flow}{tail}"
        return f"{name}'s {flow}{tail}"
    return m.group(0)


# a verb before its subject (Arabic verb-subject order): "recorded Moroccan exports to Spain 7
# billion" -> "Moroccan exports to Spain recorded 7 billion"
_NAME = r"[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}"
_VERB_FIRST = re.compile(
    # ... at a clause's start: the sentence's, after "and", a comma, "while" ("في حين بلغت"), "then"
    # ... or after "كما" (also, moreover: "كما نمت الصادرات المغربية بنسبة 36%"; round 57)
    r"(?:(?<=^)|(?<=\band )|(?<=, )|(?<=\bwhile )|(?<=\bthen )|(?<=كما )|(?<=\balso ))"
    r"(reached nearly|rose|fell|reached|recorded|increased|grew|rises|falls|reaches|records"
    r"|increases|grows|climbed|jumped|doubled|declined|decreased|contracted|plunged|exceeded"
    r"|climbs|jumps|doubles|declines|decreases|exceeds) "
    rf"((?:{_NAME}'s |{_NAME} )?(?:bilateral |mutual )?"
    r"(?:exports|imports|trade turnover|trade volume|trade|export earnings|import bill"
    r"|investments)"
    rf"(?: (?:to|from|with) {_NAME}| between {_NAME} and {_NAME}"
    r"| between the two (?:sides|countries)| with this partner)?)"
    # ... with a time phrase between the subject and the change ("rose Saudi exports to China
    # during the first nine months of this year by 12%"): it stays after the moved verb
    # ... or a hedge or "from" before the amount ("more than 640 million", "from 500 to 640")
    # (an adverb between: "بشكل ملحوظ بنسبة 12%", markedly by 12%)
    r"(?=(?: (?:during|in|over|for) [^,;]{1,60}?)?(?: markedly| significantly)?"
    r" (?:by |to (?![A-Z])|about |\d"
    r"|more than |less than |nearly |approximately |at least |from (?=\d|about )))"
)


# "مقابل نحو 310 مليوناً العام 2029" (against about 310 million the year 2029): right after an
# amount the year noun is the base amount's "in"
_AFTER_AMOUNT = re.compile(
    r"(?:thousand|million|billion|trillion|dollars?|euros?|riyals?|dirhams?|pounds?|dinars?)\s$"
)


def _year_noun(m: re.Match[str]) -> str:
    """The year noun before a year: dropped ("في العام 2029" is "in 2029" once glossed), or
    "in " right after an amount; a clitic on it is glossed ("وعام 2030": and 2030)."""
    if m[1]:  # "لعام 2030": for 2030 (the budget's, the plan's), not "to" a year
        return {"ل": "for", "ول": "and for"}.get(m[1], _CLITICS[m[1]]) + " "
    return "in " if _AFTER_AMOUNT.search(m.string, max(0, m.start() - 12), m.start()) else ""


# The first N months of a year, written in every order Arabic pages use: the noun, its count and
# "first" ("الأشهر الثمانية الأولى"), the count first ("الثمانية أشهر الأولى", "الأحد عشر شهرا
# الأولى"), with or without the hamzas ("الاشهر", "الاولى"), the Egyptian final "ي" ("الأولي");
# "أول ثمانية أشهر" is read word by word (rows "أول", "ثمانية", "أشهر")
_COUNTS = {
    "three": ("الثلاثة",),
    "four": ("الأربعة", "الاربعة"),
    "five": ("الخمسة",),
    "six": ("الستة",),
    "seven": ("السبعة",),
    "eight": ("الثمانية", "الثماني"),
    "nine": ("التسعة",),
    "ten": ("العشرة",),
    "eleven": ("الأحد عشر", "الاحد عشر", "الإحدى عشر", "الاحدى عشر"),
}
_MONTHS_NOUN = ("الأشهر", "الاشهر", "الشهور")
_MONTHS_AFTER = ("أشهر", "اشهر", "شهور")  # the plural after a count of 3 to 10
_MONTH_AFTER = ("شهرا", "شهراً")  # the singular after 11
_FIRST = ("الأولى", "الاولى", "الأولي")


def first_months() -> list[tuple[str, str]]:
    """(phrase, English) of "the first N months" for N of 3 to 11 in every written form (above);
    the rows of ``lexicon/foreign_words.csv`` spell some of them and keep their own."""
    out: list[tuple[str, str]] = []
    for english, counts in _COUNTS.items():
        gloss = f"the first {english} months"
        after = _MONTH_AFTER if english == "eleven" else _MONTHS_AFTER
        for count in counts:
            for first in _FIRST:
                out += [(f"{noun} {count} {first}", gloss) for noun in _MONTHS_NOUN]
                out += [(f"{count} {noun} {first}", gloss) for noun in after]
    return out


# "شهر أغسطس" (the month of August): English writes the month alone; "أغسطس الجاري" (August
# current): August of this year
_MONTH_NOUN = re.compile(rf"\b(?:the )?months? (?=(?:{ENGLISH_MONTHS})\b)")
_MONTH_CURRENT = re.compile(rf"\b({ENGLISH_MONTHS}) current\b")
# "من يناير الماضي حتى يوليو الماضي" (from January last until July last): English says "last"
# once, after the range's end
_RANGE_LAST = re.compile(
    rf"\b({ENGLISH_MONTHS}) last (until|to|and|-) (?=(?:{ENGLISH_MONTHS}) last\b)"
)
# the year noun with no year after it, after a time word glossed already ("خلال العام": during the
# year; "النصف الأول من العام": the first half of the year); after an Arabic noun it is the
# adjective "general, public" ("الأمين العام", "القطاع العام") and stays
_BARE_YEAR = re.compile(
    r"\b(during|in|over|since the beginning of|the end of|the beginning of"
    r"|(?:months|quarter|half|period) from) (?:العام|السنة)(?![\w])"
)
# "مقارنة بالعام الماضي" / "مقارنة بـ500": the row "compared with" then the clitic "ب" (in, by)
_COMPARED_IN = re.compile(r"\bcompared with (?:in|by) ")


# "وحلت مصر ثانية بين الشركاء التجاريين" (came Egypt second among the trade partners): the verb
# of a ranking before its subject, put after it as English writes it ("Egypt came second")
_CAME_RANK = re.compile(
    rf"\bcame ({_NAME}) (first|second|third|fourth|fifth)\b(?= among| worth| with)"
)

# "الشركاء التجاريين للأردن": "ل" on the owner is "of" after the partners ("the trade partners
# of Jordan"), not "to"
_PARTNERS_TO = re.compile(r"\btrade partners to (?=[A-Z])")

# "تضاعف" is "doubled" alone; before a count of times it is "multiplied" ("تضاعف نحو 1000 مرة":
# multiplied about 1000 times), before a rate "rose" ("تضاعف ... بنسبة 124%": rose by 124%)
_DOUBLED_TIMES = re.compile(
    r"\bdoubled\b(?=[^,.;%]{0,60}? (?:about |nearly |approximately |more than )?\d[\d.,]* times\b)"
)
_DOUBLED_RATE = re.compile(r"\bdoubled\b(?=[^,.;%]{0,60}? by (?:about |nearly )?\d[\d.,]* ?%)")


# A speech verb before its speaker (verb-subject order, "وأوضح الوزير أن ...": explained the
# minister that ...): the complementizer "أن"/"بأن" (and "على أن", "إلى أن" after "stressed",
# "pointed out") that closes the speaker is the English "that", which
# ``attribution.find_attribution`` reads the speaker before (a speaker has no digits)
_SPEECH_FIRST = re.compile(
    # (after a fronted adjunct: "وفي تصريح لوكالة الأنباء، أوضح ..." -> "and in a statement to
    # the news agency, explained ...")
    r"^((?:(?:and )?(?:in|on|during|at|within) [^\d,;:.]{1,120}, )?"
    r"(?:and |then |for (?:his|her|its) part,? )?(?:said|stated|explained|confirmed|added"
    r"|stressed|pointed out|reported|announced|noted|revealed|showed)\b[^\d.;]{0,200}?) "
    r"(?:to |on |على |إلى )?(?:بأن|أن|ان|إن)(?= )"
)
# "وبين" without its vowel sign is "and between" and "and explained" (بيّن): at a clause's start,
# its subject and the complementizer "أن" after it, it is the verb ("وبين المسؤول أن": and the
# official explained that)
_BETWEEN_SAID = re.compile(r"^((?:and )?)between (?=[^\d,.;]{1,80}? (?:بأن|أن|ان) )")


# "بنسبة 34.78% سنوياً" (by 34.78% annually): after a rate the adverb is the change on the year
# before, "year-on-year" (as the row "على أساس سنوي"); after an amount it stays "annually", a
# rate per year ("10 مليارات دولار سنويا"; round 57)
_RATE_ANNUALLY = re.compile(r"(\d[\d.,]* ?(?:%|percent)) annually\b")


def reorder(text: str) -> str:
    """The glossed ``text`` in English word order (see the module doc)."""
    if " annually" in text:
        text = _RATE_ANNUALLY.sub(r"\1 year-on-year", text)
    if "ن " in text:
        if "between " in text:
            text = _BETWEEN_SAID.sub(r"\1explained ", text)
        text = _SPEECH_FIRST.sub(r"\1 that", text)
    text = _YEAR_NOUN.sub(_year_noun, text)
    text = _ABOUT_TO.sub("to ", text)
    if "month" in text:
        text = _MONTH_NOUN.sub("", text)
    if " last " in text:
        text = _RANGE_LAST.sub(r"\1 \2 ", text)
    if " current" in text:
        text = _MONTH_CURRENT.sub(r"\1 this year", text)
    if "compared with " in text:
        text = _COMPARED_IN.sub("compared with ", text)
    if "العام" in text or "السنة" in text:
        text = _BARE_YEAR.sub(lambda m: m[1].replace(" from", " of") + " the year", text)
    if " from " in text:
        text = _PART_FROM.sub(r"\1 of ", text)
    if "came " in text:
        text = _CAME_RANK.sub(r"\1 came \2", text)
    if "doubled " in text:
        text = _DOUBLED_RATE.sub("rose", _DOUBLED_TIMES.sub("multiplied", text))
    if "trade partners to " in text:
        text = _PARTNERS_TO.sub("trade partners of ", text)
    return _VERB_FIRST.sub(r"\2 \1", _NEXT_NAME.sub(_owner, text))
