"""Round 59, field source_country: Indonesian attribution words the gloss left unread. Dev page:
hl03 okezone ("Berdasarkan laporan Kementerian Perdagangan ...", based on the Ministry of
Trade's report: its figures stayed the outlet's), with "kata", "menyebut" on the same page.

Built for the grammar: "berdasarkan" (based on) alone and with laporan / catatan (report,
records), the speech verbs mengatakan, menyatakan, menjelaskan, melaporkan, mengungkapkan,
menyebut(kan), kata (and "kata dia"), the -nya forms imbuhnya, tambahnya, paparnya, jelasnya,
ungkapnya, tegasnya (he added, he said), "mengutip" / "dikutip dari" (citing); "dengan kata
lain" (in other words) is no speech.

Every sentence is made up, with forms no dev page uses (berdasarkan catatan, mengatakan).
"""

from __future__ import annotations

import pytest

from tests.pipeline.extract.test_extract import figures


def _sources(text: str) -> set:
    out = figures(f" date 2031-02-01\nPerdagangan\n\n{text}\n")
    assert len(out)
    return {r["source_country"] for _, r in out.iterrows()}


@pytest.mark.parametrize(
    "text",
    [
        "Berdasarkan catatan Kementerian Perdagangan Filipina, ekspor Filipina ke Indonesia "
        "naik 8% menjadi US$1,2 miliar pada 2030.",
        "Duta Besar Filipina untuk Indonesia mengatakan ekspor Filipina ke Indonesia naik 8% "
        "menjadi US$1,2 miliar pada 2030.",
    ],
)
def test_indonesian_attribution(text: str) -> None:
    assert _sources(text) == {"PHL"}


def test_in_other_words_is_no_speech() -> None:
    text = (
        "Ekspor Filipina ke Indonesia naik 8% menjadi US$1,2 miliar pada 2030, dengan kata lain "
        "tumbuh pesat."
    )
    assert _sources(text) == {None}
