"""Which bodies are authorities for ``source_country`` (NOTES.md "source_country", "Sources").

A state body (a ministry, customs, a statistics office, an embassy, a central bank) states its
country's figures; lobbies, analysts, outlets and news agencies, international bodies (the IMF,
UN Comtrade), companies and parties state none (``unofficial_source`` in
vocabulary.csv). A page names a body once in full with an acronym ("the Central Agency for
Public Mobilization and Statistics (CAPMAS)") and then by the acronym alone; a body the text does
not give a country ("the State Customs Service") is the page's own country's, the one it names
first. Used by :mod:`pipeline.extract.attribution`.
"""

from __future__ import annotations

import re

from pipeline.extract.caseless import Caseless, literal_trie
from pipeline.extract.countries import CountrySpan
from pipeline.lexicon import alternation, gazetteer, vocabulary, vocabulary_groups

# Words of a state body or an official (an attribution naming one is a national authority).
INSTITUTION = re.compile(
    r"\b(?:minist\w*|customs|statistic\w*|agency|bureau|office|committee|government|cabinet|"
    r"department|administration|central bank|national bank|president|advis[eo]r|spokes\w*|"
    r"official)\b",
    re.IGNORECASE,
)
# A body, not just its data ("official data", "available statistics"): what an unnamed
# national body must name before it is taken to be the page's country's.
BODY_NOUN = re.compile(
    r"\b(?:minist\w*|customs|bureau|office|agency|committee|department|administration|bank|"
    r"government|service|cabinet|council|authority|institute|commission)\b",
    re.IGNORECASE,
)
# (the phrases as a prefix trie, with the lower-case twin: a match exactly where the flat
# alternation has one, ``literal_trie``, and only whether one exists is read; re tries each
# position once instead of once per phrase)
_UNOFFICIAL = Caseless(
    re.compile(
        r"(?<!\w)(?:" + literal_trie(vocabulary("unofficial_source")) + r")(?!\w)", re.IGNORECASE
    )
)
# National statistics, customs and trade bodies named without their country ("according to
# Destatis", "INSEE data", "GACC said"): vocabulary.csv ``national_body`` rows, names that belong
# to one country only (case-sensitive: "Istat", not "istat")
_NATIONAL_BODY_NAMES = {
    name: iso3 for iso3, names in vocabulary_groups("national_body").items() for name in names
}
_NATIONAL_BODY = re.compile(
    r"(?<![\w&])(?:" + alternation(list(_NATIONAL_BODY_NAMES)) + r")(?![\w&])"
)


def national_body(phrase: str) -> str | None:
    """The country of a national body ``phrase`` names by its own name ("Destatis" -> DEU)."""
    found = _NATIONAL_BODY.search(phrase)
    return _NATIONAL_BODY_NAMES[found.group(0)] if found else None


_INTERNATIONAL = re.compile(
    r"(?<!\w)(?:"
    + alternation(list(vocabulary_groups("unofficial_source")["international"]))
    + r")(?!\w)",
    re.IGNORECASE,
)
# A state body beside a lobby word wins ("the chamber, citing customs data").
_STATE_BODY = re.compile(
    r"\b(?:minist\w*|customs|statistic\w*|embass\w*|ambassador|government|central bank|"
    r"national bank|department|cabinet)\b",
    re.IGNORECASE,
)
STAT_NAME = re.compile(r"\b[A-Z][a-z]*[Ss]tat\b")  # statistics offices: TurkStat, Geostat, Armstat
_ACRONYM_IN_BRACKETS = re.compile(r"\([A-Z][A-Za-z]{1,9}\)")
# Capitalised words (with of/for/and/on/the between them) right before "(ACRONYM)".
_DEFINED_ACRONYM = re.compile(
    r"(?P<name>(?:[A-Z][\w’'-]*\s(?:(?:of|for|and|on|the|de|del)\s)*){1,10})"
    r"\((?P<acr>[A-Z][A-Za-z]{1,9})\)"
)


# Source cues that name no speaker: "figures released by the Bank of Uganda", "official data
# show", "Uzbek statistics show", and a page's "Source: Ministry of ..." line.
_BY_CUE = re.compile(
    r"\b(?:released|published|compiled|issued|provided|prepared)\sby\s(?P<by>[^,;:.]{1,100})",
    re.IGNORECASE,
)
_DATA_VERB = re.compile(
    r"\s(?:data|figures|statistics)\s(?:show|shows|showed|shown|indicate|indicates|indicated|"
    r"reveal|reveals|revealed)\b",
    re.IGNORECASE,
)
_SOURCE_LINE = re.compile(r"^\s*(?:Source|SOURCE|Sources)\s?:\s?(?P<x>[^\n]{2,120}?)\s*$")


def source_cue(sentence: str) -> tuple[int, str] | None:
    """(start, phrase) of a source named without a speech verb ("data released by the
    Ministry of Trade show", "official data showed"), else None. Substring tests first, and
    literal-led patterns only: "by" and "show" are common words."""
    low = sentence.lower()
    if "ed by " in low:
        match = _BY_CUE.search(sentence)
        if match:
            return match.start("by"), match.group("by")
    if " show" in low or " indicat" in low or " reveal" in low:
        match = _DATA_VERB.search(sentence)
        if match:
            head = sentence[: match.start()]
            start = max(max(head.rfind(c) for c in ',;:.“”"') + 1, len(head) - 100)
            phrase = head[start:].strip()
            if phrase:
                return match.start() - len(phrase), phrase
    return None


def source_line(text: str) -> str | None:
    """The body a page's "Source: ..." line names, else None."""
    if "ource" not in text and "OURCE" not in text:
        return None
    match = _SOURCE_LINE.match(text)
    return match.group("x") if match else None


# A header line that is only a state body's name, as an embassy's or ministry's own site opens
# ("EMBASSY OF THE REPUBLIC OF THE PHILIPPINES", "New Zealand Embassy Seoul, South Korea",
# "High Commission of India, Ottawa"): NOTES, a ministry's or embassy's own page states for
# its country, as when it is quoted
_OWN_SITE = re.compile(
    r"^\s*(?:(?:[Tt]he\s)?(?:Embassy|High\sCommission|Consulate(?:[\s-]General)?|Permanent\sMission"
    r"|Ministry\sof\s(?:Foreign|External)\sAffairs|Government)\s[Oo]f"
    r"|(?:[A-Z][\w-]*\s){1,3}(?:Embassy|High\sCommission|Consulate(?:[\s-]General)?)\b)"
    # ... then names only: capitalised words, "of", "in", "to", "at", "the", "and", commas
    r"(?:[\s,]+(?:of|in|to|at|the|and|[A-Z][\w'’.-]*))*[\s,]*$"
)


def own_site(texts: list[str]) -> str | None:
    """ISO3 of the state whose embassy, high commission, consulate, foreign ministry or
    government names itself in one of ``texts`` (a page's title and first lines: its header;
    ``_OWN_SITE``), else None."""
    for text in texts:
        line = text.title() if text.isupper() else text  # ("EMBASSY OF ...")
        if len(line) > 120 or not _OWN_SITE.match(line):
            continue
        named = _state_countries(line)
        if named:
            return named[0]
    return None


def names_body(appositive: str) -> bool:
    """Whether the appositive after a source names a body or an official ("according to Geostat,
    the National Statistics Office of Georgia"), not the clause the source reports ("according
    to X, the trade between A and B rose 5%": A is no source)."""
    return not any(ch.isdigit() for ch in appositive) and bool(
        BODY_NOUN.search(appositive) or INSTITUTION.search(appositive)
    )


def unofficial(phrase: str) -> bool:
    """Whether an attribution phrase names a lobby, analyst, outlet, international body or
    company ("the Association of Peruvian Exporters", "analysts", "Reuters", "the IMF") and no
    state body beside it (a ministry, customs ..., or a national body by name, ``national_body``).
    An international body's own statistics stay its own ("the IMF's
    Direction of Trade Statistics", "UN Comtrade statistics"): a statistics word is no state
    body beside one."""
    if not _UNOFFICIAL.search(phrase):
        return False
    bodies = _STATE_BODY.findall(phrase)
    if not bodies:
        # a state agency named by its own name beside the lobby ("the Korea International
        # Trade Association and KOTRA", "JETRO and the chamber"): the agency states it
        return national_body(phrase) is None
    return _INTERNATIONAL.search(phrase) is not None and all(
        b.lower().startswith("statistic") for b in bodies
    )


def _state_countries(text: str) -> list[str]:
    """ISO3 of the states ``text`` names, in order (capitals and blocs left out)."""
    gaz = gazetteer()
    found = []
    for _, _, surface in gaz.find(text):
        mention = gaz.by_surface[surface]
        if mention.kind != "capital" and mention.iso3 not in gaz.blocs:
            found.append(mention.iso3)
    return found


def defined_bodies(text: str) -> list[tuple[str, str | None]]:
    """(acronym, country) for each body ``text`` defines by an acronym in brackets: the country
    its name gives ("the Korea Customs Service (KCS)" → "KOR"), "" for a national body without
    one ("the Central Agency for Public Mobilization and Statistics (CAPMAS)"), None for a
    body that is no authority ("the Association of Peruvian Exporters (Adex)"). Names of
    neither kind ("Trade and Tourism (TNT)") are left out."""
    if not _ACRONYM_IN_BRACKETS.search(text):
        return []  # a literal-led test before the name pattern, which tries every position
    out: list[tuple[str, str | None]] = []
    for match in _DEFINED_ACRONYM.finditer(text):
        name, acronym = match.group("name"), match.group("acr")
        if unofficial(name):
            out.append((acronym, None))
        elif INSTITUTION.search(name):
            out.append((acronym, next(iter(_state_countries(name)), "")))
    return out


_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Za-z.'-]+(?:\s[A-Z][A-Za-z.'-]+){0,2})(?:,|\s[—–-]{1,2}\s|(?P<colon>:))"
)


def dateline_country(first_sentence: str) -> str | None:
    """Country of a dateline city that opens an article ("TASHKENT, April 22 (Trend) –",
    "KUALA LUMPUR: The ministry ..."; after a colon only a city in capitals: "Moscow: a
    view" is a heading)."""
    match = _DATELINE.match(first_sentence)
    if not match or (match.group("colon") and not match.group("city").isupper()):
        return None
    city = match.group("city").title()
    mention = gazetteer().by_surface.get(city)
    return mention.iso3 if mention and mention.kind == "capital" else None


def first_named(title: str | None, mentions: list[list[CountrySpan]]) -> str | None:
    """The state a page names first (its title, else its body; ``mentions`` per sentence): whose
    unnamed "Ministry of Trade" or "statistics office" the page most likely quotes, as pages
    name their own country first ("Egypt's trade with Sudan ...")."""
    titled = _state_countries(title or "")
    if titled:
        return titled[0]
    blocs = gazetteer().blocs
    for spans in mentions:
        for c in spans:
            if c.kind != "capital" and c.iso3 not in blocs:
                return c.iso3
    return None
