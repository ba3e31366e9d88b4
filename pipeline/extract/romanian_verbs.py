"""The indicative forms of a Romanian trade verb, by the conjugation rules of the grammar: the
Romanian paradigm of :mod:`pipeline.extract.foreign_conjugation` ("crește" -> "a crescut",
"au crescut", "creșteau", "crescuse", "crescând"; "depăși" -> "a depășit", "depășeau").

Romanian states a past figure with the compound perfect ("a crescut", "au scăzut", "s-au
majorat"), less often the imperfect ("se ridica la", "creșteau") or the pluperfect ("crescuse",
"ajunseseră"); the simple perfect ("crescu") is regional and not generated. The four
conjugations are told by the infinitive's ending (the infinitive is written without its "a"):

- I "-a" ("exporta", "majora"): participle "-at", imperfect "-a"/"-au", pluperfect "-ase"/
  "-aseră", gerund "-ând" ("-ind" after "i": "copiind");
- II "-ea" ("scădea"): participle "-ut", imperfect "-ea"/"-eau", pluperfect "-use"/"-useră";
- III "-e" ("crește", "reduce", "ajunge"): imperfect "-ea"/"-eau", participle "-ut", or "-s"
  after "-nc", "-ng", "-rg", "-uc" ("ajuns", "atins", "redus", "mers"), pluperfect on the
  participle ("crescuse", "ajunsese"); "șt" becomes "sc" before "u" and "â" ("crește" ->
  "crescut", "crescând");
- IV "-i" ("spori", "depăși"): participle "-it", imperfect "-ea"/"-eau" ("-ia"/"-iau" after a
  vowel: "contribuia"), pluperfect "-ise"/"-iseră", gerund "-ind"; "-î" ("coborî"): "-ât",
  "-a"/"-au", "-âse"/"-âseră", "-ând".

The grammar's irregular stems of the listed verbs are :data:`_IRREGULAR` ("scădea": "scăzut",
"scăzând"). The participle's four forms (masculine and feminine, singular and plural) serve the
passive ("au fost exportate"). Errors: none; an ending not listed gives ``{}``.
"""

from __future__ import annotations

_IRREGULAR: dict[str, dict[str, tuple[str, ...]]] = {
    "scădea": {
        "participle": ("scăzut", "scăzută", "scăzuți", "scăzute"),
        "pluperfect": ("scăzuse", "scăzuseră"),
        "gerund": ("scăzând",),
    },
}
# participle endings: masculine and feminine, singular and plural
_ENDINGS = {
    "at": ("at", "ată", "ați", "ate"),
    "ut": ("ut", "ută", "uți", "ute"),
    "it": ("it", "ită", "iți", "ite"),
    "ât": ("ât", "âtă", "âți", "âte"),
    "s": ("s", "să", "și", "se"),
}


def _hard(stem: str) -> str:
    """The stem before "u" and "â": "șt" is "sc" there ("creșt-" -> "cresc-ut")."""
    return stem[:-2] + "sc" if stem.endswith("șt") else stem


def _participles(stem: str, ending: str) -> tuple[str, ...]:
    return tuple(stem + e for e in _ENDINGS[ending])


def paradigm(verb: str) -> dict[str, tuple[str, ...]]:
    """The forms of one infinitive by tense ("imperfect" 3rd singular and plural, "pluperfect"
    the same, "participle" its four forms, "gerund"); ``{}`` for an ending the rules do not
    conjugate (module doc). The present is generated for the first conjugation ("exportă"):
    ``foreign_conjugation`` glosses it for a flow verb only (a change verb's, in a headline, gave
    figures no period, measured on dev for es/pt/fr/it)."""
    if verb.endswith("ea"):  # II
        stem = verb[:-2]
        forms = {
            "imperfect": (stem + "ea", stem + "eau"),
            "participle": _participles(_hard(stem), "ut"),
            "pluperfect": (_hard(stem) + "use", _hard(stem) + "useră"),
            "gerund": (_hard(stem) + "ând",),
        }
    elif verb.endswith("a"):  # I
        stem = verb[:-1]
        forms = {
            # the present's third persons, one form ("exportă"): read for a flow verb only
            "present": (stem + "ă", stem + "ă"),
            "imperfect": (stem + "a", stem + "au"),
            "participle": _participles(stem, "at"),
            "pluperfect": (stem + "ase", stem + "aseră"),
            "gerund": (stem + ("ind" if stem.endswith("i") else "ând"),),
        }
    elif verb.endswith("e"):  # III
        stem = verb[:-1]
        sigmatic = stem.endswith(("nc", "ng", "rg", "uc"))
        participle = _participles(stem[:-1], "s") if sigmatic else _participles(_hard(stem), "ut")
        # "ajuns" -> "ajunsese", "crescut" -> "crescuse"
        pluperfect = participle[0] + "ese" if sigmatic else participle[0][:-1] + "se"
        forms = {
            "imperfect": (stem + "ea", stem + "eau"),
            "participle": participle,
            "pluperfect": (pluperfect, pluperfect + "ră"),
            "gerund": (_hard(stem) + "ând",),
        }
    elif verb.endswith("i"):  # IV
        stem = verb[:-1]
        vowel = stem[-1:] in "aeiouăâî"
        forms = {
            "imperfect": (stem + "ia", stem + "iau") if vowel else (stem + "ea", stem + "eau"),
            "participle": _participles(stem, "it"),
            "pluperfect": (stem + "ise", stem + "iseră"),
            "gerund": (stem + "ind",),
        }
    elif verb.endswith("î"):  # IV in "-î"
        stem = verb[:-1]
        forms = {
            "imperfect": (stem + "a", stem + "au"),
            "participle": _participles(stem, "ât"),
            "pluperfect": (stem + "âse", stem + "âseră"),
            "gerund": (stem + "ând",),
        }
    else:
        return {}
    return forms | _IRREGULAR.get(verb, {})
