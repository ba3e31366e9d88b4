"""A reader that closes the pipe early (``tradefacts facts | head -2``) ends the command quietly
with 141, the status a shell gives any tool cut off by SIGPIPE; found by a new-user trial, which
saw ``tradefacts: [Errno 32] Broken pipe`` and exit 1."""

import subprocess
import sys
from pathlib import Path

from assets.cli.releases import SIGPIPE_EXIT, guarded


def test_a_closed_pipe_is_quiet_and_141(capsys) -> None:
    def writes_into_a_closed_pipe(args) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    assert guarded(writes_into_a_closed_pipe)(None) == SIGPIPE_EXIT == 141
    assert capsys.readouterr().err == ""


def test_other_os_errors_still_say_what_failed(capsys) -> None:
    def missing(args) -> int:
        raise FileNotFoundError(2, "No such file", "data/releases")

    assert guarded(missing)(None) == 1
    assert "No such file" in capsys.readouterr().err


def test_the_command_line_cut_by_head_prints_no_error(tmp_path: Path) -> None:
    """The real thing: many lines into a pipe whose reader reads one line and leaves."""
    script = (
        "import sys\n"
        "from assets.cli.releases import guarded\n"
        "def many(args):\n"
        "    for i in range(200000):\n"
        "        print('row', i)\n"
        "    return 0\n"
        "sys.exit(guarded(many)(None))\n"
    )
    root = Path(__file__).resolve().parents[2]
    writer = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert writer.stdout is not None
    writer.stdout.readline()
    writer.stdout.close()  # the reader leaves, as head does
    _, err = writer.communicate(timeout=60)
    assert writer.returncode == SIGPIPE_EXIT
    assert err == b""
