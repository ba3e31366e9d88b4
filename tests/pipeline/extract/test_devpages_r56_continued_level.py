"""Round 56, kind: a scaled amount written without its currency right after a level verb that
continues the amount before it. Pages state the currency once and drop it in the next clause or
sentence, and a pro-drop language leaves the verb without a subject of its own: Spanish "810
millones de dólares anuales, mientras que en 2019 alcanzaron los 1.285 millones" (ie07
noticiaslatam), French "En 2017, elles ont atteint 176,04 millions." after "200 millions de DH"
(ig10 lematin), Russian "Годом ранее ... показатель составлял 1,6 млрд." after "2,7 млрд
долларов" (ht04 snob); the amount was never read as money.

``page_amounts``, fourth rule: in a sentence that states a currency, such an amount right after
a level verb that follows the money amount with only a time, a conjunction or "annual" between
them; in a sentence with no money amount and no trade word, such an amount after a level verb
whose subject points back (a pronoun, "the figure", or none) takes the currency of the sentence
before. The gloss gives the pointing words of every glossed language: the subject pronouns (es
"él/ella", pt "ele/ela/eles/elas", it "esso/essa/essi/esse", fr "elle", ro "el/ea/ele", pl, cs,
sh, bg) and the copula's past ("era", "eran", "erano", "était", "era de", "ha sido") with "annual"
in every gender and number (es "anual/anuales", it "annuale/annuali/annuo/annua/annui/annue", ro).

Made-up sentences with forms no dev page uses (Italian "annui", "ha raggiunto", "esse erano di";
Portuguese "atingindo", "ele era de"; Romanian "el era de"; Russian "он составил"). Near misses: a
count with a subject of its own ("the population reached 19.5 million"), a count a noun follows,
and a pronoun after a sentence with no money amount stay unread.
"""

from __future__ import annotations

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> list[tuple[str, str, str, str, float, str]]:
    out = figures(" date 2029-03-01\nTrade\n\n" + text + "\n")
    return [
        (
            r["flow"],
            r["reporter"],
            r["partner"],
            str(r["period_start"]),
            float(r["value"]),
            r["unit"],
        )
        for r in out.to_dict("records")
    ]


def test_italian_level_verb_after_annual_amount() -> None:
    got = _rows(
        "Il commercio tra Italia e Perù è stato di 900 milioni di euro annui nel 2027, mentre nel "
        "2028 ha raggiunto 1,1 miliardi."
    )
    assert ("turnover", "ITA", "PER", "2028-01-01", 1_100_000_000.0, "EUR") in got


def test_portuguese_gerund_continues_the_amount() -> None:
    got = _rows(
        "O comércio entre Portugal e Chile somou 700 milhões de euros em 2027, atingindo 820 "
        "milhões em 2028."
    )
    assert ("turnover", "PRT", "CHL", "2028-01-01", 820_000_000.0, "EUR") in got


def test_pronoun_subject_in_the_next_sentence() -> None:
    got = _rows(
        "Le esportazioni dell'Italia verso il Cile hanno raggiunto 900 milioni di euro nel 2028. "
        "Nel 2027 esse erano di 750 milioni."
    )
    assert ("exports", "ITA", "CHL", "2027-01-01", 750_000_000.0, "EUR") in got
    got = _rows(
        "O comércio entre Portugal e o Chile foi de 700 milhões de euros em 2028. Em 2027, ele "
        "era de 640 milhões."
    )
    assert ("turnover", "PRT", "CHL", "2027-01-01", 640_000_000.0, "EUR") in got
    got = _rows(
        "Comerțul dintre România și Chile a fost de 300 milioane de euro în 2028. În 2027, el era "
        "de 250 milioane."
    )
    assert ("turnover", "ROU", "CHL", "2027-01-01", 250_000_000.0, "EUR") in got


def test_russian_pronoun_with_a_level_verb() -> None:
    got = _rows(
        "Товарооборот России и Чили в 2028 году вырос на 10% до 3,3 млрд долларов. В 2027 году он "
        "составил 3 млрд."
    )
    assert ("turnover", "RUS", "CHL", "2027-01-01", 3_000_000_000.0, "USD") in got


def test_near_misses_stay_counts() -> None:
    for text in (
        "Chile's exports to Peru hit $700 million in 2028, and the population reached 19.5 million.",
        "Chile's exports to Peru hit $700 million in 2028. In 2027, the population reached 19.5 "
        "million.",
        "Chile's exports to Peru hit $700 million in 2028. In 2027, they reached 19.5 million "
        "tonnes.",
        "Chile and Peru signed a trade deal. In 2027, they reached 19.5 million.",
    ):
        assert [r[4] for r in _rows(text)] in ([700_000_000.0], []), text
