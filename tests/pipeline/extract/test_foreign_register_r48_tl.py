"""Round 48: Tagalog/Filipino ("tl") glossed, and its trade-news register. Detection by function
words no other glossed language writes ("ang", "ng", "mga", "ay", "noong" ...; "sa" is
Serbo-Croatian too: a Tagalog page was read as "sh"); English words mixed in ("ang Philippine
exports sa South Korea ay lumago ng 16.9 percent"); the verb first ("umabot sa X ang kabuuang
kalakalan ng A at B"); "ng"/"nang" before a change's number is "by"; periods ("sa unang siyam na
buwan ng 2031", "kumpara sa gayunding panahon ng nagdaang taon"). Made-up sentences; near misses
stay unread."""

import pytest

from pipeline.extract.foreign import gloss
from pipeline.extract.page_language import language
from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

# a made-up tail of ordinary Tagalog, so that every sentence is a page of its own language
_TAIL = " Ayon sa mga opisyal, ito ay magpapatuloy hanggang sa susunod na mga buwan kung walang problema."


def _rows(text: str, title: str = "Kalakalan") -> set[tuple]:
    out = figures(f"date 2032-02-10\n{title}\n\n{text}{_TAIL}\n")
    return tuples(out, (*CORE, "status"))


def test_a_tagalog_paragraph_is_tagalog() -> None:
    text = (
        "Sinabi ng kalihim na ang kalakalan ng dalawang bansa ay patuloy na lumalago, at ito ay"
        " magbubukas ng mas maraming oportunidad para sa mga negosyante ng Pilipinas."
    )
    assert language(["Kalakalan ng Pilipinas", text]) == "tl"


def test_a_tagalog_page_with_english_words_is_tagalog() -> None:
    text = (
        "Ayon sa datos ng Department of Trade, ang Philippine exports sa Japan ay tumaas ng 12"
        " percent sa USD4.1 billion mula January hanggang June ngayong taon, kumpara sa"
        " kaparehong panahon noong nakaraang taon."
    )
    assert language(["Exports", text]) == "tl"


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # Serbo-Croatian writes "sa" too
        (
            [
                "Trgovina raste",
                "Izvoz Srbije u Mađarsku porastao je za 12 odsto, a robna razmena sa Kinom koja"
                " je iznosila 3 milijarde evra biće veća nego što se očekivalo godine.",
            ],
            "sh",
        ),
        # Indonesian (Malay) writes "yang", "dan", never "ang", "ng"
        (
            [
                "Ekspor naik",
                "Ekspor Indonesia ke Filipina pada Januari sampai Juni 2031 naik dan nilai"
                " perdagangan kedua negara yang tercatat itu untuk pertama kali dengan rekor.",
            ],
            "id",
        ),
        # Spanish writes "para", "de", "la": none a Tagalog marker
        (
            [
                "Comercio",
                "Las exportaciones de Filipinas a España crecieron un 12% en el primer semestre"
                " y el comercio con Asia no dejó de crecer, según el ministerio.",
            ],
            "es",
        ),
        # English quoting a Filipino name
        (
            [
                "Philippine trade",
                "The Department of Trade said the Philippine exports to Japan rose, and the"
                " agency of Secretary Ang will hold talks with the traders of the region.",
            ],
            None,
        ),
    ],
)
def test_neighbouring_languages_are_not_tagalog(texts: list[str], expected: str | None) -> None:
    assert language(texts) == expected


# --- the register -------------------------------------------------------------------------


def test_english_words_inside_a_tagalog_sentence() -> None:
    text = (
        "Ayon sa datos ng PSA, ang Philippine exports sa Japan ay lumago ng 11.4 percent sa"
        " USD7.2 billion sa unang anim na buwan ng 2031."
    )
    assert _rows(text) == {
        (
            "exports",
            "PHL",
            "JPN",
            "2031-01-01",
            "2031-06-30",
            "pct_change",
            11.4,
            "percent",
            "actual",
        ),
        ("exports", "PHL", "JPN", "2031-01-01", "2031-06-30", "level", 7.2e9, "USD", "actual"),
    }


def test_verb_first_with_the_subject_after_the_amount() -> None:
    text = (
        "Umabot sa mahigit 4.7 bilyong dolyares ang kabuuang kalakalan ng Thailand at Tsina noong"
        " 2031."
    )
    assert _rows(text) == {
        ("turnover", "THA", "CHN", "2031-01-01", "2031-12-31", "level", 4.7e9, "USD", "actual")
    }


def test_a_change_by_ng_and_its_owner_after_the_flow() -> None:
    text = "Sinabi ng ulat na tumaas ng 23.5% ang pagluluwas ng Vietnam sa Pilipinas noong 2031."
    assert _rows(text) == {
        (
            "exports",
            "VNM",
            "PHL",
            "2031-01-01",
            "2031-12-31",
            "pct_change",
            23.5,
            "percent",
            "actual",
        )
    }


def test_a_fall_and_imports_from() -> None:
    text = (
        "Samantala, ang Philippine imports mula Indonesia ay bumaba ng 8 percent sa USD3.4"
        " billion sa unang siyam na buwan ng 2031."
    )
    assert _rows(text) == {
        (
            "imports",
            "PHL",
            "IDN",
            "2031-01-01",
            "2031-09-30",
            "pct_change",
            -8.0,
            "percent",
            "actual",
        ),
        ("imports", "PHL", "IDN", "2031-01-01", "2031-09-30", "level", 3.4e9, "USD", "actual"),
    }


def test_higher_than_the_same_period_of_last_year() -> None:
    text = (
        "Umabot sa 2.6 bilyong dolyares ang kabuuang halaga ng pag-aangkat ng Malaysia mula sa"
        " Tsina noong 2031. Mas mataas ito ng 17.2% kumpara sa gayunding panahon ng nagdaang taon."
    )
    rows = _rows(text)
    assert (
        "imports",
        "MYS",
        "CHN",
        "2031-01-01",
        "2031-12-31",
        "level",
        2.6e9,
        "USD",
        "actual",
    ) in rows
    assert (
        "imports",
        "MYS",
        "CHN",
        "2031-01-01",
        "2031-12-31",
        "pct_change",
        17.2,
        "percent",
        "actual",
    ) in rows


def test_a_month_range_of_this_year() -> None:
    text = (
        "Mula Enero hanggang Marso ngayong taon, ang Philippine exports sa South Korea ay umabot sa"
        " USD1.1 billion."
    )
    assert _rows(text) == {
        ("exports", "PHL", "KOR", "2032-01-01", "2032-03-31", "level", 1.1e9, "USD", "actual")
    }


def test_gloss_of_the_particles() -> None:
    assert gloss("lumago ng16.9 percent", "tl", commas=False) == "grew by 16.9 percent"
    assert gloss("sa unang siyam na buwan ng 2031", "tl", commas=False) == (
        "in the first nine months of 2031"
    )
    assert gloss("ang mga produkto ay tumaas", "tl", commas=False) == "the products rose"
    assert gloss("sa taong 2031", "tl", commas=False) == "in 2031"


# --- near misses ------------------------------------------------------------------------------


def test_a_world_total_is_no_pair() -> None:
    # the Philippines' exports to the world: no partner, no pair figure
    text = "Ang kabuuang Philippine exports ay umabot sa USD78.2 billion noong 2031."
    assert not {r for r in _rows(text) if r[2] not in (None, "", "WLD")}


def test_a_population_is_no_figure() -> None:
    text = "Ang populasyon ng Pilipinas ay umabot sa 118 milyong tao noong 2031."
    assert not _rows(text)


def test_a_share_of_a_product_is_no_trade_level() -> None:
    text = "Ang electronics ay bumubuo ng 56 porsiyento ng Philippine exports sa Japan noong 2031."
    assert not {r for r in _rows(text) if r[5] == "level"}
