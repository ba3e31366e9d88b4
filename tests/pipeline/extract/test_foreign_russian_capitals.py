"""A Russian adjective opening a sentence is still the adjective (round 15): "Российский экспорт"
is "Russian exports", the demonym that then makes Russia the trader; a capitalised Spanish
"Argentina" stays the country (the adjective is "argentina"). Made-up sentences."""

from pipeline.extract.foreign import gloss


def test_a_sentence_opening_russian_demonym_is_glossed() -> None:
    assert gloss("Российский экспорт вырос на 12,5%.", "ru").startswith("Russian exports")
    assert gloss("Китайский импорт вырос на 3,1%.", "ru").startswith("Chinese imports")


def test_a_capitalised_spanish_country_stays_the_country() -> None:
    # near miss: in Latin-script pages the capital tells the country from the adjective
    assert gloss("Argentina exportó más", "es").startswith("Argentina")
    assert gloss("la carne argentina", "es") == "the meat Argentine"
