"""Round 56 kind: a goal or forecast in a glossed language's own grammar read as an actual.
Seen on dev pages of five outlets in five languages: hv06 bisnis (id: a plan word before a
tenseless verb, "ditargetkan naik menjadi": "is targeted rose to"), hv08 searchina (ja: the goal
word after the amount and its bracketed yen conversion), ig02 marsalqatar (ar: "توقع <subject>
أن تتجاوز", the expectation verb before its subject), ii06 punjabkesari (hi: "<amount> तक ले जाने
की प्रतिबद्धता", a commitment after the amount), ii09 sggp (vi: "dự báo", forecast). Each test
builds the language's paradigm, not the page's form: the sentences are made up, with other pairs,
amounts and years, and use forms no dev page uses (the future prefix "س"/"سوف" and "أن" with
other verbs in Arabic; "diharapkan meningkat", "akan melampaui", "bisa mencapai" in Indonesian;
"sẽ tăng lên", "kỳ vọng", "có thể vượt" in Vietnamese; the future "पहुंच जाएगी", "तक पहुंचने
की उम्मीद", "करने का लक्ष्य" in Hindi; a plan or forecast word after the amount at the end of a
Japanese sentence, "に拡大する計画だ", "を超えると予想されている")."""

from tests.pipeline.extract.test_extract import figures


def _status(text: str) -> dict[float, str]:
    return {r["value"]: r["status"] for r in figures(text).to_dict("records")}


def test_arabic_future_prefix_and_subjunctive_are_targets() -> None:
    got = _status(
        " date 2029-04-15\nالتجارة بين مصر والهند\n\nقال الوزير إن حجم التجارة بين مصر والهند "
        "سيرتفع إلى 20 مليار دولار. وسوف تبلغ الصادرات المصرية إلى الهند 7 مليارات دولار. "
        "ويتوقع الخبراء أن تتجاوز الواردات المصرية من الهند 9 مليارات دولار. وبلغ حجم التجارة "
        "بين مصر والهند 14 مليار دولار في 2028.\n"
    )
    assert got[20e9] == "target"
    assert got[7e9] == "target"
    assert got[9e9] == "target"
    assert got[14e9] == "actual"


def test_arabic_but_ends_the_goal_clause() -> None:
    got = _status(
        " date 2029-04-15\nالتجارة بين مصر والهند\n\nكان الهدف المتوقع لحجم التجارة بين مصر "
        "والهند 10 مليارات دولار، إلا أنه في عام 2028 بلغ حجم التجارة بين مصر والهند 11 مليار "
        "دولار.\n"
    )
    assert got[11e9] == "actual"


def test_indonesian_plan_word_before_a_tenseless_verb() -> None:
    got = _status(
        " date 2029-04-15\nPerdagangan Indonesia\n\nPerdagangan antara Indonesia dan Jepang "
        "diharapkan meningkat menjadi 40 miliar dolar AS tahun depan. Perdagangan Indonesia dan "
        "Korea akan melampaui 25 miliar dolar AS tahun depan. Ekspor Indonesia ke India bisa "
        "mencapai 20 miliar dolar AS. Perdagangan Indonesia dan China naik menjadi 130 miliar "
        "dolar AS pada 2028.\n"
    )
    assert got[40e9] == "target"
    assert got[25e9] == "target"
    assert got[20e9] == "target"
    assert got[130e9] == "actual"


def test_vietnamese_forecast_and_future_words() -> None:
    got = _status(
        " date 2029-04-15\nThương mại Việt Nam\n\nBộ Công Thương kỳ vọng kim ngạch thương mại "
        "giữa Việt Nam và Hàn Quốc sẽ tăng lên 150 tỷ USD vào năm 2030. Các chuyên gia dự báo "
        "năm 2030 xuất khẩu của Việt Nam sang Nhật Bản có thể vượt mốc 40 tỷ USD. Kim ngạch "
        "thương mại giữa Việt Nam và Mỹ năm 2028 đạt 130 tỷ USD.\n"
    )
    assert got[150e9] == "target"
    assert got[40e9] == "target"
    assert got[130e9] == "actual"


def test_hindi_goal_and_future_after_the_amount() -> None:
    got = _status(
        " date 2029-04-15\nभारत व्यापार\n\nभारत और जापान के बीच व्यापार 2030 तक 80 अरब डॉलर तक "
        "पहुंच जाएगा। भारत और रूस का व्यापार 90 अरब डॉलर तक पहुंचने की उम्मीद है। दोनों देशों ने "
        "भारत और ब्राजील के व्यापार को 30 अरब डॉलर करने का लक्ष्य रखा है। वर्ष 2028 में भारत और "
        "चीन के बीच व्यापार 120 अरब डॉलर तक पहुंच गया।\n"
    )
    assert got[80e9] == "target"
    assert got[90e9] == "target"
    assert got[30e9] == "target"
    assert got[120e9] == "actual"


def test_japanese_plan_or_forecast_word_ends_the_sentence() -> None:
    got = _status(
        " date 2029-04-15\n日本 貿易\n\n日本とタイの貿易額を2030年までに800億ドルに拡大する計画だ。"
        "日本からインドへの輸出は2031年に300億ドルを超えると予想されている。"
        "日本と中国の貿易額は2028年に3000億ドルだった。\n"
    )
    assert got[80e9] == "target"
    assert got[30e9] == "target"
    assert got[300e9] == "actual"


def test_japanese_goal_after_a_bracketed_conversion() -> None:
    got = _status(
        " date 2029-04-15\n日本 貿易\n\n日本とタイは、2031年の両国間の貿易額で900億ドル(約12兆円)の実現を"
        "目標としている。\n"
    )
    assert got[90e9] == "target"


def test_near_miss_english_amount_then_bracket_then_past_verb_stays_actual() -> None:
    got = _status(
        "Trade news\n\nTrade between Chile and Peru reached $5 billion (about €4.6 billion) in "
        "2028 after three years of steady growth in both directions; the goal is higher.\n"
    )
    assert got[5e9] == "actual"


def test_near_miss_english_expects_then_past_figure_stays_actual() -> None:
    got = _status(
        "Trade news\n\nThe ministry expects more growth. Trade between Chile and Peru reached "
        "$5 billion in 2028.\n"
    )
    assert got[5e9] == "actual"
