"""Spanish and French pages read through the English rules (``pipeline.extract.foreign``).

Every sentence here is made up, in the styles of several outlets (a wire's "sumaron US$ x
millones", a ministry's "l'intercambio comercial alcanzó", a regional site's "milliards de FCFA",
a business paper's "M EUR"), to check the gloss holds for the whole kind of wording.
"""

import datetime as dt

from pipeline.extract.foreign import decimal_comma, gloss, language
from pipeline.extract.gloss_spans import as_written
from tests.pipeline.extract.test_extract import figures

D = dt.date


def rows(text: str) -> dict[float, tuple]:
    out = figures(text)
    return {
        r.value: (r.flow, r.reporter, r.partner, r.measure, r.unit, r.period_start, r.period_end)
        for r in out.itertuples()
    }


def test_language_of_a_page() -> None:
    assert (
        language(
            [
                "Las exportaciones de Uruguay a Japón sumaron US$ 12 millones en 2031, y "
                "el comercio entre los dos países creció con fuerza según el ministerio."
            ]
        )
        == "es"
    )
    assert (
        language(
            [
                "Les échanges commerciaux entre le Niger et le Togo ont atteint 9 milliards "
                "de FCFA en 2031, et les exportations du Niger vers le Togo sont en hausse."
            ]
        )
        == "fr"
    )
    english = (
        "The trade between the two countries rose and the ministry said that the figure of the year"
    )
    assert language([english * 3]) is None
    # an English page quoting a Spanish name stays English
    assert language(["Trade with Perú rose to $4bn in 2031, the ministry said on Monday."]) is None


def test_number_formats() -> None:
    assert gloss("US$ 1.234,5 millones", "es") == "US$ 1,234.5 million"
    assert gloss("un alza de 67,8%", "es") == "a rise of 67.8%"
    assert gloss("25 050 milliards de FCFA", "fr") == "25,050 billion FCFA"
    # a page that writes English separators keeps them (Mexico, Peru)
    assert decimal_comma(["sumaron 2,869 millones de dólares (+32.3% interanual)"]) is False
    assert decimal_comma(["alcanzó US$ 8.384 millones, un 12,5% más"]) is True
    assert gloss("2,869 millones (+32.3%)", "es", commas=False) == "2,869 million (+32.3%)"


def test_country_names_and_demonyms() -> None:
    assert gloss("Estados Unidos y Países Bajos", "es") == "United States and Netherlands"
    assert gloss("las exportaciones chilenas", "es") == "the Chilean exports"
    # the country is never read as the adjective
    assert gloss("Argentina exportó", "es").startswith("Argentina")
    assert gloss("les importations ivoiriennes", "fr") == "the Ivorian imports"
    assert gloss("l'Algérie et la Chine", "fr") == "Algeria and the China"
    assert "Ivory Coast" in gloss("entre la Côte d'Ivoire et le Mali", "fr")


def test_spanish_wire_style_exports_with_dot_thousands() -> None:
    got = rows(
        "date 2031-03-10\nLas exportaciones de Uruguay a Japón sumaron US$ 1.234,5 millones en "
        "2030, según el ministerio."
    )
    assert got[1_234_500_000.0] == (
        "exports",
        "URY",
        "JPN",
        "level",
        "USD",
        D(2030, 1, 1),
        D(2030, 12, 31),
    )


def test_spanish_turnover_between_months_of_this_year() -> None:
    got = rows(
        "date 2031-11-02\nEntre enero y octubre de este año, el intercambio comercial entre "
        "Perú y Bolivia alcanzó los 1.500 millones de dólares."
    )
    assert got[1_500_000_000.0] == (
        "turnover",
        "PER",
        "BOL",
        "level",
        "USD",
        D(2031, 1, 1),
        D(2031, 10, 31),
    )


def test_spanish_change_with_un() -> None:
    got = rows(
        "date 2031-07-20\nLas importaciones de México desde Corea del Sur aumentaron un 12 % en "
        "el primer semestre de 2031, hasta 800 millones de dólares."
    )
    assert got[12.0][:4] == ("imports", "MEX", "KOR", "pct_change")
    assert got[12.0][5:] == (D(2031, 1, 1), D(2031, 6, 30))
    assert got[800_000_000.0][:2] == ("imports", "MEX")


def test_french_cfa_turnover_in_billions() -> None:
    got = rows(
        "date 2031-08-01\nLes échanges commerciaux entre le Niger et le Togo ont atteint "
        "350 milliards de FCFA en 2030."
    )
    row = got[350_000_000_000.0]
    assert row[0] == "turnover" and {row[1], row[2]} == {"NER", "TGO"}
    assert row[4:] == ("XOF", D(2030, 1, 1), D(2030, 12, 31))


def test_french_change_in_the_first_nine_months() -> None:
    got = rows(
        "date 2031-11-15\nSur les neuf premiers mois de 2031, les exportations du Maroc vers "
        "l'Espagne ont progressé de 8,5 % pour atteindre 4,2 milliards d'euros."
    )
    assert got[8.5][:4] == ("exports", "MAR", "ESP", "pct_change")
    assert got[4_200_000_000.0][:5] == ("exports", "MAR", "ESP", "level", "EUR")
    assert got[4_200_000_000.0][5:] == (D(2031, 1, 1), D(2031, 9, 30))


def test_french_business_paper_m_eur_in_the_first_quarter() -> None:
    got = rows(
        "date 2031-05-20\nAu premier trimestre 2031, les importations de la Belgique en "
        "provenance du Sénégal se sont élevées à 120,4 M EUR, en baisse de 3 %."
    )
    assert got[120_400_000.0][:5] == ("imports", "BEL", "SEN", "level", "EUR")
    assert got[120_400_000.0][5:] == (D(2031, 1, 1), D(2031, 3, 31))


def test_english_page_is_not_glossed() -> None:
    text = (
        "date 2031-03-10\nExports from Chile to Peru reached $1.234 billion in 2030, and trade "
        "between the two countries rose 5% to $2,100 million, the ministry said."
    )
    got = rows(text)
    assert got[1_234_000_000.0][:3] == ("exports", "CHL", "PER")
    assert got[2_100_000_000.0][0] == "turnover"


def test_cumulative_to_a_month_is_the_year_to_that_month() -> None:
    # French "à fin mai", Spanish "a mayo de": a running total from January to that month
    got = rows(
        "date 2031-07-02\nLes exportations du Cameroun vers le Tchad ont augmenté de 6,1 % pour "
        "s'élever à 85,3 M EUR à fin mai 2031."
    )
    assert got[85_300_000.0][:3] == ("exports", "CMR", "TCD")
    assert got[85_300_000.0][5:] == (D(2031, 1, 1), D(2031, 5, 31))
    got = rows(
        "date 2031-07-02\nLas exportaciones de Ecuador a Panamá a mayo de 2031 sumaron "
        "US$ 310,5 millones, según el banco central."
    )
    assert got[310_500_000.0][:3] == ("exports", "ECU", "PAN")
    assert got[310_500_000.0][5:] == (D(2031, 1, 1), D(2031, 5, 31))


def test_a_glossed_figure_keeps_the_page_wording_and_offsets() -> None:
    # Provenance: the figure is read from the English gloss, but its text and offsets are the
    # page's own sentence (the sentences table), not the gloss.
    sentence = (
        "Las exportaciones de Uruguay a Japón sumaron US$ 1.234,5 millones en 2030, "
        "según el ministerio, y las importaciones 987,6 millones."
    )
    out = figures("date 2031-03-10\n" + sentence)
    assert len(out) >= 1
    for row in out.itertuples():
        assert sentence[row.char_start : row.char_end] == row.text
    assert "1.234,5 millones" in out["text"].iloc[0]


def test_as_written_maps_a_rewritten_span_to_whole_words() -> None:
    original = "les exportations ont atteint 347 milliards FCFA en 2022"
    glossed = "the exports reached 347 billion XOF in 2022"
    start = glossed.index("347")
    end = glossed.index("XOF") + 3
    s, e = as_written(original, glossed, start, end)
    assert original[s:e] == "347 milliards FCFA"


def test_spanish_base_year_en_relacion_con_dates_the_base_value_not_the_change() -> None:
    # "en relación con el año X, cuando sumó ...": the base year and its value, with no subject
    # before the verb; the change is the later year's. Near miss: the change without the
    # comparison is dated with its own sentence's year, and a plain "cuando" clause stays text.
    got = rows(
        "date 2032-03-04\nDurante el año 2031, el comercio entre Perú y Bolivia sumó US$ 3,100 "
        "millones. El intercambio entre ambos países disminuyó en 12.5% en relación con el año "
        "2030, cuando sumó los US$ 3,540 millones. Las exportaciones de Perú a Bolivia crecieron "
        "4.2% en relación al 2030, cuando alcanzaron US$ 1,210 millones."
    )
    assert got[-12.5][5:] == (D(2031, 1, 1), D(2031, 12, 31))
    assert got[3_540_000_000.0][5:] == (D(2030, 1, 1), D(2030, 12, 31))
    assert got[4.2][5:] == (D(2031, 1, 1), D(2031, 12, 31))
    assert got[1_210_000_000.0][5:] == (D(2030, 1, 1), D(2030, 12, 31))
    near = rows(
        "date 2032-03-04\nDurante el año 2031, el comercio entre Perú y Bolivia sumó US$ 3,100 "
        "millones. Las exportaciones de Perú a Bolivia crecieron 4.2% en 2031, cuando sumaron "
        "US$ 1,210 millones."
    )
    assert near[1_210_000_000.0][5:] == (D(2031, 1, 1), D(2031, 12, 31))


def test_spanish_mismo_lapso_is_the_same_period() -> None:
    # "lapso" is a second word for the span ("en el mismo lapso del 2030"); near miss: "lapso"
    # alone is no period word
    assert "same period of 2030" in gloss(
        "frente a US$ 5 millones en el mismo lapso del 2030", "es"
    )
    assert "same period" not in gloss("en un lapso de tres años", "es")


def test_a_comparison_base_year_is_not_the_figures_period() -> None:
    # "en relación con (el año) 2029" / "comparado con" / "comparé à" / "comparativement à" name
    # a base; "cuando sumó" (when it totalled) dates the amount after it to that base year
    text = (
        " date 2031-03 Durante el año 2030, el comercio entre Uruguay y Japón sumó US$ 950 "
        "millones.\n\nEl comercio bilateral cayó 12,4% en relación con el año 2029, cuando sumó "
        "los US$ 1.084 millones.\n\nEl año pasado, las exportaciones uruguayas a Japón sumaron "
        "US$ 410 millones, una caída de 7,5% comparado con 2029."
    )
    got = rows(text)
    assert got[-12.4][5:] == (D(2030, 1, 1), D(2030, 12, 31))
    assert got[1084000000.0][5:] == (D(2029, 1, 1), D(2029, 12, 31))
    assert got[410000000.0][5:] == (D(2030, 1, 1), D(2030, 12, 31))
    assert got[-7.5][5:] == (D(2030, 1, 1), D(2030, 12, 31))
    french = (
        "Les exportations du Niger vers le Togo ont atteint 41 milliards de FCFA en 2030, en "
        "hausse de 9 % comparativement à 2029. Les importations du Niger depuis le Togo ont "
        "reculé de 3 % comparé à 2028."
    )
    got = rows(french)
    assert got[9.0][5:] == (D(2030, 1, 1), D(2030, 12, 31))
    assert got[-3.0][5:] == (D(2030, 1, 1), D(2030, 12, 31))
    # near miss: a year stated as data ("en 2029", no comparison word) dates its own figure
    data_year = (
        "Las exportaciones de Chile a Corea del Sur sumaron US$ 77 millones en 2029, según el "
        "banco central y con las cifras del ministerio."
    )
    assert rows(data_year)[77000000.0][5:] == (D(2029, 1, 1), D(2029, 12, 31))


def test_the_same_span_of_a_year_is_that_years_span() -> None:
    # "en el mismo lapso del 2029" / "mismo período del 2029": the part of 2029 the page's
    # running span names, not the whole page year
    text = (
        "Entre enero y abril de 2030 se exportaron a Chile US$ 318 millones desde Ecuador, "
        "cuando en el mismo lapso del 2029 apenas se habían consignado US$ 286,6 millones."
    )
    got = rows(text)
    assert got[318000000.0][5:] == (D(2030, 1, 1), D(2030, 4, 30))
    assert got[286600000.0][5:] == (D(2029, 1, 1), D(2029, 4, 30))


def test_thousands_of_millions_written_mil_n_millones() -> None:
    # Mexican wire style: "mil 45 millones" = 1,045 million, "tres mil 708 millones" = 3,708
    # million, "4 mil 20 millones" = 4,020 million; "mil millones" stays a billion
    assert gloss("alcanzó la cifra de mil 45 millones de dólares", "es", False) == (
        "reached the figure of 1,045 million dollars"
    )
    assert "3,708 million" in gloss("sumó tres mil 708 millones de dólares", "es")
    assert "4,020 million" in gloss("llegó a 4 mil 20 millones de dólares", "es")
    # near misses: a billion, and a word before "mil" that is no number
    assert "mil" not in gloss("sumó mil millones de dólares", "es")
    assert gloss("el valor de mil 300 millones", "es").endswith(" of 1,300 million")
    text = (
        "En el período de enero a julio de 2031, el comercio total entre Chile y Perú alcanzó "
        "la cifra de mil 45 millones de dólares, según la secretaría."
    )
    assert rows(text)[1045000000.0][5:] == (D(2031, 1, 1), D(2031, 7, 31))


def test_the_first_cuatrimestre_is_the_first_four_months() -> None:
    got = rows(
        "En el primer cuatrimestre de 2031, las exportaciones de Chile a Perú sumaron US$ 412 "
        "millones, según el banco central y con datos del ministerio."
    )
    assert got[412000000.0][5:] == (D(2031, 1, 1), D(2031, 4, 30))


def test_french_and_spanish_demonyms_of_more_partners() -> None:
    # every gender and number of a demonym: "saoudiens", "égyptiennes", "japonaises", "rusos"
    assert gloss("des groupes saoudiens et égyptiens au Caire", "fr") == (
        "of the groupes Saudi and Egyptian in the Cairo"
    )
    got = rows(
        "Les exportations japonaises vers le Togo ont atteint 41 milliards de FCFA en 2030, "
        "selon les douanes et le ministère du commerce."
    )
    assert got[41000000000.0][:3] == ("exports", "JPN", "TGO")
    got = rows(
        "Las importaciones egipcias desde Chile sumaron US$ 93 millones en 2030, según el banco "
        "central y con las cifras del ministerio."
    )
    assert got[93000000.0][:3] == ("imports", "EGY", "CHL")
    # near miss: a capitalised country name is no adjective ("Rusia", not "rusa")
    assert gloss("las exportaciones de Rusia", "es") == "Russia's exports"


def test_demonyms_as_reporters_of_more_countries() -> None:
    # A flow's owner written as an adjective after it ("las exportaciones guatemaltecas", "les
    # exportations nigériennes") is the reporter, as "Guatemalan exports" is in English.
    got = rows(
        "date 2031-03-10\nLas exportaciones guatemaltecas a Japón sumaron 450 millones de "
        "dólares en el primer semestre de 2030, según el banco central."
    )
    assert got[450_000_000.0][:3] == ("exports", "GTM", "JPN")
    got = rows(
        "date 2031-03-10\nLes exportations nigériennes vers le Togo se sont élevées à 45 "
        "milliards de FCFA en 2030, selon la direction des statistiques."
    )
    assert got[45_000_000_000.0][:3] == ("exports", "NER", "TGO")
    # near miss: Nigeria's adjective is not Niger's
    got = rows(
        "date 2031-03-10\nLes exportations nigérianes vers le Togo se sont élevées à 45 "
        "milliards de FCFA en 2030, selon la direction des statistiques."
    )
    assert got[45_000_000_000.0][:3] == ("exports", "NGA", "TGO")


def test_spanish_and_french_change_nouns() -> None:
    # "registrando una reducción del 14 por ciento", "un repli de 6 %": a change written as a
    # noun of decline is a fall, as "a decline of 14 percent" is in English
    got = rows(
        "date 2031-09-20\nEn los primeros ocho meses de 2031, las exportaciones de Chile hacia "
        "Japón sumaron 420 millones de dólares, registrando una reducción del 14 por ciento en "
        "comparación con el mismo período del año anterior."
    )
    assert got[-14.0][:4] == ("exports", "CHL", "JPN", "pct_change")
    assert got[-14.0][5:] == (D(2031, 1, 1), D(2031, 8, 31))
    got = rows(
        "date 2031-09-20\nLes exportations du Sénégal vers le Mali ont atteint 90 milliards de "
        "FCFA en 2030, soit un repli de 6 % par rapport à 2029."
    )
    assert got[-6.0][:4] == ("exports", "SEN", "MLI", "pct_change")
    # near miss: a positive variation stays a rise
    got = rows(
        "date 2031-09-20\nEn los primeros ocho meses de 2031, las exportaciones de Chile hacia "
        "Japón sumaron 420 millones de dólares, con una variación positiva del 14 por ciento en "
        "comparación con el mismo período del año anterior."
    )
    assert got[14.0][:4] == ("exports", "CHL", "JPN", "pct_change")


def test_spanish_and_french_perfect_and_impersonal_trade_verbs() -> None:
    # "ha comprado a X" is bought from X (an import), "se exportaron ... hacia X" were exported
    got = rows(
        "date 2031-09-10\nEn los primeros ocho meses de este año Ecuador ha comprado a Chile 416 "
        "millones de dólares, según el banco central."
    )
    assert got[416_000_000.0][:3] == ("imports", "ECU", "CHL")
    assert got[416_000_000.0][5:] == (D(2031, 1, 1), D(2031, 8, 31))
    got = rows(
        "date 2031-09-10\nEn 2030 se exportaron desde Ecuador hacia Chile productos por 416 "
        "millones de dólares, según el banco central y el ministerio."
    )
    assert got[416_000_000.0][:3] == ("exports", "ECU", "CHL")
    got = rows(
        "date 2031-09-10\nEn 2030, le Sénégal a acheté au Mali pour 41,6 milliards de FCFA de "
        "marchandises, selon la direction des statistiques."
    )
    assert got[41_600_000_000.0][:3] == ("imports", "SEN", "MLI")
    # near miss: "ha vendido a X" is sold to X, an export
    got = rows(
        "date 2031-09-10\nEn los primeros ocho meses de este año Ecuador ha vendido a Chile 416 "
        "millones de dólares, según el banco central."
    )
    assert got[416_000_000.0][:3] == ("exports", "ECU", "CHL")


def test_maghreb_currency_abbreviations_after_a_scale() -> None:
    # Tunisian, Algerian and Moroccan copy: "2,1 Mds DT", "1 240 MDT", "420 milliards de DA",
    # "9,1 Mds DH" (dinars tunisiens, dinars algériens, dirhams)
    got = rows(
        "date 2031-08-01\nA fin juillet 2031, les échanges entre la Tunisie et l'Algérie ont "
        "atteint 2,1 Mds DT contre 1,8 Mds DT à fin juillet 2030, soit une hausse de 16,7%, "
        "selon l'Institut national de la statistique."
    )
    assert got[2_100_000_000.0][3:] == ("level", "TND", D(2031, 1, 1), D(2031, 7, 31))
    assert got[1_800_000_000.0][3:] == ("level", "TND", D(2030, 1, 1), D(2030, 7, 31))
    got = rows(
        "date 2031-08-01\nLes exportations tunisiennes vers la Libye ont atteint 1 240 MDT au "
        "cours des sept premiers mois de 2031, selon l'Institut national de la statistique."
    )
    assert got[1_240_000_000.0][:5] == ("exports", "TUN", "LBY", "level", "TND")
    got = rows(
        "date 2031-08-01\nLes importations algériennes en provenance de France ont atteint 420 "
        "milliards de DA en 2030, selon les douanes, qui notent une baisse par rapport à l'année "
        "précédente."
    )
    assert got[420_000_000_000.0][:5] == ("imports", "DZA", "FRA", "level", "DZD")
    got = rows(
        "date 2031-08-01\nLe commerce entre le Maroc et l'Égypte a atteint 9,1 Mds DH en 2030, "
        "selon l'Office des changes, qui note une hausse par rapport à l'année précédente."
    )
    assert got[9_100_000_000.0][3:5] == ("level", "MAD")


def test_bolivian_dollar_symbol_and_as_of_the_month_of() -> None:
    # "$us. 1.925 millones" (US dollars, with its stop), "al mes de septiembre" (year to date)
    got = rows(
        "date 2031-11-02\nEl gerente informó que al mes de septiembre las exportaciones de "
        "Bolivia a Brasil sumaron $us. 1.925 millones, mientras que las importaciones desde "
        "Brasil llegaron a $us. 1.413 millones, según el Instituto Nacional de Estadística."
    )
    to_september = (D(2031, 1, 1), D(2031, 9, 30))
    assert got[1_925_000_000.0] == ("exports", "BOL", "BRA", "level", "USD", *to_september)
    assert got[1_413_000_000.0] == ("imports", "BOL", "BRA", "level", "USD", *to_september)


def test_mexican_million_and_billion_abbreviations() -> None:
    # "8 mil 500 mdd" (millones de dólares), "56.3 mmdd" (miles de millones), "mdp" (pesos)
    got = rows(
        "date 2031-02-10\nDe acuerdo con datos de la Secretaría de Economía, las exportaciones de "
        "México a Corea sumaron 8 mil 500 mdd en 2030, mientras que las importaciones desde Corea "
        "alcanzaron 19 mil 200 millones de dólares, informó la dependencia."
    )
    assert got[8_500_000_000.0][:5] == ("exports", "MEX", "KOR", "level", "USD")
    got = rows(
        "date 2031-02-10\nEl comercio bilateral entre México y Chile llegó a 6.3 mmdd en 2030, un "
        "alza de 4.1 por ciento anual, informó la Secretaría de Economía en un comunicado."
    )
    assert got[6_300_000_000.0][3:5] == ("level", "USD")
