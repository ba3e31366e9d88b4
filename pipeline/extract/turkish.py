"""Turkish pages read through the English rules: the Turkish side of :mod:`pipeline.extract.foreign`.

Turkish trade news (Anadolu Ajansı, Dünya, wires) states its figures with the parts every language
uses, in an order and with suffixes the word-for-word gloss must undo around the phrase rows
(``tr`` rows of ``lexicon/foreign_words.csv``):

- Before the gloss (:func:`prepare`, on text whose numbers are already English): the percent
  before its number ("yüzde 12.5", "%12.5" -> "12.5 percent"), a case suffix after an apostrophe
  on a name ("Rusya'ya" -> "to Rusya", "Çin'den" -> "from Çin", "Türkiye'nin" -> "Türkiye's",
  "Almanya'da" -> "in Almanya", "2031'de" -> "in 2031"), the dative on an amount ("10.2 milyar
  dolara" -> "to 10.2 milyar dolar"), the year noun ("2031 yılında" -> "in 2031"), the month noun ("Ocak
  ayında" -> "in Ocak") and a part of a year after its year ("2031 yılının ilk 9 ayında" -> "in
  the first 9 months of 2031"; an adverb between them dropped, "2031'in daha ilk 9 ayında"),
  "sene" read as "yıl" in every case ("2031 senesinde"), "2029 yılından bu yana/beri" (since
  2029), a level with "-(y)ken" ("1,8 milyar dolar seviyesindeyken": "stood at X, while").
- After the gloss (:func:`reorder`): the verb after its change ("12.5 percent rose" -> "rose 12.5
  percent"), a partner before its flow ("Turkey's to Russia exports" -> "Turkey's exports to
  Russia") and a pair before "between" ("Turkey with China between trade volume" -> "trade volume
  between Turkey and China"), a participle's level after its flow ("in 2017 154 million dollars
  hovering trade volume" -> "trade volume, which stood at 154 million dollars in 2017,").

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re

from pipeline.lexicon import alternation, foreign_words, month_numbers

_NUM = r"\d[\d.,]*\d|\d"
# ("yüzde 12 oranında arttı": "by a rate of 12 percent", the rate noun dropped, round 43)
_PERCENT = re.compile(
    rf"\byüzde\s+([-−]?(?:{_NUM}))(?:'(?:lik|lık|luk|lük)| oranında)?|%\s?({_NUM})", re.IGNORECASE
)
_NAME = r"[A-ZÇĞİÖŞÜ][\wçğıöşü]*(?: [A-ZÇĞİÖŞÜ][\wçğıöşü]*)?"
_ACCORDING = re.compile(rf"\b({_NAME})'(?:y?[ae]) göre\b")
# "X'in rakamlarına göre," (according to X's figures), "Verilere göre," (according to the data):
# a data noun in the dative before the postposition opens the clause; its owner (a body, in the
# genitive) goes before it. English writes the preposition first: "according to figures of X,"
_DATA_NOUNS = {
    "verilere": "data",
    "verilerine": "data",
    "rakamlara": "figures",
    "rakamlarına": "figures",
    "istatistiklere": "statistics",
    "istatistiklerine": "statistics",
    "açıklamasına": "statement",
    "açıklamalarına": "statements",
    "duyurusuna": "announcement",
    "raporuna": "report",
    "bilgilere": "information",
    "bilgilerine": "information",
}


# ... every case the data noun takes before "göre" (round 58): the bare dative ("duyuruya",
# "açıklamaya", "rapora", "verilere") as well as the possessive's, the singular and plural
_DATA_NOUNS |= {
    "duyuruya": "announcement",
    "duyurulara": "announcements",
    "duyurularına": "announcements",
    "açıklamaya": "statement",
    "açıklamalara": "statements",
    "rapora": "report",
    "raporlara": "reports",
    "raporlarına": "reports",
    "bilgiye": "information",
    "bilgisine": "information",
    "bültene": "bulletin",
    "bültenine": "bulletin",
    "istatistiğe": "statistics",
    "istatistiğine": "statistics",
    "tahminlere": "estimates",
    "tahminlerine": "estimates",
    "hesaplamalara": "calculations",
    "hesaplamalarına": "calculations",
}
_DATA_NOUNS |= {("İ" if w[0] == "i" else w[0].upper()) + w[1:]: e for w, e in _DATA_NOUNS.items()}
_DATA_ACCORDING = re.compile(
    r"(?:^|(?<=[,;:.] ))(?:(?P<owner>[^,;:.]{1,120}?) )?"
    rf"(?P<noun>{alternation(list(_DATA_NOUNS))}) göre(?!\w)"
)
# the owner named as the agent of a participle before the noun (round 58, ilkkursun jd03: "Rusya
# Federal Gümrük Servisi (FTS) tarafından yapılan duyuruya göre", according to the announcement
# made by the FTS): "X tarafından yapılan / açıklanan / yayımlanan / paylaşılan / derlenen /
# hazırlanan / duyurulan", or by the relative participle "X'in açıkladığı / yayımladığı /
# paylaştığı / derlediği / hazırladığı / duyurduğu" (the data X released): the owner is X
_AGENT_PARTICIPLE = re.compile(
    r"(?:'?n?[ıiuü]n (?:açıkladığı|yayımladığı|yayınladığı|paylaştığı|derlediği|hazırladığı"
    r"|duyurduğu|yaptığı)| tarafından (?:yapılan|açıklanan|yayımlanan|yayınlanan|paylaşılan"
    r"|derlenen|hazırlanan|duyurulan|kamuoyuna duyurulan))$"
)


def _data_according(m: re.Match[str]) -> str:
    noun = _DATA_NOUNS[m["noun"]]
    # ... and the comma English sets after the source, where Turkish sets none ("İstatistiklere
    # göre iki ülke ...": the source is not the clause it reports)
    comma = "" if m.string.startswith(",", m.end()) else ","
    owner = _AGENT_PARTICIPLE.sub("", m["owner"]) if m["owner"] else ""
    owner = f" of {owner}" if owner else ""
    return f"according to {noun}{owner}{comma}"


# figures released by a body, its name before "tarafından" (by) or "'nın (ortak)
# çalışmasıyla/işbirliğiyle" (through the (joint) work of) and the passive verb last (round 58,
# akradyo jd02: "Mart ayının dış ticaret verileri, Türkiye İstatistik Kurumu (TÜİK) ve Gümrük ve
# Ticaret Bakanlığı'nın ortak çalışmasıyla kamuoyuna duyuruldu"): "duyurul-", "açıklan-",
# "yayımlan-", "yayınlan-", "paylaşıl-" in any tense -> "... were released by X", as English
# writes the source of a page's figures
_RELEASED_BY = re.compile(
    r"(?:, |^)(?P<agent>[A-ZÇĞİÖŞÜ][^,;:.]{1,120}?)(?: tarafından|'?n?[ıiuü]n (?:ortak )?"
    r"(?:çalışmasıyla|işbirliğiyle))(?: (?:kamuoyuna|bugün|dün))? (?:duyurul|açıklan|yayımlan"
    r"|yayınlan|paylaşıl)[a-zçğıöşü]*(?=\W*$)"
)


_SUFFIX = re.compile(
    rf"\b({_NAME}|\d{{4}})'(y?[ae]|[dt][ae]n|[dt][ae](?:ki)?|n?[ıiuü]n|y?l[ae]|y?[ıiuü])(?!\w)"
)
_CASES = {"a": "to", "e": "to", "den": "from", "dan": "from", "de": "in", "da": "in"}
_DATIVE_AMOUNT = re.compile(
    rf"(?<![\w.,])({_NUM})\s(milyar|milyon|bin)\s(dolar|avro|euro|lira)(?:y?a)\b", re.IGNORECASE
)
_PART_OF_YEAR = re.compile(
    r"\b(\d{4}) yılının (ilk|birinci|ikinci|üçüncü|dördüncü|son) "
    r"(?:(\d{1,2}) (?:ayında|ayda|ayı|ay)|(çeyreğinde|yarısında))(?!\w)"
)
_ORDINALS = {"ilk": "first", "birinci": "first", "ikinci": "second", "üçüncü": "third"}
_ORDINALS |= {"dördüncü": "fourth", "son": "fourth"}
# round 43: the year's genitive after an apostrophe before a part ("2031'in ilk çeyreğinde"),
# written as the year noun's ("2031 yılının ilk çeyreğinde") so the part keeps its year
_YEAR_GENITIVE = re.compile(
    r"\b(\d{4})'(?:n?[ıiuü]n) (?:(?:daha|henüz|sadece|yalnızca) )?"
    r"(?=(?:ilk|birinci|ikinci|üçüncü|dördüncü|son) )"
)
# a count of months in words ("ilk dokuz ayında", "ilk altı ayda"): the digits the rules read
_COUNTS = {"iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9}
_COUNTS |= {"on": 10, "on bir": 11}
_COUNT_MONTHS = re.compile(
    rf"\b(ilk|son) ({alternation(list(_COUNTS))}) (ay(?:ında|da|ı)?)(?!\w)", re.IGNORECASE
)


def _folded(word: str) -> str:
    """``word`` with dotted and dotless i alike, lower-cased: the key of a count word that the
    patterns (IGNORECASE) matched in any case ("İki", "ALTI"): ``str.lower`` makes "İ" an "i"
    and a combining dot, and "ALTI" "alti", neither a table key."""
    return word.replace("İ", "i").replace("ı", "i").lower()


def _count(word: str) -> str:
    """The number a Turkish count word matched by a pattern below stands for, in digits."""
    return _WORD_COUNTS[_folded(word)]


# a part of a year named by a word, not a number: "geçen yılın ilk 9 ayında" (in the first 9
# months of last year), "bu yılın ilk çeyreğinde", "yılın ilk yarısında" (of the year); the
# genitive year word sits before the part, English puts it after
_WHICH_YEAR = {"geçen": "last year", "geçtiğimiz": "last year", "bu": "this year"}
_WHICH_YEAR |= {"bir önceki": "the previous year", "": "the year"}
_PART_OF_NAMED_YEAR = re.compile(
    r"\b(?:(geçen|geçtiğimiz|bu|bir önceki) )?yılın (ilk|birinci|ikinci|üçüncü|dördüncü|son) "
    r"(?:(\d{1,2}) (?:ayında|ayda|ayı|ay)|(çeyreğinde|yarısında))(?!\w)",
    re.IGNORECASE,
)
# two years as the ends of a period: "2028 ile 2030 yılları arasında" (between 2028 and 2030)
_BETWEEN_YEARS = re.compile(r"\b(\d{4}) (?:ile|ve|-) ?(\d{4}) yılları arasında(?:ki)?(?!\w)")
# a deadline: "2035 yılına kadar", "2035'e kadar" (already "to 2035 kadar") -> "by 2035"
_BY_YEAR = re.compile(r"\b(?:(\d{4}) yılına|to (\d{4})) kadar\b")
_FISCAL_YEAR = re.compile(r"\b(\d{4}) mali yılı(nda)?(?!\w)")
# "as of": a postposition after its month or year ("eylül ayı itibarıyla", "2030 itibarıyla")
_AS_OF = re.compile(rf"\b({_NUM}|[A-Za-zÇĞİÖŞÜçğıöşü]+) (?:ayı |yılı )?itibar[ıi]yla\b")
# a hedge after its amount, in the amount's case: "1 milyar dolardan fazla" (more than),
# "1 milyar dolara yakın" (nearly), "1 milyar doları aşkın" (more than), "1 milyar doların
# üzerinde" (over), "1 milyar dolardan az" (less than), "150 milyon dolar civarında" (around,
# round 52); and the ablative that opens a change ("640 milyon dolardan 720 milyon dolara": from
# ... to ...)
_AMOUNT = rf"({_NUM})\s(milyar|milyon|bin)\s(dolar|avro|euro|lira)"
_HEDGED = re.compile(
    rf"(?<![\w.,]){_AMOUNT}(?:dan fazla|dan az|y?[ıiuü] aşkın|y?a yakın|n?ın üzerinde| civarı(?:nda)?)"
    r"(?!\w)",
    re.IGNORECASE,
)
# "-(y)ken"/"iken" (while) on a level: "2030 yılında 1,8 milyar dolar seviyesindeyken 2031 yılında
# ... ulaştı" (while it was at the level of X in 2030, it reached ... in 2031) -> "stood at X,
# while": the level's clause closed before the next one's year (round 57)
_WHILE_LEVEL = re.compile(
    rf"(?<![\w.,])({_NUM})\s(milyar|milyon|bin)\s(dolar|avro|euro|lira)"
    r"( civarı| civarında)?(?: (?:seviyesinde|düzeyinde|seviyede|düzeyde))?(?:y?ken| iken)(?!\w)",
    re.IGNORECASE,
)
# "sene" (year), as "yıl" in every case: "2031 senesinde" -> "2031 yılında"
_SENE = {"sene": "yıl", "senesi": "yılı", "senesinde": "yılında", "senesinin": "yılının"}
_SENE |= {"senesine": "yılına", "senesinden": "yılından", "seneden": "yıldan", "seneye": "yıla"}
_SENE |= {"senede": "yılda", "senenin": "yılın", "seneler": "yıllar", "senelik": "yıllık"}
_SENE_WORD = re.compile(rf"(?<!\w)({alternation(list(_SENE))})(?!\w)")


def _while_level(m: re.Match[str]) -> str:
    around = "around " if m.group(4) else ""
    return f"stood at {around}{m.group(1)} {m.group(2)} {m.group(3)}, while"


# the verb "exceeded" after its amount in the accusative: "1 milyar doları aştı" (aşmış, aşmıştır,
# geçti) -> "exceeded 1 milyar dolar" (round 52: the hedge was lost after the amount)
_EXCEEDED = re.compile(
    rf"(?<![\w.,]){_AMOUNT}y?[ıiuü] (?:aştı|aşmış(?:tır)?|aşmıştı|geçti|geçmiş(?:tir)?)(?!\w)",
    re.IGNORECASE,
)
# a level in the locative: "300 milyon dolarda kaldı" (stayed at 300 million dollars)
_STAYED_AT = re.compile(rf"(?<![\w.,]){_AMOUNT}da (?:sabit )?kaldı(?!\w)", re.IGNORECASE)
_ABLATIVE_AMOUNT = re.compile(rf"(?<![\w.,]){_AMOUNT}dan\b", re.IGNORECASE)
# "1 914 milyon Euro düzeyinden ... 2 388 milyon Euro düzeyine yükseldi" (from the level of X to
# the level of Y rose, round 46): the ends of a change named by the level noun's case (one year
# alone before both, "2030 yılında X'ten Y'ye", stays the later end's)
_LEVEL_FROM = re.compile(rf"(?<![\w.,]){_AMOUNT} (?:düzeyinden|seviyesinden)(?!\w)", re.I)
_LEVEL_TO = re.compile(rf"(?<![\w.,]){_AMOUNT} (?:düzeyine|seviyesine)(?!\w)", re.I)
_FIRST_MONTHS = re.compile(r"\bilk (\d{1,2}) (?:ayında|ayda|ayı|ay)(?!\w)", re.IGNORECASE)
_MONTH_WORDS = frozenset(month_numbers())
# the month names are foreign_words.csv's Turkish month rows ("Ocak" -> January, ...)
_MONTHS = [
    p for lang, p, english in foreign_words() if lang == "tr" and english.lower() in _MONTH_WORDS
]
# a month name is written in lower case in running text ("eylül ayında"), capitalised in a date
_MONTHS += [m[0].replace("I", "ı").replace("İ", "i").lower() + m[1:] for m in _MONTHS]
_MONTH_IN = re.compile(rf"\b({alternation(_MONTHS)}) ay(ında|ı)\b")
# the end of a month or a year as the bound of a span: "Eylül 2030 sonuna kadar", "2030 yılı eylül
# ayı sonuna kadar" (until the end of September 2030: the year to that month's end), "2030 yılı
# sonu itibarıyla" (as of the end of 2030: a stock's date), "2030 sonunda" (at the end of 2030);
# "eylül ayına kadar", "Eylül'e kadar" (until September). English writes the bound before its date
# ("through the end of September 2030"), which the period rules read; a year alone "sonuna kadar"
# is "by the end of" (NOTES: a stock by the end of a year has no start)
_END_OF = re.compile(
    rf"\b(?:(\d{{4}}) (?:yılı|yılının) )?(?:({alternation(_MONTHS)}) )?(?:(\d{{4}}) )?"
    r"(?:(?:yılı|yılının|ayı|ayının) )?(sonuna kadar|sonu itibar[ıi]yla|sonu itibarı ile|sonunda)(?!\w)"
)
_UNTIL_MONTH = re.compile(
    rf"\b(?:(\d{{4}}) (?:yılı|yılının) )?({alternation(_MONTHS)})(?: (\d{{4}}))?"
    r"(?: ayına|'[ny]?[ae]) kadar(?!\w)"
)
_END_WORDS = {"sonuna kadar": "by", "sonunda": "at"}


def _end_of(m: re.Match[str]) -> str:
    year, month, later_year, bound = m[1], m[2], m[3], m[4]
    year = year or later_year
    if not (year or month):
        return m[0]
    when = " ".join(w for w in (month, year) if w)
    if bound.startswith("sonu "):
        return f"as of the end of {when}"
    if month and bound == "sonuna kadar":
        return f"through the end of {when}"
    return f"{_END_WORDS[bound]} the end of {when}"


def _until_month(m: re.Match[str]) -> str:
    year = m[1] or m[3]
    # a month alone is set off as English sets it off ("through September, ..."): the rules read
    # the year to date of the page's year from it
    return f"through {m[2]} {year}" if year else f"through {m[2]},"


# a month of a named year: "2030 yılı eylül ayında", "geçen yılın eylül ayında" -> "in September
# 2030", "in September last year" (the month row glosses the name)
_MONTH_OF_YEAR = re.compile(
    rf"\b(?:(\d{{4}}) yılı|(geçen|geçtiğimiz|bu|bir önceki) yılın) ({alternation(_MONTHS)}) "
    r"ay(?:ında|ı)\b"
)
_YEAR_IN = re.compile(r"\b(\d{4}) yılında\b")
# "2029 yılından bu yana/beri/itibaren", "2029'dan beri" (since 2029), round 57
_YEAR_SINCE = re.compile(r"\b(\d{4})(?: yılından|'[dt][ae]n) (?:bu yana|beri|itibaren)(?!\w)")
_YEAR = re.compile(r"\b(\d{4}) yılı\b")
# a base year before its postposition: "2030 yılına göre" (compared with 2030; also "kıyasla",
# "oranla", "nazaran"), the base's
# "aynı dönemine göre" (... same period) kept for the rows
_BASE_YEAR = re.compile(
    r"\b(\d{4})(?: yılına|'y?[ae]| yılının aynı dönemine|'n?[ıiuü]n aynı dönemine)"
    r" (?:göre|kıyasla|oranla|nazaran)(?!\w)"
)
_CHANGE_VERB = re.compile(rf"\b((?:{_NUM}) percent) (rose|fell|grew|jumped)\b")
# ("bu ülkeden ithalatı": "from this country imports", round 43; both ends before it,
# "Finlandiya'dan Türkiye'ye ithalat": "from Finland to Turkey imports", round 46)
_PARTNER_FIRST = re.compile(
    r"\b((?:from [A-Z][\w-]*(?: [A-Z][\w-]*)? )?"
    r"(?:to|from) (?:this country|[A-Z][\w-]*(?: [A-Z][\w-]*)?)) "
    r"(exports|imports|trade volume|trade)\b"
)
# "X and Y between trade (volume)": the pair before its trade; Azerbaijani shares it, and its
# gloss also writes "trade turnover" (no Turkish phrase glosses to "turnover")
PAIR_FIRST = re.compile(
    r"\b([A-Z][\w-]*(?: [A-Z][\w-]*)?) (?:with|and) ([A-Z][\w-]*(?: [A-Z][\w-]*)?) between "
    r"((?:foreign |bilateral )?trade(?: turnover| volume)?)\b"
)
_TWO_FIRST = re.compile(
    r"\bthe two countries between ((?:in )?(?:foreign |bilateral )?trade(?: volume)?)\b"
)


def _case(m: re.Match[str]) -> str:
    name, suffix = m.group(1), m.group(2).lower()
    if suffix.endswith("n") and suffix[-2:] not in ("en", "an"):
        return f"{name}'s"  # genitive: "Türkiye'nin", "Irak'ın"
    if suffix.startswith("y") and suffix.endswith(("la", "le")) or suffix in ("la", "le"):
        return f"with {name}"
    key = suffix.removeprefix("y").replace("t", "d", 1).removesuffix("ki")  # "Gana'daki": in
    return f"{_CASES.get(key, '')} {name}".lstrip()


def _part(m: re.Match[str]) -> str:
    year, which, months, part = m.groups()
    if not (year and year[0].isdigit()):
        year = _WHICH_YEAR[(year or "").lower()]
    ordinal = _ORDINALS[which.lower()]
    if months:  # "son 3 ayında" (the last 3 months) is no first part: left as it is
        return f"in the first {months} months of {year}" if ordinal == "first" else m.group(0)
    if part.startswith("yar"):
        ordinal = "first" if ordinal == "first" else "second"
    return f"in the {ordinal} {'quarter' if part.startswith('çeyre') else 'half'} of {year}"


def _month_of_year(m: re.Match[str]) -> str:
    year = m[1] or _WHICH_YEAR[m[2]]
    return f"in {m[3]} {year}"


def _fiscal(m: re.Match[str]) -> str:
    return f"{'in ' if m.group(2) else ''}fiscal year {m.group(1)}"


def _hedge(m: re.Match[str]) -> str:
    tail = m.group(0)[len(m.group(1)) + len(m.group(2)) + len(m.group(3)) + 2 :]
    word = "over" if "üzerinde" in tail else "nearly" if "yakın" in tail else "more than"
    word = "around" if "civar" in tail else word
    word = "less than" if tail.endswith("dan az") else word
    return f"{word} {m.group(1)} {m.group(2)} {m.group(3)}"


def _base(m: re.Match[str]) -> str:
    same = "the same period of " if "dönem" in m.group(0) else ""
    return f"compared with {same}{m.group(1)}"


# round 54: an amount's currency in any case, the forms the rules above leave (tolqunnews hu05,
# rediko ih01, mfagovtr ho08, hurriyet hr08, finlandabroad hx05): a currency name written with
# an apostrophe before its suffix ("2,876 milyar Avro'ya", "1 milyar Euro'yu") is written as the
# common noun is ("avroya", "euroyu"), so the rules above read it; "ABD doları" (US dollar) takes
# the possessive before the case ("645 milyon ABD dolarına": to 645 million US dollars); then
# the dative is "to", the genitive before "üzerine"/"üstüne" (above) "over", and the
# instrumental ("884 milyon dolarla": with 884 million dollars) and the adjective suffix ("100
# milyar dolarlık": of 100 billion dollars) are dropped: the amount itself is what the rules
# read. A count in words before a scale ("iki milyar": two billion, "yarım milyar": half a
# billion) is written in digits.
_CURRENCY_WORD = r"(?:ABD |Amerikan )?(dolar|avro|euro|lira)"
_APOSTROPHE_CURRENCY = re.compile(
    rf"(?<![\w.,])({_NUM}) (milyar|milyon|bin) ((?:ABD |Amerikan )?)(Dolar|Avro|Euro|dolar|avro"
    r"|euro|Lira|lira)['`](?=[a-zçğıöşü])"
)
_ANY_CASE = re.compile(
    rf"(?<![\w.,])({_NUM})\s(milyar|milyon|bin)\s{_CURRENCY_WORD}(?:[ıiuü](?=n|y))?"
    r"(?:(?P<to>n?[ae]|y[ae])|(?P<over>n?[ıiuü]n (?:üzerine|üstüne))|y?l[ae]|l[ıiuü]k"
    r"|(?P<of>n?[ıiuü]n)|[ıiuü]|y[ıiuü])(?!\w)",
    re.IGNORECASE,
)
_SCALE_COUNTS = {"bir": "1", "yarım": "0.5"} | {k: str(v) for k, v in _COUNTS.items()}
_WORD_COUNTS = {_folded(k): v for k, v in _SCALE_COUNTS.items()}
_COUNT_SCALE = re.compile(
    rf"(?<![\w.,])({alternation(list(_SCALE_COUNTS))}) (?=(?:milyar|milyon) )", re.IGNORECASE
)


# a multiple: "neredeyse 3 kat artarak" (rising nearly threefold), "2 katına çıktı" (rose to
# twice): "3 times", as Azerbaijani "3 dəfə" is read (round 54: tolqunnews hu05)
_TIMES = re.compile(
    rf"(?<![\w.,])({_NUM}|{alternation(list(_COUNTS))}) kat(?:ına|ı)?(?!\w)",
    re.IGNORECASE,
)


def _times(m: re.Match[str]) -> str:
    if _folded(m[1]) == "iki" and m.string.startswith(" çık", m.end()):
        return m.group(0)  # "iki katına çıktı", "çıkabilir": the rows' "doubled", "could double"
    return f"{m[1] if m[1][:1].isdigit() else _count(m[1])} times"


def _any_case(m: re.Match[str]) -> str:
    amount = f"{m[1]} {m[2]} {m[3].lower()}"
    return f"to {amount}" if m["to"] else f"over {amount}" if m["over"] else amount


# an amount written in two counts: "2 milyar 212 milyon" (2 billion 212 million), as Bulgarian
# and Arabic pages write it (round 42, hr08: the dative rule had split it into two amounts)
_BILLION_AND_MILLION = re.compile(r"(?<![\d.,])(\d{1,3}) milyar (\d{1,3}) milyon")


def prepare(text: str) -> str:
    """``text`` (numbers already in English form) with Turkish suffixes and order undone before
    the phrase gloss (see the module doc)."""
    text = _PERCENT.sub(lambda m: f"{m.group(1) or m.group(2)} percent", text)
    if "sene" in text:
        text = _SENE_WORD.sub(lambda m: _SENE[m.group(1)], text)
    if "yana" in text or "beri" in text or "itibaren" in text:
        text = _YEAR_SINCE.sub(r"since \1", text)
    if "ken" in text:
        text = _WHILE_LEVEL.sub(_while_level, text)
    if "sonu" in text:
        text = _END_OF.sub(_end_of, text)
    if "kadar" in text:
        text = _UNTIL_MONTH.sub(_until_month, text)
    if "milyar" in text or "milyon" in text:
        text = _COUNT_SCALE.sub(lambda m: _count(m[1]) + " ", text)
        if "'" in text:
            text = _APOSTROPHE_CURRENCY.sub(lambda m: f"{m[1]} {m[2]} {m[3]}{m[4].lower()}", text)
    if "göre" in text:
        text = _DATA_ACCORDING.sub(_data_according, text)
    if "tarafından" in text or "ıyla " in text or "iyle " in text:
        text = _RELEASED_BY.sub(lambda m: f" were released by {m['agent']}", text)
    if "'" in text:
        text = _BASE_YEAR.sub(_base, text)
        text = _YEAR_GENITIVE.sub(r"\1 yılının ", text)
        text = _ACCORDING.sub(r"according to \1", text)
        text = _SUFFIX.sub(_case, text)
    if "milyar" in text:  # "2 milyar 212 milyon dolara": one amount, 2,212 million
        text = _BILLION_AND_MILLION.sub(lambda m: f"{m[1]},{int(m[2]):03d} milyon", text)
    if "milyar" in text or "milyon" in text or "bin" in text:
        text = _ABLATIVE_AMOUNT.sub(r"from \1 \2 \3", _HEDGED.sub(_hedge, text))
        text = _STAYED_AT.sub(r"stood at \1 \2 \3", text)
        text = _EXCEEDED.sub(r"exceeded \1 \2 \3", text)
    if "düzey" in text or "seviye" in text:
        text = _LEVEL_TO.sub(r"to \1 \2 \3", _LEVEL_FROM.sub(r"from \1 \2 \3", text))
    text = _DATIVE_AMOUNT.sub(r"to \1 \2 \3", text)
    if "milyar" in text or "milyon" in text or "bin" in text:
        text = _ANY_CASE.sub(_any_case, text)
    if " kat" in text:
        text = _TIMES.sub(_times, text)
    if "itibar" in text:
        text = _AS_OF.sub(r"as of \1", text)
    if " ay" in text:
        text = _COUNT_MONTHS.sub(lambda m: f"{m[1]} {_count(m[2])} {m[3]}", text)
    if "kadar" in text:
        text = _BY_YEAR.sub(lambda m: f"by {m[1] or m[2]}", text)
    if "yıl" in text:
        text = _MONTH_OF_YEAR.sub(_month_of_year, text)
        text = _BETWEEN_YEARS.sub(r"between \1 and \2", _FISCAL_YEAR.sub(_fiscal, text))
        text = _PART_OF_NAMED_YEAR.sub(_part, text)
        text = _PART_OF_YEAR.sub(_part, _BASE_YEAR.sub(_base, text))
        text = _YEAR_IN.sub(r"in \1", _YEAR.sub(r"\1", text))
    if " ay" in text:
        text = _MONTH_IN.sub(lambda m: ("in " if m.group(2) == "ında" else "") + m.group(1), text)
    return _FIRST_MONTHS.sub(r"the first \1 months", text)


# "ticaret hacmini 1 milyar dolara çıkarmak için": the goal's verb after its dative amount
# ("to 1 billion dollars to raise"); English writes it first ("to raise to 1 billion dollars"),
# which the target cues read (NOTES: a goal is a target, not an actual figure)
_GOAL_AFTER = re.compile(
    r"\b(to [\d.,]+ (?:thousand|million|billion|trillion) (?:dollars|euros|liras)) "
    r"(to raise|to increase)\b"
)


# "Gana'ya ihracatımız" (to Ghana our exports), "Gana'dan ithalatımız": the first person's flow
# (a Turkish page's "we" is Türkiye: glossed "Turkey's exports") with its partner's case before
# it -> "Turkey's exports to Ghana", "Turkey's imports from Ghana"
_OUR_NAME = r"([A-Z][\w-]+(?: [A-Z][\w-]+)?)"
_OUR_AFTER = re.compile(rf"\b(to|from) {_OUR_NAME} (Turkey's (?:exports|imports))\b")
_OUR_BETWEEN = re.compile(rf"\b(to|from) (Turkey's (?:exports|imports)) {_OUR_NAME}")


# round 43: "640 milyon dolardan 720 milyon dolara çıktı" -> "from 640 million dollars to 720
# million dollars rose": the verb after both ends of its change, English writes it first
_AMOUNT_EN = r"[\d.,]+ (?:thousand|million|billion|trillion) (?:dollars|euros|liras|Turkish lira)"
# "2021'deki 1 914 milyon Euro düzeyinden 2022 yılında 2 388 milyon Euro düzeyine" -> "in 2021
# from 1,914 million euros in 2022 to 2,388 million euros": each year before its end of the
# change, English writes it after ("from X in 2021 to Y in 2022", round 46); one year before both
# ends ("2030 yılında X'ten Y'ye") is the change's own, left as it is
_YEAR_BEFORE_END = re.compile(rf"\bin (\d{{4}}) from ({_AMOUNT_EN}) in (\d{{4}}) to ({_AMOUNT_EN})")
_FROM_TO_VERB = re.compile(
    rf"\b(from {_AMOUNT_EN} to {_AMOUNT_EN}) (rose|fell|grew|jumped|doubled|reached|was)\b"
)


# "Gana'daki doğrudan yatırımları" -> "in Ghana direct investments": the place of investments
# before them, English writes it after ("direct investments in Ghana")
_PLACE_FIRST = re.compile(
    r"\b(in [A-Z][\w-]*(?: [A-Z][\w-]*)?) ((?:foreign )?(?:direct )?investments?)\b"
)


# the speaker set off by a comma at the start and the speech verb last ("Bakan Bolat, ticaret
# hacminin 5 milyar dolara ulaştığını söyledi." -> "Minister Bolat, trade ... reached said."): the
# English "X said that ..." (the verb after its subject, as the English rules read a speaker)
_SPEECH_LAST = re.compile(
    r"^(\W*)([^,;:.\d]{2,80}?),\s(.{5,}?)\s(said|stated|announced|stressed|reported)(\W*)$"
)


# a participle's clause before the flow it describes: "2017'de 154 milyon dolar civarında seyreden
# ticaret hacmimiz" (in 2017 around 154 million dollars hovering our trade volume) -> "trade
# volume, which stood at around 154 million dollars in 2017," (English puts the relative clause
# after its noun; round 57)
_PARTICIPLE_LEVEL = re.compile(
    rf"\b(in \d{{4}}) (around |nearly |over )?({_AMOUNT_EN}) (?:seyreden|olan|bulunan|"
    r"gerçekleşen|kaydedilen|düzeyinde olan|seviyesinde olan) (?:iki taraflı |karşılıklı )?"
    r"((?:bilateral |foreign |Turkey's )?(?:trade(?: volume)?|exports|imports))\b"
)


# a ranking that goes on after its first economy (round 58, akradyo jd02): "Almanya'nın
# ardından 1 milyar 45 milyon dolarla İngiltere, 961 milyon dolarla İtalya ve 738 milyon dolarla
# Irak geldi" (after Germany came the UK with ..., Italy with ... and Iraq with ...), glossed
# "Germany's ardından 1,045 million dollars United Kingdom, ... and 738 million dollars Iraq
# geldi": each amount (its instrumental "-la/-le" dropped) before its economy and the verb last.
# The postpositions "ardından", "arkasından", "arkasında", "peşinden", "-den sonra" ("from X
# sonra"), "onu"/"bunu" (it, the economy just named) before "izledi"/"takip etti" (followed);
# the verbs "gel-", "yer al-", "izle-", "takip et-", "sıralan-", "bulun-" in every tense
# ("geldi", "geliyor", "gelmektedir", "yer almıştır", "izlerken"). English writes "X was
# followed by A with ..., B with ... and C with ...", which the ranking rules read; and a place
# named first ("İkinci sırada 1 milyar dolarla Yunanistan yer aldı", in second place) as "Greece
# ranked second with 1 billion dollars".
_RANK_AMOUNT = (
    r"(?:(?:about|nearly|over|more than|around) )?\d[\d.,]* (?:thousand|million|billion|trillion)"
    r" (?:US dollars|dollars|euros|liras|Turkish lira)"
)
_RANK_NAME = r"(?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}"
_RANK_ITEM = re.compile(rf"({_RANK_AMOUNT}) ({_RANK_NAME})")
_RANK_VERB = r"(?:gel|izle|yer al|takip e[dt]|sıralan|bulun)[a-zçğıöşü]*"
_RANK_ITEMS = rf"{_RANK_AMOUNT} {_RANK_NAME}(?:(?:, | and ){_RANK_AMOUNT} {_RANK_NAME})*"
_RANK_AFTER = re.compile(
    rf"\b(?:(?P<name>{_RANK_NAME})'s (?:ardından|arkasından|arkasında|peşinden)"
    rf"|from (?P<from>{_RANK_NAME}) sonra|(?P<it>[Oo]nu|[Bb]unu))"
    rf" (?P<items>{_RANK_ITEMS}) {_RANK_VERB}(?![\w])"
)
_RANK_ORDINALS = {
    "ikinci": "second",
    "üçüncü": "third",
    "dördüncü": "fourth",
    "beşinci": "fifth",
    "altıncı": "sixth",
    "yedinci": "seventh",
    "sekizinci": "eighth",
    "dokuzuncu": "ninth",
    "onuncu": "tenth",
}
_FOLDED_ORD = {_folded(k): v for k, v in _RANK_ORDINALS.items()}
_RANK_PLACE = re.compile(
    rf"\b(?P<ord>{alternation(list(_RANK_ORDINALS))}|\d{{1,2}}\.) (?:sırada|sırayı|basamakta)"
    rf" (?P<amount>{_RANK_AMOUNT}) (?P<name>{_RANK_NAME}) {_RANK_VERB}(?![\w])",
    re.IGNORECASE,
)


def _rank_after(m: re.Match[str]) -> str:
    first = m["name"] or m["from"]
    if first is None:  # "Onu ... izledi" (it was followed by ...): "A followed with X, B with Y"
        return _RANK_ITEM.sub(r"\2 with \1", _RANK_ITEM.sub(r"\2 followed with \1", m["items"], 1))
    items = _RANK_ITEM.sub(r"\2 with \1", m["items"])
    return f"{first} was followed by {items}"


def _rank_place(m: re.Match[str]) -> str:
    word = m["ord"]
    if word[0].isdigit():
        n = int(word[:-1])
        place = f"{n}{'nd' if n == 2 else 'rd' if n == 3 else 'th'}"
    else:
        place = _FOLDED_ORD[_folded(word)]
    return f"{m['name']} ranked {place} with {m['amount']}"


def reorder(text: str) -> str:
    """A glossed Turkish sentence in English word order (see the module doc)."""
    if " sonra " in text or "'s " in text or "nu " in text:
        text = _RANK_AFTER.sub(_rank_after, text)
    if "sıra" in text or "basamak" in text:
        text = _RANK_PLACE.sub(_rank_place, text)
    if "in " in text:
        text = _PARTICIPLE_LEVEL.sub(r"\4, which stood at \2\3 \1,", text)
    if text.rstrip(" .\"'”»").endswith(("said", "stated", "announced", "stressed", "reported")):
        text = _SPEECH_LAST.sub(r"\1\2 \4 that \3\5", text)
    if "Turkey's " in text:
        text = _OUR_AFTER.sub(r"\3 \1 \2", _OUR_BETWEEN.sub(r"\2 \1 \3", text))
    if "to raise" in text or "to increase" in text:
        text = _GOAL_AFTER.sub(r"\2 \1", text)
    if "investment" in text:
        text = _PLACE_FIRST.sub(r"\2 \1", text)
    if "from " in text:
        text = _YEAR_BEFORE_END.sub(r"from \2 in \1 to \4 in \3", text)
        text = _FROM_TO_VERB.sub(r"\2 \1", text)
    text = _CHANGE_VERB.sub(r"\2 \1", text)
    text = _PARTNER_FIRST.sub(r"\2 \1", text)
    text = PAIR_FIRST.sub(r"\3 between \1 and \2", text)
    return _TWO_FIRST.sub(r"\1 between the two countries", text)


# ---------------------------------------------------------------------------------------------
# Every case of a flow noun (round 56). Turkish declines a noun by suffixes that follow its last
# vowel (vowel harmony) and last consonant ("ihracat": ihracatı, ihracata, ihracatta, ihracattan,
# ihracatın, ihracatla; its possessive "ihracatı": ihracatını, ihracatına, ihracatında,
# ihracatından, ihracatının, ihracatıyla; "ticaret": ticareti, ticarete, ticarette, ticaretten),
# and a compound already in its possessive ("ticaret hacmi", "ticaret cirosu") takes them after an
# "n" ("ticaret hacmine", "ticaret cirosunun", "ticaret hacmiyle"); "-daki"/"-deki" makes any of
# them an adjective ("ticaretindeki", in the trade). The rows list the forms earlier pages used;
# :func:`case_forms` gives the rest of each flow noun's paradigm, glossed as its row (the
# locative "in ..."), a row spelling a form keeping its own gloss.

_FLOW_NOUNS = frozenset(
    {
        "exports",
        "imports",
        "trade",
        "trade volume",
        "foreign trade",
        "bilateral trade",
        "foreign trade volume",
        "bilateral trade volume",
        "trade turnover",
        "foreign trade turnover",
        "trade deficit",
        "trade surplus",
        "foreign trade deficit",
        "trade balance",
        "foreign trade balance",
    }
)
_BACK = "aıou"
_VOWELS = "aıoueiöü"
_VOICELESS = "çfhkpsşt"


def _last_vowel(word: str) -> str:
    return next((c for c in reversed(word) if c in _VOWELS), "e")


def _two(word: str) -> str:  # a / e
    return "a" if _last_vowel(word) in _BACK else "e"


def _four(word: str) -> str:  # ı / i / u / ü
    return {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}[
        _last_vowel(word)
    ]


def _cases(word: str, buffer: str) -> dict[str, str]:
    """The case forms of ``word``; ``buffer`` the consonant a vowel-final word takes before a
    vowel suffix ("y" for a bare noun, "n" after a possessive)."""
    a, i = _two(word), _four(word)
    vowel_final = word[-1] in _VOWELS
    d = "t" if word[-1] in _VOICELESS else "d"
    before_vowel = buffer if vowel_final else ""
    forms = {
        "dat": word + before_vowel + a,
        "loc": word + ("n" if buffer == "n" else "") + d + a,
        "abl": word + ("n" if buffer == "n" else "") + d + a + "n",
        "gen": word + ("n" if vowel_final else "") + i + "n",
        "ins": word + ("y" if vowel_final else "") + "l" + a,
    }
    forms["acc"] = word + ("n" if buffer == "n" else before_vowel) + i
    forms["rel"] = forms["loc"] + "ki"
    if buffer == "n":
        forms["gen"] = word + "n" + i + "n"
    return forms


def case_forms(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(form, English) of every case of each flow noun row of the Turkish table (module comment):
    a noun ("ihracat", "dış ticaret") with its possessive's cases too, a compound in its
    possessive ("ticaret hacmi") with the "n" of its cases."""
    declined = {
        phrase: _declined(phrase, english)
        for phrase, english in rows
        if english in _FLOW_NOUNS and phrase == phrase.lower()
    }
    # a row that is itself a case of another row's noun ("ihracatı", "ticaret hacminin") is no
    # noun to decline again: its "cases" would be no words ("ihracatıya", "hacmininde")
    inflected = {form for phrase, forms in declined.items() for form, _ in forms if form != phrase}
    return [row for phrase, forms in declined.items() if phrase not in inflected for row in forms]


def _declined(phrase: str, english: str) -> list[tuple[str, str]]:
    """(form, English) of every case of one flow noun row (see :func:`case_forms`)."""
    out: list[tuple[str, str]] = []
    *head, last = phrase.split()
    prefix = " ".join(head) + " " if head else ""
    if head and last[-1] in "ıiuü":  # "ticaret hacmi", "ticaret cirosu": a possessive
        stems = [(last, "n")]
    else:  # "ihracat", "dış ticaret": its own cases and its possessive's ("ihracatını")
        possessive = last + ("s" if last[-1] in _VOWELS else "") + _four(last)
        stems = [(last, "y"), (possessive, "n")]
        out.append((prefix + possessive, english))
    for stem, buffer in stems:
        for case, form in _cases(stem, buffer).items():
            gloss_ = f"in {english}" if case in ("loc", "rel") else english
            out.append((prefix + form, gloss_))
    return out
