"""Reading and cleaning made-up articles."""

import codecs
import datetime as dt
from pathlib import Path

from pipeline.ingest import clean, decode, ingest_folder

ARTICLE = (
    "date 2031-03-09 10:15 Officials of Ruritania met traders.&nbsp;Trade\u00a0grew.\r\n"
    "\r\nSecond paragraph here.\r\n"
)


def test_date_header_sharing_line_with_first_sentence() -> None:
    doc = clean(ARTICLE)
    assert doc.published == dt.date(2031, 3, 9)
    assert doc.text.startswith("Officials of Ruritania met traders. Trade grew.")
    assert "\r" not in doc.text and "\u00a0" not in doc.text


def test_breadcrumb_title_and_repeated_title() -> None:
    text = "Home Business Copper Exports Climb\n\nCopper Exports Climb\n\nBody sentence one.\nCopper Exports Climb\n"
    doc = clean(text)
    assert doc.title == "Copper Exports Climb"
    assert doc.text == "Body sentence one."


def test_breadcrumb_without_repeat_is_stripped() -> None:
    doc = clean("Home World Freedonia Opens Border\n\nBody text here.")
    assert doc.title == "Freedonia Opens Border"


def test_encodings() -> None:
    body = "Trade reached €5 million — up 4%."
    assert decode(codecs.BOM_UTF8 + body.encode())[0] == body
    assert decode(codecs.BOM_UTF16_LE + body.encode("utf-16-le"))[0] == body
    assert decode(codecs.BOM_UTF16_BE + body.encode("utf-16-be"))[0] == body
    assert decode(body.encode("cp1252")) == (body, "cp1252")


def test_folder_quarantines_bad_files_and_keeps_going(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("date 2031-01-02\nA sentence about trade.\n")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("   \n\n ")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "nul.txt").write_bytes(b"abc\x00\x01\x02def\x00")
    (tmp_path / "notes.md").write_text("ignored: not an article")
    docs = ingest_folder(tmp_path, max_bytes=10_000).set_index("doc_id")
    assert sorted(docs.index) == ["blank", "empty", "good", "image", "nul"]
    assert docs.loc["good", "status"] == "ok"
    reasons = docs["reason"].to_dict()
    assert reasons["empty"].startswith("empty")
    assert reasons["blank"].startswith("empty")
    assert "PNG" in reasons["image"]
    assert "NUL" in reasons["nul"]


def test_oversize_is_quarantined(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("word " * 1000)
    docs = ingest_folder(tmp_path, max_bytes=100)
    assert docs.loc[0, "status"] == "quarantined"
    assert docs.loc[0, "reason"].startswith("oversize")
