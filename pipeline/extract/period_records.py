"""Record references: a year after "the highest since", "the first ... since": never a figure's period.

``periods.find_periods`` tests these before a "since YEAR" or a month span becomes a figure's
period ("its lowest level since 2005" is a record's reference point, not the period of the figure).
"""

from __future__ import annotations

import re

# "the first fall in six years (since 2009)", "its lowest level since 2005": a record's
# reference point, never the period of a figure
_RECORD_BEFORE = re.compile(
    r"\b(?:first\stime|highest|lowest|largest|biggest|smallest|record|fastest|strongest|weakest"
    r"|best|worst)\b[^.;$€£¥₹\d]{0,30}$",
    re.IGNORECASE,
)
# "the first June deficit since 2029", "the first time it topped $30 billion since 2025": a
# first since a year is a record's reference too, past an amount (not "the first half since")
FIRST_SINCE = re.compile(
    r"\bfirst\b(?!\s(?:\w+\s)?(?:half|quarter|semester|months?|weeks?|days?)\b)[^.;]{0,50}$",
    re.IGNORECASE,
)
