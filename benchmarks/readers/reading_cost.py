"""What reading web pages, PDFs, Word files and records adds to a build, and kg's start-up.

    python benchmarks/readers/reading_cost.py [--copies 20] [--runs 3] [--kg .venv/bin/kg] [--main-kg PATH]

1. Reading cost: the mixed folder tests/data/formats/ copied ``--copies`` times is built with
   ``kg build --no-cache -j 1 --format json``; so is a folder holding the text each reader
   extracted from the same files, as plain .txt files. The ratio of the two wall times is what
   reading the formats costs over reading text (imports of the reader libraries included).
2. Start-up: ``kg build`` of one short text file, with this kg and, when ``--main-kg`` names the kg
   of another checkout, with that one: the readers must cost a build of plain text nothing.

Runs alternate between the two inputs and the fastest of ``--runs`` is kept.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _time(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=20)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--kg", default=str(ROOT / ".venv" / "bin" / "kg"))
    ap.add_argument("--main-kg", default=None)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from kg.ingest import read_inputs

    tmp = Path(tempfile.mkdtemp(prefix="kg-reading-"))
    mixed, plain = tmp / "mixed", tmp / "plain"
    for i in range(args.copies):
        shutil.copytree(ROOT / "tests" / "data" / "formats", mixed / f"copy{i:03d}")
    docs, problems = read_inputs([str(mixed)])
    assert not problems, problems
    plain.mkdir()
    for n, d in enumerate(docs):
        (plain / f"{n:05d}.txt").write_text(d.text, encoding="utf-8")
    chars = sum(len(d.text) for d in docs)
    build = [args.kg, "build", "--no-cache", "-j", "1", "--format", "json", "-q"]
    best = {"mixed": 1e9, "plain": 1e9}
    for _ in range(args.runs):
        for name, folder in (("plain", plain), ("mixed", mixed)):
            best[name] = min(best[name], _time(build + [str(folder), "--out", str(tmp / f"out-{name}")]))
    print(f"{len(docs)} documents ({args.copies} copies of tests/data/formats), {chars:,} characters")
    print(f"build as plain text: {best['plain']:.2f} s; as the files themselves: {best['mixed']:.2f} s; "
          f"reading adds {best['mixed'] / best['plain'] - 1:+.1%}")
    one = tmp / "one.txt"
    one.write_text("开平市委书记陈小曼出席会议。\n", encoding="utf-8")
    kgs = [("this kg", args.kg)] + ([("other kg", args.main_kg)] if args.main_kg else [])
    start = {name: 1e9 for name, _ in kgs}
    for _ in range(args.runs):
        for name, exe in kgs:
            start[name] = min(start[name], _time([exe, "build", "--no-cache", "-j", "1", "--format", "json", "-q",
                                                  str(one), "--out", str(tmp / f"one-{name[:5]}")]))
    line = "; ".join(f"{name}: {s:.2f} s" for name, s in start.items())
    ratio = f" (ratio {start['this kg'] / start['other kg']:.2f})" if args.main_kg else ""
    print(f"kg build of one short text file: {line}{ratio}")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
