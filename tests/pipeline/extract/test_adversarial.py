"""Every regex stays linear: 1 MB adversarial inputs go through each stage quickly.

A guard against catastrophic backtracking, not a benchmark: the bound is CPU time (robust to
machine load) and generous against the ~0.5 s the slowest case takes here.
"""

import datetime as dt
import time

import pandas as pd
import pytest

from pipeline.extract.document import extract_document
from pipeline.ingest.documents import document_from_bytes
from pipeline.ingest.segment import MAX_SENTENCE_CHARS, segment_text

N = 1_000_000
CASES = {
    "commas": "1," * (N // 2),
    "dollars": "$" * N,
    "digits": "7" * N,
    "no_spaces": "ab" * (N // 2),
    "dollar_digits": "$1" * (N // 2),
    "dots": "1." * (N // 2),
    "nested_currencies": "$€$€1" * (N // 5),
    "capitals": "Abc " * (N // 4),
    "months": "January-" * (N // 8),
    "dashes": "—" * N,
    "attribution": "according to " * (N // 13),
    "money_run": "$5 billion and " * (N // 15),
    "trade_line": "Trade between Georgia and Armenia reached $1.4 billion in 2030, up 5% "
    * (N // 70),
}


def _cpu(fn):
    start = time.process_time()
    result = fn()
    return result, time.process_time() - start


@pytest.mark.parametrize("name", sorted(CASES))
def test_one_megabyte_adversarial_text_is_bounded(name: str) -> None:
    text = CASES[name]
    doc, t_ingest = _cpu(lambda: document_from_bytes(text.encode()))
    body = doc["text"] or text
    rows, t_segment = _cpu(lambda: segment_text("adv", body))
    assert max(r["char_end"] - r["char_start"] for r in rows) <= MAX_SENTENCE_CHARS
    sentences = pd.DataFrame(rows)
    figures, t_extract = _cpu(lambda: extract_document("adv", dt.date(2031, 1, 1), None, sentences))
    assert t_ingest < 1.0 and t_segment < 1.0 and t_extract < 1.0, (t_ingest, t_segment, t_extract)
    assert isinstance(figures, list)
