"""Round 47, kind: a change of a count of things is no trade figure (NOTES: counts are not
figures), whatever flow word the counted things carry.

"The number of Vietnamese firms exporting to Bangladesh rose 7.4%", "the count of Portuguese firms
exporting to Morocco grew by 17% to 1,239": the count ("the/its/their number of", "count of")
heads the change's clause with no money or value word after it (:func:`~.quantities.counts_things`);
"a number of countries" is "several", no count. Other languages' word for it is glossed
(``foreign_words.csv``: "die Zahl", "el número de", "le nombre de", "количество", "số lượng"), and
German "Gäste" is guests, a count of people (``people_count``).

Made-up sentences, made-up figures; near misses keep their rows."""

import pytest

from tests.pipeline.extract.test_extract import figures

_YEAR = ("2030-01-01", "2030-12-31")


def _rows(text: str, head: str = "date 2031-02-10\nTrade news\n\n") -> set[tuple]:
    out = figures(f"{head}{text}\n")
    return {
        (r.flow, r.reporter, r.partner, str(r.period_start), str(r.period_end), r.measure, r.value)
        for r in out.itertuples()
    }


_EXPORTS_UP = {("exports", "VNM", "BGD", *_YEAR, "pct_change", 7.4)}


@pytest.mark.parametrize(
    ("text", "head", "expected"),
    [
        (  # English: "the number of" firms exporting
            "In 2030 the number of Thai firms exporting to Kenya rose 11.2%.",
            "date 2031-02-10\nTrade news\n\n",
            set(),
        ),
        (  # English: "the count of", the change reaching a bare count
            "Between 2026 and 2030, the count of Chilean companies importing from Japan grew by "
            "23% to 2,481.",
            "date 2031-02-10\nTrade news\n\n",
            set(),
        ),
        (  # Vietnamese: "số lượng" (the number of) firms exporting, glossed "the number of"
            "Năm 2030, số lượng doanh nghiệp Thái Lan xuất khẩu sang Kenya tăng 11,2% so với năm "
            "trước.",
            "date 2031-02-10\nThương mại\n\n",
            set(),
        ),
        (  # a count doubled beside the value's own change (the change stays)
            "In 2030 the number of firms exporting to Bangladesh doubled, and Vietnam's exports to "
            "Bangladesh rose 7.4%.",
            "date 2031-02-10\nTrade news\n\n",
            _EXPORTS_UP,
        ),
        (  # near miss: the value of the exports is no count
            "In 2030 the value of Vietnam's exports to Bangladesh rose 7.4%.",
            "date 2031-02-10\nTrade news\n\n",
            _EXPORTS_UP,
        ),
        (  # near miss: "a number of" countries is several, the change is the exports'
            "In 2030 Vietnam's exports to a number of African countries rose, and those to "
            "Bangladesh rose 7.4%.",
            "date 2031-02-10\nTrade news\n\n",
            _EXPORTS_UP,
        ),
    ],
)
def test_counts(text: str, head: str, expected: set[tuple]) -> None:
    assert _rows(text, head) == expected
