"""Round 51 hunt (hunt51c, non-English pages), kind G4 "Egyptian final ى for ي": Egyptian
outlets write a word's final "ي" as "ى" ("حجم التبادل التجارى", "فى عام"), and a phrase row spelt
with "ي" left such a sentence's flow word unread, so its figure was lost. 1 of 28 hunted pages
(akhbaar-mesr) and 2 dev pages of two more Egyptian outlets (hz02, hw02). The rows are read in
both spellings (``foreign_table._arabic_forms``). Made-up sentences, figures and pairs."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2030-06-30") -> set[tuple]:
    out = figures(f" date {date}\nمصر وتونس\n\n{text}\n")
    return {(r.flow, r.measure, r.value, str(r.period_start)) for r in out.itertuples()}


def test_trade_volume_in_egyptian_spelling() -> None:
    got = _rows(
        "أعلن الجهاز المركزى أن حجم التبادل التجارى بين مصر وتونس وصل إلى 2.3 مليار دولار خلال عام 2029."
    )
    assert ("turnover", "level", 2.3e9, "2029-01-01") in got


def test_trade_volume_with_egyptian_in() -> None:
    got = _rows(
        "بلغ حجم التبادل التجارى بين مصر وتونس 870 مليون دولار فى عام 2029 مقابل 790 مليون دولار فى عام 2028."
    )
    assert ("turnover", "level", 8.7e8, "2029-01-01") in got
    assert ("turnover", "level", 7.9e8, "2028-01-01") in got


def test_near_miss_standard_spelling_unchanged() -> None:
    # near miss: the standard spelling was read before and still is
    got = _rows(
        "بلغ حجم التبادل التجاري بين مصر وتونس 870 مليون دولار في عام 2029، مقابل 790 مليون"
        " دولار في عام 2028."
    )
    assert got == {
        ("turnover", "level", 8.7e8, "2029-01-01"),
        ("turnover", "level", 7.9e8, "2028-01-01"),
    }
