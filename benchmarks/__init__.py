"""Benchmarks: a synthetic corpus with gold, the throughput benchmark and the quantulum3 comparison.

Dev-only (``pip install -e '.[bench]'``); nothing under ``pipeline/`` or ``assets/`` imports it.
"""
