"""Reading and cleaning made-up articles."""

import codecs
import datetime as dt
from pathlib import Path

from pipeline.ingest.clean import clean
from pipeline.ingest.decode import decode
from pipeline.ingest.documents import ingest_folder

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
    assert decode(codecs.BOM_UTF8 + body.encode()).text == body
    assert decode(codecs.BOM_UTF16_LE + body.encode("utf-16-le")).encoding == "utf-16-le-bom"
    assert decode(codecs.BOM_UTF16_BE + body.encode("utf-16-be")).text == body
    assert (decode(body.encode("cp1252")).text, decode(body.encode("cp1252")).encoding) == (
        body,
        "cp1252",
    )


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


def test_invalid_utf8_bytes_are_replaced_and_counted() -> None:
    raw = "Trade with Türkiye reached €3 billion — a record.".encode() + b"\xff\xfe!"
    decoded = decode(raw)
    assert decoded.encoding == "utf-8" and decoded.replaced == 2
    assert "Türkiye" in decoded.text


def test_cyrillic_code_page_detected() -> None:
    body = "Товарооборот между Арменией и Грузией вырос до 1,2 млрд долларов. " * 5
    decoded = decode(body.encode("cp1251"))
    assert decoded.encoding == "cp1251" and decoded.text == body


def test_duplicates_processed_once_and_both_listed(tmp_path: Path) -> None:
    text = "date 2031-01-02\nTrade between Georgia and Armenia reached $1 billion in 2030.\n"
    (tmp_path / "first.txt").write_text(text)
    (tmp_path / "second copy.txt").write_text(text)
    docs = ingest_folder(tmp_path).set_index("doc_id")
    assert docs.loc["first", "status"] == "ok"
    assert docs.loc["second copy", "status"] == "quarantined"
    assert docs.loc["second copy", "duplicate_of"] == "first"
    assert docs.loc["second copy", "reason"] == "duplicate of first"


def test_doc_id_collision_is_resolved_deterministically(tmp_path: Path) -> None:
    (tmp_path / "report.TXT").write_text("One sentence about trade.")
    (tmp_path / "report.txt").write_text("Another sentence about trade.")
    docs = ingest_folder(tmp_path)
    assert list(docs["doc_id"]) == ["report", "report.txt"]
    assert "collision" in docs.loc[1, "note"]


def test_symlink_loop_is_quarantined(tmp_path: Path) -> None:
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "fine.txt").write_text("A sentence about trade.")
    docs = ingest_folder(tmp_path).set_index("doc_id")
    assert docs.loc["loop", "status"] == "quarantined"
    assert docs.loc["loop", "reason"].startswith("unreadable")
    assert docs.loc["fine", "status"] == "ok"
