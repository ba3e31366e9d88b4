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
from dataclasses import dataclass, field, replace

from pipeline.extract.authority import (
    BODY_NOUN,
    INSTITUTION,
    STAT_NAME,
    defined_bodies,
    names_body,
    national_body,
    own_site,
    source_cue,
    source_line,
    unofficial,
)
from pipeline.extract.caseless import Caseless, ascii_gate, literal_trie, substring_test
from pipeline.extract.countries import find_countries
from pipeline.extract.inverted import inverted_speaker
from pipeline.extract.roles import _role
from pipeline.lexicon import alternation, gazetteer, triggers, vocabulary, vocabulary_groups

# Two capitalised words: enough to recognise the person again by name or surname.
_UPPER, _LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ’'-"
# Words of titles and institutions are never part of a person's name.
_NOT_NAME = r"(?!(?:" + "|".join(vocabulary("not_name")) + r")\b)"
# A name's word may join a second capitalised part after a hyphen or apostrophe ("O'Neill").
_WORD = rf"[{_UPPER}][{_LOWER}]+(?:(?<=[-’'])[{_UPPER}][{_LOWER}]+)?"
# A courtesy title before the name is no part of it ("Mr Liu Guangyuan", "Dr. Ana Torres",
# "H.E. Mr. Ali Khan"): the name is the two words after it
_HONORIFIC = "|".join(vocabulary("honorific"))
_COURTESY = rf"(?:H\.\s?E\.\s)?(?:(?:{_HONORIFIC})\.?\s)?"
_NOT_NAME = rf"(?!(?:{_HONORIFIC})\b){_NOT_NAME}"
_COURTESY_BEFORE = re.compile(rf"(?<=,\s)(?=\S){_COURTESY}$")
# (a middle initial between the parts is no part of the key: "Furqat A. Sidikov")
_NAME = (
    rf"{_COURTESY}(?P<name>{_NOT_NAME}{_WORD}(?:\s[{_UPPER}]\.)?\s{_NOT_NAME}{_WORD}"
    rf"(?:\s{_NOT_NAME}{_WORD})?)"
)
# ``_NAME`` without the title-word exclusions: a cheap test that a name may be present.
_TWO_CAPITALISED = re.compile(rf"[{_UPPER}][{_LOWER}]+\s[{_UPPER}][{_LOWER}]+")
# A person's name ends where lower-case text or punctuation starts ("... Jasur Rakhimov held").
_NAME_END = r"(?=\s[a-z]|[,.;:)]|$)"
# Title words between a demonym and a name: "Uzbek Minister of Investment, Industry and Trade".
_TITLE_TOKENS = r"[A-Z][\w’'-]*(?:\s?(?:[A-Z][\w’'-]*|of|and|the|for|to|in|on|,)){0,10}?"
_TITLES = vocabulary("title")
_ROLE_WORDS = re.compile(
    r"^(?:he|she|him|her|they|them|the\s(?:deputy\s)?(?:"
    + "|".join(word.replace(" ", r"\s") for word in vocabulary("role_word"))
    + r"))\b",
    re.IGNORECASE,
)


_HAS_TITLE = substring_test(_TITLES)
# Every ``titled`` form holds a title ("(?i:titles)", any case) or, in its third form, "who" or
# head/chief/director/chairman/president: the pattern (~30 us a sentence) runs only then.
_MAY_BE_TITLED = ascii_gate(
    [t.lower() for t in _TITLES] + ["who", "head", "chief", "director", "chairman", "president"]
)


@dataclass(frozen=True)
class _PersonPatterns:
    after_country: re.Pattern[str]
    after_demonym: re.Pattern[str]
    appositive: re.Pattern[str]
    # "Ana Torres, Peru's trade minister", "Ana Torres, the Peruvian trade minister", "Peru's
    # ambassador to Chile, Maria Lopez,", "Jorge Diaz, who heads the Peruvian Customs ..."
    titled: re.Pattern[str]
    # "Peru's trade minister Ana Torres", "Egypt's Minister of Trade Ahmed Samir": the country's
    # possessive, a title, the name with no commas
    possessive: re.Pattern[str]


def _person_patterns() -> _PersonPatterns:
    gaz = gazetteer()
    # Prefix tries rather than flat alternations of ~900 forms: same matches, much faster.
    names = literal_trie(s for s, m in gaz.by_surface.items() if m.kind in ("name", "alias"))
    demonyms = literal_trie(s for s, m in gaz.by_surface.items() if m.kind == "demonym")
    titles = alternation(list(_TITLES))
    return _PersonPatterns(
        # "of" first (then "(?<!\wof)" for the word boundary before it): re scans for a literal
        # prefix far faster than it tries "\bof" at every position; the matches are the same.
        after_country=re.compile(rf"of(?<!\wof)\s(?:the\s)?(?P<c>{names})\s{_NAME}{_NAME_END}"),
        after_demonym=re.compile(rf"(?P<c>{demonyms})\s{_TITLE_TOKENS}\s{_NAME}{_NAME_END}"),
        appositive=re.compile(
            rf"{_NAME},\s(?:the\s)?(?:{titles})\b[^,.;]{{0,120}}?\bof\s(?:the\s)?(?P<c>{names})\b"
        ),
        titled=re.compile(
            # the country (possessive or as a modifier) or its demonym, up to four words, a title
            rf"{_NAME},\s(?:the\s|a\s)?(?P<c>(?:{names})(?=['’]s?\s|\s)|(?:{demonyms})(?=\s))"
            rf"(?:['’]s?)?\s(?:[\w-]+\s){{0,4}}?(?i:{titles})\b"
            rf"|(?:^|[,;:]\s|\b[Tt]he\s)(?P<c2>(?:{names})(?=['’]s?\s)|(?:{demonyms})(?=\s))"
            rf"(?:['’]s?)?\s(?:[\w-]+\s){{0,4}}?(?i:{titles})\b[^,.;]{{0,40}},\s{_NAME.replace('<name>', '<name2>')},"
            rf"|{_NAME.replace('<name>', '<name3>')},\s(?:who\s(?:heads|leads|chairs|runs)|(?:the\s)?"
            rf"(?:head|chief|director|chairman|president)\sof)\s(?:the\s)?"
            rf"(?P<c3>(?:{names})(?=['’]s\s|\s[A-Z])|(?:{demonyms})(?=\s[A-Z]))"
        ),
        possessive=re.compile(
            rf"(?P<c>{names})['’]s\s(?:[\w-]+\s){{0,3}}?(?i:{titles})(?:\s(?:of|for)\s[A-Z][\w-]*"
            rf"(?:\s(?:and\s)?[A-Z][\w-]*){{0,3}})?\s{_NAME}{_NAME_END}"
        ),
    )


_PATTERNS: _PersonPatterns | None = None


def _patterns() -> _PersonPatterns:
    global _PATTERNS
    if _PATTERNS is None:
        _PATTERNS = _person_patterns()
    return _PATTERNS


def _is_word(text: str, i: int) -> bool:
    """``re``'s word character test (``\\w``) at ``i``; outside the text is not a word."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def _leftmost_words(text: str, words: list[str]) -> list[tuple[int, int, str]]:
    """Non-overlapping whole-word occurrences, leftmost first and, at one position, the earliest
    of ``words``: what ``re.finditer(r"\\b(w1|w2|...)\\b")`` returns."""
    hits: list[tuple[int, int, int, str]] = []
    for order, word in enumerate(words):
        start = text.find(word)
        while start != -1:
            end = start + len(word)
            if _is_word(text, start - 1) != _is_word(text, start) and _is_word(
                text, end - 1
            ) != _is_word(text, end):
                hits.append((start, order, end, word))
            start = text.find(word, start + 1)
    hits.sort()
    out: list[tuple[int, int, str]] = []
    pos = 0
    for start, _, end, word in hits:
        if start >= pos:
            out.append((start, end, word))
            pos = end
    return out


# A name written in Cyrillic: two capitalised words (a hyphenated part allowed, "Бен-Али")
_CYR_WORD = r"[А-ЯЁІЇЄЎ][а-яёіїєў’']+(?:-[А-ЯЁІЇЄЎ][а-яёіїєў’']+)?"
_CYRILLIC_NAME = re.compile(rf"(?<![\w-]){_CYR_WORD}\s{_CYR_WORD}(?![\w-])")
_CYRILLIC_NAME_GATE = re.compile(r"[А-ЯЁІЇЄЎ][а-яёіїєў]+\s[А-ЯЁІЇЄЎ]")
_WINDOW_MARKS = (",", ";", ":", ".", "«", "»", "“", "”", '"', "(", ")")
_WINDOW_WORDS = 12

# Case endings of masculine surnames and given names (Russian, Ukrainian, Belarusian grammar):
# "-ов/-ев/-ин/-ын" (Мантуров: Мантурова, Мантурову, Мантуровым, Мантурове), a hard consonant
# (Ляйич: Ляйича, Ляйичу, Ляйичем, Ляйиче; Орал: Оралом), "-й" (Сергей: Сергея, Сергею,
# Сергеем, Сергее; Георгий: Георгия, Георгии), "-ь" (Игорь: Игоря, Игорем), "-а"/"-я"
# (Никита: Никиты, Никите, Никиту, Никитой; feminine Петрова: Петровой, Петрову); "-ко",
# "-ых/-их" and other vowels stay as they are (Борисенко, Черных)
_SOFT_HUSHING = "жшчщц"


def cyrillic_name_forms(word: str) -> tuple[str, ...]:
    """The case forms of a Cyrillic name's word (the word itself first)."""
    forms = [word]
    last = word[-1:]
    if word.endswith(("ов", "ев", "ёв", "ин", "ын")):
        forms += [word + e for e in ("а", "у", "ым", "е")]
    elif word.endswith(("ий", "ій")):
        forms += [word[:-1] + e for e in ("я", "ю", "ем", "и", "е")]
    elif word.endswith(("ой", "ый")) and len(word) > 4:
        forms += [word[:-2] + e for e in ("ого", "ому", "ым", "ом")]
    elif last in ("й", "ь"):
        forms += [word[:-1] + e for e in ("я", "ю", "ем", "е")]
    elif word.endswith(("ова", "ева", "ина", "ына")):
        forms += [word[:-1] + e for e in ("ой", "у")]
    elif last in ("а", "я"):
        stem, hard = word[:-1], last == "а" and word[-2:-1] not in "кгхжшчщ"
        forms += [stem + e for e in (("ы" if hard else "и"), "е", ("у" if last == "а" else "ю"))]
        forms += [stem + ("ой" if last == "а" else "ей")]
    elif last.isalpha() and last not in "аеёиоуыэюяіїє":
        instrumental = "ем" if last in _SOFT_HUSHING else "ом"
        forms += [word + e for e in ("а", "у", instrumental, "е")]
    return tuple(forms)


def _nominative(word: str) -> str:
    """The nominative of a masculine surname a page names first in the instrumental case (the
    one "with" governs: "встреча с ... Игорем Моргуловым" -> Моргулов; "с Ляйичем" -> Ляйич),
    else the word."""
    if word.endswith("ым") and word[:-2].endswith(("ов", "ев", "ёв", "ин", "ын")):
        return word[:-2]
    if word.endswith(("ом", "ем")) and len(word) > 5 and word[-3] not in "аеёиоуыэюяйь":
        return word[:-2]
    return word


@dataclass
class SpeakerState:
    """Per-document memory: known people, who was named last, and the current speaker.

    ``home`` is the country of the article's dateline ("BEIJING, Jan. 14 (Xinhua) --"); an
    unnamed national institution ("the General Administration of Customs", "the Statistics
    Agency") is taken to be that country's, else the first person's, else ``main``'s (the page's
    most-named country: a page quoting "the State Customs Service" is about its own country's
    trade). ``bodies`` maps acronyms the page defines ("... Statistics (CAPMAS)") to the body's
    country ("" for an unnamed national one, None for a lobby, company or foreign body).
    """

    people: dict[str, str] = field(default_factory=dict)  # full name or surname -> iso3
    titles: dict[str, str] = field(default_factory=dict)  # name -> the words introducing it
    recent: list[str] = field(default_factory=list)  # names, most recently mentioned last
    speaker: str | None = None
    source: str | None = None  # the authority stating the current figures (``source_country``)
    home: str | None = None
    main: str | None = None
    bodies: dict[str, str | None] = field(default_factory=dict)
    sentence: str = ""  # the sentence ``find_attribution`` reads (``flow_owner`` for a body)
    attributed: bool = False  # whether an attribution has set ``source`` on the page yet
    _names: list[str] | None = field(default=None, repr=False)  # people, longest first

    @property
    def last_person(self) -> str | None:
        return self.recent[-1] if self.recent else None

    def learn_people(self, text: str) -> None:
        if _CYRILLIC_NAME_GATE.search(text):
            self._learn_cyrillic_people(text)
        if not _TWO_CAPITALISED.search(text):
            return  # every pattern below needs a name: two capitalised words
        gaz = gazetteer()
        pats = _patterns()
        found: list[tuple[int, str, str, str]] = []  # in the order the text names them
        for pattern in (pats.after_demonym, pats.after_country, pats.appositive, pats.possessive):
            if pattern is pats.appositive and not ("," in text and _HAS_TITLE(text)):
                continue  # "Name, the Minister ... of X" needs a comma and a title word
            if pattern is pats.possessive and not (
                ("'s" in text or "’s" in text) and _MAY_BE_TITLED(text)
            ):
                continue  # "X's trade minister Name" needs a possessive and a title word
            for match in pattern.finditer(text):
                iso3 = gaz.by_surface[match.group("c")].iso3
                found.append((match.start("name"), match.group("name"), iso3, match.group(0)))
        if "," in text and _MAY_BE_TITLED(text):  # every ``titled`` form has a comma
            for match in pats.titled.finditer(text):
                n = next(k for k in ("", "2", "3") if match.group("name" + k))
                country = match.group("c" if n == "" else "c" + n)
                iso3 = gaz.by_surface[country].iso3
                found.append(
                    (match.start("name" + n), match.group("name" + n), iso3, match.group(0))
                )
        for _, name, iso3, title in sorted(found, key=lambda hit: hit[0]):
            for key in (name, name.split()[-1]):
                self.people.setdefault(key, iso3)
                self.titles.setdefault(key, title)

    def _learn_cyrillic_people(self, text: str) -> None:
        """People a glossed Russian, Ukrainian, Belarusian, Bulgarian or Serbian page names in
        Cyrillic after their title and country ("deputy prime minister Belarus Николай
        Снопков", "Председатель кабмина Kyrgyzstan Адылбек Касымалиев", "ambassador Turkey in
        Turkmenistan Тоган Орал"): the first country (not a capital) of the words before the name,
        back to a clause mark, a quotation mark or the name before (twelve words at most), takes
        the name, its surname
        and every case form of either (``cyrillic_name_forms``: "по словам Жумангарина", "с
        Касымалиевым")."""
        previous = 0
        for match in _CYRILLIC_NAME.finditer(text):
            window = text[previous : match.start()]
            previous = match.end()
            cut = max(window.rfind(mark) for mark in _WINDOW_MARKS)
            window = " ".join(window[cut + 1 :].split()[-_WINDOW_WORDS:])
            named = [c for c in find_countries(window) if c.kind != "capital"]
            if not named:
                continue
            full = match.group(0)
            title = window.strip()
            surname = full.split()[-1]
            forms = {*cyrillic_name_forms(surname), *cyrillic_name_forms(_nominative(surname))}
            for key in (full, *sorted(forms)):
                self.people.setdefault(key, named[0].iso3)
                self.titles.setdefault(key, title)

    def read_page_source(self, texts: list[str], title: str | None = None) -> None:
        """A page's "Source: Ministry of Economic Affairs" line names the authority of its
        figures that no sentence attributes otherwise: it is the starting ``source``; so is an
        embassy's or ministry's own site's header (``authority.own_site``)."""
        # (a header the page wrapped over the title and the first line: "EMBASSY OF THE
        # REPUBLIC" / "OF THE PHILIPPINES")
        head = [title, f"{title} {texts[0]}"] if title and texts else [title] if title else []
        self.source = own_site(head + texts[:3])
        for text in texts:
            self.learn_bodies(text)
            phrase = source_line(text)
            if phrase is not None:
                source, sets = self.authority(phrase, self.resolve(phrase))
                if sets:
                    self.source = source
                    return

    def learn_bodies(self, text: str) -> None:
        """Remember the acronyms ``text`` defines for bodies (``authority.defined_bodies``)."""
        if "(" in text:
            for acronym, country in defined_bodies(text):
                self.bodies.setdefault(acronym, country)

    def _body(self, phrase: str) -> str | None:
        """The country of a body the phrase names by a defined acronym or a "-stat" name
        ("TurkStat", "Geostat"); "" for an unnamed national body, None when none is named."""
        for acronym, country in self.bodies.items():
            if acronym in phrase and re.search(rf"\b{re.escape(acronym)}\b", phrase):
                return country
        if named := national_body(phrase):
            return named  # "according to Destatis"
        return "" if STAT_NAME.search(phrase) else None

    def _named(self, text: str) -> list[tuple[int, str]]:
        """(position, name) of known people in ``text``, as ``\\b(name|...)\\b`` (longest name
        first) would find them, but with ``str.find``: no regex to compile per set of people."""
        if not self.people:
            return []
        if self._names is None or len(self._names) != len(self.people):
            self._names = sorted(self.people, key=len, reverse=True)
        found: list[tuple[int, str]] = []
        for start, _end, name in _leftmost_words(text, self._names):
            found.append((start, name))
            # A surname inside a full name ("Olzhas Bektenov") counts as the same mention.
            last = name.split()[-1]
            if last != name and last in self.people:
                found.append((start, last))
        return sorted(found)

    def person_in(self, text: str) -> str | None:
        """Country of the last known person named in ``text``."""
        named = self._named(text)
        return self.people[named[-1][1]] if named else None

    def track(self, text: str) -> None:
        """Remember the order in which people are named, for later pronouns and roles."""
        for _, name in self._named(text):
            if name in self.recent:
                self.recent.remove(name)
            self.recent.append(name)

    def _by_role(self, phrase: str) -> str | None:
        """The minister is the last person introduced as a minister; he, the last one named.
        The person found becomes the current referent for the next pronoun."""
        role = _ROLE_NOUN.search(phrase)
        if role:
            wanted = _ROLE_SYNONYMS.get(role.group(0).lower(), role.group(0).lower())
            for name in reversed(self.recent):
                if re.search(wanted, self.titles.get(name, ""), re.IGNORECASE):
                    self.recent.remove(name)
                    self.recent.append(name)
                    return self.people[name]
        return self.people.get(self.last_person) if self.last_person else None

    def _owner(self, phrase: str) -> str | None:
        """The economy whose trade the current sentence states (``flow_owner``), for an
        unnamed body there, unless a source is current and the body is named in lower case
        only: then "the agency said" is that source's body again (an anaphor), not the
        sentence's economy's ("According to the Ministry of External Affairs" names one)."""
        anaphor = not any(ch.isupper() for ch in phrase.lstrip()[1:])
        return None if self.source and anaphor else flow_owner(self.sentence)

    @property
    def home_or_first_person(self) -> str | None:
        """The dateline country, else the country of the first person the article introduces."""
        if self.home:
            return self.home
        return next(iter(self.people.values()), None)

    def resolve(self, phrase: str) -> str | None:
        """Country of an attribution phrase: a country, a known person, or a pronoun/role."""
        countries = [c for c in find_countries(phrase) if c.kind != "capital"]
        if countries:
            return countries[0].iso3
        person = self.person_in(phrase)
        if person:
            return person
        if _ROLE_WORDS.search(phrase.strip(" ,«»“”\"'")):
            return self._by_role(phrase)
        if INSTITUTION.search(phrase) and not _DATA_ONLY.match(phrase):
            # an unnamed body: the sentence's economy's, else the page's
            return self._owner(phrase) or self.home_or_first_person
        return None

    def authority(self, phrase: str, iso3: str | None) -> tuple[str | None, bool]:
        """(source country, whether it replaces the current source) for an attribution phrase
        that ``resolve`` read as ``iso3``. A lobby, analyst, outlet, international body or
        company states no authority's figure (None, replacing); a body named by a defined
        acronym or a "-stat" name is its country's; an unnamed national body ("the State
        Customs Service", "the statistics office") falls back to ``main``, but "official data" or
        "available statistics" name no body: they keep the current source. An unresolved "he
        said" keeps the current source, as it keeps the speaker."""
        if unofficial(phrase):
            return None, True
        if iso3:  # a bloc's own body (the European Commission) is the bloc's, as NOTES' gold has it
            return iso3, True
        body = self._body(phrase) if self.bodies or "stat" in phrase else national_body(phrase)
        if body:
            return body, True
        if body == "" or (INSTITUTION.search(phrase) and BODY_NOUN.search(phrase)):
            # the economy whose trade the sentence states ("India's trade with Qatar ...,
            # according to the Ministry of External Affairs") before the page's
            found = self._owner(phrase) or self.home_or_first_person or self.main
            return found, found is not None
        return None, False


# "statistics", "the latest statistics", "official statistics": data, no body that states them
_DATA_ONLY = re.compile(r"(?:the\s)?(?:latest\s|official\s|available\s)?statistics$", re.IGNORECASE)
_ROLE_NOUN = re.compile(r"\b(?:" + "|".join(vocabulary("role_noun")) + r")\b", re.IGNORECASE)
_ROLE_SYNONYMS = {
    noun: "|".join(words) for noun, words in vocabulary_groups("role_synonym").items()
}
_JOINT = re.compile(
    r"\bjoint\s(?:statement|communiqu[eé]|declaration)|\bboth\s(?:sides|countries|parties)\b",
    re.IGNORECASE,
)
# Sentence adverbs between commas hide the subject of a speech verb ("X, meanwhile, said").
_ASIDES = re.compile(
    r",\s(?:meanwhile|however|in turn|also|too|moreover|in addition|for (?:his|her|its|their) part|"
    r"(?:speaking|writing|addressing|commenting|answering)\b[^,;]{0,80}),",
    re.IGNORECASE,
)
_APPOSITIVE = re.compile(r",\s((?:the|a|an)\s[^,;:.]{1,120})")


def _phrases(value: str) -> str:
    return alternation([p for p, v in triggers("attribution").items() if v == value])


_ACCORDING = re.compile(rf"(?<!\w)(?:{_phrases('prefix')})\s(?P<x>[^,;:.]{{1,160}})", re.IGNORECASE)
_REPORTED = re.compile(
    rf"\s(?:{_phrases('verb')}|shows?|indicate[sd]?|reveal(?:s|ed)?)(?!\w)(?!\s+by\b)",
    re.IGNORECASE,
)
# ... and "X put(s) <the flow> at <amount>" (an estimate stated: "Pakistani figures put imports
# from China at $9.1bn"), not "investors put 318 million euros into its economy"
_SUBJECT_VERB = re.compile(
    rf"(?:^|[,;:«»“”\"]\s?)(?P<x>[^,;:«»“”\"]{{1,120}}?)\s"
    rf"(?:{_phrases('verb')}|puts?(?=\s[^,;:.]{{1,60}}?\sat\s))(?!\w)"
    # "Tajikistan posted the largest gain", "posted a surplus": a result, not a post
    rf"(?!(?<=posted)\s(?:a|an|the|its|their|record|strong|\d|\$))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Attribution:
    iso3: str | None
    start: int
    end: int
    joint: bool = False  # "according to a joint statement": nobody's side in particular
    source: str | None = None  # the authority it names (``SpeakerState.authority``)
    sets_source: bool = False  # whether it replaces the current source
    # "About this said the ambassador of Peru", "These data were cited by ...": the statement
    # points back at the figures read before it (``back_speaker``), which take its source too
    back: bool = False

    @property
    def sets_speaker(self) -> bool:
        """Whether it replaces the speaker that pairs and fiscal years follow (a resolved
        country or a joint statement; an unresolved "he said" keeps the speaker)."""
        return bool(self.iso3) or self.joint


_NOT_SPEAKER = (" is", " are", " was", " were", " been", " an", " the")
_FLOWS = frozenset(("exports", "imports", "shipments"))  # lower case: not "the Export Bureau"
_HAS_CUE = substring_test([*triggers("attribution"), " put"])
_ACCORDING_FAST = Caseless(_ACCORDING)
_SUBJECT_VERB_FAST = Caseless(_SUBJECT_VERB)


def flow_owner(sentence: str) -> str | None:
    """The first economy that owns a flow in ``sentence`` ("India's bilateral trade with Qatar",
    "Bulgarian exports"; ``roles._role`` "owner"), else None: whose national body an unnamed
    "the statistics agency" of that sentence is."""
    return next(
        (
            c.iso3
            for c in find_countries(sentence)
            if c.kind != "capital" and _role(sentence, c) == "owner"
        ),
        None,
    )


def find_attribution(sentence: str, state: SpeakerState) -> Attribution | None:
    """The sentence's explicit attribution, resolved to a country where possible (``iso3``,
    the speaker pairs follow, and ``source``, the authority of ``source_country``)."""
    state.learn_bodies(sentence)
    state.sentence = sentence
    if (back := back_speaker(sentence, state)) is not None:
        return back
    found = _explicit(sentence, state) if _HAS_CUE(sentence.lower()) else None
    if found is not None and found.sets_source:
        return found
    cue = source_cue(sentence)
    if cue is None:
        return found
    source, sets = state.authority(cue[1], state.resolve(cue[1]))
    if not sets:
        return found
    if found is not None:  # "he said, citing figures released by the ministry"
        return replace(found, source=source, sets_source=True)
    # no speaker and no span: the countries of "figures released by Uganda's central bank"
    # stay the figure's, as they did before the cue was read
    return Attribution(None, 0, 0, False, source, True)


# An aside set off by commas that ends right before a speech verb ("Maria Lopez, Peru's ambassador
# to Chile, said"; "Peru's ambassador, Maria Lopez, has noted"): no digits, no clause mark
_ASIDE_TO_VERB = re.compile(
    rf",\s[^,;:«»“”\"\d]{{1,120}}?,(?=\s(?:(?:has|have|had)\s)?(?:{_phrases('verb')})(?!\w))",
    re.IGNORECASE,
)


def _without_named_asides(sentence: str, state: SpeakerState) -> str:
    """``sentence`` with the aside between a known person and the speech verb, or the known
    person set off between a title and the verb, blanked (offsets kept): "Maria Lopez, Peru's
    ambassador to Chile, said" reads as "Maria Lopez said", "Peru's ambassador, Maria Lopez,
    said" as "Peru's ambassador said" (people learned by ``SpeakerState.learn_people``)."""
    out = sentence
    for start, name in state._named(sentence):
        end = start + len(name)
        courtesy = _COURTESY_BEFORE.search(sentence, 0, start)
        if courtesy is not None:  # ", Mr Liu Guangyuan, said": the aside starts at "Mr"
            start = courtesy.start()
        aside = _ASIDE_TO_VERB.match(sentence, end)
        if aside is not None:
            out = out[:end] + " " * (aside.end() - end) + out[aside.end() :]
        elif start >= 2 and sentence[start - 2 : start] == ", ":
            closing = _ASIDE_TO_VERB.match(sentence, start - 2)
            if closing is not None and closing.end() == end + 1:
                out = out[: start - 2] + " " * (end + 3 - start) + out[end + 1 :]
    return out


def _explicit(sentence: str, state: SpeakerState) -> Attribution | None:
    """The attribution a trigger of triggers.csv opens ("according to", "X said")."""
    if sentence.count(",") > 1:  # an aside starts and ends with a comma
        sentence = _ASIDES.sub(lambda m: " " * len(m.group(0)), sentence)
        if state.people:
            sentence = _without_named_asides(sentence, state)
    match = _ACCORDING_FAST.search(sentence)
    if match:
        phrase, end = match.group("x"), match.end()
        if verb := _REPORTED.search(phrase):
            # "data from the X agency showed Y exported $5m to Z": the source ends at its verb
            # (the clause it reports names the figure's own countries); "data announced by the
            # X institute" goes on to name its authority
            phrase, end = phrase[: verb.start()], match.start("x") + verb.start()
        if reported := _reported_clause(phrase):
            # no comma after the source (a glossed German, Korean ... page): the reported
            # clause starts at its trade verb or its pair ("according to Statistik Austria grew
            # the Austrian exports to B", "according to the customs service A-B trade"); its
            # economies are the figure's sides (the source is read from the whole phrase, as
            # before)
            end = min(end, match.start("x") + reported)
        joint = bool(_JOINT.search(phrase))
        iso3 = None if joint else state.resolve(phrase)
        appositive = _APPOSITIVE.match(sentence, end)  # a body's, not the reported clause
        if iso3 is None and not joint and appositive and names_body(appositive.group(1)):
            # "according to Geostat, the National Statistics Office of Georgia"
            phrase = appositive.group(1)
            iso3, end = state.resolve(phrase), appositive.end()
        source, sets = (None, True) if joint else state.authority(phrase, iso3)
        if sets and source is None and not joint:
            # "according to analysts, customs data show ...": a state speaker beside it wins
            stated = _subject_verb(sentence, state)
            if stated is not None and stated.source:
                source = stated.source
        return Attribution(iso3, match.start(), end, joint, source, sets)
    return _subject_verb(sentence, state)


# The first word of a clause an "according to" phrase reports when no comma ends the phrase: a
# verb of trade or change (German puts it straight after the source: "laut Statistik Austria
# wuchsen die Exporte" -> "according to Statistik Austria grew the exports"), or a pair of
# economies written with a dash before a trade word ("한-중 교역" -> "A-B trade")
_CLAUSE_VERB = re.compile(
    r"\s(?:grew|rose|fell|increased|decreased|declined|dropped|jumped|climbed|surged|reached"
    r"|amounted|totall?ed|stood|exported|imported|shipped|sold|bought)\b",
    re.IGNORECASE,
)


def _reported_clause(phrase: str) -> int | None:
    """Where the clause an "according to" phrase reports starts inside the phrase, when no comma
    ends it: at a trade or change verb, or at a dashed pair of economies ("A-B") whose trade the
    phrase names after it; None when the phrase is only its source."""
    cut = _CLAUSE_VERB.search(phrase)
    end = cut.start() if cut else None
    named = find_countries(phrase)
    for first, second in zip(named, named[1:], strict=False):
        if end is not None and first.start >= end:
            break
        if phrase[first.end : second.start] in ("-", "–", "·") and _FLOWS_AFTER.search(
            phrase, second.end
        ):
            return first.start
    return end


_FLOWS_AFTER = re.compile(r"\b(?:trade|turnover|exports?|imports?)\b", re.IGNORECASE)


def _words(phrase: str) -> list[str]:
    """Its words, the first in lower case before a lower-case one: "Exports to X showed"."""
    words = phrase.split()
    return [words[0].lower(), *words[1:]] if words[1:] and words[1][:1].islower() else words


# a body's name cut by a comma of its own before the subject the verb pattern found: "The
# press service of Uzbekistan's Ministry of Investment, Industry and Trade reported": the name
# started before the comma
_NAME_BEFORE_COMMA = re.compile(
    r"(?:^|[;:«»“”\"]\s?)(?P<head>[^;:«»“”\"]{1,120}?\b(?:Ministry|Committee|Agency|Office|Service"
    r"|Bureau|Department|Chamber|Council|Commission)\sof\s(?:the\s)?[A-Z][\w-]*),\s$"
)


# A speech verb that opens the sentence before its speaker and "that" (verb-subject order:
# "Stated the envoy of Peru that ...", as glossed Arabic writes "وصرح سفير بيرو بأن";
# ``arabic.reorder``): the speaker is the words between them, with no digit
_SPEECH_FIRST = re.compile(
    # (a fronted adjunct before the verb: "And in a statement to the news agency, explained the
    # commercial attaché ... that", Arabic "وفي تصريح ... أوضح ... أن")
    r"^(?:(?:and\s)?(?:in|on|during|at|within|speaking\sto|in\sa)\s[^\d,;:.]{1,120},\s)?"
    rf"(?:and\s|then\s|for\s(?:his|her|its)\spart,?\s)?(?:{_phrases('verb')})\s"
    r"(?P<x>[^\d]{1,200}?)\sthat\b",
    re.IGNORECASE,
)
# ... and "As said the minister of X, trade ..." (Russian "Как сообщил министр ...,", Spanish
# "Como señaló el ministro ...,"): the speaker runs to the clause's comma
_AS_SPEECH_FIRST = re.compile(
    rf"^as\s(?:{_phrases('verb')}|report)\s(?P<x>[^\d,;:]{{1,120}}),", re.IGNORECASE
)
# ... a phrase opening with a preposition is no speaker: the verb's subject was left unsaid (he)
_PREPOSITION_FIRST = re.compile(
    r"(?:in|on|at|during|after|before|with|for|from|to|by|upon|while|when|as)\b", re.IGNORECASE
)


def _speech_first(sentence: str, state: SpeakerState) -> Attribution | None:
    """The speaker of a sentence opening with its speech verb (``_SPEECH_FIRST``,
    ``_AS_SPEECH_FIRST``), when it
    resolves or names a body (the phrase's first country: "the trade attaché at the Peruvian
    embassy in Chile"); else None, and the usual order is read."""
    match = _SPEECH_FIRST.match(sentence) or _AS_SPEECH_FIRST.match(sentence)
    if match is None:
        return None
    start, phrase = match.start("x"), match.group("x")
    if _PREPOSITION_FIRST.match(phrase):
        # "As said in/at the ministry of X, ..." (Russian "Как сообщили в министерстве X": the
        # body said it, its people unnamed) names the body; any other phrase opening with a
        # preposition names no speaker ("said on the occasion of the Sultan's visit that")
        body = _AT_BODY.match(phrase) if match.re is _AS_SPEECH_FIRST else None
        if body is None:
            return None
        start, phrase = match.start("x") + body.end(), phrase[body.end() :]
    iso3 = state.resolve(phrase)
    source, sets = state.authority(phrase, iso3)
    if iso3 or sets:
        return Attribution(iso3, start, match.end("x"), False, source, sets)
    return None


# "in the"/"at the" before a body noun (ministry, committee, service, customs ...)
_AT_BODY = re.compile(
    r"(?:in|at)\s(?=(?:the\s)?[^,;:]{0,60}?" + BODY_NOUN.pattern + ")", re.IGNORECASE
)


# The speaker named before a relative pronoun and its speech verb ("..., by the economic counsellor
# of the Portuguese embassy in Angola, João Falardo, que indicou que ...": who said that; Spanish
# "quien", French "qui" left unglossed, Italian "che" glossed "that"): the last two parts before
# the pronoun, the title and the name set off beside it
_RELATIVE_SPEAKER = re.compile(
    rf"(?P<x>[^;:«»“”\"]{{3,240}}?),\s(?:who|que|quien|qui|che|that)\s(?:also\s|ainda\s|además\s)?"
    rf"(?:{_phrases('verb')})(?!\w)(?!,)",
    re.IGNORECASE,
)


def _relative_speaker(sentence: str, state: SpeakerState) -> Attribution | None:
    """The country of a speaker named right before ", who said" (``_RELATIVE_SPEAKER``)."""
    match = _RELATIVE_SPEAKER.search(sentence)
    if match is None:
        return None
    parts = match.group("x").split(",")
    start = match.end("x") - len(",".join(parts[-2:]))
    phrase = sentence[start : match.end("x")]
    iso3 = state.resolve(phrase)
    if iso3 is None:
        return None
    source, sets = state.authority(phrase, iso3)
    return Attribution(iso3, start, match.end("x"), False, source, sets)


# A sentence that points back at what the sentences before it stated and names who stated it
# after the verb, to its end: glossed Russian and Ukrainian "Об этом [TASS, on Monday] сообщил
# посол ..." / "Про це заявив ..." -> "About this ... said ambassador ...", "Такие данные привел
# вице-премьер ..." -> "Such data cited deputy prime minister ...", and the English passive
# "This was stated by the ambassador", "These figures were released by the statistics office".
_BACK_MARK = (
    r"(?:about\sthis|on\sthis|such\s(?:data|figures|numbers|statistics|statements?|remarks)"
    r"|these\s(?:data|figures|numbers|statistics|remarks|statements|words)"
    r"|this\s(?:data|information|figure|statement|remark)|this|that)"
)
_BACK_VERB = (
    r"said|says|stated|states|reported|reports|announced|announces|noted|notes|told|tells"
    r"|cited|cites|cite|quoted|gave|gives|given|released|published|provided|disclosed|revealed"
    r"|informed|informs|wrote|writes|shared|voiced|mentioned|declared|confirmed|made"
)
_BACK_SPEECH = re.compile(
    rf"^(?:and\s|also\s)?(?P<m>{_BACK_MARK})\b(?P<mid>[^«»“”\"]{{0,140}}?)\s"
    rf"(?P<passive>(?:was|were|has\sbeen|have\sbeen|had\sbeen)\s(?:also\s)?)?"
    rf"(?:{_BACK_VERB})(?(passive)\sby|(?:\sby)?)\s(?P<x>[^,;«»“”\"]{{3,240}}?)(?:[,;].*)?[\s.!]*$",
    re.IGNORECASE,
)
# (a marker that is only "this"/"that" needs the passive "was stated by": "This said, ..." and
# "That said" are no attribution; nor is a middle that holds a clause of its own)
_BARE_MARK = frozenset(("this", "that"))
_OWN_FIGURE = re.compile(r"\d\s?(?:%|percent|per\scent|billion|million|trillion|thousand)", re.I)
_BACK_CUE = ascii_gate(
    ["about this", "on this", "such ", "these ", "this ", "that ", "made th", "delivered th"]
)


# ... and the subject-first "Ambassador X made these remarks while speaking to traders"
_MADE_REMARKS = re.compile(
    r"^(?P<x>[^,;«»“”\"\d]{3,160}?)\s(?:has\s|had\s)?(?:made|delivered)\s(?:these|the|this|such|those)"
    r"\s(?:remarks|statements?|comments|observations)\b"
)


def back_speaker(sentence: str, state: SpeakerState) -> Attribution | None:
    """A statement naming its speaker after the verb and pointing back at the figures read
    before it (``_BACK_SPEECH``): its speaker's country when the phrase resolves, or a body
    that sets the source; ``back`` marks it."""
    if not _BACK_CUE(sentence):
        return None
    match = _BACK_SPEECH.match(sentence.strip()) or _MADE_REMARKS.match(sentence.strip())
    if match is None:
        return None
    if match.re is _BACK_SPEECH:
        if match.group("m").lower() in _BARE_MARK and not match.group("passive"):
            return None
        if _OWN_FIGURE.search(match.group("mid")):
            return None  # "This is 5% more, said ...": the clause states a figure of its own
    offset = len(sentence) - len(sentence.lstrip())
    phrase = match.group("x")
    iso3 = state.resolve(phrase)
    source, sets = state.authority(phrase, iso3)
    if not (iso3 or sets):
        return None
    return Attribution(
        iso3, offset + match.start("x"), offset + match.end("x"), False, source, sets, back=True
    )


def _subject_verb(sentence: str, state: SpeakerState) -> Attribution | None:
    """The first "X said" of the sentence whose X resolves, is a pronoun or role, or is no
    authority ("analysts said", "the newspaper reported")."""
    if (" that" in sentence or sentence[:3].lower() == "as ") and (
        first := _speech_first(sentence, state)
    ) is not None:
        return first
    for match in _SUBJECT_VERB_FAST.finditer(sentence):
        phrase = match.group("x")
        if phrase[:1].isupper() and sentence.endswith(", ", 0, match.start("x")):
            head = _NAME_BEFORE_COMMA.search(sentence, 0, match.start("x"))
            if head is not None:  # "Ministry of Investment, Industry and Trade reported"
                phrase = f"{head.group('head')}, {phrase}"
        if phrase.endswith(_NOT_SPEAKER) or not _FLOWS.isdisjoint(_words(phrase)):
            continue  # "investment in X is estimated at $2bn", "X's exports to Y posted": no speaker
        iso3 = state.resolve(phrase)
        source, sets = state.authority(phrase, iso3)
        if iso3 or _ROLE_WORDS.search(phrase.strip()):
            return Attribution(iso3, match.start("x"), match.end(), False, source, sets)
        if _JOINT.search(phrase):
            return Attribution(None, match.start("x"), match.end(), True, None, True)
        if sets:  # a body the speaker logic leaves alone: "CAPMAS revealed", "analysts said"
            return Attribution(None, match.start("x"), match.end(), False, source, sets)
    if ", " in sentence and (relative := _relative_speaker(sentence, state)) is not None:
        return relative
    inverted = inverted_speaker(sentence, state)
    if inverted is not None:
        iso3, start, end = inverted
        source, sets = state.authority(sentence[start:end], iso3)
        return Attribution(iso3, start, end, False, source, sets)
    return None
