"""Extraction rules, each on a made-up article that no seed contains."""

import datetime as dt

import pandas as pd
import pytest

from pipeline.contract.schemas import FiguresSchema
from pipeline.extract.figures import extract_figures
from pipeline.ingest.clean import clean
from pipeline.ingest.segment import segment_text

D = dt.date


def figures(text: str, doc_id: str = "doc") -> pd.DataFrame:
    doc = clean(text)
    documents = pd.DataFrame(
        [
            {
                "doc_id": doc_id,
                "status": "ok",
                "text": doc.text,
                "published": doc.published,
                "title": doc.title,
            }
        ]
    )
    sentences = pd.DataFrame(segment_text(doc_id, doc.text))
    out = extract_figures(documents, sentences)
    FiguresSchema.validate(out)
    return out


def sources(text: str) -> dict[float, object]:
    """Each figure's value -> its ``source_country`` (the attribution tests' view)."""
    return {float(r["value"]): r["source_country"] for r in figures(text).to_dict("records")}


def keyed_rows(text: str) -> list[tuple[str, str, str, str, str, float]]:
    """(flow, reporter, partner, period_start, measure, value) of each figure of ``text`` set
    in a page dated 2031-03-01 under the title "Trade" (the glossed-language tests' view)."""
    out = figures(f" date 2031-03-01\nTrade\n\n{text}\n")
    return [
        (
            r["flow"],
            r["reporter"],
            r["partner"],
            str(r["period_start"]),
            r["measure"],
            float(r["value"]),
        )
        for r in out.to_dict("records")
    ]


def only(text: str) -> dict:
    out = figures(text)
    assert len(out) == 1, out.to_string()
    return out.iloc[0].to_dict()


def test_turnover_level_with_change_and_source() -> None:
    out = figures(
        "date 2031-04-02\nAccording to Uzbekistan's statistics agency, trade between Uzbekistan and "
        "Tajikistan reached $1.62 billion in 2030, up 9.4 percent."
    )
    assert list(out["measure"]) == ["level", "pct_change"]
    assert set(out["flow"]) == {"turnover"}
    assert set(out["source_country"]) == {"UZB"}
    assert {frozenset((r, p)) for r, p in zip(out["reporter"], out["partner"], strict=True)} == {
        frozenset({"UZB", "TJK"})
    }
    assert list(out["period_start"]) == [D(2030, 1, 1)] * 2


def test_decrease_is_negative() -> None:
    row = figures(
        "date 2031-01-10\nTrade between Mongolia and Japan fell by 6.2% in 2030 to $0.9 billion."
    ).iloc[0]
    assert (row["measure"], row["value"]) == ("pct_change", -6.2)


def test_abs_change_and_multiple_inherit_flow_and_period() -> None:
    out = figures(
        "date 2031-05-05\nIn 2030, exports from Georgia to Armenia amounted to $310 million, "
        "an increase of $45 million compared to the previous year, which is 3 times more than in 2027."
    )
    assert list(out["measure"]) == ["level", "abs_change", "multiple"]
    assert set(out["flow"]) == {"exports"}
    assert set(out["period_end"]) == {D(2030, 12, 31)}
    assert set(out["reporter"]) == {"GEO"} and set(out["partner"]) == {"ARM"}


def test_flow_attached_after_amount_and_of_which() -> None:
    out = figures(
        "date 2031-07-01\nTrade between Turkey and Azerbaijan totaled $4.4 billion in January–May 2031, "
        "of which $3.1 billion is exports from Turkey and $1.3 billion – imports."
    )
    assert list(out["flow"]) == ["turnover", "exports", "imports"]
    assert set(out["period_end"]) == {D(2031, 5, 31)}
    imports = out.iloc[2]
    assert (imports["reporter"], imports["partner"]) == ("TUR", "AZE")


def test_possessive_and_destination_set_direction() -> None:
    row = only("date 2031-02-01\nGermany's exports to Uzbekistan rose to €820 million in 2030.")
    assert (row["flow"], row["reporter"], row["partner"], row["unit"]) == (
        "exports",
        "DEU",
        "UZB",
        "EUR",
    )


def test_imports_from_partner() -> None:
    row = only("date 2031-02-01\nKazakhstan's imports from Turkey reached $2.9 billion in 2030.")
    assert (row["flow"], row["reporter"], row["partner"]) == ("imports", "KAZ", "TUR")


def test_investment_recipient_is_reporter() -> None:
    row = only(
        "date 2031-03-03\nIn 2030, Turkish companies invested nearly $120 million in Georgia."
    )
    assert (row["flow"], row["reporter"], row["partner"], row["approx"]) == (
        "investment",
        "GEO",
        "TUR",
        True,
    )


def test_two_countries_resolved_from_document() -> None:
    row = only(
        "date 2031-06-06\nThe presidents of Armenia and Georgia met in Tbilisi.\n\n"
        "Trade between the two countries amounted to $1.1 billion last year."
    )
    assert {row["reporter"], row["partner"]} == {"ARM", "GEO"}
    assert (row["period_start"], row["period_end"]) == (D(2030, 1, 1), D(2030, 12, 31))


def test_implausible_thousands_read_as_decimal_comma() -> None:
    row = only("date 2031-06-06\nTrade between Mongolia and Russia reached $2,715 billion in 2030.")
    assert row["value"] == pytest.approx(2.715e9)


def test_target_with_horizon_and_restatement_merged() -> None:
    out = figures(
        "date 2031-09-01\nArmenia and Iran plan to bring mutual trade to $3 billion by 2035. "
        "The ministers confirmed the goal of increasing trade to three billion dollars."
    )
    assert len(out) == 1
    row = out.iloc[0]
    assert (row["status"], row["period_start"], row["period_end"]) == (
        "target",
        None,
        D(2035, 12, 31),
    )


@pytest.mark.parametrize(
    ("text", "column", "expected"),
    [
        pytest.param(
            "date 2031-09-01\nExports from Mongolia to China increased to $9.5 billion in 2030.",
            "status",
            "actual",
            id="actual_is_not_target",
        ),
        pytest.param(
            "date 2031-01-20\nChina's customs said trade with Mongolia reached $17.4 billion in 2030.",
            "source_country",
            "CHN",
            id="customs_attribution",
        ),
        pytest.param(
            "date 2031-03-01\nNorway's exports to the EU reached €9.4 billion in 2030, of which oil and gas made up most.",
            "scope",
            "total",
            id="sector_in_a_later_clause_is_not_the_scope",
        ),
    ],
)
def test_one_figure_field(text: str, column: str, expected: object) -> None:
    """Articles stating one figure: the field a rule sets."""
    assert only(text)[column] == expected


@pytest.mark.parametrize(
    ("text", "column", "expected"),
    [
        pytest.param(
            "date 2031-10-10\nPrime Minister of Armenia Aram Petrosyan met Georgian Prime Minister Nika Beridze.\n\n"
            "Aram Petrosyan noted the progress.\n\n"
            "According to him, trade between the countries reached $720 million in 2030.\n\n"
            "Nika Beridze said cooperation is deepening. He noted that trade reached $0.8 billion in 2030.",
            "source_country",
            ["ARM", "GEO"],
            id="pronoun_attribution_follows_last_person",
        ),
        pytest.param(
            "date 2031-07-07\nTrade between Moldova and Ukraine reached $910 million in 2030. "
            "Buses between Chisinau and Odesa run 6 times a day.",
            "measure",
            ["level"],
            id="frequency_is_not_a_multiple",
        ),
        pytest.param(
            "date 2031-03-01\nGeorgia's exports of fruit to Armenia rose 6.5 percent to $48 million in 2030.",
            "scope",
            ["agriculture", "agriculture"],
            id="scope_from_own_clause_and_inherited_in_sentence",
        ),
        pytest.param(
            "date 2031-05-05\nArmenian Minister of Economy, Industry and Trade Gevorg Sargsyan met Iranian officials.\n\n"
            "The minister noted that trade between Armenia and Iran reached $720 million in 2030.",
            "source_country",
            ["ARM"],
            id="person_with_long_title_resolves_later_pronoun",
        ),
        pytest.param(
            "date 2031-03-03\nPeruvian Minister of Trade Ana Quispe met Chilean Ambassador to Peru Jorge Soto.\n\n"
            "According to the minister, trade between Peru and Chile reached $4.1 billion in 2030. "
            "Chilean companies invested $300 million in Peru last year, she said.",
            "source_country",
            ["PER", "PER"],
            id="role_noun_resolves_to_the_person_with_that_title",
        ),
        pytest.param(
            "date 2031-03-03\nTrade between Kenya and Tanzania reached $1.2 billion in 2030, according to KNBS, "
            "the Kenya National Bureau of Statistics. Tanzania's customs, meanwhile, reported trade of $1.5 billion.",
            "source_country",
            ["KEN", "TZA"],
            id="asides_and_appositives_do_not_hide_the_speaker",
        ),
    ],
)
def test_figure_column(text: str, column: str, expected: list) -> None:
    """Articles stating several figures (or noise around one): a column over all of them."""
    assert list(figures(text)[column]) == expected


def test_approx_qualifier_immediately_before() -> None:
    row = only("date 2031-09-01\nTrade between India and Iran was about $2.3 billion in 2030.")
    assert row["approx"] is True or row["approx"] == True  # noqa: E712


def test_undated_current_year_inferred_from_full_year_actual() -> None:
    out = figures(
        "Trade between Iran and Turkey reached $6.1 billion in 2028. "
        "The sides set a trade target of $8 billion for the current year."
    )
    target = out[out["status"] == "target"].iloc[0]
    assert target["period_start"] == D(2029, 1, 1)
    assert "inferred" in target["period_note"]


def test_undated_relative_period_stays_null_with_reason() -> None:
    row = only("Trade between Iran and Turkey reached $6.1 billion last year.")
    assert row["period_start"] is None
    assert "no date header" in row["period_note"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Trade between Georgia and Armenia includes 45,000 tonnes of wheat and 300 trucks per day.",
        "Exports to Turkey account for 23.4% of total exports of Georgia.",
        "Read also: Georgia and Armenia signed 12 agreements in 2030.",
        "Call +995 32 212 3456 for trade information.",
        "The 2030 trade fair in Tbilisi drew 4,500 participants from 14 schools.",
    ],
)
def test_non_trade_numbers_are_not_figures(sentence: str) -> None:
    assert figures(f"date 2031-01-01\n{sentence}").empty


def test_figure_ids_are_stable() -> None:
    text = "date 2031-01-01\nTrade between Georgia and Armenia reached $1.4 billion in 2030."
    assert list(figures(text)["figure_id"]) == list(figures(text)["figure_id"])


def test_follow_up_change_refers_to_previous_figure() -> None:
    out = figures(
        "date 2031-07-07\nTrade between Moldova and Ukraine reached $910 million in the first half of 2031. "
        "That is $85 million more than in the same period of 2030."
    )
    change = out.iloc[1]
    assert (change["measure"], change["value"], change["flow"]) == ("abs_change", 85e6, "turnover")
    assert (change["period_start"], change["period_end"]) == (D(2031, 1, 1), D(2031, 6, 30))


def test_change_base_after_from_is_not_the_period() -> None:
    row = figures(
        "date 2031-03-01\nTrade between Iran and Iraq fell to $9.1 billion in 2030, down 4 percent from 2029."
    ).iloc[1]
    assert (row["measure"], row["value"], row["period_start"]) == (
        "pct_change",
        -4.0,
        D(2030, 1, 1),
    )


def test_double_as_target_multiple() -> None:
    row = only("date 2031-05-05\nIran plans to double exports to Armenia by 2034.")
    assert (row["measure"], row["value"], row["status"], row["period_end"]) == (
        "multiple",
        2.0,
        "target",
        D(2034, 12, 31),
    )


def test_dateline_country_owns_unnamed_institutions() -> None:
    row = only(
        "date 2031-02-02\nSEOUL, Feb. 2 (Yonhap) -- Trade between South Korea and Chile rose to $9.8 billion "
        "in 2030, the Korea Customs Service said."
    )
    assert row["source_country"] == "KOR"
    row = only(
        "date 2031-02-02\nLIMA, Feb. 2 -- Trade with Chile reached $4.4 billion in 2030, data from the customs "
        "administration showed."
    )
    assert (row["source_country"], {row["reporter"], row["partner"]}) == ("PER", {"PER", "CHL"})


def test_joint_statement_has_no_side() -> None:
    out = figures(
        "date 2031-02-02\nTurkish Trade Minister Emre Kaya visited Oman.\n\n"
        "Oman and Turkey pledged to lift trade to $5 billion by 2034, according to a joint statement. "
        "Trade between the two countries stood at $2.2 billion in 2030."
    )
    assert list(out["source_country"].isna()) == [True, True]
    assert list(out["status"]) == ["target", "actual"]


def test_national_totals_balances_and_read_also_are_not_figures() -> None:
    out = figures(
        "date 2031-03-03\nTrade between Spain and Morocco reached €21 billion in 2030. "
        "Spain's total foreign trade turnover reached €880 billion. "
        "Spain's trade surplus with Morocco widened to €3.1 billion.\n"
        "Read also: Morocco and France eye €20 billion in trade"
    )
    assert list(out["value"]) == [21e9]


def test_baseline_of_a_target_is_an_actual() -> None:
    out = figures(
        "date 2031-03-03\nGhana and Senegal aim to raise trade to $900 million within four years, up from "
        "about $410 million last year."
    )
    assert list(out["status"]) == ["target", "actual"]
    assert out.iloc[0]["period_end"] == D(2035, 12, 31)
    assert (out.iloc[1]["approx"], out.iloc[1]["period_start"]) == (True, D(2030, 1, 1))


def test_pronouns_for_the_previous_figure() -> None:
    out = figures(
        "date 2031-03-03\nTrade between Chile and Peru fell to $3.8 billion in 2030. "
        "In 2029 it had stood at $4.2 billion. He said the figure was 9.5 percent lower than a year earlier."
    )
    assert list(zip(out["flow"], out["measure"], out["period_start"], strict=True)) == [
        ("turnover", "level", D(2030, 1, 1)),
        ("turnover", "level", D(2029, 1, 1)),
        ("turnover", "pct_change", D(2029, 1, 1)),
    ]
    assert out.iloc[2]["value"] == -9.5


def test_currency_names_are_not_parties_and_descriptions_not_sectors() -> None:
    row = only(
        "date 2031-01-05\nIn U.S. dollar terms, imports of Chile from Peru, mainly copper ore, "
        "reached 2.2 billion dollars in 2030."
    )
    assert ({row["reporter"], row["partner"]}, row["scope"]) == ({"CHL", "PER"}, "total")


def test_cross_year_months_single_month_and_spelled_fold() -> None:
    out = figures(
        "date 2031-10-20\nTrade between India and Oman was $9 billion in April 2029 – March 2030. "
        "In September alone, trade between India and Oman came to $0.8 billion. "
        "India plans to increase exports to Oman two-fold by 2035."
    )
    assert [(r.period_start, r.period_end) for r in out.itertuples()] == [
        (D(2029, 4, 1), D(2030, 3, 31)),
        (D(2031, 9, 1), D(2031, 9, 30)),
        (None, D(2035, 12, 31)),
    ]
    assert out.iloc[2]["value"] == 2.0


def _six_documents() -> tuple[pd.DataFrame, pd.DataFrame]:
    texts = [
        f"date 2031-0{i % 9 + 1}-01\nTrade between Chile and Peru reached ${i}.5 billion in 2030, up {i} percent."
        for i in range(1, 7)
    ]
    docs = [clean(t) for t in texts]
    documents = pd.DataFrame(
        [
            {
                "doc_id": f"d{i}",
                "status": "ok",
                "text": d.text,
                "published": d.published,
                "title": d.title,
            }
            for i, d in enumerate(docs)
        ]
    )
    sentences = pd.DataFrame(
        [row for i, d in enumerate(docs) for row in segment_text(f"d{i}", d.text)]
    )
    return documents, sentences


def test_parallel_extraction_gives_the_same_figures(monkeypatch) -> None:
    import pipeline.extract.figures as figures

    monkeypatch.setattr(figures, "PARALLEL_MIN_DOCUMENTS", 2)
    documents, sentences = _six_documents()
    serial = extract_figures(documents, sentences, workers=1)
    parallel = extract_figures(documents, sentences, workers=2)
    assert len(serial) == 12
    pd.testing.assert_frame_equal(serial, parallel)


def test_extraction_in_batches_gives_the_same_figures(monkeypatch) -> None:
    """Round 51: a full run reads the sentences of a batch of documents at a time (one pool
    for all batches); the frame equals one call's, serial or parallel, the failures too."""
    import pipeline.extract.figures as figures
    from pipeline.extract.figures import extract_figures_in_batches

    monkeypatch.setattr(figures, "PARALLEL_MIN_DOCUMENTS", 2)
    documents, sentences = _six_documents()
    documents.loc[1, "status"] = "failed"  # not extracted, in a batch or not
    asked: list[list[str]] = []

    def sentences_of(some: pd.DataFrame) -> pd.DataFrame:
        asked.append(list(some["doc_id"]))
        return sentences[sentences["doc_id"].isin(some["doc_id"])].reset_index(drop=True)

    whole = extract_figures(documents, sentences, workers=1)
    assert len(whole) == 10
    for workers in (1, 2):
        asked.clear()
        batched = extract_figures_in_batches(documents, sentences_of, workers, batch=2)
        assert asked == [["d0", "d2"], ["d3", "d4"], ["d5"]]
        pd.testing.assert_frame_equal(whole, batched)
    asked.clear()  # as many documents as a batch or fewer: one call of extract_figures
    pd.testing.assert_frame_equal(whole, extract_figures_in_batches(documents, sentences_of, 2))
    assert asked == [["d0", "d2", "d3", "d4", "d5"]]


def test_extraction_workers_are_capped_by_the_cores(monkeypatch) -> None:
    """Issue 19, item 6: ``TRADEFACTS_WORKERS=1000`` started 290 processes and took 12 GB."""
    import os

    import pipeline.extract.figures as figures

    started: list[int] = []

    class Inline:
        """Records the pool size asked for and runs the chunks here."""

        def __init__(self, max_workers: int, mp_context: object) -> None:
            started.append(max_workers)

        def __enter__(self):
            return self

        def __exit__(self, *exc: object) -> None:
            return None

        def map(self, fn, chunks):
            return map(fn, chunks)

    monkeypatch.setattr(figures, "PARALLEL_MIN_DOCUMENTS", 2)
    import pipeline.processes as processes

    monkeypatch.setattr(processes, "ProcessPoolExecutor", Inline)
    documents, sentences = _six_documents()
    assert len(extract_figures(documents, sentences, workers=1000)) == 12
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert all(n <= (cores or 1) for n in started), started
    assert started or (cores or 1) == 1  # a pool was started where there are cores for one


def test_parallel_chunk_without_figures_joins_like_serial(monkeypatch) -> None:
    """Round 52: both extraction paths join the workers' parts in one helper; a worker's chunk
    without figures (an empty frame of object columns) leaves the dtypes and rows of the serial
    frame, in the whole-corpus path as in the batched one."""
    import warnings

    import pipeline.extract.figures as figures
    from pipeline.extract.figures import extract_figures_in_batches

    monkeypatch.setattr(figures, "PARALLEL_MIN_DOCUMENTS", 2)
    documents, sentences = _six_documents()
    quiet = "The delegation visited the port and met exporters."
    for doc in ("d3", "d4", "d5"):  # the second half: no figures
        documents.loc[documents["doc_id"] == doc, "text"] = quiet
    sentences = pd.concat(
        [
            sentences[~sentences["doc_id"].isin(["d3", "d4", "d5"])],
            pd.DataFrame([r for d in ("d3", "d4", "d5") for r in segment_text(d, quiet)]),
        ],
        ignore_index=True,
    )
    serial = extract_figures(documents, sentences, workers=1)
    assert len(serial) == 6
    with warnings.catch_warnings():
        warnings.simplefilter("error", FutureWarning)  # pandas: concatenating empty frames
        parallel = extract_figures(documents, sentences, workers=2)
        batched = extract_figures_in_batches(
            documents,
            lambda some: sentences[sentences["doc_id"].isin(some["doc_id"])],
            2,
            batch=3,
        )
    pd.testing.assert_frame_equal(serial, parallel)
    pd.testing.assert_frame_equal(serial, batched)


def test_next_batch_is_read_while_the_workers_extract_the_previous(monkeypatch) -> None:
    """Round 59: the batched path hands a batch's chunks to the pool and reads the next batch
    before it waits for the previous batch's results, so the workers never wait for a read or
    for the slowest chunk of a batch; the frame is still the one call's, in document order."""
    from concurrent.futures import Future

    import pipeline.extract.figures as figures
    from pipeline.extract.figures import extract_figures_in_batches

    documents, sentences = _six_documents()
    whole = extract_figures(documents, sentences, workers=1)
    monkeypatch.setattr(figures, "_workers", lambda workers, documents: 2)  # one core or more
    events: list[tuple[str, tuple[str, ...]]] = []

    class Recorded(Future):
        def __init__(self, docs: tuple[str, ...], value: object) -> None:
            super().__init__()
            self.docs = docs
            self.set_result(value)

        def result(self, timeout: float | None = None) -> object:
            events.append(("await", self.docs))
            return super().result(timeout)

    class Pool:
        """Extracts a chunk here when it is handed over; records hand-overs and awaits."""

        def __enter__(self):
            return self

        def __exit__(self, *exc: object) -> None:
            return None

        def submit(self, fn, chunk):
            docs = tuple(doc_id for doc_id, *_ in chunk)
            events.append(("submit", docs))
            return Recorded(docs, fn(chunk))

    monkeypatch.setattr(figures, "_pool", lambda workers: Pool())

    def sentences_of(some: pd.DataFrame) -> pd.DataFrame:
        events.append(("read", tuple(some["doc_id"])))
        return sentences[sentences["doc_id"].isin(some["doc_id"])].reset_index(drop=True)

    batched = extract_figures_in_batches(documents, sentences_of, 2, batch=3)
    pd.testing.assert_frame_equal(whole, batched)
    assert events == [
        ("read", ("d0", "d1", "d2")),
        *[("submit", (d,)) for d in ("d0", "d1", "d2")],  # 3 documents, chunks of one
        ("read", ("d3", "d4", "d5")),  # read before the first batch is awaited
        *[("submit", (d,)) for d in ("d3", "d4", "d5")],
        *[("await", (d,)) for d in ("d0", "d1", "d2")],  # then awaited in order
        *[("await", (d,)) for d in ("d3", "d4", "d5")],
    ]
