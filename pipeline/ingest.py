"""Bytes on disk to one cleaned document per file, or a quarantine record saying why not.

Every input file yields exactly one row: a file that cannot be read as an article is kept with
``status="quarantined"`` and a ``reason`` so nothing disappears silently.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer
import pandas as pd

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
INPUT_SUFFIX = ".txt"

_MAGIC = {
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"%PDF": "PDF document",
    b"PK\x03\x04": "ZIP archive",
    b"\x1f\x8b": "gzip archive",
    b"\x7fELF": "ELF binary",
}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CYRILLIC_PAGES = {"cp1251", "koi8_r", "koi8_u", "cp866", "mac_cyrillic", "iso8859_5"}
_DATE_HEADER = re.compile(r"^\s*date\s+(\d{4})-(\d{2})-(\d{2})(?:\s+\d{1,2}:\d{2})?[ \t]*\n?")
_SPACES = re.compile(r"[\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u205f\u3000\t]")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_MULTISPACE = re.compile(r" {2,}")
# Site navigation that precedes the headline: "Home World ...", "Home > News > ...". Only known
# section names are stripped, since the headline itself starts with capitalised words.
_SECTIONS = (
    "World", "News", "Business", "Economy", "Politics", "Society", "Region", "Regions", "Asia",
    "Central Asia", "Europe", "Markets", "Trade", "Finance", "Analytics", "Opinion", "Culture",
    "Sport", "Latest", "Top Stories", "Country",
)  # fmt: skip
_BREADCRUMB = re.compile(
    r"^Home(?:\s*[>/»|›]?\s*(?:" + "|".join(map(re.escape, _SECTIONS)) + r")\b){0,3}\s*[>/»|›]?\s*"
)
_TITLE_MAX = 200


class QuarantineError(ValueError):
    """A file that is not a readable article; the message is the quarantine reason."""


@dataclass(frozen=True)
class CleanDocument:
    text: str
    title: str | None
    published: dt.date | None


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    replaced: int = 0  # invalid bytes replaced by U+FFFD


def decode(raw: bytes) -> Decoded:
    """Bytes to text with the encoding used; raise QuarantineError for bytes that are not text.

    Order: signatures of binary formats, BOMs, UTF-16 without BOM, strict UTF-8, UTF-8 with a
    few invalid bytes (replaced and counted), a Cyrillic code page when charset-normalizer finds
    one (it beats a hand-made rule there), else cp1252, else latin-1 (which never fails).
    """
    for magic, what in _MAGIC.items():
        if raw.startswith(magic):
            raise QuarantineError(f"not text: {what} signature")
    for bom, name in _BOMS:
        if raw.startswith(bom):
            try:
                return Decoded(
                    raw[len(bom) :].decode(name), f"{name}-bom" if name != "utf-8" else "utf-8-sig"
                )
            except UnicodeDecodeError as exc:
                raise QuarantineError(
                    f"undecodable: invalid {name} after BOM ({exc.reason})"
                ) from None
    if b"\x00" in raw:
        utf16 = _utf16_without_bom(raw)
        if utf16 is not None:
            return Decoded(*utf16)
        raise QuarantineError("not text: contains NUL bytes")
    try:
        return Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    lenient = raw.decode("utf-8", errors="replace")
    replaced = lenient.count("\ufffd")
    valid_multibyte = sum(1 for ch in lenient if ord(ch) > 127 and ch != "\ufffd")
    if valid_multibyte and replaced <= max(3, valid_multibyte // 10):
        return Decoded(lenient, "utf-8", replaced)
    cyrillic = _cyrillic_code_page(raw)
    if cyrillic is not None:
        return cyrillic
    try:
        return Decoded(raw.decode("cp1252"), "cp1252")
    except UnicodeDecodeError:
        return Decoded(raw.decode("latin-1"), "latin-1")


def _cyrillic_code_page(raw: bytes) -> Decoded | None:
    """charset-normalizer's guess, kept only when it yields mostly Cyrillic letters."""
    best = charset_normalizer.from_bytes(raw).best()
    if best is None or best.encoding not in _CYRILLIC_PAGES:
        return None
    text = str(best)
    high = [ch for ch in text if ord(ch) > 127]
    if high and sum("\u0400" <= ch <= "\u04ff" for ch in high) / len(high) > 0.8:
        return Decoded(text, best.encoding)
    return None


def _utf16_without_bom(raw: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM shows NULs in every other byte for Latin text."""
    if len(raw) < 4 or len(raw) % 2:
        return None
    even_nuls = raw[0::2].count(0) / (len(raw) / 2)
    odd_nuls = raw[1::2].count(0) / (len(raw) / 2)
    for ratio, other, name in (
        (odd_nuls, even_nuls, "utf-16-le"),
        (even_nuls, odd_nuls, "utf-16-be"),
    ):
        if ratio > 0.7 and other < 0.1:
            try:
                text = raw.decode(name)
            except UnicodeDecodeError:
                return None
            printable = sum(ch.isprintable() or ch in "\n\r\t" for ch in text)
            return (text, name) if printable / max(len(text), 1) > 0.95 else None
    return None


def _check_is_text(text: str) -> None:
    if not text.strip():
        raise QuarantineError("empty: no text after decoding")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls / len(text) > 0.05:
        raise QuarantineError(f"not text: {controls} control characters in {len(text)}")


def normalise(text: str) -> str:
    """Entities decoded, exotic spaces to plain spaces, LF line ends, lines trimmed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = html.unescape(text)
    text = _INVISIBLE.sub("", _SPACES.sub(" ", text))
    lines = [_MULTISPACE.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(lines)


def clean(text: str) -> CleanDocument:
    """Strip the date header, breadcrumbs and a repeated closing title; keep the title apart."""
    text = normalise(text)
    published = None
    header = _DATE_HEADER.match(text)
    if header:
        try:
            published = dt.date(*(int(g) for g in header.groups()))
        except ValueError:
            published = None
        text = text[header.end() :]
    lines = text.split("\n")
    while lines and not lines[0]:
        lines.pop(0)
    title = None
    if lines:
        first = lines[0]
        following = next((ln for ln in lines[1:] if ln), "")
        if first.startswith("Home"):
            if following and first.endswith(following) and first != following:
                lines.pop(0)
                first = following
                lines = lines[lines.index(following) :]
            else:
                first = _BREADCRUMB.sub("", first, count=1).strip()
                lines[0] = first
        if first and len(first) <= _TITLE_MAX and not first.endswith((".", "!", "?", ":", ";")):
            title = first
            lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    if title and lines and lines[-1] == title:
        lines.pop()
    body = "\n".join(lines).strip("\n")
    body = re.sub(r"\n{3,}", "\n\n", body)
    return CleanDocument(body, title, published)


DOCUMENT_COLUMNS = [
    "doc_id", "path", "sha256", "encoding", "published", "title", "n_chars", "status", "reason",
    "text", "decode_errors", "duplicate_of", "note",
]  # fmt: skip
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()


def document_from_bytes(raw: bytes) -> dict[str, object]:
    """The content part of a documents row: a pure function of the bytes (safe to cache)."""
    row: dict[str, object] = {
        "sha256": hashlib.sha256(raw).hexdigest(),
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
        _check_is_text(decoded.text)
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
        doc_id, note = path.stem, None
        if doc_id.casefold() in seen:
            note = f"doc_id collision with {seen[doc_id.casefold()]}; using the file name"
            doc_id = path.name
        seen.setdefault(doc_id.casefold(), path.name)
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
        relative = str(path.relative_to(folder))
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
