"""The whole job: read inputs, extract each document, merge into one graph, export.

A build is a map and a reduce. Each readable document is looked up in the cache
(:mod:`kg.cache`, by content and pipeline version) or extracted by an engine
(:mod:`kg.engine`: this process, worker processes or a Dask cluster); the results are merged
one at a time, in document order, into the graph (:class:`kg.graph.GraphMerger`), so the
exports are the same for any engine, number of workers and order of the inputs. Documents
are read one at a time and their text is dropped once extracted. An export whose file already
holds what this build would write is left as it is.

>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> _ = (out / "a.txt").write_text("开平市委书记陈小曼出席会议。", encoding="utf-8")
>>> report = build([str(out / "a.txt")], out / "exports", formats=("ttl",))
>>> report.summary["entities"]["Official"]
1
>>> again = build([str(out / "a.txt")], out / "exports", formats=("ttl",))
>>> again.reused, again.unchanged
(1, ['ttl'])
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Sequence

if TYPE_CHECKING:  # imported only when BuildReport.graph is asked for: a build merges without it (kg.multigraph)
    import networkx as nx

from . import __version__
from .cache import BuildCache, dist_version, pipeline_version
from .engine import make_engine
from .errors import ExportError, InputError, KGError
from .exporters import EXPORTERS, EXTENSIONS
from .exporters.atomic import ForkedWrite, Staged, atomic_write, can_fork, staged
from .graph import COOCCURRENCE_UNITS, GraphMerger, MergeInput, summary
from .ingest import Problem, UniqueIds, list_sources, read_source
from .lexicon import extra_lexicons, using_lexicons
from .lock import locked
from .model import Document, DocResult
from .multigraph import MultiDiGraph
from .progress import Meter
from .resources import collector_relaxed
from .readers import ReadOptions
from .identity.aliases import AliasRules, load_alias_rules
from .identity.keys import EntityKey

__all__ = ["BuildReport", "build", "extract_all", "DEFAULT_FORMATS", "CACHE_DIR"]

log = logging.getLogger(__name__)

DEFAULT_FORMATS = ("ttl", "html", "json")
#: The cache folder inside the output folder, unless a build is given another.
CACHE_DIR = ".kgcache"
ALIAS_FILE = "aliases.jsonl"
MERGES_FILE = "merges.jsonl"
#: What each export in the output folder belongs to: written last, with the exports.
MANIFEST_FILE = "manifest.json"
MANIFEST_FORMAT = "kg-manifest-1"
CSV_FILES = ("nodes.csv", "relationships.csv")
#: the least weight of a graph (twice its nodes, and its mentions and edges) whose exports are written by
#: forked processes at once when a build has more than one core (below it a fork costs more than it saves)
FORK_MIN_WEIGHT = 2_000
#: how much lower the priority of the processes that write the other exports is than that of the Turtle's
#: parts: the Turtle's end is written here once its parts are done, while the others may still run
EXPORT_NICE = 10


@dataclass
class BuildReport:
    documents: int = 0
    articles: int = 0
    characters: int = 0
    problems: list[Problem] = field(default_factory=list)
    outputs: dict[str, Path] = field(default_factory=dict)
    summary: dict = field(default_factory=dict)
    reused: int = 0  # documents whose extraction came from the cache
    unchanged: list[str] = field(default_factory=list)  # formats whose file already held this graph
    workers: int = 1  # processes that extracted: 1 when it ran in this one
    seconds: dict[str, float] = field(default_factory=dict)  # wall time of each phase
    merges: Path | None = None  # merges.jsonl: what entity resolution merged
    _graph: nx.MultiDiGraph | MultiDiGraph | None = field(default=None, repr=False)
    _merge_again: Callable[[], nx.MultiDiGraph] | None = field(default=None, repr=False)

    @property
    def graph(self) -> nx.MultiDiGraph | None:
        """The merged graph. A build that found its exports current merged nothing: the graph is then
        merged from the cache when first asked for. A build merges without networkx
        (:mod:`kg.multigraph`): its graph becomes a ``networkx.MultiDiGraph`` when first asked for."""
        if self._graph is None and self._merge_again is not None:
            self._graph, self._merge_again = self._merge_again(), None
        if isinstance(self._graph, MultiDiGraph):
            self._graph = self._graph.to_networkx()
        return self._graph

    @graph.setter
    def graph(self, G: nx.MultiDiGraph | MultiDiGraph | None) -> None:
        self._graph, self._merge_again = G, None

    def line(self) -> str:
        """The one-line summary the CLI prints."""
        ents = ", ".join(f"{k} {v}" for k, v in self.summary.get("entities", {}).items()) or "none"
        rels = sum(self.summary.get("relations", {}).values())
        extra = f", {self.reused} reused from cache" if self.reused else ""
        skipped = sum(p.fatal for p in self.problems)
        extra += f", {_count(skipped, 'input')} skipped" if skipped else ""
        dated = f" ({self.summary.get('dated', 0) / rels:.0%} dated)" if rels else ""
        return (f"{_count(self.documents, 'document')}, {_count(self.articles, 'article')}{extra}; entities: {ents}; "
                f"relations: {rels}{dated}; co-occurrence edges: {self.summary.get('cooccurrence', 0)}")


def _size(path: Path | None) -> int:
    """Bytes in an input file (0 for stdin, or a file that cannot be read: it is reported later)."""
    try:
        return os.stat(path).st_size if path is not None else 0
    except OSError:
        return 0


def _count(n: int, noun: str) -> str:
    """``1 document``, ``2 documents``."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def extract_all(documents, progress: Callable[[int], None] | None = None) -> list[DocResult]:
    """Extract documents one after the other in this process."""
    from .extraction import extract

    results = []
    for d in documents:
        results.append(extract(d))
        if progress:
            progress(1)
    return results


def build(
    inputs: Iterable[str],
    out_dir: str | Path,
    formats: Sequence[str] = DEFAULT_FORMATS,
    *,
    workers: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    cache: str | Path | bool = True,
    progress: Callable[[int], None] | None = None,
    on_documents: Callable[[int], None] | None = None,
    aliases: str | Path | None = None,
    min_support: int = 1,
    lexicons: Iterable[str | Path] | None = None,
    read_options: ReadOptions | None = None,
    wait: float | None = 0,
    meter: Meter | None = None,
    cooccurrence: str = "sentence",
    merge_unchanged: bool = False,
) -> BuildReport:
    """Build the graph from files, folders or ``-`` and write the exports to ``out_dir``.

    ``workers`` processes extract (default: one per core; small inputs are extracted in this
    process); ``engine="dask"`` sends the work to a Dask cluster (``scheduler`` is its address;
    without one a local cluster is started). ``cache`` is the cache folder, True for
    ``out_dir/.kgcache`` or False for none.

    Unreadable inputs are reported in :attr:`BuildReport.problems` and skipped. When no
    input can be read at all, :class:`InputError` is raised and nothing is written, so
    earlier exports stay as they were. ``on_documents`` is told how many inputs there are
    and ``progress`` is called once for each as it is done; a :class:`~kg.progress.Meter`
    is told their sizes too, and whether each came from the cache.

    ``aliases`` is the user's alias file (default: ``aliases.jsonl`` in ``out_dir`` when it
    exists); every merge kg made or refused is listed in ``merges.jsonl`` next to the exports.
    ``cooccurrence`` is what co-occurrence counts (:data:`kg.graph.COOCCURRENCE_UNITS`): two
    entities in one sentence (or a list item with what its list is about), in one article (every
    pair: edges grow with the square of an article's entities), or nothing; ``min_support`` drops
    co-occurrence edges seen in fewer sentences (articles). ``read_options`` names the fields of
    records files (:class:`kg.readers.ReadOptions`).

    A rebuild whose exports are all current (same documents, options and pipeline as the build that
    wrote them, files unchanged since) reads the inputs and stops there: its report is the one recorded
    in the cache, and :attr:`BuildReport.graph` is merged from the cache when first asked for
    (``merge_unchanged=True`` merges it at once).

    ``lexicons`` are lexicon files (or folders of them) used with the bundled ones for this
    build (:func:`kg.lexicon.use_lexicons`); ``None`` keeps the lexicons in use as they are.

    The build locks ``out_dir`` and the cache folder (:mod:`kg.lock`): while another build holds
    either, :class:`~kg.errors.BusyError` is raised at once, or after waiting ``wait`` seconds
    (None: as long as it takes). The exports are written to temporary files and renamed together
    at the end, with ``manifest.json`` naming the build each export belongs to: an export that
    cannot be written replaces none (:class:`~kg.errors.ExportError`).
    """
    unknown = [f for f in formats if f not in EXPORTERS]
    if unknown:
        raise KGError(f"unknown format {unknown[0]!r}; choose from {', '.join(EXPORTERS)}")
    out = Path(out_dir)
    cache_dir = (out / CACHE_DIR if cache is True else Path(cache)) if cache else None
    with using_lexicons(lexicons), contextlib.ExitStack() as stack:
        stack.enter_context(locked([out], wait))
        if cache_dir is not None:
            try:
                stack.enter_context(locked([cache_dir], wait))
            except ExportError as exc:
                log.warning("%s; building without the cache", exc)
                cache_dir = None
        return _build(inputs, out, formats, workers=workers, engine=engine, scheduler=scheduler, cache_dir=cache_dir,
                      progress=progress, on_documents=on_documents, aliases=aliases, min_support=min_support,
                      read_options=read_options, meter=meter, cooccurrence=cooccurrence,
                      merge_unchanged=merge_unchanged)


def _build(inputs: Iterable[str], out: Path, formats: Sequence[str], *, workers: int | None, engine: str,
           scheduler: str | None, cache_dir: Path | None, progress: Callable[[int], None] | None,
           on_documents: Callable[[int], None] | None, aliases: str | Path | None, min_support: int,
           read_options: ReadOptions | None, meter: Meter | None, cooccurrence: str = "sentence",
           merge_unchanged: bool = False) -> BuildReport:
    """:func:`build` once its folders are locked."""
    alias_path = Path(aliases) if aliases else out / ALIAS_FILE
    alias_used = bool(aliases) or alias_path.exists()
    rules = load_alias_rules(alias_path) if alias_used else AliasRules()
    # the graph depends on the alias file, min_support and the co-occurrence unit as well as on the documents
    options = [min_support, hashlib.sha256(alias_path.read_bytes()).hexdigest() if alias_used else ""]
    if cooccurrence != "sentence":
        options.append(cooccurrence)
    store = BuildCache(cache_dir) if cache_dir is not None else None
    inputs = list(inputs)
    sources, problems = list_sources(inputs)
    sizes = [_size(path) for _, path, _ in sources]
    if on_documents:
        on_documents(len(sources))
    if meter:
        meter.start(len(sources), sum(sizes))
    if cooccurrence not in COOCCURRENCE_UNITS:
        raise KGError(f"co-occurrence unit {cooccurrence!r}: choose from {', '.join(COOCCURRENCE_UNITS)}")
    if store is not None and not merge_unchanged:
        report = _unchanged_build(sources, problems, sizes, out, formats, store, options, read_options, progress, meter)
        if report is not None:
            lexicons = extra_lexicons()
            report._merge_again = lambda: build(
                inputs, out, formats, workers=workers, engine=engine, scheduler=scheduler, cache=cache_dir,
                aliases=aliases, min_support=min_support, lexicons=lexicons, read_options=read_options,
                cooccurrence=cooccurrence, merge_unchanged=True).graph
            return report
    report = BuildReport(problems=problems)
    # made with the first result
    merger = functools.partial(GraphMerger, aliases=rules, min_support=min_support, cooccurrence=cooccurrence)
    merged: list[GraphMerger] = []
    ready: dict[int, MergeInput | None] = {}
    last_of_source: dict[int, int] = {}  # slot that ends a source -> the source: progress counts sources
    extracted: set[int] = set()  # sources with a document the engine extracts (not from the cache)
    docs: list[tuple[str, str, str, str]] = []  # what the exports depend on: id, path, encoding, cache key
    next_index = 0
    ids = UniqueIds()

    def done(index: int, item: MergeInput | None) -> None:
        """Slot ``index`` is done; merge every result that is now next in reading order."""
        nonlocal next_index
        ready[index] = item
        while next_index in ready:
            r = ready.pop(next_index)
            if next_index in last_of_source:
                source = last_of_source[next_index]
                if progress:
                    progress(1)
                if meter:
                    meter.advance(sizes[source], cached=source not in extracted)
            next_index += 1
            if r is not None:
                if not merged:
                    merged.append(merger())
                merged[0].add(r)
                report.documents += 1
                report.articles += len(r.articles)
                report.characters += r.chars

    def to_extract() -> Iterator[tuple[int, Document]]:
        """Read each source in turn (a records file gives several documents, each its own slot);
        settle each document from the cache, or pass it on to the engine."""
        slot = 0
        for source, (doc_id, path, shown) in enumerate(sources):
            got = read_source(doc_id, path, shown, options=read_options)
            if isinstance(got, Problem):
                problems.append(got)
                last_of_source[slot] = source
                done(slot, None)
                slot += 1
                continue
            for i, doc in enumerate(got):
                doc = ids.unique(doc)
                index = slot
                slot += 1
                if i == len(got) - 1:
                    last_of_source[index] = source
                docs.append((doc.doc_id, doc.path, doc.encoding, doc.cache_key))
                hit = store.get(doc) if store else None
                if hit is not None:
                    report.reused += 1
                    done(index, hit)
                else:
                    extracted.add(source)
                    yield index, doc

    t0 = time.perf_counter()
    with make_engine(engine, workers, scheduler, on_start=functools.partial(_prepare_merge, formats)) as eng:
        for index, result in eng.map(to_extract()):
            if store:
                store.put(result)
            done(index, result)
        report.workers = eng.workers if eng.parallel else 1
        parts = min(eng.workers, os.cpu_count() or 1)  # the Turtle export is written in as many parts
    report.seconds["read and extract"] = time.perf_counter() - t0
    log.info("%d documents read, %d extracted by %d process(es), %d from the cache, in %.2f s", report.documents,
             report.documents - report.reused, report.workers, report.reused, report.seconds["read and extract"])
    problems.sort(key=lambda p: p.path)
    if not report.documents:
        detail = f" ({problems[0]})" if len(problems) == 1 else f" ({len(problems)} problems)" if problems else ""
        raise InputError(f"no readable documents in the input{detail}; nothing was written")
    t0 = time.perf_counter()
    if meter:
        meter.stage("merging the graph")
    G = merged[0].graph(networkx=False)  # networkx is imported only if report.graph is asked for
    report.summary = summary(G)
    report.graph = G
    report.seconds["merge"] = time.perf_counter() - t0
    _remove_stale_temporaries(out)
    t0 = time.perf_counter()
    with collector_relaxed():  # the graph's many objects are walked again by each collection (1 MB: 32, 0.06 s)
        _write_exports(G, out, formats, store, _build_id(docs, options), report, meter, parts=parts)
    report.seconds["exports"] = time.perf_counter() - t0  # the exports' own times overlap when written at once
    if store:
        store.save()
        store.prune()
    return report


def _prepare_merge(formats: Sequence[str]) -> None:
    """Load what the merge and the exports need (the gazetteer, the exporters' modules) in this
    process while the workers start: time this process would otherwise wait, and not spend after
    the extraction, when nothing else runs."""
    from .exporters import preload_one_thread
    from .gazetteer import Gazetteer

    Gazetteer.load()
    # the page's module too (numpy, 0.15-0.2 s, else imported by the process that writes the page, when
    # both cores are busy), with numpy's BLAS on one thread: the exports are written by forked processes
    # (kg.exporters.atomic.can_fork)
    preload_one_thread(formats)


def _unchanged_build(sources: list, problems: list[Problem], sizes: list[int], out: Path, formats: Sequence[str],
                     store: BuildCache, options: list, read_options: ReadOptions | None,
                     progress: Callable[[int], None] | None, meter: Meter | None) -> BuildReport | None:
    """The report of a build whose exports in ``out`` are all current, or None when there is work to do.

    The inputs are read (their contents name the build, :func:`_build_id`) but nothing is looked up
    in the cache nor merged: when the manifest and every export asked for were written by the build
    of this id and are unchanged since, the report recorded with the manifest is the answer.
    """
    manifest = out / MANIFEST_FILE
    exports = [out / EXTENSIONS[f] for f in formats]
    if not manifest.exists() or not all(p.exists() for p in exports):
        return None  # a first build, or a missing export: no need to read the inputs twice
    ids = UniqueIds()
    docs: list[tuple[str, str, str, str]] = []
    problems = list(problems)
    for source, (doc_id, path, shown) in enumerate(sources):
        got = read_source(doc_id, path, shown, options=read_options)
        if isinstance(got, Problem):
            problems.append(got)
        else:
            for doc in got:
                doc = ids.unique(doc)
                docs.append((doc.doc_id, doc.path, doc.encoding, doc.cache_key))
    build_id = _build_id(docs, options)
    recorded = store.recorded_report(manifest, build_id)
    if recorded is None or not docs or any(store.current_sha256(p, _export_key(f, build_id)) is None
                                           for f, p in zip(formats, exports)):
        return None
    try:  # the manifest says the same of every file in the folder as a build would write now
        files = json.loads(manifest.read_text(encoding="utf-8"))["files"]
        if files[MERGES_FILE]["build"] != build_id:
            return None
        for name in _manifest_names():
            entry, path = files.get(name), out / name
            if (entry is not None) != path.exists() or entry is not None and entry["sha256"] != _sha256(path):
                return None  # an export edited, added or removed by other hands: the manifest is rewritten
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    if progress:
        for _ in sources:
            progress(1)
    if meter:
        for size in sizes:
            meter.advance(size, cached=True)
    problems.sort(key=lambda p: p.path)
    _remove_stale_temporaries(out)
    report = BuildReport(documents=recorded["documents"], articles=recorded["articles"],
                         characters=recorded["characters"], problems=problems, summary=recorded["summary"],
                         reused=len(docs), unchanged=list(formats), merges=out / MERGES_FILE,
                         outputs={f: p for f, p in zip(formats, exports)})
    log.info("%d documents, all exports current: nothing to extract, merge or write", report.documents)
    return report


def _write_exports(G: nx.MultiDiGraph, out: Path, formats: Sequence[str], store: BuildCache | None, build_id: str,
                   report: BuildReport, meter: Meter | None = None, *, parts: int = 1) -> None:
    """Every export and merges.jsonl to temporary files, then renamed together with the manifest.

    An export whose file already holds this build's output is left as it is (``report.unchanged``).
    With ``parts`` > 1 the Turtle is written in that many parts by processes of its own
    (:class:`kg.exporters.rdf.TurtleWriter`) and, for a graph of at least :data:`FORK_MIN_WEIGHT`,
    every other export (but csv) by a forked process of its own at the same time
    (:class:`kg.exporters.atomic.ForkedWrite`): the same bytes.
    """
    written: list[tuple[str, str]] = []  # format, key
    current: dict[Path, str] = {}  # exports that already hold this build's output: their SHA-256
    outputs: dict[str, Path] = {}
    try:
        with staged() as stage, contextlib.ExitStack() as turtle:
            todo = []
            for f in formats:
                path = out / EXTENSIONS[f]
                key = _export_key(f, build_id)
                sha = store.current_sha256(path, key) if store else None
                if sha is not None:
                    report.unchanged.append(f)
                    outputs[f] = path
                    current[path] = sha
                else:
                    todo.append((f, path, key))
            started = {}  # format -> (what writes it elsewhere, when it started)
            if parts > 1 and any(f == "ttl" for f, _, _ in todo):
                from .exporters.rdf import TurtleWriter

                t0 = time.perf_counter()
                started["ttl"] = (turtle.enter_context(TurtleWriter(G, out / EXTENSIONS["ttl"], parts=parts)), t0)
            if parts > 1 and can_fork() and _weight(G) >= FORK_MIN_WEIGHT:
                for f, path, _ in todo:
                    if f not in started and f != "csv":  # csv is a folder of files
                        t0 = time.perf_counter()
                        started[f] = (turtle.enter_context(ForkedWrite(functools.partial(EXPORTERS[f], G), path,
                                                                       nice=EXPORT_NICE)), t0)
            # those written here first (while the others are written elsewhere), then the Turtle, whose
            # end is written here too, then the rest
            for f, path, key in sorted(todo, key=lambda x: (x[0] in started, x[0] != "ttl")):
                t0 = time.perf_counter()
                if meter:
                    meter.stage(f"writing {EXTENSIONS[f]}")
                if f in started:
                    writer, t0 = started[f]
                    outputs[f] = writer.finish()
                else:
                    outputs[f] = EXPORTERS[f](G, path)
                report.seconds[f"export {f}"] = time.perf_counter() - t0
                written.append((f, key))
            report.merges = write_merges(G, out / MERGES_FILE)
            write_manifest(out, build_id, report.documents, stage, current)
    except ExportError as exc:
        raise ExportError(f"{exc}; no export was replaced") from None
    for f in formats:  # in the order asked for
        if f in outputs:
            report.outputs[f] = outputs[f]
    for f, key in sorted(written, key=lambda x: list(formats).index(x[0])):
        log.info("wrote %s in %.2f s", report.outputs[f], report.seconds[f"export {f}"])
        if store:
            store.record_export(report.outputs[f], key)
    if store:  # what an unchanged rebuild reports without merging (_unchanged_build)
        store.record_export(out / MANIFEST_FILE, build_id, {"documents": report.documents, "articles": report.articles,
                                                            "characters": report.characters, "summary": report.summary})


def _weight(G: nx.MultiDiGraph) -> int:
    """What writing a graph's exports grows with: twice its nodes, its mentions and its edges."""
    return sum(2 + len(d["mentions"]) for _, d in G.nodes(data=True)) + G.number_of_edges()


def write_manifest(out: Path, build_id: str, documents: int, stage: Staged,
                   current: dict[Path, str] | None = None) -> Path:
    """``manifest.json``: the build each export in ``out`` belongs to, with its SHA-256.

    A file this build writes (in ``stage``) or found holding what it would write (``current``:
    path -> its SHA-256) belongs to ``build_id``; any other export keeps the build the earlier
    manifest gave it while its SHA-256 still matches, and belongs to no build (``null``) once
    changed by other hands.
    """
    try:
        earlier = json.loads((out / MANIFEST_FILE).read_text(encoding="utf-8")).get("files", {})
        earlier = earlier if isinstance(earlier, dict) else {}
    except (OSError, ValueError, AttributeError):
        earlier = {}
    files = {}
    for name in _manifest_names():
        path = out / name
        tmp = stage.temporary(path)
        try:
            sha = (current or {}).get(path) or _sha256(tmp or path)
        except OSError:
            continue  # no such export
        if tmp is not None or path in (current or {}):
            owner = build_id
        else:
            old = earlier.get(name)
            owner = old.get("build") if isinstance(old, dict) and old.get("sha256") == sha else None
        files[name] = {"build": owner, "sha256": sha}
    manifest = {"format": MANIFEST_FORMAT, "build": build_id, "kg": __version__, "documents": documents,
                "files": files}
    return atomic_write(out / MANIFEST_FILE, (json.dumps(manifest, indent=1, sort_keys=True) + "\n").encode("ascii"))


def _manifest_names() -> list[str]:
    """The files of an output folder that ``manifest.json`` describes, sorted."""
    names = [EXTENSIONS[f] for f in EXPORTERS if f != "csv"] + [f"{EXTENSIONS['csv']}/{n}" for n in CSV_FILES]
    return sorted(names + [MERGES_FILE])


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def write_merges(G: nx.MultiDiGraph, path: Path) -> Path:
    """The merges kg made (and refused): review them, and undo one with a "different" line in aliases.jsonl."""
    lines = []
    for m in G.graph.get("merges", []):
        keys = m.get("merged") or m.get("kept_apart")
        lines.append(json.dumps({**m, "names": [EntityKey.parse(k).local for k in keys]}, ensure_ascii=False, sort_keys=True))
    return atomic_write(path, ("\n".join(sorted(lines)) + ("\n" if lines else "")).encode("utf-8"))


def _remove_stale_temporaries(out: Path) -> None:
    """Temporary files a killed build left behind (.graph.ttl.XXXX.tmp): never a finished export."""
    names = [EXTENSIONS[f] for f in EXPORTERS] + [MERGES_FILE, MANIFEST_FILE, *CSV_FILES]
    for folder in (out, out / EXTENSIONS.get("csv", "csv")):
        for name in names:
            for tmp in folder.glob(f".{name}.*.tmp"):
                try:
                    tmp.unlink()
                except OSError:
                    pass


def _build_id(docs: list[tuple[str, str, str, str]], options: list) -> str:
    """What the exports of a build depend on: the documents, the build's options (alias file,
    min_support), the pipeline (kg's code, data and models) and the libraries that write them.
    Two builds with the same id write the same bytes."""
    libs = {name: dist_version(name) for name in ("networkx", "rdflib", "pyvis", "spacy")}
    state = [pipeline_version(), libs, list(sys.version_info[:2]), options, docs]
    return hashlib.sha256(json.dumps(state).encode("ascii")).hexdigest()  # ASCII: any file name fits


def _export_key(fmt: str, build_id: str) -> str:
    """The key of one export of a build in the cache's record of exports."""
    return hashlib.sha256(f"{fmt}\0{build_id}".encode("ascii")).hexdigest()
