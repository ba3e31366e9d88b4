"""Round 55, kind: a change of a count of people is no trade figure (NOTES: counts are not
figures), also when the people are named by a demonym and the count stands before the change
("more than 32,000 Colombians reached Mexico, a rise of 15.3%"; Spanish "más de 32 mil
colombianos llegaron") or the people come right after it ("ten percent more Austrian guests";
German "um zehn Prozent mehr österreichische Gäste") (``quantities.counts_people``). Dev pages
where the kind occurs: hr05 (unotv, Spanish), ia06 (kleinezeitung, German), and ih07 (arecoa,
Spanish: "the travelers ... totaled 67,818, 18 percent more", already dropped by the older
people-word rule): three pages, three outlets. Made-up sentences (other pairs). Near miss: a
demonym that does not head its noun ("20% more Slovenian wine") is no count of people.
"""

from __future__ import annotations

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple[str, float]]:
    return {(r["measure"], float(r["value"])) for r in figures(text).to_dict("records")}


def test_demonym_count_before_its_change_is_no_row() -> None:
    text = (
        "date 2015-03-05\nPeru and Chile\n\nTrade between Peru and Chile rose 12% in 2014 to $6 "
        "billion. In January more than 41,000 Peruvians arrived in Chile, a rise of 17.2% "
        "compared to the same month of 2014."
    )
    assert ("pct_change", 17.2) not in _rows(text)


def test_percent_more_demonym_people_after_is_no_row() -> None:
    text = (
        "date 2019-01-05\nHungary and Slovakia\n\nTrade between Hungary and Slovakia rose 12% in "
        "2018 to 6 billion euros. The director said that eleven percent more Hungarian guests "
        "came to Slovakia."
    )
    assert ("pct_change", 11.0) not in _rows(text)


def test_near_miss_demonym_before_goods_stays() -> None:
    text = (
        "date 2019-01-05\nHungary and Slovakia\n\nTrade between Hungary and Slovakia rose 12% in "
        "2018 to 6 billion euros. Hungary sold 20% more Slovak wine."
    )
    assert ("pct_change", 20.0) in _rows(text)
