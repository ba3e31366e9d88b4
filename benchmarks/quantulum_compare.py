"""Side by side with quantulum3: money values and speed on the same sentences.

``python -m benchmarks.quantulum_compare [--corpus tests/data/corpus] [--synth-docs 300]``

Both tools read the sentences that tradefacts' own ingest and segmenter produce from each corpus
(the development corpus ``tests/data/corpus`` and a synthetic one from ``benchmarks.synth``). For
every gold figure whose unit is an ISO currency, a tool scores a hit when some quantity it found
in that article has the gold value within 0.1% (``abs`` for signed changes) *and* the gold
currency; each quantity can satisfy one gold figure. "value only" ignores the currency, which
is kinder to quantulum3 (it leaves "KZT 286.4 billion" dimensionless). tradefacts is scored on
``pipeline.numbers.find_mentions`` (the parser, not the trade-figure rules), quantulum3 on
``quantulum3.parser.parse`` with its heuristic disambiguation (its classifier needs
scikit-learn, which the ``bench`` extra does not install).

Speed is sentences per CPU-second of this single-threaded process (``time.process_time``), so
other load on a shared machine does not skew the ratio; warm (quantulum3's first call loads its
unit tables, about 4 s, and is not timed).
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import re
import sys
import time
import warnings
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

import pandas as pd

from benchmarks.synth import DEFAULT_CACHE, cached_corpus
from pipeline.extract.evaluate import read_gold
from pipeline.extract.figures import extract_figures
from pipeline.extract.numbers import find_mentions
from pipeline.ingest.documents import ingest_folder
from pipeline.ingest.segment import segment_documents

ROOT = Path(__file__).resolve().parents[1]
VALUE_TOLERANCE = 1e-3
_ISO_CURRENCY = re.compile(r"^[A-Z]{3}$")

Quantity = tuple[float, str | None]  # (value, ISO currency or None)


def quantulum_parser() -> Callable[[str], list[Quantity]]:
    """quantulum3's ``parse`` as (value, currency) pairs; warnings and logs silenced."""
    logging.getLogger("quantulum3").setLevel(logging.ERROR)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        parser.parse("Trade reached $1.2 billion in 2024.")  # loads unit tables: not timed

    def parse(sentence: str) -> list[Quantity]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = parser.parse(sentence)
        out: list[Quantity] = []
        for q in found:
            code = getattr(q.unit, "currency_code", None)
            is_money = q.unit.entity is not None and q.unit.entity.name == "currency"
            out.append((float(q.value), code if is_money and code else None))
        return out

    return parse


def tradefacts_parser(sentence: str) -> list[Quantity]:
    """tradefacts' number parser: money mentions with their ISO currency, other kinds without."""
    return [(m.value, m.unit if m.kind == "money" else None) for m in find_mentions(sentence)]


def _close(a: float, b: float) -> bool:
    return math.isclose(abs(a), abs(b), rel_tol=VALUE_TOLERANCE)


def score_money(
    gold: pd.DataFrame, found: dict[str, list[Quantity]]
) -> tuple[int, int, int, list[dict]]:
    """(gold money figures, hits on value and currency, hits on value only, misses)."""
    money = gold[gold["unit"].str.match(_ISO_CURRENCY)]
    total = strict = loose = 0
    misses: list[dict] = []
    for doc, rows in money.groupby("doc", sort=False):
        quantities = found.get(str(doc), [])
        unused_strict = list(quantities)
        unused_loose = list(quantities)
        for row in rows.itertuples(index=False):
            total += 1
            value, unit = float(row.value), str(row.unit)
            hit = next((q for q in unused_strict if q[1] == unit and _close(q[0], value)), None)
            if hit is not None:
                unused_strict.remove(hit)
                strict += 1
            else:
                misses.append({"doc": doc, "value": value, "unit": unit})
            near = next((q for q in unused_loose if _close(q[0], value)), None)
            if near is not None:
                unused_loose.remove(near)
                loose += 1
    return total, strict, loose, misses


def run_tool(
    parse: Callable[[str], list[Quantity]], sentences: pd.DataFrame, min_seconds: float = 0.0
) -> tuple[dict[str, list[Quantity]], float, int]:
    """Quantities per document, sentences per CPU-second, and how many passes were timed.

    Repeats the whole pass until ``min_seconds`` of CPU time have elapsed (for the fast tool),
    so the rate is not a measurement of the clock's resolution.
    """
    texts = list(zip(sentences["doc_id"], sentences["text"], strict=True))
    passes, elapsed = 0, 0.0
    found: dict[str, list[Quantity]] = defaultdict(list)
    while passes == 0 or elapsed < min_seconds:
        found = defaultdict(list)
        started = time.process_time()
        for doc_id, text in texts:
            found[doc_id].extend(parse(text))
        elapsed += time.process_time() - started
        passes += 1
    return dict(found), passes * len(texts) / elapsed, passes


def extract_rate(documents: pd.DataFrame, sentences: pd.DataFrame, min_seconds: float) -> float:
    """Sentences per CPU-second of the whole extractor (``extract_figures``)."""
    passes, elapsed = 0, 0.0
    while passes == 0 or elapsed < min_seconds:
        started = time.process_time()
        extract_figures(documents, sentences)
        elapsed += time.process_time() - started
        passes += 1
    return passes * len(sentences) / elapsed


@dataclass
class ToolResult:
    corpus: str
    tool: str
    sentences: int
    gold_money: int
    value_and_currency: float
    value_only: float
    sentences_per_s: float


def compare(
    name: str, folder: Path, quantulum: Callable[[str], list[Quantity]], limit: int | None = None
) -> list[ToolResult]:
    """Both tools on the sentences of ``folder`` scored against ``folder/gold.csv``.

    ``limit`` caps the number of articles (the first ones, whole) to bound quantulum3's time.
    """
    documents = ingest_folder(folder)
    if limit is not None:
        documents = documents.iloc[:limit]
    sentences = segment_documents(documents)
    gold = read_gold(str(folder / "gold.csv"))
    gold = gold[gold["doc"].isin(set(documents["doc_id"]))]
    results = []
    runs = [
        ("tradefacts (find_mentions)", tradefacts_parser, 2.0),
        ("quantulum3 (parser.parse)", quantulum, 0.0),
    ]
    for tool, parse, min_seconds in runs:
        found, rate, _ = run_tool(parse, sentences, min_seconds)
        total, strict, loose, _ = score_money(gold, found)
        results.append(
            ToolResult(name, tool, len(sentences), total, strict / total, loose / total, rate)
        )
    full_rate = extract_rate(documents, sentences, 2.0)
    results.insert(
        1,
        ToolResult(name, "tradefacts (extract_figures)", len(sentences), 0, math.nan, math.nan,
                   full_rate),
    )  # fmt: skip
    return results


def markdown(results: Iterable[ToolResult]) -> str:
    lines = [
        "| corpus | tool | sentences | gold money figures | value+currency | value only | sentences/CPU-s |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        acc = "—" if math.isnan(r.value_and_currency) else f"{r.value_and_currency:.1%}"
        loose = "—" if math.isnan(r.value_only) else f"{r.value_only:.1%}"
        gold = str(r.gold_money) if r.gold_money else "—"
        lines.append(
            f"| {r.corpus} | {r.tool} | {r.sentences:,} | {gold} | {acc} | {loose} | "
            f"{r.sentences_per_s:,.0f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.quantulum_compare", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "data" / "corpus")
    parser.add_argument(
        "--synth-docs", type=int, default=300, help="synthetic articles (0 to skip)"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    quantulum = quantulum_parser()
    corpus = args.corpus.resolve()
    label = str(corpus.relative_to(ROOT)) if corpus.is_relative_to(ROOT) else str(corpus)
    results = compare(label, corpus, quantulum)
    if args.synth_docs:
        folder, _ = cached_corpus(args.synth_docs, args.seed, args.cache)
        results += compare(f"synthetic ({args.synth_docs} articles)", folder, quantulum)
    print(markdown(results))
    by_corpus: dict[str, dict[str, ToolResult]] = defaultdict(dict)
    for r in results:
        by_corpus[r.corpus][r.tool] = r
    for corpus, tools in by_corpus.items():
        q = tools["quantulum3 (parser.parse)"].sentences_per_s
        print(
            f"{corpus}: find_mentions is {tools['tradefacts (find_mentions)'].sentences_per_s / q:,.0f}x"
            f" and extract_figures {tools['tradefacts (extract_figures)'].sentences_per_s / q:,.0f}x"
            " quantulum3's sentences/s"
        )
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
