"""The committed real-news files agree with each other and with the contract's vocabulary (no page
text needed): every gold row names a listed page, every value is one the contract allows, and no
page is listed twice (a duplicate page's gold rows could never match: ingest quarantines it)."""

import csv
from pathlib import Path

import pandas as pd
import pytest

from pipeline.contract.gold import GoldSchema
from pipeline.contract.schemas import MONEY_MEASURES

HERE = Path(__file__).parent
SPLITS = {"dev", "blind", "fresh"}
OUTLET_KINDS = {"wire", "government", "business", "general", "regional"}


def _rows(name: str) -> list[dict[str, str]]:
    with open(HERE / name, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def sources() -> list[dict[str, str]]:
    return _rows("sources.csv")


@pytest.fixture(scope="module")
def gold() -> pd.DataFrame:
    return pd.read_csv(HERE / "gold.csv", dtype=str, keep_default_na=False)


def test_every_page_is_listed_once_with_a_known_split(sources) -> None:
    docs = [s["doc"] for s in sources]
    urls = [s["url"].rstrip("/") for s in sources]
    assert len(set(docs)) == len(docs), "a doc id is listed twice"
    assert len(set(urls)) == len(urls), "a URL is listed twice"
    assert {s["split"] for s in sources} <= SPLITS
    assert {s["outlet_kind"] for s in sources} <= OUTLET_KINDS
    assert all(s["found_by"].strip() for s in sources), "every page says how it was found"


def test_gold_rows_name_listed_pages_in_the_contract_vocabulary(sources, gold) -> None:
    assert set(gold["doc"]) <= {s["doc"] for s in sources}
    typed = gold.replace({"": None}).assign(value=lambda d: d["value"].astype(float))
    GoldSchema.validate(typed, lazy=True)  # flows, measures, statuses, dates
    assert gold["scope"].str.fullmatch(r"[a-z_]+").all()
    assert gold["approx"].isin(["true", "false"]).all()
    money = gold["measure"].isin(MONEY_MEASURES)
    assert gold.loc[money, "unit"].str.fullmatch(r"[A-Z]{3}").all(), "money in ISO 4217"
    assert gold.loc[gold["measure"] == "pct_change", "unit"].eq("percent").all()


def _economies() -> set[str]:
    with open(HERE.parents[1] / "pipeline" / "lexicon" / "countries.csv", encoding="utf-8") as fh:
        return {row["iso3"] for row in csv.DictReader(fh)}


def test_gold_economies_are_in_the_lexicon(gold) -> None:
    """A reporter, partner or source that the extractor could never name is a typo in gold (or a
    missing lexicon row: add the economy to ``pipeline/lexicon/countries.csv``)."""
    known = _economies()
    named = set(gold["reporter"]) | set(gold["partner"]) | (set(gold["source_country"]) - {""})
    assert sorted(named - known) == []
