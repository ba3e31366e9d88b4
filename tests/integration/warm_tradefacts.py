"""Forks ``tradefacts`` commands from one process that has imported what ``tradefacts run`` imports.

The crash-safety test's victims (issue 6): a cold ``tradefacts`` process spends its first
seconds importing Dagster, pandas, pyarrow and pandera, where a kill tests nothing; forked from
this server (as the warm run launcher forks daemon runs) a victim starts at the run itself, so
every random moment falls in the release path. The child is the console script's process from
``main`` on: its own session, its own stderr file, ``assets.cli.app.main`` reading ``sys.argv``
and ending the process as the command line does.

Protocol: the server prints ``ready`` once it has imported everything; then, one command at a
time, a JSON line ``{"argv", "cwd", "stderr", "status"}`` on stdin;
the server answers the child's pid on stdout once the child leads its own session (a process
group the caller can kill), waits for it and writes its exit code (``-9`` when killed by
SIGKILL, as ``subprocess`` reports it) to the ``status`` file, atomically. EOF ends the server.
Arguments ``SEEDS SCRATCH``: first preload what a run over ``SEEDS`` imports (``_preload``).
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import sys
import traceback

import assets.cli.run  # noqa: F401  what ``run`` imports when it is asked for
import assets.definitions  # noqa: F401
from assets.cli import app


def _child(request: dict, ready: int) -> None:
    code = 1
    try:
        os.setsid()
        os.write(ready, b"1")
        os.close(ready)
        os.chdir(request["cwd"])
        null = os.open(os.devnull, os.O_RDWR)
        err = os.open(request["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        for fd, target in ((0, null), (1, null), (2, err)):
            os.dup2(target, fd)
        sys.argv = ["tradefacts", *request["argv"]]
        code = app.main()  # ``run`` ends the process itself, as from the command line
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 1
    except BaseException:
        traceback.print_exc()
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        os._exit(code)


def _preload(seeds: str, scratch: str) -> int:
    """Import what a run imports lazily (pandas, pyarrow, pandera, matplotlib, Dagster's storage):
    the names a probe run over ``seeds`` (forked, writing to ``scratch``) ended with in
    ``sys.modules``. Imports only: the server runs nothing itself, so no cache or state of a run
    reaches the victims. Returns how many modules were imported."""
    names, out = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(names)
        code = 1
        try:
            null = os.open(os.devnull, os.O_RDWR)
            for fd in (0, 1, 2):
                os.dup2(null, fd)
            code = app.main(["run", "--seeds", seeds, "--data", scratch])
            with os.fdopen(out, "w") as stream:
                stream.write("\n".join(sorted(sys.modules)))
        finally:
            os._exit(code)
    os.close(out)
    with os.fdopen(names) as stream:
        wanted = stream.read().split()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, "the probe run failed"
    before = len(sys.modules)
    for name in wanted:
        if name not in sys.modules:
            with contextlib.suppress(Exception):
                importlib.import_module(name)
    return len(sys.modules) - before


def serve() -> None:
    if len(sys.argv) == 3:
        _preload(*sys.argv[1:])
    print("ready", flush=True)
    while line := sys.stdin.readline():
        request = json.loads(line)
        ready, signal_ready = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(ready)
            _child(request, signal_ready)
        os.close(signal_ready)
        os.read(ready, 1)  # the child leads its own session now
        os.close(ready)
        print(pid, flush=True)
        _, status = os.waitpid(pid, 0)
        partial = request["status"] + ".part"
        with open(partial, "w") as out:
            out.write(str(os.waitstatus_to_exitcode(status)))
        os.replace(partial, request["status"])


if __name__ == "__main__":
    serve()
