"""The figures of one document: sentences in order, then undated periods resolved and
restatements of one claim merged. A pure function of the document's sentences, so it can be
cached per document and run in worker processes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import replace

import pandas as pd

from pipeline.contract.hashing import short_id
from pipeline.extract.attribution import SpeakerState
from pipeline.extract.authority import dateline_country, first_named
from pipeline.extract.body_owner import without_body_trade
from pipeline.extract.change_between_levels import dated_by_later_level
from pipeline.extract.confidence import figure_confidence
from pipeline.extract.context import DocContext, ranked_countries
from pipeline.extract.countries import find_countries
from pipeline.extract.currency_names import names_currency
from pipeline.extract.fact_lines import title_pair
from pipeline.extract.from_to_current import from_to_without_period
from pipeline.extract.gloss_spans import figure_as_written
from pipeline.extract.iranian_page import iranian_page
from pipeline.extract.kingdom import page_monarchies
from pipeline.extract.lead_period import lead_period
from pipeline.extract.page_base import base_fixed_year, to_base_year
from pipeline.extract.page_currency import home_currency
from pipeline.extract.page_dollar import with_home_dollar
from pipeline.extract.page_gloss import gloss_page, page_language
from pipeline.extract.page_trader import page_trader
from pipeline.extract.period_after_base import periods_after_base
from pipeline.extract.period_anchor import (
    actual_periods,
    anchored_year,
    reference_day,
    relayed_sentences,
    series_year,
    so_far_year,
    with_fiscal_resolved,
    year_to_date_year,
)
from pipeline.extract.period_base_year import base_named_year
from pipeline.extract.period_coverage import with_coverage
from pipeline.extract.period_record import whole_year
from pipeline.extract.period_restated_year import restated_year
from pipeline.extract.period_to_date import this_year_to_date, to_a_day, to_date
from pipeline.extract.periods import Period, resolve_pending
from pipeline.extract.present_time import stated_now
from pipeline.extract.reexports import without_reexports
from pipeline.extract.restated_title import without_restated_title
from pipeline.extract.restatements import dedupe
from pipeline.extract.sentence import sentence_figures
from pipeline.extract.stated_period import YEAR_SAID_REACH, refers_back, stated_period
from pipeline.extract.stray_pair import without_stray_pairs
from pipeline.extract.summed_flows import summed_flows
from pipeline.extract.trade_tables import table_figures
from pipeline.extract.whole_trade import without_whole_trade

_PERIOD_RULE = re.compile(r"period=[a-z_]+")
_DATELINE_ROWS = 6  # the first sentences, where a dateline ("BERLIN, March 4 (Xinhua) --") is


def _inferred_year(found: list[tuple[dict, Period | None]]) -> int | None:
    """Reference year for an undated document: the year after its latest full-year actual.

    A full-year actual for year Y can only be reported from Y+1 on, so "the current year" in such
    an article is at the earliest Y+1; we take that earliest reading.
    """
    years = [p.period_start.year for p in actual_periods(found) if whole_year(p)]  # type: ignore[union-attr]
    return max(years) + 1 if years else None


def _text_year(found: list[tuple[dict, Period | None]]) -> int | None:
    """The current year an undated document's own text fixes (NOTES: "its own text fixes the
    year"): the year of its latest part-year period ("the first eight months of 2030" makes
    "this year" 2030, as data "till June 22, 2030" does; one ending in December, the next
    year: "exports in December 2030" are read in 2031), or the year after a part-year
    comparison base ("compared to January 2029"). Full years fix nothing: "trade in 2029" may be read in any later year.
    """
    years, bases = [], []
    for f, p in found:
        if to_a_day(f, p):
            years.append(p.period_end.year)  # type: ignore[union-attr]
            continue
        if p is None or p.period_start is None or p.period_end is None:
            continue
        start, end = p.period_start, p.period_end
        if p.kind == "rolling" and end.month != 12 and not p.comparison:
            # "the year ended February 2030": data up to a month of 2030, as a part-year
            years.append(end.year)
            continue
        if start.year != end.year or (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
            continue
        # (data to the end of December is out once that year is over: written in the next)
        (bases if p.comparison else years).append(end.year + (p.comparison or end.month == 12))
    # A part-year the page states ("the first 11 months of 2030") fixes the year more surely than
    # a base, which may be a month-on-month one ("up 4% from October 2030").
    return max(years or bases) if years or bases else None


def _later_named(text_year: int | None, rows: list[dict], found: list) -> int | None:
    """A year the data fix is a lower bound; a relative period set against a named year in its
    own sentence ("up to May this year compared to 2029") says the year: the later one wins."""
    named = base_named_year(rows, found) if text_year is not None else None
    return max(text_year, named) if text_year is not None and named is not None else text_year


def _last_month_of_span(
    found: list[tuple[dict, Period | None]], year: int | None = None
) -> list[tuple[dict, Period | None]]:
    """On an undated page, a month named relative to the article ("last month alone") is the
    last month of the latest part-year span the page states ("the first 11 months of 2030"
    ... "Last month alone, trade was $X": November 2030), or of the month it reports ("exports
    in May", of the ``year`` the text fixes: a page on May's data is written after May); without
    such a span it stays undated."""
    dated = [
        resolve_pending(p, year) if year and p and p.relative and not p.relative[1] else p
        for _, p in found
    ]
    spans = [
        p
        for p in dated
        if _dated(p)
        and not p.comparison
        and not whole_year(p)  # type: ignore[union-attr]
        and p.period_start.year == p.period_end.year  # type: ignore[union-attr]
    ]
    if not spans:
        return found
    end = max(p.period_end for p in spans)  # type: ignore[union-attr, type-var]
    first = end.replace(day=1)
    out = []
    for figure, p in found:
        if p is not None and p.kind == "relative_month" and p.period_start is None:
            note = "a month relative to the undated article: the last month of its span"
            p = replace(p, period_start=first, period_end=end, note=note)
            figure = {**figure, "evidence": _PERIOD_RULE.sub("period=inferred", figure["evidence"])}
        out.append((figure, p))
    return out


def _finish(
    figure: dict, period: Period | None, inferred_year: int | None, text_year: int | None = None
) -> dict:
    """Resolve a pending relative period with the year an undated document's text fixes, else
    (targets only) its inferred year, and say in ``period_note`` why a bound is null."""
    note = None
    resolved = False  # a relative period given its year here: evidence says "inferred"
    undated = False  # a period was stated but only the article's missing date could fix it
    if period is not None and period.relative is not None and text_year is not None:
        period = resolve_pending(period, text_year)
        resolved = True
        note = f"relative period resolved against the year the text fixes ({text_year})"
    if period is not None and period.relative is not None:
        # NOTES: on a page without a date, a relative actual period stays empty unless the text
        # fixes the year; only a target ("raise trade to $X in the current year") is read
        # against the earliest year that can report the latest full-year actual.
        if inferred_year is not None and figure["status"] == "target":
            period = resolve_pending(period, inferred_year)
            resolved = True
            note = (
                f"relative period resolved against inferred year {inferred_year} (no date header)"
            )
        else:
            note = "relative period but the document has no date header"
            undated = True
    if resolved and period is not None and period.by_end and figure["status"] == "target":
        period = replace(period, period_start=None)  # "by the end of this year": a deadline
    if period is None:
        note = "no period stated"
    elif note is None:
        note = period.note
    start = period.period_start if period else None
    end = period.period_end if period else None
    evidence = figure["evidence"]
    if start is None and end is None:
        # "undated" keeps apart a period the page states but cannot date (null by NOTES, often
        # right) from a figure with no period at all (often a misread): confidence weighs them.
        evidence = _PERIOD_RULE.sub("period=undated" if undated else "period=none", evidence)
    elif resolved:
        evidence = _PERIOD_RULE.sub("period=inferred", evidence)
    return {
        **figure,
        "period_start": start,
        "period_end": end,
        "period_note": note,
        "evidence": evidence,
    }


def _dated(period: Period | None) -> bool:
    return period is not None and period.period_start is not None and period.period_end is not None


def _looks_back(last: Period | None, first: Period | None) -> bool:
    """A period ending before the article's first one began ("In 2014, exports totalled ..."
    in an article about 2015): figures a sentence or more later, with no period of their own,
    are about the article's period again, not the look back."""
    if not (_dated(last) and _dated(first)):
        return False
    assert last is not None and first is not None
    return last.period_end < first.period_start  # type: ignore[operator]


def extract_rows(
    doc_id: str, published: dt.date | None, title: str | None, rows: list[dict]
) -> list[dict]:
    """Figures of one document from its sentence rows, in position order.

    On a page without a publication date, a fiscal year named relative to the article ("the
    current fiscal", "the last financial year") needs a day, not just a year: it is read against
    the day after the latest part-year period the page reports ("April-November 2030" makes the
    current fiscal the one that holds November 2030), as the page itself fixes it
    (:func:`pipeline.extract.period_anchor.reference_day`)."""
    lang = page_language(title, rows)
    title, rows, written = gloss_page(title, rows, lang)  # foreign-language pages: glossed first
    figures, pending = _extract(doc_id, published, title, rows)
    day = reference_day(pending, rows) if published is None else None
    if day is not None:
        again, _ = _extract(doc_id, day, title, rows)
        figures = with_fiscal_resolved(figures, pending, again, day)
    figures = dedupe(
        without_restated_title(summed_flows(figures, rows), rows, title), _stated_now(figures, rows)
    )
    figures = without_body_trade(figures, rows)  # a chamber's or a company's trade
    figures = without_reexports(figures, rows)  # "exports to B" continuing re-exports
    figures = without_stray_pairs(without_whole_trade(figures, rows), rows)  # left partners
    figures = with_coverage(figures, rows)  # "The figures cover January to October."
    # confidence is set here, once, on the final rows: it weighs the final evidence and the
    # page's language (``confidence.features``), known only here
    page = "english" if lang is None else "glossed"
    return _unique_ids(
        [
            {**figure_as_written(f, written), "confidence": figure_confidence(f, page=page)}
            for f in figures
        ]
    )


def _unique_ids(figures: list[dict]) -> list[dict]:
    """Figures with ids unique in their document: a figure's id hashes its sentence's text and
    span, so two sentences written alike ("99,9" in two cells of a cell-per-line table, a lead
    repeated lower down) read as two claims once shared one id and the run failed the figures
    schema check (round 53, dev page hx12). The first keeps its id; a later one takes the hash of
    that id and its ``sentence_id`` (then of an occurrence count), so ids already unique stay as
    they were."""
    seen: set[str] = set()
    out = []
    for figure in figures:
        fid = figure["figure_id"]
        if fid in seen:
            fid = short_id(f"{fid}|{figure['sentence_id']}")
            n = 1
            while fid in seen:
                fid, n = short_id(f"{figure['figure_id']}|{figure['sentence_id']}|{n}"), n + 1
            figure = {**figure, "figure_id": fid}
        seen.add(fid)
        out.append(figure)
    return out


def _stated_now(figures: list[dict], rows: list[dict]) -> frozenset[str]:
    """The ids of the undated figures stated for the present (``present_time.stated_now``)."""
    texts = {r["sentence_id"]: str(r["text"]) for r in rows}
    return frozenset(
        f["figure_id"]
        for f in figures
        if f["period_end"] is None
        and f["sentence_id"] in texts
        and stated_now(texts[f["sentence_id"]], f["char_start"], f["char_end"])
    )


def _extract(
    doc_id: str, published: dt.date | None, title: str | None, rows: list[dict]
) -> tuple[list[dict], list[tuple[dict, Period | None]]]:
    """The document's finished figures before restatements are merged, and its figures with
    their periods as found (before an undated page's relative periods are resolved)."""
    # "U.S. dollars", "Chinese yuan" name a currency, not a country the page is about
    mentions = [
        [c for c in find_countries(str(r["text"])) if not names_currency(str(r["text"]), c)]
        for r in rows
    ]
    # the dateline opens the body, after a title and a byline or two
    home = next((c for r in rows[:_DATELINE_ROWS] if (c := dateline_country(str(r["text"])))), None)
    # (the title's too: a glossed title's "310억 달러" is "31 billion US dollars", no country)
    in_title = [c for c in find_countries(title) if not names_currency(title, c)] if title else []
    ranked = ranked_countries(title, mentions, in_title)
    state = SpeakerState(home=home, main=first_named(title, mentions))
    state.read_page_source([str(r["text"]) for r in rows], title)
    ctx = DocContext(
        doc_id,
        published,
        ranked[:2],
        state,
        ranked=ranked,
        title_pair=title_pair(title),
        texts=tuple(str(r["text"]) for r in rows),
    )
    ctx.iranian = iranian_page(ctx.texts, ranked[:2])
    ctx.monarchies = page_monarchies(
        [find_countries(title or ""), *mentions], ctx.texts
    )  # "the Kingdom"
    # a title naming states weighs in the page's counts (triple) instead
    ctx.first = None if first_named(title, []) else first_named(None, mentions)
    ctx.trader = page_trader([title or "", *(str(r["text"]) for r in rows[:_DATELINE_ROWS])])
    tables = table_figures(rows, ctx)  # row -> its table cells' figures (``trade_tables``)
    found: list[tuple[dict, Period | None]] = []
    found_stated: list[tuple[dict, Period | None]] = []  # periods of sentences without figures
    skipped: list[tuple[dict, Period | None]] = []  # dated only by a left-out product figure
    first: Period | None = None  # the first dated period: the one the article is about
    lead = 0  # the figures found before the sentence that stated ``first``
    set_at = 0  # the sentence that set ctx.last_period
    # a whole year a sentence without figures states (sentence, the period it replaced, it)
    year_said: tuple[int, Period | None, Period] | None = None
    for i, (row, sentence_countries) in enumerate(zip(rows, mentions, strict=True)):
        if (
            _looks_back(ctx.last_period, first)
            and (i - set_at >= 2 or from_to_without_period(str(row["text"]), published))
            and not refers_back(str(row["text"]))  # "in the period": the look back's still
        ):
            ctx.last_period = first  # ("from $0.7bn to $0.6bn": from the base to the article's)
        if year_said and i - year_said[0] > YEAR_SAID_REACH and ctx.last_period is year_said[2]:
            # no figure took the year up: the paragraph that year introduced is over ("in 2016
            # trade fell" ... five sentences on: "we once had a turnover of $250 million")
            ctx.last_period = year_said[1]
            year_said = None
        if i in tables:
            found.extend(tables[i])  # a table's cells: no sentence to read, no period to carry
            continue
        before = ctx.last_period
        figures = dated_by_later_level(
            sentence_figures(row, sentence_countries, ctx), str(row["text"])
        )
        found.extend(figures)
        if figures:
            year_said = None  # the figures carry the year on, as any figure's period
            if ctx.last_period is before and any(
                p is before and "flow=own" in str(f.get("evidence", "")) for f, p in figures
            ):
                set_at = i  # they took the look back on: the next sentence may still continue it
        else:
            if ctx.last_period is not before and _dated(ctx.last_period):
                skipped.append((row, ctx.last_period))  # (it still fixes the page's year)
            stated = stated_period(str(row["text"]), ctx)
            if stated is not None:
                ctx.last_period = stated
                found_stated.append((row, stated))
                year_said = (i, before, stated) if whole_year(stated) else None
        if ctx.last_period is not before:
            set_at = i
            if first is None and _dated(ctx.last_period):
                first = ctx.last_period
                lead = len(found) - len(figures)
            if ctx.first_period is None and figures and _dated(ctx.last_period):
                ctx.first_period = ctx.last_period  # (a figure's: "In 2030, A joined B's top ten")
    head = {r["sentence_id"]: str(r["text"]) for r in rows[:_DATELINE_ROWS]}
    found = lead_period(found, lead, head)
    inferred = None if published else _inferred_year(found)
    fixed = None
    base = None if published else base_fixed_year([str(r["text"]) for r in rows])
    if published is None:
        # an issue label ("Weekly 2031/09") dates the page; else the year its text fixes
        head = [title or "", *(str(r["text"]) for r in rows[:_DATELINE_ROWS])]
        fixed = (
            series_year(head)
            or so_far_year([str(r["text"]) for r in rows])  # "So far in 2031, ..."
            or restated_year(found)
            or (base[0] if base else None)
            or _later_named(_text_year(found + found_stated + skipped), rows, found)
            or anchored_year(rows, found)
            or base_named_year(rows, found)
            or year_to_date_year(found, rows)
        )
    as_found = found + found_stated
    if published is not None:
        found = _since_to_latest_year(
            to_date(found, found_stated, published), found_stated, published
        )
    else:
        found = _last_month_of_span(found + found_stated, fixed)[: len(found)]
        found = to_base_year(_since_to_latest_year(found, found_stated), base)
    found = periods_after_base(found, rows, published)  # the last fallback: after its base
    relayed = relayed_sentences(rows) if fixed is not None else set()
    found = this_year_to_date(found, found_stated, fixed, relayed)
    fixes = [None if f["sentence_id"] in relayed else fixed for f, _ in found]
    finished = [_finish(f, p, inferred, y) for (f, p), y in zip(found, fixes, strict=True)]
    home_currency(finished, ctx.shared_units, ctx.fitted_units, ctx.state.home)
    named = Counter(iso for found in mentions for iso in {c.iso3 for c in found})
    return with_home_dollar(ctx.texts, named, finished), as_found


def _since_to_latest_year(
    found: list[tuple[dict, Period | None]],
    stated: list[tuple[dict, Period | None]],
    published: dt.date | None = None,
) -> list[tuple[dict, Period | None]]:
    """On an undated page, a change or stock "since 2005" runs to the end of the latest year the
    page has data for ("in the first nine months of 2021" ... "has exceeded $1bn since 2005":
    2005-01-01..2021-12-31, NOTES: the since-rule); without dated data its end stays open. On a
    dated page a change since a year ("trade has tripled since 2010") runs to that year too, not
    to the day of publication; a level "since" (an investment stock) keeps that day."""
    years = [
        p.period_end.year  # type: ignore[union-attr]
        for _, p in found + stated
        if _dated(p) and not p.comparison and p.kind != "since"  # type: ignore[union-attr]
    ]
    if not years:
        return found
    end = dt.date(max(years), 12, 31)
    return [
        (f, replace(p, period_end=end, note="since: to the page's latest data year"))
        if p is not None
        and p.kind == "since"
        and p.period_start
        and (
            p.period_end is None
            if published is None
            else f["measure"] != "level" and p.period_end == published and end < published
        )
        and p.period_start <= end
        else (f, p)
        for f, p in found
    ]


def extract_document(
    doc_id: str, published: dt.date | None, title: str | None, sentences: pd.DataFrame
) -> list[dict]:
    """Figures of one document (its sentences table, any order)."""
    return extract_rows(
        doc_id, published, title, sentences.sort_values("position").to_dict("records")
    )
