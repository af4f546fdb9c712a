"""Fuzz ingest → clean → NER (and, for every tenth case, the exporters) for a bounded time.

``KG_FUZZ_SECONDS`` (default 20) bounds the run and ``KG_FUZZ_SEED`` (default 0) picks the
sequence of cases, so a CI run is reproducible up to how many cases fit in the time. A
crash fails the test with the minimised input; keep it under tests/data/fuzz/ (as
``crash-<hash>.bin``) and ``test_fuzz_regression`` replays it from then on. For a longer
run: ``.venv/bin/python tests/fuzz/harness.py --seconds 600 --seed 1``.
"""
import os
from pathlib import Path

import pytest

from fuzz.harness import check, run

DATA = Path(__file__).resolve().parent / "data" / "fuzz"
CASES = sorted(DATA.glob("*.bin"))


def test_fuzz_for_a_bounded_time(tmp_path):
    seconds = float(os.environ.get("KG_FUZZ_SECONDS", "20"))
    seed = int(os.environ.get("KG_FUZZ_SEED", "0"))
    stats = run(seconds, seed=seed, out_dir=tmp_path)
    report = "\n".join(f"{sig}: minimised input in {path} (copy it to tests/data/fuzz/)" for sig, path in stats.crashes)
    assert not stats.crashes, f"{stats.line()}\n{report}"
    assert stats.cases >= 10 and stats.decoded >= 5, stats.line()


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_fuzz_regression(path):
    check(path.read_bytes(), export=True)
