"""Round 24: Russian and Turkish vocabulary of plans and of sub-national trade. Made-up pages:

- "собираются довести ... до $60 млрд" (they plan to bring ... to): a target, not an actual;
- "Туркестанской областью" (with Turkestan oblast): a province's trade, no figure (NOTES.md:
  sub-national regions are no figures); Ukrainian "областю" likewise;
- Turkish "... 5 milyar dolara yükseltmeyi amaçlıyoruz" (we aim to raise ... to): a target.

Near miss: the country's own trade beside it stays a figure.
"""

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(text)
    return {
        (r.flow, frozenset((r.reporter, r.partner)), r.value, r.status) for r in out.itertuples()
    }


def test_a_russian_plan_to_bring_trade_to_an_amount_is_a_target() -> None:
    got = _rows(
        "date 2031-05-10\nАшхабад, 10 мая. В ближайшее десятилетие Туркмения и Иран собираются "
        "довести объем своего годового товарооборота до $60 млрд, заявил посол в ходе встречи "
        "с министром.\n"
    )
    assert got == {("turnover", frozenset(("TKM", "IRN")), 60e9, "target")}


def test_an_oblast_s_trade_is_no_figure_but_the_country_s_is() -> None:
    got = _rows(
        "date 2032-01-20\nШымкент, 20 января. Товарооборот между Туркестанской областью и "
        "Украиной по итогам 2031 года достиг 10,5 миллиона долларов США, сообщили в акимате. "
        "Товарооборот Казахстана и Украины за тот же год составил 1,2 миллиарда долларов.\n"
    )
    assert got == {("turnover", frozenset(("KAZ", "UKR")), 1.2e9, "actual")}
    assert "oblast" in gloss("між Херсонською областю та Польщею", "uk")


def test_a_turkish_aim_to_raise_trade_is_a_target() -> None:
    assert gloss("ticaret hacmini 5 milyar dolara yükseltmeyi amaçlıyoruz", "tr").endswith("we aim")


def test_russian_added_and_over_are_a_rise_and_a_bound() -> None:
    # "прибавил 23% и составил свыше 53 млн долларов": a rise of 23% and a level of over $53m
    got = _rows(
        "date 2032-02-01\nАстана, 1 февраля. Президенты Казахстана и Армении провели переговоры. "
        "Только за 2031 год взаимный товарооборот Казахстана и Армении прибавил 23% и составил "
        "свыше 53 млн долларов США, сообщили в Акорде.\n"
    )
    assert {(f, v) for f, _, v, _ in got} == {("turnover", 23.0), ("turnover", 53e6)}, got
    assert "stood at $24.7 million" in gloss("товарооборот держался на уровне $24,7 млн", "ru")
