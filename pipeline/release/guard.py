"""The shrink guard: a release that drops most of the current release is not published by
accident.

Why: an empty input folder, a size limit of 0 or files that are briefly unreadable quarantine
every article, and such a run would otherwise publish a release with no facts over a good one
(and a later ``gc`` would delete the good ones). A candidate that keeps fewer than
``1 - max_drop`` of the current release's ok documents or facts is refused with the reason and
how to allow it on purpose.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.release.counts import value_counts
from pipeline.release.layout import load_manifest, read_latest

DEFAULT_MAX_DROP = 0.5
"""Share of the current release's ok documents or facts a new release may drop."""
ALLOW_HINT = (
    "if intended, run `tradefacts run --allow-shrink` "
    "(or set TRADEFACTS_MAX_DROP=1, or max_drop: 1 in the paths resource config)"
)


@dataclass(frozen=True)
class Counts:
    """What the guard compares: documents read as articles, and facts."""

    documents: int
    facts: int


def counts_of(documents_status, n_facts: int) -> Counts:
    """Counts of a candidate from its documents ``status`` column and its number of facts."""
    return Counts(int((documents_status == "ok").sum()), int(n_facts))


def release_counts(data_dir: Path, release_id: str) -> Counts | None:
    """Counts of a published release, or ``None`` when it cannot be read (nothing to compare).

    The ok documents are counted per part and kept by the part's sha256
    (:mod:`pipeline.release.counts`): the guard runs twice per run (the ``shrink_guard`` check
    and the publish) and read every part of ``documents`` each time (issue 18)."""
    try:
        manifest = load_manifest(data_dir, release_id)
        ok = value_counts(data_dir, release_id, "documents", "status").get("ok", 0)
        return Counts(int(ok), int(manifest["files"]["facts"]["rows"]))
    except Exception:  # noqa: BLE001 - a damaged current release is verify's business, not ours
        return None


def shrink_reason(previous: Counts, candidate: Counts, max_drop: float) -> str | None:
    """Why ``candidate`` may not replace ``previous``, or ``None`` when it may."""
    problems = []
    for what, old, new in (
        ("ok documents", previous.documents, candidate.documents),
        ("facts", previous.facts, candidate.facts),
    ):
        if old and (old - new) / old > max_drop:
            problems.append(f"{what} {old} → {new} (-{(old - new) / old:.0%})")
    if not problems:
        return None
    return (
        f"the new release would drop {'; '.join(problems)} of the current release, more than "
        f"the allowed {max_drop:.0%}; {ALLOW_HINT}"
    )


def check_shrink(data_dir: Path, candidate: Counts, max_drop: float) -> str | None:
    """:func:`shrink_reason` against the release ``LATEST`` names (``None`` if there is none)."""
    latest = read_latest(data_dir)
    previous = release_counts(data_dir, latest) if latest else None
    return shrink_reason(previous, candidate, max_drop) if previous else None
