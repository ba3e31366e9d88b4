"""The rows of the report's sections, formatted: pairs, targets, mirror flows, the review list
(:mod:`pipeline.report.markdown` lays them out)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from pipeline.reconcile.review import review_count, review_rows
from pipeline.report.labels import as_date, fact_value_label, pair_label, period_label, value_label
from pipeline.report.selections import sort_facts


def pair_rows(facts: pd.DataFrame, claims: pd.DataFrame, limit: int) -> list[dict]:
    """The ``limit`` pairs with most claims (then facts, name): counted for every pair at once,
    detailed for the pairs shown only (detailing all cost 0.4 CPU-s at 10k articles)."""
    if facts.empty:
        return []
    reporter, partner = facts["reporter"].astype(str), facts["partner"].astype(str)
    low = reporter.where(reporter <= partner, partner)
    high = partner.where(reporter <= partner, reporter)
    codes, names = pd.factorize((low + "–" + high).to_numpy())
    code_of = pd.Series(codes, index=facts["fact_id"].to_numpy())
    claimed = claims["fact_id"].map(code_of).dropna().to_numpy(dtype=np.int64)
    claims_of, facts_of = np.bincount(claimed, minlength=len(names)), np.bincount(codes)
    counts = pd.DataFrame({"pair": names, "claims": claims_of, "facts": facts_of})
    shown = counts.sort_values(
        ["claims", "facts", "pair"], ascending=[False, False, True], kind="mergesort"
    ).head(limit)
    sources_of, resolution, status = facts["sources"], facts["resolution"], facts["status"]
    rows = []
    for code, row in zip(shown.index, shown.to_dict("records"), strict=True):
        mine = codes == code
        lists = sources_of[mine]
        sources = sorted({s for lst in lists for s in (lst if lst is not None else [])})
        rows.append(
            {
                "pair": row["pair"],
                "claims": int(row["claims"]),
                "facts": int(row["facts"]),
                "conflicting": int((resolution[mine] == "conflicting").sum()),
                "targets": int((status[mine] == "target").sum()),
                "sources": ", ".join(sources),
            }
        )
    return rows


def target_rows(facts: pd.DataFrame, limit: int) -> tuple[list[dict], int]:
    """The first ``limit`` targets in report order (only those formatted), and how many."""
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
        for f in targets.head(limit).to_dict("records")
    ], len(targets)


def mirror_rows(mirror: pd.DataFrame, limit: int) -> list[dict]:
    """The first ``limit`` mirror rows in report order (discrepancies first), formatted."""
    ordered = mirror.assign(_o=(mirror["verdict"] != "mirror_discrepancy").astype(int)).sort_values(
        ["_o", "exporter", "importer", "period_end", "mirror_id"], kind="mergesort"
    )
    return [
        {
            "trade": f"{m['exporter']} → {m['importer']}",
            "scope": m["scope"],
            "period": period_label(m["period_start"], m["period_end"]),
            "exports (exporter says)": f"{value_label(m['exports_value'], m['unit'])} "
            f"({m['exports_source']})",
            "imports (importer says)": f"{value_label(m['imports_value'], m['unit'])} "
            f"({m['imports_source']})",
            "imports/exports": f"{m['ratio']:.2f}",
            "verdict": m["verdict"],
        }
        for m in ordered.head(limit).to_dict("records")
    ]


def review_list_rows(
    facts: pd.DataFrame, claims: pd.DataFrame, limit: int, min_confidence: float
) -> tuple[list[dict], int]:
    rows = review_rows(facts, claims, min_confidence=min_confidence, limit=limit)
    out = []
    for r in rows.to_dict("records"):
        published = as_date(r.get("published"))
        out.append(
            {
                "why": r["why"],
                "source": r["source_country"] or "unattributed",
                "read as": r["read_as"],
                "stated as": r["text"],
                "sentence": f"“{r['sentence']}”" if r["sentence"] else "",
                "document": f"`{r['doc_id']}`"
                + (f" ({published.isoformat()})" if published else ""),
            }
        )
    return out, review_count(facts, claims, min_confidence)


@dataclass(frozen=True)
class Picks:
    """What the report's sections read when it is not made from the whole facts and claims
    (:mod:`pipeline.report.section_memo`): per section, rows holding its first rows (the
    rows it shows are the first of these in its order, as of the whole tables), and the
    totals of the whole tables."""

    conflict_lines: tuple[list[str], list[str]]
    """The lines of the two conflicts tables (between actual figures, between targets): the
    rows of the first ``REPORT_CONFLICTS`` conflicting facts of each, as
    :func:`~pipeline.report.md_tables.md_row` of
    :data:`~pipeline.report.selections.CONFLICT_COLUMNS` makes them from the whole tables."""
    review: tuple[pd.DataFrame, pd.DataFrame]
    targets: pd.DataFrame
    pairs: list[dict]
    """The rows of the pairs table, as :func:`pair_rows` of the whole tables gives them."""
    counts: dict[str, int]
    """``facts``, ``claims``, ``conflicting``, ``conflicting_actual``, ``conflicting_target``,
    ``targets``, ``review`` (claims), ``resolution:<name>`` (facts)."""

    def resolutions(self) -> dict[str, int]:
        """Facts by resolution (names with at least one fact)."""
        prefix = "resolution:"
        return {k[len(prefix) :]: v for k, v in self.counts.items() if k.startswith(prefix) and v}
