"""Inputs as people have them: web pages, PDFs, Word files, records and plain text with headers.

tests/data/formats/ is a mixed folder of made-up news (written by benchmarks/readers/make_fixtures.py):
government and newspaper pages with navigation, related links and footers, PDFs printed from
pages, Word notices, JSON Lines and CSV records, and plain text with each form of header line.
tests/data/formats_expected.json holds each document's headline, date, source and URL;
tests/data/formats_copies/ the plain-text copies of the pages' bodies.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from kg.builder import build
from kg.cli import cli
from kg.errors import InputError
from kg.extraction import extract
from kg.ingest import read_inputs
from kg.readers import ReadOptions, read, sniff


@pytest.fixture(scope="module")
def mixed(data_dir, tmp_path_factory):
    """One build of the mixed folder."""
    return build([str(data_dir / "formats")], tmp_path_factory.mktemp("mixed"), formats=("ttl", "json", "html"),
                 cache=False, workers=1)


@pytest.fixture(scope="module")
def expected(data_dir):
    return json.loads((data_dir / "formats_expected.json").read_text(encoding="utf-8"))


def _documents(report) -> list[tuple[str, dict, dict]]:
    """(doc id, document record, its first article) for every document of a build."""
    G = report.graph
    return [(doc_id, info, G.graph["articles"].get((doc_id, 0), {})) for doc_id, info in G.graph["documents"].items()]


def _match(docs, item):
    """The document of an expected item: by file, and for records by headline too."""
    for doc_id, info, art in docs:
        path = info["path"].replace("\\", "/")
        if path.rsplit("/", 1)[-1].split(":")[0] == item["file"] and (
                info.get("headline", art.get("headline")) == item["headline"] or not item["file"].endswith(("l", "v"))):
            return doc_id, info, art
    return None


def test_no_input_of_these_formats_is_skipped(mixed, expected):
    assert mixed.problems == []
    assert mixed.documents == len(expected) == 24


def test_headline_and_date_right_on_95_percent(mixed, expected):
    docs = _documents(mixed)
    right = 0
    wrong = []
    for item in expected:
        found = _match(docs, item)
        assert found is not None, item["file"]
        _, info, art = found
        headline = info.get("headline") or art.get("headline", "")
        date = info.get("date") or art.get("date", "")
        if (headline, date) == (item["headline"], item["date"]):
            right += 1
        else:
            wrong.append((item["file"], headline, date))
    assert right / len(expected) >= 0.95, wrong


def test_source_and_url_are_kept(mixed, expected):
    docs = _documents(mixed)
    got = [(item["file"], _match(docs, item)[1].get("source", ""), _match(docs, item)[1].get("url", ""))
           for item in expected]
    assert got == [(item["file"], item["source"], item["url"]) for item in expected]


#: names that only page furniture (navigation, related links, footers, running headers) holds
FURNITURE_NAMES = [
    ("kaiping-flood.html", ["开平市人民政府办公室", "开平市政务服务数据管理局", "水口镇", "月山镇", "开平市供销合作联社"]),
    ("taishan-seed.htm", ["台山市人民政府", "台山市人民政府办公室", "海宴镇"]),
    ("kaiping-forest.html", ["开平市政务服务数据管理局"]),
    ("enping-hotspring.html", ["鹤山市", "江门市新会区", "海宴镇"]),
    ("zhuhai-library.html", ["广州市黄埔区", "佛山市顺德区", "中山市"]),
    ("kaiping-flood.print.pdf", ["开平市人民政府"]),
]


@pytest.mark.parametrize("doc_id, names", FURNITURE_NAMES, ids=[f[0] for f in FURNITURE_NAMES])
def test_page_furniture_yields_no_entity(mixed, doc_id, names):
    G = mixed.graph
    named = {G.nodes[n]["name"] for n in G if any(m["doc"] == doc_id for m in G.nodes[n]["mentions"])}
    assert named, doc_id
    assert named.isdisjoint(names)


def test_nine_in_ten_typed_facts_carry_a_date(mixed):
    total = sum(mixed.summary["relations"].values())
    assert total >= 50
    assert mixed.summary["dated"] / total >= 0.9
    assert "dated)" in mixed.line()


COPIES = [("kaiping-flood.html", "kaiping-flood"), ("taishan-seed.htm", "taishan-seed"),
          ("kaiping-forest.html", "kaiping-forest"), ("enping-hotspring.html", "enping-hotspring"),
          ("zhuhai-library.html", "zhuhai-library"), ("heshan-invest.docx", "heshan-invest"),
          ("xinhui-epidemic.docx", "xinhui-epidemic"), ("kaiping-flood.print.pdf", "kaiping-flood"),
          ("kaiping-forest.print.pdf", "kaiping-forest"), ("enping-hotspring.cid.pdf", "enping-hotspring")]


def _facts(path, nlp):
    docs, problems = read_inputs([str(path)])
    assert not problems and len(docs) == 1
    r = extract(docs[0], nlp)
    return ({(e.type, e.name) for e in r.entities}, {(x.subject, x.predicate, x.object) for x in r.relations})


@pytest.mark.parametrize("name, copy", COPIES, ids=[c[0] for c in COPIES])
def test_entities_and_relations_of_a_page_are_those_of_its_plain_copy(data_dir, nlp, name, copy):
    entities, relations = _facts(data_dir / "formats" / name, nlp)
    copy_entities, copy_relations = _facts(data_dir / "formats_copies" / f"{copy}.txt", nlp)
    assert entities == copy_entities
    assert relations == copy_relations
    assert relations


def test_pdf_evidence_keeps_its_page(mixed):
    G = mixed.graph
    pages = {e.get("page") for _, _, d in G.edges(data=True) for e in d.get("evidence", ())
             if e["doc"].endswith(".pdf")}
    assert pages == {1}
    assert all("page" not in e for _, _, d in G.edges(data=True) for e in d.get("evidence", ())
               if not e["doc"].endswith(".pdf"))
    ttl = mixed.outputs["ttl"].read_text(encoding="utf-8")
    assert "kg:page 1" in ttl


def test_source_url_and_publisher_reach_the_exports(mixed):
    import rdflib
    from rdflib.namespace import DCTERMS, PROV

    g = rdflib.Graph().parse(mixed.outputs["ttl"], format="turtle")
    url = rdflib.URIRef("https://www.kaiping.gov.cn/xwzx/bmdt/content/post_3301457.html")
    doc = rdflib.URIRef("https://w3id.org/kg/id/document/kaiping-flood.html")
    assert (doc, PROV.wasDerivedFrom, url) in g
    assert (doc, DCTERMS.publisher, rdflib.Literal("江门日报", lang="zh")) in g
    data = json.loads(mixed.outputs["json"].read_text(encoding="utf-8"))
    assert data["documents"]["kaiping-flood.html"]["url"] == str(url)
    from kg.exporters.html import graph_data

    page = graph_data(mixed.graph)  # the explorer shows a document's provenance beside each of its sentences
    shown = [ev for e in page["edges"] for ev in e["evidence"] if ev["doc"] == "kaiping-flood.html"]
    assert shown and page["documents"]["kaiping-flood.html"]["source"] == "江门日报"
    assert page["documents"]["kaiping-flood.html"]["url"] == str(url)


UNREADABLE = [
    ("notice.doc", "a legacy Word .doc file (the binary format before Office 2007), which kg cannot read; "
                   "save it as .docx (or PDF with text) and build again"),
    ("scanned.pdf", "a scanned PDF without a text layer (1 page(s) of images), which kg cannot read; "
                    "run OCR on it first (e.g. ocrmypdf) and build again"),
]


@pytest.mark.parametrize("name, message", UNREADABLE, ids=[u[0] for u in UNREADABLE])
def test_a_legacy_doc_or_a_scan_gets_one_clear_line(data_dir, tmp_path, name, message):
    path = data_dir / "formats_unreadable" / name
    good = tmp_path / "good.txt"
    good.write_text("开平市委书记陈小曼出席会议。", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(path), str(good), "--out", str(tmp_path / "out"), "--no-cache",
                                      "--format", "json", "-j", "1"])
    assert result.exit_code == 1
    errors = [ln for ln in result.output.splitlines() if ln.startswith("Error:")]
    assert errors == [f"Error: {path}: {message}"]
    assert "Traceback" not in result.output


SNIFF = [
    ("html doctype", b"<!DOCTYPE html>\n<html><head><title>t</title></head><body><p>x</p></body></html>", "a.txt", "html"),
    ("html without doctype", b"\n<html>\n<body><div><p>x</p></div></body></html>", "page", "html"),
    ("gb2312 page", "<html><head><meta charset=gb2312></head><body>开平</body></html>".encode("gb18030"), "a", "html"),
    ("pdf", b"%PDF-1.7\n...", "notice.bin", "pdf"),
    ("json lines", b'{"title": "t", "content": "x"}\n{"title": "u", "content": "y"}\n', "a.txt", "records"),
    ("json array", b'[{"title": "t", "content": "x"}]', "a.json", "records"),
    ("csv by name", "标题,正文\n开平,会议召开。\n".encode(), "a.csv", "records"),
    ("text with braces", "{开平}市召开会议。".encode(), "a.txt", "text"),
    ("text with a tag", "开平市召开会议<p>。".encode(), "a.txt", "text"),
    ("plain text", "开平市召开会议。".encode(), "a.txt", "text"),
]


@pytest.mark.parametrize("label, data, name, kind", SNIFF, ids=[s[0] for s in SNIFF])
def test_readers_are_chosen_by_content(label, data, name, kind):
    assert sniff(data, name) == kind


@pytest.mark.parametrize("data, message", [
    (b"PK\x03\x04" + b"\x00" * 30, "a damaged ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "a legacy Word .doc file"),
])
def test_binary_office_files_are_named(data, message):
    with pytest.raises(InputError, match=message):
        sniff(data, "x.doc")


def test_records_fields_by_common_names_and_by_option(tmp_path):
    rows = [{"headline_text": "开平召开会议", "body_html": "<p>开平市委书记陈小曼出席会议。</p>", "when": "2025-08-09",
             "address": "https://example.cn/a"},
            {"headline_text": "第二条", "body_html": "", "when": "2025-08-10", "address": ""}]
    data = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode()
    with pytest.raises(InputError, match="no text field"):
        read("r.jsonl", "r.jsonl", data)
    options = ReadOptions((("text", "body_html"), ("title", "headline_text"), ("date", "when"), ("url", "address")))
    docs = read("r.jsonl", "r.jsonl", data, options)
    assert [(d.doc_id, d.headline, d.date, d.text, d.path) for d in docs] == [
        ("https://example.cn/a", "开平召开会议", "2025-08-09", "开平召开会议\n\n开平市委书记陈小曼出席会议。\n", "r.jsonl:1")]


def test_a_record_id_is_its_url_or_its_content_hash_whatever_its_row(tmp_path):
    a = {"title": "甲", "content": "开平市召开会议。"}
    b = {"title": "乙", "content": "台山市召开会议。", "url": "https://example.cn/b"}
    one = read("x.jsonl", "x.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in (a, b)).encode())
    two = read("y.jsonl", "y.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in (b, a)).encode())
    assert [d.doc_id for d in one] == [d.doc_id for d in two]
    assert sorted(d.doc_id[:7] for d in one) == ["https:/", "sha256:"]


def test_the_same_record_twice_gets_two_ids(tmp_path):
    rec = json.dumps({"title": "甲", "content": "开平市委书记陈小曼出席会议。", "url": "https://example.cn/a"}, ensure_ascii=False)
    (tmp_path / "a.jsonl").write_text(rec + "\n" + rec + "\n", encoding="utf-8")
    docs, problems = read_inputs([str(tmp_path)])
    assert not problems
    assert [d.doc_id for d in docs] == ["https://example.cn/a", "https://example.cn/a~2"]


def test_bad_record_lines_are_skipped_with_a_warning(tmp_path, caplog):
    (tmp_path / "r.jsonl").write_text('{"content": "开平市召开会议。"}\n{not json\n{"content": ""}\n', encoding="utf-8")
    docs, problems = read_inputs([str(tmp_path / "r.jsonl")])
    assert len(docs) == 1 and not problems
    messages = [r.getMessage() for r in caplog.records]
    assert any(m.startswith(f"{tmp_path / 'r.jsonl'}:2: invalid JSON") for m in messages)
    assert any(m == f"{tmp_path / 'r.jsonl'}:3: a record without text; skipped" for m in messages)


def test_cli_field_option(tmp_path):
    (tmp_path / "r.csv").write_text("t,b\n开平召开会议,开平市委书记陈小曼出席会议。\n", encoding="utf-8")
    runner = CliRunner()
    bad = runner.invoke(cli, ["build", str(tmp_path / "r.csv"), "--field", "body=b", "--out", str(tmp_path / "o")])
    assert bad.exit_code == 1 and "Error: --field 'body=b': write it as FIELD=NAME" in bad.output
    ok = runner.invoke(cli, ["build", str(tmp_path / "r.csv"), "--field", "text=b", "--field", "title=t",
                             "--out", str(tmp_path / "o"), "--format", "json", "--no-cache", "-j", "1"])
    assert ok.exit_code == 0, ok.output
    data = json.loads((tmp_path / "o" / "graph.json").read_text(encoding="utf-8"))
    assert [d["headline"] for d in data["documents"].values()] == ["开平召开会议"]
    assert any(n["name"] == "陈小曼" for n in data["nodes"])


def test_a_build_of_plain_text_imports_no_reader_library(tmp_path):
    (tmp_path / "a.txt").write_text("开平市委书记陈小曼出席会议。", encoding="utf-8")
    code = ("import sys; from kg.builder import build; "
            f"build([{str(tmp_path / 'a.txt')!r}], {str(tmp_path / 'out')!r}, formats=('json',), cache=False, workers=1); "
            "print(sorted(m for m in ('trafilatura', 'htmldate', 'pypdfium2', 'docx', 'lxml') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_rebuild_takes_every_format_from_the_cache(data_dir, tmp_path):
    first = build([str(data_dir / "formats")], tmp_path, formats=("json",), workers=1)
    again = build([str(data_dir / "formats")], tmp_path, formats=("json",), workers=1)
    assert (first.reused, again.reused, again.unchanged) == (0, 24, ["json"])
