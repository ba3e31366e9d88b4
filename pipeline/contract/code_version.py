"""Code versions: a hash of the source of a module, every ``pipeline`` module it imports
(transitively) and the data files of imported packages such as ``lexicon/``.

Why: Dagster marks an asset stale when its ``code_version`` changes, the release manifest records
which code produced it, and memos (the chart's, ``pipeline.report.chart_memo``) must miss when
the code that made them changed. Hashing the import closure means nobody has to remember to bump
a number or list modules by hand, and a helper module imported later is picked up by itself.
Only files under ``pipeline/`` count: libraries enter through their versions where a caller
needs them (the chart memo adds matplotlib's).
"""

from __future__ import annotations

import ast
import functools
import json
import os
from contextlib import suppress
from importlib import metadata
from pathlib import Path

from pipeline.contract.hashing import sha256_hex, sha256_of_parts
from pipeline.files import write_atomic

PACKAGE = "pipeline"
PIPELINE_DIR = Path(__file__).resolve().parents[1]
"""The ``pipeline`` package folder: every hashed path is named relative to it."""
IMPORTS_CACHE = PIPELINE_DIR / "__pycache__" / "tradefacts-imports.json"
"""``{sha256 of a module's source: the pipeline modules it imports}``, beside Python's own
bytecode cache. Why: parsing every pipeline module took 0.3 CPU-s of each run's start; keyed
by the source's content, an entry can never be stale (a changed file is a new key)."""
MAX_CACHED_SOURCES = 2000
"""Past this many entries, a save keeps only the sources this process looked at."""


def _module_file(module: str) -> Path | None:
    parts = module.split(".")
    if parts[0] != PACKAGE:
        return None
    base = PIPELINE_DIR.joinpath(*parts[1:])
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _module_name(path: Path) -> str:
    rel = path.relative_to(PIPELINE_DIR).with_suffix("")
    parts = [p for p in rel.parts if p != "__init__"]
    return ".".join([PACKAGE, *parts])


class _ImportsCache:
    """``IMPORTS_CACHE`` read once per process; written back (atomically) when it learnt a
    file. A cache that cannot be read or written only costs the parse."""

    def __init__(self, path: Path) -> None:
        self.path, self.dirty = path, False
        self.entries: dict[str, list[str]] = {}
        self.used: set[str] = set()
        with suppress(OSError, ValueError):
            loaded = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                self.entries = loaded

    def save(self) -> None:
        if not self.dirty:
            return
        if len(self.entries) > MAX_CACHED_SOURCES:  # old versions of edited files
            self.entries = {k: v for k, v in self.entries.items() if k in self.used}
        with suppress(OSError):
            self.path.parent.mkdir(exist_ok=True)
            write_atomic(self.path, json.dumps(self.entries, sort_keys=True).encode("utf-8"))
            self.dirty = False


@functools.cache
def _imports_cache() -> _ImportsCache:
    return _ImportsCache(IMPORTS_CACHE)


def _parse_imports(path: Path, source: bytes) -> frozenset[str]:
    """``pipeline`` modules that ``source`` (the module at ``path``) imports."""
    package = ".".join([PACKAGE, *path.parent.relative_to(PIPELINE_DIR).parts])
    found: set[str] = set()
    for node in ast.walk(ast.parse(source.decode("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return frozenset(m for m in found if m == PACKAGE or m.startswith(PACKAGE + "."))


@functools.cache  # each file looked at once per process, however many versions include it
def _imported_modules(path: Path) -> frozenset[str]:
    """``pipeline`` modules that the source at ``path`` imports (absolute or relative), from
    ``IMPORTS_CACHE`` when this very source was parsed before."""
    source = path.read_bytes()
    # the package's position is part of the key: relative imports resolve against it
    key = sha256_hex(path.relative_to(PIPELINE_DIR).as_posix().encode() + b"\0" + source)
    cache = _imports_cache()
    cache.used.add(key)
    known = cache.entries.get(key)
    if isinstance(known, list):
        return frozenset(known)
    found = _parse_imports(path, source)
    cache.entries[key] = sorted(found)
    cache.dirty = True
    return found


def import_closure(modules: tuple[str, ...]) -> set[Path]:
    """The files of ``modules`` (dotted ``pipeline`` names) and of every ``pipeline`` module they
    import, transitively; an imported package brings all its files (its CSVs, its modules and
    their imports). Names outside ``pipeline`` or without a file are skipped."""
    files: set[Path] = set()
    parsed: set[Path] = set()
    todo = [f for f in map(_module_file, modules) if f is not None]
    while todo:
        path = todo.pop()
        if path in parsed:
            continue
        parsed.add(path)
        files.add(path)
        if path.name == "__init__.py":  # a package: its data files (lexicon CSVs) count too
            for p in path.parent.rglob("*"):
                if p.is_file() and "__pycache__" not in p.parts:
                    files.add(p)
                    if p.suffix == ".py":  # its modules' own imports count as well
                        todo.append(p)
        todo.extend(f for f in map(_module_file, _imported_modules(path)) if f is not None)
    return files


@functools.cache  # source files do not change within a process; parsing at run time also
# hit CPython 3.11's "AST constructor recursion depth mismatch" bug under load.
def source_version(*modules: str) -> str:
    """First 12 hex of a sha256 over ``modules`` and all ``pipeline`` code and data they use.

    Remembered across processes (``VERSIONS_CACHE``) while no file under ``pipeline/`` changed
    its stat stamp (:func:`_tree_stamp`): the ten versions a run's start computes read and
    hashed the import closures' files each time (0.16-0.20 CPU-s of every launched run)."""
    key, stamp = "\0".join(modules), _tree_stamp()
    cache = _versions_cache()
    if not _known(cache, stamp, key):
        _reread_versions(cache, stamp)
    if _known(cache, stamp, key):
        return cache["versions"][key]
    parts = (
        part
        for path in sorted(import_closure(modules))
        for part in (
            path.relative_to(PIPELINE_DIR).as_posix().encode() + b"\0",
            path.read_bytes() + b"\0",
        )
    )
    version = sha256_of_parts(parts)[:12]
    _imports_cache().save()
    if cache.get("tree") != stamp:
        cache.clear()
        cache.update({"tree": stamp, "versions": {}})
    cache["versions"][key] = version
    with suppress(OSError):
        path = IMPORTS_CACHE.with_name(VERSIONS_FILE)
        path.parent.mkdir(exist_ok=True)
        write_atomic(path, json.dumps(cache, sort_keys=True).encode("utf-8"))
    return version


VERSIONS_FILE = "tradefacts-versions.json"
"""Beside ``IMPORTS_CACHE``: ``{"tree": stamp, "versions": {modules joined by NUL: version}}``."""


@functools.cache
def _tree_stamp() -> str:
    """A digest of every file under ``PIPELINE_DIR`` (``__pycache__`` aside): its path, size,
    inode, mtime and ctime in ns. Why ctime: no write can keep it (a file rewritten with the
    same size and a reset mtime still moves it), so equal stamps mean equal sources."""
    rows = []
    for folder, dirs, files in os.walk(PIPELINE_DIR):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            with suppress(OSError):
                st = os.stat(os.path.join(folder, name))
                rel = os.path.relpath(os.path.join(folder, name), PIPELINE_DIR)
                rows.append(f"{rel}\0{st.st_size}\0{st.st_ino}\0{st.st_mtime_ns}\0{st.st_ctime_ns}")
    return sha256_hex("\n".join(rows))


@functools.cache
def _versions_cache() -> dict:
    return _read_versions()


def _read_versions() -> dict:
    with suppress(OSError, ValueError):
        loaded = json.loads(IMPORTS_CACHE.with_name(VERSIONS_FILE).read_text("utf-8"))
        if isinstance(loaded, dict) and isinstance(loaded.get("versions"), dict):
            return loaded
    return {}


def _known(cache: dict, stamp: str, key: str) -> bool:
    return cache.get("tree") == stamp and isinstance(cache["versions"].get(key), str)


def _reread_versions(cache: dict, stamp: str) -> None:
    """Add to ``cache`` (this process's copy of ``VERSIONS_FILE``) the versions another process
    has written since it was read, when they are of the same tree (``stamp``).

    Why (issue 18, round 49): a warm run is forked from a server that read the file when it
    started, so every forked run inherited that copy and computed again, and wrote, the versions
    the server never asked for (the release's :func:`release_code_version`: ~0.09 CPU-s of
    every warm add-one at 10k); the file had them from the previous run. Read only on a miss
    (one small JSON file); an entry counts only under the current tree stamp, as before."""
    on_disk = _read_versions()
    if on_disk.get("tree") != stamp:
        return
    if cache.get("tree") != stamp:
        cache.clear()
        cache.update({"tree": stamp, "versions": {}})
    for name, version in on_disk["versions"].items():
        cache["versions"].setdefault(name, version)


def package_version() -> str:
    """Installed distribution version of tradefacts (``0+unknown`` when run from a bare tree)."""
    try:
        return metadata.version("tradefacts")
    except metadata.PackageNotFoundError:
        return "0+unknown"


@functools.cache
def release_code_version() -> str:
    """Version of the whole pipeline, recorded in the release manifest."""
    every_module = tuple(_module_name(p) for p in PIPELINE_DIR.rglob("*.py"))
    return f"{package_version()}+{source_version(*every_module)}"
