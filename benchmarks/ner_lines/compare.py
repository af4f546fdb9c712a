"""``kg ner`` on short lines, two checkouts of kg measured in the same run.

    python benchmarks/ner_lines/compare.py --baseline ../base --lines lines.txt --rounds 3 \
        --json benchmarks/ner_lines/results.json > benchmarks/ner_lines/results.md

Each round runs, for each checkout in turn, ``kg bench``'s line benchmark (``python -m kg.bench``
with ``{"ner": true, "lines": ...}``): a fresh process on one core loads the pipeline, then times
``kg.ner.api.ner_texts`` over every line of the file and ``jieba.cut`` over the same lines, both in
CPU seconds. The ratio to jieba.cut is taken in the same process, so a busy moment of a shared
machine moves both alike; the tables give medians over the rounds. Both checkouts run under this
interpreter (``PYTHONPATH`` names the checkout) and share its libraries; a first, untimed run of each
compiles its modules and fills the per-user cache of prebuilt tables.

The CLUENER2020 dev lines: ``python -c "import json,sys; [print(json.loads(l)['text']) for l in open(sys.argv[1])]"
cluener2020/dev.json > lines.txt``.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
from checkouts import alternated_rounds, medians, run_json, write_runs  # noqa: E402


def run(checkout: Path, lines: Path) -> dict:
    """One fresh process of ``kg bench``'s line benchmark under ``checkout``."""
    return run_json(checkout, ["-m", "kg.bench", json.dumps({"ner": True, "lines": str(lines)})])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--baseline", required=True, help="another checkout of kg (its root folder)")
    ap.add_argument("--lines", required=True, help="a text file, one line a text")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--json")
    ap.add_argument("--outputs-may-differ", action="store_true",
                    help="compare checkouts whose rules differ (accuracy work between them): time them anyway")
    args = ap.parse_args()
    checkouts = {"baseline": Path(args.baseline).resolve(), "this": ROOT}
    lines = Path(args.lines).resolve()
    for path in checkouts.values():  # untimed
        run(path, lines)
    runs = alternated_rounds(checkouts, lambda name, path: run(path, lines), args.rounds)
    first = runs["this"][0]
    if any(x["mentions"] != v[0]["mentions"] for v in runs.values() for x in v) or \
            not args.outputs_may_differ and runs["baseline"][0]["mentions"] != first["mentions"]:
        raise SystemExit("the checkouts found different numbers of mentions")
    med, ratio = medians(runs)
    print(f"`kg ner` on {first['lines']:,} lines ({first['chars']:,} characters, {first['mentions']:,} mentions) after "
          f"loading, one core, CPU seconds; medians of {args.rounds} interleaved rounds; load average "
          f"{os.getloadavg()[0]:.1f} at the end\n")
    print("| checkout | CPU s | characters/s | ms a line | × jieba.cut |\n|---|---:|---:|---:|---:|")
    for name, m in med.items():
        print(f"| {name} | {m['cpu']:.3f} | {first['chars'] / m['cpu']:,.0f} | {1000 * m['cpu'] / first['lines']:.2f} | "
              f"{m['vs_jieba_cut']:.3f} |")
    same = runs["baseline"][0]["mentions"] == first["mentions"]
    print(f"\nthis / baseline, CPU: {ratio:.2f}" + ("" if same else
          f"; the rules differ: {runs['baseline'][0]['mentions']:,} against {first['mentions']:,} mentions"))
    write_runs(args.json, runs, med, ratio)


if __name__ == "__main__":
    main()
