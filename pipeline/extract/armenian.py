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
  postposition "հետ" (with) put before its noun ("Վրաստանի հետ" -> "հետ Վրաստանի"); the
  auxiliary before its participle put after it ("Ռուսաստան է արտահանել" -> "... արտահանել է");
  a count in words before a scale or "անգամ" ("երկու միլիարդ"); "N անգամ գերազանցում է" (is N
  times), "2031 թվականի ցուցանիշը" (the indicator of 2031); the first months of a year ("2031
  թվականի 10 ամիսների ընթացքում": in the first 10 months of 2031).
- Case forms (:func:`name_forms`) of every country name of the references: "-ը"/"-ն", "-ի",
  "-ից", "-ին", "-ում" ("Իտալիայից": from Italy; "ԱՄՆ-ից" after a hyphen).
- After the gloss (:func:`reorder`): "with Georgia's" -> "with Georgia"; a source and destination
  before their flow ("from Armenia Georgia exports" -> "exports from Armenia to Georgia", "towards
  Armenia exports"), a pair before "between" ("Russia's and Armenia's between trade turnover"),
  a bare destination before the verb ("Iran Russia exported" -> "Iran exported to Russia"), an
  ambassador's country before the place ("in Armenia Iran's ambassador").

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
    r"\bfrom ([A-Z][\w-]*(?: [A-Z][\w-]*)?) (?:towards )?([A-Z][\w-]*(?: [A-Z][\w-]*)?)"
    r" (exports|imports)\b"
)
# "դեպի Հայաստան արտահանումը" (towards Armenia exports): the destination before its flow
_TOWARDS_FLOW = re.compile(r"\btowards ([A-Z][\w-]*(?: [A-Z][\w-]*)?) (exports|imports)\b")
# the verb last, its destination in the bare form before it: "Իրանը Ռուսաստան է արտահանել"
# (Iran Russia has exported) -> "Iran exported to Russia"
_SUBJECT_PLACE_VERB = re.compile(
    r"(?<!from )(?<!to )\b([A-Z][\w-]*(?: [A-Z][\w-]*)?) ([A-Z][\w-]*(?: [A-Z][\w-]*)?) (exported|exports)\b"
)
# The auxiliary before its participle when a word before it is in focus ("Ռուսաստան է
# արտահանել", "10 մլրդ է կազմել"): put after it, as the rows write the verb ("արտահանել է")
_AUX_FIRST = re.compile(r"(?<!\w)(է|են|էր|էին) (\w+(?:ել|ալ))(?!\w)")
# a count in words before a scale or "անգամ" (times): "երկու միլիարդ", "երեք անգամ"
_COUNTS = {"մեկ": "1", "երկու": "2", "երեք": "3", "չորս": "4", "հինգ": "5", "վեց": "6"}
_COUNTS |= {"յոթ": "7", "ութ": "8", "ինը": "9", "տասը": "10", "տաս": "10", "կես": "0.5"}
_COUNT_SCALE = re.compile(
    rf"(?<!\w)(?<!ևս )({'|'.join(_COUNTS)}) (?=(?:միլիարդ|միլիոն|մլրդ|մլն|հազար|անգամ)(?!\w))"
)
# "N անգամ գերազանցում է X" (N times exceeds X): "is N times X", the multiple of the sentence's
# own period; "2031 թվականի ցուցանիշը" (the 2031 indicator) -> "the indicator of 2031", its base
_TIMES_EXCEEDS = re.compile(
    r"(?<![\w.,])(\d[\d.,]*) անգամ (?:գերազանցում|գերազանցել) (?:է|են)(?!\w)"
)
_YEAR_INDICATOR = re.compile(r"\b(\d{4})(?: թվականի| թ\.)? ցուցանիշ(?:ը|ն)?(?!\w)")
# "X-ում Y-ի դեսպան" (in X Y's ambassador): the ambassador's country first, as English writes it
_AMBASSADOR_IN = re.compile(
    r"\b(in [A-Z][\w-]*(?: [A-Z][\w-]*)?) ([A-Z][\w-]*(?: [A-Z][\w-]*)?'s) (ambassador|embassy)\b"
)
# A country's name in its cases: the rows spell a few; every name of the references gets them here
# (round 57): the definite article "-ը"/"-ն", genitive "-ի" ('s), ablative "-ից" (from), dative
# "-ին" (to), locative "-ում" (in), instrumental "-ով" (with); a name ending in a vowel takes "յ"
# before them ("Իտալիա" -> "Իտալիայի", "Իտալիան")
_NAME_CASES = (("ի", "{}'s"), ("ից", "from {}"), ("ին", "to {}"), ("ում", "in {}"))


def name_forms(names: dict[str, str], exact: dict[str, str]) -> list[tuple[str, str]]:
    """Every case form (above) of each country name of the references and capitalised rows."""
    out: list[tuple[str, str]] = []
    rows = [*names.items(), *((n, e) for n, e in exact.items() if n[:1].isupper())]
    for name, english in rows:
        if not english[:1].isupper() or english.endswith("'s") or " " in english.split(" ")[0]:
            continue
        if english.startswith(("from ", "to ", "in ", "with ")):
            continue
        if name.isupper():  # an abbreviation takes its case after a hyphen: "ՌԴ-ի", "ԱՄՆ-ից"
            out.extend((f"{name}-{suffix}", form.format(english)) for suffix, form in _NAME_CASES)
            continue
        vowel = name[-1:] in "աեէըիոօու"
        stem = name + ("յ" if vowel else "")
        out.append((name + ("ն" if vowel else "ը"), english))
        for suffix, form in _NAME_CASES:
            out.append((stem + suffix, form.format(english)))
    return out


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
    if "է" in text:
        text = _AUX_FIRST.sub(r"\2 \1", text)
    text = _COUNT_SCALE.sub(lambda m: _COUNTS[m.group(1)] + " ", text)
    if "անգամ" in text:
        text = _TIMES_EXCEEDS.sub(r"is \1 անգամ", text)
    if "ցուցանիշ" in text:
        text = _YEAR_INDICATOR.sub(r"the indicator of \1", text)
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
    text = _SUBJECT_PLACE_VERB.sub(r"\1 \3 to \2", text)
    if "ambassador" in text or "embassy" in text:
        text = _AMBASSADOR_IN.sub(r"\2 \3 \1", text)
    text = _FROM_TO_FLOW.sub(r"\3 from \1 to \2", text)
    return _TOWARDS_FLOW.sub(r"\2 to \1", text)
