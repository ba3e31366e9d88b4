"""Round 48, an Urdu or Hindi full stop glued to the next sentence (made-up text).

Kind: a script without capitals gives no sign of a new sentence but its stop; pages typed or
flattened without the space after the Urdu "۔" or the danda "।" ran two sentences into one, and
the second took the first's period words (``segment._SCRIPT_STOP_GLUED``). The Urdu stop splits
between words of four letters at least; the danda between any two letters. Near miss: initials
spelled with the Urdu stop ("ڈبلیو۔ٹی۔او", W.T.O.) stay one sentence.
"""

from pipeline.ingest.segment import split_line


def _parts(line: str) -> list[str]:
    return [line[a:b].strip() for a, b in split_line(line)]


def test_urdu_stop_glued() -> None:
    assert len(_parts("برآمدات میں اضافہ ہوا ہے۔درآمدات میں کمی ہوئی")) == 2


def test_hindi_danda_glued() -> None:
    assert len(_parts("निर्यात बढ़ा।आयात घटा")) == 2


def test_urdu_initials_stay() -> None:
    assert len(_parts("ڈبلیو۔ٹی۔او کے مطابق تجارت بڑھی")) == 1
