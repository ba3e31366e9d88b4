"""Periods of one sentence read together, after ``find_periods`` has matched each: a bracket
that spells out the period named in words before it, the same period of a named year after the
level a change reaches, and months named as part of a fiscal year. Split out of ``periods``
(which kept the matching) to keep both modules short.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from pipeline.extract.caseless import ascii_gate
from pipeline.extract.period_record import Period, _month_end, whole_year
from pipeline.extract.period_resolve_base import PAST_YEAR_NOTE, _relative_year

# A period word right before a bracket: "the following fiscal year (July 2029 to June 2030)"
_PERIOD_WORD_BEFORE = re.compile(
    r"\b(?:year|period|months|quarter|half|fiscal|season)\s?\($", re.IGNORECASE
)


# Words naming a whole year or a period by its relation to another, which a bracket may spell
_YEAR_KINDS = ("relative_year", "year", "fiscal", "iranian_year", "same_period", "year_earlier")


def spelled_in_bracket(sentence: str, found: list[Period]) -> list[Period]:
    """A bracket that holds only a dated period right after a period named in words ("in the
    last fiscal year (July 2029 to June 2030)", "during the review period (January-May 2031)")
    spells that period out: it is the sentence's period, in the place of the words (a bracket
    is otherwise a restatement that figures outside it skip)."""
    out: list[Period] = []
    for period in found:
        s, e = period.start, period.end
        if (
            s > 0
            and sentence[s - 1] == "("
            and sentence.startswith(")", e)
            and period.period_start is not None
            and period.period_end is not None
            and not period.comparison
        ):
            before = out[-1] if out else None
            if before is not None and before.end in (s - 1, s - 2):
                # the words named a period of their own ("the last fiscal year"): replaced;
                # but "the first 11 months of last year (2030)": a year in the bracket only
                # says which year the months are of, they stay
                if before.kind in _YEAR_KINDS or not whole_year(period):
                    out[-1] = replace(period, start=before.start, comparison=before.comparison)
                    continue
            elif _PERIOD_WORD_BEFORE.search(sentence, max(0, s - 12), s):
                out.append(replace(period, start=s - 1))
                continue
        out.append(period)
    return out


# "... to $614 million over the same period in 2031": a level reached, right before the period
_TO_AMOUNT_BEFORE = re.compile(
    # not a base after "compared to", "relative to", "up to", "equal to"
    r"(?<!compared\s)(?<!relative\s)(?<!up\s)(?<!equal\s)(?<!close\s)\bto\s"
    r"(?:[^\s,;]+\s){1,3}(?:over|in|during|for)\s(?:the\s)?$",
    re.IGNORECASE,
)


def same_period_reached(sentence: str, found: list[Period]) -> list[Period]:
    """ "Trade jumped from $51m in the first seven months of 2030 to $614m over the same period
    in 2031": the same period of a named year after the level a change reaches is that level's
    own period, not a base: the base's months (a span of whole months in one year) in that
    year."""
    out: list[Period] = []
    for period in found:
        if (
            period.kind == "same_period"
            and period.same_year is not None
            and _TO_AMOUNT_BEFORE.search(sentence, max(0, period.start - 45), period.start)
        ):
            base = next((p for p in reversed(out) if p.comparison), None)
            first, last = (base.period_start, base.period_end) if base else (None, None)
            if (
                first is not None
                and last is not None
                and first.year == last.year
                and first.day == 1
                and last == _month_end(last.year, last.month)
            ):
                year = period.same_year
                period = replace(
                    period,
                    period_start=first.replace(year=year),
                    period_end=_month_end(year, last.month),
                    comparison=False,
                    same_year=None,
                )
        out.append(period)
    return out


# Between months and the fiscal year they are part of: "July-April (period) of FY16", "in the
# April-December period of 2030-31"; before a fiscal year's base: "the same period of FY15".
# Pakistan's and Bangladesh's press also write the code right after the months, with no word:
# "July-April FY16", "July to December FY2030-31", "July-March fiscal 2030-31".
_OF_FISCAL = re.compile(r"\s(?:period\s)?(?:of|in)\s(?:the\s)?|\s", re.IGNORECASE)
_SAME_MONTHS_OF = re.compile(
    r"\b(?:same|corresponding|comparable|analogous|matching)\s(?:period|months|time)\s(?:of|in)"
    r"\s(?:the\s)?$",
    re.IGNORECASE,
)
_BRACKET_OPEN = re.compile(r"\s?\(")
MAY_NAME_FISCAL = ascii_gate((" of ", " in ", "(", " fy", " fiscal", " financial"))


def _whole_fiscal(p: Period) -> bool:
    """A whole fiscal year by name ("FY16", "2030-31", "fiscal 2030"), not yet settled."""
    return p.fiscal is not None and p.fiscal[0] in ("named", "split") and p.fiscal[2] == 12


def _whole_relative_fiscal(p: Period) -> bool:
    """A whole fiscal year relative to the page's date ("the current fiscal year"), unsettled."""
    return p.fiscal is not None and p.fiscal[0] == "rel" and p.fiscal[2] == 12 and bool(p.fiscal[3])


def _month_numbers(p: Period, base: bool = False) -> tuple[int, int] | None:
    """(first, last) calendar month of a month or month range, dated or still pending; a
    comparison base's months only when ``base`` (joined to their fiscal year, a base then)."""
    if p.kind not in ("month", "month_range") or (p.comparison and not base):
        return None
    if p.relative is not None:
        _, first, last = p.relative[0].split(":")
        return int(first), int(last)
    if p.period_start is None or p.period_end is None:
        return None
    return p.period_start.month, p.period_end.month


def months_of_fiscal_year(sentence: str, found: list[Period]) -> list[Period]:
    """Months named as part of a fiscal year ("in the July-April period of FY16", "July-March
    of 2030-31") are those months of it, settled by the figure's countries as the fiscal year
    is (``fiscal`` ("months", shape, year, first month, last month)). A base "in the same period
    of FY15" after such months, or after counted months ("the first 10 months of FY16"), is the
    same months of that fiscal year."""
    out: list[Period] = []
    part: tuple[int, ...] | None = None  # (first, last) calendar months, or (count,) from the start
    for period in found:
        before = out[-1] if out else None
        named = _month_numbers(before, base=True) if before is not None else None
        if (
            before is not None
            and named is not None
            and (_whole_fiscal(period) or _whole_relative_fiscal(period))
            and _OF_FISCAL.fullmatch(sentence, before.end, period.start)
        ):
            part = named
            if _whole_relative_fiscal(period):
                # "July-March of the current fiscal year": ("rel_months", offset, ref, first, last)
                fiscal = ("rel_months", period.fiscal[1], period.fiscal[3], *named)  # type: ignore[index]
            else:
                fiscal = ("months", period.fiscal[0], period.fiscal[1], *named)  # type: ignore[index]
            # a base's months ("compared to $6bn during July-April FY29") make a base
            comparison = before.comparison or period.comparison
            out[-1] = replace(
                period, start=before.start, fiscal=fiscal, kind="fiscal", comparison=comparison
            )
            continue
        if (
            before is not None
            and _whole_fiscal(before)
            and (named := _month_numbers(period)) is not None
            and _BRACKET_OPEN.fullmatch(sentence, before.end, period.start)
            and sentence.startswith(")", period.end)
        ):
            # "2029-30 (July-April)", "FY2030 (Oct-March)": the months of the fiscal year before
            # the bracket, which spells out how much of it the figure covers
            part = named
            fiscal = ("months", before.fiscal[0], before.fiscal[1], *named)  # type: ignore[index]
            out[-1] = replace(before, end=period.end + 1, fiscal=fiscal)
            continue
        if _counted_fiscal(period) and not period.comparison:
            part = (int(period.fiscal[2]),)  # type: ignore[index]
        elif not period.comparison and (months := _month_numbers(period)) is not None:
            # "in April-September ..., against $31bn in the corresponding period of FY24": the
            # base is those calendar months of that fiscal year
            part = months
        elif (
            part is not None
            and period.comparison
            and _whole_fiscal(period)
            and _SAME_MONTHS_OF.search(sentence, max(0, period.start - 30), period.start)
        ):
            shape, year = period.fiscal[0], period.fiscal[1]  # type: ignore[index]
            fiscal = (shape, year, *part) if len(part) == 1 else ("months", shape, year, *part)
            period = replace(period, fiscal=fiscal)
        out.append(period)
    return out


def _counted_fiscal(p: Period) -> bool:
    """The first months of a fiscal year by name ("the first 10 months of FY16")."""
    return p.fiscal is not None and p.fiscal[0] in ("named", "split") and int(p.fiscal[2]) < 12


# Between months named without a year and the year they are of: "the nine-month period of
# 2030", "the January-June period in 2030", "in the first three months, in 2030,"
# ... also the months in brackets right before the year ("the first half (January-June) 2030")
_OF_NAMED_YEAR = re.compile(r"\s(?:period\s)?(?:of|in)\s(?:the\s)?(?:year\s)?|,\s(?:in\s)?|\)\s")
_SPAN_KINDS = ("first_months", "month_range", "month")
_YEAR_DIGITS = re.compile(r"\d{4}")


def merge_with_previous(
    found: list[Period], merge: Callable[[Period, Period], Period | None]
) -> list[Period]:
    """``found`` (in order) with each period that ``merge(before, period)`` joins to the period
    kept before it folded in: the result takes the earlier one's place and the period is no
    period of its own; ``None`` keeps the period as it is."""
    out: list[Period] = []
    for period in found:
        merged = merge(out[-1], period) if out else None
        if merged is None:
            out.append(period)
        else:
            out[-1] = merged
    return out


def months_of_named_year(sentence: str, found: list[Period]) -> list[Period]:
    """Months named without their year, then the year they are of ("exports in the nine-month
    period of 2030", "the January-June period of 2030", "In the first three months, in 2030,"):
    those months of that year, one period (each alone would read as months of the page's year
    and a whole year). Only a span within one calendar year; a year of its own after the months
    ("in May, up 4% on 2029") is joined only by "of"/"in"/a comma right after them."""

    def merge(before: Period, period: Period) -> Period | None:
        if not (
            period.kind == "year"
            and whole_year(period)
            and before.kind in _SPAN_KINDS
            and before.fiscal is None
            and before.anchor is None
            and _YEAR_DIGITS.search(sentence, before.start, before.end) is None
            and _OF_NAMED_YEAR.fullmatch(sentence, before.end, period.start)
            and (months := _span_months(before)) is not None
        ):
            return None
        year = period.period_start.year  # type: ignore[union-attr]
        return replace(
            before,
            end=period.end,
            period_start=dt.date(year, months[0], 1),
            period_end=_month_end(year, months[1]),
            relative=None,
            comparison=before.comparison or period.comparison,
        )

    return merge_with_previous(found, merge)


# words that give months their year ("the first four months of this year", "last year's")
_RELATIVE_YEAR_WORD = re.compile(
    r"\b(?:this|last|current|previous|past|next)\s(?:year|fiscal)|\byear", re.I
)


# ... or right after them ("April through August of CFY", "in the current fiscal")
_YEAR_NAMED_AFTER = re.compile(
    r"\s(?:of|in)\s(?:the\s)?(?:C?FY|fiscal|financial|current|this|last|previous|past|next)\b",
    re.IGNORECASE,
)


def months_of_sentence_year(sentence: str, found: list[Period]) -> list[Period]:
    """Months named without a year in a sentence that fixes their year otherwise: a base "the
    same period of 2029" (the months are of 2030, whatever the page's date), or a whole year that
    opens the sentence with no number between it and the months ("In the early months of 2030,
    trade recovered slowly; in the first four months it reached $1bn": those of 2030, not the
    latest before the page). Not months after an amount ("$5bn in 2029 and $2bn in January-April":
    the latest January-April), nor months whose text names a year ("of this year")."""
    bases = [p.same_year for p in found if p.comparison and p.same_year is not None]
    opener = found[0] if found and found[0].kind == "year" and whole_year(found[0]) else None
    if opener is not None and (opener.comparison or opener.relative is not None):
        opener = None
    fronted = _fronted_relative_year(sentence, found)
    out: list[Period] = []
    for i, period in enumerate(found):
        # ... also "In 2030, through September, ...": the months so far of that year
        months = _span_months(period) if period.kind in _SPAN_KINDS + ("to_month",) else None
        if (
            months is None
            or period.comparison
            or period.fiscal is not None
            or period.anchor is not None
            or _YEAR_DIGITS.search(sentence, period.start, period.end)
            or _RELATIVE_YEAR_WORD.search(sentence, period.start, period.end)
            or _YEAR_NAMED_AFTER.match(sentence, period.end)
        ):
            out.append(period)
            continue
        year = None
        if fronted is not None and i == 1 and fronted.relative is not None:
            # "In the current year, for the period from January to June, ...": the months of the
            # year the sentence opens with, still pending on an undated page (round 57)
            out.append(
                replace(
                    period,
                    period_start=None,
                    period_end=None,
                    relative=(f"relmonths:{months[0]}:{months[1]}", fronted.relative[1]),
                )
            )
            continue
        if fronted is not None and i == 1:
            year = fronted.period_start.year  # type: ignore[union-attr]
        elif bases:
            year = bases[0] + 1
        elif (
            opener is not None
            and i == 1
            and not any(ch.isdigit() for ch in sentence[opener.end : period.start])
        ):
            year = opener.period_start.year  # type: ignore[union-attr]
        if year is None:
            out.append(period)
            continue
        out.append(
            replace(
                period,
                period_start=dt.date(year, months[0], 1),
                period_end=_month_end(year, months[1]),
                relative=None,
            )
        )
    return out


# a relative year that opens the sentence as its own phrase: "This year, ...", "In the current
# year, ...", "So far this year, ...", "Last year, ..."
_FRONT = re.compile(r"\W*(?:(?:so|thus)\sfar\s)?(?:(?:in|during|for|over|within)\s)?", re.I)
_FRONT_END = re.compile(r"\s?,")


def _fronted_relative_year(sentence: str, found: list[Period]) -> Period | None:
    """The first period when it is a relative year ("this year", "the current year", "last
    year") fronted as the sentence's own phrase and closed by a comma: "In the current year, for
    the period from January to June, trade is EUR 2.5bn" (the months are of that year)."""
    if len(found) < 2 or found[0].kind != "relative_year" or found[0].comparison:
        return None
    first = found[0]
    if first.relative is None and not whole_year(first):
        return None  # ("in the past year": the last twelve months)
    if first.relative is not None and first.relative[0] != "year":
        return None
    if _FRONT.fullmatch(sentence, 0, first.start) is None:
        return None
    if _FRONT_END.match(sentence, first.end) is None:
        return None
    if any(ch.isdigit() for ch in sentence[first.end : found[1].start]):
        return None
    return first


def _span_months(p: Period) -> tuple[int, int] | None:
    """(first, last) month of a span of whole months within one calendar year, dated or
    pending."""
    if p.relative is not None:
        shape = p.relative[0].split(":")
        if shape[0] != "months" or p.relative[1] != 0:
            return None
        first, last = int(shape[1]), int(shape[2])
    elif p.period_start is not None and p.period_end is not None:
        if p.period_start.year != p.period_end.year or p.period_start.day != 1:
            return None
        first, last = p.period_start.month, p.period_end.month
    else:
        return None
    return (first, last) if first <= last else None


# NOTES gr rule 1: "the past year" is twelve months with no calendar year, unless its own
# sentence sets it against a named whole year ("grew 18% during the past year, compared with
# 2029"; "over the past year trade was $1.2bn, and in 2030 it was $900m"): then it is the last
# calendar year, as "last year" would be.
def past_year_named(found: list[Period], ref: dt.date | None) -> list[Period]:
    """``found`` with a "the past year" read as last year where a whole year in digits stands
    beside it in the sentence (as its base or as the year before it); else unchanged."""
    if not any(p.note == PAST_YEAR_NOTE for p in found):
        return found
    if not any(p.kind == "year" and whole_year(p) and not p.relative for p in found):
        return found
    out = []
    for p in found:
        if p.note == PAST_YEAR_NOTE:
            p = replace(
                _relative_year((p.start, p.end), p.kind, -1, ref), comparison=False, note=None
            )
        out.append(p)
    return out
