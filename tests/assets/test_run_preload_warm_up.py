"""The warm server's extraction warm-up (``run_preload.warm_up``, issue 18 round 48): it builds
the extractor's lazily built patterns before the server forks, and changes no page's figures: a
process that extracted the warm-up page first extracts the same rows as a fresh one (made-up
pages: the synthetic generator's and the repository's seeds). A failing warm-up is ignored."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_EXTRACT = r"""
import json, sys
import pandas as pd
if sys.argv[1] == "warm":
    from assets.orchestration.run_preload import warm_up
    warm_up()
from benchmarks.synth import Generator
from pipeline.extract.figures import extract_figures
from pipeline.ingest.documents import document_from_bytes
from pipeline.ingest.segment import segment_documents
pages = [Generator(7).article(k)[1] for k in range(12)]
pages += [p.read_bytes() for p in sorted(__import__("pathlib").Path("seeds").glob("*.txt"))[:6]]
rows = []
for k, raw in enumerate(pages):
    documents = pd.DataFrame([{**document_from_bytes(raw), "doc_id": f"d{k}"}])
    figures = extract_figures(documents, segment_documents(documents), workers=1)
    rows.append(figures.astype(str).to_dict("records"))
print(json.dumps(rows, sort_keys=True))
"""


def _figures(mode: str) -> list:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", _EXTRACT, mode],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.splitlines()[-1])


def test_the_warm_up_changes_no_pages_figures() -> None:
    fresh, warmed = _figures("fresh"), _figures("warm")
    assert sum(len(page) for page in fresh) > 20  # pages with figures, not a vacuous compare
    assert warmed == fresh


def test_the_warm_up_builds_the_patterns_a_first_page_needs() -> None:
    from assets.orchestration.run_preload import warm_up
    from pipeline.extract import numbers

    warm_up()
    assert numbers._patterns.cache_info().currsize == 1  # noqa: SLF001 - the lazily built cache


def test_a_failing_warm_up_is_ignored(monkeypatch) -> None:
    from assets.orchestration import run_preload
    from pipeline.extract import figures

    def broken(*_args, **_kwargs):
        raise RuntimeError("extractor broken")

    monkeypatch.setattr(figures, "extract_figures", broken)
    run_preload.warm_up()  # no exception: the run meets the error where it did before
