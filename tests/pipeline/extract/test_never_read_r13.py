"""Values never read on round 13's fresh pages, by kind (made-up sentences in the styles pages
write them; each with a near miss that must stay as it was):

- Indonesian pages glossed like the other languages (``foreign``, ``id`` rows): "US$12,5
  miliar", "ekspor Vietnam ke Korea Selatan", "nilai perdagangan kedua negara";
- German Swiss copy: "Schweizer Franken", "Absatzmärkte" (export markets), participles and
  growth nouns ("ist um 4,2 Prozent gestiegen", "ein Exportwachstum von 6,1 Prozent");
- the pre-euro Baltic currencies (litas, kroons) beside the lats;
- a list header closed by "as follows;" instead of a colon;
- a currency sign glued to the preposition before it ("to$467 million").
"""

import datetime as dt

from pipeline.extract.foreign import gloss, language
from pipeline.extract.headers import header_of
from pipeline.extract.numbers import find_mentions
from tests.pipeline.extract.test_extract import figures
from tests.pipeline.extract.test_foreign import rows

D = dt.date


def test_language_of_an_indonesian_page() -> None:
    assert (
        language(
            [
                "Nilai perdagangan Indonesia dengan Vietnam pada 2031 mencapai US$12,5 miliar, "
                "naik dari tahun sebelumnya yang tercatat US$11 miliar, dan ini untuk pertama."
            ]
        )
        == "id"
    )
    # near misses: an Italian page ("di" is left out of the markers) and an English page
    # naming an Indonesian place stay as they were
    assert (
        language(["Le esportazioni di vino verso la Germania sono cresciute del 4% nel 2031."])
        != "id"
    )
    assert language(["Exports from Tanjung Priok to the port of Dan rose 4% in 2031."]) is None


def test_indonesian_scales_owner_and_pair_words() -> None:
    assert gloss("US$12,5 miliar", "id") == "US$12.5 billion"
    assert gloss("Rp3.400 juta", "id") == "Rp3,400 million"
    assert gloss("ekspor Vietnam ke Korea Selatan", "id") == "Vietnam's exports to South Korea"
    # near miss: a flow followed by a month, not an owner before its partner
    assert gloss("ekspor Januari", "id") == "exports January"


def test_indonesian_trade_and_flows_of_a_year() -> None:
    got = rows(
        "Perdagangan Indonesia dengan Vietnam terus tumbuh dan ini menjadi perhatian.\n"
        "Pada 2031 nilai perdagangan kedua negara mencapai US$12,5 miliar.\n"
        "Nilai tersebut meningkat 7,25% dibanding tahun sebelumnya.\n"
        "Pada 2031 ekspor Indonesia ke Vietnam mencapai US$7,5 miliar, sedangkan ekspor Vietnam "
        "ke Indonesia senilai US$5 miliar."
    )
    level = got[12_500_000_000.0]
    assert (level[0], {level[1], level[2]}, level[3:]) == (
        "turnover",
        {"IDN", "VNM"},
        ("level", "USD", D(2031, 1, 1), D(2031, 12, 31)),
    )
    assert got[7.25][0] == "turnover"
    assert got[7_500_000_000.0][:3] == ("exports", "IDN", "VNM")
    assert got[5_000_000_000.0][:3] == ("exports", "VNM", "IDN")


def test_german_swiss_francs_and_export_markets() -> None:
    assert gloss("2,4 Milliarden Schweizer Franken", "de") == "2.4 billion Swiss francs"
    assert gloss("die grössten Absatzmärkte", "de") == "the grössten export markets"
    got = rows(
        "Die Schweizer Ausfuhren nahmen im Jahr 2031 weltweit zu, und die Exporte der Schweiz "
        "stiegen.\nÖsterreich (8,1 Milliarden CHF, +2,5%) und Spanien (4,2 Milliarden CHF, "
        "-1,5%) bleiben wichtige Absatzmärkte für Schweizer Waren."
    )
    assert got[8_100_000_000.0][:5] == ("exports", "CHE", "AUT", "level", "CHF")
    assert got[4_200_000_000.0][:3] == ("exports", "CHE", "ESP")
    assert got[-1.5][:4] == ("exports", "CHE", "ESP", "pct_change")


def test_german_participles_and_growth_nouns() -> None:
    assert gloss("ist um 4,2 Prozent gestiegen", "de") == "ist risen by 4.2 percent"
    got = rows(
        "Die Exporte der Schweiz nach Japan betrugen im Jahr 2031 3,5 Milliarden Schweizer "
        "Franken, das ist ein Exportwachstum von 6,1 Prozent im Jahresvergleich.\n"
        "Die Einfuhren aus Japan beliefen sich auf 2,5 Milliarden Schweizer Franken und sind um "
        "1,5 Prozent gestiegen."
    )
    assert got[3_500_000_000.0][:5] == ("exports", "CHE", "JPN", "level", "CHF")
    assert got[6.1][:4] == ("exports", "CHE", "JPN", "pct_change")
    assert got[1.5][:4] == ("imports", "CHE", "JPN", "pct_change")


def test_baltic_currencies_before_the_euro() -> None:
    got = rows(
        "Estonia's exports to Finland reached 3.5 billion kroons in 2005, while Lithuania's "
        "imports from Latvia were 1.2 billion litas in 2006."
    )
    assert got[3_500_000_000.0][:5] == ("exports", "EST", "FIN", "level", "EEK")
    assert got[1_200_000_000.0][:5] == ("imports", "LTU", "LVA", "level", "LTL")


def test_a_list_header_closed_by_as_follows() -> None:
    header = header_of("The countries the most goods were imported from are as follows;")
    assert header is not None and header.text.endswith("as follows")
    got = rows(
        "The countries from which the most goods were imported to Fiji in 2031 are as follows;\n"
        "1.\nAustralia: FJD 250 million worth of goods\n2.\nChina: FJD 120 million worth of goods"
    )
    assert got[250_000_000.0][:3] == ("imports", "FJI", "AUS")
    assert got[120_000_000.0][:3] == ("imports", "FJI", "CHN")
    # near miss: a sentence that ends in a semicolon without "as follows" heads no list
    assert header_of("Imports from the region rose sharply;") is None


def test_a_currency_sign_glued_to_its_preposition() -> None:
    amounts = [m for m in find_mentions("exports rose from $120 million to$150 million")]
    assert [round(m.value) for m in amounts] == [120_000_000, 150_000_000]
    assert find_mentions("shipments of$75.5 million")[0].unit == "USD"
    # near miss: a sign after another word, part of a currency name, stays no dollar amount
    assert all(m.unit != "USD" for m in find_mentions("a payment of MOP$5 million"))


def test_a_change_that_names_its_own_flow_after_a_balance() -> None:
    # the clause reports a surplus, but the change right after its amounts names its own flow
    got = rows(
        "In 2031, Australia's trade surplus with Fiji increased by A$57 million to A$289 "
        "million, pushed by an 11 per cent (A$75 million) increase in exports to Fiji."
    )
    assert got[11.0][:4] == ("exports", "AUS", "FJI", "pct_change")
    assert got[75_000_000.0][:5] == ("exports", "AUS", "FJI", "abs_change", "AUD")
    # near miss: the surplus's own change stays unread
    assert 57_000_000.0 not in got


def test_an_amount_before_a_change_noun_is_that_change() -> None:
    got = rows("In 2031, Fiji's trade grew, driven by a $75 million increase in exports to Samoa.")
    assert got[75_000_000.0][:4] == ("exports", "FJI", "WSM", "abs_change")
    got = rows(
        "In 2031, Fiji's exports to Samoa rose by a far smaller $17 million to $474 million."
    )
    assert got[17_000_000.0][3] == "abs_change"
    assert got[474_000_000.0][3] == "level"
    # near miss: an amount after "by a" and a word that is no change stays a level
    got = rows(
        "In 2031, Fiji's exports to Samoa, backed by a new $17 million fund, hit $474 million."
    )
    assert got.get(17_000_000.0, ("", "", "", "level"))[3] == "level"


def test_spanish_higher_by_a_percentage() -> None:
    assert gloss("una cantidad superior en 12,5%", "es").endswith("higher by 12.5%")
    got = rows(
        "Las exportaciones de Bolivia a Japón sumaron 250 millones de dólares en marzo de 2031, "
        "una cantidad superior en 12,5% respecto al mismo mes de 2030, según el instituto que "
        "publica los datos del comercio con las economías de Asia."
    )
    assert got[12.5][:4] == ("exports", "BOL", "JPN", "pct_change")
    # near miss: "superior" without "en" (a quality, not a change) stays as written
    assert "superior" in gloss("productos de calidad superior", "es")


def test_russian_seven_months_and_a_trade_target() -> None:
    assert gloss("в первые семь месяцев 2031 года", "ru") == "in the first seven months of 2031"
    # (round 48: the infinitive glosses as the English to-infinitive)
    assert gloss("увеличить торговлю до $3 млрд", "ru").startswith("to increase trade")
    text = (
        "date 2031-09-02\nТоварооборот между Казахстаном и Грузией в 2030 году вырос на 4% и "
        "составил $900 млн.\nПрезиденты двух стран поставили цель увеличить торговлю до $2 млрд."
    )
    got = rows(text)
    status = dict(zip(figures(text)["value"], figures(text)["status"], strict=True))
    assert status[2_000_000_000.0] == "target"
    target = got[2_000_000_000.0]
    assert (target[0], {target[1], target[2]}) == ("turnover", {"GEO", "KAZ"})
    # near miss: the year's level stays an actual of 2030
    assert got[900_000_000.0][5:] == (D(2030, 1, 1), D(2030, 12, 31))
