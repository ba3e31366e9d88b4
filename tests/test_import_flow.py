"""Imports follow the flow and form no cycle.

The test reads every module of ``pipeline/`` and ``assets/`` with ``ast`` (imports inside
functions and under ``TYPE_CHECKING`` included) and fails on

* an import cycle between modules;
* a ``pipeline`` stage importing a later stage (files, processes <- contract <- ingest <- extract <- reconcile,
  curate <- release, report; ``release`` and ``report`` are both last and import neither each
  other);
* ``pipeline`` importing ``assets`` or ``dagster``.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("pipeline", "assets")
# lexicon/ is data (CSV + loaders) that ingest and extract both read: it sits with contract.
STAGE_ORDER = {
    "files": -1,  # pipeline/files.py: durable writes, below every stage (imports none)
    "processes": -1,  # pipeline/processes.py: worker processes, below every stage (imports none)
    "contract": 0,
    "lexicon": 0,
    "ingest": 1,
    "extract": 2,
    "reconcile": 3,
    "curate": 3,  # analysts' corrections: between extraction and reconciliation, read by release
    "release": 4,
    "report": 4,
}


def module_name(path: Path) -> str:
    """``pipeline/extract/figures.py`` -> ``pipeline.extract.figures``."""
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    """Every module of the two packages by dotted name."""
    return {module_name(p): p for package in PACKAGES for p in (ROOT / package).rglob("*.py")}


def imports(path: Path, known: set[str]) -> set[str]:
    """Dotted names ``path`` imports: known modules, or top-level names of other packages."""
    package = module_name(path) if path.name == "__init__.py" else module_name(path.parent)
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, *([node.module] if node.module else [])])
            names = [f"{base}.{alias.name}" for alias in node.names] + [base]
        else:
            continue
        for name in names:
            # the longest known module the name starts with (a symbol's module), else top level
            candidates = [m for m in known if name == m or name.startswith(m + ".")]
            found.add(max(candidates, key=len) if candidates else name.split(".")[0])
    return found


def graph() -> dict[str, set[str]]:
    """Module -> the modules of the two packages (and other top-level packages) it imports."""
    found = modules()
    known = set(found)
    return {name: imports(path, known) - {name} for name, path in found.items()}


def _stage(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if parts[0] == "pipeline" and len(parts) > 1 else None


def flow_violations(edges: dict[str, set[str]]) -> list[str]:
    """Imports against the flow, or out of the domain layer."""
    bad = []
    for module, targets in sorted(edges.items()):
        if not module.startswith("pipeline"):
            continue
        for target in sorted(targets):
            top = target.split(".")[0]
            if top in ("assets", "dagster"):
                bad.append(f"{module} imports {target}: pipeline/ never imports {top}")
                continue
            here, there = _stage(module), _stage(target)
            if here is None or there is None or here == there:
                continue
            if STAGE_ORDER[there] >= STAGE_ORDER[here]:
                bad.append(f"{module} ({here}) imports {target} ({there}): against the flow")
    return bad


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in edges.get(v, ()):
            if w not in edges:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def test_every_stage_is_known() -> None:
    stages = {_stage(m) for m in modules()} - {None}
    assert stages <= set(STAGE_ORDER), stages - set(STAGE_ORDER)


def test_no_import_against_the_flow() -> None:
    assert flow_violations(graph()) == []


def test_no_import_cycle() -> None:
    assert cycles(graph()) == []


def test_the_checks_catch_a_cycle_and_a_backward_import() -> None:
    edges = {
        "pipeline.ingest.a": {"pipeline.reconcile.b"},
        "pipeline.reconcile.b": {"pipeline.ingest.a", "dagster"},
    }
    assert cycles(edges) == [["pipeline.ingest.a", "pipeline.reconcile.b"]]
    assert len(flow_violations(edges)) == 2
