"""Stable identifiers: the same inputs and code always give the same id."""

from __future__ import annotations

import hashlib


def stable_id(*parts: object) -> str:
    """First 16 hex digits of the sha256 of the parts joined by "|"."""
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:16]
