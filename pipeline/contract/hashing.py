"""sha256 digests: of a file's bytes and of stable identifiers."""

from __future__ import annotations

import hashlib
from pathlib import Path


def file_sha256(path: Path) -> str:
    """sha256 of a file's bytes, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def stable_id(*parts: object) -> str:
    """First 16 hex digits of the sha256 of the parts joined by "|": the same inputs and code
    always give the same id."""
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:16]
