"""The input folder's listing with one cheap test per name (issue 18).

:func:`pipeline.ingest.documents._scan_names` and ``count_inputs`` ask ``_suffix(name).lower()
== ".txt"`` of every entry: two Python calls per file, ~0.3 CPU-s of the two listings an add-one
makes at 100k articles (``raw_documents`` and its check ``every_input_file_accounted_for``).
:func:`is_input_name` gives the same answer inline: the suffix is the text from the last dot, so
it is ``.txt`` in any case exactly when the name is longer than four characters, its fourth
last is the dot and its last three are ``txt`` in any case (no character but ``t``/``T`` and
``x``/``X`` lowers to those letters, and a dot lowers to itself, so that dot is the last one).

Beside, not in, ``documents.py``: the per-document caches are versioned by that module's
import closure, and nothing here changes a row. ``tests/pipeline/ingest/test_listing.py``
compares both with the functions they replace.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from pipeline.ingest.documents import _is_dir


def is_input_name(name: str) -> bool:
    """``_suffix(name).lower() == INPUT_SUFFIX`` of :mod:`pipeline.ingest.documents`."""
    return len(name) > 4 and name[-4] == "." and name[-3:].lower() == "txt"


def scan_names(folder: Path) -> list[tuple[str, os.stat_result | None]]:
    """:func:`pipeline.ingest.documents._scan_names`: the input names with their stat (``None``
    when stat fails), directories left out, in name order."""
    found = []
    with os.scandir(folder) as entries:
        for entry in entries:
            name = entry.name
            if not (len(name) > 4 and name[-4] == "." and name[-3:].lower() == "txt"):
                continue
            try:
                st: os.stat_result | None = entry.stat()
            except OSError:
                st = None
            if st is not None and stat.S_ISDIR(st.st_mode):
                continue
            found.append((name, st))
    found.sort(key=_name)
    return found


def _name(item: tuple[str, os.stat_result | None]) -> str:
    return item[0]


def count_inputs(folder: Path) -> int:
    """:func:`pipeline.ingest.documents.count_inputs`: the input files, no ``stat`` per file."""
    count = 0
    with os.scandir(folder) as entries:
        for entry in entries:
            name = entry.name
            if len(name) > 4 and name[-4] == "." and name[-3:].lower() == "txt":
                count += not _is_dir(entry)
    return count
