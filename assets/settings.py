"""Settings of a tradefacts deployment: one Dagster resource, the only reader of the environment.

Why one resource: the CLI, ``dagster dev`` and the daemon must agree on where articles are read
and releases written, on the size limit, the worker count, the preference policy and the
confidence threshold; reading each variable in the module that uses it made six readers. Here :meth:`TradefactsSettings.from_env`
reads them all through ``dg.EnvVar``; everything else receives the values as arguments
(``pipeline/`` reads no environment at all). Relative paths are resolved against the working
directory of the process.
"""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from assets.environment import (
    CORRECTIONS_ENV,
    DAGSTER_HOME_ENV,
    DATA_ENV,
    DEFAULT_CRON,
    DEFAULT_DATA,
    DEFAULT_SEEDS,
    DEFAULT_TZ,
    MAX_BYTES_ENV,
    MAX_DROP_ENV,
    MIN_CONFIDENCE_ENV,
    MIRROR_BAND_ENV,
    POLICY_ENV,
    SCHEDULE_CRON_ENV,
    SCHEDULE_RUNNING_ENV,
    SCHEDULE_TZ_ENV,
    SEEDS_ENV,
    SENSOR_RUNNING_ENV,
    WORKERS_ENV,
)
from pipeline.curate.corrections import CORRECTIONS_FILE
from pipeline.ingest.documents import DEFAULT_MAX_BYTES
from pipeline.reconcile.mirror import MIRROR_BAND
from pipeline.reconcile.resolve import DEFAULT_MIN_CONFIDENCE, DEFAULT_POLICY, PREFERENCE_POLICIES
from pipeline.release.guard import DEFAULT_MAX_DROP


def _number(name: str, value: str | None, default: int | float) -> int | float:
    """``value`` of variable ``name`` as the type of ``default`` (``default`` when unset); a
    value that is no number names the variable (``int()``'s own error does not)."""
    if value is None:
        return default
    try:
        return type(default)(value.strip())
    except ValueError:
        kind = "a whole number" if isinstance(default, int) else "a number"
        raise ValueError(f"{name}={value!r}: expected {kind}") from None


def _fraction(name: str, value: str | None) -> float:
    """The confidence threshold from variable ``name``: a number from 0 to 1, checked before the
    run starts (it failed only at ``reconcile_facts``, after ingest and extraction, and a word
    gave Python's own "could not convert string to float": new-user trial, round 58)."""
    number = _number(name, value, float(DEFAULT_MIN_CONFIDENCE))
    if not 0.0 <= number <= 1.0:
        raise ValueError(f"{name}={value!r}: expected a number from 0 to 1")
    return number


def _flag(value: str | None, default: bool) -> bool:
    value = (value or "").strip().lower()
    return default if not value else value in {"1", "true", "yes", "on", "running"}


class TradefactsSettings(dg.ConfigurableResource):
    """Where the input articles are read from and where assets and releases are written, and
    how the stages and the automation behave. Bound to the resource key ``paths``."""

    seeds_dir: str = DEFAULT_SEEDS
    data_dir: str = DEFAULT_DATA
    # Files larger than this are quarantined as "oversize" without being read.
    max_bytes: int = DEFAULT_MAX_BYTES
    # Extraction processes for large batches (0: one per core).
    workers: int = 0
    # Share of the current release's ok documents or facts a run may drop (1: any).
    max_drop: float = DEFAULT_MAX_DROP
    # Which side fills preferred_value when sources conflict (README "Reconciliation").
    preferred_policy: str = DEFAULT_POLICY
    # Figures whose extraction confidence is below this never create or join a conflict; they
    # are listed for review instead (README "Reconciliation"). From 0 to 1.
    min_confidence: float = DEFAULT_MIN_CONFIDENCE
    # Expected imports/exports ratio of mirror flows (CIF/FOB): "low,high" (README "Mirror").
    mirror_band: str = f"{MIRROR_BAND[0]},{MIRROR_BAND[1]}"
    # Analysts' corrections to figures (default: corrections.csv in the input folder).
    corrections_path: str | None = None
    schedule_cron: str = DEFAULT_CRON
    schedule_tz: str = DEFAULT_TZ
    schedule_running: bool = False
    sensor_running: bool = True
    # The Dagster instance of ``tradefacts run`` (default: ``<data>/dagster_home``).
    dagster_home: str | None = None

    @classmethod
    def from_env(cls, **overrides: object) -> TradefactsSettings:
        """Settings from the ``TRADEFACTS_*`` variables (and ``DAGSTER_HOME``), else defaults;
        ``overrides`` (e.g. the CLI's ``--seeds``/``--data``) win over both."""

        def env(name: str) -> str | None:
            return dg.EnvVar(name).get_value() or None

        values = {
            "seeds_dir": env(SEEDS_ENV) or DEFAULT_SEEDS,
            "data_dir": env(DATA_ENV) or DEFAULT_DATA,
            "max_bytes": _number(MAX_BYTES_ENV, env(MAX_BYTES_ENV), DEFAULT_MAX_BYTES),
            "workers": _number(WORKERS_ENV, env(WORKERS_ENV), 0),
            "max_drop": _number(MAX_DROP_ENV, env(MAX_DROP_ENV), float(DEFAULT_MAX_DROP)),
            "preferred_policy": dg.EnvVar(POLICY_ENV).get_value(DEFAULT_POLICY),
            "min_confidence": _fraction(MIN_CONFIDENCE_ENV, env(MIN_CONFIDENCE_ENV)),
            "corrections_path": env(CORRECTIONS_ENV),
            "mirror_band": env(MIRROR_BAND_ENV) or f"{MIRROR_BAND[0]},{MIRROR_BAND[1]}",
            "schedule_cron": env(SCHEDULE_CRON_ENV) or DEFAULT_CRON,
            "schedule_tz": env(SCHEDULE_TZ_ENV) or DEFAULT_TZ,
            "schedule_running": _flag(env(SCHEDULE_RUNNING_ENV), False),
            "sensor_running": _flag(env(SENSOR_RUNNING_ENV), True),
            "dagster_home": env(DAGSTER_HOME_ENV),
        }
        return cls(**{**values, **overrides})

    @property
    def seeds(self) -> Path:
        """The input folder as a path."""
        return Path(self.seeds_dir)

    @property
    def data(self) -> Path:
        """The data folder (assets, releases, the default Dagster home) as a path."""
        return Path(self.data_dir)

    @property
    def corrections(self) -> Path:
        """The corrections file: ``corrections_path``, else ``corrections.csv`` in the input
        folder (it is not an article: only ``*.txt`` files are read as articles)."""
        return (
            Path(self.corrections_path) if self.corrections_path else self.seeds / CORRECTIONS_FILE
        )

    def band(self) -> tuple[float, float]:
        """The mirror band as (low, high); a malformed or empty band fails with the variable."""
        try:
            low, high = (float(part) for part in self.mirror_band.split(","))
        except ValueError:
            low = high = float("nan")
        if not 0 < low <= high:
            raise ValueError(
                f"{MIRROR_BAND_ENV}={self.mirror_band!r}; expected 'low,high' with 0 < low <= high"
                " (imports/exports, e.g. 0.95,1.20)"
            )
        return low, high

    def policy(self) -> str:
        """The preference policy, checked when reconciliation asks for it."""
        if self.preferred_policy not in PREFERENCE_POLICIES:
            raise ValueError(
                f"{POLICY_ENV}={self.preferred_policy!r}; expected one of {PREFERENCE_POLICIES}"
            )
        return self.preferred_policy

    def confidence_threshold(self) -> float:
        """The confidence threshold, checked when reconciliation asks for it."""
        if not 0.0 <= self.min_confidence <= 1.0:
            raise ValueError(
                f"{MIN_CONFIDENCE_ENV}={self.min_confidence!r}; expected a number from 0 to 1"
            )
        return self.min_confidence
