"""``tradefacts run`` from the command line ends with ``os._exit`` once the ``atexit`` handlers
ran (the interpreter's teardown skipped); a caller in Python gets the exit code back."""

import atexit
import sys
from pathlib import Path

import pytest

from assets.cli import app


class Exited(Exception):
    pass


def test_the_command_line_exits_after_the_exit_handlers(tmp_path: Path, monkeypatch) -> None:
    ran: list[str] = []
    codes: list[int] = []

    def fake_exit(code: int) -> None:
        codes.append(code)
        raise Exited

    atexit.register(ran.append, "handler")
    monkeypatch.setattr(app.os, "_exit", fake_exit)
    missing = tmp_path / "nope"
    monkeypatch.setattr(sys, "argv", ["tradefacts", "run", "--seeds", str(missing), "--data",
                                      str(tmp_path / "data")])  # fmt: skip
    with pytest.raises(Exited):
        app.main()
    assert codes == [2] and ran == ["handler"]  # the handlers ran before the exit


def test_a_caller_in_python_gets_the_code(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(app.os, "_exit", lambda code: pytest.fail("exited"))
    argv = ["run", "--seeds", str(tmp_path / "nope"), "--data", str(tmp_path / "data")]
    assert app.main(argv) == 2
