"""Start-up and unchanged rebuilds of two checkouts of kg, measured in the same run.

    python benchmarks/startup/compare.py --baseline ../base --rounds 5 --json benchmarks/startup/results.json

Each command runs in a fresh process pinned to one core (CPU 0); its CPU time is the user and system
time of the child (``RUSAGE_CHILDREN``). The checkouts are run in turn, round after round, so a change
of load on a shared machine falls on both alike; the tables give medians of CPU seconds, and ratios
as the medians of each round's ratios:

* start-up: ``kg ner`` of one line and ``kg build`` of one line (JSON, no cache; with ``--default-exports``
  also with the default exports, Turtle, HTML and JSON) against ``import spacy; spacy.blank("zh")``
  measured in the same round;
* rebuilds: the seed pages copied ``--copies`` times, a cold build (Turtle, HTML and JSON, one worker)
  and an unchanged rebuild with the cache, each a ``build()`` in a fresh process as ``kg bench`` runs it,
  as a fraction of the cold build: CPU of the whole process, and of the build from the call
  (``kg bench``'s figure, which leaves out starting Python and importing kg).

Both checkouts run under this interpreter (``PYTHONPATH`` names the checkout), so they share its
libraries. The per-user cache of prebuilt tables (:mod:`kg.prebuilt`) is filled, and the modules compiled,
by a first, untimed run of each checkout.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
from checkouts import checkout_env  # noqa: E402
LINE = "开平市委书记陈小曼出席会议。\n"


def cpu_of(cmd: list[str], env: dict, cwd: Path, out: list | None = None) -> float:
    """CPU seconds of the command's process; its last line of output is appended to ``out``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run(cmd, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          preexec_fn=lambda: os.sched_setaffinity(0, {0}))
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr.strip()[-500:]}")
    if out is not None:
        out.append((proc.stdout.strip().splitlines() or [""])[-1])
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--baseline", required=True, help="another checkout of kg (its root folder)")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--copies", type=int, default=12, help="copies of the seed pages for the rebuilds (0: none)")
    ap.add_argument("--default-exports", action="store_true",
                    help="also a one-line build with the default exports (Turtle, HTML and JSON)")
    ap.add_argument("--json")
    args = ap.parse_args()
    checkouts = {"baseline": Path(args.baseline).resolve(), "this": ROOT}
    work = Path(tempfile.mkdtemp(prefix="kg-startup-"))
    (work / "line.txt").write_text(LINE, encoding="utf-8")
    seeds = sorted((ROOT / "seeds" / "documents").glob("*.txt"))
    corpus = work / "copies"
    for i in range(args.copies):
        for p in seeds:
            (corpus / str(i)).mkdir(parents=True, exist_ok=True)
            shutil.copy(p, corpus / str(i) / p.name)
    py = sys.executable
    envs = {name: checkout_env(path) for name, path in checkouts.items()}
    commands = {
        "ner, one line": lambda out: [py, "-m", "kg", "ner", str(work / "line.txt")],
        "build, one line": lambda out: [py, "-m", "kg", "build", str(work / "line.txt"), "--out", str(out),
                                        "--format", "json", "--no-cache", "-q"],
    }
    if args.default_exports:
        commands["build, one line, ttl+html+json"] = lambda out: [
            py, "-m", "kg", "build", str(work / "line.txt"), "--out", str(out) + "-all", "--no-cache", "-q"]
    for name, env in envs.items():  # untimed: compiles the modules, fills the per-user cache where there is one
        cpu_of(commands["build, one line"](work / f"out-{name}"), env, work)
    times: dict[str, list[float]] = {"spacy blank zh": []}
    for name in checkouts:
        for c in commands:
            times[f"{name}: {c}"] = []
        if args.copies:
            for kind in ("cold build", "unchanged rebuild"):
                times[f"{name}: {kind}"], times[f"{name}: {kind}, from the call"] = [], []
    for r in range(args.rounds):
        times["spacy blank zh"].append(cpu_of([py, "-c", "import spacy; spacy.blank('zh')"], envs["this"], work))
        for name, env in envs.items():
            for c, cmd in commands.items():
                times[f"{name}: {c}"].append(cpu_of(cmd(work / f"out-{name}"), env, work))
            if args.copies:  # kg bench's build: build() in a fresh process, its own CPU timed from the call too
                out = work / f"build-{name}"
                shutil.rmtree(out, ignore_errors=True)
                config = {"inputs": [str(corpus)], "out": str(out), "formats": ["ttl", "html", "json"], "workers": 1,
                          "engine": "local", "cache": True}
                build = [py, "-m", "kg.bench", json.dumps(config)]
                for kind in ("cold build", "unchanged rebuild"):
                    lines: list[str] = []
                    times[f"{name}: {kind}"].append(cpu_of(build, env, work, lines))
                    times[f"{name}: {kind}, from the call"].append(json.loads(lines[0])["cpu_main"])
        print(f"round {r + 1}: " + ", ".join(f"{k} {v[-1]:.2f}" for k, v in times.items()), file=sys.stderr)
    med = {k: statistics.median(v) for k, v in times.items()}
    base = med["spacy blank zh"]
    # each run against the yardstick of its own round, then the median: a busy round moves both alike
    vs = {k: statistics.median(t / b for t, b in zip(v, times["spacy blank zh"])) for k, v in times.items()}
    print(f"CPU seconds, medians of {args.rounds} interleaved rounds, one core; load average "
          f"{os.getloadavg()[0]:.1f} at the end\n")
    print("| command | " + " | ".join(checkouts) + " | this / baseline |\n|---|---:|---:|---:|")
    for c in commands:
        b, t = med[f"baseline: {c}"], med[f"this: {c}"]
        print(f"| kg {c} | {b:.2f} s, {vs[f'baseline: {c}']:.2f}× spaCy | {t:.2f} s, {vs[f'this: {c}']:.2f}× spaCy | "
              f"{statistics.median(x / y for x, y in zip(times[f'this: {c}'], times[f'baseline: {c}'])):.2f} |")
    if args.copies:
        for how in ("", ", from the call"):
            rb = {n: med[f"{n}: unchanged rebuild{how}"] / med[f"{n}: cold build{how}"] for n in checkouts}
            print(f"| unchanged rebuild / cold build, {args.copies} seed copies{how or ', whole process'} | "
                  f"{rb['baseline']:.1%} ({med[f'baseline: unchanged rebuild{how}']:.2f} s of "
                  f"{med[f'baseline: cold build{how}']:.2f} s) | {rb['this']:.1%} ({med[f'this: unchanged rebuild{how}']:.2f}"
                  f" s of {med[f'this: cold build{how}']:.2f} s) | "
                  f"{med[f'this: unchanged rebuild{how}'] / med[f'baseline: unchanged rebuild{how}']:.2f} |")
    print(f"\n`import spacy; spacy.blank('zh')`: {base:.2f} s")
    if args.json:
        Path(args.json).write_text(json.dumps({"rounds": times, "medians": med, "vs_spacy_blank": vs}, indent=1) + "\n",
                                   encoding="utf-8")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
