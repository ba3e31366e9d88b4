"""Round 36: the bracketed conversion of an amount that is left out ("car parts and ships at $660
million (about 73.3 billion yen)": a product that is no sector) is left out with it, instead of
taking the last kept figure's flow and sector; Japanese product words of the customs' lists
(縫製品 garments, 機械・設備・工具・部品 machinery, 鋼材 steel, 水産物 seafood) read as their English
sector or product words. Made-up sentences."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2031-06-01") -> set[tuple]:
    out = figures(f"date {date}\nVietnam and Japan\n{text}\n")
    return {(r.flow, r.scope, r.value, r.unit) for r in out.itertuples()}


def test_the_conversion_of_a_left_out_amount_is_left_out() -> None:
    got = _rows(
        "Vietnam's trade with Japan rose in 2030. The top item was garments, with exports of 936"
        " million US dollars (about 103.9 billion yen), followed by car parts and ships at 660"
        " million US dollars (about 73.3 billion yen), machinery at 543 million US dollars (about"
        " 60.3 billion yen) and seafood at 360 million US dollars (about 40 billion yen)."
    )
    assert got == {
        ("exports", "textiles", 936e6, "USD"),
        ("exports", "textiles", 103.9e9, "JPY"),
        ("exports", "machinery", 543e6, "USD"),
        ("exports", "machinery", 60.3e9, "JPY"),
    }


def test_near_miss_the_conversion_of_a_kept_amount_is_kept() -> None:
    got = _rows(
        "Vietnam's exports to Japan reached 5.06 billion US dollars (about 561.9 billion yen) in 2030."
    )
    assert got == {("exports", "total", 5.06e9, "USD"), ("exports", "total", 561.9e9, "JPY")}


def test_japanese_product_words() -> None:
    out = figures(
        "date 2031-06-01\nベトナムと日本\n2030年のベトナムの日本への輸出は50億ドルだった。首位は縫製品で輸出額9億3600万ドル、"
        "これに自動車部品及び船舶の6億6000万ドル、機械・設備・工具・部品の5億4300万ドル、水産物の3億6000万ドルが続いた。\n"
    )
    got = {(r.flow, r.scope, r.value) for r in out.itertuples()}
    assert ("exports", "textiles", 936e6) in got
    assert ("exports", "machinery", 543e6) in got
    assert not any(v in (660e6, 360e6) for _, _, v in got)
