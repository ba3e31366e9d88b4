"""Which extraction decisions are wrong how often on the real-news pages, per ``evidence`` token.

``python tests/realnews/audit.py [--split dev] [--prefix fm,fn] [-v]``

The full-tuple score says how many figures are wrong, not which rule made them wrong. This audit
takes every extracted figure whose value was read (a gold row of the same document has the same
measure and value within ``evaluate.VALUE_TOLERANCE``), pairs it with the closest such gold row
(most of flow, pair and period equal) and, for each of the fields ``flow``, ``pair`` and
``period``, counts how often the field is right under the evidence token that decided it
(``period=document``, ``pair=1``, ...; the contract's ``evidence`` column). The ``year`` token is
scored on the period. A token whose share right is low on many pages of many rounds is a policy
to change (a default, a resolution order), not a page to patch: the audit is how round 13 chose
its kinds. Page texts come from the git-ignored folder, as for ``score.py``.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import defaultdict

import pandas as pd

from pipeline.extract.evaluate import VALUE_TOLERANCE, read_gold

try:  # run as a script (python tests/realnews/audit.py) or imported by the tests
    from calibrate import HERE, labelled_figures, page_arguments, prefixes
except ImportError:
    from tests.realnews.calibrate import HERE, labelled_figures, page_arguments, prefixes

FIELDS = ("flow", "pair", "period", "year")


def _date(v: object) -> str:
    return (
        "" if v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NaT else str(v)[:10]
    )


def _pair(row: dict) -> tuple[str, ...]:
    pair = (str(row["reporter"]), str(row["partner"]))
    return tuple(sorted(pair)) if row["flow"] == "turnover" else pair


def _same_value(a: object, b: object) -> bool:
    try:
        return math.isclose(float(a), float(b), rel_tol=VALUE_TOLERANCE)
    except (TypeError, ValueError):
        return False


def field_checks(figure: dict, gold: dict) -> dict[str, bool]:
    """Whether ``figure``'s flow, pair and period equal ``gold``'s (turnover pairs unordered);
    ``year`` is the period's check, scored under the ``year`` token."""
    turnover = "turnover" in (figure["flow"], gold["flow"])
    pair_ok = set(_pair(figure)) == set(_pair(gold)) if turnover else _pair(figure) == _pair(gold)
    period_ok = (_date(figure["period_start"]), _date(figure["period_end"])) == (
        _date(gold["period_start"]),
        _date(gold["period_end"]),
    )
    return {
        "flow": figure["flow"] == gold["flow"],
        "pair": pair_ok,
        "period": period_ok,
        "year": period_ok,
    }


def decision_accuracy(figures: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Per evidence token of the decided fields: figures (whose value was read), how many have
    that field right, and the share.

    ``figures``: the figures table (``doc_id``, ``flow``, ``reporter``, ``partner``,
    ``period_start``, ``period_end``, ``measure``, ``value``, ``evidence``); ``gold``: gold rows
    (``doc`` instead of ``doc_id``). Returns columns ``token``, ``figures``, ``right``, ``share``,
    ``wrong_examples`` (up to the figure ids of the wrong ones), sorted by token.
    """
    by_key: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in gold.to_dict("records"):
        by_key[(row["doc"], row["measure"])].append(row)
    counts: dict[str, list] = defaultdict(lambda: [0, 0, []])
    for figure in figures.to_dict("records"):
        candidates = [
            g
            for g in by_key[(figure["doc_id"], figure["measure"])]
            if _same_value(g["value"], figure["value"])
        ]
        if not candidates:
            continue
        best = max(candidates, key=lambda g: sum(field_checks(figure, g).values()))
        checks = field_checks(figure, best)
        evidence = dict(
            part.split("=", 1) for part in str(figure["evidence"]).split(";") if "=" in part
        )
        for field in FIELDS:
            entry = counts[f"{field}={evidence.get(field, '?')}"]
            entry[0] += 1
            entry[1] += checks[field]
            if not checks[field]:
                entry[2].append(figure.get("figure_id", ""))
    rows = [
        {"token": token, "figures": n, "right": r, "share": r / n, "wrong_examples": wrong}
        for token, (n, r, wrong) in counts.items()
    ]
    columns = ["token", "figures", "right", "share", "wrong_examples"]
    return pd.DataFrame(rows, columns=columns).sort_values("token", ignore_index=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    page_arguments(parser)
    parser.add_argument("-v", action="store_true", help="list the wrong figures under each token")
    args = parser.parse_args(argv)
    figures, n_pages = labelled_figures(args.split, args.pages, prefixes(args.prefix))
    gold = read_gold(str(HERE / "gold.csv"))
    table = decision_accuracy(figures, gold[gold["doc"].isin(set(figures["doc_id"]))])
    print(f"split {args.split}: {n_pages} pages, {len(figures)} figures")
    print(f"{'token':24s} {'figures':>8s} {'right':>7s}")
    for row in table.itertuples():
        print(f"{row.token:24s} {row.figures:8d} {row.share:7.3f}")
    if args.v:
        indexed = figures.set_index("figure_id")
        for row in table.itertuples():
            for figure_id in row.wrong_examples:
                f = indexed.loc[figure_id]
                print(
                    f"  {row.token}: {f['doc_id']} {f['flow']} {f['reporter']}-{f['partner']} "
                    f"{_date(f['period_start'])}..{_date(f['period_end'])} {f['measure']} "
                    f"{f['value']}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
