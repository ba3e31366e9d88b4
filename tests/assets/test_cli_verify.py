"""Issue 19, item 9, through the CLI: ``releases verify`` exits nonzero when ``LATEST`` is
missing, empty or outside the data folder and when ``--data`` does not exist, and reports every
release whatever it meets on the way."""

from __future__ import annotations

from pathlib import Path

import pytest

from assets import cli
from pipeline.release import catalog
from pipeline.release.publish import publish_release


def _publish(data_dir: Path, tables) -> str:
    hashes = dict(zip(tables["documents"]["doc_id"], tables["documents"]["sha256"], strict=True))
    return publish_release(
        data_dir, tables, code_version="test", input_hashes=hashes, run_id=None
    ).release_id


@pytest.fixture
def two(tmp_path, tables) -> tuple[Path, str, str]:
    first = _publish(tmp_path, tables)
    tables["facts"].loc[0, "note"] = "second"
    return tmp_path, first, _publish(tmp_path, tables)


def _verify(capsys, data: Path, *extra: str) -> tuple[int, str, str]:
    code = cli.main(["releases", "verify", "--data", str(data), *extra])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "LATEST is missing"),
        ("", "LATEST is empty"),
        ("../../../etc", "not a release id"),
        ("/tmp", "not a release id"),
        ("0123456789abcdef", "names no release folder"),
    ],
)
def test_verify_fails_on_a_bad_latest(two, capsys, content, problem):
    data, first, second = two
    latest = data / "releases" / "LATEST"
    if content is None:
        latest.unlink()
    else:
        latest.write_text(content)
    code, out, _ = _verify(capsys, data)
    assert code == 1
    assert problem in out
    assert f"{first}: ok" in out and f"{second}: ok" in out  # every release still checked


def test_verify_fails_when_the_data_folder_does_not_exist(tmp_path, capsys):
    code, out, err = _verify(capsys, tmp_path / "nope")
    assert code == 1 and "does not exist" in out + err


def test_verify_goes_on_past_a_file_it_cannot_read(two, capsys, monkeypatch):
    data, first, second = two
    real = catalog.file_sha256

    def sha(path):
        if first in Path(path).parts:  # its parts sit in table folders (schema 1.3)
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(catalog, "file_sha256", sha)
    code, out, _ = _verify(capsys, data)
    assert code == 1
    assert f"{first}: FAILED" in out and "Permission denied" in out
    assert f"{second}: ok" in out
