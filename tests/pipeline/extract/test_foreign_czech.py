"""Czech pages read through the English rules (``pipeline.extract.czech``, ``cs`` rows of
``lexicon/foreign_words.csv``).

Every sentence here is made up, in the styles Czech outlets write trade figures in: a statistics
office's "Vývoz Česka do Německa vzrostl meziročně o 4,5 % na 61,2 mld. Kč", a business paper's
"obchodní obrat se Slovenskem dosáhl 12,3 mld. eur", "za prvních devět měsíců", "loni", "o
pětinu". Near misses: a Polish and a Slovak-quoting English page are not Czech, "o" before a
word ("údaje o obchodu", data on trade) is no change, "z" before a name is "from" where "s"
before one is "with".
"""

import datetime as dt

from pipeline.extract.foreign import gloss, language
from tests.pipeline.extract.test_foreign import rows

D = dt.date


def test_language_of_a_czech_page() -> None:
    page = (
        "Vývoz do Číny vzrostl o 12 procent, jak uvedl úřad, který data zveřejnil. Podle "
        "ministerstva je to také díky tomu, že obchod s Čínou roste a dovoz v roce klesá."
    )
    assert language([page]) == "cs"
    # near misses: a Polish page stays Polish, an English page quoting Czech names stays English
    polish = (
        "Eksport do Chin wzrósł o 12 procent, co jest dobrym wynikiem dla kraju. Według "
        "ministerstwa to zasługa firm, które wysyłają towary do Azji, oraz tego, że import się "
        "zmniejszył w tym roku."
    )
    assert language([polish]) == "pl"
    english = "Trade between Česko and Slovensko rose, the ministry said, and the exports of "
    assert language([english * 3 + " v Praze a Brně"]) is None


def test_czech_scales_cases_and_changes() -> None:
    assert gloss("61,2 mld. Kč", "cs") == "61.2 billion koruna"
    assert gloss("4,2 bilionu korun", "cs") == "4.2 trillion koruna"  # Czech "bilion" is 10^12
    assert gloss("vzrostl meziročně o 4,5 %", "cs") == "rose year on year by 4.5 %"
    assert gloss("se loni snížil na 3,4 mld. eur", "cs") == "last year fell to 3.4 billion euros"
    assert gloss("vývoz Česka do Německa", "cs") == "Czech Republic's exports to Germany"
    assert gloss("český vývoz do Číny", "cs") == "Czech exports to China"
    assert gloss("Obchod se Slovenskem", "cs") == "trade with Slovakia"
    assert gloss("vzrostl o pětinu", "cs") == "rose by a fifth"
    # near misses: "o" before a word is no change; "z" before a name is "from"
    assert gloss("údaje o obchodu", "cs") == "údaje o trade"
    assert gloss("dovoz z Polska", "cs") == "imports from Poland"


def test_czech_flows_pairs_and_periods() -> None:
    got = rows(
        "Vývoz Česka do Rakouska roste už několik let, uvedl úřad, který data zveřejnil v "
        "pondělí. Podle úřadu je to také díky firmám, které v Rakousku prodávají.\n"
        "Vývoz Česka do Rakouska v roce 2031 vzrostl meziročně o 6,5 % na 98,7 mld. Kč.\n"
        "Dovoz z Rakouska za prvních devět měsíců roku 2031 činil 3,6 mld. eur."
    )
    assert got[98_700_000_000.0] == (
        "exports", "CZE", "AUT", "level", "CZK", D(2031, 1, 1), D(2031, 12, 31)
    )  # fmt: skip
    assert got[6.5][:4] == ("exports", "CZE", "AUT", "pct_change")
    assert got[3_600_000_000.0] == (
        "imports", "CZE", "AUT", "level", "EUR", D(2031, 1, 1), D(2031, 9, 30)
    )  # fmt: skip
