"""Kill a build (SIGKILL) at a few points: earlier exports stay whole, the next build completes.

A child ``python -m kg build`` rebuilds a folder whose exports came from other input. It is
killed at a seeded random moment, as soon as an export's temporary file appears (in the
middle of a write) and right after graph.ttl was replaced (the HTML and JSON still old). After
each kill every export must be byte-identical either to the earlier build's or to what an
uninterrupted build writes, never a mix within one file; then a build run to the end must
write exactly the uninterrupted result.

To extend (a cache is being added on another branch): add a function to ``STATE_CHECKS``
that looks at ``root`` after the kill, e.g. that every cache entry under ``root/.kgcache``
loads and equals the entry of an uninterrupted build or is absent.
"""
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.builder import build

from conftest import ROOT, SEEDS

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

EXPORTS = ("graph.ttl", "graph.html", "graph.json")
SEED = 20241123


def _exports(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in EXPORTS if (out / name).exists()}


def check_exports(root: Path, old: dict[str, bytes], new: dict[str, bytes]) -> None:
    out = root / "out"
    for name in EXPORTS:
        data = (out / name).read_bytes()
        assert data in (old[name], new[name]), f"{name} is neither the earlier export nor the new one"
    visible = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    assert visible == sorted(EXPORTS + ("manifest.json", "merges.jsonl"))
    # a write cut short leaves its hidden temporary file (.graph.ttl.XXXX.tmp) behind (the next
    # build removes it), the extraction cache stays, and the lock file, which locks nothing once
    # its process is gone; nothing else
    assert all(p.name.endswith(".tmp") or p.name in (".kgcache", ".kg.lock") for p in out.iterdir()
               if p.name.startswith("."))


STATE_CHECKS = [check_exports]


def _child(root: Path) -> subprocess.Popen:
    env = {"PATH": os.environ.get("PATH", ""), "PYTHONHASHSEED": "0", "PYTHONPATH": str(ROOT),
           "KG_CACHE_HOME": os.environ["KG_CACHE_HOME"]}
    return subprocess.Popen([sys.executable, "-m", "kg", "build", "in", "--out", "out", "-q"], cwd=root, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _kill_when(proc: subprocess.Popen, out: Path, condition, timeout: float = 60) -> str:
    """SIGKILL the child once ``condition(out)`` holds (or when it has exited); says when it died."""
    end = time.monotonic() + timeout
    while proc.poll() is None and time.monotonic() < end:
        if condition(out):
            proc.send_signal(signal.SIGKILL)
            break
        time.sleep(0.0005)
    proc.wait(timeout=30)
    if proc.stderr:
        proc.stderr.close()
    return "killed" if proc.returncode == -signal.SIGKILL else f"exited {proc.returncode}"


def _temp_file(prefix: str):
    return lambda out: any(p.startswith(prefix) and p.endswith(".tmp") for p in os.listdir(out))


def test_killing_a_build_at_any_point_keeps_exports_whole(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the JSON export records paths as given: give them as the child does
    seeds = sorted(SEEDS.glob("*.txt"))
    # the earlier build: two pages; the new input: three others
    (tmp_path / "old").mkdir()
    for p in seeds[:2]:
        shutil.copy(p, tmp_path / "old" / p.name)
    (tmp_path / "in").mkdir()
    for p in seeds[2:]:
        shutil.copy(p, tmp_path / "in" / p.name)
    build(["old"], "out")
    old = _exports(tmp_path / "out")
    build(["in"], "reference")
    new = _exports(tmp_path / "reference")
    assert old.keys() == new.keys() == set(EXPORTS) and all(old[k] != new[k] for k in EXPORTS)

    delay = random.Random(SEED).uniform(0.3, 2.5)  # import, reading or extraction, on most machines
    started = {}
    points = [
        (f"after {delay:.2f} s", lambda out: time.monotonic() - started["t"] > delay),
        ("in the middle of writing graph.ttl", _temp_file(".graph.ttl.")),
        ("right after graph.ttl was replaced", lambda out: (out / "graph.ttl").read_bytes() == new["graph.ttl"]),
    ]
    outcomes = []
    for label, condition in points:
        started["t"] = time.monotonic()
        outcomes.append((label, _kill_when(_child(tmp_path), tmp_path / "out", condition)))
        for check in STATE_CHECKS:
            check(tmp_path, old, new)
    assert sum(o == "killed" for _, o in outcomes) >= 2, outcomes  # the kills landed before the child ended

    proc = _child(tmp_path)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    assert _exports(tmp_path / "out") == new
