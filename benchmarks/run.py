"""Throughput, memory, latency and accuracy of tradefacts on synthetic corpora of several sizes.

``python -m benchmarks.run --docs 1000,10000,100000 --json out.json [--skip-full]``

For each size N (corpus from ``benchmarks.synth``, cached under ``--cache``):

1. **extraction alone**: ingest and segment in this process, then time only
   ``pipeline.extract.extract_figures``; sentences per CPU-second (one thread, so one core).
2. **quantulum3** on a deterministic sample of the same sentences (``--quantulum-sample``), and
   ``find_mentions`` on that sample; ratios against quantulum3's sentences per CPU-second.
3. **full run** (unless ``--skip-full``): ``tradefacts run --seeds DIR --data TMP`` as a child
   process through Dagster: wall time, articles/s, the child's CPU time and peak RSS (from
   ``os.wait4``), and the size of each release Parquet file.
4. **add one article**: one more article written into DIR, the same command rerun on the same
   data folder (wall time, RSS), then the article removed again.
5. **DuckDB**: all ``conflicting`` facts of the pair with most conflicts, read straight from the
   first run's ``facts.parquet``: a cold query (fresh connection) and the median of 5 warm ones.
6. **accuracy**: ``pipeline.evaluate.evaluate`` against the synthetic gold, article by article
   (its matcher is quadratic in the figures it is given), summed: full-tuple P/R/F1. Uses the
   release's figures when the full run ran, else the in-process ones.

A fixed-cost run on a 1-article corpus is measured once (Python, Dagster and instance start-up),
so the add-one latency can be read as fixed cost plus per-corpus work. CPU rates, not wall
rates, are the per-core numbers: on a shared machine wall time includes other processes' load,
recorded as the load average before and after each size. Results go to stdout as Markdown
tables and, after every size, to ``--json``. Nothing here is a test: no thresholds are asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd

from benchmarks.child import release_files, run_cli
from benchmarks.measure import Timer, accuracy, duckdb_conflicts, quantulum_rates
from benchmarks.synth import DEFAULT_CACHE, Generator, cached_corpus
from pipeline.extract.evaluate import read_gold
from pipeline.extract.figures import extract_figures
from pipeline.ingest.documents import ingest_folder
from pipeline.ingest.segment import segment_documents

RELEASE_TABLES = ("documents", "sentences", "figures", "facts", "claims", "checks")


# -- one size ------------------------------------------------------------------------------------
def bench_size(n: int, args: argparse.Namespace, fixed: dict | None) -> dict:
    out: dict = {"docs": n, "load_before": os.getloadavg()}
    folder, gen_s = cached_corpus(n, args.seed, args.cache)
    out["corpus"] = str(folder)
    out["generate_s"] = gen_s
    gold = read_gold(str(folder / "gold.csv"))
    print(f"[{n:,}] corpus {folder} ({gen_s:.1f}s to generate); extracting ...", flush=True)

    with Timer() as t_ingest:
        documents = ingest_folder(folder)
    with Timer() as t_segment:
        sentences = segment_documents(documents)
    with Timer() as t_extract:
        figures = extract_figures(documents, sentences)
    n_sent = len(sentences)
    out["sentences"] = n_sent
    out["extraction"] = {
        "ingest_wall_s": t_ingest.wall,
        "segment_wall_s": t_segment.wall,
        "extract_wall_s": t_extract.wall,
        "extract_cpu_s": t_extract.cpu,
        "sentences_per_cpu_s": n_sent / t_extract.cpu,
        "sentences_per_wall_s": n_sent / t_extract.wall,
        "figures": len(figures),
    }
    print(
        f"[{n:,}] extract_figures: {n_sent:,} sentences in {t_extract.cpu:.1f} CPU-s "
        f"({n_sent / t_extract.cpu:,.0f}/CPU-s)",
        flush=True,
    )

    if args.quantulum_sample:
        rng = random.Random(args.seed)
        texts = sentences["text"].tolist()
        sample = rng.sample(texts, min(args.quantulum_sample, len(texts)))
        q = quantulum_rates(sample)
        q["extract_vs_quantulum"] = (
            out["extraction"]["sentences_per_cpu_s"] / q["quantulum3_per_cpu_s"]
        )
        q["find_mentions_vs_quantulum"] = q["find_mentions_per_cpu_s"] / q["quantulum3_per_cpu_s"]
        out["quantulum3"] = q
        print(
            f"[{n:,}] quantulum3: {q['quantulum3_per_cpu_s']:,.0f} sentences/CPU-s "
            f"(extraction is {q['extract_vs_quantulum']:,.1f}x)",
            flush=True,
        )
    del documents, sentences

    evaluated = figures
    if not args.skip_full:
        data = args.cache / f"run-{n}-{os.getpid()}"
        shutil.rmtree(data, ignore_errors=True)
        try:
            print(f"[{n:,}] tradefacts run ...", flush=True)
            full = run_cli(folder, data, "full")
            full["articles_per_s"] = n / full["wall_s"]
            release_id, files = release_files(data)
            full["release_id"] = release_id
            full["files"] = files
            full["release_bytes"] = sum(f["bytes"] for f in files.values())
            out["full"] = full
            print(
                f"[{n:,}] full run: {full['wall_s']:.1f}s wall, {full['cpu_s']:.1f}s CPU, "
                f"peak RSS {full['peak_rss_mb']:,.0f} MB, exit {full['returncode']}",
                flush=True,
            )
            if release_id:
                facts = data / "releases" / release_id / "facts.parquet"
                kept = args.cache / f"facts-{n}-{os.getpid()}.parquet"
                pd.read_parquet(facts).to_parquet(kept)  # one file (1.3: facts is a folder)
                evaluated = pd.read_parquet(data / "releases" / release_id / "figures.parquet")
                out["accuracy_source"] = "release figures.parquet"
                doc_id, text, _ = Generator(args.seed).article(n)
                extra = folder / f"{doc_id}.txt"
                try:
                    extra.write_bytes(text)
                    add = run_cli(folder, data, "add_one")
                finally:
                    extra.unlink(missing_ok=True)
                add["release_id"], _ = release_files(data)
                out["add_one"] = add
                print(f"[{n:,}] add one article: {add['wall_s']:.1f}s wall", flush=True)
                out["duckdb"] = duckdb_conflicts(kept)
                kept.unlink(missing_ok=True)
        finally:
            if not args.keep:
                shutil.rmtree(data, ignore_errors=True)
    out.setdefault("accuracy_source", "in-process extract_figures")
    with Timer() as t_eval:
        out["accuracy"] = accuracy(evaluated, gold)
    out["accuracy"]["evaluate_wall_s"] = t_eval.wall
    a = out["accuracy"]
    print(
        f"[{n:,}] accuracy: P {a['precision']:.3f} R {a['recall']:.3f} F1 {a['f1']:.3f} "
        f"({a['tp']} tp, {a['fp']} fp, {a['fn']} fn)",
        flush=True,
    )
    out["load_after"] = os.getloadavg()
    if fixed is not None:
        out["fixed_cost_s"] = fixed.get("wall_s")
    return out


# -- report --------------------------------------------------------------------------------------
def _mb(b: float | None) -> str:
    if b is None:
        return "—"
    return f"{b / 1e3:,.0f} kB" if b < 1e6 else f"{b / 1e6:,.1f} MB"


def tables(results: list[dict], fixed: dict | None) -> str:
    perf = [
        "| articles | sentences | extraction (sentences/CPU-s) | quantulum3 (sentences/CPU-s) "
        "| ratio | full run: wall (CPU) | articles/s | peak RSS: process (tree) "
        "| add 1 article: wall (CPU) "
        "| DuckDB conflicts (cold / warm) | release Parquet |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    acc = [
        "| articles | gold figures | extracted | precision | recall | full-tuple F1 |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        ex = r["extraction"]
        q = r.get("quantulum3")
        full, add, db = r.get("full"), r.get("add_one"), r.get("duckdb") or {}
        qcol = f"{q['quantulum3_per_cpu_s']:,.0f}" if q else "—"
        ratio = f"{q['extract_vs_quantulum']:,.1f}×" if q else "—"
        wall = f"{full['wall_s']:,.1f} s ({full['cpu_s']:,.0f} s)" if full else "—"
        if full and full["returncode"] != 0:
            wall = f"failed, exit {full['returncode']} after {full['wall_s']:,.1f} s"
            full = dict(full, release_bytes=None)
        aps = f"{r['docs'] / full['wall_s']:,.0f}" if full and full["release_bytes"] else "—"
        rss = "—"
        if full:
            tree = full.get("peak_tree_rss_mb")
            rss = f"{full['peak_rss_mb']:,.0f} MB" + (f" ({tree:,.0f} MB)" if tree else "")
        addc = f"{add['wall_s']:,.1f} s ({add['cpu_s']:,.0f} s)" if add else "—"
        dbc = (
            f"{db['cold_ms']:,.0f} / {db['warm_ms']:,.0f} ms ({db['rows']} rows, {db['pair']})"
            if db.get("pair")
            else "—"
        )
        size = _mb(full["release_bytes"]) if full and full["release_bytes"] else "—"
        perf.append(
            f"| {r['docs']:,} | {r['sentences']:,} | {ex['sentences_per_cpu_s']:,.0f} | {qcol} "
            f"| {ratio} | {wall} | {aps} | {rss} | {addc} | {dbc} | {size} |"
        )
        a = r["accuracy"]
        acc.append(
            f"| {r['docs']:,} | {a['gold']:,} | {a['extracted']:,} | {a['precision']:.3f} "
            f"| {a['recall']:.3f} | {a['f1']:.3f} |"
        )
    lines = ["Performance", "", *perf, "", "Accuracy on the synthetic gold", "", *acc]
    files = [r for r in results if r.get("full", {}).get("files")]
    if files:
        names = [t for t in RELEASE_TABLES if any(t in r["full"]["files"] for r in files)]
        lines += ["", "Release Parquet files", ""]
        lines.append("| articles | " + " | ".join(f"{t}.parquet" for t in names) + " |")
        lines.append("|---:|" + "---:|" * len(names))
        for r in files:
            cells = []
            for t in names:
                f = r["full"]["files"].get(t)
                cells.append(f"{_mb(f['bytes'])} ({f['rows']:,} rows)" if f else "—")
            lines.append(f"| {r['docs']:,} | " + " | ".join(cells) + " |")
    if fixed is not None:
        lines += [
            "",
            f"Fixed cost of one `tradefacts run` (1-article corpus): {fixed['wall_s']:.1f} s wall, "
            f"{fixed['cpu_s']:.1f} s CPU, peak RSS {fixed['peak_rss_mb']:,.0f} MB.",
        ]
    stages = ["", "In-process stages (wall)", ""]
    stages.append("| articles | generate (cached: 0) | ingest | segment | extract | evaluate |")
    stages.append("|---:|---:|---:|---:|---:|---:|")
    for r in results:
        ex = r["extraction"]
        stages.append(
            f"| {r['docs']:,} | {r['generate_s']:.1f} s | {ex['ingest_wall_s']:.1f} s "
            f"| {ex['segment_wall_s']:.1f} s | {ex['extract_wall_s']:.1f} s "
            f"| {r['accuracy']['evaluate_wall_s']:.1f} s |"
        )
    return "\n".join(lines + stages)


def _code_state() -> dict:
    """The commit measured and whether the work tree had changes (others may be editing)."""
    root = Path(__file__).resolve().parents[1]

    def git(*cmd: str) -> str:
        try:
            done = subprocess.run(
                ["git", "-C", str(root), *cmd], capture_output=True, text=True, timeout=30
            )
        except (OSError, subprocess.SubprocessError):
            return ""
        return done.stdout.strip()

    changed = [line[3:] for line in git("status", "--porcelain").splitlines()]
    return {"root": str(root), "commit": git("rev-parse", "HEAD"), "changed": changed}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.run", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--docs", default="1000,10000,100000", help="comma-separated sizes")
    parser.add_argument("--json", type=Path, help="write the results here (after each size)")
    parser.add_argument("--skip-full", action="store_true", help="no Dagster runs")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="corpora and runs")
    parser.add_argument(
        "--quantulum-sample", type=int, default=2000, help="sentences for quantulum3 (0: skip)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the runs' data folders")
    parser.add_argument(
        "--live", action="store_true", help="the live-feed benchmark (benchmarks/live.py)"
    )
    parser.add_argument("--adds", type=int, default=10, help="add-one releases (--live)")
    parser.add_argument(
        "--warm-adds",
        type=int,
        default=3,
        help="add-ones launched warm, the sensor's path, after the cold ones (--live; 0: none)",
    )
    args = parser.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.docs.split(",") if s.strip()]
    args.cache.mkdir(parents=True, exist_ok=True)
    report: dict = {
        "started": dt.datetime.now().isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "seed": args.seed,
        "code": _code_state(),
        "sizes": [],
    }
    if args.live:
        from benchmarks.live import run_live

        print(run_live(sizes, args.cache, args.seed, args.keep, args.json, report, args.adds,
                       args.warm_adds))  # fmt: skip
        return 0
    fixed = None
    if not args.skip_full:
        tiny, _ = cached_corpus(1, args.seed, args.cache)
        data = args.cache / f"run-fixed-{os.getpid()}"
        shutil.rmtree(data, ignore_errors=True)
        fixed = run_cli(tiny, data, "fixed")
        shutil.rmtree(data, ignore_errors=True)
        report["fixed_cost"] = fixed
        print(f"fixed cost of one run: {fixed['wall_s']:.1f}s wall", flush=True)
    for n in sizes:
        report["sizes"].append(bench_size(n, args, fixed))
        if args.json:
            args.json.write_text(json.dumps(report, indent=2, default=str) + "\n")
    print()
    print(tables(report["sizes"], fixed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
