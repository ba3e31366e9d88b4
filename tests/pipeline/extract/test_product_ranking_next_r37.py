"""Round 37: a ranking of products that goes on in a sentence of its own ("Garments were the
largest export at $4.6bn. It was followed by machinery ($2.7bn), wood products ($2.2bn) and
steel ($1.4bn)", "Next came ..."): each item that names a sector is a figure of the ranked
flow, pair and period; an item that names none is a product of its own (no row); after a
sentence that ranks a flow's products without a sector figure ("The largest import was
electronics at $8.4bn") the items take that flow. The Japanese customs-digest list "これに
◆機械設備=26億ドル◆木材=21億ドル――が続く" is glossed so. "It was followed by" is no pronoun
for an older figure. Made-up sentences."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, title: str = "Vietnam and Japan") -> set[tuple]:
    out = figures(f"date 2031-01-20\n{title}\n{text}\n")
    return {(r.flow, r.scope, r.value) for r in out.itertuples()}


_LEAD = "Vietnam's exports to Japan reached $26.8 billion in 2030. "


def test_a_product_ranking_goes_on_in_the_next_sentence() -> None:
    got = _rows(
        _LEAD + "Garments were the largest export at $4.6 billion. It was followed by machinery"
        " ($2.7 billion), transport equipment ($2.4 billion) and iron and steel ($1.4 billion)."
    )
    assert ("exports", "machinery", 2.7e9) in got
    assert ("exports", "metals", 1.4e9) in got
    assert not any(r[2] == 2.4e9 for r in got)  # a product the lexicon names no sector of


def test_next_came_after_a_flow_ranked_without_a_sector_figure() -> None:
    got = _rows(
        _LEAD + "Garments were the largest export at $4.6 billion. The largest import was"
        " electronic products at $8.4 billion. Next came machinery ($4.9 billion) and steel"
        " ($1.4 billion)."
    )
    assert ("imports", "machinery", 4.9e9) in got
    assert ("imports", "metals", 1.4e9) in got
    assert not any(r[0] == "exports" and r[2] in (4.9e9, 1.4e9) for r in got)


def test_near_miss_followed_by_after_a_total_is_no_product_ranking() -> None:
    # the figure before is no sector's: "It was followed by" reads as before (here: nothing)
    got = _rows(_LEAD + "It was followed by a visit of the trade minister ($2 million in deals).")
    assert ("exports", "total", 2e6) not in got


def test_a_japanese_product_list_goes_on() -> None:
    got = _rows(
        "ベトナムの2030年の対日輸出額は268億米ドルとなった。\n"
        "輸出を品目ごとに見ると、最も多いのは縫製品の46億米ドル。\n"
        "これに◆輸送機器・部品=24億米ドル◆機械設備=27億米ドル◆鉄鋼=14億米ドル――が続く。",
        title="ベトナムと日本",
    )
    assert ("exports", "textiles", 4.6e9) in got
    assert ("exports", "machinery", 2.7e9) in got
    assert ("exports", "metals", 1.4e9) in got
    assert not any(r[2] == 2.4e9 for r in got)


def test_japanese_list_gloss() -> None:
    from pipeline.extract.foreign import gloss

    text = gloss("次いで◆機械設備=48億米ドル◆鉄スクラップ=11億米ドル――の順となった。", "ja")
    assert text.startswith("It was followed by machinery and equipment (4.8 billion US dollars)")
    assert "iron and steel scrap (1.1 billion US dollars)." in text
    # near miss: a bullet list with no opener stays as it is
    assert "followed" not in gloss("◆機械設備=48億米ドル", "ja")


def test_near_miss_economies_ranked_after_a_product_figure_go_on() -> None:
    # economies named after "It was followed by": a ranking of partners, read as before
    got = figures(
        "date 2031-01-20\nChile\nCopper exports to China were $5 billion in 2030. It was"
        " followed by Japan ($2 billion) and Korea ($1 billion).\n"
    )
    rows = {(r.partner, r.value) for r in got.itertuples()}
    assert ("JPN", 2e9) in rows and ("KOR", 1e9) in rows
