"""Issue 19, item 3: empty or misconfigured input never replaces a good release.

A run whose release would drop more than ``TRADEFACTS_MAX_DROP`` (default half) of the current
release's ok documents or facts is stopped by a blocking check, says why and how to allow it,
and leaves ``LATEST`` where it was; ``tradefacts run --allow-shrink`` publishes it on purpose.
"""

from __future__ import annotations

import shutil

from assets import cli
from pipeline.release.layout import read_latest


def _run(workdir, *extra: str) -> int:
    args = ["run", "--seeds", str(workdir / "seeds"), "--data", str(workdir / "data"), *extra]
    return cli.main(args)


def test_emptied_input_is_blocked_until_allowed(workdir, capsys):
    assert _run(workdir) == 0
    data = workdir / "data"
    good = read_latest(data)
    capsys.readouterr()

    shutil.rmtree(workdir / "seeds")
    (workdir / "seeds").mkdir()  # the folder is there, but empty (a failed mount, a bad sync)
    assert _run(workdir) == 1
    err = capsys.readouterr().err
    assert "shrink_guard" in err and "100%" in err and "--allow-shrink" in err
    assert read_latest(data) == good

    rc = _run(workdir, "--allow-shrink")
    assert rc == 0, capsys.readouterr()
    assert read_latest(data) != good


def test_max_bytes_zero_quarantines_everything_and_is_blocked(workdir, capsys, monkeypatch):
    assert _run(workdir) == 0
    data = workdir / "data"
    good = read_latest(data)

    monkeypatch.setenv("TRADEFACTS_MAX_BYTES", "0")
    # Same articles in another folder: Dagster caches the job built for the same arguments,
    # with the settings read when it was built.
    shutil.copytree(workdir / "seeds", workdir / "same")
    args = ["run", "--seeds", str(workdir / "same"), "--data", str(data)]
    assert cli.main(args) == 1
    assert "ok documents" in capsys.readouterr().err
    assert read_latest(data) == good


def test_publish_refuses_a_shrinking_release_even_without_the_check(tmp_path, tables):
    """A run that materialises only ``release`` (no check upstream) meets the same guard."""
    from pipeline.release.publish import ReleaseBlocked, publish_release

    publish_release(tmp_path, tables, code_version="c", input_hashes={}, run_id=None)
    good = read_latest(tmp_path)
    empty = {name: frame.iloc[0:0] for name, frame in tables.items()}
    try:
        publish_release(
            tmp_path, empty, code_version="c", input_hashes={}, run_id=None, max_drop=0.5
        )
    except ReleaseBlocked as exc:
        assert "--allow-shrink" in str(exc)
    else:
        raise AssertionError("an empty release replaced a good one")
    assert read_latest(tmp_path) == good
    publish_release(tmp_path, empty, code_version="c", input_hashes={}, run_id=None, max_drop=1)
    assert read_latest(tmp_path) != good
