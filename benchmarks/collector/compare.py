"""Time in Python's garbage collector during an article build, two checkouts of kg in the same run.

    python benchmarks/collector/compare.py --baseline ../base --rounds 5 \
        --json benchmarks/collector/results.json > benchmarks/collector/results.md

Each round runs, for each checkout in turn, a fresh process pinned to one core (CPU 0) that loads the
pipeline, then builds ``--articles`` article-sized files (the dev passages, one a file:
:func:`kg.corpora.make_articles`) with one worker, no cache and the JSON export, and times in CPU
seconds the build and the collections it triggers (``gc.callbacks``); ``jieba.cut`` over the same
texts is timed in the same process as the yardstick. Both checkouts run under this interpreter
(``PYTHONPATH`` names the checkout); the JSON exports of the two are compared byte for byte.
"""
from __future__ import annotations

import argparse
import filecmp
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
from checkouts import run_json  # noqa: E402

CHILD = r"""
import gc, json, os, sys, time
os.sched_setaffinity(0, {0})
from kg.bench import _jieba, _texts, _warm_document
from kg.builder import build
from kg.extraction import extract
inputs, out = sys.argv[1], sys.argv[2]
extract(_warm_document())
spent, count, start = [0.0, 0.0, 0.0], [0, 0, 0], [0.0]
def timed(phase, info):
    if phase == "start":
        start[0] = time.process_time()
    else:
        spent[info["generation"]] += time.process_time() - start[0]
        count[info["generation"]] += 1
gc.callbacks.append(timed)
c0 = time.process_time()
build([inputs], out, ("json",), workers=1, cache=False)
cpu = time.process_time() - c0
gc.callbacks.remove(timed)
print(json.dumps({"cpu": cpu, "gc": sum(spent), "gc_by_generation": spent, "collections": count,
                  "jieba_cut": _jieba(_texts([inputs]), tag=False)}))
"""


def run(checkout: Path, inputs: Path, out: Path) -> dict:
    return run_json(checkout, ["-c", CHILD, str(inputs), str(out)])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--baseline", required=True, help="another checkout of kg (its root folder)")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--json")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from kg.bench import DEV_TEXTS
    from kg.corpora import make_articles

    work = Path(tempfile.mkdtemp(prefix="kg-collector-"))
    inputs = make_articles(work / "articles", DEV_TEXTS, args.articles)
    checkouts = {"baseline": Path(args.baseline).resolve(), "this": ROOT}
    runs: dict[str, list[dict]] = {name: [] for name in checkouts}
    for name, path in checkouts.items():  # untimed: compiles the modules, fills the per-user cache
        run(path, inputs, work / f"out-{name}")
    for r in range(args.rounds):
        order = list(checkouts) if r % 2 == 0 else list(reversed(checkouts))
        for name in order:
            runs[name].append(run(checkouts[name], inputs, work / f"out-{name}"))
        print(f"round {r + 1}: " + ", ".join(f"{n} {runs[n][-1]['cpu']:.2f} s (gc {runs[n][-1]['gc']:.3f})"
                                            for n in checkouts), file=sys.stderr)
    same = filecmp.cmp(work / "out-baseline" / "graph.json", work / "out-this" / "graph.json", shallow=False)
    chars = sum(len(t) for t in (p.read_text(encoding="utf-8") for p in inputs.glob("*.txt")))
    med = {n: {k: statistics.median(x[k] for x in v) for k in ("cpu", "gc", "jieba_cut")} for n, v in runs.items()}
    ratio = statistics.median(t["cpu"] / b["cpu"] for t, b in zip(runs["this"], runs["baseline"]))
    print(f"{args.articles} article files ({chars:,} characters), whole build after loading, JSON export; CPU seconds, "
          f"medians of {args.rounds} interleaved rounds, one core; load average {os.getloadavg()[0]:.1f} at the end\n")
    print("| | baseline | this |\n|---|---:|---:|")
    print(f"| build CPU s | {med['baseline']['cpu']:.2f} | {med['this']['cpu']:.2f} |")
    print(f"| of it in the garbage collector | {med['baseline']['gc']:.3f} | {med['this']['gc']:.3f} |")
    print("| collections (generations 0, 1, 2) | " + " | ".join(", ".join(map(str, runs[n][-1]["collections"]))
                                                          for n in checkouts) + " |")
    print("| × jieba.cut (same process) | " + " | ".join(
        f"{statistics.median(x['jieba_cut'] / x['cpu'] for x in runs[n]):.3f}" for n in checkouts) + " |")
    print(f"\nthis / baseline, build CPU (median of the rounds' ratios): {ratio:.2f}; JSON exports "
          f"{'byte-identical' if same else 'DIFFERENT'}")
    if args.json:
        Path(args.json).write_text(json.dumps({"rounds": runs, "medians": med, "same_json": same}, indent=1) + "\n",
                                   encoding="utf-8")


if __name__ == "__main__":
    main()
