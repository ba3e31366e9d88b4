"""The speaker after its verb: ", said the Malaysian Ministry of Trade", "” said Minister Jane
Roe". News copy inverts "X said" after a quotation or a figure; ``attribution`` reads the
usual order first and this one when no "X said" resolves.
"""

from __future__ import annotations

import re
from typing import Protocol

from pipeline.extract.authority import unofficial
from pipeline.extract.caseless import substring_test
from pipeline.extract.countries import find_countries

# The verb opens a clause (after a comma or a closing quotation mark); the speaker is a run of
# capitalised words, with "of", "and", "for", "the" between them ("the Ministry of Trade and
# Industry"): lower-case text ends it (", said Jane Roe as she welcomed ...").
# A body may open in lower case when its country follows ("said the embassy of Belarus in
# Minsk", "reported the press service of the Ministry of Economy of Russia": the order glossed
# Russian, French and Spanish attributions take).
_VERB_SUBJECT = re.compile(
    r"(?:[,”\"»]\s?|[,.]”\s|\s[-–—]\s)(?:said|says|noted|added|stated|reported|reports|announced)\s"
    r"(?P<x>(?:the\s)?(?:[A-Z][\w’'()-]*|(?:press\sservice|embassy|ministry|customs\sservice|"
    r"customs|statistics\soffice|statistics\sagency|statistical\soffice)(?=\sof\s))"
    # ("said the Statistics Agency under the President of the Republic of Uzbekistan")
    r"(?:\s(?:(?:of|and|for|the|under)\s)*[A-Z(][\w’'()-]*){0,12})",
)
# (the verb may open after a dash that closes a quotation, as Russian and Polish copy writes it:
# "..., – сказал ...", "... - powiedział w czwartek w Katowicach rumuński prezydent")
# ... and an official named by a lower-case title with the country in the phrase, no article and
# no "of" (glossed Russian, Ukrainian, Polish ... put the country's genitive straight after the
# title: ", заявил посол России в Индонезии ..." -> ", said ambassador Russia in Indonesia ...";
# "сказал вице-премьер российского правительства" -> "said deputy prime minister Russian
# government"): up to three words before the title, the phrase to the clause's end
_TITLE_SUBJECT = re.compile(
    r"(?:[,”\"»]\s?|[,.]”\s|\s[-–—]\s)(?:said|says|noted|added|stated|reported|reports|announced)\s"
    # (up to six words before the title, none "with" or "to": "said on Thursday in Katowice
    # Romanian president", not "said at a meeting with ambassador ...")
    r"(?P<x>(?:(?!(?:with|to|and)\s)[\w’'-]+\s){0,6}?(?:minister|ambassador|envoy|diplomat|consul|head|chairman|"
    r"president|spokes\w+|representative|counsell?or|attach[ée])\b[^,;:.«»“”\"]{0,80})"
)
_INVERTED_CUE = substring_test(
    ("said ", "says ", "noted ", "added ", "stated ", "reported ", "reports ", "announced ")
)


class _People(Protocol):
    def person_in(self, text: str) -> str | None: ...


def inverted_speaker(sentence: str, people: _People) -> tuple[str | None, int, int] | None:
    """(country, start, end) of the first inverted speaker the phrase itself names: a country
    ("said the Malaysian Ministry of Trade"), a known person, or a source that is no authority
    (", said analysts at the bank": country None). An unnamed body or a bare title (", said the
    Ministry of Trade", "said Minister of Trade") is left to the paragraph's source."""
    if not _INVERTED_CUE(sentence):
        return None
    for match in _VERB_SUBJECT.finditer(sentence):
        phrase = match.group("x")
        named = [c for c in find_countries(phrase) if c.kind != "capital"]
        iso3 = named[0].iso3 if named else people.person_in(phrase)
        if iso3 or unofficial(phrase):
            return iso3, match.start("x"), match.end("x")
    for match in _TITLE_SUBJECT.finditer(sentence):
        named = [c for c in find_countries(match.group("x")) if c.kind != "capital"]
        if named:
            return named[0].iso3, match.start("x"), match.end("x")
    return None
