"""Portuguese "segundo" is "according to" before a source and "second" as an ordinal ("o segundo
maior parceiro", "em segundo lugar"); the ordinal was glossed "according to" (round 20)."""

from pipeline.extract.foreign import gloss


def test_segundo_before_a_source_is_according_to() -> None:
    assert (
        gloss("Segundo a Secex, as exportações cresceram.", "pt").lower().startswith("according to")
    )
    assert "according to the ministry" in gloss("As vendas subiram, segundo o ministério.", "pt")


def test_segundo_as_an_ordinal_is_second() -> None:
    text = gloss("A Índia é o segundo maior parceiro comercial de Angola.", "pt")
    assert "the second largest" in text and "according to" not in text
    text = gloss("Portugal ficou em segundo lugar entre os fornecedores.", "pt")
    assert "second place" in text and "according to" not in text
