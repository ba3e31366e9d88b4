"""Every sha256 the project computes: of bytes or text, of a stream of parts, of a file, and the
short stable ids derived from them.

Why one module: release ids, figure and fact ids, cache keys and code versions are all sha256
digests, and they must be computed the same way wherever they are used (text as UTF-8, hex
digests, ids cut to 16 hex digits).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

ID_LENGTH = 16
"""Hex digits kept of a digest used as an id (figure, fact, release)."""


def sha256_hex(data: bytes | str) -> str:
    """Hex sha256 of ``data`` (text is encoded as UTF-8)."""
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def sha256_of_parts(parts: Iterable[bytes]) -> str:
    """Hex sha256 of the concatenated ``parts``, fed one at a time (large inputs stay unread)."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part)
    return digest.hexdigest()


def short_id(data: bytes | str) -> str:
    """The first ``ID_LENGTH`` hex digits of the sha256 of ``data``."""
    return sha256_hex(data)[:ID_LENGTH]


def file_sha256(path: Path) -> str:
    """sha256 of a file's bytes, read in 1 MiB chunks."""
    with open(path, "rb") as fh:
        return sha256_of_parts(iter(lambda: fh.read(1 << 20), b""))


def stable_id(*parts: object) -> str:
    """First 16 hex digits of the sha256 of the parts joined by "|": the same inputs and code
    always give the same id."""
    return short_id("|".join(str(p) for p in parts))
