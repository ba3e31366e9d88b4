"""Two year phrases every language writes, in the English the period rules read: "since a
year" and a decade. Run on a sentence before its words are glossed (``foreign.gloss``).

**Since a year.** English writes "since 2005" ("trade has tripled since 2005", "the highest
level since 1991"): the period rules read it as a span from that year, or as a record's
reference point, never as the year of a figure. Other languages write the same "since" as a
preposition the word gloss takes for "from" or "with" (French "depuis 2005", Spanish and
Portuguese "desde 2005", Italian "dal 2005", Polish "od 2005 roku", Russian "с 2005 года",
Ukrainian "з 2005 року", Vietnamese "kể từ năm 2005"), or as a postposition after the year that
the gloss leaves in the script (Korean "2005년 이후 / 이래 / 부터", Japanese "2005年以来 /
以降 / から", Chinese "2005年起", Uzbek "2005 йилдан бери"). Glossed word for word, "rose 300%
from 2005" reads as a change against a 2005 base and is dated 2006, "the level with 1991" as
data of 1991, which on a page without a date then fixes "last year" as 1991. The grammar of
each language gives the forms (a preposition before the year, with or without the year's noun
in the case the preposition governs: "roku", "года", "року", "năm", "tahun", "l'année", "o ano
de"; a postposition after it), each read as "since YEAR". The same preposition before a range
("с 2025 по 2030", "desde 2005 hasta 2010", "od 2005 do 2010", "2005년부터 2010년까지") is
"from ... to": left as it is. Russian "после" (after) is "since" only after a record word
("исторический максимум после 1991 года", a record high since 1991): "после 2030 года" alone
is a time after a year, not a span.

**A decade.** "In the early 1990s trade was $200m": a decade is no year. Read as the year 1990,
it dated the figure and, on an undated page, fixed the page's year. English writes "the 1990s",
"the 1990's", "the '90s", "the nineties"; the other languages a year with a plural or
adjectival ending, or a decade noun (Russian "1990-е годы", "в 1990-х", Ukrainian "1990-х
років", Kazakh "1990 жылдары", Uzbek "1990-йилларда", Turkish "1990'lı yıllarda",
"1990'larda", Korean "1990년대", Japanese and Chinese "1990年代", German "1990er Jahre", "in
den 90ern", French "les années 1990", Spanish and Portuguese "los años 90", "a década de 1990",
Italian "gli anni '90", "anni Novanta", Polish "lata 90.", "w latach 90.", Vietnamese "thập
niên 1990", "những năm 1990", Indonesian "tahun 1990-an", Hungarian "az 1990-es években",
Czech "v 90. letech"): each is glossed "the 1990s", which ``period_patterns`` reads as a
decade, a period without a year of its own (``periods.DECADE_NOTE``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_Y = r"((?:1[89]|20)\d\d)"
_END = r"(?![\d%])"

# After a "since" preposition and its year: a range's second year ("с 2025 по 2030", "desde
# 2005 hasta 2010", "od 2005 do 2010"), written with a dash or the language's "to"
_RANGE_AFTER = {
    "ru": r"(?:по|до)",
    "uk": r"(?:по|до)",
    "be": r"(?:па|да)",
    "pl": r"(?:do)",
    "cs": r"(?:do)",
    "es": r"(?:a|al|hasta|y)",
    "pt": r"(?:a|ao|até|e)",
    "fr": r"(?:à|au|jusqu|et)",
    "it": r"(?:al|a|fino|e)",
    "vi": r"(?:đến|tới|-)",
}
# The prepositions of "since" before a year, with the year's noun each language may write before
# or after it (in the case the preposition governs)
_BEFORE: dict[str, str] = {
    # "с 1991 года", "со 2005 г.", "начиная с 2005 года", "с начала 2017 года" (the last below)
    "ru": r"(?<![\w-])(?:[Нн]ачиная\s+)?[Сс]о?\s+{y}(?:\s*(?:года|г\.|г(?!\w)))?(?!\s*-?м?\s*годом)",
    "uk": r"(?<![\w-])(?:[Пп]очинаючи\s+)?(?:[Зз]|[Іі]з|[Зз]і)\s+{y}(?:\s*(?:року|р\.))?(?!\s*-?м?\s*роком)",
    "be": r"(?<![\w-])(?:[Пп]ачынаючы\s+)?[Зз]\s+{y}(?:\s*(?:года|г\.))?(?!\s*-?м?\s*годам)",
    "pl": r"(?<![\w-])[Oo]d\s+(?:roku\s+)?{y}(?:\s*(?:roku|r\.))?",
    "es": r"(?<![\w-])[Dd]esde\s+(?:(?:el\s+)?año\s+(?:de\s+)?)?{y}",
    "pt": r"(?<![\w-])[Dd]esde\s+(?:(?:o\s+)?ano\s+(?:de\s+)?)?{y}",
    "fr": r"(?<![\w-])[Dd]epuis\s+(?:l'(?:année|an)\s+)?{y}",
    "it": r"(?<![\w'-])(?:(?:[Aa]\s+partire|[Ss]in|[Ff]in)\s+)?(?:[Dd]al|[Dd]all'anno)\s+{y}",
    "vi": r"(?<![\w-])(?:[Kk]ể\s+từ|[Tt]ừ)\s+(?:năm\s+)?{y}",
    "id": r"(?<![\w-])[Ss]ejak\s+(?:tahun\s+)?{y}",
    "ms": r"(?<![\w-])[Ss]ejak\s+(?:tahun\s+)?{y}",
}
# Vietnamese "từ năm 2005" is also a range's start: "since" only with "kể từ" or "... đến nay"
# (to now); the rest of the table's prepositions are "since" alone
_VI_SINCE = re.compile(r"^(?:[Kk]ể|.*\bđến\s+nay\b|.*\btới\s+nay\b)", re.DOTALL)
# The postpositions of "since" after a year (Korean, Japanese, Chinese, Uzbek, Kazakh, Turkish,
# Hungarian, Persian); Korean "부터" and Japanese "から" are "from" before a "to" ("까지",
# "まで") later in the sentence
_AFTER: dict[str, str] = {
    "ko": r"{y}\s?년(?:도)?\s?(?P<between>(?:[^\s\d]+\s){{0,2}}?)(?:이후(?:로)?|이래(?:로)?|부터)(?!\w*\s*까지)",
    "ja": r"{y}年(?:以来|以降|から)",
    "zh": r"(?:[自从從]\s?)?{y}年(?:起|以来|以來|以后|以後)",
    "uz": r"{y}(?:\s?-?\s?(?:йил|yil))?(?:дан|dan)\s+(?:бери|beri|буён|buyon)",
    "hu": r"{y}\s+óta",
    "fa": r"(?:از\s+)?(?:سال\s+){y}\s+(?:تاکنون|تا\s+کنون|به\s+این\s+سو)",
}
_UNTIL_LATER = {"ko": "까지", "ja": "まで"}
# Russian "после" (after) is "since" after a record word: "исторический максимум после 1991
# года", "рекордный уровень после 2008 года"
_RU_RECORD_AFTER = re.compile(
    rf"((?:максимум|рекорд|уровн|уровен)\w{{0,2}})\s+после\s+{_Y}(?:\s*(?:года|г\.))?"
)
# "с начала 2017 года": since the beginning of 2017 (the year to date, as English reads it)
_RU_FROM_START = re.compile(rf"(?<![\w-])[Сс]\s+начала\s+{_Y}(?:\s*(?:года|г\.))?")
_UK_FROM_START = re.compile(rf"(?<![\w-])[Зз]\s+початку\s+{_Y}(?:\s*(?:року|р\.))?")


def _compile(table: dict[str, str]) -> dict[str, re.Pattern[str]]:
    return {lang: re.compile(pattern.format(y=_Y) + _END) for lang, pattern in table.items()}


_BEFORE_RE = _compile(_BEFORE)
_AFTER_RE = _compile(_AFTER)
_RANGE_RE = {
    lang: re.compile(rf"\s*(?:[-–—/]\s*\d|{words}\b\s*(?:(?:el|o|l'|năm|roku)\s*)?\d)")
    for lang, words in _RANGE_AFTER.items()
}


# "в сравнении с 2030", "по сравнению с 2030", "порівняно з 2030": "с"/"з" after a comparison
# is "with" (compared with 2030), not "since"
_COMPARED_BEFORE = re.compile(
    r"(?:сравнени[юие]|сопоставлени[юие]|порівнянн[юі]|порівняно|параўнанні|параўнана)\s+$",
    re.IGNORECASE,
)


def _since(lang: str, text: str) -> Callable[[re.Match[str]], str]:
    ranged = _RANGE_RE.get(lang)
    until = _UNTIL_LATER.get(lang)

    def replace(m: re.Match[str]) -> str:
        if lang in ("ru", "uk", "be") and _COMPARED_BEFORE.search(text, 0, m.start()):
            return m.group(0)
        if ranged is not None and ranged.match(text, m.end()):
            return m.group(0)  # "desde 2005 hasta 2010": from ... to
        if until is not None and m.group(0).endswith(("부터", "から")) and until in text[m.end() :]:
            return m.group(0)  # "2005년부터 2010년까지": from ... to
        if lang == "vi" and not _VI_SINCE.match(m.group(0) + text[m.end() :]):
            return m.group(0)
        between = m.groupdict().get("between") or ""
        pad = " " if lang in ("ja", "zh") else ""
        return f"{pad}since {m.group(1)}{pad}" + (f" {between.strip()}" if between.strip() else "")

    return replace


# Decades: a year ending in 0 with the plural or adjectival ending of each language
_D = r"((?:1[89]|20)\d0)"
_D2 = r"([3-9]0)"  # "the 90s": the 1990s ("the 20s" may be either century: left as it is)
_DECADES: dict[str, tuple[str, ...]] = {
    "ru": (
        rf"{_D}-(?:е|х|ми|м)(?:\s+(?:годы|годов|годах|годам|годами|гг\.))?",
        rf"{_D2}-(?:е|х)(?:\s+(?:годы|годов|годах|годам|годами))?",
    ),
    "uk": (
        rf"{_D}-(?:ті|х|і)(?:\s+(?:роки|років|роках|рр\.))?",
        rf"{_D2}-(?:ті|х)(?:\s+(?:роки|років|роках))?",
    ),
    "kk": (
        rf"{_D}\s?-?\s?(?:жылдары|жылдардың|жылдарда|жылдардан)",
        rf"{_D2}\s?-?\s?(?:жылдары|жылдардың|жылдарда)",
    ),
    "uz": (
        rf"{_D}\s?-?\s?(?:йилларда|йилларнинг|йилларни|йиллар|yillarda|yillarning|yillar)",
        rf"{_D2}\s?-?\s?(?:йилларда|йилларнинг|йилларни|yillarda|yillarning)",
    ),
    "tr": (
        rf"{_D}'?(?:lı|li|lu|lü)\s+yıl(?:lar|larda|ların|larında)",
        rf"{_D}'?(?:lar|ler)(?:da|de|ın|in|dan|den)?",
        rf"{_D2}'?(?:lı|li|lu|lü)\s+yıl(?:lar|larda|ların|larında)",
        rf"{_D2}'?(?:lar|ler)(?:da|de|ın|in|dan|den)",
    ),
    "az": (rf"{_D}-?(?:cı|ci|cu|cü)\s+illər(?:də|in)?",),
    "ko": (rf"{_D}\s?년대", rf"{_D2}\s?년대"),
    "ja": (rf"{_D}年代", rf"{_D2}年代"),
    "zh": (rf"(?:20|二十)世纪{_D2}年代", rf"{_D}年代", rf"{_D2}年代"),
    "de": (
        rf"{_D}er(?:\s+Jahren?|\s+Jahrzehnt)?",
        rf"(?<=\s)(?:den|die|der)\s+{_D2}ern?(?:\s+Jahren?)?",
    ),
    "nl": (rf"(?:de\s+)?jaren\s+(?:'|’)?{_D2}", rf"(?:de\s+)?jaren\s+{_D}"),
    "fr": (rf"(?:les\s+|des\s+)?années\s+(?:'|’)?(?:{_D}|{_D2})",),
    "es": (
        rf"(?:los\s+)?años\s+(?:'|’)?(?:{_D}|{_D2})",
        rf"(?:la\s+)?década\s+de\s+(?:los\s+)?(?:{_D}|{_D2})",
    ),
    "pt": (rf"(?:os\s+)?anos\s+(?:'|’)?(?:{_D}|{_D2})", rf"(?:a\s+)?década\s+de\s+(?:{_D}|{_D2})"),
    "it": (rf"(?:gli\s+)?anni\s+(?:'|’)?(?:{_D}|{_D2})",),
    "pl": (rf"(?:w\s+)?lat(?:a|ach|ami)\s+{_D2}\.?", rf"(?:w\s+)?lat(?:a|ach|ami)\s+{_D}\.?"),
    "cs": (rf"(?:v\s+)?{_D2}\.\s+let(?:ech|a)?",),
    "hu": (rf"(?:az?\s+)?{_D}-?(?:as|es)\s+év(?:ek|ekben|ek\s+elején|ekre)",),
    "vi": (rf"(?:thập\s+(?:niên|kỷ)|những\s+năm)\s+(?:{_D}|{_D2})",),
    "id": (rf"(?:tahun\s+)?{_D}-an",),
    "ms": (rf"(?:tahun\s+)?{_D}-an",),
}
_UNSPACED = ("ko", "ja", "zh")  # a decade runs into the next word ("1990年代の", "1990년대에")
_DECADE_RE = {
    lang: re.compile(
        (r"(?<!\d)(?:" + "|".join(forms) + ")")
        if lang in _UNSPACED
        # (not a range's end: "2010-2030-cu illər", "2010-2020-х годах")
        else (r"(?<![\w'])(?<!\d[-–])(?:" + "|".join(forms) + r")(?![\w])"),
        re.IGNORECASE,
    )
    for lang, forms in _DECADES.items()
}


def _decade(m: re.Match[str]) -> str:
    year = next(g for g in m.groups() if g)
    decade = year if len(year) == 4 else f"19{year}"  # "the 90s": the 1990s (the pages' century)
    return f" the {decade}s "


def year_phrases(text: str, lang: str) -> str:
    """``text`` (one sentence of a ``lang`` page, before its words are glossed) with each
    "since YEAR" and each decade in English (module doc); other text unchanged."""
    if not any(c.isdigit() for c in text):
        return text
    if lang == "ru":
        text = _RU_FROM_START.sub(r"since the beginning of \1", text)
        text = _RU_RECORD_AFTER.sub(r"\1 since \2", text)
    elif lang == "uk":
        text = _UK_FROM_START.sub(r"since the beginning of \1", text)
    decades = _DECADE_RE.get(lang)
    if decades is not None:
        text = decades.sub(_decade, text)
    for table in (_BEFORE_RE, _AFTER_RE):
        pattern = table.get(lang)
        if pattern is not None:
            text = pattern.sub(_since(lang, text), text)
    return re.sub(r"  +", " ", text) if "  " in text else text
