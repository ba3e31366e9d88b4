"""Serbian pages in Cyrillic read through the Serbo-Croatian gloss in their Latin
transliteration (``pipeline.extract.serbian_cyrillic``), published against their own Cyrillic.

Every sentence here is made up, in the styles Serbian outlets write trade figures in Cyrillic
("извоз Србије у Мађарску порастао је за 6,5 одсто", "у првих девет месеци 2031. године").
Near misses: Russian, Bulgarian, Ukrainian, Kyrgyz and Macedonian pages (with and without
Macedonian's own letters) are not taken for Serbian; a Latin Serbian page is read as before.
"""

import datetime as dt

from pipeline.extract.foreign import language
from pipeline.extract.page_gloss import gloss_page, page_language
from pipeline.extract.serbian_cyrillic import original_span, serbian_cyrillic, serbian_latin
from tests.pipeline.extract.test_extract import figures

D = dt.date

_SERBIAN = (
    "Извоз Србије у Мађарску је порастао, као што су саопштили из завода који прати податке, "
    "а увоз из Немачке ће бити већи него прошле године, док су цене остале исте."
)


def test_serbian_latin_letters_digraphs_and_positions() -> None:
    names = "Љубљана, ЉУБЉАНА, Џ. Његош: ђ ћ џ ж 12,5%"
    latin, starts = serbian_latin(names)
    assert latin == "Ljubljana, LJUBLJANA, Dž. Njegoš: đ ć dž ž 12,5%"
    # each Latin character points at the Cyrillic one it was written from; a digraph's two
    # letters at their one letter
    assert starts[:3] == (0, 0, 1) and starts[-1] == len(names)
    text = "Извоз Србије износио је 987,4 милиона евра."
    latin, starts = serbian_latin(text)
    s, e = latin.index("987"), latin.index("evra") + 4
    assert latin[s:e] == "987,4 miliona evra"
    begin, end = original_span(starts, s, e)
    assert text[begin:end] == "987,4 милиона евра"
    # a span ending on a digraph's first letter still takes its whole Cyrillic letter
    text = "Љубљана"
    latin, starts = serbian_latin(text)
    assert original_span(starts, 0, 1) == (0, 1) and original_span(starts, 2, 2) == (1, 1)
    # Latin, digits and punctuation are kept as they are
    assert serbian_latin("Izvoz 12 odsto")[0] == "Izvoz 12 odsto"


def test_language_of_a_serbian_cyrillic_page() -> None:
    assert serbian_cyrillic(" " + _SERBIAN.lower() + " ")
    assert language([_SERBIAN]) == "sh"
    # the Latin page is "sh" as before
    assert language([serbian_latin(_SERBIAN)[0]]) == "sh"


def test_other_cyrillic_pages_are_not_serbian() -> None:
    russian = (
        "Экспорт России в Сербию вырос на 12%, как сообщили в службе, которая следит за "
        "данными, а импорт из Германии будет больше, чем в прошлом году, и цены остались прежними."
    )
    bulgarian = (
        "Износът на България за Сърбия се е увеличил с 12%, както съобщиха от института, който "
        "следи данните, а вносът от Германия ще бъде по-голям, отколкото през миналата година."
    )
    ukrainian = (
        "Експорт України до Сербії зріс на 12%, як повідомили у службі, яка стежить за даними, "
        "а імпорт з Німеччини буде більшим, ніж торік, і ціни залишилися такими ж."
    )
    kyrgyz = (
        "Кыргызстан менен Сербиянын ортосундагы соода жүгүртүү 12 пайызга өстү, бул боюнча "
        "улуттук статистика комитети маалымат берди жана экспорт эки эсе болуп көбөйдү."
    )
    # a Russian page naming Serbian people in their own letters ("Јовановић", "Ђорђевић": six
    # of Serbian's letters) stays Russian: its own letters outnumber them tenfold and more
    quoting = russian + " Об этом сказали министры Јовановић и Ђорђевић в Белграде."
    assert language([russian]) == "ru" and language([quoting]) == "ru"
    assert language([bulgarian]) == "bg"
    assert language([kyrgyz]) == "ky"
    for page in (russian, bulgarian, ukrainian, kyrgyz, quoting):
        assert not serbian_cyrillic(" " + page.lower() + " ")
    # Macedonian shares "ј", "љ", "њ", "џ": told by "ќ", "ѓ" or by its words ("во", "со", "е")
    macedonian = (
        "Извозот на Македонија во Србија се зголеми за 12 отсто, како што соопшти заводот кој "
        "ги следи податоците, а увозот од Германија ќе биде поголем, меѓу другото поради цените."
    )
    plain = (
        "Извозот на Македонија во Србија се зголеми за 12 отсто, како што соопшти заводот кој "
        "ги следи податоците, а увозот од Германија е поголем отколку лани, така што цените "
        "се исти. Размената со Србија изнесуваше 1,2 милијарди евра во 2031 година."
    )
    for page in (macedonian, plain):
        assert not serbian_cyrillic(" " + page.lower() + " ")
        assert language([page]) != "sh"


def test_a_serbian_cyrillic_page_is_read_and_published_as_written() -> None:
    body = (
        "Извоз Србије у Аустрију расте већ неколико година, као што су саопштили из завода "
        "који прати податке, а компаније које послују у Аустрији су задовољне.\n"
        "Извоз Србије у Аустрију је у 2031. години порастао за 6,5 одсто на 987,4 милиона евра.\n"
        "Робна размена Србије и Аустрије у првих девет месеци 2031. године износила је 1,6 "
        "милијарди евра."
    )
    out = figures(body)
    got = {
        r.value: (r.flow, r.reporter, r.partner, r.measure, r.unit, r.period_start, r.period_end)
        for r in out.itertuples()
    }
    assert got[987_400_000.0] == (
        "exports", "SRB", "AUT", "level", "EUR", D(2031, 1, 1), D(2031, 12, 31)
    )  # fmt: skip
    assert got[6.5][:4] == ("exports", "SRB", "AUT", "pct_change")
    assert got[1_600_000_000.0][:3] == ("turnover", "SRB", "AUT")
    assert got[1_600_000_000.0][5:] == (D(2031, 1, 1), D(2031, 9, 30))
    # provenance: each figure's text is the page's own Cyrillic at its own offsets
    sentences = body.split("\n")
    texts = {r.value: r.text for r in out.itertuples()}
    assert texts[987_400_000.0] == "987,4 милиона евра"
    assert texts[1_600_000_000.0] == "1,6 милијарди евра"
    for row in out.itertuples():
        assert row.text in sentences[1] + sentences[2]
        assert any(s[row.char_start : row.char_end] == row.text for s in sentences)


def test_gloss_page_keeps_the_transliteration_only_for_cyrillic_sentences() -> None:
    rows = [
        {"sentence_id": "a", "text": _SERBIAN},
        {"sentence_id": "b", "text": "Izvoz je porastao za 3 odsto."},
    ]
    _, glossed, written = gloss_page(None, rows, page_language(None, rows))
    assert written["a"].original == _SERBIAN
    assert written["a"].read == serbian_latin(_SERBIAN)[0]
    assert glossed[0]["text"].startswith("Serbia's exports to Hungary")
    # a sentence written in Latin on the same page is glossed as written, with no
    # transliteration to map back through
    assert written["b"].read is None and written["b"].glossed == "exports rose by 3 percent."
