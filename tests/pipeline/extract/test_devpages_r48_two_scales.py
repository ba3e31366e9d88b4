"""Round 48, an amount in two Indian-system scales and words typed together (made-up sentences,
made-up figures).

Kind: South Asian copy writes an amount as a count of billions (arab, ارب, अरब) and a count of
crores or lakhs after it: "4 ارب 41 کروڑ ڈالر", "3 अरब 7 करोड़ डॉलर", "2 crore 50 lakh dollars"
(4.41 billion, 3.07 billion, 25 million). The parts add while their scales fall, as "1 billion
45 million" does (``compound``: crore and lakh are scales of its chain); the Urdu and Hindi
reorder moves the whole amount after its verb (``urdu._MONEY``). Urdu pages also type words
together where the first ends in a letter that never joins the next, so the missing space is
invisible ("کوپاکستانی", to Pakistani; "ڈالرتھی", dollars were; "3ارب", 3 billion): the words are
split where one side is a postposition, the genitive or the copula and the other a word the rows
know, and digits are split from letters (``urdu.prepare``). Near misses: "1 lakh 25 thousand
crore" is a count of crores, not a two-scale amount (not read as 125,000), and a word the rows
know whole is never split.
"""

import pytest

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

_FY = ("2030-07-01", "2031-06-30")
_Y30 = ("2030-01-01", "2030-12-31")


def _rows(text: str, title: str = "Trade") -> set[tuple]:
    return tuples(figures(f"date 2031-02-10\n{title}\n\n{text}\n"), CORE, unordered_turnover=True)


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (  # Urdu: billions and crores, the verb after the amount
            "رواں مالی سال کے دوران پاکستان کی جاپان کو برآمدات 2 ارب 35 کروڑ ڈالر رہیں۔",
            "پاکستان جاپان تجارت",
            {("exports", "PAK", "JPN", *_FY, "level", 2350000000.0, "USD")},
        ),
        (  # Urdu: the count typed against its scale word
            "رواں مالی سال کے دوران پاکستان کی جاپان کو برآمدات 6ارب 8 کروڑ ڈالر رہیں۔",
            "پاکستان جاپان تجارت",
            {("exports", "PAK", "JPN", *_FY, "level", 6080000000.0, "USD")},
        ),
        (  # English (an Indian wire): billions and crores
            "India's exports to Brazil stood at 5 billion 20 crore dollars in 2030.",
            "Trade",
            {("exports", "IND", "BRA", *_Y30, "level", 5200000000.0, "USD")},
        ),
        (  # English: crores and lakhs
            "In 2030, Nepal's exports to Bhutan were 3 crore 40 lakh dollars.",
            "Trade",
            {("exports", "NPL", "BTN", *_Y30, "level", 34000000.0, "USD")},
        ),
    ],
)
def test_two_indian_scales(text: str, title: str, expected: set[tuple]) -> None:
    assert expected <= _rows(text, title)


def test_postposition_typed_against_its_word() -> None:
    """ "کوپاکستانی" (کو پاکستانی: to Pakistani) and "ڈالرتھیں" (dollars were)."""
    text = (
        "وزارت تجارت کے مطابق دونوں ممالک کے درمیان تجارت بڑھ رہی ہے۔ "
        "2030 میں سری لنکا کوپاکستانی برآمدات 45 کروڑ ڈالرتھیں۔"
    )
    assert ("exports", "PAK", "LKA", *_Y30, "level", 450000000.0, "USD") in _rows(
        text, "پاکستان سری لنکا تجارت"
    )


def test_count_of_crores_is_no_two_scale_amount() -> None:
    """Near miss: "1 lakh 25 thousand crore" counts crores; never 125,000."""
    rows = _rows("In 2030, India's exports to Oman were Rs 1 lakh 25 thousand crore.")
    assert not any(r[-2] in (125000.0, 125000000.0) for r in rows)


def test_one_scale_amount_unchanged() -> None:
    """Near miss: one scale reads as before."""
    rows = _rows("رواں مالی سال کے دوران پاکستان کی جاپان کو برآمدات 41 کروڑ ڈالر رہیں۔", "تجارت")
    assert ("exports", "PAK", "JPN", *_FY, "level", 410000000.0, "USD") in rows
