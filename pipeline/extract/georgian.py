"""Georgian pages read through the English rules: the Georgian side of
:mod:`pipeline.extract.foreign` (round 59, batch jg).

Georgian is written in its own script (Mkhedruli, told by ``page_language``) and glues its
postpositions onto the noun: "საქართველოს" (of Georgia), "თურქეთში" (in/to Turkey),
"აზერბაიჯანიდან" (from Azerbaijan), "ჩინეთთან" (with China); the verb comes last ("ექსპორტი 24
პროცენტით გაიზარდა", exports by 24 percent rose). Geostat and the press write "11 324.7 მლნ.
აშშ დოლარი", "2018 წლის იანვარ-ნოემბერში" (in January-November 2018). The phrase rows (``ka``
rows of ``lexicon/foreign_words.csv``) carry the words; the grammar gives the rest here:

- :func:`name_forms`: each country name of iso-codes and the CLDR in the cases pages write: the
  genitive "X-ის"/"X-ს" (X's), "-ში" (in X), "-დან"/"-იდან" (from X), "-თან"/"-სთან" (with X),
  "-ზე" (on X), "-ის მიმართ" left to the rows;
- :func:`grammar_rows`: the flow nouns and the currency in their cases ("ექსპორტი", "ექსპორტის",
  "ექსპორტმა", "ექსპორტზე"; "დოლარი", "დოლარს", "დოლარით"), the months with "-ში" (in January);
- :func:`prepare` (before the gloss): a thousands space ("11 324.7"), a year's noun ("2018 წლის": of 2018, "2018 წელს": in 2018),
  a month range with "-ში" ("იანვარ-ნოემბერში": in January-November), "N თვეში" (in N months);
- :func:`reorder` (after it): a verb after its amount or change put before it ("by 24 percent
  rose" -> "rose by 24 percent", "11,324.7 million US dollars amounted to" -> "amounted to ..."),
  an export's "-ში" its destination (exports to), "X and Y between" -> "between X and Y".

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re

_MONTHS = (
    ("იანვარ", "January"),
    ("თებერვალ", "February"),
    ("მარტ", "March"),
    ("აპრილ", "April"),
    ("მაის", "May"),
    ("ივნის", "June"),
    ("ივლის", "July"),
    ("აგვისტო", "August"),
    ("სექტემბერ", "September"),
    ("ოქტომბერ", "October"),
    ("ნოემბერ", "November"),
    ("დეკემბერ", "December"),
)
_MONTH = dict(_MONTHS)
_MONTH_STEM = "|".join(stem for stem, _ in _MONTHS)
# "2018 წლის იანვარ-ნოემბერში" (in January-November of 2018), "იანვარ-ნოემბერში"
_MONTH_RANGE = re.compile(
    rf"(?:(\d{{4}}) წლის )?({_MONTH_STEM})[ი]?[-–]({_MONTH_STEM})[ი]?(?:ის )?ში(?!\w)"
)
_YEAR_OF = re.compile(r"(?<!\d)(\d{4}) წლის(?!\w)")
_YEAR_IN = re.compile(r"(?<!\d)(\d{4}) წელს(?!\w)")
_MONTHS_IN = re.compile(r"(?<![\d.,])(\d{1,2}) თვეში(?!\w)")
# "24 პროცენტით", "24%-ით" (by 24 percent)
_PERCENT_BY = re.compile(r"(?<![\w.,])(\d[\d.,]*) ?(?:%-ით|პროცენტით)(?!\w)")


def _range(m: re.Match[str]) -> str:
    year = f" {m[1]}" if m[1] else ""
    return f"in {_MONTH[m[2]]}-{_MONTH[m[3]]}{year}"


# "11 324.7" (a thousands space before a decimal point, as Geostat writes): "11,324.7"
_SPACED_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3}) (\d{3})(?=[.,]\d|(?![\d.,]))")


def prepare(text: str) -> str:
    """Georgian ``text`` with its spaced thousands, years, month ranges, month counts and "by N
    percent" written as English reads them (module doc)."""
    if " " in text:
        text = _SPACED_THOUSANDS.sub(r"\1,\2", text)
    if "-" in text or "–" in text:
        text = _MONTH_RANGE.sub(_range, text)
    if "წ" in text:
        text = _YEAR_IN.sub(r"in \1", _YEAR_OF.sub(r"of \1", text))
    if "თვეში" in text:
        text = _MONTHS_IN.sub(r"in \1 months", text)
    if "ით" in text:
        text = _PERCENT_BY.sub(r"by \1 percent", text)
    return text


_VERBS = r"rose|fell|amounted to|reached|exceeded|doubled|totaled"
_AMOUNT = (
    r"(?:by )?[$€]?\d[\d.,]*(?: ?%| percent)?(?: (?:thousand|million|billion|trillion))?"
    r"(?: (?:US dollars|dollars|euros|lari|rubles))?"
)
_VERB_AFTER = re.compile(rf"(?<![\w.,])({_AMOUNT}) ((?:{_VERBS})\b)")


# "-ში" (in) after an export is its destination ("ექსპორტი თურქეთში": exports to Turkey); "X and
# Y between" (the postposition "შორის" after the pair): between X and Y
_EXPORTS_IN = re.compile(r"\b(exports) in (?=[A-Z])")
_PAIR_BETWEEN = re.compile(
    r"\b([A-Z][\w-]+(?: [A-Z][\w-]+)?) and ([A-Z][\w-]+(?: [A-Z][\w-]+)?) between\b"
)


def reorder(text: str) -> str:
    """Glossed ``text`` with a verb after its amount or change put before it, an export's "in"
    its destination and a pair before "between" after it (module doc)."""
    if " between" in text:
        text = _PAIR_BETWEEN.sub(r"between \1 and \2", text)
    if "exports in" in text:
        text = _EXPORTS_IN.sub(r"\1 to ", text)
    return _VERB_AFTER.sub(r"\2 \1", text)


_NOUNS = (
    ("ექსპორტ", "exports"),
    ("იმპორტ", "imports"),
    ("ბრუნვ", "turnover"),
    ("ვაჭრობ", "trade"),
    ("დოლარ", "dollars"),
    ("ინვესტიციებ", "investments"),
)
# a noun's cases after its stem: nominative, genitive, dative, ergative, instrumental, "-ზე"
_NOUN_ENDINGS = ("ი", "ის", "ს", "მა", "ით", "ზე", "ში", "იდან", "ა", "ამ", "ის", "ისა")


def grammar_rows() -> list[tuple[str, str]]:
    """(phrase, English) of the nouns in their cases and the months with "-ში" (module doc)."""
    rows = [(stem + e, english) for stem, english in _NOUNS for e in _NOUN_ENDINGS]
    rows += [("აშშ " + form, "US " + english) for form, english in rows if english == "dollars"]
    rows += [(f"{stem}ში", f"in {english}") for stem, english in _MONTHS]
    rows += [(f"{stem}ის", f"of {english}") for stem, english in _MONTHS]
    return list(dict.fromkeys(rows))


def _cases(name: str) -> list[tuple[str, str]]:
    """(suffixed form, English pattern with "{}" for the name) of a one-word name."""
    if name.endswith("ი"):  # "თურქეთი": "თურქეთის", "თურქეთში", "თურქეთიდან", "თურქეთთან"
        stem = name[:-1]
        return [
            (stem + "ის", "{}'s"),
            (stem + "ს", "{}"),
            (stem + "ში", "in {}"),
            (stem + "იდან", "from {}"),
            (stem + "თან", "with {}"),
            (stem + "ზე", "on {}"),
            (stem + "ისა", "{}"),
            (stem + "სა", "{}"),
        ]
    if name.endswith("ა"):  # "გერმანია": "გერმანიის", "გერმანიაში", "გერმანიიდან", "-სთან"
        stem = name[:-1]
        return [
            (stem + "ის", "{}'s"),
            (name + "ს", "{}"),
            (name + "ში", "in {}"),
            (stem + "იდან", "from {}"),
            (name + "სთან", "with {}"),
            (name + "ზე", "on {}"),
            (stem + "ისა", "{}"),
            (name + "სა", "{}"),
        ]
    if name[-1:] in "ოეუ":  # "საქართველო": "საქართველოს", "საქართველოში", "-დან", "-სთან"
        return [
            (name + "ს", "{}'s"),
            (name + "ში", "in {}"),
            (name + "დან", "from {}"),
            (name + "სთან", "with {}"),
            (name + "ზე", "on {}"),
            (name + "სა", "{}"),
        ]
    return []


def name_forms(names: dict[str, str], exact: dict[str, str]) -> list[tuple[str, str]]:
    """(form, English) of every one-word country name's cases (module doc)."""
    rows = [*names.items(), *((n, e) for n, e in exact.items())]
    out = []
    for name, english in rows:
        if " " in name or not english[:1].isupper():
            continue
        out += [(form, pattern.format(english)) for form, pattern in _cases(name)]
    return out
