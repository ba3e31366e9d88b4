"""Bytes on disk to one cleaned document per file, or a quarantine record saying why not.

Every input file yields exactly one row: a file that cannot be read as an article is kept with
``status="quarantined"`` and a ``reason`` so nothing disappears silently.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from pipeline.contract.hashing import sha256_hex
from pipeline.contract.tables import columns
from pipeline.ingest.clean import clean
from pipeline.ingest.decode import QuarantineError, check_is_text, decode

DEFAULT_MAX_BYTES = 5 * 1024 * 1024


INPUT_SUFFIX = ".txt"


DOCUMENT_COLUMNS = columns("documents")


EMPTY_SHA256 = sha256_hex(b"")


def document_from_bytes(raw: bytes) -> dict[str, object]:
    """The content part of a documents row: a pure function of the bytes (safe to cache)."""
    row: dict[str, object] = {
        "sha256": sha256_hex(raw),
        "encoding": None,
        "published": None,
        "title": None,
        "n_chars": 0,
        "status": "quarantined",
        "reason": None,
        "text": None,
        "decode_errors": 0,
    }
    try:
        if not raw.strip():
            raise QuarantineError(
                "empty: file has no content" if not raw else "empty: whitespace only"
            )
        decoded = decode(raw)
        row["encoding"] = decoded.encoding
        row["decode_errors"] = decoded.replaced
        check_is_text(decoded.text)
        doc = clean(decoded.text)
        if not doc.text.strip():
            raise QuarantineError("empty: no body text after removing header and title")
    except QuarantineError as exc:
        row["reason"] = str(exc)
        return row
    row.update(
        published=doc.published, title=doc.title, n_chars=len(doc.text), status="ok", text=doc.text
    )
    return row


def read_input(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes | str:
    """The file's bytes, or a quarantine reason when it cannot or should not be read."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return f"oversize: {size} bytes > limit {max_bytes}"
        return path.read_bytes()
    except OSError as exc:
        return f"unreadable: {exc.strerror or exc}"


def display_name(name: str) -> str:
    """``name`` as valid UTF-8 text: bytes that are not UTF-8 (seen by Python as lone
    surrogates) become ``\\xNN`` escapes, so the name can be stored, hashed and printed.
    """
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def list_inputs(folder: Path) -> list[Path]:
    """Input articles: ``*.txt`` files (any case of the suffix), in a stable order."""
    return sorted(
        (p for p in folder.iterdir() if p.suffix.lower() == INPUT_SUFFIX and not p.is_dir()),
        key=lambda p: p.name,
    )


def assign_doc_ids(paths: list[Path]) -> list[tuple[str, str | None]]:
    """``doc_id`` is the file stem; on a collision ("a.txt" and "a.TXT") later files, in name
    order, use the full file name instead, and say so."""
    seen: dict[str, str] = {}
    out: list[tuple[str, str | None]] = []
    for path in paths:
        doc_id, note = display_name(path.stem), None
        if doc_id.casefold() in seen:
            note = f"doc_id collision with {seen[doc_id.casefold()]}; using the file name"
            doc_id = display_name(path.name)
        seen.setdefault(doc_id.casefold(), display_name(path.name))
        out.append((doc_id, note))
    return out


def ingest_folder(
    folder: Path,
    max_bytes: int = DEFAULT_MAX_BYTES,
    parse: Callable[[bytes], dict[str, object]] = document_from_bytes,
) -> pd.DataFrame:
    """One row per input file in ``folder`` (see DocumentsSchema).

    Identical content under two names is processed once: later copies are quarantined with
    ``reason`` "duplicate of <doc_id>" and ``duplicate_of`` naming the kept document. ``parse``
    lets callers cache the per-document work by content hash.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"input folder not found: {folder}")
    paths = list_inputs(folder)
    rows: list[dict[str, object]] = []
    first_by_hash: dict[str, str] = {}
    for path, (doc_id, note) in zip(paths, assign_doc_ids(paths), strict=True):
        raw = read_input(path, max_bytes)
        if isinstance(raw, str):
            content: dict[str, object] = {
                **document_from_bytes(b""),
                "sha256": EMPTY_SHA256,
                "reason": raw,
            }
        else:
            content = parse(raw)
        # The path relative to the input folder: the release must not depend on where it lives.
        relative = display_name(str(path.relative_to(folder)))
        row = {**content, "doc_id": doc_id, "path": relative, "note": note, "duplicate_of": None}
        if row["status"] == "ok":
            original = first_by_hash.setdefault(str(row["sha256"]), doc_id)
            if original != doc_id:
                row.update(
                    status="quarantined",
                    reason=f"duplicate of {original}",
                    duplicate_of=original,
                    text=None,
                )
        rows.append(row)
    return pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)
