"""Sentence splitting on made-up text."""

from pipeline.ingest.segment import segment_text, split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_abbreviations_and_decimals_do_not_split() -> None:
    text = "Since Jan. 4 trade rose to $3.75 bn. The No. 2 partner was Mr. Orlov's firm."
    assert sentences(text) == [
        "Since Jan. 4 trade rose to $3.75 bn.",
        "The No. 2 partner was Mr. Orlov's firm.",
    ]


def test_currency_symbols_with_a_stop_do_not_split() -> None:
    # "Rs. 400 crore", "Nu. 5 million": an amount always follows these symbols
    text = "Exports rose to Rs. 1,520 crore. Imports were Nu. 310 million. The hours. 5 came."
    assert sentences(text) == [
        "Exports rose to Rs. 1,520 crore.",
        "Imports were Nu. 310 million.",
        "The hours.",
        "5 came.",
    ]


def test_an_abbreviated_dollar_before_its_issuer_does_not_split() -> None:
    # Russian "млрд долл. США", Ukrainian "млн дол. США": one currency; before another
    # capitalised word the stop still ends the sentence
    text = "Оборот составил 1,2 млрд долл. США. Экспорт вырос до 0,4 млрд долл. Импорт упал."
    assert sentences(text) == [
        "Оборот составил 1,2 млрд долл. США.",
        "Экспорт вырос до 0,4 млрд долл.",
        "Импорт упал.",
    ]
    assert sentences("Обсяг склав 310 млн дол. США, повідомили в уряді.") == [
        "Обсяг склав 310 млн дол. США, повідомили в уряді."
    ]


def test_a_dollar_sign_glued_to_letters_keeps_its_amount() -> None:
    # Bolivian "$us. 1.925 millones" (US dollars); "us." before a capital still ends one
    text = "Sumaron $us. 1.925 millones. He told us. 2030 was good."
    assert sentences(text) == ["Sumaron $us. 1.925 millones.", "He told us.", "2030 was good."]


def test_bullets_and_lines_stand_alone() -> None:
    text = "Goods include:\n  • copper wire,\n- wool blankets.\nEnd."
    assert sentences(text) == ["Goods include:", "copper wire,", "wool blankets.", "End."]


def test_closing_quotes_stay_with_sentence() -> None:
    text = "«Trade will grow,» he said. Then talks began."
    assert sentences(text) == ["«Trade will grow,» he said.", "Then talks began."]


def test_initials_do_not_split() -> None:
    assert sentences("Talks with J. Smith ended. Next.") == ["Talks with J. Smith ended.", "Next."]


def test_offsets_point_into_text() -> None:
    text = "First one here.\n\nSecond one there."
    rows = segment_text("d", text)
    assert [text[r["char_start"] : r["char_end"]] for r in rows] == [r["text"] for r in rows]
    assert [r["position"] for r in rows] == [0, 1]


def test_dotted_abbreviations_do_not_split() -> None:
    assert sentences("Trade rose, U.S. Commerce Department data showed. Next one.") == [
        "Trade rose, U.S. Commerce Department data showed.",
        "Next one.",
    ]


def test_a_stop_glued_to_the_next_sentence_splits() -> None:
    # some wire pages are stored with no space after a full stop
    text = "Trade grew to JOD91 million.According to data, exports fell. The U.S.Army left."
    assert sentences(text) == [
        "Trade grew to JOD91 million.",
        "According to data, exports fell.",
        "The U.S.Army left.",
    ]


def test_scale_abbreviated_before_its_currency_is_no_sentence_end() -> None:
    # "412 Mio. Euro": German-language copy abbreviates the scale with a stop (issue 15 round 10)
    text = "Peru exported 412 Mio. Euro to Austria and 3,1 Mrd. Dollar to Chile. Imports fell."
    assert [r["text"] for r in segment_text("d", text)] == [
        "Peru exported 412 Mio. Euro to Austria and 3,1 Mrd. Dollar to Chile.",
        "Imports fell.",
    ]
    # the same stop before any other word still ends the sentence
    text = "Trade reached $5 bn. Exports rose 4 mln. Investors were upbeat."
    assert [r["text"] for r in segment_text("d", text)] == [
        "Trade reached $5 bn.",
        "Exports rose 4 mln.",
        "Investors were upbeat.",
    ]


def test_a_script_without_capitals_starts_a_sentence_with_any_letter() -> None:
    # Arabic has no capitals: a stop before an Arabic word ends the sentence, as before a capital
    text = "ارتفعت الصادرات بنسبة 7%. وقال الوزير إن التجارة نمت؟ نعم."
    assert sentences(text) == ["ارتفعت الصادرات بنسبة 7%.", "وقال الوزير إن التجارة نمت؟", "نعم."]


def test_near_miss_a_lone_letter_of_a_caseless_script_is_an_abbreviation() -> None:
    # "د." (doctor) before a name, as "Dr." before one; a Latin lower-case word still does not
    # start a sentence
    text = "وقال د. سمير إن الصادرات نمت. and then more."
    assert sentences(text) == [text]


def test_a_german_ordinal_before_a_half_quarter_or_month_does_not_split() -> None:
    # German writes ordinals as digits with a stop; in English copy a number and a stop before
    # another capitalised word still ends the sentence
    text = (
        "Im 1. Halbjahr 2031 sanken die Ausfuhren. Seit dem 5. März stiegen sie im 3. Quartal. "
        "Exports grew by 12. Traders said so."
    )
    assert sentences(text) == [
        "Im 1. Halbjahr 2031 sanken die Ausfuhren.",
        "Seit dem 5. März stiegen sie im 3. Quartal.",
        "Exports grew by 12.",
        "Traders said so.",
    ]


def test_a_scale_abbreviated_mill_or_before_the_schilling_sign_does_not_split() -> None:
    text = "Sie erreichten 10,8 Mrd. S (785 Mill. Euro). Das ist viel. Sie sagten 5 Mio. Sie kamen."
    assert sentences(text) == [
        "Sie erreichten 10,8 Mrd. S (785 Mill. Euro).",
        "Das ist viel.",
        "Sie sagten 5 Mio.",
        "Sie kamen.",
    ]


def test_the_urdu_stop_and_the_indic_danda_end_a_sentence() -> None:
    # Urdu ends a sentence with "۔", Hindi (and Nepali, Marathi, Bengali) with "।", with or
    # without a space before it; a stop inside a number ("2.5") still does not split
    urdu = "تجارت گزشتہ سال 2.5 ارب ڈالر رہی۔ اس سال برآمدات بڑھیں۔"
    assert sentences(urdu) == ["تجارت گزشتہ سال 2.5 ارب ڈالر رہی۔", "اس سال برآمدات بڑھیں۔"]
    hindi = "व्यापार पिछले साल बढ़ा । इस साल निर्यात घटा।"
    assert sentences(hindi) == ["व्यापार पिछले साल बढ़ा ।", "इस साल निर्यात घटा।"]
