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
    assert sorted(p.name for p in Path("out").iterdir()) == [".kgcache", "graph.html", "graph.json", "graph.ttl"]
    assert re.search(r"1 documents, 1 articles; entities: .*Official 1", r.stderr)


def test_format_option(runner):
    Path("page.txt").write_text(TEXT, encoding="utf-8")
    r = runner.invoke(cli, ["build", "page.txt", "--out", "out", "--format", "ttl", "-q"])
    assert r.exit_code == 0
    assert sorted(p.name for p in Path("out").iterdir()) == [".kgcache", "graph.ttl"]
    assert r.output == ""


def test_unknown_format(runner):
    Path("page.txt").write_text(TEXT, encoding="utf-8")
    r = runner.invoke(cli, ["build", "page.txt", "--format", "pdf"])
    assert r.exit_code == 1
    assert r.stderr.strip() == "Error: unknown format 'pdf'; choose from ttl, html, json"


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
