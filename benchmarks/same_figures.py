"""Proof that a speed change changed no output: the figures tables of two code versions, equal.

``python -m benchmarks.same_figures dump OUT.pkl [--synth N] [--realnews DIR]`` extracts the
figures of ``tests/data/corpus``, ``heldout``, ``blind``, ``seeds/``, the real-news dev pages
(``--realnews``, default ``/work/realnews-dev``, skipped when absent) and the first N synthetic
articles (``--synth``, default 1000; 0 skips), one worker, and pickles the tables.
``python -m benchmarks.same_figures compare OLD.pkl NEW.pkl`` checks every table equal in all
columns, values and order (``pandas.testing.assert_frame_equal``, exact); exit status 1 if not.

Run ``dump`` from each version's checkout (the old one, e.g. ``git archive`` into a temporary
folder, with ``PYTHONPATH`` set to it) and then ``compare``. Not a test.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

SETS = {
    "corpus": Path("tests/data/corpus"),
    "heldout": Path("tests/data/heldout"),
    "blind": Path("tests/data/blind"),
    "seeds": Path("seeds"),
}


def dump(out: Path, synth: int, realnews: Path) -> None:
    from pipeline.extract.figures import extract_figures
    from pipeline.ingest.documents import ingest_folder
    from pipeline.ingest.segment import segment_documents

    folders = dict(SETS)
    if realnews.is_dir():
        folders["realnews"] = realnews
    if synth:
        from benchmarks.synth import DEFAULT_CACHE, cached_corpus

        folders["synth"], _ = cached_corpus(synth, 0, DEFAULT_CACHE)
    tables = {}
    for name, folder in folders.items():
        documents = ingest_folder(folder)
        sentences = segment_documents(documents)
        tables[name] = extract_figures(documents, sentences, workers=1)
        print(f"{name}: {len(documents)} documents, {len(tables[name])} figures", file=sys.stderr)
    with out.open("wb") as fh:
        pickle.dump(tables, fh)


def compare(old: Path, new: Path) -> int:
    import pandas as pd

    with old.open("rb") as fh:
        before = pickle.load(fh)
    with new.open("rb") as fh:
        after = pickle.load(fh)
    bad = 0
    for name in sorted(set(before) | set(after)):
        if name not in before or name not in after:
            print(f"{name}: only in one dump")
            bad += 1
            continue
        x, y = before[name].reset_index(drop=True), after[name].reset_index(drop=True)
        try:
            pd.testing.assert_frame_equal(x, y, check_exact=True)
            print(f"{name}: identical {x.shape}")
        except AssertionError as error:
            print(f"{name}: DIFFERENT\n{str(error)[:2000]}")
            bad += 1
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--synth", type=int, default=1000)
    d.add_argument("--realnews", type=Path, default=Path("/work/realnews-dev"))
    c = sub.add_parser("compare")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        dump(args.out, args.synth, args.realnews)
        return 0
    return compare(args.old, args.new)


if __name__ == "__main__":
    sys.exit(main())
