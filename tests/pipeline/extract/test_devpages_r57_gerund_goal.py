"""Round 57 kind (English): a goal stated as a gerund governed by a noun ("The parties noted the
importance of increasing trade turnover between the two countries to $500 million", dev page
iw16 xalqqazeti) was read as an actual; only "to increase" and "agreed on increasing" were
targets. Built as the English paradigm of a change to come governed by a noun or a verb of
deliberation (``status._DECIDED_ON``): "the importance/necessity/need/possibility/prospects/ways
of|for", "with a view to", "aimed at", "discussed/considered/explored/proposed" + a raising
gerund. Made-up sentences with forms no dev page uses ("the necessity of bringing", "ways of
boosting", "with a view to lifting", "discussed expanding"); a gerund before a clause of its own
("after trade fell to ...") and a cause ("thanks to increasing exports") stay actual."""

from tests.pipeline.extract.test_extract import figures


def _status(sentence: str) -> str:
    text = f" date 2031-02-01\nTrade news\n\n{sentence}\n"
    rows = figures(text).to_dict("records")
    assert len(rows) == 1, rows
    return rows[0]["status"]


def test_noun_governed_gerund_is_a_goal() -> None:
    assert (
        _status(
            "The presidents stressed the necessity of bringing trade between Chile and Peru to $9 billion."
        )
        == "target"
    )
    assert (
        _status(
            "The ministers discussed ways of boosting trade between Chile and Peru to $9 billion."
        )
        == "target"
    )
    assert (
        _status("They met with a view to lifting trade between Chile and Peru to $9 billion.")
        == "target"
    )


def test_verb_of_deliberation_with_a_gerund_is_a_goal() -> None:
    assert (
        _status("The ministers discussed expanding trade between Chile and Peru to $9 billion.")
        == "target"
    )


def test_near_misses_stay_as_they_are() -> None:
    assert (
        _status(
            "Thanks to increasing exports, trade between Chile and Peru rose to $9 billion in 2030."
        )
        == "actual"
    )
    assert (
        _status(
            "The need for increasing trade was stressed after trade between Chile and Peru fell to $9 billion in 2030."
        )
        == "actual"
    )
