"""Round 47, a sector's "its exports" in a paragraph about a pair (:mod:`pipeline.extract.world`
``_sector_its_flow``; the sector nouns of the Romance glosses: secteur, sector, setor, settore,
comparto, filière, rubro).

"Tunisian exports to Libya rose 37%. The machinery sector increased its exports by 45%, from 79
million to 177 million dinars" (French "le secteur ... a accru ses exportations de 45 %"): "its"
stands for the sector, whose exports are a part of the pair's, not a country's trade with the
world, which "its exports" alone says ("Tunisia increased its exports by 45%"). French
"accroître" is glossed with every form of the verb (:mod:`~.foreign_conjugation`), and the
Italian verb family gains its missing level and change verbs.
Made-up sentences and figures; the near miss keeps a country's own "its exports" a world total."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, title: str) -> set[tuple]:
    out = figures(f" date 2031-03-01\n{title}\n\n{text}\n")
    return {(r.flow, r.scope, r.reporter, r.partner, r.measure, r.value) for r in out.itertuples()}


def test_english_sector_its_exports() -> None:
    got = _rows(
        "Egyptian exports to Jordan rose 21% in 2030. The textile sector raised its exports by "
        "35%, from 40 million dollars in 2029 to 54 million dollars in 2030.",
        "Egypt and Jordan trade",
    )
    assert ("exports", "textiles", "EGY", "JOR", "pct_change", 35.0) in got
    assert ("exports", "textiles", "EGY", "JOR", "level", 54_000_000.0) in got


def test_french_secteur_accru_ses_exportations() -> None:
    got = _rows(
        "En 2030, les exportations marocaines vers le Sénégal ont progressé de 18 %. De son côté, "
        "le secteur agroalimentaire a accru ses exportations de 27 %, de 60 millions de dollars "
        "en 2029 à 76 millions de dollars en 2030.",
        "Les échanges entre le Maroc et le Sénégal",
    )
    assert ("exports", "agriculture", "MAR", "SEN", "pct_change", 27.0) in got
    assert ("exports", "agriculture", "MAR", "SEN", "level", 76_000_000.0) in got


def test_country_its_exports_stays_a_world_total() -> None:
    """Near miss: "its" stands for the country: its exports to the world, no pair figure."""
    got = _rows(
        "Egyptian exports to Jordan rose 21% in 2030. Egypt raised its exports by 35% in 2030.",
        "Egypt and Jordan trade",
    )
    assert not any(r[4] == "pct_change" and r[5] == 35.0 for r in got)
