"""Trade tables as pages store them: rows of period labels under flow columns.

A page's table reaches us in one of two layouts, read here on the glossed rows (a foreign page's
"Vývoz", "экспорт" already read "exports", its "tis. EUR" "thousand euros"):

- a row per line, its cells split by ``|`` ("Year | Exports (US$ million) | Imports
  (US$ million)", then "2030 | 1,234 | 567"); the first row is the column headers;
- a cell per line (an HTML table flattened): group headers ("exports", "imports", "turnover",
  "balance"), then their sub-headers ("thousand euros", "rank", "index"), then per row a period
  label ("2030", "1-2/2031") and its cells.

A column gives figures only when its header names one flow (``triggers.csv``) and either a
currency with its scale (a level) or an index (previous period = 100: a change of index − 100)
or a change in percent; balance, rank and share columns give none (NOTES: a balance column is
no figure; cells count only when a currency or scale is in their own row or column header, so a
caption's unit, being no header, gives no table). A data row's label must be a period and
nothing else; a row whose cell count differs from the header's gives nothing, and so does a
header cell we cannot read (precision first).

The pair is the heading's (the short lines right above the table), else the page title's when
the heading calls the table bilateral ("mutual trade", "between"); a heading naming another
economy, or one economy with no bilateral word (a country's world totals), gives no table. The
reporter of exports and imports is the economy that owns the heading's flow ("exports of A to
B"), else the page's own country: the country of the table's source line ("Source: A's
statistical office"), of the dateline, or of the page's own site. A source line under the table
is its source; a footnote ("* January–August") dates the cells of the rows it marks.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from pipeline.contract.hashing import short_id
from pipeline.extract.authority import source_line
from pipeline.extract.context import DocContext
from pipeline.extract.countries import find_countries
from pipeline.extract.digits import as_written
from pipeline.extract.numbers import find_mentions
from pipeline.extract.period_record import Period, _month_end
from pipeline.extract.period_settle import settle
from pipeline.extract.periods import find_periods, resolve_pending
from pipeline.extract.slots import trigger
from pipeline.lexicon import triggers

_SEPARATOR = re.compile(r"\s*\|\s*")  # (a tab is a space once the page is cleaned)
_RULE_ROW = re.compile(r"^[\s|:\-–—=+]*$")  # a markdown rule "|---|---|"
# A cell's number as the gloss leaves it: "3,637,609", "114.4", "-0.1", a rank "9."
_NUMBER = re.compile(r"^[-−–+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\.?$")
_EMPTY = re.compile(r"^(?:-|–|—|\.\.|…|x|n/?a)$", re.IGNORECASE)
_MAX_CELL = 60  # a header or data cell; a longer line is prose, a heading or a caption
_MAX_HEADING = 200
_HEADING_ROWS = 3
_AFTER_ROWS = 3  # a source line or footnote this close under the last row
_LABEL_COLUMN = re.compile(r"^[^\d|]{0,25}$")  # "Year", "Период", "Rok" over the labels
_INDEX = re.compile(r"^(?:index|indices|idx)\b", re.IGNORECASE)
_RANK = re.compile(r"^(?:rank|ranking|place|position|pos\.)$", re.IGNORECASE)
_PERCENT = re.compile(r"%|\bpercent\b|\bper\scent\b", re.IGNORECASE)
_CHANGE = re.compile(r"\b(?:change|growth|increase|y/y|yoy|year[-\s]on[-\s]year)\b|\+/-", re.I)
_SHARE = re.compile(r"\bshare\b", re.IGNORECASE)
_BALANCE = re.compile(r"\bbalance\b|\bsurplus\b|\bdeficit\b", re.IGNORECASE)
_SCALE_ONLY = re.compile(
    r"^(?:in\s)?(?:thousands?|millions?|billions?|mn|bn|crores?|lakhs?)$", re.I
)
# Words a unit header may wrap its currency in: "(in US$ million)", "value in thousand euros"
_UNIT_WRAP = re.compile(r"[()\[\],:;]|\b(?:in|value|values|of|amount|volume)\b", re.IGNORECASE)
_BILATERAL = re.compile(r"\b(?:bilateral|mutual|between|with)\b", re.IGNORECASE)
# "1-2/2031", "1–6/2031", "I-VI/2031", "1/2031": months of a year as Central European tables write
_MONTHS_SLASH = re.compile(
    r"^(?P<a>\d{1,2}|[IVX]{1,4})(?:\s?[-–]\s?(?P<b>\d{1,2}|[IVX]{1,4}))?\s?[/.]\s?(?P<y>(?:19|20)\d\d)$"
)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9}
_ROMAN.update({"X": 10, "XI": 11, "XII": 12})
_MARK = re.compile(r"\s?(\*+|\(\d\)|\d\))$")
_LABEL_REST = re.compile(r"^[\s.,:()]*(?:year|years|y\.|fy)?[\s.,:()]*$", re.IGNORECASE)


@dataclass(frozen=True)
class _Column:
    """One leaf column: its flow (or "balance"), and what its cells are."""

    flow: str | None
    kind: str  # "level", "index", "change", "skip"
    unit: tuple[str, str] | None = None  # (text before the number, text after it)


@dataclass(frozen=True)
class _Table:
    header: tuple[int, ...]  # row indices of the header cells
    columns: tuple[_Column, ...]
    data: tuple[tuple[str, tuple[int, ...], tuple[tuple[int, int], ...]], ...]
    # (label, cell rows, cell spans in their rows) per data row
    end: int  # the last row of the table


def _unit(text: str) -> tuple[str, str] | None:
    """How a cell's number is written with the currency and scale ``text`` names ("US$
    million", "thousand euros", "Rs. crore"): (before, after) the number, else None."""
    rest = " ".join(_UNIT_WRAP.sub(" ", text).split())
    if not rest or not re.search(r"[^\W\d]|\$|€|£|¥", rest):
        return None
    words = rest.split()
    tries = [("", " " + rest), (rest + " ", "")]
    tries += [(" ".join(words[:i]) + " ", " " + " ".join(words[i:])) for i in range(1, len(words))]
    for before, after in tries:
        probe = f"{before}100{after}"
        found = find_mentions(probe)
        if (
            len(found) == 1
            and found[0].kind == "money"
            and found[0].end - found[0].start == len(probe)
        ):
            return before, after
    return None


def _flow(text: str) -> str | None:
    """The one flow a header cell names ("balance" for a balance), else None."""
    if _BALANCE.search(text):
        return "balance"
    named = {triggers("flow")[m.group(1).lower()] for m in trigger("flow").finditer(text)}
    if len(named) != 1 or "investment" in named:
        return None
    return named.pop()


def _sub(text: str) -> _Column | None:
    """A sub-header cell (no flow of its own): its kind, or None when unreadable."""
    if _RANK.match(text) or _SHARE.search(text):
        return _Column(None, "skip")
    if _INDEX.match(text):
        return _Column(None, "index")
    if _PERCENT.search(text):
        return _Column(None, "change" if _CHANGE.search(text) else "skip")
    unit = _unit(text)
    return _Column(None, "level", unit) if unit else None


def _group(text: str) -> _Column | None:
    """A flow header cell, with the unit it may carry ("Exports (US$ million)")."""
    flow = _flow(text)
    if flow is None:
        return None
    rest = text
    for match in reversed(list(trigger("flow").finditer(text))):
        rest = rest[: match.start()] + " " + rest[match.end() :]
    if _INDEX.search(rest.strip(" ()")):
        return _Column(flow, "index")
    if _PERCENT.search(rest):
        return _Column(flow, "change" if _CHANGE.search(rest) else "skip")
    unit = _unit(_BALANCE.sub(" ", rest)) if re.search(r"[^\W\d]|\$|€|£|¥", rest) else None
    return _Column(flow, "level" if unit else "bare", unit)


def _is_number(text: str) -> bool:
    return bool(_NUMBER.match(text) or _EMPTY.match(text))


def _row_columns(cells: list[str]) -> list[_Column] | None:
    """Leaf columns of a one-row header: a flow cell, or a change, index, rank or share cell
    of the flow cell before it ("Exports (US$ million) | change, %"); None when a cell is
    neither."""
    out: list[_Column] = []
    for cell in cells:
        group = _group(cell)
        if group is not None:
            out.append(group if group.kind != "bare" else _Column(group.flow, "skip"))
            continue
        sub = _sub(cell)
        if sub is None or sub.kind == "level" or not out:
            return None
        out.append(_Column(out[-1].flow, sub.kind))
    return out


def _columns(cells: list[str]) -> list[_Column] | None:
    """Leaf columns of header cells in order: groups, then their sub-headers partitioned so that
    each group's run starts at a unit cell; None when they do not line up."""
    merged: list[str] = []
    for cell in cells:  # "tis." / "EUR": the splitter cut "tis. EUR" at its stop
        if merged and _SCALE_ONLY.match(merged[-1]) and _unit(f"{merged[-1]} {cell}"):
            merged[-1] = f"{merged[-1]} {cell}"
        else:
            merged.append(cell)
    groups: list[_Column] = []
    subs: list[_Column] = []
    for cell in merged:
        group = _group(cell) if not subs else None
        if group is not None:
            groups.append(group)
            continue
        sub = _sub(cell)
        if sub is None or not groups:
            return None
        subs.append(sub)
    if not subs:
        return [g if g.kind != "bare" else _Column(g.flow, "skip") for g in groups]
    runs: list[list[_Column]] = []
    for sub in subs:
        if sub.kind == "level" or not runs:
            runs.append([])
        runs[-1].append(sub)
    if len(runs) != len(groups) or any(g.kind != "bare" for g in groups):
        return None
    return [
        _Column(g.flow, s.kind, s.unit) for g, run in zip(groups, runs, strict=True) for s in run
    ]


def _label(text: str, published: dt.date | None) -> tuple[Period, bool] | None:
    """The period a row label names and whether a footnote mark follows it, when the label is
    a period and nothing else ("2030", "2029-30", "1-2/2031", "January-June 2031")."""
    mark = _MARK.search(text)
    label = text[: mark.start()].strip() if mark else text.strip()
    slash = _MONTHS_SLASH.match(label)
    if slash:
        first = _month(slash.group("a"))
        last = _month(slash.group("b") or slash.group("a"))
        year = int(slash.group("y"))
        if first is None or last is None or not 1 <= first <= last <= 12:
            return None
        start, end = dt.date(year, first, 1), _month_end(year, last)
        return Period(0, len(label), "month_range", start, end), bool(mark)
    found = find_periods(label, published)
    if len(found) != 1 or found[0].relative is not None or found[0].comparison:
        return None
    period = found[0]
    if not _LABEL_REST.match(label[: period.start] + " " + label[period.end :]):
        return None
    if period.fiscal is None and (period.period_start is None or period.period_end is None):
        return None
    return period, bool(mark)


def _month(text: str) -> int | None:
    return int(text) if text.isdigit() else _ROMAN.get(text)


def _pipe_cells(text: str) -> list[tuple[str, int, int]]:
    """The cells of a separated row with their spans (outer empty cells dropped)."""
    cells, start = [], 0
    for match in [*_SEPARATOR.finditer(text), None]:
        end = match.start() if match else len(text)
        cells.append((text[start:end].strip(), start, end))
        start = match.end() if match else start
    while cells and not cells[0][0]:
        cells.pop(0)
    while cells and not cells[-1][0]:
        cells.pop()
    return cells


def _pipe_table(texts: list[str], i: int, published: dt.date | None) -> _Table | None:
    """The separated table whose header row is ``texts[i]``."""
    head = _pipe_cells(texts[i])
    if len(head) < 2 or not _LABEL_COLUMN.match(head[0][0]):
        return None
    columns = _row_columns([c for c, _, _ in head[1:]])
    if columns is None or len(columns) != len(head) - 1:
        return None
    data = []
    j = i + 1
    while j < len(texts) and _SEPARATOR.search(texts[j]):
        if not _RULE_ROW.match(texts[j]):
            cells = _pipe_cells(texts[j])
            # a row whose cells do not line up with the header's gives nothing
            if (
                len(cells) == len(head)
                and _label(cells[0][0], published)
                and all(_is_number(c) for c, _, _ in cells[1:])
            ):
                spans = tuple((s, e) for _, s, e in cells[1:])
                data.append((cells[0][0], (j,) * len(columns), spans))
        j += 1
    if not data:
        return None
    return _Table(tuple(range(i, j)), tuple(columns), tuple(data), j - 1)


def _cell_table(texts: list[str], i: int, published: dt.date | None) -> _Table | None:
    """The cell-per-line table whose first group header is ``texts[i]``."""
    j = i
    while j < len(texts) and len(texts[j]) <= _MAX_CELL and not _label(texts[j], published):
        j += 1
    if j == i or j >= len(texts):
        return None
    columns = _columns([texts[k].strip() for k in range(i, j)])
    if not columns:
        return None
    data = []
    while j + len(columns) < len(texts) and _label(texts[j], published):
        cells = range(j + 1, j + 1 + len(columns))
        after = j + 1 + len(columns)
        if not all(_is_number(texts[k].strip()) for k in cells) or (
            after < len(texts)
            and _is_number(texts[after].strip())
            and not _label(texts[after], published)
        ):
            break  # a row that does not line up ends the table: its cells cannot be placed
        spans = tuple((0, len(texts[k])) for k in cells)
        data.append((texts[j], tuple(cells), spans))
        j += 1 + len(columns)
    if not data:
        return None
    return _Table(tuple(range(i, data[0][1][0] - 1)), tuple(columns), tuple(data), j - 1)


def _owner(heading: str, pair: tuple[str, str]) -> str | None:
    """The economy that owns the heading's flow: "exports of A to B", "A's exports", "A's trade
    with B" (its exports are A's)."""
    for found in find_countries(heading):
        if found.iso3 not in pair:
            continue
        before = heading[: found.start]
        after = heading[found.end :]
        if re.search(r"\b(?:exports?|imports?|trade)\s(?:of\s)?(?:the\s)?$", before, re.I):
            return found.iso3
        if re.match(r"(?:['’]s)?\s(?:exports?|imports?|trade)\b", after, re.I):
            return found.iso3
    return None


def _heading(texts: list[str], start: int, title_pair: tuple[str, ...]) -> tuple | None:
    """(pair, flow owner) from the nearest line above a table that names an economy or calls
    the table bilateral: its two economies, else the page title's pair when it names none
    other and says "bilateral", "mutual", "between" or "with"; None otherwise (a country's
    world totals, another pair's table, no heading at all)."""
    for k in range(start - 1, max(-1, start - 1 - _HEADING_ROWS), -1):
        line = texts[k]
        if len(line) > _MAX_HEADING:
            return None
        named = sorted({c.iso3 for c in find_countries(line) if c.kind != "capital"})
        bilateral = _BILATERAL.search(line) is not None
        if not named and not bilateral:
            continue
        if len(named) == 2:
            pair = (named[0], named[1])
            return pair, _owner(line, pair)
        if len(title_pair) == 2 and bilateral and set(named) <= set(title_pair):
            pair = (title_pair[0], title_pair[1])
            return pair, _owner(line, pair)
        return None
    return None


def _table_source(texts: list[str], end: int, ctx: DocContext) -> str | None | bool:
    """The country of the source line under the table; False when there is none."""
    for k in range(end + 1, min(len(texts), end + 1 + _AFTER_ROWS)):
        phrase = source_line(texts[k])
        if phrase is not None:
            return ctx.state.authority(phrase, ctx.state.resolve(phrase))[0]
    return False


def _footnote(texts: list[str], end: int, published: dt.date | None) -> Period | None:
    """The part-year a footnote under the table gives the rows it marks ("* January-August")."""
    for k in range(end + 1, min(len(texts), end + 1 + _AFTER_ROWS)):
        # (the sentence splitter takes a leading "*" for a bullet: a short line of months is one)
        marked = texts[k].lstrip().startswith(("*", "(1)", "1)"))
        if marked or len(texts[k]) <= _MAX_CELL:
            found = find_periods(texts[k], published)
            if len(found) == 1 and (marked or found[0].kind == "month_range"):
                return found[0]
    return None


def _marked(label: Period, footnote: Period | None) -> Period | None:
    """The part-year of a marked row: the footnote's months in the label's year ("2030*" with
    "* January-August"), None when the footnote gives none or names another year."""
    if footnote is None or label.period_end is None:
        return None
    year = label.period_end.year
    period = resolve_pending(footnote, year) if footnote.relative else footnote
    if period.period_end is None or period.period_end.year != year:
        return None
    return period


def _value(cell: str, column: _Column, pair: tuple[str, str]) -> tuple[float, str, float] | None:
    """(value, unit, rounding) of one cell under its column."""
    if _EMPTY.match(cell):
        return None
    if column.kind == "level" and column.unit is not None:
        text = f"{column.unit[0]}{cell.rstrip('.')}{column.unit[1]}"
        found = find_mentions(text)
        if len(found) != 1 or found[0].kind != "money":
            return None
        mention = found[0]
        unit = next((code for iso, code in mention.choices if iso in pair), mention.unit)
        return mention.value, unit, mention.rounding
    number = cell.replace(",", "").replace("−", "-").replace("–", "-").rstrip(".")
    decimals = len(number.split(".")[1]) if "." in number else 0
    value = float(number) - (100 if column.kind == "index" else 0)
    return as_written(round(value, decimals)), "percent", 0.5 * 10**-decimals


def _figures(table: _Table, rows: list[dict], ctx: DocContext) -> dict[int, list[tuple]]:
    texts = [str(r["text"]) for r in rows]
    start = table.header[0]
    heading = _heading(texts, start, ctx.title_pair)
    out: dict[int, list[tuple]] = {}
    if heading is None:
        return out
    pair, owner = heading
    source = _table_source(texts, table.end, ctx)
    own = source if source is not False else None
    page = next((c for c in (own, ctx.state.home, ctx.state.source) if c in pair), None)
    reporter = owner or page
    source_country = ctx.state.source if source is False else source
    footnote = _footnote(texts, table.end, ctx.published)
    for label, cells, spans in table.data:
        read = _label(label, ctx.published)
        if read is None:
            continue
        period, marked = read
        if marked:
            period = _marked(period, footnote)
            if period is None:
                continue  # a mark we cannot read: the row's period is unsure
        for column, k, (s, e) in zip(table.columns, cells, spans, strict=True):
            if column.kind == "skip" or column.flow in (None, "balance"):
                continue
            if column.flow != "turnover" and reporter is None:
                continue
            first = reporter or pair[0]
            sides = (first, pair[1] if pair[0] == first else pair[0])
            value = _value(texts[k][s:e].strip(), column, sides)
            if value is None:
                continue
            settled = settle(period, None, (source_country, *sides))
            lead = len(texts[k][s:e]) - len(texts[k][s:e].lstrip())
            cell_end = s + len(texts[k][s:e].rstrip())
            figure = _figure(rows[k], (s + lead, cell_end), column, sides, value, source_country)
            out.setdefault(k, []).append((figure, settled))
    return out


def _figure(row: dict, span: tuple[int, int], column: _Column, sides, value, source) -> dict:
    amount, unit, rounding = value
    text = str(row["text"])
    measure = "level" if column.kind == "level" else "pct_change"
    return {
        "figure_id": short_id(f"table|{row['doc_id']}|{text}|{span[0]}|{span[1]}"),
        "doc_id": row["doc_id"],
        "sentence_id": row["sentence_id"],
        "char_start": span[0],
        "char_end": span[1],
        "text": text[span[0] : span[1]],
        "flow": column.flow,
        "scope": "total",
        "reporter": sides[0],
        "partner": sides[1],
        "measure": measure,
        "value": as_written(amount),
        "unit": unit,
        "status": "actual",
        "approx": False,
        "source_country": source,
        "rounding": as_written(rounding),
        "evidence": "flow=table;pair=table;period=sentence;year=stated;unit=stated;numbers=1;main=no",
    }


def table_figures(rows: list[dict], ctx: DocContext) -> dict[int, list[tuple]]:
    """Row index -> the figures (with periods) of the table cells on that row, for the rows of
    the page's tables that hold figures (the others are read as sentences, as before)."""
    texts = [str(r["text"]) for r in rows]
    if not any(_NUMBER.match(t.strip()) or "|" in t for t in texts):
        return {}  # (most pages: no cell and no separated row)
    out: dict[int, list[tuple]] = {}
    i = 0
    while i < len(texts):
        text = texts[i]
        table = None
        if len(text) <= _MAX_HEADING and _SEPARATOR.search(text):
            table = _pipe_table(texts, i, ctx.published)
        elif len(text) <= _MAX_CELL and _flow(text) is not None:
            table = _cell_table(texts, i, ctx.published)
        if table is None:
            i += 1
            continue
        out.update(_figures(table, rows, ctx))
        i = table.end + 1
    return out
