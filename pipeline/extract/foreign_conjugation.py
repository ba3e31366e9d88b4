"""Every past form of a glossed Romance language's trade verbs, read as the English past
("sumaban" -> "totaled", "habían crecido" -> "grew", "diminuíram" -> "decreased", "ont reculé
de" -> "fell by", "sono cresciute del" -> "grew by", "totalizando" -> "totaling").

A word-for-word gloss that lists the forms dev pages happened to use ("aumentó", "aumentaron")
leaves the rest of the paradigm unread, and a page nobody tuned on writes its figure with the
imperfect ("sumaban"), a compound tense ("habían crecido", "tinham atingido", "avaient
progressé", "erano cresciute"), a reflexive ("se redujeron", "si è ridotto") or a gerund
("totalizando"). These forms are regular in Spanish, Portuguese, French, Italian and Romanian, so they
are generated from each verb's infinitive (``lexicon/foreign_verbs.csv``) by the conjugation
rules of the grammar (:func:`paradigm`), not listed:

- the third persons and the first plural of the preterite (French passé simple, Italian
  passato remoto) and the imperfect, and Portuguese's synthetic pluperfect ("somara",
  "atingira"); the compound past (the auxiliary "have" in its third
  persons and first plural, present and imperfect, then the participle; French and Italian
  "be" with the participle in its four genders and numbers); each with its reflexive pronoun
  ("se incrementaron", "s'est élevée", "si è ridotto"); the gerund;
- the spelling rules: a Spanish stem ending in a vowel takes "y" ("cayó", "disminuyeron"), a
  stressed "í" ("caíram"); French "-indre" verbs ("atteignit") and the second group
  ("franchissait"); Italian "-isc-" verbs ("diminuiva");
- the grammar's irregular stems of the listed verbs only (:data:`_IRREGULAR`: "redujo",
  "crebbe"/"cresciuto", "raggiunse"/"raggiunto", "crû");
- a change verb before its preposition of the size ("avaient augmenté de 12 %", "era cresciuto
  del 12%", "crecían un 12%", "a crescut cu 12%") is read "rose by";
- Romanian (:mod:`pipeline.extract.romanian_verbs`): the compound perfect with "a"/"au"
  ("a crescut", "au depășit"), the imperfect and pluperfect ("creșteau", "crescuse"), the
  passive with "a fost"/"au fost" ("au fost exportate"), the reflexive written onto the
  auxiliary ("s-a redus", "s-au majorat") or before a simple form ("se ridica la"); a form spelled
  as its infinitive (the first conjugation's imperfect "exporta") is the infinitive
  ("va exporta", "a exporta") and not generated.

:func:`paradigm` also builds the present and the participle, which are not glossed for a change
verb: measured on dev, a headline's present ("Argentina aumenta 12% ...") and a participle
standing as an adjective or a noun ("ítem exportado", "lo importado") gave the English rules
figures with no period or the page's pair reversed, and no figure right. A flow verb's (export,
import, buy, sell, ship, supply) present third persons and infinitive are glossed ("España compra
abonos" -> "Spain buys fertilizers", "a comprar" -> "to buy", "d'importer" -> "to import";
Romanian "exportă"): they say who trades with whom (round 56). French "-dre" verbs ("vendre":
"vend", "vendit", "vendu") and the "è" of "achète" are conjugated too. The subjunctive and the first and second
singular are not generated: pages state figures in the indicative third person. A form
``foreign_words.csv`` lists keeps its own gloss (``foreign_table.phrases``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.extract import romanian_verbs
from pipeline.extract.english_verbs import english_forms
from pipeline.lexicon import foreign_verbs

# English verbs whose past and participle are not "-ed" forms
# The English verb of the speech verbs (foreign_verbs.csv rows "decir,say", "affermare,say"):
# every tense glossed "said", the present too ("says"); ``attribution`` reads its speaker
SPEECH = "say"
# English verbs that are a change (read with "by" before the size: "rose by 12%")
_CHANGE = frozenset({"increase", "grow", "rise", "fall", "decrease", "decline", "double"})
# The preposition a Romance page writes before the size of a change
_BY = {"es": ("un",), "fr": ("de",), "it": ("del", "dello", "dell'", "di"), "ro": ("cu",)}

# The grammar's irregular forms of the listed verbs: name -> replacement forms
_IRREGULAR: dict[tuple[str, str], dict[str, tuple[str, ...]]] = {
    ("es", "reducir"): {
        "preterite": ("redujo", "redujeron", "redujimos"),
        "subjunctive": ("redujera", "redujeran"),
    },
    ("es", "ascender"): {"present": ("asciende", "ascienden", "ascendemos")},
    ("es", "descender"): {"present": ("desciende", "descienden", "descendemos")},
    ("pt", "subir"): {"present": ("sobe", "sobem", "subimos")},
    # the speech verbs (foreign_verbs.csv, "say"): the grammar's irregular stems
    ("es", "decir"): {
        "present": ("dice", "dicen"),
        "preterite": ("dijo", "dijeron"),
        "subjunctive": ("dijera", "dijeran"),
        "participle": ("dicho", "dicha", "dichos", "dichas"),
        "gerund": ("diciendo",),
    },
    ("es", "sostener"): {
        "present": ("sostiene", "sostienen"),
        "preterite": ("sostuvo", "sostuvieron"),
        "subjunctive": ("sostuviera", "sostuvieran"),
    },
    ("es", "advertir"): {
        "present": ("advierte", "advierten"),
        "preterite": ("advirtió", "advirtieron"),
        "subjunctive": ("advirtiera", "advirtieran"),
        "gerund": ("advirtiendo",),
    },
    ("es", "referir"): {
        "present": ("refiere", "refieren"),
        "preterite": ("refirió", "refirieron"),
        "subjunctive": ("refiriera", "refirieran"),
        "gerund": ("refiriendo",),
    },
    ("es", "manifestar"): {"present": ("manifiesta", "manifiestan")},
    ("es", "recordar"): {"present": ("recuerda", "recuerdan")},
    ("pt", "dizer"): {
        "present": ("diz", "dizem"),
        "preterite": ("disse", "disseram"),
        "imperfect": ("dizia", "diziam"),
        "participle": ("dito", "dita", "ditos", "ditas"),
        "gerund": ("dizendo",),
    },
    ("fr", "dire"): {
        "present": ("dit", "disent"),
        "preterite": ("dit", "dirent"),
        "imperfect": ("disait", "disaient"),
        "participle": ("dit", "dite", "dits", "dites"),
        "gerund": ("disant",),
    },
    ("fr", "rappeler"): {"present": ("rappelle", "rappellent")},
    ("fr", "révéler"): {"present": ("révèle", "révèlent")},
    ("it", "dire"): {
        "present": ("dice", "dicono"),
        "preterite": ("disse", "dissero"),
        "imperfect": ("diceva", "dicevano"),
        "participle": ("detto", "detta", "detti", "dette"),
        "gerund": ("dicendo",),
    },
    ("it", "aggiungere"): {
        "preterite": ("aggiunse", "aggiunsero"),
        "participle": ("aggiunto", "aggiunta", "aggiunti", "aggiunte"),
    },
    ("it", "sostenere"): {
        "present": ("sostiene", "sostengono"),
        "preterite": ("sostenne", "sostennero"),
    },
    ("pt", "reduzir"): {"present": ("reduz", "reduzem", "reduzimos")},
    ("fr", "élever"): {"present": ("élève", "élèvent")},
    ("it", "salire"): {"present": ("sale", "salgono", "saliamo")},
    ("fr", "croître"): {
        "present": ("croît", "croissent"),
        "preterite": ("crût", "crurent"),
        "imperfect": ("croissait", "croissaient"),
        "participle": ("crû", "crue", "crus", "crues"),
        "gerund": ("croissant",),
    },
    ("fr", "accroître"): {  # round 47: "a accru ses exportations de 45 %"
        "present": ("accroît", "accroissent"),
        "preterite": ("accrut", "accrurent"),
        "imperfect": ("accroissait", "accroissaient"),
        "participle": ("accru", "accrue", "accrus", "accrues"),
        "gerund": ("accroissant",),
    },
    ("it", "crescere"): {
        "preterite": ("crebbe", "crebbero"),
        "participle": ("cresciuto", "cresciuta", "cresciuti", "cresciute"),
    },
    ("it", "raggiungere"): {
        "preterite": ("raggiunse", "raggiunsero"),
        "participle": ("raggiunto", "raggiunta", "raggiunti", "raggiunte"),
    },
    ("it", "scendere"): {
        "preterite": ("scese", "scesero"),
        "participle": ("sceso", "scesa", "scesi", "scese"),
    },
    ("it", "ridurre"): {
        "present": ("riduce", "riducono"),
        "preterite": ("ridusse", "ridussero"),
        "imperfect": ("riduceva", "riducevano"),
        "participle": ("ridotto", "ridotta", "ridotti", "ridotte"),
        "gerund": ("riducendo",),
    },
}

# Auxiliaries of the compound past (present and imperfect; third persons, first plural)
_HAVE = {
    "es": ("ha", "han", "hemos", "había", "habían", "habíamos"),
    "pt": ("tem", "têm", "temos", "tinha", "tinham", "tínhamos"),
    "fr": ("a", "ont", "avons", "avait", "avaient", "avions"),
    "it": ("ha", "hanno", "abbiamo", "aveva", "avevano", "avevamo"),
    "ro": ("a", "au"),  # "am" is the first singular too
}
_BE = {  # French and Italian verbs of change take "to be" (and every reflexive verb does)
    "fr": ("est", "sont", "était", "étaient"),
    "it": ("è", "sono", "era", "erano"),
    "ro": ("a fost", "au fost", "fusese", "fuseseră"),  # Romanian: the passive
}
_REFLEXIVE = {"es": "se ", "pt": "se ", "fr": "se ", "it": "si ", "ro": "se "}
# Romanian writes the reflexive pronoun onto the compound past's auxiliary: "s-a redus"
_RO_REFLEXIVE_AUX = {"a": "s-a", "au": "s-au"}
# The verbs of a flow (``foreign_verbs.csv``'s English): their present and infinitive are glossed
_FLOW_VERBS = frozenset(
    {"export", "import", "buy", "sell", "ship", "supply", "buy from", "sell to", "purchase"}
)
# Generated forms that are, by the dictionary, first another everyday word: French "important"
# (the gerund of importer is the adjective), "montant" (the gerund of monter is the noun amount:
# "ils ont atteint le montant de 2,5 milliards", round 57)
# and the present of a speech verb that is first a noun or an adjective ("note", "annonce",
# "precisa", "garante")
_HOMOGRAPHS = {
    "fr": frozenset({"important", "note", "notent", "annonce", "annoncent", "montant"}),
    "es": frozenset({"precisa", "precisan"}),
    "it": frozenset({"precisa"}),
    "pt": frozenset({"garante", "garantem"}),
}


def _spanish(verb: str) -> dict[str, tuple[str, ...]]:
    stem, ending = verb[:-2], verb[-2:]
    if ending == "ar":
        return {
            "present": (stem + "a", stem + "an", stem + "amos"),
            "preterite": (stem + "ó", stem + "aron"),
            "imperfect": (stem + "aba", stem + "aban", stem + "ábamos"),
            # the past subjunctive after "luego de que", "tras que" ("luego de que cayera 12%")
            "subjunctive": (stem + "ara", stem + "aran"),
            "participle": tuple(stem + e for e in ("ado", "ada", "ados", "adas")),
            "gerund": (stem + "ando",),
        }
    vowel = stem[-1:] in "aeiou"  # "ca-er", "disminu-ir": "cayó", "disminuyen"
    i = "y" if vowel else "i"
    first = stem + ("emos" if ending == "er" else "imos")
    present = (stem + "ye", stem + "yen") if stem.endswith("u") else (stem + "e", stem + "en")
    participle = stem + ("ído" if vowel and not stem.endswith("u") else "ido")
    return {
        "present": (*present, first),
        "preterite": (stem + ("yó" if vowel else "ió"), stem + i + "eron"),
        "imperfect": (stem + "ía", stem + "ían", stem + "íamos"),
        "subjunctive": (stem + i + "era", stem + i + "eran"),
        "participle": (participle, participle[:-1] + "a", participle + "s", participle[:-1] + "as"),
        "gerund": (stem + i + "endo",),
    }


def _portuguese(verb: str) -> dict[str, tuple[str, ...]]:
    stem, ending = verb[:-2], verb[-2:]
    if ending == "ar":
        return {
            "present": (stem + "a", stem + "am", stem + "amos"),
            "preterite": (stem + "ou", stem + "aram"),
            "imperfect": (stem + "ava", stem + "avam", stem + "ávamos"),
            # the synthetic pluperfect's third singular ("quando somara", when it had totaled;
            # its plural is the preterite's "somaram")
            "pluperfect": (stem + "ara",),
            "participle": tuple(stem + e for e in ("ado", "ada", "ados", "adas")),
            "gerund": (stem + "ando",),
        }
    vowel = stem[-1:] in "aeiou"  # "ca-ir", "diminu-ir": "cai", "caíram", "caído"
    i = "í" if vowel else "i"
    if ending == "er":
        preterite = (stem + "eu", stem + "eram")
        theme = "e"
    else:
        preterite = (stem + "iu", stem + i + "ram")
        theme = "i"
    present = (stem + "i", stem + "em") if vowel else (stem + "e", stem + "em")
    participle = stem + i + "do"
    return {
        "present": (*present, stem + theme + "mos"),
        "preterite": preterite,
        "imperfect": (stem + i + "a", stem + i + "am", stem + "íamos"),
        "pluperfect": (
            stem + (i if theme == "i" else "e") + "ra",
        ),  # "crescera", "atingira", "caíra"
        "participle": (participle, participle[:-1] + "a", participle + "s", participle[:-1] + "as"),
        "gerund": (stem + theme + "ndo",),
    }


def _french(verb: str) -> dict[str, tuple[str, ...]]:
    if verb.endswith("er"):
        stem = verb[:-2]
        soft = "e" if stem.endswith("g") else ""  # "mangeait"; "ç" before "a" in "-cer"
        hard = stem[:-1] + "ç" if stem.endswith("c") else stem + soft
        # a mute "e" before the stem's last consonant is "è" where the ending is mute ("acheter":
        # "achète", "achètent")
        grave = stem[:-2] + "è" + stem[-1] if re.search(r"[^aeiouy]e[^aeiouy]$", stem) else stem
        return {
            "present": (grave + "e", grave + "ent"),
            "preterite": (hard + "a", stem + "èrent"),
            "imperfect": (hard + "ait", hard + "aient"),
            "participle": tuple(stem + e for e in ("é", "ée", "és", "ées")),
            "gerund": (hard + "ant",),
        }
    if verb.endswith("dre") and not verb.endswith("indre"):  # "vendre": "vend", "vendit", "vendu"
        stem = verb[:-2]
        return {
            "present": (stem, stem + "ent"),
            "preterite": (stem + "it", stem + "irent"),
            "imperfect": (stem + "ait", stem + "aient"),
            "participle": tuple(stem + e for e in ("u", "ue", "us", "ues")),
            "gerund": (stem + "ant",),
        }
    if verb.endswith("indre"):  # "atteindre": "atteint", "atteignent"
        stem = verb[:-4]
        return {
            "present": (stem + "nt", stem + "gnent"),
            "preterite": (stem + "gnit", stem + "gnirent"),
            "imperfect": (stem + "gnait", stem + "gnaient"),
            "participle": tuple(stem + e for e in ("nt", "nte", "nts", "ntes")),
            "gerund": (stem + "gnant",),
        }
    if verb.endswith("ir"):  # the second group: "franchir", "franchissent"
        stem = verb[:-2]
        return {
            "present": (stem + "it", stem + "issent"),
            "preterite": (stem + "it", stem + "irent"),
            "imperfect": (stem + "issait", stem + "issaient"),
            "participle": tuple(stem + e for e in ("i", "ie", "is", "ies")),
            "gerund": (stem + "issant",),
        }
    return {}


def _italian(verb: str) -> dict[str, tuple[str, ...]]:
    stem, ending = verb[:-3], verb[-3:]
    if ending == "are":
        return {
            "present": (stem + "a", stem + "ano", stem + "iamo"),
            "preterite": (stem + "ò", stem + "arono"),
            "imperfect": (stem + "ava", stem + "avano", stem + "avamo"),
            "participle": tuple(stem + e for e in ("ato", "ata", "ati", "ate")),
            "gerund": (stem + "ando",),
        }
    if ending == "ere":
        return {
            "present": (stem + "e", stem + "ono", stem + "iamo"),
            "preterite": (stem + "é", stem + "erono"),
            "imperfect": (stem + "eva", stem + "evano", stem + "evamo"),
            "participle": tuple(stem + e for e in ("uto", "uta", "uti", "ute")),
            "gerund": (stem + "endo",),
        }
    if ending == "ire":  # the "-isc-" verbs: "diminuisce", "diminuiscono"
        return {
            "present": (stem + "isce", stem + "iscono", stem + "iamo"),
            "preterite": (stem + "ì", stem + "irono"),
            "imperfect": (stem + "iva", stem + "ivano", stem + "ivamo"),
            "participle": tuple(stem + e for e in ("ito", "ita", "iti", "ite")),
            "gerund": (stem + "endo",),
        }
    return {}


_PARADIGMS = {
    "es": _spanish,
    "pt": _portuguese,
    "fr": _french,
    "it": _italian,
    "ro": romanian_verbs.paradigm,
}


def paradigm(lang: str, verb: str) -> dict[str, tuple[str, ...]]:
    """The indicative forms of one infinitive (module doc), by tense; ``{}`` for a language
    or an ending these rules do not conjugate."""
    rule = _PARADIGMS.get(lang)
    forms = {**(rule(verb) if rule else {}), **_IRREGULAR.get((lang, verb), {})}
    return forms if "participle" in forms else {}  # "ridurre": every tense is irregular


def _reflexive(lang: str, form: str) -> str | None:
    """``form`` with its reflexive pronoun ("se incrementaron", "s'est élevée", "s-a redus");
    ``None`` for a Romanian passive ("au fost reduse" takes none)."""
    if lang == "fr" and form[:1] in "aeéèêiou":
        return f"s'{form}"
    if lang == "ro":
        aux, _, rest = form.partition(" ")
        if form.startswith(_BE["ro"]):
            return None
        if aux in _RO_REFLEXIVE_AUX and rest:
            return f"{_RO_REFLEXIVE_AUX[aux]} {rest}"
    return _REFLEXIVE[lang] + form


def _forms(lang: str, infinitive: str, english: str) -> Iterator[tuple[str, str]]:
    # "s'élever à", "se ridica la": only with its pronoun
    reflexive = infinitive.startswith(("s'", "se "))
    verb, _, rest = infinitive.removeprefix("s'").removeprefix("se ").partition(" ")
    tail = f" {rest}" if rest else ""  # "llegar a": then its preposition
    forms = paradigm(lang, verb)
    if not forms:
        return
    en = english_forms(english)
    out: list[tuple[str, str]] = []
    for tense in ("preterite", "imperfect", "pluperfect", "subjunctive"):
        for k, form in enumerate(forms.get(tense, ())):
            # the first plural: "importamos" (Spanish: present and preterite alike); a form
            # spelled as the infinitive (Romanian imperfect "exporta") is the infinitive first,
            # but not after the pronoun of a verb that has one ("se ridica la")
            if form != verb or reflexive:
                out.append((form, f"we {en['past']}" if k == 2 else en["past"]))
    participles = forms["participle"]
    out += [(f"{aux} {participles[0]}", en["past"]) for aux in _HAVE[lang]]
    out += [(f"{aux} {p}", en["past"]) for aux in _BE.get(lang, ()) for p in participles]
    pronoun = _REFLEXIVE[lang]
    if english != SPEECH:  # "se dit satisfait", "se dijo": no speaker's statement
        out += [(r, gloss_) for form, gloss_ in out if (r := _reflexive(lang, form)) is not None]
    if english in _FLOW_VERBS and not reflexive:
        # a flow verb's present, third persons ("España compra abonos", "la France exporte",
        # "exportă"), and its infinitive ("o primeiro país a comprar"): who trades with whom
        # (round 56; a change verb's present stays unread, module doc)
        present = [f for f in forms.get("present", ())[:2] if f not in _HOMOGRAPHS.get(lang, ())]
        out += [(f, en["present"] if k == 0 else en["plural"]) for k, f in enumerate(present)]
        if lang != "ro":  # Romanian "exporta" is the imperfect too (module doc)
            out.append((verb, f"to {english}"))
    out += [(g, en["gerund"]) for g in forms["gerund"]]
    if english == SPEECH:
        # a speech verb's present stands beside its speaker as its past does ("indica el
        # documento", "souligne le ministre", "afferma il ministero": says); a trade verb's does
        # not (module doc)
        out += [(form, en["present"]) for form in forms.get("present", ())[:2]]
    change = english in _CHANGE and not tail
    for form, gloss_ in out:
        if form in _HOMOGRAPHS.get(lang, ()) or (
            reflexive and not form.startswith((pronoun, "s'", "s-"))
        ):
            continue
        yield form + tail, gloss_
        for by in _BY.get(lang, ()) if change else ():
            yield f"{form} {by}".replace("' ", "'"), f"{gloss_} by"


def conjugated_forms(lang: str) -> Iterator[tuple[str, str]]:
    """(phrase, English) of every generated form of ``lang``'s verbs (module doc), lower-case."""
    for row_lang, infinitive, english in foreign_verbs():
        if row_lang == lang:
            yield from _forms(lang, infinitive, english)
