"""``tradefacts evaluate`` prints scores and lists what it missed or made up."""

import json
from pathlib import Path

from assets import cli

ARTICLE = "date 2031-04-01\nTrade between Georgia and Armenia reached $1.4 billion in 2030, up 12 percent.\n"
HEADER = "doc,flow,scope,reporter,partner,period_start,period_end,measure,value,unit,status,approx,source_country\n"


def _setup(tmp_path: Path, gold_rows: list[str]) -> list[str]:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(ARTICLE)
    (tmp_path / "gold.csv").write_text(HEADER + "".join(r + "\n" for r in gold_rows))
    return ["evaluate", "--docs", str(docs), "--gold", str(tmp_path / "gold.csv")]


def test_perfect_score(tmp_path, capsys) -> None:
    argv = _setup(
        tmp_path,
        [
            "a,turnover,total,ARM,GEO,2030-01-01,2030-12-31,level,1400000000,USD,actual,false,",
            "a,turnover,total,GEO,ARM,2030-01-01,2030-12-31,pct_change,12,percent,actual,false,",
        ],
    )
    assert cli.main([*argv, "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["full"]["f1"] == 1.0


def test_misses_and_spurious_are_listed(tmp_path, capsys) -> None:
    argv = _setup(
        tmp_path,
        ["a,exports,total,GEO,ARM,2030-01-01,2030-12-31,level,1400000000,USD,actual,false,"],
    )
    assert cli.main(argv) == 0
    out = capsys.readouterr().out
    assert "MISSED (1)" in out and "SPURIOUS (2)" in out
    assert "FULL TUPLE" in out and "0.000" in out


def test_a_page_extraction_cannot_read_is_named_and_the_others_are_scored(
    tmp_path, capsys, monkeypatch
) -> None:
    import pipeline.extract.figures as figures_module

    argv = _setup(
        tmp_path,
        [
            "a,turnover,total,ARM,GEO,2030-01-01,2030-12-31,level,1400000000,USD,actual,false,",
            "a,turnover,total,GEO,ARM,2030-01-01,2030-12-31,pct_change,12,percent,actual,false,",
        ],
    )
    (tmp_path / "docs" / "b.txt").write_text(ARTICLE.replace("Armenia", "Azerbaijan"))
    real = figures_module.extract_rows

    def fragile(doc_id, *args):
        if doc_id == "b":
            raise ValueError("could not convert string to float: '7310.000.000'")
        return real(doc_id, *args)

    monkeypatch.setattr(figures_module, "extract_rows", fragile)
    assert cli.main([*argv, "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["full"]["f1"] == 1.0  # b's figures are not made up
    assert "extraction failed on b (no figures): ValueError: could not convert" in captured.err
