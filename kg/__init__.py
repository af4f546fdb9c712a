"""kg: a knowledge-graph builder for Chinese government news.

A whole build, files in and exports out (what ``kg build`` runs)::

    import kg

    report = kg.build(["seeds/documents"], "exports", formats=("ttl",))
    G = report.graph                      # a networkx MultiDiGraph

or one step at a time: read, extract each document, merge, export::

    documents, problems = kg.read_inputs(["seeds/documents"])
    G = kg.build_graph(kg.extract(d) for d in documents)
    kg.write_turtle(G, "graph.ttl")

``kg.__all__`` lists the public names; ARCHITECTURE.md the modules behind them. Names are imported
when first used, so ``import kg`` is quick and loads neither spaCy nor networkx.
"""
from __future__ import annotations

import importlib

__version__ = "0.1.0"

#: public name -> the module that defines it
_WHERE = {
    # a whole build
    "build": "builder", "BuildReport": "builder",
    # documents: reading files, one document at a time
    "read_inputs": "ingest", "decode_bytes": "ingest", "ReadOptions": "readers", "extract": "extraction",
    # the NER stage alone
    "load_nlp": "nlp", "extract_text": "nlp", "ner_text": "ner.api",
    # vocabulary of your own (kg build --lexicon)
    "using_lexicons": "lexicon", "Gazetteer": "gazetteer",
    # the graph and the merges of names
    "build_graph": "graph", "GraphMerger": "graph", "summary": "graph", "evidence_text": "graph", "merge_nodes": "graph",
    "AliasRules": "identity.aliases", "load_alias_rules": "identity.aliases", "EntityKey": "identity.keys",
    # who held which post when
    "Tenure": "identity.tenures", "holders": "identity.tenures", "changes": "identity.tenures",
    "tenures_of": "identity.tenures",
    # exports, checks, queries, scores
    "EXPORTERS": "exporters", "EXTENSIONS": "exporters", "to_rdf": "exporters", "write_turtle": "exporters",
    "write_html": "exporters", "write_json": "exporters", "write_jsonld": "exporters", "write_graphml": "exporters",
    "write_csv": "exporters", "validate_graph": "validate", "query_graph": "query", "score_graph": "evaluate",
    # records
    "Document": "model", "DocResult": "model", "Article": "model", "Entity": "model", "Mention": "model",
    "Relation": "model",
    # errors
    "KGError": "errors", "InputError": "errors", "LexiconError": "errors", "ModelError": "errors",
    "ExportError": "errors", "QueryError": "errors", "BusyError": "errors",
}
#: public names that differ from their name in the module (kg.validate is a module)
_RENAMED = {"validate_graph": "validate"}

__all__ = ["__version__", *_WHERE]


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), _RENAMED.get(name, name))
    globals()[name] = value  # the next access does not come here
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
