"""``report.md``: counts, the chart, conflicts with both sides quoted, targets, pairs.

Everything is ordered explicitly and carries no clock, so the same tables give the same bytes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline.contract.tables import pick
from pipeline.reconcile.mirror import MIRROR_BAND, mirror_flows
from pipeline.reconcile.resolve import DEFAULT_MIN_CONFIDENCE
from pipeline.report.chart import chart_caption
from pipeline.report.md_tables import md_table, md_table_of_lines
from pipeline.report.section_rows import (
    Picks,
    mirror_rows,
    pair_rows,
    review_list_rows,
    target_rows,
)
from pipeline.report.selections import CONFLICT_COLUMNS, conflict_rows

REPORT_FILE = "report.md"
PAIRS_SHOWN = 30
"""Rows of the pairs table."""


CHART_FILE = "claims.png"


def _summary_lines(tables: Mapping[str, pd.DataFrame], picks: Picks | None = None) -> list[str]:
    documents = tables["documents"]
    facts = tables["facts"] if picks is None else None
    ok = int((documents["status"] == "ok").sum())
    checks = tables["checks"]
    failed = int((checks["outcome"] == "failed").sum()) if len(checks) else 0
    counts = [
        f"{len(documents)} documents ({ok} ok, {len(documents) - ok} quarantined)",
        f"{len(tables['sentences'])} sentences",
        f"{len(tables['figures'])} figures",
        f"{len(tables['claims']) if facts is not None else picks.counts['claims']} claims",
        f"{len(facts) if facts is not None else picks.counts['facts']} facts",
        f"{len(checks)} checks ({failed} failed)",
    ]
    by_resolution = facts["resolution"].value_counts() if facts is not None else picks.resolutions()
    resolutions = [
        {"resolution": name, "facts": int(by_resolution[name])}
        for name in sorted(by_resolution.keys())
    ]
    return [" · ".join(counts), "", md_table(resolutions, ["resolution", "facts"])]


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
    picks: Picks | None = None,
) -> list[Section]:
    """The long sections of the report, in order (``picks``: what each section reads, when
    not the whole tables)."""
    documents = tables["documents"]
    if picks is None:
        facts, claims = tables["facts"], tables["claims"]
        review_facts, review_claims, target_facts = facts, claims, facts
        conflicting = facts[facts["resolution"] == "conflicting"]
        n_conflicting = len(conflicting)
    else:
        (review_facts, review_claims), target_facts = picks.review, picks.targets
        n_conflicting = picks.counts["conflicting"]
    columns = CONFLICT_COLUMNS
    conflict_where = "`tradefacts conflicts`, or facts.parquet where resolution = 'conflicting'"

    def conflicts(actual: bool) -> tuple[str, str]:
        if picks is not None:  # the lines the section memo kept per bucket
            table = md_table_of_lines(columns, picks.conflict_lines[0 if actual else 1])
            total = picks.counts["conflicting_actual" if actual else "conflicting_target"]
        else:
            mine = conflicting[(conflicting["status"] == "actual") == actual]
            rows = conflict_rows(mine, claims, documents, limit=REPORT_CONFLICTS)
            table, total = md_table(rows, columns), len(mine)
        return table, _first(REPORT_CONFLICTS, total, conflict_where)

    (actual, actual_note), (target, target_note) = conflicts(True), conflicts(False)
    mirrored = mirror_rows(mirror, REPORT_CONFLICTS)
    review, n_review = review_list_rows(
        review_facts, review_claims, REPORT_CONFLICTS, min_confidence
    )
    targets, n_targets = target_rows(target_facts, REPORT_CONFLICTS)
    if picks is None:
        n_review_facts = int((facts["resolution"] == "needs_review").sum()) if len(facts) else 0
    else:
        n_review, n_targets = picks.counts["review"], picks.counts["targets"]
        n_review_facts = picks.resolutions().get("needs_review", 0)
    return [
        Section(
            "conflicts",
            [
                "## Conflicts",
                "",
                f"{n_conflicting} {'fact' if n_conflicting == 1 else 'facts'} whose sources "
                "state values that rounding cannot "
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
                    mirrored,
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
            _cut(_first(REPORT_CONFLICTS, len(mirror), "mirror.parquet")),
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
    picks: Picks | None = None,
) -> dict[str, str]:
    """The report of a release by file name: ``report.md`` (counts, the chart, each section's
    intro and totals, pairs) and, with ``split``, one file per long section
    (:data:`SECTION_FILES`) that ``report.md`` links; without ``split`` the sections' rows sit
    in ``report.md`` itself (one document, as the UI shows it)."""
    mirror = mirror_table(tables, min_confidence) if mirror is None else mirror
    head = [f"# Release {release_id}", "", *_summary_lines(tables, picks), ""]
    if chart:
        head += [
            f"![Claimed values by source, per pair and year]({chart})",
            "",
            f"`{chart}`: the pairs with most claims, one panel each, years across. "
            f"{chart_caption()}",
            "",
        ]
    files: dict[str, str] = {}
    for section in _sections(tables, mirror, min_confidence, picks):
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
        f"Country pairs with the most claims (first {PAIRS_SHOWN}).",
        "",
        md_table(
            pair_rows(tables["facts"], tables["claims"], PAIRS_SHOWN)
            if picks is None
            else picks.pairs,
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
