"""A flow word modified by goods outside the sectors ("Ghana's bitumen exports to Togo",
"Halloumi exports to Togo rose", "Ghanaian marble shipments") is that product's figure, not the
pair's total (NOTES, "scope": a single named product that is no sector is not annotated). The
modifier is read by what it is not: a word of all goods or scope ("total", "merchandise",
"bilateral", "non-oil"), an adjective or participle ("rising", "annual"), a period, a sector
word, a name or demonym, or a verb after a bare name ("Ghana doubles exports") keeps the
figure. Made-up sentences, never page text."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple[str, str, float]]:
    out = figures("date 2031-03-09\n" + text)
    return {(r.flow, r.scope, r.value) for r in out.itertuples()}


def test_a_product_before_the_flow_word_is_no_row() -> None:
    assert _rows("Ghana's bitumen exports to Togo reached $42 million in 2030.") == set()
    assert _rows("Ghana's frozen prawn exports to Togo reached $42 million in 2030.") == set()
    assert _rows("Togo's halloumi imports from Ghana reached $42 million in 2030.") == set()
    assert _rows("Ghanaian marble shipments to Togo reached $42 million in 2030.") == set()


def test_a_product_opening_the_sentence_is_no_row_nor_its_next_amount() -> None:
    assert _rows("Bitumen exports from Ghana to Togo rose 12% to $42 million in 2030.") == set()


def test_near_miss_scope_words_keep_the_total() -> None:
    for word in ("total", "merchandise", "bilateral", "goods", "rising", "annual", "first-half"):
        rows = _rows(f"Ghana's {word} exports to Togo reached $42 million in 2030.")
        assert rows == {("exports", "total", 42e6)}, (word, rows)
    rows = _rows("Ghana's non-oil exports to Togo reached $42 million in 2030.")
    assert rows == {("exports", "non_oil", 42e6)}, rows
    rows = _rows("Ghana's agricultural exports to Togo reached $42 million in 2030.")
    assert rows == {("exports", "agriculture", 42e6)}, rows


def test_near_miss_names_demonyms_and_verbs_keep_the_total() -> None:
    rows = _rows("Ghanaian exports to Togo reached $42 million in 2030.")
    assert rows == {("exports", "total", 42e6)}, rows
    rows = _rows("Merchandise exports from Ghana to Togo reached $42 million in 2030.")
    assert rows == {("exports", "total", 42e6)}, rows
    rows = _rows("Ghana doubles exports to Togo to $42 million in 2030.")
    assert rows == {("exports", "total", 42e6)}, rows
