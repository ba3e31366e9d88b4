"""The release step on a prepared data folder, in process: its CPU split, and the id.

``python -m benchmarks.release_step prep DATA [INPUT]`` takes back the latest release of
``DATA`` and publishes it again with this checkout's code, so the report memos and the
release's per-chunk arrays are of this code's versions (they are keyed by their modules'
source: without it, the first run of another code version recomputes them all).

``python -m benchmarks.release_step trial DATA [INPUT]`` runs what the ``release`` asset runs
(``assets.stages.release.publish_tables``, through :func:`benchmarks.profile_release
.release_once`, with the schema checks the instance recorded) and prints one JSON line: the
release id, wall seconds, process CPU seconds of ``publish`` and ``verify``, and of that CPU
the part spent placing the facts' and claims' parts (``facts+claims parts``; a table read
before its parts are placed is not in it) and making the attachments (``attachments``).

How round 57 used it (issue 18): ``DATA`` is a data folder after an add-one's release,
prepared with ``prep``, whose ``assets/`` and ``dagster_home/`` are then replaced by those of
the same folder after one more article (run by ``tradefacts run``): the release step of that
add-one as the run met it. Each trial works on a fresh copy, base and head alternating (the
machine is shared). Not a test: nothing is asserted beyond the id being printed.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) not in (2, 3) or args[0] not in ("prep", "trial"):
        print(__doc__.splitlines()[0], "\nusage: release_step prep|trial DATA [INPUT]")
        return 2
    mode, data = args[0], Path(args[1])
    input_dir = Path(args[2]) if len(args) == 3 else None

    import assets.stages.release as release_asset
    from benchmarks.profile_release import release_once, undo_latest
    from pipeline.release import publish

    split = {"facts+claims parts": 0.0, "attachments": 0.0}
    place, attachments = publish._place_parts, release_asset.release_attachments

    def timed_place(data_dir, folder, *rest, **options):
        start = time.process_time()
        out = place(data_dir, folder, *rest, **options)
        if folder.name in ("facts.parquet", "claims.parquet"):
            split["facts+claims parts"] += time.process_time() - start
        return out

    def timed_attachments(*rest, **options):
        start = time.process_time()
        out = attachments(*rest, **options)
        split["attachments"] += time.process_time() - start
        return out

    publish._place_parts = timed_place
    release_asset.release_attachments = timed_attachments
    record: dict[str, object] = {}
    if mode == "prep":
        record["undone"] = undo_latest(data)
    wall = time.perf_counter()
    release_id, cpu = release_once(data, input_dir)
    record |= {"id": release_id, "wall": round(time.perf_counter() - wall, 2)}
    record |= {key: round(value, 3) for key, value in {**cpu, **split}.items()}
    print(json.dumps(record))
    return 0


if __name__ == "__main__":
    sys.exit(main())
