"""Round 37: Korean "관세청" is a customs office, any country's ("관세청 집계로는 수출이 88억달러"
on a page about Mongolia's trade is Mongolia's customs): glossed without a country, so it makes
no Korean side of a world total; a pair joined by a middle dot before any word ("한·칠레 FTA
발효 이후 교역량은 ...", Korea-Chile) is read as the pair. Made-up sentences."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, title: str) -> set[tuple]:
    out = figures(f"date 2031-01-22\n{title}\n{text}\n")
    return {(r.flow, frozenset((r.reporter, r.partner)), r.value) for r in out.itertuples()}


def test_customs_of_another_country_make_no_korean_side() -> None:
    got = _rows(
        "몽골의 대외 무역 총액은 올해 1월부터 11월까지 150억 달러에 이르렀다. 관세청 집계로는 수출이"
        " 88억 달러, 수입이 62억 달러다.",
        "몽골 무역",
    )
    assert not any("KOR" in r[1] for r in got)


def test_a_dot_pair_before_any_word_is_the_pair() -> None:
    got = _rows(
        "관세청 자료를 보면 한·칠레 FTA가 발효된 이후 교역량은 1년전보다 30.8% 불어난 67억달러로"
        " 집계됐습니다.",
        "한국 칠레",
    )
    assert ("turnover", frozenset(("KOR", "CHL")), 6.7e9) in got


def test_gloss() -> None:
    from pipeline.extract.foreign import gloss

    assert "South Korea-Chile FTA" in gloss("한·칠레 FTA가 발효됐다", "ko")
    assert "Korea" not in gloss("관세청 집계로는 수출이 늘었다", "ko")
    # near miss: a dot between words that name no economies stays
    assert "·" in gloss("수출·수입 모두 늘었다", "ko")
