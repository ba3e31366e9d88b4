"""The fingerprint of a table's rows as the release memos key them (``part_memo`` for release
parts, ``chunks`` for the stored tables' chunks): the sha256 of the rows' Arrow IPC stream,
seeded with :func:`memo_version`. Its own module, importing no other release module, so both
memos use it without an import cycle (``tests/test_import_flow.py``)."""

from __future__ import annotations

from functools import cache

import pyarrow as pa

from pipeline.contract.code_version import source_version
from pipeline.contract.hashing import sha256_hex, sha256_of_parts


@cache
def memo_version() -> str:
    """What turns a part's Arrow rows into its bytes: the parts code and pyarrow's version."""
    return sha256_hex(f"{source_version('pipeline.release.parts')}\0pyarrow={pa.__version__}")


def fingerprint(table: pa.Table) -> str:
    """The sha256 (hex) of ``table`` as the memo keys it (see the module doc).

    Each column is first copied into buffers of its own: the IPC writer writes a slice's
    buffers whole, so the same rows sliced out of a larger table would hash differently."""
    layout = ";".join(",".join(str(len(c)) for c in column.chunks) for column in table.columns)
    compact = pa.Table.from_arrays(
        [
            pa.concat_arrays(column.chunks) if column.num_chunks else pa.array([], column.type)
            for column in table.columns
        ],
        schema=table.schema,
    )
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, compact.schema) as writer:
        writer.write_table(compact)
    return sha256_of_parts([memo_version().encode(), layout.encode(), b"\0", sink.getvalue()])
