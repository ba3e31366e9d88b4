"""Round 41: Indonesian pages naming the United States by its abbreviation "AS" ("RI-AS"), a month
range with "sampai" ("Januari sampai Juni 2030": January to June), a flow whose owner comes after
it with "ikut"/"juga" (also) before the verb ("Ekspor RI ikut naik 3%"), and "nilai perdagangan
kita" (our trade value). Made-up sentences; near misses keep the old reading."""

from tests.pipeline.extract.test_extract import figures

# a lead in Indonesian function words, so the page is read as Indonesian (``page_language``)
_LEAD = "Hubungan dagang yang erat ini terus tumbuh dengan baik, kata pejabat dari kedua pihak itu."


def _rows(text: str, title: str = "Perdagangan RI-AS") -> set[tuple]:
    out = figures(f"date 2031-02-01\n{title}\n{_LEAD}\n{text}\n")
    return {
        (r.flow, r.reporter, r.partner, str(r.period_start), str(r.period_end), r.measure, r.value)
        for r in out.itertuples()
    }


def test_the_abbreviated_pair_and_a_month_range_with_sampai() -> None:
    got = _rows(
        "Total nilai perdagangan RI-AS pada Januari sampai Juni 2030 USD12,4 miliar, naik 8,5%"
        " dibandingkan periode yang sama tahun sebelumnya."
    )
    assert got == {
        ("turnover", "IDN", "USA", "2030-01-01", "2030-06-30", "level", 1.24e10),
        ("turnover", "IDN", "USA", "2030-01-01", "2030-06-30", "pct_change", 8.5),
    }


def test_a_flow_with_its_owner_after_it_and_also_before_the_verb() -> None:
    got = _rows(
        "Pada 2030, nilai perdagangan RI-AS mencapai USD30 miliar. Ekspor RI ikut naik 4,2%"
        " sebesar USD20,1 miliar, sementara impor RI juga naik 3,3% sebesar USD9,9 miliar."
    )
    assert {
        ("exports", "IDN", "USA", "2030-01-01", "2030-12-31", "pct_change", 4.2),
        ("exports", "IDN", "USA", "2030-01-01", "2030-12-31", "level", 2.01e10),
        ("imports", "IDN", "USA", "2030-01-01", "2030-12-31", "pct_change", 3.3),
        ("imports", "IDN", "USA", "2030-01-01", "2030-12-31", "level", 9.9e9),
    } <= got


def test_our_trade_value_is_the_pairs() -> None:
    got = _rows('"Tahun lalu, nilai perdagangan kita mencapai USD31 miliar," kata menteri.')
    assert got == {("turnover", "IDN", "USA", "2030-01-01", "2030-12-31", "level", 3.1e10)}


def test_the_full_name_reads_as_before() -> None:
    got = _rows(
        "Nilai perdagangan Indonesia dan Amerika Serikat pada 2030 mencapai USD30 miliar.",
        "Perdagangan Indonesia",
    )
    assert got == {("turnover", "IDN", "USA", "2030-01-01", "2030-12-31", "level", 3e10)}


def _english(sentence: str) -> set[tuple]:
    out = figures(f"date 2031-02-01\nIndonesia and the United States\n\n{sentence}\n")
    return {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}


def test_total_trade_of_a_hyphenated_pair_is_the_pairs() -> None:
    for sentence in (
        "Total trade of Indonesia-United States in 2030 was USD12.4 billion.",
        "Total trade value Indonesia-US in 2030 was USD12.4 billion.",
    ):
        assert _english(sentence) == {("turnover", "IDN", "USA", 1.24e10)}, sentence


def test_total_trade_of_one_economy_or_before_a_currency_stays_out() -> None:
    # near misses: one economy's whole trade; a dash before a dollar amount names no pair
    assert _english("Total trade of Indonesia in 2030 was USD240 billion.") == set()
    assert _english("Total trade value of Indonesia - US$240 billion in 2030.") == set()
