"""What an analyst reads first: labels, the conflicts with both sides quoted, ``report.md``.

Why here and pure: the release report, the ``facts`` asset's conflict table in the Dagster UI and
the ``tradefacts facts`` / ``conflicts`` commands show the same rows with the same labels, so
they all come from these functions. Everything is ordered explicitly and carries no clock, so
the same tables give the same ``report.md`` bytes. The chart is drawn by ``pipeline/chart.py``.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping

import pandas as pd

from pipeline.intervals import human

REPORT_FILE = "report.md"
CHART_FILE = "claims.png"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
STATUS_ORDER = {"actual": 0, "target": 1}


# --------------------------------------------------------------------------- labels


def as_date(value: object) -> dt.date | None:
    """A period bound as a ``date`` (``None`` for null, NaN, NaT)."""
    if value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return pd.Timestamp(value).date()


def _month_end(day: dt.date) -> bool:
    return (day + dt.timedelta(days=1)).day == 1


def period_label(start: object, end: object) -> str:
    """``2024``, ``2024 Jan–Nov``, ``2025 H1``-style text for a fact's period; ``by 2030``."""
    start, end = as_date(start), as_date(end)
    if start is None and end is None:
        return "?"
    if start is None:
        return f"by {end.year}" if (end.month, end.day) == (12, 31) else f"by {end.isoformat()}"
    if end is None:
        return f"from {start.isoformat()}"
    whole_months = start.day == 1 and _month_end(end)
    if whole_months and start.year == end.year:
        if (start.month, end.month) == (1, 12):
            return str(start.year)
        if start.month == end.month:
            return f"{start.year} {MONTHS[start.month - 1]}"
        return f"{start.year} {MONTHS[start.month - 1]}–{MONTHS[end.month - 1]}"
    if whole_months and (start.month, end.month) == (1, 12):
        return f"{start.year}–{end.year}"
    return f"{start.isoformat()}..{end.isoformat()}"


def pair_label(flow: str, reporter: str, partner: str) -> str:
    """``KAZ–KGZ`` for turnover (unordered), ``KGZ→KAZ`` for a directed flow."""
    return f"{reporter}–{partner}" if flow == "turnover" else f"{reporter}→{partner}"


def value_label(value: object, unit: str) -> str:
    """``2.15bn USD``, ``12.5%``, ``3x``; ``—`` for a null value."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    text = human(float(value), unit)
    return f"{text} {unit}" if unit not in ("percent", "times") else text


def fact_value_label(fact: Mapping) -> str:
    """The accepted value, or the range the claims span where there is none (a conflict)."""
    if fact.get("value") is not None and not _nan(fact.get("value")):
        return value_label(fact["value"], fact["unit"])
    low, high = fact.get("value_min"), fact.get("value_max")
    if low is None or _nan(low):
        return "—"
    return f"{human(float(low), fact['unit'])}–{value_label(high, fact['unit'])}"


def _nan(value: object) -> bool:
    return isinstance(value, float) and math.isnan(value)


def source_label(source: object) -> str:
    return source if isinstance(source, str) and source else "unattributed"


# --------------------------------------------------------------------------- selection


def parse_pair(text: str) -> frozenset[str]:
    """``KGZ-KAZ``, ``kaz–kgz``, ``KGZ/KAZ`` → ``{KAZ, KGZ}``; a single code matches any pair."""
    parts = text
    for sep in ("–", "→", "/", ",", ":"):
        parts = parts.replace(sep, "-")
    codes = frozenset(c.strip().upper() for c in parts.split("-") if c.strip())
    if not 1 <= len(codes) <= 2 or not all(c.isalnum() for c in codes):
        raise ValueError(f"pair {text!r}: expected two codes like KGZ-KAZ")
    return codes


def _covers_year(start: object, end: object, year: int) -> bool:
    start, end = as_date(start), as_date(end)
    first = (start or end).year if (start or end) else None
    last = (end or start).year if (start or end) else None
    return first is not None and first <= year <= last


def sort_facts(facts: pd.DataFrame) -> pd.DataFrame:
    """Actuals before targets, then by pair, flow, scope, period, measure, fact id."""
    facts = facts.reset_index(drop=True)
    if facts.empty:
        return facts
    order = pd.DataFrame(
        {
            "status": facts["status"].map(lambda s: STATUS_ORDER.get(s, 9)),
            "pair": [
                pair_label(f, r, p)
                for f, r, p in zip(facts["flow"], facts["reporter"], facts["partner"], strict=True)
            ],
            "flow": facts["flow"],
            "scope": facts["scope"],
            "end": facts["period_end"].map(lambda d: str(as_date(d) or "")),
            "start": facts["period_start"].map(lambda d: str(as_date(d) or "")),
            "measure": facts["measure"],
            "fact_id": facts["fact_id"],
        },
        index=facts.index,
    )
    index = order.sort_values(list(order.columns), kind="mergesort").index
    return facts.iloc[index].reset_index(drop=True)


def select_facts(
    facts: pd.DataFrame, pair: str | None = None, year: int | None = None
) -> pd.DataFrame:
    """Facts of an unordered ``pair`` (any flow) whose period touches ``year``, sorted."""
    keep = pd.Series(True, index=facts.index)
    if pair:
        codes = parse_pair(pair)
        pairs = zip(facts["reporter"], facts["partner"], strict=True)
        keep &= pd.Series([codes <= {r, p} for r, p in pairs], index=facts.index, dtype=bool)
    if year is not None:
        periods = zip(facts["period_start"], facts["period_end"], strict=True)
        covers = [_covers_year(s, e, year) for s, e in periods]
        keep &= pd.Series(covers, index=facts.index, dtype=bool)
    return sort_facts(facts[keep])


def conflicting_facts(facts: pd.DataFrame) -> pd.DataFrame:
    """Facts whose sources state values that rounding cannot reconcile, sorted."""
    return sort_facts(facts[facts["resolution"] == "conflicting"])


def claims_of(
    facts: pd.DataFrame, claims: pd.DataFrame, documents: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The claims of ``facts`` in their order, largest value first within a fact.

    Adds ``source`` (``unattributed`` for a null source), ``value_text``, and the document's
    ``title`` and ``path`` when ``documents`` is given.
    """
    position = {fact_id: i for i, fact_id in enumerate(facts["fact_id"])}
    unit = dict(zip(facts["fact_id"], facts["unit"], strict=True))
    rows = claims[claims["fact_id"].isin(position)].copy()
    rows["source"] = rows["source_country"].map(source_label)
    rows["value_text"] = [
        value_label(v, unit[f]) for v, f in zip(rows["value"], rows["fact_id"], strict=True)
    ]
    rows["_position"] = rows["fact_id"].map(position)
    rows = rows.sort_values(
        ["_position", "value", "source", "figure_id"],
        ascending=[True, False, True, True],
        kind="mergesort",
    ).drop(columns="_position")
    if documents is not None and len(rows):
        docs = documents.set_index("doc_id")
        rows["title"] = rows["doc_id"].map(docs["title"]) if "title" in docs else None
        rows["path"] = rows["doc_id"].map(docs["path"]) if "path" in docs else None
    return rows.reset_index(drop=True)


def conflict_sides(
    facts: pd.DataFrame, claims: pd.DataFrame, limit: int | None = None
) -> pd.DataFrame:
    """One row per side (source) of each conflicting fact: pair, period, values, documents.

    ``limit`` keeps the first conflicting facts only: a preview of a large corpus needs forty
    rows, not the sides of every conflict (seconds at 10k articles).
    """
    conflicts = conflicting_facts(facts)
    if limit is not None:
        conflicts = conflicts.head(limit)
    # Claims of all conflicts at once, then split by fact: per-fact lookups were quadratic
    # (15 s for 7,000 conflicts at 10k articles).
    by_fact = dict(tuple(claims_of(conflicts, claims).groupby("fact_id", sort=False)))
    rows = []
    for fact in conflicts.to_dict("records"):
        mine = by_fact.get(fact["fact_id"])
        if mine is None:
            continue
        for source, side in mine.groupby("source", sort=False):
            rows.append(
                {
                    "pair": pair_label(fact["flow"], fact["reporter"], fact["partner"]),
                    "flow": f"{fact['flow']} {fact['scope']}",
                    "period": period_label(fact["period_start"], fact["period_end"]),
                    "status": fact["status"],
                    "source": source,
                    "value": " / ".join(dict.fromkeys(side["value_text"])),
                    "documents": ", ".join(dict.fromkeys(side["doc_id"])),
                    "fact_id": fact["fact_id"],
                }
            )
    columns = ["pair", "flow", "period", "status", "source", "value", "documents", "fact_id"]
    return pd.DataFrame(rows, columns=columns)


# --------------------------------------------------------------------------- report.md


def md_cell(value: object) -> str:
    """One Markdown table cell: no line breaks, pipes escaped, null as empty."""
    if value is None or _nan(value):
        return ""
    return " ".join(str(value).split()).replace("|", "\\|")


def md_table(rows: list[dict], columns: list[str]) -> str:
    """A Markdown table of ``rows`` (dicts) with ``columns`` as header; ``_none_`` when empty."""
    if not rows:
        return "_none_"
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(md_cell(row.get(c)) for c in columns) + " |" for row in rows]
    return "\n".join(lines)


def _document(claim: Mapping) -> str:
    published = as_date(claim.get("published"))
    return f"`{claim['doc_id']}`" + (f" ({published.isoformat()})" if published else "")


def conflict_rows(
    facts: pd.DataFrame,
    claims: pd.DataFrame,
    documents: pd.DataFrame | None = None,
    limit: int | None = None,
) -> list[dict]:
    """One row per claim of every conflicting fact (the first ``limit`` facts), each side
    quoted with its document."""
    conflicts = conflicting_facts(facts)
    if limit is not None:
        conflicts = conflicts.head(limit)
    by_id = {f["fact_id"]: f for f in conflicts.to_dict("records")}
    rows = []
    for claim in claims_of(conflicts, claims, documents).to_dict("records"):
        fact = by_id[claim["fact_id"]]
        rows.append(
            {
                "status": fact["status"],
                "pair": pair_label(fact["flow"], fact["reporter"], fact["partner"]),
                "flow": f"{fact['flow']} {fact['scope']}",
                "period": period_label(fact["period_start"], fact["period_end"]),
                "source": claim["source"],
                "value": claim["value_text"],
                "stated as": claim["text"],
                "sentence": f"“{claim['sentence']}”" if claim.get("sentence") else "",
                "document": _document(claim),
            }
        )
    return rows


def _summary_lines(tables: Mapping[str, pd.DataFrame]) -> list[str]:
    documents, facts = tables["documents"], tables["facts"]
    ok = int((documents["status"] == "ok").sum())
    checks = tables["checks"]
    failed = int((checks["outcome"] == "failed").sum()) if len(checks) else 0
    counts = [
        f"{len(documents)} documents ({ok} ok, {len(documents) - ok} quarantined)",
        f"{len(tables['sentences'])} sentences",
        f"{len(tables['figures'])} figures",
        f"{len(tables['claims'])} claims",
        f"{len(facts)} facts",
        f"{len(checks)} checks ({failed} failed)",
    ]
    by_resolution = facts["resolution"].value_counts()
    resolutions = [
        {"resolution": name, "facts": int(by_resolution[name])}
        for name in sorted(by_resolution.index)
    ]
    return [" · ".join(counts), "", md_table(resolutions, ["resolution", "facts"])]


def _pair_rows(facts: pd.DataFrame, claims: pd.DataFrame, limit: int) -> list[dict]:
    if facts.empty:
        return []
    pairs = facts.assign(
        pair=["–".join(sorted(p)) for p in zip(facts.reporter, facts.partner, strict=True)]
    )
    n_claims = (
        claims["fact_id"].map(dict(zip(pairs.fact_id, pairs.pair, strict=True))).value_counts()
    )
    rows = []
    for pair, group in pairs.groupby("pair"):
        sources = sorted({s for lst in group["sources"] for s in (lst if lst is not None else [])})
        rows.append(
            {
                "pair": pair,
                "claims": int(n_claims.get(pair, 0)),
                "facts": len(group),
                "conflicting": int((group["resolution"] == "conflicting").sum()),
                "targets": int((group["status"] == "target").sum()),
                "sources": ", ".join(sources),
            }
        )
    rows.sort(key=lambda r: (-r["claims"], -r["facts"], r["pair"]))
    return rows[:limit]


def _target_rows(facts: pd.DataFrame) -> list[dict]:
    targets = sort_facts(facts[facts["status"] == "target"])
    return [
        {
            "pair": pair_label(f["flow"], f["reporter"], f["partner"]),
            "flow": f"{f['flow']} {f['scope']}",
            "period": period_label(f["period_start"], f["period_end"]),
            "value": fact_value_label(f),
            "resolution": f["resolution"]
            + (" (superseded)" if isinstance(f.get("superseded_by"), str) else ""),
            "sources": ", ".join(f["sources"] if f["sources"] is not None else []),
        }
        for f in targets.to_dict("records")
    ]


REPORT_CONFLICTS = 200
"""Conflicting facts quoted per section of ``report.md``: a person reads a few hundred; a large
corpus has tens of thousands (43k at 100k synthetic articles, a 30 MB report)."""


def report_markdown(
    tables: Mapping[str, pd.DataFrame], release_id: str, *, chart: str | None = CHART_FILE
) -> str:
    """``report.md`` of a release: counts, the chart, conflicts (both sides), targets, pairs."""
    facts, claims, documents = tables["facts"], tables["claims"], tables["documents"]
    columns = ["pair", "flow", "period", "source", "value", "stated as", "sentence", "document"]
    conflicting = facts[facts["resolution"] == "conflicting"]
    n_conflicts = len(conflicting)

    def conflicts(actual: bool) -> str:
        mine = conflicting[(conflicting["status"] == "actual") == actual]
        rows = conflict_rows(mine, claims, documents, limit=REPORT_CONFLICTS)
        table = md_table(rows, columns)
        if len(mine) > REPORT_CONFLICTS:
            table += (
                f"\n\n_First {REPORT_CONFLICTS} of {len(mine)}; all of them: `tradefacts "
                "conflicts`, or facts.parquet where resolution = 'conflicting'._"
            )
        return table

    parts = [
        f"# Release {release_id}",
        "",
        *_summary_lines(tables),
        "",
    ]
    if chart:
        parts += [
            f"![Claimed values by source, per pair and year]({chart})",
            "",
            f"`{chart}`: total trade levels claimed per pair and year, one colour per source; "
            "conflicts ringed in red; targets hollow.",
            "",
        ]
    parts += [
        "## Conflicts",
        "",
        f"{n_conflicts} facts whose sources state values that rounding cannot explain. Both "
        "sides stay; `value` is null and nothing is averaged (`preferred_value` names the side "
        "a policy would pick).",
        "",
        "### Between actual figures",
        "",
        conflicts(actual=True),
        "",
        "### Between targets",
        "",
        conflicts(actual=False),
        "",
        "## Targets (stated goals)",
        "",
        "Plans and goals (“aim to reach”), kept apart from actual figures.",
        "",
        md_table(_target_rows(facts), ["pair", "flow", "period", "value", "resolution", "sources"]),
        "",
        "## Pairs",
        "",
        "Country pairs with the most claims (first 30).",
        "",
        md_table(
            _pair_rows(facts, claims, 30),
            ["pair", "claims", "facts", "conflicting", "targets", "sources"],
        ),
        "",
    ]
    return "\n".join(parts)


REPORT_COLUMNS: dict[str, list[str]] = {
    "documents": ["doc_id", "path", "title", "status"],
    "sentences": ["sentence_id"],
    "figures": ["figure_id"],
}
"""The columns ``report.md`` and ``claims.png`` read of these tables (all of facts, claims,
checks): a caller holding large tables on disk loads only these."""


def release_attachments(tables: Mapping[str, pd.DataFrame], release_id: str) -> dict[str, bytes]:
    """The files a release carries besides its tables: ``report.md`` and ``claims.png``."""
    from pipeline.chart import claims_chart  # matplotlib loads only when a release is written

    return {
        REPORT_FILE: report_markdown(tables, release_id).encode("utf-8"),
        CHART_FILE: claims_chart(tables["facts"], tables["claims"]),
    }
