"""Figures to facts, claims and identity checks: claim intervals, resolving a fact key,
accounting identities within one source, and the per-pair cache.
"""
