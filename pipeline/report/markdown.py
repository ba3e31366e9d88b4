"""``report.md``: counts, the chart, conflicts with both sides quoted, targets, pairs.

Everything is ordered explicitly and carries no clock, so the same tables give the same bytes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.contract.tables import pick
from pipeline.reconcile.mirror import MIRROR_BAND, mirror_flows
from pipeline.reconcile.resolve import DEFAULT_MIN_CONFIDENCE
from pipeline.reconcile.review import review_count, review_rows
from pipeline.report.chart import chart_caption
from pipeline.report.labels import (
    as_date,
    fact_value_label,
    pair_label,
    period_label,
    value_label,
)
from pipeline.report.md_tables import md_table
from pipeline.report.selections import conflict_rows, sort_facts

REPORT_FILE = "report.md"


CHART_FILE = "claims.png"


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


def _target_rows(facts: pd.DataFrame, limit: int) -> tuple[list[dict], int]:
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


def mirror_table(
    tables: Mapping[str, pd.DataFrame],
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    band: tuple[float, float] = MIRROR_BAND,
) -> pd.DataFrame:
    """The release's mirror table, or the same rows made from its facts and claims (claims
    below ``min_confidence`` left out, as reconciliation left them out; ``band`` the expected
    imports/exports ratio, ``mirror.MIRROR_BAND`` unless the deployment sets another)."""
    if "mirror" in tables:
        return tables["mirror"]
    return mirror_flows(tables["facts"], tables["claims"], band=band, min_confidence=min_confidence)


def _mirror_rows(mirror: pd.DataFrame) -> list[dict]:
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
        for m in ordered.to_dict("records")
    ]


def _review_rows(
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


REPORT_CONFLICTS = 200
"""Rows quoted per section of ``report.md`` (conflicts, mirror flows, review, targets): a person
reads a few hundred; a large corpus has tens of thousands (43k conflicts at 100k synthetic
articles, a 30 MB report)."""

SECTION_FILES = {
    "conflicts": "report-conflicts.md",
    "mirror": "report-mirror.md",
    "review": "report-review.md",
    "targets": "report-targets.md",
}
"""The long sections of a release's report, each its own file beside ``report.md``.

Why: ``report.md`` names the release id and its counts, so it differs in every release; the
quoted rows of a section differ only when those rows do. As separate content-addressed files
(issue 18 item 2) an add-one release shares every section its article did not change, and its
own ``report.md`` is a few kB. The totals ("first 200 of 1,234") stay in ``report.md``."""


def _band(mirror: pd.DataFrame) -> str:
    from pipeline.reconcile.mirror import MIRROR_BAND

    low, high = (
        (mirror["band_low"].iloc[0], mirror["band_high"].iloc[0]) if len(mirror) else MIRROR_BAND
    )
    return f"{low:g}–{high:g}"


def _first(shown: int, total: int, where: str) -> str:
    """The note under a cut section: how many rows of how many, where all of them are."""
    return f"_First {shown} of {total}; all of them: {where}._" if total > shown else ""


def _sections(
    tables: Mapping[str, pd.DataFrame],
    mirror: pd.DataFrame,
    min_confidence: float,
) -> list[Section]:
    """The long sections of the report, in order."""
    facts, claims, documents = tables["facts"], tables["claims"], tables["documents"]
    columns = ["pair", "flow", "period", "source", "value", "stated as", "sentence", "document"]
    conflicting = facts[facts["resolution"] == "conflicting"]
    conflict_where = "`tradefacts conflicts`, or facts.parquet where resolution = 'conflicting'"

    def conflicts(actual: bool) -> tuple[str, str]:
        mine = conflicting[(conflicting["status"] == "actual") == actual]
        rows = conflict_rows(mine, claims, documents, limit=REPORT_CONFLICTS)
        return md_table(rows, columns), _first(REPORT_CONFLICTS, len(mine), conflict_where)

    (actual, actual_note), (target, target_note) = conflicts(True), conflicts(False)
    mirror_rows = _mirror_rows(mirror)
    review, n_review = _review_rows(facts, claims, REPORT_CONFLICTS, min_confidence)
    n_review_facts = int((facts["resolution"] == "needs_review").sum()) if len(facts) else 0
    targets, n_targets = _target_rows(facts, REPORT_CONFLICTS)
    return [
        Section(
            "conflicts",
            [
                "## Conflicts",
                "",
                f"{len(conflicting)} facts whose sources state values that rounding cannot "
                "explain. Both sides stay; `value` is null and nothing is averaged "
                "(`preferred_value` names the side a policy would pick).",
            ],
            ["### Between actual figures", "", actual, "", "### Between targets", "", target],
            [
                f"Between {what}: {note}"
                for what, note in (("actual figures", actual_note), ("targets", target_note))
                if note
            ],
            [
                *["### Between actual figures", "", actual, *_notes(actual_note), ""],
                *["### Between targets", "", target, *_notes(target_note)],
            ],
        ),
        Section(
            "mirror",
            [
                "## Mirror flows",
                "",
                "The same trade seen from both ends: the exporter's authority on its exports "
                "beside the importer's on its imports, same period and currency. Imports (CIF) "
                "usually exceed exports (FOB) by a few percent; a ratio outside the band "
                f"({_band(mirror)}) is a `mirror_discrepancy`. Discrepancies first.",
            ],
            [
                md_table(
                    mirror_rows[:REPORT_CONFLICTS],
                    [
                        "trade",
                        "scope",
                        "period",
                        "exports (exporter says)",
                        "imports (importer says)",
                        "imports/exports",
                        "verdict",
                    ],
                )
            ],
            _cut(_first(REPORT_CONFLICTS, len(mirror_rows), "mirror.parquet")),
        ),
        Section(
            "review",
            [
                "## Needs review",
                "",
                f"{n_review_facts} facts `needs_review` (one source giving two values for one "
                "key, an unattributed figure disagreeing with every named source) and claims "
                "below the extraction confidence threshold: never a conflict, each to be read by "
                f"a person. {n_review} claims"
                + (
                    f"; the first {REPORT_CONFLICTS} shown." if n_review > REPORT_CONFLICTS else "."
                ),
            ],
            [md_table(review, ["why", "source", "read as", "stated as", "sentence", "document"])],
            [],
        ),
        Section(
            "targets",
            [
                "## Targets (stated goals)",
                "",
                "Plans and goals (“aim to reach”), kept apart from actual figures.",
            ],
            [md_table(targets, ["pair", "flow", "period", "value", "resolution", "sources"])],
            _cut(_first(REPORT_CONFLICTS, n_targets, "facts.parquet where status = 'target'")),
        ),
    ]


def _notes(note: str) -> list[str]:
    return ["", note] if note else []


def _cut(note: str) -> list[str]:
    return [note] if note else []


@dataclass(frozen=True)
class Section:
    """A long section of the report. ``intro`` (heading and counts) and ``notes`` (where all
    rows are, when cut) go into ``report.md``; ``rows`` (the quoted rows only, no counts) into
    the section's own file; ``whole`` is the rows with the notes under their tables, for the
    report as one document."""

    key: str
    intro: list[str]
    rows: list[str]
    notes: list[str]
    whole: list[str] | None = None

    def as_one(self) -> list[str]:
        """The rows with the notes under them (``whole`` where the section sets its own)."""
        return self.whole or [*self.rows, *(line for n in self.notes for line in ("", n))]


def report_files(
    tables: Mapping[str, pd.DataFrame],
    release_id: str,
    *,
    chart: str | None = CHART_FILE,
    mirror: pd.DataFrame | None = None,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    split: bool = True,
) -> dict[str, str]:
    """The report of a release by file name: ``report.md`` (counts, the chart, each section's
    intro and totals, pairs) and, with ``split``, one file per long section
    (:data:`SECTION_FILES`) that ``report.md`` links; without ``split`` the sections' rows sit
    in ``report.md`` itself (one document, as the UI shows it)."""
    mirror = mirror_table(tables, min_confidence) if mirror is None else mirror
    head = [f"# Release {release_id}", "", *_summary_lines(tables), ""]
    if chart:
        head += [
            f"![Claimed values by source, per pair and year]({chart})",
            "",
            f"`{chart}`: the pairs with most claims, one panel each, years across. "
            f"{chart_caption()}",
            "",
        ]
    files: dict[str, str] = {}
    for section in _sections(tables, mirror, min_confidence):
        if split:
            name = SECTION_FILES[section.key]
            notes = [line for note in section.notes for line in ("", note)]
            head += [*section.intro, *notes, "", f"The rows: [`{name}`]({name}).", ""]
            files[name] = "\n".join([section.intro[0], "", *section.rows, ""])
        else:
            head += [*section.intro, "", *section.as_one(), ""]
    head += [
        "## Pairs",
        "",
        "Country pairs with the most claims (first 30).",
        "",
        md_table(
            _pair_rows(tables["facts"], tables["claims"], 30),
            ["pair", "claims", "facts", "conflicting", "targets", "sources"],
        ),
        "",
    ]
    return {REPORT_FILE: "\n".join(head), **files}


def read_report(folder: Path) -> str:
    """The report of a release folder as one text: ``report.md``, then each section file it
    links that is present (a release made before the split has none). ``OSError`` if
    ``report.md`` cannot be read."""
    parts = [(folder / REPORT_FILE).read_text(encoding="utf-8")]
    for name in SECTION_FILES.values():
        if (folder / name).is_file():
            parts.append((folder / name).read_text(encoding="utf-8"))
    return "\n".join(parts)


def report_markdown(
    tables: Mapping[str, pd.DataFrame],
    release_id: str,
    *,
    chart: str | None = CHART_FILE,
    mirror: pd.DataFrame | None = None,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> str:
    """The whole report of a release as one document: counts, the chart, conflicts (both
    sides), mirror flows, the review list, targets, pairs (:func:`report_files` unsplit)."""
    return report_files(
        tables, release_id, chart=chart, mirror=mirror, min_confidence=min_confidence, split=False
    )[REPORT_FILE]


REPORT_COLUMNS: dict[str, list[str]] = {
    "documents": list(pick("documents", "doc_id", "path", "title", "status")),
    "sentences": ["sentence_id"],
    "figures": ["figure_id"],
}
"""The columns ``report.md`` and ``claims.png`` read of these tables (all of facts, claims,
checks): a caller holding large tables on disk loads only these."""
