"""Issue 19, item 4: a file whose name is not valid UTF-8 gets its row like any other file."""

from __future__ import annotations

import os

from pipeline.ingest.cache import content_set_hash
from pipeline.ingest.documents import ingest_folder
from pipeline.ingest.file_manifest import fingerprint_listing
from pipeline.release.parquet import read_parquet, write_parquet

ARTICLE = b"Trade between Ruritania and Freedonia reached $7.25 billion in 2030.\n"


def test_a_non_utf8_file_name_gets_its_row_and_the_table_writes(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "plain.txt").write_bytes(ARTICLE)
    # Latin-1 "café.txt": its bytes are not UTF-8, so Python sees a lone surrogate in the name.
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as fh:
        fh.write(ARTICLE.replace(b"7.25", b"8.5"))

    documents = ingest_folder(folder)
    path = tmp_path / "documents.parquet"
    write_parquet(documents, path, "documents")  # raised UnicodeEncodeError: surrogates

    back = read_parquet(path)
    assert sorted(back["path"]) == ["caf\\xe9.txt", "plain.txt"]
    assert sorted(back["doc_id"]) == ["caf\\xe9", "plain"]
    assert (back["status"] == "ok").all()
    content_set_hash(fingerprint_listing(folder))  # the sensor's cursor hash: no error either
