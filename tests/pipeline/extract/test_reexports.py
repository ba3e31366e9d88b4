"""Plain "exports" continuing a passage about re-exports stay in the re-exports subset
(``pipeline.extract.reexports``; NOTES, ga rule 5).

Made-up sentences in the forms statistics releases write re-exports in: a clause after a
re-exports clause ("Re-exports to X fell 40%, while exports to Y rose $2m to $5m"), a sentence
after a re-exports lead ("Re-exports were mixed. Shipments to X fell ..."). Near misses: re-exports
named as a part of a total, an imports clause after them, exports named before them, a sentence
two after the lead, a lead that has figures of its own.
"""

from tests.pipeline.extract.test_foreign import rows

LEAD = "Fiji's trade with its Pacific neighbours changed in June 2031.\n"


def test_exports_clause_inside_a_reexports_sentence() -> None:
    got = rows(
        LEAD + "Re-exports to Tonga fell 40%, while exports to Samoa rose $2 million to $5 million."
    )
    assert 2_000_000.0 not in got and 5_000_000.0 not in got
    # near misses: an imports clause, exports named first, re-exports as part of a total
    got = rows(LEAD + "Re-exports to Tonga fell 40%, while imports from Samoa rose to $5 million.")
    assert got[5_000_000.0][0] == "imports"
    got = rows(
        LEAD + "Re-exports to Tonga fell 40%, while Fiji's exports to Samoa rose to $5 million."
    )
    assert got[5_000_000.0][:3] == ("exports", "FJI", "WSM")
    got = rows(LEAD + "Exports to Samoa rose to $5 million, while re-exports to Tonga fell 40%.")
    assert got[5_000_000.0][:3] == ("exports", "FJI", "WSM")
    got = rows(LEAD + "Exports to Samoa (including re-exports) rose to $5 million in June 2031.")
    assert got[5_000_000.0][:3] == ("exports", "FJI", "WSM")


def test_sentence_after_a_reexports_lead() -> None:
    page = LEAD + (
        "Re-exports showed mixed results. Shipments to Tonga fell $3 million to $8 million, while "
        "exports to Samoa rose $1 million to $4 million. Exports to Vanuatu rose to $6 million."
    )
    got = rows(page)
    assert not {3_000_000.0, 8_000_000.0, 1_000_000.0, 4_000_000.0} & {abs(v) for v in got}
    # near miss: the sentence after next is the country's exports again
    assert got[6_000_000.0][:3] == ("exports", "FJI", "VUT")
    # near miss: a lead with figures of its own is no lead ("Re-exports fell 5% to $9 million.")
    got = rows(LEAD + "Re-exports fell 5% to $9 million. Exports to Samoa rose to $4 million.")
    assert got[4_000_000.0][:3] == ("exports", "FJI", "WSM")
