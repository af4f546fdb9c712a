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
                                 "--no-rebuilds", "--no-corpora", "--format", "json", "--json", "bench.json"])
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
    corpora = make_corpora(tmp_path / "corpora", notices=3, items=20, dense_chars=3000, report_source=source,
                           articles=20)
    assert list(corpora) == ["seed pages", "notices", "long report", "articles", "articles, 10 a file", "dense line"]
    assert len(list(corpora["articles"].iterdir())) == 20 and len(list(corpora["articles, 10 a file"].iterdir())) == 2
    assert (corpora["long report"] / "report.txt").read_text(encoding="utf-8") == "开平市召开会议。陈小曼出席。台山市推进“百千万工程”。\n"
    assert "\n" not in (corpora["dense line"] / "dense.txt").read_text(encoding="utf-8").rstrip("\n")
    results = {name: _child_corpus({"inputs": [str(folder)], "out": str(tmp_path / "out" / name), "one_core": False,
                                    "formats": ["json"] if name.startswith("articles") else ["ttl"]})
               for name, folder in corpora.items() if name != "seed pages"}
    assert results["articles"]["documents"] == 20 and results["articles, 10 a file"]["documents"] == 2
    assert results["articles"]["mentions"] == results["articles, 10 a file"]["mentions"] > 0
    notices = results["notices"]
    assert notices["notices"] == 3 and notices["issuers_found"] == 3
    assert notices["villages_listed"] == 60 and notices["villages_found"] >= 54
    rows = corpus_rows(results)
    assert all(r["ttl_per_input_byte"] > 0 for name, r in rows.items() if not name.startswith("articles"))
    assert all(r["cooccurrence_per_mention"] <= 3 for r in rows.values())
    assert "overhead_ms_per_document" in rows["articles"] and rows["articles"]["ms_per_document"] > 0
    table = format_corpora(rows)
    assert "| notices |" in table and "found in 3 of 3 (100%)" in table


def test_lines_and_the_merge_of_distinct_entities(tmp_path):
    """kg ner's line corpus and the merge of entities that never repeat: made, run, tabled."""
    from kg.bench import _child_merge, _child_ner, format_others
    from kg.corpora import make_lines

    source = tmp_path / "passages"
    source.mkdir()
    (source / "p.txt").write_text("开平市召开会议。陈小曼出席！\n台山市推进工作\n", encoding="utf-8")
    lines = make_lines(tmp_path / "lines", source) / "lines.txt"
    assert lines.read_text(encoding="utf-8") == "开平市召开会议。\n陈小曼出席！\n台山市推进工作\n"
    ner = _child_ner({"lines": str(lines)})
    assert ner["lines"] == 3 and ner["mentions"] >= 3
    merges = [_child_merge({"entities": n}) for n in (10, 40)]
    assert [(m["nodes"], m["edges"]) for m in merges] == [(10, 5), (40, 20)]
    ner.update(ms_per_line=1.0, chars_per_cpu_s=1, vs_jieba_cut=0.5)
    for m in merges:
        m.update(us_per_entity=1.0, bytes_per_entity=1)
    table = format_others(ner, {"kg --help": {"cpu": 0.1, "vs_spacy_blank": 0.1}}, merges)
    assert "| 40 | 40 | 20 |" in table and "| `kg --help` | 0.10 | 0.10 |" in table


def test_article_files_built_by_one_and_two_workers(tmp_path):
    """Article files with every default export by 1 and 2 workers: the same bytes (or an error), timed, tabled."""
    from kg.bench import format_others, run_article_workers

    source = tmp_path / "passages"
    source.mkdir()
    (source / "p1.txt").write_text("开平市委书记陈小曼出席会议。\n", encoding="utf-8")
    (source / "p2.txt").write_text("台山市推进工作，水口镇参加。\n", encoding="utf-8")
    rows = run_article_workers(tmp_path / "work", size_mb=0.0001, source=source)
    assert [r["workers"] for r in rows] == [1, 2] and rows[0]["speedup"] == 1.0
    files = len(list((tmp_path / "work" / "articles-workers").iterdir()))
    assert files >= 2 and all(r["documents"] == files and r["wall"] > 0 for r in rows)
    table = format_others(None, {}, [], rows)
    assert "| 2 |" in table and f"({files} files" in table
