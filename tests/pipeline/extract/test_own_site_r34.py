"""Round 34 (source_country on real pages): an embassy's or ministry's own site states for its
country (NOTES, round 6: "A ministry's or embassy's own page ... states for its country, as
when it is quoted"). The site names itself in its header: a title or first line that is only
the body's name ("EMBASSY OF THE REPUBLIC OF PERU", "Peru Embassy Santiago, Chile"), also
wrapped over two lines. A headline about an embassy is no header. Made-up pages
(``authority.own_site``)."""

import pytest

from tests.pipeline.extract.test_extract import figures

_BODY = "Trade between Peru and Chile reached $4.1 billion in 2029, up 5% on 2028."


def _sources(page: str) -> set:
    return {r.source_country for r in figures(page).itertuples()}


@pytest.mark.parametrize(
    "header",
    [
        "EMBASSY OF THE REPUBLIC OF PERU",
        "EMBASSY OF THE REPUBLIC\nOF PERU",
        "Peru Embassy Santiago, Chile",
        "High Commission of Peru, Santiago",
    ],
)
def test_a_state_body_s_own_site_states_for_its_country(header: str) -> None:
    assert _sources(f"date 2030-03-01\n{header}\n\n{_BODY}\n") == {"PER"}


@pytest.mark.parametrize(
    "header",
    [
        "Embassy of Peru hosts a trade fair as exports rise",
        "Peru and Chile: trade in 2029",
    ],
)
def test_near_miss_a_headline_is_no_site_header(header: str) -> None:
    assert _sources(f"date 2030-03-01\n{header}\n\n{_BODY}\n") == {None}
