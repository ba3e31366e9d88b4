"""Score the extractor on the real-news pages: ``python tests/realnews/score.py [--split dev]``.

Page text is never committed (copyright), so a checkout has only ``sources.csv`` (URLs),
``gold.csv`` and ``NOTES.md``. The texts live in a git-ignored folder (default
``tests/realnews/pages/``; ``--pages DIR`` or ``TRADEFACTS_REALNEWS_PAGES`` elsewhere). This
script says which texts are missing, copies the present ones of the chosen split into a temporary
folder with the matching gold rows and runs ``tradefacts evaluate`` there, so the score is the
product's own. Missing pages are left out of both sides of the score and listed.

Exit status: 0 after scoring, 2 when no page of the split is present (nothing to score).
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _tradefacts() -> str:
    """The ``tradefacts`` script beside this interpreter (a venv), else the one on PATH."""
    beside = Path(sys.executable).with_name("tradefacts")
    return str(beside) if beside.exists() else "tradefacts"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        choices=["dev", "blind", "fresh", "all"],
        default="dev",
        help="dev: tuned on; blind: held back, scored at the end of a round; fresh: pages annotated "
        "blind this round, scored before and after it, then moved to dev",
    )
    parser.add_argument(
        "--pages",
        type=Path,
        default=Path(os.environ.get("TRADEFACTS_REALNEWS_PAGES", HERE / "pages")),
        help="folder of <doc>.txt page texts (git-ignored)",
    )
    parser.add_argument(
        "--prefix",
        default="",
        help="only pages whose doc id starts with one of these comma-separated prefixes "
        "(e.g. 'fr' for the round-5 pages, 'ca,sa' for two regions)",
    )
    parser.add_argument("--json", action="store_true", help="scores as JSON (no misses listed)")
    parser.add_argument(
        "--keep", type=Path, help="write the split's pages and gold here instead of a temp folder"
    )
    args = parser.parse_args(argv)

    sources = _read_csv(HERE / "sources.csv")
    docs = [s["doc"] for s in sources if args.split == "all" or s["split"] == args.split]
    prefixes = tuple(p for p in args.prefix.split(",") if p)
    if prefixes:
        docs = [d for d in docs if d.startswith(prefixes)]
    present = [d for d in docs if (args.pages / f"{d}.txt").is_file()]
    missing = sorted(set(docs) - set(present))
    print(
        f"real news, split {args.split}: {len(docs)} pages listed, {len(present)} present, "
        f"{len(missing)} missing",
        file=sys.stderr,
    )
    by_doc = {s["doc"]: s for s in sources}
    for doc in missing:
        # the query that found the page finds it again in the stored-pages search (NOTES.md)
        print(
            f"  missing {doc}  {by_doc[doc]['url']}  (found by: {by_doc[doc]['found_by']})",
            file=sys.stderr,
        )
    if not present:
        return 2

    with open(HERE / "gold.csv", newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        fields = reader.fieldnames or []
        keep = set(present)
        gold = [row for row in reader if row["doc"] in keep]

    workdir = args.keep or Path(tempfile.mkdtemp(prefix="tradefacts-realnews-"))
    try:
        docs_dir = workdir / "pages"
        docs_dir.mkdir(parents=True, exist_ok=True)
        for doc in present:
            shutil.copyfile(args.pages / f"{doc}.txt", docs_dir / f"{doc}.txt")
        gold_path = workdir / "gold.csv"
        with gold_path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=fields)
            writer.writeheader()
            writer.writerows(gold)
        command = [_tradefacts(), "evaluate", "--docs", str(docs_dir), "--gold", str(gold_path)]
        return subprocess.call(command + (["--json"] if args.json else []))
    finally:
        if args.keep is None:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
