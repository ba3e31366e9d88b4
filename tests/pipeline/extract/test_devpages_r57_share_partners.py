"""Round 57 kind (English): a whole split among partners by a share clause read as the first
partner's figure. Dev page iw07 d1softballnews ("exports ... reach $19,590 million: $7,202 million
for oil, ... and of that last group 24% went to China, 22% to United States"): the share clause
came past a list of the whole's parts, with "of that last group" before the share, and no
economy before it. Built as the English paradigm of the share clause ``world._SHARE_AFTER``
reads ("24% of which went to", "and 24% of them were shipped to", "with B taking 24% of the
total", "of that (last group)"), the clause past a list of parts, and a whole with no economy
before the clause. Made-up sentences, with pairs and phrasings no dev page uses (Peru, Chile,
Japan; "were shipped", "taking", "of which" after the share)."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple[str, float]]:
    return {(r["partner"], r["value"]) for r in figures(text).to_dict("records")}


def _text(sentence: str) -> str:
    return f" date 2031-02-01\nTrade news\n\n{sentence}\n"


def test_share_before_which_or_them() -> None:
    assert (
        _rows(_text("Peru's exports in 2030 reached $19.5 billion, 24% of which went to Japan."))
        == set()
    )
    assert (
        _rows(
            _text(
                "Peru's exports in 2030 reached $19.5 billion, and 24% of them were shipped to Japan."
            )
        )
        == set()
    )


def test_partner_taking_a_share_of_the_total() -> None:
    got = _rows(
        _text("Peru's exports reached $19.5 billion in 2030, with Japan taking 24% of the total.")
    )
    assert got == set()


def test_share_past_a_list_of_the_wholes_parts() -> None:
    got = _rows(
        _text(
            "Peru's exports in 2030 reached $19.5 billion: $7.2 billion for copper and $10.7 billion "
            "for other goods, and of that last group 24% went to Japan."
        )
    )
    assert not any(value in (19.5e9, 7.2e9) for _, value in got)


def test_no_economy_before_the_share_clause() -> None:
    got = _rows(
        _text(
            "Peru's economy grew last year. Exports reached $19.5 billion in 2030, of which 24% went "
            "to Japan and 5% to Chile."
        )
    )
    assert got == set()


def test_near_misses_stay_as_they_are() -> None:
    # the pair's own figure, a share of it named after ("of that, 60% went ..."): still the pair's
    got = _rows(
        _text(
            "Trade between the two countries reached $5 billion in 2030, of which 60% went to "
            "ports in the north. Peru and Japan signed a deal."
        )
    )
    assert ("JPN", 5e9) in got or ("PER", 5e9) in got
    # a share clause of goods, not of partners: the pair named before it keeps the figure
    got = _rows(
        _text(
            "Peru's exports to Japan reached $19.5 billion in 2030, with copper taking 24% of the total."
        )
    )
    assert ("JPN", 19.5e9) in got
