"""Greek pages read through the English rules: the Greek side of :mod:`pipeline.extract.foreign`.

Greek news (ΑΠΕ-ΜΠΕ wire copy, Καθημερινή, Ναυτεμπορική, in.gr, regional sites) writes "οι
εξαγωγές της Ελλάδας προς την Τουρκία αυξήθηκαν κατά 12,5% το 2031, φθάνοντας τα 1,2 δισ. ευρώ"
(Greece's exports to Turkey rose by 12.5% in 2031, reaching 1.2 billion euros), and as often with
the verb first ("Κατά 12% ενισχύθηκαν οι ελληνικές εξαγωγές ...", which the English rules read as
well): the Greek script with its accents (dropped in capitals: "ΕΞΑΓΩΓΕΣ"), a noun's case in its
ending and its article ("η Τουρκία", "της Τουρκίας", "την Τουρκία"), prepositions fused with the
article ("στην", "στα"). The phrase rows (``el`` rows of ``lexicon/foreign_words.csv``, the CLDR's
Greek months, scales and currencies, iso-codes' and the CLDR's country names) carry the words; the
grammar is done here, for the whole paradigm of each construction:

- Accents (:func:`folded`): the text and every row are read without them, one letter for one
  ("Ελλάδας" as "Ελλαδας"), so a form whose accent moves in its cases ("Αίγυπτος", "Αιγύπτου";
  "Βέλγιο", "Βελγίου") or a capitalised headline without accents is one spelling.
- Rows grown from the grammar (:func:`adjective_forms`, :func:`name_forms`, :func:`month_rows`):
  a demonym adjective in every gender, number and case from its masculine row ("ελληνικός" ->
  "ελληνικές", "ελληνικών", "ελληνικής" ...: Greek); a country's genitive from its name (-α/-η ->
  -ας/-ης, -ος/-ο -> -ου, -ας -> -α, the plural's -ες/-α -> -ων; each word of "Βόρεια
  Μακεδονία" -> "Βόρειας Μακεδονίας"; the accusative of -ος, "την Αίγυπτο"), and "ελληνο-" compounds ("ελληνοτουρκικές": Greek-Turkish
  ); a month's accusative ("τον Μάρτιο") and its spoken forms ("Μάρτη", "Γενάρη").
- Before the gloss (:func:`prepare`, numbers already English): the year after its article ("το
  2031" in 2031, "του 2031" of 2031, "μέχρι/έως το 2031" by 2031, "από το 2031" since 2031,
  "έναντι του 2031"/"σε σχέση με το 2031" compared with 2031, "για το 2031" for 2031); an amount
  after "σε"/"στα"/"στις" (to), "από τα" (from), "κατά" (by) and a fused article before it ("τα
  1,2 δισ." as "1,2 δισ."); a count in words before a scale or "φορές" ("δύο δισ.": 2 billion);
  a scale's abbreviation point dropped ("δισ." as "δισ"); a change noun fronted before its
  recording verb ("Άνοδο 12% σημείωσαν οι εξαγωγές": rose by 12% ... the exports) or after it
  without "κατά" ("σημείωσαν αύξηση 12%"), a headline's "Άνοδος 12% των εξαγωγών" (rise of 12%
  in the exports); an aside between dashes that holds a number in brackets ("-συγκεκριμένα
  63,2%-": "(specifically by 63.2%)").
- After the gloss (:func:`reorder`): the verb-first order undone ("rose by 12% in 2031 the
  Greek exports to Turkey" and "by 12% rose the Greek exports" -> "the Greek exports to Turkey
  rose by 12% ..."); a flow subject's "να" verb as an aim ("trade with Greece to rise to X" ->
  "will rise": the subjunctive of a headline's wish); a destination after an export noun
  ("exports of Greece in China" -> "to China": "σε" is both "in" and "to"); "to to" once.

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re

__all__ = ["adjective_forms", "folded", "month_rows", "name_forms", "prepare", "reorder"]

_ACCENTS = str.maketrans("άέήίόύώΐΰΆΈΉΊΌΎΏ", "αεηιουωϊϋΑΕΗΙΟΥΩ")


def folded(text: str) -> str:
    """``text`` without Greek accents (tonos), one letter for one (module doc)."""
    return text.translate(_ACCENTS)


# A demonym adjective's endings (masculine nominative row "-ος" -> every gender, number, case)
_ADJECTIVE_ENDINGS = ("ος", "ου", "ο", "ε", "οι", "ων", "ους", "η", "ης", "ες", "α", "ή", "ής")


def adjective_forms(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Every form of each lower-case ``el`` demonym row written in the masculine "-ος"
    ("ελληνικος" -> "ελληνικες", "ελληνικων" ...: Greek), and its "ελληνο-" compound with Greek
    ("ελληνοτουρκικες": Greek-Turkish), unaccented as the table reads them."""
    out: list[tuple[str, str]] = []
    for phrase, english in rows:
        phrase = folded(phrase)
        if not (english[:1].isupper() and phrase.islower() and phrase.endswith("ος")):
            continue
        if " " in phrase:
            continue
        stem = phrase[:-2]
        for ending in _ADJECTIVE_ENDINGS:
            out.append((stem + ending, english))
        if english != "Greek" and stem.endswith(("ικ", "ακ")):
            for ending in _ADJECTIVE_ENDINGS:
                out.append(("ελληνο" + stem + ending, f"Greek-{english}"))
    return out


def _genitive(word: str) -> str | None:
    """The genitive singular of one word of a country's name (module doc), or ``None``."""
    if word.endswith(("α", "η")):
        return word + "ς"
    if word.endswith("ος"):
        return word[:-2] + "ου"
    if word.endswith("ο"):
        return word[:-1] + "ου"
    if word.endswith("ας"):
        return word[:-1]
    if word.endswith("ες"):  # "Ηνωμένες Πολιτείες" -> "Ηνωμένων Πολιτειών"
        return word[:-2] + "ων"
    return None


def _plural_genitive(word: str) -> str | None:
    if word.endswith("ες"):
        return word[:-2] + "ων"
    if word.endswith("α"):  # "Ηνωμένα Αραβικά Εμιράτα" -> "Ηνωμένων Αραβικών Εμιράτων"
        return word[:-1] + "ων"
    return None


def name_forms(names: dict[str, str], exact: dict[str, str]) -> list[tuple[str, str]]:
    """The genitive of each country name (the reference's and the capitalised rows'), unaccented:
    "Ελλαδα" -> "Ελλαδας", "Βορεια Μακεδονια" -> "Βορειας Μακεδονιας", "Αιγυπτος" -> "Αιγυπτου",
    "Ηνωμενες Πολιτειες" -> "Ηνωμενων Πολιτειων" (a name of one word that does not change, "Ιραν",
    is itself), and each in capitals, as a headline writes it ("ΑΙΓΥΠΤΟΥ")."""
    out: list[tuple[str, str]] = []
    rows = [*names.items(), *((n, e) for n, e in exact.items() if n[:1].isupper())]
    for name, english in rows:
        name = folded(name)
        words = name.split(" ")
        if len(words) > 3:
            continue
        plural = words[-1].endswith("ες") or (words[-1].endswith("α") and len(words) == 3)
        forms = []
        for word in words:
            form = _plural_genitive(word) if plural else _genitive(word)
            forms.append(form or word)
        genitive = " ".join(forms)
        if genitive != name:
            out.append((genitive, english))
        if name.endswith("ος"):  # the accusative of "-ος" ("την Αίγυπτο", "τον Λίβανο")
            out.append((name[:-1], english))
    # a headline in capitals writes every name so ("ΕΞΑΓΩΓΕΣ ΣΤΗΝ ΑΙΓΥΠΤΟ")
    out += [(form.upper(), english) for form, english in [*out, *rows] if len(form) > 3]
    return out


# Months: the CLDR gives the nominative and genitive; the accusative drops the nominative's "ς",
# and speech writes the older forms
_SPOKEN_MONTHS = {
    "January": ("Γενάρης", "Γενάρη"),
    "February": ("Φλεβάρης", "Φλεβάρη"),
    "March": ("Μάρτης", "Μάρτη"),
    "April": ("Απρίλης", "Απρίλη"),
    "May": ("Μάης", "Μάη"),
    "June": ("Ιούνης", "Ιούνη"),
    "July": ("Ιούλης", "Ιούλη"),
    "August": ("Αύγουστο",),
    "September": ("Σεπτέμβρης", "Σεπτέμβρη"),
    "October": ("Οκτώβρης", "Οκτώβρη"),
    "November": ("Νοέμβρης", "Νοέμβρη"),
    "December": ("Δεκέμβρης", "Δεκέμβρη"),
}


def month_rows(months: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each month's accusative ("Μαρτιο", from the CLDR's nominative "Μάρτιος") and spoken forms,
    unaccented."""
    out = [(folded(name[:-1]).lower(), e) for name, e in months if name.endswith("ς")]
    for english, forms in _SPOKEN_MONTHS.items():
        out.extend((folded(form).lower(), english) for form in forms)
    return out


_NUM = r"\d[\d,.]*\d|\d"
# a count in words before a scale or "φορές" (times)
_COUNTS = {"ενα": "1", "μια": "1", "μισο": "0.5", "δυο": "2", "δυο και μισο": "2.5"}
_COUNTS |= {"τρια": "3", "τρεις": "3", "τεσσερα": "4", "τεσσερις": "4", "πεντε": "5"}
_COUNTS |= {"εξι": "6", "επτα": "7", "εφτα": "7", "οκτω": "8", "οχτω": "8", "εννεα": "9"}
_COUNTS |= {"εννια": "9", "δεκα": "10", "εικοσι": "20", "τριαντα": "30", "σαραντα": "40"}
_COUNTS |= {"πενηντα": "50", "εκατο": "100"}
_COUNT = "|".join(sorted(_COUNTS, key=len, reverse=True))
_SCALE = r"(?:δισεκατομμυρι|εκατομμυρι|τρισεκατομμυρι|δισ\.?|δις|εκατ\.?|χιλιαδ|φορες)"
_COUNT_SCALE = re.compile(rf"(?<![^\W\d_])({_COUNT}) (?={_SCALE})", re.IGNORECASE)
# the year after its article or preposition
_YEAR_PHRASES = (
    (r"(?:μεχρι|εως|ως) (?:και )?(?:το|τα τελη του) ", "by "),
    (r"(?:απο|μετα) το ", "since "),
    (
        r"(?:εναντι|σε σχεση με|σε συγκριση με|συγκριτικα με|σε αντιθεση με) (?:το|του) ",
        "compared with ",
    ),
    (r"(?:για|εντος) (?:το|του) ", "for "),
    (r"(?:κατα|στο|μεσα στο|κατα τη διαρκεια του) (?:το )?", "in "),
    (r"του ", "of "),
    (r"το ", "in "),
)
_YEAR = re.compile(
    rf"(?<![^\W\d_])(?:{'|'.join(f'({p})' for p, _ in _YEAR_PHRASES)})(?=(?:19|20)\d\d(?!\d))",
    re.IGNORECASE,
)
# an amount after "σε" and its fused articles: to; "από τα": from
_TO_AMOUNT = re.compile(
    rf"(?<![^\W\d_])(?:σε|στα|στις|στους|στο|στον|στην|στη)"
    rf" (?=(?:περιπου |σχεδον |πανω απο |ανω (?:του|των) )?(?:{_NUM}) ?(?!\d)(?!(?:19|20)\d\d\b))",
    re.IGNORECASE,
)
_FROM_AMOUNT = re.compile(
    rf"(?<![^\W\d_])απο (?:τα|τις|τους|το|τον|την|τη) (?=(?:{_NUM}))", re.IGNORECASE
)
# "κατά" before a rate or amount: by (elsewhere, before an article, "during")
_BY_AMOUNT = re.compile(
    rf"(?<![^\W\d_])κατα (?=(?:περιπου |σχεδον |ανω (?:του|των) |πανω απο )?(?:{_NUM}))",
    re.IGNORECASE,
)
# an article before an amount ("φθάνοντας τα 737,3 εκατ.", "ξεπέρασαν τα 5 δισ."): dropped
_ARTICLE_AMOUNT = re.compile(
    rf"(?<![^\W\d_])(?<!ταξεως )(?<!ταξης )(?:τα|τις|τους|των|το|τον)"
    rf" (?=(?:{_NUM}) ?(?:{_SCALE}|%|τοις))",
    re.IGNORECASE,
)


# A change noun as the object of "σημείωσαν"/"κατέγραψαν" (recorded) put before it, the subject
# after: "Άνοδο 12% σημείωσαν οι εξαγωγές" (a rise of 12% recorded the exports) -> "rose by 12%
# ... the exports"; the verb after its object ("αύξηση κατά 12% κατέγραψε") dropped
_CHANGE_NOUNS = {"ανοδο": "rose", "ανοδος": "rose", "αυξηση": "rose", "αυξησεις": "rose"}
_CHANGE_NOUNS |= {"μειωση": "fell", "πτωση": "fell", "συρρικνωση": "fell", "υποχωρηση": "fell"}
_HEDGE = r"(?:(?:περιπου|σχεδον|ανω (?:του|των)|πανω απο|πανω απο το|κοντα στο|εως και) )"
_FRONTED_CHANGE = re.compile(
    rf"(?<![^\W\d_])({'|'.join(_CHANGE_NOUNS)}) (?:κατα )?(?={_HEDGE}?(?:{_NUM}) ?%)"
    rf"((?:[^.;:!?]|\.(?=\d)){{0,80}}?)(?<![^\W\d_])(?:σημειωσαν|σημειωσε|κατεγραψαν|κατεγραψε|παρουσιασαν"
    rf"|παρουσιασε|εμφανισαν|εμφανισε)(?![^\W\d_]) ?",
    re.IGNORECASE,
)
# the same noun with its rate after a recording verb, "κατά" left out ("σημείωσαν άνοδο 12%")
_RECORDED_CHANGE = re.compile(
    rf"(?<![^\W\d_])(?:σημειωσαν|σημειωσε|κατεγραψαν|κατεγραψε|παρουσιασαν|παρουσιασε)"
    rf" ({'|'.join(_CHANGE_NOUNS)}) (?:κατα )?(?={_HEDGE}?(?:{_NUM}) ?%)",
    re.IGNORECASE,
)
# a headline's change noun with its rate before what changed: "Άνοδος 12% των εξαγωγών" (rise
# 12% of the exports) -> "rise of 12% in the exports"
_NOUN_RATE_OF = re.compile(
    rf"(?<![^\W\d_])({'|'.join(_CHANGE_NOUNS)}) (?:κατα )?({_HEDGE}?(?:{_NUM}) ?%) (?:των|της|του) ",
    re.IGNORECASE,
)


# an aside between dashes that holds a number ("άνω του 60% -συγκεκριμένα 63,2%- σημείωσαν"):
# in brackets, as English writes it
_DASH_ASIDE = re.compile(r"(?<=\s)[-–—]\s?([^-–—()]{0,30}?\d[^-–—()]{0,12}?)\s?[-–—](?=\s)")

# its rate the change's own ("specifically by 63.2%")
_ASIDE_RATE = re.compile(rf"^(συγκεκριμενα|ειδικοτερα|ακριβως) (?={_NUM})", re.IGNORECASE)


def _aside(m: re.Match[str]) -> str:
    return "(" + _ASIDE_RATE.sub(r"\1 κατα ", m.group(1)) + ")"


def _fronted(m: re.Match[str]) -> str:
    return f"{_CHANGE_NOUNS[m.group(1).lower()]} by {m.group(2)}"


def _year(m: re.Match[str]) -> str:
    for i, (_, english) in enumerate(_YEAR_PHRASES, start=1):
        if m.group(i) is not None:
            return english
    return m.group(0)


# a scale's abbreviation point before its currency ("3,5 δισ. δολάρια"): dropped, as the rows
# write the abbreviation without it
_SCALE_POINT = re.compile(r"(?<=\d )(δισ|δισεκ|εκατ|εκατομ|τρισ|χιλ)\.(?= )", re.IGNORECASE)


def prepare(text: str) -> str:
    """Greek ``text`` (numbers already English) unaccented, with its years, amounts' prepositions
    and counts in words undone (see the module doc)."""
    text = _COUNT_SCALE.sub(lambda m: _COUNTS[m.group(1).lower()] + " ", folded(text))
    text = _SCALE_POINT.sub(r"\1", text)
    text = _YEAR.sub(_year, text)
    text = _DASH_ASIDE.sub(_aside, text)
    text = _FRONTED_CHANGE.sub(_fronted, text)
    text = _RECORDED_CHANGE.sub(lambda m: f"{_CHANGE_NOUNS[m.group(1).lower()]} by ", text)
    text = _NOUN_RATE_OF.sub(lambda m: f"{m.group(1)} of {m.group(2)} in ", text)
    text = _FROM_AMOUNT.sub("from ", text)
    text = _TO_AMOUNT.sub("to ", text)
    text = _BY_AMOUNT.sub("by ", text)
    return _ARTICLE_AMOUNT.sub("", text)


# "σε" is "in" and "to": after an export noun (and its owner), before a place, "to"
_EXPORTS_IN = re.compile(
    r"\b(exports?|sales|shipments)((?: of [A-Z][\w-]*(?: [A-Z][\w-]*)?)?) in (?=(?:the )?[A-Z])"
)


# "να" with a flow noun for its subject and no verb before it is a wish or an aim, as a headline's
# "X to rise" ("Οι εξαγωγές να φτάσουν τα 10 δισ.": exports to reach 10 billion): "will"
_FLOW_TO_VERB = re.compile(
    r"\b(trade|exports|imports|turnover|trade volume)\b((?: (?:with|of|to|from|between|and)"
    r"(?: the)? [A-Z][\w-]*(?: [A-Z][\w-]*)?)*) to (?=(?:rise|reach|increase|exceed|double)\b)"
)


# The verb first, its subject after it (Greek's common order, "Κατά 12% αυξήθηκαν οι εξαγωγές
# ...", "Αυξήθηκαν κατά 12% το 2031 οι εξαγωγές ..."): the flow subject put before its verb, as
# English writes it ("the exports ... rose by 12% in 2031"); a verb after a fronted rate too
_SUBJECT = (
    r"(?:the )?(?:[A-Z][\w-]*(?:'s)? )?(?:exports|imports|trade(?: turnover| volume)?|turnover)"
    r"(?: (?:to|from|with|of|between|and) (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)?)*"
)
_VERBS = (
    r"(?:rose|fell|grew|increased|decreased|shrank|doubled|tripled|reached|exceeded|amounted to)"
)
_VERB_FIRST = re.compile(
    rf"(?:^|(?<=^[\"«“'])|(?<=[:;] ))({_VERBS}(?: by)? [^,;%]{{0,30}}%(?: \([^)]{{0,40}}\))?)"
    rf"( in (?:\d{{4}}|the [a-z ]{{2,30}}? of (?:\d{{4}}|the current year))| in \d{{4}})? ?({_SUBJECT})"
)
_RATE_FIRST = re.compile(
    rf"(?:^|(?<=^[\"«“'])|(?<=[:;] ))(by [^,;%]{{0,30}}%) ({_VERBS}) ({_SUBJECT})"
)


def reorder(text: str) -> str:
    """Glossed ``text`` in English order (see the module doc)."""
    text = _RATE_FIRST.sub(r"\3 \2 \1", _VERB_FIRST.sub(r"\3 \1\2", text))
    if " to " in text:
        text = _FLOW_TO_VERB.sub(r"\1\2 will ", text)
    if " in " in text:
        text = _EXPORTS_IN.sub(r"\1\2 to ", text)
    # "ανήλθαν σε", "έφτασαν στα": the verb's own "to" and the amount's one
    return text.replace(" to to ", " to ")
