"""Which clause's countries a figure's pair follows (issue 15, round 14, pairs on fresh pages):
a second amount in a bracket with a country of its own is a new figure, not a restatement; the
other direction's counterpart is this flow's when its own clause names none; an earlier clause's
subject gives way to the clause's own trader; a bare gapped clause ("and B $3m") names a new
counterpart; a turnover "with B" figure is the sentence's subject's.

Every sentence is made up; each kind comes with a near miss that must keep its pair.
"""

from tests.pipeline.extract.test_extract import figures


def pairs(text: str) -> dict[float, tuple[str, str]]:
    return {row.value: (row.reporter, row.partner) for row in figures(text).itertuples()}


HEAD = "date 2031-06-01\nChile and Peru trade.\n\n"


def test_a_bracket_with_its_own_country_holds_a_new_figure() -> None:
    found = pairs(
        HEAD + "Peru is Chile's fifth partner with trade worth $2.5 billion in 2030 (Chile's "
        "exports to Peru totalled $1.2 billion; Peru's exports to Chile totalled $1.1 billion)."
    )
    assert found[1.2e9] == ("CHL", "PER")
    assert found[1.1e9] == ("PER", "CHL")


def test_a_bracket_restating_an_amount_keeps_its_pair() -> None:
    found = pairs(
        HEAD + "Peru's exports to Chile reached €2.1 billion (about $2.3 billion) in 2030."
    )
    assert found[2.1e9] == found[2.3e9] == ("PER", "CHL")


def test_the_other_flows_counterpart_is_this_flows_when_its_clause_names_none() -> None:
    found = pairs(
        HEAD + "Chile's exports to Peru rose in 2029. Export increased to $1.5 billion in 2030, "
        "whereas imports from Peru stood at $9.1 billion."
    )
    assert found[1.5e9] == ("CHL", "PER")
    assert found[9.1e9] == ("CHL", "PER")


def test_a_clause_naming_its_own_origin_keeps_it() -> None:
    found = pairs(
        HEAD + "Exports from Peru increased to $1.5 billion in 2030, whereas imports rose."
    )
    assert found[1.5e9] == ("PER", "CHL")


def test_the_clauses_own_exporter_wins_over_an_earlier_subject() -> None:
    found = pairs(
        HEAD + "Chile exports to Peru is almost $7 billion while exports from Peru to Chile, "
        "though grown by 40 per cent, is around $3 billion."
    )
    assert found[7e9] == ("CHL", "PER")
    assert found[40.0] == found[3e9] == ("PER", "CHL")


def test_an_earlier_subject_still_trades_a_clause_naming_only_a_destination() -> None:
    found = pairs(
        HEAD + "Chile exports to Peru reached $7 billion while exports to Bolivia, up 40 per "
        "cent, were $3 billion."
    )
    assert found[3e9] == ("CHL", "BOL")


def test_a_bare_gapped_clause_names_a_new_counterpart() -> None:
    found = pairs(
        HEAD + "Chilean exports to Peru in 2030 amounted to $9.1 billion and Japan $7.5 billion."
    )
    assert found[9.1e9] == ("CHL", "PER")
    assert found[7.5e9] == ("CHL", "JPN")


def test_an_amount_after_and_with_no_country_keeps_the_pair() -> None:
    found = pairs(
        HEAD + "Chilean exports to Peru amounted to $9.1 billion in 2030 and $7.5 billion in 2029."
    )
    assert found[9.1e9] == found[7.5e9] == ("CHL", "PER")


KAZ = "date 2031-06-01\nKazakhstan trade with China.\n\nKazakhstan trade with China rose 5% to $40 billion in 2030.\n\n"


def test_a_turnover_with_b_is_the_sentence_subjects() -> None:
    found = pairs(
        KAZ + "Meanwhile, Turkmenistan saw a 5.2 percent decline in its trade volume with China "
        "in 2030, totaling $10.1 billion. Uzbekistan experienced a 41 percent rise in annual "
        "turnover with China in 2030, reaching $12 billion."
    )
    assert set(found[10.1e9]) == {"TKM", "CHN"}
    assert set(found[12e9]) == {"UZB", "CHN"}


def test_a_country_in_another_role_is_no_subject_of_the_turnover() -> None:
    found = pairs(KAZ + "Prices in Russia rose, and trade with China was $3.1 billion in 2030.")
    assert set(found[3.1e9]) == {"KAZ", "CHN"}


def test_the_other_flows_origin_in_the_clause_is_no_exporter() -> None:
    found = pairs(
        HEAD + "In 2030 Chile imported up to $650 million in goods from Peru and exported to it "
        "up to $130 million."
    )
    assert found[650e6] == found[130e6] == ("CHL", "PER")
