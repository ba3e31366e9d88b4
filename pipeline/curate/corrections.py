"""Analysts' corrections applied to extracted figures: ``corrections.csv`` as versioned data.

Why here, between extraction and reconciliation: a correction changes what a figure says (or
drops it), and every fact, conflict and identity check must follow from the corrected figures;
the extracted ``figures`` table stays as read, so the release shows both the reading and the
correction behind a fact (``tradefacts lineage``).

A correction names its figure by :func:`figure_keys`, not by ``figure_id``: the id includes the
extractor version, so it changes with every extractor release, while the key (document, the
sentence's text, the span) survives re-runs for as long as the sentence and the span are read
the same way. A correction whose key matches no figure is an *orphan*; the ``curated_figures``
asset's blocking check fails on it rather than silently dropping an analyst's decision.

Rules: ``reject`` drops the figure; ``set field=value`` replaces one reading (``SETTABLE``);
rows apply in file order, so a later ``set`` of the same field wins, and a rejected figure stays
rejected. Setting ``value`` scales ``rounding`` with it (the stated precision is relative);
``value_usd`` is computed again from the corrected value, unit, measure and period.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline.contract.corrections import ACTIONS, SETTABLE, CorrectionsSchema
from pipeline.contract.hashing import sha256_hex, stable_id
from pipeline.contract.schemas import FLOWS, MEASURES, SCOPE_PATTERN, STATUSES
from pipeline.lexicon import currency_codes, economy_codes
from pipeline.lexicon.fx import with_value_usd

CORRECTIONS_FILE = "corrections.csv"
"""Default file name, in the input folder."""

COLUMNS: tuple[str, ...] = tuple(CorrectionsSchema.to_schema().columns)
"""The file's columns, in order (from the model)."""

_DATES = ("period_start", "period_end")
_NULLABLE = ("period_start", "period_end", "source_country")


def figure_keys(figures: pd.DataFrame, sentences: pd.DataFrame) -> pd.Series:
    """The stable key of each figure (aligned with ``figures``): 16 hex digits of
    ``doc_id | sentence text | char_start | char_end | text``."""
    text_of = dict(zip(sentences["sentence_id"], sentences["text"], strict=True))
    return pd.Series(
        [
            stable_id("figure-key", d, text_of.get(s, ""), a, b, t)
            for d, s, a, b, t in zip(
                figures["doc_id"],
                figures["sentence_id"],
                figures["char_start"],
                figures["char_end"],
                figures["text"],
                strict=True,
            )
        ],
        index=figures.index,
        dtype="object",
    )


@dataclass(frozen=True)
class Corrections:
    """The rows of a corrections file and the file's sha256 (``None``: no file)."""

    frame: pd.DataFrame
    sha256: str | None
    path: Path


def empty_corrections() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in COLUMNS})


def parse_corrections(text: str) -> pd.DataFrame:
    """Validated rows of a corrections CSV; empty cells are null. Raises ``ValueError`` naming
    the problem (pandera's message) when a row breaks the contract."""
    try:
        raw = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except pd.errors.ParserError as exc:  # e.g. an unterminated quote
        raise ValueError(f"invalid corrections file: not CSV: {exc}") from exc
    if raw.empty:
        return empty_corrections()
    frame = raw.replace({"": None})
    try:
        return CorrectionsSchema.validate(frame, lazy=True)
    except Exception as exc:  # pandera SchemaError(s): one message for the caller
        raise ValueError(f"invalid corrections file: {schema_problems(exc)}") from exc


def file_line(index: object) -> int:
    """The corrections file's line of a parsed row: ``index`` is its position in
    :func:`parse_corrections`' frame (read_csv's 0-based index), the header is line 1."""
    return int(index) + 2


def schema_problems(exc: Exception, shown: int = 3) -> str:
    """pandera's failure cases as one line (``check: value (line L)``, lines of the CSV file,
    header = 1), the first ``shown`` and a count of the rest; ``str(exc)``'s first line when the
    error carries no failure cases. Why: pandera's message is a JSON report whose first line is
    ``{``, all a one-line error showed (round 59's trial)."""
    cases = getattr(exc, "failure_cases", None)
    if not isinstance(cases, pd.DataFrame) or cases.empty:
        return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    items = []
    for row in cases.head(shown).to_dict("records"):
        where = row.get("index")
        line = "" if where is None or pd.isna(where) else f" (line {file_line(where)})"
        column = row.get("column")
        field = f"{column}: " if isinstance(column, str) and column else ""
        items.append(f"{field}{row.get('check')}: {row.get('failure_case')}{line}")
    more = f"; and {len(cases) - shown} more" if len(cases) > shown else ""
    return "; ".join(items) + more


def read_corrections(path: Path) -> Corrections:
    """The corrections at ``path``; a missing file is no corrections (sha256 ``None``).
    Raises ``ValueError`` starting with the path when the file is not valid UTF-8 CSV in the
    contract's columns (:func:`parse_corrections`)."""
    path = Path(path)
    if not path.is_file():
        return Corrections(empty_corrections(), None, path)
    data = path.read_bytes()
    try:
        frame = parse_corrections(data.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as exc:  # name the file: the run's line shows it
        raise ValueError(f"{path}: {exc}") from exc
    return Corrections(frame, sha256_hex(data), path)


_CLOSED = {"flow": FLOWS, "measure": MEASURES, "status": STATUSES}
"""Fields whose values the contract lists (pipeline/contract/schemas.py)."""
_CODES = ("reporter", "partner", "source_country")


def _typed(field: str, text: str) -> object:
    """The text of a ``set`` as the figure column's value.

    Raises ``ValueError`` naming the field when the text is not one: a date that is not
    YYYY-MM-DD, a value that is not a number, a flow/measure/status outside the contract's
    vocabulary, a reporter/partner/source that is no code of the country lexicon, a unit that
    is neither a known ISO 4217 code nor ``percent``/``times``. Found by a new-user trial: ``set
    flow=barter`` was accepted and failed the next run's schema check with no row named, and
    ``set reporter=XYZ`` was published.
    """
    if field in _NULLABLE and text.strip().lower() in ("", "null", "none"):
        return None
    if field in _DATES:
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"{field}={text!r}: expected a date YYYY-MM-DD") from None
    if field == "value":
        try:
            return float(text)
        except ValueError:
            raise ValueError(f"value={text!r}: expected a number such as 1340000000") from None
    if field == "approx":
        if text.lower() not in ("true", "false"):
            raise ValueError(f"approx={text!r}: expected true or false")
        return text.lower() == "true"
    if field in _CLOSED and text not in _CLOSED[field]:
        raise ValueError(f"{field}={text!r}: expected one of {', '.join(_CLOSED[field])}")
    if field in _CODES and text not in economy_codes():
        raise ValueError(
            f"{field}={text!r}: expected an ISO 3166-1 alpha-3 or bloc code of "
            "pipeline/lexicon/countries.csv, e.g. KAZ"
        )
    if field == "unit" and text not in ("percent", "times") and text not in currency_codes():
        raise ValueError(f"unit={text!r}: expected an ISO 4217 code (e.g. USD), percent or times")
    if field == "scope" and not re.fullmatch(SCOPE_PATTERN, text):
        raise ValueError(f"scope={text!r}: expected total or a sector in lower case (e.g. energy)")
    return text


@dataclass(frozen=True)
class Curated:
    """Figures after corrections, and what became of each correction."""

    figures: pd.DataFrame
    applied: pd.DataFrame
    """Corrections that found their figure, with ``current_figure_id``."""
    orphans: pd.DataFrame
    """Corrections whose figure no longer exists."""


def apply_corrections(
    figures: pd.DataFrame, sentences: pd.DataFrame, corrections: pd.DataFrame
) -> Curated:
    """``figures`` with ``corrections`` applied (see module doc). Pure; ``figures`` unchanged.

    Raises ``ValueError`` when a ``set`` value cannot be read as its column's type.
    """
    if corrections.empty:
        none = corrections.assign(current_figure_id=pd.Series(dtype="object"))
        return Curated(figures, none, none)
    keys = figure_keys(figures, sentences)
    position = {key: i for i, key in enumerate(keys)}
    found = corrections["figure_key"].map(position)
    applied = corrections[found.notna()].assign(
        current_figure_id=[figures["figure_id"].iloc[int(i)] for i in found.dropna()]
    )
    orphans = corrections[found.isna()].assign(current_figure_id=None)
    out = figures.copy()
    rejected: set[int] = set()
    for row, i in zip(applied.to_dict("records"), found.dropna().astype(int), strict=True):
        if row["action"] == "reject":
            rejected.add(i)
            continue
        field, value = row["field"], _typed(row["field"], row["value"])
        label = out.index[i]
        if field == "value":
            old = float(out.at[label, "value"])
            scale = abs(float(value) / old) if old else 1.0
            out.at[label, "rounding"] = float(out.at[label, "rounding"]) * scale
        out.at[label, field] = value
    kept = out.drop(index=[out.index[i] for i in sorted(rejected)])
    if (applied["action"] == ACTIONS[1]).any() and "value_usd" in kept:
        kept = with_value_usd(kept)  # a set value, unit, measure or period moves value_usd
    return Curated(kept.reset_index(drop=True), applied, orphans)


def correction_rows(
    figure: Mapping,
    sentence_text: str,
    *,
    reject: bool = False,
    sets: Mapping[str, str] | None = None,
    reason: str,
    author: str,
    date: dt.date,
) -> pd.DataFrame:
    """The rows ``tradefacts correct`` appends for one figure: one ``reject``, or one ``set``
    per field. Validated (and each value read as its type) before anything is written."""
    sets = dict(sets or {})
    if reject == bool(sets):
        raise ValueError("give either --reject or at least one --set field=value")
    key = figure_keys(
        pd.DataFrame([dict(figure)]),
        pd.DataFrame({"sentence_id": [figure["sentence_id"]], "text": [sentence_text]}),
    ).iloc[0]
    base = {
        "figure_key": key,
        "figure_id": figure["figure_id"],
        "doc_id": figure["doc_id"],
        "figure_text": figure["text"],
        "reason": reason,
        "author": author,
        "date": date.isoformat(),
    }
    changes = [(None, None)] if reject else list(sets.items())
    rows = []
    for field, value in changes:
        if field is not None:
            if field not in SETTABLE:
                raise ValueError(f"cannot set {field!r}; settable: {', '.join(SETTABLE)}")
            _typed(field, value)
        action = ACTIONS[0] if field is None else ACTIONS[1]
        rows.append({**base, "action": action, "field": field, "value": value})
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    CorrectionsSchema.validate(frame, lazy=True)
    return frame


def refuse_without_effect(existing: pd.DataFrame, rows: pd.DataFrame, path: Path) -> None:
    """Raise ``ValueError`` when appending ``rows`` would change nothing: their figure is
    already rejected in ``existing`` (a rejected figure stays rejected, so a later ``set`` or a
    second ``reject`` is never applied). The message names the file's rejecting row (1-based data
    line), its author and reason, so the analyst can remove it first."""
    rejects = existing[existing["action"] == ACTIONS[0]]
    for key in dict.fromkeys(rows["figure_key"]):
        hit = rejects[rejects["figure_key"] == key]
        if hit.empty:
            continue
        first = hit.iloc[0]
        raise ValueError(
            f"figure {first['figure_id']} (key {key}) is already rejected in {path} line "
            f"{file_line(hit.index[0])} by {first['author']} ({first['reason']!r}); a rejected figure stays "
            "rejected, so this correction would have no effect: remove that row first"
        )


def append_corrections(path: Path, rows: pd.DataFrame) -> None:
    """Append ``rows`` to the corrections file at ``path`` (with a header if it is new),
    after checking that the existing file still parses and that the rows would take effect
    (:func:`refuse_without_effect`). Raises ``ValueError`` otherwise, writing nothing."""
    path = Path(path)
    exists = path.is_file() and path.stat().st_size > 0
    if exists:
        refuse_without_effect(parse_corrections(path.read_text(encoding="utf-8-sig")), rows, path)
    with open(path, "a", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        if not exists:
            writer.writerow(COLUMNS)
        for row in rows[list(COLUMNS)].itertuples(index=False):
            writer.writerow(["" if v is None or v != v else v for v in row])
