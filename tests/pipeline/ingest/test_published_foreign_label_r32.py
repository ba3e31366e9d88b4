"""Round 32 (fw14): a date line behind a label in any language ("Oluşturulma Tarihi: 13 Mayıs
2031 23:45", "Datum: 13.05.2031", "Fecha de publicación: 13 de mayo de 2031", "Дата публикации:
13 мая 2031") dates the page; a label before prose ("Read also: talks on 13 May 2031 were ...")
or before a name ("Editor: Jane Roe") does not. Made-up page heads."""

import datetime as dt

import pytest

from pipeline.ingest.published import find_published

BODY = "\nBody text of the article follows here with some words about trade.\n"


@pytest.mark.parametrize(
    "line",
    [
        "Oluşturulma Tarihi: 13 Mayıs 2031 23:45",
        "Datum: 13.05.2031",
        "Fecha de publicación: 13 de mayo de 2031",
        "Дата публикации: 13 мая 2031",
        "Tanggal: 13 Mei 2031",
    ],
)
def test_a_labelled_foreign_date_line_dates_the_page(line: str) -> None:
    assert find_published("Chile and Peru sign a pact\n" + line + BODY) == dt.date(2031, 5, 13)


@pytest.mark.parametrize(
    "line",
    ["Read also: Trade talks on 13 May 2031 were held in Lima and went well", "Editor: Jane Roe"],
)
def test_near_miss_a_label_before_prose_or_a_name_dates_nothing(line: str) -> None:
    assert find_published("Chile and Peru sign a pact\n" + line + BODY) is None
