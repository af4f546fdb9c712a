"""Running a checkout of kg in a fresh process, for the scripts that compare two checkouts in one run.

Both checkouts run under this interpreter (``PYTHONPATH`` names the checkout) and share its libraries.
Compiled modules are written and used, as in an installed kg: a ``PYTHONDONTWRITEBYTECODE`` in the
environment would compile every module of kg from source in every run.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path


def checkout_env(checkout: Path) -> dict[str, str]:
    """The environment of a process that imports kg from ``checkout``."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(checkout)
    return env


def run_json(checkout: Path, args: list[str]) -> dict:
    """Run ``python ARGS`` with kg from ``checkout`` and read the JSON object of its last line of output;
    a failure stops the script with the checkout and the end of its error output."""
    proc = subprocess.run([sys.executable, *args], env=checkout_env(checkout), cwd=checkout, capture_output=True,
                          text=True)
    if proc.returncode != 0:
        raise SystemExit(f"{checkout}: {proc.stderr.strip()[-500:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def alternated_rounds(checkouts: dict, run, rounds: int) -> dict[str, list[dict]]:
    """``run(name, path)`` for each checkout once a round, the order alternated from round to round; each round's
    CPU seconds and ratio to jieba.cut printed on standard error as it ends."""
    runs: dict[str, list[dict]] = {name: [] for name in checkouts}
    for r in range(rounds):
        for name, path in (list(checkouts.items()) if r % 2 == 0 else list(checkouts.items())[::-1]):
            runs[name].append(run(name, path))
        print(f"round {r + 1}: " + ", ".join(f"{n} {v[-1]['cpu']:.2f} s ({v[-1]['jieba_cut'] / v[-1]['cpu']:.3f}× jieba.cut)"
                                             for n, v in runs.items()), file=sys.stderr)
    return runs


def medians(runs: dict[str, list[dict]]) -> tuple[dict, float]:
    """Each checkout's median CPU seconds and ratio to jieba.cut, and this checkout's CPU over the baseline's
    as the median of each round's ratio."""
    med = {n: {"cpu": statistics.median(x["cpu"] for x in v),
               "vs_jieba_cut": statistics.median(x["jieba_cut"] / x["cpu"] for x in v)} for n, v in runs.items()}
    return med, statistics.median(t["cpu"] / b["cpu"] for t, b in zip(runs["this"], runs["baseline"]))


def write_runs(path: str | None, runs: dict, med: dict, ratio: float) -> None:
    """The rounds, medians and ratio as JSON at ``path`` (nothing when None)."""
    if path:
        Path(path).write_text(json.dumps({"runs": runs, "medians": med, "this_vs_baseline": ratio}, indent=1) + "\n",
                              encoding="utf-8")
