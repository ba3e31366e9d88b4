"""Round 58, kind: a short Czech page read as Portuguese. novinky jd14 and ceskatelevize jd15
count Portuguese's " do " (Czech "to", "into") more often than Czech's own function words, so
both pages were glossed as Portuguese and no figure was read.

``page_language.language``: a page that writes the letters only Czech writes ("ě", "ř", "ů")
five times or more is Czech, whatever language's function words it counts most. Made-up
sentences with words no dev page uses.
"""

from __future__ import annotations

from pipeline.extract.page_language import language


def test_short_czech_page_is_czech() -> None:
    texts = [
        "Zemědělci loni vyvezli rekordně mnoho.",
        "Do Maďarska vývoz vzrostl o 4,1 procenta.",
        "Do Řecka dodali pěstitelé o 2 procenta dřeva více.",
        "Rostl i export do Rakouska a do Chorvatska (+ 3 procenta).",
    ]
    assert language(texts) == "cs"


def test_portuguese_page_stays_portuguese() -> None:
    """Near miss: a Portuguese page with no Czech letters stays Portuguese."""
    texts = [
        "As exportações do Brasil para a Argentina cresceram 4,1% em 2030, segundo o governo.",
        "O comércio com a Argentina somou 28 bilhões de dólares, uma alta de 7% em relação ao ano.",
    ]
    assert language(texts) == "pt"
