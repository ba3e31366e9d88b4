"""The ``tradefacts`` console script (``main``); see ``assets.cli.app.py``."""

from assets.cli.app import main

__all__ = ["main"]
