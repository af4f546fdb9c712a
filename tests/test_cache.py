"""The extraction cache: exact round trips, corrupt entries rebuilt, atomic writes, versions."""
import json
import logging
import os
import zlib
from dataclasses import replace

import pytest

import kg.cache
from kg.cache import FORMAT, BuildCache, pipeline_version
from kg.graph import merge_input


@pytest.fixture
def cache(tmp_path):
    return BuildCache(tmp_path / "cache", version="v" * 64)


@pytest.fixture
def entries(seed_results):
    return [merge_input(r) for r in seed_results]


def test_round_trip_is_exact(cache, entries):
    for e in entries:
        cache.put(e)
    for e in entries:
        assert cache.get(e.document) == e


def test_one_content_under_another_id(cache, entries):
    e = entries[0]
    cache.put(e)
    elsewhere = replace(e.document, doc_id="other/name.txt", path="other/name.txt")
    got = cache.get(elsewhere)
    assert got.document == elsewhere
    assert {m.doc_id for m in got.mentions} == {a.doc_id for a in got.articles} == {"other/name.txt"}
    assert got.entities == e.entities and [m.start for m in got.mentions] == [m.start for m in e.mentions]


def test_entries_are_json_behind_a_checksummed_header(cache, entries):
    cache.put(entries[0])
    data = cache._path(entries[0].document.sha256).read_bytes()
    head, _, body = data.partition(b"\n")
    fmt, version, checksum = head.decode().split(" ")
    assert (fmt, version) == (FORMAT, cache.version)
    assert json.loads(zlib.decompress(body))["sha256"] == entries[0].document.sha256


def _damage_body(data: bytes) -> bytes:
    i = data.index(b"\n") + 20
    return data[:i] + bytes([data[i] ^ 0xFF]) + data[i + 1:]


@pytest.mark.parametrize("damage", [
    lambda d: d[: len(d) // 2],  # a partial write
    lambda d: b"",
    _damage_body,  # a flipped byte
    lambda d: d.replace(FORMAT.encode(), b"kg-cache-0", 1),
    lambda d: b"\x80\x03pickle" + d,
    lambda d: d.split(b"\n", 1)[0] + b"\n" + zlib.compress(b"[1, 2]", 1),  # valid zlib, wrong checksum
], ids=["truncated", "empty", "flipped byte", "other format", "garbage", "replaced body"])
def test_a_corrupt_entry_is_reported_and_never_trusted(cache, entries, damage, caplog):
    e = entries[0]
    cache.put(e)
    path = cache._path(e.document.sha256)
    path.write_bytes(damage(path.read_bytes()))
    with caplog.at_level(logging.WARNING, logger="kg"):
        assert cache.get(e.document) is None
    assert "corrupt cache entry" in caplog.text
    cache.put(e)
    assert cache.get(e.document) == e


def test_an_entry_of_another_version_or_content_is_not_used(tmp_path, entries, caplog):
    BuildCache(tmp_path, version="a" * 64).put(entries[0])
    assert BuildCache(tmp_path, version="b" * 64).get(entries[0].document) is None
    other = BuildCache(tmp_path, version="a" * 64)
    src = other._path(entries[0].document.sha256)
    dst = other._path(entries[1].document.sha256)
    dst.parent.mkdir(parents=True, exist_ok=True)
    src.rename(dst)  # an entry filed under the wrong content
    with caplog.at_level(logging.WARNING, logger="kg"):
        assert other.get(entries[1].document) is None
    assert "other content" in caplog.text


def test_writes_are_atomic(cache, entries, monkeypatch):
    cache.put(entries[0])
    path = cache._path(entries[0].document.sha256)
    before = path.read_bytes()

    def fail(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(kg.cache.os, "replace", fail)
    changed = replace(entries[0], chars=entries[0].chars + 1)
    cache.put(changed)  # reported, not raised
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left


def test_an_unwritable_cache_is_reported_once(tmp_path, entries, caplog):
    (tmp_path / "blocked").write_text("a file where the cache folder should be")
    cache = BuildCache(tmp_path / "blocked", version="c" * 64)
    with caplog.at_level(logging.WARNING, logger="kg"):
        for e in entries:
            cache.put(e)
    assert caplog.text.count("cannot write the cache") == 1
    assert cache.get(entries[0].document) is None


def test_prune_keeps_the_current_version_only(tmp_path, entries):
    old = BuildCache(tmp_path, version="0" * 64)
    old.put(entries[0])
    (tmp_path / "notes").mkdir()
    new = BuildCache(tmp_path, version="1" * 64)
    new.put(entries[0])
    new.prune()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["1" * 16, "notes"]


def test_pipeline_version_follows_code_lexicons_and_models(tmp_path, monkeypatch):
    pkg, lex = tmp_path / "kg", tmp_path / "lexicons"
    (pkg / "models").mkdir(parents=True)
    lex.mkdir()
    (pkg / "a.py").write_text("x = 1\n")
    (pkg / "models" / "w.npz").write_bytes(b"\0\1")
    (lex / "agencies.jsonl").write_text('{"label": "Agency", "pattern": "x"}\n')
    (pkg / "__pycache__").mkdir()
    monkeypatch.setattr(kg.cache, "package_dir", lambda: pkg)
    monkeypatch.setattr(kg.cache, "lexicon_dir", lambda: lex)
    compute = kg.cache._code_version.__wrapped__
    versions = [compute()]
    (pkg / "__pycache__" / "a.cpython-311.pyc").write_bytes(b"ignored")
    versions.append(compute())
    for path, data in ((pkg / "a.py", "x = 2\n"), (pkg / "models" / "w.npz", "\0\2"),
                       (lex / "agencies.jsonl", '{"label": "Agency", "pattern": "y"}\n')):
        path.write_text(data)
        versions.append(compute())
    assert versions[0] == versions[1]
    assert len(set(versions[1:])) == 4


def test_pipeline_version_leaves_out_the_offline_tooling(tmp_path, monkeypatch):
    """Training code, data-build code and the word segmenter's model are no part of a build."""
    pkg, lex = tmp_path / "kg", tmp_path / "lexicons"
    for folder in ("train", "data_build", "models/pkuseg", "models/ner", "ner"):
        (pkg / folder).mkdir(parents=True)
        (pkg / folder / "f.py").write_text("x = 1\n")
    lex.mkdir()
    monkeypatch.setattr(kg.cache, "package_dir", lambda: pkg)
    monkeypatch.setattr(kg.cache, "lexicon_dir", lambda: lex)
    compute = kg.cache._code_version.__wrapped__
    before = compute()
    for folder in ("train", "data_build", "models/pkuseg"):
        (pkg / folder / "f.py").write_text("x = 2\n")
        assert compute() == before, folder
    for folder in ("models/ner", "ner"):
        (pkg / folder / "f.py").write_text("x = 2\n")
        assert compute() != before, folder
        before = compute()


def test_pipeline_version_is_computed_once():
    assert pipeline_version() is pipeline_version()
    assert len(pipeline_version()) == 64


def test_export_record(tmp_path, cache):
    out = tmp_path / "graph.ttl"
    out.write_text("data")
    assert not cache.export_is_current(out, "k1")
    cache.record_export(out, "k1")
    cache.save()
    again = BuildCache(cache.root, version=cache.version)
    assert again.export_is_current(out, "k1") and not again.export_is_current(out, "k2")
    out.write_text("edited by hand")
    assert not again.export_is_current(out, "k1")
    os.remove(out)
    assert not again.export_is_current(out, "k1")


def test_text_with_a_lone_surrogate_round_trips(cache, entries):
    e = entries[0]
    odd = replace(e, mentions=(replace(e.mentions[0], text="开\ud800平"),) + e.mentions[1:])
    cache.put(odd)
    assert cache.get(odd.document) == odd
