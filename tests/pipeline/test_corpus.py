"""The development corpus (tests/corpus/, articles written for this project) meets the bar."""

from pathlib import Path

from pipeline.evaluate import evaluate, read_gold
from pipeline.extract import extract_figures
from pipeline.ingest import ingest_folder
from pipeline.schemas import FiguresSchema
from pipeline.segment import segment_documents

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def test_corpus_full_tuple_f1_at_least_095() -> None:
    documents = ingest_folder(CORPUS)
    assert len(documents) >= 40 and (documents["status"] == "ok").all()
    figures = FiguresSchema.validate(extract_figures(documents, segment_documents(documents)))
    report = evaluate(figures, read_gold(str(CORPUS / "gold.csv")))
    assert report.full.f1 >= 0.95, (report.misses, report.spurious)
    for name, score in report.fields.items():
        assert score.f1 >= 0.95, name
