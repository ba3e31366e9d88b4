"""Direction words that real pages use for who sells to whom (round 12): "export turnover" and
"import turnover" (the value of one direction, as translated statistics write it), a bare
"turnover" of an export or import market, a trader verb with goods as its object ("bought goods
worth $X from", "sent goods worth $X to"). Made-up sentences, never page text."""

from tests.pipeline.extract.test_extract import figures


def _rows(out) -> list[tuple]:
    return [(r.flow, r.reporter, r.partner, r.measure, r.value) for r in out.itertuples()]


def test_export_turnover_and_import_turnover_name_one_direction() -> None:
    out = figures(
        "date 2031-02-10\nVietnam's export turnover to Peru reached US$520 million in 2030, "
        "while its import turnover from Peru was US$310 million."
    )
    assert ("exports", "VNM", "PER", "level", 520e6) in _rows(out), out.to_string()
    assert ("imports", "VNM", "PER", "level", 310e6) in _rows(out), out.to_string()


def test_trade_turnover_and_export_and_import_turnover_stay_turnover() -> None:
    # near misses: both directions named as one sum, or trade, is the pair's turnover
    for phrase in ("trade turnover", "export and import turnover", "export-import turnover"):
        out = figures(
            f"date 2031-02-10\nVietnam's {phrase} with Peru reached US$520 million in 2030."
        )
        assert [r[0] for r in _rows(out)] == ["turnover"], (phrase, out.to_string())


def test_a_bare_turnover_of_an_export_or_import_market_is_that_direction() -> None:
    out = figures(
        "date 2031-02-10\nVietnam's exports to ASEAN rose 10% to US$20 billion in 2030. "
        "Peru was the only export market to suffer a fall in turnover, down 12.5% to "
        "US$420 million. Chile was the import market with the lowest turnover of US$1.2 billion, "
        "up 3%."
    )
    rows = _rows(out)
    assert ("exports", "VNM", "PER", "level", 420e6) in rows, out.to_string()
    assert ("exports", "VNM", "PER", "pct_change", -12.5) in rows, out.to_string()
    assert ("imports", "VNM", "CHL", "level", 1.2e9) in rows, out.to_string()


def test_turnover_of_another_clause_after_an_export_market_stays_turnover() -> None:
    # near miss: "and" starts another subject's clause; its turnover is the pair's
    out = figures(
        "date 2031-02-10\nIn 2030, Peru was Vietnam's largest export market and turnover with "
        "Chile rose 3% to US$1.2 billion."
    )
    assert {r[0] for r in _rows(out)} == {"turnover"}, out.to_string()


def test_bought_or_purchased_goods_from_and_sent_goods_to_are_flows() -> None:
    # "Ghana bought goods worth $X from Togo": a trader verb with goods as its object and no
    # trade word names the direction (the buyer imports, the sender exports)
    out = figures(
        "date 2031-02-10\nIn 2030, Ghana purchased goods worth $145 million from Togo, while "
        "Togo bought goods worth $20 million from Ghana. Ghana also sent goods worth $35 million "
        "to Benin."
    )
    rows = _rows(out)
    assert ("imports", "GHA", "TGO", "level", 145e6) in rows, out.to_string()
    assert ("imports", "TGO", "GHA", "level", 20e6) in rows, out.to_string()
    assert ("exports", "GHA", "BEN", "level", 35e6) in rows, out.to_string()


def test_goods_bought_with_no_seller_or_sent_as_aid_stay_unread() -> None:
    # near misses: a country's purchases from the world; goods sent as aid
    for text in (
        "Ghana bought goods worth $145 million in 2030, the statistics office said.",
        "The minister sent goods worth $145 million as aid to Togo in 2030.",
    ):
        assert figures("date 2031-02-10\n" + text).empty, text


def test_sales_of_goods_and_services_to_a_partner_are_exports() -> None:
    # "the value of sales of goods and services to that nation": the seller's exports, even
    # after a "trade" word earlier in the clause; trade in goods and services stays turnover
    out = figures(
        "date 2031-02-10\nTo measure Peru's trade dependence on Chile, between January and July "
        "2030 the value of sales of goods and services to that nation amounted to 23.7 billion "
        "dollars."
    )
    assert [(r[0], r[4]) for r in _rows(out)] == [("exports", 23.7e9)], out.to_string()
    assert out.scope.tolist() == ["goods_services"], out.to_string()
    near = figures(
        "date 2031-02-10\nBetween January and July 2030, Peru's trade in goods and services with "
        "Chile amounted to 23.7 billion dollars."
    )
    assert near.flow.tolist() == ["turnover"], near.to_string()
