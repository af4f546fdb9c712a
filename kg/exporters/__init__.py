"""Exporters: each takes the graph and a path and writes atomically.

``EXPORTERS`` maps a format name to its writer ``writer(G, path) -> Path`` and ``EXTENSIONS``
to the name it gets in the output folder; ``csv`` writes a folder (``csv/nodes.csv`` and
``csv/relationships.csv`` for Neo4j's bulk import).
"""
from .csvexport import to_csv, write_csv
from .graphml import flatten, to_graphml, write_graphml
from .html import to_html, write_html
from .jsonexport import to_json, write_json
from .jsonld import to_jsonld, write_jsonld
from .rdf import to_rdf, write_turtle

__all__ = ["EXPORTERS", "EXTENSIONS", "to_rdf", "write_turtle", "to_html", "write_html", "to_json", "write_json",
           "to_jsonld", "write_jsonld", "flatten", "to_graphml", "write_graphml", "to_csv", "write_csv"]

#: format name -> writer(G, path)
EXPORTERS = {"ttl": write_turtle, "html": write_html, "json": write_json, "jsonld": write_jsonld,
             "graphml": write_graphml, "csv": write_csv}
#: format name -> file (or, for csv, folder) name in the output folder
EXTENSIONS = {"ttl": "graph.ttl", "html": "graph.html", "json": "graph.json", "jsonld": "graph.jsonld",
              "graphml": "graph.graphml", "csv": "csv"}
