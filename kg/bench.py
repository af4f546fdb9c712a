"""``kg bench``: how fast kg builds, stage by stage and end to end, against jieba.posseg.

Two parts, on one corpus: the bundled seeds copied as often as needed under distinct
document ids (:func:`make_corpus`), or any folder of text.

1. **Stages**, in this process on one core, over the first ``stage_chars`` characters: ingest
   (read and decode), clean (cleaning, article and sentence splitting), NER (the spaCy
   pipeline, each component timed, the statistical model included when it is installed),
   relations (relation extraction and the records of a document), graph merge and each
   exporter; then jieba's part-of-speech tagger (``jieba.posseg``, the baseline) over the
   same text. Times are CPU seconds, so other work on the machine does not count.
2. **Builds**, each :func:`kg.builder.build` in a fresh process over the whole corpus: cold with one
   worker (pinned to one core) and with more, an unchanged rebuild from the cache and a
   rebuild after adding one document; wall time, CPU time and the peak memory of the build
   and its workers together.
3. **Corpora of other shapes** beside the seed pages (:mod:`kg.corpora`): designation notices
   (numbered lines of villages, a sign-off body, a date), one long report without line breaks
   (the dev passages joined) and one entity-dense line of place names, each built in a fresh
   process on one core after the pipeline is loaded: characters and mentions per CPU-second,
   graph.ttl bytes per input byte, co-occurrence edges per mention, and for the notices how
   many issuers and listed villages the graph holds.

``python -m kg.bench CONFIG`` is the child process of one build (internal).
"""
from __future__ import annotations

import json
import logging
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from . import __version__
from .errors import InputError, KGError

__all__ = ["make_corpus", "make_corpora", "run_bench", "run_corpora", "run_lines", "run_startup", "run_merges",
           "BenchResult", "format_table", "format_corpora", "format_others"]

log = logging.getLogger(__name__)

SEEDS = Path(__file__).resolve().parent.parent / "seeds" / "documents"
#: the passages the long-report corpus joins (a checkout's eval/dev-texts)
DEV_TEXTS = Path(__file__).resolve().parent.parent / "eval" / "dev-texts"


def make_corpus(dest: str | Path, *, size_bytes: int, seeds: str | Path | None = None) -> Path:
    """Copy the seed documents into ``dest/copy-NNNNN/`` until the corpus reaches ``size_bytes``.

    Every copy has its own document ids (its folder is part of the id) and the same text but
    for a line end of spaces and tabs that spells the copy's number in binary: cleaning drops
    it, so every copy yields the same entities and relations, while the bytes differ, so the
    cache (keyed by content) cannot pass one copy off as another.
    """
    src = Path(seeds) if seeds else SEEDS
    if not src.is_dir():
        raise InputError(f"{src}: no seed folder to copy; give a corpus folder instead")
    files = sorted(p for p in src.iterdir() if p.is_file() and not p.name.startswith("."))
    dest = Path(dest)
    total, copy = 0, 0
    while total < size_bytes or copy == 0:
        folder = dest / f"copy-{copy:05d}"
        folder.mkdir(parents=True, exist_ok=True)
        tail = "".join(" \t"[int(bit)] for bit in f"{copy:b}").encode("ascii") + b"\n"
        for f in files:
            data = f.read_bytes().rstrip(b"\n") + b"\n" + tail
            (folder / f.name).write_bytes(data)
            total += len(data)
        copy += 1
    return dest


# --- the stage pass ---------------------------------------------------------------------------

class _Clock:
    """CPU seconds by stage."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    @contextmanager
    def __call__(self, stage: str):
        t = time.process_time()
        try:
            yield
        finally:
            self.seconds[stage] += time.process_time() - t


def _stage_pass(corpus: list[str], stage_chars: int, formats: tuple[str, ...], tmp: Path) -> dict:
    """Time every stage over the first ``stage_chars`` characters of the corpus, in this process."""
    from .extraction import extract
    from .ingest import Problem, list_sources, read_source
    from .exporters import EXPORTERS, EXTENSIONS
    from .graph import GraphMerger, merge_input
    from .nlp import load_nlp

    nlp = load_nlp()
    extract(_warm_document())  # load models, lexicons and gazetteer before timing
    clock = _Clock()
    merger = GraphMerger()
    texts: list[str] = []
    chars = articles = docs = 0
    sources, _ = list_sources(corpus)
    for doc_id, path, shown in sources:
        if chars >= stage_chars:
            break
        with clock("ingest"):
            got = read_source(doc_id, path, shown)
        if isinstance(got, Problem):
            continue  # unreadable files are the build's business, not the benchmark's
        for doc in got:
            with clock("extract"):
                result = extract(doc, nlp=nlp, timer=clock)  # clean and ner: stages inside
            with clock("graph merge"):
                merger.add(merge_input(result))
            texts.append(doc.text)
            chars += len(doc.text)
            articles += len(result.articles)
            docs += 1
    with clock("graph merge"):
        G = merger.graph()
    for f in formats:
        with clock(f"export {f}"):
            EXPORTERS[f](G, tmp / EXTENSIONS[f])
    sec = dict(clock.seconds)
    ner = sum(v for k, v in sec.items() if k.startswith("ner: "))
    stages = {"ingest": sec.get("ingest", 0.0), "clean": sec.get("clean", 0.0), "ner": ner}
    stages["relations"] = max(sec.get("extract", 0.0) - stages["clean"] - ner, 0.0)
    stages.update({k: v for k, v in sec.items() if k.startswith("ner: ")})
    stages["graph merge"] = sec.get("graph merge", 0.0)
    stages.update({f"export {f}": sec.get(f"export {f}", 0.0) for f in formats})
    total = sum(v for k, v in stages.items() if not k.startswith("ner: "))
    stages["whole build"] = total
    model_s = None if "kg_statistical" in nlp.pipe_names else _statistical_model(texts)
    if model_s is not None:  # trained but not yet a pipeline component: what it would add
        stages["statistical NER model, outside the pipeline"] = model_s
        stages["whole build with it"] = total + model_s
    return {"documents": docs, "chars": chars, "articles": articles, "seconds": stages,
            "pipeline": [name for name, _ in nlp.pipeline], "texts": texts}


def _statistical_model(texts: list[str]) -> float | None:
    """CPU seconds of the trained statistical NER model's ``predict`` over ``texts``, when there is
    one that the pipeline does not run yet; else None."""
    try:
        from .ner.statistical import StatisticalNER

        model = StatisticalNER.load()
    except Exception:  # no model, or none that loads: nothing to add
        return None
    model.predict(["开平市委书记陈小曼出席会议。"])
    t = time.process_time()
    model.predict(texts)
    return time.process_time() - t


def _warm_document():
    from .model import Document

    return Document("warm-up", "", "开平市委书记陈小曼出席会议。", "utf-8", "")


def _jieba(texts: list[str], tag: bool = True) -> float | None:
    """CPU seconds of jieba over ``texts`` (dictionary loaded first), or None without jieba:
    ``jieba.posseg`` (segmentation and tags), or with ``tag=False`` plain ``jieba.cut``, the
    steadier yardstick of the corpora."""
    try:
        import jieba
        import jieba.posseg as pseg
    except ImportError:
        return None
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    cut = pseg.cut if tag else jieba.cut
    list(cut("开平市委书记陈小曼出席会议。"))
    t = time.process_time()
    for text in texts:
        for _ in cut(text):
            pass
    return time.process_time() - t


# --- corpora of other shapes ---------------------------------------------------------------------

def make_corpora(dest: str | Path, *, notices: int = 30, items: int = 100, dense_chars: int = 60_000,
                 report_source: str | Path | None = None, articles: int = 200) -> dict[str, Path]:
    """The corpora of :func:`run_bench`'s third part, written under ``dest``: name -> folder.

    The seed pages as they are, ``notices`` designation notices of ``items`` villages each, the
    dev passages joined into one report, ``articles`` article-sized files (the dev passages, one a
    file) and the same text ten passages a file (these three left out when ``report_source`` has
    no passages), and a line of ``dense_chars`` characters of place names.
    """
    from .corpora import make_articles, make_dense_line, make_long_report, make_notices

    dest = Path(dest)
    out = {"seed pages": SEEDS, "notices": make_notices(dest / "notices", count=notices, items=items)}
    source = Path(report_source) if report_source else DEV_TEXTS
    if source.is_dir() and any(source.glob("*.txt")):
        out["long report"] = make_long_report(dest / "report", source)
        out["articles"] = make_articles(dest / "articles", source, articles)
        out["articles, 10 a file"] = make_articles(dest / "articles-joined", source, articles, per_file=10)
    out["dense line"] = make_dense_line(dest / "dense", dense_chars)
    return out


def _child_corpus(config: dict) -> dict:
    """Build one corpus in this (fresh) process on one core after loading the pipeline, and
    measure the graph it gives: the body of ``python -m kg.bench`` for a corpus."""
    from .builder import build
    from .extraction import extract
    from .graph import COOCCURRENCE

    if config.get("one_core", True) and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    extract(_warm_document())  # the model, lexicons and gazetteer are loaded before timing: start-up excluded
    t0, c0 = time.perf_counter(), time.process_time()
    formats = tuple(config.get("formats", ("ttl",)))
    report = build(config["inputs"], config["out"], formats, workers=1, cache=False)
    cpu, wall = time.process_time() - c0, time.perf_counter() - t0
    G = report.graph
    mentions = sum(len(d["mentions"]) for _, d in G.nodes(data=True))
    edges = sum(1 for _, _, k in G.edges(keys=True) if k == COOCCURRENCE)
    size = sum(p.stat().st_size for x in config["inputs"] for p in ([Path(x)] if Path(x).is_file() else
                                                                      Path(x).rglob("*")) if p.is_file())
    out = {"input_bytes": size, "chars": report.characters, "documents": report.documents, "mentions": mentions,
           "cooccurrence": edges, "formats": list(formats),
           "ttl_bytes": (Path(config["out"]) / "graph.ttl").stat().st_size if "ttl" in formats else None, "cpu": cpu,
           "wall": wall, "peak_rss": _peak_rss_self(), "phases": {k: round(v, 3) for k, v in report.seconds.items()}}
    truth = Path(config["inputs"][0] + "-truth.jsonl")
    if truth.is_file():
        out.update(_notice_check(G, truth))
    out["jieba_cut"] = _jieba(_texts(config["inputs"]), tag=False)
    return out


def _texts(inputs: list[str]) -> list[str]:
    """The texts of the files of ``inputs`` (the benchmark's own corpora: UTF-8 text)."""
    files = sorted(p for x in inputs for p in ([Path(x)] if Path(x).is_file() else Path(x).rglob("*.txt")))
    return [p.read_text(encoding="utf-8") for p in files]


def _child_ner(config: dict) -> dict:
    """``kg ner``'s library call over the lines of a file, in this (fresh) process on one core after
    loading the pipeline: the body of ``python -m kg.bench`` for the line corpus."""
    from .ner.api import ner_texts
    from .nlp import load_nlp

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    lines = Path(config["lines"]).read_text(encoding="utf-8").splitlines()
    nlp = load_nlp()
    t = time.process_time()
    mentions = sum(len(r["mentions"]) for r in ner_texts(lines, nlp))
    cpu = time.process_time() - t
    return {"lines": len(lines), "chars": sum(map(len, lines)), "mentions": mentions, "cpu": cpu,
            "jieba_cut": _jieba(lines, tag=False)}


def _child_merge(config: dict) -> dict:
    """The merge of :func:`kg.corpora.distinct_entity_results` in this (fresh) process: CPU seconds
    (the inputs' making left out) and the memory it added at its peak."""
    from .corpora import distinct_entity_results
    from .graph import GraphMerger

    n = config["entities"]
    t = time.process_time()
    for _ in distinct_entity_results(n):
        pass
    making = time.process_time() - t
    rss0 = _rss_self()
    merger = GraphMerger()
    t = time.process_time()
    for r in distinct_entity_results(n):
        merger.add(r)
    G = merger.graph()
    cpu = time.process_time() - t - making
    return {"entities": n, "nodes": G.number_of_nodes(), "edges": G.number_of_edges(), "cpu": max(cpu, 0.0),
            "peak_added": max(_peak_rss_self() - rss0, 0)}


def _status_bytes(field: str) -> int | None:
    """A memory figure of this process in /proc/self/status (VmRSS, VmHWM), None where /proc is not there."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def _rss_self() -> int:
    """Resident memory of this process now (VmRSS), 0 where /proc is not there."""
    rss = _status_bytes("VmRSS")
    return 0 if rss is None else rss


def _notice_check(G, truth: Path) -> dict:
    """How many notices' issuers the graph names (every signing body, as kg:issuedBy), and how
    many listed villages it holds as places of their notice."""
    issued: dict[str, set[str]] = defaultdict(set)
    for (doc, _), info in G.graph.get("articles", {}).items():
        issued[doc].update(G.nodes[k]["name"] for k in info.get("issuers", ()) if k in G)
    placed: dict[str, set[str]] = defaultdict(set)
    for _, d in G.nodes(data=True):
        if d["type"] == "Place" and d["attrs"].get("code"):
            for m in d["mentions"]:
                placed[m["doc"]].add(d["attrs"]["code"])
    notices = found = villages = listed = 0
    for line in truth.read_text(encoding="utf-8").splitlines():
        t = json.loads(line)
        notices += 1
        found += set(t["issuers"]) <= issued.get(t["file"], set())
        listed += len(t["codes"])
        villages += sum(1 for c in t["codes"] if c in placed.get(t["file"], ()))
    return {"notices": notices, "issuers_found": found, "villages_listed": listed, "villages_found": villages}


def corpus_rows(results: dict[str, dict]) -> dict[str, dict]:
    """Rates and ratios of the corpora: characters and mentions per CPU-second (and against the
    seed pages'), graph.ttl bytes per input byte, co-occurrence edges per mention."""
    base = results.get("seed pages")
    base_rate = base["mentions"] / base["cpu"] if base and base["cpu"] else None
    out = {}
    for name, r in results.items():
        rate = r["mentions"] / r["cpu"] if r["cpu"] else 0.0
        cut = r.get("jieba_cut")
        out[name] = {**r, "chars_per_cpu_s": round(r["chars"] / r["cpu"]) if r["cpu"] else None,
                     "ms_per_document": round(1000 * r["cpu"] / r["documents"], 1) if r.get("documents") else None,
                     "vs_jieba_cut": round(r["chars"] / r["cpu"] / (r["chars"] / cut), 3) if cut and r["cpu"] else None,
                     "mentions_per_cpu_s": round(rate), "vs_seed_pages": round(rate / base_rate, 2) if base_rate else None,
                     "ttl_per_input_byte": round(r["ttl_bytes"] / r["input_bytes"], 1) if r.get("ttl_bytes") else None,
                     "cooccurrence_per_mention": round(r["cooccurrence"] / r["mentions"], 2) if r["mentions"] else 0.0}
    one, ten = out.get("articles"), out.get("articles, 10 a file")
    if one and ten and one["documents"] > ten["documents"]:
        # the same text in more documents: what each further document costs
        one["overhead_ms_per_document"] = round(1000 * (one["cpu"] - ten["cpu"]) / (one["documents"] - ten["documents"]), 1)
    return out


# --- whole builds, each in a fresh process ------------------------------------------------------

def _child_build(config: dict) -> dict:
    """Run one build in this (fresh) process and measure it: the body of ``python -m kg.bench``."""
    from .builder import build

    if config.get("one_core") and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    peak = _PeakMemory()
    peak.start()
    t0, c0 = time.perf_counter(), os.times()
    report = build(config["inputs"], config["out"], tuple(config["formats"]), workers=config["workers"],
                   engine=config["engine"], cache=config["cache"])
    wall = time.perf_counter() - t0
    c1 = os.times()
    peak.stop()
    main_peak = _peak_rss_self()
    return {"wall": wall, "cpu_main": (c1.user - c0.user) + (c1.system - c0.system),
            "cpu_workers": round(sum(peak.child_cpu.values()), 2),
            "peak_rss": max(peak.peak, main_peak), "peak_rss_main": main_peak, "documents": report.documents,
            "articles": report.articles, "chars": report.characters, "reused": report.reused,
            "workers_used": report.workers, "unchanged": report.unchanged,
            "phases": {k: round(v, 3) for k, v in report.seconds.items()}}


def _peak_rss_self() -> int:
    """Peak resident memory of this process (VmHWM; ru_maxrss would carry the parent's over exec)."""
    peak = _status_bytes("VmHWM")
    if peak is not None:
        return peak
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


class _PeakMemory(threading.Thread):
    """Samples the resident memory of this process and all its descendants (sum) every 0.1 s,
    and the CPU time of each descendant (the last sample before it ends, so at most 0.1 s short)."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = 0
        self.child_cpu: dict[int, float] = {}
        self._done = threading.Event()

    def run(self) -> None:
        try:
            import psutil
        except ImportError:
            return
        me = psutil.Process()
        while not self._done.is_set():
            total = 0
            for p in [me, *me.children(recursive=True)]:
                try:
                    total += p.memory_info().rss
                    if p.pid != me.pid:
                        t = p.cpu_times()
                        self.child_cpu[p.pid] = t.user + t.system
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)
            self._done.wait(0.1)

    def stop(self) -> None:
        self._done.set()
        self.join()


def _run_child(config: dict) -> dict:
    proc = subprocess.run([sys.executable, "-m", "kg.bench", json.dumps(config)], capture_output=True, text=True)
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or [f"exit code {proc.returncode}"])[-1]
        raise KGError(f"a benchmark build failed: {last.removeprefix('Error: ')}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _check_corpus(path: Path) -> None:
    """InputError unless ``path`` holds a document kg can read (the first one found is enough)."""
    from .ingest import Problem, list_sources, read_source

    sources, problems = list_sources([str(path)])
    for doc_id, source, shown in sources:
        got = read_source(doc_id, source, shown)
        if not isinstance(got, Problem):
            return
        problems.append(got)
    detail = f" ({problems[0]})" if len(problems) == 1 else f" ({len(problems)} problems)" if problems else ""
    raise InputError(f"{path}: no readable documents to time{detail}")


# --- the benchmark ------------------------------------------------------------------------------

@dataclass
class BenchResult:
    machine: dict
    corpus: dict
    stages: dict  # name -> {"seconds", "chars_per_s", "articles_per_s", "vs_jieba"}
    baseline: dict | None
    builds: list[dict] = field(default_factory=list)
    corpora: dict = field(default_factory=dict)  # name -> the measures of corpus_rows
    lines: dict | None = None  # kg ner on short lines (run_lines)
    startup: dict = field(default_factory=dict)  # command -> CPU seconds of a fresh process (run_startup)
    merges: list = field(default_factory=list)  # the merge of distinct entities (run_merges)
    article_workers: list = field(default_factory=list)  # 1 MB of article files, 1 and 2 workers (run_article_workers)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1)


def run_corpora(work: str | Path, *, notices: int = 30, dense_chars: int = 60_000, report_source=None,
                echo=lambda line: None) -> dict[str, dict]:
    """The third part of the benchmark alone: each corpus of :func:`make_corpora` built in a fresh process."""
    work = Path(work)
    results = {}
    for name, folder in make_corpora(work / "corpora", notices=notices, dense_chars=dense_chars,
                                     report_source=report_source).items():
        echo(f"building the {name}")
        out = work / "corpora-out" / name.replace(" ", "-").replace(",", "")
        shutil.rmtree(out, ignore_errors=True)
        # article-sized files as the target has them: the whole build with the JSON export
        formats = ["json"] if name.startswith("articles") else ["ttl"]
        results[name] = _run_child({"corpus": True, "inputs": [str(folder)], "out": str(out), "formats": formats})
    return corpus_rows(results)


#: the counts of distinct entities whose merge kg bench measures by default
MERGE_ENTITIES = (10_000, 100_000)


def run_others(work: str | Path, *, notices: int = 30, merge_entities: tuple[int, ...] = MERGE_ENTITIES,
               echo=lambda line: None) -> dict:
    """Everything beside the seed copies: the corpora of other shapes, kg ner on lines, start-up and
    the merge of distinct entities (the keyword arguments of :class:`BenchResult` they fill)."""
    return {"corpora": run_corpora(work, notices=notices, echo=echo), "lines": run_lines(work, echo=echo),
            "startup": run_startup(Path(work) / "startup", echo=echo), "merges": run_merges(merge_entities, echo=echo),
            "article_workers": run_article_workers(work, echo=echo)}


def run_article_workers(work: str | Path, *, size_mb: float = 1.0, workers: tuple[int, ...] = (1, 2),
                        source: str | Path | None = None, echo=lambda line: None) -> list[dict]:
    """Article-sized files (the dev passages, one a file) to about ``size_mb`` MB, built with the
    default exports (Turtle, HTML, JSON) by each number of ``workers``, each build in a fresh
    process: wall time, and its speed-up over the first (the same bytes, or an error)."""
    from .corpora import make_articles

    source = Path(source) if source else DEV_TEXTS
    if not (source.is_dir() and any(source.glob("*.txt"))):
        return []
    per_file = sum(p.stat().st_size for p in source.glob("*.txt")) / len(list(source.glob("*.txt")))
    folder = make_articles(Path(work) / "articles-workers", source, max(2, round(size_mb * 1e6 / per_file)))
    formats = ["ttl", "html", "json"]
    rows, first_out = [], None
    for n in workers:
        out = Path(work) / f"articles-workers-out-{n}"
        shutil.rmtree(out, ignore_errors=True)
        echo(f"article files, {n} worker{'s' if n > 1 else ''}, all default exports")
        r = _run_child({"inputs": [str(folder)], "out": str(out), "formats": formats, "workers": n, "engine": "local",
                        "cache": False})
        if first_out is None:
            first_out = out
        elif not _same_exports(first_out, out, formats):
            raise RuntimeError(f"the exports of {out} differ from those of {first_out}")
        r["workers"] = n
        r["input_bytes"] = sum(p.stat().st_size for p in folder.iterdir())
        r["speedup"] = round(rows[0]["wall"] / r["wall"], 2) if rows else 1.0
        rows.append(r)
    return rows


def run_lines(work: str | Path, *, source: str | Path | None = None, echo=lambda line: None) -> dict | None:
    """``kg ner`` on short lines (the sentences of the dev passages, one a line) in a fresh process,
    after loading: characters per CPU-second, ms a line, × jieba.cut; None without passages."""
    from .corpora import make_lines

    source = Path(source) if source else DEV_TEXTS
    if not (source.is_dir() and any(source.glob("*.txt"))):
        return None
    echo("kg ner on lines")
    folder = make_lines(Path(work) / "lines", source)
    r = _run_child({"ner": True, "lines": str(folder / "lines.txt")})
    r["chars_per_cpu_s"] = round(r["chars"] / r["cpu"]) if r["cpu"] else None
    r["ms_per_line"] = round(1000 * r["cpu"] / r["lines"], 2) if r["lines"] else None
    r["vs_jieba_cut"] = round(r["jieba_cut"] / r["cpu"], 3) if r.get("jieba_cut") and r["cpu"] else None
    return r


def run_startup(work: str | Path, *, runs: int = 3, echo=lambda line: None) -> dict[str, dict]:
    """CPU seconds (user and system) of fresh processes, the median of ``runs``, one after the other
    in turn: importing spaCy and making a blank Chinese pipeline (the yardstick), ``kg --help``,
    ``kg ner`` of one line and ``kg build`` of one line (JSON, no cache), after one untimed ``kg ner``."""
    import resource
    import statistics

    work = Path(work)
    work.mkdir(parents=True, exist_ok=True)
    line = work / "one-line.txt"
    line.write_text("开平市委书记陈小曼出席会议。\n", encoding="utf-8")
    kg = [sys.executable, "-m", "kg"]
    commands = {"import spacy; spacy.blank('zh')": [sys.executable, "-c", "import spacy; spacy.blank('zh')"],
                "kg --help": kg + ["--help"],
                "kg ner, one line": kg + ["ner", str(line)],
                "kg build, one line": kg + ["build", str(line), "--out", str(work / "one-line-out"), "--format", "json",
                                            "--no-cache", "-q"]}
    seconds: dict[str, list[float]] = {k: [] for k in commands}
    echo("start-up")
    # untimed: the first kg process on a machine saves the prebuilt model (kg.prebuilt) that the others open
    subprocess.run(commands["kg ner, one line"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=work)
    for _ in range(runs):
        for name, cmd in commands.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=work)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if proc.returncode != 0:
                raise KGError(f"{name} failed: {(proc.stderr.strip().splitlines() or ['?'])[-1]}")
            seconds[name].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    base = statistics.median(seconds["import spacy; spacy.blank('zh')"])
    return {name: {"cpu": round(statistics.median(v), 3), "runs": [round(x, 3) for x in v],
                   "vs_spacy_blank": round(statistics.median(v) / base, 2) if base else None}
            for name, v in seconds.items()}


def run_merges(counts: tuple[int, ...], *, echo=lambda line: None) -> list[dict]:
    """The merge of distinct entities (:func:`kg.corpora.distinct_entity_results`), each count in a
    fresh process: CPU seconds and the peak memory it added, and both per entity."""
    rows = []
    for n in counts:
        echo(f"merging {n:,} distinct entities")
        r = _run_child({"merge": True, "entities": n})
        r["us_per_entity"] = round(1e6 * r["cpu"] / n, 1)
        r["bytes_per_entity"] = round(r["peak_added"] / n)
        rows.append(r)
    return rows


def run_bench(corpus: str | Path | None = None, *, size_mb: float = 3.0, stage_chars: int = 1_000_000,
              workers: tuple[int, ...] = (1, 2), formats: tuple[str, ...] = ("ttl", "html", "json"),
              rebuilds: bool = True, dask: bool = False, workdir: str | Path | None = None,
              corpora: bool = True, notices: int = 30, merge_entities: tuple[int, ...] = MERGE_ENTITIES,
              echo=lambda line: None) -> BenchResult:
    """Run the benchmark; ``echo`` is told what is being measured as it goes."""
    own_tmp = workdir is None
    work = Path(tempfile.mkdtemp(prefix="kg-bench-")) if own_tmp else Path(workdir)
    work.mkdir(parents=True, exist_ok=True)
    try:
        if corpus is None:
            echo(f"generating a {size_mb:g} MB corpus from the seeds")
            corpus_path = make_corpus(work / "corpus", size_bytes=int(size_mb * 1e6))
            described = f"the seeds copied to {size_mb:g} MB"
        else:
            corpus_path = Path(corpus)
            described = str(corpus_path)
            _check_corpus(corpus_path)
        load0 = os.getloadavg()
        echo(f"timing the stages over the first {stage_chars:,} characters")
        (work / "stages").mkdir(exist_ok=True)
        sp = _stage_pass([str(corpus_path)], stage_chars, formats, work / "stages")
        echo("timing jieba.posseg over the same text")
        jieba_s = _jieba(sp.pop("texts"))
        chars, arts = sp["chars"], sp["articles"]
        base_rate = chars / jieba_s if jieba_s else None
        stages = {}
        for name, s in sp["seconds"].items():
            rate = chars / s if s else float("inf")
            stages[name] = {"seconds": round(s, 3), "chars_per_s": round(rate) if s else None,
                            "articles_per_s": round(arts / s, 1) if s else None,
                            "vs_jieba": round(rate / base_rate, 2) if s and base_rate else None}
        baseline = None if jieba_s is None else {
            "name": "jieba.posseg", "seconds": round(jieba_s, 3), "chars_per_s": round(base_rate),
            "articles_per_s": round(arts / jieba_s, 1)}
        builds = []
        base = {"inputs": [str(corpus_path)], "formats": list(formats), "engine": "local"}
        first_out = None
        for n in workers:
            out = work / f"out-{n}"
            shutil.rmtree(out, ignore_errors=True)
            echo(f"cold build, {n} worker{'s' if n > 1 else ''}")
            r = _run_child({**base, "out": str(out), "workers": n, "cache": True, "one_core": n == 1})
            builds.append({"build": f"cold, {n} worker{'s' if n > 1 else ''}", "workers": n, **r})
            if first_out is None:
                first_out = out
            elif not _same_exports(first_out, out, formats):
                raise RuntimeError(f"the exports of {out} differ from those of {first_out}")
        if dask:
            out = work / "out-dask"
            echo("cold build, dask local cluster of 2 workers")
            r = _run_child({**base, "out": str(out), "workers": 2, "engine": "dask", "cache": False})
            builds.append({"build": "cold, dask (local cluster, 2 workers)", "workers": 2, **r})
            if first_out is not None and not _same_exports(first_out, out, formats):
                raise RuntimeError("the exports of the dask build differ")
        if rebuilds and first_out is not None:
            n = workers[0]
            echo("unchanged rebuild")
            r = _run_child({**base, "out": str(first_out), "workers": n, "cache": True, "one_core": n == 1})
            builds.append({"build": "unchanged rebuild", "workers": n, **r})
            extra = work / "extra"
            extra.mkdir(exist_ok=True)
            one = min((p for p in SEEDS.iterdir() if p.is_file()), default=None) if corpus is None else None
            one = one or min(p for p in corpus_path.rglob("*") if p.is_file())
            (extra / "added.txt").write_bytes(one.read_bytes() + "\n（新增）\n".encode())
            echo("rebuild with one document added")
            r = _run_child({**base, "inputs": [str(corpus_path), str(extra)], "out": str(first_out), "workers": n,
                            "cache": True, "one_core": n == 1})
            builds.append({"build": "one document added", "workers": n, **r})
        cold = next((b for b in builds if b["build"].startswith("cold, 1 ")), builds[0] if builds else None)
        for b in builds:
            b["chars_per_s"] = round(b["chars"] / b["wall"])
            b["articles_per_s"] = round(b["articles"] / b["wall"], 1)
            b["cpu_chars_per_s"] = round(b["chars"] / b["cpu_main"]) if b["workers_used"] == 1 else None
            if base_rate:
                b["vs_jieba"] = round(b["chars_per_s"] / base_rate, 2)
            if cold:
                b["vs_cold_1_worker"] = round(b["wall"] / cold["wall"], 3)
        machine = {"python": platform.python_version(), "platform": platform.platform(),
                   "cpu": _cpu_name(), "cores": os.cpu_count(), "kg": __version__,
                   "load_average_before": [round(x, 2) for x in load0],
                   "load_average_after": [round(x, 2) for x in os.getloadavg()],
                   "pipeline": sp["pipeline"]}
        size = sum(p.stat().st_size for p in corpus_path.rglob("*") if p.is_file())
        corpus_info = {"source": described, "bytes": size, "documents": builds[0]["documents"] if builds else None,
                       "characters": builds[0]["chars"] if builds else None,
                       "stage_sample": {"documents": sp["documents"], "chars": chars, "articles": arts}}
        if not corpora:
            return BenchResult(machine, corpus_info, stages, baseline, builds)
        return BenchResult(machine, corpus_info, stages, baseline, builds, **run_others(work, notices=notices,
                                                                                        merge_entities=merge_entities,
                                                                                        echo=echo))
    finally:
        if own_tmp:
            shutil.rmtree(work, ignore_errors=True)


def _same_exports(a: Path, b: Path, formats) -> bool:
    """Whether two builds wrote the same bytes (an export may be a folder, as csv is)."""
    from .exporters import EXTENSIONS

    def files(root: Path, name: str) -> dict[str, bytes]:
        p = root / name
        paths = sorted(x for x in p.rglob("*") if x.is_file()) if p.is_dir() else [p]
        return {str(x.relative_to(root)): x.read_bytes() for x in paths}

    return all(files(a, EXTENSIONS[f]) == files(b, EXTENSIONS[f]) for f in formats)


def _cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _mb(n: int | None) -> str:
    return "" if not n else f"{n / 2**20:,.0f} MiB"


def format_table(r: BenchResult) -> str:
    """The result as Markdown tables."""
    m, c = r.machine, r.corpus
    lines = [f"kg {m['kg']}, Python {m['python']}, {m['cores']} cores ({m['cpu']}), {m['platform']}",
             f"pipeline: {', '.join(m['pipeline'])}",
             f"corpus: {c['source']}: {c['bytes']:,} bytes, {c['documents'] or 0:,} documents, "
             f"{c['characters'] or 0:,} characters",
             f"load average before/after: {m['load_average_before'][0]} / {m['load_average_after'][0]}", "",
             f"Stages, one core, CPU time over {c['stage_sample']['chars']:,} characters "
             f"({c['stage_sample']['documents']} documents, {c['stage_sample']['articles']} articles):", "",
             "| stage | CPU s | characters/s | articles/s | × jieba.posseg |", "|---|---:|---:|---:|---:|"]
    for name, s in r.stages.items():
        label = f"  {name}" if name.startswith("ner: ") or name.startswith("statistical NER") else name
        lines.append(f"| {label} | {s['seconds']:.2f} | {_n(s['chars_per_s'])} | {_n(s['articles_per_s'])} | "
                     f"{_x(s['vs_jieba'])} |")
    if r.baseline:
        b = r.baseline
        lines.append(f"| jieba.posseg (baseline) | {b['seconds']:.2f} | {_n(b['chars_per_s'])} | "
                     f"{_n(b['articles_per_s'])} | 1.00 |")
    if r.builds:
        lines += ["", "Builds of the whole corpus, each `build()` in a fresh process, wall time (one worker "
                  "is pinned to one core; CPU s adds up the build and its workers):", "",
                  "| build | wall s | read+extract s | merge s | exports s | CPU s | characters/s | articles/s | "
                  "× jieba.posseg | vs cold, 1 worker | reused | peak memory (all processes) |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for b in r.builds:
            ph = b.get("phases", {})
            exports = ph.get("exports", sum(v for k, v in ph.items() if k.startswith("export ")))
            cpu = f"{b['cpu_main'] + b.get('cpu_workers', 0):.2f}"
            lines.append(f"| {b['build']} | {b['wall']:.2f} | {ph.get('read and extract', 0):.2f} | "
                         f"{ph.get('merge', 0):.2f} | {exports:.2f} | {cpu} | {_n(b['chars_per_s'])} | "
                         f"{_n(b['articles_per_s'])} | {_x(b.get('vs_jieba'))} | "
                         f"{b.get('vs_cold_1_worker', 0):.1%} | {b['reused']:,} | {_mb(b['peak_rss'])} |")
    if r.corpora:
        lines += ["", format_corpora(r.corpora)]
    others = format_others(r.lines, r.startup, r.merges, r.article_workers)
    if others:
        lines += ["", others]
    return "\n".join(lines)


def format_corpora(rows: dict[str, dict]) -> str:
    """The corpora of other shapes as a Markdown table (and the notices' issuers and villages)."""
    lines = ["Corpora of other shapes, each built in a fresh process on one core after loading the pipeline "
             "(`kg.corpora`; no cache; the Turtle export, the JSON export for the article-sized files):", "",
             "| corpus | input bytes | documents | characters | mentions | CPU s | ms a document | characters/s "
             "| × jieba.cut | mentions/s | × seed pages | graph.ttl bytes per input byte | co-occurrence edges per mention |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, r in rows.items():
        lines.append(f"| {name} | {r['input_bytes']:,} | {r.get('documents', 0):,} | {r['chars']:,} | {r['mentions']:,} | "
                     f"{r['cpu']:.2f} | {_n(r.get('ms_per_document'))} | {_n(r['chars_per_cpu_s'])} | "
                     f"{_x(r.get('vs_jieba_cut'))} | {_n(r['mentions_per_cpu_s'])} | {_x(r['vs_seed_pages'])} | "
                     f"{_n(r['ttl_per_input_byte'])} | {r['cooccurrence_per_mention']:.2f} |")
    one = rows.get("articles", {})
    if one.get("overhead_ms_per_document") is not None:
        lines += ["", f"articles: what a document costs beyond its text (articles against the same text ten "
                      f"passages a file): {one['overhead_ms_per_document']:.1f} ms a document"]
    for name, r in rows.items():
        if r.get("notices"):
            lines += ["", f"{name}: the issuing body found in {r['issuers_found']} of {r['notices']} "
                          f"({r['issuers_found'] / r['notices']:.0%}); listed villages found "
                          f"{r['villages_found']:,} of {r['villages_listed']:,} "
                          f"({r['villages_found'] / max(r['villages_listed'], 1):.1%})"]
    return "\n".join(lines)


def format_others(lines: dict | None, startup: dict, merges: list, article_workers: list | None = None) -> str:
    """kg ner on lines, start-up, the merge of distinct entities and article files built by 1 and 2
    workers as Markdown tables."""
    out: list[str] = []
    if lines:
        out += ["`kg ner` on short lines (the sentences of the dev passages, one a line), in a fresh process on one "
                "core after loading the pipeline:", "",
                "| lines | characters | mentions | CPU s | ms a line | characters/s | × jieba.cut |",
                "|---:|---:|---:|---:|---:|---:|---:|",
                f"| {lines['lines']:,} | {lines['chars']:,} | {lines['mentions']:,} | {lines['cpu']:.2f} | "
                f"{lines['ms_per_line']:.2f} | {_n(lines['chars_per_cpu_s'])} | {_x(lines['vs_jieba_cut'])} |"]
    if startup:
        out += ["" if out else None, "Start-up: CPU seconds (user and system) of a fresh process, the median of "
                "runs taken in turn:", "", "| command | CPU s | × spaCy blank zh |", "|---|---:|---:|"]
        out += [f"| `{name}` | {r['cpu']:.2f} | {_x(r['vs_spacy_blank'])} |" for name, r in startup.items()]
    if merges:
        out += ["" if out else None, "The merge of distinct entities (each named once; `kg.corpora`), each count in "
                "a fresh process: CPU of `GraphMerger.add` and `graph()`, and the memory the merge added at its peak:",
                "", "| entities | nodes | edges | CPU s | µs an entity | peak memory added | bytes an entity |",
                "|---:|---:|---:|---:|---:|---:|---:|"]
        out += [f"| {r['entities']:,} | {r['nodes']:,} | {r['edges']:,} | {r['cpu']:.2f} | {r['us_per_entity']:.1f} | "
                f"{_mb(r['peak_added'])} | {r['bytes_per_entity']:,} |" for r in merges]
    if article_workers:
        out += ["" if out else None, f"Article-sized files ({article_workers[0]['documents']:,} files, "
                f"{article_workers[0]['input_bytes']:,} bytes) built with the default exports (Turtle, HTML, JSON), "
                "each build in a fresh process, wall time; with workers, the exports are written at once by processes of "
                "their own, the Turtle in as many parts as there are workers (exports s: from the first to the last):",
                "", "| workers | wall s | read+extract s | merge s | exports s | CPU s (all processes) | × one worker |",
                "|---:|---:|---:|---:|---:|---:|---:|"]
        for r in article_workers:
            ph = r["phases"]
            exports = ph.get("exports", sum(v for k, v in ph.items() if k.startswith("export ")))
            out.append(f"| {r['workers']} | {r['wall']:.2f} | {ph.get('read and extract', 0):.2f} | "
                       f"{ph.get('merge', 0):.2f} | {exports:.2f} | {r['cpu_main'] + r['cpu_workers']:.2f} | "
                       f"{r['speedup']:.2f} |")
    return "\n".join(x for x in out if x is not None)


def _n(v) -> str:
    return "" if v is None else f"{v:,.0f}" if v >= 100 else f"{v:,.1f}"


def _x(v) -> str:
    return "" if v is None else f"{v:.2f}"


if __name__ == "__main__":
    _config = json.loads(sys.argv[1])
    try:
        child = (_child_corpus if _config.get("corpus") else _child_ner if _config.get("ner")
                 else _child_merge if _config.get("merge") else _child_build)
        print(json.dumps(child(_config)))
    except KGError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        sys.exit(1)
