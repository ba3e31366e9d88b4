"""Albanian pages read through the English rules: the Albanian side of
:mod:`pipeline.extract.foreign` (round 59, batch jg).

Albanian (Albania, Kosovo, North Macedonia's Albanian press) declines its nouns with a definite
article written onto them and a case ending: "eksport" (export), "eksportet" (the exports),
"eksporteve" (of the exports); a country's name "Shqipëri" (Albania), "Shqipëria" (the
nominative with article), "Shqipërisë" (genitive, dative, ablative), "Shqipërinë" (accusative);
a genitive follows its noun after a joining article ("eksportet e Shqipërisë", the exports of
Albania). The phrase rows (``sq`` rows of ``lexicon/foreign_words.csv``) carry the words; the
grammar gives the rest here:

- :func:`name_forms`: every case of every country name iso-codes and the CLDR give (their
  indefinite nominative "Gjermani", "Kosovë", "Egjipt") and the rows' ("Kosova"), each also after
  a joining article ("e Gjermanisë", "të Kosovës": of Germany, of Kosovo);
- :func:`grammar_rows`: every definite form of the flow nouns ("eksporti", "eksportet",
  "eksportit", "eksporteve", "tregtia", "tregtisë"), the months' definite forms ("korriku",
  "korrikun", "korrikut": July), the demonyms in gender and number ("shqiptar", "shqiptare",
  "shqiptarë", "shqiptarët"), and the verbs in the tenses pages write (aorist "u rrit", "u
  rritën"; perfect "është rritur", "janë rritur", "ka rënë", "kanë rënë");
- :func:`prepare` (before the gloss): "me" before a number is the size of a change ("u rritën
  me 36.9 për qind": by), "në" before an amount after a verb of change its end ("ka rënë në
  rreth 19 milionë": fell to), or after the change's percent ("me 4 për qind në 210 milionë"), "nga" before a number after a word its base ("692 milionë lekë nga 492": compared with 492); a year's case suffix is
  dropped ("të 2016-s": of 2016), "të"/"e" (and "të vitit") before a year is "of", "më" "in" ("më 2021"); "11-mujori"
  is eleven months;
- :func:`reorder` (after it): "in"/"with"/"towards" after a sale or export is its destination
  ("shitjet ... në Serbi": sales to Serbia).

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re

from pipeline.extract.period_words import ENGLISH_MONTHS

_NUMBER = r"(?=[-+−]?\d)"
_BY = re.compile(r"(?<![\w-])me " + _NUMBER)
_TO = re.compile(
    r"(?<![\w-])((?:zbriti|zbritën|u rrit|u rritën|u ul|u ulën|ra|ranë|rënë|rritur|ulur"
    r"|zvogëluar|shtuar|zmadhuar|pakësuar) )në "
    r"(?=(?:rreth |afro |mbi |gati |përafërsisht |pothuajse )?[-+−]?\d)"
)
# "të 2016" (of 2016), "më 2021" (in 2021): the joining article and "më" (in) before a year
_OF_YEAR = re.compile(r"(?<![\w-])(?:të|e) (?:vitit )?(?=(?:19|20)\d\d\b)")
_IN_YEAR = re.compile(r"(?<![\w-])[mM]ë (?=\d{4}\b)")
# "nga" before a number after an amount is its base ("692 milionë lekë nga 492": compared with)
# "në" after a change's percent before an amount: its end ("ranë me 4 për qind në 210 milionë")
_PERCENT_TO = re.compile(
    r"((?:për qind|përqind|%)) në (?=(?:rreth |afro )?\d[\d.,]*\s?(?:milion|miliard|mijë|mld|mln))"
)
_FROM = re.compile(r"(?<=[\w%]) nga " + _NUMBER)
# "2016-s", "2021-in", "2017-ës": a year's case suffix
_YEAR_SUFFIX = re.compile(r"(?<!\d)((?:19|20)\d\d)-(?:s|n|ës|ën|a|ta|in|it|ës)(?!\w)")
# "11-mujorit", "6-mujori", "9-mujor": a span of months
_MONTHS_SPAN = re.compile(r"(?<!\d)(\d{1,2})-mujor(?:i|in|it|ë|ët|ës)?(?!\w)")


def prepare(text: str) -> str:
    """Albanian ``text`` (numbers already English) with "me"/"në"/"nga" before a number, a
    year's case suffix and "N-mujori" written as English reads them (module doc)."""
    if "me " in text:
        text = _BY.sub("by ", text)
    if "në " in text:
        text = _PERCENT_TO.sub(r"\1 to ", _TO.sub(r"\1to ", text))
    if "nga " in text:
        text = _FROM.sub(" compared with ", text)
    if "-" in text:
        text = _YEAR_SUFFIX.sub(r"\1", text)
        text = _MONTHS_SPAN.sub(r"the \1 months of", text)
    if "ë " in text or "e " in text:
        text = _IN_YEAR.sub("in ", _OF_YEAR.sub("of ", text))
    return text


# a sale or export (glossed) and up to three words, then "in"/"with"/"towards" before a name
# that is no month: the destination
_FLOW_IN = re.compile(
    r"\b((?:exports?|exported|sales|sold)(?: [\w.,%$€-]+){0,3}?) (?:in|with|towards) "
    rf"(?=(?!(?:{ENGLISH_MONTHS})\b)[A-Z])"
)


def reorder(text: str) -> str:
    """Glossed ``text`` with a sale's or export's "in"/"with" read as its destination."""
    if "export" in text or "sale" in text or "sold" in text:
        text = _FLOW_IN.sub(r"\1 to ", text)
    return text


# A noun (indefinite form, plural indefinite, English) and its gender: masculine "eksport" ->
# "eksporti", "eksportin", "eksportit"; plural "eksportet", "eksporteve"; feminine "tregti" ->
# "tregtia", "tregtinë", "tregtisë"
_MASCULINE = (
    ("eksport", "eksporte", "exports"),
    ("import", "importe", "imports"),
    ("investim", "investime", "investments"),
    ("deficit", "deficite", "deficit"),
    ("suficit", "suficite", "surplus"),
    ("bilanc", "bilance", "balance"),
    ("partner", "partnerë", "partner"),
    ("vëllim", "vëllime", "volume"),
    ("shkëmbim", "shkëmbime", "exchange"),
    ("qarkullim", "qarkullime", "turnover"),
)
_FEMININE = (
    ("tregti", "trade"),
    ("rritje", "increase"),
    ("rënie", "decrease"),
    ("shitje", "sales"),
    ("blerje", "purchases"),
    ("vlerë", "value"),
    ("periudhë", "period"),
)


def _masculine(noun: str, plural: str) -> list[tuple[str, str]]:
    soft = noun[-1:] in "kgh"
    singular = [noun + e for e in (("u", "un", "ut") if soft else ("i", "in", "it"))]
    definite_plural = plural.removesuffix("ë") + "t"
    return [
        *((f, "s") for f in singular),
        (plural, "p"),
        (definite_plural, "p"),
        (plural.removesuffix("ë") + "ve", "p"),
    ]


def _feminine(noun: str) -> list[str]:
    if noun.endswith("ë"):
        stem = noun[:-1]
        return [noun, stem + "a", stem + "ën", stem + "ës", stem + "at", stem + "ave"]
    if noun.endswith("i"):
        return [noun, noun + "a", noun + "në", noun + "së", noun + "të", noun + "ve"]
    # "rritje", "shitje", "rënie": "rritja", "rritjen", "rritjes", "rritjet", "rritjeve"
    stem = noun[:-1]
    return [noun, stem + "ja" if noun.endswith("je") else noun + "a"] + [
        noun + e for e in ("n", "s", "t", "ve")
    ]


_DEMONYMS = (
    ("shqiptar", "Albanian"),
    ("kosovar", "Kosovar"),
    ("serb", "Serbian"),
    ("gjerman", "German"),
    ("kinez", "Chinese"),
    ("turk", "Turkish"),
    ("italian", "Italian"),
    ("grek", "Greek"),
    ("amerikan", "American"),
    ("rus", "Russian"),
    ("maqedonas", "Macedonian"),
    ("malazez", "Montenegrin"),
    ("kroat", "Croatian"),
    ("bullgar", "Bulgarian"),
    ("francez", "French"),
    ("britanik", "British"),
    ("austriak", "Austrian"),
    ("zviceran", "Swiss"),
    ("hungarez", "Hungarian"),
    ("polak", "Polish"),
    ("japonez", "Japanese"),
    ("spanjoll", "Spanish"),
)
# (not the masculine definite "-i", "-in", "-it": "serbi", the Serb, is written as the country
# "Serbi", Serbia, far more often in trade news)
_DEMONYM_ENDINGS = ("", "e", "ë", "ët", "et", "eve", "ëve")

# Verbs: (past participle, aorist 3rd singular, aorist 3rd plural, English)
_VERBS = (
    ("rritur", "rrit", "rritën", "rose"),
    ("ulur", "ul", "ulën", "fell"),
    ("zvogëluar", "zvogëlua", "zvogëluan", "fell"),
    ("pakësuar", "pakësua", "pakësuan", "fell"),
    ("shtuar", "shtua", "shtuan", "rose"),
    ("zmadhuar", "zmadhua", "zmadhuan", "rose"),
    ("dyfishuar", "dyfishua", "dyfishuan", "doubled"),
    ("trefishuar", "trefishua", "trefishuan", "tripled"),
)
# active verbs: (participle, aorist 3sg, aorist 3pl, present 3sg, English)
_ACTIVE = (
    ("arritur", "arriti", "arritën", "arrin", "reached"),
    ("eksportuar", "eksportoi", "eksportuan", "eksporton", "exported"),
    ("importuar", "importoi", "importuan", "importon", "imported"),
    ("kaluar", "kaloi", "kaluan", "kalon", "exceeded"),
    ("tejkaluar", "tejkaloi", "tejkaluan", "tejkalon", "exceeded"),
    ("kapur", "kapi", "kapën", "kap", "reached"),
    ("shënuar", "shënoi", "shënuan", "shënon", "recorded"),
    ("regjistruar", "regjistroi", "regjistruan", "regjistron", "recorded"),
    ("rënë", "ra", "ranë", "bie", "fell"),
)
_MONTHS = ("janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator")
_MONTHS += ("tetor", "nëntor", "dhjetor")
_ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August")
_ENGLISH_MONTHS += ("September", "October", "November", "December")
_AUXILIARIES = ("është", "janë", "ka", "kanë", "kishte", "kishin", "ishte", "ishin", "u")


def grammar_rows() -> list[tuple[str, str]]:
    """(phrase, English) of the nouns', months', demonyms' and verbs' forms (module doc)."""
    rows: list[tuple[str, str]] = []
    for noun, plural, english in _MASCULINE:
        rows += [(form, english) for form, _ in _masculine(noun, plural)]
        rows.append((noun, english))
    for noun, english in _FEMININE:
        rows += [(form, english) for form in _feminine(noun)]
    for month, english in zip(_MONTHS, _ENGLISH_MONTHS, strict=True):
        ends = ("u", "un", "ut") if month[-1] in "kgh" else ("i", "in", "it")
        rows += [(month + e, english) for e in ends]
    for stem, english in _DEMONYMS:
        rows += [(stem + e, english) for e in _DEMONYM_ENDINGS]
    for participle, aorist, aorist_plural, english in _VERBS:
        rows += [(f"u {aorist}", english), (f"u {aorist_plural}", english)]
        rows += [(f"{aux} {participle}", english) for aux in _AUXILIARIES if aux != "u"]
        rows.append((participle, english))
    for participle, aorist, aorist_plural, present, english in _ACTIVE:
        rows += [(aorist, english), (aorist_plural, english), (present, english)]
        rows += [(f"{aux} {participle}", english) for aux in ("ka", "kanë", "kishte", "kishin")]
        rows.append((participle, english))
    return list(dict.fromkeys(rows))


def _cases(name: str) -> list[str]:
    """The definite (or, for a name written definite, indefinite) nominative, the genitive and
    the accusative of a name's nominative ("Kosovë" or "Kosova")."""
    if name.endswith("ë"):  # "Kosovë", "Kinë": "Kosova", "Kosovës", "Kosovën"
        stem = name[:-1]
        return [stem + "a", stem + "ës", stem + "ën"]
    if name.endswith("i"):  # "Gjermani", "Shqipëri": "Gjermania", "Gjermanisë", "Gjermaninë"
        return [name + "a", name + "së", name + "në"]
    if name.endswith("ia"):  # "Serbia" written definite: "Serbisë", "Serbinë", "Serbi"
        stem = name[:-1]
        return [stem, stem + "së", stem + "në"]
    if name.endswith("a"):  # "Kosova", "Kina": "Kosovës", "Kosovën", "Kosovë"
        stem = name[:-1]
        return [stem + "ë", stem + "ës", stem + "ën"]
    if name[-1:].isalpha():  # "Egjipt", "Irak": "Egjipti", "Egjiptit", "Egjiptin"
        soft = name[-1] in "kgh"
        return [name + e for e in (("u", "ut", "un") if soft else ("i", "it", "in"))]
    return []


def name_forms(names: dict[str, str], exact: dict[str, str]) -> list[tuple[str, str]]:
    """(form, English) of every case of each one-word country name (the reference's and the
    rows'), and each form and name after a joining article ("e Gjermanisë": of Germany)."""
    out: list[tuple[str, str]] = []
    rows = [*names.items(), *((n, e) for n, e in exact.items() if n[:1].isupper())]
    for name, english in rows:
        if " " in name or not english[:1].isupper():
            continue
        cases = _cases(name)
        out += [(form, english) for form in cases if form != name]
        if cases:  # the genitive after its joining article
            genitive = cases[1]
            out += [
                (f"{article} {genitive}", f"of {english}") for article in ("e", "i", "të", "së")
            ]
    return out
