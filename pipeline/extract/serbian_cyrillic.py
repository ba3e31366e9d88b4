"""Serbian pages in Cyrillic script read through the Serbo-Croatian gloss (``sh``,
:mod:`pipeline.extract.serbo_croatian`): transliterated, letter by letter, into Serbian Latin.

Serbian is written in two scripts that map one to one (Vuk Karadžić's Cyrillic and Gaj's Latin
alphabet, both official in Serbia, Montenegro and Bosnia; the standard's table, e.g. ISO 9's
Serbian variant and the Serbian transliteration of the national library): thirty letters, each
Cyrillic letter one Latin letter or, for "љ", "њ", "џ", a digraph ("lj", "nj", "dž"). RTS, Politika,
Novosti and the statistics office write "Извоз Србије у Мађарску порастао је за 12 одсто"; read as
"Izvoz Srbije u Mađarsku porastao je za 12 odsto" it is the Latin page the ``sh`` rows read.

- :func:`serbian_cyrillic`: whether a sample is Serbian Cyrillic by its letters: Serbian's own
  ("ј", "љ", "њ", "џ", "ђ", "ћ": Russian, Bulgarian, Ukrainian, Belarusian, Kyrgyz, Kazakh and
  Uzbek write none of them) and none of the letters Serbian does not write ("й", "ы", "э", "я",
  "ь", "ъ", "щ", "ю", "ё", "і", "ї", "є", "ў", "ө", "ү", "ң" ...); Macedonian, which shares
  "ј", "љ", "њ", "џ", is told by its "ѓ", "ќ", "ѕ" and its function words ("во", "со", "дека",
  "кои", "ќе", "е": Serbian writes "u", "sa", "da", "koji", "će", "je"), and is left as it was
  read before (it is not Serbian).
- :func:`serbian_latin`: the transliteration and, for provenance, the position in the page's own
  sentence of every Latin character (a digraph's two letters both point at their one Cyrillic
  letter), so a figure read from the gloss of the Latin text is published against the Cyrillic
  sentence (``gloss_spans.figure_as_written``).

Errors: none; a character that is no Serbian Cyrillic letter (digits, punctuation, Latin) is
kept as it is.
"""

from __future__ import annotations

import re

_LOWER = dict(zip("абвгдђежзи", "abvgdđežzi", strict=True))
_LOWER |= dict(zip("јклмнопрст", "jklmnoprst", strict=True))
_LOWER |= dict(zip("ћуфхцчш", "ćufhcčš", strict=True))
_LOWER |= {"љ": "lj", "њ": "nj", "џ": "dž"}
# an upper-case letter: its Latin capital ("Љ" -> "Lj" before a lower-case letter, "LJ" in a word
# written in capitals, "ЉУБЉАНА" -> "LJUBLJANA")
_TITLE = {c.upper(): lat[:1].upper() + lat[1:] for c, lat in _LOWER.items()}
_CAPS = {c.upper(): lat.upper() for c, lat in _LOWER.items() if len(lat) == 2}
_TABLE = _LOWER | _TITLE
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Serbian's own letters, and the Cyrillic letters Serbian does not write (Russian, Bulgarian,
# Ukrainian, Belarusian, Kyrgyz, Kazakh, Uzbek, Tajik, Mongolian)
_SERBIAN = re.compile(r"[јљњџђћЈЉЊЏЂЋ]")
_FOREIGN = re.compile(r"[йыэяьъщюёіїєґўөүңқғұәһҳҷӣӯҡҙҫӊЙЫЭЯЬЪЩЮЁІЇЄҐЎӨҮҢҚҒҰӘҺҲҶӢӮ]")
_MACEDONIAN_LETTERS = re.compile(r"[ѓќѕЃЌЅ]")
# Macedonian function words Serbian never writes (counted on the lower-cased sample)
_MACEDONIAN = re.compile(r"(?<!\w)(?:во|со|дека|кои|ќе|е|беше|оваа|овој|меѓу)(?!\w)")
_SERBIAN_WORDS = re.compile(r"(?<!\w)(?:је|су|који|која|које|што|као|ће|из|са|године)(?!\w)")


def serbian_cyrillic(sample: str) -> bool:
    """Whether ``sample`` (a page's first characters) is Serbian written in Cyrillic: three or
    more of Serbian's own letters, none of Macedonian's, at most one Cyrillic letter Serbian
    does not write per ten of Serbian's own (a quoted Russian name), and fewer Macedonian
    function words than half its Serbian ones (module doc)."""
    if not _CYRILLIC.search(sample):
        return False
    own = len(_SERBIAN.findall(sample))
    if own < 3 or _MACEDONIAN_LETTERS.search(sample):
        return False
    if 10 * len(_FOREIGN.findall(sample)) > own:
        return False
    low = sample.lower()
    return 2 * len(_MACEDONIAN.findall(low)) < len(_SERBIAN_WORDS.findall(low))


def serbian_latin(text: str) -> tuple[str, tuple[int, ...]]:
    """``text`` in Serbian Latin letters, and for each of its characters the position in
    ``text`` of the character it was written from, then ``len(text)`` (so a span ``[s, e)`` of
    the Latin text is ``[starts[s], starts[e - 1] + 1)`` of ``text``)."""
    out: list[str] = []
    starts: list[int] = []
    for i, ch in enumerate(text):
        latin = _TABLE.get(ch, ch)
        if ch in _CAPS and _capitals(text, i):
            latin = _CAPS[ch]
        out.append(latin)
        starts.extend([i] * len(latin))
    starts.append(len(text))
    return "".join(out), tuple(starts)


def _capitals(text: str, i: int) -> bool:
    """Whether the letter at ``i`` stands in a word written in capitals: a capital next to it."""
    after = text[i + 1 : i + 2]
    before = text[i - 1 : i] if i else ""
    return after.isupper() or (before.isupper() and not after.islower())


def original_span(starts: tuple[int, ...], start: int, end: int) -> tuple[int, int]:
    """The span of the page's own text a span ``[start, end)`` of its transliteration was
    written from (``starts`` from :func:`serbian_latin`)."""
    begin = starts[start]
    return begin, (starts[end - 1] + 1 if end > start else begin)
