"""The input listing by file names (no ``Path`` per file) lists, names and counts as before."""

from __future__ import annotations

import os
from pathlib import Path

from pipeline.ingest.documents import (
    _stem,
    _suffix,
    assign_doc_ids,
    count_inputs,
    ingest_folder,
    list_inputs,
)

NAMES = ["a.txt", "a.TXT", "b..txt", ".txt", "c.d.txt", "e.txt.", "x", "é.txt", "a b.Txt", "..txt"]


def test_stem_and_suffix_are_pathlibs() -> None:
    for name in NAMES:
        assert _stem(name) == Path(name).stem and _suffix(name) == Path(name).suffix


def test_count_inputs_counts_what_list_inputs_lists(tmp_path) -> None:
    for name in NAMES:
        (tmp_path / name).write_text("Trade grew.\n")
    (tmp_path / "folder.txt").mkdir()
    (tmp_path / "to-folder.txt").symlink_to(tmp_path / "folder.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "missing")
    (tmp_path / "to-file.TXT").symlink_to(tmp_path / "a.txt")
    assert count_inputs(tmp_path) == len(list_inputs(tmp_path)) == 9


def test_ingest_names_rows_as_the_paths_did(tmp_path) -> None:
    for name in NAMES:
        (tmp_path / name).write_text("Astana, 3 March 2024. Trade grew to $1 billion.\n")
    (tmp_path / "bad-\udcff.txt").write_bytes(b"Trade grew.\n")  # a name that is not UTF-8
    documents = ingest_folder(tmp_path)
    paths = list_inputs(tmp_path)
    assert documents["path"].tolist() == [
        os.fsencode(str(p.relative_to(tmp_path))).decode("utf-8", "backslashreplace") for p in paths
    ]
    assert list(zip(documents["doc_id"], documents["note"], strict=True)) == assign_doc_ids(paths)
