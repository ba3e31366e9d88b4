"""Round 59, field source_country: the speaker after a dash that closes a quotation, named by a
title the Slavic glosses left unread. Dev pages: "... - powiedział w czwartek w Katowicach rumuński
prezydent" (hx02 wp: "prezydent" unglossed, the dash before the verb, five words between the verb
and the title), Russian "..., – сказал ..." (hu12 err).

Built for the construction: a hyphen, en or em dash (or a closing guillemet) before the verb, up
to six words before the title (none "with", "to", "and": "said at a meeting with ambassador X" is
no speaker); "president" in every case in Russian, Ukrainian, Bulgarian, Polish, Czech and
Serbo-Croatian (Latin and Cyrillic).

Every sentence is made up, with forms no dev page uses (the em dash, "белорусский президент",
"polski prezydent", "predsjednikom").
"""

from __future__ import annotations

import pytest

from tests.pipeline.extract.test_extract import figures


def _sources(text: str, title: str) -> set:
    out = figures(f" date 2031-02-01\n{title}\n\n{text}\n")
    assert len(out)
    return {r["source_country"] for _, r in out.iterrows()}


@pytest.mark.parametrize(
    ("text", "title", "iso3"),
    [
        (
            "Товарооборот между Казахстаном и Беларусью в 2030 году достиг 1,4 млрд долларов. "
            "«Это хороший результат, но мы можем больше» — заявил в пятницу в Астане "
            "белорусский президент.",
            "Торговля",
            "BLR",
        ),
        (
            "Obroty handlowe między Czechami a Polską wyniosły w 2030 roku 30 mld euro. "
            "„To dobry wynik, ale stać nas na więcej” - powiedział w piątek w Pradze polski "
            "prezydent.",
            "Handel",
            "POL",
        ),
    ],
)
def test_the_speaker_after_a_dash(text: str, title: str, iso3: str) -> None:
    assert _sources(text, title) == {iso3}


def test_a_title_after_with_is_no_speaker() -> None:
    text = (
        "Товарооборот между Беларусью и Казахстаном в 2030 году достиг 1,4 млрд долларов, "
        "сообщил на встрече с послом Казахстана в Минске министр торговли."
    )
    assert _sources(text, "Торговля") != {"KAZ"}
