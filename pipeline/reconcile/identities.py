"""Accounting identities between facts, checked within one source (authority) at a time.

* parts and total: turnover(X, Y) = exports(X to Y) + imports(X from Y);
* sub-periods that tile a period: Jan-Nov + Dec = the year, H1 + H2 = the year;
* a level with a change implies the previous period's level: level / (1 + pct/100),
  level - abs_change, level / multiple (same period one year earlier).

Where both sides are stated, the stated fact becomes ``agreed_within_rounding`` or
``inconsistent`` with the arithmetic in ``note``; where only the parts are stated, a ``derived``
fact carries the formula. Identities never mix sources: two authorities' numbers are mirror
statistics, compared by ``reconcile``, not added up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd
from dateutil.relativedelta import relativedelta

from pipeline.contract.hashing import stable_id as _id
from pipeline.contract.keys import FACT_KEY, FactKey
from pipeline.reconcile.bounds import precision_key
from pipeline.reconcile.bounds import stated as stated_value
from pipeline.reconcile.claims import Claim
from pipeline.reconcile.intervals import Interval, all_overlap, human


def _previous(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """The same period one year earlier (29 February becomes the 28th)."""
    year_before = relativedelta(years=-1)
    prev_end = end + year_before
    if end.month == 2 and end.day >= 28:  # keep "end of February" in leap years
        prev_end += relativedelta(day=31)
    return start + year_before, prev_end


def _natural(start: dt.date, end: dt.date) -> bool:
    """A calendar year, half or quarter: periods worth deriving from their parts."""
    if start.day != 1 or start.year != end.year:
        return False
    months = end.month - start.month + 1
    last_day = (end + relativedelta(day=31)).day
    return end.day == last_day and (start.month - 1) % months == 0 and months in (3, 6, 12)


@dataclass
class _Derivation:
    interval: Interval
    formula: str
    figure_ids: list[str]
    doc_ids: list[str]
    source: str | None


@dataclass
class _State:
    facts: list[dict]  # fact rows as records: cheap to update in place
    by_key: dict[tuple, int]
    checks: list[dict] = field(default_factory=list)
    derived: dict[tuple, list[_Derivation]] = field(default_factory=dict)


def _best(claims: list[Claim]) -> Claim:
    return min(claims, key=lambda c: (*precision_key(c), c.figure_id))  # an exact before a bound


def _by_source(grouped: dict[tuple, list[Claim]]) -> dict[tuple[str | None, tuple], list[Claim]]:
    out: dict[tuple[str | None, tuple], list[Claim]] = {}
    for key, claims in grouped.items():
        for c in claims:
            out.setdefault((c.source, key), []).append(c)
    return out


def _with(key: FactKey, **changes: object) -> FactKey:
    return key._replace(**changes).normalised()


def _label(key: FactKey) -> str:
    return (
        f"{key.flow} {key.reporter}-{key.partner} {key.scope} "
        f"{key.period_start}..{key.period_end} {key.measure} {key.unit} {key.status}"
    )


def subject_pair(subject: str) -> str:
    """The unordered pair ``"A|B"`` of an identity check, read back from its subject."""
    label = subject.split(" | ")[1]
    reporter, partner = label.split(" ")[1].split("-", 1)
    return "|".join(sorted((reporter, partner)))


def _compare(
    state: _State,
    identity: str,
    key: tuple,
    stated: list[Claim],
    derived: Interval,
    formula: str,
    source: str | None,
    n_rows: int,
) -> None:
    """Check a stated fact against the value an identity implies, and record the outcome."""
    claim = _best(stated)
    ok = claim.reach.overlaps(derived)  # a bound ("more than") agrees with values on its side
    outcome = "agreed_within_rounding" if ok else "inconsistent"
    detail = f"{stated_value(claim, claim_unit(key))} stated vs {formula}"
    subject = f"{identity} | {_label(key)} | source {source or 'unattributed'}"
    state.checks.append(
        {
            "check_id": _id("identity", subject, detail),
            "kind": "identity",
            "subject": subject,
            "outcome": outcome,
            "n_rows": n_rows,
            "n_failures": 0 if ok else 1,
            "detail": detail,
        }
    )
    index = state.by_key.get(key)
    if index is None:
        return
    fact = state.facts[index]
    resolution = fact["resolution"]
    fact["note"] = f"{fact['note']}; identity {identity}: {detail}"
    if resolution in ("single_source", "agreed", "agreed_within_rounding", "revised"):
        if not ok:
            fact["resolution"], fact["value"] = "inconsistent", None
        elif resolution == "single_source":
            fact["resolution"] = "agreed_within_rounding"


def claim_unit(key: FactKey) -> str:
    """The unit of the facts under ``key``."""
    return key.unit


def _derive_or_check(
    state: _State,
    identity: str,
    source_claims: dict[tuple[str | None, tuple], list[Claim]],
    source: str | None,
    target: tuple,
    interval: Interval,
    formula: str,
    inputs: list[Claim],
    checked: Interval | None = None,
) -> None:
    """Compare a stated ``target`` with ``checked`` (default ``interval``), or derive it from
    ``interval`` when no claim of ``source`` states it."""
    stated = source_claims.get((source, target))
    if stated:
        if checked is not None and checked != interval:
            formula += " (a whole multiple checked as ±0.5)"
        _compare(
            state,
            identity,
            target,
            stated,
            checked or interval,
            formula,
            source,
            len(inputs) + len(stated),
        )
        return
    if target in state.by_key:
        return  # stated by other sources only: mirror statistics, not an identity
    state.derived.setdefault(target, []).append(
        _Derivation(
            interval,
            formula,
            [c.figure_id for c in inputs],
            sorted({c.doc_id for c in inputs}),
            source,
        )
    )


def _parts_and_total(state: _State, source_claims: dict) -> None:
    for (source, key), claims in list(source_claims.items()):
        flow, scope, reporter, partner, start, end, measure, unit, status = key
        if flow != "exports" or measure != "level" or status != "actual":
            continue
        imports = source_claims.get((source, _with(key, flow="imports")))
        if not imports:
            continue
        e, i = _best(claims), _best(imports)
        total = e.interval + i.interval
        formula = f"{human(e.value, unit)} exports + {human(i.value, unit)} imports = {human(e.value + i.value, unit)}"
        target = _with(key, flow="turnover")
        _derive_or_check(
            state,
            f"turnover = exports + imports ({reporter} view)",
            source_claims,
            source,
            target,
            total,
            formula,
            [e, i],
        )


WHOLE_MULTIPLE_HALF_STEP = 0.5
"""A multiple stated as a whole number is checked as at least +-0.5 of it."""


def _checked_change(change: Claim, measure: str) -> Interval:
    """The interval a change is checked at: its own, but a whole multiple at least +-0.5.

    "Doubled", "three times", "tre volte" are read as exactly 2 and 3 (rounding 0), while "2
    times" in digits is read as 2 +- 0.5 (its last digit); a page that says exports "doubled"
    from $485M to $775M (1.6x) or imports grew "three times" from EUR 32.7M to EUR 90M (2.75x)
    uses a whole number loosely, and nothing there is for a person to chase. The derivation
    keeps the exact word (775M / 2 = 387.5M), only the check against a stated level widens.
    """
    interval = change.interval
    if measure != "multiple" or change.value != round(change.value) or change.value <= 1:
        return interval
    return Interval(
        min(interval.low, change.value - WHOLE_MULTIPLE_HALF_STEP),
        max(interval.high, change.value + WHOLE_MULTIPLE_HALF_STEP),
    )


def _applied(shape: str, change: float, unit: str) -> str:
    """The change's part of a derivation note, its sign written once: "/ (1 + 12%)", "/ (1 - 7.2%)"
    (not "(1 + -7.2%)"), "- 5M", "+ 5M" for a fall of 5M, "/ 2x"."""
    if change < 0 and shape in ("/ (1 + {c})", "- {c}"):
        shape = "/ (1 - {c})" if shape.startswith("/") else "+ {c}"
        change = -change
    return shape.format(c=human(change, unit))


def _previous_level(state: _State, source_claims: dict) -> None:
    ops: dict[str, tuple[str, Callable[[Interval, Interval], Interval], str]] = {
        "pct_change": (
            "percent",
            lambda lv, ch: lv.divide(Interval(1 + ch.low / 100, 1 + ch.high / 100)),
            "/ (1 + {c})",
        ),
        "abs_change": ("", lambda lv, ch: lv - ch, "- {c}"),
        "multiple": ("times", lambda lv, ch: lv.divide(ch), "/ {c}"),
    }
    for (source, key), claims in list(source_claims.items()):
        flow, scope, reporter, partner, start, end, measure, unit, status = key
        if measure != "level" or status != "actual" or start is None or end is None:
            continue
        level = _best(claims)
        for change_measure, (change_unit, op, shape) in ops.items():
            change_key = _with(key, measure=change_measure, unit=change_unit or unit)
            changes = source_claims.get((source, change_key))
            if not changes:
                continue
            change = _best(changes)
            try:
                implied = op(level.interval, change.interval)
                checked = op(level.interval, _checked_change(change, change_measure))
            except ValueError:
                continue
            if implied.high <= 0:
                continue
            prev_start, prev_end = _previous(start, end)
            value = implied.mid
            formula = f"{human(level.value, unit)} {_applied(shape, change.value, change_unit or unit)} = {human(value, unit)}"
            target = _with(key, period_start=prev_start, period_end=prev_end)
            _derive_or_check(
                state,
                f"previous level from {change_measure}",
                source_claims,
                source,
                target,
                implied,
                formula,
                [level, change],
                checked,
            )


def _tiling(state: _State, source_claims: dict) -> None:
    series: dict[tuple, dict[tuple[dt.date, dt.date], list[Claim]]] = {}
    for (source, key), claims in source_claims.items():
        flow, scope, reporter, partner, start, end, measure, unit, status = key
        if measure != "level" or status != "actual" or start is None or end is None:
            continue
        series.setdefault((source, _with(key, period_start=None, period_end=None)), {})[
            (start, end)
        ] = claims
    for (source, base), periods in series.items():
        for (a_start, a_end), a_claims in periods.items():
            for (b_start, b_end), b_claims in periods.items():
                if b_start != a_end + dt.timedelta(days=1):
                    continue
                target = _with(base, period_start=a_start, period_end=b_end)
                stated = (a_start, b_end) in periods
                if not stated and not _natural(a_start, b_end):
                    continue
                a, b = _best(a_claims), _best(b_claims)
                unit = claim_unit(base)
                formula = f"{human(a.value, unit)} ({a_start}..{a_end}) + {human(b.value, unit)} ({b_start}..{b_end}) = {human(a.value + b.value, unit)}"
                _derive_or_check(
                    state,
                    "sub-periods sum to the period",
                    source_claims,
                    source,
                    target,
                    a.interval + b.interval,
                    formula,
                    [a, b],
                )


def _derived_rows(state: _State) -> list[dict]:
    rows = []
    for key, derivations in sorted(
        state.derived.items(), key=lambda kv: tuple(str(x) for x in kv[0])
    ):
        intervals = [d.interval for d in derivations]
        best = min(derivations, key=lambda d: d.interval.high - d.interval.low)
        agree = all_overlap(intervals)
        sources = sorted({d.source for d in derivations if d.source})
        figure_ids = sorted({f for d in derivations for f in d.figure_ids})
        row = key._asdict()
        row.update(
            fact_id=_id("fact", *key),
            value=best.interval.mid if agree else None,
            value_min=min(i.low for i in intervals),
            value_max=max(i.high for i in intervals),
            resolution="derived" if agree else "inconsistent",
            n_claims=0,
            n_sources=len(sources),
            sources=sources,
            figure_ids=figure_ids,
            doc_ids=sorted({doc for d in derivations for doc in d.doc_ids}),
            note="derived: "
            + "; ".join(f"{d.formula} ({d.source or 'unattributed'})" for d in derivations),
            preferred_value=None,
            preferred_source=None,
            superseded_by=None,
        )
        rows.append(row)
    return rows


def apply_identities(
    facts: pd.DataFrame, grouped: dict[tuple, list[Claim]]
) -> tuple[pd.DataFrame, list[dict]]:
    """Check identities where both sides are stated, derive facts where only parts are."""
    records = facts.to_dict("records")
    by_key = {
        FactKey(*(row[k] for k in FACT_KEY)): i
        for i, row in enumerate(records)
        if pd.isna(row["superseded_by"])
    }
    state = _State(records, by_key)
    source_claims = _by_source({k: v for k, v in grouped.items() if k.status == "actual"})
    _parts_and_total(state, source_claims)
    _tiling(state, source_claims)
    _previous_level(state, source_claims)
    facts = pd.DataFrame(state.facts + _derived_rows(state), columns=facts.columns)
    unique = list({c["check_id"]: c for c in state.checks}.values())  # identical checks once
    return facts, unique
