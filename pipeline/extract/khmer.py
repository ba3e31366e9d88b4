"""Khmer pages read through the English rules: the Khmer side of :mod:`pipeline.extract.foreign`
(round 59).

Cambodian trade news (Fresh News, the Post's Khmer edition, Khmer Times' partners, the Commerce
Ministry's and customs' releases) writes "ទំហំពាណិជ្ជកម្មរវាងកម្ពុជា និងអាមេរិក មានចំនួន
៣,០៥៦.១លានដុល្លារ ដោយកើនឡើង២៩ភាគរយ" (trade between Cambodia and America amounted to 3,056.1
million dollars, up 29 percent): no spaces between words (a space ends a phrase, as in Thai),
Khmer digits, amounts counted in លាន (a million), ពាន់លាន / ប៊ីលាន (a thousand million: a
billion) and លានលាន / ទ្រីលាន (a trillion), the currency after the scale, "ភាគរយ" (percent)
after its number, "N ខែ ឆ្នាំ២០១៩" (N months of 2019) for a year's first months. The words are
the phrase rows (``km`` rows of ``lexicon/foreign_words.csv`` and the country names of iso-codes
and the CLDR, matched anywhere as Thai ones are). Done here, before the gloss (:func:`prepare`):

- the zero-width spaces Khmer typesetting puts between words dropped (the CLDR's names carry
  them too: ``foreign_table`` folds them out of the rows);
- Khmer digits as Arabic ones; the number separators as English writes them: a comma before
  exactly three digits is a thousands comma ("៣,០៥៦.១" = 3,056.1), one before one or two digits
  a decimal comma ("៧,៦ ពាន់លាន" = 7.6 billion), as Cambodian copy writes both;
- a number written in words before a scale ("ពីរពាន់លាន", two thousand million) in digits, and
  a count of millions in parts ("៣ពាន់ ៥រយលាន": 3 thousand 5 hundred million = 3,500 million);
- an amount with its scale and currency ("២,៧៤៩.១លានដុល្លារអាមេរិក" -> "2,749.1 million US
  dollars", "១,២ ពាន់លានរៀល" -> "1.2 billion riels"), a currency's sign or code before the
  number ("US$ ៥០០ លាន") kept before it;
- "២៩ភាគរយ" (29 percent) -> "29%"; "៩ដង" (9 times) -> "9 times";
- "៧ខែ ឆ្នាំ២០១៩", "៧ខែដំបូងនៃឆ្នាំនេះ", "រយៈពេល ៩ ខែនៃឆ្នាំ២០២៤" (7 months of 2019, the first 7
  months of this year, a period of 9 months of 2024) -> "the first 7 months of 2019" ...;
  "ឆ្នាំ២០១៩" (the year 2019) -> "2019"; "ខែមីនា" (the month March) -> "March"; a Buddhist-era
  year after "ព.ស." (2400 or later) as the Common Era year;
- "រវាងកម្ពុជាអាមេរិក" (between Cambodia America: copy often drops the "and") -> "between
  Cambodia and America" (:func:`reorder`, after the gloss).

Errors: none; a shape not listed is left as it is (a Khmer word the gloss does not know stays a
word of its own, which the English rules skip).
"""

from __future__ import annotations

import re
from decimal import Decimal

from pipeline.extract.east_asian import in_scale_words
from pipeline.lexicon import gazetteer

KHMER = re.compile(r"[\u1780-\u17ff]")
_DIGITS = str.maketrans("០១២៣៤៥៦៧៨៩", "0123456789")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\ufeff]")

# the scale words, longest first (a thousand million is a billion; Khmer also borrows ប៊ីលាន,
# billion, and ទ្រីលាន, trillion)
_SCALE = {
    "លានលាន": 12,
    "ទ្រីលាន": 12,
    "សែនលាន": 11,
    "ម៉ឺនលាន": 10,
    "ពាន់លាន": 9,
    "ប៊ីលាន": 9,
    "រយលាន": 8,
    "លាន": 6,
    "សែន": 5,
    "ម៉ឺន": 4,
    "ពាន់": 3,
}
# the currencies, written after the scale ("លានដុល្លារអាមេរិក"); "ដុល្លារ" alone is the US dollar
# on a Cambodian page, whose economy is dollarised
_CURRENCY = {
    "ដុល្លារអាមេរិក": "US dollars",
    "ដុល្លារសហរដ្ឋអាមេរិក": "US dollars",
    "ដុល្លារអាមេរិច": "US dollars",
    "ដុល្លារ": "US dollars",
    "ដូឡារ": "US dollars",
    "រៀលកម្ពុជា": "riels",
    "រៀល": "riels",
    "យ័នចិន": "yuan",
    "យ័ន": "yuan",
    "យន់": "yuan",
    "យ៉ន": "yuan",
    "យេនជប៉ុន": "yen",
    "យេន": "yen",
    "អឺរ៉ូ": "euros",
    "អ៊ឺរ៉ូ": "euros",
    "បាតថៃ": "baht",
    "បាត": "baht",
    "ដុងវៀតណាម": "dong",
    "ដុង": "dong",
    "គីបឡាវ": "kip",
    "គីប": "kip",
    "វ៉ុន": "won",
    "រីងហ្គីត": "ringgit",
    "ផោន": "pounds",
    "រូពី": "rupees",
}
_SCALE_RE = "|".join(sorted(map(re.escape, _SCALE), key=len, reverse=True))
_CURRENCY_RE = "|".join(sorted(map(re.escape, _CURRENCY), key=len, reverse=True))
_AMOUNT = re.compile(rf"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s?({_SCALE_RE})\s?({_CURRENCY_RE})?")
# a currency's amount with no scale word ("១៧០ ០០០ ដុល្លារ", "៥០០ដុល្លារ")
_PLAIN_AMOUNT = re.compile(rf"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s?({_CURRENCY_RE})")
# Khmer cardinal words before a scale word ("ពីរពាន់លាន": two thousand million); compounds of a
# unit after five ("ប្រាំពីរ", seven) come first; the words run into the word before them, as
# Khmer writes ("សម្រេចបានពីរពាន់លាន"); the rows (``foreign_words.csv``) write Arabic digits, as
# the text is read ("ត្រីមាសទី1")
_UNITS = {
    "ប្រាំមួយ": 6,
    "ប្រាំពីរ": 7,
    "ប្រាំបី": 8,
    "ប្រាំបួន": 9,
    "មួយ": 1,
    "ពីរ": 2,
    "បី": 3,
    "បួន": 4,
    "ប្រាំ": 5,
    "ដប់": 10,
    "ម្ភៃ": 20,
    "សាមសិប": 30,
    "សែសិប": 40,
    "ហាសិប": 50,
    "ហុកសិប": 60,
    "ចិតសិប": 70,
    "ប៉ែតសិប": 80,
    "កៅសិប": 90,
}
_UNIT_RE = "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True))
_WORD_NUMBER = re.compile(rf"((?:{_UNIT_RE})+)(?=\s?(?:{_SCALE_RE}|ភាគរយ))")
# "៣ពាន់ ៥រយលាន" (3 thousand 5 hundred million): a count of millions in parts, each a number and
# its place word, two parts or more (one part with its scale is an ``_AMOUNT``)
_PLACES = {"សែន": 100_000, "ម៉ឺន": 10_000, "ពាន់": 1_000, "រយ": 100}
_PLACE = "|".join(_PLACES)
_COMPOUND = re.compile(
    rf"(?<![\d.,])((?:\d+(?:\.\d+)?\s?(?:{_PLACE})\s?){{2,}}|(?:\d+(?:\.\d+)?\s?(?:{_PLACE})\s?)"
    rf"(?=\d+\s?លាន))(?:(\d+)\s?)?លាន"
)
_PART_RE = re.compile(rf"(\d+(?:\.\d+)?)\s?({_PLACE})")
# a comma before one or two digits (no third): a decimal comma ("៧,៦" = 7.6)
_DECIMAL_COMMA = re.compile(r"(?<![\d,])(\d+),(\d{1,2})(?![\d,])")
# "N ភាគរយ" (N percent), "ភាគរយ N" as some copy writes it
_PERCENT = re.compile(r"(\d[\d.]*)\s?ភាគរយ|ភាគរយ\s?(\d[\d.]*)(?!\d)")
_TIMES = re.compile(r"(\d[\d.]*)\s?ដង")
# "N ខែ" (N months) of a year: "៧ខែ ឆ្នាំ២០១៩", "៧ខែដំបូងនៃឆ្នាំនេះ", "៩ ខែនៃឆ្នាំ២០២៤"; or "N ខែដំបូង"
# (the first N months) alone
_MONTHS_OF = re.compile(
    r"(?<![\d.,])(\d{1,2})\s?ខែ\s?(?:ដំបូង\s?)?(?:នៃ|របស់)?\s?(?=ឆ្នាំ\s?(?:\d{4}|នេះ|មុន|ទៅ|កន្លង))"
)
_FIRST_MONTHS = re.compile(r"(?<![\d.,])(\d{1,2})\s?ខែ\s?ដំបូង")
_YEAR = re.compile(r"ឆ្នាំ\s?(?=\d{4}(?!\d))")
_MONTH_WORD = re.compile(r"ខែ\s?(?=មករា|កុម្ភៈ|មីនា|មេសា|ឧសភា|មិថុនា|កក្កដា|សីហា|កញ្ញា|តុលា|វិច្ឆិកា|ធ្នូ)")
# "ឆ្នាំ២០១៩នេះ" (this 2019): the year alone
_THIS_YEAR = re.compile(r"(?<=\d{4})\s?នេះ")
# "កើតឡើង" (arose) typed for "កើនឡើង" (rose), a letter apart, before a percentage
_ROSE_TYPO = re.compile(r"កើតឡើង(?=\s?\d[\d.]*%)")
_BUDDHIST_YEAR = re.compile(r"ព\.\s?ស\.?\s?(2[4-9]\d\d)(?!\d)")


def _compound(m: re.Match[str]) -> str:
    total = sum(Decimal(n) * _PLACES[place] for n, place in _PART_RE.findall(m.group(1)))
    total += Decimal(m.group(2) or 0)
    return f"{total.normalize():f}លាន"


def _amount(m: re.Match[str]) -> str:
    value = Decimal(m.group(1).replace(",", "")).scaleb(_SCALE[m.group(2)])
    number = in_scale_words(value)
    currency = _CURRENCY.get(m.group(3) or "")
    return f" {number} {currency} " if currency else f" {number} "


def _word_number(m: re.Match[str]) -> str:
    words = re.findall(_UNIT_RE, m.group(1))
    return str(sum(_UNITS[w] for w in words))


def prepare(text: str) -> str:
    """Khmer ``text`` with its digits, amounts, percentages, counts of months and years in
    English form (see the module doc)."""
    if not KHMER.search(text):
        return text
    text = _INVISIBLE.sub("", text).translate(_DIGITS)
    text = _DECIMAL_COMMA.sub(r"\1.\2", text)
    text = _WORD_NUMBER.sub(_word_number, text)
    if "លាន" in text:
        text = _COMPOUND.sub(_compound, text)
    text = _AMOUNT.sub(_amount, text)
    text = _PLAIN_AMOUNT.sub(lambda m: f" {m.group(1)} {_CURRENCY[m.group(2)]} ", text)
    text = _PERCENT.sub(lambda m: f" {m.group(1) or m.group(2)}% ", text)
    text = _TIMES.sub(r" \1 times ", text)
    text = _MONTHS_OF.sub(r" the first \1 months of ", text)
    text = _FIRST_MONTHS.sub(r" the first \1 months ", text)
    text = _BUDDHIST_YEAR.sub(lambda m: f" {int(m.group(1)) - 543} ", text)
    text = _MONTH_WORD.sub(" ", text)
    text = _ROSE_TYPO.sub(" , up ", text)
    return _THIS_YEAR.sub(" ", _YEAR.sub(" ", text))


_SPACES = re.compile(r"\s{2,}")
_BEFORE_COMMA = re.compile(r"\s+,")
# "between Cambodia United States" (the Khmer "រវាងកម្ពុជាអាមេរិក" glossed, its "and" dropped by
# the copy): after "between", a country's name (one to three capitalised words) and another
# capitalised word with no "and" between them
_BETWEEN = re.compile(r"\bbetween (?:the )?((?:[A-Z][\w'-]*)(?: [A-Z][\w'-]*){0,3})")


def _names_joined(m: re.Match[str]) -> str:
    words = m.group(1).split(" ")
    for n in range(min(3, len(words) - 1), 0, -1):
        name = " ".join(words[:n])
        if name in gazetteer().by_surface and words[n] != "and":
            head = m.group(0)[: m.start(1) - m.start(0)]
            return f"{head}{name} and {' '.join(words[n:])}"
    return m.group(0)


# "ទំហំពាណិជ្ជកម្ម ប្រទេសទាំង ២" (the trade, the two countries): the trade between them
_TRADE_THE_TWO = re.compile(r"\btrade (?=the two (?:countries|sides)\b)")
# "កាលពីឆ្នាំ ២០១៧ កន្លងទៅ" (in 2017 gone by): the year alone
_YEAR_PAST = re.compile(r"(?<=\d{4}) past\b")


def reorder(text: str) -> str:
    """Glossed ``text`` with single spaces and no space before a comma, and two names after
    "between" with no "and" joined by one (``_BETWEEN``); "trade the two countries" -> "trade
    between the two countries"; "2017 past" -> "2017"."""
    text = _BEFORE_COMMA.sub(",", _SPACES.sub(" ", text)).strip()
    text = _YEAR_PAST.sub("", _TRADE_THE_TWO.sub("trade between ", text))
    return _BETWEEN.sub(_names_joined, text) if "between " in text else text
