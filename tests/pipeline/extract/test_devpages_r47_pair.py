"""Round 47, dev pages: pair and direction kinds, across languages.

- **Ranked items are no pair with one another** (:func:`~.ranked_aside.ranking_items`): a
  sentence that runs through a ranking, each item with amounts of its own ("B came second with
  $X, then C third with $Y, then D with $Z"; the Arabic gloss "came B second ..., then C third
  worth ..."), pairs each amount with its own item (the nearest ranked before it) and the economy
  whose partners are ranked, never with another item; a clause after a new item ("then D ...,
  of which exports $W") does not carry the previous item's pair.
- **A list of owners of a flow** (:func:`~.lists.ranked_pair`): "A's imports ($X), of B ($Y) and
  of C ($Z)" (the gloss of "aux importations de A (...), de B (...)", "las importaciones de A
  (...), de B (...)"): each item after "of" owns the flow as A does (B imports from the same
  origin), not A's partner.
- **The Arabic adjective of every country** (:func:`~.arabic.nisba_rows`): the nisba grown from
  the country's name by the grammar ("ليبيا" -> "الليبية", "قطر" -> "القطرية", "عمان" ->
  "العمانية"), so "الاستثمارات الليبية في مصر" (Libyan investments in Egypt) names its investor
  on a page about any country, not only the ones whose adjective a row spells; a name that is its
  own adjective's form ("مالي", Mali) grows none ("المالية" stays finance).

Made-up sentences, made-up figures; near misses keep what is no such form."""

import pytest

from tests.pipeline.extract.test_extract import figures

_HEAD = "date 2031-02-10\n{title}\n\n"


def _pairs(text: str, title: str = "Trade news") -> set[tuple]:
    out = figures(_HEAD.format(title=title) + text + "\n")
    return {
        (
            r.flow,
            *(sorted((r.reporter, r.partner)) if r.flow == "turnover" else (r.reporter, r.partner)),
            r.value,
        )
        for r in out.itertuples()
    }


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (  # English: each ranked item with its own amount, the page's economy on the other side
            "Kenya's trade with its neighbours in 2030",
            "Uganda came second among the regional trading partners with $410 million, then "
            "Tanzania came third with $260 million.",
            {
                ("turnover", "KEN", "UGA", 410_000_000.0),
                ("turnover", "KEN", "TZA", 260_000_000.0),
            },
        ),
        (  # Arabic: "then C third worth ..., of which ... exports": C's, not B's
            "الأردن",
            "بلغت قيمة المبادلات التجارية بين الأردن والسعودية 900 مليون دولار عام 2030. "
            "وحلت تونس ثانية في قائمة الشركاء التجاريين بقيمة 300 مليون دولار، منها 90 مليون "
            "دولار صادرات، ثم ليبيا ثالثة بقيمة 120 مليون دولار، منها 50 مليون دولار صادرات.",
            {
                ("turnover", "JOR", "SAU", 900_000_000.0),
                ("exports", "JOR", "TUN", 90_000_000.0),
                ("exports", "JOR", "LBY", 120_000_000.0),
                ("exports", "JOR", "LBY", 50_000_000.0),
            },
        ),
    ],
)
def test_ranked_items_pair_with_the_ranking_economy(title, text, expected):
    assert _pairs(text, title) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (  # a sequence of destinations, no rank: unchanged
            "Kenya",
            "Trade between Kenya and Ethiopia reached $900 million in 2030. Exports to Uganda "
            "came to $410 million and then to Tanzania $260 million.",
            {
                ("turnover", "ETH", "KEN", 900_000_000.0),
                ("exports", "KEN", "UGA", 410_000_000.0),
                ("exports", "KEN", "TZA", 260_000_000.0),
            },
        ),
        (  # one ranked economy, its ranking's economy named: unchanged
            "Kenya trade",
            "Uganda came second among Kenya's trading partners with $410 million, ahead of "
            "Tanzania.",
            {("turnover", "KEN", "UGA", 410_000_000.0)},
        ),
    ],
)
def test_ranked_items_near_misses(title, text, expected):
    assert _pairs(text, title) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (  # Spanish: "las importaciones de A (...), de B (...) y de C (...) procedentes de X"
            "Marruecos",
            "Las ventas de Marruecos al exterior dependen de las importaciones de Alemania (300 "
            "millones de euros), de Francia (250 millones de euros) y de Italia (120 millones de "
            "euros) procedentes de Marruecos en 2030.",
            {
                ("imports", "DEU", "MAR", 300_000_000.0),
                ("imports", "FRA", "MAR", 250_000_000.0),
                ("imports", "ITA", "MAR", 120_000_000.0),
            },
        ),
        (  # French: "des importations du A (...), de la B (...) et de la C (...)"
            "Sénégal",
            "Les exportations du Sénégal dépendent des importations du Mali (300 milliards FCFA), "
            "de la Gambie (120 milliards FCFA) et de la Guinée (90 milliards FCFA) en provenance "
            "du Sénégal en 2030.",
            {
                ("imports", "MLI", "SEN", 300_000_000_000.0),
                ("imports", "GMB", "SEN", 120_000_000_000.0),
                ("imports", "GIN", "SEN", 90_000_000_000.0),
            },
        ),
        (  # near miss: a list of origins ("from B ($Y)"): the owner's partners, unchanged
            "Morocco",
            "Morocco's imports from Germany ($300 million), from France ($250 million) and from "
            "Italy ($120 million) rose in 2030.",
            {
                ("imports", "MAR", "DEU", 300_000_000.0),
                ("imports", "MAR", "FRA", 250_000_000.0),
                ("imports", "MAR", "ITA", 120_000_000.0),
            },
        ),
    ],
)
def test_owners_listed_after_of(title, text, expected):
    assert _pairs(text, title) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (  # "الصادرات القطرية إلى تونس": Qatari exports to Tunisia
            "تونس",
            "بلغت الصادرات القطرية إلى تونس 300 مليون دولار عام 2030.",
            {("exports", "QAT", "TUN", 300_000_000.0)},
        ),
        (  # "الاستثمارات العمانية في الأردن": Omani investments in Jordan (recipient first)
            "الأردن",
            "ارتفعت الاستثمارات العمانية في الأردن إلى 2 مليار دولار عام 2030.",
            {("investment", "JOR", "OMN", 2_000_000_000.0)},
        ),
        (  # a later clause's own owner: "الصادرات الكويتية إلى المغرب" are Kuwait's
            "تجارة",
            "بلغت الواردات التونسية من الكويت 300 مليون دولار عام 2030، فيما بلغت الصادرات "
            "الكويتية إلى المغرب 200 مليون دولار.",
            {("imports", "TUN", "KWT", 300_000_000.0), ("exports", "KWT", "MAR", 200_000_000.0)},
        ),
        (  # near miss: "وزارة المالية" (the ministry of finance) is no Malian adjective
            "السنغال",
            "وقالت وزارة المالية إن التبادل التجاري بين مالي والسنغال بلغ 300 مليون دولار عام "
            "2030.",
            {("turnover", "MLI", "SEN", 300_000_000.0)},
        ),
    ],
)
def test_arabic_adjective_of_every_country(title, text, expected):
    assert _pairs(text, title) == expected
