"""The whole job: read inputs, extract each document, merge into one graph, export.

>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> _ = (out / "a.txt").write_text("开平市委书记陈小曼出席会议。", encoding="utf-8")
>>> report = build([str(out / "a.txt")], out / "exports", formats=("ttl",))
>>> report.summary["entities"]["Official"]
1
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

import networkx as nx

import json

from .errors import InputError, KGError
from .exporters.atomic import atomic_write
from .exporters import EXPORTERS, EXTENSIONS
from .extract import extract
from .graph import build_graph, summary
from .ingest import Problem, read_inputs
from .model import DocResult
from .resolve import AliasRules, load_alias_rules

__all__ = ["BuildReport", "build", "extract_all", "DEFAULT_FORMATS"]

log = logging.getLogger(__name__)

DEFAULT_FORMATS = ("ttl", "html", "json")
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
    reused: int = 0
    graph: nx.MultiDiGraph | None = None
    merges: Path | None = None  # merges.jsonl: what entity resolution merged

    def line(self) -> str:
        """The one-line summary the CLI prints."""
        ents = ", ".join(f"{k} {v}" for k, v in self.summary.get("entities", {}).items()) or "none"
        rels = sum(self.summary.get("relations", {}).values())
        extra = f", {self.reused} reused from cache" if self.reused else ""
        return (f"{self.documents} documents, {self.articles} articles{extra}; entities: {ents}; "
                f"relations: {rels}; co-occurrence edges: {self.summary.get('cooccurrence', 0)}")


def extract_all(documents, progress: Callable[[int], None] | None = None) -> list[DocResult]:
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
    progress: Callable[[int], None] | None = None,
    on_documents: Callable[[int], None] | None = None,
    aliases: str | Path | None = None,
    min_support: int = 1,
) -> BuildReport:
    """Build the graph from files, folders or ``-`` and write the exports to ``out_dir``.

    Unreadable inputs are reported in :attr:`BuildReport.problems` and skipped. When no
    input can be read at all, :class:`InputError` is raised and nothing is written, so
    earlier exports stay as they were.

    ``aliases`` is the user's alias file (default: ``aliases.jsonl`` in ``out_dir`` when it
    exists); every merge kg made or refused is listed in ``merges.jsonl`` next to the exports.
    ``min_support`` drops co-occurrence edges seen in fewer articles.
    """
    unknown = [f for f in formats if f not in EXPORTERS]
    if unknown:
        raise KGError(f"unknown format {unknown[0]!r}; choose from {', '.join(EXPORTERS)}")
    out = Path(out_dir)
    alias_path = Path(aliases) if aliases else out / ALIAS_FILE
    rules = load_alias_rules(alias_path) if aliases or alias_path.exists() else AliasRules()
    docs, problems = read_inputs(list(inputs))
    if not docs:
        detail = f" ({problems[0]})" if len(problems) == 1 else f" ({len(problems)} problems)" if problems else ""
        raise InputError(f"no readable documents in the input{detail}; nothing was written")
    if on_documents:
        on_documents(len(docs))
    results = extract_all(docs, progress)
    G = build_graph(results, aliases=rules, min_support=min_support)
    report = BuildReport(documents=len(docs), articles=sum(len(r.articles) for r in results),
                         characters=sum(len(d.text) for d in docs), problems=problems, summary=summary(G), graph=G)
    for f in formats:
        report.outputs[f] = EXPORTERS[f](G, out / EXTENSIONS[f])
    report.merges = write_merges(G, out / MERGES_FILE)
    return report


def write_merges(G: nx.MultiDiGraph, path: Path) -> Path:
    """The merges kg made (and refused): review them, and undo one with a "different" line in aliases.jsonl."""
    lines = []
    for m in G.graph.get("merges", []):
        keys = m.get("merged") or m.get("kept_apart")
        lines.append(json.dumps({**m, "names": [k.split("/", 1)[-1] for k in keys]}, ensure_ascii=False, sort_keys=True))
    return atomic_write(path, ("\n".join(sorted(lines)) + ("\n" if lines else "")).encode("utf-8"))
