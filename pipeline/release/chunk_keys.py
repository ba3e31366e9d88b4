"""Whether the key columns of a chunked table hold no value twice, reading only new chunks' keys.

Why (issue 18): the schema checks' uniqueness test read the key columns of every chunk of the
seven chunked tables on every run (``assets.chunk_validation``), though an add-one changes a
few chunks of each. A chunk's file name is the hash of its bytes
(:mod:`pipeline.release.chunks`), so the 64-bit hashes of its key values, recorded under its
name, hold for every later run that lists the same name: an add-one hashes the keys of the
chunks whose names are not recorded and tests them against the recorded hashes of the others.

Why it is sound: equal keys have equal hashes, so hashes that are all distinct prove keys that
are all distinct. Distinct keys may still collide (2^-64 per pair): any equal hash, a
chunk listed twice or a null key answers ``False``, and the caller then reads every chunk's
keys and decides as before. A chunk whose recorded hashes are in doubt (missing, unreadable,
damaged, of another version or columns) has its keys read and hashed again, as a new one.

Layout: ``<folder>/key-hashes/`` (:class:`pipeline.release.chunk_arrays.ChunkArrays`): per chunk
one file of its key columns' hashes, each column's sorted, written once when the chunk is new
(the single ``key-hashes.npz`` of every chunk's hashes was rewritten by every add-one: 3.7 MB of
the 18.5 MB a 10k add-one wrote). Distinctness is a sort of all of them (sorted runs: a merge,
1.5 ms for 78k sentence keys).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
from pandas.util import hash_array

from pipeline.release.chunk_arrays import ChunkArrays
from pipeline.release.chunks import read_file

RECORD = "key-hashes"
"""The folder of the per-chunk key hashes inside the table's folder."""
OLD_RECORD = "key-hashes.npz"
"""The single record of every chunk's hashes that earlier versions kept (deleted on sight)."""
VERSION = f"key-hashes-2|pandas={pd.__version__}|pyarrow={pa.__version__}"
"""What a recorded hash depends on besides the chunk's bytes: ``hash_array`` (pandas) and the
conversion of the Arrow text (pyarrow)."""


def _hashes(column: pa.ChunkedArray) -> np.ndarray | None:
    """64-bit hashes of a text column's values (``None`` for a null or another type: doubt)."""
    if not (pa.types.is_string(column.type) or pa.types.is_large_string(column.type)):
        return None
    if column.null_count:
        return None
    return hash_array(column.to_numpy(), categorize=False)


def keys_distinct(folder: Path, paths: Sequence[Path], columns: Sequence[str]) -> bool:
    """``True`` when each of ``columns`` holds no value twice over the chunks ``paths`` (the
    table's chunks in row order), proven by hashes; ``False`` when a hash repeats or anything
    is in doubt (then the caller reads every key). Records the new chunks' hashes either way
    (they describe the chunk, not the table)."""
    folder, columns = Path(folder), list(columns)
    names = [p.name for p in paths]
    if not columns or len(set(names)) != len(names):
        return False  # a chunk listed twice repeats its keys
    (folder / OLD_RECORD).unlink(missing_ok=True)
    store = ChunkArrays(folder / RECORD, f"{VERSION}|{json.dumps(columns)}")
    known = {n: a for n, a in store.load(names).items() if len(a) % len(columns) == 0}
    fresh: dict[str, np.ndarray] = {}
    for path in paths:
        if path.name not in known:
            table = read_file(path, columns)
            hashes = [_hashes(table.column(c)) for c in columns]
            if any(h is None for h in hashes):
                return False
            fresh[path.name] = np.concatenate([np.sort(h) for h in hashes])
    each = {**known, **fresh}
    distinct = True
    for i in range(len(columns)):
        runs = []
        for name in names:
            rows = len(each[name]) // len(columns)
            runs.append(each[name][i * rows : (i + 1) * rows])
        ordered = np.sort(np.concatenate(runs), kind="stable")  # sorted runs: merged
        if len(ordered) > 1 and not bool(np.all(ordered[1:] > ordered[:-1])):
            distinct = False  # a repeated hash: a duplicate, or a collision
            break
    store.save(fresh, names)
    return distinct
