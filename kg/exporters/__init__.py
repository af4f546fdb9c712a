"""Exporters: each takes the graph and a path and writes atomically.

``EXPORTERS`` maps a format name to its writer ``writer(G, path) -> Path`` and ``EXTENSIONS``
to the name it gets in the output folder; ``csv`` writes a folder (``csv/nodes.csv`` and
``csv/relationships.csv`` for Neo4j's bulk import). Writer modules are imported when first
used, so a command that writes one format (or none: an up-to-date rebuild) does not load the
others' dependencies.
"""
from __future__ import annotations

import importlib

__all__ = ["EXPORTERS", "EXTENSIONS", "to_rdf", "write_turtle", "to_html", "write_html", "to_json", "write_json",
           "to_jsonld", "write_jsonld", "flatten", "to_graphml", "write_graphml", "to_csv", "write_csv",
           "preload", "preload_one_thread"]

#: public name -> the module that defines it
_WHERE = {"to_rdf": "rdf", "write_turtle": "rdf", "to_html": "html", "write_html": "html", "to_json": "jsonexport",
          "write_json": "jsonexport", "to_jsonld": "jsonld", "write_jsonld": "jsonld", "flatten": "graphml",
          "to_graphml": "graphml", "write_graphml": "graphml", "to_csv": "csvexport", "write_csv": "csvexport"}


def __getattr__(name: str):
    if name in _WHERE:
        return getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def preload(formats) -> None:
    """Import the writer modules of ``formats`` now (they are otherwise imported when first used)."""
    for f in formats:
        if f in EXPORTERS:
            importlib.import_module(f".{_WHERE[EXPORTERS[f].__name__]}", __name__)


def preload_one_thread(formats) -> None:
    """:func:`preload`, with numpy's BLAS (which the page's layout uses) loaded to run on this thread
    alone where this call loads numpy (:func:`kg.resources.one_blas_thread`): a process that forks to
    write exports should have no thread but its own."""
    from ..resources import one_blas_thread

    with one_blas_thread():
        preload(formats)


def _lazy(name: str):
    def writer(G, path, **kw):
        return __getattr__(name)(G, path, **kw)

    writer.__name__ = name
    writer.__doc__ = f"{name}(G, path): imports its exporter module on first use."
    return writer


#: format name -> writer(G, path)
EXPORTERS = {"ttl": _lazy("write_turtle"), "html": _lazy("write_html"), "json": _lazy("write_json"),
             "jsonld": _lazy("write_jsonld"), "graphml": _lazy("write_graphml"), "csv": _lazy("write_csv")}
#: format name -> file (or, for csv, folder) name in the output folder
EXTENSIONS = {"ttl": "graph.ttl", "html": "graph.html", "json": "graph.json", "jsonld": "graph.jsonld",
              "graphml": "graph.graphml", "csv": "csv"}
