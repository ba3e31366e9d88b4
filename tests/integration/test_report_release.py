"""What a user sees of a real release of ``seeds/``: report and chart in every release, the
``tradefacts conflicts`` / ``facts`` tables with both sides of the Kazakh–Kyrgyz 2024 turnover
dispute (1.34bn by the Kyrgyz side, 1.7bn by the Kazakh side), and ``--json`` for scripts.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
from pathlib import Path

import pytest
from PIL import Image

from assets import cli
from pipeline.contract.tables import TABLES
from pipeline.release.catalog import list_releases, verify_release
from pipeline.release.layout import load_table, read_latest, releases_dir
from pipeline.report.attachments import release_attachments
from pipeline.report.markdown import SECTION_FILES, read_report
from tests.seeds import SEEDS

SIDES = {"KGZ": 1.34e9, "KAZ": 1.7e9}


def _main(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli.main([str(a) for a in argv])
    return code, out.getvalue()


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    """Two releases: the seeds, then the seeds plus one made-up article."""
    root = tmp_path_factory.mktemp("report")
    shutil.copytree(SEEDS, root / "seeds")
    run = ("run", "--seeds", root / "seeds", "--data", root / "data")
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("DAGSTER_HOME", raising=False)
        code, out = _main(*run)
        assert code == 0, out
        assert "publish    release" in out and "report:    " in out  # stage lines, summary
        (root / "seeds" / "zz_extra.txt").write_text(
            "date 2031-03-02\nTrade between Georgia and Armenia reached $1.4 billion in 2030.\n",
            encoding="utf-8",
        )
        assert _main(*run)[0] == 0
    return root / "data"


def _kaz_kgz_2024(data: Path) -> tuple[dict, list[dict]]:
    release_id = read_latest(data)
    facts = load_table(data, release_id, "facts")
    fact = facts[
        (facts["resolution"] == "conflicting")
        & facts.apply(lambda r: {r["reporter"], r["partner"]} == set(SIDES), axis=1)
        & (facts["period_end"].astype(str) == "2024-12-31")
    ]
    assert len(fact) == 1
    claims = load_table(data, release_id, "claims")
    mine = claims[claims["fact_id"] == fact.iloc[0]["fact_id"]]
    return fact.iloc[0].to_dict(), mine.to_dict("records")


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_every_release_carries_a_verified_report_and_chart(data) -> None:
    releases = list_releases(data)
    assert len(releases) == 2
    for info in releases:
        folder = releases_dir(data) / info.release_id
        sections = set(SECTION_FILES.values())  # the report's long sections (issue 18)
        assert (
            set(info.manifest["attachments"])
            == {
                "report.md",
                "claims.png",
                "mirror.parquet",
            }
            | sections
        )
        assert verify_release(data, info.release_id) == []
        with Image.open(folder / "claims.png") as image:
            image.verify()
            assert image.format == "PNG" and image.width >= 600
        report = (folder / "report.md").read_text(encoding="utf-8")
        assert report.startswith(f"# Release {info.release_id}")
    _, claims = _kaz_kgz_2024(data)
    report = read_report(releases_dir(data) / read_latest(data))
    for claim in claims:
        assert _flat(claim["sentence"]) in _flat(report)
    assert "1.34bn USD" in report and "1.7bn USD" in report


def test_report_and_chart_are_reproducible_from_the_release_tables(data) -> None:
    release_id = read_latest(data)
    tables = {name: load_table(data, release_id, name) for name in TABLES}
    folder = releases_dir(data) / release_id
    for name, content in release_attachments(tables, release_id).items():
        assert (folder / name).read_bytes() == content, name


def test_conflicts_shows_both_sides_with_sources_sentences_and_documents(data) -> None:
    code, out = _main("conflicts", "--data", data)
    assert code == 0
    _, claims = _kaz_kgz_2024(data)
    (block,) = [b for b in out.split("\n\n") if "  KAZ–KGZ  2024  level  actual" in b]
    assert "KAZ side 1.7bn vs KGZ side 1.34bn" in block
    rows = [line.split() for line in block.splitlines()]
    for claim in claims:
        source, value = claim["source_country"], claim["value"]
        amount = {1.34e9: "1.34bn", 1.7e9: "1.7bn"}[value]
        assert [source, amount, "USD"] in [r[:3] for r in rows]
        assert _flat(claim["sentence"]) in _flat(block)
        assert claim["doc_id"] in block
    assert "1.7bn USD" in block and "1.34bn USD" in block


def test_facts_filters_by_pair_and_year_and_quotes_the_claims(data) -> None:
    code, out = _main("facts", "--data", data, "--pair", "KGZ-KAZ", "--year", "2024")
    assert code == 0
    table = out.split("\n\n")[1]
    assert "KAZ–KGZ" in table and "conflicting" in table and "1.34bn–1.7bn USD" in table
    assert "CHN" not in out
    _, claims = _kaz_kgz_2024(data)
    for claim in claims:
        assert _flat(claim["sentence"]) in _flat(out)


def test_json_output_parses_and_holds_both_sides(data) -> None:
    fact, _ = _kaz_kgz_2024(data)
    code, out = _main("conflicts", "--data", data, "--json")
    assert code == 0
    conflicts = json.loads(out)["conflicts"]
    match = [c for c in conflicts if c["fact_id"] == fact["fact_id"]]
    assert len(match) == 1
    sides = {c["source_country"]: c["value"] for c in match[0]["claims"]}
    assert sides == SIDES
    assert all(c["sentence"] and c["doc_id"] for c in match[0]["claims"])

    code, out = _main("facts", "--data", data, "--pair", "KAZ-KGZ", "--year", "2024", "--json")
    assert code == 0
    parsed = json.loads(out)
    assert parsed["release_id"] == read_latest(data)
    assert fact["fact_id"] in {f["fact_id"] for f in parsed["facts"]}


def test_table_commands_fail_in_one_line_without_a_release(tmp_path, capsys) -> None:
    assert cli.main(["conflicts", "--data", str(tmp_path)]) == 1
    assert cli.main(["facts", "--data", str(tmp_path), "--pair", "A-B-C"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("tradefacts: ") for line in err)


def test_a_pair_of_names_instead_of_codes_is_an_error_with_the_codes(data, capsys) -> None:
    """``--pair India-USA`` printed "0 facts", as if the release had none (round 59's trial)."""
    assert cli.main(["facts", "--data", str(data), "--pair", "Kazakhstan-KGZ"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("tradefacts: ") and len(err.splitlines()) == 1
    assert "no economy has code KAZAKHSTAN (KAZ?)" in err and "ISO 3166-1 alpha-3" in err
    code, out = _main("facts", "--data", data, "--pair", "KAZ-ZZZ")
    assert code == 1
