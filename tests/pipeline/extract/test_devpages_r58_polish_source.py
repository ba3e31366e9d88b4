"""Round 58, kind: a Polish source as the data the figures follow from. forsal jd12 wrote "Z
zestawienia Generalnej Administracji Celnej Chin (GACC), obejmującego 238 państw, wynika, że
w 2021 r. ...": the gloss left "wynika, że" (it follows that) as written and none of the
page's figures had China's customs as its source.

``polish.prepare``: "Z X wynika (wynikało), że", "Jak wynika (wynikało) z X," and "..., (co)
wynika z danych / raportu / zestawienia ... X" are "According to X,", as English writes a
source. Made-up sentences with forms no dev page uses ("Jak wynikało z danych", "Z raportu ...
wynika", "wynika z danych ..." after the figure).
"""

from __future__ import annotations

import pytest

from tests.pipeline.extract.test_extract import figures

_FIGURE = "eksport Litwy do Polski wzrósł w 2030 r. o 12 proc. i wyniósł 3,2 mld euro"


def _sources(text: str) -> set:
    out = figures(" date 2031-02-01\n" + text)
    return {(r.flow, r.reporter, r.partner, r.source_country) for r in out.itertuples()}


@pytest.mark.parametrize(
    "text",
    [
        f"Jak wynikało z danych Departamentu Statystyki Litwy, {_FIGURE}, co jest rekordem.",
        f"Z raportu Departamentu Statystyki Litwy, opublikowanego w poniedziałek, wynika, że "
        f"{_FIGURE}, co jest rekordem.",
        f"W tym roku {_FIGURE}, co wynika z danych Departamentu Statystyki Litwy.",
    ],
)
def test_follows_from(text: str) -> None:
    assert _sources(text) == {("exports", "LTU", "POL", "LTU")}


def test_no_data_no_source() -> None:
    """Near miss: "Z tego wynika, że" (it follows from this that) names no body: no source."""
    text = f"Z tego wynika, że {_FIGURE}, co jest rekordem w handlu z sąsiadem."
    assert _sources(text) == {("exports", "LTU", "POL", None)}
