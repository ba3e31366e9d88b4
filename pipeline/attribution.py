"""Who states a figure: countries and people named in a document, speakers and pronouns.

News attributes figures to a speaker ("according to the minister", "he noted", "China's customs
said"). We keep, per document, the people introduced with a country ("Prime Minister of
Kazakhstan Olzhas Bektenov", "Belarusian Prime Minister Alexander Turchin", "Olzhas Bektenov, the
Prime Minister of Kazakhstan") and the last person mentioned, so pronouns and roles ("him",
"the minister") resolve to a country. A sentence without attribution inherits the current
speaker, because articles attribute a paragraph once and then continue in reported speech.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from pipeline.lexicon import alternation, gazetteer, triggers

# Two capitalised words: enough to recognise the person again by name or surname.
_NAME = r"(?P<name>[A-Z][a-z’'-]+\s[A-Z][a-z’'-]+)"
# A person's name ends where lower-case text or punctuation starts ("... Jasur Rakhimov held").
_NAME_END = r"(?=\s[a-z]|[,.;:)]|$)"
# Title words between a demonym and a name: "Uzbek Minister of Investment, Industry and Trade".
_TITLE_TOKENS = r"[A-Z][\w’'-]*(?:\s?(?:[A-Z][\w’'-]*|of|and|the|for|to|in|on|,)){0,10}?"
_TITLES = (
    "President", "Vice President", "Prime Minister", "Deputy Prime Minister", "Minister",
    "Foreign Minister", "Trade Minister", "Economy Minister", "Deputy Minister", "Ambassador",
    "Chairman", "Deputy Chairman", "Head", "Speaker", "Governor", "Consul General", "Mayor",
)  # fmt: skip
_ROLE_WORDS = re.compile(
    r"^(?:he|she|him|her|they|them|the\s(?:minister|president|prime\sminister|premier|head|"
    r"chairman|ambassador|official|deputy|speaker|governor|leader|head\sof\sstate))\b",
    re.IGNORECASE,
)


@dataclass
class CountrySpan:
    start: int
    end: int
    iso3: str
    kind: str


def find_countries(text: str) -> list[CountrySpan]:
    """Country and bloc mentions with spans (the span excludes a leading "the")."""
    gaz = gazetteer()
    out = []
    for start, end, surface in gaz.find(text):
        mention = gaz.by_surface[surface]
        out.append(CountrySpan(start, end, mention.iso3, mention.kind))
    return out


@dataclass(frozen=True)
class _PersonPatterns:
    after_country: re.Pattern[str]
    after_demonym: re.Pattern[str]
    appositive: re.Pattern[str]


def _person_patterns() -> _PersonPatterns:
    gaz = gazetteer()
    names = alternation([s for s, m in gaz.by_surface.items() if m.kind in ("name", "alias")])
    demonyms = alternation([s for s, m in gaz.by_surface.items() if m.kind == "demonym"])
    titles = alternation(list(_TITLES))
    return _PersonPatterns(
        after_country=re.compile(rf"\bof\s(?:the\s)?(?P<c>{names})\s{_NAME}{_NAME_END}"),
        after_demonym=re.compile(rf"(?P<c>{demonyms})\s{_TITLE_TOKENS}\s{_NAME}{_NAME_END}"),
        appositive=re.compile(
            rf"{_NAME},\s(?:the\s)?(?:{titles})\b[^,.;]{{0,120}}?\bof\s(?:the\s)?(?P<c>{names})\b"
        ),
    )


_PATTERNS: _PersonPatterns | None = None


def _patterns() -> _PersonPatterns:
    global _PATTERNS
    if _PATTERNS is None:
        _PATTERNS = _person_patterns()
    return _PATTERNS


@dataclass
class SpeakerState:
    """Per-document memory: known people, the last one named, and the current speaker."""

    people: dict[str, str] = field(default_factory=dict)  # full name or surname -> iso3
    last_person: str | None = None
    speaker: str | None = None

    def learn_people(self, text: str) -> None:
        gaz = gazetteer()
        pats = _patterns()
        for pattern in (pats.after_demonym, pats.after_country, pats.appositive):
            for match in pattern.finditer(text):
                iso3 = gaz.by_surface[match.group("c")].iso3
                name = match.group("name")
                self.people.setdefault(name, iso3)
                self.people.setdefault(name.split()[-1], iso3)

    def person_in(self, text: str) -> str | None:
        """Country of the last known person named in ``text``."""
        best: tuple[int, str] | None = None
        for name, iso3 in self.people.items():
            for match in re.finditer(rf"\b{re.escape(name)}\b", text):
                if best is None or match.start() > best[0]:
                    best = (match.start(), iso3)
        return best[1] if best else None

    def track(self, text: str) -> None:
        """Remember the last person named in a sentence, for later pronouns."""
        last: tuple[int, str] | None = None
        for name in self.people:
            for match in re.finditer(rf"\b{re.escape(name)}\b", text):
                if last is None or match.start() > last[0]:
                    last = (match.start(), name)
        if last:
            self.last_person = last[1]

    def resolve(self, phrase: str) -> str | None:
        """Country of an attribution phrase: a country, a known person, or a pronoun/role."""
        countries = find_countries(phrase)
        if countries:
            return countries[0].iso3
        person = self.person_in(phrase)
        if person:
            return person
        if _ROLE_WORDS.search(phrase.strip(" ,«»“”\"'")) and self.last_person:
            return self.people.get(self.last_person)
        return None


def _phrases(value: str) -> str:
    return alternation([p for p, v in triggers("attribution").items() if v == value])


_ACCORDING = re.compile(rf"(?<!\w)(?:{_phrases('prefix')})\s(?P<x>[^,;:.]{{1,160}})", re.IGNORECASE)
_SUBJECT_VERB = re.compile(
    rf"(?:^|[,;:«»“”\"]\s?)(?P<x>[^,;:«»“”\"]{{1,120}}?)\s(?:{_phrases('verb')})(?!\w)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Attribution:
    iso3: str | None
    start: int
    end: int


@cache
def _cues() -> tuple[str, ...]:
    return tuple(triggers("attribution"))


def find_attribution(sentence: str, state: SpeakerState) -> Attribution | None:
    """The sentence's explicit attribution, resolved to a country where possible."""
    lowered = sentence.lower()
    if not any(cue in lowered for cue in _cues()):
        return None  # cheap substring test before the regexes
    match = _ACCORDING.search(sentence)
    if match:
        return Attribution(state.resolve(match.group("x")), match.start(), match.end())
    for match in _SUBJECT_VERB.finditer(sentence):
        phrase = match.group("x")
        iso3 = state.resolve(phrase)
        if iso3 or _ROLE_WORDS.search(phrase.strip()):
            return Attribution(iso3, match.start("x"), match.end())
    return None
