"""Article-sized files, whole build with the JSON export: two checkouts of kg measured in the same run.

    python benchmarks/articles_compare.py --baseline ../base --rounds 6 \
        --json benchmarks/articles-ab.json > benchmarks/articles-ab.md

The corpus is ``kg bench``'s: the dev passages (``eval/dev-texts``), one a file, 200 files
(``kg.corpora.make_articles``). Each round runs, for each checkout in turn (the order alternated
from round to round), ``kg bench``'s corpus benchmark (``python -m kg.bench`` with
``{"corpus": true, ...}``): a fresh process on one core loads the pipeline and extracts one line,
then times a whole build (one worker, no cache, JSON export) and ``jieba.cut`` over the same texts,
both in CPU seconds. The ratio to jieba.cut is taken in the same process, so a busy moment of a
shared machine moves both alike; the tables give medians over the rounds, and the ratio of the two
checkouts as the median of each round's ratio. Both checkouts run under this interpreter
(``PYTHONPATH`` names the checkout) and share its libraries; a first, untimed run of each compiles
its modules and fills the per-user cache of prebuilt tables. The two checkouts' ``graph.json`` are
compared byte for byte.
"""
from __future__ import annotations

import argparse
import filecmp
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from checkouts import alternated_rounds, medians, run_json, write_runs  # noqa: E402


def run(checkout: Path, corpus: Path, out: Path) -> dict:
    """One fresh process of ``kg bench``'s corpus benchmark under ``checkout``."""
    config = {"corpus": True, "inputs": [str(corpus)], "out": str(out), "formats": ["json"]}
    return run_json(checkout, ["-m", "kg.bench", json.dumps(config)])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--baseline", required=True, help="another checkout of kg (its root folder)")
    ap.add_argument("--rounds", type=int, default=6)
    ap.add_argument("--files", type=int, default=200, help="article files (one dev passage each)")
    ap.add_argument("--json")
    ap.add_argument("--outputs-may-differ", action="store_true",
                    help="compare checkouts whose rules differ (accuracy work between them): time them anyway")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from kg.corpora import make_articles

    checkouts = {"baseline": Path(args.baseline).resolve(), "this": ROOT}
    with tempfile.TemporaryDirectory(prefix="kg-articles-") as tmp:
        work = Path(tmp)
        corpus = make_articles(work / "articles", ROOT / "eval" / "dev-texts", args.files)
        outs = {name: work / f"out-{name}" for name in checkouts}
        for name, path in checkouts.items():  # untimed
            run(path, corpus, outs[name])
        same = filecmp.cmp(outs["baseline"] / "graph.json", outs["this"] / "graph.json", shallow=False)
        if not same and not args.outputs_may_differ:
            raise SystemExit("the checkouts wrote different graph.json files")
        runs = alternated_rounds(checkouts, lambda name, path: run(path, corpus, outs[name]), args.rounds)
    first = runs["this"][0]
    if any(x["mentions"] != v[0]["mentions"] for v in runs.values() for x in v) or \
            same and runs["baseline"][0]["mentions"] != first["mentions"]:
        raise SystemExit("the checkouts found different numbers of mentions")
    docs, chars = first["documents"], first["chars"]
    med, ratio = medians(runs)
    print(f"{docs} article-sized files ({chars:,} characters, {first['mentions']:,} mentions), whole build, one "
          f"worker, no cache, JSON export, after loading; one core, CPU seconds; {args.rounds} interleaved rounds "
          f"(order alternated); load average {os.getloadavg()[0]:.1f} at the end\n")
    print("| round | baseline CPU s | baseline × jieba.cut | this CPU s | this × jieba.cut | this / baseline |")
    print("|---:|---:|---:|---:|---:|---:|")
    for i, (b, t) in enumerate(zip(runs["baseline"], runs["this"]), 1):
        print(f"| {i} | {b['cpu']:.2f} | {b['jieba_cut'] / b['cpu']:.3f} | {t['cpu']:.2f} | "
              f"{t['jieba_cut'] / t['cpu']:.3f} | {t['cpu'] / b['cpu']:.2f} |")
    print(f"| median | {med['baseline']['cpu']:.2f} | {med['baseline']['vs_jieba_cut']:.3f} | {med['this']['cpu']:.2f} | "
          f"{med['this']['vs_jieba_cut']:.3f} | {ratio:.2f} |\n")
    print("| checkout | ms a document | characters/s | × jieba.cut |\n|---|---:|---:|---:|")
    for name, m in med.items():
        print(f"| {name} | {1000 * m['cpu'] / docs:.1f} | {chars / m['cpu']:,.0f} | {m['vs_jieba_cut']:.3f} |")
    print(f"\nthis / baseline, CPU: {ratio:.2f}; graph.json " + ("the same bytes" if same else
          f"differs (the rules differ: {runs['baseline'][0]['mentions']:,} against {first['mentions']:,} mentions)"))
    write_runs(args.json, runs, med, ratio)


if __name__ == "__main__":
    main()
