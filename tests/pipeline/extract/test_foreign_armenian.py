"""Armenian pages read through the English rules (``pipeline.extract.armenian``, ``hy`` rows of
``lexicon/foreign_words.csv``).

Every sentence here is made up, in the styles Armenian outlets write trade figures in: a
statistics committee's "Հայաստանից Իրան արտահանումը կազմել է 12,5 մլն ԱՄՆ դոլար", a news site's
"առևտրի շրջանառությունը աճել է 18%-ով", "Իրանի հետ", "2031 թվականին". Near misses: an English
page quoting an Armenian name stays English, a Russian page stays Russian, "-ից" (from) and the
bare name (to) keep their direction, a share ("մասնաբաժինը ... 4.5%") is no change.
"""

import datetime as dt

from pipeline.extract.foreign import gloss, language
from tests.pipeline.extract.test_foreign import rows

D = dt.date


def test_language_of_an_armenian_page() -> None:
    page = (
        "Հայաստանի և Իրանի միջև առևտուրը այս տարի աճել է, որ մեր երկրի համար կարևոր է: "
        "Հայաստանից Իրան արտահանումը կազմել է 12,5 մլն ԱՄՆ դոլար:"
    )
    assert language([page]) == "hy"
    # near misses: an English page with an Armenian name, a Russian page
    english = "The trade between Armenia and Iran rose, the ministry said, and the exports of the "
    assert language([english * 3 + "Հայաստան և Իրան"]) is None
    russian = (
        "Товарооборот между Арменией и Ираном вырос на 12% и составил 45 млн долларов, по данным."
    )
    assert language([russian]) == "ru"


def test_armenian_suffixes_and_order() -> None:
    assert gloss("12,5 մլն ԱՄՆ դոլար", "hy") == "12.5 million US dollars"
    assert gloss("աճել է 18%-ով", "hy") == "rose by 18%"
    assert gloss("աճելով շուրջ 7%-ով", "hy") == "rising by about 7%"
    assert gloss("2031 թվականին", "hy") == "in 2031"
    assert gloss("Հայաստանից Իրան արտահանումը", "hy") == "exports from Armenia to Iran"
    assert gloss("Իրանից Հայաստան ներմուծումը", "hy") == "imports from Iran to Armenia"
    assert gloss("Իրանի հետ առևտրի շրջանառությունը", "hy") == "with Iran trade turnover"
    # near miss: a percent with another case is a plain percent, not a change
    assert gloss("մասնաբաժինը կազմել է 4.5%-ը", "hy") == "share amounted to 4.5%"


def test_armenian_flows_pairs_and_periods() -> None:
    got = rows(
        "Հայաստանի և Իրանի առևտուրը 2031 թվականին աճել է 18%-ով:\n"
        "2031 թվականին Հայաստանից Իրան արտահանումը կազմել է 12,5 մլն ԱՄՆ դոլար, աճելով 7%-ով:\n"
        "Իրանից Հայաստան ներմուծումը կազմել է 30,25 մլն ԱՄՆ դոլար:"
    )
    assert got[12_500_000.0] == (
        "exports", "ARM", "IRN", "level", "USD", D(2031, 1, 1), D(2031, 12, 31)
    )  # fmt: skip
    assert got[7.0][:4] == ("exports", "ARM", "IRN", "pct_change")
    assert got[30_250_000.0][:4] == ("imports", "ARM", "IRN", "level")
    assert got[18.0][:4] == ("turnover", "ARM", "IRN", "pct_change")
