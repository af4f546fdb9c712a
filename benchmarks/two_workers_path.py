"""One build in this (fresh) process: the CPU seconds of each of its processes in each phase, and the
wall time a machine with two idle cores would need for it (the critical path).

    python benchmarks/two_workers_path.py WORKERS OUT INPUT LABEL [FORMATS]

builds INPUT into OUT (no cache; FORMATS default ``ttl,html,json``) and prints one JSON line. Every
process of the build (this one, the workers' fork server, the workers, the exports' processes) is sampled
every 0.02 s; the CPU each spent in a phase is its CPU time read at the phase's ends (interpolated between
samples; the sampling thread's own CPU is taken off this process's). The phases, marked in this process:

- ``start``: from the call to the start of the workers' fork server (reading ahead, deciding on workers);
  with one worker, the whole extraction (this process alone loads and extracts);
- ``load``: from there to the first worker's first hundredth of a CPU second (the fork server loads the
  pipeline while this process loads what the merge and exports need, reads and cleans the first batches,
  and loads the pipeline where it extracts too);
- ``extract``: to the last result (the workers extract, this process reads, sends and merges);
- ``merge``: the merge's finish (``GraphMerger.graph``);
- ``exports``: the exports, the merges file and the manifest.

A phase run on two cores takes at least its busiest process's CPU and at least half of all its
processes' CPU: ``critical`` is the sum over phases of the larger of the two, the wall time the build
would take on two cores of its own (waits between processes apart). Workers that end the extraction at
different times leave a core idle meanwhile: ``imbalance`` is the difference of the workers' CPU in the
extraction, and ``critical_tail`` adds half of it. The speed-up of two workers is
the one-worker build's ``critical`` (all of it one process) over the two-worker build's. Run it with
``PYTHONPATH`` set to each checkout to compare two versions of kg (``benchmarks/articles-run.md``).
"""
import json
import os
import sys
import threading
import time

PHASES = ("start", "load", "extract", "merge", "exports")


class Sampler(threading.Thread):
    """Every ``every`` seconds: the cumulative CPU of this process's descendants, by pid, with what
    each is (its parent's pid, whether its command line is a fork server's)."""

    def __init__(self, every: float = 0.02) -> None:
        super().__init__(daemon=True)
        self.every = every
        self.samples: dict[int, list[tuple[float, float]]] = {}
        self.info: dict[int, dict] = {}
        self.spent = 0.0  # CPU seconds of this thread
        self.own: list[tuple[float, float]] = []  # (time, CPU of this process less this thread's)
        self._done = threading.Event()

    def run(self) -> None:
        import psutil

        me = psutil.Process()
        last = time.perf_counter()
        while not self._done.is_set():
            t = time.perf_counter()
            c = os.times()
            self.own.append((t, c.user + c.system - self.spent))  # this process, less this thread
            for p in me.children(recursive=True):
                try:
                    c = p.cpu_times()
                    seen = self.info.get(p.pid)
                    if seen is None or seen["kind"] == "fork" and seen["ppid"] == me.pid:
                        # new, or a child that may have been seen between its fork and its exec: look again
                        cmd = " ".join(p.cmdline())
                        born = seen["born"] if seen else last  # it started after the pass before this one
                        self.info[p.pid] = {"ppid": p.ppid(), "born": born, "kind": (
                            "forkserver" if "forkserver" in cmd else "tracker" if "resource_tracker" in cmd else "fork")}
                        self.samples.setdefault(p.pid, [(born, 0.0)])
                    self.samples[p.pid].append((t, c.user + c.system))
                except psutil.Error:
                    pass
            self.spent = time.thread_time()
            last = t
            self._done.wait(self.every)

    def stop(self) -> None:
        self._done.set()
        self.join()

    def cpu_at(self, pid: int, t: float) -> float:
        """The CPU time of ``pid`` at ``t`` (perf_counter), interpolated between samples."""
        s = self.samples[pid]
        if t <= s[0][0]:
            return 0.0
        for (t0, c0), (t1, c1) in zip(s, s[1:]):
            if t <= t1:
                return c0 + (c1 - c0) * (t - t0) / (t1 - t0) if t1 > t0 else c1
        return s[-1][1]


def main() -> None:
    workers, out, source, label = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    formats = tuple(sys.argv[5].split(",")) if len(sys.argv) > 5 else ("ttl", "html", "json")
    sampler = Sampler()
    sampler.start()
    t0 = time.perf_counter()
    marks: dict[str, tuple[float, float, float]] = {}  # phase end -> (wall, this process's CPU, sampler CPU)

    def mark(name: str) -> None:
        if name not in marks:
            c = os.times()
            marks[name] = (time.perf_counter(), c.user + c.system, sampler.spent)

    mark("begin")
    import kg.builder
    import kg.graph

    from multiprocessing import forkserver

    finish = kg.graph.GraphMerger.graph
    prepare = kg.builder._prepare_merge
    serve = forkserver.ensure_running

    def timed_graph(self, **kwargs):
        mark("extract")
        G = finish(self, **kwargs)
        mark("merge")
        return G

    def timed_prepare(*a, **k):
        mark("start")  # where there is no fork server
        return prepare(*a, **k)

    def timed_serve(*a, **k):
        mark("start")
        return serve(*a, **k)

    kg.graph.GraphMerger.graph = timed_graph
    kg.builder._prepare_merge = timed_prepare
    forkserver.ensure_running = timed_serve
    report = kg.builder.build([source], out, formats, workers=workers, cache=False)
    mark("exports")
    time.sleep(3 * sampler.every)
    sampler.stop()

    # the first worker: a process of the build (not the fork server's, the tracker) that ran before the extraction ended
    me = os.getpid()
    servers = {pid for pid, info in sampler.info.items() if info["kind"] == "forkserver" and info["ppid"] == me}
    roles = {}
    for pid, info in sampler.info.items():
        if pid in servers or info["kind"] == "tracker":
            roles[pid] = info["kind"]
        elif info["ppid"] in servers or "extract" in marks and info["born"] < marks["extract"][0]:
            roles[pid] = "worker"
        else:
            roles[pid] = "export"
    if "start" in marks:
        firsts = [next((t for t, c in sampler.samples[p] if c >= 0.01), None) for p, r in roles.items() if r == "worker"]
        firsts = [t for t in firsts if t is not None]
        t_load = min(firsts) if firsts else marks["start"][0]
        marks["load"] = (t_load, None, None)
    else:  # one process: everything before the merge is "start"
        marks["start"] = marks["extract"]
        marks["load"] = marks["extract"]
    bounds = [marks["begin"][0]] + [marks[p][0] for p in PHASES]

    def main_cpu(a: float, b: float) -> float:
        """This process's CPU between two wall times (exact at marks; at "load", from the samples of its
        own CPU the sampler takes every 0.02 s, linear between them)."""
        def at(t):
            for name, (tw, cpu, samp) in marks.items():
                if tw == t and cpu is not None:
                    return cpu - samp
            known = sorted([(tw, cpu - samp) for tw, cpu, samp in marks.values() if cpu is not None] + sampler.own)
            for (ta, ca), (tb, cb) in zip(known, known[1:]):
                if ta <= t <= tb:
                    return ca + (cb - ca) * (t - ta) / (tb - ta) if tb > ta else cb
            return known[-1][1]
        return at(b) - at(a)

    phases = {}
    critical = 0.0
    for name, a, b in zip(PHASES, bounds, bounds[1:]):
        cpus = {"main": main_cpu(a, b)}
        for pid, role in roles.items():
            c = sampler.cpu_at(pid, b) - sampler.cpu_at(pid, a)
            if c > 0.005:
                key = role
                n = 1
                while key in cpus:
                    n += 1
                    key = f"{role}{n}"
                cpus[key] = c
        total = sum(cpus.values())
        path = max(max(cpus.values()), total / 2)
        critical += path
        phases[name] = {"wall": round(b - a, 2), "path": round(path, 2), **{k: round(v, 2) for k, v in cpus.items()}}
    # the workers seldom end together: for as long as the one that ends last goes on alone, one core
    # is idle (but for this process's share of the merge): half that difference is wall time too
    ext = [v for k, v in phases["extract"].items() if k.startswith("worker")]
    imbalance = max(ext) - min(ext) if len(ext) > 1 else 0.0
    all_cpu = (marks["exports"][1] - marks["begin"][1] - marks["exports"][2] + marks["begin"][2]
               + sum(sampler.samples[p][-1][1] for p in roles))
    print(json.dumps({"code": label, "w": workers, "workers": report.workers, "wall": round(bounds[-1] - bounds[0], 2),
                      "critical": round(critical, 2),
                      "imbalance": round(imbalance, 2), "critical_tail": round(critical + imbalance / 2, 2), "cpu_all": round(all_cpu, 2), "phases": phases,
                      "load": round(os.getloadavg()[0], 2)}), flush=True)


if __name__ == "__main__":
    main()
