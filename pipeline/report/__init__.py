"""What an analyst reads first: labels, the conflicts with both sides quoted, ``report.md``.

Why here and pure: the release report, the ``facts`` asset's conflict table in the Dagster UI and
the ``tradefacts facts`` / ``conflicts`` commands show the same rows with the same labels, so
they all come from these functions. Everything is ordered explicitly and carries no clock, so
the same tables give the same ``report.md`` bytes. The chart is drawn by ``pipeline/report/chart.py``.
"""
