""" "As said in the ministry of X, ..." names the body (round 57, after the new-user trial's Russian
sources).

Russian writes a body's statement with an impersonal plural and "в" + the body: "Как сообщили в
Статистическом комитете Армении, ..." (as [they] said in the Statistical Committee of Armenia: the
committee said it). Glossed "as said in the ...", the phrase opened with a preposition and was
taken as no speaker, so the figure had no source country. A phrase after "as <speech verb>" that
opens with "in"/"at" before a body noun (ministry, committee, service, customs, ...) is now the
body. Made-up sentences with bodies, verbs and pairs no dev page uses. Near misses: "as said on
Monday", "as noted in the report" name no body and give no source country.
"""

import pytest

from tests.pipeline.extract.test_extract import figures


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        (
            "Как сообщили в Статистическом комитете Армении, товарооборот Армении и Грузии "
            "в 2031 году составил 1,3 млрд долларов.",
            1_300_000_000.0,
            ("turnover", "ARM", "GEO", "ARM"),
        ),
        (
            "Как отметили в министерстве экономики Казахстана, экспорт Казахстана в Китай "
            "в 2031 году составил 4,5 млрд долларов.",
            4_500_000_000.0,
            ("exports", "KAZ", "CHN", "KAZ"),
        ),
        (
            "As noted at the Armenian ministry of economy, trade between Armenia and Georgia "
            "reached $1.3 billion in 2031.",
            1_300_000_000.0,
            ("turnover", "ARM", "GEO", "ARM"),
        ),
    ],
)
def test_as_said_in_a_body_names_the_body(text: str, value: float, key: tuple) -> None:
    got = figures(" date 2032-02-01\n" + text)
    row = got[got.value == value].iloc[0]
    assert (row.flow, row.reporter, row.partner, row.source_country) == key


@pytest.mark.parametrize(
    "text",
    [
        "Как сообщили в понедельник, товарооборот Армении и Грузии в 2031 году составил "
        "1,3 млрд долларов.",
        "As noted in the report, trade between Armenia and Georgia reached $1.3 billion in 2031.",
    ],
)
def test_near_miss_a_day_or_a_report_names_no_body(text: str) -> None:
    got = figures(" date 2032-02-01\n" + text)
    row = got[got.value == 1_300_000_000.0].iloc[0]
    assert (row.flow, row.reporter, row.partner) == ("turnover", "ARM", "GEO")
    assert row.source_country is None
