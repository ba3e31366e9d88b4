"""The input folder: an observable source asset whose data version is the hash of its files.

Why: observing the folder records a data version (the hash of its file names and contents), so
the UI marks ``raw_documents`` and everything below it stale as soon as an article changes,
before anything is rerun. The sensor in ``assets/orchestration/sensor.py`` records the same
observation when it sees a change.
"""

import warnings
from contextlib import suppress
from pathlib import Path

from dagster import (
    BetaWarning,
    DataVersion,
    MetadataValue,
    ObserveResult,
    observable_source_asset,
)

from assets.metadata import GROUP
from assets.settings import TradefactsSettings
from pipeline.ingest.cache import content_set_hash
from pipeline.ingest.file_hashes import hashes_path
from pipeline.ingest.file_manifest import ColumnHashes, fingerprint_listing


def folder_metadata(fingerprint: dict[str, str], folder: Path) -> dict[str, MetadataValue]:
    """What an observation of the input folder shows in the UI."""
    return {
        "files": MetadataValue.int(len(fingerprint)),
        "seeds_dir": MetadataValue.path(str(folder.resolve())),
    }


def folder_fingerprint(paths: TradefactsSettings) -> dict[str, str]:
    """``{file name: sha256}`` of the input folder, reading only the files whose stat does not
    vouch for a hash remembered in the data folder (shared with ``raw_documents``)."""
    hashes = ColumnHashes.load(hashes_path(paths.data))
    fingerprint = fingerprint_listing(paths.seeds, hashes)
    with suppress(OSError):  # a read-only data folder: the next look hashes again
        hashes.save()
    return fingerprint


def _observe_folder(paths: TradefactsSettings) -> ObserveResult:
    """Hash the folder's contents so a changed article shows up as new data upstream."""
    fingerprint = folder_fingerprint(paths)
    return ObserveResult(
        data_version=DataVersion(content_set_hash(fingerprint)),
        metadata=folder_metadata(fingerprint, paths.seeds),
    )


# Observable source assets and ``Output(data_version=...)`` are Dagster's documented way to
# version data; they are marked beta, which says nothing about this use, so the warning is muted.
with warnings.catch_warnings():
    warnings.simplefilter("ignore", BetaWarning)
    input_folder = observable_source_asset(
        name="input_folder",
        group_name=GROUP,
        description="The folder of *.txt articles (TRADEFACTS_SEEDS_DIR); its data version is "
        "the hash of the file names and their sha256.",
    )(_observe_folder)
