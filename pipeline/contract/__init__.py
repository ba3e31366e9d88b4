"""The tables: pandera models (the one place a column, its type and vocabulary are written),
table names and row order, Arrow conversion, stable ids and digests. Every other stage imports
this package; it imports none of them.
"""
