"""Round 46, trade tables as pages store them (``pipeline.extract.trade_tables``). Made-up tables.

- A cell-per-line table (an HTML table flattened): flow group headers, sub-headers with the unit
  ("mil. Kč", "tis. EUR"), an index column (previous year = 100) and a rank column, rows of a
  period label ("2029", "1-6/2030") and its cells; its source line under it.
- A row-per-line table with ``|`` separators (no longer dropped as a menu at cleaning): "Year |
  Exports (US$ million) | ...", rows of a year or a month range, a change column in percent
  taking the flow of the column before it.
- The pair from the heading above the table, else the page title's for a heading that calls the
  table bilateral; the reporter the heading's flow owner, else the page's own country (the
  table's source line).
- Near misses: a unit only in a caption, a table of products, a country's world totals, a row
  that does not line up, a balance column.
"""

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

_CS_PROSE = (
    "Podle údajů, které jsou k dispozici, byla spolupráce v roce 2030 dobrá a také obchod rostl.\n"
)


def _rows(text: str) -> set[tuple]:
    return tuples(figures(text), CORE)


def _cells(*cells: str) -> str:
    return "\n\n".join(cells) + "\n"


def test_czech_cell_per_line_table_with_index_and_rank_columns() -> None:
    header = ["Vývoz", "Dovoz", "Saldo"] + ["mil. Kč", "poř.", "index"] * 2 + ["mil. Kč"]
    text = (
        " date 2031-02-01\nPolsko: Obchodní a ekonomická spolupráce s ČR\n\n"
        + _CS_PROSE
        + "Vzájemný obchod se zbožím mezi ČR a PL\n\n"
        + _cells(*header)
        + _cells("2029", "41 250", "4.", "104,2", "30 100", "6.", "97,5", "11 150")
        + _cells("1-6/2030", "22 480", "4.", "108,0", "15 020", "5.", "101,3", "7 460")
        + "Zdroj: Český statistický úřad\n"
    )
    assert _rows(text) == {
        ("exports", "CZE", "POL", "2029-01-01", "2029-12-31", "level", 41.25e9, "CZK"),
        ("exports", "CZE", "POL", "2029-01-01", "2029-12-31", "pct_change", 4.2, "percent"),
        ("imports", "CZE", "POL", "2029-01-01", "2029-12-31", "level", 30.1e9, "CZK"),
        ("imports", "CZE", "POL", "2029-01-01", "2029-12-31", "pct_change", -2.5, "percent"),
        ("exports", "CZE", "POL", "2030-01-01", "2030-06-30", "level", 22.48e9, "CZK"),
        ("exports", "CZE", "POL", "2030-01-01", "2030-06-30", "pct_change", 8.0, "percent"),
        ("imports", "CZE", "POL", "2030-01-01", "2030-06-30", "level", 15.02e9, "CZK"),
        ("imports", "CZE", "POL", "2030-01-01", "2030-06-30", "pct_change", 1.3, "percent"),
    }
    assert set(figures(text)["source_country"]) == {"CZE"}


def test_cell_per_line_table_with_units_in_the_group_headers() -> None:
    text = (
        " date 2031-02-01\nSlovakia and Austria\n\n"
        "Mutual trade between Slovakia and Austria by year\n\n"
        + _cells("Year", "Turnover (EUR million)", "Turnover growth (%)")
        + _cells("2028", "7,420.5", "3.1")
        + _cells("2029", "7,118.0", "-4.1")
    )
    assert _rows(text) == {
        ("turnover", "AUT", "SVK", "2028-01-01", "2028-12-31", "level", 7420.5e6, "EUR"),
        ("turnover", "AUT", "SVK", "2028-01-01", "2028-12-31", "pct_change", 3.1, "percent"),
        ("turnover", "AUT", "SVK", "2029-01-01", "2029-12-31", "level", 7118e6, "EUR"),
        ("turnover", "AUT", "SVK", "2029-01-01", "2029-12-31", "pct_change", -4.1, "percent"),
    }


def test_english_pipe_table_with_a_source_line_and_a_misaligned_row() -> None:
    text = (
        " date 2031-02-01\nKenya and Ghana\n\n"
        "Kenya and Ghana signed a new agreement on the movement of goods last week.\n"
        "Bilateral trade between Kenya and Ghana\n"
        "Year | Exports (US$ million) | Imports (US$ million) | Balance (US$ million)\n"
        "2028 | 120.5 | 80.2 | 40.3\n"
        "2029 | 131.0 | 95.4 | 10.1 | 35.6\n"
        "2030 | 140.8 | 90.0 | 50.8\n"
        "Source: Kenya National Bureau of Statistics\n"
    )
    assert _rows(text) == {
        ("exports", "KEN", "GHA", "2028-01-01", "2028-12-31", "level", 120.5e6, "USD"),
        ("imports", "KEN", "GHA", "2028-01-01", "2028-12-31", "level", 80.2e6, "USD"),
        ("exports", "KEN", "GHA", "2030-01-01", "2030-12-31", "level", 140.8e6, "USD"),
        ("imports", "KEN", "GHA", "2030-01-01", "2030-12-31", "level", 90e6, "USD"),
    }


def test_change_columns_take_the_flow_before_them() -> None:
    text = (
        " date 2031-02-01\nGhana and Kenya\n\n"
        "Ghana's trade with Kenya, by period\n"
        "Period | Exports (in thousand dollars) | y/y change, % | Imports (in thousand dollars)"
        " | y/y change, %\n"
        "Jan-Jun 2029 | 45,120 | -2.4 | 12,010 | 5.5\n"
        "Jan-Jun 2030 | 51,300 | 13.7 | 11,800 | -1.7\n"
    )
    rows = _rows(text)
    assert ("exports", "GHA", "KEN", "2030-01-01", "2030-06-30", "level", 51.3e6, "USD") in rows
    assert ("imports", "GHA", "KEN", "2029-01-01", "2029-06-30", "pct_change", 5.5, "percent") in (
        rows
    )
    assert len(rows) == 8


def test_flow_header_with_unit_in_a_pipe_table() -> None:
    text = (
        " date 2031-02-01\nGhana and Kenya\n\n"
        "Ghana's exports to Kenya, by period\n"
        "Period | Exports (in thousand dollars) | Exports, change %\n"
        "Jan-Jun 2029 | 45,120 | -2.4\n"
        "2030* | 51,300 | 13.7\n"
        "* January-September\n"
    )
    assert _rows(text) == {
        ("exports", "GHA", "KEN", "2029-01-01", "2029-06-30", "level", 45.12e6, "USD"),
        ("exports", "GHA", "KEN", "2029-01-01", "2029-06-30", "pct_change", -2.4, "percent"),
        ("exports", "GHA", "KEN", "2030-01-01", "2030-09-30", "level", 51.3e6, "USD"),
        ("exports", "GHA", "KEN", "2030-01-01", "2030-09-30", "pct_change", 13.7, "percent"),
    }


def test_russian_pipe_table_with_a_month_range_row() -> None:
    text = (
        " date 2031-02-01\nКазахстан и Узбекистан\n\n"
        "Казахстан и Узбекистан в этом году договорились о новых поставках зерна, что по словам"
        " сторон поможет на рынке.\n"
        "Экспорт Казахстана в Узбекистан, данные по годам:\n"
        "Год | экспорт (млн долларов) | рост, % |\n"
        "2029 | 1 840,5 | 6,2 |\n"
        "Январь-март 2030 года | 512,0 | 3,9 |\n"
    )
    assert _rows(text) == {
        ("exports", "KAZ", "UZB", "2029-01-01", "2029-12-31", "level", 1840.5e6, "USD"),
        ("exports", "KAZ", "UZB", "2029-01-01", "2029-12-31", "pct_change", 6.2, "percent"),
        ("exports", "KAZ", "UZB", "2030-01-01", "2030-03-31", "level", 512e6, "USD"),
        ("exports", "KAZ", "UZB", "2030-01-01", "2030-03-31", "pct_change", 3.9, "percent"),
    }


def test_a_unit_only_in_a_caption_gives_no_rows() -> None:
    text = (
        " date 2031-02-01\nKenya and Ghana\n\n"
        "Bilateral trade between Kenya and Ghana\n"
        "(Value in US$ million)\n"
        "Year | Exports | Imports\n"
        "2029 | 131.0 | 95.4\n"
        "2030 | 140.8 | 90.0\n"
    )
    assert _rows(text) == set()


def test_a_table_of_products_gives_no_rows() -> None:
    text = (
        " date 2031-02-01\nKenya and Ghana\n\n"
        "Exports from Kenya to Ghana by product\n"
        "Product | 2029 (US$ million) | 2030 (US$ million)\n"
        "Tea | 31.0 | 35.4\n"
        "Cut flowers | 12.8 | 10.0\n"
    )
    assert _rows(text) == set()


def test_a_countrys_world_totals_give_no_rows() -> None:
    text = (
        " date 2031-02-01\nKenya and Ghana: trade relations\n\n"
        "Foreign trade of Kenya\n"
        "Year | Exports (US$ million) | Imports (US$ million)\n"
        "2029 | 7,131.0 | 19,095.4\n"
        "2030 | 7,440.8 | 20,190.0\n"
    )
    assert _rows(text) == set()


def test_a_cell_per_line_row_that_does_not_line_up_ends_the_table() -> None:
    text = (
        " date 2031-02-01\nSlovakia and Austria\n\n"
        "Mutual trade between Slovakia and Austria by year\n\n"
        + _cells("Turnover (EUR million)", "Turnover growth (%)")
        + _cells("2028", "7,420.5", "3.1")
        + _cells("2029", "7,118.0")
        + _cells("2030", "7,005.0", "-1.6")
    )
    assert _rows(text) == {
        ("turnover", "AUT", "SVK", "2028-01-01", "2028-12-31", "level", 7420.5e6, "EUR"),
        ("turnover", "AUT", "SVK", "2028-01-01", "2028-12-31", "pct_change", 3.1, "percent"),
    }
