"""Polish pages read through the English rules: the Polish side of :mod:`pipeline.extract.foreign`.

Polish trade news (GUS releases, Rzeczpospolita, Parkiet, PAP) writes "51,7 mld zł", "11,4 mld
euro", "wzrósł o 12 proc. r/r", "eksport Polski do Ukrainy", "wymiana handlowa Polski z Ukrainą",
"w 2031 r.", "w I kwartale". The phrase rows (``pl`` rows of ``lexicon/foreign_words.csv``) carry
the words, each case form of a country its own row ("Ukraina", "Ukrainy", "Ukrainie", "Ukrainą");
what depends on the next word's case is done here, around them:

- Before the gloss (:func:`prepare`): the year's noun after a year ("w 2031 r.", "2031 roku":
  English writes the bare year) and "z"/"ze" before a name in the instrumental ("z Ukrainą", "ze
  Stanami Zjednoczonymi", "z Kazachstanem": with), whereas "z" before the genitive ("z Ukrainy",
  "z Chin") is "from", the row's own gloss; "o" before a number ("wzrósł w 2031 r. o 12 proc.":
  by), the adjective "polski" (Polish; the row "Polski" is the genitive, Poland) and a multiple
  in digits ("2,5-krotnie": 2.5 times).
- After the gloss (:func:`reorder`): an owner written after its flow ("exports Poland to
  Ukraine", "trade Poland with Ukraine") put before it ("Poland's exports to Ukraine"), and "of"
  before the year of a count of quarters or months ("the first three quarters of 2031").

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re

from pipeline.extract.russian_periods import same_period_rows

_YEAR_NOUN = re.compile(r"(?<=\b\d{4}) ?(?:r\.|roku|rok)(?!\w)")  # (also glued: "2011r.")
# "między Polską a Litwą" (between Poland and Lithuania): "a" joins the pair after "między"
_BETWEEN_A = re.compile(r"\b([Mm]iędzy\s[^\s,.;]+)\sa\s")
_UPPER = "A-ZĄĆĘŁŃÓŚŹŻ"
# instrumental endings: feminine "-ą", masculine "-em"/"-iem", plural "-ami"/"-mi"/"-ymi"
_WITH = re.compile(
    rf"\b([Zz]e?) (?=[{_UPPER}]\w*(?:ą|em|ami|mi)\b|[{_UPPER}]\w* [{_UPPER}]\w*(?:ą|ymi|imi)\b)"
)
# a multiple in digits, "wzrósł 2,5-krotnie" (grew 2.5-fold; its words "dwukrotnie" are rows):
# "2.5 times" (round 46)
_FOLD = re.compile(r"(?<=\d)\s?-?krotnie\b")
# "o" before a number is the size of a change ("wzrósł w 2031 r. o 12 proc."): "by"
_BY = re.compile(r"(?<!\w)o (?=[-+−]?\d)")
# "To" opening a sentence before an amount or its size ("To o 5 mld zł więcej niż rok wcześniej",
# "To około 200 mln zł więcej"): the copula Polish leaves out, a pronoun for the figure just
# stated ("This is 5 billion zloty more"; round 53)
_THIS_IS = re.compile(
    r"(^|[.!?:;]\s)([\"„“«]?)To (?=(?:o|około|ponad|prawie|blisko|niemal|aż|tylko|zaledwie)\s|[-+−]?\d"
    # ... or before the change it names ("To wzrost o 26,3 proc.", this is a rise of; round 58,
    # kresy jd11), the noun in any case a copula takes
    r"|(?:wzrost|wzrostu|spadek|spadku|przyrost|zwiększenie|zmniejszenie|zwyżka|zniżka|skok"
    r"|dwukrotny|trzykrotny|więcej|mniej)\b)"
)
# a source as the data the figures follow from (round 58, forsal jd12: "Z zestawienia Generalnej
# Administracji Celnej Chin (GACC), obejmującego 238 państw, wynika, że ..."): "Z X wynika
# (wynikało), że", "Jak wynika (wynikało) z X,", "..., wynika z X" -> "According to X," (the
# data noun, "danych", "raportu", "zestawienia", stays for the rows to gloss)
_FOLLOWS_FROM = re.compile(
    r"(^|[.!?:;]\s)(?:Z|Ze) (?P<src>[^.;!?]{3,200}?),? wynika(?:ło)?,? że "
    r"|(^|[.!?:;]\s)Jak wynika(?:ło)? ze? (?P<src2>[^.;!?,]{3,160}?), "
    r"|, (?:co )?wynika(?:ło)? ze? (?P<src3>(?:danych|raportu|zestawienia|statystyk|informacji"
    r"|analizy|analiz|szacunków|wyliczeń|komunikatu|badania|opracowania)\b[^.;!?,]{0,160})(?=[.;!?]|$)"
)


def _follows_from(m: re.Match[str]) -> str:
    if m["src"]:
        return f"{m[1]}According to {m['src']}, "
    if m["src2"]:
        return f"{m[3]}According to {m['src2']}, "
    return f", according to {m['src3']}"


# the year's noun before a year ("w porównaniu z pierwszymi trzema kwartałami roku 2019", "w
# roku 2008", "z rokiem 2019"): English writes the bare year (round 58, kresy jd11)
_NOUN_YEAR = re.compile(r"\b(?:roku|rokiem|rok) (?=(?:19|20)\d\d(?!\d))")
# the abbreviations of "bieżącego roku" (this year: "br.", "b.r.") and "ubiegłego roku" (last
# year: "ub.r.", "ub. r.", "ub. roku")
_THIS_YEAR_ABBR = re.compile(r"(?<!\w)(?:b\.\s?r\.|br\.)(?!\w)")
_LAST_YEAR_ABBR = re.compile(r"(?<!\w)ub\.\s?(?:r\.|roku\b)")
# "na" before a country's accusative in "-ę" ("wysłali na Ukrainę", "eksport na Litwę"): "to",
# not the row's "on" (round 53)
_ON_TO = re.compile(rf"\bna (?=[{_UPPER}]\w*ę\b)")
# the adjective "polski" (Polish) is written as the genitive "Polski" (Poland's) in lower case
_POLISH = re.compile(r"(?<!\w)polski(?!\w)")
# a count of quarters or months before its year: "the first three quarters 2031" -> "... of 2031"
_PART_YEAR = re.compile(r"\b(quarters|months) (?=\d{4}\b)")
_OWNER_AFTER = re.compile(
    r"\b(exports|imports|trade balance|trade turnover|trade) ([A-Z][\w-]+(?: [A-Z][\w-]+)?) "
    r"(?=(?:to|with|from) )"
)


def prepare(text: str) -> str:
    """Polish ``text`` (numbers already English) with its year nouns dropped and "z" before an
    instrumental written "with"."""
    if "r" in text:
        text = _YEAR_NOUN.sub("", text)
        text = _NOUN_YEAR.sub("", text)
        if "r." in text:
            text = _THIS_YEAR_ABBR.sub(
                "bieżącego roku", _LAST_YEAR_ABBR.sub("ubiegłego roku", text)
            )
    if "wynika" in text:
        text = _FOLLOWS_FROM.sub(_follows_from, text)
    text = _WITH.sub(lambda m: "With " if m.group(1)[0] == "Z" else "with ", text)
    if "na " in text:
        text = _ON_TO.sub("to ", text)
    if "To " in text:
        text = _THIS_IS.sub(r"\1\2This is ", text)
    if "o " in text:
        text = _BY.sub("by ", text)
    if "krotnie" in text:
        text = _FOLD.sub(" times", text)
    if "iędzy" in text:
        text = _BETWEEN_A.sub(r"\1 i ", text)
    return _POLISH.sub("Polish", text) if "polski" in text else text


def owner_first(text: str) -> str:
    """Glossed ``text`` with an owner written after its flow, before the partner's preposition
    ("exports Poland to China"), put before it ("Poland's exports to China"): Polish and Czech
    (:mod:`pipeline.extract.czech`) both write the owner's genitive after the flow."""
    return _OWNER_AFTER.sub(r"\2's \1 ", text)


def reorder(text: str) -> str:
    """Glossed ``text`` with an owner after its flow put before it."""
    return _PART_YEAR.sub(r"\1 of ", owner_first(text))


# "the same period" in every case of the singular (nominative-accusative, genitive, dative,
# instrumental, locative: Polish declension), alone and after a comparison's preposition in the
# case it governs ("w porównaniu z" the instrumental, "w stosunku do", "względem", "wobec" the
# genitive), or "niż w" (than in) before the locative: read as the Russian rows are
# (:func:`~pipeline.extract.russian_periods.same_period_rows`). Left unread, "wzrósł o 12% względem
# odpowiedniego okresu 2030 r." gave the change the base's year.
_SAME = (
    ("analogiczny", "analogicznego", "analogicznemu", "analogicznym", "analogicznym"),
    ("odpowiedni", "odpowiedniego", "odpowiedniemu", "odpowiednim", "odpowiednim"),
    ("ten sam", "tego samego", "temu samemu", "tym samym", "tym samym"),
    ("taki sam", "takiego samego", "takiemu samemu", "takim samym", "takim samym"),
    ("porównywalny", "porównywalnego", "porównywalnemu", "porównywalnym", "porównywalnym"),
    ("identyczny", "identycznego", "identycznemu", "identycznym", "identycznym"),
    ("tożsamy", "tożsamego", "tożsamemu", "tożsamym", "tożsamym"),
)
_PERIOD_CASES = ("okres", "okresu", "okresowi", "okresem", "okresie")
_COMPARED = {
    "w porównaniu z": 3,
    "w porównaniu ze": 3,
    "w porównaniu do": 1,
    "w stosunku do": 1,
    "w odniesieniu do": 1,
    "względem": 1,
}
# a comparison read only before "the same period" ("wobec" alone keeps its row, "against"; "od"
# after a comparative: "o 12% więcej od analogicznego okresu")
_COMPARED_BEFORE_SAME = {"wobec": 1, "od": 1}
_THAN = {"niż w": ("than in", 4), "niż we": ("than in", 4), "niż": ("than", 0)}


# a year named by its place relative to now (round 58, kresy jd11 "roku poprzedniego"): the
# adjective in each case a year noun takes (nominative "ubiegły rok", genitive "ubiegłego roku",
# locative "w ubiegłym roku", instrumental "z ubiegłym rokiem"), before or after it ("roku
# poprzedniego", "w roku ubiegłym", "rokiem bieżącym"): (nominative, genitive, locative and
# instrumental, English)
_RELATIVE_YEARS = (
    ("ubiegły", "ubiegłego", "ubiegłym", "last year"),
    ("zeszły", "zeszłego", "zeszłym", "last year"),
    ("poprzedni", "poprzedniego", "poprzednim", "the previous year"),
    ("bieżący", "bieżącego", "bieżącym", "this year"),
    ("obecny", "obecnego", "obecnym", "this year"),
    ("przyszły", "przyszłego", "przyszłym", "next year"),
)


def relative_year_rows() -> list[tuple[str, str]]:
    """(phrase, English) of every case and order of a relative year (above)."""
    rows = []
    for nom, gen, loc, english in _RELATIVE_YEARS:
        for adjective, noun in ((nom, "rok"), (gen, "roku"), (loc, "roku"), (loc, "rokiem")):
            rows += [(f"{adjective} {noun}", english), (f"{noun} {adjective}", english)]
        located = "in the previous year" if english == "the previous year" else english
        rows += [(f"w {loc} roku", located), (f"w roku {loc}", located)]
    return rows


def period_rows() -> list[tuple[str, str]]:
    """(phrase, English) of "the same period" in every case, alone and after a comparison (above:
    "względem odpowiedniego okresu" -> "compared with the same period of"), and of a relative
    year in every case (:func:`relative_year_rows`)."""
    same = same_period_rows(_SAME, _PERIOD_CASES, _COMPARED, _THAN, _COMPARED_BEFORE_SAME)
    return [*same, *relative_year_rows()]
