"""After a country's world total, a sentence that names that country again only as itself (a
date clause, its statistics office), not as a partner, still continues the world total: its
figures are no row (NOTES.md, "What is a figure"). A sentence naming it as the partner ("imports
from X") is the pair's. Made-up sentences."""

from tests.pipeline.extract.test_extract import figures

_PAGE = (
    "date 2031-05-02\nNorway's trade with Chile reached $2.1 billion in 2030.\n\n"
    "Norway's total exports fell 4 per cent to $96 billion in 2030.\n\n"
)


def values(text: str) -> set[float]:
    return {float(round(r.value, 2)) for r in figures(text).itertuples()}


def test_the_world_totals_own_country_named_again_continues_it() -> None:
    got = values(
        _PAGE + "Compared with 2028, the year before Norway opened its new port, exports were "
        "up 7 per cent."
    )
    assert 7.0 not in got and 2.1e9 in got


def test_its_statistics_office_named_continues_it() -> None:
    got = values(
        _PAGE + "Imports rose 3 per cent to $81 billion, according to the Norwegian customs office."
    )
    assert not {3.0, 81e9} & got


def test_the_same_country_named_as_partner_is_the_pairs() -> None:
    # near miss: "imports from Norway" names it as the other side, Chile's figure
    got = values(_PAGE + "In 2030, imports from Norway rose 3 per cent to $1.2 billion.")
    assert 1.2e9 in got
