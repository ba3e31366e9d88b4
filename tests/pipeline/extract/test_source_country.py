"""``source_country``: the authority that states a figure (NOTES.md "source_country", "Sources").

Made-up articles in several outlets' styles: a national body the text does not give a country
(its country is the one the page names first), bodies named by an acronym the page defines or a
"-stat" name, and the sources that must stay empty (lobbies, analysts, outlets, international
bodies, companies).
"""

import pytest

from tests.pipeline.extract.test_extract import figures


def _sources(text: str) -> list[object]:
    out = figures(text)
    assert len(out), "no figure read"
    return [None if s is None or s != s else s for s in out["source_country"]]


@pytest.mark.parametrize(
    "text",
    [
        # a wire story: the body without its country, then reported speech continues
        "Armenia's exports to Georgia rose to $410 million in 2022, the State Revenue Committee "
        "reported on Tuesday. Imports from Georgia amounted to $120 million.",
        # a business daily: "data from ... show"
        "Data from the Ministry of Economy show that Armenia's exports to Georgia reached $410 "
        "million in 2022.",
        # a portal: "according to the statistics office"
        "Armenia's exports to Georgia totalled $410 million in 2022, according to the national "
        "statistics office.",
    ],
)
def test_unnamed_national_body_is_the_first_named_country(text: str) -> None:
    assert set(_sources(text)) == {"ARM"}


def test_a_defined_acronym_names_the_body_later() -> None:
    text = (
        "Zambia and Malawi met in Lusaka. The Central Office for Trade Statistics (COTS) publishes "
        "monthly data. According to COTS, Zambia's imports from Malawi were $80 million in 2023."
    )
    assert _sources(text) == ["ZMB"]


def test_a_stat_named_office_is_a_national_body() -> None:
    text = "According to Armstat, trade between Armenia and Iran rose to $700 million in 2023."
    assert _sources(text) == ["ARM"]


def test_official_data_keep_the_body_named_before() -> None:
    # the page's own body, then "official data" (no body named): still that body's figures, not
    # the country the page names first
    text = (
        "China and Kenya: a trade gap. Kenya's imports from the world reached Sh2 trillion in "
        "2024, according to the Kenya National Bureau of Statistics. Imports from China rose to "
        "Sh300 billion in 2024, official data shows."
    )
    assert set(_sources(text)) == {"KEN"}


@pytest.mark.parametrize(
    "text",
    [
        "Trade between Peru and Chile reached $2.5 billion in 2018, the Association of Peruvian "
        "Exporters reported.",
        "According to the Korea International Trade Association, Korea's exports to Vietnam fell "
        "to $53 billion last year.",
        "Analysts at a Nairobi brokerage said Kenya's exports to Uganda reached $700 million in "
        "2022.",
        "Pakistan's exports to Afghanistan totaled $88 million in September, the newspaper said.",
        "According to the IMF, trade between Egypt and China reached $14 billion in 2023.",
        "Trade between Vietnam and Japan reached $50 billion in 2023, according to UN Comtrade.",
        "Germany's exports to Switzerland rose to €47.7 billion in 2023, Reuters reported.",
    ],
)
def test_sources_that_are_no_authority_stay_empty(text: str) -> None:
    assert set(_sources(text)) == {None}


def test_an_analyst_after_a_minister_ends_the_ministers_figures() -> None:
    text = (
        "Kazakhstan's trade minister said trade with Hungary reached $400 million in 2023. "
        "According to analysts, trade between Kazakhstan and Hungary could reach $1 billion by "
        "2030."
    )
    assert _sources(text) == ["KAZ", None]


def test_an_estimated_amount_names_no_speaker() -> None:
    # "to an estimated $X" is the figure's qualifier, not "Uganda's imports ... estimated"
    text = (
        "Kenya's trade ministry said exports to Uganda reached $600 million in 2022. Uganda's "
        "imports from Tanzania rose to an estimated $300 million."
    )
    assert "UGA" not in _sources(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a business weekly: the figures' source without a speech verb
        (
            "Latest figures released by the Bank of Uganda on Monday indicate that exports to "
            "South Sudan rose to $30 million in November 2018.",
            "UGA",
        ),
        # a wire: "customs data showed", the body unnamed
        ("Customs data showed that Laos exported goods worth $1 billion to China in 2018.", "LAO"),
        # "official data" names no body: the outlet's own statement
        ("Official data showed that Laos exported goods worth $1 billion to China in 2018.", None),
        # a company's report names no authority
        (
            "Trade between Taiwan and Japan totaled $67.2 billion in 2018, figures published by "
            "a consultancy show.",
            None,
        ),
    ],
)
def test_a_source_named_without_a_speech_verb(text: str, expected: str | None) -> None:
    assert _sources(text) == [expected]


def test_a_pages_source_line_covers_its_unattributed_figures() -> None:
    text = (
        "Taiwan-Japan Economic Relations\n\n"
        "Source: Bureau of Foreign Trade, Ministry of Economic Affairs\n\n"
        "Bilateral trade between Taiwan and Japan totaled $67.2 billion in 2018."
    )
    assert _sources(text) == ["TWN"]


def test_an_outlets_source_line_names_no_authority() -> None:
    text = (
        "Trade news\n\nSource: The Phnom Penh Post\n\n"
        "Cambodia's exports to China reached $1.2 billion in 2022."
    )
    assert _sources(text) == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first person introduced is the page's own: a hyphenated given name is a name
        (
            "Prime Minister of Norway Jean-Luc Berg flies to Chile today to meet Chilean "
            "President Ana Soto. According to the Bureau of Statistics, Norway's exports to "
            "Chile reached $300 million in 2022.",
            "NOR",
        ),
        # "of Norway Name" before "Chilean President Name": the order of the text, not of the
        # patterns, decides who comes first
        (
            "Prime Minister of Norway Lars Berg flies to Chile today to meet Chilean President "
            "Ana Soto. According to the Bureau of Statistics, Norway's exports to Chile reached "
            "$300 million in 2022.",
            "NOR",
        ),
        # near miss: the host named first stays first (a flow with no owner: "Norway's exports"
        # would make the bureau Norway's, ``attribution.flow_owner``, round 34)
        (
            "Chilean President Ana Soto will host Prime Minister of Norway Jean-Luc Berg today. "
            "According to the Bureau of Statistics, trade between Norway and Chile reached $300 "
            "million in 2022.",
            "CHL",
        ),
    ],
)
def test_an_unnamed_bureau_is_the_first_introduced_persons(text: str, expected: str) -> None:
    assert set(_sources(text)) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker after its verb, closing the sentence of its figure
        (
            "Peru's imports from Chile rose to $3 billion in 2030, said the Chilean Ministry of "
            "Foreign Affairs.",
            "CHL",
        ),
        (
            "Trade between Peru and Chile reached $3 billion in 2030, said the Chile Export "
            "Promotion Corporation (Chilexport).",
            "CHL",
        ),
        # after a quotation, a person the sentence introduces
        (
            "“Our exports to Peru reached $3 billion in 2030,” said Chilean Trade Minister Ana "
            "Soto.",
            "CHL",
        ),
        # near misses: a source that is no authority, a title without a country, and a country
        # named only in the clause after the speaker
        ("Peru's imports from Chile rose to $3 billion in 2030, said analysts at Banco Sur.", None),
        ("Peru's imports from Chile rose to $3 billion in 2030, said the Ministry of Trade.", None),
        (
            "Peru's imports from Chile rose to $3 billion in 2030, said President Jane Roe as she "
            "welcomed the Prime Minister of Chile.",
            None,
        ),
    ],
)
def test_a_speaker_after_its_verb(text: str, expected: str | None) -> None:
    assert set(_sources(text)) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "NZ" is New Zealand, as "US" is the United States: its statistics office's figures
        ("Exports to Fiji rose 5% to $300 million in 2030, Statistics NZ said.", "NZL"),
        # near miss: "NZ$" is a currency, not the speaker's country
        (
            "Fiji's imports from Samoa rose to NZ$300 million in 2030, the Fiji Bureau of Statistics said.",
            "FJI",
        ),
    ],
)
def test_nz_names_new_zealand(text: str, expected: str) -> None:
    assert set(_sources(text)) == {expected}
