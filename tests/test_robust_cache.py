"""Cache entries with a valid checksum are still untrusted: schema, size and decompression bounds.

Anyone who can write the cache folder can write an entry with a correct checksum. Such an
entry must never crash a build, fill memory or reach the graph unless it is something
extraction could have returned: a bad one is reported like a corrupt entry and extracted again.
"""
import hashlib
import json
import logging
import math
import tempfile
import tracemalloc
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.cache import FORMAT, BuildCache, max_entry_bytes
from kg.cli import cli
from kg.graph import GraphMerger, merge_input
from kg.ingest import decode_bytes

TEXT = ("江门日报讯（记者/严建广）1月6日上午，开平市委书记陈小曼出席会议并讲话。"
        "开平市医疗保障局推进“医保视频办”服务。开平市水口镇推进“百千万工程”。\n"
        "示范镇名单如下：\n1. 开平市水口镇\n2. 开平市月山镇\n开平市农业农村局\n")
FIELDS = {"articles": ["index", "start", "end", "headline", "newspaper", "reporters", "date", "place", "place_code",
                       "sketch", "issuers"],
          "mentions": ["start", "end", "text", "type", "key", "method", "confidence", "article", "attrs", "sentence",
                       "top", "enum", "national"],
          "entities": ["key", "type", "name", "aliases", "attrs", "titles", "context_aliases", "national",
                       "implied"],
          "relations": ["subject", "predicate", "object", "start", "end", "sentences", "method", "confidence",
                        "article", "attrs"],
          "sentences": ["start", "end", "text", "article", "kind", "list", "runon"],
          "lists": ["start", "end", "items", "about"]}


@pytest.fixture(scope="module")
def entry():
    """A document, its extraction result and the JSON body of its cache entry."""
    from kg.extraction import extract

    doc = decode_bytes("a.txt", "a.txt", TEXT.encode("utf-8"))
    result = merge_input(extract(doc))
    assert result.relations and result.mentions and result.entities and result.articles
    cache = BuildCache(tempfile.mkdtemp(), version="v" * 64)
    cache.put(result)
    raw = cache._path(doc.sha256).read_bytes().partition(b"\n")[2]
    return doc, result, json.loads(zlib.decompress(raw))


def forge(cache: BuildCache, sha256: str, body: bytes, level: int = 1) -> Path:
    """An entry with ``body`` behind a correct header and checksum, as anyone could write one."""
    raw = zlib.compress(body, level)
    path = cache._path(sha256)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(f"{FORMAT} {cache.version} {hashlib.sha256(raw).hexdigest()}\n".encode("ascii") + raw)
    return path


def mutated(body: dict, record: str | None, name: str, value) -> bytes:
    body = json.loads(json.dumps(body))
    if record is None:
        body[name] = value
    else:
        body[record][0][FIELDS[record].index(name)] = value
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def test_the_field_names_are_the_models():
    from kg.cache import _RECORDS

    assert {name: list(names) for _, name, names, _ in _RECORDS} == FIELDS


def test_a_wrong_field_type_is_a_corrupt_entry_not_a_traceback(entry, tmp_path, monkeypatch):
    """Regression: a dict where an entity key belongs crashed graph.py (unhashable type: 'dict')."""
    doc, _, body = entry
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(TEXT, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["build", "a.txt", "--out", "clean", "--format", "json", "--no-cache"]).exit_code == 0
    assert runner.invoke(cli, ["build", "a.txt", "--out", "out", "--format", "json", "-q"]).exit_code == 0
    cache = BuildCache(Path("out/.kgcache"))
    path = forge(cache, doc.sha256, mutated(body, "mentions", "key", {"x": 1}))
    Path("out/graph.json").unlink()  # else the build finds its export current and reads no entry
    r = runner.invoke(cli, ["build", "a.txt", "--out", "out", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert f"warning: {path}: corrupt cache entry (mentions[0].key: a string expected); extracting again" in r.stderr
    assert "Traceback" not in r.output
    assert Path("out/graph.json").read_bytes() == Path("clean/graph.json").read_bytes()
    assert cache.get(doc) is not None  # extracted again and rewritten


BAD = [
    ("mentions", "key", {"x": 1}), ("mentions", "key", ["a"]), ("mentions", "key", None), ("mentions", "key", ""),
    ("mentions", "start", -1), ("mentions", "start", "3"), ("mentions", "start", 1.5), ("mentions", "start", True),
    ("mentions", "end", 10 ** 12), ("mentions", "confidence", "high"), ("mentions", "confidence", math.nan),
    ("mentions", "confidence", 7), ("mentions", "article", 999), ("mentions", "type", "Spaceship"),
    ("mentions", "attrs", [["sentence"]]), ("mentions", "attrs", [["a", 1]]), ("mentions", "attrs", {"a": "b"}),
    ("mentions", "attrs", [["a", "x"], ["a", "y"]]),
    ("entities", "type", "Spaceship"), ("entities", "name", ""), ("entities", "aliases", "开平"),
    ("entities", "aliases", [["开平"]]), ("entities", "key", 12), ("entities", "titles", "书记;市长"),
    ("entities", "context_aliases", "市委"), ("entities", "national", "1"), ("entities", "implied", 1),
    ("relations", "predicate", "owns"), ("relations", "subject", {}), ("relations", "attrs", [["start", "x"]]),
    ("relations", "attrs", [["doc", "x"]]), ("relations", "start", -5), ("relations", "sentences", None),
    ("relations", "sentences", [999]), ("mentions", "sentence", 999), ("mentions", "sentence", -2),
    ("sentences", "end", 10 ** 9), ("sentences", "text", ""), ("sentences", "list", 7), ("sentences", "runon", 1),
    ("lists", "about", [[0, 10 ** 9]]), ("lists", "items", "3"),
    ("articles", "index", 3), ("articles", "sketch", [[1]]), ("articles", "sketch", [-1]),
    ("articles", "reporters", "严建广"), ("articles", "end", 10 ** 9),
    (None, "chars", -5), (None, "chars", "5"), (None, "chars", 10 ** 12), (None, "warnings", [1]),
    (None, "warnings", "x"), (None, "mentions", {"a": 1}), (None, "mentions", [[1, 2]]), (None, "extra", 1),
]


@pytest.mark.parametrize("record, name, value", BAD, ids=[f"{r}.{n}={v!r}"[:60] for r, n, v in BAD])
def test_an_entry_unlike_any_extraction_is_refused(entry, tmp_path, caplog, record, name, value):
    doc, result, body = entry
    cache = BuildCache(tmp_path, version="v" * 64)
    forge(cache, doc.sha256, json.dumps(body, ensure_ascii=False).encode("utf-8"))
    assert cache.get(doc) == result  # the body as written by kg is fine
    forge(cache, doc.sha256, mutated(body, record, name, value))
    with caplog.at_level(logging.WARNING, logger="kg"):
        assert cache.get(doc) is None
    assert "corrupt cache entry" in caplog.text


@pytest.mark.parametrize("body", [b"[]", b"{}", b'"x"', b"[" * 100_000 + b"]" * 100_000, b"{\"sha256\": 1}",
                                  b"\xff\xfe", b"null"])
def test_bodies_that_are_no_entry(entry, tmp_path, caplog, body):
    doc, _, _ = entry
    cache = BuildCache(tmp_path, version="v" * 64)
    forge(cache, doc.sha256, body)
    with caplog.at_level(logging.WARNING, logger="kg"):
        assert cache.get(doc) is None
    assert "corrupt cache entry" in caplog.text


def _peak(fn):
    tracemalloc.start()
    try:
        value = fn()
        return value, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_small_entry_that_inflates_to_a_huge_one_is_refused_early(entry, tmp_path, caplog):
    """Regression: an entry of a few kilobytes decompressed to 4 GiB and drove memory to 8.4 GB."""
    doc, _, body = entry
    cache = BuildCache(tmp_path, version="v" * 64)
    size = 64 << 20
    head = json.dumps({**body, "warnings": []}).encode()[:-1] + b', "x": "'
    raw = zlib.compressobj(9)
    parts = [raw.compress(head)] + [raw.compress(b"a" * (1 << 20)) for _ in range(size >> 20)]
    parts += [raw.compress(b'"}'), raw.flush()]
    raw = b"".join(parts)
    assert len(raw) < 256 << 10 < max_entry_bytes(len(doc.text)) < size
    path = cache._path(doc.sha256)
    path.parent.mkdir(parents=True)
    path.write_bytes(f"{FORMAT} {cache.version} {hashlib.sha256(raw).hexdigest()}\n".encode() + raw)
    with caplog.at_level(logging.WARNING, logger="kg"):
        got, peak = _peak(lambda: cache.get(doc))
    assert got is None and "decompresses to more than" in caplog.text
    assert peak < 8 << 20, f"{peak} bytes to refuse it"


def test_a_huge_file_as_an_entry_is_refused_unread(entry, tmp_path, caplog):
    """Regression: a 1 GiB file as an entry took 2.1 GB of memory."""
    doc, _, _ = entry
    cache = BuildCache(tmp_path, version="v" * 64)
    path = cache._path(doc.sha256)
    path.parent.mkdir(parents=True)
    with open(path, "wb") as f:
        f.write(f"{FORMAT} {cache.version} {'0' * 64}\n".encode())
        f.truncate(256 << 20)  # sparse: no disk used
    with caplog.at_level(logging.WARNING, logger="kg"):
        got, peak = _peak(lambda: cache.get(doc))
    assert got is None and f"larger than {max_entry_bytes(len(doc.text))} bytes" in caplog.text
    assert peak < 8 << 20, f"{peak} bytes to refuse it"


def test_a_huge_record_of_exports_is_ignored(tmp_path, caplog):
    cache = BuildCache(tmp_path, version="v" * 64)
    with open(tmp_path / "exports.json", "wb") as f:
        f.write(b"{}")
        f.truncate(64 << 20)
    out = tmp_path / "graph.ttl"
    out.write_text("x")
    with caplog.at_level(logging.WARNING, logger="kg"):
        assert not cache.export_is_current(out, "k")
    assert "writing every export" in caplog.text


JSON = st.recursive(st.none() | st.booleans() | st.integers(-2, 2 ** 70) | st.floats() | st.text(max_size=5),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
                    max_leaves=6)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(record=st.sampled_from(sorted(FIELDS)), row=st.integers(0, 5), column=st.integers(0, 9),
       inner=st.none() | st.integers(0, 2), value=JSON)
def test_any_entry_the_cache_accepts_builds_and_exports(entry, record, row, column, inner, value):
    """Change one value anywhere in a real entry: the cache refuses it, or the graph and every
    exporter take it without an error."""
    from kg.exporters import to_csv, to_graphml, to_html, to_json, to_jsonld, to_rdf
    from kg.exporters.rdf import serialize_turtle

    doc, _, body = entry
    body = json.loads(json.dumps(body))
    rows = body[record]
    target = rows[row % len(rows)]
    column %= len(target)
    if inner is not None and isinstance(target[column], list) and target[column]:
        target[column][inner % len(target[column])] = value
    else:
        target[column] = value
    with tempfile.TemporaryDirectory() as folder:
        cache = BuildCache(folder, version="v" * 64)
        forge(cache, doc.sha256, json.dumps(body, ensure_ascii=False).encode("utf-8", "surrogatepass"))
        got = cache.get(doc)
    if got is None:
        return
    merger = GraphMerger()
    merger.add(got)
    G = merger.graph()
    serialize_turtle(to_rdf(G))
    to_json(G), to_html(G), to_jsonld(G), to_graphml(G), to_csv(G)
