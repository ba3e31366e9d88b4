"""A pair's trade split by transport mode ("exports to B by sea were $X, by land $Y") is a subset,
not the pair's total (NOTES: subsets by transport mode or by border checkpoint get no row); also
in Indonesian, where the mode follows "menggunakan transportasi" (using ... transport) or "lewat"
(via). Before round 18 each part was read as the pair's whole flow. The plain total beside them
stays read. Made-up sentences, never page text."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple[str, str, float]]:
    out = figures("date 2031-03-09\n" + text)
    return {(r.flow, r.measure, r.value) for r in out.itertuples()}


def test_exports_by_sea_and_by_land_are_subsets() -> None:
    rows = _rows(
        "Ghana's exports to Togo were $240 million in 2030. Exports to Togo by sea were "
        "$200 million, by road $35 million and by air $5 million."
    )
    assert rows == {("exports", "level", 2.4e8)}, rows


def test_near_miss_exports_shipped_to_a_seaport_stay_read() -> None:
    rows = _rows("Ghana's exports to Togo through the port of Tema were $240 million in 2030.")
    assert rows == {("exports", "level", 2.4e8)}, rows


def test_indonesian_exports_by_sea_transport_are_a_subset() -> None:
    rows = _rows(
        "Nilai ekspor Indonesia ke Timor Leste pada tahun 2030 mencapai US$ 230,5 juta. "
        "Secara rinci, nilai ekspor Indonesia ke Timor Leste menggunakan transportasi laut "
        "mencapai US$ 210,2 juta. Ekspor ke Timor Leste lewat transportasi udara sebesar "
        "US$ 150 ribu."
    )
    assert rows == {("exports", "level", 2.305e8)}, rows
