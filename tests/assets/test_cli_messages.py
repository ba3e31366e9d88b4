"""Issue 19, item 10 (messages): mistakes an operator makes get one line naming the mistake,
before any work is done, never a traceback."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from assets import cli
from pipeline.release.layout import read_latest


def _run(capsys, seeds, data) -> tuple[int, str]:
    code = cli.main(["run", "--seeds", str(seeds), "--data", str(data)])
    return code, capsys.readouterr().err


def test_a_data_folder_that_is_a_file_is_one_line(workdir, capsys):
    (workdir / "data").write_text("not a folder")
    code, err = _run(capsys, workdir / "seeds", workdir / "data")
    assert code == 1 and len(err.splitlines()) == 1, err
    assert err.startswith(f"tradefacts: cannot use data folder {workdir / 'data'}")


def test_an_input_path_that_is_a_file_is_not_called_missing(workdir, capsys):
    article = workdir / "seeds" / "000_5814de4ea8502d60.txt"
    code, err = _run(capsys, article, workdir / "data")
    assert code == 2 and err == f"tradefacts: seeds folder {article} is a file, not a folder\n"


@pytest.mark.parametrize(
    ("name", "value", "says"),
    [
        ("TRADEFACTS_MAX_BYTES", "abc", "TRADEFACTS_MAX_BYTES='abc': expected a whole number"),
        ("TRADEFACTS_WORKERS", "many", "TRADEFACTS_WORKERS='many': expected a whole number"),
        ("TRADEFACTS_MAX_DROP", "half", "TRADEFACTS_MAX_DROP='half': expected a number"),
        ("TRADEFACTS_PREFERRED_POLICY", "bogus", "TRADEFACTS_PREFERRED_POLICY='bogus'"),
        # round 58 (new-user trial): Python's own float() message, and a range checked only
        # at reconcile_facts after ingest and extraction had run
        ("TRADEFACTS_MIN_CONFIDENCE", "abc", "TRADEFACTS_MIN_CONFIDENCE='abc': expected a number"),
        ("TRADEFACTS_MIN_CONFIDENCE", "2", "TRADEFACTS_MIN_CONFIDENCE='2': expected a number from"),
    ],
)
def test_a_bad_setting_is_named_before_any_work(workdir, capsys, monkeypatch, name, value, says):
    monkeypatch.setenv(name, value)
    code, err = _run(capsys, workdir / "seeds", workdir / "data")
    assert code == 1 and len(err.splitlines()) == 1, err
    assert says in err
    assert not (workdir / "data" / "assets").exists()  # failed before the first stage


def test_sigterm_during_a_run_is_one_clean_line(workdir):
    """SIGTERM once the first stage ran: one line saying the run was interrupted (it once read
    ``DagsterExecutionInterruptedError: dagster._core.errors.DagsterExecutionInterruptedError``),
    and ``LATEST`` untouched."""
    data = workdir / "data"
    command = [sys.executable, "-m", "assets.cli", "run", "--seeds", str(workdir / "seeds")]
    run = subprocess.Popen(
        [*command, "--data", str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        for line in run.stdout:
            if line.startswith("ingest"):  # inside the run: the first stage is done
                break
        run.send_signal(signal.SIGTERM)
        out, err = run.communicate(timeout=120)
    finally:
        run.kill()
    assert run.returncode == 1 and len(err.splitlines()) == 1, err
    assert "interrupted" in err and "DagsterExecutionInterruptedError" not in err, err
    assert read_latest(data) is None


@pytest.mark.parametrize(
    ("cls_name", "message", "line"),
    [
        ("DagsterError", "dagster._core.errors.DagsterError", "DagsterError"),
        ("ValueError", "", "ValueError"),
        ("ValueError", "bad value\nmore", "ValueError: bad value"),
        ("OSError", "OSError: disk full", "OSError: disk full"),
    ],
)
def test_an_error_names_its_class_once(cls_name, message, line):
    from assets.cli.run import error_line

    assert error_line(cls_name, message) == line


def test_an_input_folder_without_articles_is_said_in_the_summary(tmp_path, capsys, monkeypatch):
    # A first run over a folder holding no *.txt (a wrong folder, articles saved as .md) published
    # an empty release, exit 0, with nothing but "documents: 0" to tell it apart from a real one.
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "article.md").write_text("date 2031-01-05\nTrade rose.\n")
    code = cli.main(["run", "--seeds", str(tmp_path / "in"), "--data", str(tmp_path / "data")])
    out = capsys.readouterr().out
    assert code == 0
    assert "documents: 0 (0 ok, 0 quarantined)\n  warning: the input folder holds no *.txt" in out


def test_a_failed_check_line_names_its_first_failure_case(tables) -> None:
    """A failed schema check printed only its count; the line now carries the check's first
    failure case, read from its ``first_failure_case`` JSON metadata (new-user trial, round 58)."""
    from assets.checks import FIRST_FAILURE
    from assets.cli.run import first_failure
    from tests.assets.test_checks import _evaluate

    figures = tables["figures"].copy()
    figures.loc[0, "flow"] = "barter"
    line = first_failure(_evaluate("figures", figures).metadata[FIRST_FAILURE])
    assert line.startswith("; first: ") and "column=flow" in line and "failure_case=barter" in line
    assert first_failure(None) == "" and first_failure({}) == ""
    assert first_failure({"a": "x" * 400}).endswith("…")


@pytest.mark.parametrize(
    ("docs", "gold", "says"),
    [
        ("missing-folder", "gold.csv", "input folder not found"),
        ("seeds", "missing.csv", "missing.csv"),
        ("seeds", "README.md", "README.md: not a gold CSV"),
        ("seeds", "other.csv", "other.csv: not a gold CSV: missing columns doc"),
    ],
)
def test_evaluate_errors_are_one_line(workdir, capsys, docs, gold, says):
    """``tradefacts evaluate`` printed tracebacks (FileNotFoundError, pandas' ParserError,
    ``KeyError: 'value'``) where the other commands print one line (new-user trial, round 58)."""
    (workdir / "README.md").write_text("# title\n\nsome, text, with, commas\nmore\n")
    (workdir / "other.csv").write_text("a,b\n1,2\n")
    (workdir / "gold.csv").write_text("doc,flow\n")
    code = cli.main(["evaluate", "--docs", str(workdir / docs), "--gold", str(workdir / gold)])
    err = capsys.readouterr().err
    assert code == 1 and len(err.splitlines()) == 1, err
    assert err.startswith("tradefacts: ") and says in err


_HEADER = "figure_key,figure_id,doc_id,figure_text,action,field,value,reason,author,date\n"


@pytest.mark.parametrize(
    ("corrections", "says"),
    [
        # round 59 (trial): pandera's JSON report printed as "SchemaErrors: … {"
        ("foo,bar\n1,2\n", "column_in_dataframe: figure_key"),
        # and pandas' tokenizer error named no file
        (_HEADER + '"unterminated,f,d,$1,reject,,,why,ana,2031-01-01\n', "not CSV"),
    ],
)
def test_a_malformed_corrections_file_is_one_line_naming_the_file(
    tmp_path, capsys, monkeypatch, corrections, says
):
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    seeds = tmp_path / "in"
    seeds.mkdir()
    (seeds / "a.txt").write_text("date 2031-02-01\nTrade between Peru and Chile rose 4% in 2030.\n")
    (seeds / "corrections.csv").write_text(corrections)
    code = cli.main(["run", "--seeds", str(seeds), "--data", str(tmp_path / "data")])
    captured = capsys.readouterr()
    line = next(x for x in (captured.out + captured.err).splitlines() if "failed" in x)
    assert code == 1
    assert f"ValueError: {seeds / 'corrections.csv'}: invalid corrections file: " in line, line
    assert says in line and "SchemaErrors" not in line


def test_a_stale_correction_names_its_line_on_the_command_line(tmp_path, capsys, monkeypatch):
    """The check's failure line named no row (round 59's trial); the UI showed them."""
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    seeds = tmp_path / "in"
    seeds.mkdir()
    (seeds / "a.txt").write_text("date 2031-02-01\nTrade between Peru and Chile rose 4% in 2030.\n")
    stale = "0123456789abcdef,f0f0f0f0f0f0f0f0,a,$9 billion,reject,,,stale,op,2031-02-02\n"
    (seeds / "corrections.csv").write_text(_HEADER + stale)
    code = cli.main(["run", "--seeds", str(seeds), "--data", str(tmp_path / "data")])
    captured = capsys.readouterr()
    assert code == 1 and read_latest(tmp_path / "data") is None
    assert "match no figure: line 2 (f0f0f0f0f0f0f0f0, '$9 billion')" in captured.out + captured.err
