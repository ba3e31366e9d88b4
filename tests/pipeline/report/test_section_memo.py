"""The report's per-bucket section memo: the report, mirror table and chart made from the
changed and shown buckets have the bytes the whole tables give; a changed bucket alone is
converted and counted again; any doubt makes the report from the whole tables."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pandas as pd
import pytest

from pipeline.contract.arrow import from_arrow, to_arrow
from pipeline.release.parquet import table_bytes
from pipeline.release.parts import buckets_of, pair_keys
from pipeline.report import attachments, markdown, section_memo
from pipeline.report.attachments import release_attachments
from pipeline.report.chart_pairs import PairBuckets
from pipeline.report.section_memo import MEMO_FILE, BucketRows, ReportTables
from tests.pipeline.report.test_report import _claim, _fact

N = 8
CODES = ["ARM", "AZE", "CHN", "GEO", "KAZ", "KGZ", "RUS", "TJK", "TUR", "UZB", "IRN", "IND"]
RESOLUTIONS = ["conflicting", "agreed_within_rounding", "needs_review", "single_source"]


def _facts_claims(value_shift: float = 0.0) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Eleven pairs, each with conflicts (actual and target), targets, facts to review, low
    confidence claims and mirror exports/imports; ``value_shift`` moves the first pair's values."""
    facts, claims = [], []
    for p in range(len(CODES) - 1):
        a, b = CODES[p], CODES[p + 1]
        for i in range(8):
            fact_id = f"k{p:02d}{i}"
            flow = ["exports", "imports", "turnover"][i % 3]
            reporter, partner = (a, b) if flow != "imports" else (b, a)
            year = 2030 + i % 2
            facts.append(
                _fact(
                    fact_id,
                    flow=flow,
                    reporter=reporter,
                    partner=partner,
                    status="target" if i in (5, 7) else "actual",
                    resolution=RESOLUTIONS[i % 4],
                    period_start=dt.date(year, 1, 1),
                    period_end=dt.date(year, 12, 31),
                    value=1e9 * (i + 1),
                    value_min=1e9 * (i + 1),
                    value_max=1e9 * (i + 1),
                    sources=[reporter, partner],
                    note=f"note {fact_id}",
                )
            )
            for side, source in enumerate((reporter, partner)):
                value = 1e9 * (i + 1) * (1.04 + 0.4 * side * (i % 2)) + (
                    value_shift if p == 0 else 0
                )
                claim = _claim(fact_id, f"{fact_id}-{side}", source, value, f"Said {fact_id}.")
                claims.append({**claim, "confidence": 0.3 if (p + i + side) % 5 == 0 else 0.9})
    facts_frame = from_arrow(to_arrow(pd.DataFrame(facts), "facts"))
    return facts_frame, from_arrow(to_arrow(pd.DataFrame(claims), "claims"))


def _rows_of(facts: pd.DataFrame, claims: pd.DataFrame) -> tuple[BucketRows, PairBuckets]:
    rows = buckets_of(pair_keys(facts), N)
    of_fact = dict(zip(facts["fact_id"], rows, strict=True))
    claim_rows = claims["fact_id"].map(of_fact).to_numpy(dtype=np.int64)

    def digests(frame: pd.DataFrame, where: np.ndarray) -> dict[str, str]:
        hashes = pd.util.hash_pandas_object(frame.astype(str), index=False).to_numpy()
        return {str(b): str(hashes[where == b].tolist()) for b in np.unique(where)}

    fd, cd = digests(facts, rows), digests(claims, claim_rows)
    arrow = (to_arrow(facts, "facts"), to_arrow(claims, "claims"))
    return BucketRows(N, *arrow, rows, claim_rows, fd, cd), PairBuckets(N, fd, cd, rows)


@pytest.fixture(autouse=True)
def few_rows(monkeypatch):
    """Sections of three rows, four pairs: the first rows come from a few buckets only."""
    monkeypatch.setattr(markdown, "REPORT_CONFLICTS", 3)
    monkeypatch.setattr(attachments, "REPORT_CONFLICTS", 3)
    monkeypatch.setattr(markdown, "PAIRS_SHOWN", 4)
    monkeypatch.setattr(attachments, "PAIRS_SHOWN", 4)


@pytest.fixture
def counted(monkeypatch):
    """The facts rows each call counted (the near misses look at what was counted again)."""
    calls: list[int] = []
    real = section_memo._records

    def records(facts, *args):
        calls.append(len(facts))
        return real(facts, *args)

    monkeypatch.setattr(section_memo, "_records", records)
    return calls


def _files(tables, facts, claims, memo, with_rows: bool = True) -> tuple[dict, ReportTables]:
    rows, buckets = _rows_of(facts, claims)
    report = ReportTables(
        {k: v for k, v in tables.items() if k not in ("facts", "claims")},
        {"facts": rows.facts, "claims": rows.claims},
    )
    files = release_attachments(
        report,
        "r1",
        min_confidence=0.5,
        write_table=table_bytes,
        chart_memo=memo,
        pair_buckets=buckets,
        bucket_rows=rows if with_rows else None,
    )
    return files, report


def _whole(tables, facts, claims, tmp_path) -> dict:
    return _files(tables, facts, claims, tmp_path / "whole", with_rows=False)[0]


def test_cold_and_warm_give_the_whole_tables_bytes(tables, tmp_path, counted):
    facts, claims = _facts_claims()
    whole = _whole(tables, facts, claims, tmp_path)
    assert "First 3 of" in whole["report.md"].decode()
    cold, report = _files(tables, facts, claims, tmp_path / "memo")
    assert cold == whole
    assert counted == [len(facts)]
    warm, report = _files(tables, facts, claims, tmp_path / "memo")
    assert warm == whole
    assert counted == [len(facts)]  # every bucket from the record
    assert "facts" not in report._loaded and "claims" not in report._loaded  # never whole


def test_a_changed_bucket_alone_is_counted(tables, tmp_path, counted):
    facts, claims = _facts_claims()
    _files(tables, facts, claims, tmp_path / "memo")
    facts2, claims2 = _facts_claims(value_shift=3e9)  # the first pair's claims change
    whole = _whole(tables, facts2, claims2, tmp_path)
    assert whole["report-review.md"] != _whole(tables, facts, claims, tmp_path)["report-review.md"]
    got, _ = _files(tables, facts2, claims2, tmp_path / "memo")
    assert got == whole
    rows, _ = _rows_of(facts2, claims2)
    first = rows.fact_buckets[(facts2["fact_id"] == "k000").to_numpy()][0]
    assert counted[1] == int((rows.fact_buckets == first).sum()) < len(facts2)


@pytest.mark.parametrize(
    "spoil",
    [
        lambda path: path.write_text("{"),
        lambda path: path.write_text(
            json.dumps({**json.loads(path.read_text()), "sha256": "0" * 64})
        ),
        lambda path: path.write_text(json.dumps({**json.loads(path.read_text()), "limit": 200})),
    ],
)
def test_doubt_counts_everything_again(tables, tmp_path, counted, spoil):
    facts, claims = _facts_claims()
    _files(tables, facts, claims, tmp_path / "memo")
    spoil(tmp_path / "memo" / MEMO_FILE)
    got, _ = _files(tables, facts, claims, tmp_path / "memo")
    assert got == _whole(tables, facts, claims, tmp_path)
    assert counted == [len(facts), len(facts)]


def test_a_key_that_is_not_text_makes_the_whole_report(tables, tmp_path):
    facts, claims = _facts_claims()
    facts.loc[3, "scope"] = None  # pandas sorts it last; the memo would not know how
    got, report = _files(tables, facts, claims, tmp_path / "memo")
    assert got == _whole(tables, facts, claims, tmp_path)
    assert "facts" in report._loaded  # the whole tables made it


def test_a_changed_bucket_alone_is_written(tables, tmp_path, counted):
    # issue 18: the record of every bucket was one file, rewritten by each add-one
    facts, claims = _facts_claims()
    _files(tables, facts, claims, tmp_path / "memo")
    folder = tmp_path / "memo" / section_memo.BUCKETS_DIR
    before = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    facts2, claims2 = _facts_claims(value_shift=3e9)
    _files(tables, facts2, claims2, tmp_path / "memo")
    after = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    assert len(after) == len(before) > 2  # one file per bucket, the replaced one deleted
    kept = set(before) & set(after)
    assert len(after) - len(kept) == 1 and all(before[n] == after[n] for n in kept)


def test_a_damaged_bucket_file_is_counted_again_alone(tables, tmp_path, counted):
    facts, claims = _facts_claims()
    whole = _whole(tables, facts, claims, tmp_path)
    _files(tables, facts, claims, tmp_path / "memo")
    victim = sorted((tmp_path / "memo" / section_memo.BUCKETS_DIR).iterdir())[0]
    victim.write_bytes(victim.read_bytes().replace(b'"facts"', b'"fakts"', 1))
    counted.clear()
    got, _ = _files(tables, facts, claims, tmp_path / "memo")
    assert got == whole
    assert len(counted) == 1 and 0 < counted[0] < len(facts)  # that bucket's rows only
    counted.clear()
    assert _files(tables, facts, claims, tmp_path / "memo")[0] == whole and counted == []


# The conflicts tables' lines kept per bucket (issue 18 round 58): an add-one whose shown
# buckets did not change reads no conflicting facts or claims for the conflicts section.


def _with_targets(facts: pd.DataFrame, claims: pd.DataFrame):
    """Conflicts between targets too (fact ``k..4`` of every pair becomes a target), and a
    quoted sentence with a pipe and a line break (Markdown escaping must survive the memo)."""
    facts = facts.copy()
    facts.loc[facts["fact_id"].str.endswith("4"), "status"] = "target"
    claims = claims.copy()
    claims.loc[claims["figure_id"] == "k004-1", "sentence"] = "Said | twice,\nin two lines."
    return facts, claims


@pytest.fixture
def conflict_reads(monkeypatch):
    """The buckets of each read of conflicting rows (``frames`` with only conflicting facts)."""
    calls: list[set[int]] = []
    real = BucketRows.frames

    def frames(self, buckets, only=None, claims=True):
        if only == ("resolution", "conflicting"):
            calls.append(set(buckets))
        return real(self, buckets, only, claims)

    monkeypatch.setattr(BucketRows, "frames", frames)
    return calls


def _conflict_files(memo) -> dict[str, int]:
    folder = memo / section_memo.CONFLICTS_DIR
    return {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} if folder.is_dir() else {}


def _bucket_of_pair(facts: pd.DataFrame, claims: pd.DataFrame, p: int) -> int:
    rows, _ = _rows_of(facts, claims)
    return int(rows.fact_buckets[(facts["fact_id"] == f"k{p:02d}0").to_numpy()][0])


def _shown(memo) -> set[int]:
    return {int(name.split("-")[0]) for name in _conflict_files(memo)}


def _shift_pair(claims: pd.DataFrame, p: int, factor: float) -> pd.DataFrame:
    claims = claims.copy()
    mine = claims["fact_id"].str.startswith(f"k{p:02d}")
    claims.loc[mine, "value"] = claims.loc[mine, "value"] * factor
    return claims


def test_conflict_lines_come_from_the_memo_when_shown_buckets_did_not_change(
    tables, tmp_path, conflict_reads
):
    facts, claims = _with_targets(*_facts_claims())
    whole = _whole(tables, facts, claims, tmp_path)
    text = whole["report-conflicts.md"].decode()
    assert "Between targets" in text and "Said \\| twice, in two lines." in text
    assert text.count("\n| ") > 6  # both tables hold rows
    memo = tmp_path / "memo"
    assert _files(tables, facts, claims, memo)[0] == whole
    assert len(conflict_reads) == 1  # cold: the shown buckets' conflicting rows, once
    shown = _shown(memo)
    assert conflict_reads[0] == shown and 0 < len(shown) < len(
        set(_rows_of(facts, claims)[0].fact_buckets)
    )
    conflict_reads.clear()
    assert _files(tables, facts, claims, memo)[0] == whole
    assert conflict_reads == []  # warm: every line from the bucket files

    # a bucket not shown changes: no conflicting rows read, no conflict file written
    p = next(p for p in range(len(CODES) - 1) if _bucket_of_pair(facts, claims, p) not in shown)
    before = _conflict_files(memo)
    claims2 = _shift_pair(claims, p, 1.5)
    got = _files(tables, facts, claims2, memo)[0]
    assert got == _whole(tables, facts, claims2, tmp_path)
    assert conflict_reads == [] and _conflict_files(memo) == before


def test_a_changed_shown_bucket_alone_has_its_lines_made_again(tables, tmp_path, conflict_reads):
    facts, claims = _with_targets(*_facts_claims())
    memo = tmp_path / "memo"
    _files(tables, facts, claims, memo)
    shown = _shown(memo)
    p = next(p for p in range(len(CODES) - 1) if _bucket_of_pair(facts, claims, p) in shown)
    bucket = _bucket_of_pair(facts, claims, p)
    before = _conflict_files(memo)
    conflict_reads.clear()
    claims2 = _shift_pair(claims, p, 1.5)
    whole2 = _whole(tables, facts, claims2, tmp_path)
    assert (
        whole2["report-conflicts.md"]
        != _whole(tables, facts, claims, tmp_path)["report-conflicts.md"]
    )
    assert _files(tables, facts, claims2, memo)[0] == whole2
    assert conflict_reads == [{bucket}]
    after = _conflict_files(memo)
    kept = set(before) & set(after)
    assert len(after) == len(before) and len(after) - len(kept) == 1
    assert all(before[n] == after[n] for n in kept)


def test_a_bucket_newly_shown_has_its_lines_made(tables, tmp_path, conflict_reads):
    facts, claims = _with_targets(*_facts_claims())
    memo = tmp_path / "memo"
    _files(tables, facts, claims, memo)
    shown = _shown(memo)
    rows, _ = _rows_of(facts, claims)
    # the shown buckets' conflicts are resolved: the next buckets in order are shown instead
    in_shown = np.isin(rows.fact_buckets, list(shown))
    facts2 = facts.copy()
    facts2.loc[in_shown & (facts2["resolution"] == "conflicting").to_numpy(), "resolution"] = (
        "agreed_within_rounding"
    )
    conflict_reads.clear()
    got = _files(tables, facts2, claims, memo)[0]
    assert got == _whole(tables, facts2, claims, tmp_path)
    assert "_none_" not in got["report-conflicts.md"].decode()
    assert len(conflict_reads) == 1 and conflict_reads[0] and not conflict_reads[0] & shown


def test_a_damaged_conflict_file_is_made_again_alone(tables, tmp_path, conflict_reads):
    facts, claims = _with_targets(*_facts_claims())
    whole = _whole(tables, facts, claims, tmp_path)
    memo = tmp_path / "memo"
    _files(tables, facts, claims, memo)
    victim = sorted((memo / section_memo.CONFLICTS_DIR).iterdir())[0]
    victim.write_bytes(victim.read_bytes().replace(b"| ", b"|  ", 1))
    conflict_reads.clear()
    assert _files(tables, facts, claims, memo)[0] == whole
    assert conflict_reads == [{int(victim.name.split("-")[0])}]
    conflict_reads.clear()
    assert _files(tables, facts, claims, memo)[0] == whole and conflict_reads == []


def test_a_conflict_file_of_other_facts_is_not_taken(tables, tmp_path):
    facts, claims = _with_targets(*_facts_claims())
    memo = tmp_path / "memo"
    _files(tables, facts, claims, memo)
    record = json.loads((memo / MEMO_FILE).read_text())
    entry = json.loads(
        (
            memo / section_memo.BUCKETS_DIR / record["files"][next(iter(record["conflicts"]))][0]
        ).read_text()
    )
    data = section_memo._conflict_file(entry, {})
    wanted = dict.fromkeys(section_memo.CONFLICT_SECTIONS, 1)
    other = {**entry, "claims": "another digest"}
    with pytest.raises(ValueError, match="another content"):
        section_memo._conflict_lines(data, other, wanted)
    fewer = {**entry, "keys": {**entry["keys"], "conflicts_actual": []}}
    with pytest.raises(ValueError, match="other facts"):
        section_memo._conflict_lines(data, fewer, wanted)
    with pytest.raises(ValueError, match="cut or padded"):
        section_memo._conflict_lines(data + b"\n[]", entry, wanted)
