"""Sentences to figures: numbers, periods, attribution, the rules that bind a number to a
flow, pair, period and status, the figures table, and evaluation against gold. Vocabulary lives
in ``lexicon/``.
"""
