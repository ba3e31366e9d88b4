"""Round 41: who states a figure on a Chinese page. "据 ... 统计/数据" (according to ... statistics
or data), a country's embassy in another ("中国驻柬埔寨使馆经商处", the economic and commercial
office of the Chinese embassy in Cambodia), the customs administration, the statistics office
and the commerce ministry, "表示" (said) and "数据显示" (data show). Made-up sentences; near misses
keep no source."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(sentence: str) -> set[tuple]:
    out = figures(f"date 2031-02-01\n中柬经贸\n{sentence}\n")
    return {(r.flow, r.reporter, r.partner, r.value, r.source_country) for r in out.itertuples()}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "据中国海关统计,2030年中柬贸易额达150亿美元,同比增长12%。",
            {("turnover", "CHN", "KHM", 1.5e10, "CHN"), ("turnover", "CHN", "KHM", 12.0, "CHN")},
        ),
        (
            "据海关总署统计,2030年中国对柬埔寨出口额为120亿美元。",
            {("exports", "CHN", "KHM", 1.2e10, "CHN")},
        ),
        (
            "根据柬埔寨统计局数据,2030年柬中贸易额为140亿美元。",
            {("turnover", "KHM", "CHN", 1.4e10, "KHM")},
        ),
        (
            "据中国驻柬埔寨使馆经商处发布的最新统计,2030年中国与柬埔寨双边贸易总额为150亿美元。",
            {("turnover", "CHN", "KHM", 1.5e10, "CHN")},
        ),
        (
            "中国驻柬埔寨大使馆表示,2030年中柬贸易额为150亿美元。",
            {("turnover", "CHN", "KHM", 1.5e10, "CHN")},
        ),
        (
            "柬埔寨海关数据显示,2030年柬埔寨自中国进口额为110亿美元。",
            {("imports", "KHM", "CHN", 1.1e10, "KHM")},
        ),
    ],
)
def test_the_source_of_a_chinese_statement(sentence: str, expected: set) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "2030年中柬贸易额为150亿美元。",
        "据悉,2030年中柬贸易额为150亿美元。",  # "it is learned": no body
        "据了解,2030年中柬贸易额为150亿美元。",
    ],
)
def test_no_body_no_source(sentence: str) -> None:
    assert _rows(sentence) == {("turnover", "CHN", "KHM", 1.5e10, None)}
