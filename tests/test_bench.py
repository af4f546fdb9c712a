"""The benchmark: its generated corpus and one tiny run (timings are printed, never asserted)."""
import json

from click.testing import CliRunner

from kg.bench import make_corpus
from kg.cli import cli
from kg.ingest import read_inputs

from conftest import SEEDS


def test_generated_corpus_copies_the_seeds_under_distinct_ids_and_hashes(tmp_path):
    make_corpus(tmp_path, size_bytes=250_000)
    docs, problems = read_inputs([str(tmp_path)])
    seeds, _ = read_inputs([str(SEEDS)])
    assert not problems and sum(len(d.text.encode()) for d in docs) >= 250_000
    assert len(docs) % len(seeds) == 0 and len({d.doc_id for d in docs}) == len(docs)
    assert len({d.sha256 for d in docs}) == len(docs)  # the cache cannot take one copy for another
    assert {d.text.rstrip() for d in docs} == {d.text.rstrip() for d in seeds}


def test_bench_command_prints_tables_and_writes_json(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(cli, ["bench", "--size", "0.05", "--stage-chars", "5000", "--workers", "1",
                                 "--no-rebuilds", "--format", "json", "--json", "bench.json"])
    assert r.exit_code == 0, r.output
    for stage in ("| ingest |", "| clean |", "| ner |", "| relations |", "| graph merge |", "| export json |",
                  "| jieba.posseg (baseline) |", "| cold, 1 worker |"):
        assert stage in r.stdout
    data = json.loads((tmp_path / "bench.json").read_text(encoding="utf-8"))
    assert data["baseline"]["name"] == "jieba.posseg" and data["builds"][0]["workers"] == 1
    assert data["stages"]["ner"]["chars_per_s"] > 0 and data["builds"][0]["peak_rss"] > 0


def test_the_corpora_of_other_shapes(tmp_path):
    """Notices, a long report and a dense line: generated, built and measured (timings are not asserted)."""
    from kg.bench import _child_corpus, corpus_rows, format_corpora, make_corpora

    source = tmp_path / "passages"
    source.mkdir()
    for i, text in enumerate(["开平市召开会议。\n陈小曼出席。\n", "台山市推进“百千万工程”。\n"]):
        (source / f"p{i}.txt").write_text(text, encoding="utf-8")
    corpora = make_corpora(tmp_path / "corpora", notices=3, items=20, dense_chars=3000, report_source=source)
    assert list(corpora) == ["seed pages", "notices", "long report", "dense line"]
    assert (corpora["long report"] / "report.txt").read_text(encoding="utf-8") == "开平市召开会议。陈小曼出席。台山市推进“百千万工程”。\n"
    assert "\n" not in (corpora["dense line"] / "dense.txt").read_text(encoding="utf-8").rstrip("\n")
    results = {name: _child_corpus({"inputs": [str(folder)], "out": str(tmp_path / "out" / name), "one_core": False})
               for name, folder in corpora.items() if name != "seed pages"}
    notices = results["notices"]
    assert notices["notices"] == 3 and notices["issuers_found"] == 3
    assert notices["villages_listed"] == 60 and notices["villages_found"] >= 54
    rows = corpus_rows(results)
    assert all(r["ttl_per_input_byte"] > 0 and r["cooccurrence_per_mention"] <= 3 for r in rows.values())
    table = format_corpora(rows)
    assert "| notices |" in table and "found in 3 of 3 (100%)" in table
