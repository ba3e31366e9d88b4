"""Dagster layer of tradefacts: thin assets, checks and resources around the pure ``pipeline``."""
