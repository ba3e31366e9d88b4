"""Code versions of the assets: ``source_version(module, …)`` for an asset's ``code_version`` and
its caches, ``release_code_version()`` for the release manifest.

The hashing (a module's import closure within ``pipeline/``) is
:mod:`pipeline.contract.code_version`, where the chart memo uses it too; the assets keep
importing these names from here.
"""

from __future__ import annotations

from pipeline.contract.code_version import package_version, release_code_version, source_version

__all__ = ["package_version", "release_code_version", "source_version"]
