"""Round 55, confidence (issue 15, item 7): the kind of a figure an evidence token cannot tell,
an investment figure. On the dev pages investment figures (stocks, pledges, projects, on 51
pages of outlets such as nodal, businessline, ghanaiantimes, sapo, ltv, cmjornal) are right 58 %
of the time (79 figures) against 82 % for trade figures, on English and glossed pages alike, at
the same confidence; ``confidence.features`` adds ``kind=investment`` and the fit weighs it
(``tests/realnews/calibrate.py``). Sentences are made up."""

from pipeline.extract.confidence import confidence_of, features, figure_confidence
from tests.pipeline.extract.test_extract import figures

STATED = "flow=own;pair=2;period=sentence;year=stated;unit=stated;numbers=1;main=yes"


def _row(text: str, value: float):
    out = figures(text)
    (row,) = out[(out["value"] - value).abs() < 1e-6 * value].itertuples()
    return row


def test_an_investment_figure_is_less_sure_than_a_trade_figure_with_its_evidence() -> None:
    row = _row(
        "date 2030-03-01\nLuxembourg's investment in Oman reached $4.7 billion in 2029.", 4.7e9
    )
    assert row.flow == "investment"
    assert "kind=investment" in features(row.evidence, page="english", flow=row.flow)
    assert row.confidence == figure_confidence(row._asdict(), page="english")
    assert row.confidence < confidence_of(row.evidence, page="english", flow="exports")


def test_an_investment_figure_of_a_glossed_page_says_its_kind_too() -> None:
    row = _row(
        "date 2030-03-01\nLas inversiones de Uruguay en Kenia alcanzaron los 2.300 millones de "
        "dólares en 2029, según el ministerio, y las del país con el mismo socio fueron menores "
        "que las del año anterior.",
        2.3e9,
    )
    assert row.flow == "investment"
    assert row.confidence == figure_confidence(row._asdict(), page="glossed")
    assert row.confidence < confidence_of(row.evidence, page="glossed", flow="imports")


def test_a_trade_figure_keeps_its_confidence() -> None:
    # Near miss: the same kind of sentence about exports has no kind token, and its confidence
    # is that of its evidence alone, as before.
    row = _row("date 2030-03-01\nLuxembourg's exports to Oman reached $4.7 billion in 2029.", 4.7e9)
    assert row.flow == "exports"
    assert not [t for t in features(row.evidence, flow=row.flow) if t.startswith("kind=")]
    assert row.confidence == confidence_of(row.evidence) == figure_confidence(row._asdict())
    assert features(STATED, flow="turnover") == features(STATED)
