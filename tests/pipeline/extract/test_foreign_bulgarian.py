"""Bulgarian pages read through the English rules (``pipeline.extract.bulgarian``, ``bg`` rows of
``lexicon/foreign_words.csv``).

Every sentence here is made up, in the styles Bulgarian outlets write trade figures in: a
statistics institute's "Износът на България за Гърция нарасна с 6,4% и достигна 2,3 млрд. лв.",
a business paper's "стокообменът между България и Турция възлиза на 4,1 млрд. евро", "ръст от
9%", "през 2031 г.", "спрямо същия период на миналата година". Near misses: a Russian page stays
Russian (it shares "и", "в", "на"), "с" before a name is "with" where before a number it is "by",
"от" before a number is "of" only after "ръст"/"спад".
"""

import datetime as dt

from pipeline.extract.foreign import gloss, language
from tests.pipeline.extract.test_foreign import rows

D = dt.date


def test_language_of_a_bulgarian_page() -> None:
    page = (
        "Износът на България за Гърция нарасна с 6%, съобщи институтът. Това е ръст, който се "
        "дължи на търговията със стоки през първото тримесечие, като данните са предварителни."
    )
    assert language([page]) == "bg"
    # near miss: a Russian page (same script, shared short words) stays Russian
    russian = (
        "Экспорт России в Грецию вырос на 6% и составил 2 млрд долларов, сообщила таможня. Это "
        "больше, чем было в прошлом году, что также отмечают эксперты из министерства."
    )
    assert language([russian]) == "ru"


def test_bulgarian_articles_prepositions_and_years() -> None:
    assert gloss("2,3 млрд. лв.", "bg") == "2.3 billion leva"
    assert gloss("износът на България за Гърция", "bg") == "Bulgaria's exports to Greece"
    assert gloss("нарасна с 6,4%", "bg") == "rose by 6.4%"
    assert gloss("ръст от 9%", "bg") == "increase of 9%"
    assert gloss("през 2031 г.", "bg") == "in 2031"
    # near misses: "с" before a name is "with"; "от" before a name is "from"
    assert gloss("търговията с Турция", "bg") == "the trade with Turkey"
    assert gloss("вносът от Турция", "bg") == "the imports from Turkey"


def test_bulgarian_flows_pairs_and_periods() -> None:
    got = rows(
        "Търговията между България и Гърция расте от години, съобщи институтът. Това е "
        "тенденция, която се дължи на фирмите, които са активни към пазара през зимата.\n"
        "Износът на България за Гърция през 2031 г. нарасна с 6,4% и достигна 2,3 млрд. лв.\n"
        "Вносът от Гърция през първото тримесечие на 2031 г. възлиза на 410 млн. евро."
    )
    assert got[2_300_000_000.0] == (
        "exports", "BGR", "GRC", "level", "BGN", D(2031, 1, 1), D(2031, 12, 31)
    )  # fmt: skip
    assert got[6.4][:4] == ("exports", "BGR", "GRC", "pct_change")
    assert got[410_000_000.0] == (
        "imports", "BGR", "GRC", "level", "EUR", D(2031, 1, 1), D(2031, 3, 31)
    )  # fmt: skip
