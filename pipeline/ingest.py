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
from dataclasses import dataclass
from pathlib import Path

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
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
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


def decode(raw: bytes) -> tuple[str, str]:
    """Return (text, encoding name); raise QuarantineError for bytes that are not text."""
    for magic, what in _MAGIC.items():
        if raw.startswith(magic):
            raise QuarantineError(f"not text: {what} signature")
    for bom, name in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(name), name.replace("utf-16", "utf-16-bom")
            except UnicodeDecodeError as exc:
                raise QuarantineError(
                    f"undecodable: invalid {name} after BOM ({exc.reason})"
                ) from None
    if b"\x00" in raw:
        utf16 = _utf16_without_bom(raw)
        if utf16 is not None:
            return utf16
        raise QuarantineError("not text: contains NUL bytes")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "latin-1"


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


def _doc_row(path: Path, doc_id: str, max_bytes: int) -> dict[str, object]:
    row: dict[str, object] = {
        "doc_id": doc_id,
        "path": str(path),
        "sha256": hashlib.sha256(b"").hexdigest(),
        "encoding": None,
        "published": None,
        "title": None,
        "n_chars": 0,
        "status": "quarantined",
        "reason": None,
        "text": None,
    }
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise QuarantineError(f"oversize: {size} bytes > limit {max_bytes}")
        raw = path.read_bytes()
    except QuarantineError as exc:
        row["reason"] = str(exc)
        return row
    except OSError as exc:
        row["reason"] = f"unreadable: {exc.strerror or exc}"
        return row
    row["sha256"] = hashlib.sha256(raw).hexdigest()
    try:
        if not raw.strip():
            raise QuarantineError(
                "empty: file has no content" if not raw else "empty: whitespace only"
            )
        text, encoding = decode(raw)
        row["encoding"] = encoding
        _check_is_text(text)
        doc = clean(text)
        if not doc.text.strip():
            raise QuarantineError("empty: no body text after removing header and title")
    except QuarantineError as exc:
        row["reason"] = str(exc)
        return row
    row.update(
        published=doc.published,
        title=doc.title,
        n_chars=len(doc.text),
        status="ok",
        text=doc.text,
    )
    return row


def list_inputs(folder: Path) -> list[Path]:
    """Input articles: ``*.txt`` files (any case of the suffix), in a stable order."""
    return sorted(
        (p for p in folder.iterdir() if p.suffix.lower() == INPUT_SUFFIX and not p.is_dir()),
        key=lambda p: p.name,
    )


def ingest_folder(folder: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> pd.DataFrame:
    """One row per input file in ``folder`` (see DocumentsSchema)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"input folder not found: {folder}")
    rows = [_doc_row(p, p.stem, max_bytes) for p in list_inputs(folder)]
    columns = [
        "doc_id",
        "path",
        "sha256",
        "encoding",
        "published",
        "title",
        "n_chars",
        "status",
        "reason",
        "text",
    ]
    return pd.DataFrame(rows, columns=columns)
