"""``tradefacts`` command line: runs the ``publish_release`` job through Dagster.

Why the parser lives apart from the commands: only ``run`` needs Dagster, and importing it costs
about two seconds, so ``run`` is imported when it is asked for; the read-only commands
(``facts``, ``conflicts``, ``review``, ``releases …``, ``lineage``) and ``evaluate`` never
load it.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import os
import sys
from collections.abc import Sequence

from assets.cli.correct import add_correct_command
from assets.cli.evaluate import add_evaluate_command
from assets.cli.options import add_data_argument, seeds_option
from assets.cli.releases import HANDLER, add_release_commands, with_writer_lock
from assets.cli.review import add_review_command
from assets.cli.tables import add_table_commands
from assets.environment import MAX_DROP_ENV

DESCRIPTION = (
    "Bilateral trade figures from news articles, reconciled into versioned Parquet releases: "
    "`run` publishes one (the Dagster job publish_release), the other commands read them."
)


def describe_subcommands(parser: argparse.ArgumentParser) -> None:
    """Give every subcommand's own ``--help`` the one-line summary its parent lists.

    argparse shows a subparser's ``help`` only in its parent's list; ``tradefacts run --help``
    printed its options under no line saying what ``run`` does."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for listed in action._choices_actions:
                sub = action.choices[listed.dest]
                if sub.description is None:
                    sub.description = listed.help
                describe_subcommands(sub)


def _run(args: argparse.Namespace) -> int:
    from assets.cli.run import run, seeds_problem  # Dagster loads only for this command

    problem = seeds_problem(args.seeds)
    if problem:  # before the lock, which would create <data>/releases for a mistyped folder
        print(problem, file=sys.stderr)
        return 2
    level = "DEBUG" if args.verbose else "CRITICAL"
    return with_writer_lock(
        args.data, lambda: run(args.seeds, args.data, level, allow_shrink=args.allow_shrink)
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``tradefacts`` console script."""
    parser = argparse.ArgumentParser(prog="tradefacts", description=DESCRIPTION)
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser("run", help="materialise every asset and publish a release")
    seeds_option(run_parser)
    add_data_argument(run_parser, "output folder")
    run_parser.add_argument(
        "-v", "--verbose", action="store_true", help="show Dagster's event log on stderr"
    )
    run_parser.add_argument(
        "--allow-shrink",
        action="store_true",
        help=f"publish even if the release drops most of the current one ({MAX_DROP_ENV}=1)",
    )
    run_parser.set_defaults(**{HANDLER: _run})
    add_release_commands(commands)  # releases list|show|diff|rollback|gc|verify, lineage
    add_evaluate_command(commands, HANDLER)
    add_table_commands(commands, HANDLER)  # facts, conflicts
    add_review_command(commands, HANDLER)
    add_correct_command(commands, HANDLER)
    describe_subcommands(parser)
    args = parser.parse_args(argv)
    code = getattr(args, HANDLER)(args)
    if argv is None and args.command == "run":  # the command line, not a caller in Python
        exit_now(code)
    return code


def exit_now(code: int) -> None:
    """End the process with ``code`` once the exit handlers have run, skipping the interpreter's
    teardown.

    Why (issue 18): after a run the process holds every module of Dagster, pandas, pyarrow and
    pandera and the run's objects; the interpreter's teardown (a last full collection, then
    every module and object freed one by one, in C) took 3.8-10 s of wall at load 9-12 after
    ``main`` returned, the largest part of a 10k add-one's wind-down. The operating system
    frees the memory at once. What exit does that matters runs as before: the ``atexit``
    handlers (logging's flush, multiprocessing's, filelock's, Dagster's exit stacks), then the
    standard streams are flushed.
    """
    atexit._run_exitfuncs()  # what a normal exit runs first
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)


if __name__ == "__main__":
    sys.exit(main())
