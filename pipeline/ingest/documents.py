"""Bytes on disk to one cleaned document per file, or a quarantine record saying why not.

Every input file yields exactly one row: a file that cannot be read as an article is kept with
``status="quarantined"`` and a ``reason`` so nothing disappears silently.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from pipeline.contract.hashing import file_sha256, sha256_hex
from pipeline.contract.tables import columns
from pipeline.ingest.clean import clean
from pipeline.ingest.decode import QuarantineError, check_is_text, decode
from pipeline.ingest.file_hashes import FileHashes, observed_now
from pipeline.ingest.segment import split_sentences

DEFAULT_MAX_BYTES = 5 * 1024 * 1024


MAX_LINES = 20_000
"""Lines of one input file beyond which it is no article (quarantined before it is parsed).
Why: per-line work made a 5 MB file of 2.6 million one-letter lines take 49 s and 2.25 GB;
the longest of 160 real news pages has 55 lines, a long article a few hundred."""


MAX_SENTENCES = 10_000
"""Sentences of one document beyond which it is quarantined: with sentences cut at 1,500
characters this bounds every later stage's work per document (about 1 s of extraction)."""


INPUT_SUFFIX = ".txt"


DOCUMENT_COLUMNS = columns("documents")


EMPTY_SHA256 = sha256_hex(b"")


def unread_row(path: Path, reason: str) -> dict[str, object]:
    """The content part of a documents row for a file that was not read (``reason`` from
    :func:`read_input_stat`). ``sha256`` is of the file's raw bytes for a file refused by its
    size (``oversize: N bytes > limit L``; streamed in 1 MiB chunks, never held: a later edit of
    the file shows in ``releases diff``), and of ``b""`` when the bytes cannot or need not be
    read whole (``unreadable``, not a regular file, a size of 0 that read past the limit), which
    the reason then says.

    Why: every unread file had the empty hash, so an oversize file edited later never changed
    its input record (round 59's trial; the contract says "sha256 of the raw bytes")."""
    sha = EMPTY_SHA256
    # only a file whose stat gave the size: one that read past a size of 0 (``/proc``) has no
    # bound on what hashing it would read
    if reason.startswith("oversize") and not reason.startswith("oversize: more than"):
        # gone or unreadable since its size was read: the empty hash, the reason says oversize
        with contextlib.suppress(OSError):
            sha = file_sha256(path)
    return {**document_from_bytes(b""), "sha256": sha, "reason": reason}


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
        lines = max(raw.count(b"\n"), raw.count(b"\r")) + (not raw.endswith((b"\n", b"\r")))
        if lines > MAX_LINES:
            raise QuarantineError(f"too many lines: {lines} > {MAX_LINES} (not an article)")
        decoded = decode(raw)
        row["encoding"] = decoded.encoding
        row["decode_errors"] = decoded.replaced
        check_is_text(decoded.text)
        doc = clean(decoded.text)
        if not doc.text.strip():
            raise QuarantineError("empty: no body text after removing header and title")
        # A sentence and the break after it take two characters at least: count only when
        # the text is long enough to exceed the cap, and stop counting just past it.
        if len(doc.text) >= 2 * MAX_SENTENCES:
            spans = itertools.islice(split_sentences(doc.text), MAX_SENTENCES + 1)
            if sum(1 for _ in spans) > MAX_SENTENCES:
                raise QuarantineError(
                    f"too many sentences: more than {MAX_SENTENCES} (not an article)"
                )
    except QuarantineError as exc:
        row["reason"] = str(exc)
        return row
    row.update(
        published=doc.published, title=doc.title, n_chars=len(doc.text), status="ok", text=doc.text
    )
    return row


_FILE_KINDS = (
    (stat.S_ISFIFO, "FIFO"),
    (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
    (stat.S_ISSOCK, "socket"),
    (stat.S_ISDIR, "directory"),
)


def _kind(mode: int) -> str | None:
    """``None`` for a regular file, else what it is (``FIFO``, ``character device``...)."""
    if stat.S_ISREG(mode):
        return None
    return next((name for test, name in _FILE_KINDS if test(mode)), "special file")


def open_input(path: Path) -> io.FileIO | str:
    """The file opened for reading, or a quarantine reason (``not a regular file: FIFO``,
    ``unreadable: …``).

    Why not ``open``: a FIFO named ``x.txt`` blocks ``open`` until a writer comes (with the
    writer lock held), and a link to ``/dev/zero`` reports size 0 and never ends. The type is
    checked before opening (so a socket or FIFO is never opened for real) and again on the
    open descriptor (the name may have been swapped in between); ``O_NONBLOCK`` keeps a FIFO
    swapped in from blocking the open.
    """
    try:
        kind = _kind(os.stat(path).st_mode)
        if kind:
            return f"not a regular file: {kind}"
        flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | os.O_CLOEXEC
        fd = os.open(path, flags)
    except OSError as exc:
        return f"unreadable: {exc.strerror or exc}"
    handle = io.FileIO(fd, "rb", closefd=True)
    kind = _kind(os.fstat(fd).st_mode)
    if kind:
        handle.close()
        return f"not a regular file: {kind}"
    return handle


def read_input(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes | str:
    """The file's bytes, or a quarantine reason when it cannot or should not be read.

    At most ``max_bytes + 1`` bytes are ever read: the size a file reports is only a hint
    (``/proc`` files report 0, a file may grow while it is read).
    """
    return read_input_stat(path, max_bytes)[0]


def read_input_stat(
    path: Path, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[bytes | str, os.stat_result | None, os.stat_result | None]:
    """``read_input`` and the file's stat just before and just after the read (``None`` when
    it was not opened); equal stats say the bytes were not changed during the read."""
    opened = open_input(path)
    if isinstance(opened, str):
        return opened, None, None
    with opened as handle:
        try:
            before = os.fstat(handle.fileno())
            size = before.st_size
            if size > max_bytes:
                return f"oversize: {size} bytes > limit {max_bytes}", None, None
            parts, total = [], 0
            while total <= max_bytes:
                part = handle.read(min(max_bytes + 1 - total, 1 << 20))
                if not part:
                    break
                parts.append(part)
                total += len(part)
            after = os.fstat(handle.fileno())
        except OSError as exc:
            return f"unreadable: {exc.strerror or exc}", None, None
    if total > max_bytes:
        return f"oversize: more than {max_bytes} bytes (limit {max_bytes})", None, None
    return b"".join(parts), before, after


def display_name(name: str) -> str:
    """``name`` as valid UTF-8 text: bytes that are not UTF-8 (seen by Python as lone
    surrogates) become ``\\xNN`` escapes, so the name can be stored, hashed and printed.
    """
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def list_inputs(folder: Path) -> list[Path]:
    """Input articles: ``*.txt`` files (any case of the suffix), in a stable order."""
    return [path for path, _ in scan_inputs(folder)]


def count_inputs(folder: Path) -> int:
    """``len(list_inputs(folder))`` without a ``stat`` call per file: a directory is told by the
    entry's type (a symbolic link followed, as ``stat`` follows it; a dangling link counts)."""
    with os.scandir(folder) as entries:
        return sum(
            1
            for entry in entries
            if _suffix(entry.name).lower() == INPUT_SUFFIX and not _is_dir(entry)
        )


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _suffix(name: str) -> str:
    """``Path(name).suffix`` without building a ``Path`` (a listing of 100k files builds none
    for the files it skips): the text from the last dot, unless the name starts or ends there."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def _stem(name: str) -> str:
    """``Path(name).stem`` without building a ``Path``: ``name`` less its :func:`_suffix`."""
    dot = name.rfind(".")
    return name[:dot] if 0 < dot < len(name) - 1 else name


def _scan_names(folder: Path) -> list[tuple[str, os.stat_result | None]]:
    """The file names :func:`scan_inputs` lists, with their stat, in name order."""
    found = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if _suffix(entry.name).lower() != INPUT_SUFFIX:
                continue
            try:
                st: os.stat_result | None = entry.stat()
            except OSError:
                st = None
            if st is not None and stat.S_ISDIR(st.st_mode):
                continue
            found.append((entry.name, st))
    found.sort(key=lambda item: item[0])
    return found


def scan_inputs(folder: Path) -> list[tuple[Path, os.stat_result | None]]:
    """``list_inputs`` with each file's stat (following links; ``None`` when stat fails, e.g.
    a dangling link), from one ``stat`` call per file."""
    base = Path(folder)
    return [(base / name, st) for name, st in _scan_names(base)]


def assign_doc_ids(paths: list[Path]) -> list[tuple[str, str | None]]:
    """``doc_id`` is the file stem; on a collision ("a.txt" and "a.TXT") later files, in name
    order, use the full file name instead, and say so."""
    return _doc_ids([path.name for path in paths])


def _doc_ids(names: list[str]) -> list[tuple[str, str | None]]:
    """:func:`assign_doc_ids` of file names (``Path(name).stem`` is :func:`_stem`)."""
    seen: dict[str, str] = {}
    out: list[tuple[str, str | None]] = []
    for name in names:
        doc_id, note = display_name(_stem(name)), None
        if doc_id.casefold() in seen:
            note = f"doc_id collision with {seen[doc_id.casefold()]}; using the file name"
            doc_id = display_name(name)
        seen.setdefault(doc_id.casefold(), display_name(name))
        out.append((doc_id, note))
    return out


def ingest_folder(
    folder: Path,
    max_bytes: int = DEFAULT_MAX_BYTES,
    parse: Callable[[bytes], dict[str, object]] = document_from_bytes,
    hashes: FileHashes | None = None,
    known: Callable[[str], dict[str, object] | None] | None = None,
) -> pd.DataFrame:
    """One row per input file in ``folder`` (see DocumentsSchema).

    Identical content under two names is processed once: later copies are quarantined with
    ``reason`` "duplicate of <doc_id>" and ``duplicate_of`` naming the kept document. ``parse``
    lets callers cache the per-document work by content hash. With ``hashes`` and ``known``
    (``sha256 -> row`` of content already parsed, or ``None``) a file whose stat lets
    ``hashes`` vouch for its sha256 is not read at all (see ``pipeline.ingest.file_hashes``);
    ``hashes`` learns the sha256 of every file read and forgets files no longer there.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"input folder not found: {folder}")
    # file names, not paths: ~10 pathlib operations per file cost ~0.1 CPU-s at 10k files
    scanned = _scan_names(folder)
    names = [display_name(file) for file, _ in scanned]
    rows: list[dict[str, object]] = []
    first_by_hash: dict[str, str] = {}
    doc_ids = _doc_ids([file for file, _ in scanned])
    for (file, st), name, (doc_id, note) in zip(scanned, names, doc_ids, strict=True):
        content = _trusted_content(name, st, max_bytes, hashes, known)
        if content is None:
            seen = observed_now()
            raw, before, after = read_input_stat(folder / file, max_bytes)
            if isinstance(raw, str):
                content = unread_row(folder / file, raw)
            else:
                content = parse(raw)
                if hashes is not None and before is not None and after is not None:
                    hashes.record(name, before, after, str(content["sha256"]), seen)
        # The path relative to the input folder (the file's name): the release must not depend
        # on where the folder lives.
        row = {**content, "doc_id": doc_id, "path": name, "note": note, "duplicate_of": None}
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
    if hashes is not None:
        hashes.keep_only(names)
    return pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)


def _trusted_content(
    name: str,
    st: os.stat_result | None,
    max_bytes: int,
    hashes: FileHashes | None,
    known: Callable[[str], dict[str, object] | None] | None,
) -> dict[str, object] | None:
    """The parsed row of a file its stat vouches for, without reading it; else ``None``."""
    if hashes is None or known is None or st is None or st.st_size > max_bytes:
        return None  # an oversize file is refused from its size alone: nothing to save
    sha = hashes.trusted(name, st)
    return known(sha) if sha is not None else None
