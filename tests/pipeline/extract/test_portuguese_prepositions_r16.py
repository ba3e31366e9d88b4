"""Portuguese prepositions the gloss read as articles or dropped (round 16): "a" before a country
written without an article is the preposition ("vendas de Portugal a Angola": sales to Angola;
after a purchase it names the seller: "compras de Portugal a Angola", purchases from Angola), and
"de" after a change verb opens the change's start ("caíram de 1,5 mil milhões ... para 1,2":
fell from ... to).

Every sentence is made up. Near misses: "a" before a country that takes the article ("a
Argentina") stays "the", a sentence's own "A Angola" stays, a change verb without "de" keeps its
amount as the change ("caíram 10%").
"""

from pipeline.extract.foreign import gloss


def test_a_before_an_article_less_country_is_a_preposition() -> None:
    assert gloss("as vendas de Portugal a Angola", "pt") == "Portugal's sales to Angola"
    assert gloss("as exportações de Cabo Verde a Portugal", "pt") == (
        "Cape Verde's exports to Portugal"
    )
    assert gloss("as compras de Portugal a Moçambique", "pt") == (
        "Portugal's purchases from Mozambique"
    )
    # near misses: a country that takes the article, a sentence's own "A", "para" after a sale
    assert gloss("no fim do ano a Argentina", "pt").endswith("the Argentina")
    assert gloss("A Angola exportou", "pt").startswith("A Angola")
    assert gloss("as vendas para Portugal", "pt") == "the sales to Portugal"


def test_de_after_a_change_verb_is_from() -> None:
    assert gloss("as vendas caíram de 2,5 mil milhões de euros para 2,1", "pt") == (
        "the sales fell from 2.5 billion euros to 2.1"
    )
    assert gloss("as compras aumentaram de 610 milhões de euros", "pt") == (
        "the purchases rose from 610 million euros"
    )
    # near miss: no "de", the amount is the change
    assert gloss("as vendas caíram 10%", "pt") == "the sales fell 10%"
