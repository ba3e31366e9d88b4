"""Polish pages read through the English rules (``pipeline.extract.polish``, ``pl`` rows of
``lexicon/foreign_words.csv``).

Every sentence here is made up, in the styles Polish outlets write trade figures in: a statistics
office's "Eksport Polski do Czech wzrósł o 12,5 proc. r/r i wyniósł 23,4 mld euro", a business
paper's "wymiana handlowa Polski z Litwą sięgnęła 4,2 mld zł", "w I kwartale 2031 r.", "w trzech
kwartałach". Near misses: an English page quoting Polish names stays English, a Czech page is
read as Czech, "z" before a genitive is "from" where before an instrumental it is "with", and "o"
before a word ("dane o handlu", data on trade) is no change.
"""

import datetime as dt

from pipeline.extract.foreign import gloss, language
from tests.pipeline.extract.test_foreign import rows

D = dt.date


def test_language_of_a_polish_page() -> None:
    assert (
        language(
            [
                "Eksport do Chin wzrósł o 12 procent, co jest dobrym wynikiem dla kraju. Według "
                "ministerstwa to zasługa firm, które wysyłają towary do Azji, oraz tego, że "
                "import się zmniejszył."
            ]
        )
        == "pl"
    )
    # near misses: an English page quoting Polish names and a Czech page are not Polish
    english = (
        "Trade between Polska and the Czech Republic rose, the ministry said, and the exports "
        "of the Łódź region to Słowacja grew with the help of the new road to the border. "
    )
    assert language([english * 3]) is None
    assert language(["Exports to Poland rose, dla the firm said, as trade się grew."]) is None
    czech = (
        "Vývoz do Číny vzrostl o 12 procent, jak uvedl úřad, který data zveřejnil. Podle "
        "ministerstva je to také díky tomu, že obchod s Čínou roste a dovoz do země klesá."
    )
    assert language([czech]) == "cs"  # glossed as Czech (test_foreign_czech), never as Polish


def test_polish_scales_cases_and_periods() -> None:
    assert gloss("23,4 mld euro", "pl") == "23.4 billion euros"
    assert gloss("815 mln zł", "pl") == "815 million zloty"
    assert gloss("wzrósł o 12,5 proc. r/r", "pl") == "rose by 12.5 percent year on year"
    assert gloss("w 2031 r.", "pl") == "in 2031"
    assert gloss("w I kwartale 2031 roku", "pl") == "in the first quarter of 2031"
    assert gloss("w trzech kwartałach 2031 r.", "pl") == "in the first three quarters of 2031"
    assert gloss("eksport Polski do Czech", "pl") == "Poland's exports to Czech Republic"
    assert gloss("polski eksport do Niemiec", "pl") == "Polish exports to Germany"
    assert gloss("wymiana handlowa Polski z Litwą", "pl") == "Poland's trade with Lithuania"
    # near misses: "z" before a genitive is "from"; "o" before a word is no change
    assert gloss("import z Chin", "pl") == "imports from China"
    assert gloss("dane o handlu", "pl") == "dane o trade"


def test_polish_flows_pairs_and_periods() -> None:
    got = rows(
        "Wymiana handlowa Polski z Litwą jest coraz większa, a obroty rosną od lat.\n"
        "Eksport Polski do Litwy wzrósł w 2031 r. o 12,5 proc. r/r i wyniósł 23,4 mld euro.\n"
        "Import z Litwy w I kwartale 2031 r. wyniósł 4,2 mld zł."
    )
    assert got[23_400_000_000.0] == (
        "exports", "POL", "LTU", "level", "EUR", D(2031, 1, 1), D(2031, 12, 31)
    )  # fmt: skip
    assert got[12.5][:4] == ("exports", "POL", "LTU", "pct_change")
    assert got[4_200_000_000.0] == (
        "imports", "POL", "LTU", "level", "PLN", D(2031, 1, 1), D(2031, 3, 31)
    )  # fmt: skip
