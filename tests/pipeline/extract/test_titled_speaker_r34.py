"""Round 34 (source_country on real pages): a speaker whose title sets the name off with commas.
"Ana Torres, Peru's trade minister, said", "said Ana Torres, the Peruvian trade minister",
"Peru's ambassador, Maria Lopez, said", "Jorge Diaz, who heads the Peruvian Customs
Administration, has announced", "According to Ana Torres, Peru Foreign Trade Minister," and
"As per Peruvian Customs" state the figure for Peru (NOTES: `source_country`, an official or
state body quoted in the sentence). Made-up sentences (``attribution.SpeakerState.learn_people``,
``attribution._without_named_asides``)."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _sources(text: str, date: str = "2030-03-01") -> set[tuple]:
    out = figures(f"date {date}\nTrade figures\n{text}\n")
    return {(r.flow, r.measure, r.value, r.source_country) for r in out.itertuples()}


_LEVEL = ("turnover", "level", 4.1e9)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana's trade with Togo reached $4.1 billion in 2029, said Ama Mensah, Ghana's trade"
        " minister.",
        "Ghana's trade with Togo reached $4.1 billion in 2029, Ama Mensah, Ghana's trade"
        " minister, said.",
        "Ghana's trade with Togo reached $4.1 billion in 2029, said Ama Mensah, the Ghanaian trade"
        " minister.",
        "Ghana's ambassador, Kofi Owusu, said trade with Togo reached $4.1 billion in 2029.",
        "Kofi Owusu, Ghana's ambassador to Togo, said trade reached $4.1 billion in 2029.",
        "Kofi Owusu, Ambassador of Ghana to Togo, said trade reached $4.1 billion in 2029.",
        "According to Ama Mensah, Ghana Trade Minister, trade between Ghana and Togo reached $4.1"
        " billion in 2029.",
        "As per Ghanaian customs, trade between Ghana and Togo in 2029 came to $4.1 billion.",
    ],
)
def test_a_titled_speaker_set_off_by_commas_states_for_the_title_s_country(text: str) -> None:
    assert _sources(text) == {(*_LEVEL, "GHA")}


def test_a_speaker_who_heads_a_national_body_states_for_it() -> None:
    text = (
        "Kofi Owusu, who heads the Ghanaian Customs Service, has announced a 12 percent rise in"
        " trade between Ghana and Togo in 2029."
    )
    assert _sources(text) == {("turnover", "pct_change", 12.0, "GHA")}


@pytest.mark.parametrize(
    "text",
    [
        # an aside that is no title, with a figure in it: the outlet's own clause
        "Ghana's trade with Togo reached $4.1 billion in 2029, up 5%, said Ama Mensah.",
        # "as per" an analyst: no authority (NOTES: a company or an analyst states no source)
        "Ghana's trade with Togo reached $4.1 billion in 2029, as per analysts at a bank.",
    ],
)
def test_near_miss_no_titled_speaker(text: str) -> None:
    assert {row[3] for row in _sources(text)} == {None}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Guests were welcomed in Accra. According to the Ministry of Foreign Affairs, Togo's"
            " trade with Ghana reached $4.1 billion in 2029.",
            "TGO",
        ),
        (
            "Guests were welcomed in Accra. Togolese exports to Ghana reached $4.1 billion in 2029,"
            " the statistics agency said.",
            "TGO",
        ),
    ],
)
def test_an_unnamed_national_body_is_the_economy_whose_trade_the_sentence_states(
    text: str, source: str
) -> None:
    """The body names no country; the sentence's own economy ("Togo's trade", "Togolese
    exports") is whose body it is, before the page's dateline or first person
    (``attribution.flow_owner``)."""
    assert {row[3] for row in _sources("ACCRA, March 1 -- " + text)} == {source}


@pytest.mark.parametrize(
    "text",
    [
        # a title the lexicon lacked ("high commissioner", "envoy", "spokesperson")
        "Kofi Owusu, Ghana's high commissioner to Togo, said trade reached $4.1 billion in 2029.",
        "Ghana's trade with Togo reached $4.1 billion in 2029, said Ama Mensah, Ghana's envoy to"
        " Lome.",
        # "reports" and "going by" as cues
        "Ghana's trade with Togo reached $4.1 billion in 2029, Ghana's statistics service reports.",
        "Going by data that the Ghanaian Ministry of Trade released, trade between Ghana and Togo"
        " reached $4.1 billion in 2029.",
    ],
)
def test_more_titles_and_cues(text: str) -> None:
    assert _sources(text) == {(*_LEVEL, "GHA")}


def test_an_anaphoric_body_keeps_the_current_source() -> None:
    """ "the agency said" after a named body is that body again, whoever's trade it states."""
    text = (
        "According to Ghana's statistics service, trade with Togo reached $4.1 billion in 2029."
        " Togolese investment in Ghana reached $0.3 billion in 2029, the agency said."
    )
    assert {row[3] for row in _sources(text)} == {"GHA"}
