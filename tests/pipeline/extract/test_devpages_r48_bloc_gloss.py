"""Round 48, a bloc named in a glossed language, and "other countries" (made-up sentences,
made-up figures).

Kind: the CIS is named in Russian and Ukrainian by its abbreviation, alone or after "countries"
in any case ("со странами СНГ", "в страны СНГ", "з країнами СНД"): the gloss reads "CIS
countries", the bloc partner the English rules know (``foreign_words.csv``); "with other
countries" ("с другими странами") glosses as the English, so a figure of trade with the rest of
the world takes no partner from the sentence before. Near miss: "other member states of the
union" ("с другими странами-участницами") is left as it was written.
"""

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

_Y30 = ("2030-01-01", "2030-12-31")


def _rows(text: str, title: str = "Торговля") -> set[tuple]:
    return tuples(figures(f"date 2031-02-10\n{title}\n\n{text}\n"), CORE, unordered_turnover=True)


def test_russian_cis_countries() -> None:
    text = (
        "В 2030 году товарооборот Таджикистана со странами СНГ вырос на 12,5% до 4,2 млрд долларов."
    )
    rows = _rows(text)
    assert any(set(r[1:3]) == {"TJK", "CIS"} and r[-2] == 4.2e9 for r in rows)


def test_russian_exports_to_cis() -> None:
    text = "В 2030 году экспорт Армении в страны СНГ составил 1,7 млрд долларов."
    assert ("exports", "ARM", "CIS", *_Y30, "level", 1.7e9, "USD") in _rows(text)


def test_other_countries_take_no_partner() -> None:
    text = (
        "В 2030 году товарооборот Таджикистана со странами СНГ составил 4,2 млрд долларов. "
        "Товарооборот с другими странами за тот же период составил 3,1 млрд долларов."
    )
    rows = _rows(text)
    assert not any(r[-2] == 3.1e9 and r[2] == "CIS" for r in rows)
