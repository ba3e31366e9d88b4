"""Bytes to text: BOMs, UTF-16 without a BOM, Cyrillic code pages, and the reasons a file is
not an article at all (binary formats, control characters, empty).
"""

from __future__ import annotations

import codecs
import collections
import re
import unicodedata
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
    """The most plausible Cyrillic reading of 8-bit bytes, or ``None`` if Cyrillic is unlikely.

    charset-normalizer's guess is not taken alone: on short or bilingual texts it reads
    Windows-1251 as Mac Cyrillic (every capital becomes a symbol or a Serbian letter, and no
    byte is invalid) or as cp1252. The two Cyrillic pages differ in 0xC0-0xDF (capitals in
    cp1251, symbols in Mac Cyrillic) and 0x80-0x9F (the reverse), so the candidates (its guess,
    cp1251, Mac Cyrillic, KOI8-R) are scored by :func:`plausibility` and the best is kept if it
    is mostly Cyrillic and, when the guess was not Cyrillic, forms Cyrillic words and reads
    better than cp1252. Ties (e.g. all capitals in KOI8-R vs all lower case in cp1251) go to the
    guess, which weighs letter frequencies, then to cp1251, the commonest on Russian-language
    news sites.
    """
    best = charset_normalizer.from_bytes(raw).best()
    guess = best.encoding if best is not None else None
    names = dict.fromkeys([guess, "cp1251", "mac_cyrillic", "koi8_r"])
    scored = []
    for order, name in enumerate(n for n in names if n in _CYRILLIC_PAGES):
        try:
            text = raw.decode(name)
        except UnicodeDecodeError:
            continue
        scored.append((plausibility(text), -order, name, text))
    if not scored:
        return None
    score, _, name, text = max(scored)
    high = [ch for ch in text if ord(ch) > 127]
    if not high or sum("\u0400" <= ch <= "\u04ff" for ch in high) / len(high) <= 0.8:
        return None
    if guess not in _CYRILLIC_PAGES:  # then Cyrillic must show in words, and read better
        words = sum(
            len(w) for w in _WORD.findall(text) if len(w) > 2 and set(w) <= _COMMON_CYRILLIC
        )
        if words * 2 < len(high):  # a stray € or — of a cp1252 text is one "Cyrillic" letter
            return None
        try:
            if score <= plausibility(raw.decode("cp1252")):
                return None
        except UnicodeDecodeError:
            pass
    return Decoded(text, name)


_WORD = re.compile(r"[^\W\d_]+")
_COMMON_CYRILLIC = set(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
    "іїєґІЇЄҐңөүҢӨҮәғқұһӘҒҚҰҺ"  # Ukrainian, Kyrgyz, Kazakh
)
_COMMON_SYMBOLS = set("«»—–“”„‘’…№•°€\u00a0")


def plausibility(text: str) -> int:
    """How much ``text`` reads like real writing: letters in well-formed words minus letters in
    odd ones, minus 2 per unusual symbol. Used to choose between 8-bit decodings.

    A word is well-formed when its letters are of one script (ASCII Latin, or the common
    Russian/Ukrainian/Central Asian Cyrillic letters), its case is lower, upper or Capitalised
    (a wrong code page gives ``тОВАР``, ``Ѕишкек``, ``Mьller``), and, if Latin with diacritics,
    at most half of it carries them (Cyrillic read as cp1252 gives ``Òîâàð``).
    """
    score = 0
    for word in _WORD.findall(text):
        shape = word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())
        cyrillic = all(ch in _COMMON_CYRILLIC for ch in word)
        ascii_word = word.isascii()
        accented = sum(ord(ch) > 127 for ch in word)
        latin = accented * 2 <= len(word) and all(
            ch.isascii() or unicodedata.name(ch, "").startswith("LATIN") for ch in word
        )
        score += len(word) if shape and (cyrillic or ascii_word or latin) else -len(word)
    odd = sum(1 for ch in text if ord(ch) > 127 and not ch.isalpha() and ch not in _COMMON_SYMBOLS)
    return score - 2 * odd


def _utf16_without_bom(raw: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM: every NUL is the high byte of a character (odd offsets in LE, even
    in BE), and those high bytes take few values (0x00 for ASCII, 0x04 for Cyrillic, 0x20 for
    dashes and quotes). Cyrillic text has NULs only where it has spaces, digits and Latin
    letters, so the share of NULs alone (once > 70 %) missed it. Binary data has NULs at both
    parities or many distinct high bytes, and stays quarantined.
    """
    if len(raw) < 4 or len(raw) % 2:
        return None
    half = len(raw) // 2
    for high, low, name in (
        (raw[1::2], raw[0::2], "utf-16-le"),
        (raw[0::2], raw[1::2], "utf-16-be"),
    ):
        if high.count(0) < 0.05 * half or low.count(0) > 0.01 * half:
            continue
        if sum(n for _, n in collections.Counter(high).most_common(3)) < 0.95 * half:
            continue
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
