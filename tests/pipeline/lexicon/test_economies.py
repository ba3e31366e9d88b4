"""The economies lexicon (``countries.csv``) and its homonyms (``homonyms.csv``): every ISO 3166-1
economy can be named, and names that are other things in news ("Lake Chad", "New Jersey", "Chad
Bown", "Latin America") or sit inside another economy's name ("Guinea" in "Papua New Guinea",
"Sudan" in "South Sudan") give the right economy or none. Sentences are made up."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pipeline.extract.countries import find_countries
from pipeline.lexicon import gazetteer
from tests.pipeline.extract.test_extract import figures

LEXICON = Path(__file__).parents[3] / "pipeline" / "lexicon"


def _named(text: str) -> list[tuple[str, str]]:
    return [(text[c.start : c.end], c.iso3) for c in find_countries(text)]


def _rows(name: str) -> list[dict[str, str]]:
    with open(LEXICON / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_every_iso_economy_has_one_row() -> None:
    rows = _rows("countries.csv")
    codes = [r["iso3"] for r in rows if r["kind"] == "country"]
    assert len(codes) == len(set(codes))
    # ISO 3166-1 has 249 alpha-3 codes; Kosovo is XKX (the code the EU and IMF use)
    assert len(codes) == 250 and "XKX" in codes
    assert all(len(c) == 3 and c.isupper() for c in codes)


def test_every_form_finds_its_own_economy() -> None:
    # A form the scanner can never return (a typo, a leading non-ASCII capital, a form masked by
    # a longer one of another economy) is a row that silently names nothing.
    # The scanner starts a match only at an ASCII capital: "the Netherlands" and "Åland" are
    # kept for readers, and every such row also has a form that starts with one.
    gaz = gazetteer()
    scanned = {m.iso3 for s, m in gaz.by_surface.items() if "A" <= s[0] <= "Z"}
    assert scanned == {m.iso3 for m in gaz.by_surface.values()}
    for surface, mention in gaz.by_surface.items():
        if not "A" <= surface[0] <= "Z":
            continue
        for text in (f"{surface} and", f"trade with {surface}."):
            assert (surface, mention.iso3) in _named(text), (surface, text)


def test_homonyms_name_no_economy_and_mask_a_form() -> None:
    gaz = gazetteer()
    for row in _rows("homonyms.csv"):
        phrase = row["phrase"].replace("<Name>", "Smith said")
        assert all(iso3 != row["iso3"] for _, iso3 in _named(f"in {phrase} today")), phrase
        # a homonym that contains no form of its economy would be dead data
        assert any(s in row["phrase"] for s, m in gaz.by_surface.items() if m.iso3 == row["iso3"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Guinea" alone and inside three other economies' names and a sea
        (
            "Papua New Guinea, Equatorial Guinea, Guinea-Bissau and Guinea",
            [
                ("Papua New Guinea", "PNG"),
                ("Equatorial Guinea", "GNQ"),
                ("Guinea-Bissau", "GNB"),
                ("Guinea", "GIN"),
            ],
        ),
        (
            "the Republic of Guinea-Bissau and the Republic of Guinea",
            [("Republic of Guinea-Bissau", "GNB"), ("Republic of Guinea", "GIN")],
        ),
        ("Tankers in the Gulf of Guinea and New Guinea", []),
        (
            "Papua New Guinean and Guinean traders",
            [("Papua New Guinean", "PNG"), ("Guinean", "GIN")],
        ),
        # Niger, Nigeria and Nigeria's own places named after the river
        ("Niger sold uranium to Nigeria", [("Niger", "NER"), ("Nigeria", "NGA")]),
        ("Oil from the Niger Delta and Niger State", []),
        ("Nigerien and Nigerian firms", [("Nigerien", "NER"), ("Nigerian", "NGA")]),
        # Dominica, the Dominican Republic and its demonym
        (
            "Dominica and the Dominican Republic; Dominican exporters",
            [("Dominica", "DMA"), ("Dominican Republic", "DOM"), ("Dominican", "DOM")],
        ),
        # Congo: the two republics by their distinct names, the bare river name is neither
        (
            "the Democratic Republic of Congo, the Republic of Congo and Congo-Brazzaville",
            [
                ("Democratic Republic of Congo", "COD"),
                ("Republic of Congo", "COG"),
                ("Congo-Brazzaville", "COG"),
            ],
        ),
        ("barges on the Congo River", []),
        # Korea: the North's long name contains the South's
        (
            "the Democratic People's Republic of Korea and the Republic of Korea",
            [("Democratic People's Republic of Korea", "PRK"), ("Republic of Korea", "KOR")],
        ),
        ("South Sudan and Sudan", [("South Sudan", "SSD"), ("Sudan", "SDN")]),
        ("American Samoa and Samoa", [("American Samoa", "ASM"), ("Samoa", "WSM")]),
        # "Virgin Islands" alone is two territories: named only with the owner
        (
            "the US Virgin Islands, the British Virgin Islands and the Virgin Islands",
            [("US Virgin Islands", "VIR"), ("British Virgin Islands", "VGB")],
        ),
        # Chad: the country, a lake, a person's given name, a title-case headline
        ("Chad and Niger signed", [("Chad", "TCD"), ("Niger", "NER")]),
        ("Fishing on Lake Chad", []),
        ("Chad Bown, a trade economist, said", []),
        ("Chad P. Bown said", []),
        ("Chad Exports Rise Again", [("Chad", "TCD")]),
        ("the Chad Ministry of Trade said", [("Chad", "TCD")]),
        ("trade with Chad Monday, officials said", [("Chad", "TCD")]),
        # Georgia: the country, and the US state in the forms trade news writes it
        ("Tbilisi, Georgia", [("Tbilisi", "GEO"), ("Georgia", "GEO")]),
        ("the Georgia Ports Authority in Savannah, Georgia", []),
        ("the US state of Georgia", []),
        ("South Georgia", [("South Georgia", "SGS")]),
        # Jersey and the US state; America and the continents
        ("Jersey and New Jersey", [("Jersey", "JEY")]),
        ("America, Latin America and North America", [("America", "USA")]),
        ("the Gulf of Mexico and Mexico", [("Mexico", "MEX")]),
        # case decides: the demonym and the alias are capitalised, the common nouns are not
        ("polish, turkey; Polish, Turkey", [("Polish", "POL"), ("Turkey", "TUR")]),
        ("T&T, not AT&T", [("T&T", "TTO")]),
        ("Trinidad and Tobago; Trinidad", [("Trinidad and Tobago", "TTO"), ("Trinidad", "TTO")]),
        ("Santiago Peña said; Santiago said", [("Santiago", "CHL")]),
    ],
)
def test_ambiguous_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert _named(text) == expected


def _pairs(text: str) -> list[tuple]:
    out = figures("date 2031-03-02\n" + text)
    return [(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()]


def test_newly_named_economies_make_a_pair() -> None:
    assert _pairs("Haiti's exports to Trinidad and Tobago rose to $12.5 million in 2030.") == [
        ("exports", "HTI", "TTO", 12.5e6)
    ]
    assert _pairs("Nicaragua's imports from Tonga totalled $2.1 million in 2030.") == [
        ("imports", "NIC", "TON", 2.1e6)
    ]


def test_a_person_named_like_an_economy_is_no_side_of_a_figure() -> None:
    for text in (
        "Exports to Chile fell to $410 million in 2030, Chad Bown said.",
        "Peru's exports fell 4% to $41 billion in 2030, Chad Bown, a fellow at a think tank, said.",
    ):
        pairs = _pairs(text)
        assert all("TCD" not in (reporter, partner) for _, reporter, partner, _ in pairs), pairs


def test_a_continent_is_no_partner() -> None:
    pairs = _pairs("Peru's exports to Latin America rose to $2.4 billion in 2030.")
    assert all(partner != "USA" for _, _, partner, _ in pairs), pairs


def test_a_plural_name_owns_its_flow_with_a_bare_apostrophe() -> None:
    # Names ending in "s" take "'" alone ("the Philippines' exports", "Cook Islands' imports"):
    # the owner of the flow as "X's" is.
    assert _pairs(
        "Peru's exports to the Solomon Islands totalled $14 million in 2030, while the Solomon "
        "Islands' exports to Peru came to $9 million."
    ) == [("exports", "PER", "SLB", 14e6), ("exports", "SLB", "PER", 9e6)]
    assert _pairs("The Bahamas’ imports from Peru rose to $12 million in 2030.") == [
        ("imports", "BHS", "PER", 12e6)
    ]


def test_former_economy_only_by_its_unambiguous_name() -> None:
    # "Serbia and Montenegro" on a page of today is a pair; only the state union's full name is
    # the former economy (ISO 3166 SCG, 2003-2006), so the pair reading is never masked.
    assert _named("The State Union of Serbia and Montenegro bought more.") == [
        ("State Union of Serbia and Montenegro", "SCG")
    ]
    assert _named("Trade between Serbia and Montenegro rose.") == [
        ("Serbia", "SRB"),
        ("Montenegro", "MNE"),
    ]
    kinds = {r["iso3"]: r["kind"] for r in _rows("countries.csv")}
    assert kinds["SCG"] == "former"


def test_mercosur_is_a_bloc_in_its_spellings() -> None:
    for form in ("Mercosur", "MERCOSUR", "Mercosul"):
        assert _named(f"Chile's trade with {form} grew.") == [("Chile", "CHL"), (form, "MERCOSUR")]


def test_every_lexicon_code_passes_the_contract_pattern() -> None:
    """An economy code the extractor can emit is one the figures/facts schemas accept: a bloc
    code longer than the pattern allowed (MERCOSUR, added with the round-18 gold) failed the
    `figures_schema` check and with it the whole run of every page."""
    import re

    from pipeline.contract.fields import ISO3_OR_BLOC

    bad = [r["iso3"] for r in _rows("countries.csv") if not re.match(ISO3_OR_BLOC, r["iso3"])]
    assert bad == []


def test_a_figure_with_a_long_bloc_code_validates() -> None:
    from pipeline.contract.schemas import FiguresSchema

    found = figures(
        "date 2030-03-01\nBrazil's exports to Mercosur countries rose to $20 billion in 2029.\n"
    )
    assert list(zip(found["reporter"], found["partner"], strict=True)) == [("BRA", "MERCOSUR")]
    FiguresSchema.validate(found)
