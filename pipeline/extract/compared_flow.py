"""Flow words beside a figure that name another amount's flow, or its own from afar.

A flow word a figure's flow is compared with, not the figure's own: "The imports from Hungary
grew in the first quarter faster than the exports, with a rise of 19.5 percent to 8.1 billion"
(German "schneller als die Exporte"). The last flow word before the amount follows "than"; the
flow before it is the figure's. A relative clause after the compared flow gives that flow a
figure of its own ("exports grew 5%, more than imports, which rose 3%") and keeps it, as does
an amount right after the compared flow word ("faster than the imports (5%)").

The parts of a total whose second verb is left out: "of which $5bn correspond to imports from B
and $3bn to exports": the flow word after the second part's "to" is its flow (``elided_part``).

A change restated right after it as a percentage with its flow: "Data for January to November
show a fall of $751.1 million, a 40 percent decrease in trade turnover": the flow of the
restatement is the amount's (``restated_change_flow``).
"""

from __future__ import annotations

import re

from pipeline.extract.caseless import ascii_gate

_THAN_BEFORE = re.compile(r"\bthan\s(?:the\s|its\s|their\s)?$", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:which|that|whose)\b", re.IGNORECASE)


def compared_flow(text: str, match: re.Match[str]) -> bool:
    """The flow word ``match`` of ``text`` (a figure's left context) follows "than" and no
    relative clause comes after it (see the module doc)."""
    return bool(
        "than" in text
        and _THAN_BEFORE.search(text, max(0, match.start() - 10), match.start())
        and not _RELATIVE.search(text, match.end())
        # "faster than the imports (5%)": the bracket right after it is the compared flow's
        and text[match.end() :].strip() not in ("", "(")
    )


_ELIDED_PART = re.compile(
    r"^\s?to\s(?:the\s)?(?:(?-i:[A-Z][\w-]+)\s)?(?P<w>exports?|imports?)\b", re.IGNORECASE
)
_PART_VERB = re.compile(r"\b(?:correspond(?:s|ed)?|equal(?:s|led)?)\sto\b", re.IGNORECASE)
# what every ``_PART_VERB`` match holds (``ascii_gate``): the case-insensitive scan only then
_MAY_PART_VERB = ascii_gate(("correspond", "equal"))


def elided_part(left: str, right: str) -> re.Match[str] | None:
    """The flow word (group ``w``) right after a part's "to" (``right``), where an earlier part
    of the sentence (``left``) has the verb ("correspond to", "equal to"); else None."""
    if "to" not in left or not _MAY_PART_VERB(left) or _PART_VERB.search(left) is None:
        return None
    return _ELIDED_PART.match(right)


_RESTATED_CHANGE = re.compile(
    r"^,\s(?:a|an)\s(?:[\d.]+\s?(?:percent|per\scent|%))\s(?:[a-z-]+\s)?"
    r"(?:decrease|increase|decline|drop|rise|fall|growth|jump|contraction)\sin\s(?:the\s)?"
    r"(?:bilateral\s|mutual\s|two-way\s)?(?P<w>trade\sturnover|turnover|trade|exports|imports)\b",
    re.IGNORECASE,
)


def restated_change_flow(right: str) -> str | None:
    """The flow of a percentage change restating the amount right before it (``right``: the
    text after the amount); else None."""
    if not right.startswith(", a"):
        return None
    found = _RESTATED_CHANGE.match(right)
    if found is None:
        return None
    word = found.group("w").lower()
    return "turnover" if "trade" in word or word == "turnover" else word
