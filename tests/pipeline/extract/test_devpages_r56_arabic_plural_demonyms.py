"""Round 56, kind: an Arabic demonym in its plural (the people of a country) stayed unread. Dev
pages: "التجار العراقيين" (hk11 burathanews), "العراقيون" (hn14 damapost), "رجال الأعمال
السعوديون" (ig11 sauress), "رجال الأعمال الكويتيون" (hw12 fekera), "المتعاملين الجزائريين",
"النيجيريين" (ig13 djazairess): ``arabic.nisba_rows`` grew the adjective's singular forms only.

``arabic.nisba_rows``: the sound masculine plural too ("-ون", "-ين", with and without the
article), of every country's adjective, each with the clitics ``arabic.forms`` writes onto a row
("وللمستثمرين" -> "and for the investors" ...). Made-up sentences, with countries no dev page
writes so (Tunisian, Omani, Jordanian): an investor's country is read, so is the pair of a flow
the people own.
"""

from __future__ import annotations

from pipeline.extract.arabic import nisba_rows
from pipeline.extract.foreign import gloss


def test_the_plural_of_every_adjective() -> None:
    rows = dict(nisba_rows({"تونس": "Tunisia", "الأردن": "Jordan"}))
    assert rows["التونسيون"] == rows["التونسيين"] == rows["تونسيين"] == "Tunisian"
    assert rows["الأردنيين"] == "Jordanian"


def test_glossed_with_its_clitics() -> None:
    got = gloss(
        "وبلغت استثمارات رجال الأعمال العمانيين والمستثمرين الأردنيين 300 مليون دولار", "ar"
    )
    assert "Omani" in got and "Jordanian" in got


def test_near_misses_stay_as_they_are() -> None:
    # a name that ends in "ي" itself gives no forms ("مالي", Mali; "الماليين" stays a word)
    assert not any(form.startswith("مالي") for form, _ in nisba_rows({"مالي": "Mali"}))
    assert "الماليين" in gloss("المستثمرين الماليين", "ar")
