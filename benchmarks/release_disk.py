"""Disk used by releases that share unchanged files (issue 18 item 2): one release against ten
add-one releases.

``python -m benchmarks.release_disk --docs 10000 [--adds 10] [--keep]`` runs ``tradefacts run``
on the first N articles of the synthetic corpus (``benchmarks.synth``), then adds one article at
a time and runs again, ``--adds`` times. After each run it prints the disk the store uses
(``releases/`` and ``objects/``, every file counted once however many links it has), the bytes
the run wrote (new objects and the manifest), which tables changed, and what the same releases
would take as full copies. Last, for the tables of the final release, the cost of serialising
each table against hashing and writing its bytes (why a table is hashed before it is written).
``--existing`` measures the releases a kept (``--keep``) or interrupted run left, running
nothing. Numbers only: nothing here asserts a target.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.child import run_cli
from benchmarks.synth import DEFAULT_CACHE, cached_corpus
from pipeline.contract.hashing import sha256_hex
from pipeline.contract.keys import ROW_GROUP_KEY
from pipeline.contract.tables import TABLES
from pipeline.release.layout import MANIFEST, load_manifest, load_table, read_history, read_latest
from pipeline.release.objects import release_files
from pipeline.release.parquet import table_bytes
from pipeline.release.parts import parse_part_line


def store_usage(data: Path) -> tuple[int, int]:
    """(bytes, files) of ``releases/`` and ``objects/``, each file (inode) counted once."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for folder in (data / "releases", data / "objects"):
        for path in folder.rglob("*") if folder.is_dir() else ():
            st = path.lstat()
            if path.is_file() and (st.st_dev, st.st_ino) not in seen:
                seen.add((st.st_dev, st.st_ino))
                total += st.st_size
    return total, len(seen)


def release_size(data: Path, release_id: str) -> int:
    """Bytes of one release folder as a full copy (its table folders included)."""
    return sum(p.stat().st_size for p in release_files(data / "releases" / release_id))


def _shas(manifest: dict) -> dict[str, dict[str, tuple[str, int]]]:
    """``{table or file: {part: (sha256, bytes)}}`` of a manifest (schema 1.3 parts, or one
    whole file per table before), attachments and the input hashes included."""
    found: dict[str, dict[str, tuple[str, int]]] = {}
    entries = {**manifest["files"], "inputs": manifest.get("inputs") or {}}
    for name, entry in entries.items():
        if "parts" in entry:
            found[name] = {}
            for line in entry["parts"]:
                part, sha, _ = parse_part_line(line)
                found[name][part] = (sha, 0)
        elif "sha256" in entry:
            found[name] = {f"{name}.parquet": (entry["sha256"], entry.get("bytes", 0))}
    for name, entry in manifest.get("attachments", {}).items():
        found[name] = {name: (entry["sha256"], entry["bytes"])}
    return found


def changed_files(data: Path, old: str, new: str) -> list[str]:
    """What of release ``new`` differs from release ``old`` (by manifest sha256): a whole file,
    or ``facts 2/64`` (parts changed of parts)."""
    a, b = _shas(load_manifest(data, old)), _shas(load_manifest(data, new))
    out = []
    for name in sorted(b):
        changed = [p for p in b[name] if a.get(name, {}).get(p) != b[name][p]]
        if changed:
            out.append(f"{name} {len(changed)}/{len(b[name])}" if len(b[name]) > 1 else name)
    return out


def _mb(n: float) -> str:
    return f"{n / 1e6:.2f} MB"


def serialise_costs(data: Path, release_id: str) -> list[str]:
    """Per table: seconds to serialise it, to hash the bytes, to write and fsync them."""
    lines = []
    for name in TABLES:
        frame = load_table(data, release_id, name)
        started = time.perf_counter()
        blob = table_bytes(frame, name)
        serialise = time.perf_counter() - started
        started = time.perf_counter()
        sha256_hex(blob)
        hashing = time.perf_counter() - started
        with tempfile.NamedTemporaryFile(dir=data) as fh:
            started = time.perf_counter()
            fh.write(blob)
            fh.flush()
            os.fsync(fh.fileno())
            write = time.perf_counter() - started
        lines.append(
            f"  {name:10s} {_mb(len(blob)):>10s}  serialise {serialise * 1000:7.1f} ms  "
            f"hash {hashing * 1000:6.1f} ms  write+fsync {write * 1000:6.1f} ms"
        )
    return lines


BUCKET_KEYS = ROW_GROUP_KEY


def bucket_hashes(data: Path, release_id: str, buckets: int) -> dict[str, int]:
    """The release's tables split into ``buckets`` files each by a stable hash of their
    :data:`BUCKET_KEYS` column: sha256 of each bucket's bytes -> its size (attachments whole)."""
    found: dict[str, int] = {}
    for name in TABLES:
        frame = load_table(data, release_id, name)
        keys = frame[BUCKET_KEYS[name]].astype(str)
        codes = {k: int(sha256_hex(k)[:8], 16) % buckets for k in keys.unique()}
        for _, part in frame.groupby(keys.map(codes), sort=True):
            blob = table_bytes(part, name)
            found[sha256_hex(blob)] = len(blob)
    for entry in load_manifest(data, release_id).get("attachments", {}).values():
        found[entry["sha256"]] = entry["bytes"]
    return found


def simulate_buckets(data: Path, release_ids: list[str], buckets: int) -> str:
    """Disk of the same releases if every table were ``buckets`` files shared by content."""
    stored: dict[str, int] = {}
    first = 0
    for i, release_id in enumerate(release_ids):
        stored |= bucket_hashes(data, release_id, buckets)
        if i == 0:
            first = sum(stored.values())
    total = sum(stored.values())
    return (
        f"  {buckets:5d} buckets per table: one release {_mb(first)}; all {len(release_ids)} "
        f"{_mb(total)} (+{(total / first - 1) * 100:.1f} %)"
    )


def measure_existing(data: Path, buckets: list[int]) -> int:
    """The report of :func:`main` for the releases already in ``data`` (``--existing``)."""
    releases = list(dict.fromkeys(read_history(data)))
    if not releases:
        sys.exit(f"no releases in {data}")
    one = release_size(data, releases[0])
    used, files = store_usage(data)
    copies = sum(release_size(data, r) for r in releases)
    for old, new in zip(releases, releases[1:], strict=False):
        print(f"  {new}: changed {', '.join(changed_files(data, old, new))}")
    print(
        f"one release {_mb(one)}; {len(releases)} releases {_mb(used)} ({files} files, "
        f"+{(used / one - 1) * 100:.1f} %); as full copies {_mb(copies)} "
        f"(+{(copies / one - 1) * 100:.1f} %)"
    )
    print("\nserialising a table against hashing and writing its bytes:")
    print("\n".join(serialise_costs(data, releases[-1])), flush=True)
    print("\nthe same releases with tables split into buckets (simulated):")
    for n in buckets:
        print(simulate_buckets(data, releases, n), flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.release_disk")
    parser.add_argument("--docs", type=int, required=True, help="articles in the first release")
    parser.add_argument("--adds", type=int, default=10, help="add-one releases after it")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="corpus cache folder")
    parser.add_argument("--keep", action="store_true", help="keep the data folder")
    parser.add_argument(
        "--buckets",
        type=int,
        nargs="*",
        default=[],
        help="also print the disk if tables were split into this many files (simulated)",
    )
    parser.add_argument(
        "--existing",
        action="store_true",
        help="run nothing: measure the releases a kept run left (in publication order)",
    )
    args = parser.parse_args(argv)
    if args.existing:
        return measure_existing(args.cache / f"release-disk-{args.docs}" / "data", args.buckets)

    corpus, _ = cached_corpus(args.docs + args.adds, root=args.cache)
    articles = sorted(corpus.glob("*.txt"))
    work = args.cache / f"release-disk-{args.docs}"
    shutil.rmtree(work, ignore_errors=True)
    seeds, data = work / "seeds", work / "data"
    seeds.mkdir(parents=True)
    for path in articles[: args.docs]:
        os.link(path, seeds / path.name)

    def run(label: str) -> str:
        result = run_cli(seeds, data, label)
        if result["returncode"] != 0:
            sys.exit(f"tradefacts run failed:\n{result.get('stderr', '')}")
        print(f"[{label}] run {result['wall_s']:.1f} s", flush=True)
        return str(read_latest(data))

    first = run("full")
    one, _ = store_usage(data)
    full_copies = release_size(data, first)
    print(f"one release of {args.docs:,} articles: {_mb(one)} on disk", flush=True)
    previous, used = first, one
    releases = [first]
    for k in range(1, args.adds + 1):
        path = articles[args.docs + k - 1]
        os.link(path, seeds / path.name)
        release = run(f"add{k}")
        now, files = store_usage(data)
        full_copies += release_size(data, release)
        changed = changed_files(data, previous, release)
        manifest = (data / "releases" / release / MANIFEST).stat().st_size
        print(
            f"  add-one {k:2d}: wrote {_mb(now - used)} (manifest {manifest / 1e3:.0f} kB); "
            f"store {_mb(now)} ({files} files); changed: {', '.join(changed)}",
            flush=True,
        )
        previous, used = release, now
        releases.append(release)
    print(
        f"\n{args.docs:,} articles: one release {_mb(one)}; with {args.adds} add-one releases "
        f"{_mb(used)} (+{(used / one - 1) * 100:.1f} %); as full copies {_mb(full_copies)} "
        f"(+{(full_copies / one - 1) * 100:.1f} %)"
    )
    print("\nserialising a table against hashing and writing its bytes:")
    print("\n".join(serialise_costs(data, previous)), flush=True)
    if args.buckets:
        print("\nthe same releases with tables split into buckets (simulated):")
        for buckets in args.buckets:
            print(simulate_buckets(data, releases, buckets), flush=True)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
