"""Serbian, Croatian, Bosnian and Montenegrin pages in Latin script read through the English
rules: their side of :mod:`pipeline.extract.foreign` (one language code, ``sh``: the four write
trade figures with the same words, ekavian "razmena" and ijekavian "razmjena" both rows).

Trade news of the Western Balkans (RZS and DZS releases, Blic, Danas, Večernji list, Klix, Vijesti)
writes "robna razmena dostigla je 3,6 milijardi evra", "izvoz Srbije u Mađarsku porastao je za 12
odsto", "u 2031. godini", "u prvih devet meseci 2031. godine", "prošle godine". The phrase rows
(``sh`` rows of ``lexicon/foreign_words.csv``) carry the words, each case form of a country its
own row ("Mađarska", "Mađarske", "Mađarskoj", "Mađarsku", "Mađarskom"); what depends on the next
word is done here, around them:

- Before the gloss (:func:`prepare`): the year's ordinal point and noun after a year ("2031.
  godine", "u 2031. godini": English writes the bare year); "za" before a number is the size of a
  change ("porastao za 12 odsto": by), "na" before a number its end ("pao na 3 milijarde": to),
  "do" before a year a deadline ("do 2031.": by); the auxiliaries "je"/"su" and the reflexive "se"
  ("izvoz je porastao", "razmena se uvećala") dropped, as English writes none; "milijardu"
  with no number before it one billion ("premašila milijardu eura").
- After the gloss (:func:`reorder`): "u" (in) after an export is its destination ("exports
  Serbia in Hungary": "u" with the accusative), an owner after its flow put before it ("Serbia's
  exports to Hungary"), a pair after its trade ("trade Serbia and Hungary": "trade between
  Serbia and Hungary"), "of" before the year of a part of one ("the first nine months of 2031"),
  and no "by" before a percent "more than" ("za 14,5% više nego": "14.5% more than"); a
  destination before a passive export ("u Srbiju je izvezeno": "exported to Serbia") and a
  month range ("od siječnja do studenog": "from January to November").

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re

from pipeline.extract.period_words import ENGLISH_MONTHS
from pipeline.extract.polish import owner_first

# "2031. godine" / "u 2031. godini" / "2031. god." / "2031." : the bare year
_YEAR_NOUN = re.compile(
    r"(?<![\d.,])(\d{4})(?:\.|(?= god))(?: (?:godine|godini|godinu|godina|god\.))?"
)
_NUMBER = r"(?=[-+−]?\d)"
_BY = re.compile(r"(?<!\w)za " + _NUMBER)
_TO = re.compile(r"(?<!\w)na " + _NUMBER)
_DEADLINE = re.compile(r"(?<!\w)do (?=\d{4}\b)")
# "premašila milijardu eura" (exceeded a billion euros): "milijardu" (accusative singular) with
# no number before it is one billion
_ONE_BILLION = re.compile(r"(?<![\d.,] )(?<!\d)\b(?:jednu )?(?=milijard[ua]\b)")
_AUXILIARY = re.compile(r"(?<!\w)(?:je|su|se) (?=\w)")
_EXPORTS_IN = re.compile(
    r"\b((?:exports|exported)(?: from)?(?: (?:and )?[A-Z][\w-]+){0,4}) in (?=[A-Z])"
)
_PART_YEAR = re.compile(r"\b(months|quarter|half) (?:of the |in )?(?=\d{4}\b)")
# a pair after its trade ("razmena Srbije i Kine", the trade of both): "trade between X and Y";
# an owner after "foreign trade" before its partner: "X's foreign trade with Y"
_NAME = r"[A-Z][\w-]+(?: (?:and )?[A-Z][\w-]+)?"  # ("Bosnia and Herzegovina")
_PAIR_AFTER = re.compile(rf"\b((?:foreign )?trade) ({_NAME}) and (?=[A-Z])")
_FOREIGN_OWNER = re.compile(rf"\bforeign trade ({_NAME}) (?=(?:with|to|from) )")
# "u Srbiju je izvezeno 616 milijuna eura" (to Serbia was exported): the destination before
# the passive verb -> "exported to Serbia"
_IN_EXPORTED = re.compile(rf"\bin ({_NAME}) exported\b")
# "od siječnja do studenog" (from January to November), glossed word for word "of January by
# November": a month range
_OF_MONTH_BY = re.compile(rf"\bof ({ENGLISH_MONTHS}) (?:by|to) ({ENGLISH_MONTHS})\b")
# "za 14,5% više nego" (by 14.5% more than): English writes no "by" before "more than"
_BY_MORE = re.compile(r"\bby ((?:\d[\d.,]*\d|\d) ?(?:%|percent)) (?=(?:more|less) than\b)")


def prepare(text: str) -> str:
    """``text`` (numbers already English) with the year noun dropped, "za"/"na"/"do" before a
    number or a year and the auxiliaries written as English reads them (see the module doc)."""
    if "." in text or " god" in text:
        text = _YEAR_NOUN.sub(r"\1", text)
    if "za " in text:
        text = _BY.sub("by ", text)
    if "na " in text:
        text = _TO.sub("to ", text)
    if "do " in text:
        text = _DEADLINE.sub("by ", text)
    if "milijard" in text:
        text = _ONE_BILLION.sub("1 ", text)
    return _AUXILIARY.sub("", text)


def reorder(text: str) -> str:
    """Glossed ``text`` with an export's destination after "to", its owner before it, and a
    part's year after "of"."""
    if " in " in text:
        text = _IN_EXPORTED.sub(r"exported to \1", _EXPORTS_IN.sub(r"\1 to ", text))
    if "of " in text:
        text = _OF_MONTH_BY.sub(r"from \1 to \2", text)
    if "by " in text:
        text = _BY_MORE.sub(r"\1 ", text)
    if "trade " in text:
        text = _PAIR_AFTER.sub(r"\1 between \2 and ", text)
        text = _FOREIGN_OWNER.sub(r"\1's foreign trade ", text)
    return _PART_YEAR.sub(r"\1 of ", owner_first(text))
