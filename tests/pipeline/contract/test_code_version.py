"""Code versions: the imports cache gives the versions a fresh parse gives, and never a stale
answer (issue 18 item 3: no AST parse at every run's start)."""

import json
from pathlib import Path

import pytest

from pipeline.contract import code_version


def _clear() -> None:
    for cached in (
        code_version._imports_cache,
        code_version._imported_modules,
        code_version._tree_stamp,
        code_version._versions_cache,
    ):
        cached.cache_clear()
    code_version.source_version.cache_clear()


@pytest.fixture(autouse=True)
def _forget_after():
    yield
    _clear()  # later tests must not keep an imports cache pointing into a tmp folder


def _fresh(cache_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget every per-process cache and point the imports cache at ``cache_file``."""
    monkeypatch.setattr(code_version, "IMPORTS_CACHE", cache_file)
    _clear()


def fake_pipeline_tree(
    tmp_path: Path, files: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Write a made-up ``pipeline/`` tree (relative path -> text) under ``tmp_path``, point
    code_version at it with a fresh imports cache, and return its root (shared with the chart
    memo's tests)."""
    root = tmp_path / "pipeline"
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    monkeypatch.setattr(code_version, "PIPELINE_DIR", root)
    _fresh(tmp_path / "imports.json", monkeypatch)
    return root


def test_cached_imports_give_the_parsed_versions(tmp_path, monkeypatch) -> None:
    cache_file = tmp_path / "imports.json"
    _fresh(cache_file, monkeypatch)
    parsed = code_version.source_version("pipeline.reconcile.pairs")
    assert cache_file.is_file()
    _fresh(cache_file, monkeypatch)
    calls = []
    real = code_version._parse_imports
    monkeypatch.setattr(code_version, "_parse_imports", lambda *a: calls.append(a) or real(*a))
    assert code_version.source_version("pipeline.reconcile.pairs") == parsed
    assert calls == []  # every module came from the cache


def test_an_entry_is_keyed_by_the_source_itself(tmp_path, monkeypatch) -> None:
    """A wrong entry for other bytes is never used: the key is the source's sha256."""
    cache_file = tmp_path / "imports.json"
    _fresh(cache_file, monkeypatch)
    path = code_version.PIPELINE_DIR / "reconcile" / "pairs.py"
    truth = code_version._imported_modules(path)
    code_version._imports_cache().save()
    entries = json.loads(cache_file.read_text())
    assert entries
    poisoned = {key: ["pipeline.nothing"] for key in entries}
    poisoned["not-a-source-hash"] = ["pipeline.nothing"]
    cache_file.write_text(json.dumps(poisoned))
    _fresh(cache_file, monkeypatch)
    # every real key now maps to a wrong answer, so only a correct key can hit it
    assert code_version._imported_modules(path) == frozenset(["pipeline.nothing"])
    cache_file.write_text(json.dumps({"not-a-source-hash": ["pipeline.nothing"]}))
    _fresh(cache_file, monkeypatch)
    assert code_version._imported_modules(path) == truth


def test_an_unreadable_cache_only_costs_the_parse(tmp_path, monkeypatch) -> None:
    cache_file = tmp_path / "imports.json"
    cache_file.write_text("{not json")
    _fresh(cache_file, monkeypatch)
    expected = code_version.source_version("pipeline.reconcile.pairs")
    _fresh(tmp_path / "missing-dir" / "sub" / "imports.json", monkeypatch)
    assert code_version.source_version("pipeline.reconcile.pairs") == expected


def test_modules_of_an_imported_package_have_their_imports_followed(tmp_path, monkeypatch) -> None:
    """A package counts with all its files; a module among them that no one imports by name
    still brings its own imports (they were dropped, or not, by the order files were met)."""
    files = {
        "__init__.py": "",
        "stage/__init__.py": "from pipeline.stage import rules\n",
        "stage/rules.py": "import pipeline.lexicon\n",
        "stage/helper.py": "from pipeline.support import tools\n",
        "lexicon/__init__.py": "",
        "lexicon/words.csv": "word\n",
        "support/__init__.py": "",
        "support/tools.py": "",
        "unused.py": "",
    }
    root = fake_pipeline_tree(tmp_path, files, monkeypatch)
    names = {
        p.relative_to(root).as_posix() for p in code_version.import_closure(("pipeline.stage",))
    }
    assert {"stage/helper.py", "support/tools.py", "lexicon/words.csv"} <= names
    assert "unused.py" not in names


def test_assets_versioning_names_the_pipeline_functions() -> None:
    """The assets' code versions are the pipeline's (one implementation, shared with the chart
    memo)."""
    from assets import versioning

    assert versioning.source_version("pipeline.reconcile.pairs") == code_version.source_version(
        "pipeline.reconcile.pairs"
    )
    assert versioning.release_code_version is code_version.release_code_version


def test_versions_are_remembered_until_a_file_changes(tmp_path, monkeypatch) -> None:
    """A later process takes the version from the versions cache while no file's stamp moved;
    a file rewritten with the same size and mtime (its ctime moves) is hashed again."""
    import os

    files = {"__init__.py": "", "stage.py": "from pipeline import helper\n", "helper.py": "a = 1\n"}
    root = fake_pipeline_tree(tmp_path, files, monkeypatch)
    first = code_version.source_version("pipeline.stage")
    _fresh(tmp_path / "imports.json", monkeypatch)
    hashed = []
    real = code_version.sha256_of_parts
    monkeypatch.setattr(code_version, "sha256_of_parts", lambda p: hashed.append(1) or real(p))
    assert code_version.source_version("pipeline.stage") == first and hashed == []
    helper = root / "helper.py"
    stat = helper.stat()
    helper.write_text("a = 2\n")  # same size
    os.utime(helper, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same mtime
    _fresh(tmp_path / "imports.json", monkeypatch)
    second = code_version.source_version("pipeline.stage")
    assert hashed == [1] and second != first
    (tmp_path / code_version.VERSIONS_FILE).write_text("{not json")
    _fresh(tmp_path / "imports.json", monkeypatch)
    assert code_version.source_version("pipeline.stage") == second  # a bad cache: hashed


def test_a_version_written_after_this_process_read_the_cache_is_taken(
    tmp_path, monkeypatch
) -> None:
    """A forked run inherits its server's copy of the versions cache, read when the server
    started: a version another run wrote since is read from the file, not hashed again (round
    49); one written for another tree stamp is not taken."""
    files = {"__init__.py": "", "stage.py": "from pipeline import helper\n", "helper.py": "a = 1\n"}
    root = fake_pipeline_tree(tmp_path, files, monkeypatch)
    code_version.source_version("pipeline.helper")  # the "server": reads and writes the cache
    server_copy = code_version._versions_cache()
    assert "pipeline.stage" not in server_copy["versions"]
    # another "run" (a fresh process) adds the stage's version to the file
    code_version.source_version.cache_clear()
    code_version._versions_cache.cache_clear()
    first = code_version.source_version("pipeline.stage")
    # this "run" forked from the server: its copy still lacks the stage's version
    code_version.source_version.cache_clear()
    code_version._versions_cache.cache_clear()
    monkeypatch.setattr(code_version, "_versions_cache", lambda: server_copy)
    hashed = []
    real = code_version.sha256_of_parts
    monkeypatch.setattr(code_version, "sha256_of_parts", lambda p: hashed.append(1) or real(p))
    assert code_version.source_version("pipeline.stage") == first and hashed == []
    # a file of another tree: not taken, hashed (and the answer is this tree's)
    on_disk = json.loads((tmp_path / code_version.VERSIONS_FILE).read_text())
    on_disk["tree"] = "another tree"
    on_disk["versions"]["pipeline.stage"] = "000000000000"
    (tmp_path / code_version.VERSIONS_FILE).write_text(json.dumps(on_disk))
    server_copy["versions"].pop("pipeline.stage")
    code_version.source_version.cache_clear()
    assert code_version.source_version("pipeline.stage") == first and hashed == [1]
    assert (root / "stage.py").is_file()
