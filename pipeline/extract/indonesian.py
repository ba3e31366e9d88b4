"""Indonesian (and Malay) pages read through the English rules: the word order the ``id`` rows of
``lexicon/foreign_words.csv`` cannot fix, after the word gloss of :mod:`pipeline.extract.foreign`
(which keeps its own two inline steps: the owner after its flow, "ekspor Indonesia ke Jepang",
and the pair after its trade, "perdagangan Indonesia dan Australia").

Round 44, the trade-news register (Antara, Kontan, Bisnis, Kompas, BPS releases; Bernama and
the Malaysian statistics department for Malay, which the page detector reads as ``id``):

- "hingga Oktober 2031", "sampai (dengan) Oktober", Malay "sehingga Oktober" glossed "to
  October" is the year to date: "through October" (not after another month or a year, "Januari
  hingga Oktober", "Januari 2031 hingga Oktober 2031": a range the English rules read);
- "hingga 2035", "sampai tahun 2035" glossed "to (in) 2035" is "by 2035" (a target's deadline;
  a past "by 2030" reads as the year), not after a year ("2028 hingga 2030", a range); "sampai
  akhir 2021" ("to the end of 2021") is "by the end of 2021" (round 56);
- a count of months, a quarter or a half before its year or "tahun ini" / "tahun lalu" ("sembilan
  bulan pertama 2031", "kuartal III/2030", "sembilan bulan pertama tahun lalu") takes "of", as
  English writes it;
- "pada 2030 lalu" (in 2030, "lalu" after the year only marks it past): no "then";
- "periode 2028 hingga 2030" glossed "period 2028 to 2030" is "the period from 2028 to 2030"
  (both years); "volume perdagangan kedua negara" is "trade volume between the two countries";
- "sebesar" (of) after a change verb is its size: "declined of 12 percent" -> "declined by";
- the owner after a flow before a change or level verb the inline step does not list ("ekspor
  Indonesia melonjak", glossed "exports Indonesia jumped") -> "Indonesia's exports jumped".

Before the gloss (:func:`prepare`): a preposition before "tahun lalu", "tahun sebelumnya", "tahun
berjalan", "tahun fiskal" ... ("pada tahun sebelumnya", "di tahun lalu", "sepanjang tahun ini") is
dropped, so the row of the time phrase is read ("the previous year", "last year"), not "pada tahun"
(in) and an unread "sebelumnya" or "lalu" (then); so before "bulan lalu", "kuartal sebelumnya".
The abbreviated months English does not write ("Jan-Okt 2031", "Agu", "Des", Malay "Dis") next to
a range dash or a number are the English abbreviations; Malay "AS$" (dolar Amerika Syarikat) is
"US$".

Round 59 (Malay and Indonesian constructions, built whole):

- a number written in words before a percent, a scale or "kali" ("tiga peratus", "dua puluh
  lima persen", "sebelas juta", "dua belas kali") in digits, as English rules read them (the
  units, "sepuluh", "sebelas", "belas" teens, "puluh" tens, "ratus"/"seratus" hundreds);
- "eksport negara", "ekspor nasional", "dagangan negara" (the nation's exports, trade: Malay and
  Indonesian for the speaker's own country's) -> "this country's exports", "... trade", which
  :mod:`pipeline.extract.this_country` resolves; not before a name or a qualifier of "negara"
  ("eksport negara-negara ASEAN", "eksport negara China", "eksport negara lain");
- "masing-masing" (respectively) written before its list of amounts ("bernilai masing-masing
  RM136.1 bilion dan RM56.9 bilion") -> after it, as English writes "respectively";
- "bagi" (for) between an exports noun and a country ("eksport negara bagi China", Malay) is
  "to", and so in the elliptic "dan bagi Korea" after it;
- the owner after "trade value", "export value", "import value", "investment value" before its
  partner's preposition ("nilai perdagangan Korea Selatan ke Indonesia") -> "South Korea's
  trade value to Indonesia", as the inline step does for the bare flows.

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re

from pipeline.extract.period_words import ENGLISH_MONTHS

_PREPOSITION = re.compile(
    r"\b(?:[Pp]ada|[Dd]i|[Ss]epanjang|[Ss]elama|[Dd]alam) (?=(?:tahun|bulan|kuartal|triwulan"
    r"|periode) (?:yang )?(?:lalu|ini|sebelumnya|silam|kemarin|berjalan|depan|fiskal|anggaran"
    r"|kewangan|lepas|semasa|mendatang)\b)"
)
_MONTH_ABBREVIATIONS = {"Agu": "Aug", "Agt": "Aug", "Okt": "Oct", "Des": "Dec", "Dis": "Dec"}
_ABBREVIATED = re.compile(
    r"\b(Agu|Agt|Okt|Des|Dis)\b(?=\.?\s?[-–]|\.? (?:19|20)\d\d\b)|(?<=[-–])(Agu|Agt|Okt|Des|Dis)\b"
)
_MALAY_DOLLAR = re.compile(r"(?<![\w$])AS\$(?=\s?\d)")
_TO = re.compile(r"\bto (?:the end of )?(?=(?:" + ENGLISH_MONTHS + r")\b)")
# a month or a year before "to": a range ("January to October", "January 2031 to October 2031")
_RANGE_BEFORE = re.compile(r"(?:\b(?:" + ENGLISH_MONTHS + r")|\b\d{4}|-)\s*$")
# ... and "sampai akhir 2021", "hingga akhir tahun ini" glossed "to the end of 2021" is "by the
# end of" (a stock's date, or a target's deadline: NOTES, empty start)
_TO_YEAR = re.compile(
    r"\bto (?:(the end of )|in )?(?=(?:19|20)\d\d\b(?![.,]\d)|(?<=of )(?:this|the|next) year\b)"
)
# "periode 2028 hingga 2030": English reads "the period from 2028 to 2030" as both years
_PERIOD_YEARS = re.compile(r"\bperiod (?=(?:19|20)\d\d ?(?:to|-|–) ?(?:19|20)\d\d\b)")
# "perdagangan kedua negara" is a row; "volume perdagangan kedua negara" is not
_TRADE_OF_BOTH = re.compile(
    r"\b((?:total |two-way |bilateral |mutual )?trade(?: value| volume)?) (?=the two countries\b|both sides\b)"
)
_OF_YEAR = re.compile(
    r"\b((?:first|second|third|fourth) (?:quarter|half)|months) ?(?:/|-|(?= ))\s?(?:in )?"
    r"(?=(?:19|20)\d\d\b|(?:this|last) year\b)"
)
_YEAR_THEN = re.compile(r"(?<=\b(?:19|20)\d\d) then\b")
# "mengalami penurunan sebesar 12 persen" glossed "declined of 12 percent": the size of a change
_CHANGE_OF = re.compile(
    r"\b(increased|declined|jumped|soared|surged|contracted|climbed|expanded|decreased|edged up"
    r"|edged down|slumped) of (?=[-−]?(?:\d|US\$|Rp|RM|USD))"
)
_OWNER_BEFORE_VERB = re.compile(
    r"\b(exports|imports|trade) ([A-Z][\w-]+(?: [A-Z][\w-]+)?) "
    r"(?=(?:jumped|grew|totalled|stood|plunged|declined|soared|surged|exceeded|topped|posted"
    r"|doubled|climbed|expanded|contracted|slumped|of|worth|is|was) )"
)


# Indonesian verbs have no tense: "naik" is glossed "rose" (what news reports), but after a plan,
# forecast or modal word it is the infinitive ("ditargetkan naik menjadi" -> "is targeted to rise
# to", "diperkirakan tumbuh" -> "is expected to grow", "akan melampaui" -> "will exceed", "bisa
# mencapai" -> "can reach"), round 56
_PLANNED_PAST = re.compile(
    r"\b(is (?:targeted|expected|projected|forecast|planned|estimated)|targets|hopes|plans"
    r"|will|can|could)( further| again)? "
    r"(rose|increased|grew|reached|topped|exceeded|fell|declined|jumped|surged|doubled)\b"
)
_INFINITIVES = {"rose": "rise", "grew": "grow", "fell": "fall", "topped": "top"}
_INFINITIVES |= {"increased": "increase", "declined": "decline", "surged": "surge"}
_INFINITIVES |= {"doubled": "double"}


def _infinitive(m: re.Match[str]) -> str:
    past = m[3]
    verb = _INFINITIVES.get(past, past[:-2])  # "reached", "exceeded", "jumped"
    to = " to" if m[1].startswith("is ") or m[1] in ("targets", "hopes", "plans") else ""
    return f"{m[1]}{to}{m[2] or ''} {verb}"


def _through(m: re.Match[str]) -> str:
    if _RANGE_BEFORE.search(m.string, 0, m.start()):
        return m.group(0)
    return "through "


def _by_year(m: re.Match[str]) -> str:
    if _RANGE_BEFORE.search(m.string, 0, m.start()):
        return m.group(0)
    return "by the end of " if m.group(1) else "by "


# Malay and Indonesian cardinal words (round 59): units, "se-" one, teens with "belas", tens
# with "puluh", hundreds with "ratus"
_UNITS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7}
_UNITS |= {"lapan": 8, "delapan": 8, "sembilan": 9}
_UNIT = "|".join(_UNITS)
_NUMBER_WORDS = re.compile(
    rf"(?<![\w.,-])(?:(?:({_UNIT}) ratus|(seratus))\s?)?"
    rf"(?:(sepuluh|sebelas|({_UNIT}) belas)|(?:({_UNIT}) puluh(?: ({_UNIT}))?)|({_UNIT}))?"
    # (not "dua kali lipat", twofold: rows of their own)
    r"(?<=\w) (?=(?:peratus|persen|per sen|juta|ribu|miliar|milyar|bilion|trilion|triliun)\b"
    r"|kali\b(?! lipat))",
    re.IGNORECASE,
)


def _number_words(m: re.Match[str]) -> str:
    hundreds, hundred, ten_or_eleven, teen, tens, tens_unit, unit = (
        (g or "").lower() for g in m.groups()
    )
    value = (_UNITS[hundreds] * 100 if hundreds else 0) + (100 if hundred else 0)
    value += {"sepuluh": 10, "sebelas": 11}.get(ten_or_eleven, 0)
    value += 10 + _UNITS[teen] if teen else 0
    value += 10 * _UNITS[tens] + _UNITS.get(tens_unit, 0) if tens else 0
    value += _UNITS[unit] if unit else 0
    return f"{value} " if value else m.group(0)


# "eksport negara ke China" (the nation's exports to China): the speaker's own country's
_NATIONAL_FLOW = re.compile(
    r"\b(eksport|ekspor|import|impor|dagangan|perdagangan) (?:negara|nasional)(?![\w-])"
    r"(?! (?:[A-Z]|(?:lain|ini|itu|tersebut|anggota|jiran|tetangga|maju|berkembang|membangun"
    r"|tujuan|asal|pengeksport|pengekspor|pengimport|pengimpor|mitra|rakan|sahabat)\b))"
)
_NATIONAL = {"eksport": "exports", "ekspor": "exports", "import": "imports", "impor": "imports"}
_NATIONAL |= {"dagangan": "trade", "perdagangan": "trade"}


# "telah naik", "sudah mencapai" (has risen): the perfect's marker before a verb, which English
# reads from the verb's past; "iaitu kepada RM26 bilion" (namely to): "namely" before the
# change's target or amount; "sebanyak 3 peratus" (as much as): "by" before a percentage
_PERFECT = re.compile(
    r"\b(?:[Tt]elah|[Ss]udah) (?=(?:me|ber|ter|di|naik|turun|tumbuh|susut|jatuh)\w*\b)"
)
_NAMELY = re.compile(
    r"\b(?:iaitu|yaitu|yakni) (?=kepada\b|ke\b|menjadi\b|sebanyak\b|sebesar\b|RM|US|Rp|\d)"
)
# "naik cukup jauh, yakni sekitar RM8,42 miliar" (rose considerably, namely about RM8.42
# billion): "namely" after a change verb gives the change's size, "by"
_CHANGE_NAMELY = re.compile(
    r"\b((?:naik|meningkat|turun|menurun|tumbuh|bertambah|berkurang|melonjak|merosot|susut"
    r"|anjlok)(?: [^\W\d]+){0,3}),? (?:yakni|yaitu|iaitu) (?=(?:sekitar|kira-kira|hampir|lebih "
    r"dari|RM|US|Rp|\d))"
)
# "ringgit (RM) 55,92 miliar", "dolar AS (US$) 5 juta": a currency's name and its bracketed
# symbol before the amount, the symbol read
_NAMED_SYMBOL = re.compile(
    r"\b(?:ringgit(?: Malaysia)?|rupiah(?: Indonesia)?|dolar(?: AS| Amerika(?: Serikat| Syarikat)?)?|yen|yuan"
    r"|euro|won|baht|peso|dong)\s?\((RM|Rp|US\$|USD|\$|S\$|€|¥|IDR|MYR|JPY|CNY|EUR)\)\s?(?=\d)",
    re.IGNORECASE,
)
# "$3,55 miliar Selandia Baru" (3.55 billion New Zealand [dollars]): a dollar sign and the
# country after the amount, "dolar" left out; the dollar of that country
_DOLLAR_OF = re.compile(
    r"(?<![\w$])\$\s?(\d[\d.,]*)\s?(miliar|milyar|juta|triliun|ribu|bilion|trilion)\s"
    r"(?=Selandia Baru|New Zealand|Australia|Singapura|Kanada|Hong Kong|Taiwan|Brunei)"
)
_AS_MUCH_AS = re.compile(r"\bsebanyak (?=\d[\d.,]* ?(?:peratus|persen|%))")


def prepare(text: str) -> str:
    """``text`` with the preposition before a time phrase dropped, number words before a unit
    in digits, and a flow of "negara" the speaker's country's (module doc)."""
    text = _PREPOSITION.sub("", text)
    if "(" in text:
        text = _NAMED_SYMBOL.sub(r"\1", text)
    text = _CHANGE_NAMELY.sub(r"\1, by ", text)
    if "$" in text:
        text = _DOLLAR_OF.sub(r"\1 \2 dolar ", text)
    text = _NAMELY.sub("", _PERFECT.sub("", text))
    text = _NUMBER_WORDS.sub(_number_words, text)
    if "negara" in text or "nasional" in text:
        text = _NATIONAL_FLOW.sub(lambda m: f"this country's {_NATIONAL[m[1].lower()]}", text)
    if "sebanyak" in text:
        text = _AS_MUCH_AS.sub("by ", text)
    if "AS$" in text:
        text = _MALAY_DOLLAR.sub("US$", text)
    return _ABBREVIATED.sub(lambda m: _MONTH_ABBREVIATIONS[m[1] or m[2]], text)


# "worth respectively RM136.1 billion and RM56.9 billion": "respectively" after the list
_AMOUNT = r"(?:US\$|RM|Rp|USD|\$)?\s?\d[\d.,]*(?: (?:million|billion|trillion|thousand))?(?: (?:US )?(?:dollars|ringgit|rupiah|percent))?%?"
_RESPECTIVELY_FIRST = re.compile(rf"\brespectively ({_AMOUNT}(?:, {_AMOUNT})*,? and {_AMOUNT})")
# "this country's exports for China ..., and for Korea": Malay "bagi" after an exports noun
_EXPORTS_FOR = re.compile(r"\b(exports?|exported|shipments)((?: [\w'.,%$]+){0,12}?) for (?=[A-Z])")
_AND_FOR = re.compile(r"(?<=, and )for (?=[A-Z])")
_VALUE_OWNER_AFTER = re.compile(
    r"\b(trade value|export value|import value|investment value) ([A-Z][\w-]+(?: [A-Z][\w-]+)?) "
    r"(to|with|from|in) "
)


def _value_owner(m: re.Match[str]) -> str:
    # "nilai perdagangan Korea ke Indonesia": trade "ke" a partner is trade with it
    with_ = m[1] == "trade value" and m[3] == "to"
    return f"{m[2]}'s {m[1]} {'with' if with_ else m[3]} "


def reorder(text: str) -> str:
    """The glossed ``text`` of an Indonesian or Malay sentence in English order (module doc)."""
    if "respectively " in text:
        text = _RESPECTIVELY_FIRST.sub(r"\1 respectively", text)
    if " for " in text and "export" in text:
        text = _EXPORTS_FOR.sub(r"\1\2 to ", text)
        text = _AND_FOR.sub("to ", text)
    if " value " in text:
        text = _VALUE_OWNER_AFTER.sub(_value_owner, text)
    if "to " in text:
        text = _TO.sub(_through, text)
        text = _TO_YEAR.sub(_by_year, text)
    text = _OF_YEAR.sub(r"\1 of ", text)
    if " of " in text:
        text = _CHANGE_OF.sub(r"\1 by ", text)
    if "period " in text:
        text = _PERIOD_YEARS.sub("period from ", text)
    if "the two countries" in text or "both sides" in text:
        text = _TRADE_OF_BOTH.sub(r"\1 between ", text)
    if " then" in text:
        text = _YEAR_THEN.sub("", text)
    text = _PLANNED_PAST.sub(_infinitive, text)
    return _OWNER_BEFORE_VERB.sub(r"\2's \1 ", text)
