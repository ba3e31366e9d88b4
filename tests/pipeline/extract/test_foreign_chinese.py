"""Chinese pages (simplified and traditional) read through the English rules
(``pipeline.extract.chinese``, ``zh`` and ``zh_abbr`` rows of ``lexicon/foreign_words.csv``).

Every sentence here is made up, in the styles Chinese outlets write trade figures in: "前10个月,
中俄贸易额达1,860亿美元,同比增长12.5%", "1-9月", "1至9月", "第一季度", "上半年", amounts in 万 and
亿. Near misses: a Japanese page (kana) and an English page quoting Chinese names are not Chinese;
a month past 12, a count of months, a number without scale or currency stay as written; "其中" and
"中美洲" are no pair; the first character of a full name ("哈萨克斯坦") is no abbreviation.
"""

import datetime as dt

from pipeline.extract.foreign import gloss, language
from pipeline.ingest.segment import split_sentences
from tests.pipeline.extract.test_foreign import rows

D = dt.date


def test_language_of_a_chinese_page() -> None:
    simplified = "据海关统计，今年前10个月，中国与俄罗斯双边贸易额继续增长，两国经贸合作稳步推进。"
    assert language([simplified]) == "zh"
    traditional = "據海關統計，今年前10個月，中國與俄羅斯雙邊貿易額繼續增長，兩國經貿合作穩步推進。"
    assert language([traditional]) == "zh"
    # near misses: Japanese writes Han characters among kana (a page of its own, read by
    # ``japanese``, never as Chinese); an English page quotes a name
    japanese = "財務省によると、日本の中国への輸出は前年同期に比べて増加した。"
    assert language([japanese]) == "ja"
    english = "The trade between China and Russia rose, the customs office said, and the exports "
    assert language([english * 3 + "中国 俄罗斯"]) is None


def test_full_width_stops_end_sentences() -> None:
    def split(text: str) -> list[str]:
        return [text[s:e] for s, e in split_sentences(text)]

    assert split("中国对日本出口增长。进口下降！是否继续？") == [
        "中国对日本出口增长。",
        "进口下降！",
        "是否继续？",
    ]
    # near misses: a stop that ends the line makes no empty sentence; "3.5" is no stop
    assert split("出口增长3.5%。") == ["出口增长3.5%。"]


def test_chinese_amounts() -> None:
    assert gloss("12.5亿美元", "zh", False) == "1.25 billion US dollars"
    assert gloss("3,456万美元", "zh", False) == "34.56 million US dollars"
    assert gloss("1.2万亿元", "zh", False) == "1.2 trillion yuan"
    assert gloss("8万美元", "zh", False) == "80,000 US dollars"
    assert gloss("4.5億歐元", "zh", False) == "450 million euros"
    # near misses: a year and a number without scale or currency stay numbers
    assert gloss("2031年", "zh", False) == "2031"
    assert gloss("37家企业", "zh", False) == "37 家企业"


def test_chinese_calendar_words() -> None:
    assert gloss("2031年前10个月", "zh", False) == "the first 10 months of 2031"
    assert gloss("1-9月", "zh", False) == "January-September"
    assert gloss("2031年1至9月", "zh", False) == "January-September 2031"
    assert gloss("2031年第一季度", "zh", False) == "the first quarter of 2031"
    assert gloss("今年上半年", "zh", False) == "the first half of this year"
    assert gloss("今年前三季度", "zh", False) == "the first three quarters of this year"
    assert gloss("2031年9月", "zh", False) == "September 2031"
    # near misses: no month 13; a count of months is no month
    assert gloss("13月", "zh", False) == "13 月"
    assert gloss("10个月", "zh", False) == "10 个月"


def test_chinese_pairs_and_order() -> None:
    assert gloss("中柬贸易额", "zh", False) == "China-Cambodia trade"
    assert gloss("中国对俄罗斯出口", "zh", False) == "China's exports to Russia"
    assert gloss("中國自日本進口", "zh", False) == "China's imports from Japan"
    assert gloss("中国与越南贸易额", "zh", False) == "the trade between China and Vietnam"
    assert gloss("中国对柬直接投资", "zh", False) == "China's direct investment in Cambodia"
    # near misses: "其中" (among them) before "美元", "中美洲" (Central America), and "哈" starting
    # the full name "哈萨克斯坦" are no pair
    assert gloss("其中美元", "zh", False) == "among them US dollars"
    assert gloss("中美洲贸易", "zh", False) == "Central America trade"
    assert gloss("中非共和国贸易", "zh", False) == "Central African Republic trade"
    assert gloss("中非贸易", "zh", False) == "China-Africa trade"
    assert gloss("摩洛哥与葡萄牙贸易额", "zh", False) == "the trade between Morocco and Portugal"
    assert gloss("中国对哈萨克斯坦出口", "zh", False) == "China's exports to Kazakhstan"


def test_chinese_pair_level_change_and_period() -> None:
    got = rows(
        "中越经贸合作稳步推进\n"
        "据海关统计，2031年前10个月，中国与越南双边贸易额达312.5亿美元，同比增长12.5%。"
        "其中，中国对越南出口额为180.2亿美元，下降3.4%。"
    )
    level = got[31_250_000_000.0]
    assert level == ("turnover", "CHN", "VNM", "level", "USD", D(2031, 1, 1), D(2031, 10, 31))
    assert got[12.5][:5] == ("turnover", "CHN", "VNM", "pct_change", "percent")
    exports = got[18_020_000_000.0]
    assert exports == ("exports", "CHN", "VNM", "level", "USD", D(2031, 1, 1), D(2031, 10, 31))
    assert got[-3.4][:4] == ("exports", "CHN", "VNM", "pct_change")


def test_chinese_contracts_are_no_investment() -> None:
    got = rows(
        "中柬经贸合作稳步推进\n2031年，中国对柬直接投资2.7亿美元，新签承包工程合同额16.3亿美元，"
        "完成营业额9.8亿美元。"
    )
    assert got[270_000_000.0][:4] == ("investment", "KHM", "CHN", "level")
    # near miss: the value of construction contracts and their revenue are no investment
    assert 1_630_000_000.0 not in got
    assert 980_000_000.0 not in got


def test_chinese_change_verbs_and_yuan() -> None:
    assert gloss("出口增长了12.5%", "zh", False) == "exports rose 12.5%"
    assert gloss("贸易额增至1.5万亿元人民币", "zh", False) == "trade rose to 1.5 trillion yuan"
    assert gloss("中国对外贸易总额", "zh", False) == "China total foreign trade"
    # near misses: "人民币" alone is still the currency; "2031年全年" is the year
    assert gloss("人民币", "zh", False) == "yuan"
    assert gloss("2031年全年", "zh", False) == "2031"


def test_traditional_chinese_page() -> None:
    got = rows(
        "中泰經貿合作穩步推進\n"
        "據海關統計，2031年1至9月，中國與泰國貿易額為1,234.5億美元，增長了8.6%。"
    )
    level = got[123_450_000_000.0]
    assert level == ("turnover", "CHN", "THA", "level", "USD", D(2031, 1, 1), D(2031, 9, 30))
    assert got[8.6][:4] == ("turnover", "CHN", "THA", "pct_change")


def test_chinese_comparison_base() -> None:
    assert (
        gloss("较去年同期增长15.3%", "zh", False)
        == "compared with the same period last year rose 15.3%"
    )
    # near miss: "比较" (comparatively) is no comparison base
    assert gloss("比较稳定", "zh", False) == "比较稳定"


def test_chinese_qualifiers_and_our_country() -> None:
    assert gloss("出口逾12亿美元", "zh", False) == "exports over 1.2 billion US dollars"
    assert gloss("接近3亿美元", "zh", False) == "nearly 300 million US dollars"
    # near misses: "逾期" (overdue) is no qualifier; "我國" on a Taiwanese page is not China
    assert gloss("逾期", "zh", False) == "overdue"
    assert gloss("我國", "zh", False) == "我國"
    assert gloss("我国出口", "zh", False) == "China exports"


def test_more_one_character_partner_abbreviations() -> None:
    # round 31 (gu11's shape): "中斐贸易额" (China-Fiji trade), "中智" (Chile), "中秘" (Peru)
    assert gloss("2030年,中斐贸易额为3.03亿美元", "zh").startswith("2030, China-Fiji trade")
    got = rows("date 2031-02-01\n中智贸易\n2030年中智双边贸易额达到512亿美元,同比增长6.2%。\n")
    assert got[51.2e9][:3] == ("turnover", "CHN", "CHL")
    # near miss: "其中以" (among them, with ... as the main) names no partner
    assert "among them 以" in gloss("其中以机械为主。", "zh")
