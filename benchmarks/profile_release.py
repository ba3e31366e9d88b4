"""The release step of an add-one, alone and in process: its CPU, optionally profiled.

``python -m benchmarks.profile_release --data DIR [--repeat 2] [--draw] [--profile pyinstrument]``

``DIR`` is a data folder after at least one add-one run (for instance one that
``benchmarks.run --live --keep`` left). Each repetition works on a copy of it (``cp -a``):

1. **undo** the latest release: first the release step runs once on it unmeasured (it is
   published already, so this only leaves what a run leaves behind, such as the part memo of
   a data folder made by older code), then its folder is deleted, ``LATEST`` goes back to its
   parent and the objects only it linked are swept, so the parts and attachments the add-one
   wrote must be written again, as in the run that published it;
2. **publish**: what the ``release`` asset does (``assets.stages.release.publish_tables``) on the
   data folder's intermediate tables, with the schema checks the instance recorded for them (as
   that run's release step saw them) and the corrections file as recorded;
3. **verify**: what the blocking ``release_schema`` check then runs (``verify_release`` with
   the object stamps the publish saved).

``--draw`` empties the chart memo first, so ``claims.png`` is drawn (as when the article's pair
is charted). The published id must equal the undone one; it is printed beside it. Timer:
``time.process_time``. Not a test: nothing is asserted beyond the id.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def undo_latest(data: Path) -> str:
    """Take back the latest release of ``data``; returns its id."""
    from pipeline.release.catalog import discard_release
    from pipeline.release.layout import load_manifest, read_latest, set_latest
    from pipeline.release.lock import writer_lock
    from pipeline.release.objects import sweep

    latest = read_latest(data)
    if latest is None:
        raise SystemExit(f"{data}: no LATEST release")
    parent = load_manifest(data, latest).get("parent")
    if not parent:
        raise SystemExit(f"{data}: release {latest} has no parent (not an add-one)")
    with writer_lock(data):
        discard_release(data, latest)
        set_latest(data, parent)
        sweep(data)
    return latest


def release_once(data: Path, input_dir: Path | None) -> tuple[str, dict[str, float]]:
    """Publish the intermediate tables of ``data`` as the release step does, then verify."""
    from dagster import AssetKey, DagsterInstance

    from assets.checks import passed_on_current_materialization
    from assets.settings import TradefactsSettings
    from assets.stages.release import ASSET_OF, ValidatedTables, publish_tables
    from pipeline.curate.corrections import read_corrections
    from pipeline.release.catalog import verify_release
    from pipeline.release.chunks import is_chunked
    from pipeline.release.parquet import TableFile
    from pipeline.release.stamps import ObjectStamps

    paths = TradefactsSettings(data_dir=str(data), seeds_dir=str(input_dir or data / "none"))
    names = {"documents": "raw_documents", **{n: n for n in ("sentences", "figures")}}
    names |= {"facts": "facts", "claims": "claims"}

    def stored(asset: str) -> TableFile:  # a folder of chunks, or a data folder made before
        folder = data / "assets" / asset
        return TableFile(folder if is_chunked(folder) else folder.with_suffix(".parquet"))

    files = {table: stored(asset) for table, asset in names.items()}
    identity = stored("identity_checks")
    with DagsterInstance.from_config(str(data / "dagster_home")) as instance:
        keys = {name: AssetKey(ASSET_OF.get(name, name)) for name in [*files, "checks"]}
        passed = passed_on_current_materialization(instance, keys)
    cpu: dict[str, float] = {}
    start = time.process_time()
    tables = ValidatedTables(files, identity, passed)
    result = publish_tables(paths, tables, read_corrections(paths.corrections), run_id=None)
    cpu["publish"] = time.process_time() - start
    start = time.process_time()
    # with the stamps the publish saved, as release_schema verifies (not every byte hashed)
    problems = verify_release(data, result.release_id, ObjectStamps.load(data))
    cpu["verify"] = time.process_time() - start
    if problems:
        raise SystemExit(f"verify failed: {problems[:3]}")
    cpu["validated here"] = float(len(tables.validated))
    return result.release_id, cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.profile_release", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--data", type=Path, required=True, help="a data folder after an add-one")
    parser.add_argument("--input", type=Path, help="its input folder (for the corrections file)")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--draw", action="store_true", help="empty the chart memo first")
    parser.add_argument("--profile", choices=["pyinstrument", "cprofile"])
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args(argv)

    import assets.stages.release  # noqa: F401  # imports outside the measured part

    for k in range(args.repeat):
        with tempfile.TemporaryDirectory(prefix="tradefacts-release-") as tmp:
            data = Path(tmp) / "data"
            subprocess.run(["cp", "-a", str(args.data), str(data)], check=True)
            release_once(data, args.input)  # unmeasured: what the run left (memos)
            undone = undo_latest(data)
            if args.draw:
                shutil.rmtree(data / "cache" / "chart", ignore_errors=True)
            profiler = None
            if args.profile == "pyinstrument" and k == args.repeat - 1:
                from pyinstrument import Profiler

                profiler = Profiler(interval=0.002)
                profiler.start()
            elif args.profile == "cprofile" and k == args.repeat - 1:
                profiler = cProfile.Profile(time.process_time)
                profiler.enable()
            release_id, cpu = release_once(data, args.input)
            if isinstance(profiler, cProfile.Profile):
                profiler.disable()
                sink = io.StringIO()
                stats = pstats.Stats(profiler, stream=sink)
                stats.sort_stats("cumulative").print_stats(args.top)
                print(sink.getvalue())
            elif profiler is not None:
                profiler.stop()
                print(profiler.output_text(unicode=False, color=False))
            shown = ", ".join(f"{k} {v:.2f} s" for k, v in cpu.items() if k != "validated here")
            print(
                f"run {k + 1}: {shown} CPU; tables validated here {int(cpu['validated here'])}; "
                f"release {release_id} ({'=' if release_id == undone else '!='} undone {undone})",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
