"""One build in this (fresh) process, and where its CPU went: before and after the extraction.

    python benchmarks/two_workers_tail.py WORKERS OUT INPUT LABEL

builds INPUT into OUT with the default exports (Turtle, HTML, JSON), no cache, and prints one JSON line:
wall time; CPU seconds of the build process (``cpu_main``), of it up to the end of the extraction
(``cpu_main_extraction``) and after it (``tail_cpu``: the merge's finish and the exports, what workers
cannot share), of the merge's finish alone (``graph_cpu``); the wall time after the extraction
(``tail_wall``); and the CPU of every other process of the build (``cpu_others``: the fork server, the
workers, the exports' processes; sampled every 0.1 s, so slightly short). Run it with ``PYTHONPATH``
set to each checkout to compare two versions of kg (``benchmarks/articles-run.md``).
"""
import json
import os
import sys
import time


def main() -> None:
    workers, out, source, label = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    t0, c0 = time.perf_counter(), os.times()

    def cpu() -> float:
        c = os.times()
        return c.user + c.system - c0.user - c0.system

    import kg.graph
    from kg.bench import _PeakMemory
    from kg.builder import build

    mark = {}
    finish = kg.graph.GraphMerger.graph

    def timed(self, **kwargs):
        mark["extracted"], mark["extracted_wall"] = cpu(), time.perf_counter() - t0
        G = finish(self, **kwargs)
        mark["graph"] = cpu() - mark["extracted"]
        return G

    kg.graph.GraphMerger.graph = timed
    others = _PeakMemory()
    others.start()
    report = build([source], out, ("ttl", "html", "json"), workers=workers, cache=False)
    total, wall = cpu(), time.perf_counter() - t0
    others.stop()
    print(json.dumps({"code": label, "w": workers, "wall": round(wall, 2), "cpu_main": round(total, 2),
                      "cpu_main_extraction": round(mark["extracted"], 2), "tail_cpu": round(total - mark["extracted"], 2),
                      "graph_cpu": round(mark["graph"], 2), "tail_wall": round(wall - mark["extracted_wall"], 2),
                      "cpu_others": round(sum(others.child_cpu.values()), 2), "workers": report.workers,
                      "load": round(os.getloadavg()[0], 2)}), flush=True)


if __name__ == "__main__":
    main()
