"""The tables every release holds and the row order each is published in."""

from __future__ import annotations

TABLES: tuple[str, ...] = ("documents", "sentences", "figures", "facts", "claims", "checks")
"""The tables every release holds, in manifest order."""


SORT_KEYS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id",),
    "sentences": ("doc_id", "position", "sentence_id"),
    "figures": ("doc_id", "sentence_id", "char_start", "char_end", "figure_id"),
    "facts": ("fact_id",),
    "claims": ("fact_id", "figure_id"),
    "checks": ("check_id",),
    "mirror": ("mirror_id",),
}
"""Row order of each published table; makes the bytes independent of upstream row order."""
