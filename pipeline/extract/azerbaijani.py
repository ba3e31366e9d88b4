"""Azerbaijani pages read through the English rules: its side of :mod:`pipeline.extract.foreign`.

Azerbaijani trade news (APA, Report, Azərtac, the State Statistics and Customs Committees) is
written much as Turkish is, with the suffixes written onto the word, no apostrophe: "2031-ci ildə
Azərbaycan ilə Gürcüstan arasında ticarət dövriyyəsi 12% artaraq 1,5 milyard dollara çatıb". The
phrase rows (``az`` rows of ``lexicon/foreign_words.csv``) carry the words, each case form of a
country its own row ("Gürcüstan", "Gürcüstanın", "Gürcüstana", "Gürcüstandan"); what depends on a
number is done here, around them:

- Before the gloss (:func:`prepare`): the year's ordinal suffix and noun ("2031-ci ildə" -> "in
  2031", "2031-ci ilin ilk 8 ayında" -> "in the first 8 months of 2031", "bu ilin yanvar-iyun
  aylarında" -> "in yanvar-iyun this year"; "2002-2018-ci illər arasında" -> "between 2002 and
  2018", "2023-cü ilə qədər" -> "by 2023"), "8 dəfədən çox" -> "more than 8 times", a case suffix on an
  amount's currency ("1,5 milyard dollara" -> "to 1.5 milyard dollar", "dolları", "dollarlıq"),
  an amount written in parts one number ("1 mlrd. 088 mln. 790,5 min" -> "1,088,790.5 min"), a
  count in words before a scale its digits ("bir milyard": 1 milyard), "X dollardan çox" "more
  than X dollar", "X dollara yaxınlaşıb" "reached nearly X dollar".
- After the gloss (:func:`reorder`): a change after its percent ("12% rose" -> "rose 12%"), a
  final verb put before its amount, the dative's "to" dropped ("to 1.5 billion dollars reached" -> "reached 1.5 billion
  dollars"), a partner written before "with" put after the trade ("Georgia with trade turnover"
  -> "trade turnover with Georgia"), and the Turkish orders (:func:`pipeline.extract.turkish.reorder`:
  "Azerbaijan with Georgia between trade" -> "trade between Azerbaijan and Georgia").

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re

from pipeline.extract import turkish

_NUM = r"\d[\d.,]*\d|\d"
_ORDINAL = r"-(?:ci|cı|cu|cü)"
_PART_OF_YEAR = re.compile(rf"\b(\d{{4}}){_ORDINAL} ilin ilk (\d{{1,2}}) ay(?:ında|ı|da)?(?!\w)")
# a month range: "yanvar-iyun aylarında" (in the months January-June), of this year or of a year
_MONTHS_IN = re.compile(
    rf"\b(?:([Bb]u|[Cc]ari) ilin |(\d{{4}}){_ORDINAL} ilin )?([a-zə]+-[a-zə]+) aylarında(?!\w)"
)
_YEAR_IN = re.compile(rf"\b(\d{{4}}){_ORDINAL} ildə(?!\w)")
# "2002-2018-ci illər arasında" (in the years between 2002 and 2018), "2023-cü ilə qədər" (until
# 2023: a deadline), "8 dəfədən çox" (more than 8 times), "3 dəfə" (3 times)
_YEARS_BETWEEN = re.compile(
    rf"\b(\d{{4}})-(\d{{4}}){_ORDINAL} ill[əe]r(?:in)?(?: (?:arasında|ərzində))?(?!\w)"
)
_UNTIL_YEAR = re.compile(rf"\b(\d{{4}}){_ORDINAL} ilə(?:dək| qədər)(?!\w)")
# the end of a month or a year as a span's bound (round 56): "2031-ci ilin sentyabr ayının sonuna
# qədər" (until the end of September 2031: the year to that month), "2030-cu ilin sonuna (qədər)"
# (by / as of the end of 2030: a stock's date), "ilin sonunda" (at the end of)
_AZ_MONTHS = "yanvar|fevral|mart|aprel|may|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr"
_END_OF = re.compile(
    rf"\b(?:(\d{{4}}){_ORDINAL} il(?:in)? )?(?:({_AZ_MONTHS}) ay(?:ının|ın) )?"
    r"sonun(a qədər|a dək|adək|a|da)(?!\w)",
    re.IGNORECASE,
)
_TIMES = re.compile(r"(?<![\w.,])(\d[\d.,]*) dəfə(dən çox)?(?!\w)")
_YEAR = re.compile(rf"\b(\d{{4}}){_ORDINAL}(?: il(?:in|i)?)?(?!\w)")
_AMOUNT = rf"(?<![\w.,])((?:{_NUM})(?: milyard| milyon)?(?: (?:{_NUM}))?) (milyard|milyon|min|mlrd\.?|mln\.?)"
_CURRENCY = r"(dollar|avro|manat|rubl)"
_DATIVE_AMOUNT = re.compile(rf"{_AMOUNT} {_CURRENCY}(?:y?a|y?ə)(?!\w)")
_CASED_AMOUNT = re.compile(rf"{_AMOUNT} {_CURRENCY}(?:ı|dan|dır|lıq|lik)(?!\w)")
_CHANGE_AFTER = re.compile(rf"\b((?:{_NUM}) ?(?:%|percent)) (rose|fell)\b")
_SCALE = r"(?:billion|million|thousand)"
_MONEY = rf"(?:{_NUM}) (?:{_SCALE} (?:{_NUM}) )?{_SCALE} (?:dollars|euros|manats)"
_VERB_AFTER = re.compile(rf"\b(?:to )?({_MONEY}) (reached|exceeded|amounted to|was|will reach)\b")
_WITH_FIRST = re.compile(
    r"\b([A-Z][\w-]*(?: [A-Z][\w-]*)?) with ((?:foreign |bilateral )?trade(?: turnover| volume)?)\b"
)


# a base before its postposition "ilə müqayisədə" (compared with): "2031-ci ilin eyni dövrü ilə
# müqayisədə" (compared with the same period of 2031), "2031-ci ilin ilk 5 ayı ilə müqayisədə",
# "ötən ilin yanvar-may ayları ilə müqayisədə"; English names the base after "compared with", so
# the base is no longer read as the figure's own period (round 53, hunt53 18)
_BASE = re.compile(
    rf"\b(?:(\d{{4}}){_ORDINAL}|([Öö]tən|[Kk]eçən)) ilin (eyni dövrü|müvafiq dövrü"
    rf"|ilk (\d{{1,2}}) ayı|([a-zə]+(?:-[a-zə]+)?) ay(?:ı|ları)) ilə müqayisədə(?!\w)"
)


def _base(m: re.Match[str]) -> str:
    year, last, part, first, months = m.groups()
    of = year or "last year"
    if first:
        return f"compared with the first {first} months of {of}"
    if months:
        return f"compared with {months} {of}"
    return f"compared with the same period of {of}"


def _months(m: re.Match[str]) -> str:
    this, year, months = m.groups()
    return f"in {months}" + (" this year" if this else f" {year}" if year else "")


def _end_of(m: re.Match[str]) -> str:
    year, month, case = m.groups()
    if not (year or month):
        return m[0]
    bound = "at" if case == "da" else "as of" if case == "a" else "through" if month else "by"
    when = " ".join(w for w in (month, year) if w)
    return f"{bound} the end of {when}" + ("" if year else ",")


# An amount written in its parts, each with its scale: "1 mlrd. 088 mln. 790,5 min dollar"
# (1,088,790,500 dollars), "502 mln. 726,7 min" (502,726,700): down to its thousands, which
# the compound amounts of the English rules do not read with a decimal; "3 milyard 362 milyon"
# is left to them (``compound``); round 59: read apart, only "1 billion" stayed
_BILLIONS = r"(?:mlrd\.?|milyard)"
_MILLIONS = r"(?:mln\.?|milyon)"
_THOUSANDS = r"min"
_PARTS = re.compile(
    rf"(?<![\w.,])(\d{{1,3}}(?:\.\d+)?) (?:(?P<b>{_BILLIONS}) (\d{{1,3}}) {_MILLIONS}"
    rf" (\d{{1,3}}(?:\.\d+)?) {_THOUSANDS}|{_MILLIONS} (\d{{1,3}}(?:\.\d+)?) {_THOUSANDS})"
    r"(?![\w])"
)


def _joined_parts(m: re.Match[str]) -> str:
    if m["b"]:
        value = float(m[1]) * 1e9 + int(m[3]) * 1e6 + float(m[4]) * 1e3
    else:
        value = float(m[1]) * 1e6 + float(m[5]) * 1e3
    thousands = f"{value / 1e3:,.3f}".rstrip("0").rstrip(".")
    return f"{thousands} min"  # (a scale word still: the currency's case is read after it)


# A count written as a word before a scale ("bir milyard dollara", "üç milyard dollardan çox"):
# its digits, so the amount rules below read it (round 59)
_COUNTS = {"bir": 1, "iki": 2, "üç": 3, "dörd": 4, "beş": 5, "altı": 6, "yeddi": 7}
_COUNTS |= {"səkkiz": 8, "doqquz": 9, "on": 10, "yüz": 100}
_COUNT_WORD = re.compile(
    rf"(?<!\w)({'|'.join(_COUNTS)})(?= (?:milyard|milyon|mlrd\.?|mln\.?)(?!\w))", re.IGNORECASE
)
# "X dollardan çox" (more than X dollars), "X dollardan artıq" (over X dollars)
# "X dollara yaxınlaşıb" (neared X dollars): reached nearly X dollars, the verb put first
_NEARED = re.compile(rf"{_AMOUNT} {_CURRENCY}(?:y?a|y?ə) yaxınlaş(?:ıb|dı|ır|mışdır)(?!\w)")
_MORE_THAN = re.compile(rf"{_AMOUNT} {_CURRENCY}dan (?:çox|artıq)(?!\w)")


def prepare(text: str) -> str:
    """``text`` (numbers already English) with the year's suffixes and an amount's case undone,
    an amount written in parts joined (see the module doc)."""
    if "mil" in text or "mlrd" in text or "mln" in text:
        text = _COUNT_WORD.sub(lambda m: str(_COUNTS[m[1].lower()]), text)
    if "mln" in text or "milyon" in text:
        text = _PARTS.sub(_joined_parts, text)
    if "dan " in text:
        text = _MORE_THAN.sub(r"more than \1 \2 \3", text)
    if "sonun" in text:
        text = _END_OF.sub(_end_of, text)
    if "müqayisədə" in text:
        text = _BASE.sub(_base, text)
    if "aylarında" in text:
        text = _MONTHS_IN.sub(_months, text)
    if "-c" in text:
        text = _UNTIL_YEAR.sub(r"by \1", _YEARS_BETWEEN.sub(r"between \1 and \2", text))
        text = _PART_OF_YEAR.sub(r"in the first \2 months of \1", text)
        text = _YEAR.sub(r"\1", _YEAR_IN.sub(r"in \1", text))
    if "dəfə" in text:
        text = _TIMES.sub(lambda m: f"{'more than ' if m[2] else ''}{m[1]} times", text)
    if "yaxınlaş" in text:  # "1 milyard dollara yaxınlaşıb": neared, a hedge on the amount
        text = _NEARED.sub(r"reached nearly \1 \2 \3", text)
    text = _DATIVE_AMOUNT.sub(r"to \1 \2 \3", text)
    return _CASED_AMOUNT.sub(r"\1 \2 \3", text)


def reorder(text: str) -> str:
    """A glossed Azerbaijani sentence in English word order (see the module doc)."""
    text = _CHANGE_AFTER.sub(r"\2 \1", text)
    text = _VERB_AFTER.sub(r"\2 \1", text)
    text = turkish.reorder(turkish.PAIR_FIRST.sub(r"\3 between \1 and \2", text))
    return _WITH_FIRST.sub(r"\2 with \1", text)
