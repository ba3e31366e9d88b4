"""Object stamps (issue 18): an object whose stat stamp matches is not hashed again by the release
step or the ``release_schema`` check; any doubt (changed bytes, another inode, a damaged stamps
file, a racy mtime) falls back to hashing, and the release ids never change."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from pipeline.release import parts, stamps
from pipeline.release.catalog import verify_release
from pipeline.release.layout import load_manifest, releases_dir
from pipeline.release.objects import object_path
from pipeline.release.stamps import STAMPS_FILE, ObjectStamps
from tests.pipeline.release.test_part_memo import _publish, _tables


@pytest.fixture(autouse=True)
def split_small(monkeypatch):
    monkeypatch.setattr(parts, "ROWS_PER_PART", {"documents": 1, "facts": 1, "checks": 1})


@pytest.fixture
def hashed(monkeypatch) -> list[str]:
    """Files the stamps had to hash from here on."""
    seen: list[str] = []
    real = stamps.file_sha256
    monkeypatch.setattr(stamps, "file_sha256", lambda p: (seen.append(str(p)), real(p))[1])
    return seen


def _age_objects(data_dir, seconds: int = 3600) -> None:
    """Every object last modified ``seconds`` ago: no longer racy, so hashing it stamps it."""
    for path in (data_dir / "objects").rglob("*.*"):
        st = path.stat()
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns - seconds * 10**9))


def _stamped_state(tmp_path):
    """A store after a publish whose objects are old and stamped (hashed once, by a republish
    of the same tables that verifies the existing release)."""
    first = _publish(tmp_path, _tables(4))
    _age_objects(tmp_path)
    assert _publish(tmp_path, _tables(4)).release_id == first.release_id  # hashes and stamps
    assert ObjectStamps.load(tmp_path).known
    return first


def test_stamped_objects_are_not_hashed_again_and_ids_are_unchanged(tmp_path, hashed):
    first = _stamped_state(tmp_path)
    hashed.clear()

    second = _publish(tmp_path, _tables(5))
    fresh = _publish(tmp_path / "fresh", _tables(5))

    assert second.release_id == fresh.release_id != first.release_id
    assert hashed == []  # every linked object was proven by its stamp
    checked = ObjectStamps.load(tmp_path)
    assert verify_release(tmp_path, second.release_id, checked) == []
    assert checked.trusted > 0
    assert verify_release(tmp_path, second.release_id) == []  # full hashing agrees


def test_an_object_rewritten_in_place_is_hashed_and_repaired(tmp_path, hashed):
    first = _stamped_state(tmp_path)
    sha = load_manifest(tmp_path, first.release_id)["files"]["documents"]["parts"][0].split()[1]
    target = object_path(tmp_path, sha, ".parquet")
    size = target.stat().st_size
    os.chmod(target, 0o644)
    target.write_bytes(b"x" * size)  # same size and inode: only the mtime tells
    hashed.clear()

    again = _publish(tmp_path, _tables(5))

    assert str(target) in hashed
    assert again.repaired and "damaged" in again.repaired
    assert verify_release(tmp_path, again.release_id) == []
    assert verify_release(tmp_path, first.release_id) == []


def test_release_schema_verify_finds_a_file_replaced_by_another_inode(tmp_path):
    first = _stamped_state(tmp_path)
    folder = releases_dir(tmp_path) / first.release_id / "documents.parquet"
    victim = sorted(folder.iterdir())[0]
    copy = victim.with_name("copy")
    shutil.copyfile(victim, copy)
    os.chmod(copy, 0o644)
    with open(copy, "r+b") as fh:  # one byte changed, same size and mtime as the object
        fh.seek(10)
        fh.write(bytes([fh.read(1)[0] ^ 1]))
    st = victim.stat()
    os.utime(copy, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.replace(copy, victim)

    problems = verify_release(tmp_path, first.release_id, ObjectStamps.load(tmp_path))

    assert any(victim.name in p and "sha256" in p for p in problems)


def test_a_damaged_or_foreign_stamps_file_is_ignored(tmp_path):
    _stamped_state(tmp_path)
    path = tmp_path / STAMPS_FILE
    stored = json.loads(path.read_text())
    first, second = sorted(stored["stamps"])[:2]
    swapped = {**stored["stamps"], first: stored["stamps"][second]}
    path.write_text(json.dumps({**stored, "stamps": swapped}))
    assert ObjectStamps.load(tmp_path).known == {}  # its digest no longer matches

    path.write_text(json.dumps({**stored, "version": "0"}))
    assert ObjectStamps.load(tmp_path).known == {}
    path.write_text("{not json")
    assert ObjectStamps.load(tmp_path).known == {}


def test_a_racy_object_is_not_stamped(tmp_path):
    # objects written or modified within RACY_NS of their check could still change unseen
    first = _publish(tmp_path, _tables(4))
    _publish(tmp_path, _tables(4))  # hashes them, but they are seconds old: no stamp
    assert ObjectStamps.load(tmp_path).known == {}
    assert verify_release(tmp_path, first.release_id, ObjectStamps.load(tmp_path)) == []


@pytest.fixture
def footers(monkeypatch) -> list[str]:
    """Parquet files whose footer the verify opened from here on."""
    from pipeline.release import catalog

    seen: list[str] = []
    real = catalog.pq.ParquetFile

    class Counting:
        def __new__(cls, path, *args, **kwargs):
            seen.append(str(path))
            return real(path, *args, **kwargs)

    monkeypatch.setattr(catalog.pq, "ParquetFile", Counting)
    return seen


def test_recorded_row_counts_spare_reading_the_footers(tmp_path, footers):
    first = _stamped_state(tmp_path)
    assert ObjectStamps.load(tmp_path).known_rows  # the publish's verify recorded them
    footers.clear()

    assert verify_release(tmp_path, first.release_id, ObjectStamps.load(tmp_path)) == []
    assert footers == []
    assert verify_release(tmp_path, first.release_id) == []  # without stamps: every footer
    assert footers


def test_a_damaged_row_record_or_an_unrecorded_part_reads_the_footer(tmp_path, footers):
    first = _stamped_state(tmp_path)
    path = tmp_path / STAMPS_FILE
    stored = json.loads(path.read_text())
    one = sorted(stored["rows"])[0]
    path.write_text(json.dumps({**stored, "rows": {**stored["rows"], one: 99}}))
    assert ObjectStamps.load(tmp_path).known_rows == {}  # its digest no longer matches
    assert ObjectStamps.load(tmp_path).known  # the stamps stay trusted
    footers.clear()
    assert verify_release(tmp_path, first.release_id, ObjectStamps.load(tmp_path)) == []
    assert len(footers) == len(stored["rows"])

    path.write_text(json.dumps(stored))
    dropped = {k: v for k, v in stored["rows"].items() if k != one}
    checked = ObjectStamps.load(tmp_path)
    checked.known_rows = dropped  # near miss: every count but one recorded
    footers.clear()
    assert verify_release(tmp_path, first.release_id, checked) == []
    assert len(footers) == 1 and checked.fresh_rows[one] == stored["rows"][one]


def test_a_recorded_row_count_is_still_compared_with_the_manifest(tmp_path):
    first = _stamped_state(tmp_path)
    checked = ObjectStamps.load(tmp_path)
    one = sorted(checked.known_rows)[0]
    checked.known_rows[one] += 1  # a count that disagrees with the manifest's
    problems = verify_release(tmp_path, first.release_id, checked)
    assert any("rows != manifest" in p for p in problems)


def test_a_new_release_keeps_every_part_row_count_so_its_check_opens_no_footer(tmp_path, footers):
    """The add-one path: a publish that makes a new release verifies nothing itself, so the
    counts come from the parts it placed (carried, linked or written); ``release_schema``'s
    verify then opens no footer, and a count still disagrees with a wrong manifest."""
    first = _stamped_state(tmp_path)
    footers.clear()

    second = _publish(tmp_path, _tables(5))

    assert second.release_id != first.release_id
    kept = ObjectStamps.load(tmp_path).known_rows
    manifest = load_manifest(tmp_path, second.release_id)
    lines = [line for entry in manifest["files"].values() for line in entry["parts"]]
    assert {line.split()[1]: int(line.split()[2]) for line in lines} == kept
    footers.clear()
    assert verify_release(tmp_path, second.release_id, ObjectStamps.load(tmp_path)) == []
    assert footers == []
    assert verify_release(tmp_path, second.release_id) == []  # full hashing agrees


def test_a_part_footer_that_cannot_be_read_records_no_count(tmp_path):
    checked = ObjectStamps(tmp_path)
    checked.keep_rows("a" * 64, b"not parquet")
    checked.keep_rows("b" * 64, tmp_path / "missing.parquet")
    assert checked.fresh_rows == {}
    checked.known_rows = {"c" * 64: 7}
    checked.keep_rows("c" * 64, b"not parquet")  # recorded: the bytes are not read
    assert checked.fresh_rows == {"c" * 64: 7}
