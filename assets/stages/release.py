"""Asset ``release``: publish the validated tables as an immutable Parquet release.

It only runs after every blocking schema check upstream has passed, so a frame that breaks its
schema never reaches ``data/releases``. Each new release also carries ``report.md`` and
``claims.png`` (``pipeline/report.py``), written into the staging folder before the rename and
listed in the manifest; the materialisation shows both in the UI.
"""

import base64
import re
from collections.abc import Iterator, Mapping
from pathlib import Path

import pandas as pd
import pyarrow as pa
from dagster import (
    AssetExecutionContext,
    AssetKey,
    DataVersion,
    MaterializeResult,
    MetadataValue,
    asset,
)

from assets.checks import passed_on_current_materialization, schema_check_rows, schema_outcome
from assets.metadata import GROUP, KINDS
from assets.settings import TradefactsSettings
from assets.stages.curated_figures import SHA_METADATA
from assets.versioning import release_code_version, source_version
from pipeline.contract.arrow import from_arrow
from pipeline.contract.hashing import sha256_hex
from pipeline.contract.schemas import TABLE_SCHEMAS
from pipeline.curate.corrections import CORRECTIONS_FILE, Corrections, read_corrections
from pipeline.release.chunks import is_chunked, read_chunks
from pipeline.release.input_reuse import DocumentHashes
from pipeline.release.layout import CHART_MEMO, load_manifest, releases_dir
from pipeline.release.parquet import TableFile, table_bytes
from pipeline.release.parts import arrow_ready, as_written
from pipeline.release.publish import ReleaseResult, publish_release
from pipeline.release.stored_parts import STORED, StoredChunks
from pipeline.report.attachments import release_attachments
from pipeline.report.chart_memo import share
from pipeline.report.chart_pairs import PairBuckets
from pipeline.report.markdown import CHART_FILE, REPORT_COLUMNS, REPORT_FILE, read_report
from pipeline.report.section_memo import BucketRows, ReportTables

ASSET_OF = {"documents": "raw_documents", "checks": "identity_checks"}
"""Assets whose name differs from the release table they become."""
ARROW_TABLES = ("documents", "sentences", "figures", "facts", "claims")
"""Tables the release hands to the store as Arrow when their check passed: read as stored and
written as parts without converting to pandas and back (0.4 CPU-s of a 10k add-one for
sentences and figures, unless ``StoredChunks``: not read at all; facts and claims, whose list
columns ``as_written`` renames, another 0.2; since round 57 facts and claims are
``StoredChunks`` too, whose buckets the report reads when it needs them).
Documents too (round 51): their text as pandas objects and back to Arrow was the release's
peak while the store wrote them (30k articles: 424 -> 859 MB), for the same parts; since
round 52 they are ``StoredChunks`` like sentences and figures (not read at all)."""
COUNTED_ONLY = ("sentences", "figures")
"""Tables the report only counts (``len``): given as their row count, not their ids."""
REPORT_METADATA_CHARS = 60_000
"""The report shown in the UI is cut after this many characters; the release's file is whole."""


def checks_table(
    schema_rows: pd.DataFrame, identity_checks: pd.DataFrame, identity_passed: bool = False
) -> pd.DataFrame:
    """``checks.parquet``: the schema outcome of every table plus the identity checks.

    ``identity_passed``: these identity checks passed their blocking schema check in Dagster
    (the same model), so only the few schema rows are validated, and that the two share no
    ``check_id`` (the model's one rule across rows): the whole validation's answer without
    re-validating 65k rows at 100k articles; any other dtype falls back to it."""
    if identity_passed and len(schema_rows) and len(identity_checks):
        head = TABLE_SCHEMAS["checks"].validate(schema_rows, lazy=True)
        if (
            list(head.columns) == list(identity_checks.columns)
            and head.dtypes.equals(identity_checks.dtypes)
            and not identity_checks["check_id"].isin(head["check_id"]).any()
        ):
            return pd.concat([head, identity_checks], ignore_index=True)
    frames = [f for f in (schema_rows, identity_checks) if len(f)]
    table = pd.concat(frames, ignore_index=True) if frames else schema_rows
    return TABLE_SCHEMAS["checks"].validate(table, lazy=True)


class ValidatedTables(Mapping[str, pd.DataFrame]):
    """The release tables, each read from its file when the store asks for it, then validated.

    Why lazy: the store writes one table at a time, so at most one large table (plus its
    Arrow copy) is in memory; holding all of them at once took 3.6 GB at 100k articles.
    ``checks`` comes last in the store's order and collects the outcomes of the others.
    ``passed`` (``{table: rows}``) names tables whose current materialisation already passed
    its blocking schema check in Dagster; those are not validated twice.
    """

    def __init__(
        self,
        files: Mapping[str, TableFile],
        identity_checks: TableFile,
        passed: Mapping[str, int] | None = None,
    ) -> None:
        self.files = dict(files)
        self._identity_checks = identity_checks
        self._passed = dict(passed or {})
        self._outcomes: dict[str, pd.DataFrame] = {}
        self.checks = pd.DataFrame()
        """The checks table once the store has asked for it (small: kept for the report)."""
        self.validated: list[str] = []
        """Tables validated here because no passing check of their current version existed."""
        self.layouts: dict[str, list[tuple[str, int]]] = {}
        """The chunks each table was read from (the release's bucket memo compares them)."""
        self.kept: dict[str, pd.DataFrame | pa.Table | StoredChunks] = {}
        """Facts and claims, kept for the report: as read (Arrow if the store took them so),
        or their chunks unread (``StoredChunks``: the report reads the buckets it needs)."""
        self.buckets: dict[str, tuple] = {}
        """Filled by the store: ``BucketMemo.row_buckets``, for the report's per-bucket memos."""
        self.rows: dict[str, int] = {}
        """Rows of each table (the report counts sentences and figures, nothing more)."""

    def __getitem__(self, name: str) -> pd.DataFrame:
        table = self._get(name)
        self.rows[name] = len(table)
        return table

    def _get(self, name: str) -> pd.DataFrame:
        if name == "checks":
            identity = self._identity_checks.load()
            self._record("checks", identity)
            passed = self._passed.get("checks") == len(identity)
            self.checks = checks_table(pd.concat(self._outcomes.values()), identity, passed)
            return self.checks
        passed = self._passed.get(name)
        stored = StoredChunks.passed(self.files[name].path, passed) if name in STORED else None
        if stored is not None:  # not read: the store builds changed parts from new chunks
            self._outcomes[name] = pd.DataFrame([schema_outcome(name, len(stored), 0)])
            if name not in REPORT_COLUMNS:  # facts, claims: the report reads their buckets
                self.kept[name] = stored
            return stored  # type: ignore[return-value]  # the store takes it
        if name in ARROW_TABLES and passed == self.files[name].rows():
            arrow = as_written(self._read(name))
            if arrow_ready(arrow):  # passed, and written as read: no pandas round trip
                self._outcomes[name] = pd.DataFrame([schema_outcome(name, arrow.num_rows, 0)])
                if name not in REPORT_COLUMNS:  # the report's copy, made when it asks
                    self.kept[name] = arrow
                return arrow  # type: ignore[return-value]  # the store takes either
        chunked = is_chunked(self.files[name].path)  # then what ``TableFile.load`` reads:
        frame = from_arrow(self._read(name)) if chunked else self.files[name].load()
        self._record(name, frame)
        if name not in REPORT_COLUMNS:
            self.kept[name] = frame
        return frame

    def _read(self, name: str) -> pa.Table:
        """Table ``name`` as stored, noting its chunk layout when it is a chunked table."""
        path = self.files[name].path
        if not is_chunked(path):
            return self.files[name].load_arrow()
        arrow, self.layouts[name] = read_chunks(path)
        return arrow

    def _record(self, name: str, frame: pd.DataFrame) -> None:
        """The schema outcome of ``frame``: Dagster's passing check of it, else validated here."""
        if self._passed.get(name) == len(frame):
            self._outcomes[name] = pd.DataFrame([schema_outcome(name, len(frame), 0)])
        else:
            self._outcomes[name] = schema_check_rows({name: frame})
            self.validated.append(name)

    def __contains__(self, name: object) -> bool:  # Mapping's default would load the table
        return name == "checks" or name in self.files

    def __iter__(self) -> Iterator[str]:
        return iter([*self.files, "checks"])

    def __len__(self) -> int:
        return len(self.files) + 1


def report_tables(tables: ValidatedTables) -> Mapping[str, pd.DataFrame]:
    """What ``report.md`` and the chart read, once the store has read every table: whole
    facts and claims (kept; converted when first read), a few columns of the others."""
    loaded = {
        name: _report_columns(tables, name) for name in tables.files if name not in tables.kept
    }
    return ReportTables({**loaded, "checks": tables.checks}, tables.kept)


def _report_columns(tables: ValidatedTables, name: str) -> pd.DataFrame:
    """What the report reads of table ``name``: of sentences and figures only the row count
    (as rows without columns, when the store read them: not 784k ids at 100k articles)."""
    if name in COUNTED_ONLY and name in tables.rows:
        return pd.DataFrame(index=pd.RangeIndex(tables.rows[name]))
    return tables.files[name].load(REPORT_COLUMNS[name])


def report_metadata(folder: Path, parent: Path | None = None) -> dict[str, MetadataValue]:
    """``report.md`` with ``claims.png`` inlined (the UI cannot follow a relative link), unless
    the chart is byte-identical to the one of the ``parent`` release folder.

    Read back from the release folder, so the UI shows what was published, also when an
    unchanged run published nothing new. Empty for a release made before reports existed.
    Why not inline an unchanged chart: ~285 kB of base64 at 10k articles, stored twice by
    Dagster (event log, asset index): ~0.6 MB into the instance's SQLite per add-one (issue 18).
    """
    report, chart = folder / REPORT_FILE, folder / CHART_FILE
    if not (report.is_file() and chart.is_file()):
        return {}
    text = read_report(folder)  # report.md and its section files, as one text
    if len(text) > REPORT_METADATA_CHARS:
        text = text[:REPORT_METADATA_CHARS].rsplit("\n", 1)[0]
        text += f"\n\n_Cut here; the whole report is {report.resolve()}._\n"
    image = chart.read_bytes()
    before = parent / CHART_FILE if parent is not None else None
    if before is not None and before.is_file() and before.read_bytes() == image:
        note = f"_Chart unchanged since release {parent.name}: {chart.resolve()}_"
        text = re.sub(rf"!\[[^\]\n]*\]\({re.escape(CHART_FILE)}\)", lambda _: note, text, count=1)
    else:
        inline = base64.b64encode(image).decode("ascii")
        text = text.replace(f"]({CHART_FILE})", f"](data:image/png;base64,{inline})", 1)
    return {
        "report": MetadataValue.md(text),
        "report_path": MetadataValue.path(str(report.resolve())),
        "chart_path": MetadataValue.path(str(chart.resolve())),
    }


def publication_metadata(result: ReleaseResult, recorded_parent: str | None) -> dict:
    """What a run published, readable at a glance: ``outcome`` first, then the release.

    Why: every run of the job materialises ``release``, also one whose tables equal the current
    release; without ``outcome`` such a run looked like a new release. ``parent`` is the parent
    recorded in the release's manifest (``recorded_parent``), so a release is never shown as its
    own parent; ``previous_latest`` is what ``LATEST`` named before the run.
    """
    if result.pinned and result.pinned != result.release_id:
        made = "published new" if result.created else "the tables equal the existing"
        outcome = (
            f"{made} release {result.release_id}; LATEST stays on {result.pinned}, pinned by a "
            "rollback (`tradefacts releases unpin`)"
        )
    elif result.created:
        outcome = f"published new release {result.release_id}"
    elif result.parent == result.release_id:
        outcome = f"nothing published: the tables equal the current release {result.release_id}"
    else:
        outcome = (
            f"nothing new written: LATEST moved from {result.parent or 'none'} to the existing "
            f"release {result.release_id} (same tables)"
        )
    parent = recorded_parent if recorded_parent != result.release_id else None
    return {
        "outcome": MetadataValue.text(outcome),
        "created": MetadataValue.bool(result.created),
        "release_id": MetadataValue.text(result.release_id),
        "parent": MetadataValue.text(parent or "none"),
        "previous_latest": MetadataValue.text(result.parent or "none"),
        "pinned": MetadataValue.text(result.pinned or "none"),
    }


def corrections_applied(context: AssetExecutionContext, paths: TradefactsSettings) -> Corrections:
    """The corrections file as ``curated_figures`` applied it (read again; its sha256 must equal
    the one that asset recorded, else the file changed during the run and the run fails)."""
    corrections = read_corrections(paths.corrections)
    event = context.instance.get_latest_materialization_event(AssetKey("curated_figures"))
    recorded = event.asset_materialization.metadata.get(SHA_METADATA) if event else None
    current = corrections.sha256 or "none"
    if recorded is not None and recorded.value != current:
        raise ValueError(
            f"{corrections.path} changed after curated_figures applied it (sha256 "
            f"{recorded.value} -> {current}); run again"
        )
    return corrections


def corrections_record(corrections: Corrections) -> dict[str, object]:
    """The manifest's ``settings.corrections``: path, the file's sha256 (null: no file), rows.

    The path is absolute, so ``tradefacts correct`` started in any folder appends to the file
    this run read (a relative path was resolved against wherever ``correct`` ran: found by a
    new-user trial). Settings are manifest-only: the release id does not depend on them.
    """
    return {
        "path": str(corrections.path.absolute()),
        "sha256": corrections.sha256,
        "rows": len(corrections.frame),
    }


def publish_tables(
    paths: TradefactsSettings,
    tables: ValidatedTables,
    corrections: Corrections,
    run_id: str | None,
) -> ReleaseResult:
    """The release asset's work outside Dagster: publish ``tables`` with their attachments.

    ``corrections`` is the file ``curated_figures`` applied (:func:`corrections_applied`); its
    bytes are read again and must still have its sha256. Also what
    ``benchmarks/profile_release.py`` runs. The chart memo then links the release's picture.
    """

    def document_hashes() -> dict[str, str]:
        hashes = tables.files["documents"].load(["doc_id", "sha256"])
        return dict(zip(hashes["doc_id"], hashes["sha256"], strict=True))

    # read only if the input parts cannot be made from the documents parts (input_reuse.py)
    input_hashes = DocumentHashes(document_hashes)
    corrections_bytes = corrections.path.read_bytes() if corrections.sha256 else None
    if corrections_bytes is not None and sha256_hex(corrections_bytes) != corrections.sha256:
        raise ValueError(f"{corrections.path} changed while the release was being made; run again")

    def attachments(release_id: str) -> dict[str, bytes]:
        report = report_tables(tables)
        rows = BucketRows.of(tables.buckets, tables.kept.get("facts"), tables.kept.get("claims"))
        n_facts = rows.facts.num_rows if rows is not None else len(report["facts"])
        files = release_attachments(
            report,
            release_id,
            min_confidence=paths.confidence_threshold(),
            write_table=table_bytes,
            mirror_band=paths.band(),
            chart_memo=paths.data / CHART_MEMO,
            pair_buckets=PairBuckets.of(tables.buckets, n_facts),
            bucket_rows=rows,
        )
        if corrections_bytes is not None:  # the file behind the facts, for lineage
            files[CORRECTIONS_FILE] = corrections_bytes
        return files

    result = publish_release(
        paths.data,
        tables,
        code_version=release_code_version(),
        input_hashes=input_hashes,
        run_id=run_id,
        attachments=attachments,
        max_drop=paths.max_drop,
        settings={
            "min_confidence": paths.confidence_threshold(),
            "mirror_band": list(paths.band()),
            "corrections": corrections_record(corrections),
        },
    )
    share(paths.data / CHART_MEMO, releases_dir(paths.data) / result.release_id / CHART_FILE)
    return result


def _recorded_parent(data: Path, release_id: str) -> str | None:
    try:
        return load_manifest(data, release_id).get("parent")
    except (OSError, ValueError):
        return None


@asset(
    description="Publishes documents, sentences, figures, facts, claims and checks as "
    "data/releases/<release_id>/ with a manifest, report.md and claims.png (conflicts, both "
    "sides quoted; the claims chart), then moves data/releases/LATEST.",
    group_name=GROUP,
    kinds=KINDS,
    code_version=source_version("pipeline.release.publish", "pipeline.report.attachments"),
    deps=["curated_figures"],
)
def release(
    context: AssetExecutionContext,
    paths: TradefactsSettings,
    raw_documents: TableFile,
    sentences: TableFile,
    figures: TableFile,
    facts: TableFile,
    claims: TableFile,
    identity_checks: TableFile,
) -> MaterializeResult:
    """Write the release; the data version is the release id (the content hash of the tables).

    Equal content gives an equal data version, so Dagster sees an unchanged release as unchanged.

    Returns a ``MaterializeResult`` rather than an ``Output``: the store owns the release files,
    so no IO manager is involved. The inputs arrive as files (``TableFile``) and are read one
    at a time while the store writes them.
    """
    files = {
        "documents": raw_documents,
        "sentences": sentences,
        "figures": figures,
        "facts": facts,
        "claims": claims,
    }
    assets = {name: AssetKey(ASSET_OF.get(name, name)) for name in [*files, "checks"]}
    passed = passed_on_current_materialization(context.instance, assets)
    tables = ValidatedTables(files, identity_checks, passed)
    corrections = corrections_applied(context, paths)
    result = publish_tables(paths, tables, corrections, context.run.run_id)
    if result.cleaned:
        context.log.warning(f"removed stale entries of killed writers: {', '.join(result.cleaned)}")
    if result.repaired:
        context.log.warning(f"rewrote damaged release {result.release_id}: {result.repaired}")
    parent = _recorded_parent(paths.data, result.release_id)
    published = publication_metadata(result, parent)
    if result.pinned:  # a routine outcome is metadata only (``outcome``): no extra event
        context.log.warning(str(published["outcome"].value))
    # on the materialisation only, not also on the step output (assets/metadata.py)
    context.add_asset_metadata(
        {
            **published,
            "path": MetadataValue.path(str(result.path.resolve())),
            "rows": MetadataValue.json(result.rows),
            "cleaned_stale": MetadataValue.json(list(result.cleaned)),
            "repaired": MetadataValue.text(result.repaired or "none"),
            "validated_here": MetadataValue.json(tables.validated),
            **report_metadata(
                result.path,
                result.path.parent / parent if parent and parent != result.release_id else None,
            ),
        }
    )
    return MaterializeResult(data_version=DataVersion(result.release_id))
