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

import hashlib
import json
import logging
import sys
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

import networkx as nx

from .cache import BuildCache, pipeline_version
from .engine import make_engine
from .errors import InputError, KGError
from .exporters import EXPORTERS, EXTENSIONS
from .exporters.atomic import atomic_write
from .graph import COOCCURRENCE_UNITS, GraphMerger, MergeInput, summary
from .ingest import Problem, UniqueIds, list_sources, read_source
from .lexicon import using_lexicons
from .readers import ReadOptions
from .model import Document, DocResult
from .resolve import AliasRules, load_alias_rules

__all__ = ["BuildReport", "build", "extract_all", "DEFAULT_FORMATS", "CACHE_DIR"]

log = logging.getLogger(__name__)

DEFAULT_FORMATS = ("ttl", "html", "json")
#: The cache folder inside the output folder, unless a build is given another.
CACHE_DIR = ".kgcache"
ALIAS_FILE = "aliases.jsonl"
MERGES_FILE = "merges.jsonl"


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
    graph: nx.MultiDiGraph | None = None
    merges: Path | None = None  # merges.jsonl: what entity resolution merged

    def line(self) -> str:
        """The one-line summary the CLI prints."""
        ents = ", ".join(f"{k} {v}" for k, v in self.summary.get("entities", {}).items()) or "none"
        rels = sum(self.summary.get("relations", {}).values())
        extra = f", {self.reused} reused from cache" if self.reused else ""
        dated = f" ({self.summary.get('dated', 0) / rels:.0%} dated)" if rels else ""
        return (f"{self.documents} documents, {self.articles} articles{extra}; entities: {ents}; "
                f"relations: {rels}{dated}; co-occurrence edges: {self.summary.get('cooccurrence', 0)}")


def extract_all(documents, progress: Callable[[int], None] | None = None) -> list[DocResult]:
    """Extract documents one after the other in this process."""
    from .extract import extract

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
    cooccurrence: str = "sentence",
) -> BuildReport:
    """Build the graph from files, folders or ``-`` and write the exports to ``out_dir``.

    ``workers`` processes extract (default: one per core; small inputs are extracted in this
    process); ``engine="dask"`` sends the work to a Dask cluster (``scheduler`` is its address;
    without one a local cluster is started). ``cache`` is the cache folder, True for
    ``out_dir/.kgcache`` or False for none.

    Unreadable inputs are reported in :attr:`BuildReport.problems` and skipped. When no
    input can be read at all, :class:`InputError` is raised and nothing is written, so
    earlier exports stay as they were. ``on_documents`` is told how many inputs there are
    and ``progress`` is called once for each as it is done.

    ``aliases`` is the user's alias file (default: ``aliases.jsonl`` in ``out_dir`` when it
    exists); every merge kg made or refused is listed in ``merges.jsonl`` next to the exports.
    ``cooccurrence`` is what co-occurrence counts (:data:`kg.graph.COOCCURRENCE_UNITS`): two
    entities in one sentence (or a list item with what its list is about), in one article (every
    pair: edges grow with the square of an article's entities), or nothing; ``min_support`` drops
    co-occurrence edges seen in fewer sentences (articles). ``read_options`` names the fields of
    records files (:class:`kg.readers.ReadOptions`).

    ``lexicons`` are lexicon files (or folders of them) used with the bundled ones for this
    build (:func:`kg.lexicon.use_lexicons`); ``None`` keeps the lexicons in use as they are.
    """
    unknown = [f for f in formats if f not in EXPORTERS]
    if unknown:
        raise KGError(f"unknown format {unknown[0]!r}; choose from {', '.join(EXPORTERS)}")
    with using_lexicons(lexicons):
        return _build(inputs, out_dir, formats, workers=workers, engine=engine, scheduler=scheduler, cache=cache,
                      progress=progress, on_documents=on_documents, aliases=aliases, min_support=min_support,
                      read_options=read_options, cooccurrence=cooccurrence)


def _build(inputs, out_dir, formats, *, workers, engine, scheduler, cache, progress, on_documents, aliases,
           min_support, read_options, cooccurrence) -> BuildReport:
    out = Path(out_dir)
    alias_path = Path(aliases) if aliases else out / ALIAS_FILE
    alias_used = bool(aliases) or alias_path.exists()
    rules = load_alias_rules(alias_path) if alias_used else AliasRules()
    # the graph depends on the alias file, min_support and the co-occurrence unit as well as on the documents
    options = [min_support, hashlib.sha256(alias_path.read_bytes()).hexdigest() if alias_used else ""]
    if cooccurrence != "sentence":
        options.append(cooccurrence)
    store = BuildCache(out / CACHE_DIR if cache is True else cache) if cache else None
    sources, problems = list_sources(inputs)
    if on_documents:
        on_documents(len(sources))
    report = BuildReport(problems=problems)
    if cooccurrence not in COOCCURRENCE_UNITS:
        raise KGError(f"co-occurrence unit {cooccurrence!r}: choose from {', '.join(COOCCURRENCE_UNITS)}")
    merger = GraphMerger(aliases=rules, min_support=min_support, cooccurrence=cooccurrence)
    ready: dict[int, MergeInput | None] = {}
    last_of_source: set[int] = set()  # slots that end a source: the progress bar counts sources
    docs: list[tuple[str, str, str, str]] = []  # what the exports depend on: id, path, encoding, cache key
    next_index = 0
    ids = UniqueIds()

    def done(index: int, item: MergeInput | None) -> None:
        """Slot ``index`` is done; merge every result that is now next in reading order."""
        nonlocal next_index
        ready[index] = item
        while next_index in ready:
            r = ready.pop(next_index)
            if progress and next_index in last_of_source:
                progress(1)
            next_index += 1
            if r is not None:
                merger.add(r)
                report.documents += 1
                report.articles += len(r.articles)
                report.characters += r.chars

    def to_extract() -> Iterator[tuple[int, Document]]:
        """Read each source in turn (a records file gives several documents, each its own slot);
        settle each document from the cache, or pass it on to the engine."""
        slot = 0
        for doc_id, path, shown in sources:
            got = read_source(doc_id, path, shown, options=read_options)
            if isinstance(got, Problem):
                problems.append(got)
                last_of_source.add(slot)
                done(slot, None)
                slot += 1
                continue
            for i, doc in enumerate(got):
                doc = ids.unique(doc)
                index = slot
                slot += 1
                if i == len(got) - 1:
                    last_of_source.add(index)
                docs.append((doc.doc_id, doc.path, doc.encoding, doc.cache_key))
                hit = store.get(doc) if store else None
                if hit is not None:
                    report.reused += 1
                    done(index, hit)
                else:
                    yield index, doc

    t0 = time.perf_counter()
    with make_engine(engine, workers, scheduler) as eng:
        for index, result in eng.map(to_extract()):
            if store:
                store.put(result)
            done(index, result)
        report.workers = eng.workers if eng.parallel else 1
    report.seconds["read and extract"] = time.perf_counter() - t0
    log.info("%d documents read, %d extracted by %d process(es), %d from the cache, in %.2f s", report.documents,
             report.documents - report.reused, report.workers, report.reused, report.seconds["read and extract"])
    problems.sort(key=lambda p: p.path)
    if not report.documents:
        detail = f" ({problems[0]})" if len(problems) == 1 else f" ({len(problems)} problems)" if problems else ""
        raise InputError(f"no readable documents in the input{detail}; nothing was written")
    t0 = time.perf_counter()
    G = merger.graph()
    report.summary = summary(G)
    report.graph = G
    report.seconds["merge"] = time.perf_counter() - t0
    _remove_stale_temporaries(out)
    for f in formats:
        path = out / EXTENSIONS[f]
        key = _export_key(f, docs, options)
        if store and store.export_is_current(path, key):
            report.unchanged.append(f)
            report.outputs[f] = path
            continue
        t0 = time.perf_counter()
        report.outputs[f] = EXPORTERS[f](G, path)
        report.seconds[f"export {f}"] = time.perf_counter() - t0
        log.info("wrote %s in %.2f s", path, report.seconds[f"export {f}"])
        if store:
            store.record_export(path, key)
    report.merges = write_merges(G, out / MERGES_FILE)
    if store:
        store.save()
        store.prune()
    return report


def write_merges(G: nx.MultiDiGraph, path: Path) -> Path:
    """The merges kg made (and refused): review them, and undo one with a "different" line in aliases.jsonl."""
    lines = []
    for m in G.graph.get("merges", []):
        keys = m.get("merged") or m.get("kept_apart")
        lines.append(json.dumps({**m, "names": [k.split("/", 1)[-1] for k in keys]}, ensure_ascii=False, sort_keys=True))
    return atomic_write(path, ("\n".join(sorted(lines)) + ("\n" if lines else "")).encode("utf-8"))


def _remove_stale_temporaries(out: Path) -> None:
    """Temporary files a killed build left behind (.graph.ttl.XXXX.tmp): never a finished export."""
    names = [EXTENSIONS[f] for f in EXPORTERS] + [MERGES_FILE, "nodes.csv", "relationships.csv"]
    for folder in (out, out / EXTENSIONS.get("csv", "csv")):
        for name in names:
            for tmp in folder.glob(f".{name}.*.tmp"):
                try:
                    tmp.unlink()
                except OSError:
                    pass


def _export_key(fmt: str, docs: list[tuple[str, str, str, str]], options: list) -> str:
    """What an export depends on: the documents, the build's options (alias file, min_support),
    the pipeline (kg's code, data and models) and the libraries that write it."""
    libs = {name: _version(name) for name in ("networkx", "rdflib", "pyvis", "spacy")}
    state = [fmt, pipeline_version(), libs, list(sys.version_info[:2]), options, docs]
    return hashlib.sha256(json.dumps(state).encode("ascii")).hexdigest()  # ASCII: any file name fits


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "none"
