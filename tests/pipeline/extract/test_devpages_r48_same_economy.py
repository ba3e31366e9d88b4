"""One country's exports or imports with no partner in the sentence, on a page about one pair,
when the sentence names that country's capital again in an aside (round 48).

Kind: ``continued.continues_pair`` / ``topic_partner`` read a one-economy flow as the pair's only
when the economy is the flow's subject; every mention of it had to be the subject, so its capital
in an aside ("Nairobi's strongest showing") left the figure out as a world total. The capital of
an economy named as the subject is now no second trader (any other mention still must be the
subject: "according to figures published by Statistics Peru" keeps a world total). Near miss:
"total exports" stays a world total.
"""

from tests.pipeline.extract.test_extract import figures

_HEAD = "date 2031-02-10\nTrade news\n\n"


def _rows(text: str) -> set[tuple]:
    out = figures(_HEAD + text)
    return {(r.flow, r.reporter, r.partner, r.measure, r.value, r.unit) for r in out.itertuples()}


def test_capital_in_an_aside_after_the_pairs_level() -> None:
    got = _rows(
        "Kenya's imports from Ethiopia rose from $78m to $90m in 2019. Still, Kenya's export "
        "volumes jumped to $132m in 2020, Nairobi's strongest showing in five years.\n"
    )
    assert ("exports", "KEN", "ETH", "level", 132_000_000.0, "USD") in got


def test_capital_in_an_aside_after_a_sale_verb() -> None:
    got = _rows(
        "Ghana's exports to Togo climbed to $300m in 2029. In 2030, Ghana sold goods worth "
        "$350m, Accra's best result in a decade.\n"
    )
    assert ("exports", "GHA", "TGO", "level", 350_000_000.0, "USD") in got


def test_near_miss_total_exports_stay_a_world_total() -> None:
    got = _rows(
        "Kenya's imports from Ethiopia rose from $78m to $90m in 2019. Still, Kenya's total "
        "exports jumped to $132m in 2020, Nairobi's strongest showing in five years.\n"
    )
    assert not any(r[4] == 132_000_000.0 for r in got)
