"""A change written "from X to Y" with no period of its own, right after a look back.

"Trade turnover between A and B came to $1.1bn in January-November 2030. ... Accordingly, in
January-November 2029, trade turnover amounted to $1.86bn. Exports to B went down from $1.7bn to
$0.9bn, while imports slipped from $197m to $183m." The sentence before restates the base year;
a from-to change runs from that base to the article's period, so its "to" amount is the article's
(the first dated period), not the base year's, and its "from" amount the year before that. The
page's period is reset to the article's before such a sentence, as it is two sentences after any
look back (``document._looks_back``).
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.extract.periods import find_periods

_FROM_TO = re.compile(
    r"\bfrom\s(?:[$€£¥]|US\$|USD\s?)?\d[\d.,]*\s?(?:[a-z]{1,8}\s)?(?:[a-z]{1,8}\s)?to\s"
    r"(?:[$€£¥]|US\$|USD\s?)?\d",
    re.IGNORECASE,
)


def from_to_without_period(sentence: str, published: dt.date | None) -> bool:
    """The sentence writes a from-to change of amounts and names no period."""
    if "from" not in sentence or _FROM_TO.search(sentence) is None:
        return False
    return not find_periods(sentence, published)
