"""Armenian pages read through the English rules: the Armenian side of :mod:`pipeline.extract.foreign`.

Armenian trade news (Armstat releases, news sites) writes "98,32 մլն ԱՄՆ դոլար", "աճել է 55%-ով"
(rose by 55%), "Հայաստանից Վրաստան արտահանումը" (exports from Armenia to Georgia), "Վրաստանի
հետ ... առևտրի շրջանառությունը" (trade turnover with Georgia). The phrase rows (``hy`` rows of
``lexicon/foreign_words.csv``) carry the words, a country's case forms rows of their own ("-ի"
genitive, "-ից" from, "-ին" to, "-ում" in); what the order and the suffixes do is done here:

- Before the gloss (:func:`prepare`): the older spelling "եւ" as "և", the full stop "։" (or a
  colon typed for it) and the comma "՝" as English writes them; a case suffix on a percent
  ("55%-ով" -> "by 55%", with "about"/"more than" kept before it: "շուրջ 50%-ով" -> "by about
  50%"; "5%-ը" -> "5%"); the year's noun ("2031 թվականին", "2031 թ." -> "in 2031", "2031"); the
  postposition "հետ" (with) put before its noun ("Վրաստանի հետ" -> "հետ Վրաստանի").
- After the gloss (:func:`reorder`): "with Georgia's" -> "with Georgia"; a source and destination
  before their flow ("from Armenia Georgia exports" -> "exports from Armenia to Georgia").

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re

# the Armenian full stop "։" (often typed as a colon) and comma "՝": English punctuation
_STOP = re.compile(r"(?<!\d)[:։](?=\s|$)")
_PERCENT_BY = re.compile(r"(?:(շուրջ|մոտ|ավելի քան) )?(\d[\d.,]*\s?%)-ով")
_PERCENT_CASE = re.compile(r"(\d[\d.,]*\s?%)-(?:ը|ն|ի|ից|ում)(?!\w)")
_PERCENT_WORD_BY = re.compile(r"(?:(շուրջ|մոտ|ավելի քան) )?(\d[\d.,]*) տոկոսով")
_YEAR_IN = re.compile(r"\b(\d{4})(?: թվականին| թ\.-ին|-ին)(?!\w)")
_YEAR = re.compile(r"\b(\d{4})(?: թվականի| թ\.)(?!\w)")
# a named year's same period before the postposition of a comparison ("2030 թվականի նույն
# ժամանակահատվածի համեմատ", compared with the same period of 2030; "նկատմամբ", against; the
# synonyms "ժամանակաշրջանի", and "համապատասխան" (corresponding) for "նույն"); round 56
_YEAR_SAME_PERIOD = re.compile(
    r"\b(\d{4})(?: թվականի| թ\.)? (?:նույն|համապատասխան) (?:ժամանակահատվածի|ժամանակաշրջանի)"
    r" (?:համեմատ|նկատմամբ|համեմատությամբ)(?!\w)"
)
_WITH = re.compile(r"(?<!\w)(\w+ի) հետ(?!\w)")
_WITH_OWNER = re.compile(r"\bwith ([A-Z][\w-]*(?: [A-Z][\w-]*)?)'s\b")
_FROM_TO_FLOW = re.compile(
    r"\bfrom ([A-Z][\w-]*(?: [A-Z][\w-]*)?) ([A-Z][\w-]*(?: [A-Z][\w-]*)?) (exports|imports)\b"
)


# the first months of a year: "2031 թվականի 10 ամիսների ընթացքում" (during the 10 months of
# 2031), "2031 թ. առաջին 9 ամիսներին", "10 ամսում" (in 10 months), "... ամիսների տվյալներով"
# (by the data of ... months): "in the first N months (of 2031)" (round 57)
_FIRST_MONTHS = re.compile(
    r"(?:\b(\d{4})(?: թվականի| թ\.) )?(?:առաջին )?(\d{1,2}) "
    r"(ամիսների ընթացքում|ամիսներին|ամսում|ամիսների տվյալներով|ամսվա տվյալներով)(?!\w)"
)


def _first_months(m: re.Match[str]) -> str:
    year = f" of {m.group(1)}" if m.group(1) else ""
    lead = "according to data for" if m.group(3).endswith("տվյալներով") else "in"
    return f"{lead} the first {m.group(2)} months{year}"


def prepare(text: str) -> str:
    """Armenian ``text`` (numbers already English) with its suffixes and postpositions undone."""
    text = _STOP.sub(".", text.replace("եւ", "և").replace("՝", ","))
    if "%" in text:
        text = _PERCENT_CASE.sub(
            r"\1", _PERCENT_BY.sub(lambda m: _by(m.group(1), m.group(2)), text)
        )
    if "տոկոսով" in text:
        text = _PERCENT_WORD_BY.sub(lambda m: _by(m.group(1), m.group(2) + " տոկոս"), text)
    if "ժամանակ" in text:
        text = _YEAR_SAME_PERIOD.sub(r"compared with the same period of \1", text)
    if "ամ" in text:
        text = _FIRST_MONTHS.sub(_first_months, text)
    text = _YEAR.sub(r"\1", _YEAR_IN.sub(r"in \1", text))
    return _WITH.sub(r"հետ \1", text) if "հետ" in text else text


def _by(hedge: str | None, amount: str) -> str:
    return f"by {hedge} {amount}" if hedge else f"by {amount}"


# "X-ի և Y-ի միջև առևտուրը" (X's and Y's between trade): English writes the trade first
_PAIR_BETWEEN = re.compile(
    r"\b([A-Z][\w-]*(?: [A-Z][\w-]*)?)'s and ([A-Z][\w-]*(?: [A-Z][\w-]*)?)'s between "
    r"((?:foreign |bilateral |mutual )?(?:trade turnover|trade|turnover)(?: volume)?)\b"
)


def reorder(text: str) -> str:
    """Glossed ``text`` in English order (see the module doc)."""
    if "between" in text:
        text = _PAIR_BETWEEN.sub(r"\3 between \1 and \2", text)
    text = _WITH_OWNER.sub(r"with \1", text)
    return _FROM_TO_FLOW.sub(r"\3 from \1 to \2", text)
