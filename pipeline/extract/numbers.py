"""Where a figure's value is parsed: money amounts, percentages and multiples in a sentence.

Separator rule: a single comma followed by exactly three digits ("1,340") is ambiguous between
a thousands separator and a decimal comma. We read it as a thousands separator unless that makes
the amount implausible for one country pair's trade: above ``PLAUSIBLE_MAX_USD`` (US dollars,
converted with the order-of-magnitude rate in ``lexicon/currencies.csv``). So "$1,340 million" is
1.34bn (thousands), while "$1,340 billion" would be 1.34 trillion dollars, more than any
country pair trades in a year, and is read as 1.34bn (decimal comma). "KZT 1,340 billion" is
plausible (about $2.7bn) and stays 1.34 trillion tenge. Any other comma ("1,12", "1,5") is a
decimal comma. A number with one separator repeated in groups that are not all triples
("N1.099.52 trillion") is a smaller scale's figure ("1,099.52 billion") rescaled without moving
its digits: its first separator is the decimal point (1.09952 trillion).

``rounding`` is the half-width of the interval the stated digits imply: "$1.3bn" is +-0.05bn,
"$1,340 million" +-0.5M; spelled numbers ("half a billion") get ``SPELLED_ROUNDING`` of the value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.extract.bare import bare_bases, shared_currency, shared_percent
from pipeline.extract.caseless import Caseless, finditer_near, literal_trie, substring_test
from pipeline.extract.compound import compound_mentions, may_have_compound
from pipeline.extract.digits import _NUM, Mention, parse_number, symbol_currency
from pipeline.extract.ranges import join_ranges, percent_ranges
from pipeline.extract.spelled import (
    _SPELLED_MULTIPLE,
    _SPELLED_MULTIPLES,
    _SPELLED_SCALE,
    _SPELLED_SPECIAL,
    CARDINAL_MULTIPLES,
    DIGIT_WORDS,
    _may_be_multiple,
    _may_be_spelled,
    cardinal_multiple,
    counts_occasions,
    fraction_changes,
    may_be_fraction,
    may_be_spelled_percent,
    spelled_percents,
    spelled_value,
)
from pipeline.extract.unscaled_base import unscaled_bases
from pipeline.lexicon import count_numbers, currencies, number_words, scales

PLAUSIBLE_MAX_USD = 1e12
# Below this (US dollars, same rough rate) an amount is a price or a typo, never a country
# pair's trade: "the average price ... has been $460", "recorded $11.25 in its trade".
PLAUSIBLE_MIN_USD = 1e3
SPELLED_ROUNDING = 0.05

_DIGIT = re.compile(r"\d")
# ``_DIGIT`` for ASCII text, where \d matches exactly 0-9: a range test per character instead
# of Unicode's decimal lookup (the anchor scans of ``find_mentions``)
_ASCII_DIGIT = re.compile(r"[0-9]")


@dataclass(frozen=True)
class _Patterns:
    money_digits: Caseless
    money_spelled: Caseless
    percent: re.Pattern[str]
    multiple: Caseless
    # Most characters a money match can have before its first digit ("U.S.$ -5"): no match
    # starts earlier than that before the sentence's first digit.
    money_lead: int


@cache
def _patterns() -> _Patterns:
    cur = currencies()
    symbols = literal_trie(cur.by_symbol)
    # (the lower-case currency and scale words as prefix tries, ``literal_trie``: the matches of
    # their longest-first alternations; re tries the ~500 currency words after each number once
    # per character instead of once per word)
    words = literal_trie(cur.by_word)
    long_scales = literal_trie([w for w in scales() if len(w) > 1])
    short_scales = literal_trie([w for w in scales() if len(w) == 1])
    # "$2 billion", "$2billion", "$30-billion target", "US$43.billion" (a stray full stop);
    # a one-letter scale stands apart only after a currency symbol ("$ 1.4 m on maize")
    scale = (
        rf"(?:(?:\s|-|\.)?(?P<scale>{long_scales})|(?(pre)\s?)(?P<short>{short_scales}))(?![\w])"
    )
    # "2,150 MUSD", "40 MEUR": a scale letter glued before an ISO code (finance and Nordic
    # copy), only where no scale word came before; both upper case (checked on the match).
    glued = r"(?(scale)(?!)|(?(short)(?!)|\s?(?P<glued>[mbk])(?=[a-z]{3}(?![\w]))))"
    # A match starts with a currency symbol, a minus or a digit: the look-ahead rejects every
    # other position at once (a speed-up only; the matches are the same).
    # Symbols that start with a letter ("USD", "Rs", "N") are tried only where a digit follows
    # within a symbol's length, so ordinary words are rejected at once.
    starts = re.escape("".join(sorted({s[0] for s in cur.by_symbol if not s[0].isalpha()})))
    longest = max(len(s) for s in cur.by_symbol)
    # ("NZ $1.2 billion": a listed symbol of letters, a space and its sign)
    letter_start = rf"\b[^\W\d_][^\s\d]{{0,{longest}}}\s?\$?\s?\d"
    # "Ksh.41.2 billion", "Tk.500 crore": an abbreviated symbol of two letters or more may keep
    # its full stop before the number ("Rs." is listed as written); a one-letter one may not
    # ("R.2", "N.5" are labels).
    stop = r"(?:(?<=[^\W\d_]{2})\.)?"
    # "from $318 million to$467 million", "shipments of$926 million": a sign glued to the
    # preposition before it (a dropped space in scraped copy); only a sign, never a letter
    # symbol, and only after these words (so "MOP$5" is no dollar amount)
    glued_to = (
        r"(?:(?<=\bof)|(?<=\bto)|(?<=\bat)|(?<=\bby)|(?<=\bfrom)|(?<=\bworth)|(?<=\bthan))"
        r"(?=[$€£¥₹]\s?\d)"
    )
    # Compiled only when a text cannot take the lower-case twin (``Caseless``): the twin's
    # matches are read directly (``twin_finditer``).
    money_digits = Caseless(
        # A symbol is not the tail of a word ("MOP$"); an ISO code or letter symbol may be
        # glued to its number ("USD0.45", "Ush1.5"), any other number starts a token.
        rf"(?=[{starts}\d-]|{letter_start})(?:(?:(?<![\w])|{glued_to})(?P<pre>{symbols}){stop}\s?)?(?(pre)|(?<![\w.,])(?:(?=(?:19|20)\d\d\s)(?P<yr>))?)(?P<n1>-?{_NUM})"
        rf"(?(pre)(?:\s?(?:-|–|—|to|or)\s?(?:{symbols})?\s?(?P<n2>{_NUM}))?)"
        rf"(?:{scale})?"
        # "37.9-billion-yuan worth"; "62 billions of dollars" (translated: "of" after a scale);
        # "9.5 Mrd. Euro" (a scale abbreviated with a full stop)
        # (a year's code with a number after it is that number's: "In 2030 USD 91 mln worth")
        rf"(?:(?:(?(scale)\.?)[\s-]|{glued})(?:(?<=[^\W\d]\s)of\s)?(?P<post>{words})(?![\w])(?(yr)(?!\s?\d))"
        # "312 USD million": the scale after the currency word
        rf"(?(scale)|(?(short)|(?:\s(?P<scale2>{long_scales})(?![\w]))?)))?",
        re.IGNORECASE,
    )
    # (word lists as prefix tries, ``literal_trie``: the matches of their longest-first
    # alternations, but re tries each position once instead of once per word)
    cardinal = literal_trie(number_words())
    whole = rf"(?:{cardinal})(?:(?:\s|-|\sand\s)(?:{cardinal}))*"
    special = literal_trie(_SPELLED_SPECIAL)
    digit_word = literal_trie(DIGIT_WORDS)
    big = r"(?:thousand|million|billion|trillion)"
    money_spelled = re.compile(
        rf"(?<![\w])(?:(?P<pre>{symbols})\s?)?"
        # "one point four billion" (w2n#54): digit words after "point" are the decimals
        rf"(?P<sp>(?:{whole}\s(?:and\s)?a\s(?:half|quarter)|(?:zero|{whole})(?:\spoint(?:\s(?:{digit_word}))+)?"
        rf"|{special})\s(?P<scale>{big})"
        rf"(?:,?\s(?:and\s)?{whole}\s{big})*)"
        rf"(?:\s(?P<post>{words})(?![\w]))?",
        re.IGNORECASE,
    )
    # "12.5%", "12.5 percent", "12.5 p.c." (newspaper abbreviation), and the compound adjective
    # "a 10.1-percent increase", "a 4.5-per-cent decrease" (Canadian style)
    percent = re.compile(
        rf"(?<![\w.,])(?P<n1>[-−]?{_NUM})(?:\s?%|[\s-]?(?:percent(?!\w)|per[ -]cent(?!\w)|pct(?!\w)|pc(?!\w)|p\.\s?c(?:\.|(?!\w))))"
    )
    multiple = re.compile(
        rf"(?<![\w.,])(?P<n1>{_NUM})(?:\s?-?\s?fold(?!\w)|\s(?:times)(?!\w)(?!\s(?:a|per)\s(?:day|week|month|year)))"
        # "grew in the double digits", "double-figure growth": a count of digits, no multiple;
        # "avoidance of double taxation", "a double tax treaty": a kind of tax, no multiple
        rf"|(?<![\w-])(?P<sp>{literal_trie(_SPELLED_MULTIPLES)})(?![\w-])"
        r"(?!\s(?:(?:digit|figure)s?|tax(?:ation|es)?)\b)"
        # "six-fold", "twenty-threefold" (a compound number: not "threefold" alone)
        rf"|(?<![\w-])(?P<card>(?:(?:{cardinal})-)?(?:{literal_trie(CARDINAL_MULTIPLES)}))"
        rf"(?:\s?-?\s?fold|\stimes)(?!\w)"
        # "rose by a factor of ten", "by a factor of 4"
        rf"|(?<=\bfactor\sof\s)(?P<factor>{_NUM}|{literal_trie(count_numbers())})(?![\w.,%])"
        # "3x the level of 2021", "rose 3x in 2023" (before a comparison or a period only: no "4x4")
        rf"|(?<![\w.,])(?P<nx>{_NUM})x(?!\w)(?=\s(?:the|that|as|in|over|from|on|compared|more"
        rf"|higher|larger|bigger|increase|rise|jump|growth)\b)",
        re.IGNORECASE,
    )
    lead = max(map(len, cur.by_symbol)) + 2  # symbol, "\s?", "-"
    return _Patterns(money_digits, Caseless(money_spelled), percent, Caseless(multiple), lead)


def _group(match: re.Match[str], text: str, name: str) -> str | None:
    """``match.group(name)`` read from ``text`` by span: ``match`` may be a lower-case twin's
    match on the lower-cased text (``Caseless.twin_finditer``)."""
    start, end = match.span(name)
    return text[start:end] if start >= 0 else None


# What follows a per-unit price ("$460 a tonne", "$3.2 per kilo", "$80/barrel", "$5 each"):
# such a small amount never borrows a neighbour's scale word; nor does one whose digits a stray
# space cut ("USD 164. 5 million", which the sentence splitter may end at "164."): the scale
# belongs to the lost decimals. "A year earlier" after it dates the amount, no rate ("up 23%
# from $617 a year earlier" beside "$758.7 million": the base that dropped its scale, round 47).
_PER_UNIT = re.compile(
    r"\s?(?:/|per\b|an\s|each\b"
    r"|a\s(?!(?:year|month|quarter|decade|week)\s(?:earlier|ago|before|previously)\b))|\.\s\d",
    re.IGNORECASE,
)


@cache
def _usd_rates() -> dict[str, float]:
    """Each currency code's order-of-magnitude US-dollar rate (``lexicon/currencies.csv``)."""
    cur = currencies()
    return {c.code: c.usd_per_unit for c in (*cur.by_symbol.values(), *cur.by_word.values())}


def _dropped_scale(
    match: re.Match[str], text: str, value: float, usd_per_unit: float, stated: tuple[float, float]
) -> float:
    """The scale of an amount whose scale word the writer dropped ("slid from $227.3 billion to
    $211.4", "from $1.550 to $1.206bn", "down by €149m (£127)"): ``stated`` (multiplier, US
    dollars) is the sentence's previous amount with a scale word. The bare amount, too small for
    any trade figure, takes that multiplier when it then lies within a factor of ten of that
    amount and is no per-unit price; else its own multiplier, 1."""
    if _PER_UNIT.match(text, match.end()):
        return 1.0
    if match.group("n1").isdigit() and text[match.end() :].strip() == ".":
        return 1.0  # "USD 164." closing a sentence the splitter cut at "164. 5 million"
    multiplier, usd = stated
    return multiplier if 0.1 <= value * multiplier * usd_per_unit / usd <= 10 else 1.0


def _money_from_digits(
    match: re.Match[str], text: str, stated: tuple[float, float] | None = None
) -> Mention | None:
    """The money mention of a ``money_digits`` match on ``text`` (or on its lower-cased twin),
    None when no currency is stated. Most matches are bare numbers (years, counts): rejected
    before any group but "pre"/"post" is read. ``stated``: the (multiplier, US dollars) of the
    sentence's previous amount with a scale word, lent to an amount that dropped its own."""
    pre, post = _group(match, text, "pre"), match.group("post")
    currency = symbol_currency(pre) if pre else None  # case-exact: "usd" in prose is no symbol
    if currency is None:
        pre = None
    elif pre == "US" and not (match.group("scale") or match.group("scale2") or post):
        # "US 450 million dollars", "US 1.2 billion" (South Asian copy): the country's short
        # name as the symbol only before a scaled amount; "the US 25% tariff" is no amount
        currency, pre = None, None
    if currency is None and post:
        currency = currencies().word(_group(match, text, "post") or post)
    if currency is None:
        return None
    if match.group("glued") and not text[match.start("glued") : match.end("post")].isupper():
        return None  # "2 mUSD", "5 busd": no glued scale, and no reading of the amount
    scale_word = (
        match.group("scale")
        or match.group("short")
        or match.group("glued")
        or match.group("scale2")
        or ""
    ).lower()
    multiplier = scales().get(scale_word, 1.0)
    first = parse_number(match.group("n1"))  # digits, separators: the same in either text
    numbers = [first]
    if match.group("n2"):
        numbers.append(parse_number(match.group("n2")))
    values = []
    for number in numbers:
        value, step = number.value, number.step
        if number.ambiguous_thousands and (
            value * multiplier * currency.usd_per_unit > PLAUSIBLE_MAX_USD
        ):
            value, step = value / 1000.0, 0.001
        values.append((value * multiplier, step * multiplier / 2))
    if (
        stated is not None
        and len(values) == 1
        and not scale_word
        and values[0][0] * currency.usd_per_unit < PLAUSIBLE_MIN_USD
    ):
        multiplier = _dropped_scale(match, text, values[0][0], currency.usd_per_unit, stated)
        values = [(first.value * multiplier, first.step * multiplier / 2)]
    if len(values) == 2:
        (low, r1), (high, r2) = values
        start = match.start("pre") if pre else match.start("n1")
        if high < low and not text[max(0, start - 5) : start].lower().endswith("from "):
            return None  # (a fall "from $5 to $4 billion" is split in ``from_to``)
        mid = (low + high) / 2
        return Mention(
            start,
            match.end(),
            "money",
            mid,
            currency.code,
            abs(high - low) / 2 + max(r1, r2),
            True,
            currency.context,
        )
    value, rounding = values[0]
    if value * currency.usd_per_unit < PLAUSIBLE_MIN_USD:
        return None  # "$460" a tonne, "$11.25" (a dropped "billion"): a price, not a trade figure
    if value <= 0:
        return None
    start = match.start("pre") if pre else match.start("n1")
    end = match.end() if post else match.end("scale") if match.group("scale") else match.end()
    return Mention(start, end, "money", value, currency.code, rounding, False, currency.context)


def _money_from_words(match: re.Match[str]) -> Mention | None:
    pre, post = match.group("pre"), match.group("post")
    currency = symbol_currency(pre) if pre else None
    if currency is None and post:
        currency = currencies().word(post)
    if currency is None:
        return None
    value = spelled_value(match.group("sp"))
    if not value:
        return None
    return Mention(
        match.start(),
        match.end(),
        "money",
        value,
        currency.code,
        value * SPELLED_ROUNDING,
        False,
        currency.context,
    )


_PERCENT_CUE = substring_test(("%", "per", "pc", "p.c"))
# The percent pattern is case-sensitive: one of its unit words must be in the text as it is.
_PERCENT_UNIT = substring_test(("%", "percent", "per cent", "per-cent", "pct", "pc", "p.c"))


def may_have_mentions(sentence: str) -> bool:
    """False only when ``find_mentions`` surely finds nothing (no digit, no scale word, no
    spelled multiple): a test far cheaper than the search."""
    if (_ASCII_DIGIT if sentence.isascii() else _DIGIT).search(sentence):
        return True
    lowered = sentence.lower()
    return (
        _SPELLED_SCALE(lowered)
        or _SPELLED_MULTIPLE(lowered)
        or may_be_fraction(lowered)
        or may_be_spelled_percent(lowered)
        or "factor of" in lowered  # "by a factor of ten"
    )


# a minus sign opening a bracket, a space between it and its rate: "EUR 2bn (- 2.1 %)"
_SPACED_MINUS = re.compile(r"\(\s?[-−–]\s$")


def find_mentions(sentence: str) -> list[Mention]:
    """All money amounts, percentages and multiples in a sentence, in order, non-overlapping."""
    pats = _patterns()
    found: list[Mention] = []
    digits = _ASCII_DIGIT if sentence.isascii() else _DIGIT  # (the lower-cased text: alike)
    digit = digits.search(sentence)  # most regexes need a digit: skip them early, and the text
    has_digit = digit is not None  # before the first digit
    first = digit.start() if digit else 0
    lowered = sentence.lower()
    money: list[re.Match[str]] = []
    if has_digit:
        start = max(0, first - pats.money_lead)
        twins = pats.money_digits.twin_finditer(sentence, lowered, start, (digits, pats.money_lead))
        money = (
            twins
            if twins is not None
            else list(pats.money_digits.pattern.finditer(sentence, start))
        )
    stated: tuple[float, float] | None = None  # the last amount with a scale word
    for match in money:
        mention = _money_from_digits(match, sentence, stated)
        if mention:
            found.append(mention)
            if mention.value >= 1e6 and (match.group("scale") or match.group("short")):
                scale_word = (match.group("scale") or match.group("short")).lower()
                usd = mention.value * _usd_rates()[mention.unit]
                stated = (scales().get(scale_word, 1.0), usd)
    for match in (
        pats.money_spelled.finditer(sentence, lowered) if _may_be_spelled(sentence, lowered) else ()
    ):
        mention = _money_from_words(match)
        if mention:
            found.append(mention)
    if has_digit and may_have_compound(lowered):  # "2 billion 370 million dollars"
        found.extend(compound_mentions(sentence))
    has_percent = has_digit and _PERCENT_CUE(lowered) and _PERCENT_UNIT(sentence)
    for match in finditer_near(pats.percent, sentence, 0, digits, 1) if has_percent else ():
        number = parse_number(match.group("n1").lstrip("-−"))
        sign = -1.0 if match.group("n1")[0] in "-−" else 1.0
        if sentence.endswith(" ", 0, match.start()) and _SPACED_MINUS.search(
            sentence, max(0, match.start() - 4), match.start()
        ):
            sign = -1.0  # "(- 2,1 %)": a bracket's minus sign spaced from its rate (round 46)
        found.append(
            Mention(
                match.start(),
                match.end(),
                "percent",
                sign * number.value,
                "percent",
                number.step / 2,
            )
        )
    for match in (
        pats.multiple.finditer(sentence, lowered)
        if _may_be_multiple(sentence, lowered, has_digit)
        else ()
    ):
        if match.group("sp"):
            if counts_occasions(sentence, match.start(), match.end()):
                continue  # "Only twice in the past has trade crossed $10bn"
            value, rounding = _SPELLED_MULTIPLES[match.group("sp").lower()], 0.0
        elif match.group("card"):
            card = cardinal_multiple(sentence, match.start(), match.end(), match.group("card"))
            if card is None:
                continue
            value, rounding = card, 0.0
        elif (factor := match.group("factor")) and factor.lower() in count_numbers():
            value, rounding = float(count_numbers()[factor.lower()]), 0.0
        else:
            number = parse_number(match.group("n1") or match.group("factor") or match.group("nx"))
            value, rounding = number.value, number.step / 2
        found.append(Mention(match.start(), match.end(), "multiple", value, "times", rounding))
    if may_be_fraction(lowered):  # "grew by almost a third": a percent change in words
        for start, end, value in fraction_changes(sentence):
            found.append(Mention(start, end, "percent", value, "percent", 0.0))
    if may_be_spelled_percent(lowered):  # "rose nine percent"
        for start, end, value in spelled_percents(sentence, lowered):
            found.append(Mention(start, end, "percent", value, "percent", 0.5))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    result: list[Mention] = []
    for mention in found:
        if result and mention.start < result[-1].end:
            continue
        result.append(mention)
    if money:
        result = bare_bases(sentence, join_ranges(sentence, result))
        result = shared_currency(sentence, unscaled_bases(sentence, result))
    if has_percent:  # "85-90 percent": one rate at the midpoint
        result = percent_ranges(sentence, result)
    return shared_percent(sentence, result)


def currency_for(mention: Mention, countries: tuple[str, ...]) -> str:
    """The unit of a mention whose currency depends on the page ("¥" is JPY on a Japanese page
    and CNY on a Chinese one; "rupees" PKR on a Pakistani page): the first of ``countries`` (the
    page's countries, most telling first) that is one of its choices, else its default."""
    if not mention.choices:
        return mention.unit
    by_country = dict(mention.choices)
    for iso3 in countries:
        if iso3 in by_country:
            return by_country[iso3]
    return mention.unit
