"""Issue 19, item 8, through the CLI: after ``releases rollback`` an ordinary run moved
``LATEST`` forward again and printed "(unchanged)"; now the rollback holds until
``releases unpin``, and runs say that ``LATEST`` is pinned."""

from __future__ import annotations

from pathlib import Path

from assets import cli
from pipeline.release.layout import read_latest

EXTRA = "date 2031-01-05\nTrade between Georgia and Armenia reached $1.7 billion in 2030.\n"


def _run(workdir: Path) -> int:
    return cli.main(["run", "--seeds", str(workdir / "seeds"), "--data", str(workdir / "data")])


def test_a_rollback_holds_across_runs_until_unpinned(workdir, capsys):
    data = workdir / "data"
    assert _run(workdir) == 0
    first = read_latest(data)
    (workdir / "seeds" / "zz_extra.txt").write_text(EXTRA)
    assert _run(workdir) == 0
    second = read_latest(data)
    capsys.readouterr()

    assert cli.main(["releases", "rollback", first, "--data", str(data)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == f"LATEST: {second} → {first}"
    assert f"LATEST is pinned to {first}" in out and "tradefacts releases unpin" in out

    assert _run(workdir) == 0  # the input of `second`, unchanged
    out = capsys.readouterr().out
    assert read_latest(data) == first
    assert f"LATEST:    pinned to {first}" in out
    assert cli.main(["releases", "list", "--data", str(data)]) == 0
    assert f"LATEST is pinned to {first}" in capsys.readouterr().out

    assert cli.main(["releases", "unpin", "--data", str(data)]) == 0
    assert capsys.readouterr().out.startswith(f"unpinned {first}")
    assert _run(workdir) == 0
    assert read_latest(data) == second
    assert "pinned" not in capsys.readouterr().out
