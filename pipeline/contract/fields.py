"""What every table model is written with: the field helper, the date type, the pattern of an
economy's code and the metadata key of a table's row order.

Why apart from ``schemas.py``: the models of attached tables (``mirror.py``) use them too, and
``schemas.py`` lists those models in ``TABLE_SCHEMAS``; a module of their own keeps that free of
an import cycle.
"""

from __future__ import annotations

import pandera.pandas as pa
from pandera.engines import pandas_engine

# ISO 3166-1 alpha-3, or a bloc code of the lexicon (countries.csv kinds bloc/former): 2-8
# capital letters ("EU", "EAEU", "ASEAN", "MERCOSUR")
ISO3_OR_BLOC = r"^[A-Z]{2,8}$"
SORT_KEY = "sort_key"
"""Key of a model's ``Config.metadata`` naming the columns its published rows are sorted by."""

Date = pandas_engine.Date


def _text(description: str, **kwargs: object) -> object:
    return pa.Field(description=description, **kwargs)
