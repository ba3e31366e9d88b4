"""Round 44: the Czech trade-news register, glossed as a vocabulary (``cs`` rows of
``lexicon/foreign_words.csv`` and :mod:`pipeline.extract.czech`): change and level verbs in every
gender and number of the past ("stoupl/stoupla/stouply", "poklesl", "se propadl", "přesáhl",
"překročil", "tvořil", "představoval", "se zdvojnásobil", "trojnásobně", "zaznamenal nárůst");
time words ("vloni", "v minulém roce", "předloni", "o rok dříve", "od začátku letošního roku",
"v prvních dvou měsících", "za první tři čtvrtletí", "ve druhém kvartálu", "v první polovině
roku", "leden až červen", "v letech 2020 až 2030", "ve fiskálním roce"); flows ("obchodní
výměna", "objem vzájemného obchodu", "zboží za 41 mld. Kč", "v hodnotě"); sides ("mezi oběma
zeměmi", "s touto zemí"); hedges ("bezmála", "necelých", "kolem") and targets ("by měl do roku
2035 dosáhnout", "chtějí do roku 2035 zdvojnásobit"). A Slovak page is read as Czech
(``page_language``), so the Slovak forms are rows too ("vzrástol", "dosiahol", "v prvom polroku",
"so", the reflexive "sa"). Made-up sentences (made-up figures); near misses keep a word unread
where it is no register word."""

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures

_TITLE = "Česko a Čína"


def _rows(text: str, title: str = _TITLE) -> set[tuple]:
    out = figures(f"date 2031-02-10\n{title}\n\n{text}\n")
    return {
        (r.flow, r.reporter, r.partner, str(r.period_start), str(r.period_end), r.value, r.unit)
        for r in out.itertuples()
    }


_YEAR = ("2030-01-01", "2030-12-31")
_THIS = ("2031-01-01", "2031-12-31")
_EXP = "Vývoz Česka do Číny"
_IMP = "Dovoz z Číny do Česka"


# --- change and level verbs ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "stoupl": rose
            f"{_EXP} v roce 2030 stoupl o 12,5 %.",
            {("exports", "CZE", "CHN", *_YEAR, 12.5, "percent")},
        ),
        (  # "stoupla", feminine
            "Hodnota vývozu Česka do Číny v roce 2030 stoupla o 8,5 %.",
            {("exports", "CZE", "CHN", *_YEAR, 8.5, "percent")},
        ),
        (  # "se zvedl": went up
            f"{_EXP} se v roce 2030 zvedl o 6 %.",
            {("exports", "CZE", "CHN", *_YEAR, 6.0, "percent")},
        ),
        (  # "narostly", plural
            "Vývozy Česka do Číny v roce 2030 narostly o 9 %.",
            {("exports", "CZE", "CHN", *_YEAR, 9.0, "percent")},
        ),
        (  # "poklesl": fell
            f"{_IMP} v roce 2030 poklesl o 7 %.",
            {("imports", "CZE", "CHN", *_YEAR, -7.0, "percent")},
        ),
        (  # "se propadl": plunged
            f"{_IMP} se v roce 2030 propadl o 17 %.",
            {("imports", "CZE", "CHN", *_YEAR, -17.0, "percent")},
        ),
        (  # "klesal", imperfective
            f"{_IMP} v roce 2030 klesal o 2,5 %.",
            {("imports", "CZE", "CHN", *_YEAR, -2.5, "percent")},
        ),
        (  # "se zdvojnásobil": doubled
            f"{_IMP} se v roce 2030 zdvojnásobil.",
            {("imports", "CZE", "CHN", *_YEAR, 2.0, "times")},
        ),
        (  # "se ztrojnásobil": tripled
            f"{_IMP} se v roce 2030 ztrojnásobil.",
            {("imports", "CZE", "CHN", *_YEAR, 3.0, "times")},
        ),
        (  # "vzrostl trojnásobně": threefold
            f"{_IMP} v roce 2030 vzrostl trojnásobně.",
            {("imports", "CZE", "CHN", *_YEAR, 3.0, "times")},
        ),
        (  # "zaznamenal meziroční nárůst o": recorded a year-on-year increase of
            f"{_EXP} v roce 2030 zaznamenal meziroční nárůst o 11 %.",
            {("exports", "CZE", "CHN", *_YEAR, 11.0, "percent")},
        ),
        (  # "vykázal propad o": posted a drop of
            f"{_EXP} v roce 2030 vykázal propad o 4 %.",
            {("exports", "CZE", "CHN", *_YEAR, -4.0, "percent")},
        ),
        (  # "byl o ... vyšší": was ... higher
            f"{_EXP} byl v roce 2030 o 5 % vyšší.",
            {("exports", "CZE", "CHN", *_YEAR, 5.0, "percent")},
        ),
        (  # "nižší": lower
            f"{_IMP} byl v roce 2030 o 6 % nižší.",
            {("imports", "CZE", "CHN", *_YEAR, -6.0, "percent")},
        ),
        (  # "představovala": amounted to (feminine)
            "Obchodní výměna mezi Českem a Čínou v roce 2030 představovala 9,3 mld. dolarů.",
            {("turnover", "CZE", "CHN", *_YEAR, 9.3e9, "USD")},
        ),
    ],
)
def test_change_and_level_verbs(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("czech", "english"),
    [
        ("přesáhl 200 miliard korun", "exceeded 200 billion koruna"),
        ("překročila 3 mld. eur", "exceeded 3 billion euros"),
        ("převýšily", "exceeded"),
        ("vyskočil o 30 %", "jumped by 30 %"),
        ("dosahovala", "reached"),
        ("dosáhne", "will reach"),
        ("tvořil 41,2 mld. Kč", "amounted to 41.2 billion koruna"),
        ("tvořily", "amounted to"),
        ("se pohyboval na úrovni 38 mld. Kč", "stood at the level of 38 billion koruna"),
        (  # went from X to Y
            "stoupl z 30,5 mld. Kč na 41,7 mld. Kč",
            "rose from 30.5 billion koruna to 41.7 billion koruna",
        ),
    ],
)
def test_verb_forms_gloss(czech: str, english: str) -> None:
    assert gloss(czech, "cs") == english


# --- time ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "vloni": last year (colloquial "loni")
            "Obchodní obrat mezi Českem a Čínou vloni činil 5,1 mld. dolarů.",
            {("turnover", "CZE", "CHN", *_YEAR, 5.1e9, "USD")},
        ),
        (  # "v minulém roce"
            f"{_EXP} v minulém roce vzrostl o 3,2 %.",
            {("exports", "CZE", "CHN", *_YEAR, 3.2, "percent")},
        ),
        (  # "za minulý rok"
            f"{_EXP} za minulý rok činil 40 mld. Kč.",
            {("exports", "CZE", "CHN", *_YEAR, 40e9, "CZK")},
        ),
        (  # "předloni": the year before last
            f"{_EXP} předloni činil 35 mld. Kč.",
            {("exports", "CZE", "CHN", "2029-01-01", "2029-12-31", 35e9, "CZK")},
        ),
        (  # "od začátku letošního roku": since the beginning of this year
            f"{_EXP} od začátku letošního roku vzrostl o 10 %.",
            {("exports", "CZE", "CHN", *_THIS, 10.0, "percent")},
        ),
        (  # "ve stejném období minulého roku": in the same period last year
            f"{_EXP} ve stejném období minulého roku činil 17 mld. Kč.",
            {("exports", "CZE", "CHN", *_YEAR, 17e9, "CZK")},
        ),
        (  # "o rok dříve": a year earlier, after a year
            f"{_EXP} v roce 2030 tvořil 41,2 mld. Kč, o rok dříve 33 mld. Kč.",
            {
                ("exports", "CZE", "CHN", *_YEAR, 41.2e9, "CZK"),
                ("exports", "CZE", "CHN", "2029-01-01", "2029-12-31", 33e9, "CZK"),
            },
        ),
        (  # "v prvních dvou měsících": the locative of the first N months
            f"{_EXP} v prvních dvou měsících roku 2030 vzrostl o 4 %.",
            {("exports", "CZE", "CHN", "2030-01-01", "2030-02-28", 4.0, "percent")},
        ),
        (  # "v prvních osmi měsících"
            f"{_EXP} v prvních osmi měsících roku 2030 vzrostl o 4 %.",
            {("exports", "CZE", "CHN", "2030-01-01", "2030-08-31", 4.0, "percent")},
        ),
        (  # "za první tři měsíce": the accusative of 2-4
            f"{_EXP} za první tři měsíce roku 2030 vzrostl o 4 %.",
            {("exports", "CZE", "CHN", "2030-01-01", "2030-03-31", 4.0, "percent")},
        ),
        (  # "za prvních šest měsíců letošního roku": of this year
            f"{_EXP} za prvních šest měsíců letošního roku vzrostl o 3 %.",
            {("exports", "CZE", "CHN", "2031-01-01", "2031-06-30", 3.0, "percent")},
        ),
        (  # "v prvních třech čtvrtletích 2030": the first three quarters, no "roku"
            f"{_EXP} v prvních třech čtvrtletích 2030 vzrostl o 4 %.",
            {("exports", "CZE", "CHN", "2030-01-01", "2030-09-30", 4.0, "percent")},
        ),
        (  # "za 1. čtvrtletí"
            f"{_EXP} za 1. čtvrtletí 2030 vzrostl o 4 %.",
            {("exports", "CZE", "CHN", "2030-01-01", "2030-03-31", 4.0, "percent")},
        ),
        (  # "ve druhém kvartálu"
            f"{_EXP} ve druhém kvartálu 2030 vzrostl o 4 %.",
            {("exports", "CZE", "CHN", "2030-04-01", "2030-06-30", 4.0, "percent")},
        ),
        (  # "v první polovině roku"
            f"{_EXP} v první polovině roku 2030 vzrostl o 4 %.",
            {("exports", "CZE", "CHN", "2030-01-01", "2030-06-30", 4.0, "percent")},
        ),
        (  # "leden až červen": January to June
            f"{_EXP} za leden až červen 2030 vzrostl o 3,2 %.",
            {("exports", "CZE", "CHN", "2030-01-01", "2030-06-30", 3.2, "percent")},
        ),
        (  # "v letech 2027 až 2030": between 2027 and 2030
            f"{_EXP} v letech 2027 až 2030 činil 150 mld. Kč.",
            {("exports", "CZE", "CHN", "2027-01-01", "2030-12-31", 150e9, "CZK")},
        ),
    ],
)
def test_time_words(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected


def test_the_previous_year_and_year_on_year_gloss() -> None:
    assert gloss("oproti předchozímu roku", "cs") == "compared with the previous year"
    assert gloss("v meziročním srovnání", "cs") == "year on year"
    assert gloss("ve fiskálním roce 2030", "cs") == "in fiscal year 2030"
    assert gloss("od roku 2020 do roku 2030", "cs") == "from 2020 to 2030"
    assert gloss("v období od ledna do září", "cs") == "in the period from January to September"


# --- flows and measures -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "obchodní výměna"
            "Obchodní výměna mezi Českem a Čínou v roce 2030 dosáhla 13 mld. dolarů.",
            {("turnover", "CZE", "CHN", *_YEAR, 13e9, "USD")},
        ),
        (  # "zboží za ... Kč": goods worth, "vloni"
            "Česko vloni vyvezlo do Číny zboží za 41 mld. Kč.",
            {("exports", "CZE", "CHN", *_YEAR, 41e9, "CZK")},
        ),
    ],
)
def test_flows_and_measures(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected


def test_balance_words_gloss() -> None:
    assert gloss("přebytek obchodní bilance", "cs") == "trade surplus"
    assert gloss("schodku obchodní bilance", "cs") == "trade deficit"
    assert gloss("aktivní saldo", "cs") == "surplus"
    assert gloss("tržby z vývozu", "cs") == "export earnings"


@pytest.mark.parametrize(
    ("czech", "english"),
    [
        ("objem vzájemného obchodu", "bilateral trade volume"),
        ("zboží v hodnotě 42 mld. Kč", "goods worth 42 billion koruna"),
        ("vývoz zboží a služeb", "exports of goods and services"),
        ("přímých investic", "direct investment"),
    ],
)
def test_flow_words_gloss(czech: str, english: str) -> None:
    assert gloss(czech, "cs") == english


# --- sides --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "mezi oběma zeměmi": between the two countries, "vloni"
            "Obchodní obrat mezi oběma zeměmi vloni činil 5,4 mld. dolarů.",
            {("turnover", "CZE", "CHN", *_YEAR, 5.4e9, "USD")},
        ),
        (  # "vzájemná obchodní výměna"
            "Vzájemná obchodní výměna v roce 2030 vzrostla o 12 %.",
            {("turnover", "CZE", "CHN", *_YEAR, 12.0, "percent")},
        ),
    ],
)
def test_sides(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("czech", "english"),
    [
        ("s touto zemí", "with this country"),
        ("do této země", "to this country"),
        ("s tímto partnerem", "with this partner"),
        ("mezi oběma stranami", "between the two sides"),
        ("bilaterálního obchodu", "bilateral trade"),
    ],
)
def test_side_words_gloss(czech: str, english: str) -> None:
    assert gloss(czech, "cs") == english


# --- hedges and targets -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("czech", "english"),
    [
        ("bezmála 41 mld. Kč", "nearly 41 billion koruna"),
        ("necelých 41 mld. Kč", "almost 41 billion koruna"),
        ("takřka 41 mld. Kč", "almost 41 billion koruna"),
        ("cca 41 mld. Kč", "about 41 billion koruna"),
        ("nejméně 41 mld. Kč", "at least 41 billion koruna"),
    ],
)
def test_hedges_gloss(czech: str, english: str) -> None:
    assert gloss(czech, "cs") == english


_TARGET = ("turnover", "CZE", "CHN", "None", "2035-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "by měl do roku 2035 dosáhnout": should by 2035 reach
            "Vzájemný obchod by měl do roku 2035 dosáhnout 20 mld. dolarů.",
            {(*_TARGET, 20e9, "USD")},
        ),
        (  # "chtějí do roku 2035 zdvojnásobit": want to double by 2035
            "Obě země chtějí do roku 2035 zdvojnásobit vzájemný obchod.",
            {(*_TARGET, 2.0, "times")},
        ),
        (  # "cílem je do roku 2035 zvýšit ... na": the aim is to raise ... to
            "Cílem je do roku 2035 zvýšit vzájemný obchod na 25 mld. dolarů.",
            {(*_TARGET, 25e9, "USD")},
        ),
    ],
)
def test_targets(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected


def test_expected_that_glosses() -> None:
    assert gloss("Očekává se, že", "cs") == "is expected, that"


# --- Slovak (read as Czech) ---------------------------------------------------------------------

_SK = "Slovensko a Nemecko"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "vzrástol", "v minulom roku", "miliardy eur"
            "Vývoz Slovenska do Nemecka v minulom roku vzrástol o 6,5 % na 21,3 miliardy eur.",
            {
                ("exports", "SVK", "DEU", *_YEAR, 6.5, "percent"),
                ("exports", "SVK", "DEU", *_YEAR, 21.3e9, "EUR"),
            },
        ),
        (  # the reflexive "sa" and "v roku"
            "Vývoz Slovenska do Nemecka sa v roku 2030 zvýšil o 5,5 %.",
            {("exports", "SVK", "DEU", *_YEAR, 5.5, "percent")},
        ),
        (  # "vlani", "klesol"
            "Dovoz z Nemecka na Slovensko vlani klesol o 3 %.",
            {("imports", "SVK", "DEU", *_YEAR, -3.0, "percent")},
        ),
        (  # "obchodný obrat so", "v prvom polroku", "dosiahol"
            "Obchodný obrat Slovenska so Nemeckom v prvom polroku 2030 dosiahol 12,4 mld. eur.",
            {("turnover", "SVK", "DEU", "2030-01-01", "2030-06-30", 12.4e9, "EUR")},
        ),
        (  # "za prvých deväť mesiacov", "medziročne stúpol"
            "Vývoz do Nemecka za prvých deväť mesiacov roku 2030 medziročne stúpol o 4 %.",
            {("exports", "SVK", "DEU", "2030-01-01", "2030-09-30", 4.0, "percent")},
        ),
        (  # "v 1. štvrťroku", "predstavoval takmer"
            "Vývoz do Nemecka v 1. štvrťroku 2030 predstavoval takmer 5 mld. eur.",
            {("exports", "SVK", "DEU", "2030-01-01", "2030-03-31", 5e9, "EUR")},
        ),
        (  # "pred rokom": a year earlier
            "Vývoz do Nemecka v roku 2030 predstavoval 12 miliárd eur, pred rokom 11 miliárd eur.",
            {
                ("exports", "SVK", "DEU", *_YEAR, 12e9, "EUR"),
                ("exports", "SVK", "DEU", "2029-01-01", "2029-12-31", 11e9, "EUR"),
            },
        ),
        (  # "vzájomný obchod medzi", "presiahol", "miliárd"
            "Vzájomný obchod medzi Slovenskom a Nemeckom v roku 2030 presiahol 25 miliárd eur.",
            {("turnover", "SVK", "DEU", *_YEAR, 25e9, "EUR")},
        ),
    ],
)
def test_slovak_forms(text: str, expected: set[tuple]) -> None:
    assert _rows(text, _SK) == expected


# --- near misses --------------------------------------------------------------------------------


def test_za_before_a_time_stays_a_time() -> None:
    # "za" before an amount of money is its worth; before a count of years it is no worth
    assert "worth" not in gloss("Firma to postavila za 5 let.", "cs")
    assert "worth" in gloss("zboží za 5 mil. Kč", "cs")


def test_az_before_a_change_is_no_range() -> None:
    # "až o 20 %" (by as much as 20%): "až" stays unread, no "to" before "by"
    assert gloss("vzrostl až o 20 %", "cs") == "rose až by 20 %"


def test_do_roku_after_od_roku_is_a_span_end() -> None:
    # "do roku" alone is a target's "by"; after "od roku 2020" it ends a span
    assert gloss("do roku 2035", "cs") == "by 2035"
    assert "by" not in gloss("od roku 2020 do roku 2030", "cs")


def test_target_year_stays_where_no_modal_precedes() -> None:
    # a deadline not between a modal and its verb is left where it stands
    assert gloss("podepsaly dohodu do roku 2035", "cs") == "podepsaly dohodu by 2035"


def test_so_before_a_lower_case_word_is_no_with() -> None:
    assert "with" not in gloss("Je to so malé.", "cs")
