"""Honest exits: bad input is one `Error:` line and a non-zero exit, never a traceback; Ctrl-C
exits with 130; UTF-16 without a byte-order mark is text; kg ner takes what kg build takes;
the summary says what was skipped."""
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from click.testing import CliRunner

from kg.cli import cli

from conftest import ROOT, SEEDS

TEXT = "江门日报讯（记者/严建广）1月6日上午，开平市委书记陈小曼出席会议并讲话。开平市医疗保障局推进“医保视频办”服务。\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 100


@pytest.fixture
def runner(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(TEXT, encoding="utf-8")
    return CliRunner()


def one_error(r, code: int = 1) -> str:
    assert r.exit_code == code, r.output
    assert "Traceback" not in r.output
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), lines
    return lines[0]


def test_a_scheduler_address_of_no_known_scheme(runner):
    """Regression: a 19-frame traceback."""
    line = one_error(runner.invoke(cli, ["build", "a.txt", "--out", "out", "--scheduler", "notascheme://x"]))
    assert line.startswith("Error: notascheme://x is no Dask scheduler address (unknown address scheme 'notascheme'")
    assert line.endswith("give one like tcp://host:8786")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_text(runner, codec):
    """Regression: skipped as 'binary file (it contains NUL bytes)'."""
    Path("u16.txt").write_bytes(TEXT.encode(codec))
    r = runner.invoke(cli, ["build", "u16.txt", "--out", "out", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert "陈小曼" in Path("out/graph.json").read_text(encoding="utf-8")
    assert codec in Path("out/graph.json").read_text(encoding="utf-8")  # the encoding it was read in


@pytest.mark.parametrize("data, message", [
    (b"\x00\x01\x02\x03" * 300, "binary file (it contains NUL bytes), not text; skipped"),
    (bytes([0, 0, 1, 2, 0, 3, 4, 0]) * 500, "binary file (it contains NUL bytes), not text; skipped"),
    (b"\x7fELF" + TEXT.encode("utf-16-le"), "binary file (an executable), not text; skipped"),
    (TEXT.encode("utf-16-le") * 5 + b"\x00\xd8" * 200, "looks like UTF-16 without a byte-order mark, but it does "
                                                        "not decode; convert it to UTF-8"),
])
def test_nul_bytes_that_are_no_utf16_text(runner, data, message):
    Path("b.bin").write_bytes(data)
    r = runner.invoke(cli, ["build", "a.txt", "b.bin", "--out", "out", "--format", "json"])
    assert r.exit_code == 1
    assert [l for l in r.stderr.splitlines() if l.startswith("Error:")] == [f"Error: b.bin: {message}"]


def test_kg_ner_refuses_what_kg_build_refuses(runner):
    """Regression: kg ner - read a PNG as text."""
    line = one_error(runner.invoke(cli, ["ner", "-", "--no-model"], input=PNG))
    assert line == "Error: -: binary file (a PNG image), not text; skipped"
    r = runner.invoke(cli, ["build", "-", "--out", "out"], input=PNG)
    assert "(-: binary file (a PNG image), not text; skipped)" in one_error(r)


def test_kg_ner_decodes_like_kg_build(runner):
    Path("gb.txt").write_bytes(TEXT.encode("gb18030"))
    Path("u16.txt").write_bytes(TEXT.encode("utf-16"))
    Path("pic.png").write_bytes(PNG)
    r = runner.invoke(cli, ["ner", "gb.txt", "pic.png", "u16.txt", "--no-model"])
    assert r.exit_code == 1  # a skipped input, as in kg build
    assert [l for l in r.stderr.splitlines()] == ["Error: pic.png: binary file (a PNG image), not text; skipped"]
    lines = r.stdout.splitlines()
    assert len(lines) == 2 and all("陈小曼" in line for line in lines)


def test_the_summary_counts_documents_and_skipped_inputs(runner):
    """Regression: '1 documents', and no word of the inputs skipped."""
    Path("empty.txt").write_bytes(b"")
    Path("pic.png").write_bytes(PNG)
    r = runner.invoke(cli, ["build", "a.txt", "empty.txt", "pic.png", "--out", "out", "--format", "json"])
    assert r.exit_code == 1
    summary = [l for l in r.stderr.splitlines() if not l.startswith(("Error:", "wrote"))]
    assert len(summary) == 1 and summary[0].startswith("1 document, 1 article, 2 inputs skipped; entities: ")
    r = runner.invoke(cli, ["build", "a.txt", "--out", "out", "--format", "json"])
    assert "1 document, 1 article, 1 reused from cache; entities: " in r.stderr


def test_bench_on_a_folder_without_text(runner):
    """Regression: two tracebacks."""
    Path("empty").mkdir()
    line = one_error(runner.invoke(cli, ["bench", "empty"]))
    assert line == "Error: empty: no readable documents to time (empty: folder holds no files)"


def _interrupt(args: list[str], cwd: Path, busy_cpu: float) -> tuple[int, str]:
    """Run kg, send Ctrl-C's SIGINT to its process group once it has worked ``busy_cpu`` CPU seconds."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "kg", *args], cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)
    try:
        main = psutil.Process(proc.pid)
        end = time.monotonic() + 120
        while time.monotonic() < end and proc.poll() is None:
            family = [main, *main.children(recursive=True)]
            try:
                if sum(p.cpu_times().user for p in family) > busy_cpu:
                    break
            except psutil.Error:
                pass
            time.sleep(0.05)
        assert proc.poll() is None, "kg ended before it could be interrupted"
        os.killpg(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
    return proc.returncode, err.decode()


@pytest.mark.parametrize("workers", ["1", "2"])
def test_ctrl_c_exits_130_with_one_line_and_keeps_the_exports(tmp_path, workers):
    """Regression: Ctrl-C exited 1, the code of skipped inputs (and worker processes printed tracebacks)."""
    corpus = tmp_path / "in"
    for i in range(24):  # far more text than kg reads in the CPU time before the interrupt
        shutil.copytree(SEEDS, corpus / f"copy{i}")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "graph.json").write_text("{}", encoding="utf-8")
    code, err = _interrupt(["build", "in", "--out", "out", "--format", "json", "-j", workers, "--no-cache", "-q"],
                           tmp_path, busy_cpu=3.0)
    assert code == 130, err
    assert err.strip().splitlines() == ["Error: interrupted"]
    assert (tmp_path / "out" / "graph.json").read_text(encoding="utf-8") == "{}"


# --- progress ---------------------------------------------------------------------------------

def test_progress_lines_in_a_log(runner, monkeypatch):
    """Regression: the progress bar showed on a terminal only; a log or a CI job saw nothing."""
    import kg.progress

    monkeypatch.setattr(kg.progress, "LOG_INTERVAL", 0.01)
    r = runner.invoke(cli, ["build", str(SEEDS), "--out", "out", "--format", "json", "--no-cache"])
    assert r.exit_code == 0, r.output
    lines = [l for l in r.stderr.splitlines() if l.startswith("extracting: ")]
    assert lines, r.stderr
    pattern = re.compile(r"extracting: [0-5]/5 documents, [\d.]+ of [\d.]+ kB \(\d+ %\)(, about .* left|, estimating the "
                         r"time left)?")
    assert all(pattern.fullmatch(l) for l in lines), lines
    assert r.stderr.splitlines()[-2].startswith("5 documents, 38 articles;")  # the summary, then what was written


def test_the_estimate_leaves_out_start_up_and_the_cache():
    """Regression: the first estimate was 76 minutes for a 2-minute build (files, counted from the start)."""
    from kg.progress import Meter

    now = [0.0]
    m = Meter(clock=lambda: now[0])
    sizes = [50_000] * 10 + [20_000, 80_000] * 45  # 5 MB in 100 files
    m.start(len(sizes), sum(sizes))
    m.advance(sizes[0], cached=True)  # from the cache: at once
    now[0] = 30.0  # start-up: imports, models, workers
    rate = 100_000  # bytes a second from then on
    estimates = []
    for s in sizes[1:]:
        now[0] += s / rate
        m.advance(s)
        estimates.append((m.eta(now=now[0]), (sum(sizes) - m.done_bytes) / rate))
    assert estimates[0][0] is None  # one point is no rate
    for got, truth in estimates[1:]:
        assert abs(got - truth) <= 0.05 * truth + 1, (got, truth)
    # counting files from the start, after three: (30 s + 1 s) / 3 files × 97 files left
    naive = (30.0 + (sizes[1] + sizes[2]) / rate) / 3 * (len(sizes) - 3)
    assert naive > 10 * estimates[1][1]
