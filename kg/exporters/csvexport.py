"""CSV for Neo4j's bulk import: ``nodes.csv`` and ``relationships.csv`` in one folder.

The headers follow ``neo4j-admin database import``: ``:ID`` (the entity IRI), ``name``,
``:LABEL`` (``Official;Person``), typed property columns (``mentions:int``,
``aliases:string[]``, ``firstSeen:date``); relationships have ``:START_ID``, ``:END_ID``,
``:TYPE`` (the predicate: holdsPost, partOf, …, coOccursWith) and the evidence columns of
their first evidence sentence plus ``evidenceCount``. Defaults of the import tool hold:
comma, double quote, ``;`` inside arrays (a ``;`` inside an array element becomes ``；``),
one line per record (line breaks inside text become spaces), UTF-8. Import with::

    neo4j-admin database import full neo4j --nodes=csv/nodes.csv --relationships=csv/relationships.csv

Names, evidence and file names come from untrusted text, and a spreadsheet runs a cell that
starts with ``=``, ``+``, ``-`` or ``@`` as a formula (``=HYPERLINK(…)``, ``=cmd|…``). Like
spreadsheet-safe CSV writers, kg puts a ``'`` before every text value (each array element too)
that starts with one of those, their full-width forms (＝＋－＠), or ``'`` itself; numbers
(``-0.25``) are left alone. So a value that starts with ``'`` had exactly one added:
``substring(v, 1)`` in Cypher gives the text back.

Each file is written atomically; the folder holds the two files and nothing else of kg's.
"""
from __future__ import annotations

import csv
import io
import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..graph import evidence_text
from ..iri import mint
from .atomic import atomic_write

if TYPE_CHECKING:  # a build's graph is kg.multigraph's, with networkx's interface
    import networkx as nx

__all__ = ["NODE_HEADER", "RELATIONSHIP_HEADER", "to_csv", "write_csv", "safe_cell"]

NODE_HEADER = [":ID", "name", ":LABEL", "type", "aliases:string[]", "contextAliases:string[]", "divisionCode",
               "level", "role", "titles:string[]", "mentions:int", "documents:string[]", "firstSeen:date",
               "lastSeen:date", "key"]
RELATIONSHIP_HEADER = [":START_ID", ":END_ID", ":TYPE", "evidence", "document", "date:date", "startOffset:int",
                       "endOffset:int", "method", "confidence:float", "titles:string[]", "evidenceCount:int",
                       "documents:string[]", "support:int", "pmi:float"]


#: how a formula starts in a spreadsheet (full-width forms too), and the quote kg adds before one
_FORMULA_START = ("=", "+", "-", "@", "＝", "＋", "－", "＠", "'")
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def safe_cell(s: str) -> str:
    """A text value no spreadsheet runs as a formula: ``'`` before one that starts like a formula.

    >>> safe_cell("=HYPERLINK(1)"), safe_cell("'a"), safe_cell("-0.5"), safe_cell("开平市")
    ("'=HYPERLINK(1)", "''a", '-0.5', '开平市')
    """
    return "'" + s if s.startswith(_FORMULA_START) and not _NUMBER.fullmatch(s) else s


def _text(s) -> str:
    return safe_cell(" ".join(str(s).split()))


def _array(values) -> str:
    return ";".join(_text(v.replace(";", "；")) for v in map(str, values) if v.strip())


def _labels(type_: str) -> str:
    return "Official;Person" if type_ == "Official" else type_


def _date(s: str) -> str:
    """An ISO date Neo4j's ``date`` type accepts, or empty (the raw text stays in graph.ttl)."""
    try:
        return s if len(s) == 10 and date.fromisoformat(s) else ""
    except ValueError:
        return ""


def _num(x) -> str:
    return "" if x is None or x == "" else repr(x) if isinstance(x, float) else str(x)


def to_csv(G: nx.MultiDiGraph) -> tuple[str, str]:
    """The text of ``nodes.csv`` and of ``relationships.csv``."""
    nodes = io.StringIO()
    w = csv.writer(nodes, lineterminator="\n")
    w.writerow(NODE_HEADER)
    for n, d in sorted(G.nodes(data=True)):
        attrs = d["attrs"]
        titles = attrs.get("titles", ())
        titles = sorted(titles) if isinstance(titles, (set, list, tuple)) else [titles]
        w.writerow([mint(n), _text(d["name"]), _labels(d["type"]), d["type"], _array(sorted(d["aliases"])),
                    _array(sorted(d["context_aliases"])), _text(attrs.get("code", "")), _text(attrs.get("level", "")),
                    _text(attrs.get("role", "")), _array(titles), len(d["mentions"]), _array(sorted(d["docs"])),
                    _date(d.get("first_seen", "")), _date(d.get("last_seen", "")), n])
    rels = io.StringIO()
    w = csv.writer(rels, lineterminator="\n")
    w.writerow(RELATIONSHIP_HEADER)
    for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[2], e[1])):
        ev = d.get("evidence") or []
        first = ev[0] if ev else {}
        co = bool(d.get("cooccurrence"))
        w.writerow([mint(u), mint(v), k, _text(evidence_text(G, first)), _text(first.get("doc", "")),
                    _date(first.get("date", "")), _num(first.get("start")), _num(first.get("end")),
                    _text(first.get("method", "")),
                    "" if co else _num(float(d.get("confidence", 0.0))), _array(d.get("titles", [])), len(ev),
                    _array(sorted({e["doc"] for e in ev})), _num(d.get("support")) if co else "",
                    _num(float(d["pmi"])) if co and "pmi" in d else ""])
    return nodes.getvalue(), rels.getvalue()


def write_csv(G: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write ``path/nodes.csv`` and ``path/relationships.csv`` (each atomically); returns the folder."""
    folder = Path(path)
    nodes, rels = to_csv(G)
    atomic_write(folder / "nodes.csv", nodes.encode("utf-8"))
    atomic_write(folder / "relationships.csv", rels.encode("utf-8"))
    return folder
