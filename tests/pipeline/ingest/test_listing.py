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


def test_the_inline_listing_is_the_documents_listing(tmp_path) -> None:
    """Issue 18 round 50: ``pipeline.ingest.listing`` names, stats and counts what
    ``pipeline.ingest.documents`` does, for odd names, links and folders alike."""
    from pipeline.ingest import listing
    from pipeline.ingest.documents import INPUT_SUFFIX, _scan_names

    odd = ["tXt", ".TxT", "a.tx", "a.txtx", "a.t.xt", "ab.txt", "İ.txt", "a.ṫxt", "K.TXT"]
    for name in [*NAMES, *odd, "a"]:
        assert listing.is_input_name(name) == (_suffix(name).lower() == INPUT_SUFFIX), name
    for name in [*NAMES, *odd]:
        (tmp_path / name).write_text("Trade grew.\n")
    (tmp_path / "folder.txt").mkdir()
    (tmp_path / "to-folder.txt").symlink_to(tmp_path / "folder.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "missing")
    (tmp_path / "to-file.TXT").symlink_to(tmp_path / "a.txt")
    ours, theirs = listing.scan_names(tmp_path), _scan_names(tmp_path)
    assert [n for n, _ in ours] == [n for n, _ in theirs]
    assert [s and (s.st_ino, s.st_size) for _, s in ours] == [
        s and (s.st_ino, s.st_size) for _, s in theirs
    ]
    assert listing.count_inputs(tmp_path) == count_inputs(tmp_path) == len(theirs)
