""" "This country" in a partner slot refers back to the economy the sentence before named (issue
15, the kind "wrong pair"): "B was A's third partner. Exports to this country rose 27%" is A's
exports to B, not to the page's partner nor to an economy named later in the sentence. Made-up
sentences, never page text."""

from tests.pipeline.extract.test_extract import figures

_HEAD = "date 2031-03-02\nCanada and Korea trade grows\n"


def _rows(text: str, head: str = _HEAD) -> set[tuple]:
    return {(r.flow, r.reporter, r.partner, r.value) for r in figures(head + text).itertuples()}


def test_this_country_is_the_third_economy_of_the_sentence_before() -> None:
    got = _rows(
        "Brazil was the third partner of Canada in 2030. Exports to this country rose 27% in "
        "2030, more than those to Mexico."
    )
    assert ("exports", "CAN", "BRA", 27.0) in got, got


def test_a_glossed_spanish_este_pais_refers_back_too() -> None:
    got = _rows(
        "Brasil fue el tercer socio comercial de Canadá en 2030. Los envíos a este país "
        "crecieron 27% en 2030, y Japón compró más.",
        "date 2031-03-02\nComercio entre Canadá y Corea\n",
    )
    assert ("exports", "CAN", "BRA", 27.0) in got, got


def test_the_same_country_is_the_destination_before_not_the_subject() -> None:
    got = _rows(
        "Zimbabwe's exports to South Africa rose 5% in 2030. Ghana remains the largest exporter "
        "to Kenya, shipping $2 billion to the country in 2030. But Ghana is eclipsed by Togo, "
        "which exported goods worth $3.3 billion to the same country in 2030.",
        "date 2031-03-02\nZimbabwe and South Africa trade\n",
    )
    assert ("exports", "TGO", "KEN", 3.3e9) in got, got


def test_near_miss_the_page_partner_named_before_stays() -> None:
    # the sentence before names the page's own partner: "this country" is it
    got = _rows(
        "Canadian exports to Korea grew 38% in 2030, ahead of Japan and Mexico. Imports from "
        "this country rose 25% in 2030."
    )
    assert ("imports", "CAN", "KOR", 25.0) in got, got


def test_near_miss_two_economies_before_leave_the_page_partner() -> None:
    # two third economies named before and neither in a partner slot: no referent
    got = _rows(
        "Japan and Mexico were among the top buyers in 2030. Imports from this country rose 25% "
        "in 2030."
    )
    assert ("imports", "CAN", "KOR", 25.0) in got, got


def test_near_miss_an_antecedent_in_the_sentence_itself() -> None:
    got = _rows(
        "Korea topped the list of buyers of Canadian goods in 2030, with exports to this country "
        "at $2.4 billion."
    )
    assert ("exports", "CAN", "KOR", 2.4e9) in got, got
