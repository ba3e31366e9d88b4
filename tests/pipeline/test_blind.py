"""Regression floor on the blind set (tests/blind/README.md): never tuned on, so only a floor."""

from pathlib import Path

from pipeline.evaluate import evaluate, read_gold
from pipeline.extract import extract_figures
from pipeline.ingest import ingest_folder
from pipeline.segment import segment_documents

BLIND = Path(__file__).resolve().parents[1] / "blind"


def test_blind_set_does_not_regress() -> None:
    documents = ingest_folder(BLIND)
    figures = extract_figures(documents, segment_documents(documents))
    report = evaluate(figures, read_gold(str(BLIND / "gold.csv")))
    assert report.full.f1 >= 0.83
    assert report.fields["value"].f1 >= 0.95
