"""Issue 19, item 10 (encodings): Windows-1251 Cyrillic is not read as Mac Cyrillic (every
capital letter wrong, no decode error to show it), and UTF-16 without a BOM is decoded, Cyrillic
as well as Latin, while binary files with NUL bytes stay quarantined.

The texts are written for these tests (news-like Russian about Central Asian trade), with many
capitals, with none, and mixed with English lines. Before the fix, in Windows-1251 "bilingual
long" decoded as ``mac_cyrillic`` and "bilingual" and "headline in capitals" as ``cp1252``; in
KOI8-R "many capitals" as ``cp1252``; UTF-16 without a BOM of Cyrillic text was quarantined.
"""

from __future__ import annotations

import pytest

from pipeline.ingest.decode import QuarantineError, decode

MANY_CAPITALS = (
    "Бишкек, 12 марта — «Кабар». Товарооборот Кыргызстана и Казахстана в 2024 году достиг "
    "1,8 млрд долларов США, сообщил Национальный статистический комитет Кыргызской "
    "Республики. Министр экономики и коммерции КР Данияр Амангельдиев заявил, что стороны "
    "намерены довести объем торговли до 3 млрд долларов к 2030 году.\n"
)
FEW_CAPITALS = (
    "товарооборот между странами за январь-сентябрь вырос на 7 процентов и составил около "
    "560 млн долларов. по словам экспертов, основную долю экспорта составляют золото, "
    "текстиль и строительные материалы.\n"
)
LOWERCASE_NAMES = (
    "ранее президент садыр жапаров и президент казахстана касым-жомарт токаев подписали "
    "декларацию о союзничестве, а товарооборот двух стран превысил 1,5 млрд долларов.\n"
)
BILINGUAL = (
    "BISHKEK (AKIpress) -\nSource: Kabar news agency.\nИсточник: 24.kg, AKIpress.\n"
    "Read more at www.24.kg\n"
)
BILINGUAL_LONG = (
    "BISHKEK (AKIpress) -\nTrade turnover reached $1.2 billion in 2024.\n"
    "Экспорт Кыргызстана в Узбекистан вырос до 300 млн долларов.\nRead more at www.24.kg\n"
)
HEADLINE_CAPS = "ЕАЭС: КЫРГЫЗСТАН УВЕЛИЧИЛ ЭКСПОРТ В АРМЕНИЮ\nSource: Kabar news agency.\n"
NAMES = {
    MANY_CAPITALS: "many capitals",
    FEW_CAPITALS: "no capitals",
    LOWERCASE_NAMES: "lowercase names",
    BILINGUAL: "bilingual",
    BILINGUAL_LONG: "bilingual long",
    HEADLINE_CAPS: "headline in capitals",
}
CYRILLIC = list(NAMES)


@pytest.mark.parametrize("text", CYRILLIC, ids=NAMES.get)
def test_windows_1251_is_not_read_as_mac_cyrillic(text):
    decoded = decode(text.encode("cp1251"))
    assert (decoded.encoding, decoded.text) == ("cp1251", text)


PLAIN_CAPITALS = MANY_CAPITALS.replace("—", "-").replace("«", '"').replace("»", '"')
"""KOI8-R has no dash or guillemets."""
NAMES[PLAIN_CAPITALS] = "many capitals"


@pytest.mark.parametrize("text", [PLAIN_CAPITALS, HEADLINE_CAPS], ids=NAMES.get)
@pytest.mark.parametrize("encoding", ["mac_cyrillic", "koi8_r"])
def test_other_cyrillic_code_pages_with_capitals_still_decode(text, encoding):
    decoded = decode(text.encode(encoding))
    assert (decoded.encoding, decoded.text) == (encoding, text)


@pytest.mark.parametrize(
    "text", ["Müller & Söhne: exports to Türkiye rose 4 % — café owners say.\n"], ids=["latin"]
)
def test_western_european_text_stays_cp1252(text):
    decoded = decode(text.encode("cp1252"))
    assert (decoded.encoding, decoded.text) == ("cp1252", text)


LATIN = "Trade between Kyrgyzstan and China reached $5.3 billion in 2024, up 44.7 percent.\n"
NAMES[LATIN] = "latin"


@pytest.mark.parametrize("text", [MANY_CAPITALS, FEW_CAPITALS, BILINGUAL, LATIN], ids=NAMES.get)
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_decoded(text, encoding):
    decoded = decode(text.encode(encoding))
    assert (decoded.encoding, decoded.text) == (encoding, text)


@pytest.mark.parametrize(
    "raw",
    [
        b"abc\x00\x01\x02def\x00",
        bytes(range(256)) * 4,
        b"\x00\x00\x00\x18ftypmp42" + bytes(200),  # MP4 header: NULs on both sides
        "Товар\x00оборот".encode("cp1251") * 20,  # a stray NUL in 8-bit text
    ],
    ids=["short", "all bytes", "mp4", "stray nul"],
)
def test_binary_files_with_nul_bytes_stay_quarantined(raw):
    with pytest.raises(QuarantineError, match="NUL"):
        decode(raw)
