"""No control character in the library's source: a regex written as r"...\\b..." inside a plain
(not raw) string once turned its word boundary into a backspace (status._PART_BREAK, round 30),
which matches nothing on a page; the pattern then never fired and no test noticed."""

from pathlib import Path

import pipeline

_CONTROL = {chr(c) for c in range(32)} - {"\n", "\t", "\r"}


def test_no_control_characters_in_pipeline_sources() -> None:
    root = Path(pipeline.__file__).parent
    bad = [
        f"{path.relative_to(root)}:{n}"
        for path in sorted(root.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _CONTROL & set(line)
    ]
    assert bad == []
