"""Round 52 hunt (hunt52b), two kinds on glossed pages whose cue word was not in the gloss.

Hedges ("exceeded", "around", "close to") lost: Turkish writes the verb or the hedge after its
amount in the accusative ("1 milyar doları aştı", "aşmış", "doları aşkın", "150 milyon dolar
civarında"), which no rule moved before the amount (the "aşkın" pattern wanted "dolarıı"); Polish
"przekroczyła" (exceeded) and Arabic "مقترباً من" (approaching) had no row. 3 hunted pages from 3
outlets (dogrulukpayi, parkiet, agri-journal; 4 rows approx false).

Goals read as actual: Swahili "zimekubaliana kukuza biashara hadi kufikia" (have agreed to grow
trade to reach), Arabic "وضعا مهمة مضاعفة ... بحلول عام 2024" (set the task of doubling ... by
2024), Persian "مصمم است ... برساند" (is determined to raise) and "تلاش بر این است که ... برسد" (the
aim is to reach). 4 hunted pages from 4 outlets (habaritz, emediatc, donya-e-eqtesad, nexna; 4
rows actual, 1 missing). Made-up sentences, made-up figures, other pairs.
"""

from tests.pipeline.extract.test_extract import figures


def _rows(title: str, text: str, date: str = "2021-03-01") -> set[tuple]:
    out = figures(f" date {date}\n{title}\n\n{text}\n")
    return {(r.flow, r.measure, r.value, r.status, bool(r.approx)) for r in out.itertuples()}


_TR = "Türkiye ile Macaristan ticaret hacmi"
_PL = "Handel Polski z Węgrami"
_AR = "التبادل التجاري بين مصر والأردن"


def test_turkish_exceeded_after_the_amount() -> None:
    text = "Türkiye ile Macaristan arasındaki ticaret hacmi 2019 yılında 3 milyar doları aştı."
    assert _rows(_TR, text) == {("turnover", "level", 3e9, "actual", True)}


def test_turkish_around_after_the_amount() -> None:
    text = "Türkiye'nin Macaristan'a ihracatı 2020 yılında 900 milyon dolar civarında gerçekleşti."
    assert _rows(_TR, text) == {("exports", "level", 9e8, "actual", True)}


def test_turkish_more_than_in_the_accusative() -> None:
    text = (
        "Türkiye ile Macaristan arasındaki ticaret hacmi 2019 yılında 3 milyar doları aşkın oldu."
    )
    assert _rows(_TR, text) == {("turnover", "level", 3e9, "actual", True)}


def test_near_miss_turkish_reached_stays_exact() -> None:
    text = "Türkiye ile Macaristan arasındaki ticaret hacmi 2019 yılında 3 milyar dolara ulaştı."
    assert _rows(_TR, text) == {("turnover", "level", 3e9, "actual", False)}


def test_polish_exceeded() -> None:
    text = "Wartość wymiany handlowej Polski z Węgrami w 2019 r. przekroczyła 8 mld euro, jak podał urząd."
    assert _rows(_PL, text) == {("turnover", "level", 8e9, "actual", True)}
    text = "Eksport Polski do Węgier w 2020 r. przekroczył 5 mld euro, co jest rekordem."
    assert _rows(_PL, text) == {("exports", "level", 5e9, "actual", True)}


def test_near_miss_polish_amounted_stays_exact() -> None:
    text = (
        "Wartość wymiany handlowej Polski z Węgrami w 2019 r. wyniosła 8 mld euro, jak podał urząd."
    )
    assert _rows(_PL, text) == {("turnover", "level", 8e9, "actual", False)}


def test_arabic_approaching() -> None:
    text = "كما زادت واردات مصر من الأردن في عام 2019 مقترباً من 300 مليون دولار."
    assert _rows(_AR, text) == {("imports", "level", 3e8, "actual", True)}
    text = "ارتفعت صادرات مصر إلى الأردن خلال عام 2019 بنسبة 12% مقتربةً من 900 مليون دولار."
    assert ("exports", "level", 9e8, "actual", True) in _rows(_AR, text)


def test_near_miss_arabic_to_reach_stays_exact() -> None:
    text = "ارتفعت صادرات مصر إلى الأردن خلال عام 2019 لتبلغ 900 مليون دولار."
    assert _rows(_AR, text) == {("exports", "level", 9e8, "actual", False)}


def test_swahili_agreed_to_grow_trade_to_reach() -> None:
    title = "Biashara kati ya Kenya na Misri"
    text = (
        "Nairobi. Kenya na Misri zimekubaliana kukuza biashara ya pamoja hadi kufikia dola milioni"
        " 900 kutoka dola milioni 400 iliyopo sasa."
    )
    assert _rows(title, text) == {
        ("turnover", "level", 9e8, "target", False),
        ("turnover", "level", 4e8, "actual", False),
    }
    text = "Viongozi wa Kenya na Misri wamekubaliana kukuza biashara kati ya nchi hizo hadi kufikia dola bilioni 1."
    assert _rows(title, text) == {("turnover", "level", 1e9, "target", False)}


def test_near_miss_swahili_reached_stays_actual() -> None:
    title = "Biashara kati ya Kenya na Misri"
    text = "Biashara kati ya Kenya na Misri ilifikia dola milioni 600 mwaka 2019."
    assert _rows(title, text) == {("turnover", "level", 6e8, "actual", False)}


def test_arabic_set_the_task_of() -> None:
    text = (
        "وكان رئيسا البلدين قد وضعا مهمة رفع حجم التبادل التجاري بين مصر والأردن إلى 3 مليارات"
        " دولار بحلول عام 2025."
    )
    assert _rows(_AR, text) == {("turnover", "level", 3e9, "target", False)}
    text = (
        "وكان المسؤولون قد وضعوا مهمة مضاعفة حجم التبادل التجاري بين مصر والأردن ليصل إلى 4 مليارات"
        " دولار بحلول عام 2026."
    )
    assert _rows(_AR, text) == {
        ("turnover", "level", 4e9, "target", False),
        ("turnover", "multiple", 2.0, "target", False),
    }


def test_near_miss_arabic_rose_stays_actual() -> None:
    text = "ارتفع حجم التبادل التجاري بين مصر والأردن إلى 3 مليارات دولار في عام 2020."
    assert _rows(_AR, text) == {("turnover", "level", 3e9, "actual", False)}


def test_persian_determined_to_raise() -> None:
    title = "مبادلات تجاری ایران و عراق"
    text = (
        "وزیر بازرگانی ایران گفت تهران مصمم است تجارت دوجانبه با عراق را به ۲۰ میلیارد دلار برساند."
    )
    assert _rows(title, text) == {("turnover", "level", 2e10, "target", False)}
    text = "دو کشور مصمم هستند حجم مبادلات تجاری ایران و ترکیه را به ۳۰ میلیارد دلار برسانند."
    assert _rows(title, text) == {("turnover", "level", 3e10, "target", False)}


def test_persian_the_aim_is_with_trade_level() -> None:
    title = "مبادلات تجاری ایران و هند"
    text = "تلاش بر این است که سطح معاملات میان ایران و هند به رقم ۵ میلیارد دلار برسد."
    assert _rows(title, text) == {("turnover", "level", 5e9, "target", False)}


def test_near_miss_persian_reached_stays_actual() -> None:
    title = "مبادلات تجاری ایران و هند"
    text = "حجم مبادلات تجاری ایران و هند در سال 2019 به ۵ میلیارد دلار رسید."
    assert _rows(title, text) == {("turnover", "level", 5e9, "actual", False)}
