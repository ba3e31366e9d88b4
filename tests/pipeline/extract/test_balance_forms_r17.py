"""A trade balance written in the forms pages in several languages use is no flow (NOTES: trade
balance / deficit / surplus are not figures): the English "trade imbalance", the Indonesian
noun-first "surplus perdagangan" (trade surplus), the Arabic accusative "فائضاً" (a surplus), the
Russian "разница между объемами импорта и экспорта" (the difference between imports and
exports). Before round 17 each was read as a flow: "trade imbalance" and "surplus trade" end
with the trade word, the other two were not glossed as balance words. Also the Bulgarian
"2 милиарда и 317 милиона" (2 billion and 317 million): one amount, where the last count alone
was read as two figures. Made-up sentences, never page text."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple[str, str, float]]:
    out = figures("date 2031-03-09\n" + text)
    return {(r.flow, r.measure, r.value) for r in out.itertuples()}


def test_a_trade_imbalance_is_no_turnover() -> None:
    rows = _rows(
        "Trade between Ghana and Togo grew in 2030; the trade imbalance stood at $2.4 billion."
    )
    assert rows == set(), rows


def test_near_miss_trade_after_the_imbalance_stays_read() -> None:
    rows = _rows(
        "Despite the imbalance, trade between Ghana and Togo reached $5.5 billion in 2030."
    )
    assert rows == {("turnover", "level", 5.5e9)}, rows


_MALAY_THAI = (
    "Perdagangan antara Malaysia dan Thailand meningkat pada tahun 2030. Ekspor Malaysia ke "
    "Thailand tercatat sebesar USD 10,5 miliar pada tahun 2030, sedangkan impor dari Thailand "
    "sebesar USD 6,3 miliar, sehingga menghasilkan "
)


def test_indonesian_surplus_perdagangan_is_a_balance() -> None:
    rows = _rows(_MALAY_THAI + "surplus perdagangan bagi Malaysia sebesar USD 4,2 miliar.")
    assert rows == {("exports", "level", 10.5e9), ("imports", "level", 6.3e9)}, rows


def test_near_miss_indonesian_trade_value_stays_turnover() -> None:
    rows = _rows(_MALAY_THAI + "nilai perdagangan kedua negara sebesar USD 16,8 miliar.")
    assert ("turnover", "level", 16.8e9) in rows, rows


_EGYPT_JORDAN = (
    "بلغ حجم التبادل التجاري بين مصر والأردن 2.1 مليار دولار في عام 2030. وأوضحت البيانات أن "
    "استيراد الأردن من مصر خلال عام 2030 بلغ 1.5 مليار دولار، "
)


def test_arabic_accusative_surplus_is_a_balance() -> None:
    rows = _rows(_EGYPT_JORDAN + "ما حقق فائضاً لصالح مصر بقيمة 320.5 مليون دولار.")
    assert rows == {("turnover", "level", 2.1e9), ("imports", "level", 1.5e9)}, rows


_KAZ_RUS = (
    "Товарооборот между Казахстаном и Россией в 2030 году составил $9,4 млрд. "
    "Экспорт Казахстана в Россию составил $5,2 млрд. "
)


def test_russian_difference_between_imports_and_exports_is_a_balance() -> None:
    rows = _rows(_KAZ_RUS + "Разница между объемами импорта и экспорта составляет $1,1 млрд.")
    assert rows == {("turnover", "level", 9.4e9), ("exports", "level", 5.2e9)}, rows


def test_near_miss_russian_volumes_of_imports_stay_read() -> None:
    rows = _rows(_KAZ_RUS + "Объем импорта из России составил $4,2 млрд.")
    assert ("imports", "level", 4.2e9) in rows, rows


_BULGARIAN = "Търговията между България и Турция нарасна през 2030 г. "


def test_bulgarian_billion_and_million_is_one_amount() -> None:
    rows = _rows(
        _BULGARIAN + "През 2029 г. стокообменът между България и Турция възлезе на 2 милиарда и "
        "317 милиона долара, а през 2030 г. - на 4 милиарда и 56 милиона долара."
    )
    assert rows == {("turnover", "level", 2.317e9), ("turnover", "level", 4.056e9)}, rows


def test_near_miss_bulgarian_counts_of_two_clauses_stay_apart() -> None:
    rows = _rows(
        _BULGARIAN + "През 2029 г. стокообменът между България и Турция възлезе на 2 милиарда, а "
        "през 2030 г. - на 317 милиона долара."
    )
    assert ("turnover", "level", 3.17e8) in rows and ("turnover", "level", 2.317e9) not in rows
