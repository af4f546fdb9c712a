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
