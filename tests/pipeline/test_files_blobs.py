"""``pipeline.files.Blobs``: a file per key named by its content's digest, read back only when its
bytes hash to the recorded sha256, and swept once no index names it; a crash between the blobs
and the index (also a real SIGKILL) leaves a store whose index names only intact blobs."""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.files import Blobs, write_atomic

ROOT = Path(__file__).resolve().parents[2]
INDEX = "index.json"


def _publish(blobs: Blobs, contents: dict[str, bytes]) -> dict[str, list[str]]:
    """The protocol the stores follow: blobs, then the index in one rename, then the sweep."""
    entries = {key: list(blobs.write(key, data)) for key, data in contents.items()}
    write_atomic(blobs.folder / INDEX, json.dumps(entries).encode("utf-8"))
    blobs.sweep({name for name, _ in entries.values()} | {INDEX})
    return entries


def _read_index(blobs: Blobs) -> dict[str, bytes | None]:
    entries = json.loads((blobs.folder / INDEX).read_text("utf-8"))
    return {key: blobs.read(name, sha) for key, (name, sha) in entries.items()}


def test_a_blob_round_trips_under_its_key_and_digest(tmp_path):
    blobs = Blobs(tmp_path / "store", ".u64")
    name, sha = blobs.write("chunk-0a1b", b"\1" * 16)
    assert sha == hashlib.sha256(b"\1" * 16).hexdigest()
    assert name == f"chunk-0a1b-{sha[:16]}.u64" == blobs.name("chunk-0a1b", sha)
    assert blobs.read(name, sha) == b"\1" * 16
    assert blobs.read(name, sha, key="chunk-0a1b") == b"\1" * 16
    assert os.listdir(tmp_path / "store") == [name]  # no scratch file left


@pytest.mark.parametrize("damage", ["flipped", "truncated", "emptied", "missing"])
def test_a_corrupted_blob_is_a_miss(tmp_path, damage):
    blobs = Blobs(tmp_path, ".json")
    name, sha = blobs.write("3", b'{"facts": "0123456789abcdef"}')
    path = tmp_path / name
    if damage == "flipped":
        path.write_bytes(path.read_bytes().replace(b"facts", b"fakts"))
    elif damage == "truncated":
        path.write_bytes(path.read_bytes()[:-3])
    elif damage == "emptied":  # what a power cut can leave of an unsynced file
        path.write_bytes(b"")
    else:
        path.unlink()
    assert blobs.read(name, sha) is None


@pytest.mark.parametrize(
    "name, sha, key",
    [
        ("../outside-{d}.json", "{sha}", None),  # an index is data, not a path to follow
        (".a-{d}.json", "{sha}", None),
        ("a-{d}.json", "{sha}", "b"),  # another key's blob vouches for nothing of b
        ("a-{d}.json", "0" * 64, None),  # the name's digest is not the recorded one
        ("a-{d}.txt", "{sha}", None),  # another suffix
        ("-{d}.json", "{sha}", None),  # no key
        ("a-{d}.json", "{sha16}", None),  # no full sha256
        (7, "{sha}", None),
        ("a-{d}.json", None, None),
    ],
)
def test_a_name_that_is_no_blob_of_the_folder_is_a_miss(tmp_path, name, sha, key):
    blobs = Blobs(tmp_path / "store", ".json")
    real, digest = blobs.write("a", b"{}")
    (tmp_path / f"outside-{digest[:16]}.json").write_bytes(b"{}")
    (tmp_path / "store" / f".a-{digest[:16]}.json").write_bytes(b"{}")
    (tmp_path / "store" / f"-{digest[:16]}.json").write_bytes(b"{}")
    if isinstance(name, str):
        name = name.format(d=digest[:16])
    if isinstance(sha, str):
        sha = sha.format(sha=digest, sha16=digest[:16])
    assert blobs.read(name, sha, key=key) is None
    assert blobs.read(real, digest, key="a") == b"{}"


@pytest.mark.parametrize("key", ["", "a/b", ".hidden"])
def test_a_key_that_is_no_plain_file_name_is_refused(tmp_path, key):
    with pytest.raises(ValueError, match="not a blob key"):
        Blobs(tmp_path, ".json").write(key, b"{}")


def test_an_unchanged_blob_is_not_rewritten(tmp_path):
    blobs = Blobs(tmp_path, ".json")
    name, _ = blobs.write("a", b"[1]")
    before = (tmp_path / name).stat()
    time.sleep(0.01)
    assert blobs.write("a", b"[1]")[0] == name
    after = (tmp_path / name).stat()
    assert (before.st_ino, before.st_mtime_ns) == (after.st_ino, after.st_mtime_ns)
    (tmp_path / name).write_bytes(b"[2]")  # damaged: written again
    assert blobs.write("a", b"[1]")[0] == name and (tmp_path / name).read_bytes() == b"[1]"


def test_a_failed_write_raises_and_leaves_no_scratch(tmp_path):
    (tmp_path / "store").write_text("a file where the folder goes")
    with pytest.raises(OSError):
        Blobs(tmp_path / "store", ".json").write("a", b"{}")
    assert os.listdir(tmp_path) == ["store"]


def test_a_sweep_deletes_what_no_index_names(tmp_path):
    blobs = Blobs(tmp_path, ".json")
    kept, _ = blobs.write("facts_schema", b"[1]")
    old, _ = blobs.write("facts_schema", b"[2]")
    other, _ = blobs.write("claims_schema", b"[3]")
    scratch = tmp_path / f".facts_schema-0123456789abcdef.json.tmp-{os.getpid()}-abc"
    scratch.write_bytes(b"half")
    (tmp_path / "sub").mkdir()
    # one key's index (several keys share the folder): the others' files stay
    assert blobs.unnamed({kept}, key="facts_schema") == sorted([scratch, tmp_path / old])
    assert blobs.sweep({kept}, key="facts_schema") == sorted([scratch, tmp_path / old])
    assert sorted(os.listdir(tmp_path)) == sorted([kept, other, "sub"])
    # the folder's one index: every other file goes, folders stay
    assert blobs.sweep({other}) == [tmp_path / kept]
    assert sorted(os.listdir(tmp_path)) == sorted([other, "sub"])
    assert Blobs(tmp_path / "none", ".json").sweep(set()) == []


def test_a_crash_between_blobs_and_index_leaves_the_old_store_readable(tmp_path):
    blobs = Blobs(tmp_path, ".bin")
    first = {"a": b"a1", "b": b"b1"}
    _publish(blobs, first)
    blobs.write("a", b"a2")  # the next generation's blob, then a crash before its index
    blobs.write("c", b"c2")
    scratch = tmp_path / ".b-0123456789abcdef.bin.tmp-1-abc"
    scratch.write_bytes(b"b")  # and a writer killed mid-blob
    reopened = Blobs(tmp_path, ".bin")
    assert _read_index(reopened) == first
    index = json.loads((tmp_path / INDEX).read_text("utf-8"))
    live = {name for name, _ in index.values()} | {INDEX}
    assert len(reopened.unnamed(live)) == 3  # the two new blobs and the scratch file
    assert _read_index(reopened) == first  # listing deletes nothing
    # the next writer finishes the protocol: its index, then the orphans go
    second = {"a": b"a3", "c": b"c2"}
    _publish(reopened, second)
    assert _read_index(reopened) == second
    assert len(os.listdir(tmp_path)) == 3  # two blobs and the index


_WRITER = """
import json, sys
from pathlib import Path
from pipeline.files import Blobs, write_atomic

blobs = Blobs(Path(sys.argv[1]), ".bin")
generation = 0
while True:
    entries = {}
    for key in ("k0", "k1", "k2", "k3"):
        data = f"{key}:{generation}:".encode() * 20000
        entries[key] = list(blobs.write(key, data))
    write_atomic(blobs.folder / "index.json", json.dumps(entries).encode())
    blobs.sweep({name for name, _ in entries.values()} | {"index.json"})
    if generation == 0:
        print("ready", flush=True)
    generation += 1
"""


def test_sigkill_at_random_moments_leaves_an_index_of_intact_blobs(tmp_path):
    rng = random.Random(20261202)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for kill in range(6):
        folder = tmp_path / f"store-{kill % 2}"  # kills land on a store a kill left, too
        proc = subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(folder)], env=env, stdout=subprocess.PIPE
        )
        try:
            assert proc.stdout.readline() == b"ready\n"
            time.sleep(rng.uniform(0.0, 0.3))
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        blobs = Blobs(folder, ".bin")
        entries = json.loads((folder / INDEX).read_text("utf-8"))
        read = {key: blobs.read(name, sha) for key, (name, sha) in entries.items()}
        assert sorted(read) == ["k0", "k1", "k2", "k3"]
        assert all(
            data is not None and data.startswith(f"{k}:".encode()) for k, data in read.items()
        )
        live = {name for name, _ in entries.values()} | {INDEX}
        blobs.sweep(live)
        assert set(os.listdir(folder)) == live
