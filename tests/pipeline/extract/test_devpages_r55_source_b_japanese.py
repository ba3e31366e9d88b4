"""Round 55 (src55b), kind: a Japanese source stated as "X の発表では" (in X's announcement) or
"X のデータでは" (in X's data) before the figures, read like "X によると" (according to X):
``japanese._ACCORDING`` takes the two nouns beside まとめ, 集計 and 統計. Dev pages: hy01 (nna), ib05
(searchina), hv08 (searchina), if10 (vietjo): four pages, three outlets. Made-up sentences (other
pairs, figures).
"""

from __future__ import annotations

from tests.pipeline.extract.test_extract import sources as _sources


def test_in_the_announcement_of_a_ministry() -> None:
    got = _sources(
        "date 2029-03-01\nタイとペルーの貿易\n\nタイ商務省の発表では、2028年のタイのペルー向け輸出は"
        "3億4000万ドルだった。"
    )
    assert got[340_000_000.0] == "THA"


def test_in_the_data_of_customs() -> None:
    got = _sources(
        "date 2029-03-01\nタイとペルーの貿易\n\nタイ関税局のデータでは、2028年のタイの"
        "ペルーからの輸入は1億2000万ドルだった。"
    )
    assert got[120_000_000.0] == "THA"


def test_near_miss_an_announcement_of_a_company_is_no_authority() -> None:
    got = _sources(
        "date 2029-03-01\nタイとペルーの貿易\n\n発表によれば、2028年のタイのペルー向け輸出は"
        "3億4000万ドルだった。"
    )
    assert got[340_000_000.0] is None
