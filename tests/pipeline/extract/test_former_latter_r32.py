"""Round 32 (fw10, gi10): "the former"/"the latter" stand for the economies of the last "B and C"
before them ("Exports to B and C reached records. The former rose 12.5% to $2.3bn, and the latter
gained 6.1%"), as a subject or in a partner slot; "former" before a name or a role is an
adjective. A degree adverb before "over" ("fell by slightly over $12.5m in May 2030 against the
same month of 2029") makes it a bound of the figure, not a comparison base. Made-up sentences."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2030-07-20") -> set[tuple]:
    out = figures(f"date {date}\nChile's trade in the first half\n{text}\n")
    return {
        (r.flow, r.reporter, r.partner, str(r.period_end), r.measure, r.value)
        for r in out.itertuples()
    }


def test_former_and_latter_as_subjects_name_the_partners() -> None:
    got = _rows(
        "Chile's exports rose 8 percent to US$40.1 billion in the first half of 2030, the"
        " central bank said. Exports to Peru and Brazil reached record levels for the period."
        " The former rose 12.5 percent to US$2.27 billion, and the latter gained 6.1 percent to"
        " US$3.78 billion."
    )
    end = "2030-06-30"
    assert ("exports", "CHL", "PER", end, "level", 2.27e9) in got
    assert ("exports", "CHL", "PER", end, "pct_change", 12.5) in got
    assert ("exports", "CHL", "BRA", end, "level", 3.78e9) in got
    assert ("exports", "CHL", "BRA", end, "pct_change", 6.1) in got


def test_former_and_latter_in_partner_slots() -> None:
    got = _rows(
        "Chile's exports to Peru and Brazil reached record levels in the first half of 2030."
        " Exports to the former rose 12.5 percent to US$2.27 billion, and those to the latter"
        " gained 6.1 percent to US$3.78 billion."
    )
    assert {(r[0], r[1], r[2], r[5]) for r in got} >= {
        ("exports", "CHL", "PER", 2.27e9),
        ("exports", "CHL", "BRA", 3.78e9),
    }


def test_former_before_a_name_or_role_points_at_nothing() -> None:
    got = _rows(
        "Chile and Peru signed a pact in 2030. The former Soviet republics bought US$2.27 billion"
        " of Chilean goods in 2029."
    )
    assert not {r for r in got if r[2] in ("PER",) and r[5] == 2.27e9 and r[1] == "CHL"}
    got = _rows(
        "Chile and Peru signed a pact in 2030. The former minister said exports to Peru rose"
        " 12.5 percent to US$2.27 billion in 2029."
    )
    assert ("exports", "CHL", "PER", "2029-12-31", "level", 2.27e9) in got


def test_degree_adverb_before_over_is_a_bound_not_a_base() -> None:
    got = _rows(
        "Trade between Chile and Peru fell by slightly over $12.5 million in May 2030 against"
        " the same month of 2029, coming to $420 million.",
        date="2030-07-20",
    )
    assert ("turnover", "CHL", "PER", "2030-05-31", "abs_change", -12.5e6) in got
    got = _rows(
        "Exports from Chile to Peru rose to well over $12.5 million in May 2030, against"
        " $9 million in May 2029."
    )
    assert ("exports", "CHL", "PER", "2030-05-31", "level", 12.5e6) in got
    assert ("exports", "CHL", "PER", "2029-05-31", "level", 9e6) in got


def test_near_miss_over_a_base_still_compares() -> None:
    got = _rows(
        "Exports from Chile to Peru were $9 million in 2029, an increase over $8 million in 2028."
    )
    assert ("exports", "CHL", "PER", "2028-12-31", "level", 8e6) in got


def test_near_miss_a_joined_pair_that_is_not_the_last_named_is_no_antecedent() -> None:
    """fi02: "After Japan, the US and China, South Korea ranks fourth among the partners of the
    Philippines. Its exports to the latter ..." (the Philippines, not China)."""
    got = _rows(
        "After Japan, the US and Brazil, Chile now ranks as the fourth-largest trading partner of"
        " Peru. Its exports to the latter almost doubled, going from $4.57 billion in 2025 to"
        " $8.78 billion in 2029."
    )
    assert not {r for r in got if "BRA" in r[1:3]}
