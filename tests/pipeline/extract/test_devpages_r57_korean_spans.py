"""Round 57, kind: a Korean figure read with the wrong amount, period or pair. Dev pages: the
ones below the last scale written in digits after it ("55만1000달러", "1만8705배": ix10 hanintoday
read 1000 and 8705), a level "was X but [became] Y" with each amount's own year ("1965년 120만
달러였으나 지난해에는 66억4000만 달러로", "1992년 63억7911만 달러였으나 지난해 ...": ib04 donga,
ii01 etoday, ix10 read the years crosswise), a from-to's "to" glossed away as an amount's "로"
(ib04's imports), a pair abbreviated without a mark ("한중 간 교역", ii01), a partner in Latin
capitals after the prefix 대 ("대(對) EU 수출", ix11 sedaily read the EU the exporter), goods
named by the passive participle ("한국으로 수입된 EU 상품", ix11: no row), a statement sourced to
two bodies joined by 와/과 ("산업통상부와 한국무역협회에 따르면", hl10 sbs and ix07 imaeil: no
source), a prefixed flow joined to the next by 과 ("대베트남 수출과 수입", ix07), a title's
currency counted as the United States ("... 310억 달러로 커져" glossed "US dollars", ix07 read
Vietnam-US).

Built for the language, not the pages: the ones after every scale (만, 억, 조, 천), the past-state
endings 였으나/이었으나/였지만/에 불과했으나/에 그쳤으나/에 머물던 with 에는/는/엔 on the second year, every
short name pair of ``_SHORT`` before a word of relations, every Latin-capital name the gazetteer
knows after 대 and before a particle, both participles (수입된, 수출된), every body row before 와/과.

Every sentence is made up, with forms no dev page uses (3만2000달러, 12만8968배, 한일, 그쳤으나,
GCC, ASEAN과, 일본으로 수출된, 관세청과 무역협회).
"""

from __future__ import annotations

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


def _rows(text: str, title: str = "Trade") -> list[tuple]:
    out = figures(f" date 2031-09-01\n{title}\n\n{text}\n")
    return [
        (
            r["flow"],
            r["reporter"],
            r["partner"],
            str(r["period_start"]),
            r["measure"],
            float(r["value"]),
        )
        for r in out.to_dict("records")
    ]


def test_ones_after_the_last_scale_join_the_amount() -> None:
    assert "32000 US dollars" in gloss("3만2000달러", "ko", commas=False)
    assert "128968 times" in gloss("12만8968배로 늘었다", "ko", commas=False)
    assert "4.300825 billion" in gloss("43억82만5000달러", "ko", commas=False)


@pytest.mark.parametrize(
    "text",
    [
        "5만12345달러",  # five digits: no ones below 만
        "3만 2000명",  # a space: two numbers
        "3억2000달러",  # after 억: no ones (a 만 count left out is likelier)
    ],
)
def test_not_ones_of_the_scale(text: str) -> None:
    assert "32000" not in gloss(text, "ko", commas=False)
    assert "62345" not in gloss(text, "ko", commas=False)
    assert "300002000" not in gloss(text, "ko", commas=False)


def test_was_then_with_years_and_multiple() -> None:
    rows = _rows(
        "한일 간 교역 규모는 1970년 3만2000달러에 그쳤으나 2030년 412억7000만달러로 12만8968배로 커졌다."
    )
    assert ("turnover", "KOR", "JPN", "1970-01-01", "level", 32000.0) in rows
    assert ("turnover", "KOR", "JPN", "2030-01-01", "level", 41270000000.0) in rows
    assert ("turnover", "KOR", "JPN", "2030-01-01", "multiple", 128968.0) in rows


def test_same_period_from_to_keeps_to() -> None:
    text = "같은 기간 일본으로부터의 수입은 420만 달러에서 31억2000만 달러로 확대됐다."
    assert "from 4.2 million US dollars to 3.12 billion US dollars" in gloss(text, "ko")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("한일 간 교역", "South Korea-Japan trade"),
        ("한러 교역은", "South Korea-Russia trade"),
        ("올해 1~3월 한국의 대(對) GCC 수출은", "exports to GCC"),
        ("한국의 대ASEAN 수입은", "imports from ASEAN"),
        ("한국과 ASEAN의 교역", "ASEAN's"),
        ("일본으로 수출된 한국 제품은", "South Korea's exports to Japan"),
        ("중국으로 수입된 호주 상품은", "China's imports from Australia"),
        ("관세청과 무역협회에 따르면", "according to the customs service and"),
        ("대일 수출과 수입이 늘었다", "exports to Japan and imports"),
    ],
)
def test_sides_and_sources(text: str, expected: str) -> None:
    assert expected in gloss(text, "ko")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("미중 갈등이 커졌다", "미중"),  # no word of trade relations after the pair
        ("대 FTA 수출", "대 FTA"),  # an agreement, no economy
        ("한국으로 수입된 원유는", "수입된"),  # no goods noun: no owner to read
    ],
)
def test_near_misses_stay(text: str, kept: str) -> None:
    assert kept in gloss(text, "ko")


def test_passive_import_row() -> None:
    rows = _rows("올해 1분기 일본으로 수입된 한국 상품은 52억 달러로 3.1% 늘었다.")
    assert ("exports", "KOR", "JPN", "2031-01-01", "level", 5.2e9) not in rows  # imports side
    assert any(r[:3] == ("imports", "JPN", "KOR") and r[5] == 5.2e9 for r in rows)


def test_title_currency_is_no_page_country() -> None:
    title = "대인도 수출 늘어…흑자 120억 달러로 커져"
    text = "지난해 한국의 대인도 수출은 210억 달러로 늘었다. 양국 간 교역액은 290억 달러였다."
    rows = _rows(text, title)
    assert any(r[:3] == ("turnover", "KOR", "IND") and r[5] == 2.9e10 for r in rows)


def test_growth_rate_second_to_another() -> None:
    """ix07 imaeil's "A는 7.6%로, B(44.4%) 다음으로 높았다" with another flow and other names."""
    text = "올해 국가별 수입 증가율에서도 인도는 12.3%로, 원유 도입이 늘어난 사우디(30.5%) 다음으로 컸다."
    assert (
        "imports from India rose 12.3%, second only to imports from Saudi Arabia (30.5%)"
        in gloss(text, "ko")
    )


def test_prefixed_investment_without_owner_is_korean() -> None:
    """ix09 buyrussia21's "대(對)우즈베크 총투자액은" with another short name: no owner written, the
    prefix's "towards" said from Korea; an economy named before keeps its own."""
    assert "South Korea's investment in Kazakhstan" in gloss("2030년 말 대카자흐 총투자액은", "ko")
    assert "South Korea's" not in gloss("일본 기업의 대카자흐 투자는", "ko")
    assert "South Korea's" not in gloss("대카자흐 수출은", "ko")  # trade: the page's side
