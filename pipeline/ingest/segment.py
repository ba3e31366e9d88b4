"""Cleaned document text to sentences with character offsets.

Line breaks always end a sentence (paragraphs, headings and bullet items stand alone). Inside a
line a sentence ends at ``.``/``!``/``?`` (or the Arabic ``؟``, the Urdu ``۔``, the Indic danda
``।``; plus closing quotes) followed by a space and an
upper-case letter, digit or opening quote (or glued to a capitalised word after a lower-case
one: "million.According"), unless the period belongs to an abbreviation that
always precedes something ("No.", "Jan.", "Mr.") or to an initial ("A. Smith"), or ends a scale
abbreviated before its currency word ("654 Mio. Euro"), or a month abbreviated in a language a
page is glossed from, before its year or day ("janv. 2031", "янв. 2031": the CLDR's), or a German
ordinal before a half, quarter or month ("im 1. Halbjahr", "am 5. März"). A Chinese
or Japanese line ends its sentences at a full-width stop (``。``/``！``/``？``), with no space
after it; a Korean one also at a stop glued to the next sentence after a final ending
("증가했습니다.2022년"); an Urdu or Indic one at its stop glued to the next word ("تھیں۔سٹیٹ").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import pandas as pd

from pipeline.contract.tables import columns
from pipeline.lexicon import currencies
from pipeline.lexicon.cldr_words import abbreviated_month_words

_NEVER_FINAL = {
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs", "cf", "gen", "col", "lt", "sgt",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "approx", "est", "inc", "co", "corp", "ltd", "art", "p", "pp", "fig", "e.g", "i.e",
    # currency symbols written with a stop ("Rs. 400 crore", "Nu. 5 million", "Rs/Nu. 8559
    # cr"): an amount always follows them
    "rs", "nrs", "nu",
}  # fmt: skip
# A sentence starts with a capital or a digit; in a script without capitals (Arabic, Hebrew,
# Georgian, the Indic scripts, Thai, Hangul) with any letter: an Arabic page's paragraph is
# otherwise one sentence, with every period of it ("this year ... last year") in one. Urdu
# ends a sentence with "۔" (U+06D4), Hindi, Marathi, Nepali and Bengali with the danda "।"/"॥",
# Khmer with the khan "។" (U+17D4) and "៕" (round 59).
# Of the Latin capitals with a mark only "Å", which no glossed language but Swedish writes
# (round 48: "... för tjänster. År 2022 uppgick ..." was one sentence; "Ä", "Ö", "É" open
# German, French ... sentences too, which this round leaves as they are)
_MARKED_CAPITALS = "".join(
    letter
    for letter in map(chr, [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)])
    if letter.isupper() and letter != "Å"
)
_BOUNDARY = re.compile(
    r"[.!?؟۔।॥។៕]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?"
    r"[A-Z0-9ÅА-ЯЁ\u0590-\u06ff\u10d0-\u10ff\u0900-\u0dff\u0e00-\u0e7f\u1780-\u17ff\uac00-\ud7af"
    + _MARKED_CAPITALS
    + "])"
)
# A stop glued to the next sentence ("in million.According to"), as some wire pages are stored:
# only after a lower-case word and before a capitalised one. A separate pattern: it starts with
# a literal, which re scans for fast (as a branch of ``_BOUNDARY`` it slowed every line).
_GLUED = re.compile(r"\.(?=[A-Z][a-z])")
# Chinese and Japanese end a sentence with a full-width stop, no space after it: "。", "！", "？"
# (and a closing quote or bracket after them); a line without one costs one substring test
_CJK_END = re.compile(r"[。！？]+[」』”’）]*(?=.)")
# Korean ends a sentence with a half-width stop after its final ending ("...했습니다.", "...했다.",
# "...까요.", "...죠."); a flattened page glues the next sentence on with no space ("집계됐습니다.2022년
# ...", "늘었다.베트남은"). A Hangul ending never stands before a decimal or an abbreviation's stop.
_HANGUL_GLUED = re.compile(r"(?<=[다요죠까])\.(?=[^\s.,;:)\]」』”’\"'])")

# The Urdu full stop and the Indic danda glued to the next sentence ("ڈالر تھیں۔سٹیٹ بنک", "रहा।भारत"):
# a script without capitals gives no other sign of the new sentence
_SCRIPT_LETTER = (
    r"[\u0620-\u065f\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff\u0900-\u0963\u0971-\u0dff]"
)
_SCRIPT_STOP_GLUED = re.compile(rf"(?<={_SCRIPT_LETTER})[۔।॥](?={_SCRIPT_LETTER})")
# ... but Urdu spells initials with its stop ("ڈبلیو۔ٹی۔او", W.T.O.): a stop with another one at
# either end of the letters around it is one of a chain of initials, no sentence end
_INITIALS = re.compile(rf"۔{_SCRIPT_LETTER}+$|^{_SCRIPT_LETTER}+۔")


def _initials(line: str, stop: int) -> bool:
    return line[stop] == "۔" and bool(
        _INITIALS.search(line, max(0, stop - 12), stop)
        or _INITIALS.match(line[stop + 1 : stop + 14])
    )


def _may_glue_hangul(line: str) -> bool:
    """The cheap test before ``_HANGUL_GLUED``: a Hangul final ending before a stop."""
    return "다." in line or "요." in line or "죠." in line or "까." in line


_BULLET = re.compile(r"^(?:[•●▪◦‣∙·*]|[-–—](?=\s)|\d{1,2}[.)](?=\s))\s*")


# A scale abbreviated with a stop after a number, then its currency word or symbol: "654 Mio.
# Euro", "9.5 Mrd. Dollar", "785 Mill. Euro" (German-language copy), "41,2 mld. Kč" (Czech),
# "1,2 млрд. USD";
# "$5 bn. Trade" still ends a sentence.
# ... and Azerbaijani and Uzbek "1 mlrd. 088 mln. 790,5 min dollar" (round 59)
_SCALE_STOP = re.compile(
    r"\d\s?(?:mio|mill|mrd|mln|mlrd|bln|mn|bn|mld|mil|млрд|млн|მლნ|მლრდ)\.$", re.IGNORECASE
)
# The currency word may follow its issuer's capitalised code: "246 Mio. US Dollar", "34,7 Mio.
# US-Dollar" (German copy writes the dollar so; "5 mn. US firms" still ends a sentence), and
# Kazakh and Uzbek "9,5 млрд. АҚШ доллары", "AQSh dollari" (round 56); a word in lower case after
# the stop ("1,2 млрд. теңге", "5 млн. доллар") starts no sentence either; Georgian "მლნ. აშშ
# დოლარი" (US dollars, a script without capitals: round 59)
_NEXT_WORD = re.compile(r"\s+(?:(?:US|HK|NZ|AU|АҚШ|AQSh|აშშ)[\s-])?([^\W\d_]+)")
# ... or the same amount's next, smaller part: "$2 млрд. 842 млн." (2,842 million), "3 Mrd. 200
# Mio. Euro" (round 58, ih08), Azerbaijani "502 mln. 726,7 min dollar" (726.7 thousand, round
# 59); "5 млрд. 20 лет назад" still ends a sentence
_SMALLER_SCALE_NEXT = re.compile(
    r"\s\d{1,3}(?:[.,]\d+)?\s?(?:(?:млн|тыс|mio|mln|mn|min)(?![^\W\d_])|million|миллион|тысяч)",
    re.IGNORECASE,
)
# Currency signs written as a capitalised word after such a scale that the English currency list
# does not hold (glossed pages read them through their own rows): "Kč" (koruna), "Ft" (forint),
# Austrian "S" (schilling: "10,8 Mrd. S")
_SCALE_SIGNS = frozenset({"Kč", "Ft", "S"})


# A thousands stop written with a space after it, as some West African wire copy does: "1. 000
# milliards de francs CFA", "12. 500 millions" (NOTES: the spaced thousands mark). The stop ends
# no sentence when one to three digits stand before it and a three-digit group, then a scale or
# currency word, after it; "in 2030. 500 firms" (a year before) and "rose 12. 500 firms" (no
# scale or currency after) still end one.
_SPACED_GROUP_NEXT = re.compile(r" \d{3}(?:[. \u00a0]\d{3})*(?:,\d+)?\s?([^\W\d_]+)")
_GROUP_SCALES = frozenset(
    {
        "thousand", "million", "millions", "billion", "billions", "bn", "mn", "mln", "bln",
        "milliard", "milliards", "mds", "md", "mille", "milliers", "mil", "millones", "millón",
        "milhões", "milhão", "bilhões", "bilhão", "milioni", "miliardi", "mio", "mrd", "mld",
    }
)  # fmt: skip


# A currency symbol of two letters or more written with a stop ("Shs. 45", "Ksh. 2", "Tk. 50",
# as "Rs." above): its amount follows, so the stop ends no sentence; before a word it still does
# ("prices in USD. The ...") and before a year ("in USD. 2030 saw ...").
_SYMBOL_STOP = re.compile(r"\s?(?!(?:19|20)\d\d(?![\d.,]))\d")
_NUMBER_NEXT = re.compile(r"\s\d")
# A hedge abbreviated with a stop before its number: German "ca." (circa) and "rd." (rund), Polish
# "ok." (około), Czech "cca." and "přibl." (about; round 46: "wyniosły ok. 284 mln dolarów" was
# split after "ok.")
_HEDGE_ABBREVIATIONS = frozenset({"ca", "rd", "ok", "cca", "přibl"})
# a year with its abbreviated word, Polish "r." (roku) or Russian/Ukrainian "г."/"р." (год, рік),
# glued or spaced: "2011r.", "2030 г." (an amount after it is the same sentence's)
_YEAR_ABBREVIATION = re.compile(r".*?(?<!\d)(?:19|20)\d\d\s?(?:r|г|р)")


# The dollar abbreviated with a stop before the country that issues it: Russian "млрд долл.
# США", Ukrainian "млн дол. США" (US dollars); before any other capitalised word the stop may
# end a sentence ("... 5 млрд долл. Экспорт ...").
_DOLLAR_ABBREVIATIONS = frozenset({"долл", "дол"})
_ISSUER_NEXT = re.compile(r"\s+США\b")


# German writes an ordinal as digits with a stop: "im 1. Halbjahr 2031", "im 3. Quartal", "am
# 5. März": before these nouns (capitalised, as German nouns are) the stop ends no sentence.
# The English-only reading ("... grew by 12. April saw ...") would need a one- or two-digit
# number to end a sentence right before a month, which trade copy does not write.
_ORDINAL_NOUN_NEXT = re.compile(
    r"\s+(?:Halbjahr|Halbjahres|Quartal|Quartals|Jahreshälfte|Januar|Jänner|Februar|März|"
    r"April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b"
)


def _is_symbol(word: str) -> bool:
    symbols = currencies().by_symbol
    return len(word) >= 2 and word.isalpha() and (word in symbols or word + "." in symbols)


def _word_before(line: str, dot: int) -> str:
    r"""The run of word characters and stops right before the stop at ``dot`` ("" if none): what
    ``([\w.]+)\.$`` finds in ``line[: dot + 1]``, found walking back from the stop, so a line of
    N stops costs O(N), not the O(N^2) of searching each stop's whole prefix (``\w`` is
    ``str.isalnum()`` or "_")."""
    start = dot
    while start > 0 and (line[start - 1].isalnum() or line[start - 1] in "._"):
        start -= 1
    return line[start:dot]


def _is_abbreviation(line: str, dot: int) -> bool:
    before = _word_before(line, dot)
    if not before:
        return False
    word = before.lower()
    if word in _NEVER_FINAL or "." in word:  # "U.S.", "e.g.": dotted abbreviations
        return True
    if word in _HEDGE_ABBREVIATIONS and _NUMBER_NEXT.match(line, dot + 1):
        return True  # German "ca. 2 Milliarden" (circa): a hedge before its number
    if len(word) <= 2 and word.isdigit() and _ORDINAL_NOUN_NEXT.match(line, dot + 1):
        return True  # "im 1. Halbjahr", "am 5. März": a German ordinal
    if _NUMBER_NEXT.match(line, dot + 1) and _YEAR_ABBREVIATION.fullmatch(
        line, max(0, dot - 7), dot
    ):
        return True  # "w ciągu 11 miesięcy 2011r. 11 mld", "в 2030 г. 5 млрд": the year's word
    if word in _DOLLAR_ABBREVIATIONS and _ISSUER_NEXT.match(line, dot + 1):
        return True  # "1,4 млрд долл. США": one currency, US dollars
    if _NUMBER_NEXT.match(line, dot + 1) and word in abbreviated_month_words():
        return True  # "janv. 2031", "out. 2031": a foreign month's stop before its year
    if _SYMBOL_STOP.match(line, dot + 1) and (
        _is_symbol(before) or line[dot - len(before) - 1 : dot - len(before)] == "$"
    ):
        # "Shs. 45 billion", "Ksh. 5bn", Bolivian "$us. 1.925 millones": a currency symbol's
        # stop before its amount (a "$" glued to letters is always one)
        return True
    if len(before) <= 3 and before.isdigit() and (group := _SPACED_GROUP_NEXT.match(line, dot + 1)):
        start = dot - len(before)
        word = group.group(1)
        if (start == 0 or line[start - 1] not in "0123456789.,") and (
            word.lower() in _GROUP_SCALES
            or word.lower() in currencies().by_word
            or word in currencies().by_symbol
        ):
            return True  # "1. 000 milliards": a thousands stop, then its group
    if _SCALE_STOP.search(line, max(0, dot - 6), dot + 1):
        if _SMALLER_SCALE_NEXT.match(line, dot + 1):
            return True  # "$2 млрд. 842 млн.": one amount, its billions then its millions
        after = _NEXT_WORD.match(line, dot + 1)
        return (
            after is not None
            and (
                after.group(1).lower() in currencies().by_word
                or after.group(1) in currencies().by_symbol
                or after.group(1) in _SCALE_SIGNS
                or after.group(1)[:1].islower()
                # ... or a word of a script without capitals (Georgian "11,3 მლნ. აშშ დოლარი")
                or after.group(1)[:1].lower() == after.group(1)[:1].upper()
            )
        )
    # A lone capital initial ("A. Smith", "U.S.") is not a sentence end, nor a lone letter of a
    # script without capitals (Arabic "د." for doctor)
    letter = before
    return len(letter) == 1 and (
        letter.isupper() or (letter.isalpha() and letter == letter.lower() == letter.upper())
    )


def split_line(line: str) -> Iterator[tuple[int, int]]:
    """Sentence spans (start, end) within one line."""
    start = 0
    glued = [m for m in _GLUED.finditer(line) if _glued(line, m.start())]
    ends: Iterable[re.Match[str]] = _BOUNDARY.finditer(line)
    if glued:
        ends = sorted([*ends, *glued], key=lambda m: m.start())
    if "。" in line or "！" in line or "？" in line:
        ends = sorted([*ends, *_CJK_END.finditer(line)], key=lambda m: m.start())
    if "۔" in line or "।" in line or "॥" in line:
        glued_stops = [
            m for m in _SCRIPT_STOP_GLUED.finditer(line) if not _initials(line, m.start())
        ]
        ends = sorted([*ends, *glued_stops], key=lambda m: m.start())
    hangul = list(_HANGUL_GLUED.finditer(line)) if _may_glue_hangul(line) else []
    if hangul:
        ends = sorted([*ends, *hangul], key=lambda m: m.start())
    for match in ends:
        first_dot = match.start()
        if (
            line[first_dot] == "."
            and match.re is not _HANGUL_GLUED
            and _is_abbreviation(line, first_dot)
        ):
            continue
        yield start, match.end()
        start = match.end()
    yield start, len(line)


def _glued(line: str, dot: int) -> bool:
    """Three lower-case letters before the stop: a word's end, not "U.S.Army" or "2030.The"."""
    before = line[max(0, dot - 3) : dot]
    return len(before) == 3 and before.isalpha() and before.islower()


MAX_SENTENCE_CHARS = 1500


def _bounded(start: int, end: int, text: str) -> Iterator[tuple[int, int]]:
    """Cut a run-on "sentence" (a page without punctuation, a table dump) into pieces of at most
    ``MAX_SENTENCE_CHARS``, at a space where possible, so every later stage works on bounded
    input. Real sentences are far shorter; nothing is dropped."""
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut != -1 else start + MAX_SENTENCE_CHARS
        yield start, cut
        start = cut
        while start < end and text[start] == " ":
            start += 1
    if end > start:
        yield start, end


def split_sentences(text: str) -> Iterator[tuple[int, int]]:
    """Sentence spans (start, end) in ``text``, trimmed of spaces and bullet markers."""
    offset = 0
    for line in text.split("\n"):
        for start, end in split_line(line):
            piece = line[start:end]
            lead = len(piece) - len(piece.lstrip())
            bullet = _BULLET.match(piece[lead:])
            if bullet:
                lead += bullet.end()
            trail = len(piece) - len(piece.rstrip())
            s, e = offset + start + lead, offset + end - trail
            yield from _bounded(s, e, text)
        offset += len(line) + 1


SENTENCE_COLUMNS = columns("sentences")


def segment_text(doc_id: str, text: str) -> list[dict[str, object]]:
    """Sentence rows of one document."""
    return [
        {
            "sentence_id": f"{doc_id}#s{position:04d}",
            "doc_id": doc_id,
            "position": position,
            "text": text[s:e],
            "char_start": s,
            "char_end": e,
        }
        for position, (s, e) in enumerate(split_sentences(text))
    ]


def segment_documents(documents: pd.DataFrame) -> pd.DataFrame:
    """Sentences of every ``ok`` document (see SentencesSchema)."""
    rows: list[dict[str, object]] = []
    ok = documents[documents["status"] == "ok"]
    for doc_id, text in zip(ok["doc_id"], ok["text"], strict=True):
        rows.extend(segment_text(doc_id, text))
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS).astype(
        {"position": "int64", "char_start": "int64", "char_end": "int64"}
    )
