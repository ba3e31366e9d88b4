"""Bytes to text: BOMs, UTF-16 without a BOM, Cyrillic code pages, and the reasons a file is
not an article at all (binary formats, control characters, empty).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import charset_normalizer

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


class QuarantineError(ValueError):
    """A file that is not a readable article; the message is the quarantine reason."""


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


def check_is_text(text: str) -> None:
    """Raise QuarantineError for decoded text that is empty or mostly control characters."""
    if not text.strip():
        raise QuarantineError("empty: no text after decoding")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls / len(text) > 0.05:
        raise QuarantineError(f"not text: {controls} control characters in {len(text)}")
