"""Round 53, an adverb between a compound past's auxiliary and its participle on a glossed
Romance page (made-up sentences, made-up figures, other pairs).

Kind: "les recettes ... ont légèrement augmenté de 21,4 %, passant de X à Y", "ont fortement
progressé", "è fortemente cresciuto del 12%", "tinham fortemente crescido": the tense's rows
("ont augmenté de": rose by; ``foreign_conjugation``) need the auxiliary and the participle side
by side, so the adverb left the verb unglossed and the sentence with no flow verb: its change and
its levels were dropped. The adverb is now put before the auxiliary
(``foreign._ADVERB_IN_COMPOUND``, French, Spanish, Portuguese and Italian). Dev pages where the
shape occurs: hq11 (inscameroun, its three figures read now), hi01 (aps), ho17 (tresor), hz01
(gnet; read already through other words). Near miss: an adverb with no participle after it.
"""

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_foreign import rows


def test_adverb_moved_before_the_auxiliary() -> None:
    assert "rose 21.4%" in gloss("Les exportations ont légèrement augmenté de 21,4%.", "fr")
    assert "grew by 12%" in gloss("Le esportazioni sono fortemente cresciute del 12%.", "it")
    assert "grew" in gloss("As exportações tinham fortemente crescido 9%.", "pt")
    # near miss: an adverb after "a" with no participle after it stays where it is
    assert gloss("Il a clairement dit que", "fr").startswith("Il a clairement")


def test_french_change_and_levels_read() -> None:
    got = rows(
        "date 2031-05-01\nCommerce\n\n"
        "En 2030, les recettes d'exportations du Gabon vers le Maroc ont légèrement augmenté de "
        "21,4%, passant de 52,3 milliards de FCFA en 2029 à 63,5 milliards de FCFA."
    )
    assert got[21.4][:4] == ("exports", "GAB", "MAR", "pct_change")
    assert got[52_300_000_000.0][:5] == ("exports", "GAB", "MAR", "level", "XAF")
    assert got[63_500_000_000.0][:5] == ("exports", "GAB", "MAR", "level", "XAF")
