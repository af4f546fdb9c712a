"""Builds: the cache, incremental rebuilds, workers and input order, the build command's options."""
import logging
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg.builder
import kg.engine
import kg.extraction
from kg.builder import CACHE_DIR, _build_id, _export_key, build
from kg.cli import cli
from kg.exporters import EXTENSIONS

from conftest import SEEDS

FORMATS = ("ttl", "html", "json")
QUICK = ("html", "json")  # Turtle takes longest to write: only where it is the point


def exports(out: Path, formats=QUICK) -> dict[str, bytes]:
    return {f: (out / EXTENSIONS[f]).read_bytes() for f in formats}


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """The exports of the seeds built in one process without a cache."""
    out = tmp_path_factory.mktemp("reference")
    build([str(SEEDS)], out, FORMATS, workers=1, cache=False)
    return exports(out, FORMATS)


@pytest.fixture
def count_extractions(monkeypatch):
    calls = []
    real = kg.extraction.extract_many

    def counting(documents, nlp=None):
        for document in documents:
            calls.append(document.doc_id)
            yield from real([document], nlp)

    monkeypatch.setattr(kg.extraction, "extract_many", counting)
    return calls


def test_a_rebuild_reuses_every_document_and_leaves_the_exports(tmp_path, reference, count_extractions):
    first = build([str(SEEDS)], tmp_path, FORMATS, workers=1)
    assert first.reused == 0 and first.unchanged == [] and len(count_extractions) == 5
    assert exports(tmp_path, FORMATS) == reference
    stamps = {f: (tmp_path / EXTENSIONS[f]).stat().st_mtime_ns for f in FORMATS}
    again = build([str(SEEDS)], tmp_path, FORMATS, workers=1)
    assert again.reused == 5 and again.unchanged == list(FORMATS) and len(count_extractions) == 5
    assert "5 reused from cache" in again.line()
    assert again.summary == first.summary and again.graph.number_of_nodes() == first.graph.number_of_nodes()
    assert {f: (tmp_path / EXTENSIONS[f]).stat().st_mtime_ns for f in FORMATS} == stamps


@pytest.fixture
def count_merges(monkeypatch):
    calls = []
    real = kg.builder.GraphMerger.add

    def counting(self, item):
        calls.append(item.document.doc_id)
        return real(self, item)

    monkeypatch.setattr(kg.builder.GraphMerger, "add", counting)
    return calls


def test_an_unchanged_rebuild_merges_nothing_until_its_graph_is_asked_for(tmp_path, count_extractions, count_merges):
    first = build([str(SEEDS)], tmp_path, QUICK, workers=1)
    count_merges.clear()
    again = build([str(SEEDS)], tmp_path, QUICK, workers=1)
    assert count_merges == [] and len(count_extractions) == 5
    assert again.line() == first.line().replace("articles;", "articles, 5 reused from cache;")
    assert (again.documents, again.articles, again.characters) == (first.documents, first.articles, first.characters)
    assert again.unchanged == list(QUICK) and again.outputs == first.outputs and again.merges == first.merges
    G = again.graph  # merged from the cache now, the exports left alone
    assert len(count_merges) == 5 and len(count_extractions) == 5
    assert sorted(G.nodes(data="name")) == sorted(first.graph.nodes(data="name"))
    assert sorted(G.edges(keys=True)) == sorted(first.graph.edges(keys=True))


@pytest.mark.parametrize("change", ["edit merges.jsonl", "edit the manifest", "bad recorded report", "other options"])
def test_an_unchanged_rebuild_merges_again_when_anything_is_not_as_recorded(tmp_path, count_merges, change):
    build([str(SEEDS)], tmp_path, ("json",), workers=1)
    count_merges.clear()
    options = {}
    if change == "edit merges.jsonl":
        (tmp_path / "merges.jsonl").write_text("{}\n", encoding="utf-8")
    elif change == "edit the manifest":
        (tmp_path / "manifest.json").write_text("{}\n", encoding="utf-8")
    elif change == "bad recorded report":
        record = tmp_path / CACHE_DIR / "exports.json"
        record.write_text(record.read_text(encoding="utf-8").replace('"documents": 5', '"documents": -5'),
                          encoding="utf-8")
    else:
        options = {"min_support": 2}
    report = build([str(SEEDS)], tmp_path, ("json",), workers=1, **options)
    assert len(count_merges) == 5 and report.documents == 5 and report.summary["entities"]
    count_merges.clear()
    assert build([str(SEEDS)], tmp_path, ("json",), workers=1, **options).unchanged == ["json"] and not count_merges


def test_adding_a_document_extracts_only_that_document(tmp_path, count_extractions):
    docs = tmp_path / "docs"
    shutil.copytree(SEEDS, docs)
    build([str(docs)], tmp_path / "out", ("json",), workers=1)
    (docs / "new.txt").write_text("开平市委书记陈小曼到水口镇调研。", encoding="utf-8")
    count_extractions.clear()
    report = build([str(docs)], tmp_path / "out", ("json",), workers=1)
    assert count_extractions == ["new.txt"]
    assert report.reused == 5 and report.documents == 6 and report.unchanged == []


def test_an_alias_file_or_min_support_changes_the_exports_but_not_the_cache(tmp_path, count_extractions):
    build([str(SEEDS)], tmp_path, ("json",), workers=1)
    assert build([str(SEEDS)], tmp_path, ("json",), workers=1, min_support=2).unchanged == []
    (tmp_path / "aliases.jsonl").write_text('{"different": ["开平市委", "开平市"]}\n', encoding="utf-8")
    report = build([str(SEEDS)], tmp_path, ("json",), workers=1, min_support=2)
    assert report.unchanged == [] and report.reused == 5 and len(count_extractions) == 5
    assert build([str(SEEDS)], tmp_path, ("json",), workers=1, min_support=2).unchanged == ["json"]


def test_an_export_edited_by_hand_is_rewritten(tmp_path, reference):
    build([str(SEEDS)], tmp_path, QUICK, workers=1)
    (tmp_path / "graph.html").write_text("edited")
    report = build([str(SEEDS)], tmp_path, QUICK, workers=1)
    assert report.unchanged == ["json"]
    assert exports(tmp_path) == {f: reference[f] for f in QUICK}


def test_a_corrupt_cache_entry_is_extracted_again(tmp_path, reference, caplog):
    build([str(SEEDS)], tmp_path, QUICK, workers=1)
    entry = next((tmp_path / CACHE_DIR).rglob("*.kgc"))
    entry.write_bytes(entry.read_bytes()[:100])
    (tmp_path / "graph.json").unlink()
    with caplog.at_level(logging.WARNING, logger="kg"):
        report = build([str(SEEDS)], tmp_path, QUICK, workers=1)
    assert "corrupt cache entry" in caplog.text and report.reused == 4
    assert exports(tmp_path) == {f: reference[f] for f in QUICK}
    assert build([str(SEEDS)], tmp_path, QUICK, workers=1).reused == 5


def test_no_cache_and_a_cache_folder_elsewhere(tmp_path):
    build([str(SEEDS)], tmp_path / "a", ("json",), workers=1, cache=False)
    assert not (tmp_path / "a" / CACHE_DIR).exists()
    build([str(SEEDS)], tmp_path / "b", ("json",), workers=1, cache=tmp_path / "shared")
    assert not (tmp_path / "b" / CACHE_DIR).exists()
    report = build([str(SEEDS)], tmp_path / "c", ("json",), workers=1, cache=tmp_path / "shared")
    assert report.reused == 5 and report.unchanged == []  # another output folder: written


def test_two_workers_and_any_input_order_give_the_same_bytes(tmp_path, reference, monkeypatch):
    monkeypatch.setattr(kg.engine, "PARALLEL_MIN_CHARS", 0)  # use the pool even for five documents
    files = sorted(str(p) for p in SEEDS.iterdir())
    report = build(list(reversed(files)), tmp_path, FORMATS, workers=2, cache=False)
    assert report.workers == 2
    one = build(files, tmp_path / "one", FORMATS, workers=1, cache=False)
    assert one.workers == 1
    assert exports(tmp_path, FORMATS) == exports(tmp_path / "one", FORMATS)
    # the same paths as the reference build: the same bytes
    build([str(SEEDS)], tmp_path / "folder", FORMATS, workers=2, cache=False)
    assert exports(tmp_path / "folder", FORMATS) == reference


def test_ids_of_same_named_files_do_not_depend_on_input_order(tmp_path):
    for d in ("a", "b"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "page.txt").write_text(f"开平市委书记陈小曼出席{d}会议。", encoding="utf-8")
    inputs = [str(tmp_path / "a" / "page.txt"), str(tmp_path / "b" / "page.txt")]
    build(inputs, tmp_path / "x", ("json",), cache=False)
    build(list(reversed(inputs)), tmp_path / "y", ("json",), cache=False)
    assert (tmp_path / "x" / "graph.json").read_bytes() == (tmp_path / "y" / "graph.json").read_bytes()


def test_unreadable_inputs_are_reported_with_workers(tmp_path, monkeypatch):
    monkeypatch.setattr(kg.engine, "PARALLEL_MIN_CHARS", 0)
    docs = tmp_path / "in"
    shutil.copytree(SEEDS, docs)
    (docs / "empty.txt").write_bytes(b"")
    (docs / "pic.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 10)
    report = build([str(docs)], tmp_path / "out", ("json",), workers=2, cache=False)
    assert [str(p) for p in report.problems] == [f"{docs}/empty.txt: empty file (no text); skipped",
                                                 f"{docs}/pic.png: binary file (a PNG image), not text; skipped"]
    assert report.documents == 5


def test_progress_counts_every_input(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    seen = {"total": 0, "done": 0}
    build([str(SEEDS), str(tmp_path / "empty.txt")], tmp_path / "out", ("json",), cache=False,
          on_documents=lambda n: seen.update(total=n), progress=lambda k: seen.update(done=seen["done"] + k))
    assert seen == {"total": 6, "done": 6}


# --- the command line ---------------------------------------------------------------------------

@pytest.fixture
def runner(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return CliRunner()


def test_cli_reports_reuse_and_unchanged_exports(runner):
    r = runner.invoke(cli, ["build", str(SEEDS), "--out", "out", "--format", "ttl,json", "-j", "1"])
    assert r.exit_code == 0, r.output
    assert "reused" not in r.stderr and "wrote out/graph.ttl" in r.stderr
    r = runner.invoke(cli, ["build", str(SEEDS), "--out", "out", "--format", "ttl,json", "-j", "1"])
    assert r.exit_code == 0, r.output
    assert "5 documents, 38 articles, 5 reused from cache;" in r.stderr
    assert "out/graph.ttl is up to date" in r.stderr.splitlines()


def test_cli_cache_options(runner):
    r = runner.invoke(cli, ["build", str(SEEDS), "--out", "out", "--format", "json", "--no-cache", "-q"])
    assert r.exit_code == 0 and not Path("out", CACHE_DIR).exists()
    r = runner.invoke(cli, ["build", str(SEEDS), "--out", "out", "--format", "json", "--cache", "c", "-q"])
    assert r.exit_code == 0 and any(Path("c").rglob("*.kgc"))


@pytest.mark.parametrize("args, message", [
    (["--workers", "0"], "Invalid value for '-j' / '--workers'"),
    (["--engine", "spark"], "Invalid value for '--engine'"),
])
def test_cli_rejects_bad_options(runner, args, message):
    r = runner.invoke(cli, ["build", str(SEEDS), *args])
    assert r.exit_code == 2 and message in r.stderr


def test_a_file_name_that_is_not_utf8(tmp_path):
    name = b"\xbf\xaa\xc6\xbd.txt"  # 开平.txt in GBK: Python names it with lone surrogates
    folder = tmp_path / "in"
    folder.mkdir()
    with open(bytes(folder) + b"/" + name, "wb") as f:
        f.write("开平市委书记陈小曼出席会议。".encode("utf-8"))
    for _ in range(2):  # no export: the exporters' own handling of such names is theirs
        report = build([str(folder)], tmp_path / "out", (), workers=1)
    assert report.documents == 1 and report.reused == 1
    doc_id = name.decode("utf-8", "surrogateescape")
    assert len(_export_key("json", _build_id([(doc_id, f"in/{doc_id}", "utf-8", "0" * 64)], [1, ""]))) == 64


def test_the_exports_are_written_with_the_collector_relaxed_then_as_before(tmp_path, monkeypatch):
    import gc

    from kg.resources import EXTRACTION_GC_THRESHOLD

    seen = []
    write = kg.builder._write_exports

    def recording(*args, **kw):
        seen.append(gc.get_threshold()[0])
        return write(*args, **kw)

    monkeypatch.setattr(kg.builder, "_write_exports", recording)
    before = gc.get_threshold()
    build([str(SEEDS)], tmp_path / "out", ["json"], workers=1, cache=False)
    assert seen == [EXTRACTION_GC_THRESHOLD] and gc.get_threshold() == before
