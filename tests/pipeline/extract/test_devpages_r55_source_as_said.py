"""Round 55, kind: a Russian speech verb before its speaker, "Как сообщил министр ...," (as said
the minister ...,) opening the sentence, and ", информирует МИД ..." (reports the foreign
ministry) after the figure. The speech verbs (сообщил, заявил, отметил, сказал, рассказал,
подчеркнул, уточнил, добавил in every gender and number) and "как" before them are glossed, with
the officials' nouns (министр, посол, МИД); ``attribution._AS_SPEECH_FIRST`` reads the speaker up
to the clause's comma, and the inverted ", reports <body>" (``inverted._VERB_SUBJECT``) takes
"reports" as it took "reported". Dev pages: hk06 (sb), ht04 (snob), hm06 (kursiv), hx01 (24kg),
ia08 (newsby), ho01 (rus3d): six pages, six outlets. Made-up sentences (other pairs, figures).
"""

from __future__ import annotations

from tests.pipeline.extract.test_extract import sources as _sources


def test_as_said_the_minister_of_a_country() -> None:
    got = _sources(
        "date 2029-03-01\nКазахстан и Армения\n\nКак сообщил министр экономики Казахстана, "
        "товарооборот между Казахстаном и Арменией в 2028 году составил 300 миллионов долларов."
    )
    assert got[300_000_000.0] == "KAZ"


def test_reports_the_foreign_ministry_after_the_figure() -> None:
    got = _sources(
        "date 2029-03-01\nБеларусь и Армения\n\nТоварооборот между Беларусью и Арменией в 2028 "
        "году составил 410 миллионов долларов, информирует МИД Беларуси."
    )
    assert got[410_000_000.0] == "BLR"


def test_near_miss_as_said_an_analyst_is_no_authority() -> None:
    got = _sources(
        "date 2029-03-01\nКазахстан и Армения\n\nКак отметил аналитик банка, товарооборот между "
        "Казахстаном и Арменией в 2028 году составил 300 миллионов долларов."
    )
    assert got[300_000_000.0] is None
