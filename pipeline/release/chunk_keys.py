"""Whether the key columns of a chunked table hold no value twice, reading only new chunks' keys.

Why (issue 18): the schema checks' uniqueness test read the key columns of every chunk of the
seven chunked tables on every run (``assets.chunk_validation``), though an add-one changes a
few chunks of each. A chunk's file name is the hash of its bytes
(:mod:`pipeline.release.chunks`), so the 64-bit hashes of its key values, recorded under its
name, hold for every later run that lists the same name: an add-one hashes the keys of the
chunks whose names are not recorded and tests them against the recorded hashes of the others.

Why it is sound: equal keys have equal hashes, so hashes that are all distinct prove keys that
are all distinct. Distinct keys may still collide (2^-64 per pair): any equal hash, like any
doubt about the record (missing, unreadable, damaged, of another version, columns or key type,
a chunk listed twice, a null key), answers ``False``, and the caller then reads every chunk's
keys and decides as before. A record is written only when every hash is distinct, in one rename
(:func:`pipeline.files.write_atomic`), so a crash leaves the old record or the new one.

Layout: ``<folder>/key-hashes.npz``: ``meta`` (JSON: version, columns, chunk names in row order,
digest of the arrays), ``offsets`` (each chunk's first hash), and per key column ``c<i>`` (each
chunk's hashes in chunk order) and ``s<i>`` (all of them, sorted).
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
from pandas.util import hash_array

from pipeline.files import write_atomic
from pipeline.release.chunks import read_file

RECORD = "key-hashes.npz"
VERSION = f"key-hashes-1|pandas={pd.__version__}|pyarrow={pa.__version__}"
"""What a recorded hash depends on besides the chunk's bytes: ``hash_array`` (pandas) and the
conversion of the Arrow text (pyarrow)."""


def _hashes(column: pa.ChunkedArray) -> np.ndarray | None:
    """64-bit hashes of a text column's values (``None`` for a null or another type: doubt)."""
    if not (pa.types.is_string(column.type) or pa.types.is_large_string(column.type)):
        return None
    if column.null_count:
        return None
    return hash_array(column.to_numpy(), categorize=False)


def _digest(arrays: dict[str, np.ndarray]) -> str:
    h = hashlib.sha256()
    for name in sorted(arrays):
        h.update(name.encode() + b"\0" + np.ascontiguousarray(arrays[name]).tobytes())
    return h.hexdigest()


def _load(folder: Path, columns: list[str]) -> tuple[list[str], dict[str, np.ndarray]] | None:
    """The recorded chunk names and arrays (``None`` when missing or in doubt)."""
    try:
        with np.load(folder / RECORD, allow_pickle=False) as stored:
            arrays = {name: stored[name] for name in stored.files}
        meta = json.loads(arrays.pop("meta").tobytes().decode("utf-8"))
        if meta["version"] != VERSION or meta["columns"] != columns:
            return None
        if meta["sha256"] != _digest(arrays):
            return None
        chunks = [str(n) for n in meta["chunks"]]
        offsets = arrays["offsets"]
        if len(offsets) != len(chunks) + 1 or len(set(chunks)) != len(chunks):
            return None
        for i in range(len(columns)):
            each, ordered = arrays[f"c{i}"], arrays[f"s{i}"]
            if len(each) != offsets[-1] or len(ordered) != len(each):
                return None
            if len(ordered) > 1 and not bool(np.all(ordered[1:] > ordered[:-1])):
                return None  # a record is written only with every hash distinct
    except (OSError, ValueError, KeyError, TypeError, AttributeError, EOFError):
        return None
    except Exception:  # a damaged zip (BadZipFile, a CRC error): doubt, not an error
        return None
    return chunks, arrays


def keys_distinct(folder: Path, paths: Sequence[Path], columns: Sequence[str]) -> bool:
    """``True`` when each of ``columns`` holds no value twice over the chunks ``paths`` (the
    table's chunks in row order), proven by hashes; ``False`` when a hash repeats or anything
    is in doubt (then the caller reads every key). Records the hashes when ``True``."""
    folder, columns = Path(folder), list(columns)
    names = [p.name for p in paths]
    if not columns or len(set(names)) != len(names):
        return False  # a chunk listed twice repeats its keys
    record = _load(folder, columns)
    old_names, arrays = record if record is not None else ([], {})
    old_at = {name: i for i, name in enumerate(old_names)}
    offsets = arrays.get("offsets", np.zeros(1, dtype=np.int64))
    gone = [i for i, n in enumerate(old_names) if n not in set(names)]
    fresh = {}
    for path in paths:
        if path.name not in old_at:
            table = read_file(path, columns)
            hashes = [_hashes(table.column(c)) for c in columns]
            if any(h is None for h in hashes):
                return False
            fresh[path.name] = hashes
    out: dict[str, np.ndarray] = {}
    for i in range(len(columns)):
        each = arrays.get(f"c{i}", np.zeros(0, dtype=np.uint64))
        ordered = arrays.get(f"s{i}", np.zeros(0, dtype=np.uint64))
        if gone:  # the hashes of chunks no longer listed leave the sorted set
            removed = np.concatenate([each[offsets[j] : offsets[j + 1]] for j in gone])
            at = np.searchsorted(ordered, removed)
            if np.any(at >= len(ordered)) or np.any(
                ordered[np.minimum(at, len(ordered) - 1)] != removed
            ):
                return False
            ordered = np.delete(ordered, at)
        new = np.sort(np.concatenate([h[i] for h in fresh.values()] or [np.zeros(0, np.uint64)]))
        if len(new) > 1 and not bool(np.all(new[1:] > new[:-1])):
            return False
        at = np.searchsorted(ordered, new)
        if np.any(ordered[np.minimum(at, len(ordered) - 1)] == new) if len(ordered) else False:
            return False  # a new key's hash is an old one's: a duplicate or a collision
        out[f"s{i}"] = np.insert(ordered, at, new)
        parts = [
            fresh[n][i] if n in fresh else each[offsets[old_at[n]] : offsets[old_at[n] + 1]]
            for n in names
        ]
        out[f"c{i}"] = np.concatenate(parts) if parts else np.zeros(0, dtype=np.uint64)
    sizes = [
        len(fresh[n][0]) if n in fresh else offsets[old_at[n] + 1] - offsets[old_at[n]]
        for n in names
    ]
    out["offsets"] = np.concatenate([[0], np.cumsum(sizes, dtype=np.int64)]).astype(np.int64)
    if record is None or names != old_names:
        _save(folder, names, columns, out)
    return True


def _save(folder: Path, names: list[str], columns: list[str], arrays: dict) -> None:
    """Replace the record (one rename; a record lost only costs reading every key once)."""
    meta = {"version": VERSION, "columns": columns, "chunks": names, "sha256": _digest(arrays)}
    buffer = io.BytesIO()
    np.savez(buffer, meta=np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8), **arrays)
    with suppress(OSError):
        write_atomic(folder / RECORD, buffer.getvalue())
