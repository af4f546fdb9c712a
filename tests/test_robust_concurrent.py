"""Two builds at once, a full disk, and what each export belongs to.

A second build into a folder another build is writing stops with one clear line (or waits
with ``--wait``); the lock dies with its process, ``kill -9`` included. Every export of a build
is written to a temporary file first and the files are renamed together, so an export that
cannot be written (a full disk) replaces nothing; ``manifest.json`` names the build each
export belongs to.
"""
import errno
import hashlib
import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg.builder
import kg.exporters.atomic
import kg.extraction
from kg.builder import build
from kg.cli import cli
from kg.exporters.atomic import atomic_open

from conftest import ROOT

TEXT = "江门日报讯（记者/严建广）1月6日上午，开平市委书记陈小曼出席会议并讲话。开平市医疗保障局推进“医保视频办”服务。"
OTHER = "开平市水口镇党委书记关华俊推进“百千万工程”。"


@pytest.fixture
def runner(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(TEXT, encoding="utf-8")
    Path("b.txt").write_text(OTHER, encoding="utf-8")
    return CliRunner()


def _holder(folder: str) -> subprocess.Popen:
    """Another process that holds the build lock of ``folder`` until it is killed."""
    code = ("import sys, time\nfrom kg.lock import locked\nwith locked([sys.argv[1]]):\n"
            "    print('locked', flush=True)\n    time.sleep(120)\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", code, folder], stdout=subprocess.PIPE, env=env)
    assert proc.stdout.readline() == b"locked\n"
    return proc


def _stop(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()


def test_a_second_build_into_the_same_folder_stops_and_the_first_completes(runner, monkeypatch):
    """Regression: the second build deleted the first one's live temporary files, and the first
    failed with 'graph.json: cannot write (No such file or directory)'."""
    real = kg.builder.EXPORTERS["json"]
    writing, go = threading.Event(), threading.Event()

    def slow_json(G, path):  # the first build pauses in the middle of writing graph.json
        with atomic_open(path) as f:
            f.write(b"{")
            writing.set()
            assert go.wait(60)
        return real(G, path)

    monkeypatch.setitem(kg.builder.EXPORTERS, "json", slow_json)
    outcome = {}

    def first():
        try:
            outcome["report"] = build(["a.txt"], "out", ("json",))
        except Exception as exc:  # noqa: BLE001 - the test reports it
            outcome["error"] = exc

    t = threading.Thread(target=first)
    t.start()
    try:
        assert writing.wait(60)
        r = runner.invoke(cli, ["build", "b.txt", "--out", "out", "--format", "html"])
    finally:
        go.set()
        t.join(60)
    assert "error" not in outcome, outcome
    assert r.exit_code == 1, r.output
    assert r.stderr.strip().splitlines() == [
        f"Error: {Path('out').resolve()}: another kg build is using this folder; wait for it to end "
        "(or pass --wait), or choose another folder"]
    assert "陈小曼" in Path("out/graph.json").read_text(encoding="utf-8")
    assert not Path("out/graph.html").exists()


def test_a_lock_dies_with_its_process_even_by_kill_9(runner):
    holder = _holder("out")
    try:
        r = runner.invoke(cli, ["build", "a.txt", "--out", "out", "--format", "json"])
        assert r.exit_code == 1 and "another kg build is using this folder" in r.stderr
        assert not Path("out/graph.json").exists()
    finally:
        _stop(holder)
    assert Path("out/.kg.lock").exists()  # left behind by the killed process: it locks nothing
    r = runner.invoke(cli, ["build", "a.txt", "--out", "out", "--format", "json"])
    assert r.exit_code == 0, r.output


def test_a_shared_cache_is_locked_too(runner):
    from kg.errors import BusyError

    holder = _holder("cache")
    try:
        with pytest.raises(BusyError, match="cache: another kg build"):
            build(["a.txt"], "out", ("json",), cache="cache")
    finally:
        _stop(holder)
    assert build(["a.txt"], "out", ("json",), cache="cache").documents == 1


def test_wait_waits_for_the_other_build(runner):
    holder = _holder("out")
    threading.Timer(1.0, holder.send_signal, [signal.SIGKILL]).start()
    try:
        r = runner.invoke(cli, ["build", "a.txt", "--out", "out", "--format", "json", "--wait"])
    finally:
        _stop(holder)
    assert r.exit_code == 0, r.output
    assert "another kg build is using this folder; waiting for it to end" in r.stderr


def test_an_output_folder_under_a_file_is_reported_before_extracting(runner, monkeypatch):
    calls = []
    monkeypatch.setattr(kg.extraction, "extract_many", lambda *a, **k: calls.append(a))
    r = runner.invoke(cli, ["build", "a.txt", "--out", "a.txt/out"])
    assert r.exit_code == 1 and calls == []
    assert r.stderr.strip().splitlines() == [f"Error: {Path('a.txt/out').resolve()}: cannot use this folder "
                                             "(Not a directory)"]


# --- a full disk: nothing replaced, and a manifest ------------------------------------------------

ALL = "ttl,html,json,jsonld,graphml,csv"
FILES = ["csv/nodes.csv", "csv/relationships.csv", "graph.graphml", "graph.html", "graph.json", "graph.jsonld",
         "graph.ttl", "merges.jsonl"]


def _files(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in FILES + ["manifest.json"] if (out / name).exists()}


def _disk_full_on(monkeypatch, prefix: str) -> dict:
    """The disk fills while the temporary file of one export is written (ENOSPC at its fsync),
    until the returned switch is turned off."""
    real = os.fsync
    full = {"on": True}

    def fsync(fd):
        if full["on"] and os.path.basename(os.readlink(f"/proc/self/fd/{fd}")).startswith(prefix):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(fd)

    monkeypatch.setattr(kg.exporters.atomic.os, "fsync", fsync)
    return full


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="finds a descriptor's file name in /proc")
def test_a_full_disk_replaces_no_export(runner, monkeypatch):
    """Regression: ttl, json and csv were replaced, graphml and merges.jsonl kept the earlier build's."""
    assert runner.invoke(cli, ["build", "a.txt", "--out", "out", "--format", ALL, "-q"]).exit_code == 0
    before = _files(Path("out"))
    assert set(FILES) <= set(before)
    disk = _disk_full_on(monkeypatch, ".graph.graphml.")
    r = runner.invoke(cli, ["build", "a.txt", "b.txt", "--out", "out", "--format", ALL])
    assert r.exit_code == 1
    assert r.stderr.strip().splitlines()[-1] == (f"Error: out/graph.graphml: cannot write "
                                                 f"({os.strerror(errno.ENOSPC)}); no export was replaced")
    assert _files(Path("out")) == before
    leftovers = [p.name for p in Path("out").rglob(".*.tmp")]
    assert leftovers == []
    disk["on"] = False
    assert runner.invoke(cli, ["build", "a.txt", "b.txt", "--out", "out", "--format", ALL, "-q"]).exit_code == 0
    assert all(_files(Path("out"))[name] != before[name] for name in ("graph.ttl", "graph.graphml", "csv/nodes.csv"))


def test_the_manifest_names_the_build_of_every_export(runner):
    assert runner.invoke(cli, ["build", "a.txt", "--out", "out", "--format", ALL, "-q"]).exit_code == 0
    first = json.loads(Path("out/manifest.json").read_text(encoding="utf-8"))
    assert sorted(first["files"]) == FILES and first["documents"] == 1
    for name, entry in first["files"].items():
        assert entry == {"build": first["build"], "sha256": hashlib.sha256(Path("out", name).read_bytes()).hexdigest()}
    # a build of other input that writes only Turtle: the other exports still belong to the first build
    assert runner.invoke(cli, ["build", "b.txt", "--out", "out", "--format", "ttl", "-q"]).exit_code == 0
    second = json.loads(Path("out/manifest.json").read_text(encoding="utf-8"))
    assert second["build"] != first["build"]
    builds = {name: entry["build"] for name, entry in second["files"].items()}
    assert builds["graph.ttl"] == builds["merges.jsonl"] == second["build"]
    assert {builds[n] for n in FILES if n not in ("graph.ttl", "merges.jsonl")} == {first["build"]}
    # an export edited by hand belongs to no build
    Path("out/graph.json").write_text("{}", encoding="utf-8")
    assert runner.invoke(cli, ["build", "b.txt", "--out", "out", "--format", "ttl", "-q"]).exit_code == 0
    third = json.loads(Path("out/manifest.json").read_text(encoding="utf-8"))
    assert third["files"]["graph.json"]["build"] is None
    # the same build again: the same manifest, byte for byte
    again = Path("out/manifest.json").read_bytes()
    assert runner.invoke(cli, ["build", "b.txt", "--out", "out", "--format", "ttl", "-q"]).exit_code == 0
    assert Path("out/manifest.json").read_bytes() == again


def test_ctrl_c_during_the_renames_comes_after_them(tmp_path, monkeypatch):
    real = os.replace

    def replace_then_interrupt(src, dst):
        real(src, dst)
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C right after the first rename

    monkeypatch.setattr(kg.exporters.atomic.os, "replace", replace_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        with kg.exporters.atomic.staged():
            for name in ("a", "b", "c"):
                kg.exporters.atomic.atomic_write(tmp_path / name, name.encode())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b", "c"]
