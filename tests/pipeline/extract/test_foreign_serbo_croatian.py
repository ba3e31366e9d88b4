"""Serbian, Croatian and Bosnian pages in Latin script read through the English rules
(``pipeline.extract.serbo_croatian``, ``sh`` rows of ``lexicon/foreign_words.csv``).

Every sentence here is made up, in the styles Western Balkan outlets write trade figures in: a
statistics office's "izvoz Srbije u Italiju porastao je za 8,5 odsto", a Croatian business
paper's "robna razmjena s Austrijom iznosila je 2,4 milijarde eura", "u prvih devet meseci 2031.
godine", "prošle godine". Near misses: a Czech and a Slovenian page are not read as Serbian,
"za" before a word ("sporazum za trgovinu") is no change, "iz" before a name is "from".
"""

import datetime as dt

from pipeline.extract.foreign import gloss, language
from tests.pipeline.extract.test_foreign import rows

D = dt.date


def test_language_of_a_serbian_or_croatian_page() -> None:
    serbian = (
        "Izvoz u Italiju je porastao, kao što su saopštili iz zavoda koji prati podatke, a "
        "uvoz iz Nemačke će biti veći nego prošle godine, dok su cene ostale iste."
    )
    croatian = (
        "Robna razmjena s Austrijom je porasla, kao što su objavili iz zavoda koji prati "
        "podatke, a uvoz iz Njemačke će biti veći nego prošle godine."
    )
    assert language([serbian]) == "sh"
    assert language([croatian]) == "sh"
    # near misses: a Czech page stays Czech; a Slovenian page is none (not glossed)
    czech = (
        "Vývoz do Číny vzrostl o 12 procent, jak uvedl úřad, který data zveřejnil. Podle "
        "ministerstva je to také díky tomu, že obchod s Čínou roste a dovoz v roce klesá."
    )
    assert language([czech]) == "cs"
    slovenian = (
        "Izvoz v Italijo se je povečal, kot so sporočili na uradu, ki spremlja podatke, uvoz "
        "iz Nemčije pa bo letos večji kot lani, ker so cene tudi višje."
    )
    assert language([slovenian]) is None


def test_serbo_croatian_scales_cases_and_changes() -> None:
    assert gloss("2,4 milijarde eura", "sh") == "2.4 billion euros"
    assert gloss("850,3 miliona evra", "sh") == "850.3 million euros"
    assert gloss("porastao je za 8,5 odsto", "sh") == "rose by 8.5 percent"
    assert gloss("izvoz Srbije u Italiju", "sh") == "Serbia's exports to Italy"
    assert gloss("u 2031. godini", "sh") == "in 2031"
    assert gloss("u prvih devet meseci 2031. godine", "sh") == "in first nine months of 2031"
    # near misses: "za" before a word is no change; "iz" before a name is "from", "u" after no
    # export stays "in"
    assert gloss("sporazum za trgovinu", "sh") == "sporazum in trade"
    assert gloss("uvoz iz Kine", "sh") == "imports from China"
    assert gloss("investicije u Srbiji", "sh") == "investments in Serbia"


def test_serbo_croatian_flows_pairs_and_periods() -> None:
    got = rows(
        "Izvoz Srbije u Austriju raste već nekoliko godina, kao što su saopštili iz zavoda "
        "koji prati podatke, a kompanije koje posluju u Austriji su zadovoljne.\n"
        "Izvoz Srbije u Austriju je u 2031. godini porastao za 6,5 odsto na 987,4 miliona evra.\n"
        "Robna razmena Srbije i Austrije u prvih devet meseci 2031. godine iznosila je 1,6 "
        "milijardi evra."
    )
    assert got[987_400_000.0] == (
        "exports", "SRB", "AUT", "level", "EUR", D(2031, 1, 1), D(2031, 12, 31)
    )  # fmt: skip
    assert got[6.5][:4] == ("exports", "SRB", "AUT", "pct_change")
    assert got[1_600_000_000.0][:3] == ("turnover", "SRB", "AUT")
    assert got[1_600_000_000.0][5:] == (D(2031, 1, 1), D(2031, 9, 30))


def test_serbo_croatian_pair_after_trade_and_percent_more() -> None:
    assert (
        gloss("spoljnotrgovinska robna razmena Srbije i Kine", "sh")
        == "foreign trade between Serbia and China"
    )
    assert gloss("za 14,5% više nego", "sh") == "14.5% more than"
    assert gloss("izvoz ostvaren u vrednosti od 845 miliona evra", "sh") == (
        "exports was worth 845 million euros"
    )
    # near misses: a pair not after a trade word stays as written; a change keeps its "by"
    assert gloss("ministri Srbije i Kine", "sh") == "ministri Serbia and China"
    assert gloss("porastao za 14,5%", "sh") == "rose by 14.5%"


def test_a_destination_of_several_words_before_the_export_verb() -> None:
    # round 31 (gs14's shape): "Hrvatska je u BiH izvezla robu vrijednu ..." (Croatia exported
    # to BiH goods worth), "izvoz iz BiH u Hrvatsku" (exports from BiH to Croatia): the
    # destination is "Bosnia and Herzegovina", three words with "and"
    got = rows(
        "date 2031-03-02\nHrvatska i BiH\nNaime, u 2030. godini Hrvatska je u BiH izvezla robu"
        " vrijednu 912 milijuna eura, dok je uvoz roba iz BiH dosegnuo 514 milijuna eura.\n"
    )
    assert got[912e6][:3] == ("exports", "HRV", "BIH")
    assert got[514e6][:3] == ("imports", "HRV", "BIH")
    assert (
        gloss("izvoz iz BiH u Hrvatsku", "sh") == "exports from Bosnia and Herzegovina to Croatia"
    )
