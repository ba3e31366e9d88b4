"""Round 34 (source_country on real pages): "Tajikistan posted the largest gain" reports a
result, not a post, so Tajikistan is no speaker; and a body named in full ("According to the
Ministry of External Affairs") is the body of the economy whose trade the sentence states even
while another source is current (only a lower-case "the ministry said" refers back to it).
Made-up pages (``attribution._SUBJECT_VERB``, ``SpeakerState._owner``)."""

from tests.pipeline.extract.test_extract import figures


def _sources(text: str) -> list:
    return [
        r.source_country for r in figures(f"date 2030-03-01\nTrade figures\n{text}\n").itertuples()
    ]


def test_posting_a_result_is_no_speaker() -> None:
    text = (
        "Trade between China and Peru reached $40 billion in 2029, according to China's customs"
        " administration. Bolivia posted the largest gain with China, its trade jumping 54"
        " percent in 2029."
    )
    assert _sources(text) == ["CHN", "CHN"]


def test_near_miss_posting_on_a_website_is_a_post() -> None:
    text = (
        "Bolivia's trade ministry posted on its website that trade with China reached $4"
        " billion in 2029."
    )
    assert _sources(text) == ["BOL"]


def test_a_body_named_in_full_is_the_sentence_s_economy_s() -> None:
    text = (
        "Chile's trade minister, Luis Rojas, met Peru's ambassador in Santiago on Monday,"
        " Chile's foreign ministry said. According to the Ministry of Foreign Trade, Peru's"
        " trade with Chile reached $4.1 billion in 2029."
    )
    assert _sources(text) == ["PER"]
