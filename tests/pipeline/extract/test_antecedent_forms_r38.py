"""Round 38 (the fresh pages' kinds, hi01 and hi02): a pronoun after a directed topic sentence
with no figure ("They went from X in 2029 to Y in 2030", "In 2030 they amounted to"), the
French pronoun with its verb ("il s'est élevé à", "elles sont passées de" glossed "it amounted
to", "they went from"), a body's name that is no flow ("figures of the Ministry of Trade"), and
a from-to pair whose first amount has its own year between ("from 18.7 billion in 2029 to 70.0
billion CFA francs in 2030"). Made-up pages; near misses keep their reading."""

from tests.pipeline.extract.test_extract import figures

_HEAD = "date 2031-02-01\nPeru and Senegal\n\n"


def _rows(text: str) -> set[tuple]:
    return {
        (r.flow, r.reporter, r.partner, r.value, str(r.period_start))
        for r in figures(_HEAD + text).itertuples()
    }


def test_they_after_a_fronted_year_follow_a_directed_topic() -> None:
    got = _rows("Peru's exports to Senegal grew strongly. In 2030 they amounted to $70 million.\n")
    assert got == {("exports", "PER", "SEN", 70e6, "2030-01-01")}


def test_they_went_from_past_a_bodys_name_follow_a_directed_topic() -> None:
    got = _rows(
        "Peru's exports to Senegal grew strongly. According to figures of the Ministry of Trade "
        "made public Monday, they went from $18.7 million in 2029 to $70.0 million in 2030.\n"
    )
    assert got == {
        ("exports", "PER", "SEN", 18.7e6, "2029-01-01"),
        ("exports", "PER", "SEN", 70e6, "2030-01-01"),
    }


def test_a_first_amount_with_its_own_year_takes_the_seconds_currency() -> None:
    got = _rows(
        "Senegal's exports to Peru rose from 18.7 billion in 2029 to 70.0 billion CFA francs in "
        "2030.\n"
    )
    assert got == {
        ("exports", "SEN", "PER", 18.7e9, "2029-01-01"),
        ("exports", "SEN", "PER", 70e9, "2030-01-01"),
    }


def test_a_bare_number_with_its_own_year_is_no_amount() -> None:
    # near miss: "from 18 in 2029" has no scale of its own to lean on
    got = _rows(
        "Senegal's exports to Peru rose from 18 in 2029 to 70 billion CFA francs in 2030.\n"
    )
    assert got == {("exports", "SEN", "PER", 70e9, "2030-01-01")}


def test_french_il_s_est_eleve_a_follows_the_pair_trade() -> None:
    got = _rows(
        "Dakar. Le commerce entre le Pérou et le Sénégal progresse nettement depuis quelques "
        "années. En 2030, il s'est élevé à 2,2 milliards de dollars, selon l'ambassadeur.\n"
    )
    assert {(r[0], r[3], r[4]) for r in got} == {("turnover", 2.2e9, "2030-01-01")}, got


def test_french_elles_sont_passees_de_follow_the_exports() -> None:
    got = _rows(
        "Dakar. Les exportations du Sénégal vers le Pérou ont fortement progressé. Selon des "
        "chiffres du ministère sénégalais du Commerce, elles sont passées de 18,7 milliards en "
        "2029 à 70,0 milliards de F CFA en 2030.\n"
    )
    assert got == {
        ("exports", "SEN", "PER", 18.7e9, "2029-01-01"),
        ("exports", "SEN", "PER", 70e9, "2030-01-01"),
    }


def test_a_trade_word_beside_a_body_still_names_the_flow() -> None:
    # near miss: "bilateral trade" is the flow; the ministry's name is not the last trigger
    got = _rows(
        "The Ministry of Trade said bilateral trade between Peru and Senegal reached $90 million "
        "in 2030.\n"
    )
    assert {(r[0], r[3]) for r in got} == {("turnover", 90e6)}
