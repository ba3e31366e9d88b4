"""``tests/seeds.py``: tests read the seed articles as ``HEAD`` ships them, whatever a user has
put into ``seeds/`` (their own articles, ``corrections.csv``: the README's workflow)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

import tests.seeds as seeds

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def _repo(tmp_path):
    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(tmp_path), *args], check=True, capture_output=True)

    git("init", "-q")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text("shipped\n")
    git("add", "seeds")
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "seeds")
    return tmp_path


def test_a_clean_seed_folder_is_used_as_it_is(tmp_path, monkeypatch) -> None:
    root = _repo(tmp_path)
    monkeypatch.setattr(seeds, "ROOT", root)
    monkeypatch.setattr(seeds, "LIVE", root / "seeds")
    assert seeds.pristine_seeds() == root / "seeds"


def test_a_users_files_and_edits_are_left_out(tmp_path, monkeypatch) -> None:
    root = _repo(tmp_path)
    monkeypatch.setattr(seeds, "ROOT", root)
    monkeypatch.setattr(seeds, "LIVE", root / "seeds")
    (root / "seeds" / "corrections.csv").write_text("figure_key\n")
    (root / "seeds" / "mine.txt").write_text("my article\n")
    (root / "seeds" / "a.txt").write_text("edited\n")
    folder = seeds.pristine_seeds()
    assert folder != root / "seeds"
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt"]
    assert (folder / "a.txt").read_text() == "shipped\n"
