"""Round 57, kind: a Chinese, Korean, Japanese or Thai figure given the wrong partner. Dev pages:
the pair abbreviated with China second ("俄中贸易", ix02 maxsourcemedia) or as "中南" (China-South
Africa, ix03 tibetcn: the rows went to Nigeria), partners listed after "对" with their values
"分别" (respectively) before the verb ("对尼日利亚、安哥拉贸易分别达...、...", ix03: both to
Nigeria), a region's group as the partner ("中国对中亚五国进出口", ix06 zaochenbao: nine rows given
to Kazakhstan, a hard negative), a bloc named in the page's language ("อาเซียน", ix15; "대(對) EU",
ix11).

Built for the languages, not the pages: every abbreviation of ``zh_abbr`` before "中" ahead of a
trade word, the listed partners of any "X对A、B" flow, "分别" before any verb with two to five
values, and every bloc and region of ``countries.csv``/``region_name`` in Chinese (simplified and
traditional), Korean, Japanese and Thai (rows).

Every sentence is made up, with forms no dev page uses (韩中, 日中两国, 对越南、泰国、缅甸, 分别为,
南亚, 海合会, 亚细安, 중앙아시아, 中央アジア, 湾岸協力会議).
"""

from __future__ import annotations

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> list[tuple]:
    out = figures(f" date 2031-09-01\n贸易\n\n{text}\n")
    return [
        (r["flow"], r["reporter"], r["partner"], r["measure"], round(float(r["value"]), 2))
        for r in out.to_dict("records")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今年韩中贸易额增长", "South Korea-China trade"),
        ("日中两国贸易", "Japan-China"),
        ("中南经贸关系", "China-South Africa"),
        ("前三季度同比增速分别为12.5%、8.1%和3.3%。", "12.5%, 8.1% and 3.3% respectively"),
        ("中国对越南、泰国、缅甸出口", "exports to Vietnam, Thailand and Myanmar"),
        ("中国与海合会贸易", "Gulf Cooperation Council"),
        ("新加坡与亚细安贸易", "ASEAN"),
        ("中国对南亚出口", "South Asia"),
    ],
)
def test_gloss_zh(text: str, expected: str) -> None:
    assert expected in gloss(text, "zh")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("其中以出口为主", "以"),  # "其中" (among them) is no China-Israel pair
        ("美中不足的是出口下降", "美中"),  # an idiom: no trade word right after
        ("集中出口", "集中"),
    ],
)
def test_zh_near_misses(text: str, kept: str) -> None:
    assert kept in gloss(text, "zh")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ko", "중앙아시아와의 교역", "Central Asia"),
        ("ko", "한국과 메르코수르의 교역", "Mercosur"),
        ("ja", "中央アジアとの貿易", "Central Asia"),
        ("ja", "湾岸協力会議との貿易", "Gulf Cooperation Council"),
    ],
)
def test_blocs_and_regions(lang: str, text: str, expected: str) -> None:
    assert expected in gloss(text, lang)


def test_listed_partners_respectively() -> None:
    rows = _rows("2030年中国对越南、泰国贸易分别达1200.5亿美元、980.2亿美元。")
    assert ("turnover", "CHN", "VNM", "level", 120050000000.0) in rows
    assert ("turnover", "CHN", "THA", "level", 98020000000.0) in rows


def test_region_group_gives_no_country_row() -> None:
    rows = _rows(
        "2030年中国对南亚国家进出口3120.4亿元，同比增长6.2%。中国对东南亚进出口5000亿元。"
        "印度是南亚最大经济体。"
    )
    assert not [r for r in rows if r[2] == "IND"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("十年来,中日贸易增长了12倍。", "in the past 10 years"),
        ("15年来出口增长", "in the past 15 years"),
    ],
)
def test_years_with_lai_alone(text: str, expected: str) -> None:
    """ix01 cnstock's "30年来" (over the past 30 years) with other counts; "2020年以来" (since
    2020) stays a "since"."""
    assert expected in gloss(text, "zh")
    assert "since 2020" in gloss("2020年以来出口增长", "zh")
