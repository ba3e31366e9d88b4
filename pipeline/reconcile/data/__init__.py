"""Data files of reconciliation: ``usd_rates.csv`` (annual average exchange rates, its source
named in its header)."""
