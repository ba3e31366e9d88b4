"""Round 38 (the fresh pages' kinds): "in that period" after a sentence that names a period and
no figure (fw24); a country's one-sided exports after a change of the pair's exports with no
level yet (hi04); a Vietnamese page whose "so cùng kỳ" (compared with the same period) was
counted as Slovenian "so", and the page left unglossed (hj14). Made-up pages; near misses keep
their reading."""

from pipeline.extract.page_language import language
from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    return {
        (r.flow, r.reporter, r.partner, r.measure, r.value, str(r.period_start), str(r.period_end))
        for r in figures(text).itertuples()
    }


def test_in_that_period_is_the_period_the_figureless_sentence_before_named() -> None:
    got = _rows(
        "Peru's statistics office published a breakdown of its trade with Kenya for 2030. Peru's "
        "exports to Kenya reached $43.9 million in that period.\n"
    )
    assert got == {("exports", "PER", "KEN", "level", 43.9e6, "2030-01-01", "2030-12-31")}, got


def test_during_this_period_takes_a_part_year_named_before() -> None:
    got = _rows(
        "date 2031-09-01\nThe ministry released data on Peru's trade with Kenya for the first half "
        "of 2031. During this period, Peru's imports from Kenya rose to $12 million.\n"
    )
    assert got == {("imports", "PER", "KEN", "level", 12e6, "2031-01-01", "2031-06-30")}, got


def test_polish_w_tym_okresie() -> None:
    got = _rows(
        "Główny Urząd Statystyczny opracował zestawienie handlu Polski z Ukrainą za 2030 r. Urząd "
        "podał, że eksport do Ukrainy osiągnął w tym okresie wartość 1,7 mld zł, a import "
        "wyniósł 0,9 mld zł.\n"
    )
    assert ("exports", "POL", "UKR", "level", 1.7e9, "2030-01-01", "2030-12-31") in got, got


def test_in_that_period_with_no_period_named_before_keeps_the_main_period() -> None:
    # near miss: the sentence before names none; the page's main period (the last figure's)
    got = _rows(
        "date 2031-09-01\nPeru's exports to Kenya were $40 million in 2029. Ministers met in "
        "Lima. Peru's imports from Kenya reached $12 million in that period.\n"
    )
    assert ("imports", "PER", "KEN", "level", 12e6, "2029-01-01", "2029-12-31") in got, got


_EXPORTS_PAGE = (
    "Peru's Exports to Kenya Post Best Run\n\nIn the last five years, Peru has lifted its exports "
    "to Kenya by almost $210m.\n\nIn 2029 Peru exported goods worth {amount}, "
    "the trade ministry said.\n"
)


def test_one_sided_exports_after_a_change_of_the_pairs_exports_continue_the_pair() -> None:
    got = _rows(_EXPORTS_PAGE.format(amount="$80m"))
    assert ("exports", "PER", "KEN", "level", 80e6, "2029-01-01", "2029-12-31") in got, got


def test_one_sided_exports_far_above_the_change_stay_a_world_total() -> None:
    # near miss: $9.5bn is no part of a trade that moved by $210m: Peru's exports to the world
    got = _rows(_EXPORTS_PAGE.format(amount="$9.5bn"))
    assert all(r[4] != 9.5e9 for r in got), got


_VIETNAMESE = (
    "date 2031-08-14\nSố liệu của Bộ Công thương cho thấy Thái Lan là bạn hàng lớn của Việt Nam, "
    "với thương mại hai nước tăng 12% so cùng kỳ.\n\nTrong nửa đầu năm nay, kim ngạch song phương "
    "đạt 9 tỉ USD; phần xuất khẩu Việt sang Thái là 3,1 tỉ USD, tăng 9% so cùng kỳ, còn chiều "
    "Thái sang Việt gần 5,9 tỉ USD, tăng 4% so cùng kỳ.\n"
)


def test_a_vietnamese_page_writing_so_cung_ky_is_vietnamese() -> None:
    assert language(_VIETNAMESE.split("\n")) == "vi"


def test_vietnamese_short_names_and_directions() -> None:
    got = _rows(_VIETNAMESE)
    assert ("turnover", "THA", "VNM", "level", 9e9, "2031-01-01", "2031-06-30") in got, got
    assert ("exports", "VNM", "THA", "level", 3.1e9, "2031-01-01", "2031-06-30") in got, got
    assert ("exports", "THA", "VNM", "level", 5.9e9, "2031-01-01", "2031-06-30") in got, got


def test_a_slovenian_page_is_still_left_unglossed() -> None:
    # near miss: Slovenian keeps its other function words
    text = (
        "Izvoz v Kenijo je lani znašal 40 milijonov evrov, kot je sporočil urad, ki je tudi "
        "povedal, da bo leta 2031 rasel, ker se povpraševanje krepi, pa tudi glede cen."
    )
    assert language([text]) is None
