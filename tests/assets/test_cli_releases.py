"""``tradefacts releases …`` and ``tradefacts lineage``, plus the release-level guarantees of
``tradefacts run``: reruns publish nothing, one new article gives exactly its new facts, the
writer lock, and the release asset's data version."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from dagster import AssetKey, AssetsDefinition, DagsterInstance

from assets import cli
from assets.definitions import ASSETS
from pipeline.release.catalog import list_releases
from pipeline.release.layout import load_manifest, load_table, read_latest
from pipeline.release.parquet import write_parquet
from pipeline.release.publish import publish_release

EXTRA = "date 2031-01-05\nTrade between Georgia and Armenia reached $1.7 billion in 2030.\n"


def _publish(data_dir: Path, tables) -> str:
    hashes = dict(zip(tables["documents"]["doc_id"], tables["documents"]["sha256"], strict=True))
    return publish_release(
        data_dir, tables, code_version="test", input_hashes=hashes, run_id=None
    ).release_id


@pytest.fixture
def two_releases(tmp_path, tables) -> tuple[Path, str, str]:
    first = _publish(tmp_path, tables)
    tables["facts"].loc[0, ["value", "value_max", "resolution"]] = [7.3e9, 7.3e9, "agreed"]
    return tmp_path, first, _publish(tmp_path, tables)


def _cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def tables_docs(data: Path, release_id: str) -> list:
    """The document ids of a release's documents table, read as a consumer reads them."""
    return list(pd.read_parquet(data / "releases" / release_id / "documents.parquet")["doc_id"])


def test_list_show_and_verify(two_releases, capsys):
    data, first, second = two_releases

    code, out, _ = _cli(capsys, "releases", "list", "--data", str(data))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith(f"  {first}") and lines[1].startswith(f"* {second}")
    code, out, _ = _cli(capsys, "releases", "list", "--data", str(data), "--json")
    assert [r["latest"] for r in json.loads(out)] == [False, True]

    code, out, _ = _cli(capsys, "releases", "show", first[:8], "--data", str(data))
    assert code == 0 and f"release        {first}\n" in out and "facts.parquet" in out
    # the manifest's input count, not the number of keys of its inputs entry
    assert f"inputs         {len(tables_docs(data, first))} documents\n" in out
    code, out, _ = _cli(capsys, "releases", "show", "--data", str(data), "--json")
    assert json.loads(out)["parent"] == first

    code, out, _ = _cli(capsys, "releases", "verify", "--data", str(data))
    assert code == 0 and out.splitlines() == ["LATEST: ok", f"{first}: ok", f"{second}: ok"]
    # facts differ between the releases; a shared file (documents) would damage both
    damaged = data / "releases" / first / "facts.parquet" / "part-00000.parquet"
    damaged.chmod(0o644)
    damaged.write_bytes(b"x")
    code, out, _ = _cli(capsys, "releases", "verify", "--data", str(data))
    assert code == 1 and f"{first}: FAILED" in out and f"{second}: ok" in out
    assert _cli(capsys, "releases", "verify", second, "--data", str(data))[0] == 0
    shared = data / "releases" / second / "documents.parquet" / "part-00000.parquet"
    shared.chmod(0o644)
    shared.write_bytes(b"x")
    code, out, _ = _cli(capsys, "releases", "verify", "--data", str(data))
    assert (
        code == 1
        and f"{second}: FAILED" in out
        and out.count("documents: documents.parquet/part-00000.parquet sha256") == 2
    )


def test_diff_text_and_json(two_releases, capsys):
    data, first, second = two_releases

    code, out, _ = _cli(capsys, "releases", "diff", first, second, "--data", str(data))
    assert code == 0
    assert "facts: 0 added, 0 removed, 1 changed" in out
    assert "7.25bn USD (single_source) → 7.3bn USD (agreed)" in out
    code, out, _ = _cli(capsys, "releases", "diff", first, "latest", "--data", str(data), "--json")
    (changed,) = json.loads(out)["facts"]["changed"]
    assert changed["fields"] == ["value", "value_max", "resolution"]


def test_diff_prints_values_as_the_other_commands_do(tmp_path, tables, capsys):
    """Issue 17: ``1.11136e+09`` once; now the label of ``tradefacts facts`` and the report,
    with the exact amounts added only where the short labels cannot tell two values apart."""
    first = _publish(tmp_path, tables)
    tables["facts"].loc[0, ["value", "value_max"]] = [1_111_360_000.4, 1_111_360_000.4]
    second = _publish(tmp_path, tables)
    tables["facts"].loc[0, ["value", "value_max"]] = [1_111_400_000.0, 1_111_400_000.0]
    third = _publish(tmp_path, tables)

    code, out, _ = _cli(capsys, "releases", "diff", first, second, "--data", str(tmp_path))
    assert code == 0 and "e+" not in out
    assert "7.25bn USD (single_source) → 1.111bn USD (single_source)" in out
    code, out, _ = _cli(capsys, "releases", "diff", second, third, "--data", str(tmp_path))
    assert "1.111bn USD (single_source) [1,111,360,000] → 1.111bn USD (single_source) " in out
    assert "[1,111,400,000]" in out and "e+" not in out


def test_facts_command_says_derived_once(tmp_path, tables, capsys):
    """Issue 17: a derived fact's note starts with ``derived:``; the CLI printed it twice."""
    tables["facts"].loc[0, ["resolution", "note"]] = ["derived", "derived: X + M (FRE)"]
    _publish(tmp_path, tables)
    code, out, _ = _cli(capsys, "facts", "--data", str(tmp_path))
    assert code == 0
    assert "  derived: X + M (FRE)" in out.splitlines()
    assert "derived: derived" not in out
    tables["facts"].loc[0, ["resolution", "note"]] = ["single_source", "one claim"]
    _publish(tmp_path, tables)
    code, out, _ = _cli(capsys, "facts", "--data", str(tmp_path))
    assert "  single_source: one claim" in out.splitlines()


def test_rollback_gc_and_one_line_errors(two_releases, capsys):
    data, first, second = two_releases

    code, out, _ = _cli(capsys, "releases", "rollback", first, "--data", str(data))
    assert code == 0 and out.splitlines()[0] == f"LATEST: {second} → {first}"
    code, out, _ = _cli(capsys, "releases", "gc", "--keep", "0", "--data", str(data))
    assert code == 0 and "removed 0 releases" in out  # LATEST, and the newest (issue 19)
    # round 52 (new-user trial): the line says why more were kept than asked
    assert out.rstrip().endswith(
        f"kept 2 (0 newest asked; also {second[:8]}: newest; {first[:8]}: LATEST, pinned: gc"
        " never deletes these)"
    ), out
    _cli(capsys, "releases", "rollback", second, "--data", str(data))
    code, out, _ = _cli(capsys, "releases", "gc", "--keep", "0", "--data", str(data))
    assert code == 0 and f"removed release {first}" in out
    assert [r.release_id for r in list_releases(data)] == [second]

    code, _, err = _cli(capsys, "releases", "rollback", "feedface", "--data", str(data))
    assert (
        code == 1
        and err
        == "tradefacts: release 'feedface' matches no release in " + str(data / "releases") + "\n"
    )
    code, _, err = _cli(capsys, "lineage", "nope", "--data", str(data))
    assert code == 1 and len(err.splitlines()) == 1 and "nope" in err


def test_lineage_command(two_releases, capsys):
    data, _, second = two_releases
    code, out, _ = _cli(capsys, "lineage", "k1", "--data", str(data))
    assert code == 0
    assert out.startswith("fact k1  turnover total FRE–RUR 2030-01-01..2030-12-31")
    assert "b_doc:0: Trade between Ruritania and Freedonia" in out
    code, out, _ = _cli(capsys, "lineage", "k1", "--data", str(data), "--json")
    assert json.loads(out)["release_id"] == second


def test_readers_exit_1_on_a_damaged_table_instead_of_printing_its_values(two_releases, capsys):
    """Issue 19, item 5: a rotted ``facts.parquet`` once printed wrong values with exit 0."""
    data, first, second = two_releases
    path = data / "releases" / second / "facts.parquet" / "part-00000.parquet"
    path.chmod(0o644)
    rotted = load_table(data, second, "facts").assign(partner="FRE", value=1.214e8)
    write_parquet(rotted, path, "facts")

    for argv in (
        ["facts"],
        ["conflicts"],
        ["lineage", "k1"],
        ["releases", "diff", first, second],
        ["facts", "--json"],
    ):
        code, out, err = _cli(capsys, *argv, "--data", str(data))
        assert code == 1 and out == "", argv
        assert err.startswith(f"tradefacts: release {second} is damaged: facts.parquet"), err
        assert len(err.splitlines()) == 1
    assert _cli(capsys, "facts", "--release", first, "--data", str(data))[0] == 0


# --------------------------------------------------------------------------- real runs


def _run(workdir: Path) -> int:
    return cli.main(["run", "--seeds", str(workdir / "seeds"), "--data", str(workdir / "data")])


def _bytes(folder: Path) -> dict[str, bytes]:
    """Every file of a release folder (its table folders' parts too) by relative path."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_one_new_article_gives_a_child_release_with_exactly_its_facts(workdir, capsys):
    data = workdir / "data"
    assert _run(workdir) == 0
    seed_release = read_latest(data)
    seed_bytes = _bytes(data / "releases" / seed_release)
    assert _run(workdir) == 0  # unchanged input: nothing new, and it says so
    assert "(unchanged)" in capsys.readouterr().out
    assert [r.release_id for r in list_releases(data)] == [seed_release]

    (workdir / "seeds" / "zz_new_article.txt").write_text(EXTRA, encoding="utf-8")
    assert _run(workdir) == 0
    assert "(new)" in capsys.readouterr().out
    new_release = read_latest(data)
    assert new_release != seed_release
    assert load_manifest(data, new_release)["parent"] == seed_release
    assert _bytes(data / "releases" / seed_release) == seed_bytes

    code, out, _ = _cli(
        capsys, "releases", "diff", seed_release, new_release, "--json", "--data", str(data)
    )
    diff = json.loads(out)
    facts = load_table(data, new_release, "facts")
    from_new_doc = facts[facts["doc_ids"].map(lambda d: d == ["zz_new_article"])]
    assert len(from_new_doc) >= 1
    assert sorted(f["fact_id"] for f in diff["facts"]["added"]) == sorted(from_new_doc.fact_id)
    assert diff["facts"]["removed"] == [] and diff["facts"]["changed"] == []
    assert [d["doc_id"] for d in diff["inputs"]["added"]] == ["zz_new_article"]
    assert diff["inputs"]["removed"] == [] and diff["inputs"]["changed"] == []

    # the release asset's data version is the release id; every asset carries a code version
    with DagsterInstance.from_config(str(data / "dagster_home")) as instance:
        event = instance.get_latest_materialization_event(AssetKey("release"))
    assert event.asset_materialization.tags["dagster/data_version"] == new_release
    for asset_def in ASSETS:
        if isinstance(asset_def, AssetsDefinition):
            assert all(asset_def.code_versions_by_key.values()), asset_def.keys


HOLD_LOCK = """
import sys
from pipeline.release.lock import writer_lock
with writer_lock(sys.argv[1]):
    print("held", flush=True)
    sys.stdin.read()
"""


def test_a_second_run_fails_at_once_with_a_one_line_error(workdir, capsys):
    data = workdir / "data"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(data)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        assert _run(workdir) == 1
        err = capsys.readouterr().err
        assert err.startswith(
            f"tradefacts: another tradefacts run holds the lock (pid {holder.pid})"
        )
        assert "nothing was written: run again when it ends" in err and err.count("\n") == 1
        code, _, err = _cli(capsys, "releases", "gc", "--keep", "1", "--data", str(data))
        assert code == 1 and "holds the lock" in err
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)
    assert read_latest(data) is None
    assert _run(workdir) == 0


def test_lineage_takes_a_unique_fact_id_prefix(tmp_path, tables, capsys):
    """Round 52 (new-user trial): release ids took a unique prefix, fact ids only in full."""
    facts = tables["facts"]
    tables["facts"] = pd.concat(
        [facts, facts.assign(fact_id="k2"), facts.assign(fact_id="m3")], ignore_index=True
    )
    _publish(tmp_path, tables)
    code, out, _ = _cli(capsys, "lineage", "m", "--data", str(tmp_path), "--json")
    assert code == 0 and json.loads(out)["fact"]["fact_id"] == "m3"
    code, _, err = _cli(capsys, "lineage", "k", "--data", str(tmp_path))
    assert code == 1 and "ambiguous" in err and "2 facts" in err  # k1 and k2
    code, out, _ = _cli(capsys, "lineage", "k1", "--data", str(tmp_path), "--json")
    assert code == 0 and json.loads(out)["fact"]["fact_id"] == "k1"  # an id is never a prefix


def test_diff_writes_an_open_period_as_the_facts_command_does():
    """Round 53 (new-user trial, round 52): a target's open start read ``…..2030-12-31``."""
    from assets.cli.releases import _key_text

    row = {"flow": "turnover", "scope": "total", "reporter": "FRE", "partner": "RUR"}
    row |= {"measure": "level", "unit": "USD", "status": "target"}
    closed = _key_text(row | {"period_start": "2029-01-01", "period_end": "2029-12-31"})
    assert "FRE–RUR 2029-01-01..2029-12-31 level" in closed
    assert " by 2030 level" in _key_text(row | {"period_start": None, "period_end": "2030-12-31"})
    assert " by 2031-06-30 level" in _key_text(row | {"period_end": pd.Timestamp("2031-06-30")})
    assert " ? level" in _key_text(row | {"period_start": None, "period_end": None})


def test_diff_text_names_documents_read_differently() -> None:
    from assets.cli.releases import _diff_text

    empty = {"added": [], "removed": [], "changed": []}
    diff = {
        "old": "a" * 16,
        "new": "b" * 16,
        "code_version": ["x", "x"],
        "corrections": [None, None],
        "inputs": {
            **empty,
            "added": [
                {"doc_id": "a_copy", "sha256": "0" * 64},
                {"doc_id": "photo", "sha256": "1" * 64, "quarantined": "not text: PNG image"},
            ],
        },
        "documents": [
            {
                "doc_id": "my_article",
                "old_status": "ok",
                "new_status": "quarantined",
                "old_reason": None,
                "new_reason": "duplicate of a_copy",
            }
        ],
        "facts": empty,
    }
    lines = _diff_text(diff)
    assert "documents: 1 read differently" in lines
    assert "  ~ my_article  ok → quarantined (duplicate of a_copy)" in lines
    assert f"  + photo  {'1' * 12}  (quarantined: not text: PNG image)" in lines
    assert f"  + a_copy  {'0' * 12}" in lines


def test_a_run_back_to_an_older_release_says_latest_moved(workdir, capsys):
    """Removing an added article again gives the seed release's exact tables: nothing is
    written, ``LATEST`` moves back, and the run says so instead of "(unchanged)" (new-user trial,
    round 58: facts had disappeared from ``LATEST`` under an "unchanged" line)."""
    data = workdir / "data"
    assert _run(workdir) == 0
    seed_release = read_latest(data)
    extra = workdir / "seeds" / "zz_new_article.txt"
    extra.write_text(EXTRA, encoding="utf-8")
    assert _run(workdir) == 0
    child = read_latest(data)
    assert child != seed_release
    capsys.readouterr()
    extra.unlink()
    assert _run(workdir) == 0
    out = capsys.readouterr().out
    assert f"release:   {seed_release} (existing; LATEST moved from {child})" in out
    assert out.count(f"{seed_release} (existing; LATEST moved from {child})") == 2  # + progress
    assert read_latest(data) == seed_release
    assert _run(workdir) == 0  # and the next run over the same input is plain "unchanged"
    assert f"release:   {seed_release} (unchanged)" in capsys.readouterr().out
