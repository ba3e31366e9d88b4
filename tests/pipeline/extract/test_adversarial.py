"""Every regex stays linear: 1 MB adversarial inputs go through each stage in time linear in
their length.

A guard against catastrophic backtracking, not a benchmark: each stage's CPU time on the 1 MB
text is compared with its time on a quarter of it, measured in the same process, so the bound
follows the machine's speed and load (an absolute 1 s bound failed in CI under load at 1.1 s for
a case that takes 0.2-0.4 s on a quiet machine). Linear cost gives a ratio near 4, quadratic 16;
the bound is 8, with a floor of 0.5 s for stages too fast to time. Each size is timed twice and
the faster run counts: under heavy load (six processes on two cores) one run's CPU time can be
inflated by cache misses after context switches, which failed the ratio once for a stage that
scales linearly (measured 0.10 / 0.20 / 0.37 s at a quarter / half / whole of the text).
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


RATIO = 8.0
"""Largest allowed CPU ratio of the full text to a quarter of it (linear 4, quadratic 16)."""
FLOOR_S = 0.5
"""Below this CPU time a stage passes whatever the ratio (too fast to time reliably)."""


def _stage_times(text: str) -> tuple[list[float], list]:
    doc, t_ingest = _cpu(lambda: document_from_bytes(text.encode()))
    body = doc["text"] or text
    rows, t_segment = _cpu(lambda: segment_text("adv", body))
    assert max(r["char_end"] - r["char_start"] for r in rows) <= MAX_SENTENCE_CHARS
    sentences = pd.DataFrame(rows)
    figures, t_extract = _cpu(lambda: extract_document("adv", dt.date(2031, 1, 1), None, sentences))
    return [t_ingest, t_segment, t_extract], figures


def _fastest(text: str) -> tuple[list[float], list]:
    """Per-stage CPU times: the smaller of two runs, stage by stage (see the module docstring)."""
    first, figures = _stage_times(text)
    second, _ = _stage_times(text)
    return [min(a, b) for a, b in zip(first, second, strict=True)], figures


@pytest.mark.parametrize("name", sorted(CASES))
def test_one_megabyte_adversarial_text_is_bounded(name: str) -> None:
    text = CASES[name]
    quarter = _fastest(text[: len(text) // 4])[0]
    full, figures = _fastest(text)
    for stage, t_full, t_quarter in zip(
        ("ingest", "segment", "extract"), full, quarter, strict=True
    ):
        assert t_full < max(RATIO * t_quarter, FLOOR_S), (name, stage, t_full, t_quarter)
    assert isinstance(figures, list)


def test_the_bound_tells_quadratic_from_linear() -> None:
    """The rule above fails a stage whose cost grows with the square of the text."""
    quadratic_full, quadratic_quarter = 16 * 0.2, 0.2
    linear_full, linear_quarter = 4 * 0.2, 0.2
    assert not quadratic_full < max(RATIO * quadratic_quarter, FLOOR_S)
    assert linear_full < max(RATIO * linear_quarter, FLOOR_S)
