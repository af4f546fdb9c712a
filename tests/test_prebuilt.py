"""The per-user cache of prebuilt tables (kg.prebuilt) and the rates that choose between this process and workers."""
import json
import math
import os
from pathlib import Path

import numpy as np
import pytest

import kg.engine
from kg import prebuilt, script
from kg.engine import LocalEngine, Rates, measured_rates, parallel_threshold, record_rates
from kg.ner.statistical import DEFAULT_MODEL_DIR, MODEL_FILE, StatisticalNER

TEXTS = ["开平市委书记陈小曼出席会议。", "台山市副市长李明到水口镇调研乡村振兴工作。", "", "广东省江门市人民政府"]


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def mapped(a) -> bool:
    """Whether the array's memory is a memory-mapped file (the array or an array it views)."""
    while a is not None:
        if isinstance(a, np.memmap):
            return True
        a = getattr(a, "base", None)
    return False


def entry_of(home, name):
    (folder,) = [p for p in home.iterdir() if p.name.startswith(name + "-")]
    return folder


def test_the_prebuilt_model_is_the_model_read_from_its_file(home):
    slow = StatisticalNER._read(DEFAULT_MODEL_DIR / MODEL_FILE)
    first = StatisticalNER.load()  # builds the entry
    fast = StatisticalNER.load()  # opens it
    assert mapped(fast.fmap.table) and not mapped(first.fmap.table)
    for a, b in [(slow.weights, fast.weights), (slow.fmap.table, fast.fmap.table), (slow.fmap.check, fast.fmap.check),
                 (slow.trans, fast.trans), (slow.lexicon.bloom, fast.lexicon.bloom), (slow.lexicon.single, fast.lexicon.single)]:
        assert a.dtype == b.dtype and np.array_equal(a, b)
    assert (fast.labels, fast.meta, fast.o_penalty, fast.lexicon.lengths) == (slow.labels, slow.meta, slow.o_penalty,
                                                                              slow.lexicon.lengths)
    assert fast.predict(TEXTS) == slow.predict(TEXTS)


CORRUPTIONS = {
    "truncated weights": lambda f: (f / "weights.npy").write_bytes((f / "weights.npy").read_bytes()[:1000]),
    "weights of another shape": lambda f: np.save(f / "weights.npy", np.zeros((3, 41), np.float32)),
    "garbage table": lambda f: (f / "table.npy").write_bytes(b"\0" * (f / "table.npy").stat().st_size),
    "a changed value": lambda f: (f / "value.marshal").write_bytes((f / "value.marshal").read_bytes().replace(b"name", b"nome")),
    "no entry file": lambda f: (f / "entry.json").unlink(),
    "an entry file of junk": lambda f: (f / "entry.json").write_text("[1, 2]"),
    "a missing array": lambda f: (f / "keys.npy").unlink(),
}


@pytest.mark.parametrize("corrupt", CORRUPTIONS.values(), ids=CORRUPTIONS.keys())
def test_a_corrupt_prebuilt_model_is_built_again_never_misread(home, corrupt):
    expected = StatisticalNER._read(DEFAULT_MODEL_DIR / MODEL_FILE).predict(TEXTS)
    StatisticalNER.load()
    corrupt(entry_of(home, "statistical-ner"))
    again = StatisticalNER.load()  # refused, built from the model file and saved again
    assert not mapped(again.fmap.table) and again.predict(TEXTS) == expected
    opened = StatisticalNER.load()
    assert mapped(opened.fmap.table) and opened.predict(TEXTS) == expected


def squares(calls):
    def build():
        calls.append(1)
        return [0, 1, 2, 3]
    return build, lambda t: prebuilt.Entry({"squares": np.array(t) ** 2}, {"n": len(t)}), \
        lambda e: [int(x) for x in e.arrays["squares"]] + [e.value["n"]]


@pytest.mark.parametrize("name, build", [("script-traditional", script._traditional_chars),
                                         ("script-simplified", script._simplified_chars)])
def test_the_script_classes_are_built_once_then_read(home, name, build, monkeypatch):
    """The characters only traditional (or only simplified) text has: the first process runs OpenCC over
    every ideograph, later ones read its entry; a corrupt entry is built again."""
    expected = build()
    assert script._class(name, build) == expected  # built and saved
    monkeypatch.setattr(script, "_changed_by", lambda config: pytest.fail("OpenCC run again"))
    assert script._class(name, build) == expected  # read
    monkeypatch.undo()
    (entry_of(home, name) / "value.marshal").write_bytes(b"junk")
    assert script._class(name, build) == expected
    assert script.is_traditional("遂溪縣委副書記劉劍") and script.is_traditional("遂溪县委副书记刘剑") is False


def test_an_entry_is_built_once_and_a_changed_source_makes_another(home):
    calls = []
    assert prebuilt.cached("demo", [b"v1"], *squares(calls)) == [0, 1, 2, 3]  # built
    assert prebuilt.cached("demo", [b"v1"], *squares(calls)) == [0, 1, 4, 9, 4]  # opened
    assert len(calls) == 1
    assert prebuilt.cached("demo", [b"v2"], *squares(calls)) == [0, 1, 2, 3] and len(calls) == 2  # stale: not read
    assert prebuilt.cached("demo", [b"v2"], *squares(calls)) == [0, 1, 4, 9, 4] and len(calls) == 2


def test_old_entries_are_pruned_to_the_newest(home):
    for i in range(prebuilt._KEPT + 3):
        prebuilt.cached("demo", [f"v{i}".encode()], *squares([]))
    assert len([p for p in home.iterdir() if p.name.startswith("demo-")]) == prebuilt._KEPT
    assert not [p for p in home.iterdir() if p.name.startswith(".")]  # no temporary folder left behind


def test_the_cache_off_or_unwritable_builds_in_memory(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setenv("KG_CACHE_HOME", "off")
    assert prebuilt.cache_root() is None
    assert prebuilt.cached("demo", [b"v1"], *squares(calls)) == [0, 1, 2, 3]
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("KG_CACHE_HOME", str(blocked / "kg"))
    assert prebuilt.cached("demo", [b"v1"], *squares(calls)) == [0, 1, 2, 3] and len(calls) == 2


def test_the_default_folder_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("KG_CACHE_HOME", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert prebuilt.cache_root() == tmp_path / "kg"


# --- digests of files remembered by their size, times and inode ---------------------------------

def _rewrite(path, data):
    path.write_bytes(data)


def _touch_back(path, data):
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns - 10**9))


def _replace_same(path, data):
    st = path.stat()
    other = path.with_suffix(".new")
    other.write_bytes(path.read_bytes())
    os.utime(other, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.replace(other, path)


CHANGES = {"unchanged": (None, 1), "rewritten": (_rewrite, 2), "same bytes, older mtime": (_touch_back, 2),
           "replaced by a copy with the same mtime": (_replace_same, 2)}


@pytest.mark.parametrize("change, computed", CHANGES.values(), ids=CHANGES.keys())
def test_a_digest_is_remembered_until_a_file_changes(home, tmp_path, monkeypatch, change, computed):
    monkeypatch.setattr(prebuilt, "_SETTLED_NS", 0)
    files = [tmp_path / "a.bin", tmp_path / "b.bin"]
    for i, f in enumerate(files):
        f.write_bytes(bytes([i]) * 100)
    calls = []

    def compute():
        calls.append(1)
        return prebuilt.source_digest(*files)

    first = prebuilt.remembered_digest("demo", files, compute)
    if change:
        change(files[1], b"other bytes")
    assert prebuilt.remembered_digest("demo", files, compute) == prebuilt.source_digest(*files)
    assert len(calls) == computed
    assert first == prebuilt.source_digest(*files) or change is _rewrite


def test_a_digest_of_files_just_changed_or_of_another_salt_is_not_reused(home, tmp_path, monkeypatch):
    f = tmp_path / "a.bin"
    f.write_bytes(b"x")
    calls = []
    compute = lambda: calls.append(1) or prebuilt.source_digest(f)  # noqa: E731
    for _ in range(2):  # written a moment ago: hashed each time
        prebuilt.remembered_digest("demo", [f], compute)
    assert len(calls) == 2 and not (home / "digests-demo.json").exists()
    monkeypatch.setattr(prebuilt, "_SETTLED_NS", 0)
    for salt in ("s1", "s1", "s2"):
        prebuilt.remembered_digest("demo", [f], compute, salt)
    assert len(calls) == 4
    monkeypatch.setenv("KG_CACHE_HOME", "off")
    prebuilt.remembered_digest("demo", [f], compute, "s1")
    assert len(calls) == 5


def test_the_pipeline_version_read_from_the_cache_is_the_one_computed(home, monkeypatch):
    import kg.cache

    monkeypatch.setattr(prebuilt, "_SETTLED_NS", 0)
    compute = kg.cache._code_version.__wrapped__
    monkeypatch.setenv("KG_CACHE_HOME", "off")
    hashed = compute()
    monkeypatch.setenv("KG_CACHE_HOME", str(home))
    assert compute() == hashed and (home / "digests-pipeline.json").exists()
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail(f"{self} read"))
    assert compute() == hashed


# --- this process or workers -------------------------------------------------------------------

@pytest.mark.parametrize("rates, workers, loaded, expected", [
    (Rates(per_char=1e-5, load=1.0, pool_start=1.5, transfer=0.1), 2, False, 171_429),
    (Rates(per_char=1e-5, load=1.0, pool_start=1.5, transfer=0.1), 4, False, 96_000),  # more workers: sooner
    (Rates(per_char=2e-5, load=1.0, pool_start=1.5, transfer=0.1), 2, False, 85_714),  # slower text: sooner
    (Rates(per_char=1e-5, load=1.0, pool_start=1.5, transfer=0.1), 2, True, 428_571),  # loaded here: later
    (Rates(per_char=1e-5, load=2.0, pool_start=1.5, transfer=0.1), 2, False, 0),  # workers start faster than a load
    (Rates(per_char=1e-5, load=1.0, pool_start=1.5, transfer=0.9), 2, False, math.inf),  # transfer eats the gain
    (Rates(), 1, False, math.inf),
])
def test_the_threshold_of_workers(rates, workers, loaded, expected):
    got = parallel_threshold(rates, workers, loaded=loaded)
    assert got == expected if math.isinf(expected) else round(got) == expected


@pytest.mark.parametrize("chars", [1_000, 50_000, 200_000, 1_000_000, 10_000_000])
@pytest.mark.parametrize("rates", [Rates(), Rates(per_char=3e-5), Rates(load=0.3, pool_start=2.5),
                                   Rates(per_char=5e-6, transfer=0.4)])
def test_workers_are_chosen_only_when_estimated_faster_than_one_process(rates, chars):
    """The estimate behind the choice: never workers where one process is estimated as fast."""
    one = rates.load + chars * rates.per_char
    two = rates.pool_start + chars * rates.per_char * (1 + rates.transfer) / 2
    assert (chars >= parallel_threshold(rates, 2)) == (two <= 0.9 * one)


def test_rates_are_recorded_halfway_and_junk_is_ignored(home):
    assert measured_rates() == Rates()
    record_rates(per_char=2 * Rates().per_char, load=float("nan"))
    assert measured_rates() == Rates(per_char=1.5 * Rates().per_char)
    (home / kg.engine.RATES_FILE).write_text(json.dumps({"per_char": "fast", "load": -1, "pool_start": 2.0}))
    assert measured_rates() == Rates(pool_start=2.0)
    (home / kg.engine.RATES_FILE).write_text("{")
    assert measured_rates() == Rates()


def test_the_engine_starts_workers_from_the_measured_threshold(home, monkeypatch):
    monkeypatch.setattr(kg.engine, "default_workers", lambda: 2)
    record_rates(per_char=1e-5, load=1.0, pool_start=1.5)  # halfway from the defaults
    rates = measured_rates()
    engine = LocalEngine(workers=8)
    assert engine.threshold() == parallel_threshold(rates, 2, loaded=kg.engine._pipeline_loaded())
    assert LocalEngine(workers=2, min_parallel_chars=5).threshold() == 5
    monkeypatch.setattr(kg.engine, "PARALLEL_MIN_CHARS", 7)
    assert LocalEngine(workers=2).threshold() == 7


def test_a_build_in_one_process_records_the_rate_of_extraction(home, tmp_path):
    from kg.builder import build

    from conftest import SEEDS

    build([str(SEEDS)], tmp_path / "out", ("json",), workers=1, cache=False)  # 30,389 characters
    saved = json.loads((home / kg.engine.RATES_FILE).read_text(encoding="utf-8"))
    assert saved["per_char"] != Rates().per_char and 1e-7 < saved["per_char"] < 1e-3


PATTERNS = [
    (r"(?P<place>[\u4e00-\u9fff]{2,4}?)(市|县)委(?!员)", 0),
    (r"[一二三四五六七八九十]是([^，。]{2,12}?)(?:工程|行动)", 0),
    (r"^\s*(?:记者|通讯员)\s*([a-z]+)$", int(prebuilt.re.IGNORECASE | prebuilt.re.MULTILINE)),
]
SAMPLES = ["开平市委书记到台山县委调研", "一是乡村振兴工程，二是清洁行动", "  记者 ABC\n通讯员 xy", ""]


def behaviour(p):
    return (p.pattern, p.flags, p.groups, dict(p.groupindex),
            [[(m.span(), m.groups()) for m in p.finditer(t)] for t in SAMPLES])


@pytest.mark.parametrize("pattern, flags", PATTERNS)
def test_a_pattern_compiled_from_saved_code_is_the_one_re_compiles(home, pattern, flags):
    first = prebuilt.compile_pattern(pattern, flags)  # compiled, its code saved
    (saved,) = [p for p in prebuilt._pattern_folder().iterdir() if not p.name.startswith(".")]
    second = prebuilt.compile_pattern(pattern, flags)  # from the saved code
    expected = re_compiled = __import__("re").compile(pattern, flags)
    assert behaviour(first) == behaviour(second) == behaviour(expected)
    assert second == re_compiled  # re's patterns are equal when pattern, flags and code are
    assert saved.stat().st_size > 0 and len(list(prebuilt._pattern_folder().iterdir())) == 1


def test_a_pattern_that_opens_with_look_behinds_is_compiled_behind_a_look_ahead_at_its_first_characters(home):
    """A pattern the engine has no first characters of (alternatives opening with look-behinds and ^) runs
    behind a look-ahead at the characters its matches begin with: other code, the same matches, groups, pattern
    and flags, at every position asked (look-behinds see the text before a search's start), saved and read
    again; the words are our own."""
    import re

    pattern = r"(?:(?<=[，。])|^)(?:该|这项)(?P<head>工程|项目)(?:[^，。]{0,6}?[，,])?(?:在|涉及)|(?P<duty>(?:负责|承担)该?(?:工程|项目)的)"
    texts = ["该项目在东村动工。乡里负责该工程的验收，这项工程，涉及西村", "会上说该项目在南村", "负责项目的人在该工程",
             "该工程在", "", "。该项目涉及北村和东村，该工程今年在"]
    first = prebuilt.compile_pattern(pattern)
    second = prebuilt.compile_pattern(pattern)  # from the saved code
    plain = re.compile(pattern)
    assert first != plain and second == first  # the code differs: the look-ahead's

    def every(p):
        return (behaviour_of(p, texts), [[(m.span(), m.groupdict()) if (m := p.match(t, i)) else None
                                          for i in range(len(t) + 1)] for t in texts],
                [[(m.span(), m.groups()) if (m := p.search(t, i)) else None for i in range(len(t) + 1)] for t in texts],
                [p.sub("#", t) for t in texts], [p.split(t) for t in texts], [bool(p.fullmatch(t)) for t in texts])

    assert every(first) == every(second) == every(plain)
    assert any(every(plain)[0][-1])  # (it matches)


def behaviour_of(p, texts):
    return (p.pattern, p.flags, p.groups, dict(p.groupindex), [[(m.span(), m.groups()) for m in p.finditer(t)] for t in texts])


@pytest.mark.parametrize("damage", ["cut", "other pattern", "junk code"])
def test_a_damaged_or_foreign_saved_pattern_is_compiled_again(home, damage):
    import marshal

    pattern, flags = PATTERNS[0]
    prebuilt.compile_pattern(pattern, flags)
    (saved,) = [p for p in prebuilt._pattern_folder().iterdir() if not p.name.startswith(".")]
    data = saved.read_bytes()
    if damage == "cut":
        saved.write_bytes(data[: len(data) // 2])
    else:
        value = list(marshal.loads(data))
        if damage == "other pattern":
            value[0] = PATTERNS[1][0]
        else:
            value[3] = [17] * len(value[3])  # code the engine must refuse
        saved.write_bytes(marshal.dumps(tuple(value)))
    again = prebuilt.compile_pattern(pattern, flags)
    assert behaviour(again) == behaviour(__import__("re").compile(pattern, flags))
    assert saved.read_bytes() == data  # and saved again


def test_without_a_cache_folder_a_pattern_is_compiled_as_re_does(monkeypatch):
    monkeypatch.setenv("KG_CACHE_HOME", "off")
    pattern, flags = PATTERNS[1]
    assert prebuilt._pattern_folder() is None
    assert behaviour(prebuilt.compile_pattern(pattern, flags)) == behaviour(__import__("re").compile(pattern, flags))


def test_the_lexicons_patterns_compile_through_the_saved_code(home):
    from kg.lexicon import Lexicon

    lex = Lexicon.from_rows([{"label": "Level", "pattern": "市"}, {"label": "Level", "pattern": "县"}])
    assert lex.regex(r"([\u4e00-\u9fff]{2})({Level})委").search("开平市委书记").groups() == ("开平", "市")
    assert len([p for p in prebuilt._pattern_folder().iterdir() if not p.name.startswith(".")]) == 1
    fresh = Lexicon.from_rows([{"label": "Level", "pattern": "市"}, {"label": "Level", "pattern": "县"}])
    assert fresh.regex(r"([\u4e00-\u9fff]{2})({Level})委").search("台山县委").groups() == ("台山", "县")
