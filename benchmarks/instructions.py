"""Instructions the extractor executes on synthetic articles, counted by cachegrind (issue 15).

``python -m benchmarks.instructions --docs 400 [--warm 10] [--seed 0]``

CPU seconds on this shared 2-core machine move with the load; instruction counts do not. The
corpus (``benchmarks.synth``, cached) is ingested and segmented, pickled, and four child
processes run under ``valgrind --tool=cachegrind`` with ``PYTHONHASHSEED=0``:

- ``base``: imports and the pickled frames, no extraction;
- ``warm``: then ``extract_figures`` on the first ``--warm`` articles only;
- ``both``: that, then all articles;
- ``full``: all articles, cold.

``full - base`` is what extracting the articles costs in a fresh process (what earlier rounds
reported); ``warm - base`` is mostly the one-time work (lexicon files read, patterns built and
compiled) plus the few warm-up articles; ``both - warm`` is all articles once everything is
built, the cost per sentence at scale. Needs ``valgrind`` on the PATH; nothing here is a test.
"""

from __future__ import annotations

import argparse
import os
import pickle
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.synth import DEFAULT_CACHE, cached_corpus

MODES = ("base", "warm", "both", "full")


def _child(frames: Path, mode: str, warm: int) -> None:
    from pipeline.extract.figures import extract_figures

    with frames.open("rb") as fh:
        documents, sentences = pickle.load(fh)
    if mode in ("warm", "both"):
        first = documents[documents["doc_id"].isin(documents["doc_id"][:warm])]
        extract_figures(first, sentences)
    if mode in ("both", "full"):
        extract_figures(documents, sentences)


def _instructions(frames: Path, mode: str, warm: int, out: Path) -> int:
    command = ["valgrind", "--tool=cachegrind", "--cache-sim=no"]
    command += [f"--cachegrind-out-file={out / mode}.out", sys.executable, "-m", __spec__.name]
    command += ["--child", mode, "--frames", str(frames), "--warm", str(warm)]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if found is None:
        raise RuntimeError(f"no instruction count in valgrind's output:\n{done.stderr}")
    return int(found.group(1).replace(",", ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--warm", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--child", choices=MODES, help=argparse.SUPPRESS)
    parser.add_argument("--frames", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.frames, args.child, args.warm)
        return 0

    from pipeline.ingest.documents import ingest_folder
    from pipeline.ingest.segment import segment_documents

    folder, _ = cached_corpus(args.docs, args.seed, args.cache)
    documents = ingest_folder(folder)
    sentences = segment_documents(documents)
    with tempfile.TemporaryDirectory(prefix="tradefacts-instructions-") as tmp:
        frames = Path(tmp) / "frames.pkl"
        with frames.open("wb") as fh:
            pickle.dump((documents, sentences), fh)
        counts = {mode: _instructions(frames, mode, args.warm, Path(tmp)) for mode in MODES}
    n = len(sentences)
    rows = [
        (
            f"extraction of {args.docs:,} articles, cold (full - base)",
            counts["full"] - counts["base"],
        ),
        (f"one-time + {args.warm} articles (warm - base)", counts["warm"] - counts["base"]),
        (f"{args.docs:,} articles once built (both - warm)", counts["both"] - counts["warm"]),
    ]
    print(f"{args.docs:,} articles, {n:,} sentences; base {counts['base'] / 1e9:.4f} G")
    print("| part | instructions | per sentence |")
    print("|---|---:|---:|")
    for label, count in rows:
        print(f"| {label} | {count / 1e9:.4f} G | {count / n / 1e3:,.0f} k |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
