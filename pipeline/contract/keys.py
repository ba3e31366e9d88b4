"""Keys that identify rows across tables: the contract's fact key.

Why a named tuple: code that groups, sorts and labels facts reads ``key.flow`` and
``key.status`` instead of positions, and the key is still a plain tuple wherever one is
hashed, compared, unpacked into an id or turned into text, so ids and row order do not change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import NamedTuple


class FactKey(NamedTuple):
    """The fact key (CONTRACT.md): the pair is ordered for exports, imports and investment and
    unordered (sorted) for turnover."""

    flow: str
    scope: str
    reporter: str
    partner: str
    period_start: dt.date | None
    period_end: dt.date | None
    measure: str
    unit: str
    status: str

    @classmethod
    def of(cls, row: Mapping) -> FactKey:
        """The key of a figure or fact row, the turnover pair sorted."""
        key = cls(*(row[name] for name in cls._fields))
        return key.normalised()

    def normalised(self) -> FactKey:
        """This key with the pair sorted when the flow is turnover."""
        if self.flow != "turnover":
            return self
        reporter, partner = sorted((self.reporter, self.partner))
        return self._replace(reporter=reporter, partner=partner)


FACT_KEY: tuple[str, ...] = FactKey._fields
"""The fact key's column names, in order."""

ROW_GROUP_KEY: dict[str, str] = {
    "documents": "doc_id",
    "sentences": "doc_id",
    "figures": "doc_id",
    "facts": "fact_id",
    "claims": "fact_id",
    "checks": "check_id",
}
"""Per release table, a key column that keeps related rows together when a table is cut into
parts by a hash of it (one article's rows; one fact and its claims): used by partial validation
(``assets/partial_validation.py``) and ``benchmarks/release_disk.py``'s simulation. The release's
own parts (``pipeline/release/parts.py``) cut facts and claims by the unordered country pair
instead, so an added figure touches one part per pair rather than one per fact."""
