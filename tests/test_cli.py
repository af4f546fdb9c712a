"""The command line through click's CliRunner, in isolated folders."""
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import __version__
from kg.cli import cli

from conftest import ROOT

TEXT = "江门日报讯（记者/严建广）1月6日上午，开平市委书记陈小曼出席会议并讲话。开平市医疗保障局推进“医保视频办”服务。"


@pytest.fixture
def runner(tmp_path, monkeypatch):
    """A CliRunner working in an empty folder of its own."""
    monkeypatch.chdir(tmp_path)
    return CliRunner()


def test_version(runner):
    r = runner.invoke(cli, ["--version"])
    assert r.exit_code == 0 and __version__ in r.output


def test_build_writes_three_exports(runner):
    Path("page.txt").write_text(TEXT, encoding="utf-8")
    r = runner.invoke(cli, ["build", "page.txt", "--out", "out"])
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in Path("out").iterdir()) == [".kg.lock", ".kgcache", "graph.html", "graph.json",
                                                             "graph.ttl", "manifest.json", "merges.jsonl"]
    assert re.search(r"1 document, 1 article; entities: .*Official 1", r.stderr)


def test_format_option(runner):
    Path("page.txt").write_text(TEXT, encoding="utf-8")
    r = runner.invoke(cli, ["build", "page.txt", "--out", "out", "--format", "ttl", "-q"])
    assert r.exit_code == 0
    assert sorted(p.name for p in Path("out").iterdir()) == [".kg.lock", ".kgcache", "graph.ttl", "manifest.json",
                                                             "merges.jsonl"]
    assert r.output == ""


def test_unknown_format(runner):
    Path("page.txt").write_text(TEXT, encoding="utf-8")
    r = runner.invoke(cli, ["build", "page.txt", "--format", "pdf"])
    assert r.exit_code == 1
    assert r.stderr.strip() == "Error: unknown format 'pdf'; choose from ttl, html, json, jsonld, graphml, csv"


def test_bad_files_are_reported_and_good_ones_build(runner):
    Path("in").mkdir()
    Path("in/gb.txt").write_bytes(TEXT.encode("gb18030"))
    Path("in/bom.txt").write_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    Path("in/empty.txt").write_bytes(b"")
    Path("in/pic.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    r = runner.invoke(cli, ["build", "in", "--out", "out"])
    assert r.exit_code == 1
    errors = [l for l in r.stderr.splitlines() if l.startswith("Error:")]
    assert errors == ["Error: in/empty.txt: empty file (no text); skipped",
                      "Error: in/pic.png: binary file (a PNG image), not text; skipped"]
    assert "Traceback" not in r.output
    assert "2 documents" in r.stderr
    assert Path("out/graph.ttl").exists()


def test_nothing_readable_keeps_earlier_exports(runner):
    Path("page.txt").write_text(TEXT, encoding="utf-8")
    assert runner.invoke(cli, ["build", "page.txt", "--out", "out"]).exit_code == 0
    before = Path("out/graph.ttl").read_bytes()
    Path("empty.txt").write_bytes(b"")
    r = runner.invoke(cli, ["build", "empty.txt", "--out", "out"])
    assert r.exit_code == 1
    assert r.stderr.strip().splitlines()[-1].startswith("Error: no readable documents in the input")
    assert Path("out/graph.ttl").read_bytes() == before


def test_missing_input(runner):
    r = runner.invoke(cli, ["build", "nope.txt"])
    assert r.exit_code == 1
    assert "nope.txt: no such file or directory" in r.stderr
    assert "Traceback" not in r.output


def test_stdin(runner):
    r = runner.invoke(cli, ["build", "-", "--out", "out", "--format", "json"], input=TEXT.encode("utf-8"))
    assert r.exit_code == 0, r.output
    assert "陈小曼" in Path("out/graph.json").read_text(encoding="utf-8")


def test_every_command_has_help_and_a_readme_mention():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, cmd in cli.commands.items():
        assert cmd.help, f"kg {name} has no help text"
        assert f"kg {name}" in readme, f"README does not mention kg {name}"


def test_ner_prints_one_json_object_per_line(runner):
    import json

    r = runner.invoke(cli, ["ner", "-", "--no-model"], input="开平市委书记陈小曼出席会议。\n\n记者/严建广\n")
    assert r.exit_code == 0, r.output
    lines = [json.loads(l) for l in r.stdout.splitlines()]
    assert [l["text"] for l in lines] == ["开平市委书记陈小曼出席会议。", "", "记者/严建广"]
    m = {(x["text"], x["type"]) for x in lines[0]["mentions"]}
    assert {("陈小曼", "Official"), ("开平市委", "Agency"), ("书记", "Post"), ("开平市", "Place")} <= m
    for line in lines:
        for x in line["mentions"]:
            assert line["text"][x["start"]:x["end"]] == x["text"]
            assert set(x) == {"start", "end", "text", "type", "canonical", "confidence", "method"}


LEXICON = '{"label": "Programme", "pattern": "三清三拆三整治", "id": "三清三拆三整治行动"}\n'


def test_build_with_a_lexicon_of_ones_own(runner, use_lexicons):
    import json

    Path("page.txt").write_text("开平市推进三清三拆三整治。", encoding="utf-8")
    Path("mine.jsonl").write_text(LEXICON, encoding="utf-8")
    r = runner.invoke(cli, ["build", "page.txt", "--out", "out", "--format", "json", "-q"])
    assert r.exit_code == 0, r.output
    before = {n["name"] for n in json.loads(Path("out/graph.json").read_text(encoding="utf-8"))["nodes"]}
    r = runner.invoke(cli, ["build", "page.txt", "--out", "out", "--format", "json", "--lexicon", "mine.jsonl"])
    assert r.exit_code == 0, r.output
    after = {n["name"] for n in json.loads(Path("out/graph.json").read_text(encoding="utf-8"))["nodes"]}
    assert after - before == {"三清三拆三整治行动"} and "reused" not in r.stderr  # a new pipeline version


@pytest.mark.parametrize("command", [["build", "page.txt"], ["ner", "page.txt"]])
def test_a_bad_lexicon_is_one_error_line(runner, use_lexicons, command):
    Path("page.txt").write_text(TEXT, encoding="utf-8")
    Path("bad.jsonl").write_text(LEXICON + '{"label": "Post", "pattern": 12}\n', encoding="utf-8")
    r = runner.invoke(cli, command + ["--lexicon", "bad.jsonl"])
    assert r.exit_code == 1
    assert r.stderr.strip() == ('Error: bad.jsonl:2: "pattern" must be a non-empty string (token patterns are not '
                                'supported)')
    r = runner.invoke(cli, command + ["--lexicon", "missing.jsonl"])
    assert r.exit_code == 1 and r.stderr.strip() == "Error: missing.jsonl: no such lexicon file or folder"


def test_ner_with_a_lexicon_of_ones_own(runner, use_lexicons):
    import json

    Path("mine.jsonl").write_text(LEXICON, encoding="utf-8")
    r = runner.invoke(cli, ["ner", "-", "--no-model", "--lexicon", "mine.jsonl"], input="推进三清三拆三整治。\n")
    assert r.exit_code == 0, r.output
    assert [(m["text"], m["canonical"]) for m in json.loads(r.stdout)["mentions"]] == [("三清三拆三整治", "三清三拆三整治行动")]


def test_eval_scores_a_graph_like_the_gold_rules(runner):
    import json

    Path("page.txt").write_text("开平市委书记陈小曼出席会议。开平市医保局推进“医保视频办”。", encoding="utf-8")
    assert runner.invoke(cli, ["build", "page.txt", "--out", "out", "--format", "ttl", "-q"]).exit_code == 0
    gold = {"doc": "page.txt", "entities": [
        {"type": "Official", "name": "陈小曼"},
        {"type": "Agency", "name": "开平市医疗保障局", "aliases": ["开平市医保局"]},
        {"type": "Person", "name": "不存在"},
        {"type": "Agency", "name": "中共开平市委员会", "optional": True}],
        "relations": [{"s": "陈小曼", "p": "holdsPost", "o": "中共开平市委员会", "optional": True}]}
    Path("gold.jsonl").write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    r = runner.invoke(cli, ["eval", "--graph", "out/graph.ttl", "--gold", "gold.jsonl", "--json"])
    assert r.exit_code == 0, r.output
    s = json.loads(r.stdout)
    assert (s["Official"]["tp"], s["Official"]["fn"]) == (1, 0)
    assert (s["Agency"]["tp"], s["Agency"]["fn"]) == (1, 0)  # matched through the alias
    assert (s["Person"]["tp"], s["Person"]["fn"]) == (0, 1)
    r = runner.invoke(cli, ["eval", "--graph", "out/graph.ttl", "--gold", "gold.jsonl", "--errors"])
    assert r.exit_code == 0, r.output
    assert [l.split() for l in r.stdout.splitlines() if l.startswith("fn ")] == [["fn", "Person", "不存在"]]
    assert any(l.split()[:2] == ["fp", "Place"] for l in r.stdout.splitlines())  # 开平市: not in this gold


def test_eval_needs_a_gold_file(runner):
    r = runner.invoke(cli, ["eval"])
    assert r.exit_code == 1 and r.stderr.startswith("Error: give --gold FILE")


def test_eval_missing_graph(runner):
    Path("gold.jsonl").write_text("", encoding="utf-8")
    r = runner.invoke(cli, ["eval", "--graph", "none.ttl", "--gold", "gold.jsonl"])
    assert r.exit_code == 1 and r.stderr.strip() == "Error: none.ttl: no such graph file; run kg build first"


def test_train_pkuseg_on_a_missing_folder(runner):
    r = runner.invoke(cli, ["train", "pkuseg", "--data", "nowhere", "--out", "model"])
    assert r.exit_code == 1
    assert r.stderr.startswith("Error: ") and len(r.stderr.strip().splitlines()) == 1
    assert not Path("model").exists()


def test_train_ner_on_a_tiny_set(runner):
    from conftest import DATA

    r = runner.invoke(cli, ["train", "ner", "--data", str(DATA / "ner_tiny"), "--out", "model", "--epochs", "1"])
    assert r.exit_code == 0, r.output
    assert Path("model/model.npz").exists()
    assert "name: F1" in r.stdout


def test_train_ner_on_a_missing_folder(runner):
    r = runner.invoke(cli, ["train", "ner", "--data", "nowhere", "--out", "model"])
    assert r.exit_code == 1 and r.stderr.startswith("Error: ") and len(r.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("args, missing", [
    (["data", "gazetteer", "nowhere", "-o", "out.tsv.gz"], "china-admin-divisions-mca2025"),
    (["data", "villages", "nowhere", "-o", "out.zip"], "china-admin-divisions-mca2025"),
    (["data", "ner-lexicons", "--data", "nowhere", "--out", "lexicons"], "nowhere"),
])
def test_data_builds_from_a_missing_folder_are_one_line(runner, args, missing):
    r = runner.invoke(cli, args)
    assert r.exit_code == 1 and r.stderr.startswith("Error: ") and len(r.stderr.strip().splitlines()) == 1
    assert missing in r.stderr
    assert not Path(args[-1]).exists()


def test_a_data_build_writes_what_it_reports(runner):
    """The NER lexicons from a small copy of the open data: the files it names, sorted and non-empty."""
    from conftest import ROOT

    shared = ROOT.parent / "shared" / "data"
    if not (shared / "china-admin-divisions-mca2025").is_dir():
        pytest.skip(f"shared data not found at {shared}")
    r = runner.invoke(cli, ["data", "ner-lexicons", "--data", str(shared), "--out", "lexicons"])
    assert r.exit_code == 0, r.output
    for line in r.stdout.splitlines():
        path = Path(line.rpartition(" -> ")[2])
        entries = path.read_text(encoding="utf-8").splitlines()
        assert entries and entries == sorted(entries), path


@pytest.mark.parametrize("gold", ['{"doc": "a"}', '{"entities": [{"type": "Person"}]}', "not json"])
def test_eval_bad_gold_is_one_line(runner, gold):
    Path("page.txt").write_text(TEXT, encoding="utf-8")
    assert runner.invoke(cli, ["build", "page.txt", "--out", "out", "--format", "ttl", "-q"]).exit_code == 0
    Path("gold.jsonl").write_text(gold + "\n", encoding="utf-8")
    r = runner.invoke(cli, ["eval", "--graph", "out/graph.ttl", "--gold", "gold.jsonl"])
    assert r.exit_code == 1 and r.stderr.startswith("Error: gold.jsonl") and len(r.stderr.strip().splitlines()) == 1
