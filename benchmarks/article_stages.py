"""Where a whole build of article files spends its CPU, by stage: the first build of a process after
loading (as ``kg bench`` times it) and a second one in the same process.

    python benchmarks/article_stages.py /tmp/articles [--builds 2] [--json FILE]

Run it from the root of the checkout to measure (``cd ../base && python .../article_stages.py``):
the ``kg`` imported is the one of the working folder. Each stage is a set of functions wrapped with a
CPU-time (user + system) timer that counts a call's time to its stage alone, not to the stage it was
called from (cleaning inside reading counts as cleaning), so the stages add up to the build; what no
wrapped function covers (the engine, the collector, the glue between stages) is "the rest". The
timers cost about a microsecond a call and are called a few dozen times a document; a profiler that
times every call (Python's own) inflates the rules' many small calls several times over instead.
"""
from __future__ import annotations

import argparse
import functools
import importlib
import json
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, os.getcwd())

#: (module, function or Class.method, stage)
STAGES = [
    ("kg.ingest", "read_source", "reading the files"),
    ("kg.extraction", "clean", "cleaning"),
    ("kg.extraction", "page_date", "cleaning"),
    ("kg.extraction", "segment", "articles and structure"),
    ("kg.extraction", "document_structure", "articles and structure"),
    ("kg.ner.statistical", "StatisticalNER.predict", "statistical model (CRF)"),
    ("kg.ner.components", "PlacesComponent.process", "places (with homes)"),
    ("kg.ner.components", "AgenciesComponent.process", "agencies"),
    ("kg.ner.components", "PeopleComponent.process", "people"),
    ("kg.ner.components", "ProgrammesComponent.process", "programmes"),
    ("kg.ner.components", "ResolveComponent.process", "overlaps and repetitions"),
    ("kg.extraction", "_finish", "result of a document: the rest"),
    ("kg.extraction", "document_entities", "result: entities and keys"),
    ("kg.extraction", "extract_relations", "relations"),
    ("kg.extraction", "sketch", "result: sketches"),
    ("kg.extraction", "_units", "result: sentences and units"),
    ("kg.extraction", "split_units", "result: sentences and units"),
    ("kg.extraction", "_enumerations", "result: enumerations"),
    ("kg.engine", "merge_input", "merge: adding documents"),
    ("kg.graph", "GraphMerger.add", "merge: adding documents"),
    ("kg.graph", "GraphMerger.graph", "merge: the graph's finish"),
    ("kg.builder", "_write_exports", "JSON export"),
]
REST = "the rest (engine, collector, glue)"


class StageTimer:
    def __init__(self) -> None:
        self.spent: dict[str, float] = defaultdict(float)
        self._stack: list[list] = []

    def enter(self, stage: str) -> None:
        t = time.process_time()
        if self._stack:
            self.spent[self._stack[-1][0]] += t - self._stack[-1][1]
        self._stack.append([stage, t])

    def leave(self) -> None:
        t = time.process_time()
        stage, t0 = self._stack.pop()
        self.spent[stage] += t - t0
        if self._stack:
            self._stack[-1][1] = t

    def wrap(self, module: str, name: str, stage: str) -> None:
        owner = importlib.import_module(module)
        if "." in name:
            cls, name = name.split(".")
            owner = getattr(owner, cls)
        f = getattr(owner, name)

        @functools.wraps(f)
        def timed(*args, **kwargs):
            self.enter(stage)
            try:
                return f(*args, **kwargs)
            finally:
                self.leave()
        setattr(owner, name, timed)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", help="a folder of article files (kg.corpora.make_articles)")
    ap.add_argument("--builds", type=int, default=2)
    ap.add_argument("--json")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    from kg.bench import _warm_document
    from kg.extraction import extract

    extract(_warm_document())  # the pipeline loaded before timing, as kg bench does
    timer = StageTimer()
    for module, name, stage in STAGES:
        timer.wrap(module, name, stage)
    from kg.builder import build

    runs = []
    with tempfile.TemporaryDirectory(prefix="kg-stages-") as tmp:
        for i in range(args.builds):
            timer.spent.clear()
            timer.enter(REST)
            t0 = time.process_time()
            report = build([args.corpus], Path(tmp) / f"out{i}", ("json",), workers=1, cache=False)
            cpu = time.process_time() - t0
            timer.leave()
            runs.append({"cpu": cpu, "documents": report.documents, "chars": report.characters,
                         "stages": dict(timer.spent)})
    docs = runs[0]["documents"]
    print(f"{docs} documents, {runs[0]['chars']:,} characters; CPU (user + system) on one core, kg from {os.getcwd()}\n")
    head = " | ".join(f"build {i + 1} ms a document | share" for i in range(len(runs)))
    print(f"| stage | {head} |\n|---|" + "---:|---:|" * len(runs))
    order = sorted(runs[0]["stages"], key=lambda k: -runs[0]["stages"][k])
    for stage in order:
        cells = " | ".join(f"{1000 * r['stages'].get(stage, 0) / docs:.2f} | {100 * r['stages'].get(stage, 0) / r['cpu']:.1f} %"
                           for r in runs)
        print(f"| {stage} | {cells} |")
    cells = " | ".join(f"**{1000 * r['cpu'] / docs:.2f}** | {r['chars'] / r['cpu']:,.0f} characters/s" for r in runs)
    print(f"| whole build | {cells} |")
    if args.json:
        Path(args.json).write_text(json.dumps(runs, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
