"""Schema checks validate only the rows of parts whose content hash no earlier evaluation
recorded as passing; ids stay unique over the whole table (issue 18 item 1)."""

from __future__ import annotations

import pandas as pd

from assets.checks import validate_table
from assets.partial_validation import part_of_rows, validate_changed


def _sentences(n_docs: int) -> pd.DataFrame:
    rows = [
        {
            "sentence_id": f"d{d}:{p}",
            "doc_id": f"d{d}",
            "position": p,
            "text": f"Sentence {p} of document {d}.",
            "char_start": 40 * p,
            "char_end": 40 * p + 30,
        }
        for d in range(n_docs)
        for p in range(3)
    ]
    return pd.DataFrame(rows)


class Spy:
    """``validate_table``, remembering the rows it was given."""

    def __init__(self) -> None:
        self.seen: list[int] = []

    def __call__(self, table: str, frame: pd.DataFrame) -> pd.DataFrame:
        self.seen.append(len(frame))
        return validate_table(table, frame)


def test_unchanged_parts_are_not_validated_again() -> None:
    before = _sentences(300)
    first = validate_changed("sentences", before, None, validate_table)
    assert first.failures.empty and first.rows_validated == len(before)

    after = pd.concat([before, _sentences(301).tail(3)], ignore_index=True)  # one new document
    spy = Spy()
    second = validate_changed("sentences", after, first.record, spy)
    assert second.failures.empty
    new_part = part_of_rows(after.tail(1), "sentences")[0]
    changed = after[part_of_rows(after, "sentences") == new_part]
    assert spy.seen == [len(changed)] and second.rows_validated == len(changed) < len(after)
    assert len(second.record["parts"]) >= len(first.record["parts"])


def test_a_bad_changed_row_fails_and_its_part_is_not_recorded() -> None:
    before = _sentences(300)
    first = validate_changed("sentences", before, None, validate_table)
    after = before.copy()
    after.loc[7, "char_end"] = after.loc[7, "char_start"]  # span not ordered
    result = validate_changed("sentences", after, first.record, validate_table)
    assert not result.failures.empty and set(result.failures["index"]) == {7}
    bad_part = str(part_of_rows(after.loc[[7]], "sentences")[0])
    assert bad_part not in result.record["parts"]
    assert len(result.record["parts"]) == len(first.record["parts"]) - 1
    # next time that part is validated again, and fails again
    again = validate_changed("sentences", after, result.record, validate_table)
    assert set(again.failures["index"]) == {7}


def test_a_duplicate_id_in_an_unchanged_part_is_found() -> None:
    before = _sentences(300)
    first = validate_changed("sentences", before, None, validate_table)
    copy = before.iloc[[0]].assign(doc_id="new-doc")  # another part, the same sentence_id
    after = pd.concat([before, copy], ignore_index=True)
    result = validate_changed("sentences", after, first.record, validate_table)
    duplicates = result.failures[result.failures["check"] == "field_uniqueness"]
    assert set(duplicates["index"]) == {0, len(after) - 1}
    assert len(result.failures) == 2  # once each, not again from the changed part's model run


def test_another_validator_validates_the_whole_table() -> None:
    before = _sentences(300)
    first = validate_changed("sentences", before, None, validate_table)
    texts_as_objects = before.assign(position=before["position"].astype(object))
    spy = Spy()
    validate_changed("sentences", texts_as_objects, first.record, spy)
    assert spy.seen == [len(before)]  # a dtype changed: the record is not trusted


def test_a_column_failure_records_nothing_as_passing() -> None:
    frame = _sentences(50).drop(columns=["text"])
    result = validate_changed("sentences", frame, None, validate_table)
    assert not result.failures.empty and result.record["parts"] == {}


def test_the_next_run_validates_only_the_new_article(tmp_path, monkeypatch) -> None:
    """Through Dagster: the second run's checks read the first run's record from the instance."""
    import shutil
    from pathlib import Path

    from dagster import DagsterInstance

    from assets.definitions import JOB_NAME, build_defs
    from assets.settings import TradefactsSettings

    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    seeds = tmp_path / "seeds"
    corpus = Path(__file__).resolve().parents[1] / "data" / "corpus"
    shutil.copytree(corpus, seeds, ignore=shutil.ignore_patterns("*.csv"))
    paths = TradefactsSettings(seeds_dir=str(seeds), data_dir=str(tmp_path / "data"))
    job = build_defs(paths).resolve_job_def(JOB_NAME)

    def sentence_check(instance: DagsterInstance) -> dict:
        result = job.execute_in_process(instance=instance)
        assert result.success
        (evaluation,) = [
            e
            for e in result.get_asset_check_evaluations()
            if e.asset_check_key.name == "sentences_schema"
        ]
        return {k: v.value for k, v in evaluation.metadata.items()}

    with DagsterInstance.ephemeral() as instance:
        first = sentence_check(instance)
        (seeds / "zz_new.txt").write_text(
            "date 2031-02-01\nTrade between Georgia and Armenia reached $1.4 billion in 2030.\n",
            encoding="utf-8",
        )
        second = sentence_check(instance)
    assert first["rows_validated"] == first["rows"]
    assert 0 < second["rows_validated"] < second["rows"] == first["rows"] + 1
