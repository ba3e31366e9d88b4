"""Code versions derived from the source of the pipeline modules an asset runs.

Why: Dagster marks an asset stale when its ``code_version`` changes, and the release manifest
records which code produced it. Hashing the source (the stage module, every ``pipeline`` module it
imports, transitively, and the data files of imported packages such as ``lexicon/``) means nobody
has to remember to bump a number, and a helper module added later is picked up by itself.
"""

from __future__ import annotations

import ast
import functools
from importlib import metadata
from pathlib import Path

from pipeline.contract.hashing import sha256_of_parts

PACKAGE = "pipeline"
PIPELINE_DIR = Path(__file__).resolve().parent.parent / PACKAGE


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


@functools.cache  # each file parsed once per process, however many versions include it
def _imported_modules(path: Path) -> frozenset[str]:
    """``pipeline`` modules that the source at ``path`` imports (absolute or relative)."""
    package = ".".join([PACKAGE, *path.parent.relative_to(PIPELINE_DIR).parts])
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
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


def _closure(modules: tuple[str, ...]) -> set[Path]:
    files: set[Path] = set()
    todo = [f for f in map(_module_file, modules) if f is not None]
    while todo:
        path = todo.pop()
        if path in files:
            continue
        files.add(path)
        if path.name == "__init__.py":  # a package: its data files (lexicon CSVs) count too
            files.update(
                p for p in path.parent.rglob("*") if p.is_file() and "__pycache__" not in p.parts
            )
        todo.extend(f for f in map(_module_file, _imported_modules(path)) if f is not None)
    return files


@functools.cache  # source files do not change within a process; parsing at run time also
# hit CPython 3.11's "AST constructor recursion depth mismatch" bug under load.
def source_version(*modules: str) -> str:
    """First 12 hex of a sha256 over ``modules`` and all ``pipeline`` code and data they use."""
    parts = (
        part
        for path in sorted(_closure(modules))
        for part in (
            path.relative_to(PIPELINE_DIR).as_posix().encode() + b"\0",
            path.read_bytes() + b"\0",
        )
    )
    return sha256_of_parts(parts)[:12]


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
