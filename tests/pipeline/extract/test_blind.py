"""Regression floor on the blind set (tests/data/blind/README.md): never tuned on, so only a floor."""

from pathlib import Path

from pipeline.extract.evaluate import evaluate, read_gold
from pipeline.extract.figures import extract_figures
from pipeline.ingest.documents import ingest_folder
from pipeline.ingest.segment import segment_documents

BLIND = Path(__file__).resolve().parents[2] / "data" / "blind"


def test_blind_set_does_not_regress() -> None:
    documents = ingest_folder(BLIND)
    figures = extract_figures(documents, segment_documents(documents))
    report = evaluate(figures, read_gold(str(BLIND / "gold.csv")))
    assert report.full.f1 >= 0.83
    assert report.fields["value"].f1 >= 0.95
