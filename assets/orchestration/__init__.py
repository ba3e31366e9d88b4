"""When and how the assets run: jobs (one per executor), the daily schedule, the input-folder
sensor, declarative automation, and the Dagster instance of ``tradefacts run``."""
