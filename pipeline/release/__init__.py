"""Release store: immutable, content-addressed release folders and an atomically replaced LATEST.

Why this shape: a consumer reading ``releases/$(cat LATEST)/facts.parquet`` must never see a
partial release, and identical inputs must give an identical release. So every release is
written into a staging folder ``<data>/.staging-*`` beside ``releases/`` (not inside it: DuckDB's
``releases/*/facts.parquet`` glob matches dot-folders too), fsynced, renamed into place in one
step, and only then does ``LATEST`` move (temp file + ``os.replace`` + folder fsync). The release
id is a hash of the table bytes, which requires the Parquet bytes to be deterministic: stable row
order, fixed writer options, no pandas metadata and no wall clock inside the files
(``created_at`` lives in the manifest).

One writer at a time: :func:`writer_lock` (``releases/.lock``, ``fcntl.flock``) is held by
:func:`publish_release`, :func:`rollback`, :func:`gc` and the whole ``tradefacts run``. The kernel
drops the lock when its holder dies, so a SIGKILLed run never leaves a stale lock; the staging
folder it leaves is removed by the next writer (:func:`clean_stale`), and only while it holds the
lock, so it can never delete a live writer's folder.

Pure Python (no Dagster): the Dagster layer calls :func:`publish_release`.

Releases share unchanged files: each table is a folder of parts bucketed by a stable key
(``parts``, schema 1.3), and each part and attachment is stored once in ``<data>/objects/`` by
its sha256 and release folders hard-link it (``objects``), so an add-one release writes only the
parts it changed.

Modules: ``parquet`` (deterministic files), ``parts`` (tables as bucketed parts), ``layout`` (paths, LATEST, manifest), ``lock``
(the writer lock), ``objects`` (shared files), ``publish``, ``catalog`` (verify, list, resolve,
rollback, gc), ``diff``, ``lineage``.
"""
