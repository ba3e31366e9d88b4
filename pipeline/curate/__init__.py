"""Curation between extraction and reconciliation: analysts' corrections as data."""
