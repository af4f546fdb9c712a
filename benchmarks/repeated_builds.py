"""Several whole builds of one folder in one process after loading: CPU seconds of each (one worker, no
cache, JSON export, one core), for the checkout of the working folder.

    cd ../base && python /path/to/benchmarks/repeated_builds.py /tmp/articles --builds 4

The first build of a process pays for the tables it makes on first use (see articles-run.md); the later
ones show what a document costs once they are made. Run it for two checkouts in turn, several times, and
compare build by build. ``benchmarks/articles_compare.py`` times the first build only, against jieba.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time

sys.path.insert(0, os.getcwd())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--builds", type=int, default=4)
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    import kg
    from kg.bench import _warm_document
    from kg.builder import build
    from kg.extraction import extract

    extract(_warm_document())
    cpu = []
    with tempfile.TemporaryDirectory(prefix="kg-repeated-") as out:
        for _ in range(args.builds):
            c = time.process_time()
            build([args.folder], out, ("json",), workers=1, cache=False)
            cpu.append(round(time.process_time() - c, 3))
    print(json.dumps({"checkout": os.path.dirname(os.path.dirname(os.path.abspath(kg.__file__))), "cpu": cpu}))


if __name__ == "__main__":
    main()
