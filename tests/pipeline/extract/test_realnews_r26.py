"""Forms real pages use that round 26 found unread: "commerce between A and B" (turnover, as
"bilateral commerce" is); the CFA franc written "Fcfa"/"FCfa" after the amount; "the past year"
set against a named whole year in its own sentence (NOTES gr rule 1: then it is last year, and
on an undated page the base fixes which). Made-up sentences, never page text."""

import pytest

from pipeline.extract.periods import find_periods
from tests.pipeline.extract.test_extract import figures


def _rows(out) -> list[tuple]:
    return [
        (r.flow, r.reporter, r.partner, str(r.period_start)[:10], r.measure, r.value, r.unit)
        for r in out.itertuples()
    ]


def test_commerce_between_two_countries_is_their_turnover() -> None:
    out = figures(
        "date 2031-02-10\nCommerce between Tunisia and Canada rose 12% in 2030 to $640 million."
    )
    assert ("turnover", "TUN", "CAN", "2030-01-01", "level", 640e6, "USD") in _rows(out), out
    assert ("turnover", "TUN", "CAN", "2030-01-01", "pct_change", 12.0, "percent") in _rows(out)


def test_a_minister_of_commerce_names_no_flow() -> None:
    # near miss: "commerce" without "between" is an office, not a flow
    out = figures(
        "date 2031-02-10\nThe minister of commerce of Tunisia visited Canada, where he signed "
        "contracts worth $640 million."
    )
    assert out.empty, out.to_string()


@pytest.mark.parametrize("written", ["Fcfa", "FCfa", "FCFA"])
def test_cfa_francs_in_mixed_case_after_the_amount(written: str) -> None:
    out = figures(
        "date 2031-02-10\nLe ministre du commerce a présenté les chiffres de la douane. Les "
        f"exportations sénégalaises vers le Canada ont atteint 98 milliards {written} en 2030."
    )
    assert _rows(out) == [("exports", "SEN", "CAN", "2030-01-01", "level", 98e9, "XOF")], out


@pytest.mark.parametrize(
    "during", ["during the past year", "over the past year", "in the past year"]
)
def test_the_past_year_against_a_named_year_is_last_year_on_an_undated_page(during: str) -> None:
    out = figures(
        f"Commerce between Tunisia and Canada jumped by 41% {during}, to a total of $520 "
        "million, against $370 million in 2029."
    )
    rows = _rows(out)
    assert ("turnover", "TUN", "CAN", "2030-01-01", "level", 520e6, "USD") in rows, out
    assert ("turnover", "TUN", "CAN", "2030-01-01", "pct_change", 41.0, "percent") in rows, out
    assert ("turnover", "TUN", "CAN", "2029-01-01", "level", 370e6, "USD") in rows, out


def test_the_past_year_on_a_dated_page_beside_the_year_before() -> None:
    out = figures(
        "date 2032-02-10\nOver the past year trade between Tunisia and Canada amounted to $1.2 "
        "billion, and in 2030 it amounted to $900 million."
    )
    rows = _rows(out)
    assert ("turnover", "TUN", "CAN", "2031-01-01", "level", 1.2e9, "USD") in rows, out
    assert ("turnover", "TUN", "CAN", "2030-01-01", "level", 900e6, "USD") in rows, out


def test_the_past_year_alone_stays_twelve_months_without_a_calendar_year() -> None:
    # near miss: no named year beside it, so no calendar year (NOTES "from X to Y in the past year")
    out = figures(
        "date 2032-02-10\nIn the past year trade between Tunisia and Canada amounted to $1.2 "
        "billion."
    )
    assert [r[3] for r in _rows(out)] == ["None"], out.to_string()


@pytest.mark.parametrize(
    "joint",
    [
        "are pushing toward a $9 billion trade target as bilateral trade reached",
        "eye a $9 billion trade goal after bilateral trade hit",
        "set a $9 billion trade target, while bilateral trade stood at",
    ],
)
def test_a_past_clause_after_a_target_is_actual_and_keeps_its_year(joint: str) -> None:
    out = figures(f"date 2031-01-20\nGreece and Chile {joint} $7.21 billion in 2030.")
    rows = {(r[4], r[5], r[3]) for r in _rows(out)}
    statuses = dict(zip(out["value"], out["status"], strict=True))
    assert ("level", 7.21e9, "2030-01-01") in rows, out.to_string()
    assert ("level", 9e9, "None") in rows, out.to_string()  # the target names no year
    assert statuses == {9e9: "target", 7.21e9: "actual"}, out.to_string()


def test_a_goal_reached_as_a_clause_stays_a_target() -> None:
    # near miss: "as" with no past verb before the amount opens no clause of what happened
    out = figures(
        "date 2031-01-20\nGreece and Chile aim to lift trade to $9 billion as soon as 2032."
    )
    assert list(out["status"]) == ["target"], out.to_string()


def test_the_past_n_months_on_a_dated_page_are_the_year_so_far() -> None:
    # NOTES hf rule 1: a September page's "past seven months" is January-July
    out = figures(
        "date 2031-09-16\nIn 2030, trade between Chile and Peru reached $4 billion. The trend "
        "has held, with trade exceeding $2.3 billion in the past seven months."
    )
    assert ("turnover", "CHL", "PER", "2031-01-01", "level", 2.3e9, "USD") in _rows(out), out
    assert set(out["period_end"].astype(str)) == {"2030-12-31", "2031-07-31"}, out.to_string()


def test_the_past_n_months_after_a_named_year_on_an_undated_page() -> None:
    # NOTES gu rule 5: the window of the year after the named whole year
    out = figures(
        "In 2030 trade between Chile and Peru reached over $3 billion. In the past 8 months "
        "trade between Chile and Peru reached about $2.5 billion."
    )
    assert ("turnover", "CHL", "PER", "2031-01-01", "level", 2.5e9, "USD") in _rows(out), out


def test_the_past_twelve_months_on_a_march_page_have_no_calendar_window() -> None:
    # near miss: a window longer than the year so far is rolling; it takes no earlier year
    out = figures(
        "date 2031-03-16\nIn 2029, trade between Chile and Peru reached $4 billion. Over the "
        "past twelve months, trade between the two exceeded $5 billion."
    )
    rows = {r[5]: r[3] for r in _rows(out)}
    assert rows == {4e9: "2029-01-01", 5e9: "None"}, out.to_string()


@pytest.mark.parametrize("over", ["up over", "rose over", "grew over"])
def test_over_before_a_change_is_a_bound_not_a_comparison(over: str) -> None:
    # "up over 49% on the year before": the change is last year's, its base the year before
    out = figures(
        "date 2022-03-02\nLast year, trade between Chile and Peru hit a record high of $12.4 "
        f"billion, {over} 49 percent on the year before."
    )
    assert {r[3] for r in _rows(out)} == {"2021-01-01"}, out.to_string()


def test_an_increase_over_an_amount_still_compares() -> None:
    # near miss: "an increase over $X" names the base amount, dated by the period after it
    out = figures(
        "date 2031-03-02\nChile's exports to Peru reached $9 million in 2030, an increase over "
        "$7 million in 2029."
    )
    assert ("exports", "CHL", "PER", "2029-01-01", "level", 7e6, "USD") in _rows(out), out


@pytest.mark.parametrize("joint", [" or about", " about", ", or roughly"])
def test_a_change_restated_as_a_hedged_amount_before_its_base_year(joint: str) -> None:
    out = figures(
        "date 2015-03-02\nChile ranked as Peru's 12th largest export market in 2013. That year Peruvian "
        f"goods exports to Chile came to $1.1 billion, down 19.3 per cent{joint} $255 million "
        "from 2012."
    )
    rows = _rows(out)
    assert ("exports", "PER", "CHL", "2013-01-01", "pct_change", -19.3, "percent") in rows, out
    assert ("exports", "PER", "CHL", "2013-01-01", "abs_change", -255e6, "USD") in rows, out
    assert ("exports", "PER", "CHL", "2013-01-01", "level", 1.1e9, "USD") in rows, out


@pytest.mark.parametrize("year", ["(2021-2)", "(2021-22)"])
def test_a_split_fiscal_year_written_with_one_digit(year: str) -> None:
    # "2021-2" is Pakistan's FY2021-22 (July-June): its first quarter is July-September 2021
    out = figures(
        "date 2021-10-07\nPakistan exported goods worth US$50.6 million to Japan in the first "
        f"quarter (Q1) of the current fiscal year {year}, a rise of 24.21 percent."
    )
    assert set(
        zip(out["period_start"].astype(str), out["period_end"].astype(str), strict=True)
    ) == {("2021-07-01", "2021-09-30")}, out.to_string()


def test_a_one_digit_second_year_crosses_the_decade() -> None:
    # "2019-0" is 2019-20: the next year's last digit, in the next decade when it is smaller
    found = find_periods("exports rose in fiscal year 2019-0, the ministry said", None)
    assert [p.fiscal[:2] for p in found] == [("split", 2019)]


@pytest.mark.parametrize(
    "share",
    [
        "In 2030, Peru took 9.4% of what Chile sold abroad, Bolivia 4.5%.",
        "Peru accounted for 9.4 per cent of Chile's total exports in 2030.",
    ],
)
def test_a_partner_share_of_a_year_dates_the_paragraph_after_it(share: str) -> None:
    out = figures(
        f"date 2031-06-02\n{share}\n\nCounted in pesos, Chile's exports to Peru totalled $188.4 "
        "billion; those to Bolivia were $90.1 billion."
    )
    assert set(out["period_start"].astype(str)) == {"2030-01-01"}, out.to_string()
    assert len(out) == 2, out.to_string()


def test_a_share_aimed_at_dates_nothing() -> None:
    # near miss: a target share names a year of no data
    out = figures(
        "date 2031-06-02\nPeru aims to take 15% of Chile's exports by 2035.\n\nChile's exports "
        "to Peru totalled $188.4 billion, the ministry said."
    )
    assert list(out["period_start"].astype(str)) == ["None"], out.to_string()


@pytest.mark.parametrize("verb", ["worsened", "deteriorated"])
def test_a_flow_that_worsened_is_a_fall(verb: str) -> None:
    out = figures(f"date 2016-03-01\nCzech exports to Ukraine {verb} by 28 percent in 2015.")
    assert _rows(out) == [("exports", "CZE", "UKR", "2015-01-01", "pct_change", -28.0, "percent")]


def test_czech_worsened_and_total_turnover() -> None:
    out = figures(
        "date 2016-03-01\nObchod mezi oběma státy je od roku 2014 poznamenán krizí. Také v roce "
        "2015 se český vývoz do Ukrajiny zhoršil o 28 procent a dovoz se také zhoršil. Celkový "
        "obrat klesl o 21 procent na 40 miliard korun, uvádí ministerstvo."
    )
    rows = _rows(out)
    assert ("exports", "CZE", "UKR", "2015-01-01", "pct_change", -28.0, "percent") in rows, out
    assert ("turnover", "CZE", "UKR", "2015-01-01", "level", 40e9, "CZK") in rows, out


@pytest.mark.parametrize("verb", ["more than doubled", "tripled", "quadrupled"])
def test_a_multiple_verb_over_the_past_n_years_spans_them(verb: str) -> None:
    # NOTES span rule: "over the past 10 years" after the multiple's verb is its span, not a base
    out = figures(
        f"date 2023-04-01\nKenyan exports to the Netherlands have {verb} over the past 10 "
        "years to stand at Sh70 billion in 2022."
    )
    rows = {(r[4], r[3]) for r in _rows(out)}
    assert rows == {("multiple", "2013-01-01"), ("level", "2022-01-01")}, out.to_string()
    assert set(out["period_end"].astype(str)) == {"2022-12-31"}, out.to_string()


def test_a_change_over_a_named_earlier_year_is_still_a_base() -> None:
    # near miss: "over 2029" names the base year, not the change's span
    out = figures(
        "date 2031-04-01\nKenyan exports to the Netherlands grew 25% over 2029 to Sh70 billion "
        "in 2030."
    )
    assert set(out["period_start"].astype(str)) == {"2030-01-01"}, out.to_string()


def test_goods_named_by_their_participle_after_the_amount() -> None:
    # Portuguese "dos quais US$ X em bens egípcios importados pelo Brasil", glossed, reads so
    out = figures(
        "date 2024-06-01\nIn 2023, trade between Brazil and Egypt reached US$ 2.8 billion, of "
        "which US$ 489 million in Egyptian goods imported by Brazil and US$ 1.83 billion in "
        "Brazilian goods exported."
    )
    rows = _rows(out)
    assert ("imports", "BRA", "EGY", "2023-01-01", "level", 489e6, "USD") in rows, out
    assert ("exports", "BRA", "EGY", "2023-01-01", "level", 1.83e9, "USD") in rows, out


@pytest.mark.parametrize("verb", ["bought", "purchased", "imported"])
def test_an_amount_in_demonym_goods_is_their_origin(verb: str) -> None:
    out = figures(f"date 2024-06-01\nIn 2023, Brazil {verb} $489 million in Egyptian goods.")
    assert _rows(out) == [("imports", "BRA", "EGY", "2023-01-01", "level", 489e6, "USD")], out


@pytest.mark.parametrize(
    "deal",
    [
        "Chinese investors bought $2 billion of Brazilian government bonds",
        "Brazil's Petrobras purchased $500 million worth of shares in a Chinese company",
        "Brazil sold $700 million of its eurobonds to Chinese funds",
    ],
)
def test_a_financial_asset_bought_or_sold_is_no_trade(deal: str) -> None:
    out = figures(f"date 2024-06-01\nIn 2023, {deal}.")
    assert out.empty, out.to_string()


def test_portuguese_goods_by_origin_and_their_participles() -> None:
    out = figures(
        "date 2024-06-01\nO Egito é o segundo maior parceiro comercial do Brasil na África. Em "
        "2023, as trocas bilaterais chegaram a US$ 2,8 bilhões, dos quais US$ 489 milhões em "
        "bens egípcios importados pelo Brasil."
    )
    assert ("imports", "BRA", "EGY", "2023-01-01", "level", 489e6, "USD") in _rows(out), out


@pytest.mark.parametrize("verb", ["tipped", "tilted", "swung"])
def test_a_balance_that_tipped_in_a_partners_favour_is_no_flow(verb: str) -> None:
    out = figures(
        "date 2023-05-01\nChilean imports came to $367.4bn from China and $26.1bn from Peru, so "
        f"the balance {verb} in China's favour by $179bn and in Peru's by $17.8bn."
    )
    assert sorted(out["value"]) == [26.1e9, 367.4e9], out.to_string()
    assert set(out["flow"]) == {"imports"}, out.to_string()


def test_taxes_paid_and_money_spent_on_programmes_are_no_investment() -> None:
    out = figures(
        "date 2015-05-01\nOver the past 10 years, American firms had put close to $13 billion "
        "of investment into Ghana, paid $800 million in taxes and spent close to $500 million "
        "on social programmes."
    )
    assert list(out["value"]) == [13e9], out.to_string()
    assert list(out["flow"]) == ["investment"], out.to_string()


def test_an_amount_on_goods_still_reads_as_trade() -> None:
    # near miss: "on" with no money noun after it leaves the flow alone
    out = figures("date 2031-05-01\nChile's exports to Peru reached $5 million on strong demand.")
    assert list(out["flow"]) == ["exports"], out.to_string()


@pytest.mark.parametrize("region", ["the Arab world", "Arab states", "Arab countries"])
def test_trade_with_a_region_that_is_no_bloc_is_no_figure(region: str) -> None:
    # NOTES: a region that is not a listed bloc is no partner
    out = figures(
        "date 2022-05-01\nTrade between Jordan and China reached $4.4 billion in 2021, while "
        f"trade between China and {region} reached $330 billion."
    )
    assert list(out["value"]) == [4.4e9], out.to_string()


def test_trade_between_a_country_and_a_region_on_a_pairs_page_is_no_figure() -> None:
    out = figures(
        "date 2022-05-01\nTrade between Jordan and China reached $4.4 billion in 2021.\n\nFor "
        "many Arab countries China is the leading partner, he said, noting that trade volume "
        "both ways between China and the Arab world reached $330 billion in 2021."
    )
    assert list(out["value"]) == [4.4e9], out.to_string()


def test_trade_between_two_countries_named_with_and_stays() -> None:
    # near miss: "between A and B" with two countries is the pair's
    out = figures(
        "date 2022-05-01\nTrade volume both ways between China and Jordan reached $4.4 billion "
        "in 2021."
    )
    assert list(out["value"]) == [4.4e9], out.to_string()


@pytest.mark.parametrize(
    "goal",
    [
        "becoming each other's top trade partner and doubling bilateral investment",
        "becoming top trade partners and tripling two-way investment",
    ],
)
def test_a_multiple_verb_takes_the_flow_of_its_object(goal: str) -> None:
    out = figures(f"date 2022-05-01\nVietnam and Australia aim at {goal} by 2030.")
    assert list(out["flow"]) == ["investment"], out.to_string()


def test_a_multiple_verb_without_a_flow_object_keeps_the_clause_flow() -> None:
    # near miss: "doubled in value" names no flow; the clause's exports stay
    out = figures("date 2022-05-01\nVietnam's exports to Australia doubled in value in 2021.")
    assert list(out["flow"]) == ["exports"], out.to_string()


@pytest.mark.parametrize(
    "text",
    [
        "Until last May, Chile's imports from Russia totalled $605 million.",
        "Hasta el último mayo, las compras de Chile a Rusia sumaron US$ 605 millones y sus "
        "ventas a ese mercado, US$ 297 millones, según la aduana.",
    ],
)
def test_until_last_month_is_the_year_to_that_month(text: str) -> None:
    out = figures(f"date 2014-07-10\n{text}")
    assert ("imports", "CHL", "RUS", "2014-01-01", "level", 605e6, "USD") in _rows(out), out
    assert set(out["period_end"].astype(str)) == {"2014-05-31"}, out.to_string()


def test_until_may_on_a_page_from_march_is_the_year_before() -> None:
    # the latest May that ends before the page, as "until May," reads
    out = figures("date 2014-03-10\nUntil last May, Chile's imports from Russia totalled $605m.")
    assert list(out["period_start"].astype(str)) == ["2013-01-01"], out.to_string()


def test_indonesian_owner_after_exports_before_a_period() -> None:
    # "Ekspor Indonesia pada 2019 tercatat" -> "Indonesia's exports in 2019 recorded"
    out = figures(
        "date 2020-02-10\nMenurut catatan Kementerian Perdagangan, nilai perdagangan Indonesia "
        "dan Chile naik. Ekspor Indonesia pada 2019 tercatat senilai 1,18 miliar dolar AS, "
        "sedangkan impor dari Chile senilai 611,52 juta dolar AS."
    )
    rows = _rows(out)
    assert ("exports", "IDN", "CHL", "2019-01-01", "level", 1.18e9, "USD") in rows, out
    assert ("imports", "IDN", "CHL", "2019-01-01", "level", 611.52e6, "USD") in rows, out


@pytest.mark.parametrize("same", ["in the same period in 2020", "over the same period of 2020"])
def test_the_same_period_of_a_named_year_after_the_level_reached(same: str) -> None:
    # the reached level's own period: the base's months in the named year, also where the
    # sentence has no comparison word ("slipped from $X in Q1 2019 to $Y in the same period in 2020")
    out = figures(
        "date 2020-05-01\nIsraeli exports to China rose in March 2020. Meanwhile, Israeli "
        "imports from China slipped from 2.07 billion dollars in the first quarter of 2019 to "
        f"1.96 billion dollars {same}."
    )
    rows = _rows(out)
    assert ("imports", "ISR", "CHN", "2020-01-01", "level", 1.96e9, "USD") in rows, out
    assert ("imports", "ISR", "CHN", "2019-01-01", "level", 2.07e9, "USD") in rows, out
    assert set(out["period_end"].astype(str)) == {"2019-03-31", "2020-03-31"}, out.to_string()


def test_levels_over_the_past_two_years_start_in_the_year_before() -> None:
    # "over the past two years ... from $7.1m to $36.4m" on a 2019 page: a duration, so the
    # level it started from is 2016's and the level reached 2018's (hd20)
    out = figures(
        "date 2019-03-01\nIn 2018 trade between Russia and Qatar reached 78.7 million dollars. "
        "Over the past two years, imports from Qatar to Russia rose remarkably, from 7.1 million "
        "dollars to 36.4 million dollars."
    )
    rows = _rows(out)
    assert ("imports", "RUS", "QAT", "2016-01-01", "level", 7.1e6, "USD") in rows, out
    assert ("imports", "RUS", "QAT", "2018-01-01", "level", 36.4e6, "USD") in rows, out


def test_levels_between_two_named_years_keep_their_ends() -> None:
    # near miss: "between 2017 and 2018" names both ends: the first level is 2017's
    out = figures(
        "date 2019-03-01\nBetween 2017 and 2018, Russia's imports from Qatar rose from 7.1 "
        "million dollars to 36.4 million dollars."
    )
    rows = _rows(out)
    assert ("imports", "RUS", "QAT", "2017-01-01", "level", 7.1e6, "USD") in rows, out
    assert ("imports", "RUS", "QAT", "2018-01-01", "level", 36.4e6, "USD") in rows, out
