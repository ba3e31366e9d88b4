"""Issue 19, item 10 (messages): mistakes an operator makes get one line naming the mistake,
before any work is done, never a traceback."""

from __future__ import annotations

import pytest

from assets import cli


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
    ],
)
def test_a_bad_setting_is_named_before_any_work(workdir, capsys, monkeypatch, name, value, says):
    monkeypatch.setenv(name, value)
    code, err = _run(capsys, workdir / "seeds", workdir / "data")
    assert code == 1 and len(err.splitlines()) == 1, err
    assert says in err
    assert not (workdir / "data" / "assets").exists()  # failed before the first stage
