"""A table's columns are written once, in its pandera model (pipeline/contract/schemas.py).

The test reads the source of pipeline/ and assets/ (ast) and fails on any list, tuple or set
literal outside pipeline/contract/ made only of column names of one contract table, four or
more: such a literal is a column list written a second time, and drifts from the model. Derive
the list from the model (``columns("facts")``) or name a selection with ``pick(table, ...)``,
which checks each name against the model. Display labels mixed with column names ("pair",
"period", "source" beside "flow" and "value") are not column lists and pass.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from pipeline.contract.gold import GoldSchema
from pipeline.contract.schemas import TABLE_SCHEMAS
from pipeline.contract.tables import columns, model_columns

ROOT = Path(__file__).resolve().parents[3]
MIN_NAMES = 4
TABLE_COLUMNS = {
    **{table: set(columns(table)) for table in TABLE_SCHEMAS},
    "gold": set(model_columns(GoldSchema)),
}


def _sources() -> list[Path]:
    files = [*(ROOT / "pipeline").rglob("*.py"), *(ROOT / "assets").rglob("*.py")]
    return sorted(p for p in files if "contract" not in p.relative_to(ROOT).parts)


def column_lists(path: Path, root: Path = ROOT) -> list[str]:
    """``line: table (names)`` for each literal in ``path`` naming >= MIN_NAMES columns of one
    table."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            continue
        names = {
            e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
        }
        if len(names) < MIN_NAMES or len(names) < len(node.elts):
            continue  # short, or not only strings (a starred or computed element)
        for table, known in TABLE_COLUMNS.items():
            hits = names & known
            if hits == names:
                found.append(f"{path.relative_to(root)}:{node.lineno}: {table} {sorted(hits)}")
    return found


def test_the_scan_finds_a_column_list_and_passes_display_labels(tmp_path) -> None:
    source = tmp_path / "pipeline" / "example.py"
    source.parent.mkdir()
    source.write_text(
        'COLUMNS = ["fact_id", "flow", "scope", "reporter"]\n'
        'LABELS = ["pair", "flow", "period", "status", "value", "fact_id"]\n'
    )
    found = column_lists(source, root=tmp_path)
    assert found == ["pipeline/example.py:1: facts ['fact_id', 'flow', 'reporter', 'scope']"]


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_column_list_outside_the_contract(path: Path) -> None:
    assert column_lists(path) == []
