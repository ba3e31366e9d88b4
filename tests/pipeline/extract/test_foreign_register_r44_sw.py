"""Round 44: Swahili ("sw") glossed, and its trade-news register. Detection by function words
no other glossed language writes; amounts whose currency and scale come before the number ("dola
za Kimarekani milioni 89", "Sh bilioni 3.5", "Sh3.5 bilioni"); "asilimia 12" (percent before the
number); verbs by subject prefix, tense and relative ("imeongezeka", "zilipungua", "iliyofikia",
"itafikia"); the counts of "miezi sita ya kwanza" (the first six months); periods, flows, sides,
hedges and targets. Made-up sentences; near misses stay unread."""

import pytest

from pipeline.extract.foreign import gloss
from pipeline.extract.page_language import language
from tests.pipeline.extract.test_extract import figures

# a made-up tail of ordinary Swahili, so that every sentence is a page of its own language
_TAIL = " kwa mujibu wa takwimu ambazo pia zinaonyesha kwamba hali hiyo itaendelea."


def _rows(text: str, title: str = "Biashara") -> set[tuple]:
    out = figures(f"date 2031-02-10\n{title}\n\n{text}{_TAIL}\n")
    return {
        (r.flow, r.reporter, r.partner, str(r.period_start), str(r.period_end), r.value, r.unit)
        for r in out.itertuples()
    }


def test_a_swahili_paragraph_is_swahili() -> None:
    text = (
        "Wizara ya viwanda imesema kwamba biashara kati ya nchi hizo mbili imeongezeka katika"
        " kipindi cha miaka mitano iliyopita, na kwamba serikali itaendelea kuweka mazingira"
        " mazuri kwa wawekezaji wa ndani na wa nje."
    )
    assert language(["Biashara yaongezeka", text]) == "sw"


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # English quoting Swahili names and a word or two
        (
            [
                "Trade with Tanzania",
                "The minister said the trade between Kenya and Tanzania is growing, and the"
                " two countries will hold a meeting in Arusha with the traders of the region."
                " The bilateral talks known as Biashara Kati are to start in June.",
            ],
            None,
        ),
        # Indonesian (and its months, which Swahili writes alike: Januari, Juni)
        (
            [
                "Ekspor naik",
                "Ekspor Indonesia ke Jepang pada Januari sampai Juni 2030 naik dan nilai"
                " perdagangan kedua negara yang tercatat itu untuk pertama kali dengan rekor.",
            ],
            "id",
        ),
        # Portuguese writes "na", "da": none a Swahili marker
        (
            [
                "Comércio cresce",
                "As exportações do Brasil para a China cresceram na primeira metade do ano e o"
                " comércio com a Ásia não parou de crescer, segundo o ministério da economia.",
            ],
            "pt",
        ),
    ],
)
def test_neighbouring_languages_are_not_swahili(texts: list[str], expected: str | None) -> None:
    assert language(texts) == expected


# --- amounts: currency and scale before the number -------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "Biashara kati ya Tanzania na China ilikuwa dola za Kimarekani milioni 87 mwaka 2029",
            87e6,
            "USD",
        ),
        ("Biashara kati ya Tanzania na China ilikuwa dola milioni 63.5 mwaka 2029", 63.5e6, "USD"),
        ("Biashara kati ya Tanzania na China ilikuwa Sh bilioni 412 mwaka 2029", 412e9, "TZS"),
        ("Biashara kati ya Tanzania na China ilikuwa Sh2.7 trilioni mwaka 2029", 2.7e12, "TZS"),
        ("Biashara kati ya Tanzania na China ilikuwa TSh bilioni 95 mwaka 2029", 95e9, "TZS"),
    ],
)
def test_currency_and_scale_before_the_number(text: str, value: float, unit: str) -> None:
    assert _rows(text) == {("turnover", "TZA", "CHN", "2029-01-01", "2029-12-31", value, unit)}


def test_kenyan_shillings_and_percent() -> None:
    text = (
        "Mauzo ya nje ya Kenya kwenda Uganda yalishuka kwa asilimia 4.5 hadi shilingi za Kenya"
        " bilioni 43 mwaka 2029"
    )
    assert _rows(text) == {
        ("exports", "KEN", "UGA", "2029-01-01", "2029-12-31", -4.5, "percent"),
        ("exports", "KEN", "UGA", "2029-01-01", "2029-12-31", 43e9, "KES"),
    }


def test_a_scale_word_before_no_number_stays() -> None:
    # near miss: "milioni ya" (millions of) before a noun is no amount
    assert "million" not in gloss("Mamilioni ya watu na milioni ya wakulima", "sw", commas=False)


# --- change and level verbs, by noun class, tense and relative ----------------------------------


@pytest.mark.parametrize(
    ("verb", "value"),
    [
        ("imeongezeka", 14.0),  # i- (class 9) perfect
        ("iliongezeka", 14.0),  # past
        ("inaongezeka", 14.0),  # present
        ("imekua", 14.0),  # grew
        ("imepanda", 14.0),  # rose
        ("ilipungua", -14.0),  # fell
        ("imeshuka", -14.0),  # dropped
        ("imeanguka", -14.0),
        ("imedorora", -14.0),
    ],
)
def test_change_verbs(verb: str, value: float) -> None:
    text = f"Biashara kati ya Kenya na Rwanda {verb} kwa asilimia 14 mwaka 2029"
    assert _rows(text) == {("turnover", "KEN", "RWA", "2029-01-01", "2029-12-31", value, "percent")}


@pytest.mark.parametrize(
    "verb",
    ["yalifikia", "yamefikia", "yalikuwa", "yalizidi", "yalivuka", "yamerekodi", "yamefika"],
)
def test_level_verbs_of_class_six(verb: str) -> None:
    # ya- agrees with "mauzo" (class 6)
    text = f"Mauzo ya nje ya Uganda kwenda Kenya {verb} dola milioni 318 mwaka 2029"
    assert _rows(text) == {("exports", "UGA", "KEN", "2029-01-01", "2029-12-31", 318e6, "USD")}


@pytest.mark.parametrize("verb", ["ulifikia", "umefikia", "ulikuwa", "ulipungua hadi"])
def test_level_verbs_of_class_eleven(verb: str) -> None:
    # u- agrees with "uagizaji" (class 11)
    text = f"Uagizaji wa Tanzania kutoka India {verb} dola milioni 530 mwaka 2029"
    assert _rows(text) == {("imports", "TZA", "IND", "2029-01-01", "2029-12-31", 530e6, "USD")}


def test_relative_and_plural_verb_forms() -> None:
    assert gloss("biashara iliyoongezeka", "sw", commas=False) == "trade increased"
    assert gloss("bidhaa zilizopungua", "sw", commas=False) == "goods decreased"
    assert gloss("mauzo yaliyofikia", "sw", commas=False) == "sales reached"
    assert gloss("zimeongezeka maradufu", "sw", commas=False) == "doubled"
    assert gloss("itafikia", "sw", commas=False) == "will reach"


def test_a_negated_verb_stays_unread() -> None:
    # near miss: "haijafikia" (has not reached) is no level
    assert "reached" not in gloss("Biashara haijafikia lengo", "sw", commas=False)


def test_from_to_and_compared_with() -> None:
    text = (
        "Biashara kati ya Kenya na India iliongezeka kutoka dola milioni 410 mwaka 2028 hadi"
        " dola milioni 476 mwaka 2029"
    )
    assert ("turnover", "KEN", "IND", "2029-01-01", "2029-12-31", 476e6, "USD") in _rows(text)
    text = (
        "Thamani ya biashara kati ya Kenya na India ilikuwa dola milioni 476 mwaka 2029"
        " ikilinganishwa na dola milioni 410 mwaka 2028"
    )
    assert _rows(text) == {
        ("turnover", "KEN", "IND", "2029-01-01", "2029-12-31", 476e6, "USD"),
        ("turnover", "KEN", "IND", "2028-01-01", "2028-12-31", 410e6, "USD"),
    }


def test_doubled() -> None:
    text = "Mauzo ya nje ya Uganda kwenda Rwanda yameongezeka maradufu hadi dola milioni 236 mwaka 2029"
    assert ("exports", "UGA", "RWA", "2029-01-01", "2029-12-31", 236e6, "USD") in _rows(text)


# --- time -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "end"),
    [
        ("mbili", "2030-02-28"),
        ("tatu", "2030-03-31"),
        ("nne", "2030-04-30"),
        ("tano", "2030-05-31"),
        ("sita", "2030-06-30"),
        ("saba", "2030-07-31"),
        ("nane", "2030-08-31"),
        ("tisa", "2030-09-30"),
        ("kumi", "2030-10-31"),
        ("kumi na moja", "2030-11-30"),
        ("7", "2030-07-31"),
        # the class 4 forms agreeing with "miezi"
        ("miwili", "2030-02-28"),
        ("mitatu", "2030-03-31"),
        ("minne", "2030-04-30"),
        ("mitano", "2030-05-31"),
        ("minane", "2030-08-31"),
    ],
)
def test_first_months(count: str, end: str) -> None:
    text = (
        f"Mauzo ya nje ya Tanzania kwenda Kenya yalifikia dola milioni 226 katika miezi {count}"
        " ya kwanza ya mwaka 2030"
    )
    assert _rows(text) == {("exports", "TZA", "KEN", "2030-01-01", end, 226e6, "USD")}


def test_months_without_first_stay_a_count() -> None:
    # near miss: "miezi sita" (six months) with no "ya kwanza" is no part of a year
    assert "first" not in gloss("katika miezi sita", "sw", commas=False)


@pytest.mark.parametrize(
    ("period", "start", "end"),
    [
        ("katika robo ya kwanza ya mwaka 2030", "2030-01-01", "2030-03-31"),
        ("katika robo ya pili ya mwaka 2030", "2030-04-01", "2030-06-30"),
        ("katika robo ya tatu ya mwaka 2030", "2030-07-01", "2030-09-30"),
        ("katika nusu ya kwanza ya mwaka 2030", "2030-01-01", "2030-06-30"),
        ("katika nusu ya pili ya mwaka 2029", "2029-07-01", "2029-12-31"),
        ("mwaka jana", "2030-01-01", "2030-12-31"),
        ("mwaka uliopita", "2030-01-01", "2030-12-31"),
        ("kuanzia Januari hadi Juni 2030", "2030-01-01", "2030-06-30"),
        ("kati ya Januari na Aprili 2030", "2030-01-01", "2030-04-30"),
        ("hadi Septemba 2030", "2030-01-01", "2030-09-30"),
        ("katika kipindi cha kuanzia Januari hadi Mei 2030", "2030-01-01", "2030-05-31"),
        ("mwezi Machi mwaka 2030", "2030-03-01", "2030-03-31"),
        ("katika mwaka wa fedha 2029/30", "2029-07-01", "2030-06-30"),
    ],
)
def test_periods(period: str, start: str, end: str) -> None:
    text = f"Biashara kati ya Kenya na Uganda ilikuwa dola milioni 348 {period}"
    assert _rows(text) == {("turnover", "KEN", "UGA", start, end, 348e6, "USD")}


def test_same_period_last_year_and_year_on_year() -> None:
    text = (
        "Uagizaji wa Tanzania kutoka India ulipungua kwa asilimia 7.5 katika miezi tisa ya"
        " kwanza ya mwaka 2030 ikilinganishwa na kipindi kama hicho mwaka jana"
    )
    assert _rows(text) == {("imports", "TZA", "IND", "2030-01-01", "2030-09-30", -7.5, "percent")}
    glossed = gloss("ilishuka kwa asilimia 4 mwaka hadi mwaka", "sw", commas=False)
    assert glossed == "fell by 4 percent year-on-year"


def test_until_only_before_a_month() -> None:
    # near miss: "hadi" before an amount is "to", not "until"
    assert gloss("hadi Juni", "sw", commas=False) == "until June"
    assert "until" not in gloss("iliongezeka hadi dola milioni 5", "sw", commas=False)
    assert "until" not in gloss("kutoka Januari hadi Juni", "sw", commas=False)


def test_year_words() -> None:
    assert gloss("mwaka huu", "sw", commas=False) == "this year"
    assert gloss("tangu mwanzo wa mwaka", "sw", commas=False) == "since the beginning of the year"
    # near miss: "mwaka" before no year is the noun
    assert gloss("mwaka mzima", "sw", commas=False).startswith("year")


# --- flows and measures -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("flow_words", "flow"),
    [
        ("Thamani ya biashara kati ya Tanzania na Msumbiji", "turnover"),
        ("Biashara ya pande mbili kati ya Tanzania na Msumbiji", "turnover"),
        ("Mauzo ya nje ya Tanzania kwenda Msumbiji", "exports"),
        ("Thamani ya mauzo ya nje ya Tanzania kwenda Msumbiji", "exports"),
    ],
)
def test_flows(flow_words: str, flow: str) -> None:
    text = f"{flow_words} ilikuwa dola milioni 154 mwaka 2029"
    assert _rows(text) == {(flow, "TZA", "MOZ", "2029-01-01", "2029-12-31", 154e6, "USD")}


def test_investment_and_goods_and_services() -> None:
    text = "Uwekezaji wa China nchini Tanzania ulifikia dola bilioni 1.3 mwaka 2029"
    assert _rows(text) == {("investment", "TZA", "CHN", "2029-01-01", "2029-12-31", 1.3e9, "USD")}
    assert gloss("bidhaa na huduma", "sw", commas=False) == "goods and services"
    assert gloss("urari wa biashara", "sw", commas=False) == "trade balance"
    assert gloss("nakisi ya biashara", "sw", commas=False) == "trade deficit"
    assert gloss("mapato ya mauzo ya nje", "sw", commas=False) == "export earnings"


# --- sides --------------------------------------------------------------------------------------


def test_the_two_countries() -> None:
    text = "Biashara kati ya nchi hizo mbili ilifikia dola milioni 212 mwaka 2029"
    rows = _rows(text, "Tanzania na Zambia")
    assert rows == {("turnover", "TZA", "ZMB", "2029-01-01", "2029-12-31", 212e6, "USD")}


def test_trade_with_and_of_a_pair() -> None:
    assert gloss("biashara na China", "sw", commas=False) == "trade with China"
    # near miss: with "kati ya" (between), "na" stays "and"
    assert gloss("biashara kati ya Kenya na China", "sw", commas=False) == (
        "trade between Kenya and China"
    )
    assert gloss("nakisi ya biashara ya Kenya na China", "sw", commas=False) == (
        "trade deficit between Kenya and China"
    )
    assert gloss("mshirika huyo", "sw", commas=False) == "this partner"
    assert gloss("mshirika wa kibiashara", "sw", commas=False) == "trading partner"


# --- hedges and targets -------------------------------------------------------------------------


@pytest.mark.parametrize("hedge", ["takriban", "karibu", "zaidi ya", "chini ya"])
def test_hedges(hedge: str) -> None:
    text = f"Biashara kati ya Kenya na Ethiopia ilikuwa {hedge} dola milioni 171 mwaka 2029"
    assert _rows(text) == {("turnover", "KEN", "ETH", "2029-01-01", "2029-12-31", 171e6, "USD")}


def test_targets() -> None:
    text = (
        "Biashara kati ya Tanzania na Burundi inatarajiwa kufikia dola milioni 314 ifikapo mwaka"
        " 2034"
    )
    assert _rows(text) == {("turnover", "TZA", "BDI", "None", "2034-12-31", 314e6, "USD")}
    text = (
        "Tanzania imeweka lengo la kufikia mauzo ya nje ya dola bilioni 2.2 kwenda China"
        " ifikapo mwaka 2035"
    )
    assert _rows(text) == {("exports", "TZA", "CHN", "None", "2035-12-31", 2.2e9, "USD")}


def test_a_split_year_is_a_fiscal_year() -> None:
    text = "Mauzo ya nje ya Rwanda kwenda Kenya yalikuwa dola milioni 77 mwaka 2029/30"
    assert _rows(text) == {("exports", "RWA", "KEN", "2029-07-01", "2030-06-30", 77e6, "USD")}


def test_an_english_scale_word_after_the_currency() -> None:
    text = "Biashara kati ya Tanzania na China ilikuwa dola za kimarekani million 58.5 mwaka 2029"
    assert _rows(text) == {("turnover", "TZA", "CHN", "2029-01-01", "2029-12-31", 58.5e6, "USD")}


def test_revenue_brought_in_is_no_import_and_a_border_no_until() -> None:
    # near misses: "iliingiza mapato" (brought in revenue) imports nothing; "mpaka" (border)
    # before a noun is no "to"
    assert "import" not in gloss("Reli iliingiza mapato ya dola milioni 3", "sw", commas=False)
    assert "imported" in gloss("Kenya iliingiza bidhaa kutoka China", "sw", commas=False)
    assert gloss("mpaka wa pamoja", "sw", commas=False).startswith("mpaka")
    assert gloss("iliongezeka mpaka kufikia dola milioni 5", "sw", commas=False) == (
        "increased to 5 million dollars"
    )


def test_month_to_month_without_from() -> None:
    # near miss: "Januari hadi Machi" (January to March) keeps "to"
    assert gloss("kipindi cha Januari hadi Machi", "sw", commas=False) == (
        "period of January to March"
    )


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Kenya iliuza nje bidhaa zenye thamani ya dola milioni 93 kwenda Misri mwaka 2029",
            ("exports", "KEN", "EGY", "2029-01-01", "2029-12-31", 93e6, "USD"),
        ),
        (
            "Tanzania iliagiza bidhaa zenye thamani ya dola milioni 137 kutoka Japani mwaka 2029",
            ("imports", "TZA", "JPN", "2029-01-01", "2029-12-31", 137e6, "USD"),
        ),
        (
            "Mauzo ya nje ya Kenya kwenda Misri yalirekodi ongezeko la asilimia 13 mwaka 2029",
            ("exports", "KEN", "EGY", "2029-01-01", "2029-12-31", 13.0, "percent"),
        ),
        (
            "Mauzo ya nje ya Kenya kwenda Misri yameongezeka mara mbili mwaka 2029",
            ("exports", "KEN", "EGY", "2029-01-01", "2029-12-31", 2.0, "times"),
        ),
    ],
)
def test_sold_imported_recorded_doubled(text: str, row: tuple) -> None:
    assert _rows(text) == {row}


def test_year_words_after_a_part_of_a_year() -> None:
    assert gloss("katika miezi mitatu ya kwanza ya mwaka huu", "sw", commas=False) == (
        "in the first three months of this year"
    )
    assert gloss("katika miezi sita ya kwanza ya mwaka", "sw", commas=False) == (
        "in the first six months of the year"
    )
    assert gloss("nusu ya kwanza ya mwaka", "sw", commas=False) == "the first half of the year"
    assert gloss("robo ya pili ya mwaka jana", "sw", commas=False) == (
        "the second quarter of last year"
    )
    assert gloss("hadi mwisho wa mwaka", "sw", commas=False) == "until the end of the year"
    assert gloss("takribani dola milioni 4", "sw", commas=False) == "about 4 million dollars"


def test_a_month_of_the_year() -> None:
    text = "Biashara kati ya Kenya na Uganda ilikuwa dola milioni 61 Oktoba mwaka 2029"
    assert _rows(text) == {("turnover", "KEN", "UGA", "2029-10-01", "2029-10-31", 61e6, "USD")}
    assert gloss("Oktoba mwaka 2029", "sw", commas=False) == "October 2029"
