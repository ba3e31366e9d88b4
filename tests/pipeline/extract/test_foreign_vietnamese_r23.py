"""Vietnamese trade-news vocabulary of round 23 (``vi`` rows of ``lexicon/foreign_words.csv``,
``pipeline.extract.vietnamese``): targets, investment, multiples, record and cumulative levels,
part-year and fiscal periods, currencies, and the country names the news writes.

Every sentence is made up; each kind is read end to end (flow, reporter/partner, period, status,
measure). Near misses: a share ("chiếm 12%") and a count of projects give no row; "từ năm 2020
đến năm 2030" is a span, not a target's horizon.
"""

import datetime as dt

import pytest

from pipeline.extract.foreign import gloss, language
from pipeline.extract.gloss_spans import as_written
from tests.pipeline.extract.test_extract import figures

D = dt.date
LEAD = (
    "Kim ngạch thương mại song phương giữa Việt Nam và Nhật Bản tăng mạnh, theo số liệu của "
    "Tổng cục Hải quan, và các doanh nghiệp có nhiều đơn hàng.\n"
)
COLS = ["flow", "reporter", "partner", "measure", "status", "unit", "value"]


def read(sentence: str) -> list[tuple]:
    """The rows of a Vietnamese page of LEAD and ``sentence``: fields and period, by value."""
    out = figures(LEAD + sentence)
    return [
        (*(getattr(r, c) for c in COLS), r.period_start, r.period_end)
        for r in out.sort_values("value").itertuples()
    ]


def test_target_wordings_are_targets() -> None:
    set_target = "Hai bên đặt mục tiêu nâng kim ngạch thương mại lên 10 tỷ USD vào năm 2030."
    assert gloss(set_target, "vi").startswith("the two sides set the target of raise the trade")
    row = ("turnover", "VNM", "JPN", "level", "target", "USD", 1e10)
    assert read(set_target) == [(*row, D(2030, 1, 1), D(2030, 12, 31))]
    strive = "Hai bên phấn đấu đưa kim ngạch thương mại song phương lên 10 tỷ USD đến năm 2030."
    assert read(strive) == [(*row, None, D(2030, 12, 31))]
    towards = "Hai nước hướng tới mục tiêu 10 tỷ USD kim ngạch thương mại đến năm 2030."
    assert read(towards) == [(*row, None, D(2030, 12, 31))]
    # near miss: the same figure reached is actual
    assert read("Năm 2031, kim ngạch thương mại đạt 10 tỷ USD.")[0][4] == "actual"


def test_by_year_is_a_horizon_but_a_from_to_span_stays() -> None:
    assert gloss("đến năm 2030", "vi") == "by 2030"
    assert gloss("từ năm 2020 đến năm 2030", "vi") == "from 2020 to 2030"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tổng vốn đầu tư của Nhật Bản vào Việt Nam đạt 71 tỷ USD.",
        "Vốn FDI của Nhật Bản vào Việt Nam đạt 71 tỷ USD.",
        "Các nhà đầu tư Nhật Bản đã đầu tư 71 tỷ USD vào Việt Nam.",
    ],
)
def test_investment_of_x_in_y_is_y_recipient_x_investor(sentence: str) -> None:
    assert read(sentence) == [
        ("investment", "VNM", "JPN", "level", "actual", "USD", 7.1e10, None, None)
    ]


def test_a_project_count_and_a_share_give_no_row() -> None:
    assert gloss("Nhật Bản có 5.000 dự án đầu tư tại Việt Nam.", "vi") == (
        "Japan has 5,000 investment projects in Vietnam."
    )
    assert read("Nhật Bản có 5.000 dự án đầu tư tại Việt Nam.") == []
    share = "Kim ngạch xuất khẩu của Việt Nam sang Nhật Bản chiếm 12% tổng kim ngạch xuất khẩu."
    assert "accounted for 12%" in gloss(share, "vi")
    assert read(share) == []


def test_record_level_and_growth() -> None:
    got = read(
        "Trong năm 2031, kim ngạch thương mại giữa Việt Nam và Nhật Bản đạt mức kỷ lục 50 tỷ USD, "
        "tăng trưởng 8%."
    )
    year = (D(2031, 1, 1), D(2031, 12, 31))
    assert got == [
        ("turnover", "VNM", "JPN", "pct_change", "actual", "percent", 8.0, *year),
        ("turnover", "VNM", "JPN", "level", "actual", "USD", 5e10, *year),
    ]


def test_worth_and_a_fall() -> None:
    got = read(
        "Kim ngạch xuất khẩu của Việt Nam sang Nhật Bản trong năm 2031 trị giá 50 tỷ USD, "
        "sụt giảm 8%."
    )
    assert [r[3:7] for r in got] == [
        ("pct_change", "actual", "percent", -8.0),
        ("level", "actual", "USD", 5e10),
    ]


def test_multiples_double_and_times() -> None:
    doubled = "Năm 2031 vừa qua, kim ngạch thương mại giữa Việt Nam và Nhật Bản tăng gấp đôi."
    assert read(doubled) == [
        (
            "turnover",
            "VNM",
            "JPN",
            "multiple",
            "actual",
            "times",
            2.0,
            D(2031, 1, 1),
            D(2031, 12, 31),
        )
    ]
    tripled = "Năm 2031, kim ngạch thương mại giữa Việt Nam và Nhật Bản tăng gấp 3 lần."
    assert gloss(tripled, "vi").endswith("up 3 times.")
    assert read(tripled)[0][3:7] == ("multiple", "actual", "times", 3.0)


def test_a_rewrite_without_digits_keeps_a_written_span() -> None:
    original = "Thương mại giữa Việt Nam và Ấn Độ tăng gấp đôi."
    glossed = gloss(original, "vi")
    start = glossed.index("doubled")
    a, b = as_written(original, glossed, start, start + len("doubled"))
    assert original[a:b].strip() and b <= len(original)


@pytest.mark.parametrize(
    ("period", "start", "end"),
    [
        ("Tính đến hết tháng 9 năm 2031", D(2031, 1, 1), D(2031, 9, 30)),
        ("Lũy kế đến hết tháng 9/2031", D(2031, 1, 1), D(2031, 9, 30)),
        ("Trong nửa đầu năm 2031", D(2031, 1, 1), D(2031, 6, 30)),
        ("Trong 6 tháng đầu năm 2031", D(2031, 1, 1), D(2031, 6, 30)),
        ("Trong quý II/2031", D(2031, 4, 1), D(2031, 6, 30)),
        ("Trong tháng 12/2031", D(2031, 12, 1), D(2031, 12, 31)),
        ("Trong năm 2031 vừa qua", D(2031, 1, 1), D(2031, 12, 31)),
        ("Trong năm tài chính 2031", D(2031, 4, 1), D(2032, 3, 31)),  # Japan's fiscal year
    ],
)
def test_periods(period: str, start: dt.date, end: dt.date) -> None:
    sentence = f"{period}, xuất khẩu của Việt Nam sang thị trường Nhật Bản đạt 18 tỷ USD."
    assert read(sentence) == [
        ("exports", "VNM", "JPN", "level", "actual", "USD", 1.8e10, start, end)
    ]


def test_this_year_first_months() -> None:
    assert gloss("6 tháng đầu năm nay", "vi") == "the first 6 months of this year"


@pytest.mark.parametrize(
    ("amount", "unit", "value"),
    [
        ("12 tỷ Yên", "JPY", 1.2e10),
        ("12 tỷ Nhân dân tệ", "CNY", 1.2e10),
        ("12 tỷ Won", "KRW", 1.2e10),
        ("12 tỷ Euro", "EUR", 1.2e10),
        ("12.000 tỷ đồng", "VND", 1.2e13),
        ("12 nghìn tỷ đồng", "VND", 1.2e13),
        ("12 tỷ đô la Mỹ", "USD", 1.2e10),
    ],
)
def test_currencies(amount: str, unit: str, value: float) -> None:
    got = read(f"Trong năm 2031, xuất khẩu của Việt Nam sang Nhật Bản đạt {amount}.")
    assert [r[5:7] for r in got] == [(unit, value)]


@pytest.mark.parametrize(
    ("name", "iso"),
    [
        ("Hoa Kỳ", "USA"),
        ("Mỹ", "USA"),
        ("Nga", "RUS"),
        ("Liên bang Nga", "RUS"),
        ("Hàn Quốc", "KOR"),
        ("Ấn Độ", "IND"),
        ("Thổ Nhĩ Kỳ", "TUR"),
        ("Đức", "DEU"),
        ("Pháp", "FRA"),
        ("Anh", "GBR"),
        ("Úc", "AUS"),
        ("Australia", "AUS"),
        ("Trung Quốc", "CHN"),
        ("Đài Loan", "TWN"),
        ("Lào", "LAO"),
        ("Campuchia", "KHM"),
        ("Thái Lan", "THA"),
        ("Indonesia", "IDN"),
        ("Philippines", "PHL"),
        ("Philippin", "PHL"),
        ("Ả Rập Xê-út", "SAU"),
        ("Ả Rập Saudi", "SAU"),
        ("UAE", "ARE"),
        ("Các Tiểu vương quốc Ả Rập Thống nhất", "ARE"),
        ("Braxin", "BRA"),
        ("Ucraina", "UKR"),
        ("Thụy Sỹ", "CHE"),
    ],
)
def test_country_names(name: str, iso: str) -> None:
    got = read(f"Trong năm 2031, xuất khẩu của Việt Nam sang {name} đạt 3 tỷ USD.")
    assert [r[:3] for r in got] == [("exports", "VNM", iso)]


@pytest.mark.parametrize(("name", "iso"), [("EU", "EU"), ("Liên minh châu Âu", "EU")])
def test_blocs(name: str, iso: str) -> None:
    got = read(f"Trong năm 2031, xuất khẩu của Việt Nam sang {name} đạt 3 tỷ USD.")
    assert [r[:3] for r in got] == [("exports", "VNM", iso)]


def test_anh_in_a_person_name_stays() -> None:
    # "Anh" is glossed only after a preposition or "nước": a person's name keeps it
    assert gloss("ông Tuấn Anh cho biết", "vi") == "ông Tuấn Anh said"
    assert gloss("xuất khẩu sang Anh", "vi") == "exports to the United Kingdom"


def test_other_languages_are_not_vietnamese() -> None:
    english = "The two sides set a target of raising the trade to 10 billion USD by 2030, and "
    assert language([english * 3]) is None
    russian = "Стороны поставили цель довести товарооборот до 10 млрд долларов к 2030 году, и это"
    assert language([russian]) != "vi"
    bulgarian = "Двете страни си поставиха цел търговията да достигне 10 млрд. долара до 2030 г."
    assert language([bulgarian]) != "vi"


def test_of_which_splits_a_pair_total_and_its_exports() -> None:
    got = read(
        "Năm 2031, kim ngạch thương mại hai chiều giữa Việt Nam và Nhật Bản đạt 50 tỷ USD, trong "
        "đó xuất khẩu của Việt Nam sang Nhật Bản đạt 30 tỷ USD."
    )
    assert [r[:3] + r[6:7] for r in got] == [
        ("exports", "VNM", "JPN", 3e10),
        ("turnover", "VNM", "JPN", 5e10),
    ]


def test_attracted_fdi_from_x_and_colloquial_dollars() -> None:
    got = read("Năm 2031, Việt Nam thu hút 20 tỷ USD vốn FDI từ Hàn Quốc.")
    assert [r[:7] for r in got] == [("investment", "VNM", "KOR", "level", "actual", "USD", 2e10)]
    assert gloss("120 tỷ đô", "vi") == "120 billion dollars"
    assert gloss("120 tỷ đô la Mỹ", "vi") == "120 billion US dollars"
    assert gloss("Tổng thống Mỹ", "vi") == "President United States"


def test_loans_aid_and_contracts_are_not_figures() -> None:
    assert read("Vốn ODA của Nhật Bản cho Việt Nam đạt 30 tỷ USD.") == []
    assert read("Khoản vay của Nhật Bản cho Việt Nam đạt 3 tỷ USD.") == []
    assert read("Hai bên ký kết hợp đồng trị giá 2 tỷ USD.") == []
