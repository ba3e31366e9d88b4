"""``tradefacts`` command line: runs the ``publish_release`` job through Dagster.

Why the parser lives apart from the commands: only ``run`` needs Dagster, and importing it costs
about two seconds, so ``run`` is imported when it is asked for; the read-only commands
(``facts``, ``conflicts``, ``review``, ``releases …``, ``lineage``) and ``evaluate`` never
load it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from assets.cli.correct import add_correct_command
from assets.cli.evaluate import add_evaluate_command
from assets.cli.options import add_data_argument, seeds_option
from assets.cli.releases import HANDLER, add_release_commands, with_writer_lock
from assets.cli.review import add_review_command
from assets.cli.tables import add_table_commands
from assets.environment import MAX_DROP_ENV


def _run(args: argparse.Namespace) -> int:
    from assets.cli.run import run  # Dagster loads only for this command

    level = "DEBUG" if args.verbose else "CRITICAL"
    return with_writer_lock(
        args.data, lambda: run(args.seeds, args.data, level, allow_shrink=args.allow_shrink)
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``tradefacts`` console script."""
    parser = argparse.ArgumentParser(prog="tradefacts", description=__doc__.splitlines()[0])
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
    args = parser.parse_args(argv)
    return getattr(args, HANDLER)(args)


if __name__ == "__main__":
    sys.exit(main())
