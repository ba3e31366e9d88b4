"""``tradefacts facts [--pair A-B] [--year Y]`` and ``tradefacts conflicts``: readable tables.

Why a module of its own: these commands only read a published release (no Dagster, no lock), so
they start fast and stay out of the run machinery; ``assets/cli/app.py`` only registers them
(:func:`add_table_commands`). Rows and labels come from ``pipeline/report/``, the same as in
``report.md`` and the UI. Every failure is one line on stderr and exit code 1.
"""

from __future__ import annotations

import argparse
import json
import shutil
import textwrap
from collections.abc import Sequence

import pandas as pd

from assets.cli.options import data_option
from assets.cli.releases import guarded
from pipeline.contract.arrow import plain
from pipeline.release.catalog import resolve_release
from pipeline.release.layout import load_table
from pipeline.report.labels import as_date, fact_value_label, pair_label, period_label, value_label
from pipeline.report.selections import claims_of, conflicting_facts, parse_pair, select_facts


def render_table(headers: Sequence[str], rows: Sequence[Sequence[str]], indent: str = "") -> list:
    """Rows under a header, columns padded to their widest cell and two spaces apart.

    ``tabulate``'s plain format; the header goes in as the first row so that it gets no extra
    padding, which keeps the output the same as the hand-written renderer this replaced.
    """
    # imported here: tabulate (with wcwidth) costs 0.13 CPU-s, and ``tradefacts run`` imports
    # this module with the CLI but prints no table
    from tabulate import tabulate

    text = tabulate(
        [list(headers), *map(list, rows)],
        tablefmt="plain",
        disable_numparse=True,
        stralign="left",
    )
    return [(indent + line).rstrip() for line in text.split("\n")]


def _width() -> int:
    return max(60, min(shutil.get_terminal_size((110, 24)).columns, 140))


def _fact_title(fact: dict) -> str:
    return (
        f"{fact['flow']} {fact['scope']}  {pair_label(fact['flow'], fact['reporter'], fact['partner'])}"
        f"  {period_label(fact['period_start'], fact['period_end'])}  {fact['measure']}"
        f"  {fact['status']}  [fact {fact['fact_id']}]"
    )


def _resolution_line(fact: dict) -> str:
    """``conflicting: KAZ side 1.7bn vs …``; a note that already starts with the resolution
    (``derived: exports + imports …``) is not prefixed twice."""
    resolution, note = str(fact["resolution"]), fact.get("note") or ""
    return note if note.startswith(f"{resolution}:") else f"{resolution}: {note}"


def claim_block(fact: dict, claims: pd.DataFrame) -> list[str]:
    """A fact's claims: source, value, as stated, document; the sentence quoted beneath each."""
    lines = [_fact_title(fact), f"  {_resolution_line(fact)}"]
    if isinstance(fact.get("preferred_source"), str):
        preferred = value_label(fact.get("preferred_value"), fact["unit"])
        lines.append(f"  preferred by policy: {fact['preferred_source']} {preferred}")
    if claims.empty:
        return [*lines, "  (no claims of its own)"]
    records = claims.to_dict("records")
    rows = []
    for claim in records:
        published = as_date(claim.get("published"))
        date = published.isoformat() if published else "-"
        rows.append([claim["source"], claim["value_text"], claim["text"], date, claim["doc_id"]])
    headers = ["source", "value", "stated as", "published", "document"]
    table = render_table(headers, rows, indent="  ")
    lines.append(table[0])
    for line, claim in zip(table[1:], records, strict=True):
        lines.append(line)
        lines += textwrap.wrap(
            f"“{claim['sentence']}”",
            width=_width(),
            initial_indent="      ",
            subsequent_indent="       ",
            break_on_hyphens=False,
            break_long_words=False,
        )
    return lines


def _claim_tables(facts: pd.DataFrame, claims: pd.DataFrame, documents: pd.DataFrame) -> list:
    rows = claims_of(facts, claims, documents)
    out = []
    for fact in facts.to_dict("records"):
        out += ["", *claim_block(fact, rows[rows["fact_id"] == fact["fact_id"]])]
    return out


def facts_table(facts: pd.DataFrame) -> list[str]:
    headers = ["pair", "flow", "scope", "period", "measure", "status", "value", "resolution"]
    headers += ["sources", "claims"]
    rows = [
        [
            pair_label(f["flow"], f["reporter"], f["partner"]),
            f["flow"],
            f["scope"],
            period_label(f["period_start"], f["period_end"]),
            f["measure"],
            f["status"],
            fact_value_label(f),
            f["resolution"],
            ",".join(f["sources"]) if f["sources"] is not None else "",
            str(f["n_claims"]),
        ]
        for f in facts.to_dict("records")
    ]
    return render_table(headers, rows)


def _json_facts(facts: pd.DataFrame, claims: pd.DataFrame, documents: pd.DataFrame) -> list:
    rows = claims_of(facts, claims, documents)
    out = []
    for fact in facts.to_dict("records"):
        mine = rows[rows["fact_id"] == fact["fact_id"]].drop(columns=["value_text"])
        record = {k: plain(v) for k, v in fact.items()}
        record["pair"] = pair_label(fact["flow"], fact["reporter"], fact["partner"])
        record["period"] = period_label(fact["period_start"], fact["period_end"])
        record["claims"] = [{k: plain(v) for k, v in c.items()} for c in mine.to_dict("records")]
        out.append(record)
    return out


def _load(args: argparse.Namespace) -> tuple[str, dict[str, pd.DataFrame]]:
    release_id = resolve_release(args.data, args.release)
    names = ("facts", "claims", "documents")
    return release_id, {n: load_table(args.data, release_id, n) for n in names}


def _print_json(data: object) -> None:
    print(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))


def unknown_codes(pair: str, facts: pd.DataFrame) -> str:
    """A hint for a ``--pair`` whose codes no economy has (``""`` when all are known): which
    codes are unknown and, where ``countries.csv`` knows the word as a name or alias, its
    code. Why: ``--pair India-USA`` printed "0 facts", as if the release had none (round 59's
    trial); codes are ISO 3166-1 alpha-3 (or a bloc's), as in the tables."""
    from pipeline.lexicon import economy_codes, gazetteer  # the lexicon only when needed

    known = economy_codes() | set(facts["reporter"]) | set(facts["partner"])
    unknown = sorted(c for c in parse_pair(pair) if c not in known)
    if not unknown:
        return ""
    names: dict[str, str] = {}  # the extractor's own country names and aliases, casefolded
    for surface, mention in gazetteer().by_surface.items():
        if mention.kind in ("name", "alias"):
            names.setdefault(surface.casefold(), mention.iso3)
    said = [f"{c} ({names[c.casefold()]}?)" if c.casefold() in names else c for c in unknown]
    return (
        f"no economy has code {', '.join(said)}: --pair takes ISO 3166-1 alpha-3 codes "
        "(or a bloc's, pipeline/lexicon/countries.csv), e.g. IND-USA"
    )


def cmd_facts(args: argparse.Namespace) -> int:
    release_id, t = _load(args)
    hint = unknown_codes(args.pair, t["facts"]) if args.pair else ""
    if hint:
        raise ValueError(hint)
    facts = select_facts(t["facts"], pair=args.pair, year=args.year)
    if args.json:
        facts_json = _json_facts(facts, t["claims"], t["documents"])
        filters = {"pair": args.pair, "year": args.year}
        _print_json({"release_id": release_id, **filters, "facts": facts_json})
        return 0
    where = "".join(
        f" {label} {value}" for label, value in (("for", args.pair), ("in", args.year)) if value
    )
    print(f"release {release_id}: {len(facts)} facts{where}")
    if facts.empty:
        return 0
    print()
    print("\n".join(facts_table(facts)))
    if not args.no_claims:
        print("\n".join(_claim_tables(facts, t["claims"], t["documents"])))
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    release_id, t = _load(args)
    conflicts = conflicting_facts(t["facts"])
    if args.json:
        _print_json(
            {
                "release_id": release_id,
                "conflicts": _json_facts(conflicts, t["claims"], t["documents"]),
            }
        )
        return 0
    print(
        f"release {release_id}: {len(conflicts)} conflicting facts (values that rounding "
        "cannot explain; both sides kept, never averaged)"
    )
    for title, status in (("Actual figures", "actual"), ("Targets", "target")):
        part = conflicts[conflicts["status"] == status]
        print(f"\n== {title}: {len(part)}")
        print("\n".join(_claim_tables(part, t["claims"], t["documents"])[1:]))
    return 0


# --------------------------------------------------------------------------- argparse wiring


def add_table_commands(commands: argparse._SubParsersAction, handler_key: str) -> None:
    """Register ``facts`` and ``conflicts`` on the ``tradefacts`` subcommand parser."""
    common = data_option()
    common.add_argument("--release", help="release id or prefix (default: LATEST)")
    common.add_argument("--json", action="store_true", help="print JSON instead of text")

    facts = commands.add_parser(
        "facts", help="facts of the current release, with their claims", parents=[common]
    )
    facts.add_argument("--pair", help="two country codes, e.g. KGZ-KAZ (either order)")
    facts.add_argument("--year", type=int, help="only facts whose period touches this year")
    facts.add_argument("--no-claims", action="store_true", help="the table only")
    facts.set_defaults(**{handler_key: guarded(cmd_facts)})

    conflicts = commands.add_parser(
        "conflicts", help="conflicting facts: both sides, sources, sentences", parents=[common]
    )
    conflicts.set_defaults(**{handler_key: guarded(cmd_conflicts)})
