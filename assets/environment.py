"""Names and defaults of tradefacts' environment variables: constants only, nothing read here.

Why a module of its own: the Dagster resource in ``assets/settings.py`` reads these variables,
and the read-only CLI commands need the ``--data`` default without importing Dagster (two
seconds of start-up), so the names live where both can import them.
"""

from __future__ import annotations

SEEDS_ENV = "TRADEFACTS_SEEDS_DIR"
DATA_ENV = "TRADEFACTS_DATA_DIR"
MAX_BYTES_ENV = "TRADEFACTS_MAX_BYTES"
MAX_DROP_ENV = "TRADEFACTS_MAX_DROP"
"""Share of the current release's ok documents or facts a run may drop; ``1`` allows any."""
WORKERS_ENV = "TRADEFACTS_WORKERS"
POLICY_ENV = "TRADEFACTS_PREFERRED_POLICY"
CORRECTIONS_ENV = "TRADEFACTS_CORRECTIONS"
"""Path of the analysts' corrections file; default ``corrections.csv`` in the input folder."""
MIN_CONFIDENCE_ENV = "TRADEFACTS_MIN_CONFIDENCE"
MIRROR_BAND_ENV = "TRADEFACTS_MIRROR_BAND"
"""Figures whose extraction confidence is below this (0-1) never create or join a conflict."""
SCHEDULE_CRON_ENV = "TRADEFACTS_SCHEDULE_CRON"
SCHEDULE_TZ_ENV = "TRADEFACTS_SCHEDULE_TZ"
SCHEDULE_RUNNING_ENV = "TRADEFACTS_SCHEDULE_RUNNING"
"""``1`` starts the schedule running when the code location loads; default: stopped."""
SENSOR_RUNNING_ENV = "TRADEFACTS_SENSOR_RUNNING"
"""``0`` leaves the folder sensor stopped when the code location loads; default: running."""
DAGSTER_HOME_ENV = "DAGSTER_HOME"
WARM_RUNS_ENV = "TRADEFACTS_WARM_RUNS"
"""``0``: the run launcher spawns every run cold through the code server (Dagster's default)."""

DEFAULT_SEEDS = "seeds"
DEFAULT_DATA = "data"
DEFAULT_CRON = "0 6 * * *"
DEFAULT_TZ = "UTC"
