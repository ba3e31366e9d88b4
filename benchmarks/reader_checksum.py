"""What it costs a reader to check a release table before serving it (issue 19, item 5).

``python -m benchmarks.reader_checksum [--rows 100000] [--repeat 5]``

Builds a synthetic ``facts`` table of ``--rows`` rows (distinct pairs, periods and values, list
columns filled), writes it with the release's writer options, then times, best of ``--repeat``:

1. reading it (``pipeline.release.parquet.read_parquet``), what every reader pays anyway;
2. the file's sha256 (what readers compare with ``manifest.json``);
3. the same table written with Parquet page checksums (``write_page_checksum=True``): the file
   size, whether its bytes differ from the release's (the release id hashes table bytes), and
   reading it with ``page_checksum_verification=True``.

Prints milliseconds and bytes; asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow.parquet as pq

from pipeline.contract.arrow import to_arrow
from pipeline.contract.hashing import file_sha256
from pipeline.release.parquet import WRITE_OPTIONS, read_parquet, sort_rows, write_parquet


def synthetic_facts(rows: int, seed: int = 0) -> pd.DataFrame:
    """``rows`` facts that satisfy the contract's column types (values made up)."""
    rng = np.random.default_rng(seed)
    codes = [f"C{i:02d}" for i in range(60)]
    reporter = rng.choice(codes, rows)
    partner = rng.choice(codes, rows)
    year = rng.integers(1995, 2031, rows)
    value = rng.lognormal(20, 2, rows).round(-3)
    ids = [f"{i:016x}" for i in rng.permutation(rows * 4)[:rows]]
    return pd.DataFrame(
        {
            "fact_id": ids,
            "flow": rng.choice(["turnover", "exports", "imports"], rows),
            "scope": "total",
            "reporter": reporter,
            "partner": partner,
            "period_start": [dt.date(int(y), 1, 1) for y in year],
            "period_end": [dt.date(int(y), 12, 31) for y in year],
            "measure": "level",
            "unit": "USD",
            "status": rng.choice(["actual", "target"], rows),
            "value": value,
            "value_min": value * 0.999,
            "value_max": value * 1.001,
            "resolution": rng.choice(["single_source", "agreed", "conflicting"], rows),
            "n_claims": rng.integers(1, 5, rows),
            "n_sources": rng.integers(0, 3, rows),
            "sources": [[str(r)] for r in reporter],
            "figure_ids": [[f"f{i}", f"g{i}"] for i in range(rows)],
            "doc_ids": [[f"doc_{i % 9973}"] for i in range(rows)],
            "note": [f"claim {i}" for i in range(rows)],
        }
    )


def best_ms(fn, repeat: int) -> float:
    """Fastest of ``repeat`` calls of ``fn``, in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    facts = synthetic_facts(args.rows)
    with tempfile.TemporaryDirectory() as tmp:
        plain, checked = Path(tmp) / "facts.parquet", Path(tmp) / "facts_crc.parquet"
        write_parquet(facts, plain, "facts")
        table = to_arrow(sort_rows(facts, "facts"), "facts")
        pq.write_table(table, checked, **WRITE_OPTIONS, write_page_checksum=True)

        read = best_ms(lambda: read_parquet(plain), args.repeat)
        digest = best_ms(lambda: file_sha256(plain), args.repeat)
        crc_read = best_ms(
            lambda: pq.read_table(checked, page_checksum_verification=True), args.repeat
        )
        arrow_read = best_ms(lambda: pq.read_table(plain), args.repeat)
        print(f"facts rows              {args.rows:>12,}")
        print(f"file bytes              {plain.stat().st_size:>12,}")
        print(f"read (to pandas)        {read:>9.1f} ms")
        print(f"sha256 of the file      {digest:>9.1f} ms  (+{digest / read:.0%} of the read)")
        print(f"read to Arrow, plain    {arrow_read:>9.1f} ms")
        print(f"read to Arrow, CRC on   {crc_read:>9.1f} ms")
        same = plain.read_bytes() == checked.read_bytes()
        print(f"page-checksum file      {checked.stat().st_size:>12,} bytes; same bytes: {same}")


if __name__ == "__main__":
    main()
