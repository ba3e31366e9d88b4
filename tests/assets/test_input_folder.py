"""The input folder's fingerprint (sensor ticks, observations) reads only files whose stat
does not vouch for a remembered hash."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from assets.settings import TradefactsSettings
from assets.stages.input_folder import folder_fingerprint
from pipeline.contract.hashing import sha256_hex
from pipeline.ingest import file_manifest as cache_module
from pipeline.ingest.file_hashes import hashes_path


def test_a_steady_folder_is_listed_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("a.txt", "b.txt"):
        (seeds / name).write_text(f"Trade in {name} reached $1 billion in 2024.\n")
    paths = TradefactsSettings(seeds_dir=str(seeds), data_dir=str(tmp_path / "data"))
    # observed 10 s after the writes, so the racy-timestamp rule does not apply here
    monkeypatch.setattr(cache_module, "observed_now", lambda: time.time_ns() + 10**10)
    opened: list[str] = []
    real_open = cache_module.open_input

    def counting_open(path: Path):
        opened.append(path.name)
        return real_open(path)

    monkeypatch.setattr(cache_module, "open_input", counting_open)

    first = folder_fingerprint(paths)
    assert sorted(opened) == ["a.txt", "b.txt"] and hashes_path(paths.data).is_file()
    opened.clear()
    assert folder_fingerprint(paths) == first  # the next tick: a listing, no file read
    assert opened == []

    (seeds / "c.txt").write_text("Trade reached $2 billion in 2024.\n")
    third = folder_fingerprint(paths)
    assert opened == ["c.txt"]
    assert third["c.txt"] == sha256_hex(b"Trade reached $2 billion in 2024.\n")
