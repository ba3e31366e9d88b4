"""A level written as a percentage of a base period's level, in the word order of Russian and
Uzbek statistics (round 25), put in the English the rules read ("108.4% of the level of 2022",
which ``measure`` reads as a change of +8.4%).

- Russian: "3,2 млрд долларов, или 108,4% к уровню 2022 года", "(108,4% к 2022 году)",
  "92,3% к аналогичному периоду прошлого года". A percentage after "на" is a change already
  ("рост на 8% к 2025 году" is growth *by* 2025) and stays as it is.
- Uzbek: "(2022-yilga nisbatan 108,4%)", "oʻtgan yilga nisbatan 108,4%": the base before the
  percentage (read after ``uzbek.prepare``, which writes the first "compared with 2022").

Source of the reading: the statistics offices of the CIS write a level against its base as
"N% к уровню" / "nisbatan N%" (Rosstat, the Statistics Agency of Uzbekistan); NOTES.md, round 24
(`hd`): "X-yilga nisbatan 102,4%" -> pct_change 2.4.

- Spanish, Portuguese, French, Italian (round 54): a comparative right after the percentage, or
  before it with its "de/en/em/del" and a base word after it ("à", "que", "al"), is the change
  against the base that follows: "valor 8%
  maior na comparação com", "soit 15% de plus qu'en 2021", "un 12% más que", "12% superior al año
  anterior", "supérieures de 33% à leur niveau de 2017", "il 12% in più rispetto al" -> "8%
  higher", "15% more than", "33% higher than" (lower/less for "menor, inférieur, de moins").
  With no base word after it the percentage is the comparative's all the same ("8% maior").
"""

from __future__ import annotations

import re

_PERCENT = r"(?<![\d.,])(\d+(?:[.,]\d+)?\s?%)"
_YEAR = r"((?:19|20)\d\d)"

_RUSSIAN_YEAR = re.compile(
    rf"(?<![Нн]а\s)(?<![Дд]о\s){_PERCENT}\sк\s(?:уровню\s)?{_YEAR}(?:\s?(?:году|года|г\.))?"
)
_RUSSIAN_LAST = re.compile(
    rf"(?<![Нн]а\s)(?<![Дд]о\s){_PERCENT}\sк\s(?:уровню|аналогичному\sпериоду)\s"
    r"(?:прошлого|предыдущего)\sгода"
)
# (``uzbek.prepare`` has already made "2022-yilga nisbatan" "compared with 2022")
# A change verb after the percentage makes it a change ("2022-yilga nisbatan 8,4% oʻsdi", grew
# 8.4% against 2022): left alone.
_NOT_CHANGE = r"(?!\s?(?:ga\b|by\b|oʻs|osh|ort|kamay|koʻpay|qisqar|pasay|kam\b|koʻp\b))"
_UZBEK_YEAR = re.compile(
    rf"compared\swith\s((?:the\ssame\speriod\sof\s)?(?:19|20)\d\d)\s{_PERCENT}{_NOT_CHANGE}"
)
_UZBEK_LAST = re.compile(rf"[Oo]ʻtgan\syilga\snisbatan\s{_PERCENT}{_NOT_CHANGE}")


_MORE = (
    r"(?:maior(?:es)?|mayor(?:es)?|superior(?:es)?|sup[ée]rieure?s?|superiore|superiori|maggiore"
    r"|maggiori|(?:más|mais)(?=\s(?:que|do\sque|da\sque|del\sque)\b|[,.;])|de\splus|in\spiù)"
)
_LESS = (
    r"(?:menor(?:es)?|inferior(?:es)?|inf[ée]rieure?s?|inferiore|inferiori|minore|minori"
    r"|(?:menos)(?=\s(?:que|do\sque|da\sque|del\sque)\b|[,.;])"
    r"|de\smoins|in\smeno)"
)
# the base word after the comparative: "à", "que", "qu'", "do que" (than); "au", "al", "ao",
# "rispetto al" (than the)
_THAN = (
    r"(?:\s(?:(à|que|do\sque|da\sque|del\sque|a|rispetto\sa)|(au|aux|al|ao|aos|rispetto\sa(?:l|lla|llo"
    r"|i|gli|lle)))(?=\s)|\s(qu)['’](?=\w))"
)
_ROMANCE_AFTER = re.compile(rf"{_PERCENT}\s(?:a\s)?(?:({_MORE})|({_LESS}))(?!\w){_THAN}?")
# ... before the percentage only with its base word after it ("supérieures de 33% à leur
# niveau"); "superior en 12,5% respecto al" keeps its row ("higher by", round 13)
_ROMANCE_BEFORE = re.compile(
    rf"\b(?:({_MORE})|({_LESS}))\s(?:de|en|em|del|di)\s(?:un\s|uno\s)?{_PERCENT}{_THAN}"
)


def _compared(m: re.Match[str], percent: int) -> str:
    """ "8% higher than (the)" for a comparative match (``_ROMANCE_AFTER``: the percentage is
    group 1, ``_ROMANCE_BEFORE``: group 3; the comparative and the base word around it)."""
    more = m.group(2 if percent == 1 else 1) is not None
    than, than_the, elided = m.group(4), m.group(5), m.group(6)
    base = " than the" if than_the else " than " if elided else " than" if than else ""
    return f"{m.group(percent)} {'higher' if more else 'lower'}{base}"


def base_percent(text: str, lang: str) -> str:
    """``text`` (one sentence of a ``lang`` page, before its words are glossed) with each
    percentage-of-base phrase in English; other text unchanged."""
    if "%" not in text:
        return text
    if lang == "ru":
        text = _RUSSIAN_YEAR.sub(r"\1 of the level of \2", text)
        return _RUSSIAN_LAST.sub(r"\1 of the level of last year", text)
    if lang == "uz":
        text = _UZBEK_YEAR.sub(r"\2 of the level of \1", text)
        return _UZBEK_LAST.sub(r"\1 of the level of last year", text)
    if lang in ("es", "pt", "fr", "it"):
        text = _ROMANCE_BEFORE.sub(lambda m: _compared(m, 3), text)
        return _ROMANCE_AFTER.sub(lambda m: _compared(m, 1), text)
    return text
