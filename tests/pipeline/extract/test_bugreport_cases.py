"""One-sentence cases built from public bug reports of other number and date extractors
(issue 15), kept as data in ``bugreport_cases.csv`` and written as BUGREPORT_CASES.md says.

Each case is one made-up trade-news sentence with an article date; it is right when the
extractor's figures equal the expected rows exactly on the full tuple the evaluator scores
(flow, scope, pair — unordered for turnover —, period, measure, unit, status, and the value within
``VALUE_TOLERANCE``): no row missed, no row added. A case whose ``gap`` column gives a reason is a
known gap and is skipped here; ``python tests/pipeline/extract/test_bugreport_cases.py`` prints
every case, gaps included, and how many are right.
"""

from __future__ import annotations

import csv
import math
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_extract import figures  # noqa: E402  (the helper beside this file)

from pipeline.extract.evaluate import VALUE_TOLERANCE  # noqa: E402

CASES_CSV = Path(__file__).with_name("bugreport_cases.csv")
FIELDS = ("flow", "scope", "reporter", "partner", "start", "end", "measure", "value", "unit")


def load_cases(path: Path = CASES_CSV) -> list[dict[str, str]]:
    """The cases as dicts of the CSV's columns (case_id, source, kind, article_date, sentence,
    expected, gap)."""
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


Row = tuple[tuple, float]


def _key(flow: str, scope: str, reporter: str, partner: str, *rest: str) -> tuple:
    pair = tuple(sorted((reporter, partner))) if flow == "turnover" else (reporter, partner)
    return (flow, scope, pair, *rest)


def expected_rows(text: str) -> list[Row]:
    """``flow scope reporter partner start end measure value unit status`` rows joined by `` | ``
    (``-`` for an empty date); ``none`` for a sentence without a figure."""
    if text.strip() == "none":
        return []
    out = []
    for chunk in text.split("|"):
        flow, scope, rep, par, start, end, measure, value, unit, status = chunk.split()
        start, end = ("" if start == "-" else start), ("" if end == "-" else end)
        out.append((_key(flow, scope, rep, par, start, end, measure, unit, status), float(value)))
    return out


def _date(v: object) -> str:
    return "" if v is None or (isinstance(v, float) and math.isnan(v)) else str(v)[:10]


def extracted_rows(case: dict[str, str]) -> list[Row]:
    """The extractor's figures for the case's sentence under a ``date`` header."""
    out = figures(f"date {case['article_date']}\n{case['sentence']}", doc_id=case["case_id"])
    return [
        (
            _key(
                r["flow"],
                r["scope"],
                r["reporter"],
                r["partner"],
                _date(r["period_start"]),
                _date(r["period_end"]),
                r["measure"],
                r["unit"],
                r["status"],
            ),
            float(r["value"]),
        )  # fmt: skip
        for r in out.to_dict("records")
    ]


def compare(expected: list[Row], found: list[Row]) -> tuple[list[Row], list[Row]]:
    """(missed, spurious): rows matched one to one on the key and the value tolerance."""
    left = list(found)
    missed = []
    for key, value in expected:
        hit = next(
            (
                i
                for i, (k, v) in enumerate(left)
                if k == key and math.isclose(v, value, rel_tol=VALUE_TOLERANCE)
            ),
            None,
        )
        if hit is None:
            missed.append((key, value))
        else:
            left.pop(hit)
    return missed, left


CASES = load_cases()


@pytest.mark.parametrize(
    "case",
    [c for c in CASES if not c["gap"].strip()],
    ids=lambda c: f"{c['case_id']}-{c['kind']}",
)
def test_bug_report_case(case: dict[str, str]) -> None:
    missed, spurious = compare(expected_rows(case["expected"]), extracted_rows(case))
    assert not missed and not spurious, f"missed {missed}; spurious {spurious}"


def test_cases_are_well_formed() -> None:
    ids = [c["case_id"] for c in CASES]
    assert len(ids) == len(set(ids)) >= 30
    for case in CASES:
        assert case["source"].startswith("https://github.com/"), case["case_id"]
        expected_rows(case["expected"])  # parses


def main() -> int:
    right = 0
    for case in CASES:
        missed, spurious = compare(expected_rows(case["expected"]), extracted_rows(case))
        ok = not missed and not spurious
        right += ok
        gap = f"  [gap: {case['gap']}]" if case["gap"].strip() else ""
        print(f"{'ok ' if ok else 'BAD'} {case['case_id']} {case['kind']}{gap}")
        if not ok:
            print(f"      missed   {missed}\n      spurious {spurious}")
    print(f"{right}/{len(CASES)} cases right")
    return 0


if __name__ == "__main__":
    sys.exit(main())
