"""Round 59, kind: a count of projects in Indonesian, Malay and Vietnamese left unglossed, so a
portfolio's "N proyek senilai X" read as investment (je10 kabarsiger: two sector lines of
Japan's projects), and a Vietnamese aim read as an actual figure (hv02 sggp: "đang cùng nỗ lực
để ... sớm đạt 20 tỷ USD", working for trade to reach $20bn soon).

Built for the words, not the pages: "proyek"/"projek" (projects), the Vietnamese purpose
clause's "để đạt", "nhằm đạt", "sớm đạt". Made-up sentences with forms no dev page uses (15
proyek, US$ 9 juta, Laos, 3 tỷ USD, 2030-2031).
"""

from __future__ import annotations

from tests.pipeline.extract.test_extract import figures


def test_a_project_portfolio_is_no_investment() -> None:
    out = figures(
        " date 2031-02-01\nInvestasi\n\nPada 2030, investasi Jepang di Indonesia mencakup 15 "
        "proyek senilai US$ 9 juta.\n"
    )
    assert out.empty


def test_near_miss_a_countrys_investment_keeps_its_row() -> None:
    out = figures(
        " date 2031-02-01\nInvestasi\n\nPada 2030, nilai investasi Jepang di Indonesia sebesar "
        "US$ 2,5 miliar.\n"
    )
    assert [(r["flow"], r["value"]) for _, r in out.iterrows()] == [("investment", 2.5e9)]


def test_a_vietnamese_aim_is_a_target() -> None:
    out = figures(
        " date 2031-02-01\nQuan hệ thương mại Việt Nam - Lào\n\nViệt Nam và Lào có quan hệ hữu "
        "nghị. Hai nước đang cùng nỗ lực để thương mại song phương giữa Việt Nam và Lào sớm đạt "
        "3 tỷ USD trong năm nay.\n"
    )
    assert [(r["flow"], r["value"], r["status"]) for _, r in out.iterrows()] == [
        ("turnover", 3e9, "target")
    ]
