"""tradefacts domain library: pure functions over pandas/pyarrow, no Dagster import."""
