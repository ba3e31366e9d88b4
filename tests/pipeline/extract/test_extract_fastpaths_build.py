"""The one-time work of building the extractor's patterns takes shortcuts that change no pattern.

Each shortcut is checked against the plain computation it replaced: the lower-case twin's source
(a regex substitution instead of a loop per character), the prefix trie's source (runs of single
children walked in a loop), a ``Caseless`` built from a source (its pattern compiled only when
needed) and the trigger tries' flags (read without compiling the flat alternation).
"""

from __future__ import annotations

import random
import re

import pytest

from pipeline.extract import caseless, numbers, slots
from pipeline.extract.caseless import Caseless, literal_trie
from pipeline.lexicon import _rows, currencies, gazetteer, trigger_pattern, triggers


def _lower_pattern_by_char(source: str) -> str:
    """The twin's source as it was computed before: one step per character."""
    out: list[str] = []
    i = 0
    while i < len(source):
        char = source[i]
        if char == "\\" or source.startswith("(?P", i):
            step = 2 if char == "\\" else 3
            out.append(source[i : i + step])
            i += step
            continue
        out.append(char.lower() if char.isascii() else char)
        i += 1
    return "".join(out)


def _trie_regex_by_node(node: dict[str, dict]) -> str:
    """The trie's source as it was computed before: one call per node."""
    branches = [
        re.escape(char) + _trie_regex_by_node(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _trie(phrases: list[str]) -> dict[str, dict]:
    trie: dict[str, dict] = {}
    for phrase in set(phrases):
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return trie


def _random_sources(count: int) -> list[str]:
    rng = random.Random(15)
    pieces = ["\\", "\\d", "\\B", "(?P", "<Name>", "(?P<x>", "A", "z", "Q", "é", "İ", "\n", "|"]
    pieces += ["(?:", ")", "[A-Z]", "K", "\u212a", "$", "\\\\", "P", "?"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(count)]


def _kinds() -> list[str]:
    return sorted({row["kind"] for row in _rows("triggers.csv")})


def test_twin_source_is_the_per_character_lowering() -> None:
    sources = [trigger_pattern(kind).pattern for kind in _kinds()]
    pats = numbers._patterns()
    sources += [pats.money_digits.pattern.pattern, pats.money_spelled.pattern.pattern]
    sources += [pats.multiple.pattern.pattern, pats.percent.pattern]
    for source in sources + _random_sources(3000):
        assert caseless._lower_pattern(source) == _lower_pattern_by_char(source), source


def test_trie_source_is_the_per_node_recursion() -> None:
    rng = random.Random(9)
    phrase_sets = [list(triggers(kind)) for kind in _kinds()]
    phrase_sets += [list(currencies().by_symbol), list(currencies().by_word)]
    phrase_sets.append(list(gazetteer().by_surface))
    for _ in range(3000):
        phrase_sets.append(
            ["".join(rng.choice("ab. $c") for _ in range(rng.randint(0, 7))) for _ in range(4)]
        )
    for phrases in phrase_sets:
        assert caseless._trie_regex(_trie(phrases)) == _trie_regex_by_node(_trie(phrases))
        assert literal_trie(phrases) == _trie_regex_by_node(_trie(phrases))


def test_caseless_from_a_source_compiles_its_pattern_only_when_needed() -> None:
    source = r"(?<!\w)(?P<cur>US\$|usd)\s?(?P<n>\d+)"
    text = "Exports: USD 12 and US$7, not usd."
    lazy, eager = Caseless(source, re.IGNORECASE), Caseless(re.compile(source, re.IGNORECASE))
    assert lazy._twin is not None and lazy._twin.pattern == eager._twin.pattern
    assert lazy._twin.flags == eager._twin.flags
    twins = lazy.twin_finditer(text)
    assert twins is not None and [m.span("n") for m in twins] == [(13, 15), (23, 24)]
    with pytest.raises(AttributeError):
        object.__getattribute__(lazy, "pattern")  # not compiled by the twin's scan
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.pattern is re.compile(source, re.IGNORECASE)  # re's cache: the same pattern
    assert lazy.finditer("KZT 5 and \u212aZT 6") == []  # a text without the twin: the pattern
    with pytest.raises(AttributeError):
        _ = lazy.missing  # any other attribute is still missing


def test_substring_test_keeps_the_cues_no_other_cue_is_inside() -> None:
    rng = random.Random(4)
    cue_sets = [list(currencies().by_word), list(triggers("flow")), ["", "a", "ab"], ["x"]]
    for _ in range(500):
        cue_sets.append(
            ["".join(rng.choice("abc") for _ in range(rng.randint(0, 4))) for _ in range(6)]
        )
    for cues in cue_sets:
        unique = set(cues)
        needed = sorted(c for c in unique if not any(o != c and o in c for o in unique))
        test = caseless.substring_test(cues)
        for text in ["", "a", "abc", "cab", "bb", "xx", *cues, " ".join(cues), "no cue here"]:
            assert test(text) == any(c in text for c in needed) == any(c in text for c in cues)


@pytest.mark.parametrize("kind", _kinds())
def test_trigger_trie_has_the_flat_pattern_s_flags(kind: str) -> None:
    assert slots.trigger(kind).pattern.flags == trigger_pattern(kind).flags
