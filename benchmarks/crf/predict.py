"""The statistical model's prediction alone, two checkouts of kg in the same run: short lines and article-sized
documents, CPU seconds, and the ratio to ``jieba.cut`` over the same text in the same process.

    python benchmarks/crf/predict.py --baseline ../base --lines lines.txt --rounds 5 \
        --json benchmarks/crf/predict.json > benchmarks/crf/predict.md

Each round runs, for each checkout in turn, a fresh process on one core (this script with ``--child``, kg
imported from the checkout through ``PYTHONPATH``) that loads the packaged model and times
``StatisticalNER.predict`` (the median of three passes over each corpus):

* over the lines of ``--lines`` (the CLUENER2020 dev lines: see benchmarks/README.md), 256 a call, as
  ``kg ner`` hands them over;
* over 200 article-sized documents (the dev passages of ``eval/dev-texts``, one a document, as
  ``kg bench`` makes them, cleaned as a build cleans them), 64 a call, as a build batches them.

Both checkouts must predict the same spans with the same confidences (a digest of every prediction is
compared). The tables give medians over the rounds; a first, untimed run of each checkout compiles its
modules and fills the per-user cache of prebuilt tables.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
from checkouts import run_json  # noqa: E402

LINES_A_CALL = 256
DOCUMENTS_A_CALL = 64
ARTICLES = 200
PASSES = 3  # passes over each corpus in a process; the median counts (the first also touches the model's pages)


def child(config: dict) -> dict:
    """The timings of this process's kg (``--child``)."""
    import jieba

    from kg.clean import clean
    from kg.ner.statistical import StatisticalNER

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    model = StatisticalNER.load()
    jieba.initialize()
    corpora = {
        "lines": (Path(config["lines"]).read_text(encoding="utf-8").splitlines(), LINES_A_CALL),
        "articles": ([clean(p.read_text(encoding="utf-8")).text for p in sorted(Path(config["articles"]).glob("*.txt"))],
                     DOCUMENTS_A_CALL),
    }
    model.predict(corpora["lines"][0][:20])
    out = {}
    digest = hashlib.sha256()
    for name, (texts, per_call) in corpora.items():
        times = []
        for _ in range(PASSES):
            t = time.process_time()
            found = [spans for i in range(0, len(texts), per_call) for spans in model.predict(texts[i: i + per_call])]
            times.append(time.process_time() - t)
        cpu = statistics.median(times)
        t = time.process_time()
        for text in texts:
            for _ in jieba.cut(text):
                pass
        jieba_cpu = time.process_time() - t
        digest.update(repr(found).encode())
        out[name] = {"texts": len(texts), "chars": sum(map(len, texts)), "spans": sum(map(len, found)), "cpu": cpu,
                     "jieba_cut": jieba_cpu}
    out["digest"] = digest.hexdigest()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--baseline", help="another checkout of kg (its root folder)")
    ap.add_argument("--lines", help="a text file, one line a text")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--json")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(json.loads(args.child))))
        return
    if not args.baseline or not args.lines:
        ap.error("--baseline and --lines are required")
    from kg.corpora import make_articles

    checkouts = {"baseline": Path(args.baseline).resolve(), "this": ROOT}
    with tempfile.TemporaryDirectory() as tmp:
        articles = make_articles(Path(tmp) / "articles", ROOT / "eval" / "dev-texts", ARTICLES)
        config = json.dumps({"lines": str(Path(args.lines).resolve()), "articles": str(articles)})
        command = [str(Path(__file__).resolve()), "--child", config]
        for path in checkouts.values():  # untimed
            run_json(path, command)
        runs: dict[str, list[dict]] = {name: [] for name in checkouts}
        for r in range(args.rounds):
            for name, path in checkouts.items():
                runs[name].append(run_json(path, command))
            print(f"round {r + 1}: " + ", ".join(f"{n} {v[-1]['lines']['cpu']:.3f} + {v[-1]['articles']['cpu']:.3f} s"
                                                 for n, v in runs.items()), file=sys.stderr)
    if len({x["digest"] for v in runs.values() for x in v}) != 1:
        raise SystemExit("the checkouts predicted different spans or confidences")
    first = runs["this"][0]
    print(f"The statistical model's `predict` after loading, one core, CPU seconds; medians of {args.rounds} "
          f"interleaved rounds; the same predictions in every run; load average {os.getloadavg()[0]:.1f} at the end\n")
    print("| input | checkout | CPU s | characters/s | ms a text | × jieba.cut |\n|---|---|---:|---:|---:|---:|")
    medians: dict = {}
    for corpus, label in (("lines", "{texts:,} CLUENER2020 dev lines ({chars:,} characters), 256 a call"),
                          ("articles", "{texts} article-sized documents ({chars:,} characters), 64 a call")):
        info = first[corpus]
        for name, v in runs.items():
            cpu = statistics.median(x[corpus]["cpu"] for x in v)
            ratio = statistics.median(x[corpus]["jieba_cut"] / x[corpus]["cpu"] for x in v)
            medians.setdefault(corpus, {})[name] = {"cpu": cpu, "vs_jieba_cut": ratio}
            print(f"| {label.format(**info)} | {name} | {cpu:.3f} | {info['chars'] / cpu:,.0f} | "
                  f"{1000 * cpu / info['texts']:.3f} | {ratio:.2f} |")
        medians[corpus]["this_vs_baseline"] = statistics.median(
            t[corpus]["cpu"] / b[corpus]["cpu"] for t, b in zip(runs["this"], runs["baseline"]))
    print("\nthis / baseline, CPU: " + ", ".join(f"{c} {medians[c]['this_vs_baseline']:.2f}" for c in ("lines", "articles")))
    if args.json:
        Path(args.json).write_text(json.dumps({"runs": runs, "medians": medians}, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
