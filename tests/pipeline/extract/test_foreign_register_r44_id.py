"""Round 44: the Indonesian (and Malay, read as ``id``) trade-news register, glossed as a vocabulary
(``id`` rows of ``foreign_words.csv`` and :mod:`pipeline.extract.indonesian`): change and level
verbs in their me-, ber-, ter- forms ("melonjak", "bertambah", "terkontraksi", "anjlok",
"meningkat dua kali lipat", "melonjak dari ... menjadi ..."), time words ("sembilan bulan pertama
2031", "triwulan ketiga", "kuartal III/2030", "semester II", "paruh pertama", "hingga Oktober",
"pada tahun sebelumnya", "di tahun lalu", "tahun berjalan", "bulan lalu", "periode 2028 hingga
2030"), flows and measures ("perdagangan bilateral", "perdagangan dua arah", "penanaman modal",
"impor asal"), sides ("kedua belah pihak"), hedges ("lebih dari", "kurang dari") and targets
("hingga 2035"). Made-up sentences; near misses keep a word unread where it is no time or change
word."""

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures

KEN = ("IDN", "KEN")


def _rows(text: str, date: str = "2031-11-20", title: str = "Indonesia dan Kenya") -> set[tuple]:
    out = figures(f"date {date}\n{title}\n\n{text}\n")
    return {
        (r.flow, r.reporter, r.partner, str(r.period_start), str(r.period_end), r.value, r.unit)
        for r in out.itertuples()
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ekspor Indonesia ke Kenya pada 2030 melonjak 37 persen.",
            ("exports", *KEN, "2030-01-01", "2030-12-31", 37.0, "percent"),
        ),
        (
            "Ekspor Indonesia ke Kenya pada 2030 meroket 41 persen.",
            ("exports", *KEN, "2030-01-01", "2030-12-31", 41.0, "percent"),
        ),
        (
            "Ekspor Indonesia ke Kenya pada 2030 bertambah 9 persen.",
            ("exports", *KEN, "2030-01-01", "2030-12-31", 9.0, "percent"),
        ),
        (
            "Impor Indonesia dari Kenya pada 2030 anjlok 14 persen menjadi US$186 juta.",
            ("imports", *KEN, "2030-01-01", "2030-12-31", -14.0, "percent"),
        ),
        (
            "Impor Indonesia dari Kenya pada 2030 terkontraksi 6,4 persen.",
            ("imports", *KEN, "2030-01-01", "2030-12-31", -6.4, "percent"),
        ),
        (
            "Impor Indonesia dari Kenya pada 2030 melemah 6,4 persen.",
            ("imports", *KEN, "2030-01-01", "2030-12-31", -6.4, "percent"),
        ),
        (
            "Impor Indonesia dari Kenya pada 2030 berkurang 6,4 persen.",
            ("imports", *KEN, "2030-01-01", "2030-12-31", -6.4, "percent"),
        ),
        # doubled
        (
            "Ekspor Indonesia ke Kenya pada 2030 meningkat dua kali lipat menjadi US$417,3 juta.",
            ("exports", *KEN, "2030-01-01", "2030-12-31", 2.0, "times"),
        ),
    ],
)
def test_change_verbs(text: str, expected: tuple) -> None:
    assert expected in _rows(text), _rows(text)


def test_a_level_from_the_one_before() -> None:
    # "dari sebelumnya" (from the previous): the earlier amount is the year before
    rows = _rows(
        "Ekspor Indonesia ke Kenya pada 2030 naik 12 persen menjadi US$417,3 juta dari"
        " sebelumnya US$372,6 juta."
    )
    assert ("exports", *KEN, "2029-01-01", "2029-12-31", 372.6e6, "USD") in rows, rows


def test_change_nouns_after_their_verb() -> None:
    assert "rose 12 percent" in gloss("Ekspor mengalami kenaikan 12 persen.", "id")
    glossed = gloss("Ekspor mengalami penurunan sebesar 12 persen.", "id")
    assert "declined by 12 percent" in glossed, glossed
    assert "jumped by US$5 million" in gloss("Impor melonjak sebesar US$5 juta.", "id")
    assert "edged up 1.2 percent" in gloss("Ekspor naik tipis 1,2 persen.", "id")


def test_jumped_from_one_level_to_another() -> None:
    glossed = gloss("Ekspor Indonesia melonjak dari US$311 juta menjadi US$417,3 juta.", "id")
    assert "jumped from US$311 million to US$417.3 million" in glossed, glossed


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Ekspor Indonesia ke Kenya selama sembilan bulan pertama 2031 mencapai US$417,3 juta.",
            "2031-01-01",
            "2031-09-30",
        ),
        (
            "Ekspor Indonesia ke Kenya pada 9 bulan pertama tahun lalu mencapai US$417,3 juta.",
            "2030-01-01",
            "2030-09-30",
        ),
        (
            "Ekspor Indonesia ke Kenya pada enam bulan pertama tahun ini mencapai US$417,3 juta.",
            "2031-01-01",
            "2031-06-30",
        ),
        (
            "Ekspor Indonesia ke Kenya pada triwulan ketiga 2030 mencapai US$417,3 juta.",
            "2030-07-01",
            "2030-09-30",
        ),
        (
            "Ekspor Indonesia ke Kenya pada kuartal III/2030 mencapai US$417,3 juta.",
            "2030-07-01",
            "2030-09-30",
        ),
        (
            "Ekspor Indonesia ke Kenya pada kuartal kedua 2030 mencapai US$417,3 juta.",
            "2030-04-01",
            "2030-06-30",
        ),
        (
            "Ekspor Indonesia ke Kenya pada semester II 2030 mencapai US$417,3 juta.",
            "2030-07-01",
            "2030-12-31",
        ),
        (
            "Ekspor Indonesia ke Kenya pada paruh pertama 2030 mencapai US$417,3 juta.",
            "2030-01-01",
            "2030-06-30",
        ),
        (
            "Ekspor Indonesia ke Kenya hingga Oktober 2031 mencapai US$417,3 juta.",
            "2031-01-01",
            "2031-10-31",
        ),
        (
            "Ekspor Indonesia ke Kenya sampai dengan September 2031 mencapai US$417,3 juta.",
            "2031-01-01",
            "2031-09-30",
        ),
        (
            "Ekspor Indonesia ke Kenya pada Jan-Okt 2031 mencapai US$417,3 juta.",
            "2031-01-01",
            "2031-10-31",
        ),
        (
            "Ekspor Indonesia ke Kenya pada tahun sebelumnya mencapai US$417,3 juta.",
            "2030-01-01",
            "2030-12-31",
        ),
        (
            "Ekspor Indonesia ke Kenya di tahun lalu mencapai US$417,3 juta.",
            "2030-01-01",
            "2030-12-31",
        ),
        (
            "Ekspor Indonesia ke Kenya pada tahun berjalan mencapai US$417,3 juta.",
            "2031-01-01",
            "2031-12-31",
        ),
        (
            "Ekspor Indonesia ke Kenya pada bulan lalu mencapai US$417,3 juta.",
            "2031-10-01",
            "2031-10-31",
        ),
        (
            "Nilai perdagangan Indonesia dan Kenya pada periode 2028 hingga 2030 mencapai"
            " US$2,86 miliar.",
            "2028-01-01",
            "2030-12-31",
        ),
    ],
)
def test_time_words(text: str, start: str, end: str) -> None:
    rows = _rows(text)
    assert {(r[3], r[4]) for r in rows} == {(start, end)}, rows


def test_glossed_time_words() -> None:
    assert "since the beginning of the year" in gloss("Sejak awal tahun ekspor naik.", "id")
    assert "year-on-year" in gloss("Ekspor naik 4 persen secara tahunan.", "id")
    assert "(year-on-year)" in gloss("Ekspor naik 4 persen (yoy).", "id")
    assert "month-on-month" in gloss("Ekspor naik 4 persen secara bulanan.", "id")
    assert "in fiscal year 2030" not in gloss("Ekspor pada tahun fiskal 2030 naik.", "id")
    assert "fiscal year 2030" in gloss("Ekspor pada tahun fiskal 2030 naik.", "id")
    assert "the same period of the previous year" in gloss(
        "Ekspor naik dibandingkan periode yang sama tahun sebelumnya.", "id"
    )
    assert "then" not in gloss("Ekspor pada 2030 lalu naik.", "id")


def test_measures_and_sides() -> None:
    assert "bilateral trade between Indonesia and Kenya" in gloss(
        "Perdagangan bilateral Indonesia dan Kenya naik.", "id"
    )
    assert "two-way trade between Indonesia and Kenya" in gloss(
        "Perdagangan dua arah Indonesia dan Kenya naik.", "id"
    )
    assert "trade volume between the two countries" in gloss(
        "Volume perdagangan kedua negara naik.", "id"
    )
    assert "trade between both sides" in gloss("Perdagangan kedua belah pihak naik.", "id")
    assert "export earnings" in gloss("Penerimaan ekspor Indonesia naik.", "id")
    assert "goods and services" in gloss("Perdagangan barang dan jasa naik.", "id")
    assert "Malaysia's imports from Kenya" in gloss("Import Malaysia daripada Kenya naik.", "id")
    assert "Indonesia's imports from Kenya" in gloss("Impor Indonesia asal Kenya naik.", "id")
    # Malay "kepada" before the level reached
    assert "percent to RM3.2 billion" in gloss(
        "Eksport naik 12.5 peratus kepada RM3.2 bilion.", "id"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Penanaman modal Indonesia di Kenya pada 2030 mencapai US$417,3 juta.",
            ("investment", "KEN", "IDN", "2030-01-01", "2030-12-31", 417.3e6, "USD"),
        ),
    ],
)
def test_flows(text: str, expected: tuple) -> None:
    assert expected in _rows(text), _rows(text)


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        # a country's nickname
        (
            "Ekspor Indonesia ke Negeri Tirai Bambu pada 2030 mencapai US$417,3 juta.",
            "Indonesia dan China",
            ("exports", "IDN", "CHN", "2030-01-01", "2030-12-31", 417.3e6, "USD"),
        ),
        (
            "Impor Indonesia dari Negeri Gajah Putih pada 2030 mencapai US$417,3 juta.",
            "Indonesia dan Thailand",
            ("imports", "IDN", "THA", "2030-01-01", "2030-12-31", 417.3e6, "USD"),
        ),
        # Malay "AS$": US dollars
        (
            "Eksport Malaysia ke Kenya pada 2030 mencecah AS$1.2 bilion.",
            "Malaysia dan Kenya",
            ("exports", "MYS", "KEN", "2030-01-01", "2030-12-31", 1.2e9, "USD"),
        ),
    ],
)
def test_sides_and_currency(text: str, title: str, expected: tuple) -> None:
    assert expected in _rows(text, title=title), _rows(text, title=title)


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("Ekspor Indonesia ke Kenya pada 2030 lebih dari US$1 miliar.", "more than"),
        ("Ekspor Indonesia ke Kenya pada 2030 kurang dari US$1 miliar.", "less than"),
        ("Eksport Malaysia ke Kenya pada 2030 lebih daripada US$1 bilion.", "more than"),
    ],
)
def test_hedges_keep_the_year(text: str, hedge: str) -> None:
    # "dari" alone is "from": "lebih from US$1 billion" read a base amount of the year before
    assert f"{hedge} US$1 billion" in gloss(text, "id"), gloss(text, "id")
    assert {(r[3], r[4]) for r in _rows(text)} == {("2030-01-01", "2030-12-31")}, _rows(text)


def test_hedges_glossed() -> None:
    assert "nearly US$1 billion" in gloss("Ekspor hampir US$1 miliar.", "id")
    assert "at least US$1 billion" in gloss("Ekspor sedikitnya US$1 miliar.", "id")
    assert "about US$1 billion" in gloss("Ekspor kurang lebih US$1 miliar.", "id")


def test_target_by_a_year() -> None:
    rows = _rows("Perdagangan kedua negara ditargetkan mencapai US$5 miliar hingga tahun 2035.")
    # a deadline, as English "by 2035" reads: no year of 2035's own figure
    assert {(r[3], r[4], r[5]) for r in rows} == {("None", "2035-12-31", 5e9)}, rows


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # "hingga" before an amount is "to", between two months or years a range
        ("Ekspor naik hingga US$417,3 juta.", "rose to US$417.3 million"),
        ("Ekspor pada Januari hingga Oktober 2031 naik.", "January to October 2031"),
        ("Ekspor pada Januari 2030 hingga Oktober 2031 naik.", "January 2030 to October 2031"),
        # "lalu" that is no time word stays "then"
        ("Ekspor pada 2030 naik, lalu turun pada 2031.", "rose, then fell"),
        # "berkembang" in "negara berkembang" is no growth
        ("Kenya adalah negara berkembang.", "developing countries"),
        # "dalam negeri" is domestic, not "in"
        ("Produk dalam negeri naik.", "domestic"),
    ],
)
def test_near_misses(text: str, kept: str) -> None:
    assert kept in gloss(text, "id"), gloss(text, "id")
