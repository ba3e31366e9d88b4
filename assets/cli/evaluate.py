"""``tradefacts evaluate --docs DIR --gold CSV``: score the extractor against hand-made gold.

Runs the pure pipeline (ingest, segment, extract) without Dagster: evaluation is a development
tool and must not touch the instance or publish anything.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assets.cli.releases import guarded


def cmd_evaluate(args: argparse.Namespace) -> int:
    # the extractor (~170 modules, most of a second) is imported by this command only, so that
    # `tradefacts --help` and the read-only commands start without it
    from pipeline.extract.evaluate import evaluate, format_report, read_gold
    from pipeline.extract.figures import extract_figures
    from pipeline.ingest.cache import FAILED_DOCUMENTS
    from pipeline.ingest.documents import ingest_folder
    from pipeline.ingest.segment import segment_documents

    documents = ingest_folder(args.docs)
    figures = extract_figures(documents, segment_documents(documents))
    for doc_id, why in sorted((figures.attrs.get(FAILED_DOCUMENTS) or {}).items()):
        print(f"warning: extraction failed on {doc_id} (no figures): {why}", file=sys.stderr)
    report = evaluate(figures, read_gold(str(args.gold)))
    if args.json:
        scores = {"full": report.full, **report.fields}
        print(
            json.dumps(
                {
                    name: {
                        "precision": s.precision,
                        "recall": s.recall,
                        "f1": s.f1,
                        "tp": s.tp,
                        "fp": s.fp,
                        "fn": s.fn,
                    }
                    for name, s in scores.items()
                }
                | {"matched_field_accuracy": report.matched_field_accuracy},
                indent=2,
            )
        )
    else:
        print(format_report(report))
    return 0


def add_evaluate_command(commands: argparse._SubParsersAction, handler_key: str) -> None:
    parser = commands.add_parser(
        "evaluate", help="precision/recall of extraction against a gold CSV"
    )
    parser.add_argument("--docs", type=Path, required=True, help="folder of *.txt articles")
    parser.add_argument(
        "--gold", type=Path, required=True, help="gold CSV (contract columns + doc)"
    )
    parser.add_argument("--json", action="store_true", help="scores as JSON")
    parser.set_defaults(**{handler_key: guarded(cmd_evaluate)})
